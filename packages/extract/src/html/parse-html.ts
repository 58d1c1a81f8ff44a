import type { Article } from '@assay/schema';
import { copyTree, type HtmlPage, parseHtmlPage } from './dom.js';
import { type ContentFlags, type GrabbedContent, grabArticle } from './main-content.js';
import { readPageMetadata } from './page-metadata.js';
import { collectParagraphs, joinParagraphs } from './paragraphs.js';
import { prepareDocument } from './prepare-document.js';

export interface ParseHtmlOptions {
  /** Where the page was fetched from: the article's `url`, and the base for its canonical URL. */
  url?: string | null;
}

/** Below this many characters of main text, the search is retried with fewer filters. */
const MIN_ARTICLE_CHARS = 500;

/** Filters in the order they are given up when they leave too little text (Readability's sieve). */
const FLAG_SEQUENCE: ContentFlags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/** Parses an HTML page into an Article: metadata plus the main text as paragraphs, boilerplate left out. */
export function parseHtml(html: string, options: ParseHtmlOptions = {}): Article {
  const url = options.url ?? null;
  const page: HtmlPage = parseHtmlPage(html);
  const metadata = readPageMetadata(page, url);
  prepareDocument(page);

  const attempts: GrabbedContent[] = [];
  let bodyByline: string | null = null;
  let chosen: GrabbedContent | undefined;
  for (const flags of FLAG_SEQUENCE) {
    // Each attempt rewrites the tree, so each works on a copy of the page, parsed and prepared once.
    const tree = copyTree(page.document);
    const attempt = grabArticle(tree, flags, {
      title: metadata.title,
      byline: metadata.byline ?? bodyByline,
    });
    bodyByline ??= attempt.byline;
    if (attempt.textLength >= MIN_ARTICLE_CHARS) {
      chosen = attempt;
      break;
    }
    attempts.push(attempt);
  }
  chosen ??= attempts.reduce((best, attempt) => (attempt.textLength > best.textLength ? attempt : best));

  const { text, paragraphs } = joinParagraphs(collectParagraphs(chosen.content));
  return {
    url,
    canonical_url: metadata.canonicalUrl,
    title: metadata.title,
    byline: metadata.byline ?? bodyByline,
    published: metadata.published,
    language: metadata.language,
    site_name: metadata.siteName,
    text,
    paragraphs,
  };
}
