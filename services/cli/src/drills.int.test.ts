import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { extractEvents, parseHtml } from '@assay/extract';
import { type Job, QueueEvents } from 'bullmq';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { articlePage, type FixtureSite, startFixtureSite } from '../test/fixture-site.js';
import { postgresForTests } from '../test/postgres.js';
import { type Pipeline, startPipeline } from './runtime/pipeline.js';
import { syncSources } from './runtime/sources-sync.js';

/*
 * Two drills on the real Redis and the real PostgreSQL, with the crawler, extractor and store running
 * as their own processes from the built dist/ (as they do when scaled out):
 *
 * - crash: SIGKILL the extractor and the store while articles flow, start new ones, and check that
 *   BullMQ's stalled-job check hands the jobs the dead workers held to the new ones, and that every
 *   article and event ends stored exactly once;
 * - outage: PostgreSQL unreachable for 10 s (a TCP proxy between the store and the server drops every
 *   connection and refuses new ones; the server itself keeps running), and the store's jobs retry
 *   until the run completes with nothing lost.
 */

const redis = await redisForTests();
const postgres = await postgresForTests();

const SERVICES = ['crawler', 'extractor', 'store'] as const;
type Service = (typeof SERVICES)[number];
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const distMain = (service: Service) => join(repoRoot, 'services', service, 'dist', 'main.js');
const missingDist = SERVICES.filter((s) => !existsSync(distMain(s)));

const skip = !redis.available || !postgres.available || missingDist.length > 0;
const note =
  redis.note ||
  postgres.note ||
  (missingDist.length > 0 ? ` (skipped: no dist/main.js for ${missingDist.join(', ')}; run pnpm build)` : '');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- child processes ------------------------------------------------------------------------------

interface ServiceProcess {
  name: Service;
  child: ChildProcess;
  /** Everything it printed, for the failure message. */
  output: string[];
  exited: Promise<number | null>;
}

const children = new Set<ServiceProcess>();
// Should the test runner itself die, do not leave workers behind.
process.once('exit', () => {
  for (const s of children) s.child.kill('SIGKILL');
});

/** Starts `node services/<name>/dist/main.js` and resolves once it logged that it started. */
async function startService(name: Service, env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [distMain(name)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const service: ServiceProcess = { name, child, output, exited };
  children.add(service);
  const started = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes(`${name} started`)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`${name} exited with ${code} before starting:\n${output.join('')}`)),
    );
  });
  await Promise.race([
    started,
    sleep(20_000).then(() => {
      throw new Error(`${name} did not start in 20 s:\n${output.join('')}`);
    }),
  ]);
  return service;
}

async function kill(service: ServiceProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill(signal);
  await service.exited;
  children.delete(service);
}

afterEach(async () => {
  await Promise.all([...children].map((s) => kill(s)));
});

// --- one run: fixture site, fresh database, unique queue prefix -----------------------------------

interface Run {
  site: FixtureSite;
  databaseUrl: string;
  database: Database;
  pipeline: Pipeline;
  /** The environment of the service processes. */
  env: Record<string, string>;
  /** Kills the services, obliterates the queues, drops the database. */
  cleanup(): Promise<void>;
}

