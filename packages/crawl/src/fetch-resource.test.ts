import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource.js';

const userAgent = 'AssayTest/1.0 (+https://example.com/bot)';
const requestedPaths: string[] = [];
const requestHeaders = new Map<string, IncomingMessage['headers']>();
/** Bytes the endless body route managed to write before the client hung up. */
let endlessBytesWritten = 0;
let endlessClosed: Promise<void> = Promise.resolve();

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location }).end('moved');
}

function writeEndlessBody(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.alloc(16 * 1024, 'a');
  endlessBytesWritten = 0;
  endlessClosed = new Promise((resolve) => response.on('close', () => resolve()));
  const writeMore = (): void => {
    // Respect backpressure so the count reflects what the client actually pulled.
    while (!response.destroyed && endlessBytesWritten < 1024 * 1024 * 1024) {
      endlessBytesWritten += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', writeMore);
        return;
      }
    }
  };
  writeMore();
}

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const routes: Record<string, Route> = {
  '/ok': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-trace': 'abc' });
    response.end('<p>Grüße</p>');
  },
  '/hop1': (_, response) => redirect(response, 301, '/hop2'),
  '/hop2': (request, response) => redirect(response, 302, `http://${request.headers.host}/hop3?from=2`),
  '/hop3?from=2': (_, response) => redirect(response, 307, 'final'),
  '/final': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('arrived');
  },
  '/loop': (_, response) => redirect(response, 308, '/loop'),
  '/to-forbidden': (_, response) => redirect(response, 303, '/forbidden'),
  '/to-ftp': (_, response) => redirect(response, 302, 'ftp://files.example.com/x'),
  '/no-location': (_, response) => {
    response.writeHead(302).end();
  },
  '/error': (_, response) => {
    response.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
  },
  '/not-found': (_, response) => {
    response.writeHead(404).end('nope');
  },
  '/endless': (_, response) => writeEndlessBody(response),
  '/declared-huge': (_, response) => {
    response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    response.write('partial');
  },
  '/latin1': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset="ISO-8859-1"' });
    response.end(Buffer.from('Café in Zürich, Straße', 'latin1'));
  },
  '/unknown-charset': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain; charset=x-no-such-charset' });
    response.end(Buffer.from('naïve', 'utf8'));
  },
  // Never answers: the client's deadline has to end it.
  '/hang': () => {},
  '/stall-body': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('first bytes, then nothing');
  },
};

