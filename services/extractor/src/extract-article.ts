import { extractEvents, parseHtml, parseText } from '@assay/extract';
import { decompressBody, type ExtractPayload, type StoreArticlePayload } from '@assay/queue';
import type { Article, ExtractedEvent } from '@assay/schema';

/** What extraction reads of a fetched page. */
export type PageInput = Pick<
  ExtractPayload,
  'url' | 'finalUrl' | 'contentType' | 'body' | 'title' | 'published'
>;

/** What extraction makes of it: the article, its events, and whether the body was a web page. */
export interface ExtractedPage {
  article: Article;
  events: ExtractedEvent[];
  isHtml: boolean;
}

/** Pure: the same page always gives the same result, which keeps retries harmless. */
export function extractPage(page: PageInput): ExtractedPage {
  const body = decompressBody(page.body);
  const isHtml = /html|xml/i.test(page.contentType) || /^\s*</.test(body);
  const parsed = isHtml ? parseHtml(body, { url: page.finalUrl }) : parseText(body, { url: page.finalUrl });
  const article = {
    ...parsed,
    url: page.url,
    title: parsed.title || page.title || '',
    published: parsed.published ?? page.published,
  };
  return { article, events: extractEvents(article), isHtml };
}

/** The store job for an extracted page: the article, its events and, for a web page, the compressed snapshot. */
export function storePayloadFor(payload: ExtractPayload, page: ExtractedPage): StoreArticlePayload {
  return {
    kind: 'article',
    url: payload.url,
    finalUrl: payload.finalUrl,
    sourceId: payload.sourceId,
    contentHash: payload.contentHash,
    fetchedAt: payload.fetchedAt,
    article: page.article,
    events: page.events,
    html: page.isHtml ? payload.body : null,
    fetch: payload.fetch,
  };
}

/** Turns a fetched page into what the store needs, in one call (no worker thread). */
export function extractArticle(payload: ExtractPayload): StoreArticlePayload {
  return storePayloadFor(payload, extractPage(payload));
}
