import type { Database } from '@assay/db';
import { Hono } from 'hono';
import type { Pipeline } from './pipeline.js';

/** `GET /health`: the database, Redis and queue depths, for load balancers and operators. */
export function createHealthApp(database: Database, pipeline: Pipeline): Hono {
  const app = new Hono();
  app.get('/health', async (c) => {
    try {
      const [counts, crawl, extract, store] = await Promise.all([
        database.counts(),
        pipeline.queues.crawl.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        pipeline.queues.extract.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        pipeline.queues.store.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
      ]);
      return c.json({
        status: 'ok',
        database: database.kind,
        counts,
        queues: { crawl, extract, store },
        progress: pipeline.counters,
      });
    } catch (error) {
      return c.json({ status: 'unavailable', error: (error as Error).message }, 503);
    }
  });
  return app;
}
