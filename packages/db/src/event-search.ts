import {
  type ActorCode,
  type EventRecord,
  type EventStatus,
  type EventType,
  isValidIsoDate,
} from '@assay/schema';
import { EVENT_SELECT, rowToEvent } from './events-query.js';
import { isoInstant } from './iso-instant.js';
import type { SqlExecutor } from './sql.js';

export const EVENT_SORT_KEYS = ['last_seen', 'first_seen', 'confidence'] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];

export interface EventSearch {
  type?: EventType;
  /** The company (relocations) or listed entity (blacklistings) starts with this, ignoring case. */
  entity?: string;
  /** An ISO code, EU or UN in any country slot: from, to, imposer, target, authority. */
  country?: ActorCode;
  /** Events last reported on or after / before these ISO dates (any precision) or timestamps. */
  since?: string;
  until?: string;
  status?: EventStatus;
  minConfidence?: number;
  /** Case-insensitive text in the slots or in any cited sentence. */
  text?: string;
  sort?: EventSortKey;
  order?: 'asc' | 'desc';
  limit?: number;
  /** An opaque cursor from a previous page (`nextCursor`). */
  cursor?: string;
}

export interface EventPage {
  events: EventRecord[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this API returned');
    this.name = 'InvalidCursorError';
  }
}

const COUNTRY_SLOTS = ['from', 'to', 'imposer', 'target', 'authority'];

/** The indexed expression of migration 4 (`events_country_tokens`): written the same way, so the planner uses it. */
const COUNTRY_TOKENS = `ARRAY[${[
  ...COUNTRY_SLOTS.map((slot) => `coalesce(e.slots->>'${slot}', '')`),
  ...COUNTRY_SLOTS.map((slot) => `e.type || ':' || coalesce(e.slots->>'${slot}', '')`),
].join(', ')}]`;

interface Cursor {
  key: string | number;
  id: string;
}

const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');

function decodeCursor(text: string, sort: EventSortKey): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === 'string') {
      const [key, id] = value as [unknown, string];
      // Checked as PostgreSQL will read them: Date.parse takes "12" and "2025-02-31", timestamptz does not,
      // and text refuses NUL; a cursor that would fail there is the caller's error, not the server's.
      if (id.includes('\0')) throw new InvalidCursorError();
      if (sort === 'confidence' && typeof key === 'number' && Number.isFinite(key)) return { key, id };
      if (sort !== 'confidence' && typeof key === 'string' && isValidIsoDate(key)) return { key, id };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's error
  }
  throw new InvalidCursorError();
}

type EventFilter = Omit<EventSearch, 'cursor' | 'limit' | 'sort' | 'order'>;

/** The WHERE conditions of a filter, appending their values to `params`. */
function filterConditions(search: EventFilter, params: unknown[]): string[] {
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (search.type) where.push(`e.type = ${param(search.type)}`);
  if (search.status) where.push(`e.status = ${param(search.status)}`);
  if (search.minConfidence !== undefined) where.push(`e.confidence >= ${param(search.minConfidence)}`);
  if (search.since) where.push(`e.last_seen >= ${param(isoInstant(search.since))}::timestamptz`);
  if (search.until) where.push(`e.last_seen < ${param(isoInstant(search.until))}::timestamptz`);
  if (search.country) {
    // With a type, the `type:country` token: a pair never seen together costs an index probe, not a scan.
    const token = search.type ? `${search.type}:${search.country}` : search.country;
    where.push(`${COUNTRY_TOKENS} @> ARRAY[${param(token)}::text]`);
  }
  if (search.entity) {
    const p = param(`${escapeLike(search.entity.toLowerCase())}%`);
    where.push(`lower(coalesce(e.slots->>'company', e.slots->>'entity')) LIKE ${p}`);
  }
  if (search.text) {
    const p = param(`%${escapeLike(search.text)}%`);
    where.push(
      `(e.slots::text ILIKE ${p} OR EXISTS (SELECT 1 FROM citations c WHERE c.event_id = e.id AND c.quote ILIKE ${p}))`,
    );
  }
  return where;
}

const whereSql = (where: string[]) => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/**
 * A page of events. Keyset pagination on (sort key, id): a cursor names the last row served, so rows
 * that arrive meanwhile never shift or repeat the pages that follow.
 */
export async function searchEvents(sql: SqlExecutor, search: EventSearch): Promise<EventPage> {
  const sort = search.sort ?? 'last_seen';
  const order = search.order ?? (sort === 'confidence' ? 'asc' : 'desc');
  const params: unknown[] = [];
  const where = filterConditions(search, params);
  const column = `e.${sort}`;
  const cast = sort === 'confidence' ? 'double precision' : 'timestamptz';
  if (search.cursor) {
    const cursor = decodeCursor(search.cursor, sort);
    params.push(cursor.key, cursor.id);
    where.push(
      `(${column}, e.id) ${order === 'asc' ? '>' : '<'} ($${params.length - 1}::${cast}, $${params.length}::text)`,
    );
  }
  const limit = Math.min(Math.max(Math.trunc(search.limit ?? 50), 1), 500);
  params.push(limit + 1);
  const rows = await sql.query(
    `${EVENT_SELECT} ${whereSql(where)} ORDER BY ${column} ${order}, e.id ${order} LIMIT $${params.length}`,
    params,
  );
  const events = rows.slice(0, limit).map(rowToEvent);
  const last = events.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ key: last[sort] as string | number, id: last.id }) : null;
  return { events, nextCursor };
}

export interface EventCounts {
  total: number;
  byStatus: Record<string, number>;
  byType: Record<string, number>;
}

/** How many events match a filter, by status and by type (for the counts next to filters). */
export async function countEvents(sql: SqlExecutor, filter: EventFilter): Promise<EventCounts> {
  const params: unknown[] = [];
  const rows = await sql.query<{ type: string; status: string; n: unknown }>(
    `SELECT e.type, e.status, count(*) AS n FROM events e ${whereSql(filterConditions(filter, params))}
     GROUP BY e.type, e.status`,
    params,
  );
  const counts: EventCounts = { total: 0, byStatus: {}, byType: {} };
  for (const row of rows) {
    const n = Number(row.n);
    counts.total += n;
    counts.byStatus[row.status] = (counts.byStatus[row.status] ?? 0) + n;
    counts.byType[row.type] = (counts.byType[row.type] ?? 0) + n;
  }
  return counts;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
