import { eventId } from '@assay/extract';
import { rekeyEvents } from './rekey-events.js';
import type { SqlDriver, SqlExecutor } from './sql.js';

/**
 * Numbered migrations, applied in order, each once. A migration is a list of statements (PGlite's
 * extended protocol takes one statement per query). Never edit an applied migration: add a new one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
  /** Work that needs code, run after the statements in the same transaction. */
  readonly run?: (tx: SqlExecutor) => Promise<unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `CREATE TABLE sources (
        id text PRIMARY KEY,
        definition jsonb NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE fetches (
        id text PRIMARY KEY,
        url text NOT NULL,
        final_url text,
        source_id text,
        status integer,
        bytes integer NOT NULL,
        duration_ms double precision NOT NULL,
        error text,
        fetched_at timestamptz NOT NULL
      )`,
      `CREATE INDEX fetches_fetched_at ON fetches (fetched_at DESC)`,
      `CREATE INDEX fetches_failures ON fetches (fetched_at DESC) WHERE error IS NOT NULL OR status IS NULL OR status >= 400`,
      `CREATE TABLE articles (
        id text PRIMARY KEY,
        url text NOT NULL,
        canonical_url text,
        final_url text,
        title text NOT NULL,
        byline text,
        published text,
        language text,
        site_name text,
        text text NOT NULL,
        content_hash text NOT NULL,
        html_gzip bytea,
        source_id text,
        fetched_at timestamptz NOT NULL,
        first_seen timestamptz NOT NULL,
        last_seen timestamptz NOT NULL
      )`,
      `CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL`,
      `CREATE UNIQUE INDEX articles_url ON articles (url) WHERE canonical_url IS NULL`,
      `CREATE INDEX articles_url_any ON articles (url)`,
      `CREATE TABLE events (
        id text PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('relocation', 'tariff', 'blacklisting')),
        slots jsonb NOT NULL,
        status text NOT NULL DEFAULT 'new',
        confidence double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
        date text,
        first_seen timestamptz NOT NULL,
        last_seen timestamptz NOT NULL
      )`,
      `CREATE INDEX events_last_seen ON events (last_seen DESC, id DESC)`,
      `CREATE INDEX events_type_last_seen ON events (type, last_seen DESC, id DESC)`,
      `CREATE TABLE citations (
        event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, article_id)
      )`,
      `CREATE INDEX citations_article ON citations (article_id)`,
      `CREATE TABLE event_history (
        id bigserial PRIMARY KEY,
        event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        change text NOT NULL CHECK (change IN ('created', 'updated', 'cited')),
        slots jsonb NOT NULL,
        confidence double precision NOT NULL,
        article_id text REFERENCES articles (id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX event_history_event ON event_history (event_id, id)`,
      `CREATE TABLE feed_outbox (
        seq bigserial PRIMARY KEY,
        event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        change text NOT NULL CHECK (change IN ('created', 'updated', 'cited')),
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
  {
    version: 2,
    name: 'review, api keys, webhooks',
    statements: [
      `ALTER TABLE events ADD COLUMN reviewed_by text, ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN review_reason text, ADD COLUMN corrected boolean NOT NULL DEFAULT false`,
      `ALTER TABLE events ADD CONSTRAINT events_status_check CHECK (status IN ('new', 'confirmed', 'rejected'))`,
      `CREATE INDEX events_status_confidence ON events (status, confidence, id)`,
      `CREATE INDEX events_first_seen ON events (first_seen DESC, id DESC)`,
      `CREATE INDEX events_confidence ON events (confidence, id)`,
      `ALTER TABLE event_history DROP CONSTRAINT event_history_change_check`,
      `ALTER TABLE event_history ADD CONSTRAINT event_history_change_check
        CHECK (change IN ('created', 'updated', 'cited', 'confirmed', 'corrected', 'rejected'))`,
      `ALTER TABLE event_history ADD COLUMN actor text, ADD COLUMN reason text, ADD COLUMN status text`,
      `ALTER TABLE feed_outbox DROP CONSTRAINT feed_outbox_change_check`,
      `ALTER TABLE feed_outbox ADD CONSTRAINT feed_outbox_change_check
        CHECK (change IN ('created', 'updated', 'cited', 'confirmed', 'corrected', 'rejected'))`,
      `CREATE INDEX fetches_source ON fetches (source_id, fetched_at DESC)`,
      `CREATE TABLE api_keys (
        id text PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'operator', 'analyst', 'subscriber')),
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`,
      `CREATE TABLE webhook_subscriptions (
        id text PRIMARY KEY,
        url text NOT NULL,
        event_types jsonb NOT NULL,
        secret text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        owner_key_id text,
        after_seq bigint NOT NULL,
        failing_since timestamptz,
        disabled_at timestamptz,
        disabled_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE webhook_deliveries (
        id bigserial PRIMARY KEY,
        subscription_id text NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        attempt integer NOT NULL,
        ok boolean NOT NULL,
        status integer,
        error text,
        duration_ms double precision NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX webhook_deliveries_subscription ON webhook_deliveries (subscription_id, id DESC)`,
    ],
  },
  {
    version: 3,
    name: 'company and entity name index',
    statements: [
      // The analysts' company/entity filter is a case-insensitive prefix match on this expression.
      `CREATE INDEX events_party_name ON events (lower(coalesce(slots->>'company', slots->>'entity')) text_pattern_ops)`,
    ],
  },
  {
    version: 4,
    name: 'country index',
    statements: [
      // The country filter matches this array (see event-search.ts): each country slot, and each
      // prefixed with the type, so that a type and country seen together are found from the index
      // and a pair never seen together is answered without scanning the type.
      `CREATE INDEX events_country_tokens ON events USING gin ((ARRAY[
        coalesce(slots->>'from', ''), coalesce(slots->>'to', ''), coalesce(slots->>'imposer', ''),
        coalesce(slots->>'target', ''), coalesce(slots->>'authority', ''),
        type || ':' || coalesce(slots->>'from', ''), type || ':' || coalesce(slots->>'to', ''),
        type || ':' || coalesce(slots->>'imposer', ''), type || ':' || coalesce(slots->>'target', ''),
        type || ':' || coalesce(slots->>'authority', '')]))`,
    ],
  },
  {
    version: 5,
    name: 'export restriction events',
    statements: [
      // Event types come from the taxonomy files; the fourth, export_restriction, joins the check.
      `ALTER TABLE events DROP CONSTRAINT events_type_check`,
      `ALTER TABLE events ADD CONSTRAINT events_type_check CHECK (type IN ('relocation', 'tariff', 'blacklisting', 'export_restriction'))`,
    ],
  },
  {
    version: 6,
    name: 'canonical URLs claimed on another host',
    statements: [
      // What a page said its canonical URL was, on another host than its own: kept to be seen, never
      // used as the article's identity or its citations' link.
      `ALTER TABLE articles ADD COLUMN claimed_canonical_url text`,
      // Before every URL into the store had to be http(s), a page could name a javascript: canonical.
      `UPDATE articles SET canonical_url = NULL WHERE canonical_url !~* '^https?://'`,
    ],
  },
  {
    version: 7,
    name: 'event identity: type, key slots, goods and month',
    statements: [],
    // Ids were type + key slots; now the taxonomy's identity slots, the goods as the lexicon names them
    // and the action's month, so stored events take their new ids and those that are one action merge.
    run: (tx) => rekeyEvents(tx, eventId),
  },
  {
    version: 8,
    name: 'country index without a pending list',
    statements: [
      // GIN's fast update queues new entries in a pending list (up to 4 MB) that every search of the
      // index reads through, row by row, until a VACUUM merges it; with autovacuum off or behind, each
      // country filter paid for the whole list (2.5 ms on 100,000 events, where the probe takes 0.05 ms).
      // Entries now go straight into the index: a little more per written event, nothing per read.
      `ALTER INDEX events_country_tokens SET (fastupdate = off)`,
      // Turning it off leaves the entries already queued: merge them now.
      `SELECT gin_clean_pending_list('events_country_tokens'::regclass)`,
    ],
  },
];

/** Arbitrary constant naming the migration lock ("assay" in ASCII). */
const MIGRATION_LOCK_KEY = '418430698873';

/**
 * Applies the missing migrations in one transaction that first takes a transaction-level advisory
 * lock: processes starting at once queue on the lock, and the later ones find nothing left to do.
 */
export async function runMigrations(sql: SqlDriver): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await migration.run?.(tx);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
