import type { ApiKey, ApiKeyStore, ApiRole } from '@assay/db';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { problem } from './problem.js';

export interface ApiEnv {
  Variables: { apiKey: ApiKey };
}

/** Verified keys are remembered this long, so a revoked key stops working within it. */
const KEY_CACHE_MS = 10_000;

/**
 * Reads `Authorization: Bearer <key>` and puts the verified key in the context, or answers 401. With
 * `cookie`, a request without the header may carry the key in that cookie instead: browsers cannot
 * send a header when following a link (the queue dashboard).
 */
export function authenticate(
  keys: ApiKeyStore,
  options: { cookie?: string } = {},
): MiddlewareHandler<ApiEnv> {
  const cache = new Map<string, { key: ApiKey; until: number }>();
  const challenge = { 'www-authenticate': 'Bearer realm="assay"' };
  return async (c, next) => {
    const fromCookie = options.cookie ? getCookie(c, options.cookie) : undefined;
    const header = c.req.header('authorization') ?? (fromCookie ? `Bearer ${fromCookie}` : undefined);
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) {
      throw problem(
        401,
        header
          ? 'the Authorization header must be "Bearer <key>"'
          : 'an API key is required: send "Authorization: Bearer <key>"',
        [{ field: 'header.authorization', message: header ? 'not a Bearer token' : 'missing' }],
        challenge,
      );
    }
    const token = match[1];
    const now = Date.now();
    let key = cache.get(token);
    if (!key || key.until < now) {
      const verified = await keys.verify(token);
      if (!verified) {
        cache.delete(token);
        throw problem(
          401,
          'unknown or revoked API key',
          [{ field: 'header.authorization', message: 'unknown key' }],
          {
            ...challenge,
            'www-authenticate': 'Bearer realm="assay", error="invalid_token"',
          },
        );
      }
      key = { key: verified, until: now + KEY_CACHE_MS };
      if (cache.size > 10_000) cache.clear();
      cache.set(token, key);
    }
    c.set('apiKey', key.key);
    await next();
  };
}

/** Lets through keys with one of these roles; admin keys may do everything. */
export function requireRole(...roles: ApiRole[]): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const { role } = c.get('apiKey');
    if (role !== 'admin' && !roles.includes(role)) {
      throw problem(403, `this needs the ${roles.join(' or ')} role; the key's role is ${role}`);
    }
    await next();
  };
}
