import type { Config } from '@assay/config';
import { crawlerSettings, createCrawler } from '@assay/crawler';
import type { Database } from '@assay/db';
import { createExtractor } from '@assay/extractor';
import {
  crawlQueue,
  extractQueue,
  type QueueContext,
  queueContext,
  type StorePayload,
  storeQueue,
  TypedQueue,
} from '@assay/queue';
import { createStoreWorker } from '@assay/store';
import type { Worker } from 'bullmq';
import { fetchOutcome, SourceProblems } from './source-problems.js';

export interface PipelineCounters {
  sourcesRead: number;
  pagesFetched: number;
  articlesExtracted: number;
  articlesStored: number;
  eventsFound: number;
  /** Fetch records by outcome, as the fetches table (and the UI's source pages) hold them. */
  fetchesFailed: number;
  fetchesRefused: number;
  fetchesSkipped: number;
}

export interface Pipeline {
  context: QueueContext;
  queues: {
    crawl: TypedQueue<typeof crawlQueue.payload>;
    extract: TypedQueue<typeof extractQueue.payload>;
    store: TypedQueue<typeof storeQueue.payload>;
  };
  workers: Worker[];
  counters: PipelineCounters;
  /** Stops taking jobs, lets jobs in flight finish, and closes every connection. */
  close(): Promise<void>;
}

/**
 * Crawler, extractor and store workers in this process, connected only through the queues. With
 * `workers: false` only the queues are opened (for scheduling and health), and workers run elsewhere.
 */
export function startPipeline(
  config: Config,
  database: Database,
  { workers = true, report }: { workers?: boolean; report?: (line: string) => void } = {},
): Pipeline {
  const context = queueContext(config);
  const counters: PipelineCounters = {
    sourcesRead: 0,
    pagesFetched: 0,
    articlesExtracted: 0,
    articlesStored: 0,
    eventsFound: 0,
    fetchesFailed: 0,
    fetchesRefused: 0,
    fetchesSkipped: 0,
  };
  const queues = {
    crawl: new TypedQueue(crawlQueue, context),
    extract: new TypedQueue(extractQueue, context),
    store: new TypedQueue(storeQueue, context),
  };
  const closeQueues = () => Promise.all([queues.crawl.close(), queues.extract.close(), queues.store.close()]);
  if (!workers) {
    return { context, queues, workers: [], counters, close: async () => void (await closeQueues()) };
  }

  const crawler = createCrawler({ context, ...crawlerSettings(config) });
  const extractor = createExtractor({ context, concurrency: config.extractorConcurrency });
  const store = createStoreWorker({ context, database, concurrency: config.storeConcurrency });

  crawler.worker.on('completed', (job) => {
    if (job.name === 'crawl-source') counters.sourcesRead++;
    else counters.pagesFetched++;
  });
  extractor.worker.on('completed', () => {
    counters.articlesExtracted++;
  });
  const problems = new SourceProblems(report ?? (() => {}));
  store.on('completed', (job, result: { eventsCreated?: number } | undefined) => {
    const payload = job.data as StorePayload;
    if (payload.kind === 'fetch') {
      const outcome = fetchOutcome(payload);
      if (outcome === 'failed') counters.fetchesFailed++;
      else if (outcome === 'refused') counters.fetchesRefused++;
      else if (outcome === 'skipped') counters.fetchesSkipped++;
      problems.fetched(payload);
      return;
    }
    counters.articlesStored++;
    counters.eventsFound += result?.eventsCreated ?? 0;
    problems.stored(payload.sourceId, payload.url);
  });
  for (const worker of [crawler.worker, extractor.worker, store]) {
    worker.on('failed', (job, error) => {
      if (!job) return;
      const data = job.data as { sourceId?: string; source?: { id?: string } };
      // BullMQ tries again unless the error was final or the attempts are used up.
      const retrying = error.name !== 'UnrecoverableError' && job.attemptsMade < (job.opts.attempts ?? 1);
      problems.jobFailed(
        data.sourceId ?? data.source?.id ?? null,
        job.failedReason ?? error.message,
        retrying,
      );
    });
  }

  return {
    context,
    queues,
    workers: [crawler.worker, extractor.worker, store],
    counters,
    async close() {
      await Promise.all([crawler.close(), extractor.close(), store.close()]);
      await closeQueues();
    },
  };
}
