// Real Redis and PostgreSQL for the pipeline benchmark, and the worker processes it runs.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '@assay/db';
import { Redis } from 'ioredis';
import pg from 'pg';

/** Redis at REDIS_URL (default 127.0.0.1:6379), or null when none answers. */
export async function findRedis() {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1500,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return null;
  } finally {
    client.disconnect();
  }
}

const ADMIN_URLS = [
  process.env.ASSAY_TEST_POSTGRES_URL,
  'postgres://postgres@127.0.0.1:5432/postgres',
  'postgres://root@127.0.0.1:5432/postgres',
].filter(Boolean);

/** A PostgreSQL admin URL that connects, or null. */
export async function findPostgres() {
  for (const adminUrl of ADMIN_URLS) {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return adminUrl;
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

/** A fresh database for this run, and a function that drops it. */
export function createBenchDatabase(adminUrl) {
  return createScratchDatabase(adminUrl, 'assay_bench');
}

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) in a /proc/…/stat line. */
function statCpuSeconds(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * Peak and current RSS (MB) and CPU seconds of a process, from /proc, with the CPU of its main thread
 * apart (for a Node process: the event loop, where the queue and database clients run; the rest is worker
 * threads, V8's compiler and garbage-collector helpers, and libuv's pool). Null where /proc is absent.
 */
export function processStats(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return {
      peakRssMb: kb('VmHWM') / 1024,
      rssMb: kb('VmRSS') / 1024,
      cpuSeconds: statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8')),
      mainThreadCpuSeconds: statCpuSeconds(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')),
    };
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the PostgreSQL backends serving one database, kept per backend: a backend that has
 * exited keeps its last reading, so call `sample` often enough (and once before the clients disconnect).
 */
export function postgresCpu(client) {
  const seen = new Map();
  return {
    async sample() {
      const { rows } = await client.query(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      for (const { pid } of rows) {
        try {
          seen.set(pid, statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8')));
        } catch {
          // Gone between the query and the read, or PostgreSQL runs elsewhere: nothing to count.
        }
      }
    },
    total: () => [...seen.values()].reduce((a, b) => a + b, 0),
  };
}

/** Busy and total CPU seconds of the whole machine, from /proc/stat. */
export function machineCpu() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return { busy: busy / TICKS_PER_SECOND, total: (busy + idle + iowait) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/**
 * Starts `node services/<name>/dist/main.js` with `env`, and resolves once it logged that it started.
 * Its output is kept (the last lines are shown if it dies).
 */
export function startWorker(name, env) {
  const main = fileURLToPath(new URL(`../../${name}/dist/main.js`, import.meta.url));
  // ASSAY_BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the workers.
  const nodeArgs = (process.env.ASSAY_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const worker = {
    name,
    child,
    output,
    exited: new Promise((r) => child.once('exit', (code, signal) => r({ code, signal }))),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await worker.exited;
      clearTimeout(timer);
    },
  };
  const ready = new Promise((resolveReady, rejectReady) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      output.push(text);
      if (output.length > 50) output.shift();
      if (/"msg":"[a-z]+ started"/.test(text)) resolveReady(worker);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    worker.exited.then(({ code, signal }) =>
      rejectReady(new Error(`${name} exited (${code ?? signal}) before it started:\n${output.join('')}`)),
    );
  });
  return ready;
}

/**
 * Deletes every key under a run's prefix (unique per run: `{bench-<id>}`): the queues, the crawler's seen
 * sets, validators, recrawl state and host slots, the pipeline key and the rate limits, none of which
 * expire. Returns how many keys it deleted.
 */
export async function removeBenchKeys(redisUrl, prefix) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) removed += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return removed;
}
