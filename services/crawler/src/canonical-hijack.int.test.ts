import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

// Issue 12, finding 6: a malicious page naming another site's article as its canonical URL was stored
// under that URL (impersonation) and claimed it, so the real article was never fetched afterwards.
describe.skipIf(!redis.available)(`a canonical URL on another host${redis.note}`, () => {
  it("is not taken as the page's identity, and never keeps the real page from being fetched", async () => {
    const victim = await startFixtureSite((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html><body><article><p>The real story, as its publisher wrote it.</p></article></body></html>',
        );
    }, 'localhost');
    const story = `${victim.base}/story`;
    const evil = await startFixtureSite((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><head><link rel="canonical" href="${story}"></head><body><article><p>US adds AMD to the Entity List, says nobody.</p></article></body></html>`,
        );
    });
    const crawler = startTestCrawler({ allowHosts: ['127.0.0.1', 'localhost'] });
    const { crawl, extract, store } = crawler;
    try {
      const fake = `${evil.base}/fake`;
      await crawl.add({ kind: 'page', url: fake, sourceId: 'evil' });
      await waitUntil(async () => (await extract.queue.getWaitingCount()) === 1, 10_000);
      const [first] = await extract.queue.getJobs(['waiting']);
      // Stored (later) under the URL it was fetched from, not the victim's.
      expect(first?.data.url).toBe(fake);

      await crawl.add({ kind: 'page', url: story, sourceId: 'victim' });
      await waitUntil(async () => (await extract.queue.getWaitingCount()) === 2, 10_000);
      const urls = (await extract.queue.getJobs(['waiting'])).map((job) => job.data.url).sort();
      expect(urls).toEqual([fake, story].sort());
      const skipped = (await store.queue.getJobs(['waiting'])).map((job) => job.data.error);
      expect(skipped).not.toContain(`skipped: duplicate of ${story}`);
    } finally {
      await crawler.close();
      await victim.close();
      await evil.close();
    }
  }, 30_000);
});
