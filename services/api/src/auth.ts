import type { ApiKey, ApiKeyStore, ApiRole } from '@assay/db';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { problem } from './problem.js';

export interface ApiEnv {
  Variables: { apiKey: ApiKey };
}

/** Verified keys are remembered this long, so a revoked key stops working within it in other processes. */
const KEY_CACHE_MS = 10_000;
/** A key found unknown is answered from memory this long: replaying it costs no query. */
const BAD_KEY_CACHE_MS = 60_000;
/** Failed authentications allowed per client address per minute before its unknown keys get 429. */
export const AUTH_FAILURES_PER_MINUTE = 30;
/** Keys are `assay_` and 43 base64url characters (256 bits): anything else is refused without a query. */
const KEY_FORM = /^assay_[A-Za-z0-9_-]{43}$/;
const CACHE_LIMIT = 10_000;

const challenge = { 'www-authenticate': 'Bearer realm="assay"' };
const unknownKey = () =>
  problem(401, 'unknown or revoked API key', [{ field: 'header.authorization', message: 'unknown key' }], {
    ...challenge,
    'www-authenticate': 'Bearer realm="assay", error="invalid_token"',
  });

/**
 * Turns a presented key into the verified key, with what keeps a flood of bad keys off the database:
 * keys of the wrong form are refused unread, keys found unknown are remembered, and a client address
 * that failed `AUTH_FAILURES_PER_MINUTE` times in a minute gets 429 for keys it has not proven (keys
 * verified earlier keep working from the cache). Shared by every authenticated route of a process.
 */
export interface KeyVerifier {
  verify(token: string, client: string): Promise<ApiKey>;
  /** Drops a revoked key from the cache, so this process refuses it at once. */
  forget(keyId: string): void;
}

export function createKeyVerifier(keys: ApiKeyStore): KeyVerifier {
  const good = new Map<string, { key: ApiKey; until: number }>();
  const bad = new Map<string, number>();
  const failures = new RateLimiterMemory({ points: AUTH_FAILURES_PER_MINUTE, duration: 60 });

  async function verifyUncached(token: string, client: string): Promise<ApiKey> {
    const now = Date.now();
    // Every key not proven yet takes a failure point before any lookup, given back if it verifies:
    // concurrent requests cannot all slip past the limit while their lookups are in flight.
    try {
      await failures.consume(client, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw problem(
        429,
        `too many failed authentications from this address; retry in ${retryAfter} s`,
        [{ field: 'header.authorization', message: 'too many unknown keys' }],
        { 'retry-after': String(retryAfter) },
      );
    }
    if (!KEY_FORM.test(token)) throw unknownKey();
    const badUntil = bad.get(token);
    if (badUntil !== undefined && badUntil >= now) throw unknownKey();
    const verified = await keys.verify(token);
    if (!verified) {
      good.delete(token);
      if (bad.size >= CACHE_LIMIT) bad.clear();
      bad.set(token, now + BAD_KEY_CACHE_MS);
      throw unknownKey();
    }
    await failures.reward(client, 1);
    if (good.size >= CACHE_LIMIT) good.clear();
    good.set(token, { key: verified, until: now + KEY_CACHE_MS });
    return verified;
  }

  // One lookup per key at a time: a burst of requests with a key whose cache entry just expired shares
  // the lookup (and the one failure point it holds) instead of taking a point each.
  const inFlight = new Map<string, Promise<ApiKey>>();

  return {
    async verify(token, client) {
      const cached = good.get(token);
      if (cached && cached.until >= Date.now()) return cached.key;
      const pending = inFlight.get(token);
      if (pending) return pending;
      const lookup = verifyUncached(token, client).finally(() => inFlight.delete(token));
      inFlight.set(token, lookup);
      return lookup;
    },

    forget(keyId) {
      for (const [token, entry] of good) if (entry.key.id === keyId) good.delete(token);
    },
  };
}

/** The address of the TCP peer (not X-Forwarded-For, which any client can write). */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by the node server (app.request in tests): one bucket for all.
    return 'unknown';
  }
}

/**
 * Reads `Authorization: Bearer <key>` and puts the verified key in the context, or answers 401. With
 * `cookie`, a request without the header may carry the key in that cookie instead: browsers cannot
 * send a header when following a link (the queue dashboard). `verifier` shares the key cache and the
 * failure limiter between the routes of a process.
 */
export function authenticate(
  keys: ApiKeyStore,
  options: { cookie?: string; verifier?: KeyVerifier } = {},
): MiddlewareHandler<ApiEnv> {
  const verifier = options.verifier ?? createKeyVerifier(keys);
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
    c.set('apiKey', await verifier.verify(match[1], clientAddress(c)));
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
