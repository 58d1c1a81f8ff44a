import { type SqlExecutor, toIso, toNumber } from './sql.js';

export interface ArticleCitation {
  event_id: string;
  event_type: string;
  quote: string;
  start: number;
  end: number;
}

export interface StoredArticle {
  id: string;
  url: string;
  canonical_url: string | null;
  /** A canonical URL the page named on another host: shown, never used as the article's URL. */
  claimed_canonical_url: string | null;
  final_url: string | null;
  title: string;
  byline: string | null;
  published: string | null;
  language: string | null;
  site_name: string | null;
  text: string;
  source_id: string | null;
  fetched_at: string;
  /** Every sentence of the text that an event cites, for highlighting. */
  citations: ArticleCitation[];
}

export async function getArticle(sql: SqlExecutor, id: string): Promise<StoredArticle | null> {
  const [row] = await sql.query(
    `SELECT id, url, canonical_url, claimed_canonical_url, final_url, title, byline, published, language, site_name, text, source_id,
       fetched_at FROM articles WHERE id = $1`,
    [id],
  );
  if (!row) return null;
  const citations = await sql.query(
    `SELECT c.event_id, e.type, c.quote, c.start_offset, c.end_offset FROM citations c
     JOIN events e ON e.id = c.event_id WHERE c.article_id = $1 ORDER BY c.start_offset, c.event_id`,
    [id],
  );
  const nullable = (value: unknown) => (value == null ? null : String(value));
  return {
    id: String(row.id),
    url: String(row.url),
    canonical_url: nullable(row.canonical_url),
    claimed_canonical_url: nullable(row.claimed_canonical_url),
    final_url: nullable(row.final_url),
    title: String(row.title),
    byline: nullable(row.byline),
    published: nullable(row.published),
    language: nullable(row.language),
    site_name: nullable(row.site_name),
    text: String(row.text),
    source_id: nullable(row.source_id),
    fetched_at: toIso(row.fetched_at),
    citations: citations.map((c) => ({
      event_id: String(c.event_id),
      event_type: String(c.type),
      quote: String(c.quote),
      start: toNumber(c.start_offset),
      end: toNumber(c.end_offset),
    })),
  };
}
