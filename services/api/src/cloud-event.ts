import type { FeedEntry } from '@assay/db';
import { eventRecordSchema } from '@assay/schema';
import { z } from '@hono/zod-openapi';

export const cloudEventSchema = z
  .object({
    specversion: z.literal('1.0'),
    /** The outbox sequence: unique, increasing in commit order, the resume cursor. */
    id: z.string(),
    source: z.string(),
    type: z.enum([
      'assay.event.created',
      'assay.event.updated',
      'assay.event.confirmed',
      'assay.event.corrected',
      'assay.event.rejected',
    ]),
    subject: z.string(),
    time: z.string(),
    datacontenttype: z.literal('application/json'),
    data: eventRecordSchema,
  })
  .openapi('CloudEvent');

export type CloudEvent = z.infer<typeof cloudEventSchema>;

/**
 * Who reviewed an event and why it was rejected are for analysts: subscribers (the feed's downstream
 * services, webhooks) get the outcome (`review_status`, `reviewed_at`) without the name or the reason.
 */
export function withoutReviewer<T extends { reviewed_by: string | null; review_reason: string | null }>(
  event: T,
): T {
  return { ...event, reviewed_by: null, review_reason: null };
}

/**
 * One feed entry as a CloudEvents 1.0 JSON object; `source` is this API's public URL. `forSubscriber`
 * leaves out the reviewer's name and reason.
 */
export function toCloudEvent(entry: FeedEntry, source: string, forSubscriber = false): CloudEvent {
  return {
    specversion: '1.0',
    id: String(entry.seq),
    source,
    type: `assay.event.${entry.change}`,
    subject: entry.event_id,
    time: entry.created_at,
    datacontenttype: 'application/json',
    data: forSubscriber ? withoutReviewer(entry.payload) : entry.payload,
  };
}