function handle(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  requestedPaths.push(path);
  requestHeaders.set(path, request.headers);
  const route = routes[path];
  if (route === undefined) {
    response.writeHead(404).end();
    return;
  }
  route(request, response);
}

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchResource', () => {
  it('fetches a page: status, headers, media type, decoded text, and sends the user agent', async () => {
    const result = await fetchResource(`${origin}/ok`, { userAgent, accept: 'text/html' });
    expect(result).toMatchObject({
      url: `${origin}/ok`,
      finalUrl: `${origin}/ok`,
      redirects: [],
      status: 200,
      ok: true,
      contentType: 'text/html',
      error: null,
    });
    expect(result.headers['x-trace']).toBe('abc');
    expect(result.text()).toBe('<p>Grüße</p>');
    expect(result.bytes).toBe(Buffer.byteLength('<p>Grüße</p>'));
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(requestHeaders.get('/ok')).toMatchObject({ 'user-agent': userAgent, accept: 'text/html' });
  });

  it('follows a chain of 3 redirects (relative and absolute Locations) and records it', async () => {
    const result = await fetchResource(`${origin}/hop1`, { userAgent });
    expect(result).toMatchObject({
      finalUrl: `${origin}/final`,
      redirects: [`${origin}/hop1`, `${origin}/hop2`, `${origin}/hop3?from=2`],
      status: 200,
      ok: true,
      error: null,
    });
    expect(result.text()).toBe('arrived');
  });

  it('stops a redirect loop after maxRedirects', async () => {
    const result = await fetchResource(`${origin}/loop`, { userAgent });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'too many redirects' });
    expect(result.redirects).toHaveLength(5);
  });

  it('counts hops against a lower maxRedirects', async () => {
    const result = await fetchResource(`${origin}/hop1`, { userAgent, maxRedirects: 2 });
    expect(result).toMatchObject({ ok: false, error: 'too many redirects' });
    expect(result.redirects).toEqual([`${origin}/hop1`, `${origin}/hop2`]);
  });

  it('returns an HTTP error status as a response, not as an error', async () => {
    const result = await fetchResource(`${origin}/error`, { userAgent });
    expect(result).toMatchObject({ status: 500, ok: false, error: null });
    expect(result.text()).toBe('internal error');
    expect(await fetchResource(`${origin}/not-found`, { userAgent })).toMatchObject({
      status: 404,
      ok: false,
    });
  });

  it('treats a redirect without Location as the final response', async () => {
    const result = await fetchResource(`${origin}/no-location`, { userAgent });
    expect(result).toMatchObject({ status: 302, ok: false, error: null, redirects: [] });
  });

  it('streams the body and stops reading at maxBytes', async () => {
    const maxBytes = 64 * 1024;
    const result = await fetchResource(`${origin}/endless`, { userAgent, maxBytes });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'body over 64 KB', bytes: 0 });
    await endlessClosed;
    // The server could only push what fits in socket buffers past the cap, far from the 1 GB it offers.
    expect(endlessBytesWritten).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a body whose declared length is over the cap, with the default 10 MB cap', async () => {
    const result = await fetchResource(`${origin}/declared-huge`, { userAgent });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'body over 10 MB' });
  });

  it('gives up at the deadline while waiting for headers', async () => {
    const result = await fetchResource(`${origin}/hang`, { userAgent, timeoutMs: 200 });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'timeout', finalUrl: `${origin}/hang` });
    expect(result.durationMs).toBeGreaterThanOrEqual(150);
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('gives up at the deadline while reading a stalled body', async () => {
    const result = await fetchResource(`${origin}/stall-body`, { userAgent, timeoutMs: 200 });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'timeout' });
  });

  it('passes every URL, redirect hops included, through checkUrl and stops at a refusal', async () => {
    const checked: string[] = [];
    const checkUrl = async (url: URL): Promise<void> => {
      checked.push(url.href);
      if (url.pathname === '/forbidden') throw new Error('private address');
    };
    const requestsBefore = requestedPaths.length;
    const result = await fetchResource(`${origin}/to-forbidden`, { userAgent, checkUrl });
    expect(result).toMatchObject({
      status: 0,
      ok: false,
      error: 'refused: private address',
      finalUrl: `${origin}/forbidden`,
      redirects: [`${origin}/to-forbidden`],
    });
    expect(checked).toEqual([`${origin}/to-forbidden`, `${origin}/forbidden`]);
    expect(requestedPaths.slice(requestsBefore)).toEqual(['/to-forbidden']);
  });

  it('refuses the first URL before any request', async () => {
    const requestsBefore = requestedPaths.length;
    const result = await fetchResource(`${origin}/ok`, {
      userAgent,
      checkUrl: async () => {
        throw new Error('disallowed by robots.txt');
      },
    });
    expect(result).toMatchObject({ status: 0, error: 'refused: disallowed by robots.txt', redirects: [] });
    expect(requestedPaths.length).toBe(requestsBefore);
  });

  it('decodes text with the charset of the Content-Type header', async () => {
    const result = await fetchResource(`${origin}/latin1`, { userAgent });
    expect(result.bytes).toBe(22);
    expect(result.text()).toBe('Café in Zürich, Straße');
  });

  it('decodes as UTF-8 when the charset is unknown', async () => {
    const result = await fetchResource(`${origin}/unknown-charset`, { userAgent });
    expect(result.text()).toBe('naïve');
  });

  it('reports network errors, bad URLs and non-http redirects without throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const refused = await fetchResource(`http://127.0.0.1:${closedPort}/`, { userAgent });
    expect(refused).toMatchObject({ status: 0, ok: false });
    expect(refused.error).toMatch(/ECONNREFUSED/);

    expect(await fetchResource('not a url', { userAgent })).toMatchObject({
      error: 'invalid URL: not a url',
    });
    expect(await fetchResource('file:///etc/passwd', { userAgent })).toMatchObject({
      error: 'unsupported protocol: file:///etc/passwd',
    });
    expect(await fetchResource(`${origin}/to-ftp`, { userAgent })).toMatchObject({
      status: 0,
      error: 'unsupported protocol: ftp://files.example.com/x',
      redirects: [`${origin}/to-ftp`],
    });
  });

  it('connects through the given dispatcher', async () => {
    const port = new URL(origin).port;
    const lookedUp: string[] = [];
    // The shape of the SSRF guard to come: the dispatcher decides which address a host name reaches.
    const dispatcher = new Agent({
      connect: {
        lookup: (hostname, _options, callback) => {
          lookedUp.push(hostname);
          callback(null, [{ address: '127.0.0.1', family: 4 }]);
        },
      },
    });
    try {
      const result = await fetchResource(`http://assay-fixture.test:${port}/ok`, { userAgent, dispatcher });
      expect(result).toMatchObject({ status: 200, ok: true });
      expect(lookedUp).toEqual(['assay-fixture.test']);
    } finally {
      await dispatcher.close();
    }
  });
});
