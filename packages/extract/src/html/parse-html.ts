import { type Article, publicationWindow, toIsoDate } from '@assay/schema';
import { cleanByline } from './byline.js';
import { copyTree, type HtmlPage, type PageTree, pageTree, parseHtmlPage } from './dom.js';
import { capLength, MAX_BYLINE_CHARS, MAX_TITLE_CHARS } from './limits.js';
import { type ContentFlags, type GrabbedContent, grabArticle } from './main-content.js';
import { repairMojibake } from './mojibake.js';
import { readPageMetadata } from './page-metadata.js';
import { classifyPage } from './page-type.js';
import { collectParagraphs, joinParagraphs } from './paragraphs.js';
import { prepareDocument } from './prepare-document.js';

export interface ParseHtmlOptions {
  /** Where the page was fetched from: the article's `url`, and the base for its canonical URL. */
  url?: string | null;
  /** When the page was read: the latest publication date it can claim is in the following year. */
  now?: Date;
  /** Parsing stops with an HtmlBudgetError past this many milliseconds (default TIME_BUDGET_MS). */
  timeBudgetMs?: number;
}

/**
 * The largest page parsed: the crawler keeps no body over 10 MB, so a larger one came another way. Work is
 * linear in the page, but a bound keeps one page from holding a worker thread for long.
 */
export const MAX_HTML_CHARS = 10 * 1024 * 1024;
/** Below the extractor's 30 s limit, so a slow page fails with this reason rather than a bare timeout. */
export const TIME_BUDGET_MS = 20_000;

/** A page over the size or time budget: the caller records it as a failed page, with this message. */
export class HtmlBudgetError extends Error {
  override name = 'HtmlBudgetError';
}

/** Below this many characters of main text, the search is retried with fewer filters. */
const MIN_ARTICLE_CHARS = 500;

/**
 * The least share of the page's text outside links that a content search must keep to be taken as is
 * (chosen on the WCXB development pages: 0.15 lifts their word F1 by 0.006 and leaves the Readability test
 * pages' at 0.995; 0.2 costs the latter 0.007).
 */
const MIN_TEXT_SHARE = 0.15;

/** Filters in the order they are given up when they leave too little text (Readability's sieve). */
const FLAG_SEQUENCE: ContentFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/** Parses an HTML page into an Article: metadata plus the main text as paragraphs, boilerplate left out. */
export function parseHtml(rawHtml: string, options: ParseHtmlOptions = {}): Article {
  const url = options.url ?? null;
  if (rawHtml.length > MAX_HTML_CHARS) {
    throw new HtmlBudgetError(
      `page over the size budget: ${rawHtml.length} characters, at most ${MAX_HTML_CHARS} are parsed`,
    );
  }
  const budget = options.timeBudgetMs ?? TIME_BUDGET_MS;
  const started = performance.now();
  const checkTime = (step: string) => {
    const elapsed = performance.now() - started;
    if (elapsed > budget)
      throw new HtmlBudgetError(
        `page over the time budget: ${Math.round(elapsed)} ms after ${step}, the budget is ${budget} ms`,
      );
  };

  const html = repairMojibake(rawHtml);
  const page: HtmlPage = parseHtmlPage(html);
  checkTime('parsing');
  const metadata = readPageMetadata(page, url);
  prepareDocument(page);
  checkTime('reading metadata');

  // A search that kept a small part of a page of running text (a disclosure box, a teaser) missed the
  // article: the next, with fewer filters, is tried too. A comment thread is no part of what it should keep.
  const { bodyChars, linkChars, commentChars = 0 } = metadata.signals;
  const proseChars = bodyChars - linkChars - commentChars;
  const minimumShare = MIN_TEXT_SHARE * proseChars;
  const attempts: GrabbedContent[] = [];
  let bodyByline: string | null = null;
  let chosen: GrabbedContent | undefined;
  // Each attempt rewrites the tree it works on. The first, the only one on most pages, takes the page
  // itself (its metadata is read); the others each take a copy of the page parsed and prepared again.
  let untouched: HtmlPage | null = page;
  let spare: HtmlPage | null = null;
  for (const flags of FLAG_SEQUENCE) {
    let tree: PageTree;
    if (untouched) {
      tree = pageTree(untouched);
      untouched = null;
    } else {
      if (!spare) {
        spare = parseHtmlPage(html);
        prepareDocument(spare);
      }
      tree = copyTree(spare.document);
    }
    const attempt = grabArticle(tree, flags, {
      title: metadata.repeatedTitle,
      byline: metadata.metadataByline ?? bodyByline,
    });
    bodyByline ??= attempt.byline;
    checkTime('a content search');
    if (attempt.textLength >= MIN_ARTICLE_CHARS && attempt.textLength >= minimumShare) {
      chosen = attempt;
      break;
    }
    attempts.push(attempt);
  }
  chosen ??= attempts.reduce((best, attempt) => (attempt.textLength > best.textLength ? attempt : best));

  const paragraphTexts = collectParagraphs(chosen.content);
  const { text, paragraphs } = joinParagraphs(paragraphTexts);
  return {
    url,
    canonical_url: metadata.canonicalUrl,
    title: capLength(metadata.title, MAX_TITLE_CHARS),
    pageTitle: capLength(metadata.pageTitle, MAX_TITLE_CHARS),
    byline: capByline(metadata.byline ?? cleanByline(bodyByline)),
    // The page's own claim, so never later than the year after it was read (a last check: issue 13).
    published: toIsoDate(metadata.published, publicationWindow(options.now)),
    language: metadata.language,
    site_name: metadata.siteName,
    text,
    paragraphs,
    ...classifyPage(metadata.signals, paragraphTexts),
  };
}

function capByline(byline: string | null): string | null {
  return byline === null ? null : capLength(byline, MAX_BYLINE_CHARS);
}
