import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from './migrations.js';
import { rekeyEvents } from './rekey-events.js';
import { createPgliteDriver, type SqlDriver } from './sql.js';

// Embedded PGlite: the re-keying is plain SQL, the same on PostgreSQL.
describe('re-keying stored events', () => {
  let dir: string;
  let sql: SqlDriver;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-rekey-'));
    sql = await createPgliteDriver(dir);
    await runMigrations(sql);
    const now = '2025-03-01T00:00:00Z';
    for (const id of ['a1', 'a2']) {
      await sql.query(
        `INSERT INTO articles (id, url, title, text, content_hash, fetched_at, first_seen, last_seen)
         VALUES ($1, $2, 'T', 'text', 'h', $3, $3, $3)`,
        [id, `https://news.example.com/${id}`, now],
      );
    }
    const event = async (id: string, entity: string, date: string, status: string, seen: string) => {
      await sql.query(
        `INSERT INTO events (id, type, slots, status, confidence, date, first_seen, last_seen, reviewed_by)
         VALUES ($1, 'blacklisting', $2::jsonb, $3, 0.8, $4, $5, $5, $6)`,
        [
          id,
          JSON.stringify({ authority: 'US', list: 'Entity List', entity, action: 'add' }),
          status,
          date,
          seen,
          status === 'new' ? null : 'alice',
        ],
      );
      await sql.query(
        `INSERT INTO event_history (event_id, change, slots, confidence) VALUES ($1, 'created', '{}', 0.8)`,
        [id],
      );
      await sql.query(`INSERT INTO feed_outbox (event_id, change, payload) VALUES ($1, 'created', '{}')`, [
        id,
      ]);
    };
    // Two stored events that the new identity calls one action (same entity, same month), one that stays apart.
    await event('old_1', 'Sugon', '2025-02-10', 'new', '2025-02-10T00:00:00Z');
    await event('old_2', 'Sugon', '2025-02-20', 'confirmed', '2025-02-21T00:00:00Z');
    await event('old_3', 'Hygon', '2025-02-10', 'new', '2025-02-11T00:00:00Z');
    await sql.query(
      `INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset) VALUES ('old_1', 'a1', 'q1', 0, 2)`,
    );
    await sql.query(
      `INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset) VALUES ('old_2', 'a2', 'q2', 0, 2)`,
    );
    await sql.query(
      `INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset) VALUES ('old_2', 'a1', 'q1', 0, 2)`,
    );
  }, 60_000);

  afterAll(async () => {
    await sql?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('gives each event its new id, merges events that are now one, and loses no citation or history', async () => {
    const idOf = (e: { type: string; date: string | null; [slot: string]: unknown }) =>
      `${e.type}_${String(e.entity).toLowerCase()}_${e.date?.slice(0, 7)}`;
    const result = await sql.transaction((tx) => rekeyEvents(tx, idOf));
    expect(result).toEqual({ renamed: 2, merged: 1 });

    const events = await sql.query<{ id: string; status: string; first_seen: unknown }>(
      'SELECT id, status, first_seen FROM events ORDER BY id',
    );
    expect(events.map((e) => e.id)).toEqual(['blacklisting_hygon_2025-02', 'blacklisting_sugon_2025-02']);
    // The reviewed event kept its review; the merged one's earlier first sighting is kept.
    const sugon = events.find((e) => e.id === 'blacklisting_sugon_2025-02');
    expect(sugon?.status).toBe('confirmed');
    expect(new Date(String(sugon?.first_seen)).toISOString()).toBe('2025-02-10T00:00:00.000Z');

    const citations = await sql.query<{ event_id: string; article_id: string }>(
      'SELECT event_id, article_id FROM citations ORDER BY article_id',
    );
    expect(citations).toEqual([
      { event_id: 'blacklisting_sugon_2025-02', article_id: 'a1' },
      { event_id: 'blacklisting_sugon_2025-02', article_id: 'a2' },
    ]);
    const history = await sql.query<{ event_id: string }>('SELECT event_id FROM event_history ORDER BY id');
    expect(history.map((h) => h.event_id)).toEqual([
      'blacklisting_sugon_2025-02',
      'blacklisting_sugon_2025-02',
      'blacklisting_hygon_2025-02',
    ]);
    const outbox = await sql.query<{ event_id: string }>('SELECT event_id FROM feed_outbox ORDER BY seq');
    expect(outbox).toHaveLength(3);

    // Run again: nothing left to change.
    expect(await sql.transaction((tx) => rekeyEvents(tx, idOf))).toEqual({ renamed: 0, merged: 0 });
  });
});
