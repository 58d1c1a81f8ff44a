import { compressBody, contentHash, type ExtractPayload, storeQueue } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { extractPage, storePayloadFor } from './extract-article.js';

// Issue 12, findings 4 and 6: the canonical URL a page names travels to the UI's links, the feeds and
// the webhooks, and decided which article the page was stored as.
function fetched(url: string, canonical: string): ExtractPayload {
  const html = `<html><head><title>Tariffs</title><link rel="canonical" href="${canonical}"></head><body><article><p>Washington imposed a 25% tariff on Chinese graphite on Tuesday, officials said.</p></article></body></html>`;
  return {
    url,
    finalUrl: url,
    sourceId: 'test',
    contentType: 'text/html',
    contentHash: contentHash(html),
    body: compressBody(html),
    fetchedAt: new Date().toISOString(),
    title: null,
    published: null,
    fetch: null,
  };
}

function storePayload(payload: ExtractPayload) {
  const page = extractPage(payload);
  if (page.kind !== 'article') throw new Error('not an article');
  return storePayloadFor(payload, page);
}

describe('the canonical URL a page names', () => {
  it('is dropped when it is not http(s), so the store job is valid and carries no javascript: link', () => {
    const payload = storePayload(fetched('https://news.example.com/a', 'javascript:alert(document.domain)'));
    expect(payload.article.canonical_url).toBeNull();
    expect(payload.claimedCanonical).toBeNull();
    expect(storeQueue.payload.safeParse(payload).success).toBe(true);
  });

  it('on another host is recorded as a claim, not trusted', () => {
    const payload = storePayload(fetched('https://evil.example.net/fake', 'https://news.example.com/real'));
    expect(payload.article.canonical_url).toBeNull();
    expect(payload.claimedCanonical).toBe('https://news.example.com/real');
    expect(payload.url).toBe('https://evil.example.net/fake');
  });

  it("on the page's own host is its identity", () => {
    const payload = storePayload(fetched('https://www.example.com/a?utm_source=x', 'https://example.com/a'));
    expect(payload.article.canonical_url).toBe('https://example.com/a');
    expect(payload.claimedCanonical).toBeNull();
  });
});
