import type { ApiKey, Database, WebhookSubscription } from '@assay/db';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../auth.js';
import { notFound, problem } from '../problem.js';
import { feedChangeSchema, idParamSchema } from '../schemas.js';
import { authedRoute } from './route.js';

const SUBSCRIBERS = ['subscriber' as const];
/** Subscriptions one key may hold: each is a delivery per change, and deliveries share the workers. */
export const MAX_WEBHOOKS_PER_KEY = 20;

const subscriptionSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    event_types: z.array(feedChangeSchema),
    enabled: z.boolean(),
    owner_key_id: z.string().nullable(),
    after_seq: z.number().int(),
    failing_since: z.string().nullable(),
    disabled_at: z.string().nullable(),
    disabled_reason: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('WebhookSubscription');

const deliverySchema = z
  .object({
    id: z.number().int(),
    subscription_id: z.string(),
    seq: z.number().int(),
    attempt: z.number().int(),
    ok: z.boolean(),
    status: z.number().int().nullable(),
    error: z.string().nullable(),
    duration_ms: z.number(),
    at: z.string(),
  })
  .openapi('WebhookDelivery');

const webhookUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000);

const createBodySchema = z
  .object({
    url: webhookUrlSchema,
    event_types: z
      .array(feedChangeSchema)
      .default([])
      .openapi({ description: 'Kinds of change to deliver; empty: all' }),
  })
  .strict();

const patchBodySchema = z
  .object({
    url: webhookUrlSchema.optional(),
    event_types: z.array(feedChangeSchema).optional(),
    enabled: z.boolean().optional().openapi({ description: 'true re-enables a disabled subscription' }),
  })
  .strict();

export function registerWebhookRoutes(
  app: OpenAPIHono<ApiEnv>,
  deps: { database: Database; checkUrl: (url: URL) => Promise<void> },
): void {
  const { database, checkUrl } = deps;

  /** Subscribers manage their own subscriptions; admins all of them. */
  const visible = async (id: string, key: ApiKey) => {
    const subscription = await database.webhooks.get(id);
    if (!subscription || (key.role !== 'admin' && subscription.owner_key_id !== key.id)) {
      throw notFound('webhook subscription');
    }
    return subscription;
  };

  const refuseUnsafe = async (url: string) => {
    try {
      await checkUrl(new URL(url));
    } catch (error) {
      const message = `refused: ${(error as Error).message}`;
      throw problem(400, message, [{ field: 'body.url', message }]);
    }
  };

  app.openapi(
    authedRoute(SUBSCRIBERS, {
      method: 'post',
      path: '/v1/webhooks',
      tags: ['webhooks'],
      summary: 'Subscribe a URL to the feed',
      description:
        'Deliveries are POSTs of one CloudEvent each, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the returned `secret`, which is shown only here. Failed deliveries retry with exponential backoff for 24 hours; a subscription failing for 24 hours is disabled.',
      request: { body: { required: true, content: { 'application/json': { schema: createBodySchema } } } },
      responses: {
        201: {
          description: 'Created',
          content: {
            'application/json': {
              schema: z.object({ subscription: subscriptionSchema, secret: z.string() }),
            },
          },
        },
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      await refuseUnsafe(body.url);
      const key = c.get('apiKey');
      const held = (await database.webhooks.list(key.id)).length;
      if (held >= MAX_WEBHOOKS_PER_KEY) {
        throw problem(
          409,
          `this key already has ${held} webhook subscriptions, the most one key may hold (${MAX_WEBHOOKS_PER_KEY}); delete one first, or filter with event_types`,
        );
      }
      const created = await database.webhooks.create({
        url: body.url,
        eventTypes: body.event_types,
        ownerKeyId: c.get('apiKey').id,
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    authedRoute(SUBSCRIBERS, {
      method: 'get',
      path: '/v1/webhooks',
      tags: ['webhooks'],
      summary: 'Your webhook subscriptions (all of them for admins)',
      responses: {
        200: {
          description: 'Subscriptions',
          content: {
            'application/json': { schema: z.object({ subscriptions: z.array(subscriptionSchema) }) },
          },
        },
      },
    }),
    async (c) => {
      const key = c.get('apiKey');
      const subscriptions: WebhookSubscription[] = await database.webhooks.list(
        key.role === 'admin' ? undefined : key.id,
      );
      return c.json({ subscriptions }, 200);
    },
  );

  app.openapi(
    authedRoute(SUBSCRIBERS, {
      method: 'get',
      path: '/v1/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'One subscription',
      request: { params: idParamSchema },
      responses: {
        200: {
          description: 'The subscription',
          content: { 'application/json': { schema: subscriptionSchema } },
        },
      },
    }),
    async (c) => c.json(await visible(c.req.valid('param').id, c.get('apiKey')), 200),
  );

  app.openapi(
    authedRoute(SUBSCRIBERS, {
      method: 'patch',
      path: '/v1/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Change the URL or filter, or enable/disable',
      request: {
        params: idParamSchema,
        body: { required: true, content: { 'application/json': { schema: patchBodySchema } } },
      },
      responses: {
        200: {
          description: 'The subscription',
          content: { 'application/json': { schema: subscriptionSchema } },
        },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const subscription = await visible(id, c.get('apiKey'));
      const body = c.req.valid('json');
      if (body.url) await refuseUnsafe(body.url);
      if (
        body.enabled &&
        subscription.owner_key_id &&
        !(await database.keys.isLive(subscription.owner_key_id))
      ) {
        throw problem(409, 'its API key was revoked: this subscription cannot be enabled again', [
          { field: 'body.enabled', message: 'the owner key is revoked' },
        ]);
      }
      const updated = await database.webhooks.update(id, {
        url: body.url,
        eventTypes: body.event_types,
        enabled: body.enabled,
      });
      if (!updated) throw notFound('webhook subscription');
      return c.json(updated, 200);
    },
  );

  app.openapi(
    authedRoute(SUBSCRIBERS, {
      method: 'delete',
      path: '/v1/webhooks/{id}',
      tags: ['webhooks'],
      summary: 'Unsubscribe',
      request: { params: idParamSchema },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await visible(id, c.get('apiKey'));
      await database.webhooks.remove(id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    authedRoute(SUBSCRIBERS, {
      method: 'get',
      path: '/v1/webhooks/{id}/deliveries',
      tags: ['webhooks'],
      summary: 'The delivery log: every attempt, newest first',
      request: {
        params: idParamSchema,
        query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
      },
      responses: {
        200: {
          description: 'Attempts',
          content: { 'application/json': { schema: z.object({ deliveries: z.array(deliverySchema) }) } },
        },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await visible(id, c.get('apiKey'));
      return c.json({ deliveries: await database.webhooks.deliveries(id, c.req.valid('query').limit) }, 200);
    },
  );
}
