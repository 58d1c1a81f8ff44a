import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlQueue, extractQueue, storeQueue, TypedQueue } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { redisForTests } from '../../../packages/queue/test/redis.js';
import { createCrawler } from './crawler-worker.js';

const redis = await redisForTests();

describe.skipIf(!redis.available)(`the same content under several URLs at once${redis.note}`, () => {
  it('goes to extraction once, however many crawler slots fetch it at the same moment', async () => {
    // Every copy answers at the same moment, so the duplicate checks of all of them overlap.
    const waiting: (() => void)[] = [];
    const COPIES = 6;
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      waiting.push(() =>
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            '<html><body><article><p>One story, syndicated under many addresses.</p></article></body></html>',
          ),
      );
      if (waiting.length === COPIES) for (const answer of waiting.splice(0)) answer();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://localhost:${(server.address() as AddressInfo).port}`;
    const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
    const crawler = createCrawler({
      context,
      redisUrl: redis.url,
      allowHosts: ['localhost'],
      userAgent: 'AssayTest/1.0',
      politenessDelayMs: 0,
      concurrency: COPIES,
    });
    const crawl = new TypedQueue(crawlQueue, context);
    const extract = new TypedQueue(extractQueue, context);
    const store = new TypedQueue(storeQueue, context);
    try {
      for (let i = 0; i < COPIES; i++) {
        await crawl.add({ kind: 'page', url: `${base}/copy-${i}.html`, sourceId: 'syndication' });
      }
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const counts = await crawl.queue.getJobCounts('waiting', 'active', 'delayed', 'completed');
        if (counts.completed === COPIES) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await crawl.queue.getCompletedCount()).toBe(COPIES);
      expect(await extract.queue.getJobCountByTypes('waiting')).toBe(1);
      const skipped = (await store.queue.getJobs(['waiting'])).map((job) => job.data.error);
      expect(skipped).toEqual(Array(COPIES - 1).fill('skipped: duplicate content'));
    } finally {
      await crawler.close();
      for (const queue of [crawl, extract, store]) {
        await queue.queue.obliterate({ force: true });
        await queue.close();
      }
      server.close();
    }
  }, 30_000);
});
