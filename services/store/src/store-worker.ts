import type { Database } from '@assay/db';
import { createTypedWorker, type QueueContext, storeQueue } from '@assay/queue';
import { UnrecoverableError, type Worker } from 'bullmq';
import { nulField } from './nul-check.js';

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
      // The extractor records binary pages as failed fetches; a NUL that reaches the store anyway (another
      // producer, a text field of a fetch record) is refused at once, not retried into the same error.
      const { html: _snapshot, ...fields } = payload as typeof payload & { html?: unknown };
      const field = nulField(fields);
      if (field) {
        throw new UnrecoverableError(
          `store: ${payload.url}: ${field} holds a NUL character, which PostgreSQL text cannot store; refused without retry`,
        );
      }
      if (payload.kind === 'fetch') {
        await options.database.recordFetch(payload);
        return { recorded: payload.url };
      }
      return options.database.storeArticle(payload);
    },
    { concurrency: options.concurrency },
  );
}
