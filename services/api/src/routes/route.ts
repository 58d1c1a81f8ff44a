import type { ApiRole } from '@assay/db';
import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { requireRole } from '../auth.js';
import { ERROR_RESPONSES } from '../problem.js';

/**
 * A route under authentication: the roles it needs become its middleware and its documentation, and
 * it documents the shared problem responses.
 */
export function authedRoute<R extends Omit<RouteConfig, 'middleware' | 'security'>>(
  roles: ApiRole[],
  config: R,
) {
  return createRoute({
    ...config,
    // Routes without query parameters still refuse unknown ones: a typo must not go unnoticed.
    request: { query: NO_QUERY, ...config.request } as NonNullable<R['request']>,
    description:
      `${config.description ?? ''}\n\nRoles: ${roles.length ? `${roles.join(', ')} or admin` : 'admin'}.`.trim(),
    security: [{ bearerAuth: [] }],
    middleware: [requireRole(...roles)] as const,
    responses: { ...ERROR_RESPONSES, ...config.responses },
  });
}

const NO_QUERY = z.object({}).strict();

/** Who may read events and articles, and follow the feed. */
export const READERS: ApiRole[] = ['analyst', 'subscriber'];
export const FEED_READERS: ApiRole[] = ['analyst', 'subscriber', 'operator'];

/**
 * A response the handler builds itself (a stream, JSON already serialized, another media type): typed
 * handlers only know `c.json`, while the route's schema still documents the body.
 */
export const untyped = (response: Response) => response as never;
