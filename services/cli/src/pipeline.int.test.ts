import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { extractEvents, parseHtml } from '@assay/extract';
import { runSourceNow } from '@assay/queue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { articlePage, type FixtureSite, startFixtureSite } from '../test/fixture-site.js';
import { postgresForTests } from '../test/postgres.js';
import { startPipeline } from './runtime/pipeline.js';
import { syncSources } from './runtime/sources-sync.js';

const redis = await redisForTests();
const postgres = await postgresForTests();

/** Waits until no queue has work left, and the database stops changing. */
async function drained(pipeline: ReturnType<typeof startPipeline>, database: Database, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  let stableSince = 0;
  let last = '';
  while (Date.now() < deadline) {
    const counts = await Promise.all(
      Object.values(pipeline.queues).map((q) => q.queue.getJobCounts('waiting', 'active', 'prioritized')),
    );
    // Delayed jobs are retries waiting for their backoff, or a schedule's next run (which never drains).
    const retries = (await Promise.all(Object.values(pipeline.queues).map((q) => q.queue.getDelayed())))
      .flat()
      .filter((job) => !job.repeatJobKey);
    const pending =
      retries.length + counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
    const snapshot = JSON.stringify(await database.counts());
    if (pending === 0 && snapshot === last) {
      if (Date.now() - stableSince > 1500) return;
    } else {
      stableSince = Date.now();
    }
    last = snapshot;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('pipeline did not drain in time');
}

for (const backend of ['pglite', 'postgres'] as const) {
  const skip = !redis.available || (backend === 'postgres' && !postgres.available);
  const note = redis.note || (backend === 'postgres' ? postgres.note : '');

  describe.skipIf(skip)(`the pipeline end to end on ${backend}${note}`, () => {
    let site: FixtureSite;
    let dataDir: string;
    let dropDatabase = async () => {};
    let database: Database;
    let pipeline: ReturnType<typeof startPipeline>;

    beforeAll(async () => {
      site = await startFixtureSite(60);
      dataDir = await mkdtemp(join(tmpdir(), 'assay-e2e-'));
      let databaseUrl: string | null = null;
      if (backend === 'postgres') {
        const created = await postgres.create();
        databaseUrl = created.url;
        dropDatabase = created.drop;
      }
      const config = loadConfig(
        {},
        {
          dataDir,
          databaseUrl,
          redisUrl: redis.url,
          queuePrefix: `{test-${randomUUID()}}`,
          politenessDelayMs: 0,
          crawlAllow: ['127.0.0.1:*'],
        },
      );
      database = await createDatabase({ databaseUrl, dataDir });
      pipeline = startPipeline(config, database);
      await syncSources(database, pipeline.queues.crawl.queue, []);
      await database.upsertSource({
        id: 'fixture-feed',
        kind: 'feed',
        url: `${site.base}/feed.xml`,
        schedule: { every_minutes: 60 },
        enabled: true,
      });
      await database.upsertSource({
        id: 'fixture-sitemap',
        kind: 'sitemap',
        url: `${site.base}/sitemap.xml`,
        schedule: { every_minutes: 60 },
        enabled: true,
      });
      await database.upsertSource({
        id: 'fixture-section',
        kind: 'listing',
        url: `${site.base}/news`,
        url_pattern: '/articles/',
        schedule: { every_minutes: 60 },
        enabled: true,
      });
      await syncSources(database, pipeline.queues.crawl.queue, []);
      await drained(pipeline, database);
    }, 120_000);

    afterAll(async () => {
      await pipeline.close();
      await database.close();
      await dropDatabase();
      await site.close();
      await rm(dataDir, { recursive: true, force: true });
      expect(await removeTestKeys(pipeline.context.prefix)).toEqual([]);
    }, 60_000);

    it('stores every article once, whatever URL it was found under', async () => {
      const counts = await database.counts();
      expect(counts.articles).toBe(site.articles.length);
      expect(counts.sources).toBe(3);
      // Every fetch is recorded: each article's own, the feed, the sitemaps, the failed and duplicate ones.
      expect(counts.fetches).toBeGreaterThanOrEqual(site.articles.length + 5);
    });

    it('fetched each page URL once after canonicalisation, and retried the page that failed', async () => {
      const fetchedArticles = site.requests.filter((r) => r.startsWith('/articles/'));
      expect(new Set(fetchedArticles).size).toBe(fetchedArticles.length);
      expect(site.requests.filter((r) => r === `/flaky/${site.special.flaky}.html`)).toHaveLength(2);
      const failures = await database.recentFetchFailures(50);
      expect(
        failures.some((f) => f.url.endsWith(`/flaky/${site.special.flaky}.html`) && f.status === 500),
      ).toBe(true);
      expect(site.requests).toContain(`/older/${site.special.redirected}`);
      // The section page was read; its links (with a tracking parameter) led to pages already queued.
      expect(site.requests).toContain('/news');
      // A PDF is skipped, not failed: recorded with its reason, and not listed among the failures.
      const fetches = (
        await Promise.all(
          ['fixture-feed', 'fixture-sitemap', 'fixture-section'].map((id) => database.sourceFetches(id, 500)),
        )
      ).flat();
      expect(
        fetches.some(
          (f) =>
            f.url.endsWith('/files/annual-report.pdf') && f.error === 'skipped: not HTML: application/pdf',
        ),
      ).toBe(true);
      expect(failures.some((f) => f.url.endsWith('/files/annual-report.pdf'))).toBe(false);
      // robots.txt was read once, and the path it disallows was never requested.
      expect(site.requests.filter((r) => r === '/robots.txt')).toHaveLength(1);
      expect(site.requests.some((r) => r.startsWith('/private-section/'))).toBe(false);
      expect(
        failures.some(
          (f) => f.url.includes('/private-section/') && /disallowed by robots\.txt/.test(f.error ?? ''),
        ),
      ).toBe(true);
      // The loopback name that is not allowlisted was refused before any request, and the refusal recorded.
      expect(site.requests).not.toContain('/articles/private.html');
      expect(
        failures.some((f) => f.url.includes('//localhost:') && /private or reserved/.test(f.error ?? '')),
      ).toBe(true);
    });

    it('reads an unchanged feed again with a conditional GET, and makes no new work', async () => {
      const before = await database.counts();
      const feed = await database.getSource('fixture-feed');
      if (!feed) throw new Error('fixture-feed source missing');
      await runSourceNow(pipeline.queues.crawl.queue, feed);
      await drained(pipeline, database);
      expect(site.notModified).toEqual(['/feed.xml']);
      // Adaptive recrawl: the first read brought new items (60 → 30 min), the unchanged one did not (30 → 45).
      const client = await pipeline.queues.crawl.queue.client;
      expect(await client.hget(`${pipeline.context.prefix}:recrawl:fixture-feed`, 'interval')).toBe('45');
      const after = await database.counts();
      expect(after.articles).toBe(before.articles);
      expect(after.events).toBe(before.events);
    });

    it('has the expected events with citations, and no duplicate event or citation', async () => {
      const events = await database.listEvents({ limit: 1000 });
      expect(events.length).toBeGreaterThan(5);
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      for (const event of events) {
        expect(event.citations.length).toBeGreaterThan(0);
        const keys = event.citations.map((c) => `${c.url}|${c.start}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const citation of event.citations)
          expect(citation.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\//);
      }
      // The same library offline, on the same pages, says which events there must be.
      const expected = new Set(
        site.articles.flatMap((a) =>
          extractEvents(
            parseHtml(articlePage(site.base, a), { url: `${site.base}/articles/${a.id}.html` }),
          ).map((e) => e.id),
        ),
      );
      expect(expected.size).toBeGreaterThan(5);
      expect(new Set(events.map((e) => e.id))).toEqual(expected);
    });
  });
}
