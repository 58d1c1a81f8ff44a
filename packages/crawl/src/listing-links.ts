import * as cheerio from 'cheerio';
import { canonicalizeUrl, documentBaseUrl } from './canonical-url.js';

export interface ListingOptions {
  /** CSS selector of the article links, or of elements containing them. Default: every a[href]. */
  linkSelector?: string;
  /** Regular expression (source text) a canonical link must match to be kept. */
  urlPattern?: string;
}

/**
 * Article links of a listing page (a section front, a search result page): canonicalized, in page
 * order, each once, without the page itself. With neither a selector nor a pattern, only links to the
 * page's own host are kept, since navigation to other sites is never the listing.
 */
export function extractListingLinks(html: string, pageUrl: string, options: ListingOptions): string[] {
  const $ = cheerio.load(html);
  const baseUrl = documentBaseUrl($, pageUrl);
  const pageCanonicalUrl = canonicalizeUrl(pageUrl);
  const urlPattern = options.urlPattern === undefined ? null : new RegExp(options.urlPattern);
  const sameHostOnly = options.linkSelector === undefined && urlPattern === null;
  const pageHost = new URL(pageUrl).host;

  const hrefs = $(options.linkSelector ?? 'a[href]')
    .toArray()
    .flatMap((element) => {
      const ownHref = $(element).attr('href');
      // A selector may name the headline or card around a link rather than the link itself.
      return ownHref !== undefined
        ? [ownHref]
        : $(element)
            .find('a[href]')
            .map((_, link) => $(link).attr('href'))
            .get();
    });

  const links: string[] = [];
  const seen = new Set<string>(pageCanonicalUrl === null ? [] : [pageCanonicalUrl]);
  for (const href of hrefs) {
    const url = canonicalizeUrl(href, baseUrl);
    if (url === null || seen.has(url)) continue;
    if (urlPattern !== null && !urlPattern.test(url)) continue;
    if (sameHostOnly && new URL(url).host !== pageHost) continue;
    seen.add(url);
    links.push(url);
  }
  return links;
}
