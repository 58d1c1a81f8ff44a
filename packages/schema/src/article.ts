import { z } from 'zod';
import { isValidIsoDate, MAX_YEAR, MIN_YEAR } from './dates.js';

/**
 * An ISO 8601 date at the precision the source gives: a year (2025), a month (2025-04), a day (2025-04-03)
 * or a full timestamp; a real date and time of day, in the years MIN_YEAR to MAX_YEAR (see dates.ts).
 */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'must be an ISO 8601 date such as 2025, 2025-04, 2025-04-03 or 2025-04-03T10:00:00Z',
  )
  .refine(
    (value) => isValidIsoDate(value),
    `must be a real date (and time of day) in the years ${MIN_YEAR} to ${MAX_YEAR}`,
  );

/** A paragraph of the article text, by its character offsets into `text`. */
export const paragraphSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const articleSchema = z.object({
  /** Where the article was read from (the fetched URL or the file path), if known. */
  url: z.string().nullable(),
  /** The publisher's canonical URL (rel=canonical, og:url), if the page names one. */
  canonical_url: z.string().nullable(),
  /** The headline: without site names, section names, taglines or separators. */
  title: z.string(),
  /**
   * The title the page gives itself in its metadata, as written (JSON-LD headline or og:title, site name and
   * tagline kept: "Rio Tinto cuts jobs | Mining Weekly"; else <title> as Readability cuts it). What Readability
   * reports as the title. Set by parseHtml; absent where not read from a page.
   */
  pageTitle: z.string().optional(),
  byline: z.string().nullable(),
  published: isoDateSchema.nullable(),
  /** BCP 47 language tag, e.g. "en" or "en-GB". */
  language: z.string().nullable(),
  site_name: z.string().nullable(),
  /** Main text, paragraphs separated by a blank line. Citation offsets index into this string. */
  text: z.string(),
  paragraphs: z.array(paragraphSpanSchema),
  /**
   * Whether the page is an article (news, post, guide, review) rather than a listing, product, service,
   * forum or documentation page, or a page with next to no text. Set by parseHtml; absent means not judged.
   */
  isArticle: z.boolean().optional(),
  /** Why the page is not an article ("too little text (12 words)", "a listing of links" …), when it is not. */
  notArticleReason: z.string().nullable().optional(),
});

export type Article = z.infer<typeof articleSchema>;
export type ParagraphSpan = z.infer<typeof paragraphSpanSchema>;
