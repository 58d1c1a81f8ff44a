import { type ApiEnv, authenticate, requireRole } from '@assay/api';
import type { Database } from '@assay/db';
import type { Hono } from 'hono';
import type { Pipeline } from './pipeline.js';

/**
 * `GET /health`: the database's counts, the queues, the pipeline's progress and the latest fetch
 * failures, for operators (and `assay status` through the running server). These say what is crawled
 * and how much is stored, so they need an operator key; load balancers use the open, minimal
 * `/healthz` and `/readyz`.
 */
export function registerHealth(app: Hono<ApiEnv>, database: Database, pipeline: Pipeline): void {
  app.use('/health', authenticate(database.keys), requireRole('operator'));
  app.get('/health', async (c) => {
    try {
      const [counts, crawl, extract, store, fetchFailures] = await Promise.all([
        database.counts(),
        pipeline.queues.crawl.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        pipeline.queues.extract.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        pipeline.queues.store.queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
        database.recentFetchFailures(5),
      ]);
      return c.json({
        status: 'ok',
        database: database.kind,
        counts,
        queues: { crawl, extract, store },
        progress: pipeline.counters,
        recent_fetch_failures: fetchFailures,
      });
    } catch (error) {
      return c.json({ status: 'unavailable', error: (error as Error).message }, 503);
    }
  });
}
