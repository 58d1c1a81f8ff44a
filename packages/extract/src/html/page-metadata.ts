/**
 * Page-level metadata (title, byline, dates, canonical URL, language, site name) read from JSON-LD,
 * <meta> and <link> before the content search rewrites the tree.
 */
import { articleTitle, type TitleContext } from './article-title.js';
import { type Element, type HtmlPage, isTag } from './dom.js';
import { type JsonLdArticle, readJsonLd } from './json-ld.js';
import { type MetaValues, metaPublishedDate, readMetaTags } from './meta-tags.js';
import { dateFromTimeElements, dateFromUrl, normaliseDate } from './published-date.js';

export interface PageMetadata {
  title: string;
  /** From metadata only; the content search may still find one in the page body. */
  byline: string | null;
  /** From metadata, else from <time> elements, else from a date in the URL. */
  published: string | null;
  canonicalUrl: string | null;
  language: string | null;
  siteName: string | null;
}

const ESCAPED_ENTITY = /&(quot|amp|apos|lt|gt);/g;
const NUMERIC_ENTITY = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;
const NAMED: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/** Many sites escape entities twice in meta values; the parser undid one level, this undoes the other. */
function unescapeEntities(text: string): string {
  return text
    .replace(ESCAPED_ENTITY, (_, name: string) => NAMED[name] ?? '')
    .replace(NUMERIC_ENTITY, (_, hex: string | undefined, decimal: string | undefined) => {
      const code = hex ? Number.parseInt(hex, 16) : Number.parseInt(decimal ?? '0', 10);
      const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return String.fromCodePoint(valid ? code : 0xfffd);
    });
}

function clean(value: string | null | undefined): string | null {
  const text = value ? unescapeEntities(value).trim() : '';
  return text === '' ? null : text;
}

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

const IS_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function readPageMetadata(page: HtmlPage, url: string | null): PageMetadata {
  const jsonLd = readJsonLd(page);
  const meta = readMetaTags(page);

  const metaAuthor = meta.get('article:author');
  const byline =
    jsonLd?.byline ??
    meta.get('dc:creator') ??
    meta.get('dcterm:creator') ??
    meta.get('author') ??
    meta.get('parsely-author') ??
    (metaAuthor && !IS_URL.test(metaAuthor) ? metaAuthor : null);

  const canonicalLink = page
    .elements('link')
    .find((link) => (link.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const canonicalUrl = resolveUrl(canonicalLink?.attribs.href ?? meta.get('og:url'), url);

  const rawPublished =
    jsonLd?.datePublished ??
    meta.get('article:published_time') ??
    meta.get('parsely-pub-date') ??
    metaPublishedDate(meta);
  const published =
    (rawPublished && normaliseDate(unescapeEntities(rawPublished))) ||
    publishedFromPage(page, [url, canonicalUrl]);

  const html = page.elements('html')[0];
  const locale = meta.get('og:locale')?.replace('_', '-');
  const language =
    clean(html?.attribs.lang) ?? clean(meta.get('content-language')?.split(',')[0]) ?? clean(locale);

  return {
    title: clean(articleTitle(page, jsonLd, meta, titleContext(jsonLd, meta, [url, canonicalUrl]))) ?? '',
    byline: clean(byline),
    published,
    canonicalUrl,
    language,
    siteName: clean(jsonLd?.siteName ?? meta.get('og:site_name')),
  };
}

function titleContext(jsonLd: JsonLdArticle | null, meta: MetaValues, urls: (string | null)[]): TitleContext {
  const siteNames = [jsonLd?.siteName, meta.get('og:site_name'), meta.get('application-name')]
    .map((name) => clean(name))
    .filter((name): name is string => name !== null);
  let host: string | null = null;
  for (const url of urls) {
    if (!url) continue;
    try {
      host = new URL(url).hostname;
      break;
    } catch {}
  }
  return { siteNames, host };
}

/** Where a <time> is least likely to be the article's own: site chrome and asides. */
const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'aside']);
const ARTICLE_TAGS = new Set(['article']);

function isInside(element: Element, tags: ReadonlySet<string>): boolean {
  for (let node = element.parent; node && isTag(node); node = node.parent) {
    if (tags.has(node.name)) return true;
  }
  return false;
}

/**
 * The publication date when metadata has none: a <time> marked as the publication date, then one in an
 * <article>, then any outside the site chrome, then a date in the URL. Read before the content search,
 * which removes datelines along with bylines.
 */
function publishedFromPage(page: HtmlPage, urls: (string | null)[]): string | null {
  const times = page.elements('time');
  return (
    dateFromTimeElements(
      times,
      (time) => time.attribs.pubdate !== undefined || time.attribs.itemprop === 'datePublished',
    ) ??
    dateFromTimeElements(times, (time) => isInside(time, ARTICLE_TAGS)) ??
    dateFromTimeElements(times, (time) => !isInside(time, CHROME_TAGS)) ??
    urls.map(dateFromUrl).find(Boolean) ??
    null
  );
}
