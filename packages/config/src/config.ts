import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** `host:port`, `[v6]:port` or `host:*`: an address the crawler or webhooks may reach although private. */
const ALLOW_ENTRY = /^(?:\[[0-9a-f:.]+\]|[^:[\]\s,]+):(?:\*|[1-9]\d{0,4})$/i;

/** A comma-separated allow list; every entry must name its port (or `*` for all of them). */
const allowList = (name: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            ALLOW_ENTRY,
            `${name} entries are host:port (or host:* for every port of a host), such as 127.0.0.1:8081`,
          ),
      ),
    );

const positiveInt = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .positive(`${name} must be above 0`);

/**
 * Every setting Assay reads from the environment. Nothing else in the codebase reads `process.env`:
 * services take a validated `Config`.
 */
export const configSchema = z.object({
  /** Where PGlite keeps its data and a private Redis its files. */
  dataDir: z.string().min(1),
  /** Redis for the queues. */
  redisUrl: z.url({ message: 'REDIS_URL must be a URL such as redis://127.0.0.1:6379' }),
  /** PostgreSQL; when absent, the embedded PGlite in the data directory is used. */
  databaseUrl: z
    .url({ message: 'DATABASE_URL must be a URL such as postgres://user@host:5432/assay' })
    .nullable(),
  /** Prefix of every queue key. The braces make it a Redis Cluster hash tag, so one queue's keys share a slot. */
  queuePrefix: z.string().min(1),
  /**
   * `host:port` entries the crawler may fetch although private or loopback (local sites). Only those
   * ports: `host:*` would also let pages and redirects reach Redis, PostgreSQL and the API on that host.
   */
  crawlAllow: z.array(z.string().regex(ALLOW_ENTRY, 'entries are host:port or host:*')),
  /**
   * `host:port` entries webhooks may be delivered to although private (empty: public addresses only).
   * Any subscriber key can create webhooks: an entry here is a port every subscriber can send POSTs to.
   */
  webhookAllow: z.array(z.string().regex(ALLOW_ENTRY, 'entries are host:port or host:*')),
  /** Minimum time between two requests to the same host, in milliseconds. */
  politenessDelayMs: z.number().int().nonnegative(),
  userAgent: z.string().min(1),
  /** Port of the HTTP API (and the web UI and /health of `assay start`). */
  port: z.number().int().min(0).max(65535),
  /**
   * Address the HTTP API listens on. Loopback by default: the API holds keys, reviews and the queues,
   * so reaching it from other machines is a choice (0.0.0.0 or :: for every interface, or one address).
   */
  host: z.union([z.ipv4(), z.ipv6(), z.hostname()], {
    message: 'HOST must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name such as localhost',
  }),
  crawlerConcurrency: z.number().int().positive(),
  extractorConcurrency: z.number().int().positive(),
  storeConcurrency: z.number().int().positive(),
  /**
   * How often a worker looks for jobs whose worker died (BullMQ's stalledInterval). Such a job goes back to
   * its queue at the first check after its lock (30 s) expired that finds it marked by an earlier check: within
   * about the lock plus two intervals. Give every process on the same queues the same value.
   */
  stalledIntervalMs: z.number().int().positive(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Requests per minute allowed to each API key. */
  apiRateLimitPerMinute: z.number().int().positive(),
  /** Where the API is reached from outside: links in feeds and the CloudEvents `source`. */
  publicUrl: z.url({ message: 'ASSAY_PUBLIC_URL must be a URL such as https://assay.example.com' }),
  /** First webhook retry delay; later ones double, up to an hour, for 24 hours. */
  webhookRetryBaseMs: z.number().int().positive(),
});

export type Config = z.infer<typeof configSchema>;

const environmentSchema = z.object({
  ASSAY_DATA_DIR: z.string().min(1).optional(),
  REDIS_URL: z.string().optional(),
  DATABASE_URL: z.string().optional(),
  ASSAY_QUEUE_PREFIX: z.string().min(1).optional(),
  ASSAY_CRAWL_ALLOW: allowList('ASSAY_CRAWL_ALLOW').optional(),
  ASSAY_WEBHOOK_ALLOW: allowList('ASSAY_WEBHOOK_ALLOW').optional(),
  // One list used to serve the crawler and webhooks alike, with every port of each host.
  ASSAY_ALLOW_HOSTS: z
    .undefined({
      message:
        'ASSAY_ALLOW_HOSTS was replaced by ASSAY_CRAWL_ALLOW (the crawler) and ASSAY_WEBHOOK_ALLOW (webhooks), whose entries are host:port',
    })
    .optional(),
  ASSAY_POLITENESS_DELAY_MS: positiveInt('ASSAY_POLITENESS_DELAY_MS')
    .or(z.literal('0').transform(() => 0))
    .optional(),
  ASSAY_USER_AGENT: z.string().min(1).optional(),
  PORT: z.coerce.number({ message: 'PORT must be a number' }).int().min(0).max(65535).optional(),
  HOST: z.string().optional(),
  ASSAY_CRAWLER_CONCURRENCY: positiveInt('ASSAY_CRAWLER_CONCURRENCY').optional(),
  ASSAY_EXTRACTOR_CONCURRENCY: positiveInt('ASSAY_EXTRACTOR_CONCURRENCY').optional(),
  ASSAY_STORE_CONCURRENCY: positiveInt('ASSAY_STORE_CONCURRENCY').optional(),
  ASSAY_STALLED_INTERVAL_MS: positiveInt('ASSAY_STALLED_INTERVAL_MS').optional(),
  ASSAY_LOG_LEVEL: z.string().optional(),
  ASSAY_API_RATE_LIMIT: positiveInt('ASSAY_API_RATE_LIMIT').optional(),
  ASSAY_PUBLIC_URL: z.string().optional(),
  ASSAY_WEBHOOK_RETRY_BASE_MS: positiveInt('ASSAY_WEBHOOK_RETRY_BASE_MS').optional(),
});

/** A configuration error that names every setting that is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment (default: the process's), applying defaults and checking every value. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const parsedEnv = environmentSchema.safeParse(env);
  if (!parsedEnv.success) {
    throw new ConfigError(parsedEnv.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsedEnv.data;
  const candidate = {
    dataDir: e.ASSAY_DATA_DIR ?? join(homedir(), '.assay'),
    redisUrl: e.REDIS_URL ?? 'redis://127.0.0.1:6379',
    databaseUrl: e.DATABASE_URL || null,
    queuePrefix: e.ASSAY_QUEUE_PREFIX ?? '{assay}',
    crawlAllow: e.ASSAY_CRAWL_ALLOW ?? [],
    webhookAllow: e.ASSAY_WEBHOOK_ALLOW ?? [],
    politenessDelayMs: e.ASSAY_POLITENESS_DELAY_MS ?? 1000,
    userAgent: e.ASSAY_USER_AGENT ?? 'AssayBot/0.1 (+https://github.com/assay/assay)',
    port: e.PORT ?? 8080,
    host: e.HOST || '127.0.0.1',
    crawlerConcurrency: e.ASSAY_CRAWLER_CONCURRENCY ?? 8,
    extractorConcurrency: e.ASSAY_EXTRACTOR_CONCURRENCY ?? 2,
    storeConcurrency: e.ASSAY_STORE_CONCURRENCY ?? 4,
    stalledIntervalMs: e.ASSAY_STALLED_INTERVAL_MS ?? 30_000,
    logLevel: e.ASSAY_LOG_LEVEL ?? 'info',
    apiRateLimitPerMinute: e.ASSAY_API_RATE_LIMIT ?? 600,
    publicUrl: e.ASSAY_PUBLIC_URL ?? `http://localhost:${e.PORT ?? 8080}`,
    webhookRetryBaseMs: e.ASSAY_WEBHOOK_RETRY_BASE_MS ?? 10_000,
    ...overrides,
  };
  const parsed = configSchema.safeParse(candidate);
  if (!parsed.success) {
    const names: Record<string, string> = {
      dataDir: 'ASSAY_DATA_DIR',
      redisUrl: 'REDIS_URL',
      databaseUrl: 'DATABASE_URL',
      queuePrefix: 'ASSAY_QUEUE_PREFIX',
      logLevel: 'ASSAY_LOG_LEVEL',
      publicUrl: 'ASSAY_PUBLIC_URL',
      host: 'HOST',
    };
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        return `${names[key] ?? key}: ${issue.message}`;
      }),
    );
  }
  return parsed.data;
}
