/**
 * Collects <meta> values under normalised keys ("og:title", "dc:creator", "parsely-pub-date", …),
 * matching Readability's property/name patterns, plus the date-bearing names news sites use.
 */
import type { HtmlPage } from './dom.js';

/** `property` may list several space-separated properties; the first recognised one is used. */
const PROPERTY_PATTERN =
  /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name|url|locale)\s*/i;
const NAME_PATTERN =
  /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;
/** Publication-date names outside Readability's patterns (the keys are lowercased). */
const DATE_NAMES = new Set([
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'article.published',
  'article:published_time',
  'og:published_time',
  'published_time',
  'date_published',
  'datepublished',
  'originalpublicationdate',
  'citation_publication_date',
]);

/** Other names saying "published" ("published", "w-published-date", "article.publication_time"): a last resort. */
const PUBLISHED_NAME = /(?:^|[^a-z])(?:published|publication|publish)(?:[-_.:\s]?(?:date|time|on|at))?$/;

/** When the page was last changed (article:modified_time, og:updated_time): only when nothing says when it was published. */
const MODIFIED_NAME = /(?:^|[^a-z])(?:modified|updated)(?:[-_.:]?(?:date|time))?$/;

export type MetaValues = ReadonlyMap<string, string>;

export function readMetaTags(page: HtmlPage): MetaValues {
  const values = new Map<string, string>();
  let authorLabel: string | null = null;
  for (const meta of page.elements('meta')) {
    const content = meta.attribs.content?.trim();
    if (!content) continue;
    const property = meta.attribs.property;
    const name = meta.attribs.name;
    const propertyMatch = property ? PROPERTY_PATTERN.exec(property) : null;
    if (propertyMatch) {
      values.set(propertyMatch[0].toLowerCase().replace(/\s/g, ''), content);
    } else if (name && NAME_PATTERN.test(name)) {
      values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content);
    }
    const dateKey = (name ?? property ?? meta.attribs.itemprop)?.toLowerCase();
    if (dateKey && DATE_NAMES.has(dateKey) && !values.has(`date:${dateKey}`))
      values.set(`date:${dateKey}`, content);
    else if (dateKey && PUBLISHED_NAME.test(dateKey)) {
      // A name ending in "date" before one ending in "time" (which some CMSs fill with the render time).
      const key = dateKey.endsWith('date') ? 'date:published-name' : 'date:published-other';
      if (!values.has(key)) values.set(key, content);
    }
    if (dateKey && MODIFIED_NAME.test(dateKey) && !values.has('date:modified'))
      values.set('date:modified', content);
    // Twitter's "label1: Written by, data1: Jane Roe" pairs (as Yoast writes them).
    const label = /^twitter:label(\d)$/i.exec(name ?? '');
    if (label && /^\s*(?:written by|author)\s*$/i.test(content)) authorLabel = label[1] ?? null;
    if (name?.toLowerCase() === 'application-name') values.set('application-name', content);
    if (property?.trim().toLowerCase() === 'og:type') values.set('og:type', content);
    const httpEquiv = meta.attribs['http-equiv']?.toLowerCase();
    if (httpEquiv === 'content-language' || name?.toLowerCase() === 'language') {
      values.set('content-language', content);
    }
  }
  if (authorLabel !== null) {
    const data = page
      .elements('meta')
      .find((meta) => meta.attribs.name?.toLowerCase() === `twitter:data${authorLabel}`);
    const author = data?.attribs.content?.trim();
    if (author) values.set('twitter:author-label', author);
  }
  return values;
}

/** The first publication date found under one of the extra date names, in the order of DATE_NAMES. */
export function metaPublishedDate(values: MetaValues): string | null {
  for (const name of DATE_NAMES) {
    const value = values.get(`date:${name}`);
    if (value) return value;
  }
  return values.get('date:published-name') ?? values.get('date:published-other') ?? null;
}
