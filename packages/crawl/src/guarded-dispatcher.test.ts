import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource.js';
import { createGuardedDispatcher } from './guarded-dispatcher.js';

const userAgent = 'AssayTest/1.0 (+https://example.com/bot)';
const requested: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(`${request.headers.host}${request.url}`);
    if (request.url === '/to-private') {
      response.writeHead(302, { location: `http://intranet.example:${port}/secret` }).end();
      return;
    }
    if (request.url === '/to-literal') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/secret` }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createGuardedDispatcher', () => {
  it('refuses a public-looking name that resolves to a private address, and never connects', async () => {
    const lookups: string[] = [];
    const dispatcher = createGuardedDispatcher({
      allowHosts: [],
      resolve: async (host) => {
        lookups.push(host);
        return ['127.0.0.1'];
      },
    });
    try {
      const before = requested.length;
      const result = await fetchResource(`http://news.example.com:${port}/page`, { userAgent, dispatcher });
      expect(result).toMatchObject({ status: 0, ok: false });
      expect(result.error).toBe(
        'refused: news.example.com resolves to 127.0.0.1, a private or reserved address (allow it with ASSAY_CRAWL_ALLOW)',
      );
      expect(lookups).toEqual(['news.example.com']);
      expect(requested.length).toBe(before);
    } finally {
      await dispatcher.close();
    }
  });

  it('resolves once and connects to the address it checked (no second resolution to rebind)', async () => {
    // A rebinding resolver: an allowed address the first time, a refused one after. Here 127.0.0.1
    // stands in for a public address (the fixture server listens only there) and 127.0.0.2 for a
    // private one, so nothing leaves the machine.
    let calls = 0;
    const dispatcher = createGuardedDispatcher({
      allowHosts: [],
      isBlocked: (address) => address !== '127.0.0.1',
      resolve: async () => (calls++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']),
    });
    try {
      const result = await fetchResource(`http://rebind.example:${port}/page`, { userAgent, dispatcher });
      expect(result).toMatchObject({ status: 200, error: null });
      expect(result.text()).toBe('reached');
      expect(calls).toBe(1);
      expect(requested).toContain(`rebind.example:${port}/page`);
    } finally {
      await dispatcher.close();
    }
  });

  it('refuses when any one of the addresses is private', async () => {
    const dispatcher = createGuardedDispatcher({
      allowHosts: [],
      resolve: async () => ['93.184.216.34', '10.0.0.7'],
    });
    try {
      const result = await fetchResource(`http://mixed.example:${port}/`, { userAgent, dispatcher });
      expect(result.error).toMatch(/^refused: mixed\.example resolves to 10\.0\.0\.7/);
    } finally {
      await dispatcher.close();
    }
  });

  it('refuses IP literals in every spelling, IPv4-mapped IPv6 included', async () => {
    const dispatcher = createGuardedDispatcher({ allowHosts: [] });
    try {
      const before = requested.length;
      for (const [url, address] of [
        [`http://127.0.0.1:${port}/`, '127.0.0.1'],
        [`http://2130706433:${port}/`, '127.0.0.1'],
        [`http://0x7f.0.0.1:${port}/`, '127.0.0.1'],
        [`http://0177.0.0.1:${port}/`, '127.0.0.1'],
        [`http://10.0.0.1:${port}/`, '10.0.0.1'],
        [`http://169.254.169.254:${port}/latest/meta-data/`, '169.254.169.254'],
        [`http://[::1]:${port}/`, '::1'],
        [`http://[::ffff:127.0.0.1]:${port}/`, '::ffff:7f00:1'],
      ] as const) {
        const result = await fetchResource(url, { userAgent, dispatcher });
        expect(result.error, url).toBe(
          `refused: ${address}, a private or reserved address (allow it with ASSAY_CRAWL_ALLOW)`,
        );
      }
      expect(requested.length).toBe(before);
    } finally {
      await dispatcher.close();
    }
  });

  it('refuses a redirect to a host that resolves privately, recording the hop', async () => {
    const dispatcher = createGuardedDispatcher({
      allowHosts: ['public.example'],
      resolve: async (host) => (host === 'public.example' ? ['127.0.0.1'] : ['192.168.1.20']),
    });
    try {
      const result = await fetchResource(`http://public.example:${port}/to-private`, {
        userAgent,
        dispatcher,
      });
      expect(result).toMatchObject({
        status: 0,
        finalUrl: `http://intranet.example:${port}/secret`,
        redirects: [`http://public.example:${port}/to-private`],
      });
      expect(result.error).toMatch(/^refused: intranet\.example resolves to 192\.168\.1\.20/);
      expect(requested).not.toContain(`intranet.example:${port}/secret`);
    } finally {
      await dispatcher.close();
    }
  });

  it('refuses a redirect to a private IP literal', async () => {
    const dispatcher = createGuardedDispatcher({
      allowHosts: ['public.example'],
      resolve: async () => ['127.0.0.1'],
    });
    try {
      const result = await fetchResource(`http://public.example:${port}/to-literal`, {
        userAgent,
        dispatcher,
      });
      expect(result.error).toMatch(/^refused: 127\.0\.0\.1, a private or reserved address/);
      expect(result.finalUrl).toBe(`http://127.0.0.1:${port}/secret`);
    } finally {
      await dispatcher.close();
    }
  });

  it('lets allowlisted names and literals through, with the system resolver', async () => {
    const dispatcher = createGuardedDispatcher({ allowHosts: ['localhost', '127.0.0.1'] });
    try {
      expect(await fetchResource(`http://localhost:${port}/ok`, { userAgent, dispatcher })).toMatchObject({
        status: 200,
        error: null,
      });
      const literal = await fetchResource(`http://127.0.0.1:${port}/ok`, { userAgent, dispatcher });
      expect(literal.text()).toBe('reached');
    } finally {
      await dispatcher.close();
    }
  });

  it("an allowlisted host:port opens that port only, not the host's other services", async () => {
    // Issue 12: with 127.0.0.1 allowed for a local site, pages and redirects reached Redis and PostgreSQL.
    const other = createServer((_request, response) => response.end('redis-ish'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as AddressInfo).port;
    const dispatcher = createGuardedDispatcher({ allow: [`127.0.0.1:${port}`, `localhost:${port}`] });
    try {
      const site = await fetchResource(`http://127.0.0.1:${port}/ok`, { userAgent, dispatcher });
      expect(site.text()).toBe('reached');
      const named = await fetchResource(`http://localhost:${port}/ok`, { userAgent, dispatcher });
      expect(named.error).toBeNull();
      for (const url of [`http://127.0.0.1:${otherPort}/`, `http://localhost:${otherPort}/`]) {
        const result = await fetchResource(url, { userAgent, dispatcher });
        expect(result.error, url).toMatch(
          /^refused: .*private or reserved address \(allow it with ASSAY_CRAWL_ALLOW\)/,
        );
      }
    } finally {
      await dispatcher.close();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('says only "not a public address" when asked to (webhook delivery logs)', async () => {
    const dispatcher = createGuardedDispatcher({
      resolve: async () => ['10.0.0.5'],
      refusalMessage: () => 'not a public address',
    });
    try {
      const result = await fetchResource(`http://intranet.example:${port}/`, { userAgent, dispatcher });
      expect(result.error).toBe('refused: not a public address');
    } finally {
      await dispatcher.close();
    }
  });

  it('refuses localhost through the system resolver when it is not allowlisted', async () => {
    const dispatcher = createGuardedDispatcher({ allowHosts: [] });
    try {
      const result = await fetchResource(`http://localhost:${port}/ok`, { userAgent, dispatcher });
      expect(result.error).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1)/);
    } finally {
      await dispatcher.close();
    }
  });

  it('reports a name that does not resolve', async () => {
    const dispatcher = createGuardedDispatcher({ allowHosts: [], resolve: async () => [] });
    try {
      const result = await fetchResource(`http://nowhere.example:${port}/`, { userAgent, dispatcher });
      expect(result.error).toMatch(/ENOTFOUND nowhere\.example/);
    } finally {
      await dispatcher.close();
    }
  });
});
