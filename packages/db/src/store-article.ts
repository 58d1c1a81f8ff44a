import { createHash } from 'node:crypto';
import type { ExtractedEvent } from '@assay/schema';
import { loadFeedPayloads } from './events-query.js';
import { type QueryOptions, type SqlExecutor, toIso, toNumber } from './sql.js';
import type { EventChange, StoreArticleInput, StoreResult } from './types.js';

/** Serialises outbox inserts so that `seq` order is commit order (see README). */
export const OUTBOX_LOCK_KEY = '418430698874';

interface ArticleRow {
  id: string;
  content_hash: string;
  fetched_at: unknown;
}

export const articleIdFor = (key: string) =>
  `art_${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

/** The statements run for every article are prepared once per connection (see QueryOptions). */
const PREPARED: QueryOptions = { prepared: true };

/** A serialization failure: the caller retries the whole transaction, which then sees the other writer. */
const retryTransaction = (why: string) => Object.assign(new Error(`${why}, retrying`), { code: '40001' });

/**
 * The rows that are a payload's article, best first: with a canonical URL, the row of that canonical URL,
 * else a row of the requested URL that has none; without one, any row of the requested URL.
 * `$url` and `$canonical` are the placeholders of the two URLs.
 */
function articleMatch(hasCanonical: boolean, $url: string, $canonical: string): string {
  return hasCanonical
    ? `WHERE canonical_url = ${$canonical} OR (url = ${$url} AND canonical_url IS NULL)
       ORDER BY (canonical_url IS NULL), id LIMIT 1 FOR UPDATE`
    : `WHERE url = ${$url} ORDER BY (canonical_url IS NULL) DESC, id LIMIT 1 FOR UPDATE`;
}

/** The article this payload is about, locked. */
async function findArticle(tx: SqlExecutor, p: StoreArticleInput): Promise<ArticleRow | null> {
  const canonical = p.article.canonical_url;
  const [row] = await tx.query<ArticleRow & Record<string, unknown>>(
    `SELECT id, content_hash, fetched_at FROM articles ${articleMatch(Boolean(canonical), '$1', '$2')}`,
    canonical ? [p.url, canonical] : [p.url],
    PREPARED,
  );
  return row ?? null;
}

function articleValues(p: StoreArticleInput): unknown[] {
  const a = p.article;
  const html = p.html ? new Uint8Array(Buffer.from(p.html.data, 'base64')) : null;
  return [
    p.url,
    a.canonical_url,
    p.finalUrl,
    a.title,
    a.byline,
    a.published,
    a.language,
    a.site_name,
    a.text,
    p.contentHash,
    html,
    p.sourceId,
    p.fetchedAt,
  ];
}

/**
 * Finds and locks the article, or inserts it when there is none: one statement for the common case of a
 * new article. Returns the existing row, or `{ id, created: true }`, or null when a concurrent writer
 * inserted it after this statement's snapshot (the insert then did nothing).
 */
async function findOrInsertArticle(
  tx: SqlExecutor,
  p: StoreArticleInput,
): Promise<(ArticleRow & { created: boolean }) | null> {
  const [row] = await tx.query<ArticleRow & { created: boolean } & Record<string, unknown>>(
    `WITH found AS MATERIALIZED (
       SELECT id, content_hash, fetched_at FROM articles ${articleMatch(Boolean(p.article.canonical_url), '$2', '$3')}
     ), inserted AS (
       INSERT INTO articles (id, url, canonical_url, final_url, title, byline, published, language, site_name,
         text, content_hash, html_gzip, source_id, fetched_at, first_seen, last_seen)
       SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::text,
         $10::text, $11::text, $12::bytea, $13::text, $14::timestamptz, $14::timestamptz, $14::timestamptz
       WHERE NOT EXISTS (SELECT FROM found)
       ON CONFLICT DO NOTHING RETURNING id
     )
     SELECT id, content_hash, fetched_at, false AS created FROM found
     UNION ALL SELECT id, NULL, NULL, true FROM inserted`,
    [articleIdFor(p.article.canonical_url ?? p.url), ...articleValues(p)],
    PREPARED,
  );
  return row ?? null;
}

/** Several mentions of one event in a payload: keep the most confident. Sorted by id (lock order). */
function uniqueEvents(events: readonly ExtractedEvent[]): ExtractedEvent[] {
  const byId = new Map<string, ExtractedEvent>();
  for (const event of events) {
    const seen = byId.get(event.id);
    if (!seen || event.confidence > seen.confidence) byId.set(event.id, event);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function splitEvent(event: ExtractedEvent) {
  const { id, type, date, confidence, citation, ...slots } = event;
  return { id, type, date, confidence, citation, slots };
}

/**
 * All events of the payload in one statement: inserts the new ones, locks the existing ones (after the
 * inserts, each set in id order, so two writers cannot wait on each other) and cites them all.
 * Per event: created, the stored confidence when it existed (null when created), whether the citation is new.
 */
const EVENTS_SQL = `
  WITH input AS MATERIALIZED (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(id text, type text, slots jsonb, confidence double precision,
      date text, quote text, start_offset integer, end_offset integer)
  ), created AS (
    INSERT INTO events (id, type, slots, confidence, date, first_seen, last_seen)
    SELECT id, type, slots, confidence, date, $3::timestamptz, $3::timestamptz FROM input ORDER BY id
    ON CONFLICT (id) DO NOTHING RETURNING id
  ), existing AS MATERIALIZED (
    -- The scalar subquery makes the inserts finish before the first lock is taken.
    SELECT e.id, e.confidence FROM events e
    WHERE e.id IN (SELECT id FROM input) AND (SELECT count(*) FROM created) >= 0
    ORDER BY e.id FOR NO KEY UPDATE
  ), cited AS (
    INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset)
    SELECT id, $2, quote, start_offset, end_offset FROM input
    ON CONFLICT (event_id, article_id) DO NOTHING RETURNING event_id
  )
  SELECT i.id, c.id IS NOT NULL AS created, x.confidence AS stored_confidence, ci.event_id IS NOT NULL AS cited_new
  FROM input i LEFT JOIN created c ON c.id = i.id LEFT JOIN existing x ON x.id = i.id
    LEFT JOIN cited ci ON ci.event_id = i.id`;

interface EventsRow {
  id: string;
  created: boolean;
  stored_confidence: unknown;
  cited_new: boolean;
}

/** A change to one event: `apply` updates the row with this report first (a new citation, a higher confidence). */
interface Change {
  id: string;
  change: EventChange;
  apply: boolean;
  higher?: boolean;
  cited?: boolean;
  confidence?: number;
  slots?: Record<string, unknown>;
  date?: string | null;
}

/**
 * Applies the changes to the events and writes their history, in one statement. History records the event
 * after the change: the updated row for applied changes, the stored row for the others.
 */
const CHANGES_SQL = `
  WITH input AS MATERIALIZED (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS c(id text, change text, apply boolean, higher boolean,
      cited boolean, confidence double precision, slots jsonb, date text)
  ), updated AS (
    -- The most confident report states the slots, unless an analyst corrected them; the date is kept once known.
    UPDATE events e SET
      confidence = greatest(e.confidence, c.confidence),
      slots = CASE WHEN c.higher AND NOT e.corrected THEN c.slots ELSE e.slots END,
      date = CASE WHEN c.higher AND NOT e.corrected THEN coalesce(c.date, e.date) ELSE coalesce(e.date, c.date) END,
      first_seen = least(e.first_seen, $3::timestamptz),
      last_seen = CASE WHEN c.cited THEN greatest(e.last_seen, $3::timestamptz) ELSE e.last_seen END
    FROM input c WHERE e.id = c.id AND c.apply
    RETURNING e.id, e.slots, e.confidence
  ), after AS (
    SELECT id, slots, confidence FROM updated
    UNION ALL
    SELECT e.id, e.slots, e.confidence FROM events e JOIN input c ON c.id = e.id AND NOT c.apply
  )
  INSERT INTO event_history (event_id, change, slots, confidence, article_id)
  SELECT a.id, c.change, a.slots, a.confidence, $2 FROM after a JOIN input c ON c.id = a.id ORDER BY a.id`;

/** The outbox entries, under a lock held to commit: taken before the first `seq` is drawn. */
const OUTBOX_SQL = `
  WITH outbox_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(${OUTBOX_LOCK_KEY}))
  INSERT INTO feed_outbox (event_id, change, payload)
  SELECT o.event_id, o.change, o.payload
  FROM outbox_lock, jsonb_to_recordset($1::jsonb) AS o(event_id text, change text, payload jsonb)
  ORDER BY o.event_id`;

const isHttpUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** One attempt, inside a transaction. The caller retries on serialization failures and deadlocks. */
export async function storeArticleTx(tx: SqlExecutor, input: StoreArticleInput): Promise<StoreResult> {
  // Only http(s) URLs are stored: they become citation links in the UI, the feeds and webhooks. The
  // store queue already refuses others; this holds for every other caller too.
  const p: StoreArticleInput = {
    ...input,
    article: {
      ...input.article,
      canonical_url: isHttpUrl(input.article.canonical_url) ? input.article.canonical_url : null,
    },
    claimedCanonical: isHttpUrl(input.claimedCanonical) ? input.claimedCanonical : null,
  };
  if (!isHttpUrl(p.url)) throw new Error(`store: ${p.url}: an article's URL must be http(s)`);
  const result: StoreResult = {
    articleId: '',
    articleCreated: false,
    eventsCreated: 0,
    eventsUpdated: 0,
    citationsAdded: 0,
  };
  const fetchedAt = toIso(p.fetchedAt);
  let contentChanged = false;

  // 1. The article: insert, or lock the existing row and update it when the content changed.
  const found = await findOrInsertArticle(tx, p);
  let existing: ArticleRow | null = found;
  if (found?.created) {
    result.articleId = found.id;
    result.articleCreated = true;
    existing = null;
  } else if (!found) {
    // Another writer inserted it a moment ago; its commit is visible to this new statement.
    existing = await findArticle(tx, p);
    if (!existing) throw retryTransaction('article row conflict');
  }
  if (existing) {
    result.articleId = existing.id;
    if (existing.content_hash !== p.contentHash) {
      if (Date.parse(fetchedAt) < Date.parse(toIso(existing.fetched_at))) {
        // An older version delivered late: the stored text is newer, and quotes index into it.
        return result;
      }
      await tx.query(
        `UPDATE articles SET url = $2, canonical_url = $3, final_url = $4, title = $5, byline = $6, published = $7,
           language = $8, site_name = $9, text = $10, content_hash = $11, html_gzip = $12, source_id = $13,
           fetched_at = $14, last_seen = greatest(last_seen, $14::timestamptz)
         WHERE id = $1`,
        [existing.id, ...articleValues(p)],
      );
      contentChanged = true;
    } else {
      await tx.query(
        `UPDATE articles SET last_seen = $2::timestamptz, canonical_url = coalesce(canonical_url, $3)
         WHERE id = $1 AND (last_seen < $2::timestamptz OR (canonical_url IS NULL AND $3::text IS NOT NULL))`,
        [existing.id, fetchedAt, p.article.canonical_url],
      );
    }
  }
  const articleId = result.articleId;
  if (p.claimedCanonical) {
    await tx.query(
      `UPDATE articles SET claimed_canonical_url = $2 WHERE id = $1 AND claimed_canonical_url IS DISTINCT FROM $2`,
      [articleId, p.claimedCanonical],
    );
  }

  // 2. Events: insert or lock, and cite, all at once; then decide per event what changed.
  const events = uniqueEvents(p.events).map(splitEvent);
  const changes: Change[] = [];
  if (events.length > 0) {
    const input = events.map(({ id, type, slots, confidence, date, citation }) => ({
      id,
      type,
      slots,
      confidence,
      date,
      quote: citation.quote,
      start_offset: citation.start,
      end_offset: citation.end,
    }));
    const rows = await tx.query<EventsRow & Record<string, unknown>>(
      EVENTS_SQL,
      [JSON.stringify(input), articleId, fetchedAt],
      PREPARED,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const { id, slots, confidence, date, citation } of events) {
      const row = byId.get(id);
      // Neither inserted nor found: another writer created it after this statement's snapshot.
      if (!row || (!row.created && row.stored_confidence == null))
        throw retryTransaction(`event ${id} conflict`);
      if (row.cited_new) result.citationsAdded++;
      if (row.created) {
        result.eventsCreated++;
        changes.push({ id, change: 'created', apply: false });
        continue;
      }
      const higher = confidence > toNumber(row.stored_confidence);
      let moved = false;
      if (!row.cited_new && contentChanged) {
        // The article's text changed, so this event's quote may sit elsewhere in it now.
        const updated = await tx.query(
          `UPDATE citations SET quote = $3, start_offset = $4, end_offset = $5
           WHERE event_id = $1 AND article_id = $2
             AND (quote, start_offset, end_offset) IS DISTINCT FROM ($3::text, $4::integer, $5::integer)
           RETURNING event_id`,
          [id, articleId, citation.quote, citation.start, citation.end],
        );
        moved = updated.length > 0;
      }
      if (!row.cited_new && !higher && !moved) continue;
      result.eventsUpdated++;
      changes.push({
        id,
        change: higher || moved ? 'updated' : 'cited',
        apply: true,
        higher,
        cited: row.cited_new,
        confidence,
        slots,
        date,
      });
    }
  }

  // 3. Quotes of this article for events it no longer states: re-anchor them in the new text.
  if (contentChanged) {
    const payloadIds = new Set(events.map((e) => e.id));
    const stale = await tx.query<{ event_id: string; quote: string; start_offset: number }>(
      'SELECT event_id, quote, start_offset FROM citations WHERE article_id = $1 ORDER BY event_id',
      [articleId],
    );
    for (const row of stale) {
      if (payloadIds.has(row.event_id)) continue;
      const start = p.article.text.indexOf(row.quote);
      if (start < 0 || start === toNumber(row.start_offset)) continue;
      await tx.query('SELECT id FROM events WHERE id = $1 FOR NO KEY UPDATE', [row.event_id]);
      await tx.query(
        'UPDATE citations SET start_offset = $3, end_offset = $4 WHERE event_id = $1 AND article_id = $2',
        [row.event_id, articleId, start, start + row.quote.length],
      );
      result.eventsUpdated++;
      changes.push({ id: row.event_id, change: 'updated', apply: false });
    }
  }

  // 4. The changes with their history, then the feed outbox: the served event after the change, written last.
  if (changes.length > 0) {
    await tx.query(CHANGES_SQL, [JSON.stringify(changes), articleId, fetchedAt], PREPARED);
    const served = await loadFeedPayloads(
      tx,
      changes.map((c) => c.id),
    );
    const outbox = changes.map(({ id, change }) => ({ event_id: id, change, payload: served.get(id) }));
    await tx.query(OUTBOX_SQL, [JSON.stringify(outbox)], PREPARED);
  }
  return result;
}
