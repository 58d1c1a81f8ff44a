import type { Config } from '@assay/config';
import {
  canonicalizeUrl,
  createGuardedDispatcher,
  createRobotsCache,
  extractListingLinks,
  type FetchOptions,
  type FetchResult,
  fetchResource,
  findCanonicalUrl,
  type GuardedDispatcherOptions,
  parseFeed,
  parseSitemap,
} from '@assay/crawl';
import { parseHtml } from '@assay/extract';
import {
  adaptedIntervalMinutes,
  type CrawlPagePayload,
  type CrawlSourcePayload,
  compressBody,
  contentHash,
  crawlBackoff,
  crawlQueue,
  createTypedWorker,
  extractQueue,
  intervalBounds,
  type PageFetch,
  type QueueContext,
  storeQueue,
  TypedQueue,
  trustedCanonicalUrl,
} from '@assay/queue';
import type { Source } from '@assay/schema';
import { DelayedError, type Job, UnrecoverableError, type Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { HostGate } from './host-gate.js';
import { claimEach, SeenSet } from './seen-set.js';

export interface CrawlerOptions {
  context: QueueContext;
  /**
   * `host:port` entries (ASSAY_CRAWL_ALLOW) that may be private or loopback: a local site's port, not
   * the host's other services. Every other private address is refused.
   */
  allow?: readonly string[];
  /** Hosts that may be private on every port: tests, whose fixture sites take a fresh port each run. */
  allowHosts?: readonly string[];
  /** Resolves host names for the address guard; default the system resolver. Tests map names to loopback. */
  resolve?: GuardedDispatcherOptions['resolve'];
  redisUrl: string;
  userAgent: string;
  politenessDelayMs: number;
  concurrency: number;
  fetchTimeoutMs?: number;
  /**
   * Pages waiting for extraction above which page fetches hold off (default 20): a page fetched faster than
   * the extractors can take it only goes stale in the queue. Sources are still read.
   */
  maxExtractBacklog?: number;
  /**
   * Tells articles from section fronts, tag, product and service pages (parseHtml's isArticle); a page it
   * rejects is recorded as skipped with the reason and never queued for extraction. Without it every page
   * goes on (the tests' fixture pages are a few words long).
   */
  pageType?: (html: string, url: string) => { isArticle?: boolean; notArticleReason?: string | null };
}

/** parseHtml's verdict on the page; a page it cannot judge (over its budgets) goes on to the extractor. */
export function articlePageType(html: string, url: string) {
  try {
    return parseHtml(html, { url });
  } catch {
    return { isArticle: true };
  }
}

/** The crawler's settings as the environment gives them; callers add their queue context. */
export function crawlerSettings(config: Config) {
  return {
    redisUrl: config.redisUrl,
    allow: config.crawlAllow,
    userAgent: config.userAgent,
    politenessDelayMs: config.politenessDelayMs,
    concurrency: config.crawlerConcurrency,
    pageType: articlePageType,
  } satisfies Omit<CrawlerOptions, 'context'>;
}

export interface Crawler {
  worker: Worker;
  close(): Promise<void>;
}

/** What a server told us to send back next time (ETag / Last-Modified). */
interface Validators {
  etag?: string;
  lastModified?: string;
}

const PERMANENT_FETCH_ERROR =
  /^(?:refused|body over|decompressed body over|too many redirects|unsupported|bad \w+ content|invalid URL)/;

/** How deep sitemap indexes are followed. */
const MAX_SITEMAP_DEPTH = 2;
/** Discovered links checked and queued per Redis round trip. */
const DISCOVER_BATCH = 500;

/** A failure worth retrying: the server or the network, not the request. */
class TransientFetchError extends Error {
  constructor(
    message: string,
    /** When the server asked us to come back (Retry-After), in milliseconds. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** The crawler: consumes `crawl` (sources and pages); produces page jobs, `extract` jobs and fetch records. */
export function createCrawler(options: CrawlerOptions): Crawler {
  const crawl = new TypedQueue(crawlQueue, options.context);
  const extract = new TypedQueue(extractQueue, options.context);
  const store = new TypedQueue(storeQueue, options.context);
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  const seenUrls = new SeenSet(redis, `${options.context.prefix}:seen-urls`);
  const seenContent = new SeenSet(redis, `${options.context.prefix}:seen-content`);
  const hosts = new HostGate(redis, options.context.prefix);
  // Resolve each host once and connect to the address that was checked, so DNS rebinding cannot slip
  // a private address in between; allowlisted host:port pairs (local sites, tests) may be private.
  const dispatcher = createGuardedDispatcher({
    allow: options.allow,
    allowHosts: options.allowHosts,
    connectTimeoutMs: 15_000,
    ...(options.resolve ? { resolve: options.resolve } : {}),
  });

  const robots = createRobotsCache({
    userAgent: options.userAgent,
    // robots.txt is a request to the host like any other: it waits its turn, and the first page after it
    // waits the delay (its Crawl-delay is not known yet, so the configured delay applies).
    fetch: async (url) => {
      const delayMs = options.politenessDelayMs;
      await hosts.take(url, delayMs);
      const result = await fetchResource(url, {
        userAgent: options.userAgent,
        dispatcher,
        maxBytes: 500_000,
        timeoutMs: 15_000,
        checkUrl: politeHops(delayMs),
      });
      await hosts.settle(result.finalUrl || url, delayMs);
      return result;
    },
  });

  /**
   * Spacing for redirect hops: `fetchResource` calls this before each request of a chain. The first has
   * its slot already (the caller took it); each hop waits until the host it leaves has been settled and
   * the host it goes to is free, so a redirect loop on one host goes at the configured pace, not in
   * milliseconds.
   */
  function politeHops(delayMs: number): (url: URL) => Promise<void> {
    let previous: string | null = null;
    return async (url) => {
      if (previous !== null) {
        await hosts.settle(previous, delayMs);
        await hosts.take(url.href, delayMs);
      }
      previous = url.href;
    };
  }

  /**
   * Whether robots.txt lets us fetch `url`. A refusal is recorded like a fetch; when robots.txt itself
   * could not be read, the job fails and is retried later rather than dropped.
   */
  async function robotsRefusal(url: string, sourceId: string | null): Promise<string | null> {
    const verdict = await robots.check(url);
    if (verdict.allowed) return null;
    const reason = verdict.reason ?? 'disallowed by robots.txt';
    // The address guard refusing the host is final; robots.txt being down for a while is not. Records say
    // which: "refused: …" is policy (robots.txt, the address guard) and stays so, a bare reason is a
    // failure that is retried (the words operators read in `assay status`, the UI and the console).
    const transient = /unreachable/i.test(reason) && !/refused:/.test(reason);
    await store.add({
      kind: 'fetch',
      url,
      finalUrl: null,
      sourceId,
      status: null,
      bytes: 0,
      durationMs: 0,
      error: transient ? reason : `refused: ${reason}`,
      fetchedAt: new Date().toISOString(),
    });
    if (transient) throw new TransientFetchError(`${url}: ${reason}`);
    return reason;
  }

  /** The gap to keep between requests to the host of `url`: Crawl-delay may lengthen it, never shorten it. */
  async function hostDelay(url: string, delayMs?: number): Promise<number> {
    return Math.max(delayMs ?? options.politenessDelayMs, (await robots.crawlDelayMs(url)) ?? 0);
  }

  /** Fetches a URL and describes the fetch for operators. The caller has taken the host's slot. */
  async function fetchPage(
    url: string,
    sourceId: string | null,
    { delayMs, ...how }: Validators & Pick<FetchOptions, 'onlyHtml' | 'gunzipFile'> & { delayMs: number },
  ) {
    const fetchedAt = new Date().toISOString();
    const result = await fetchResource(url, {
      userAgent: options.userAgent,
      timeoutMs: options.fetchTimeoutMs ?? 30_000,
      dispatcher,
      checkUrl: politeHops(delayMs),
      ...how,
    });
    await hosts.settle(result.finalUrl || url, delayMs);
    const record: PageFetch = {
      url,
      finalUrl: result.finalUrl || null,
      sourceId,
      status: result.status || null,
      bytes: result.bytes,
      durationMs: result.durationMs,
      error: result.error,
      fetchedAt,
    };
    return { result, record };
  }

  /** 5xx, 429 and network errors are worth another try; BullMQ retries the job with backoff. */
  function throwIfTransient(result: FetchResult, url: string): void {
    // A refusal by the address guard is final, and so is a response that broke a limit or the protocol
    // (too big, a compression bomb, a redirect loop): asking again would get the same answer.
    if (result.error && PERMANENT_FETCH_ERROR.test(result.error)) return;
    if (result.status >= 500 || result.status === 429 || result.status === 0) {
      throw new TransientFetchError(
        `${url}: ${result.error ?? `HTTP ${result.status}`}`,
        result.retryAfterMs,
      );
    }
  }

  /**
   * Fetches and records the fetch on its own (feeds, sitemaps, listing pages). Sitemaps may be gzip files
   * (`sitemap.xml.gz`), which `gunzipFile` unwraps under the same decompressed-size cap as any body.
   */
  async function fetchAndRecord(
    url: string,
    sourceId: string | null,
    { delayMs, gunzipFile = false }: { delayMs?: number | undefined; gunzipFile?: boolean } = {},
  ): Promise<FetchResult | null> {
    if (await robotsRefusal(url, sourceId)) return null;
    // Feeds and sitemaps are few: waiting in place for the host is simpler than splitting the job.
    const delay = await hostDelay(url, delayMs);
    await hosts.take(url, delay);
    // Conditional GET: a feed or sitemap that has not changed answers 304 and makes no new work.
    const validatorsKey = `${options.context.prefix}:validators`;
    const known = await redis.hget(validatorsKey, url);
    const remembered = known ? (JSON.parse(known) as Validators) : {};
    const { result, record } = await fetchPage(url, sourceId, { ...remembered, gunzipFile, delayMs: delay });
    await store.add({ kind: 'fetch', ...record });
    throwIfTransient(result, url);
    if (result.ok && (result.etag || result.lastModified)) {
      const validators: Validators = {
        ...(result.etag ? { etag: result.etag } : {}),
        ...(result.lastModified ? { lastModified: result.lastModified } : {}),
      };
      await redis.hset(validatorsKey, url, JSON.stringify(validators));
    }
    return result;
  }

  async function discover(
    source: Source,
    from: string,
    links: { url: string; title: string | null; published: string | null }[],
  ) {
    // The first mention of each canonical URL; then, per batch, one round trip to learn which are new,
    // one to queue those and one to record them, instead of three per link.
    const firstByUrl = new Map<string, (typeof links)[number]>();
    for (const link of links) {
      const url = canonicalizeUrl(link.url);
      if (url && !firstByUrl.has(url)) firstByUrl.set(url, link);
    }
    const candidates = [...firstByUrl];
    let queued = 0;
    for (let i = 0; i < candidates.length; i += DISCOVER_BATCH) {
      const batch = candidates.slice(i, i + DISCOVER_BATCH);
      const seen = await seenUrls.hasMany(batch.map(([url]) => url));
      const fresh = batch.filter((_, k) => !seen[k]);
      await crawl.addBulk(
        fresh.map(([url, link]) => ({
          kind: 'page' as const,
          url,
          sourceId: source.id,
          discoveredFrom: from,
          title: link.title,
          published: link.published,
          ...(source.politeness_delay_ms !== undefined
            ? { politenessDelayMs: source.politeness_delay_ms }
            : {}),
        })),
      );
      await seenUrls.add(...fresh.map(([url]) => url));
      queued += fresh.length;
    }
    return queued;
  }

  const recrawlKey = (source: Source) => `${options.context.prefix}:recrawl:${source.id}`;

  /** Adaptive recrawl: after a read, the source's interval grows when it brought nothing new, else shrinks. */
  async function recordRead(source: Source, newItems: number): Promise<number | null> {
    if (!intervalBounds(source) || !('every_minutes' in source.schedule)) return null;
    const current = Number(
      (await redis.hget(recrawlKey(source), 'interval')) ?? source.schedule.every_minutes,
    );
    const next = adaptedIntervalMinutes(source, current, newItems);
    await redis.hset(recrawlKey(source), { interval: next, due: Date.now() + next * 60_000 });
    return next;
  }

  /** Whether a scheduled read may go: its current interval has passed (runs requested now always may). */
  async function readIsDue(payload: CrawlSourcePayload): Promise<boolean> {
    if (payload.requestedAt || !intervalBounds(payload.source)) return true;
    const due = Number((await redis.hget(recrawlKey(payload.source), 'due')) ?? 0);
    return Date.now() >= due;
  }

  async function crawlSource(payload: CrawlSourcePayload) {
    const { source } = payload;
    if (!(await readIsDue(payload))) return { skipped: 'not due yet (adaptive recrawl)' };
    if (source.kind === 'url') {
      return {
        discovered: 1,
        queued: await discover(source, source.url, [{ url: source.url, title: null, published: null }]),
      };
    }
    const page = await fetchAndRecord(source.url, source.id, {
      delayMs: source.politeness_delay_ms,
      gunzipFile: source.kind === 'sitemap',
    });
    if (!page) return { discovered: 0, queued: 0, skipped: 'disallowed by robots.txt' };
    if (page.notModified) {
      const everyMinutes = await recordRead(source, 0);
      return { discovered: 0, queued: 0, skipped: 'not modified since the last read', everyMinutes };
    }
    if (!page.ok) throw new UnrecoverableError(`${source.url}: ${page.error ?? `HTTP ${page.status}`}`);
    const body = page.text();
    let links: { url: string; title: string | null; published: string | null }[];
    switch (source.kind) {
      case 'feed':
        links = parseFeed(body, page.finalUrl).items;
        break;
      case 'sitemap':
        links = await sitemapLinks(body, page.finalUrl, source, 0);
        break;
      case 'listing':
        links = extractListingLinks(body, page.finalUrl, {
          ...(source.link_selector ? { linkSelector: source.link_selector } : {}),
          ...(source.url_pattern ? { urlPattern: source.url_pattern } : {}),
        }).map((url) => ({ url, title: null, published: null }));
        break;
    }
    const queued = await discover(source, page.finalUrl, links);
    const everyMinutes = await recordRead(source, queued);
    return { discovered: links.length, queued, everyMinutes };
  }

  async function sitemapLinks(body: string, url: string, source: Source, depth: number) {
    const sitemap = parseSitemap(body, url);
    if (sitemap.kind === 'urlset') {
      return sitemap.entries.map((e) => ({
        url: e.url,
        title: e.title,
        published: e.published ?? e.lastmod,
      }));
    }
    if (depth >= MAX_SITEMAP_DEPTH) return [];
    const links: { url: string; title: string | null; published: string | null }[] = [];
    for (const child of sitemap.entries) {
      const page = await fetchAndRecord(child.url, source.id, {
        delayMs: source.politeness_delay_ms,
        gunzipFile: true,
      });
      if (page?.ok) links.push(...(await sitemapLinks(page.text(), page.finalUrl, source, depth + 1)));
    }
    return links;
  }

  // Backpressure: the extract queue's length, read at most every 100 ms by this process.
  const maxBacklog = options.maxExtractBacklog ?? 20;
  let backlog = { waiting: 0, at: 0 };
  async function waitForExtractors() {
    for (;;) {
      if (Date.now() - backlog.at > 100)
        backlog = { waiting: await extract.queue.getWaitingCount(), at: Date.now() };
      if (backlog.waiting < maxBacklog) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function crawlPage(payload: CrawlPagePayload, job: Job, token: string | undefined) {
    const refusal = await robotsRefusal(payload.url, payload.sourceId);
    if (refusal) return { skipped: refusal };
    await waitForExtractors();
    const delay = await hostDelay(payload.url, payload.politenessDelayMs);
    const wait = await hosts.tryTake(payload.url, delay);
    if (wait > 0) {
      // Not this host's turn: the job goes back to wait in Redis, freeing the worker slot. The jitter
      // spreads jobs for one host so they do not all wake at the same moment.
      await job.moveToDelayed(Date.now() + wait + Math.floor(Math.random() * wait), token);
      throw new DelayedError();
    }
    // Article pages that turn out not to be HTML (PDFs, images) are not downloaded.
    const { result: page, record } = await fetchPage(payload.url, payload.sourceId, {
      onlyHtml: true,
      delayMs: delay,
    });
    // A page that becomes an article carries its fetch record along (one store write instead of two);
    // every other outcome is recorded here.
    const skip = async (reason: string) => {
      // Operators see why a fetched page made no article: the reason goes in the fetch record.
      await store.add({ kind: 'fetch', ...record, error: record.error ?? `skipped: ${reason}` });
      throwIfTransient(page, payload.url);
      return { skipped: reason, fetchMs: record.durationMs };
    };
    if (page.skipReason) return skip(page.skipReason);
    // An HTTP error is a failed fetch, not a skipped page: its record says so without the "skipped:" word.
    if (!page.ok) {
      await store.add({ kind: 'fetch', ...record, error: record.error ?? `HTTP ${page.status}` });
      throwIfTransient(page, payload.url);
      return { failed: page.error ?? `HTTP ${page.status}`, fetchMs: record.durationMs };
    }
    const text = page.text();
    // A canonical URL on another host is not this page's to claim: taken as its identity, it would store
    // the page as that site's and keep the real page from ever being fetched ("duplicate of").
    const canonical =
      trustedCanonicalUrl(findCanonicalUrl(text, page.finalUrl), page.finalUrl) ??
      canonicalizeUrl(page.finalUrl) ??
      payload.url;
    const hash = contentHash(text);
    // The content, and the canonical URL when the page names another, are claimed for this job in one
    // atomic step: of several copies fetched at the same moment, one goes on.
    const claims: [SeenSet, string][] = [[seenContent, hash]];
    if (canonical !== payload.url) claims.push([seenUrls, canonical]);
    const held = await claimEach(redis, claims, String(job.id));
    if (held?.[0] === seenUrls) return skip(`duplicate of ${canonical}`);
    if (held) return skip('duplicate content');
    const type = options.pageType?.(text, page.finalUrl);
    if (type?.isArticle === false) return skip(`not an article: ${type.notArticleReason ?? 'page signals'}`);
    await extract.add({
      url: canonical,
      finalUrl: page.finalUrl,
      sourceId: payload.sourceId,
      contentType: page.contentType ?? 'text/html',
      contentHash: hash,
      body: compressBody(text),
      fetchedAt: record.fetchedAt,
      title: payload.title,
      published: payload.published,
      fetch: record,
    });
    // fetchMs feeds the API's fetch-latency histogram (it reads job results from the queue's events).
    return { extracted: canonical, fetchMs: record.durationMs };
  }

  const worker = createTypedWorker(
    crawlQueue,
    options.context,
    async (payload, job, token): Promise<Record<string, unknown>> =>
      payload.kind === 'source' ? crawlSource(payload) : crawlPage(payload, job, token),
    {
      concurrency: options.concurrency,
      settings: {
        backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) =>
          crawlBackoff(attemptsMade, error instanceof TransientFetchError ? error.retryAfterMs : null),
      },
    },
  );

  return {
    worker,
    async close() {
      await worker.close();
      await Promise.all([crawl.close(), extract.close(), store.close(), dispatcher.close()]);
      redis.disconnect();
    },
  };
}
