export { createDatabase } from './database.js';
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
