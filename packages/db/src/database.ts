import { createHash } from 'node:crypto';
import type { EventRecord, Source } from '@assay/schema';
import { createApiKeyStore } from './api-keys.js';
import { getArticle } from './articles.js';
import { eventHistory, getEvent, reviewEvent } from './event-review.js';
import { countEvents, searchEvents } from './event-search.js';
import { EVENT_SELECT, rowToEvent } from './events-query.js';
import { feedAfter, feedHead, feedLag } from './feed.js';
import { isoInstant } from './iso-instant.js';
import { runMigrations } from './migrations.js';
import {
  createPgDriver,
  createPgliteDriver,
  isRetryable,
  type Row,
  type SqlDriver,
  type SqlExecutor,
  toIso,
  toJson,
  toNumber,
} from './sql.js';
import { storeArticleTx } from './store-article.js';
import type {
  Counts,
  Database,
  DatabaseOptions,
  EventFilter,
  FetchRecordInput,
  FetchRecordRow,
  OutboxEntry,
  StoreArticleInput,
  StoredSource,
  StoreResult,
} from './types.js';
import { createWebhookStore } from './webhooks.js';

const STORE_ATTEMPTS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Connects (PostgreSQL when `databaseUrl` is set, PGlite under `dataDir` otherwise) and migrates. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  const sql = options.databaseUrl
    ? createPgDriver(options.databaseUrl)
    : await createPgliteDriver(options.dataDir);
  try {
    await runMigrations(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  return createDatabaseOn(sql);
}

function rowToSource(row: Row): StoredSource {
  return {
    ...toJson<Source>(row.definition),
    enabled: Boolean(row.enabled),
    created_at: toIso(row.created_at),
    updated_at: toIso(row.updated_at),
  };
}

function rowToFetch(row: Row): FetchRecordRow {
  return {
    id: String(row.id),
    url: String(row.url),
    final_url: (row.final_url as string | null) ?? null,
    source_id: (row.source_id as string | null) ?? null,
    status: row.status == null ? null : toNumber(row.status),
    bytes: toNumber(row.bytes),
    duration_ms: toNumber(row.duration_ms),
    error: (row.error as string | null) ?? null,
    fetched_at: toIso(row.fetched_at),
  };
}

async function insertFetch(executor: SqlExecutor, r: Omit<FetchRecordInput, 'kind'>): Promise<void> {
  // Deterministic id: a redelivered record is the same row.
  const id = `f_${createHash('sha256')
    .update([r.url, r.fetchedAt, r.status ?? '', r.error ?? ''].join('\n'))
    .digest('hex')
    .slice(0, 24)}`;
  await executor.query(
    `INSERT INTO fetches (id, url, final_url, source_id, status, bytes, duration_ms, error, fetched_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
    [id, r.url, r.finalUrl, r.sourceId, r.status, r.bytes, r.durationMs, r.error, toIso(r.fetchedAt)],
    { prepared: true },
  );
}

function createDatabaseOn(sql: SqlDriver): Database {
  return {
    kind: sql.kind,

    async migrate() {
      await runMigrations(sql);
    },

    async storeArticle(payload: StoreArticleInput): Promise<StoreResult> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await sql.transaction(async (tx) => {
            if (payload.fetch) await insertFetch(tx, payload.fetch);
            return storeArticleTx(tx, payload);
          });
        } catch (error) {
          if (!isRetryable(error) || attempt >= STORE_ATTEMPTS) throw error;
          await sleep(10 * 2 ** attempt + Math.random() * 20);
        }
      }
    },

    async recordFetch(r: FetchRecordInput) {
      await insertFetch(sql, r);
    },

    async upsertSource(source: Source) {
      const { enabled, ...definition } = source;
      await sql.query(
        `INSERT INTO sources (id, definition, enabled) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (id) DO UPDATE SET definition = excluded.definition, enabled = excluded.enabled, updated_at = now()
         WHERE sources.definition IS DISTINCT FROM excluded.definition OR sources.enabled <> excluded.enabled`,
        [source.id, JSON.stringify(definition), enabled ?? true],
      );
    },

    async listSources() {
      const rows = await sql.query('SELECT * FROM sources ORDER BY id');
      return rows.map(rowToSource);
    },

    async getSource(id: string) {
      const [row] = await sql.query('SELECT * FROM sources WHERE id = $1', [id]);
      return row ? rowToSource(row) : null;
    },

    async setSourceEnabled(id: string, enabled: boolean) {
      const rows = await sql.query(
        `UPDATE sources SET enabled = $2, updated_at = CASE WHEN enabled = $2 THEN updated_at ELSE now() END
         WHERE id = $1 RETURNING id`,
        [id, enabled],
      );
      return rows.length > 0;
    },

    async listEvents(filter: EventFilter = {}): Promise<EventRecord[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.type) {
        params.push(filter.type);
        where.push(`e.type = $${params.length}`);
      }
      if (filter.since) {
        params.push(isoInstant(filter.since));
        where.push(`e.last_seen >= $${params.length}::timestamptz`);
      }
      if (filter.afterId) {
        params.push(filter.afterId);
        where.push(`(e.last_seen, e.id) < (SELECT last_seen, id FROM events WHERE id = $${params.length})`);
      }
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), 1000);
      params.push(limit);
      const rows = await sql.query(
        `${EVENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY e.last_seen DESC, e.id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map(rowToEvent);
    },

    searchEvents: (search) => searchEvents(sql, search),
    countEvents: (filter) => countEvents(sql, filter),
    getEvent: (id) => getEvent(sql, id),
    eventHistory: (id) => eventHistory(sql, id),
    reviewEvent: (id, review) => reviewEvent(sql, id, review),
    getArticle: (id) => getArticle(sql, id),
    feedAfter: (query) => feedAfter(sql, query),
    feedHead: () => feedHead(sql),
    feedLag: (streamHead) => feedLag(sql, streamHead),
    keys: createApiKeyStore(sql),
    webhooks: createWebhookStore(sql),

    async deleteSource(id: string) {
      return (await sql.query('DELETE FROM sources WHERE id = $1 RETURNING id', [id])).length > 0;
    },

    async sourceFetches(id: string, limit: number) {
      const rows = await sql.query(
        'SELECT * FROM fetches WHERE source_id = $1 ORDER BY fetched_at DESC, id LIMIT $2',
        [id, Math.max(0, Math.trunc(limit))],
      );
      return rows.map(rowToFetch);
    },

    async ping() {
      await sql.query('SELECT 1');
    },

    async counts(): Promise<Counts> {
      const [row] = await sql.query(`SELECT
        (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM citations) AS citations,
        (SELECT count(*) FROM fetches) AS fetches, (SELECT count(*) FROM feed_outbox) AS outbox`);
      const r = row ?? {};
      return {
        sources: toNumber(r.sources),
        articles: toNumber(r.articles),
        events: toNumber(r.events),
        citations: toNumber(r.citations),
        fetches: toNumber(r.fetches),
        outbox: toNumber(r.outbox),
      };
    },

    async recentFetchFailures(limit: number) {
      // A page skipped on purpose (a duplicate, not HTML) fetched fine: it is no failure.
      const rows = await sql.query(
        `SELECT * FROM fetches
         WHERE (error IS NOT NULL AND error NOT LIKE 'skipped:%') OR (error IS NULL AND (status IS NULL OR status >= 400))
         ORDER BY fetched_at DESC, id LIMIT $1`,
        [Math.max(0, Math.trunc(limit))],
      );
      return rows.map(rowToFetch);
    },

    async outboxAfter(seq: number, limit: number): Promise<OutboxEntry[]> {
      const rows = await sql.query(
        'SELECT seq, event_id, change, payload, created_at FROM feed_outbox WHERE seq > $1 ORDER BY seq LIMIT $2',
        [Math.trunc(seq), Math.max(0, Math.trunc(limit))],
      );
      return rows.map((row) => ({
        seq: toNumber(row.seq),
        event_id: String(row.event_id),
        change: row.change as OutboxEntry['change'],
        payload: toJson<EventRecord>(row.payload),
        created_at: toIso(row.created_at),
      }));
    },

    async close() {
      await sql.close();
    },
  };
}
