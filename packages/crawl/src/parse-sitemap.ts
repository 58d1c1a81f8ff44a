import { XMLParser } from 'fast-xml-parser';
import { canonicalizeUrl } from './canonical-url.js';
import { cleanText, toIsoDate } from './normalize.js';

export interface SitemapEntry {
  /** A page (urlset) or a child sitemap (index), canonicalized. */
  url: string;
  /** ISO 8601, UTC. */
  lastmod: string | null;
  /** From a Google News sitemap's news:title; null otherwise. */
  title: string | null;
  /** From a Google News sitemap's news:publication_date, ISO 8601 UTC; null otherwise. */
  published: string | null;
}

export interface Sitemap {
  kind: 'index' | 'urlset';
  entries: SitemapEntry[];
}

interface RawEntry {
  loc?: unknown;
  lastmod?: unknown;
  news?: { title?: unknown; publication_date?: unknown };
}

const xmlParser = new XMLParser({
  // Sitemaps are read by element name whatever prefix a site picked (<sm:url>, <n:news>).
  removeNSPrefix: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Keep every value a string: a numeric-looking <loc> or <lastmod> must not become a number.
  parseTagValue: false,
  isArray: (_tagName, jPath) => jPath === 'urlset.url' || jPath === 'sitemapindex.sitemap',
});

/**
 * A sitemap index (child sitemaps) or a urlset (pages, with Google News title and publication date when
 * present). URLs are canonicalized and resolved against `baseUrl`; entries without a usable http(s)
 * <loc> are left out and repeated URLs kept once. Throws Error("not a sitemap: ...") on other input.
 */
export function parseSitemap(body: string, baseUrl: string): Sitemap {
  let document: Record<string, { url?: RawEntry[]; sitemap?: RawEntry[] } | undefined>;
  try {
    document = xmlParser.parse(body);
  } catch (error) {
    throw notASitemap(body, error instanceof Error ? error.message : String(error));
  }
  if (document.sitemapindex !== undefined) {
    return { kind: 'index', entries: readEntries(document.sitemapindex.sitemap ?? [], baseUrl) };
  }
  if (document.urlset !== undefined) {
    return { kind: 'urlset', entries: readEntries(document.urlset.url ?? [], baseUrl) };
  }
  throw notASitemap(body, 'no <urlset> or <sitemapindex> root element');
}

function readEntries(rawEntries: RawEntry[], baseUrl: string): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  const seenUrls = new Set<string>();
  for (const rawEntry of rawEntries) {
    const url = typeof rawEntry.loc === 'string' ? canonicalizeUrl(rawEntry.loc, baseUrl) : null;
    if (url === null || seenUrls.has(url)) continue;
    seenUrls.add(url);
    entries.push({
      url,
      lastmod: toIsoDate(asText(rawEntry.lastmod)),
      title: cleanText(asText(rawEntry.news?.title)),
      published: toIsoDate(asText(rawEntry.news?.publication_date)),
    });
  }
  return entries;
}

function asText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function notASitemap(body: string, reason: string): Error {
  return new Error(`not a sitemap: ${reason} (starts with ${JSON.stringify(body.trim().slice(0, 60))})`);
}
