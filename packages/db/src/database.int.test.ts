import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type EventRecord, eventRecordSchema, type Source } from '@assay/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  articlePayload,
  BITMAIN,
  type EventSpec,
  eventIdOf,
  GRAPHITE,
  SOPHGO,
} from '../test/article-fixture.js';
import { findPostgres, PG_CANDIDATES } from '../test/postgres.js';
import { createDatabase, type Database, MIGRATIONS } from './index.js';

// --- fixtures -------------------------------------------------------------------------------------

const Q_SOPHGO = 'The Commerce Department added Sophgo to the Entity List on Tuesday.';
const Q_GRAPHITE = 'Washington imposed a 25% tariff on Chinese graphite.';
const Q_BITMAIN = 'Bitmain said it will move its headquarters from Beijing to Singapore.';

const eventId = eventIdOf;

/** The shared fixture, with the arguments these tests vary most as positions. */
const payload = (
  url: string,
  sentences: string[],
  specs: EventSpec[],
  fetchedAt?: string,
  canonical: string | null = null,
) => articlePayload(url, sentences, specs, { fetchedAt, canonical });

const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  kind: 'feed',
  url: `https://${id}.example.com/feed.xml`,
  schedule: { every_minutes: 30 },
  enabled: true,
  ...extra,
});

function expectServedEvents(events: EventRecord[]) {
  for (const event of events) expect(eventRecordSchema.parse(event)).toEqual(event);
}

// --- backends -------------------------------------------------------------------------------------

interface Backend {
  /** A fresh, migrated, empty database. */
  fresh(): Promise<Database>;
  /** Raw SQL against the last fresh database (Postgres only). */
  raw?: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  /** Connection string of a fresh, unmigrated database (Postgres only). */
  emptyDatabaseUrl?: () => Promise<string>;
}

const adminUrl = await findPostgres();