async function startRun(env: Record<string, string> = {}): Promise<Run> {
  const site = await startFixtureSite(60);
  const dataDir = await mkdtemp(join(tmpdir(), 'assay-drill-'));
  const created = await postgres.create();
  const queuePrefix = `{drill-${randomUUID()}}`;
  const config = loadConfig(
    {},
    {
      dataDir,
      databaseUrl: created.url,
      redisUrl: redis.url,
      queuePrefix,
      politenessDelayMs: 0,
      crawlAllow: ['127.0.0.1:*'],
    },
  );
  const database = await createDatabase({ databaseUrl: created.url, dataDir });
  // Queues only: the workers are the child processes.
  const pipeline = startPipeline(config, database, { workers: false });
  return {
    site,
    databaseUrl: created.url,
    database,
    pipeline,
    env: {
      REDIS_URL: redis.url,
      DATABASE_URL: created.url,
      ASSAY_DATA_DIR: dataDir,
      ASSAY_QUEUE_PREFIX: queuePrefix,
      ASSAY_CRAWL_ALLOW: '127.0.0.1:*',
      ASSAY_POLITENESS_DELAY_MS: '0',
      ASSAY_LOG_LEVEL: 'info',
      ...env,
    },
    async cleanup() {
      await Promise.all([...children].map((s) => kill(s)));
      await pipeline.close();
      // The queues and every component's own keys, by name: a key no one names fails the drill.
      const left = await removeTestKeys(queuePrefix);
      if (left.length) throw new Error(`keys left in Redis under ${queuePrefix}: ${left.join(', ')}`);
      await database.close();
      await created.drop();
      await site.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Saves the fixture site's feed and sitemap as sources; scheduling them queues a first run at once. */
async function scheduleFixtureSources(run: Run): Promise<void> {
  for (const [id, kind, path] of [
    ['fixture-feed', 'feed', 'feed.xml'],
    ['fixture-sitemap', 'sitemap', 'sitemap.xml'],
  ] as const) {
    await run.database.upsertSource({
      id,
      kind,
      url: `${run.site.base}/${path}`,
      schedule: { every_minutes: 60 },
      enabled: true,
    });
  }
  await syncSources(run.database, run.pipeline.queues.crawl.queue, []);
}

type QueueName = keyof Pipeline['queues'];

/** Jobs not finished yet in each queue (delayed retries count; a schedule's next run does not). */
async function pendingJobs(pipeline: Pipeline): Promise<Record<QueueName, Record<string, number>>> {
  const names = Object.keys(pipeline.queues) as QueueName[];
  const counts = await Promise.all(
    names.map(async (name) => {
      const queue = pipeline.queues[name].queue;
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      const retries = (await queue.getDelayed()).filter((job) => !job.repeatJobKey).length;
      return { ...counts, retries };
    }),
  );
  return Object.fromEntries(names.map((name, i) => [name, counts[i] ?? {}])) as Record<
    QueueName,
    Record<string, number>
  >;
}

/** Waits until no queue has work left and the database stops changing. */
async function drained(run: Run, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stableSince = 0;
  let last = '';
  while (Date.now() < deadline) {
    const pending = Object.values(await pendingJobs(run.pipeline))
      .flatMap((c) => Object.values(c))
      .reduce((a, b) => a + b, 0);
    const snapshot = JSON.stringify(await run.database.counts());
    if (pending === 0 && snapshot === last) {
      if (Date.now() - stableSince > 1500) return;
    } else {
      stableSince = Date.now();
    }
    last = snapshot;
    await sleep(250);
  }
  throw new Error(
    `pipeline did not drain in time: ${JSON.stringify(await pendingJobs(run.pipeline))} ${last}`,
  );
}

/** Resolves as soon as the store queue has a job active, or after `timeoutMs`. */
async function storeBusy(run: Run, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (await run.pipeline.queues.store.queue.getActiveCount()) === 0)
    await sleep(1);
}

async function waitForArticles(run: Run, atLeast: number, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { articles } = await run.database.counts();
    if (articles >= atLeast) return articles;
    await sleep(20);
  }
  throw new Error(`fewer than ${atLeast} articles stored after ${timeoutMs} ms`);
}

/**
 * Nothing lost, nothing twice: every fixture article stored once, each event once with one citation
 * per article, one `created` in its history and in the feed outbox, and exactly the events the library
 * finds offline on the same pages.
 */
async function expectCompleteAndUnique(run: Run): Promise<void> {
  const { site, database } = run;
  const counts = await database.counts();
  expect(counts.articles).toBe(site.articles.length);

  const client = new pg.Client({ connectionString: run.databaseUrl });
  await client.connect();
  try {
    const articles = await client.query<{ n: number; urls: number; canonicals: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT url)::int AS urls, count(DISTINCT canonical_url)::int AS canonicals FROM articles',
    );
    expect(articles.rows[0]).toEqual({
      n: site.articles.length,
      urls: site.articles.length,
      canonicals: site.articles.length,
    });
    const created = await client.query<{ event_id: string; history: number; outbox: number }>(
      `SELECT e.id AS event_id,
              (SELECT count(*)::int FROM event_history h WHERE h.event_id = e.id AND h.change = 'created') AS history,
              (SELECT count(*)::int FROM feed_outbox o WHERE o.event_id = e.id AND o.change = 'created') AS outbox
         FROM events e`,
    );
    expect(created.rows.filter((r) => r.history !== 1 || r.outbox !== 1)).toEqual([]);
  } finally {
    await client.end();
  }

  const events = await database.listEvents({ limit: 1000 });
  expect(events).toHaveLength(counts.events);
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  for (const event of events) {
    expect(event.citations.length).toBeGreaterThan(0);
    const perArticle = event.citations.map((c) => c.url);
    expect(new Set(perArticle).size).toBe(perArticle.length);
  }
  const expected = new Set(
    site.articles.flatMap((a) =>
      extractEvents(parseHtml(articlePage(site.base, a), { url: `${site.base}/articles/${a.id}.html` })).map(
        (e) => e.id,
      ),
    ),
  );
  expect(expected.size).toBeGreaterThan(5);
  expect(new Set(events.map((e) => e.id))).toEqual(expected);
}

