import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { problem } from './problem.js';

/** Open feed streams a key may hold, across every API process sharing the Redis. */
export const MAX_STREAMS_PER_KEY = 10;
/** A stream's place is held this long past its last refresh, so a crashed process frees its places. */
const LEASE_MS = 30_000;

/** Drops expired leases, and takes a place when fewer than the limit remain: atomic, so racing opens cannot exceed it. */
const TAKE_PLACE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

export interface StreamSlot {
  signal: AbortSignal;
  /** Keeps the place (call more often than every 30 s). */
  refresh(): Promise<void>;
  close(): void;
}

/**
 * The open SSE streams, by key: a key holds at most `limit` of them (each holds a connection and a
 * reader of the hub), counted in Redis across API processes when `redis` is given, and revoking a key
 * ends its streams in this process at once (others notice within their key recheck).
 */
export interface StreamRegistry {
  /** Registers a stream of `keyId`, or throws a 429 problem when the key holds `limit` already. */
  open(keyId: string): Promise<StreamSlot>;
  /** Ends every stream of the key in this process (revoked). */
  end(keyId: string): void;
}

export function createStreamRegistry(
  options: { limit?: number; redis?: Redis; prefix?: string } = {},
): StreamRegistry {
  const limit = options.limit ?? MAX_STREAMS_PER_KEY;
  const local = new Map<string, Set<AbortController>>();
  const leaseKey = (keyId: string) => `${options.prefix ?? 'assay'}:streams:${keyId}`;
  const full = () =>
    problem(
      429,
      `this key already has ${limit} feed streams open, the most one key may hold; close one, or share one stream between readers`,
      undefined,
      { 'retry-after': '10' },
    );

  return {
    async open(keyId) {
      const streams = local.get(keyId) ?? new Set<AbortController>();
      if (streams.size >= limit) throw full();
      const member = randomUUID();
      const { redis } = options;
      if (redis) {
        const now = Date.now();
        const taken = await redis.eval(
          TAKE_PLACE,
          1,
          leaseKey(keyId),
          now,
          now + LEASE_MS,
          limit,
          member,
          LEASE_MS * 2,
        );
        if (taken !== 1) throw full();
      }
      const controller = new AbortController();
      streams.add(controller);
      local.set(keyId, streams);
      return {
        signal: controller.signal,
        async refresh() {
          await redis?.zadd(leaseKey(keyId), Date.now() + LEASE_MS, member);
        },
        close() {
          streams.delete(controller);
          if (streams.size === 0 && local.get(keyId) === streams) local.delete(keyId);
          redis?.zrem(leaseKey(keyId), member).catch(() => {});
        },
      };
    },
    end(keyId) {
      for (const controller of local.get(keyId) ?? []) controller.abort();
      local.delete(keyId);
    },
  };
}
