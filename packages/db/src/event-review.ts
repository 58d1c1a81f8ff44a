import {
  blacklistingSlotsSchema,
  type EventRecord,
  type EventStatus,
  type EventType,
  exportRestrictionSlotsSchema,
  relocationSlotsSchema,
  tariffSlotsSchema,
} from '@assay/schema';
import type { z } from 'zod';
import { EVENT_SELECT, loadFeedPayloads, rowToEvent } from './events-query.js';
import { type SqlDriver, type SqlExecutor, toIso, toJson, toNumber } from './sql.js';
import { OUTBOX_LOCK_KEY } from './store-article.js';

export type ReviewChange = 'confirmed' | 'rejected' | 'corrected';

export type Review =
  | { change: 'confirmed'; actor: string }
  | { change: 'rejected'; actor: string; reason: string }
  | { change: 'corrected'; actor: string; slots: Record<string, unknown>; reason?: string };

export interface HistoryEntry {
  id: number;
  change: 'created' | 'updated' | 'cited' | ReviewChange;
  /** Who made the change: an API key's name, or null for the pipeline. */
  actor: string | null;
  reason: string | null;
  review_status: EventStatus | null;
  slots: Record<string, unknown>;
  confidence: number;
  article_id: string | null;
  at: string;
}

export class SlotCorrectionError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(issues.map((i) => `${i.path.join('.') || 'slots'}: ${i.message}`).join('; '));
    this.name = 'SlotCorrectionError';
  }
}

const SLOT_SCHEMAS = {
  relocation: relocationSlotsSchema,
  tariff: tariffSlotsSchema,
  blacklisting: blacklistingSlotsSchema,
  export_restriction: exportRestrictionSlotsSchema,
} as const;

/** The slots an analyst may correct, per type: every slot but `type` itself. */
export const correctableSlotsSchemas = {
  relocation: relocationSlotsSchema.omit({ type: true }).partial().strict(),
  tariff: tariffSlotsSchema.omit({ type: true }).partial().strict(),
  blacklisting: blacklistingSlotsSchema.omit({ type: true }).partial().strict(),
  export_restriction: exportRestrictionSlotsSchema.omit({ type: true }).partial().strict(),
} as const;

export async function getEvent(sql: SqlExecutor, id: string): Promise<EventRecord | null> {
  const [row] = await sql.query(`${EVENT_SELECT} WHERE e.id = $1`, [id]);
  return row ? rowToEvent(row) : null;
}

export async function eventHistory(sql: SqlExecutor, id: string): Promise<HistoryEntry[]> {
  const rows = await sql.query('SELECT * FROM event_history WHERE event_id = $1 ORDER BY id', [id]);
  return rows.map((row) => ({
    id: toNumber(row.id),
    change: row.change as HistoryEntry['change'],
    actor: (row.actor as string | null) ?? null,
    reason: (row.reason as string | null) ?? null,
    review_status: (row.status as EventStatus | null) ?? null,
    slots: toJson<Record<string, unknown>>(row.slots),
    confidence: toNumber(row.confidence),
    article_id: (row.article_id as string | null) ?? null,
    at: toIso(row.at),
  }));
}

/**
 * Applies an analyst's review in one transaction: the event, its history entry (who, when, why) and
 * its feed outbox entry. A review that changes nothing (confirming a confirmed event) writes nothing.
 * Null when there is no such event; throws SlotCorrectionError when corrected slots are invalid.
 */
export async function reviewEvent(sql: SqlDriver, id: string, review: Review): Promise<EventRecord | null> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<{
      type: EventType;
      slots: unknown;
      status: EventStatus;
      review_reason: unknown;
    }>('SELECT type, slots, status, review_reason FROM events WHERE id = $1 FOR UPDATE', [id]);
    if (!row) return null;
    const reason = review.change === 'confirmed' ? null : (review.reason ?? null);
    if (review.change === 'corrected') {
      const slots = { ...toJson<Record<string, unknown>>(row.slots), ...review.slots, type: row.type };
      const parsed = SLOT_SCHEMAS[row.type].safeParse(slots);
      if (!parsed.success) throw new SlotCorrectionError(parsed.error.issues);
      const { type: _type, ...corrected } = parsed.data;
      await tx.query(
        `UPDATE events SET slots = $2::jsonb, corrected = true, reviewed_by = $3, reviewed_at = now()
         WHERE id = $1`,
        [id, JSON.stringify(corrected), review.actor],
      );
    } else {
      const status: EventStatus = review.change;
      if (row.status === status && (row.review_reason ?? null) === reason) return getEvent(tx, id);
      await tx.query(
        `UPDATE events SET status = $2, review_reason = $3, reviewed_by = $4, reviewed_at = now() WHERE id = $1`,
        [id, status, reason, review.actor],
      );
    }
    await tx.query(
      `INSERT INTO event_history (event_id, change, slots, confidence, actor, reason, status)
       SELECT id, $2, slots, confidence, $3, $4, status FROM events WHERE id = $1`,
      [id, review.change, review.actor, reason],
    );
    const payload = (await loadFeedPayloads(tx, [id])).get(id);
    // The same lock as the store's: outbox sequence order stays commit order.
    await tx.query(`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK_KEY})`);
    await tx.query('INSERT INTO feed_outbox (event_id, change, payload) VALUES ($1, $2, $3::jsonb)', [
      id,
      review.change,
      JSON.stringify(payload),
    ]);
    // The analyst gets the whole event, every citation included.
    return getEvent(tx, id);
  });
}
