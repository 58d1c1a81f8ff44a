import { type AnyFeed, parseFeed as parseAnyFeed } from 'feedsmith';
import { canonicalizeUrl } from './canonical-url.js';
import { cleanText, toIsoDate } from './normalize.js';

export interface FeedItem {
  url: string;
  title: string | null;
  /** ISO 8601, UTC. */
  published: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

interface RawItem {
  /** Link fields, resolved against the feed URL when relative. */
  links: (string | undefined)[];
  /** Identifiers that are often the permalink; used only when already an absolute URL. */
  ids: (string | undefined)[];
  title: string | undefined;
  dates: (string | undefined)[];
}

/**
 * Items of an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document, with canonical URLs resolved against
 * `baseUrl`. Items without a usable http(s) URL are left out, and repeated URLs kept once.
 * Throws Error("not a feed: ...") when the body is none of those formats.
 */
export function parseFeed(body: string, baseUrl: string): Feed {
  const { title, rawItems } = readFeed(body);
  const items: FeedItem[] = [];
  const seenUrls = new Set<string>();
  for (const rawItem of rawItems) {
    const url =
      firstCanonical(rawItem.links, (link) => canonicalizeUrl(link, baseUrl)) ??
      firstCanonical(rawItem.ids, (id) => canonicalizeUrl(id));
    if (url === null || seenUrls.has(url)) continue;
    seenUrls.add(url);
    const published = rawItem.dates.map(toIsoDate).find((date) => date !== null) ?? null;
    items.push({ url, title: cleanText(rawItem.title), published });
  }
  return { title: cleanText(title), items };
}

function firstCanonical(
  candidates: (string | undefined)[],
  canonicalize: (candidate: string) => string | null,
): string | null {
  for (const candidate of candidates) {
    const canonical = candidate ? canonicalize(candidate) : null;
    if (canonical !== null) return canonical;
  }
  return null;
}

function readFeed(body: string): { title: string | undefined; rawItems: RawItem[] } {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseAnyFeed(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a feed: ${reason} (starts with ${JSON.stringify(body.trim().slice(0, 60))})`);
  }
  switch (parsed.format) {
    case 'rss':
      return {
        title: parsed.feed.title,
        rawItems: (parsed.feed.items ?? []).map((item) => ({
          links: [item.link],
          // RSS says a guid is a permalink unless isPermaLink="false".
          ids: [item.guid?.isPermaLink === false ? undefined : item.guid?.value],
          title: item.title,
          dates: [item.pubDate, ...(item.dc?.dates ?? []), ...(item.dcterms?.created ?? [])],
        })),
      };
    case 'atom':
      return {
        title: parsed.feed.title?.value,
        rawItems: (parsed.feed.entries ?? []).map((entry) => {
          const links = entry.links ?? [];
          const alternate = links.find((link) => link.rel === undefined || link.rel === 'alternate');
          return {
            links: [alternate?.href],
            ids: [entry.id],
            title: entry.title?.value,
            dates: [entry.published, entry.updated],
          };
        }),
      };
    case 'rdf':
      return {
        title: parsed.feed.title,
        rawItems: (parsed.feed.items ?? []).map((item) => ({
          links: [item.link],
          ids: [item.rdf?.about],
          title: item.title,
          dates: [...(item.dc?.dates ?? []), ...(item.dcterms?.created ?? [])],
        })),
      };
    case 'json':
      return {
        title: parsed.feed.title,
        rawItems: (parsed.feed.items ?? []).map((item) => ({
          links: [item.url],
          ids: [item.id],
          title: item.title,
          dates: [item.date_published, item.date_modified],
        })),
      };
  }
}
