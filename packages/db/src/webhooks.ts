import { randomBytes } from 'node:crypto';
import type { FeedChange } from './feed.js';
import { type Row, type SqlExecutor, toIso, toJson, toNumber } from './sql.js';

export interface WebhookSubscription {
  id: string;
  url: string;
  /** The kinds of change delivered; empty means all. */
  event_types: FeedChange[];
  enabled: boolean;
  /** The API key that created it; subscribers see only their own. */
  owner_key_id: string | null;
  /** Feed entries up to this sequence have been handed to the deliver queue. */
  after_seq: number;
  /** Since when every delivery has failed; null while deliveries succeed. */
  failing_since: string | null;
  disabled_at: string | null;
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDelivery {
  id: number;
  subscription_id: string;
  seq: number;
  attempt: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  duration_ms: number;
  at: string;
}

export interface WebhookStore {
  /** Starts at the feed's head: a new subscription gets the changes made from now on. */
  create(input: {
    url: string;
    eventTypes: FeedChange[];
    ownerKeyId: string | null;
  }): Promise<{ subscription: WebhookSubscription; secret: string }>;
  list(ownerKeyId?: string): Promise<WebhookSubscription[]>;
  get(id: string): Promise<WebhookSubscription | null>;
  /** The signing secret, for the delivery worker only. */
  secret(id: string): Promise<string | null>;
  /** Enabling again clears the failure state. */
  update(
    id: string,
    patch: { url?: string; eventTypes?: FeedChange[]; enabled?: boolean },
  ): Promise<WebhookSubscription | null>;
  remove(id: string): Promise<boolean>;
  /** Moves the dispatch cursor forward (never back). */
  advance(id: string, seq: number): Promise<void>;
  recordDelivery(delivery: Omit<WebhookDelivery, 'id' | 'at'>): Promise<void>;
  disable(id: string, reason: string): Promise<void>;
  deliveries(id: string, limit: number): Promise<WebhookDelivery[]>;
}

/** Standard Webhooks secrets: `whsec_` and base64 of random bytes. */
const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

function rowToSubscription(row: Row): WebhookSubscription {
  const at = (value: unknown) => (value == null ? null : toIso(value));
  return {
    id: String(row.id),
    url: String(row.url),
    event_types: toJson<FeedChange[]>(row.event_types),
    enabled: Boolean(row.enabled),
    owner_key_id: (row.owner_key_id as string | null) ?? null,
    after_seq: toNumber(row.after_seq),
    failing_since: at(row.failing_since),
    disabled_at: at(row.disabled_at),
    disabled_reason: (row.disabled_reason as string | null) ?? null,
    created_at: toIso(row.created_at),
    updated_at: toIso(row.updated_at),
  };
}

export function createWebhookStore(sql: SqlExecutor): WebhookStore {
  return {
    async create({ url, eventTypes, ownerKeyId }) {
      const id = `wh_${randomBytes(8).toString('hex')}`;
      const secret = newSecret();
      const [row] = await sql.query(
        `INSERT INTO webhook_subscriptions (id, url, event_types, secret, owner_key_id, after_seq)
         VALUES ($1, $2, $3::jsonb, $4, $5, (SELECT coalesce(max(seq), 0) FROM feed_outbox)) RETURNING *`,
        [id, url, JSON.stringify(eventTypes), secret, ownerKeyId],
      );
      if (!row) throw new Error('subscription insert returned nothing');
      return { subscription: rowToSubscription(row), secret };
    },

    async list(ownerKeyId) {
      const rows = ownerKeyId
        ? await sql.query(
            'SELECT * FROM webhook_subscriptions WHERE owner_key_id = $1 ORDER BY created_at, id',
            [ownerKeyId],
          )
        : await sql.query('SELECT * FROM webhook_subscriptions ORDER BY created_at, id');
      return rows.map(rowToSubscription);
    },

    async get(id) {
      const [row] = await sql.query('SELECT * FROM webhook_subscriptions WHERE id = $1', [id]);
      return row ? rowToSubscription(row) : null;
    },

    async secret(id) {
      const [row] = await sql.query('SELECT secret FROM webhook_subscriptions WHERE id = $1', [id]);
      return row ? String(row.secret) : null;
    },

    async update(id, patch) {
      const [row] = await sql.query(
        `UPDATE webhook_subscriptions SET
           url = coalesce($2, url),
           event_types = coalesce($3::jsonb, event_types),
           enabled = coalesce($4, enabled),
           failing_since = CASE WHEN $4 THEN NULL ELSE failing_since END,
           disabled_at = CASE WHEN $4 THEN NULL ELSE disabled_at END,
           disabled_reason = CASE WHEN $4 THEN NULL ELSE disabled_reason END,
           updated_at = now()
         WHERE id = $1 RETURNING *`,
        [
          id,
          patch.url ?? null,
          patch.eventTypes ? JSON.stringify(patch.eventTypes) : null,
          patch.enabled ?? null,
        ],
      );
      return row ? rowToSubscription(row) : null;
    },

    async remove(id) {
      return (
        (await sql.query('DELETE FROM webhook_subscriptions WHERE id = $1 RETURNING id', [id])).length > 0
      );
    },

    async advance(id, seq) {
      await sql.query('UPDATE webhook_subscriptions SET after_seq = greatest(after_seq, $2) WHERE id = $1', [
        id,
        seq,
      ]);
    },

    async recordDelivery(d) {
      // One statement, so that a reader never sees the attempt logged without the subscription's state.
      await sql.query(
        `WITH logged AS (
           INSERT INTO webhook_deliveries (subscription_id, seq, attempt, ok, status, error, duration_ms)
           SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM webhook_subscriptions WHERE id = $1)
           RETURNING subscription_id
         )
         UPDATE webhook_subscriptions SET failing_since = CASE WHEN $4 THEN NULL ELSE coalesce(failing_since, now()) END
         WHERE id IN (SELECT subscription_id FROM logged)`,
        [d.subscription_id, d.seq, d.attempt, d.ok, d.status, d.error, d.duration_ms],
      );
    },

    async disable(id, reason) {
      await sql.query(
        `UPDATE webhook_subscriptions SET enabled = false, disabled_at = now(), disabled_reason = $2, updated_at = now()
         WHERE id = $1 AND enabled`,
        [id, reason],
      );
    },

    async deliveries(id, limit) {
      const rows = await sql.query(
        'SELECT * FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY id DESC LIMIT $2',
        [id, Math.max(0, Math.trunc(limit))],
      );
      return rows.map((row) => ({
        id: toNumber(row.id),
        subscription_id: String(row.subscription_id),
        seq: toNumber(row.seq),
        attempt: toNumber(row.attempt),
        ok: Boolean(row.ok),
        status: row.status == null ? null : toNumber(row.status),
        error: (row.error as string | null) ?? null,
        duration_ms: toNumber(row.duration_ms),
        at: toIso(row.at),
      }));
    },
  };
}
