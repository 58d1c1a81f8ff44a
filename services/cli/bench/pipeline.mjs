// `pnpm bench:pipeline` (after `pnpm build`): crawl, extract and store of N local article pages with real
// Redis and PostgreSQL, each worker in its own process, against the offline extraction of the same
// pages in the same run. A measurement: it exits 0 on MISS, and skips when Redis or PostgreSQL is absent.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '@assay/config';
import { createDatabase } from '@assay/db';
import { extractEvents, parseHtml } from '@assay/extract';
import { runSourceNow } from '@assay/queue';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startPipeline } from '../dist/runtime/pipeline.js';
import {
  createBenchDatabase,
  findPostgres,
  findRedis,
  machineCpu,
  postgresCpu,
  processStats,
  removeBenchKeys,
  startWorker,
} from './services.mjs';
import { benchArticles, startBenchSite } from './site.mjs';

const ARTICLES = Number(process.env.ASSAY_BENCH_ARTICLES || 2000);
const TIMEOUT_MS = Number(process.env.ASSAY_BENCH_TIMEOUT_MS || 150_000);
/**
 * Other pages run through the same worker processes first. V8 goes on optimising extraction code long after
 * an isolate's first pages, and each extractor thread is an isolate of its own: the offline loop is warmed up
 * like one thread, on WARM_UP / threads of the same other pages.
 */
const WARM_UP = Number(process.env.ASSAY_BENCH_WARM_UP ?? 4000);
const EXTRACTOR_THREADS = loadConfig().extractorConcurrency;
const TARGET_RATIO = 0.8;
const TARGET_P95_MS = 1000;

