// pnpm bench:api — the API under load on a database of 100,000 events (real PostgreSQL and Redis):
//   1. filtered GET /v1/events at a constant 500 requests/s (open loop: each request is sent at its
//      scheduled time whatever the earlier ones do, and its latency counts from that time);
//   2. 200 Server-Sent Events subscribers while 10,000 new changes are committed: does each receive
//      every change, and how long from commit to delivery.
// The API runs as its own process (services/api/dist/main.js), as in production.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@assay/db';
import pg from 'pg';
import { Agent, Pool, request } from 'undici';
import { createBenchDatabase, findPostgres, findRedis, removeBenchKeys } from '../../cli/bench/services.mjs';

const EVENTS = 100_000;
const ARTICLES = 20_000;
const RATE = 500;
const LOAD_SECONDS = 15;
const UNCACHED_RATE = 500;
const SUBSCRIBERS = 200;
/** The API's cap on open feed streams per key (services/api/src/streams.ts). */
const MAX_STREAMS_PER_KEY = 10;
const CHANGES = 10_000;
/** Several times what the pipeline commits at full speed (bench:pipeline), sustained for 20 s. */
const CHANGES_PER_SECOND = 500;

/** Sends `rate` requests per second for `seconds`, cycling through `paths`; latencies in ms. */
async function constantRate({
  base,
  paths,
  headers,
  rate,
  seconds,
  pathFor = (i) => paths[i % paths.length],
}) {
  const pool = new Pool(base, { connections: 64 });
  const latencies = [];
  let errors = 0;
  const pending = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      pool.request({ method: 'GET', path: pathFor(i), headers }).then(
        async (response) => {
          await response.body.text();
          latencies.push(performance.now() - due);
          if (response.statusCode !== 200) errors++;
        },
        () => errors++,
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN);
  return {
    rate: latencies.length / elapsed,
    errors,
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
    max: Math.round(latencies.at(-1)),
  };
}

const redisUrl = await findRedis();
const adminUrl = await findPostgres();
if (!redisUrl || !adminUrl) {
  console.log(
    `bench:api skipped: needs Redis (${redisUrl ? 'ok' : 'none'}) and PostgreSQL (${adminUrl ? 'ok' : 'none'})`,
  );
  process.exit(0);
}

