import type { Article, ParagraphSpan } from '@assay/schema';
import { capLength, MAX_TITLE_CHARS } from './limits.js';
import { normaliseDate } from './published-date.js';

export interface ParseTextOptions {
  url?: string | null;
  /** Publication date as known from elsewhere (a feed, a file name); normalised to ISO 8601. */
  published?: string | null;
}

/** The headline line, then any blank lines after it; what follows is the body. */
const HEADLINE = /^\s*([^\r\n]*)(?:\r?\n|$)(?:[ \t]*\r?\n)*/;
/** A paragraph break: one or more blank (or whitespace-only) lines. */
const BLANK_LINES = /\r?\n(?:[ \t]*\r?\n)+/g;

/**
 * Parses a plain-text article: the first line is the title, the rest is the body, paragraphs are
 * separated by blank lines. The body is kept byte for byte (hard line breaks included), so that
 * citation offsets into `text` point at the original characters.
 */
export function parseText(text: string, options: ParseTextOptions = {}): Article {
  const headline = HEADLINE.exec(text);
  const title = capLength((headline?.[1] ?? '').trim(), MAX_TITLE_CHARS);
  const body = text.slice(headline?.[0].length ?? 0);
  return {
    url: options.url ?? null,
    canonical_url: null,
    title,
    byline: null,
    published: options.published ? normaliseDate(options.published) : null,
    language: null,
    site_name: null,
    text: body,
    paragraphs: paragraphSpans(body),
  };
}

/** Spans of the non-blank stretches between blank lines, without their surrounding whitespace. */
export function paragraphSpans(body: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  const addSpan = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(body.charAt(start))) start++;
    while (end > start && /\s/.test(body.charAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  };
  let from = 0;
  for (const blank of body.matchAll(BLANK_LINES)) {
    addSpan(from, blank.index);
    from = blank.index + blank[0].length;
  }
  addSpan(from, body.length);
  return spans;
}
