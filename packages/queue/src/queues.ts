import { articleSchema, extractedEventSchema, isoDateSchema, sourceSchema } from '@assay/schema';
import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import { compressedBodySchema } from './body.js';
import { defineQueue } from './define-queue.js';
import { extractJobId, pageJobId, storeJobId } from './job-ids.js';

/**
 * Every URL that travels through the pipeline is http(s): a `javascript:` or `data:` URL named by a page
 * (its canonical link, a feed item) would otherwise reach the UI's links, the feeds and the webhooks.
 */
export const httpUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** A host without its `www.` label: example.com and www.example.com are one site. */
const siteHost = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '');

/**
 * The canonical URL a page names, when it may be trusted: an http(s) URL on the page's own host (www.
 * aside). A page on one host naming another host's URL as its canonical would otherwise be stored
 * under that URL (impersonation) and claim it, so the real page is never fetched; such a claim is only
 * recorded (`foreignCanonicalUrl`).
 */
export function trustedCanonicalUrl(candidate: string | null, fetchedUrl: string): string | null {
  if (!candidate || !httpUrlSchema.safeParse(candidate).success) return null;
  try {
    return siteHost(new URL(candidate)) === siteHost(new URL(fetchedUrl)) ? candidate : null;
  } catch {
    return null;
  }
}

/** The http(s) canonical URL a page names on another host than its own, if it names one. */
export function foreignCanonicalUrl(candidate: string | null, fetchedUrl: string): string | null {
  if (!candidate || !httpUrlSchema.safeParse(candidate).success) return null;
  return trustedCanonicalUrl(candidate, fetchedUrl) === null ? candidate : null;
}

/** Retries back off exponentially; failures stay for inspection, completed jobs are trimmed. */
const RELIABLE_JOB: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

// --- crawl: read a source (feed, sitemap, listing, URL) or fetch one page -------------------------

export const crawlSourcePayloadSchema = z.object({
  kind: z.literal('source'),
  source: sourceSchema,
  /** Distinguishes "run now" requests from scheduled runs, which BullMQ ids itself. */
  requestedAt: z.iso.datetime().optional(),
});

export const crawlPagePayloadSchema = z.object({
  kind: z.literal('page'),
  /** The canonical URL (tracking parameters and fragment removed). */
  url: httpUrlSchema,
  sourceId: z.string().min(1),
  /** Where the link was found, and what the feed said about it. */
  discoveredFrom: httpUrlSchema.nullable().default(null),
  title: z.string().nullable().default(null),
  published: isoDateSchema.nullable().default(null),
  /** Source-level politeness override, in milliseconds. */
  politenessDelayMs: z.number().int().nonnegative().optional(),
});

export const crawlPayloadSchema = z.discriminatedUnion('kind', [
  crawlSourcePayloadSchema,
  crawlPagePayloadSchema,
]);

export type CrawlPayload = z.infer<typeof crawlPayloadSchema>;
export type CrawlSourcePayload = z.infer<typeof crawlSourcePayloadSchema>;
export type CrawlPagePayload = z.infer<typeof crawlPagePayloadSchema>;

/**
 * Crawl retries back off exponentially too, unless the server said when to come back (Retry-After):
 * the crawler's worker implements this backoff type (`crawlBackoff`).
 */
export const CRAWL_BACKOFF_TYPE = 'retry-after-or-exponential';

/** Milliseconds before retry `attemptsMade`: the server's Retry-After when it gave one, else 1 s, 2 s, 4 s, ... */
export function crawlBackoff(attemptsMade: number, retryAfterMs: number | null): number {
  const exponential = 1000 * 2 ** Math.max(0, attemptsMade - 1);
  return retryAfterMs === null ? exponential : Math.min(Math.max(retryAfterMs, 1000), 6 * 3600_000);
}

