import type { FeedHub } from './feed-hub.js';

export interface ResponseCache {
  /** The body cached for `key`, if no event has changed since it was computed. */
  get(key: string): string | undefined;
  /** Computes (or reuses) the body for `key`; `compute` runs against the data as of now. */
  through(key: string, compute: () => Promise<string>): Promise<string>;
  /** Forgets everything: this process just changed an event. */
  clear(): void;
  readonly stats: { hits: number; misses: number };
}

/**
 * Event listings keyed by their query and valid until the feed moves on. Every change to an event
 * goes through the feed outbox, so an unchanged feed head means an unchanged answer; changes made
 * elsewhere show within one poll of the feed hub (100 ms), changes made here at once (`clear`).
 */
export function createResponseCache(hub: FeedHub, maxEntries = 2000): ResponseCache {
  const entries = new Map<string, { head: number; body: string }>();
  const stats = { hits: 0, misses: 0 };
  const fresh = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.head === hub.head) return entry.body;
    return undefined;
  };
  return {
    stats,
    get: fresh,
    async through(key, compute) {
      const cached = fresh(key);
      if (cached !== undefined) {
        stats.hits++;
        return cached;
      }
      stats.misses++;
      // The head before the query: if a change lands meanwhile, the entry is already stale.
      const head = hub.head;
      const body = await compute();
      entries.delete(key);
      entries.set(key, { head, body });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return body;
    },
    clear() {
      entries.clear();
    },
  };
}
