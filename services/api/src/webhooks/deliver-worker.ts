import { AddressRefusedError, createGuardedDispatcher } from '@assay/crawl';
import type { Database, WebhookSubscription } from '@assay/db';
import {
  createTypedWorker,
  DELIVER_BACKOFF_TYPE,
  deliverBackoff,
  deliverQueue,
  type QueueContext,
} from '@assay/queue';
import { DelayedError, type Job, type Worker } from 'bullmq';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { request } from 'undici';
import { toCloudEvent } from '../cloud-event.js';

/** A subscription whose deliveries have all failed for this long is disabled. */
export const FAILING_LIMIT_MS = 24 * 3600_000;
const TIMEOUT_MS = 10_000;
/**
 * Deliveries of one key's subscriptions in flight at once, per process: the rest of the workers stay
 * free for other subscribers, so one key's slow or black-hole endpoints cannot hold up everyone's.
 */
export const IN_FLIGHT_PER_KEY = 2;
/** How long a delivery that may not start yet waits before it is looked at again. */
const DEFER_MS = 500;
/** After a failed delivery the subscription's circuit is open: its other deliveries wait this long, doubling to a minute. */
const BREAKER_BASE_MS = 2_000;
const BREAKER_MAX_MS = 60_000;

export interface DeliverWorkerOptions {
  context: QueueContext;
  database: Database;
  logger: Logger;
  publicUrl: string;
  /** `host:port` entries (ASSAY_WEBHOOK_ALLOW) that may be private; by default none. */
  allow: readonly string[];
  /** First retry delay; later ones double, up to an hour. */
  retryBaseMs: number;
  concurrency?: number;
  /** DNS resolution for the address guard (tests). */
  resolve?: (host: string) => Promise<string[]>;
}

/**
 * Delivers feed changes to webhook subscribers: one signed POST per change (Standard Webhooks), every
 * attempt in the delivery log, retries with backoff; after 24 hours of failures the subscription is
 * disabled and the reason kept on it. Webhook URLs pass the crawler's address guard, so a subscription
 * cannot make Assay call into its own network.
 */
export function createDeliverWorker(options: DeliverWorkerOptions): Worker {
  const { database, logger } = options;
  // Fairness, per process: one delivery at a time per subscription, IN_FLIGHT_PER_KEY per owner key,
  // and a circuit breaker per subscription so a failing endpoint costs one attempt per window, not one
  // timeout per change.
  const busySubscriptions = new Set<string>();
  const busyPerKey = new Map<string, number>();
  const breakers = new Map<string, { failures: number; openUntil: number }>();
  const dispatcher = createGuardedDispatcher({
    allow: options.allow,
    // Subscribers read the delivery log: it must not tell them what our DNS says about their names.
    refusalMessage: () => 'not a public address',
    resolve: options.resolve,
    connectTimeoutMs: TIMEOUT_MS,
  });

  return createTypedWorker(
    deliverQueue,
    options.context,
    async ({ subscriptionId, seq }, job, token) => {
      const subscription = await database.webhooks.get(subscriptionId);
      if (!subscription?.enabled) return { skipped: 'subscription deleted or disabled' };
      const owner = subscription.owner_key_id ?? '(admin)';
      const breaker = breakers.get(subscriptionId);
      const now = Date.now();
      const waitUntil = Math.max(
        breaker && breaker.openUntil > now ? breaker.openUntil : 0,
        busySubscriptions.has(subscriptionId) || (busyPerKey.get(owner) ?? 0) >= IN_FLIGHT_PER_KEY
          ? now + DEFER_MS + Math.floor(Math.random() * DEFER_MS)
          : 0,
      );
      if (waitUntil > 0) {
        // Not an attempt: the job goes back to wait, and the worker slot serves someone else.
        await job.moveToDelayed(waitUntil, token);
        throw new DelayedError();
      }
      busySubscriptions.add(subscriptionId);
      busyPerKey.set(owner, (busyPerKey.get(owner) ?? 0) + 1);
      try {
        return await deliver(subscription, seq, job);
      } finally {
        busySubscriptions.delete(subscriptionId);
        const left = (busyPerKey.get(owner) ?? 1) - 1;
        if (left > 0) busyPerKey.set(owner, left);
        else busyPerKey.delete(owner);
      }
    },
    {
      concurrency: options.concurrency ?? 8,
      settings: {
        backoffStrategy: (attemptsMade: number, type?: string) =>
          type === DELIVER_BACKOFF_TYPE ? deliverBackoff(attemptsMade, options.retryBaseMs) : 1000,
      },
    },
  );

  async function deliver(subscription: WebhookSubscription, seq: number, job: Job) {
    const subscriptionId = subscription.id;
    // Revocation disables the key's subscriptions; this catches one re-enabled or raced since.
    if (subscription.owner_key_id && !(await database.keys.isLive(subscription.owner_key_id))) {
      await database.webhooks.disable(subscriptionId, 'its API key was revoked');
      return { skipped: 'owner key revoked' };
    }
    if (
      subscription.failing_since &&
      Date.now() - Date.parse(subscription.failing_since) > FAILING_LIMIT_MS
    ) {
      const reason = `every delivery failed for 24 hours (since ${subscription.failing_since})`;
      await database.webhooks.disable(subscriptionId, reason);
      logger.warn({ subscriptionId, url: subscription.url }, `webhook subscription disabled: ${reason}`);
      return { skipped: 'subscription disabled' };
    }
    const [entry] = await database.feedAfter({ after: seq - 1, limit: 1 });
    const secret = await database.webhooks.secret(subscriptionId);
    if (!entry || entry.seq !== seq || !secret) return { skipped: 'feed entry gone' };

    // Webhooks are the subscribers' channel: no reviewer names or reasons.
    const body = JSON.stringify(toCloudEvent(entry, options.publicUrl, true));
    const messageId = `evt_${seq}`;
    const timestamp = new Date();
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await request(subscription.url, {
        method: 'POST',
        dispatcher,
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Assay-Webhooks/0.1',
          'webhook-id': messageId,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': new Webhook(secret).sign(messageId, timestamp, body),
        },
        body,
      });
      status = response.statusCode;
      await response.body.dump();
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (failure) {
      error =
        failure instanceof AddressRefusedError ? `refused: ${failure.message}` : (failure as Error).message;
    }
    if (error === null) breakers.delete(subscriptionId);
    else {
      const failures = (breakers.get(subscriptionId)?.failures ?? 0) + 1;
      const openMs = Math.min(BREAKER_BASE_MS * 2 ** (failures - 1), BREAKER_MAX_MS);
      breakers.set(subscriptionId, { failures, openUntil: Date.now() + openMs });
    }
    await database.webhooks.recordDelivery({
      subscription_id: subscriptionId,
      seq,
      attempt: job.attemptsMade + 1,
      ok: error === null,
      status,
      error,
      duration_ms: performance.now() - started,
    });
    if (error !== null) throw new Error(`delivery to ${subscription.url} failed: ${error}`);
    return { delivered: status };
  }
}
