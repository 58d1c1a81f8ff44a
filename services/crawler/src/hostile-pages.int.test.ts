import { gzipSync } from 'node:zlib';
import type { FetchRecord } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

describe.skipIf(!redis.available)(`hostile pages and SSRF targets${redis.note}`, () => {
  it('records each as a per-page failure, connects to no forbidden address, and goes on with the rest', async () => {
    const requested: string[] = [];
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 'a'));
    const site = await startFixtureSite((req, res) => {
      requested.push(req.url ?? '');
      switch (req.url) {
        case '/robots.txt':
          return void res.writeHead(404).end();
        case '/huge.html': {
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = Buffer.alloc(1024 * 1024, 'x');
          let sent = 0;
          const pump = () => {
            while (sent < 50 && res.write(chunk)) sent++;
            if (sent < 50) res.once('drain', pump);
            else res.end();
          };
          res.on('error', () => undefined);
          return void pump();
        }
        case '/bomb.html':
          return void res
            .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
            .end(bomb);
        case '/endless.html':
          res.writeHead(200, { 'content-type': 'text/html' });
          return void res.write('<html><body><p>never ends');
        case '/loop.html':
          return void res.writeHead(302, { location: '/loop.html' }).end();
        case '/to-private.html':
          return void res.writeHead(302, { location: 'http://10.0.0.1/admin' }).end();
        default:
          res.writeHead(200, { 'content-type': 'text/html' });
          // Each ordinary page has its own text: identical bodies would be deduplicated by content hash.
          return void res.end(
            `<html><body><article><p>An ordinary page, ${req.url}, crawled like any other.</p></article></body></html>`,
          );
      }
    }, 'localhost');
    // The fixture answers as "localhost" (allowlisted); 127.0.0.1 and every other private address are not.
    const { base, port } = site;
    const crawler = startTestCrawler({ allowHosts: ['localhost'], fetchTimeoutMs: 1500 });
    const { crawl, extract, store } = crawler;
    const hostile = ['huge.html', 'bomb.html', 'endless.html', 'loop.html', 'to-private.html'].map(
      (p) => `${base}/${p}`,
    );
    const ssrf = [
      `http://127.0.0.1:${port}/a`,
      'http://10.0.0.1/a',
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${port}/a`,
      `http://[::ffff:127.0.0.1]:${port}/a`,
      `http://2130706433:${port}/a`,
      `http://0x7f.0.0.1:${port}/a`,
    ];
    const ordinary = [`${base}/ok-1.html`, `${base}/ok-2.html`];
    try {
      for (const url of [...hostile, ...ssrf, ...ordinary]) {
        await crawl.add(
          { kind: 'page', url, sourceId: 'hostile' },
          { attempts: 2, backoff: { type: 'fixed', delay: 100 } },
        );
      }
      const records = async () =>
        (await store.queue.getJobs(['waiting']))
          .map((j) => j.data)
          .filter((d): d is FetchRecord => d.kind === 'fetch');
      await waitUntil(async () => {
        const done = await crawl.queue.getJobCounts('waiting', 'active', 'delayed');
        return Object.values(done).every((n) => n === 0);
      }, 25_000);
      const byUrl = new Map((await records()).map((r) => [r.url, r.error]));
      expect(byUrl.get(`${base}/huge.html`)).toMatch(/body over 10 MB/);
      expect(byUrl.get(`${base}/bomb.html`)).toMatch(/decompressed body over/);
      expect(byUrl.get(`${base}/endless.html`)).toMatch(/timeout/);
      expect(byUrl.get(`${base}/loop.html`)).toMatch(/too many redirects/);
      expect(byUrl.get(`${base}/to-private.html`)).toMatch(/refused: .*10\.0\.0\.1/);
      for (const url of ssrf) expect(byUrl.get(url), url).toMatch(/^refused: /);
      // Nothing reached the fixture except through the allowlisted name, and no private target was asked.
      expect(requested.some((r) => r.startsWith('/a') || r.includes('meta-data'))).toBe(false);
      // The ordinary pages went on to extraction.
      expect(await extract.queue.getJobCountByTypes('waiting')).toBe(2);
    } finally {
      await crawler.close();
      await site.close();
    }
  }, 40_000);
});
