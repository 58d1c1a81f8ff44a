/**
 * The article title: metadata first (JSON-LD, Dublin Core, OpenGraph, Twitter), else the <title> with the
 * site name cut off, else the lone <h1>. Readability's rules, since its titles are the reference.
 */
import { textSimilarity } from './content-signals.js';
import { type HtmlPage, innerText, textContent } from './dom.js';
import type { JsonLdArticle } from './json-ld.js';
import type { MetaValues } from './meta-tags.js';

const META_TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'og:title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
  'twitter:title',
  'parsely-title',
];

export function articleTitle(page: HtmlPage, jsonLd: JsonLdArticle | null, meta: MetaValues): string {
  const fromJsonLd = jsonLd && jsonLdTitle(jsonLd, () => titleFromTitleElement(page));
  if (fromJsonLd) return fromJsonLd;
  for (const key of META_TITLE_KEYS) {
    const value = meta.get(key);
    if (value) return value;
  }
  return titleFromTitleElement(page);
}

/**
 * Some sites put their own name in "name" and the article's in "headline" (or the other way round):
 * prefer whichever resembles the page's <title>, defaulting to "name".
 */
function jsonLdTitle(jsonLd: JsonLdArticle, pageTitle: () => string): string | null {
  const { name, headline } = jsonLd;
  if (name !== null && headline !== null && name !== headline) {
    const title = pageTitle();
    const headlineMatches = textSimilarity(headline, title) > 0.75;
    const nameMatches = textSimilarity(name, title) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }
  return name?.trim() || headline?.trim() || null;
}

/** The document title as a browser reports it: whitespace stripped and collapsed. */
function documentTitle(page: HtmlPage): string {
  const title = page.elements('title')[0];
  return title ? textContent(title).replace(/\s+/g, ' ').trim() : '';
}

/** Separators between title and site name; en and em dashes as in current Readability (after 0.6). */
const SEPARATOR = / [|\-–—\\/>»] /;
const SEPARATORS = / [|\-–—\\/>»] /g;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Readability's `_getArticleTitle`: the <title> without the site-name part, or the lone <h1>. */
export function titleFromTitleElement(page: HtmlPage): string {
  const originalTitle = documentTitle(page);
  let title = originalTitle;
  let hadHierarchicalSeparators = false;

  if (SEPARATOR.test(title)) {
    hadHierarchicalSeparators = HIERARCHICAL_SEPARATOR.test(title);
    const separators = [...originalTitle.matchAll(SEPARATORS)];
    title = originalTitle.substring(0, separators.at(-1)?.index ?? originalTitle.length);
    // Too short: the site name came first ("Site | Title"), so drop the first part instead.
    if (wordCount(title) < 3) title = originalTitle.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/gi, '');
  } else if (title.includes(': ')) {
    const headings = [...page.elements('h1'), ...page.elements('h2')];
    const headingIsTitle = headings.some((heading) => textContent(heading).trim() === title.trim());
    if (!headingIsTitle) {
      title = originalTitle.substring(originalTitle.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) {
        title = originalTitle.substring(originalTitle.indexOf(':') + 1);
      } else if (wordCount(originalTitle.substring(0, originalTitle.indexOf(':'))) > 5) {
        title = originalTitle;
      }
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = page.elements('h1');
    if (h1s.length === 1 && h1s[0]) title = innerText(h1s[0]);
  }

  title = title.trim().replace(/\s{2,}/g, ' ');
  // Four words or fewer is more likely a fragment than a title, unless only the hierarchy part was cut.
  const titleWordCount = wordCount(title);
  if (
    titleWordCount <= 4 &&
    (!hadHierarchicalSeparators ||
      titleWordCount !== wordCount(originalTitle.replace(/[|\-–—\\/>»]+/g, '')) - 1)
  ) {
    title = originalTitle;
  }
  // Readability stops here with an empty title when a page has no <title>; the first <h1> is better than none.
  if (title === '') {
    const h1 = page.elements('h1')[0];
    if (h1) title = innerText(h1);
  }
  return title;
}
