import type { EventType } from '@assay/schema';
import { type SqlExecutor, toIso, toJson, toNumber } from './sql.js';
import type { OutboxEntry } from './types.js';

/** The kinds of change a feed reader sees. A new citation is an update. */
export const FEED_CHANGES = ['created', 'updated', 'confirmed', 'corrected', 'rejected'] as const;
export type FeedChange = (typeof FEED_CHANGES)[number];

export interface FeedEntry extends Omit<OutboxEntry, 'change'> {
  change: FeedChange;
}

export interface FeedQuery {
  /** Entries with a sequence above this one. */
  after: number;
  limit: number;
  changes?: readonly FeedChange[];
  eventTypes?: readonly EventType[];
}

const storedChanges = (changes: readonly FeedChange[]) =>
  changes.flatMap((change) => (change === 'updated' ? ['updated', 'cited'] : [change]));

/** Outbox entries in sequence (= commit) order, optionally only some kinds of change or event. */
export async function feedAfter(sql: SqlExecutor, query: FeedQuery): Promise<FeedEntry[]> {
  const params: unknown[] = [Math.trunc(query.after), Math.max(0, Math.trunc(query.limit))];
  const where = ['seq > $1'];
  if (query.changes?.length) {
    params.push(JSON.stringify(storedChanges(query.changes)));
    where.push(`change IN (SELECT jsonb_array_elements_text($${params.length}::jsonb))`);
  }
  if (query.eventTypes?.length) {
    params.push(JSON.stringify(query.eventTypes));
    where.push(`payload->>'type' IN (SELECT jsonb_array_elements_text($${params.length}::jsonb))`);
  }
  const rows = await sql.query(
    `SELECT seq, event_id, change, payload, created_at FROM feed_outbox WHERE ${where.join(' AND ')}
     ORDER BY seq LIMIT $2`,
    params,
  );
  return rows.map((row) => ({
    seq: toNumber(row.seq),
    event_id: String(row.event_id),
    change: row.change === 'cited' ? 'updated' : (row.change as FeedChange),
    payload: toJson(row.payload),
    created_at: toIso(row.created_at),
  }));
}

/** The newest sequence and when it was written (null on an empty outbox). */
export async function feedHead(sql: SqlExecutor): Promise<{ seq: number; created_at: string } | null> {
  const [row] = await sql.query('SELECT seq, created_at FROM feed_outbox ORDER BY seq DESC LIMIT 1');
  return row ? { seq: toNumber(row.seq), created_at: toIso(row.created_at) } : null;
}

/**
 * Seconds since the oldest change a consumer has not taken: entries after `streamHead` for the live
 * stream, after the slowest enabled webhook subscription's cursor for webhooks. Zero when caught up.
 */
export async function feedLag(
  sql: SqlExecutor,
  streamHead: number,
): Promise<{ streamSeconds: number; webhookSeconds: number }> {
  const age = (after: string) =>
    `coalesce(extract(epoch FROM now() - (SELECT created_at FROM feed_outbox WHERE seq > ${after} ORDER BY seq LIMIT 1)), 0)`;
  const [row] = await sql.query(
    `SELECT ${age('$1')} AS stream,
       ${age('(SELECT coalesce(min(after_seq), 9223372036854775806) FROM webhook_subscriptions WHERE enabled)')} AS webhooks`,
    [Math.trunc(streamHead)],
  );
  return {
    streamSeconds: Math.max(0, toNumber(row?.stream ?? 0)),
    webhookSeconds: Math.max(0, toNumber(row?.webhooks ?? 0)),
  };
}
