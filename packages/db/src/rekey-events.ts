import type { SqlExecutor } from './sql.js';

/** What an event's id is derived from: its type, slots and the date of the action. */
export interface EventIdentity {
  type: string;
  date: string | null;
  [slot: string]: unknown;
}

export interface RekeyResult {
  /** Events whose id changed. */
  renamed: number;
  /** Events merged into another that has the same identity now. */
  merged: number;
}

/**
 * Re-keys stored events when the definition of an event's identity changes. Each event gets the id
 * `idOf` gives; events that now share an id become one: the one already under that id, else the
 * reviewed one, else the first seen, keeps its slots and review; the others' citations, history and
 * feed entries move to it. Nothing is lost: every citation and history entry stays, under the new id.
 */
export async function rekeyEvents(
  tx: SqlExecutor,
  idOf: (event: EventIdentity) => string,
): Promise<RekeyResult> {
  const rows = await tx.query<{
    id: string;
    type: string;
    slots: Record<string, unknown> | string;
    date: string | null;
    status: string;
    first_seen: string;
  }>('SELECT id, type, slots, date, status, first_seen FROM events ORDER BY first_seen, id');
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const slots =
      typeof row.slots === 'string' ? (JSON.parse(row.slots) as Record<string, unknown>) : row.slots;
    const newId = idOf({ ...slots, type: row.type, date: row.date });
    groups.set(newId, [...(groups.get(newId) ?? []), row]);
  }
  let renamed = 0;
  let merged = 0;
  for (const [newId, members] of groups) {
    if (members.length === 1 && members[0]?.id === newId) continue;
    const keeper =
      members.find((m) => m.id === newId) ??
      members.find((m) => m.status !== 'new') ??
      (members[0] as (typeof members)[number]);
    if (keeper.id !== newId) {
      // Children reference events(id) without ON UPDATE: copy the row under its new id, move them, drop the old.
      await tx.query(
        `INSERT INTO events (id, type, slots, status, confidence, date, first_seen, last_seen, reviewed_by,
           reviewed_at, review_reason, corrected)
         SELECT $2, type, slots, status, confidence, date, first_seen, last_seen, reviewed_by, reviewed_at,
           review_reason, corrected FROM events WHERE id = $1`,
        [keeper.id, newId],
      );
      await moveChildren(tx, keeper.id, newId);
      await tx.query('DELETE FROM events WHERE id = $1', [keeper.id]);
      renamed++;
    }
    for (const other of members) {
      if (other === keeper) continue;
      await moveChildren(tx, other.id, newId);
      await tx.query(
        `UPDATE events SET first_seen = LEAST(events.first_seen, o.first_seen), last_seen = GREATEST(events.last_seen, o.last_seen),
           confidence = GREATEST(events.confidence, o.confidence)
         FROM events o WHERE events.id = $2 AND o.id = $1`,
        [other.id, newId],
      );
      await tx.query('DELETE FROM events WHERE id = $1', [other.id]);
      merged++;
    }
  }
  return { renamed, merged };
}

async function moveChildren(tx: SqlExecutor, from: string, to: string): Promise<void> {
  // An article citing both events keeps one citation: the one already on the event moved to.
  await tx.query(
    `INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset, created_at)
     SELECT $2, article_id, quote, start_offset, end_offset, created_at FROM citations WHERE event_id = $1
     ON CONFLICT (event_id, article_id) DO NOTHING`,
    [from, to],
  );
  await tx.query('DELETE FROM citations WHERE event_id = $1', [from]);
  await tx.query('UPDATE event_history SET event_id = $2 WHERE event_id = $1', [from, to]);
  await tx.query('UPDATE feed_outbox SET event_id = $2 WHERE event_id = $1', [from, to]);
}
