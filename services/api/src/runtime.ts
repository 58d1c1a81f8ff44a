import type { Config } from '@assay/config';
import { createPublicUrlCheck } from '@assay/crawl';
import type { Database } from '@assay/db';
import { crawlQueue, deliverQueue, extractQueue, queueContext, storeQueue, TypedQueue } from '@assay/queue';
import { type ServerType, serve } from '@hono/node-server';
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type ApiDeps, createApiApp } from './app.js';
import { createFeedHub } from './feed-hub.js';
import { createApiMetrics } from './metrics.js';
import { createResponseCache } from './response-cache.js';
import { createDeliverWorker } from './webhooks/deliver-worker.js';
import { startWebhookDispatcher } from './webhooks/dispatcher.js';

export interface ApiRuntime {
  port: number;
  /** The address it listens on, as bound (HOST, default 127.0.0.1). */
  address: string;
  app: ReturnType<typeof createApiApp>;
  close(): Promise<void>;
}

export interface ApiRuntimeOptions {
  config: Config;
  database: Database;
  logger: Logger;
  /** Run the webhook dispatcher and delivery worker in this process (default true). */
  webhooks?: boolean;
  /** DNS resolution for the webhook address guard (tests). */
  resolve?: (host: string) => Promise<string[]>;
  /** Listen on this host instead of the configured HOST. */
  hostname?: string;
  /** A built web UI to serve at `/`. */
  webRoot?: string;
  extend?: ApiDeps['extend'];
  heartbeatMs?: number;
}

/** The API server with its queues, feed hub, metrics and (by default) webhook delivery. */
export async function startApiRuntime(options: ApiRuntimeOptions): Promise<ApiRuntime> {
  const { config, database, logger } = options;
  const context = queueContext(config);
  const typed = {
    crawl: new TypedQueue(crawlQueue, context),
    extract: new TypedQueue(extractQueue, context),
    store: new TypedQueue(storeQueue, context),
    deliver: new TypedQueue(deliverQueue, context),
  };
  const queues = {
    crawl: typed.crawl.queue,
    extract: typed.extract.queue,
    store: typed.store.queue,
    deliver: typed.deliver.queue,
  };
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false });
  redis.on('error', () => {});
  const hub = await createFeedHub(database);
  const listingCache = createResponseCache(hub);
  const metrics = createApiMetrics({
    database,
    queues,
    hub,
    listingCache,
    connection: context.connection,
    prefix: context.prefix,
  });
  // Resolves nothing: the caller reads the answer. Names that turn out private are refused at delivery.
  const checkWebhookUrl = createPublicUrlCheck({ allow: config.webhookAllow });
  const app = createApiApp({
    database,
    queues,
    redis,
    hub,
    listingCache,
    metrics,
    logger,
    publicUrl: config.publicUrl,
    rateLimitPerMinute: config.apiRateLimitPerMinute,
    rateLimitPrefix: `${config.queuePrefix}:ratelimit`,
    checkWebhookUrl,
    webRoot: options.webRoot,
    extend: options.extend,
    heartbeatMs: options.heartbeatMs,
  });

  let worker: Worker | undefined;
  let dispatcher: ReturnType<typeof startWebhookDispatcher> | undefined;
  if (options.webhooks !== false) {
    worker = createDeliverWorker({
      context,
      database,
      logger,
      publicUrl: config.publicUrl,
      allow: config.webhookAllow,
      retryBaseMs: config.webhookRetryBaseMs,
      resolve: options.resolve,
    });
    worker.on('error', (error) => logger.warn({ err: error }, 'deliver worker error'));
    dispatcher = startWebhookDispatcher({ database, hub, deliver: typed.deliver, logger });
  }

  const closeAllButServer = async () => {
    await dispatcher?.close();
    await worker?.close();
    await metrics.close();
    await Promise.all(Object.values(typed).map((queue) => queue.close()));
    redis.disconnect();
  };
  let listening: { server: ServerType; port: number; address: string };
  try {
    listening = await new Promise((resolve, reject) => {
      const server = serve(
        { fetch: app.fetch, port: config.port, hostname: options.hostname ?? config.host },
        (info) => resolve({ server, port: info.port, address: info.address }),
      );
      // A port in use or an address not on this machine: the caller says so instead of crashing.
      server.once('error', reject);
    });
  } catch (error) {
    hub.close();
    await closeAllButServer();
    throw error;
  }
  const { server, port, address } = listening;

  return {
    port,
    address,
    app,
    async close() {
      // Open streams would keep the server from closing: the hub ends them.
      hub.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await closeAllButServer();
    },
  };
}
