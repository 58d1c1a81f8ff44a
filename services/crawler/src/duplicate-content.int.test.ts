import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

describe.skipIf(!redis.available)(`the same content under several URLs at once${redis.note}`, () => {
  it('goes to extraction once, however many crawler slots fetch it at the same moment', async () => {
    // Every copy answers at the same moment, so the duplicate checks of all of them overlap.
    const waiting: (() => void)[] = [];
    const COPIES = 6;
    const site = await startFixtureSite((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      waiting.push(() =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<html><body><article><p>One story, syndicated under many addresses.</p></article></body></html>',
          ),
      );
      if (waiting.length === COPIES) for (const answer of waiting.splice(0)) answer();
    }, 'localhost');
    const crawler = startTestCrawler({ allowHosts: ['localhost'], concurrency: COPIES });
    const { crawl, extract, store } = crawler;
    try {
      for (let i = 0; i < COPIES; i++) {
        await crawl.add({ kind: 'page', url: `${site.base}/copy-${i}.html`, sourceId: 'syndication' });
      }
      await waitUntil(async () => (await crawl.queue.getCompletedCount()) === COPIES, 15_000);
      expect(await crawl.queue.getCompletedCount()).toBe(COPIES);
      expect(await extract.queue.getJobCountByTypes('waiting')).toBe(1);
      const skipped = (await store.queue.getJobs(['waiting'])).map((job) => job.data.error);
      expect(skipped).toEqual(Array(COPIES - 1).fill('skipped: duplicate content'));
    } finally {
      await crawler.close();
      await site.close();
    }
  }, 30_000);
});
