import { z } from 'zod';
import { defineQueue } from './define-queue.js';

/** One feed entry for one webhook subscription; the worker reads the entry and the secret from the database. */
export const deliverPayloadSchema = z.object({
  subscriptionId: z.string().min(1),
  seq: z.number().int().positive(),
});

export type DeliverPayload = z.infer<typeof deliverPayloadSchema>;

/** Implemented by the delivery worker: exponential from its base delay, capped at an hour. */
export const DELIVER_BACKOFF_TYPE = 'webhook-exponential';

/** With the hourly cap, this many attempts span more than 24 hours; the worker disables a subscription at 24 h. */
const DELIVER_ATTEMPTS = 40;

export function deliverBackoff(attemptsMade: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 3600_000);
}

export const deliverQueue = defineQueue({
  name: 'deliver',
  payload: deliverPayloadSchema,
  defaultJobOptions: {
    attempts: DELIVER_ATTEMPTS,
    backoff: { type: DELIVER_BACKOFF_TYPE },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
  },
  jobId: (p) => `deliver-${p.subscriptionId}-${p.seq}`,
  jobName: () => 'deliver-webhook',
});
