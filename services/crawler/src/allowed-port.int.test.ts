import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

// Issue 12, finding 7: with 127.0.0.1 allowed for a local site, the crawler followed links and redirects
// to the host's other ports (Redis, PostgreSQL, the API), and subscribers could read what it fetched.
describe.skipIf(!redis.available)(`an allowlisted host:port${redis.note}`, () => {
  it('opens that port only: a link or a redirect to another port of the host is refused, unconnected', async () => {
    const internalHits: string[] = [];
    const internal = createServer((req, res) => {
      internalHits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>internal admin page</p>');
    });
    internal.listen(0, '127.0.0.1');
    await once(internal, 'listening');
    const internalBase = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
    const site = await startFixtureSite((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(302, { location: `${internalBase}/admin` }).end();
    });
    const crawler = startTestCrawler({ allowHosts: [], allow: [`127.0.0.1:${site.port}`] });
    const { crawl, store } = crawler;
    try {
      await crawl.add({ kind: 'page', url: `${site.base}/moved`, sourceId: 'local' });
      await crawl.add({ kind: 'page', url: `${internalBase}/direct`, sourceId: 'local' });
      await waitUntil(async () => (await store.queue.getWaitingCount()) >= 2, 10_000);
      const errors = (await store.queue.getJobs(['waiting'])).map(
        (job) => `${job.data.url} ${job.data.error}`,
      );
      expect(errors).toHaveLength(2);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/moved refused: 127\.0\.0\.1, a private or reserved address/),
          expect.stringMatching(/\/direct refused: .*127\.0\.0\.1, a private or reserved address/),
        ]),
      );
      expect(internalHits).toEqual([]);
    } finally {
      await crawler.close();
      await site.close();
      internal.closeAllConnections();
      await new Promise((resolve) => internal.close(resolve));
    }
  }, 30_000);
});
