/**
 * Reads article metadata from schema.org JSON-LD (<script type="application/ld+json">).
 * Like Readability, the first script describing an Article (or subtype) wins; unlike it, an @type given
 * as an array and a nested @graph are also understood.
 */
import { type HtmlPage, textContent } from './dom.js';

export interface JsonLdArticle {
  name: string | null;
  headline: string | null;
  byline: string | null;
  siteName: string | null;
  datePublished: string | null;
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

function authorNames(author: unknown): string | null {
  if (isObject(author)) return trimmedString(author.name);
  if (!Array.isArray(author)) return trimmedString(author);
  const names = author.map((entry) => (isObject(entry) ? trimmedString(entry.name) : null)).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

export function readJsonLd(page: HtmlPage): JsonLdArticle | null {
  for (const script of page.elements('script')) {
    if (script.attribs.type !== 'application/ld+json') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(textContent(script).replace(CDATA_MARKERS, ''));
    } catch {
      continue;
    }
    const article = findArticle(parsed);
    if (!article) continue;
    const publisher = article.publisher;
    return {
      name: typeof article.name === 'string' ? article.name : null,
      headline: typeof article.headline === 'string' ? article.headline : null,
      byline: authorNames(article.author),
      siteName: isObject(publisher) ? trimmedString(publisher.name) : null,
      datePublished: trimmedString(article.datePublished),
    };
  }
  return null;
}
