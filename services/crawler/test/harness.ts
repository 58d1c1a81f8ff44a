import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlQueue, extractQueue, type QueueContext, storeQueue, TypedQueue } from '@assay/queue';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { type CrawlerOptions, createCrawler } from '../src/crawler-worker.js';

export const redis = await redisForTests();

export interface FixtureSite {
  /** `http://<hostname>:<port>`, without a trailing slash. */
  base: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * A site on 127.0.0.1 at a free port. `hostname` is only the name its `base` uses: the crawler's
 * allowlist and resolver decide whether that name may reach loopback.
 */
export async function startFixtureSite(
  handler: RequestListener,
  hostname = '127.0.0.1',
): Promise<FixtureSite> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://${hostname}:${port}`,
    port,
    server,
    async close() {
      // Pages that never finish and keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface TestCrawler {
  context: QueueContext;
  /** What the crawler was created with, to start another on the same queues. */
  options: CrawlerOptions;
  crawl: TypedQueue<typeof crawlQueue.payload>;
  extract: TypedQueue<typeof extractQueue.payload>;
  store: TypedQueue<typeof storeQueue.payload>;
  /** Closes the crawler and the queues, removes every key the test made, and throws if any is left. */
  close(): Promise<void>;
}

/** A crawler on queues of its own (a unique prefix), allowed to fetch from 127.0.0.1, with no politeness delay. */
export function startTestCrawler(
  overrides: Partial<Omit<CrawlerOptions, 'context' | 'redisUrl'>> = {},
): TestCrawler {
  const context = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };
  const options: CrawlerOptions = {
    context,
    redisUrl: redis.url,
    allowHosts: ['127.0.0.1'],
    userAgent: 'AssayTest/1.0',
    politenessDelayMs: 0,
    concurrency: 4,
    ...overrides,
  };
  const crawler = createCrawler(options);
  const crawl = new TypedQueue(crawlQueue, context);
  const extract = new TypedQueue(extractQueue, context);
  const store = new TypedQueue(storeQueue, context);
  return {
    context,
    options,
    crawl,
    extract,
    store,
    async close() {
      await crawler.close();
      for (const queue of [crawl, extract, store]) await queue.close();
      // The queues and the crawler's own keys (seen sets, validators, host slots) go; none may be left.
      const left = await removeTestKeys(context.prefix);
      if (left.length) throw new Error(`keys left in Redis under ${context.prefix}: ${left.join(', ')}`);
    },
  };
}

/** Resolves once `condition` holds or `timeoutMs` has passed; the caller's assertions tell which. */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
