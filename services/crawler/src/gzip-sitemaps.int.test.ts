import { gzipSync } from 'node:zlib';
import type { FetchRecord } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

const urlset = (urls: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`;
const sitemapIndex = (urls: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<sitemap><loc>${u}</loc></sitemap>`).join('')}</sitemapindex>`;

describe.skipIf(!redis.available)(`gzipped sitemaps${redis.note}`, () => {
  it('are gunzipped and read, index and child alike; a gzip bomb among them stops at the size cap', async () => {
    const requested: string[] = [];
    // 50 MB of zeros, some 50 KB gzipped: over the 10 MB decompressed-size cap.
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    let base = '';
    const site = await startFixtureSite((req, res) => {
      requested.push(req.url ?? '');
      switch (req.url) {
        case '/robots.txt':
          return void res.writeHead(404).end();
        case '/sitemap_index.xml.gz':
          res.writeHead(200, { 'content-type': 'application/gzip' });
          return void res.end(
            gzipSync(sitemapIndex([`${base}/sitemap-news.xml.gz`, `${base}/sitemap-bomb.xml.gz`])),
          );
        case '/sitemap-news.xml.gz':
          res.writeHead(200, { 'content-type': 'application/x-gzip' });
          return void res.end(gzipSync(urlset([1, 2, 3].map((i) => `${base}/articles/${i}.html`))));
        case '/sitemap-bomb.xml.gz':
          return void res.writeHead(200, { 'content-type': 'application/x-gzip' }).end(bomb);
        default:
          res.writeHead(200, { 'content-type': 'text/html' });
          return void res.end(
            `<html><body><article><p>Article ${req.url}, found through a gzipped sitemap.</p></article></body></html>`,
          );
      }
    });
    base = site.base;
    const crawler = startTestCrawler();
    const { crawl, extract, store } = crawler;
    try {
      await crawl.add({
        kind: 'source',
        source: {
          id: 'gzipped-sitemap',
          kind: 'sitemap',
          url: `${base}/sitemap_index.xml.gz`,
          schedule: { every_minutes: 60 },
          enabled: true,
        },
        requestedAt: new Date().toISOString(),
      });
      await waitUntil(async () => (await extract.queue.getWaitingCount()) >= 3, 20_000);
      const extracted = (await extract.queue.getJobs(['waiting'])).map((job) => job.data.url).sort();
      expect(extracted).toEqual([1, 2, 3].map((i) => `${base}/articles/${i}.html`));
      const records = (await store.queue.getJobs(['waiting']))
        .map((job) => job.data)
        .filter((d): d is FetchRecord => d.kind === 'fetch');
      expect(records.find((r) => r.url === `${base}/sitemap-bomb.xml.gz`)?.error).toBe(
        'decompressed body over 10 MB',
      );
      // A bomb is a property of the file, not a passing failure: asked for once, not retried.
      expect(requested.filter((r) => r === '/sitemap-bomb.xml.gz')).toHaveLength(1);
    } finally {
      await crawler.close();
      await site.close();
    }
  }, 30_000);
});
