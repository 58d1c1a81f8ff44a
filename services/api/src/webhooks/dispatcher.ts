import type { Database } from '@assay/db';
import type { deliverQueue, TypedQueue } from '@assay/queue';
import type { Logger } from 'pino';
import type { FeedHub } from '../feed-hub.js';

export interface WebhookDispatcher {
  close(): Promise<void>;
}

const BATCH = 500;

/**
 * Moves each enabled subscription's cursor along the feed, queueing one delivery job per matching
 * change. Job ids are deterministic, so two API processes dispatching at once queue each delivery once.
 */
export function startWebhookDispatcher(deps: {
  database: Database;
  hub: FeedHub;
  deliver: TypedQueue<typeof deliverQueue.payload>;
  logger: Logger;
  intervalMs?: number;
}): WebhookDispatcher {
  const { database, hub, deliver, logger } = deps;
  let stopped = false;
  let wake: (() => void) | undefined;

  const dispatchOnce = async () => {
    const subscriptions = (await database.webhooks.list()).filter((s) => s.enabled);
    for (const subscription of subscriptions) {
      // Everything up to the head read before the query is committed, so the cursor may move to it.
      const head = hub.head;
      if (subscription.after_seq >= head) continue;
      const entries = await database.feedAfter({
        after: subscription.after_seq,
        limit: BATCH,
        changes: subscription.event_types,
      });
      if (entries.length) {
        await deliver.addBulk(entries.map((entry) => ({ subscriptionId: subscription.id, seq: entry.seq })));
      }
      const last = entries.at(-1)?.seq ?? subscription.after_seq;
      const through = entries.length === BATCH ? last : Math.max(last, head);
      if (through > subscription.after_seq) await database.webhooks.advance(subscription.id, through);
    }
  };

  const loop = async () => {
    while (!stopped) {
      try {
        await dispatchOnce();
      } catch (error) {
        logger.warn({ err: error }, 'webhook dispatch failed; retrying');
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, deps.intervalMs ?? 250);
      });
    }
  };
  const running = loop();

  return {
    async close() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
