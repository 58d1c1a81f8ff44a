import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

describe.skipIf(!redis.available)(`retries that honour Retry-After${redis.note}`, () => {
  it('comes back when a 429 says to, not sooner', async () => {
    const arrivals: number[] = [];
    const site = await startFixtureSite((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      arrivals.push(Date.now());
      if (arrivals.length === 1) return void res.writeHead(429, { 'retry-after': '2' }).end('slow down');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><body><article><p>Back again, and welcome this time around.</p></article></body></html>',
      );
    });
    const crawler = startTestCrawler({ concurrency: 1 });
    try {
      await crawler.crawl.add({ kind: 'page', url: `${site.base}/busy.html`, sourceId: 'retry' });
      await waitUntil(() => arrivals.length >= 2, 15_000);
      expect(arrivals).toHaveLength(2);
      expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(2000);
    } finally {
      await crawler.close();
      await site.close();
    }
  }, 30_000);
});
