import type { Config } from '@assay/config';
import { crawlerSettings, createCrawler } from '@assay/crawler';
import type { Database } from '@assay/db';
import { createExtractor } from '@assay/extractor';
import {
  crawlQueue,
  extractQueue,
  type QueueContext,
  queueContext,
  storeQueue,
  TypedQueue,
} from '@assay/queue';
import { createStoreWorker } from '@assay/store';
import type { Worker } from 'bullmq';

export interface PipelineCounters {
  sourcesRead: number;
  pagesFetched: number;
  articlesExtracted: number;
  articlesStored: number;
  eventsFound: number;
  failed: number;
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
export function startPipeline(config: Config, database: Database, { workers = true } = {}): Pipeline {
  const context = queueContext(config);
  const counters: PipelineCounters = {
    sourcesRead: 0,
    pagesFetched: 0,
    articlesExtracted: 0,
    articlesStored: 0,
    eventsFound: 0,
    failed: 0,
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
  store.on('completed', (job, result: { eventsCreated?: number } | undefined) => {
    if (job.name !== 'store-article') return;
    counters.articlesStored++;
    counters.eventsFound += result?.eventsCreated ?? 0;
  });
  for (const worker of [crawler.worker, extractor.worker, store]) {
    worker.on('failed', () => {
      counters.failed++;
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
