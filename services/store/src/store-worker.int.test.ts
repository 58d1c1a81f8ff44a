import { randomUUID } from 'node:crypto';
import { createDatabase, type Database } from '@assay/db';
import { contentHash, storeQueue, TypedQueue } from '@assay/queue';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { createStoreWorker } from './store-worker.js';

const redis = await redisForTests();
const postgres = await postgresForTests();

/** A store job as producers write it (defaults left to the queue's schema). */
function article(url: string, text: string): Parameters<TypedQueue<typeof storeQueue.payload>['add']>[0] {
  return {
    kind: 'article',
    url,
    finalUrl: url,
    sourceId: 'test',
    contentHash: contentHash(text),
    fetchedAt: new Date().toISOString(),
    article: {
      url,
      canonical_url: null,
      title: 'A page',
      byline: null,
      published: null,
      language: 'en',
      site_name: null,
      text,
      paragraphs: [{ start: 0, end: text.length }],
    },
    events: [],
    html: null,
  };
}

describe.skipIf(!redis.available || !postgres.available)(
  `the store refuses NUL characters without retrying${redis.note}${postgres.note}`,
  () => {
    const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
    let database: Database;
    let drop: () => Promise<void>;
    let store: TypedQueue<typeof storeQueue.payload>;
    let events: QueueEvents;
    let worker: ReturnType<typeof createStoreWorker>;

    beforeAll(async () => {
      const created = await postgres.create();
      drop = created.drop;
      database = await createDatabase({ databaseUrl: created.url, dataDir: '/nonexistent' });
      store = new TypedQueue(storeQueue, context);
      events = new QueueEvents(storeQueue.name, context);
      await events.waitUntilReady();
      worker = createStoreWorker({ context, database, concurrency: 1 });
    }, 60_000);

    afterAll(async () => {
      await worker.close();
      await events.close();
      await store.close();
      await database.close();
      await drop();
      expect(await removeTestKeys(context.prefix)).toEqual([]);
    });

    const outcome = (jobId: string) =>
      new Promise<{ failed?: string; completed?: boolean }>((resolve) => {
        events.on('failed', (e) => e.jobId === jobId && resolve({ failed: e.failedReason }));
        events.on('completed', (e) => e.jobId === jobId && resolve({ completed: true }));
      });

    it('fails an article with a NUL in its text at the first attempt, naming the field; the next is stored', async () => {
      const bad = await store.add(article('https://example.com/nul', 'Text\u0000with a NUL'));
      const good = await store.add(article('https://example.com/fine', 'Plain text.'));
      expect(await outcome(bad.id ?? '')).toEqual({
        failed:
          'store: https://example.com/nul: article.text holds a NUL character, which PostgreSQL text cannot store; refused without retry',
      });
      expect(await outcome(good.id ?? '')).toEqual({ completed: true });
      // The default job options allow retries with backoff; this one was never retried.
      expect(storeQueue.defaultJobOptions.attempts).toBeGreaterThan(1);
      expect((await store.queue.getJob(bad.id ?? ''))?.attemptsMade).toBe(1);
      expect((await database.counts()).articles).toBe(1);
    });
  },
);
