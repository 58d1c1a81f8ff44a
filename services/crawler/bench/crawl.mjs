// `pnpm bench:crawl` (after `pnpm build`): the crawler worker against a local site of N article pages,
// listed in a gzipped sitemap index, with politeness off (no delay between requests, 127.0.0.1
// allowlisted) and no extractor. It measures fetching alone: fetches per second, and the crawler process's
// CPU per fetch. A measurement, it exits 0 whatever the figures; without Redis it says so and skips.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { crawlQueue, extractQueue, TypedQueue } from '@assay/queue';
import { Redis } from 'ioredis';

const PAGES = Number(process.env.ASSAY_BENCH_PAGES || 4000);
const CONCURRENCY = Number(process.env.ASSAY_CRAWLER_CONCURRENCY || 8);
const TIMEOUT_MS = Number(process.env.ASSAY_BENCH_TIMEOUT_MS || 45_000);
const URLS_PER_SITEMAP = 1000;

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 1500, maxRetriesPerRequest: 1 });
redis.on('error', () => {});
try {
  await redis.connect();
  await redis.ping();
} catch {
  console.log(`skipped: no Redis at ${redisUrl} (set REDIS_URL)`);
  redis.disconnect();
  process.exit(0);
}

// --- The site: generated article pages, each its own text (the crawler drops duplicate content) ----------
const WORDS =
  'mining equipment tariff relocation company board shipment supplier contract power hashrate facility export quarter analysts capacity'.split(
    ' ',
  );
function articleHtml(i) {
  const paragraphs = Array.from({ length: 8 }, (_, p) => {
    const words = Array.from({ length: 90 }, (_, w) => WORDS[(i * 7 + p * 13 + w * 3) % WORDS.length]);
    return `<p>Report ${i}, part ${p}: ${words.join(' ')}.</p>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench article ${i}</title><link rel="canonical" href="/articles/${i}.html"></head><body><header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header><article><h1>Bench article ${i}</h1><time datetime="2026-01-01">1 January 2026</time>${paragraphs.join('')}</article><footer>Bench site</footer></body></html>`;
}
const pages = Array.from({ length: PAGES }, (_, i) => articleHtml(i));
const sitemapCount = Math.ceil(PAGES / URLS_PER_SITEMAP);
const requests = { pages: 0, other: 0, firstAt: 0, lastAt: 0 };
let base = '';
const xml = (body) => gzipSync(`<?xml version="1.0" encoding="UTF-8"?>${body.replaceAll('BASE', base)}`);
const sitemaps = new Map();
const server = createServer((req, res) => {
  const now = performance.now();
  requests.firstAt ||= now;
  requests.lastAt = now;
  const page = /^\/articles\/(\d+)\.html$/.exec(req.url ?? '');
  if (page && Number(page[1]) < PAGES) {
    requests.pages++;
    return void res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(pages[Number(page[1])]);
  }
  requests.other++;
  const sitemap = sitemaps.get(req.url);
  if (sitemap) return void res.writeHead(200, { 'content-type': 'application/gzip' }).end(sitemap);
  res.writeHead(404).end();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
base = `http://127.0.0.1:${server.address().port}`;
sitemaps.set(
  '/sitemap_index.xml.gz',
  xml(
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: sitemapCount }, (_, s) => `<sitemap><loc>BASE/sitemap-${s}.xml.gz</loc></sitemap>`).join('')}</sitemapindex>`,
  ),
);
for (let s = 0; s < sitemapCount; s++) {
  const urls = [];
  for (let i = s * URLS_PER_SITEMAP; i < Math.min(PAGES, (s + 1) * URLS_PER_SITEMAP); i++)
    urls.push(`<url><loc>BASE/articles/${i}.html</loc></url>`);
  sitemaps.set(
    `/sitemap-${s}.xml.gz`,
    xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`),
  );
}
const pageKb = pages.reduce((sum, html) => sum + Buffer.byteLength(html), 0) / PAGES / 1024;

console.log(`Crawl benchmark: ${PAGES} article pages (${fmt(pageKb, 1)} KB each on average) on ${base}`);
console.log(
  `  listed in a gzipped sitemap index of ${sitemapCount} gzipped sitemaps; robots.txt answers 404`,
);
console.log(
  `  crawler: createCrawler in its own process (bench/crawler-process.mjs), concurrency ${CONCURRENCY}, politeness delay 0, 127.0.0.1 allowlisted, no extractor (extract jobs only queued)`,
);
console.log(`  Redis ${redisUrl}; machine: ${cpus().length} cores, Node ${process.versions.node}`);

