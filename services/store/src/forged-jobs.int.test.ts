import { randomUUID } from 'node:crypto';
import { createDatabase, type Database } from '@assay/db';
import { contentHash, type StoreArticlePayload, storeQueue, TypedQueue } from '@assay/queue';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { createStoreWorker } from './store-worker.js';

// Issue 12, findings 1, 4 and 5: an operator (or a page driving the operator's browser) added a hand-made
// store job in the queue dashboard, and the store wrote a forged blacklisting with a `javascript:` link.
const redis = await redisForTests();
const postgres = await postgresForTests();

const QUOTE = 'The Commerce Department added AMD to the Entity List on Tuesday.';

function forged(url: string, canonical: string | null): StoreArticlePayload {
  const text = `Forged.\n\n${QUOTE}`;
  const start = text.indexOf(QUOTE);
  return {
    kind: 'article',
    url,
    finalUrl: url,
    sourceId: 'forged',
    contentHash: contentHash(text),
    fetchedAt: new Date().toISOString(),
    article: {
      url,
      canonical_url: canonical,
      title: 'Forged',
      byline: null,
      published: null,
      language: 'en',
      site_name: null,
      text,
      paragraphs: [
        { start: 0, end: 7 },
        { start, end: text.length },
      ],
    },
    events: [
      {
        id: 'blacklisting_forged',
        type: 'blacklisting',
        authority: 'US',
        list: 'Entity List',
        entity: 'AMD',
        action: 'add',
        date: null,
        confidence: 0.99,
        citation: { quote: QUOTE, start, end: start + QUOTE.length },
      },
    ],
    html: null,
    fetch: null,
  } as StoreArticlePayload;
}

describe.skipIf(!redis.available || !postgres.available)(
  `the store takes only the pipeline's jobs${redis.note}${postgres.note}`,
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

    it('refuses a job added by hand, as the dashboard would, and one with a made-up signature', async () => {
      const payload = forged('https://news.example.com/forged', null);
      const genuinePayload = forged('https://news.example.com/genuine', null);
      // Listening before adding: the worker may finish a job before its outcome is awaited.
      const byHand = outcome('by-hand');
      const madeUp = outcome('made-up');
      const tampered = outcome('tampered');
      const genuine = outcome(storeQueue.jobId(genuinePayload));
      await store.queue.add('store-article', payload, { jobId: 'by-hand' });
      await store.queue.add(
        'store-article',
        { ...payload, _signature: 'A'.repeat(43) },
        { jobId: 'made-up' },
      );
      for (const result of [byHand, madeUp]) {
        expect(await result).toEqual({
          failed: expect.stringMatching(/^refused: this store job was not queued by the pipeline/),
        });
      }
      // Refused at the first attempt: retrying cannot make it genuine.
      expect((await store.queue.getJob('by-hand'))?.attemptsMade).toBe(1);

      // Tampering with a genuine job's payload breaks its signature too.
      const job = await store.add(genuinePayload);
      await store.queue.add('store-article', { ...job.data, sourceId: 'tampered' }, { jobId: 'tampered' });
      expect(await genuine).toEqual({ completed: true });
      expect((await tampered).failed).toMatch(/^refused: /);
      expect((await database.counts()).articles).toBe(1);
    });

    it('never carries a javascript: URL: the pipeline cannot even queue one', async () => {
      await expect(
        store.add(forged('https://news.example.com/js', 'javascript:alert(document.domain)')),
      ).rejects.toThrow('invalid store job payload: article.canonical_url: must be an http(s) URL');
      await expect(store.add(forged('javascript:alert(1)', null))).rejects.toThrow(
        'invalid store job payload: url: must be an http(s) URL',
      );
    });
  },
);
