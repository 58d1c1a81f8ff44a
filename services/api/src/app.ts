import { relative } from 'node:path';
import type { Database } from '@assay/db';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Queue } from 'bullmq';
import { bodyLimit } from 'hono/body-limit';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type ApiEnv, authenticate, createKeyVerifier, requireRole } from './auth.js';
import { registerDocs } from './docs.js';
import type { FeedHub } from './feed-hub.js';
import type { ApiMetrics } from './metrics.js';
import { refuseNul } from './nul-input.js';
import { problem, renderProblem, toProblem, validationHook } from './problem.js';
import { rateLimitPerKey } from './rate-limit.js';
import type { ResponseCache } from './response-cache.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerEventRoutes } from './routes/events.js';
import { registerFeedRoutes } from './routes/feed.js';
import { registerKeyRoutes } from './routes/keys.js';
import { registerMeRoutes } from './routes/me.js';
import { registerQueueRoutes } from './routes/queues.js';
import { DASHBOARD_COOKIE, registerSessionRoutes } from './routes/session.js';
import { registerSourceRoutes } from './routes/sources.js';
import { registerWebhookRoutes } from './routes/webhooks.js';
import { jsonBodiesOnly, readOnly, sameOriginOnly, securityHeaders } from './security.js';
import { createStreamRegistry } from './streams.js';

export interface ApiDeps {
  database: Database;
  /** Every queue of the pipeline, by name: crawl, extract, store, deliver. */
  queues: { crawl: Queue } & Record<string, Queue>;
  /** For per-key rate limits and the readiness check. */
  redis: Redis;
  hub: FeedHub;
  /** Event listings and counts, until the feed moves on. */
  listingCache: ResponseCache;
  metrics: ApiMetrics;
  logger: Logger;
  publicUrl: string;
  rateLimitPerMinute: number;
  /** Redis key prefix of the rate limiter (tests use their own). */
  rateLimitPrefix: string;
  /** Quiet SSE streams get a heartbeat comment this often (default 15 s). */
  heartbeatMs?: number;
  /** The address guard for webhook URLs. */
  checkWebhookUrl: (url: URL) => Promise<void>;
  /** A built single-page web UI to serve at `/` (its index.html answers every other unknown GET). */
  webRoot?: string;
  /** More routes from the host process (`assay start` adds its pipeline health), before the web UI's fallback. */
  extend?: (app: OpenAPIHono<ApiEnv>) => void;
}

/** Bodies larger than this get 413: no route takes more than a source or a correction. */
const MAX_BODY_BYTES = 256 * 1024;

export function createApiApp(deps: ApiDeps): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { database } = deps;

  app.onError((error, c) => {
    const rendered = toProblem(error);
    if (rendered.status >= 500) deps.logger.error({ err: error, path: c.req.path }, 'request failed');
    return renderProblem(c, rendered);
  });
  app.notFound((c) => renderProblem(c, problem(404, `no route for ${c.req.method} ${c.req.path}`)));
  app.use('*', securityHeaders());

  // --- public: health, readiness, the API description -------------------------------------------
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    // Open to anyone, so it says which part is down and not why: error messages name hosts, ports and
    // users. The reason goes to the log, and operators see the details at /health.
    const checks = await Promise.allSettled([database.ping(), deps.redis.ping()]);
    const [db, redis] = checks.map((check, i) => {
      if (check.status === 'fulfilled') return 'ok';
      deps.logger.warn({ err: check.reason, part: i === 0 ? 'database' : 'redis' }, 'not ready');
      return 'unavailable';
    });
    const ready = db === 'ok' && redis === 'ok';
    return c.json({ status: ready ? 'ready' : 'unavailable', database: db, redis }, ready ? 200 : 503);
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key from `assay keys create --role R --name N`',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Assay API',
      version: '1.0.0',
      description:
        'Cited mining-industry events: search and review them, manage sources and queues, and follow the event feed (pull, Server-Sent Events, webhooks, Atom and JSON Feed). Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: deps.publicUrl }],
  });
  registerDocs(app, '/openapi.json');

  // --- authenticated: everything under /v1, the metrics and the queue dashboard -----------------
  // One key cache and failure limiter for the API and the dashboard, so revoking forgets keys in both.
  const verifier = createKeyVerifier(database.keys);
  // Counted in Redis, so the cap holds across API replicas.
  const streams = createStreamRegistry({ redis: deps.redis, prefix: deps.rateLimitPrefix });
  const auth = authenticate(database.keys, { verifier });
  const limit = rateLimitPerKey(deps.redis, deps.rateLimitPerMinute, deps.rateLimitPrefix);
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw problem(413, `request bodies are limited to ${MAX_BODY_BYTES} bytes`);
    },
  });
  app.use('/v1/*', auth, limit, limitBody, jsonBodiesOnly(), refuseNul());
  app.use('/metrics', auth, limit, requireRole('operator'));

  registerEventRoutes(app, { database, cache: deps.listingCache, logger: deps.logger });
  registerArticleRoutes(app, database);
  registerFeedRoutes(app, {
    database,
    hub: deps.hub,
    publicUrl: deps.publicUrl,
    heartbeatMs: deps.heartbeatMs,
    streams,
  });
  registerSourceRoutes(app, { database, crawl: deps.queues.crawl });
  registerQueueRoutes(app, deps.queues);
  registerWebhookRoutes(app, { database, checkUrl: deps.checkWebhookUrl });
  registerKeyRoutes(app, database, (keyId) => {
    verifier.forget(keyId);
    streams.end(keyId);
  });
  registerMeRoutes(app);
  registerSessionRoutes(app, { publicUrl: deps.publicUrl });

  app.get('/metrics', async (c) =>
    c.body(await deps.metrics.registry.metrics(), 200, { 'content-type': deps.metrics.registry.contentType }),
  );

  const board = new HonoAdapter(serveStatic);
  board.setBasePath('/admin/queues');
  createBullBoard({
    queues: Object.values(deps.queues).map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter: board,
  });
  // The dashboard is authenticated by the cookie `POST /v1/session/dashboard` sets, which the browser
  // also attaches to requests other same-site pages make: it only shows, and only to our own origin.
  const boardAuth = authenticate(database.keys, { cookie: DASHBOARD_COOKIE, verifier });
  for (const path of ['/admin/queues', '/admin/queues/*']) {
    app.use(path, readOnly(), sameOriginOnly(deps.publicUrl), boardAuth, requireRole('operator'));
  }
  app.route('/admin/queues', board.registerPlugin());

  deps.extend?.(app);
  if (deps.webRoot) {
    const root = relative(process.cwd(), deps.webRoot) || '.';
    app.use('/*', serveStatic({ root }));
    app.get('/*', serveStatic({ root, path: 'index.html' }));
  }

  return app;
}
