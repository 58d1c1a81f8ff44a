import type { Database } from '@assay/db';
import { type Queue, QueueEvents } from 'bullmq';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FeedHub } from './feed-hub.js';
import type { ResponseCache } from './response-cache.js';

export interface ApiMetrics {
  readonly registry: Registry;
  close(): Promise<void>;
}

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/**
 * Prometheus metrics. Job outcomes and fetch latencies come from BullMQ's queue events (Redis
 * streams), so they count the work of every worker process, not only this one's; gauges are read at
 * scrape time from the queues and the database.
 */
export function createApiMetrics(deps: {
  database: Database;
  queues: Record<string, Queue>;
  hub: FeedHub;
  listingCache: ResponseCache;
  connection: Queue['opts']['connection'];
  prefix: string;
}): ApiMetrics {
  const registry = new Registry();
  const jobs = new Counter({
    name: 'assay_jobs_total',
    help: 'Jobs finished, by queue and outcome (since this API process started)',
    labelNames: ['queue', 'outcome'],
    registers: [registry],
  });
  const fetchSeconds = new Histogram({
    name: 'assay_fetch_duration_seconds',
    help: 'Page fetch latency, as reported by crawl-page jobs',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: 'assay_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const [name, queue] of Object.entries(deps.queues)) {
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) this.set({ queue: name, state }, counts[state] ?? 0);
      }
    },
  });
  new Gauge({
    name: 'assay_events',
    help: 'Events extracted, by type',
    labelNames: ['type'],
    registers: [registry],
    async collect() {
      const counts = await deps.database.countEvents({});
      this.reset();
      for (const [type, count] of Object.entries(counts.byType)) this.set({ type }, count);
    },
  });
  new Gauge({
    name: 'assay_feed_lag_seconds',
    help: 'Age of the oldest feed change a consumer has not taken yet (0 when caught up): the live stream hub, webhooks',
    labelNames: ['consumer'],
    registers: [registry],
    async collect() {
      const lag = await deps.database.feedLag(deps.hub.head);
      this.set({ consumer: 'stream' }, lag.streamSeconds);
      this.set({ consumer: 'webhooks' }, lag.webhookSeconds);
    },
  });
  new Counter({
    name: 'assay_api_listing_cache_total',
    help: 'Event listings and counts answered from the cache (hit) or the database (miss)',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ result: 'hit' }, deps.listingCache.stats.hits);
      this.inc({ result: 'miss' }, deps.listingCache.stats.misses);
    },
  });
  new Gauge({
    name: 'assay_webhook_subscriptions',
    help: 'Webhook subscriptions: enabled, failing (enabled, deliveries failing) and disabled',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const subscriptions = await deps.database.webhooks.list();
      const enabled = subscriptions.filter((s) => s.enabled);
      this.set({ state: 'enabled' }, enabled.length);
      this.set({ state: 'failing' }, enabled.filter((s) => s.failing_since !== null).length);
      this.set({ state: 'disabled' }, subscriptions.length - enabled.length);
    },
  });
  new Gauge({
    name: 'assay_feed_head_sequence',
    help: 'The newest feed sequence number',
    registers: [registry],
    collect() {
      this.set(deps.hub.head);
    },
  });

  const listeners = Object.keys(deps.queues).map((name) => {
    const events = new QueueEvents(name, { connection: deps.connection, prefix: deps.prefix });
    events.on('completed', ({ returnvalue }) => {
      jobs.inc({ queue: name, outcome: 'completed' });
      const value = typeof returnvalue === 'string' ? safeJson(returnvalue) : returnvalue;
      const fetchMs = (value as { fetchMs?: unknown } | null)?.fetchMs;
      if (name === 'crawl' && typeof fetchMs === 'number') fetchSeconds.observe(fetchMs / 1000);
    });
    events.on('failed', () => jobs.inc({ queue: name, outcome: 'failed' }));
    events.on('retries-exhausted', () => jobs.inc({ queue: name, outcome: 'retries_exhausted' }));
    events.on('error', () => {});
    return events;
  });

  return {
    registry,
    async close() {
      await Promise.all(listeners.map((events) => events.close()));
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
