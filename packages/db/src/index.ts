export { API_ROLES, type ApiKey, type ApiKeyStore, type ApiRole, hashApiKey } from './api-keys.js';
export type { ArticleCitation, StoredArticle } from './articles.js';
export { DataDirInUseError, type LockHolder, lockHolder } from './data-dir-lock.js';
export { createDatabase } from './database.js';
export {
  correctableSlotsSchemas,
  type HistoryEntry,
  type Review,
  type ReviewChange,
  SlotCorrectionError,
} from './event-review.js';
export {
  EVENT_SORT_KEYS,
  type EventCounts,
  type EventPage,
  type EventSearch,
  type EventSortKey,
  InvalidCursorError,
} from './event-search.js';
export { FEED_CHANGES, type FeedChange, type FeedEntry, type FeedQuery } from './feed.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';
export type {
  CompressedBody,
  Counts,
  Database,
  DatabaseOptions,
  EventChange,
  EventFilter,
  FetchRecordInput,
  FetchRecordRow,
  OutboxEntry,
  StoreArticleInput,
  StoredSource,
  StoreResult,
} from './types.js';
export type { WebhookDelivery, WebhookStore, WebhookSubscription } from './webhooks.js';
