import robotsParserModule from 'robots-parser';

/** What robots-parser's parse returns (its index.d.ts has the shape). */
interface Robot {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
  getSitemaps(): string[];
}

/**
 * robots-parser is CommonJS whose module.exports is the function; its types declare an ES default
 * export, which under NodeNext types the default import as the module object. At run time, Node's
 * default import of a CommonJS module is module.exports: the function.
 */
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robot;

/** What the robots cache needs of a fetch: `fetchResource`'s result fits. */
export interface RobotsResponse {
  /** HTTP status; 0 for no response (network error, refusal, timeout, size cap). */
  status: number;
  error?: string | null;
  text(): string;
}

export interface RobotsCacheOptions {
  /** The crawler's User-Agent; its product token ("AssayBot" in "AssayBot/1.0 (+url)") picks the group. */
  userAgent: string;
  /**
   * GETs a robots.txt URL. Pass `fetchResource` with the crawler's dispatcher (the SSRF guard applies to
   * robots.txt too), a small `maxBytes` (500 KB is what RFC 9309 asks crawlers to read) and a short timeout.
   */
  fetch: (url: string) => Promise<RobotsResponse>;
  /** How long a fetched robots.txt (or a 4xx, meaning no rules) is used. Default 24 h (RFC 9309). */
  ttlMs?: number;
  /**
   * How long a 5xx, 429 or network failure keeps the origin disallowed (or on its last-good robots.txt)
   * before asking again. Default 10 min.
   */
  failureTtlMs?: number;
  /** Origins kept at most; the least recently fetched are dropped first. Default 10,000. */
  maxEntries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** Why a URL is or is not allowed, for the crawler's fetch records. */
export interface RobotsVerdict {
  allowed: boolean;
  /** "disallowed by robots.txt", "robots.txt unreachable: HTTP 503", ...; null when allowed. */
  reason: string | null;
}

export interface RobotsCache {
  /** Whether `url` may be fetched; fetches the origin's robots.txt at most once per TTL. */
  isAllowed(url: string): Promise<boolean>;
  /** The same, with the reason for a refusal. */
  check(url: string): Promise<RobotsVerdict>;
  /** Crawl-delay for the origin of `url` in milliseconds, or null when robots.txt sets none. */
  crawlDelayMs(url: string): Promise<number | null>;
  /** Sitemap URLs listed in the origin's robots.txt. */
  sitemaps(url: string): Promise<string[]>;
  /** Drop every cached entry. */
  clear(): void;
}

interface Entry {
  expiresAt: number;
  /** null: no rules apply (4xx), everything allowed. */
  robot: Robot | null;
  /** Set when robots.txt could not be had: the whole origin is disallowed until `expiresAt`. */
  failure: string | null;
  /** The last robots.txt read with a 2xx for this origin, kept to stand in when a later fetch fails. */
  lastGood: Robot | null;
}

const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;
const DEFAULT_FAILURE_TTL_MS = 10 * 60 * 1000;
const DEFAULT_MAX_ENTRIES = 10_000;

/** The product token robots.txt groups are matched against: "AssayBot/1.0 (+url)" → "AssayBot". */
function productToken(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/, 1)[0] ?? userAgent;
}

/**
 * robots.txt per origin (scheme, host and port, as RFC 9309 scopes it), parsed with robots-parser and
 * cached with a TTL. Concurrent questions about one origin share one fetch. 2xx: the rules apply;
 * 4xx other than 429: no rules, everything allowed; 5xx, 429 or a network failure: the last-good
 * robots.txt of the origin keeps applying when there is one (a site whose robots.txt is briefly down has
 * not changed its rules), else the whole origin is disallowed (RFC 9309); either for `failureTtlMs`,
 * then asked again.
 */
export function createRobotsCache(options: RobotsCacheOptions): RobotsCache {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const failureTtlMs = options.failureTtlMs ?? DEFAULT_FAILURE_TTL_MS;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const now = options.now ?? Date.now;
  const agent = productToken(options.userAgent);
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<Entry>>();

  async function load(origin: string, lastGood: Robot | null): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    let response: RobotsResponse;
    try {
      response = await options.fetch(robotsUrl);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return failed(`robots.txt unreachable: ${why}`, lastGood);
    }
    const { status } = response;
    if (status >= 200 && status < 300) {
      const robot = robotsParser(robotsUrl, response.text());
      return { expiresAt: now() + ttlMs, robot, failure: null, lastGood: robot };
    }
    if (status >= 400 && status < 500 && status !== 429) {
      return { expiresAt: now() + ttlMs, robot: null, failure: null, lastGood };
    }
    const why = status === 0 ? (response.error ?? 'no response') : `HTTP ${status}`;
    return failed(`robots.txt unreachable: ${why}`, lastGood);
  }

  function failed(failure: string, lastGood: Robot | null): Entry {
    const expiresAt = now() + failureTtlMs;
    if (lastGood !== null) return { expiresAt, robot: lastGood, failure: null, lastGood };
    return { expiresAt, robot: null, failure, lastGood };
  }

  async function entryFor(url: URL): Promise<Entry> {
    const origin = url.origin;
    const cached = entries.get(origin);
    if (cached !== undefined && cached.expiresAt > now()) return cached;
    const inFlight = pending.get(origin);
    if (inFlight !== undefined) return inFlight;
    const loading = load(origin, cached?.lastGood ?? null)
      .then((entry) => {
        entries.delete(origin);
        entries.set(origin, entry);
        while (entries.size > maxEntries) {
          const oldest = entries.keys().next().value;
          if (oldest === undefined) break;
          entries.delete(oldest);
        }
        return entry;
      })
      .finally(() => pending.delete(origin));
    pending.set(origin, loading);
    return loading;
  }

  function parse(url: string): URL | null {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
    } catch {
      return null;
    }
  }

  async function check(url: string): Promise<RobotsVerdict> {
    const parsed = parse(url);
    if (parsed === null) return { allowed: false, reason: `not an http(s) URL: ${url}` };
    // robots.txt itself is always allowed (RFC 9309 2.5).
    if (parsed.pathname === '/robots.txt') return { allowed: true, reason: null };
    const entry = await entryFor(parsed);
    if (entry.failure !== null) return { allowed: false, reason: entry.failure };
    if (entry.robot === null) return { allowed: true, reason: null };
    const allowed = entry.robot.isAllowed(parsed.href, agent) ?? true;
    return allowed ? { allowed, reason: null } : { allowed, reason: 'disallowed by robots.txt' };
  }

  return {
    check,
    async isAllowed(url) {
      return (await check(url)).allowed;
    },
    async crawlDelayMs(url) {
      const parsed = parse(url);
      if (parsed === null) return null;
      const delay = (await entryFor(parsed)).robot?.getCrawlDelay(agent);
      return delay === undefined || !Number.isFinite(delay) || delay < 0 ? null : Math.round(delay * 1000);
    },
    async sitemaps(url) {
      const parsed = parse(url);
      if (parsed === null) return [];
      return (await entryFor(parsed)).robot?.getSitemaps() ?? [];
    },
    clear() {
      entries.clear();
    },
  };
}
