import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlQueue, extractQueue, type FetchRecord, storeQueue, TypedQueue } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { redisForTests } from '../../../packages/queue/test/redis.js';
import { createCrawler } from './crawler-worker.js';

const redis = await redisForTests();

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

describe.skipIf(!redis.available)(`a host name that resolves to loopback${redis.note}`, () => {
  it('is refused and recorded, by link and by redirect, and never connected to', async () => {
    // The "internal service": any connection at all to it is a failure of the guard.
    let internalConnections = 0;
    const internal = createServer((_req, res) => res.writeHead(200).end('secret'));
    internal.on('connection', () => internalConnections++);
    const internalPort = await listen(internal);
    const secret = `http://internal.example.test:${internalPort}/articles/secret.html`;
    const moved = `http://internal.example.test:${internalPort}/articles/moved-here.html`;

    const site = createServer((req, res) => {
      switch (req.url) {
        case '/robots.txt':
          return void res.writeHead(404).end();
        case '/news':
          res.writeHead(200, { 'content-type': 'text/html' });
          return void res.end(
            `<html><body><a href="/articles/ok.html">ok</a><a href="${secret}">internal</a><a href="/articles/moved.html">moved</a></body></html>`,
          );
        case '/articles/moved.html':
          return void res.writeHead(302, { location: moved }).end();
        default:
          res.writeHead(200, { 'content-type': 'text/html' });
          return void res.end(
            `<html><body><article><p>A public article at ${req.url}, reached through its allowlisted name.</p></article></body></html>`,
          );
      }
    });
    const sitePort = await listen(site);
    const base = `http://news.example.test:${sitePort}`;

    // A local resolver: both names are loopback. Only the site's name is allowlisted, as an operator
    // would allowlist a local site; the internal name must be refused after resolution.
    const resolved: string[] = [];
    const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
    const crawler = createCrawler({
      context,
      redisUrl: redis.url,
      allowHosts: ['news.example.test'],
      resolve: async (host) => {
        resolved.push(host);
        return host.endsWith('.example.test') ? ['127.0.0.1'] : [];
      },
      userAgent: 'AssayTest/1.0',
      politenessDelayMs: 0,
      concurrency: 4,
    });
    const crawl = new TypedQueue(crawlQueue, context);
    const store = new TypedQueue(storeQueue, context);
    const extract = new TypedQueue(extractQueue, context);
    try {
      await crawl.add({
        kind: 'source',
        source: {
          id: 'loopback-names',
          kind: 'listing',
          url: `${base}/news`,
          url_pattern: '/articles/',
          schedule: { every_minutes: 60 },
          enabled: true,
        },
        requestedAt: new Date().toISOString(),
      });
      const deadline = Date.now() + 20_000;
      let completed = 0;
      while (Date.now() < deadline) {
        const {
          waiting = 0,
          active = 0,
          delayed = 0,
        } = await crawl.queue.getJobCounts('waiting', 'active', 'delayed');
        completed = await crawl.queue.getCompletedCount();
        // The source, then its three pages.
        if (completed === 4 && waiting + active + delayed === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(completed).toBe(4);

      const errors = new Map(
        (await store.queue.getJobs(['waiting']))
          .map((job) => job.data)
          .filter((d): d is FetchRecord => d.kind === 'fetch')
          .map((record) => [record.url, record.error]),
      );
      const refusal =
        /^refused: .*internal\.example\.test resolves to 127\.0\.0\.1, a private or reserved address/;
      expect(errors.get(secret)).toMatch(refusal);
      expect(errors.get(`${base}/articles/moved.html`)).toMatch(refusal);
      expect(resolved).toContain('internal.example.test');
      expect(internalConnections).toBe(0);
      // The same address under the allowlisted name was crawled: the resolver was used, and only the
      // name decided.
      const extracted = (await extract.queue.getJobs(['waiting'])).map((job) => job.data.url);
      expect(extracted).toEqual([`${base}/articles/ok.html`]);
    } finally {
      await crawler.close();
      for (const q of [crawl, store, extract]) {
        await q.queue.obliterate({ force: true });
        await q.close();
      }
      site.close();
      internal.close();
    }
  }, 30_000);
});
