import { crawlQueue } from '@assay/queue';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';
import { createCrawler } from './crawler-worker.js';

const DELAY_MS = 250;

describe.skipIf(!redis.available)(`politeness across crawler processes${redis.note}`, () => {
  let site: FixtureSite;
  const arrivals: number[] = [];

  beforeAll(async () => {
    site = await startFixtureSite((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(404).end();
        return;
      }
      arrivals.push(performance.timeOrigin + performance.now());
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body><article><p>Page ${req.url} of the politeness test.</p></article></body></html>`);
    });
  });
  afterAll(async () => {
    await site.close();
  });

  it('two crawlers on one host never come closer than the configured delay, and waiting jobs free their slot', async () => {
    const crawler = startTestCrawler({ politenessDelayMs: DELAY_MS });
    // A second process's crawler: the same queues and host gate.
    const second = createCrawler(crawler.options);
    const queue = crawler.crawl;
    const events = new QueueEvents(crawlQueue.name, crawler.context);
    await events.waitUntilReady();
    let delayedJobs = 0;
    events.on('delayed', () => {
      delayedJobs++;
    });
    try {
      for (let i = 0; i < 8; i++)
        await queue.add({ kind: 'page', url: `${site.base}/page-${i}.html`, sourceId: 'polite' });
      await waitUntil(() => arrivals.length >= 8, 20_000);
      expect(arrivals).toHaveLength(8);
      const sorted = [...arrivals].sort((a, b) => a - b);
      const gaps = sorted.slice(1).map((t, i) => t - (sorted[i] as number));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DELAY_MS);
      // Jobs that had to wait went back to Redis as delayed jobs instead of holding a worker slot.
      expect(delayedJobs).toBeGreaterThan(0);
      // The last page's job finishes (queues its extract job) a moment after its request arrives.
      await waitUntil(async () => (await queue.queue.getJobCountByTypes('completed')) >= 8, 10_000);
      expect(await queue.queue.getJobCountByTypes('completed')).toBe(8);
    } finally {
      await events.close();
      await second.close();
      await crawler.close();
    }
  }, 30_000);
});
