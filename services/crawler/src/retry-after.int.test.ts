import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlQueue, TypedQueue } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { redisForTests } from '../../../packages/queue/test/redis.js';
import { createCrawler } from './crawler-worker.js';

const redis = await redisForTests();

describe.skipIf(!redis.available)(`retries that honour Retry-After${redis.note}`, () => {
  it('comes back when a 429 says to, not sooner', async () => {
    const arrivals: number[] = [];
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      arrivals.push(Date.now());
      if (arrivals.length === 1) return void res.writeHead(429, { 'retry-after': '2' }).end('slow down');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><body><article><p>Back again, and welcome this time around.</p></article></body></html>',
      );
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
    const crawler = createCrawler({
      context,
      redisUrl: redis.url,
      allowHosts: ['127.0.0.1'],
      userAgent: 'AssayTest/1.0',
      politenessDelayMs: 0,
      concurrency: 1,
    });
    const queue = new TypedQueue(crawlQueue, context);
    try {
      await queue.add({ kind: 'page', url: `${base}/busy.html`, sourceId: 'retry' });
      const deadline = Date.now() + 15_000;
      while (arrivals.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(arrivals).toHaveLength(2);
      expect((arrivals[1] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(2000);
    } finally {
      await crawler.close();
      await queue.queue.obliterate({ force: true });
      await queue.close();
      server.close();
    }
  }, 30_000);
});
