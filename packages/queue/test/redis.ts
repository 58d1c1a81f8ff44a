import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRedis {
  available: boolean;
  /** Appended to a describe title: why the tests skip, when they do. */
  note: string;
  connection: { host: string; port: number; maxRetriesPerRequest: null };
  url: string;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let shared: Promise<TestRedis> | undefined;

/**
 * The Redis the integration tests use: REDIS_URL's or the local one on 6379; without one, a private
 * redis-server on a free port if the binary is on PATH; otherwise the tests skip, saying so.
 */
export function redisForTests(): Promise<TestRedis> {
  shared ??= locate();
  return shared;
}

async function locate(): Promise<TestRedis> {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const port = Number(url.port || 6379);
  const connection = (p: number) => ({ host: url.hostname, port: p, maxRetriesPerRequest: null as null });
  if (await answers(port)) return { available: true, note: '', connection: connection(port), url: url.href };

  const privatePort = 20000 + Math.floor(Math.random() * 20000);
  const dir = mkdtempSync(join(tmpdir(), 'assay-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(privatePort), '--bind', '127.0.0.1', '--save', '', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
  const started = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    const poll = async (tries: number) => {
      if (await answers(privatePort)) resolve(true);
      else if (tries <= 0) resolve(false);
      else setTimeout(() => poll(tries - 1), 100);
    };
    void poll(50);
  });
  if (!started) {
    return {
      available: false,
      note: ' (skipped: no Redis at REDIS_URL and no redis-server on PATH)',
      connection: connection(port),
      url: url.href,
    };
  }
  process.once('exit', () => child.kill());
  return {
    available: true,
    note: '',
    connection: { host: '127.0.0.1', port: privatePort, maxRetriesPerRequest: null },
    url: `redis://127.0.0.1:${privatePort}`,
  };
}

/**
 * Keys a test's pipeline leaves under its prefix besides the queues' own (which `obliterate` removes),
 * each named by its owner, so a key no one names here shows up in `removeTestKeys`'s answer.
 */
const OWN_KEYS = [
  // @assay/queue: the key that signs store jobs, made on first use.
  ':pipeline-key',
  // The crawler: URLs and content hashes seen, feed/sitemap validators, adaptive recrawl state, host slots.
  ':seen-urls',
  ':seen-urls:owners',
  ':seen-content',
  ':seen-content:owners',
  ':validators',
  ':recrawl:*',
  ':host-next:*',
  // The API's per-key rate limiter.
  ':ratelimit*',
];

/** The pipeline's queues: `obliterate` removes every key of each, jobs, schedulers and events included. */
const QUEUE_NAMES = ['crawl', 'extract', 'store', 'deliver'];

async function scanKeys(client: import('ioredis').Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/**
 * Removes what a test made in Redis under `prefix` (unique per test: `{test-<uuid>}`): obliterates the
 * pipeline's queues and deletes the components' own keys. Returns the keys still there, which a suite
 * expects to be none: without this, each `pnpm test` left about a hundred keys without expiry behind.
 */
export async function removeTestKeys(prefix: string): Promise<string[]> {
  const { url, connection } = await redisForTests();
  const { Redis } = await import('ioredis');
  const { Queue } = await import('bullmq');
  const client = new Redis(url, { maxRetriesPerRequest: 2 });
  try {
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    for (const own of OWN_KEYS) {
      const keys = own.includes('*') ? await scanKeys(client, `${prefix}${own}`) : [`${prefix}${own}`];
      if (keys.length) await client.del(...keys);
    }
    // SCAN patterns treat braces literally; the uuid in the prefix has no glob characters.
    return await scanKeys(client, `${prefix}*`);
  } finally {
    client.disconnect();
  }
}