function postgresBackend(): Backend & { setup(): Promise<void>; teardown(): Promise<void> } {
  const admin = new pg.Client({ connectionString: adminUrl ?? '' });
  const created: string[] = [];
  const open: Database[] = [];
  let lastUrl = '';
  const urlFor = (name: string) => {
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    return url.toString();
  };
  const newDatabase = async () => {
    const name = `assay_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    created.push(name);
    return urlFor(name);
  };
  return {
    async setup() {
      await admin.connect();
    },
    async teardown() {
      for (const db of open) await db.close().catch(() => {});
      for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
    emptyDatabaseUrl: newDatabase,
    async fresh() {
      lastUrl = await newDatabase();
      const db = await createDatabase({ databaseUrl: lastUrl, dataDir: '/nonexistent' });
      open.push(db);
      return db;
    },
    async raw(sql, params = []) {
      const client = new pg.Client({ connectionString: lastUrl });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

function pgliteBackend(): Backend & { setup(): Promise<void>; teardown(): Promise<void> } {
  let root = '';
  let template = '';
  let n = 0;
  const open: Database[] = [];
  return {
    async setup() {
      // initdb takes seconds; each test copies a migrated, closed template instead.
      root = await mkdtemp(join(tmpdir(), 'assay-db-test-'));
      template = join(root, 'template');
      const db = await createDatabase({ databaseUrl: null, dataDir: template });
      await db.close();
    },
    async teardown() {
      for (const db of open) await db.close().catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
    async fresh() {
      const dir = join(root, `db-${n++}`);
      await cp(template, dir, { recursive: true });
      const db = await createDatabase({ databaseUrl: null, dataDir: dir });
      open.push(db);
      return db;
    },
  };
}

// --- the suite, once per backend -------------------------------------------------------------------

function storageSuite(kind: 'postgres' | 'pglite', backend: ReturnType<typeof pgliteBackend>) {
  beforeAll(() => backend.setup(), 120_000);
  afterAll(() => backend.teardown(), 60_000);

  test('migrations are idempotent and recorded once', async () => {
    const db = await backend.fresh();
    expect(db.kind).toBe(kind);
    await db.migrate();
    await Promise.all([db.migrate(), db.migrate()]);
    expect(await db.counts()).toEqual({
      sources: 0,
      articles: 0,
      events: 0,
      citations: 0,
      fetches: 0,
      outbox: 0,
    });
    if (backend.raw) {
      const rows = await backend.raw('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    }
  });

  test('storing the same article payload again changes nothing', async () => {
    const db = await backend.fresh();
    const p = payload(
      'https://news.example.com/a',
      ['Markets were calm.', Q_SOPHGO, Q_GRAPHITE],
      [
        { slots: SOPHGO, quote: Q_SOPHGO },
        { slots: GRAPHITE, quote: Q_GRAPHITE },
      ],
    );
    const first = await db.storeArticle(p);
    expect(first).toMatchObject({
      articleCreated: true,
      eventsCreated: 2,
      eventsUpdated: 0,
      citationsAdded: 2,
    });
    const counts = await db.counts();
    expect(counts).toMatchObject({ articles: 1, events: 2, citations: 2, outbox: 2 });
    const events = await db.listEvents();

    const again = await db.storeArticle(structuredClone(p));
    expect(again).toEqual({ ...first, articleCreated: false, eventsCreated: 0, citationsAdded: 0 });
    expect(await db.counts()).toEqual(counts);
    expect(await db.listEvents()).toEqual(events);
    if (backend.raw) {
      const [history] = await backend.raw('SELECT count(*)::int AS n FROM event_history');
      expect(history?.n).toBe(2);
      const [article] = await backend.raw('SELECT html_gzip FROM articles');
      expect(gunzipSync(article?.html_gzip as Buffer).toString()).toContain(Q_SOPHGO);
    }
  });

  test('one event reported by several articles is one event with several citations', async () => {
    const db = await backend.fresh();
    const a = payload(
      'https://a.example.com/1',
      [Q_SOPHGO],
      [{ slots: SOPHGO, quote: Q_SOPHGO, confidence: 0.7 }],
    );
    const b = payload(
      'https://b.example.com/2',
      ['Shares fell.', Q_SOPHGO],
      [{ slots: SOPHGO, quote: Q_SOPHGO, confidence: 0.9, date: '2025-04-01' }],
      '2025-04-05T08:00:00Z',
    );
    const c = payload(
      'https://c.example.com/3',
      [Q_SOPHGO, 'More later.'],
      [{ slots: SOPHGO, quote: Q_SOPHGO, confidence: 0.6 }],
      '2025-04-04T08:00:00Z',
    );
    expect(await db.storeArticle(a)).toMatchObject({ eventsCreated: 1, citationsAdded: 1 });
    expect(await db.storeArticle(b)).toMatchObject({ eventsCreated: 0, eventsUpdated: 1, citationsAdded: 1 });
    expect(await db.storeArticle(c)).toMatchObject({ eventsCreated: 0, eventsUpdated: 1, citationsAdded: 1 });

    const events = await db.listEvents();
    expectServedEvents(events);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.id).toBe(eventId(SOPHGO));
    expect(event?.confidence).toBe(0.9);
    expect(event?.date).toBe('2025-04-01');
    expect(event?.citations.map((cit) => cit.url)).toEqual([
      'https://a.example.com/1',
      'https://b.example.com/2',
      'https://c.example.com/3',
    ]);
    expect(event?.citations[1]).toEqual({
      article_id: expect.stringMatching(/^art_/),
      url: 'https://b.example.com/2',
      title: 'Title of https://b.example.com/2',
      published: '2025-04-05',
      quote: Q_SOPHGO,
      start: 13,
      end: 13 + Q_SOPHGO.length,
    });
    // last seen is the latest citing fetch (b), not the last stored one (c).
    expect(await db.listEvents({ since: '2025-04-05' })).toHaveLength(1);
    expect(await db.listEvents({ since: '2025-04-05T08:00:01Z' })).toHaveLength(0);

    const outbox = await db.outboxAfter(0, 100);
    expect(outbox.map((o) => o.change)).toEqual(['created', 'updated', 'cited']);
    expect(outbox.map((o) => o.payload.citations.length)).toEqual([1, 2, 3]);
    expect(outbox.map((o) => o.payload.confidence)).toEqual([0.7, 0.9, 0.9]);
    expect(outbox.at(-1)?.payload).toEqual(event);
    expectServedEvents(outbox.map((o) => o.payload));
  });

  test('the outbox is written with the change, in increasing seq, and pages by cursor', async () => {
    const db = await backend.fresh();
    await db.storeArticle(
      payload(
        'https://a.example.com/x',
        [Q_SOPHGO, Q_GRAPHITE],
        [
          { slots: SOPHGO, quote: Q_SOPHGO },
          { slots: GRAPHITE, quote: Q_GRAPHITE },
        ],
      ),
    );
    await db.storeArticle(
      payload('https://a.example.com/y', [Q_BITMAIN], [{ slots: BITMAIN, quote: Q_BITMAIN }]),
    );
    // An article without events writes no outbox entry.
    await db.storeArticle(payload('https://a.example.com/z', ['Nothing happened.'], []));
    const all = await db.outboxAfter(0, 100);
    expect(all).toHaveLength(3);
    for (let i = 1; i < all.length; i++) expect(all[i]?.seq).toBeGreaterThan(all[i - 1]?.seq ?? Infinity);
    expect(all.map((o) => o.event_id).sort()).toEqual(
      [eventId(SOPHGO), eventId(GRAPHITE), eventId(BITMAIN)].sort(),
    );
    expect(all.at(-1)?.event_id).toBe(eventId(BITMAIN));
    const page1 = await db.outboxAfter(0, 2);
    const page2 = await db.outboxAfter(page1.at(-1)?.seq ?? 0, 2);
    expect([...page1, ...page2]).toEqual(all);
    expect(await db.outboxAfter(all.at(-1)?.seq ?? 0, 10)).toEqual([]);
    expect((await db.counts()).outbox).toBe(3);
  });

  test('a re-fetch with changed content updates the article, re-anchors quotes and cites new events', async () => {
    const db = await backend.fresh();
    const url = 'https://news.example.com/story';
    const v1 = payload(
      url,
      [Q_SOPHGO, Q_GRAPHITE],
      [
        { slots: SOPHGO, quote: Q_SOPHGO },
        { slots: GRAPHITE, quote: Q_GRAPHITE },
      ],
    );
    await db.storeArticle(v1);
    // v2: an update paragraph in front, the graphite sentence no longer extracted, a new event.
    const v2 = payload(
      url,
      ['Update: more details emerged.', Q_BITMAIN, Q_SOPHGO, Q_GRAPHITE],
      [
        { slots: BITMAIN, quote: Q_BITMAIN },
        { slots: SOPHGO, quote: Q_SOPHGO },
      ],
      '2025-04-06T09:00:00Z',
    );
    const result = await db.storeArticle(v2);
    expect(result).toMatchObject({
      articleCreated: false,
      eventsCreated: 1,
      citationsAdded: 1,
      eventsUpdated: 2,
    });
    expect(await db.counts()).toMatchObject({ articles: 1, events: 3, citations: 3 });
    const events = await db.listEvents();
    expectServedEvents(events);
    const text = v2.article.text;
    for (const event of events) {
      for (const cit of event.citations) expect(text.slice(cit.start, cit.end)).toBe(cit.quote);
    }
    expect(events[0]?.id).toBe(eventId(BITMAIN));
    // An older version delivered late does not overwrite the newer text.
    expect(await db.storeArticle(v1)).toMatchObject({
      eventsCreated: 0,
      eventsUpdated: 0,
      citationsAdded: 0,
    });
    const after = await db.listEvents();
    expect(after).toEqual(events);
    if (backend.raw) {
      const [row] = await backend.raw('SELECT text, content_hash, last_seen, first_seen FROM articles');
      expect(row?.text).toBe(text);
      expect(row?.content_hash).toBe(v2.contentHash);
      expect(row?.last_seen).toEqual(new Date('2025-04-06T09:00:00Z'));
      expect(row?.first_seen).toEqual(new Date('2025-04-03T10:00:00Z'));
    }
  });

  test('articles are identified by canonical URL when the page names one', async () => {
    const db = await backend.fresh();
    const canonical = 'https://news.example.com/canonical';
    await db.storeArticle(
      payload(
        'https://news.example.com/amp/1',
        [Q_SOPHGO],
        [{ slots: SOPHGO, quote: Q_SOPHGO }],
        undefined,
        canonical,
      ),
    );
    const other = payload(
      'https://news.example.com/print/1',
      [Q_SOPHGO],
      [{ slots: SOPHGO, quote: Q_SOPHGO }],
      undefined,
      canonical,
    );
    expect(await db.storeArticle(other)).toMatchObject({ articleCreated: false, citationsAdded: 0 });
    const [event] = await db.listEvents();
    expect(event?.citations.map((c) => c.url)).toEqual([canonical]);
    expect((await db.counts()).articles).toBe(1);
  });

  test('listEvents filters by type and since, pages by afterId, newest first', async () => {
    const db = await backend.fresh();
    await db.storeArticle(
      payload(
        'https://a.example.com/1',
        [Q_SOPHGO],
        [{ slots: SOPHGO, quote: Q_SOPHGO }],
        '2025-01-10T00:00:00Z',
      ),
    );
    await db.storeArticle(
      payload(
        'https://a.example.com/2',
        [Q_GRAPHITE],
        [{ slots: GRAPHITE, quote: Q_GRAPHITE }],
        '2025-02-10T00:00:00Z',
      ),
    );
    await db.storeArticle(
      payload(
        'https://a.example.com/3',
        [Q_BITMAIN],
        [{ slots: BITMAIN, quote: Q_BITMAIN }],
        '2025-03-10T00:00:00Z',
      ),
    );
    const all = await db.listEvents();
    expectServedEvents(all);
    expect(all.map((e) => e.type)).toEqual(['relocation', 'tariff', 'blacklisting']);
    expect((await db.listEvents({ type: 'tariff' })).map((e) => e.id)).toEqual([eventId(GRAPHITE)]);
    expect((await db.listEvents({ since: '2025-02' })).map((e) => e.type)).toEqual(['relocation', 'tariff']);
    expect((await db.listEvents({ since: '2025-02-10' })).map((e) => e.type)).toEqual([
      'relocation',
      'tariff',
    ]);
    expect((await db.listEvents({ since: '2025-02-11' })).map((e) => e.type)).toEqual(['relocation']);
    expect(await db.listEvents({ since: '2026' })).toEqual([]);
    expect(await db.listEvents({ type: 'blacklisting', since: '2025-02-01' })).toEqual([]);
    const first = await db.listEvents({ limit: 2 });
    expect(first.map((e) => e.type)).toEqual(['relocation', 'tariff']);
    expect(await db.listEvents({ limit: 2, afterId: first.at(-1)?.id })).toEqual([all[2]]);
    await expect(db.listEvents({ since: 'yesterday' })).rejects.toThrow(/ISO date/);
  });

  test('concurrent stores of articles sharing events make one event, no failures', async () => {
    const db = await backend.fresh();
    const payloads = Array.from({ length: 8 }, (_, i) =>
      payload(
        `https://wire${i}.example.com/story`,
        [`Report ${i}.`, Q_SOPHGO, Q_GRAPHITE],
        [
          { slots: SOPHGO, quote: Q_SOPHGO, confidence: 0.5 + i / 20 },
          { slots: GRAPHITE, quote: Q_GRAPHITE },
        ],
        `2025-04-0${1 + (i % 8)}T12:00:00Z`,
      ),
    );
    // Every payload twice, as at-least-once delivery may do, all at once.
    const results = await Promise.all(
      [...payloads, ...payloads].map((p) => db.storeArticle(structuredClone(p))),
    );
    expect(results.filter((r) => r.articleCreated)).toHaveLength(8);
    expect(results.reduce((n, r) => n + r.eventsCreated, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.citationsAdded, 0)).toBe(16);
    expect(await db.counts()).toMatchObject({ articles: 8, events: 2, citations: 16 });
    const events = await db.listEvents();
    expectServedEvents(events);
    expect(events.find((e) => e.id === eventId(SOPHGO))?.confidence).toBe(0.5 + 7 / 20);
    const outbox = await db.outboxAfter(0, 1000);
    for (let i = 1; i < outbox.length; i++)
      expect(outbox[i]?.seq).toBeGreaterThan(outbox[i - 1]?.seq ?? Infinity);
    // The last outbox entry of each event is the event as it is now.
    for (const event of events)
      expect(outbox.findLast((o) => o.event_id === event.id)?.payload).toEqual(event);
  });

  test('sources: upsert, list, get, enable', async () => {
    const db = await backend.fresh();
    await db.upsertSource(source('mining-weekly', { name: 'Mining Weekly' }));
    await db.upsertSource(source('gov-feed', { kind: 'sitemap', enabled: false }));
    let sources = await db.listSources();
    expect(sources.map((s) => [s.id, s.enabled])).toEqual([
      ['gov-feed', false],
      ['mining-weekly', true],
    ]);
    const stored = await db.getSource('mining-weekly');
    expect(stored).toMatchObject({ ...source('mining-weekly', { name: 'Mining Weekly' }) });
    expect(Date.parse(stored?.created_at ?? '')).not.toBeNaN();
    expect(await db.getSource('nope')).toBeNull();

    await db.upsertSource(
      source('mining-weekly', { name: 'Mining Weekly (renamed)', schedule: { cron: '*/5 * * * *' } }),
    );
    expect(await db.getSource('mining-weekly')).toMatchObject({
      name: 'Mining Weekly (renamed)',
      schedule: { cron: '*/5 * * * *' },
      created_at: stored?.created_at,
    });
    expect(await db.setSourceEnabled('mining-weekly', false)).toBe(true);
    expect(await db.setSourceEnabled('gov-feed', true)).toBe(true);
    expect(await db.setSourceEnabled('nope', true)).toBe(false);
    sources = await db.listSources();
    expect(sources.map((s) => [s.id, s.enabled])).toEqual([
      ['gov-feed', true],
      ['mining-weekly', false],
    ]);
    expect((await db.counts()).sources).toBe(2);
  });

  test('fetch records, idempotent, and recent failures newest first', async () => {
    const db = await backend.fresh();
    const base = {
      kind: 'fetch' as const,
      finalUrl: null,
      sourceId: 'mining-weekly',
      bytes: 0,
      durationMs: 12.5,
      error: null,
    };
    await db.recordFetch({
      ...base,
      url: 'https://a.example.com/ok',
      status: 200,
      bytes: 5120,
      fetchedAt: '2025-04-03T10:00:00Z',
    });
    await db.recordFetch({
      ...base,
      url: 'https://a.example.com/gone',
      status: 404,
      fetchedAt: '2025-04-03T10:01:00Z',
    });
    const timeout = {
      ...base,
      url: 'https://b.example.com/slow',
      status: null,
      error: 'timeout after 30000 ms',
      fetchedAt: '2025-04-03T10:02:00Z',
    };
    await db.recordFetch(timeout);
    await db.recordFetch(timeout);
    // A page skipped on purpose was fetched fine: not a failure (issue 11: status listed duplicates).
    await db.recordFetch({
      ...base,
      url: 'https://a.example.com/copy',
      status: 200,
      error: 'skipped: duplicate content',
      fetchedAt: '2025-04-03T10:03:00Z',
    });
    expect((await db.counts()).fetches).toBe(4);
    const failures = await db.recentFetchFailures(10);
    expect(failures.map((f) => [f.url, f.status, f.error])).toEqual([
      ['https://b.example.com/slow', null, 'timeout after 30000 ms'],
      ['https://a.example.com/gone', 404, null],
    ]);
    expect(failures[0]).toMatchObject({
      source_id: 'mining-weekly',
      duration_ms: 12.5,
      fetched_at: '2025-04-03T10:02:00.000Z',
    });
    expect(await db.recentFetchFailures(1)).toHaveLength(1);
  });
}

