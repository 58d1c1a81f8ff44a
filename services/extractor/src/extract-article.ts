import { extractEvents, HtmlBudgetError, parseHtml, parseText } from '@assay/extract';
import {
  decompressBody,
  type ExtractPayload,
  type FetchRecord,
  foreignCanonicalUrl,
  type StoreArticlePayload,
  type StorePayload,
  trustedCanonicalUrl,
} from '@assay/queue';
import type { Article, ExtractedEvent } from '@assay/schema';
import { binaryContentReason } from './binary-content.js';

/** What extraction reads of a fetched page. */
export type PageInput = Pick<
  ExtractPayload,
  'url' | 'finalUrl' | 'contentType' | 'body' | 'title' | 'published'
>;

/**
 * What extraction makes of it: the article, its events, and whether the body was a web page; or, for a
 * body that is not text at all, why.
 */
export type ExtractedPage =
  | { kind: 'article'; article: Article; events: ExtractedEvent[]; isHtml: boolean }
  | { kind: 'binary'; reason: string }
  /** A page over parseHtml's size or time budget (HtmlBudgetError): asking again gets the same page. */
  | { kind: 'over-budget'; reason: string };

/** Pure: the same page always gives the same result, which keeps retries harmless. */
export function extractPage(page: PageInput): ExtractedPage {
  const body = decompressBody(page.body);
  const binary = binaryContentReason(body);
  if (binary) return { kind: 'binary', reason: binary };
  const isHtml = /html|xml/i.test(page.contentType) || /^\s*</.test(body);
  let parsed: Article;
  try {
    parsed = isHtml ? parseHtml(body, { url: page.finalUrl }) : parseText(body, { url: page.finalUrl });
  } catch (error) {
    if (error instanceof HtmlBudgetError) return { kind: 'over-budget', reason: error.message };
    throw error;
  }
  const article = {
    ...parsed,
    url: page.url,
    title: parsed.title || page.title || '',
    published: parsed.published ?? page.published,
  };
  return { kind: 'article', article, events: extractEvents(article), isHtml };
}

/** The store job for an extracted page: the article, its events and, for a web page, the compressed snapshot. */
export function storePayloadFor(
  payload: ExtractPayload,
  page: Extract<ExtractedPage, { kind: 'article' }>,
): StoreArticlePayload {
  // The page's own word on its canonical URL is only taken for its own host, and only as http(s).
  const named = page.article.canonical_url;
  return {
    kind: 'article',
    url: payload.url,
    finalUrl: payload.finalUrl,
    sourceId: payload.sourceId,
    contentHash: payload.contentHash,
    fetchedAt: payload.fetchedAt,
    article: { ...page.article, canonical_url: trustedCanonicalUrl(named, payload.finalUrl) },
    claimedCanonical: foreignCanonicalUrl(named, payload.finalUrl),
    events: page.events,
    html: page.isHtml ? payload.body : null,
    fetch: payload.fetch,
  };
}

/** The store job that records a page which is not text: a failed fetch of that page, with the reason. */
export function binaryFetchRecord(payload: ExtractPayload, reason: string): FetchRecord {
  return {
    kind: 'fetch',
    url: payload.url,
    finalUrl: payload.fetch?.finalUrl ?? payload.finalUrl,
    sourceId: payload.sourceId,
    status: payload.fetch?.status ?? null,
    bytes: payload.fetch?.bytes ?? 0,
    durationMs: payload.fetch?.durationMs ?? 0,
    error: reason,
    fetchedAt: payload.fetch?.fetchedAt ?? payload.fetchedAt,
  };
}

/** Turns a fetched page into what the store needs, in one call (no worker thread). */
export function extractArticle(payload: ExtractPayload): StorePayload {
  const page = extractPage(payload);
  return page.kind === 'article' ? storePayloadFor(payload, page) : binaryFetchRecord(payload, page.reason);
}
