import * as cheerio from 'cheerio';

/**
 * Query parameters that only say how a reader arrived (campaigns, click ids, referrers), never which
 * page they asked for. Dropping them lets the same article found through different links dedupe to one URL.
 */
const TRACKING_PARAMS = new Set([
  '__twitter_impression',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'cmpid',
  'dclid',
  'fbclid',
  'gbraid',
  'gclid',
  'gclsrc',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'msclkid',
  'ncid',
  'ocid',
  'ref',
  'ref_src',
  'ref_url',
  'spm',
  'wbraid',
  'yclid',
]);

function isTrackingParam(name: string): boolean {
  const lowerName = name.toLowerCase();
  return lowerName.startsWith('utm_') || TRACKING_PARAMS.has(lowerName);
}

function decodeParamName(rawPair: string): string {
  const rawName = rawPair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(rawName.replace(/\+/g, ' '));
  } catch {
    return rawName;
  }
}

/**
 * The canonical form of an absolute http(s) URL, or null for anything else: lower-case scheme and host,
 * no default port, no fragment, no tracking parameters, the remaining parameters sorted by name.
 * The path keeps its case (servers treat it as case-sensitive) and query values keep their original
 * encoding, so the canonical URL still fetches the same resource.
 */
export function canonicalizeUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  const keptPairs = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, name: decodeParamName(pair) }))
    .filter(({ name }) => !isTrackingParam(name))
    // Array.prototype.sort is stable, so repeated names keep their order (?tag=a&tag=b stays as is).
    .sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  parsed.search = keptPairs.length > 0 ? `?${keptPairs.map(({ pair }) => pair).join('&')}` : '';
  return parsed.href;
}

/** Where relative URLs in a page resolve: its <base href> when it has one, else the page URL. */
export function documentBaseUrl($: cheerio.CheerioAPI, pageUrl: string): string {
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref === undefined) return pageUrl;
  try {
    return new URL(baseHref.trim(), pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/**
 * The URL a page declares as its own: <link rel="canonical">, else <meta property="og:url">,
 * canonicalized. Null when neither is present or neither is an http(s) URL.
 */
export function findCanonicalUrl(html: string, pageUrl: string): string | null {
  // <link rel=canonical>, <base> and og:url live in the head: parsing only up to the body keeps this
  // cheap on long pages (the whole page costs the crawler half a millisecond more per page).
  const bodyStart = html.search(/<body[\s>]/i);
  const $ = cheerio.load(bodyStart > 0 ? html.slice(0, bodyStart) : html);
  const baseUrl = documentBaseUrl($, pageUrl);
  const candidates = [
    ...$('link[rel][href]')
      .filter((_, link) => ($(link).attr('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      .map((_, link) => $(link).attr('href'))
      .get(),
    ...$('meta[property="og:url"][content], meta[name="og:url"][content]')
      .map((_, meta) => $(meta).attr('content'))
      .get(),
  ];
  for (const candidate of candidates) {
    if (candidate.trim() === '') continue;
    const canonical = canonicalizeUrl(candidate, baseUrl);
    if (canonical !== null) return canonical;
  }
  return null;
}