const scratch = await createBenchDatabase(adminUrl);
const prefix = `{bench-${randomUUID()}}`;
let api;
try {
  // --- the database: schema through the real migrations, rows generated in SQL ------------------
  const migrated = await createDatabase({ databaseUrl: scratch.url, dataDir: '/tmp' });
  const { key } = await migrated.keys.create({ name: 'bench', role: 'admin' });
  // A key may hold 10 streams: the 200 subscribers are 20 downstream services with 10 readers each.
  const subscriberKeys = [];
  for (let i = 0; i < SUBSCRIBERS / MAX_STREAMS_PER_KEY; i++) {
    subscriberKeys.push((await migrated.keys.create({ name: `subscriber ${i}`, role: 'subscriber' })).key);
  }
  await migrated.close();
  const sql = new pg.Client({ connectionString: scratch.url });
  // Dropping the scratch database at the end ends this connection too.
  sql.on('error', () => {});
  await sql.connect();
  const seeding = performance.now();
  await sql.query(`INSERT INTO articles (id, url, title, published, text, content_hash, fetched_at, first_seen, last_seen)
    SELECT 'art_b' || i, 'https://bench.example.com/a/' || i, 'Bench article ' || i, '2025-04-01',
      'Sentence about event ' || i || '. More text follows here.', md5(i::text),
      now() - i * interval '1 minute', now() - i * interval '1 minute', now() - i * interval '1 minute'
    FROM generate_series(1, ${ARTICLES}) i`);
  await sql.query(`INSERT INTO events (id, type, slots, confidence, status, first_seen, last_seen)
    SELECT 'evt_b' || i,
      (ARRAY['relocation', 'tariff', 'blacklisting'])[1 + i % 3],
      CASE i % 3
        WHEN 0 THEN jsonb_build_object('company', 'Company ' || (i % 500), 'from', (ARRAY['CN', 'US', 'KZ', 'RU'])[1 + i % 4],
          'to', (ARRAY['US', 'CA', 'PY', 'ET', 'SG'])[1 + i % 5], 'scope', 'operations', 'status', 'announced')
        WHEN 1 THEN jsonb_build_object('imposer', (ARRAY['US', 'EU', 'CN', 'CA'])[1 + i % 4], 'target', (ARRAY['CN', 'US', 'RU'])[1 + i % 3],
          'goods', 'graphite', 'rate_pct', i % 50, 'action', 'impose', 'effective_date', null)
        ELSE jsonb_build_object('authority', (ARRAY['US', 'EU', 'UN'])[1 + i % 3], 'list', 'Entity List',
          'entity', 'Entity ' || (i % 700), 'action', 'add')
      END,
      ((i * 7919) % 1000) / 1000.0,
      CASE WHEN i % 10 = 0 THEN 'confirmed' WHEN i % 25 = 0 THEN 'rejected' ELSE 'new' END,
      now() - i * interval '30 seconds', now() - i * interval '30 seconds'
    FROM generate_series(1, ${EVENTS}) i`);
  await sql.query(`INSERT INTO citations (event_id, article_id, quote, start_offset, end_offset)
    SELECT 'evt_b' || i, 'art_b' || (1 + i % ${ARTICLES}), 'Sentence about event ' || (1 + i % ${ARTICLES}) || '.', 0,
      length('Sentence about event ' || (1 + i % ${ARTICLES}) || '.')
    FROM generate_series(1, ${EVENTS}) i`);
  await sql.query('ANALYZE');
  console.log(
    `seeded ${EVENTS} events, ${ARTICLES} articles in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  // --- the API, as its own process -----------------------------------------------------------------
  const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
  api = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      REDIS_URL: redisUrl,
      ASSAY_QUEUE_PREFIX: prefix,
      PORT: '0',
      ASSAY_API_RATE_LIMIT: '10000000',
      ASSAY_LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    api.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /"port":(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    api.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const headers = { authorization: `Bearer ${key}` };

  // --- 1. filtered listing at a fixed rate ----------------------------------------------------------
  // Filters analysts use: by type and country (with and without status), the review queue, a company.
  const paths = [
    ...['tariff', 'relocation', 'blacklisting'].flatMap((type) =>
      ['CN', 'US', 'SG', 'EU', 'RU'].map((country) => `/v1/events?type=${type}&country=${country}&limit=50`),
    ),
    '/v1/events?type=tariff&country=CN&status=new&limit=50',
    '/v1/events?status=new&sort=confidence&min_confidence=0.5&limit=50',
    '/v1/events?status=confirmed&since=2026-01-01&limit=50',
    '/v1/events?entity=entity%2042&type=blacklisting&limit=20',
    '/v1/events?entity=company%201&limit=20',
  ];
  // Readers page on: each filter's next three pages too, by their cursors.
  for (const first of [...paths]) {
    let path = first;
    for (let page = 2; page <= 4; page++) {
      const cursor = (await (await fetch(`${base}${path}`, { headers })).json()).next_cursor;
      if (!cursor) break;
      path = `${first}&cursor=${cursor}`;
      paths.push(path);
    }
  }
  const cacheCounts = async () => {
    const text = await (await fetch(`${base}/metrics`, { headers })).text();
    const count = (result) =>
      Number(new RegExp(`assay_api_listing_cache_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
    return { hits: count('hit'), misses: count('miss') };
  };
  await constantRate({ base, paths, headers, rate: 200, seconds: 2 });
  const cacheBefore = await cacheCounts();
  const listing = await constantRate({ base, paths, headers, rate: RATE, seconds: LOAD_SECONDS });
  const cacheAfter = await cacheCounts();
  const hits = cacheAfter.hits - cacheBefore.hits;
  const misses = cacheAfter.misses - cacheBefore.misses;
  // The database path: every request a cache miss (a distinct, equivalent query), at a rate it sustains.
  const plain = paths.filter((path) => !path.includes('min_confidence'));
  const uncached = await constantRate({
    base,
    paths,
    headers,
    rate: UNCACHED_RATE,
    seconds: 10,
    pathFor: (i) => `${plain[i % plain.length]}&min_confidence=0.${String(i).padStart(6, '0')}1`,
  });

  // --- 2. 200 SSE subscribers, 10,000 new changes -----------------------------------------------------
  const head = Number((await sql.query('SELECT coalesce(max(seq), 0) AS seq FROM feed_outbox')).rows[0].seq);
  // Keys are proven one at a time first, as services coming up over time would be: many unproven keys at
  // once from one address are what the bad-key limiter is there to stop.
  for (const subscriberKey of subscriberKeys) {
    const me = await fetch(`${base}/v1/me`, { headers: { authorization: `Bearer ${subscriberKey}` } });
    if (me.status !== 200) throw new Error(`subscriber key: HTTP ${me.status}: ${await me.text()}`);
  }
  const agent = new Agent({ connections: SUBSCRIBERS + 10 });
  const latencies = [];
  const counts = new Array(SUBSCRIBERS).fill(0);
  const streams = await Promise.all(
    Array.from({ length: SUBSCRIBERS }, async (_, index) => {
      const response = await request(`${base}/v1/feed/stream?after=${head}`, {
        dispatcher: agent,
        headers: { authorization: `Bearer ${subscriberKeys[index % subscriberKeys.length]}` },
      });
      if (response.statusCode !== 200)
        throw new Error(`subscriber ${index}: HTTP ${response.statusCode}: ${await response.body.text()}`);
      let buffer = '';
      response.body.setEncoding('utf8');
      response.body.on('data', (chunk) => {
        const now = Date.now();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const time = /"time":"([^"]+)"/.exec(block)?.[1];
          if (!time) continue;
          counts[index]++;
          latencies.push(now - Date.parse(time));
        }
      });
      return response;
    }),
  );
  const payload = (
    await sql.query(
      `SELECT jsonb_build_object('id', id, 'type', type) || slots || jsonb_build_object('date', null, 'confidence', confidence,
         'citations', '[]'::jsonb, 'review_status', status, 'corrected', false, 'reviewed_by', null, 'reviewed_at', null,
         'review_reason', null, 'first_seen', first_seen, 'last_seen', last_seen) AS payload FROM events WHERE id = 'evt_b1'`,
    )
  ).rows[0].payload;
  const batch = CHANGES_PER_SECOND / 20; // one commit every 50 ms
  const writing = performance.now();
  for (let written = 0; written < CHANGES; written += batch) {
    const started = performance.now();
    await sql.query(
      `INSERT INTO feed_outbox (event_id, change, payload) SELECT 'evt_b1', 'updated', $1::jsonb FROM generate_series(1, $2)`,
      [JSON.stringify(payload), batch],
    );
    const wait = 50 - (performance.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  const writeSeconds = (performance.now() - writing) / 1000;
  const deadline = Date.now() + 60_000;
  while (counts.some((n) => n < CHANGES) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const stream of streams) stream.body.destroy();
  await agent.close();
  await sql.end();

  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const complete = counts.filter((n) => n === CHANGES).length;
  const sse = {
    complete,
    messages: latencies.length,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: latencies.at(-1),
  };

  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  console.log(`
| Benchmark (pnpm bench:api, ${EVENTS.toLocaleString('en')} events, API in its own process) | Result | Target |
| --- | --- | --- |
| Filtered GET /v1/events at ${RATE} req/s for ${LOAD_SECONDS} s (${paths.length} distinct filter and page URLs, listing cache on): achieved rate | ${listing.rate.toFixed(0)} req/s, ${listing.errors} errors; listing cache: ${hits} hits, ${misses} misses | ${RATE} req/s |
| … latency p50 / p90 / p99 / max | ${listing.p50} / ${listing.p90} / ${listing.p99} / ${listing.max} ms | p99 < 50 ms: ${verdict(listing.p99 < 50 && listing.errors === 0)} |
| … every request a cache miss, at ${UNCACHED_RATE} req/s for 10 s: rate, p50 / p90 / p99 / max | ${uncached.rate.toFixed(0)} req/s, ${uncached.errors} errors; ${uncached.p50} / ${uncached.p90} / ${uncached.p99} / ${uncached.max} ms | (the database path) |
| ${SUBSCRIBERS} SSE subscribers, ${CHANGES.toLocaleString('en')} changes committed over ${writeSeconds.toFixed(1)} s: subscribers that received every change | ${sse.complete} / ${SUBSCRIBERS} (${sse.messages.toLocaleString('en')} messages) | all: ${verdict(sse.complete === SUBSCRIBERS)} |
| … delivery latency, commit to receipt, p50 / p95 / p99 / max | ${sse.p50} / ${sse.p95} / ${sse.p99} / ${sse.max} ms | p95 < 500 ms: ${verdict(sse.p95 < 500)} |`);
  if (sse.complete !== SUBSCRIBERS) process.exitCode = 1;
} catch (error) {
  console.error('bench:api failed:', error);
  process.exitCode = 1;
} finally {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  await scratch.drop();
  // The API's queues, rate limits and pipeline key under the run's prefix: none expire.
  await removeBenchKeys(redisUrl, prefix);
}
