export { type ApiDeps, createApiApp } from './app.js';
export { type ApiEnv, authenticate, requireRole } from './auth.js';
export { type CloudEvent, cloudEventSchema, toCloudEvent } from './cloud-event.js';
export { createFeedHub, type FeedHub } from './feed-hub.js';
export { type ApiMetrics, createApiMetrics } from './metrics.js';
export { type ApiRuntime, startApiRuntime } from './runtime.js';
export { createDeliverWorker, FAILING_LIMIT_MS } from './webhooks/deliver-worker.js';
export { startWebhookDispatcher, type WebhookDispatcher } from './webhooks/dispatcher.js';
