import type { Database } from '@assay/db';
import { createTypedWorker, type QueueContext, storeQueue } from '@assay/queue';
import type { Worker } from 'bullmq';

export interface StoreOptions {
  context: QueueContext;
  database: Database;
  concurrency: number;
}

/**
 * The store: consumes `store` and writes to the database. Every write is idempotent, so a job retried
 * after a crash or a database outage changes nothing the second time.
 */
export function createStoreWorker(options: StoreOptions): Worker {
  return createTypedWorker(
    storeQueue,
    options.context,
    async (payload) => {
      if (payload.kind === 'fetch') {
        await options.database.recordFetch(payload);
        return { recorded: payload.url };
      }
      return options.database.storeArticle(payload);
    },
    { concurrency: options.concurrency },
  );
}