// --- The run ---------------------------------------------------------------------------------------------
const prefix = `{bench-crawl-${randomUUID().slice(0, 8)}}`;
const child = fork(new URL('./crawler-process.mjs', import.meta.url), {
  env: {
    ...process.env,
    REDIS_URL: redisUrl,
    ASSAY_QUEUE_PREFIX: prefix,
    ASSAY_POLITENESS_DELAY_MS: '0',
    ASSAY_CRAWL_ALLOW: '127.0.0.1:*',
    ASSAY_CRAWLER_CONCURRENCY: String(CONCURRENCY),
    ASSAY_USER_AGENT: 'AssayBench/1.0 (+https://example.invalid/bench)',
  },
});
const exited = once(child, 'exit');
const died = exited.then(([code, signal]) => {
  throw new Error(`the crawler process exited (${code ?? signal})`);
});
died.catch(() => {});
const nextMessage = () => Promise.race([once(child, 'message').then(([message]) => message), died]);
const crawl = new TypedQueue(crawlQueue, { connection: redis.options, prefix });
const extract = new TypedQueue(extractQueue, { connection: redis.options, prefix });
const redisCpu = async () => {
  const info = await redis.info('cpu');
  const field = (f) => Number(new RegExp(`${f}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_sys') + field('used_cpu_user');
};

let completed = false;
let report = null;
try {
  if ((await nextMessage()) !== 'ready') throw new Error('the crawler process did not start');
  child.send('start');
  await nextMessage();
  const redisCpuBefore = await redisCpu();
  const selfCpuBefore = process.cpuUsage();
  const queuedAt = performance.now();
  await crawl.add({
    kind: 'source',
    source: {
      id: 'bench-sitemap',
      kind: 'sitemap',
      url: `${base}/sitemap_index.xml.gz`,
      schedule: { every_minutes: 1440 },
      enabled: true,
    },
    requestedAt: new Date().toISOString(),
  });
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (requests.pages >= PAGES) {
      const counts = await crawl.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) {
        completed = true;
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (requests.lastAt - queuedAt) / 1000;
  child.send('stop');
  const crawler = await nextMessage();
  const self = process.cpuUsage(selfCpuBefore);
  report = {
    seconds,
    crawler,
    redisCpu: (await redisCpu()) - redisCpuBefore,
    siteCpu: (self.user + self.system) / 1e6,
    extractJobs: await extract.queue.getWaitingCount(),
  };
} catch (error) {
  console.log(`\ncrawl run failed: ${error.message}`);
  if (child.exitCode === null) child.kill();
}

if (report) {
  const fetches = requests.pages + requests.other;
  const { seconds, crawler } = report;
  console.log(`\nResults${completed ? '' : ' (INCOMPLETE: the run did not finish in time)'}`);
  console.log(
    `  fetched: ${requests.pages}/${PAGES} pages + ${requests.other} sitemaps and robots.txt = ${fetches} fetches in ${fmt(seconds, 2)} s (source queued to last request)`,
  );
  console.log(`  rate: ${fmt(fetches / seconds)} fetches/s`);
  console.log(`  pages handed to extraction (extract jobs queued): ${report.extractJobs}`);
  console.log(
    `  crawler CPU (process.cpuUsage, user + system, from "start" to "stop"): ${fmt(crawler.cpuSeconds, 2)} s = ${fmt((1000 * crawler.cpuSeconds) / fetches, 2)} ms per fetch (${fmt(fetches / crawler.cpuSeconds)} fetches per CPU-second; GC and libuv threads included)`,
  );
  console.log(`  crawler peak RSS (process.resourceUsage().maxRSS): ${fmt(crawler.peakRssMb)} MB`);
  console.log(
    `  elsewhere, per fetch: Redis ${fmt((1000 * report.redisCpu) / fetches, 2)} ms CPU (its queue work), this process (the site) ${fmt((1000 * report.siteCpu) / fetches, 2)} ms`,
  );
  for (const failure of crawler.failures.slice(0, 5)) console.log(`  failed job: ${failure}`);
}

// --- Cleanup: the crawler process, then every key of this run's prefix ----------------------------------------
const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
await exited;
clearTimeout(killTimer);
await Promise.all([crawl.close(), extract.close()]);
let cursor = '0';
do {
  const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
  cursor = next;
  if (keys.length > 0) await redis.unlink(...keys);
} while (cursor !== '0');
redis.disconnect();
server.close();
