import { randomUUID } from 'node:crypto';
import { QueueEvents } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../test/redis.js';
import { createTypedWorker, TypedQueue } from './define-queue.js';
import { crawlQueue } from './queues.js';

const redis = await redisForTests();
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe.skipIf(!redis.available)(`typed queues on a real Redis${redis.note}`, () => {
  const context = () => ({ connection: redis.connection, prefix: `{test-${randomUUID()}}` });

  it('queues the same page once, validates payloads and hands workers parsed data', async () => {
    const ctx = context();
    const queue = new TypedQueue(crawlQueue, ctx);
    closers.push(async () => {
      await queue.close();
      expect(await removeTestKeys(ctx.prefix)).toEqual([]);
    });
    await queue.add({ kind: 'page', url: 'https://example.com/a', sourceId: 's' });
    await queue.add({ kind: 'page', url: 'https://example.com/a', sourceId: 's' });
    expect(await queue.queue.getJobCountByTypes('waiting')).toBe(1);
    await expect(queue.add({ kind: 'page', url: 'not a url', sourceId: 's' } as never)).rejects.toThrow(
      /invalid crawl job payload: url/,
    );

    const seen: unknown[] = [];
    const worker = createTypedWorker(crawlQueue, ctx, async (payload) => {
      seen.push(payload);
    });
    closers.push(() => worker.close());
    await new Promise<void>((resolve) => worker.on('completed', () => resolve()));
    expect(seen).toEqual([
      {
        kind: 'page',
        url: 'https://example.com/a',
        sourceId: 's',
        discoveredFrom: null,
        title: null,
        published: null,
      },
    ]);
  });

  it('closes cleanly however soon after opening: no start-up command left to reject unhandled', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      for (let i = 0; i < 40; i++) {
        const ctx = context();
        const queue = new TypedQueue(crawlQueue, ctx);
        if (i % 2 === 1) await new Promise((resolve) => setTimeout(resolve, i % 5));
        await queue.close();
        expect(await removeTestKeys(ctx.prefix)).toEqual([]);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(unhandled).toEqual([]);
  });

  it('fails a job whose payload does not fit the schema at once, naming the field', async () => {
    const ctx = context();
    const queue = new TypedQueue(crawlQueue, ctx);
    const events = new QueueEvents(crawlQueue.name, ctx);
    closers.push(async () => {
      await queue.close();
      await events.close();
      expect(await removeTestKeys(ctx.prefix)).toEqual([]);
    });
    await events.waitUntilReady();
    const job = await queue.queue.add('crawl-page', { kind: 'page', url: 42 }, { attempts: 3 });
    const worker = createTypedWorker(crawlQueue, ctx, async () => undefined);
    closers.push(() => worker.close());
    const failed = await new Promise<string>((resolve) =>
      events.on('failed', ({ jobId, failedReason }) => jobId === job.id && resolve(failedReason)),
    );
    expect(failed).toMatch(/invalid crawl job payload: url/);
    expect((await queue.queue.getJob(job.id ?? ''))?.attemptsMade).toBe(1);
  });

  it('reports connection errors of producers and workers instead of ending the process', async () => {
    const reported: string[] = [];
    const ctx = {
      ...context(),
      onError: (error: Error, queue: string) => reported.push(`${queue}: ${error.message}`),
    };
    const queue = new TypedQueue(crawlQueue, ctx);
    const worker = createTypedWorker(crawlQueue, ctx, async () => undefined, { autorun: false });
    closers.push(async () => {
      await worker.close();
      await queue.close();
      expect(await removeTestKeys(ctx.prefix)).toEqual([]);
    });
    // BullMQ emits "Connection is closed" when a connection closes while it still initialises (Ctrl-C
    // just after start); with no listener, Node ends the process on an 'error' event.
    queue.queue.emit('error', new Error('Connection is closed.'));
    worker.emit('error', new Error('Connection is closed.'));
    expect(reported).toEqual(['crawl: Connection is closed.', 'crawl: Connection is closed.']);
  });
});
