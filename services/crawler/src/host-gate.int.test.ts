import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlQueue, TypedQueue } from '@assay/queue';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests } from '../../../packages/queue/test/redis.js';
import { type Crawler, createCrawler } from './crawler-worker.js';

const redis = await redisForTests();
const DELAY_MS = 250;

describe.skipIf(!redis.available)(`politeness across crawler processes${redis.note}`, () => {
  let server: Server;
  let base: string;
  const arrivals: number[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(404).end();
        return;
      }
      arrivals.push(performance.timeOrigin + performance.now());
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body><article><p>Page ${req.url} of the politeness test.</p></article></body></html>`);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
  });

  it('two crawlers on one host never come closer than the configured delay, and waiting jobs free their slot', async () => {
    const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
    const make = (): Crawler =>
      createCrawler({
        context,
        redisUrl: redis.url,
        allowHosts: ['127.0.0.1'],
        userAgent: 'AssayTest/1.0',
        politenessDelayMs: DELAY_MS,
        concurrency: 4,
      });
    const crawlers = [make(), make()];
    const queue = new TypedQueue(crawlQueue, context);
    const events = new QueueEvents(crawlQueue.name, context);
    await events.waitUntilReady();
    let delayedJobs = 0;
    events.on('delayed', () => {
      delayedJobs++;
    });
    try {
      for (let i = 0; i < 8; i++)
        await queue.add({ kind: 'page', url: `${base}/page-${i}.html`, sourceId: 'polite' });
      const deadline = Date.now() + 20_000;
      while (arrivals.length < 8 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(arrivals).toHaveLength(8);
      const sorted = [...arrivals].sort((a, b) => a - b);
      const gaps = sorted.slice(1).map((t, i) => t - (sorted[i] as number));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DELAY_MS);
      // Jobs that had to wait went back to Redis as delayed jobs instead of holding a worker slot.
      expect(delayedJobs).toBeGreaterThan(0);
      // The last page's job finishes (queues its extract job) a moment after its request arrives.
      const completedBy = Date.now() + 10_000;
      while ((await queue.queue.getJobCountByTypes('completed')) < 8 && Date.now() < completedBy) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await queue.queue.getJobCountByTypes('completed')).toBe(8);
    } finally {
      await events.close();
      await Promise.all(crawlers.map((c) => c.close()));
      await queue.queue.obliterate({ force: true });
      await queue.close();
    }
  }, 30_000);
});
