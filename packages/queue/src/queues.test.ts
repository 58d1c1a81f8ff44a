import { describe, expect, it } from 'vitest';
import { compressBody, decompressBody } from './body.js';
import {
  CRAWL_BACKOFF_TYPE,
  crawlBackoff,
  crawlQueue,
  extractQueue,
  foreignCanonicalUrl,
  storeQueue,
  trustedCanonicalUrl,
} from './queues.js';

describe('queue definitions', () => {
  it('give the same page the same job id, whatever feed found it', () => {
    const a = crawlQueue.payload.parse({ kind: 'page', url: 'https://example.com/a', sourceId: 'one' });
    const b = crawlQueue.payload.parse({
      kind: 'page',
      url: 'https://example.com/a',
      sourceId: 'two',
      title: 'A',
    });
    expect(crawlQueue.jobId(a)).toBe(crawlQueue.jobId(b));
    expect(crawlQueue.jobId(a)).not.toContain(':');
    expect(crawlQueue.jobName(a)).toBe('crawl-page');
  });

  it('name the field that is wrong in a bad payload', () => {
    const result = extractQueue.payload.safeParse({ url: 'https://example.com/a', finalUrl: 'nope' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('finalUrl');
  });

  it('retry with exponential backoff and keep failures for inspection', () => {
    for (const queue of [crawlQueue, extractQueue, storeQueue]) {
      expect(queue.defaultJobOptions.backoff).toMatchObject({
        type: queue === crawlQueue ? CRAWL_BACKOFF_TYPE : 'exponential',
      });
      expect(queue.defaultJobOptions.removeOnFail).toMatchObject({ count: expect.any(Number) });
      expect(queue.defaultJobOptions.removeOnComplete).toBeTruthy();
    }
  });
});

describe('canonical URLs a page names', () => {
  const page = 'https://www.evil.example/post';
  it("are trusted on the page's own host only, and only as http(s)", () => {
    expect(trustedCanonicalUrl('https://evil.example/post?a=1', page)).toBe('https://evil.example/post?a=1');
    expect(trustedCanonicalUrl('https://news.victim.example/story', page)).toBeNull();
    expect(trustedCanonicalUrl('javascript:alert(1)', page)).toBeNull();
    expect(trustedCanonicalUrl(null, page)).toBeNull();
  });

  it('are recorded as a claim when they name another host', () => {
    expect(foreignCanonicalUrl('https://news.victim.example/story', page)).toBe(
      'https://news.victim.example/story',
    );
    expect(foreignCanonicalUrl('https://evil.example/post', page)).toBeNull();
    expect(foreignCanonicalUrl('javascript:alert(1)', page)).toBeNull();
  });
});

describe('store payloads', () => {
  it('carry http(s) URLs only', () => {
    const result = storeQueue.payload.safeParse({
      kind: 'fetch',
      url: 'javascript:alert(1)',
      finalUrl: null,
      sourceId: 's',
      status: null,
      bytes: 0,
      durationMs: 0,
      error: null,
      fetchedAt: new Date().toISOString(),
    });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'url: must be an http(s) URL',
    ]);
  });
});

describe('compressed bodies', () => {
  it('round-trip and are much smaller than the page', () => {
    const html = `<html><body>${'<p>Tariffs were imposed on imports.</p>'.repeat(2000)}</body></html>`;
    const body = compressBody(html);
    expect(decompressBody(body)).toBe(html);
    expect(body.data.length).toBeLessThan(html.length / 10);
    expect(body.bytes).toBe(Buffer.byteLength(html));
  });
});

describe('crawl backoff', () => {
  it('waits as long as Retry-After says, within bounds, else doubles from 1 s', () => {
    expect([1, 2, 3, 4].map((n) => crawlBackoff(n, null))).toEqual([1000, 2000, 4000, 8000]);
    expect(crawlBackoff(1, 120_000)).toBe(120_000);
    expect(crawlBackoff(1, 0)).toBe(1000);
    expect(crawlBackoff(1, 48 * 3600_000)).toBe(6 * 3600_000);
  });
});
