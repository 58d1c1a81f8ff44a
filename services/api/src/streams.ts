import { problem } from './problem.js';

/** Open feed streams a key may hold in one API process. */
export const MAX_STREAMS_PER_KEY = 10;

/**
 * The open SSE streams of this process, by key: a key holds at most `limit` of them (each holds a
 * connection and a reader of the hub), and revoking a key ends its streams at once.
 */
export interface StreamRegistry {
  /** Registers a stream of `keyId`, or throws a 429 problem when the key holds `limit` already. */
  open(keyId: string): { signal: AbortSignal; close(): void };
  /** Ends every stream of the key (revoked). */
  end(keyId: string): void;
  count(keyId: string): number;
}

export function createStreamRegistry(limit = MAX_STREAMS_PER_KEY): StreamRegistry {
  const open = new Map<string, Set<AbortController>>();
  return {
    open(keyId) {
      const streams = open.get(keyId) ?? new Set<AbortController>();
      if (streams.size >= limit) {
        throw problem(
          429,
          `this key already has ${limit} feed streams open, the most one key may hold; close one, or share one stream between readers`,
          undefined,
          { 'retry-after': '10' },
        );
      }
      const controller = new AbortController();
      streams.add(controller);
      open.set(keyId, streams);
      return {
        signal: controller.signal,
        close() {
          streams.delete(controller);
          if (streams.size === 0 && open.get(keyId) === streams) open.delete(keyId);
        },
      };
    },
    end(keyId) {
      for (const controller of open.get(keyId) ?? []) controller.abort();
      open.delete(keyId);
    },
    count(keyId) {
      return open.get(keyId)?.size ?? 0;
    },
  };
}
