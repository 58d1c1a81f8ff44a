import { extractEvents, parseHtml, parseText } from '@assay/extract';
import { decompressBody, type ExtractPayload, type StoreArticlePayload } from '@assay/queue';

/**
 * Turns a fetched page into what the store needs: the article, its events and the compressed snapshot.
 * Pure: the same payload always gives the same result, which keeps retries harmless.
 */
export function extractArticle(payload: ExtractPayload): StoreArticlePayload {
  const body = decompressBody(payload.body);
  const isHtml = /html|xml/i.test(payload.contentType) || /^\s*</.test(body);
  const parsed = isHtml
    ? parseHtml(body, { url: payload.finalUrl })
    : parseText(body, { url: payload.finalUrl });
  const article = {
    ...parsed,
    url: payload.url,
    title: parsed.title || payload.title || '',
    published: parsed.published ?? payload.published,
  };
  return {
    kind: 'article',
    url: payload.url,
    finalUrl: payload.finalUrl,
    sourceId: payload.sourceId,
    contentHash: payload.contentHash,
    fetchedAt: payload.fetchedAt,
    article,
    events: extractEvents(article),
    html: isHtml ? payload.body : null,
    fetch: payload.fetch,
  };
}
