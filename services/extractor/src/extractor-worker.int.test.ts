import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compressBody, contentHash, extractQueue, storeQueue, TypedQueue } from '@assay/queue';
import { QueueEvents } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { createExtractor, type Extractor } from './extractor-worker.js';

const redis = await redisForTests();
const taskBuilt = existsSync(fileURLToPath(new URL('../dist/extract-task.js', import.meta.url)));

const page = (url: string, html: string) => ({
  url,
  finalUrl: url,
  sourceId: 'test',
  contentType: 'text/html',
  contentHash: contentHash(html),
  body: compressBody(html),
  fetchedAt: new Date().toISOString(),
});

const GOOD_PAGE =
  '<html><head><title>Entity List grows</title></head><body><article><p>The Commerce Department added Sophgo to the Entity List on Friday, officials said, citing national security concerns.</p></article></body></html>';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(!redis.available || !taskBuilt)(
  `the extractor with poison input${redis.available ? (taskBuilt ? '' : ' (skipped: run pnpm build first)') : redis.note}`,
  () => {
    async function setup(timeoutMs: number) {
      const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
      const extract = new TypedQueue(extractQueue, context);
      const store = new TypedQueue(storeQueue, context);
      const events = new QueueEvents(extractQueue.name, context);
      await events.waitUntilReady();
      const extractor: Extractor = createExtractor({ context, concurrency: 1, timeoutMs });
      cleanups.push(async () => {
        await extractor.close();
        await events.close();
        for (const q of [extract, store]) await q.close();
        expect(await removeTestKeys(context.prefix)).toEqual([]);
      });
      const outcome = (jobId: string) =>
        new Promise<{ failed?: string; completed?: boolean }>((resolve) => {
          events.on('failed', (e) => e.jobId === jobId && resolve({ failed: e.failedReason }));
          events.on('completed', (e) => e.jobId === jobId && resolve({ completed: true }));
        });
      return { extract, store, extractor, outcome };
    }

    it('fails a job whose body cannot be read, with the reason, and goes on with the next', async () => {
      const { extract, store, outcome } = await setup(30_000);
      const broken = {
        ...page('https://example.com/broken', GOOD_PAGE),
        body: { encoding: 'gzip+base64' as const, data: 'bm90IGd6aXA=', bytes: 8 },
      };
      const brokenJob = await extract.add(broken);
      const goodJob = await extract.add(page('https://example.com/good', GOOD_PAGE));
      expect(await outcome(brokenJob.id ?? '')).toMatchObject({
        failed: expect.stringMatching(/extraction failed for https:\/\/example.com\/broken/),
      });
      expect(await outcome(goodJob.id ?? '')).toEqual({ completed: true });
      const stored = await store.queue.getJobs(['waiting']);
      expect(stored.map((j) => j.data.url)).toEqual(['https://example.com/good']);
      expect(stored[0]?.data.events).toMatchObject([{ type: 'blacklisting', entity: 'Sophgo' }]);
      expect((await extract.queue.getJob(brokenJob.id ?? ''))?.attemptsMade).toBe(1);
    });

    it('records a page over the size budget as a failed fetch with the reason, once', async () => {
      const { extract, store, outcome } = await setup(30_000);
      const huge = `<html><body><p>${'Copper exports rose. '.repeat(600_000)}</p></body></html>`;
      const job = await extract.add(page('https://example.com/huge', huge));
      expect(await outcome(job.id ?? '')).toEqual({ completed: true });
      expect((await extract.queue.getJob(job.id ?? ''))?.attemptsMade).toBe(1);
      const stored = await store.queue.getJobs(['waiting']);
      expect(stored.map((j) => j.data)).toEqual([
        expect.objectContaining({
          kind: 'fetch',
          url: 'https://example.com/huge',
          error: expect.stringMatching(/^page over the size budget: 12600\d+ characters/),
        }),
      ]);
    });

    it('records a binary page served as text/html as a failed fetch, once, and stores no article', async () => {
      const { extract, store, outcome } = await setup(30_000);
      // A PNG's start as a server that calls everything text/html would send it, decoded as text.
      const png = `\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR${'\u0000\u0001'.repeat(200)}`;
      const job = await extract.add({
        ...page('https://example.com/image', png),
        fetch: {
          url: 'https://example.com/image',
          finalUrl: 'https://example.com/image',
          sourceId: 'test',
          status: 200,
          bytes: png.length,
          durationMs: 12,
          error: null,
          fetchedAt: new Date().toISOString(),
        },
      });
      expect(await outcome(job.id ?? '')).toEqual({ completed: true });
      expect((await extract.queue.getJob(job.id ?? ''))?.attemptsMade).toBe(1);
      const stored = await store.queue.getJobs(['waiting']);
      expect(stored.map((j) => j.data)).toEqual([
        expect.objectContaining({
          kind: 'fetch',
          url: 'https://example.com/image',
          status: 200,
          error: 'binary content: a NUL byte at character 8, not HTML or text',
        }),
      ]);
    });

    it('stops a page that takes too long and fails its job with the reason', async () => {
      const { extract, outcome } = await setup(1);
      const slow = page(
        'https://example.com/slow',
        `<html><body>${'<div><p>deep</p>'.repeat(4000)}${'</div>'.repeat(4000)}</body></html>`,
      );
      const job = await extract.add(slow);
      expect(await outcome(job.id ?? '')).toMatchObject({
        failed: expect.stringMatching(/timed out after 1 ms/),
      });
    });
  },
);
