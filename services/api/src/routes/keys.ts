import type { Database } from '@assay/db';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../auth.js';
import { notFound } from '../problem.js';
import { idParamSchema, roleSchema } from '../schemas.js';
import { authedRoute } from './route.js';

const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: roleSchema,
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .openapi('ApiKey');

export function registerKeyRoutes(
  app: OpenAPIHono<ApiEnv>,
  database: Database,
  /** What else a revocation ends in this process: cached verifications, open streams. */
  onRevoked: (keyId: string) => void = () => {},
): void {
  app.openapi(
    authedRoute([], {
      method: 'get',
      path: '/v1/keys',
      tags: ['keys'],
      summary: 'API keys (never their values)',
      responses: {
        200: {
          description: 'Keys',
          content: { 'application/json': { schema: z.object({ keys: z.array(apiKeySchema) }) } },
        },
      },
    }),
    async (c) => c.json({ keys: await database.keys.list() }, 200),
  );

  app.openapi(
    authedRoute([], {
      method: 'post',
      path: '/v1/keys',
      tags: ['keys'],
      summary: 'Create a key; its value is returned once',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({ name: z.string().trim().min(1).max(100), role: roleSchema }).strict(),
            },
          },
        },
      },
      responses: {
        201: {
          description: 'Created',
          content: { 'application/json': { schema: z.object({ key: z.string(), api_key: apiKeySchema }) } },
        },
      },
    }),
    async (c) => {
      const { key, apiKey } = await database.keys.create(c.req.valid('json'));
      return c.json({ key, api_key: apiKey }, 201);
    },
  );

  app.openapi(
    authedRoute([], {
      method: 'delete',
      path: '/v1/keys/{id}',
      tags: ['keys'],
      summary: 'Revoke a key',
      description:
        'The key stops working at once in this process (within 10 s in other API processes), its feed streams end, and its webhook subscriptions are disabled.',
      request: { params: idParamSchema },
      responses: { 204: { description: 'Revoked' } },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await database.keys.revoke(id))) throw notFound('API key');
      onRevoked(id);
      return c.body(null, 204);
    },
  );
}
