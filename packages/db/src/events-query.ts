import type { Citation, EventRecord } from '@assay/schema';
import { type Row, type SqlExecutor, toIso, toJson, toNumber } from './sql.js';

/**
 * Feed entries carry at most this many citations, the newest: an event reported by hundreds of articles
 * would otherwise write all of them into the outbox again for each new one. `citation_count` gives the
 * total, and `GET /v1/events/{id}` has them all.
 */
export const FEED_CITATIONS = 20;

/**
 * Events with their citations (all, or the newest `citationLimit`) in one query; append a WHERE. With all
 * of them, `citation_count` is the array's length (every citation's article exists: the foreign key
 * cascades), so listings run one subquery per row, not two.
 */
function eventSelect(citationLimit?: number): string {
  const cited =
    citationLimit === undefined
      ? 'citations c'
      : `(SELECT * FROM citations WHERE event_id = e.id ORDER BY created_at DESC, article_id DESC LIMIT ${citationLimit}) c`;
  const count =
    citationLimit === undefined
      ? ''
      : ',\n    (SELECT count(*) FROM citations WHERE event_id = e.id) AS citation_count';
  return `
  SELECT e.id, e.type, e.slots, e.date, e.confidence, e.status, e.corrected, e.reviewed_by, e.reviewed_at,
    e.review_reason, e.first_seen, e.last_seen,
    (SELECT json_agg(json_build_object(
        'article_id', a.id, 'url', coalesce(a.canonical_url, a.url), 'title', a.title, 'published', a.published,
        'quote', c.quote, 'start', c.start_offset, 'end', c.end_offset)
      ORDER BY c.created_at, c.article_id)
     FROM ${cited} JOIN articles a ON a.id = c.article_id
     WHERE c.event_id = e.id) AS citations${count}
  FROM events e`;
}

export const EVENT_SELECT = eventSelect();
const FEED_EVENT_SELECT = eventSelect(FEED_CITATIONS);

export function rowToEvent(row: Row): EventRecord {
  const slots = toJson<Record<string, unknown>>(row.slots);
  const citations = toJson<Citation[] | null>(row.citations) ?? [];
  return {
    id: row.id,
    type: row.type,
    ...slots,
    date: row.date ?? null,
    confidence: toNumber(row.confidence),
    citations,
    citation_count: row.citation_count == null ? citations.length : toNumber(row.citation_count),
    review_status: row.status,
    corrected: Boolean(row.corrected),
    reviewed_by: row.reviewed_by ?? null,
    reviewed_at: row.reviewed_at == null ? null : toIso(row.reviewed_at),
    review_reason: row.review_reason ?? null,
    first_seen: toIso(row.first_seen),
    last_seen: toIso(row.last_seen),
  } as EventRecord;
}

/** The events as written into feed entries (the newest FEED_CITATIONS citations each). */
export async function loadFeedPayloads(
  tx: SqlExecutor,
  ids: readonly string[],
): Promise<Map<string, EventRecord>> {
  // Prepared: the store runs this for every article that changes an event.
  const rows = await tx.query(
    `${FEED_EVENT_SELECT} WHERE e.id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(ids)],
    { prepared: true },
  );
  return new Map(rows.map((row) => [String(row.id), rowToEvent(row)]));
}
