import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiEnv } from '../auth.js';
import { roleSchema } from '../schemas.js';
import { authedRoute } from './route.js';

/** Who the key belongs to: the web UI shows what the role allows from this. */
export function registerMeRoutes(app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    authedRoute(['operator', 'analyst', 'subscriber'], {
      method: 'get',
      path: '/v1/me',
      tags: ['keys'],
      summary: 'The calling key: its id, name and role',
      responses: {
        200: {
          description: 'The key (never its value)',
          content: {
            'application/json': {
              schema: z.object({ id: z.string(), name: z.string(), role: roleSchema }).openapi('Me'),
            },
          },
        },
      },
    }),
    (c) => {
      const { id, name, role } = c.get('apiKey');
      return c.json({ id, name, role }, 200);
    },
  );
}
