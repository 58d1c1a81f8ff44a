import type { Database, FeedEntry } from '@assay/db';

export interface FeedHub {
  /** The highest sequence seen so far. */
  readonly head: number;
  /**
   * Entries after `after`, from memory when they are recent, else from the database: at most `limit`.
   * Resolves at once when there are some; otherwise when new ones arrive or after `waitMs` (then empty).
   */
  next(after: number, limit: number, waitMs: number, signal?: AbortSignal): Promise<FeedEntry[]>;
  close(): void;
}

export interface FeedHubOptions {
  /** How often the outbox is polled. */
  pollMs?: number;
  /** How many recent entries are kept in memory for live readers. */
  bufferSize?: number;
}

/**
 * One poller of the outbox per API process, shared by every live reader (SSE streams, the webhook
 * dispatcher): readers that keep up are served from memory, so a thousand streams cost one query per poll.
 */
export async function createFeedHub(database: Database, options: FeedHubOptions = {}): Promise<FeedHub> {
  const pollMs = options.pollMs ?? 100;
  const bufferSize = options.bufferSize ?? 20_000;
  let buffer: FeedEntry[] = [];
  let head = (await database.feedHead())?.seq ?? 0;
  /** Every entry with seq in (floor, head] is in `buffer`. */
  let floor = head;
  const waiters = new Set<() => void>();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const poll = async () => {
    try {
      for (;;) {
        const entries = await database.feedAfter({ after: head, limit: 1000 });
        if (entries.length === 0) break;
        buffer.push(...entries);
        head = entries[entries.length - 1]?.seq ?? head;
        if (buffer.length > bufferSize) {
          const dropped = buffer.length - bufferSize;
          floor = buffer[dropped - 1]?.seq ?? floor;
          buffer = buffer.slice(dropped);
        }
        for (const wake of waiters) wake();
        if (entries.length < 1000) break;
      }
    } catch {
      // The database is away for a moment: readers wait, and the next poll catches up.
    }
    if (!closed) timer = setTimeout(poll, pollMs);
  };
  timer = setTimeout(poll, pollMs);

  const fromMemory = (after: number, limit: number) => {
    // Sequences can have gaps (rolled-back inserts), so search rather than index.
    let lo = 0;
    let hi = buffer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((buffer[mid]?.seq ?? 0) <= after) lo = mid + 1;
      else hi = mid;
    }
    return buffer.slice(lo, lo + limit);
  };

  return {
    get head() {
      return head;
    },
    async next(after, limit, waitMs, signal) {
      if (after < floor) return database.feedAfter({ after, limit });
      if (after < head) return fromMemory(after, limit);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timeout);
          waiters.delete(done);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timeout = setTimeout(done, waitMs);
        waiters.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
      return after < head ? fromMemory(after, limit) : [];
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const wake of waiters) wake();
    },
  };
}
