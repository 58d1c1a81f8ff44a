import type { ConnectionOptions } from 'bullmq';
import type { QueueContext } from './define-queue.js';

/** BullMQ connection options for a redis:// or rediss:// URL. Workers need maxRetriesPerRequest null. */
export function redisConnection(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** What a process's queues are opened with, from its settings (a `Config` from @assay/config fits). */
export function queueContext(settings: {
  redisUrl: string;
  queuePrefix: string;
  stalledIntervalMs: number;
}): QueueContext {
  return {
    connection: redisConnection(settings.redisUrl),
    prefix: settings.queuePrefix,
    stalledIntervalMs: settings.stalledIntervalMs,
  };
}
