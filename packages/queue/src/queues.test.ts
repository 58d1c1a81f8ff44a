import { describe, expect, it } from 'vitest';
import { compressBody, decompressBody } from './body.js';
import { crawlQueue, extractQueue, storeQueue } from './queues.js';

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
      expect(queue.defaultJobOptions.backoff).toMatchObject({ type: 'exponential' });
      expect(queue.defaultJobOptions.removeOnFail).toMatchObject({ count: expect.any(Number) });
      expect(queue.defaultJobOptions.removeOnComplete).toBeTruthy();
    }
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
