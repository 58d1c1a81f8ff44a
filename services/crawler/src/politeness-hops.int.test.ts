import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

const DELAY_MS = 250;
const HOPS = 4;

describe.skipIf(!redis.available)(`politeness for robots.txt and redirect hops${redis.note}`, () => {
  let site: FixtureSite;
  /** Every request the site saw, robots.txt and each hop included, with when it arrived. */
  const arrivals: { path: string; at: number }[] = [];

  beforeAll(async () => {
    site = await startFixtureSite((req, res) => {
      arrivals.push({ path: req.url ?? '', at: performance.timeOrigin + performance.now() });
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
        return;
      }
      const hop = /^\/hop-(\d+)$/.exec(req.url ?? '');
      if (hop && Number(hop[1]) < HOPS) {
        res.writeHead(302, { location: `/hop-${Number(hop[1]) + 1}` }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body><article><p>Page ${req.url} of the politeness test.</p></article></body></html>`);
    });
  });
  afterAll(async () => {
    await site.close();
  });

  it('spaces robots.txt from the first page and every redirect hop, measured at the server', async () => {
    const crawler = startTestCrawler({ politenessDelayMs: DELAY_MS, concurrency: 4 });
    try {
      await crawler.crawl.add({ kind: 'page', url: `${site.base}/hop-0`, sourceId: 'polite' });
      await crawler.crawl.add({ kind: 'page', url: `${site.base}/after`, sourceId: 'polite' });
      // robots.txt, the chain's first request and its hops, and the other page.
      const expected = 1 + 1 + HOPS + 1;
      await waitUntil(() => arrivals.length >= expected, 20_000);
      expect(arrivals.map((a) => a.path).sort()).toEqual(
        ['/robots.txt', '/after', ...Array.from({ length: HOPS + 1 }, (_, i) => `/hop-${i}`)].sort(),
      );
      expect(arrivals[0]?.path).toBe('/robots.txt');
      const gaps = arrivals.slice(1).map((a, i) => ({
        between: `${arrivals[i]?.path} → ${a.path}`,
        ms: a.at - (arrivals[i]?.at ?? 0),
      }));
      for (const gap of gaps) expect(gap.ms, gap.between).toBeGreaterThanOrEqual(DELAY_MS);
    } finally {
      await crawler.close();
    }
  }, 30_000);
});
