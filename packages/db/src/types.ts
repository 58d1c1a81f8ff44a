import type { Article, EventRecord, EventType, ExtractedEvent, Source } from '@assay/schema';
import type { ApiKeyStore } from './api-keys.js';
import type { StoredArticle } from './articles.js';
import type { HistoryEntry, Review } from './event-review.js';
import type { EventCounts, EventPage, EventSearch } from './event-search.js';
import type { FeedEntry, FeedQuery } from './feed.js';
import type { WebhookStore } from './webhooks.js';

/**
 * What the store worker hands over. These mirror `StoreArticlePayload` and `FetchRecord` of
 * `@assay/queue` structurally (the queue's payloads are assignable to them), so storage does not
 * depend on the queue library.
 */
export interface CompressedBody {
  encoding: 'gzip+base64';
  /** gzip bytes, base64-encoded; the gzip bytes are what is stored. */
  data: string;
  bytes: number;
}

export interface StoreArticleInput {
  kind?: 'article';
  /** The URL as requested (canonical form), and where it ended after redirects. */
  url: string;
  finalUrl: string;
  sourceId: string;
  /** sha256 of the fetched body. */
  contentHash: string;
  fetchedAt: string;
  article: Article;
  events: ExtractedEvent[];
  html: CompressedBody | null;
  /** The fetch that brought the page, recorded in the same transaction as the article. */
  fetch?: Omit<FetchRecordInput, 'kind'> | null;
  /** A canonical URL the page named on another host: recorded, not trusted. */
  claimedCanonical?: string | null;
}

export interface FetchRecordInput {
  kind?: 'fetch';
  url: string;
  finalUrl: string | null;
  sourceId: string | null;
  status: number | null;
  bytes: number;
  durationMs: number;
  error: string | null;
  fetchedAt: string;
}

export interface StoreResult {
  articleId: string;
  articleCreated: boolean;
  /** New events. */
  eventsCreated: number;
  /** Existing events that changed: a new citation, a higher confidence, or a moved quote. */
  eventsUpdated: number;
  citationsAdded: number;
}

export type StoredSource = Source & { created_at: string; updated_at: string };

export interface FetchRecordRow {
  id: string;
  url: string;
  final_url: string | null;
  source_id: string | null;
  status: number | null;
  bytes: number;
  duration_ms: number;
  error: string | null;
  fetched_at: string;
}

export type EventChange = 'created' | 'updated' | 'cited';

export interface OutboxEntry {
  /** Strictly increasing, in commit order: a reader resuming after `seq` misses nothing. */
  seq: number;
  event_id: string;
  change: EventChange;
  /** The event as served, at the time of the change. */
  payload: EventRecord;
  created_at: string;
}

export interface EventFilter {
  type?: EventType;
  /** ISO date or timestamp: events last seen on or after it. */
  since?: string;
  /** Default 100, at most 1000. */
  limit?: number;
  /** Keyset cursor: events after this one in the listing order (newest first). */
  afterId?: string;
}

export interface Counts {
  sources: number;
  articles: number;
  events: number;
  citations: number;
  fetches: number;
  outbox: number;
}

export interface DatabaseOptions {
  /** postgres://… to use PostgreSQL; null for PGlite under `dataDir`. */
  databaseUrl: string | null;
  /** PGlite keeps its files in `${dataDir}/pglite`. */
  dataDir: string;
}

export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /** Idempotent; safe when several processes start at once. `createDatabase` already ran it. */
  migrate(): Promise<void>;
  storeArticle(payload: StoreArticleInput): Promise<StoreResult>;
  recordFetch(record: FetchRecordInput): Promise<void>;
  upsertSource(source: Source): Promise<void>;
  listSources(): Promise<StoredSource[]>;
  getSource(id: string): Promise<StoredSource | null>;
  /** False when there is no such source. */
  setSourceEnabled(id: string, enabled: boolean): Promise<boolean>;
  /** With all citations, newest (last seen) first. */
  listEvents(filter?: EventFilter): Promise<EventRecord[]>;
  /** Filtered, sorted, cursor-paginated events (the API's listing). */
  searchEvents(search: EventSearch): Promise<EventPage>;
  countEvents(filter: Omit<EventSearch, 'cursor' | 'limit' | 'sort' | 'order'>): Promise<EventCounts>;
  getEvent(id: string): Promise<EventRecord | null>;
  eventHistory(id: string): Promise<HistoryEntry[]>;
  /** An analyst's confirm, reject or correction, with history and outbox in one transaction. */
  reviewEvent(id: string, review: Review): Promise<EventRecord | null>;
  getArticle(id: string): Promise<StoredArticle | null>;
  feedAfter(query: FeedQuery): Promise<FeedEntry[]>;
  feedHead(): Promise<{ seq: number; created_at: string } | null>;
  /** How far behind the live stream (at `streamHead`) and the webhook dispatcher are, in seconds. */
  feedLag(streamHead: number): Promise<{ streamSeconds: number; webhookSeconds: number }>;
  /** False when there is no such source. Its fetches and articles stay. */
  deleteSource(id: string): Promise<boolean>;
  /** A source's latest fetches, newest first. */
  sourceFetches(id: string, limit: number): Promise<FetchRecordRow[]>;
  readonly keys: ApiKeyStore;
  readonly webhooks: WebhookStore;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  counts(): Promise<Counts>;
  /** Fetches that failed or were refused, newest first; pages skipped on purpose ("skipped: …") are not failures. */
  recentFetchFailures(limit: number): Promise<FetchRecordRow[]>;
  outboxAfter(seq: number, limit: number): Promise<OutboxEntry[]>;
  close(): Promise<void>;
}