describe.skipIf(!adminUrl)(
  adminUrl
    ? 'storage on PostgreSQL'
    : `storage on PostgreSQL: SKIPPED, no PostgreSQL at ${PG_CANDIDATES.join(' or ')}`,
  () => {
    const backend = postgresBackend();
    storageSuite('postgres', backend);

    test('createDatabase migrates safely when several processes start at once', async () => {
      const url = (await backend.emptyDatabaseUrl?.()) ?? '';
      const dbs = await Promise.all(
        [1, 2, 3].map(() => createDatabase({ databaseUrl: url, dataDir: '/nonexistent' })),
      );
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      } finally {
        await client.end();
      }
      await Promise.all(dbs.map((db) => db.migrate()));
      expect((await dbs[0]?.counts())?.events).toBe(0);
      await Promise.all(dbs.map((db) => db.close()));
    });
  },
);

describe('storage on PGlite', () => {
  const backend = pgliteBackend();
  storageSuite('pglite', backend);

  test('data persists in the data directory across reopening', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'assay-db-persist-'));
    try {
      const db = await createDatabase({ databaseUrl: null, dataDir: dir });
      await db.storeArticle(
        payload('https://a.example.com/p', [Q_SOPHGO], [{ slots: SOPHGO, quote: Q_SOPHGO }]),
      );
      const events = await db.listEvents();
      await db.close();
      const reopened = await createDatabase({ databaseUrl: null, dataDir: dir });
      expect(await reopened.listEvents()).toEqual(events);
      await reopened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
