import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource.js';
import { createRobotsCache, type RobotsResponse } from './robots.js';

const userAgent = 'AssayBot/1.0 (+https://example.com/bot)';

const ROBOTS = `# fixture
User-agent: *
Disallow: /private/
Crawl-delay: 2

User-agent: AssayBot
Disallow: /members/
Allow: /members/public/
Crawl-delay: 1.5
Sitemap: https://news.example/sitemap.xml
`;

/** robots.txt answer per fixture host (the Host header picks it), and how often each was asked for. */
const robotsByHost: Record<string, { status: number; body?: string }> = {
  'rules.test': { status: 200, body: ROBOTS },
  'missing.test': { status: 404 },
  'gone.test': { status: 410 },
  'forbidden.test': { status: 403 },
  'broken.test': { status: 500 },
  'busy.test': { status: 429 },
};
const robotsRequests = new Map<string, number>();
const pageRequests: string[] = [];

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (request.url === '/robots.txt') {
      robotsRequests.set(host, (robotsRequests.get(host) ?? 0) + 1);
      const answer = robotsByHost[host] ?? { status: 404 };
      response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body ?? '');
      return;
    }
    pageRequests.push(`${host}${request.url}`);
    response.writeHead(200, { 'content-type': 'text/html' }).end('<p>page</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** GET from the fixture server as `host` (the Host header picks the robots.txt answer). */
async function rawGet(host: string, path: string): Promise<RobotsResponse> {
  const response = await request(`http://127.0.0.1:${port}${path}`, { headers: { host } });
  const body = await response.body.text();
  return { status: response.statusCode, error: null, text: () => body };
}

describe('createRobotsCache', () => {
  it('disallows a disallowed path, allows the rest, and picks the group of its own product token', async () => {
    const robots = createRobotsCache({
      userAgent,
      fetch: (url) => rawGet(new URL(url).hostname, '/robots.txt'),
    });
    expect(await robots.isAllowed('http://rules.test/members/inbox')).toBe(false);
    expect(await robots.isAllowed('http://rules.test/members/public/about')).toBe(true);
    expect(await robots.isAllowed('http://rules.test/news/today')).toBe(true);
    // The * group does not apply to AssayBot, which has its own.
    expect(await robots.isAllowed('http://rules.test/private/x')).toBe(true);
    expect(await robots.check('http://rules.test/members/inbox')).toEqual({
      allowed: false,
      reason: 'disallowed by robots.txt',
    });
    const other = createRobotsCache({
      userAgent: 'OtherBot/2.0',
      fetch: (url) => rawGet(new URL(url).hostname, '/robots.txt'),
    });
    expect(await other.isAllowed('http://rules.test/private/x')).toBe(false);
    expect(await other.crawlDelayMs('http://rules.test/')).toBe(2000);
  });

  it('reads Crawl-delay and Sitemap lines', async () => {
    const robots = createRobotsCache({
      userAgent,
      fetch: (url) => rawGet(new URL(url).hostname, '/robots.txt'),
    });
    expect(await robots.crawlDelayMs('http://rules.test/any')).toBe(1500);
    expect(await robots.sitemaps('http://rules.test/')).toEqual(['https://news.example/sitemap.xml']);
    expect(await robots.crawlDelayMs('http://missing.test/any')).toBeNull();
  });

  it('fetches robots.txt once per origin within the TTL, also for concurrent questions', async () => {
    robotsRequests.clear();
    let clock = 1_000_000;
    const robots = createRobotsCache({
      userAgent,
      ttlMs: 60_000,
      now: () => clock,
      fetch: (url) => rawGet(new URL(url).hostname, '/robots.txt'),
    });
    await Promise.all([
      robots.isAllowed('http://rules.test/a'),
      robots.isAllowed('http://rules.test/b'),
      robots.crawlDelayMs('http://rules.test/c'),
    ]);
    await robots.isAllowed('http://rules.test/d');
    expect(robotsRequests.get('rules.test')).toBe(1);
    // Another port or scheme is another origin.
    await robots.isAllowed('http://rules.test:8080/a');
    expect(robotsRequests.get('rules.test')).toBe(2);
    clock += 60_001;
    await robots.isAllowed('http://rules.test/e');
    expect(robotsRequests.get('rules.test')).toBe(3);
  });

  it('allows everything when robots.txt is 404, 410 or another 4xx', async () => {
    const robots = createRobotsCache({
      userAgent,
      fetch: (url) => rawGet(new URL(url).hostname, '/robots.txt'),
    });
    expect(await robots.isAllowed('http://missing.test/members/inbox')).toBe(true);
    expect(await robots.isAllowed('http://gone.test/anything')).toBe(true);
    expect(await robots.isAllowed('http://forbidden.test/anything')).toBe(true);
  });

  it('disallows the origin on 5xx and 429 for the failure TTL, then asks again', async () => {
    robotsRequests.clear();
    let clock = 1_000_000;
    const robots = createRobotsCache({
      userAgent,
      ttlMs: 3_600_000,
      failureTtlMs: 60_000,
      now: () => clock,
      fetch: (url) => rawGet(new URL(url).hostname, '/robots.txt'),
    });
    expect(await robots.check('http://broken.test/news')).toEqual({
      allowed: false,
      reason: 'robots.txt unreachable: HTTP 500',
    });
    expect(await robots.isAllowed('http://broken.test/other')).toBe(false);
    expect(robotsRequests.get('broken.test')).toBe(1);
    expect(await robots.isAllowed('http://busy.test/news')).toBe(false);
    clock += 60_001;
    robotsByHost['broken.test'] = { status: 200, body: 'User-agent: *\nDisallow: /admin\n' };
    try {
      expect(await robots.isAllowed('http://broken.test/news')).toBe(true);
      expect(await robots.isAllowed('http://broken.test/admin')).toBe(false);
      expect(robotsRequests.get('broken.test')).toBe(2);
    } finally {
      robotsByHost['broken.test'] = { status: 500 };
    }
  });

  it('keeps using the last-good robots.txt while a later fetch answers 5xx or fails', async () => {
    let clock = 1_000_000;
    let answer: RobotsResponse | Error = {
      status: 200,
      error: null,
      text: () => 'User-agent: *\nDisallow: /admin\n',
    };
    const fetched: string[] = [];
    const robots = createRobotsCache({
      userAgent,
      ttlMs: 60_000,
      failureTtlMs: 10_000,
      now: () => clock,
      fetch: async (url) => {
        fetched.push(url);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    expect(await robots.isAllowed('http://flaky.test/news')).toBe(true);
    answer = { status: 503, error: null, text: () => '' };
    clock += 60_001;
    // The copy read before still decides, both ways: /news allowed, /admin not, and no "unreachable".
    expect(await robots.check('http://flaky.test/news')).toEqual({ allowed: true, reason: null });
    expect(await robots.check('http://flaky.test/admin')).toEqual({
      allowed: false,
      reason: 'disallowed by robots.txt',
    });
    expect(fetched).toHaveLength(2);
    // Asked again after the failure TTL, not the full TTL; a network failure keeps the copy as well.
    answer = new Error('connect ECONNREFUSED');
    clock += 10_001;
    expect(await robots.isAllowed('http://flaky.test/admin')).toBe(false);
    expect(await robots.isAllowed('http://flaky.test/news')).toBe(true);
    expect(fetched).toHaveLength(3);
    // An origin never read successfully has no copy to fall back on: it stays disallowed.
    expect(await robots.check('http://other.test/news')).toEqual({
      allowed: false,
      reason: 'robots.txt unreachable: connect ECONNREFUSED',
    });
  });

  it('disallows the origin when robots.txt cannot be fetched at all', async () => {
    const robots = createRobotsCache({
      userAgent,
      fetch: async () => ({ status: 0, error: 'connect ECONNREFUSED 127.0.0.1:1', text: () => '' }),
    });
    expect(await robots.check('http://down.test/a')).toEqual({
      allowed: false,
      reason: 'robots.txt unreachable: connect ECONNREFUSED 127.0.0.1:1',
    });
    const throwing = createRobotsCache({
      userAgent,
      fetch: async () => {
        throw new Error('boom');
      },
    });
    expect(await throwing.check('http://down.test/a')).toEqual({
      allowed: false,
      reason: 'robots.txt unreachable: boom',
    });
  });

  it('works with fetchResource as its fetch, and a disallowed page is never requested', async () => {
    const robots = createRobotsCache({
      userAgent,
      fetch: (url) => fetchResource(url, { userAgent, maxBytes: 500 * 1024, timeoutMs: 5000 }),
    });
    robotsByHost['127.0.0.1'] = { status: 200, body: 'User-agent: assaybot\nDisallow: /secret\n' };
    try {
      const origin = `http://127.0.0.1:${port}`;
      const checkUrl = async (url: URL) => {
        const verdict = await robots.check(url.href);
        if (!verdict.allowed) throw new Error(verdict.reason ?? 'disallowed');
      };
      const before = pageRequests.length;
      const refused = await fetchResource(`${origin}/secret/page`, { userAgent, checkUrl });
      expect(refused.error).toBe('refused: disallowed by robots.txt');
      const fetched = await fetchResource(`${origin}/open/page`, { userAgent, checkUrl });
      expect(fetched.ok).toBe(true);
      expect(pageRequests.slice(before)).toEqual([`127.0.0.1/open/page`]);
      expect(await robots.isAllowed(`${origin}/robots.txt`)).toBe(true);
    } finally {
      delete robotsByHost['127.0.0.1'];
    }
  });

  it('refuses what is not an http(s) URL', async () => {
    const robots = createRobotsCache({ userAgent, fetch: async () => ({ status: 404, text: () => '' }) });
    expect(await robots.isAllowed('ftp://files.example/x')).toBe(false);
    expect(await robots.isAllowed('not a url')).toBe(false);
  });
});
