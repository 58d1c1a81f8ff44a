import type { FetchRecord } from '@assay/queue';
import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

describe.skipIf(!redis.available)(`a host name that resolves to loopback${redis.note}`, () => {
  it('is refused and recorded, by link and by redirect, and never connected to', async () => {
    // The "internal service": any connection at all to it is a failure of the guard.
    let internalConnections = 0;
    const internal = await startFixtureSite(
      (_req, res) => res.writeHead(200).end('secret'),
      'internal.example.test',
    );
    internal.server.on('connection', () => internalConnections++);
    const secret = `${internal.base}/articles/secret.html`;
    const moved = `${internal.base}/articles/moved-here.html`;

    const site = await startFixtureSite((req, res) => {
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
    }, 'news.example.test');
    const { base } = site;

    // A local resolver: both names are loopback. Only the site's name is allowlisted, as an operator
    // would allowlist a local site; the internal name must be refused after resolution.
    const resolved: string[] = [];
    const crawler = startTestCrawler({
      allowHosts: ['news.example.test'],
      resolve: async (host) => {
        resolved.push(host);
        return host.endsWith('.example.test') ? ['127.0.0.1'] : [];
      },
    });
    const { crawl, extract, store } = crawler;
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
      let completed = 0;
      await waitUntil(async () => {
        const {
          waiting = 0,
          active = 0,
          delayed = 0,
        } = await crawl.queue.getJobCounts('waiting', 'active', 'delayed');
        completed = await crawl.queue.getCompletedCount();
        // The source, then its three pages.
        return completed === 4 && waiting + active + delayed === 0;
      }, 20_000);
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
      await site.close();
      await internal.close();
    }
  }, 30_000);
});
