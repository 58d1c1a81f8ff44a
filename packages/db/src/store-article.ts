import { createHash } from 'node:crypto';
import type { ExtractedEvent } from '@assay/schema';
import { loadEventsById } from './events-query.js';
import { type SqlExecutor, toIso, toNumber } from './sql.js';
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

/** The article this payload is about, locked: by canonical URL first, then by requested URL. */
async function findArticle(tx: SqlExecutor, p: StoreArticleInput): Promise<ArticleRow | null> {
  const canonical = p.article.canonical_url;
  if (canonical) {
    const [byCanonical] = await tx.query<ArticleRow & Record<string, unknown>>(
      'SELECT id, content_hash, fetched_at FROM articles WHERE canonical_url = $1 FOR UPDATE',
      [canonical],
    );
    if (byCanonical) return byCanonical;
    const [byUrl] = await tx.query<ArticleRow & Record<string, unknown>>(
      'SELECT id, content_hash, fetched_at FROM articles WHERE url = $1 AND canonical_url IS NULL FOR UPDATE',
      [p.url],
    );
    return byUrl ?? null;
  }
  const [byUrl] = await tx.query<ArticleRow & Record<string, unknown>>(
    `SELECT id, content_hash, fetched_at FROM articles WHERE url = $1
     ORDER BY (canonical_url IS NULL) DESC, id LIMIT 1 FOR UPDATE`,
    [p.url],
  );
  return byUrl ?? null;
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

/** One attempt, inside a transaction. The caller retries on serialization failures and deadlocks. */
export async function storeArticleTx(tx: SqlExecutor, p: StoreArticleInput): Promise<StoreResult> {
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
  let existing = await findArticle(tx, p);
  if (!existing) {
    const id = articleIdFor(p.article.canonical_url ?? p.url);
    const inserted = await tx.query(
      `INSERT INTO articles (id, url, canonical_url, final_url, title, byline, published, language, site_name,
         text, content_hash, html_gzip, source_id, fetched_at, first_seen, last_seen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $14)
       ON CONFLICT DO NOTHING RETURNING id`,
      [id, ...articleValues(p)],
    );
    if (inserted.length > 0) {
      result.articleId = id;
      result.articleCreated = true;
    } else {
      // Another writer inserted it a moment ago; its commit is visible to this new statement.
      existing = await findArticle(tx, p);
      if (!existing) throw Object.assign(new Error('article row conflict, retrying'), { code: '40001' });
    }
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

  // 2. Events, in id order so that concurrent writers lock them in the same order.
  const events = uniqueEvents(p.events);
  const changes = new Map<string, EventChange>();
  const history = async (eventId: string, change: EventChange) => {
    await tx.query(
      `INSERT INTO event_history (event_id, change, slots, confidence, article_id)
       SELECT id, $2, slots, confidence, $3 FROM events WHERE id = $1`,
      [eventId, change, articleId],
    );
    changes.set(eventId, change);
  };

  for (const event of events) {
    const { id, type, date, confidence, citation, slots } = splitEvent(event);
    const slotsJson = JSON.stringify(slots);
    const created = await tx.query(
      `INSERT INTO events (id, type, slots, confidence, date, first_seen, last_seen)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, type, slotsJson, confidence, date, fetchedAt],
    );
    let current: Record<string, unknown> | undefined;
    if (created.length === 0) {
      // Lock before citing: the citation's foreign key would otherwise take a share lock first.
      [current] = await tx.query('SELECT confidence FROM events WHERE id = $1 FOR NO KEY UPDATE', [id]);
      if (!current) throw new Error(`event ${id} vanished`);
    }
    const cited = await tx.query(
      `INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id, article_id) DO NOTHING RETURNING event_id`,
      [id, articleId, citation.quote, citation.start, citation.end],
    );
    const citedNew = cited.length > 0;
    if (citedNew) result.citationsAdded++;
    if (!current) {
      result.eventsCreated++;
      await history(id, 'created');
      continue;
    }

    const higher = confidence > toNumber(current.confidence);
    let moved = false;
    if (!citedNew && contentChanged) {
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
    if (!citedNew && !higher && !moved) continue;
    // The most confident report states the slots, unless an analyst corrected them; the date is kept once known.
    await tx.query(
      `UPDATE events SET
         confidence = greatest(confidence, $2),
         slots = CASE WHEN $3::boolean AND NOT corrected THEN $4::jsonb ELSE slots END,
         date = CASE WHEN $3::boolean AND NOT corrected THEN coalesce($5, date) ELSE coalesce(date, $5) END,
         first_seen = least(first_seen, $6::timestamptz),
         last_seen = CASE WHEN $7::boolean THEN greatest(last_seen, $6::timestamptz) ELSE last_seen END
       WHERE id = $1`,
      [id, confidence, higher, slotsJson, date, fetchedAt, citedNew],
    );
    result.eventsUpdated++;
    await history(id, higher || moved ? 'updated' : 'cited');
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
      await history(row.event_id, 'updated');
    }
  }

  // 4. The feed outbox: the served event after the change, written last, under a lock held to commit.
  if (changes.size > 0) {
    const ids = [...changes.keys()].sort();
    const served = await loadEventsById(tx, ids);
    await tx.query(`SELECT pg_advisory_xact_lock(${OUTBOX_LOCK_KEY})`);
    for (const id of ids) {
      await tx.query('INSERT INTO feed_outbox (event_id, change, payload) VALUES ($1, $2, $3::jsonb)', [
        id,
        changes.get(id),
        JSON.stringify(served.get(id)),
      ]);
    }
  }
  return result;
}
