import type { ApiRole } from '@assay/db';
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
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
    description: `${config.description ?? ''}\n\nRoles: ${roles.join(', ')} (or admin).`.trim(),
    security: [{ bearerAuth: [] }],
    middleware: [requireRole(...roles)] as const,
    responses: { ...ERROR_RESPONSES, ...config.responses },
  });
}

/** Who may read events and articles, and follow the feed. */
export const READERS: ApiRole[] = ['analyst', 'subscriber'];
export const FEED_READERS: ApiRole[] = ['analyst', 'subscriber', 'operator'];