export const crawlQueue = defineQueue({
  name: 'crawl',
  payload: crawlPayloadSchema,
  defaultJobOptions: { ...RELIABLE_JOB, backoff: { type: CRAWL_BACKOFF_TYPE } },
  jobId: (p) =>
    p.kind === 'page' ? pageJobId(p.url) : `source-${p.source.id}-${Date.parse(p.requestedAt ?? '') || 0}`,
  jobName: (p) => (p.kind === 'page' ? 'crawl-page' : 'crawl-source'),
});

/** One fetch as operators see it: what was asked, what came back, how long it took. */
export const pageFetchSchema = z.object({
  url: httpUrlSchema,
  finalUrl: httpUrlSchema.nullable(),
  sourceId: z.string().min(1).nullable(),
  status: z.number().int().nullable(),
  bytes: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
  error: z.string().nullable(),
  fetchedAt: z.iso.datetime(),
});

// --- extract: turn a fetched page into an article and its events ---------------------------------

export const extractPayloadSchema = z.object({
  /** The URL as requested (canonical form) and where it ended after redirects. */
  url: httpUrlSchema,
  finalUrl: httpUrlSchema,
  sourceId: z.string().min(1),
  contentType: z.string(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
  body: compressedBodySchema,
  fetchedAt: z.iso.datetime(),
  /** What the feed said, used when the page itself does not say. */
  title: z.string().nullable().default(null),
  published: isoDateSchema.nullable().default(null),
  /** The fetch that brought the page; it travels with the article and is recorded in the same transaction. */
  fetch: pageFetchSchema.nullable().default(null),
});

export type ExtractPayload = z.infer<typeof extractPayloadSchema>;

export const extractQueue = defineQueue({
  name: 'extract',
  payload: extractPayloadSchema,
  defaultJobOptions: { ...RELIABLE_JOB, attempts: 2 },
  jobId: (p) => extractJobId(p.url, p.contentHash),
  jobName: () => 'extract-article',
});

// --- store: persist an article with its events, or a fetch record --------------------------------

export const storeArticlePayloadSchema = z.object({
  kind: z.literal('article'),
  url: httpUrlSchema,
  finalUrl: httpUrlSchema,
  sourceId: z.string().min(1),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest'),
  fetchedAt: z.iso.datetime(),
  /** Stored articles were fetched from the web: their URLs are http(s), never a page's own say-so. */
  article: articleSchema.extend({
    url: httpUrlSchema.nullable(),
    canonical_url: httpUrlSchema.nullable(),
  }),
  events: z.array(extractedEventSchema),
  /** A canonical URL the page named on another host: recorded with the article, never its identity. */
  claimedCanonical: httpUrlSchema.nullable().optional(),
  /** The page as fetched, compressed, kept as the article's snapshot. */
  html: compressedBodySchema.nullable(),
  fetch: pageFetchSchema.nullable().default(null),
});

/** A fetch that brought no article (a feed, an error, a duplicate): recorded on its own. */
export const fetchRecordSchema = pageFetchSchema.extend({ kind: z.literal('fetch') });

export const storePayloadSchema = z.discriminatedUnion('kind', [
  storeArticlePayloadSchema,
  fetchRecordSchema,
]);

export type StorePayload = z.infer<typeof storePayloadSchema>;
export type StoreArticlePayload = z.infer<typeof storeArticlePayloadSchema>;
export type FetchRecord = z.infer<typeof fetchRecordSchema>;
export type PageFetch = z.infer<typeof pageFetchSchema>;

export const storeQueue = defineQueue({
  name: 'store',
  payload: storePayloadSchema,
  defaultJobOptions: { ...RELIABLE_JOB, attempts: 10, backoff: { type: 'exponential', delay: 500 } },
  // Only the pipeline writes articles and events: a job added by hand (the dashboard, a script) is refused.
  signed: true,
  jobId: (p) =>
    p.kind === 'article'
      ? storeJobId(p.url, p.contentHash)
      : `fetch-${storeJobId(p.url, `${p.fetchedAt}${p.status}`)}`,
  jobName: (p) => (p.kind === 'article' ? 'store-article' : 'record-fetch'),
});

export const QUEUES = [crawlQueue, extractQueue, storeQueue] as const;