/** Counts BullMQ's 'stalled' events on a queue: jobs taken back from a worker that died. */
function countStalled(run: Run, name: 'extract' | 'store') {
  const events = new QueueEvents(name, {
    connection: run.pipeline.context.connection,
    prefix: run.pipeline.context.prefix,
  });
  const stalled: string[] = [];
  events.on('stalled', ({ jobId }) => stalled.push(jobId));
  return { stalled, ready: events.waitUntilReady(), close: () => events.close() };
}

// --- a TCP proxy that can play a database outage ---------------------------------------------------

interface OutageProxy {
  url: string;
  /** Connections reset while the database was "down". */
  refused: number;
  /** Drops every proxied connection and refuses new ones. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

async function startOutageProxy(databaseUrl: string): Promise<OutageProxy> {
  const target = new URL(databaseUrl);
  const open = new Set<Socket>();
  let down = false;
  const proxy = {
    url: '',
    refused: 0,
    cut() {
      down = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((client) => {
    if (down) {
      proxy.refused++;
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    open.add(client);
    open.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  proxy.url = url.href;
  return proxy;
}

// --- the drills --------------------------------------------------------------------------------------

describe.skipIf(skip)(`pipeline drills on Redis and PostgreSQL, services as child processes${note}`, () => {
  it('crash drill: SIGKILL the extractor and the store mid-batch; new ones finish, each article and event once', async () => {
    // One extraction at a time keeps work queued in front of the extractor, so the kill lands mid-batch.
    // A dead worker's jobs come back once their lock (30 s) expired and a stalled-job check saw them twice:
    // with BullMQ's 30 s interval that is 30 to 90 s, so the drill checks every 2 s instead.
    const run = await startRun({ ASSAY_EXTRACTOR_CONCURRENCY: '1', ASSAY_STALLED_INTERVAL_MS: '2000' });
    const stalledExtract = countStalled(run, 'extract');
    const stalledStore = countStalled(run, 'store');
    try {
      await Promise.all([stalledExtract.ready, stalledStore.ready]);
      await startService('crawler', run.env);
      const extractor = await startService('extractor', run.env);
      const store = await startService('store', run.env);
      await scheduleFixtureSources(run);

      const storedAtKill = await waitForArticles(run, 5);
      // Storing is quick, so wait (briefly) for a moment when the store too holds a job.
      await storeBusy(run, 3000);
      const atKill = await pendingJobs(run.pipeline);
      await Promise.all([kill(extractor), kill(store)]);
      const storedAfterKill = (await run.database.counts()).articles;
      // Work was in flight: pages queued for extraction or articles for storage, and most not stored.
      const inFlight =
        (atKill.extract.waiting ?? 0) +
        (atKill.extract.active ?? 0) +
        (atKill.store.waiting ?? 0) +
        (atKill.store.active ?? 0);
      expect(inFlight).toBeGreaterThan(0);
      expect(atKill.extract.active).toBeGreaterThan(0);
      expect(storedAfterKill).toBeLessThan(run.site.articles.length / 2);

      await startService('extractor', run.env);
      await startService('store', run.env);
      const killedAt = Date.now();
      await drained(run, 75_000);
      const recoveredMs = Date.now() - killedAt;

      await expectCompleteAndUnique(run);
      // The jobs the dead extractor held came back through BullMQ's stalled-job check.
      expect(stalledExtract.stalled.length).toBeGreaterThan(0);
      console.info(
        `crash drill: killed at ${storedAtKill} articles stored, queues then ${JSON.stringify(atKill)}; ` +
          `jobs recovered as stalled: extract ${stalledExtract.stalled.length}, store ${stalledStore.stalled.length}; ` +
          `drained ${recoveredMs} ms after the kill`,
      );
    } finally {
      await stalledExtract.close();
      await stalledStore.close();
      await run.cleanup();
    }
  }, 120_000);

  it('outage drill: PostgreSQL unreachable for 10 s; store jobs retry and nothing is lost', async () => {
    const run = await startRun({ ASSAY_EXTRACTOR_CONCURRENCY: '1' });
    const proxy = await startOutageProxy(run.databaseUrl);
    try {
      await startService('crawler', run.env);
      await startService('extractor', run.env);
      const store = await startService('store', { ...run.env, DATABASE_URL: proxy.url });
      await scheduleFixtureSources(run);

      await waitForArticles(run, 3);
      proxy.cut();
      const outageStart = Date.now();
      // A COMMIT the server had already received when the connections dropped may still land; nothing after.
      await sleep(1000);
      const storedAtCut = (await run.database.counts()).articles;
      await sleep(9000);
      const storedDuring = (await run.database.counts()).articles;
      const duringOutage = await pendingJobs(run.pipeline);
      proxy.restore();
      const outageMs = Date.now() - outageStart;

      // The store survived its connections dropping mid-transaction (no unhandled pg 'error').
      expect(store.child.exitCode, store.output.join('')).toBeNull();
      // Nothing was written while the database was away, and work was waiting for it.
      expect(storedDuring).toBe(storedAtCut);
      expect(storedDuring).toBeLessThan(run.site.articles.length);
      expect(
        proxy.refused,
        `queues during the outage: ${JSON.stringify(duringOutage)}\n${store.output.join('')}`,
      ).toBeGreaterThan(0);

      await drained(run, 60_000);
      // The store survived the dropped connections (its pool replaced them) and is still the same process.
      expect(store.child.exitCode).toBeNull();
      await expectCompleteAndUnique(run);

      const completed: Job[] = await run.pipeline.queues.store.queue.getCompleted(0, -1);
      const retried = completed.filter((job) => job.attemptsMade > 1);
      expect(retried.length).toBeGreaterThan(0);
      expect(await run.pipeline.queues.store.queue.getFailedCount()).toBe(0);
      const warnings = store.output
        .join('')
        .split('\n')
        .filter((line) => line.includes('will retry'));
      expect(warnings.length).toBeGreaterThan(0);
      console.info(
        `outage drill: database away ${outageMs} ms after ${storedAtCut} articles; ${proxy.refused} connections refused; ` +
          `${warnings.length} failed store attempts; ${retried.length} store jobs completed after retrying ` +
          `(most attempts: ${Math.max(...retried.map((j) => j.attemptsMade))}); queues during outage ${JSON.stringify(duringOutage)}`,
      );
    } finally {
      await run.cleanup();
      await proxy.close();
    }
  }, 120_000);
});
