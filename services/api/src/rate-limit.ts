import type { MiddlewareHandler } from 'hono';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiEnv } from './auth.js';
import { problem } from './problem.js';

/** A fixed one-minute window per API key, counted in Redis so that every API process shares it. */
export function rateLimitPerKey(
  redis: Redis,
  perMinute: number,
  keyPrefix: string,
): MiddlewareHandler<ApiEnv> {
  const limiter = new RateLimiterRedis({ storeClient: redis, points: perMinute, duration: 60, keyPrefix });
  return async (c, next) => {
    const keyId = c.get('apiKey').id;
    let result: RateLimiterRes;
    try {
      result = await limiter.consume(keyId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw problem(
        429,
        `rate limit of ${perMinute} requests per minute reached; retry in ${retryAfter} s`,
        undefined,
        {
          'retry-after': String(retryAfter),
          'ratelimit-limit': String(perMinute),
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(retryAfter),
        },
      );
    }
    c.header('ratelimit-limit', String(perMinute));
    c.header('ratelimit-remaining', String(result.remainingPoints));
    c.header('ratelimit-reset', String(Math.ceil(result.msBeforeNext / 1000)));
    await next();
  };
}
