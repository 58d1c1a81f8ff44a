import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgres } from '../test/postgres.js';
import { searchEvents } from './event-search.js';
import { MIGRATIONS, runMigrations } from './migrations.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { createPgDriver, createPgliteDriver, type SqlDriver } from './sql.js';

const adminUrl = await findPostgres();

/** Tariffs imposed by the US on China, ids `evt_gin_<from>` on; returns the next `from`. */
async function insertTariffs(sql: SqlDriver, from: number, n: number): Promise<number> {
  await sql.query(
    `INSERT INTO events (id, type, slots, confidence, first_seen, last_seen)
     SELECT 'evt_gin_' || i, 'tariff',
       jsonb_build_object('imposer', 'US', 'target', 'CN', 'goods', 'graphite', 'action', 'impose'), 0.9,
       now() - i * interval '1 minute', now() - i * interval '1 minute'
     FROM generate_series($1::int, $2::int) i`,
    [from, from + n - 1],
  );
  return from + n;
}

/** Pages moved from the index's pending list into the index (0: nothing was pending). */
async function cleanPending(sql: SqlDriver): Promise<number> {
  const [row] = await sql.query<{ pages: unknown }>(
    `SELECT gin_clean_pending_list('events_country_tokens'::regclass) AS pages`,
  );
  return Number(row?.pages);
}

async function fastUpdate(sql: SqlDriver): Promise<string | null> {
  const [row] = await sql.query<{ options: string[] | null }>(
    `SELECT reloptions AS options FROM pg_class WHERE relname = 'events_country_tokens'`,
  );
  return row?.options?.find((option) => option.startsWith('fastupdate='))?.split('=')[1] ?? null;
}

function countryIndexSuite(open: () => Promise<{ sql: SqlDriver; close(): Promise<void> }>) {
  let sql: SqlDriver;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ sql, close } = await open());
    await runMigrations(sql);
  }, 120_000);
  afterAll(() => close?.(), 60_000);

  it('migration 8 turns the pending list off and merges what an older schema had queued', async () => {
    let next = 1;
    const insert = async (n: number) => {
      next = await insertTariffs(sql, next, n);
    };
    expect(MIGRATIONS.at(-1)?.version).toBe(8);
    expect(await fastUpdate(sql)).toBe('off');
    // New events go straight into the index: nothing is ever pending.
    await insert(200);
    expect(await cleanPending(sql)).toBe(0);

    // A database from before migration 8: fast update on, so inserted entries wait in the pending list.
    await sql.query('ALTER INDEX events_country_tokens RESET (fastupdate)');
    await sql.query('DELETE FROM schema_migrations WHERE version = 8');
    await insert(200);
    expect(await cleanPending(sql)).toBeGreaterThan(0);
    await insert(200);

    expect(await runMigrations(sql)).toEqual([8]);
    expect(await fastUpdate(sql)).toBe('off');
    expect(await cleanPending(sql)).toBe(0);
    await insert(10);
    expect(await cleanPending(sql)).toBe(0);

    // The country filter still finds every event, through the index.
    let found = 0;
    let cursor: string | undefined;
    do {
      const page = await searchEvents(sql, { type: 'tariff', country: 'CN', limit: 500, cursor });
      found += page.events.length;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(found).toBe(next - 1);
    expect(await searchEvents(sql, { type: 'tariff', country: 'SG' })).toEqual({
      events: [],
      nextCursor: null,
    });
  }, 60_000);
}

describe.skipIf(!adminUrl)('country index on PostgreSQL', () => {
  countryIndexSuite(async () => {
    const scratch: ScratchDatabase = await createScratchDatabase(adminUrl ?? '', 'assay_test_gin');
    const sql = createPgDriver(scratch.url);
    return {
      sql,
      async close() {
        await sql.close();
        await scratch.drop();
      },
    };
  });
});

describe('country index on PGlite', () => {
  countryIndexSuite(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'assay-gin-'));
    const sql = await createPgliteDriver(dir);
    return {
      sql,
      async close() {
        await sql.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  });
});
