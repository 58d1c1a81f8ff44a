import { fileURLToPath } from 'node:url';
import {
  createTypedWorker,
  type ExtractPayload,
  extractQueue,
  type QueueContext,
  storeQueue,
  TypedQueue,
} from '@assay/queue';
import { UnrecoverableError, type Worker } from 'bullmq';
import { Piscina } from 'piscina';
import { binaryFetchRecord, type ExtractedPage, type PageInput, storePayloadFor } from './extract-article.js';

export interface ExtractorOptions {
  context: QueueContext;
  /** Jobs processed at once; each runs in its own worker thread. */
  concurrency: number;
  /** A page that takes longer than this to extract fails, and the thread running it is replaced. */
  timeoutMs?: number;
}

export interface Extractor {
  worker: Worker;
  close(): Promise<void>;
}

// The task runs as JavaScript in a thread, so it always comes from the built package (dist/), also in tests;
// its CommonJS entry loads the ES module without require(esm) (see extract-task-thread.cts).
const TASK_FILE = fileURLToPath(new URL('../dist/extract-task-thread.cjs', import.meta.url));

/** The extractor: consumes `extract`, produces `store`. Poison input fails its job and never the worker. */
export function createExtractor(options: ExtractorOptions): Extractor {
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Threads are kept warm: each one loads the gazetteer and the tagger once, which costs far more than a page.
  const pool = new Piscina({
    filename: TASK_FILE,
    minThreads: options.concurrency,
    maxThreads: options.concurrency,
    idleTimeout: 60_000,
  });
  const store = new TypedQueue(storeQueue, options.context);

  const worker = createTypedWorker(
    extractQueue,
    options.context,
    async (payload: ExtractPayload) => {
      const { url, finalUrl, contentType, body, title, published } = payload;
      const input: PageInput = { url, finalUrl, contentType, body, title, published };
      let page: ExtractedPage;
      try {
        page = await pool.run(input, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const err = error as Error;
        if (err.name === 'AbortError' || err.name === 'TimeoutError') {
          throw new UnrecoverableError(`extraction timed out after ${timeoutMs} ms: ${payload.url}`);
        }
        throw new UnrecoverableError(`extraction failed for ${payload.url}: ${err.message}`);
      }
      if (page.kind !== 'article') {
        // Not a failure of this job: the page is what it is (not text, or over parseHtml's budget), and
        // asking again gets the same bytes. It is recorded as the page's failed fetch with the reason, for
        // operators, and never reaches the store as an article.
        await store.add(binaryFetchRecord(payload, page.reason));
        return { events: 0, skipped: page.reason };
      }
      await store.add(storePayloadFor(payload, page));
      return { events: page.events.length };
    },
    // Twice as many jobs in flight as threads: while the main thread talks to Redis for one job (store.add,
    // completing it, fetching the next), a thread already has the next page queued instead of sleeping.
    { concurrency: options.concurrency * 2 },
  );

  return {
    worker,
    async close() {
      await worker.close();
      await store.close();
      await pool.destroy();
    },
  };
}
