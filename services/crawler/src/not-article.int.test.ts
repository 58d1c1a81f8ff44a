import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';
import { articlePageType } from './crawler-worker.js';

const STORY = [
  'The smelter restarted its second furnace on Monday after a six-week strike over pay and shift patterns ended.',
  'Managers said output would be back to its usual rate of about 1,200 tonnes of copper cathode a day by the end of the month.',
  'Union leaders said the deal raised base pay by eleven percent over three years and restored the overtime rates cut last year.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

const PAGES: Record<string, string> = {
  '/news/2025/03/03/smelter-restarts.html': `<html lang="en"><head><title>Smelter restarts</title><meta property="og:type" content="article"></head><body><article><h1>Smelter restarts after strike</h1>${STORY}</article></body></html>`,
  // The hostile page the pipeline once stored as an article: four characters inside 5,000 nested divs.
  '/deep.html': `<html><body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body></html>`,
};

describe.skipIf(!redis.available)(`pages that are not articles${redis.note}`, () => {
  it('are recorded as skipped with the reason and never queued for extraction', async () => {
    const site = await startFixtureSite((req, res) => {
      const body = PAGES[req.url ?? ''];
      if (!body) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    });
    const crawler = startTestCrawler({ pageType: articlePageType });
    const { crawl, extract, store } = crawler;
    try {
      for (const path of Object.keys(PAGES))
        await crawl.add({ kind: 'page', url: `${site.base}${path}`, sourceId: 'site' });
      await waitUntil(async () => (await crawl.queue.getCompletedCount()) === 2, 15_000);
      const extracted = (await extract.queue.getJobs(['waiting'])).map(
        (job) => new URL(job.data.url).pathname,
      );
      expect(extracted).toEqual(['/news/2025/03/03/smelter-restarts.html']);
      const skipped = (await store.queue.getJobs(['waiting'])).map((job) => job.data.error);
      expect(skipped).toEqual(['skipped: not an article: too little text (1 words)']);
    } finally {
      await crawler.close();
      await site.close();
    }
  }, 30_000);
});