const redisUrl = await findRedis();
const adminUrl = await findPostgres();
if (!redisUrl || !adminUrl) {
  const missing = [!redisUrl && 'Redis', !adminUrl && 'Postgres'].filter(Boolean).join('/');
  console.log(
    `skipped: no ${missing} (REDIS_URL, or PostgreSQL at 127.0.0.1:5432 / ASSAY_TEST_POSTGRES_URL)`,
  );
  process.exit(0);
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : Number.NaN;
const sortNumbers = (values) => [...values].sort((a, b) => a - b);
/** The Redis server time (ms) of a stream event id, "1712345678901-0". */
const streamMs = (id) => Number(String(id).split('-')[0]);
const mark = (what) => console.log(`  … ${what}`);

// --- The pages ------------------------------------------------------------------------------------------
const { origin, articles } = benchArticles(ARTICLES + WARM_UP);
const site = await startBenchSite(articles.slice(0, ARTICLES));
// The warm-up pages are other articles on another site: other URLs and content hashes, nothing deduplicated.
const warmUpSite = WARM_UP > 0 ? await startBenchSite(articles.slice(ARTICLES)) : null;
const totalBytes = site.pages.reduce((sum, p) => sum + Buffer.byteLength(p.html), 0);
console.log(`Pipeline benchmark: ${ARTICLES} article pages on ${site.base}`);
console.log(`  text: ${origin}`);
console.log(
  `  pages: ${fmt(totalBytes / ARTICLES / 1024, 1)} KB on average, listed in a sitemap index of ${site.sitemaps.length} sitemaps`,
);
console.log(`  machine: ${cpus().length} cores, Node ${process.versions.node}`);

// --- Offline: parseHtml + extractEvents in this process, on the same pages -------------------------------
function extractAll(pages) {
  let events = 0;
  for (const page of pages) events += extractEvents(parseHtml(page.html, { url: page.url })).length;
  return events;
}
/** Offline articles/s on the measured pages; the machine's speed drifts, so this runs before and after the pipeline. */
function measureOffline() {
  const start = performance.now();
  const events = extractAll(site.pages);
  const seconds = (performance.now() - start) / 1000;
  return { rate: ARTICLES / seconds, mbPerSecond: totalBytes / seconds / 1e6, events };
}
if (warmUpSite) extractAll(warmUpSite.pages.slice(0, Math.ceil(WARM_UP / EXTRACTOR_THREADS)));
const offlineBefore = measureOffline();
console.log(
  `\nOffline (assay extract: parseHtml + extractEvents, one thread, warmed up on ${Math.ceil(WARM_UP / EXTRACTOR_THREADS)} other pages like each extractor thread), before the pipeline: ${fmt(offlineBefore.rate)} articles/s, ${fmt(offlineBefore.mbPerSecond, 1)} MB/s (${offlineBefore.events} event mentions)`,
);

// --- The pipeline ----------------------------------------------------------------------------------------
const prefix = `{bench-${randomUUID().slice(0, 8)}}`;
const created = await createBenchDatabase(adminUrl);
const dataDir = await mkdtemp(join(tmpdir(), 'assay-bench-'));
const workerEnv = {
  REDIS_URL: redisUrl,
  DATABASE_URL: created.url,
  ASSAY_DATA_DIR: dataDir,
  ASSAY_QUEUE_PREFIX: prefix,
  ASSAY_POLITENESS_DELAY_MS: '0',
  ASSAY_CRAWL_ALLOW: '127.0.0.1:*',
  ASSAY_LOG_LEVEL: 'info',
};
const config = loadConfig({ ...process.env, ...workerEnv });
const concurrency = {
  crawler: config.crawlerConcurrency,
  extractor: config.extractorConcurrency,
  store: config.storeConcurrency,
};
for (const [name, value] of Object.entries(concurrency))
  workerEnv[`ASSAY_${name.toUpperCase()}_CONCURRENCY`] = String(value);

const database = await createDatabase({ databaseUrl: created.url, dataDir });
// The CPU of the PostgreSQL backends serving the bench database, read from /proc (PostgreSQL is local).
const pgStatsClient = new pg.Client({ connectionString: created.url });
await pgStatsClient.connect();
const pgCpu = postgresCpu(pgStatsClient);
const pipeline = startPipeline(config, database, { workers: false });
// Observing every stage costs this process CPU the pipeline then lacks: only with ASSAY_BENCH_STAGES=1.
const STAGES = process.env.ASSAY_BENCH_STAGES === '1';
const names = STAGES ? ['crawl', 'extract', 'store'] : ['store'];
/** Per queue, per job id: Redis times of added, active, completed; and the failures. */
const timeline = Object.fromEntries(names.map((n) => [n, new Map()]));
const failures = [];
const commits = new Map(); // articleId -> commit time (ms)
let articlesStored = 0;
const listeners = names.map((name) => {
  const events = new QueueEvents(name, {
    connection: pipeline.context.connection,
    prefix,
    lastEventId: '0-0',
  });
  const at = (jobId) => {
    let entry = timeline[name].get(jobId);
    if (!entry) {
      entry = {};
      timeline[name].set(jobId, entry);
    }
    return entry;
  };
  events.on('added', ({ jobId, name: jobName }, id) =>
    Object.assign(at(jobId), { added: streamMs(id), jobName }),
  );
  events.on('active', ({ jobId }, id) => {
    at(jobId).active = streamMs(id);
  });
  events.on('completed', ({ jobId, returnvalue }, id) => {
    at(jobId).completed = streamMs(id);
    if (name === 'store' && returnvalue?.articleId) {
      if (!commits.has(returnvalue.articleId)) articlesStored++;
      commits.set(returnvalue.articleId, streamMs(id));
    }
  });
  events.on('failed', ({ jobId, failedReason }) => failures.push(`${name} ${jobId}: ${failedReason}`));
  return events;
});
await Promise.all(listeners.map((l) => l.waitUntilReady()));

const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
const workers = {};
let completed = false;
let wallStart = 0;
let wallSeconds = Number.NaN;
const redisCpu = async () => {
  const info = await redis.info('cpu');
  const field = (f) => Number(new RegExp(`${f}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_sys') + field('used_cpu_user');
};
let cpuBefore = null;
let redisCpuBefore = 0;
let selfCpuBefore = process.cpuUsage();
const stats = {};
/** What each worker spent starting and warming up (modules, the gazetteer in each thread): not counted. */
const startStats = {};
let pgCpuBefore = 0;
try {
  const started = await Promise.all(
    [
      ['crawler', 'crawler'],
      ['extractor', 'extractor'],
      ['store', 'store'],
    ].map(([name]) => startWorker(name, workerEnv)),
  );
  for (const w of started) workers[w.name] = w;
  /** Waits until the workers are idle (their CPU stands still). */
  const settle = async () => {
    const workerCpu = () => started.reduce((sum, w) => sum + (processStats(w.child.pid)?.cpuSeconds ?? 0), 0);
    for (let before = workerCpu(), i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 300));
      const now = workerCpu();
      if (now - before < 0.03) break;
      before = now;
    }
  };
  // Threads load the gazetteer after "started" is logged.
  await settle();
  console.log(
    `\nPipeline: crawler, extractor and store each in its own process (node services/<name>/dist/main.js), real Redis (${redisUrl}, prefix ${prefix}) and PostgreSQL (a fresh database)`,
  );
  console.log(
    `  concurrency: crawler ${concurrency.crawler}, extractor ${concurrency.extractor} (worker threads), store ${concurrency.store}; politeness delay 0`,
  );

  const sitemapSource = (id, of) => ({
    id,
    kind: 'sitemap',
    url: `${of.base}/sitemap.xml`,
    schedule: { every_minutes: 1440 },
    enabled: true,
  });
  /** Queues a source and waits until `count` articles are committed and no queue has work left. */
  const crawlUntilDrained = async (source, count) => {
    await database.upsertSource(source);
    const startedAt = Date.now();
    await runSourceNow(pipeline.queues.crawl.queue, source);
    let lastReport = Date.now();
    let lastPgSample = Date.now();
    while (Date.now() < startedAt + TIMEOUT_MS) {
      // Backends of the store's pool may be closed when idle: read them every second.
      if (Date.now() - lastPgSample > 1000) {
        lastPgSample = Date.now();
        await pgCpu.sample();
      }
      for (const w of Object.values(workers)) {
        if (w.child.exitCode !== null || w.child.signalCode !== null)
          throw new Error(`${w.name} died:\n${w.output.join('')}`);
        const s = processStats(w.child.pid);
        if (s) stats[w.name] = s;
      }
      if (articlesStored >= count) {
        const counts = await Promise.all(
          Object.values(pipeline.queues).map((q) =>
            q.queue.getJobCounts('waiting', 'active', 'prioritized', 'delayed'),
          ),
        );
        if (counts.every((c) => Object.values(c).every((v) => v === 0))) return true;
      }
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        mark(`${articlesStored}/${count} articles committed after ${fmt((Date.now() - startedAt) / 1000)} s`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  };

  if (warmUpSite) {
    const warmUpStart = Date.now();
    if (!(await crawlUntilDrained(sitemapSource('bench-warm-up', warmUpSite), WARM_UP)))
      throw new Error('the warm-up did not finish in time');
    console.log(
      `  warm-up: ${WARM_UP} other pages (another site) through the same processes in ${fmt((Date.now() - warmUpStart) / 1000, 1)} s; not counted`,
    );
    // Every warm-up article has been counted: from here on, only the measured pages are.
    commits.clear();
    articlesStored = 0;
    for (const jobs of Object.values(timeline)) jobs.clear();
    await settle();
  }
  for (const w of started) startStats[w.name] = processStats(w.child.pid);
  cpuBefore = machineCpu();
  redisCpuBefore = await redisCpu();
  await pgCpu.sample();
  pgCpuBefore = pgCpu.total();
  selfCpuBefore = process.cpuUsage();
  wallStart = Date.now();
  completed = await crawlUntilDrained(sitemapSource('bench-sitemap', site), ARTICLES);
  wallSeconds = (Date.now() - wallStart) / 1000;
  await pgCpu.sample();
  for (const w of Object.values(workers)) {
    const s = processStats(w.child.pid);
    if (s) stats[w.name] = s;
  }
} catch (error) {
  console.log(`\npipeline run failed: ${error.message}`);
} finally {
  await Promise.all(Object.values(workers).map((w) => w.stop()));
}
const cpuAfter = machineCpu();
const redisCpuUsed = (await redisCpu()) - redisCpuBefore;
const selfCpu = process.cpuUsage(selfCpuBefore);
const pgCpuUsed = pgCpu.total() - pgCpuBefore;
await pgStatsClient.end();

const failedJobs = (
  await Promise.all(Object.values(pipeline.queues).map((q) => q.queue.getFailedCount()))
).reduce((a, b) => a + b, 0);

const offlineAfter = measureOffline();
const offlineRate = (offlineBefore.rate + offlineAfter.rate) / 2;
console.log(
  `\nOffline again, after the pipeline: ${fmt(offlineAfter.rate)} articles/s; the ratio below uses the mean, ${fmt(offlineRate)} articles/s`,
);

// --- Figures ---------------------------------------------------------------------------------------------
const pgRows = await (async () => {
  const client = new pg.Client({ connectionString: created.url });
  await client.connect();
  try {
    // The measured site's rows only, not the warm-up's.
    const onSite = `${site.base}/%`;
    const articlesFetched = await client.query('SELECT id, fetched_at FROM articles WHERE url LIKE $1', [
      onSite,
    ]);
    const firstFetch = await client.query(
      'SELECT min(fetched_at) AS first, count(*) AS n FROM fetches WHERE url LIKE $1',
      [`${site.base}/articles/%`],
    );
    const counts = await client.query(
      `SELECT count(DISTINCT c.event_id) AS events, count(*) AS citations,
         (SELECT count(*) FROM fetches WHERE url LIKE $1) AS fetches
       FROM citations c JOIN articles a ON a.id = c.article_id WHERE a.url LIKE $1`,
      [onSite],
    );
    return { articles: articlesFetched.rows, first: firstFetch.rows[0], counts: counts.rows[0] };
  } finally {
    await client.end();
  }
})();

const fetchedAt = new Map(pgRows.articles.map((r) => [r.id, new Date(r.fetched_at).getTime()]));
const latencies = sortNumbers(
  [...commits].filter(([id]) => fetchedAt.has(id)).map(([id, commit]) => commit - fetchedAt.get(id)),
);
const firstFetch = pgRows.first.first ? new Date(pgRows.first.first).getTime() : Number.NaN;
const lastCommit = Math.max(...commits.values());
const e2eSeconds = (lastCommit - firstFetch) / 1000;
const e2eRate = pgRows.articles.length / e2eSeconds;
const p50 = quantile(latencies, 0.5);
const p95 = quantile(latencies, 0.95);

console.log(`\nResults${completed ? '' : ' (INCOMPLETE: the run did not finish in time)'}`);
console.log(
  `  stored: ${pgRows.articles.length}/${ARTICLES} articles, ${pgRows.counts.events} events, ${pgRows.counts.citations} citations, ${pgRows.counts.fetches} fetch records; ${failedJobs} failed jobs`,
);
console.log(
  `  end to end (first article fetch to last commit): ${fmt(e2eRate)} articles/s (${fmt(e2eSeconds, 1)} s; ${fmt(wallSeconds, 1)} s from queuing the source to drained)`,
);
console.log(
  `  latency fetch -> commit (commit = Redis time of the store job's "completed" event, written right after COMMIT; schema has no commit timestamp): p50 ${fmt(p50)} ms, p95 ${fmt(p95)} ms, max ${fmt(latencies.at(-1))} ms (${latencies.length} articles)`,
);
const perArticle = (seconds) => `${fmt((1000 * seconds) / ARTICLES, 1)} ms`;
/** CPU seconds a worker used in the run: all threads, and its main thread. */
const runCpu = (name) => {
  const s = stats[name];
  const start = startStats[name];
  return s && start
    ? { all: s.cpuSeconds - start.cpuSeconds, main: s.mainThreadCpuSeconds - start.mainThreadCpuSeconds }
    : null;
};
console.log(
  `  per worker (peak RSS is VmHWM of its process; CPU excludes starting${warmUpSite ? ' and the warm-up' : ''}):`,
);
for (const name of ['crawler', 'extractor', 'store']) {
  const s = stats[name];
  const cpu = runCpu(name);
  console.log(
    `    ${name.padEnd(9)} ${s && cpu ? `${fmt(s.peakRssMb)} MB peak, ${fmt(cpu.all, 1)} s CPU in the run, ${perArticle(cpu.all)} per article (main thread ${perArticle(cpu.main)}, other threads ${perArticle(cpu.all - cpu.main)}), ${fmt(startStats[name].cpuSeconds, 1)} s to start${warmUpSite ? ' and warm up' : ''}` : 'n/a (no /proc)'}`,
  );
}
/** CPU per article of everything the run used, and the throughput that CPU allows on this machine. */
const cpuBudget = (() => {
  const workerCpu = ['crawler', 'extractor', 'store'].map((name) => runCpu(name)?.all ?? Number.NaN);
  const benchCpu = (selfCpu.user + selfCpu.system) / 1e6;
  const total = workerCpu.reduce((a, b) => a + b, 0) + redisCpuUsed + pgCpuUsed + benchCpu;
  return { workerCpu, benchCpu, total, ceiling: (cpus().length * ARTICLES) / total };
})();
console.log(
  `  CPU per article: crawler ${perArticle(cpuBudget.workerCpu[0])} + extractor ${perArticle(cpuBudget.workerCpu[1])} + store ${perArticle(cpuBudget.workerCpu[2])} + Redis ${perArticle(redisCpuUsed)} + PostgreSQL backends ${perArticle(pgCpuUsed)} + this process (site, observers) ${perArticle(cpuBudget.benchCpu)} = ${perArticle(cpuBudget.total)}; ${cpus().length} cores at 100% would allow at most ${fmt(cpuBudget.ceiling)} articles/s`,
);
if (cpuBefore && cpuAfter) {
  const busy = cpuAfter.busy - cpuBefore.busy;
  const total = cpuAfter.total - cpuBefore.total;
  console.log(
    `  machine during the run: ${fmt((100 * busy) / total)}% busy (${fmt(busy, 1)} s of ${fmt(total, 1)} s), of which ${fmt(cpuBudget.total, 1)} s above and ${fmt(busy - cpuBudget.total, 1)} s other work (PostgreSQL's own processes, other programs)`,
  );
}
if (STAGES) console.log('  per stage (Redis times: queued -> active -> completed), p50 / p95 ms:');
else console.log('  (per-stage times: rerun with ASSAY_BENCH_STAGES=1)');
for (const name of STAGES ? names : []) {
  const jobs = [...timeline[name].values()].filter(
    (j) => j.completed && j.active && j.jobName !== 'crawl-source' && j.jobName !== 'record-fetch',
  );
  const waits = sortNumbers(jobs.filter((j) => j.added).map((j) => j.active - j.added));
  const runs = sortNumbers(jobs.map((j) => j.completed - j.active));
  const span = (Math.max(...jobs.map((j) => j.completed)) - Math.min(...jobs.map((j) => j.active))) / 1000;
  console.log(
    `    ${name.padEnd(8)} ${String(jobs.length).padStart(5)} jobs, ${fmt(jobs.length / span).padStart(4)} jobs/s; waiting ${fmt(quantile(waits, 0.5))} / ${fmt(quantile(waits, 0.95))}, running ${fmt(quantile(runs, 0.5))} / ${fmt(quantile(runs, 0.95))}`,
  );
}
for (const failure of failures.slice(0, 5)) console.log(`  failed: ${failure}`);

const ratio = e2eRate / offlineRate;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');
console.log('\nTargets');
console.log(
  `  end to end >= ${TARGET_RATIO * 100}% of offline: ${fmt(e2eRate)} / ${fmt(offlineRate)} = ${fmt(ratio * 100)}%  ${verdict(completed && ratio >= TARGET_RATIO)}`,
);
console.log(
  `  p95 fetch -> commit < ${TARGET_P95_MS} ms: ${fmt(p95)} ms  ${verdict(completed && p95 < TARGET_P95_MS)}`,
);
const needed = TARGET_RATIO * offlineRate;
console.log(
  `  (${fmt(needed)} articles/s on ${cpus().length} cores needs at most ${fmt((1000 * cpus().length) / needed, 1)} ms of CPU per article in all; this run used ${perArticle(cpuBudget.total)})`,
);
// An estimate, not a measurement: it assumes the CPU per article stays the same on a bigger machine.
console.log(
  `  (at this run's CPU per article, ${fmt(needed)} articles/s would keep ${fmt((needed * cpuBudget.total) / ARTICLES, 1)} cores busy)`,
);

// --- Cleanup ---------------------------------------------------------------------------------------------
await Promise.all(listeners.map((l) => l.close()));
redis.disconnect();
await pipeline.close();
// Every key of the run (queues, seen sets and their owners, validators, the pipeline key), not only some.
await removeBenchKeys(redisUrl, prefix);
await database.close();
await created.drop();
await site.close();
await warmUpSite?.close();
await rm(dataDir, { recursive: true, force: true });
