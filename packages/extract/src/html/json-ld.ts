/**
 * Reads article metadata from schema.org JSON-LD (<script type="application/ld+json">).
 * Like Readability, the first script describing an Article (or subtype) wins; unlike it, an @type given
 * as an array and a nested @graph are also understood.
 */
import { cleanPageText, type HtmlPage, textContent } from './dom.js';

export interface JsonLdArticle {
  name: string | null;
  headline: string | null;
  byline: string | null;
  siteName: string | null;
  datePublished: string | null;
  /** When the article (else another item) was last changed. */
  dateModified: string | null;
  /** From a WebPage or other item when the article has none (or the page has no Article item). */
  fallbackDatePublished: string | null;
  fallbackByline: string | null;
  /** Every @type named by any item (WebPage, Product, ItemList …), for telling page types apart. */
  types: string[];
}

const ARTICLE_TYPES =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;
const CDATA_MARKERS = /^\s*<!\[CDATA\[|\]\]>\s*$/g;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArticle(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const type = value['@type'];
  const types: unknown[] = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function usesSchemaOrg(value: JsonObject): boolean {
  const context = value['@context'];
  if (typeof context === 'string') return SCHEMA_ORG.test(context);
  return isObject(context) && typeof context['@vocab'] === 'string' && SCHEMA_ORG.test(context['@vocab']);
}

function findArticle(parsed: unknown): JsonObject | null {
  if (Array.isArray(parsed)) return parsed.find(isArticle) ?? null;
  if (!isObject(parsed) || !usesSchemaOrg(parsed)) return null;
  if (isArticle(parsed)) return parsed;
  const graph: unknown = parsed['@graph'];
  return Array.isArray(graph) ? (graph.find(isArticle) ?? null) : null;
}

function trimmedString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A person's name from a string or a Person object; organisations and URLs are not names. */
function personName(entry: unknown): string | null {
  if (typeof entry === 'string') return /^[a-z]+:\/\//i.test(entry.trim()) ? null : trimmedString(entry);
  if (!isObject(entry)) return null;
  const type = entry['@type'];
  const types: unknown[] = Array.isArray(type) ? type : [type];
  if (types.includes('Organization') && !types.includes('Person')) return null;
  const name = entry.name;
  if (typeof name === 'string') return trimmedString(name);
  if (Array.isArray(name)) return trimmedString(name.find((part) => typeof part === 'string'));
  const given = trimmedString(entry.givenName);
  const family = trimmedString(entry.familyName);
  return given && family ? `${given} ${family}` : null;
}

function authorNames(author: unknown): string | null {
  const entries = Array.isArray(author) ? author : [author];
  const names = [...new Set(entries.map(personName).filter((name): name is string => name !== null))];
  return names.length ? names.join(', ') : null;
}

/** Every object in a JSON-LD value: top level, arrays and @graph, one level of nesting (mainEntity…). */
function items(parsed: unknown, found: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 3) return found;
  if (Array.isArray(parsed)) {
    for (const entry of parsed) items(entry, found, depth + 1);
  } else if (isObject(parsed)) {
    found.push(parsed);
    if (Array.isArray(parsed['@graph'])) items(parsed['@graph'], found, depth + 1);
    if (isObject(parsed.mainEntity)) items(parsed.mainEntity, found, depth + 1);
    if (isObject(parsed.mainEntityOfPage)) items(parsed.mainEntityOfPage, found, depth + 1);
  }
  return found;
}

function dateOf(item: JsonObject): string | null {
  return trimmedString(item.datePublished) ?? trimmedString(item.dateCreated);
}

/**
 * The page's JSON-LD texts: its <script type="application/ld+json"> elements, and the
 * <meta name="script:ld+json" content="…"> that some Next.js sites write instead.
 */
function* jsonLdSources(page: HtmlPage): Generator<string> {
  for (const script of page.elements('script'))
    if (script.attribs.type?.trim().toLowerCase() === 'application/ld+json') yield textContent(script);
  for (const meta of page.elements('meta'))
    if (meta.attribs.name?.trim().toLowerCase() === 'script:ld+json' && meta.attribs.content)
      yield meta.attribs.content;
}

export function readJsonLd(page: HtmlPage): JsonLdArticle | null {
  let result: JsonLdArticle | null = null;
  let fallbackDatePublished: string | null = null;
  let fallbackByline: string | null = null;
  let fallbackDateModified: string | null = null;
  const types = new Set<string>();
  for (const source of jsonLdSources(page)) {
    let parsed: unknown;
    try {
      // JSON escapes ("\\u0000") decode to control characters: every string is cleaned as page text is.
      parsed = JSON.parse(source.replace(CDATA_MARKERS, ''), (_, value: unknown) =>
        typeof value === 'string' ? cleanPageText(value) : value,
      );
    } catch {
      continue;
    }
    for (const item of items(parsed)) {
      fallbackDatePublished ??= dateOf(item);
      fallbackDateModified ??= trimmedString(item.dateModified);
      fallbackByline ??= authorNames(item.author) ?? authorNames(item.creator);
      const type = item['@type'];
      for (const name of Array.isArray(type) ? type : [type]) if (typeof name === 'string') types.add(name);
    }
    const article: JsonObject | null = result ? null : findArticle(parsed);
    if (!article) continue;
    const publisher: unknown = article.publisher;
    result = {
      name: typeof article.name === 'string' ? article.name : null,
      headline: typeof article.headline === 'string' ? article.headline : null,
      byline: authorNames(article.author),
      siteName: isObject(publisher) ? trimmedString(publisher.name) : null,
      datePublished: trimmedString(article.datePublished),
      dateModified: trimmedString(article.dateModified),
      fallbackDatePublished: null,
      fallbackByline: null,
      types: [],
    };
  }
  if (!result && !fallbackDatePublished && !fallbackDateModified && !fallbackByline && types.size === 0)
    return null;
  result ??= {
    name: null,
    headline: null,
    byline: null,
    siteName: null,
    datePublished: null,
    dateModified: null,
    fallbackDatePublished: null,
    fallbackByline: null,
    types: [],
  };
  return {
    ...result,
    dateModified: result.dateModified ?? fallbackDateModified,
    fallbackDatePublished,
    fallbackByline,
    types: [...types],
  };
}
