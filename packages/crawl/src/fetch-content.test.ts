import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { brotliCompressSync, constants, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from './charset.js';
import { fetchResource, parseRetryAfter } from './fetch-resource.js';

const userAgent = 'AssayTest/1.0 (+https://example.com/bot)';
const requestHeaders = new Map<string, IncomingMessage['headers']>();

const page =
  '<!doctype html><html><head><title>Grüße</title></head><body><p>Grüße aus Zürich</p></body></html>';
/** 50 MB of zeros, gzipped to about 50 KB. */
const gzipBomb = gzipSync(Buffer.alloc(50 * 1024 * 1024), { level: 9 });
const ETAG = '"v1-abc"';
let bigPdfWritten = 0;
let bigPdfClosed: Promise<void> = Promise.resolve();
const LAST_MODIFIED = 'Tue, 03 Nov 2026 10:00:00 GMT';
const sitemapXml =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/a</loc></url></urlset>';

/** One page of Chinese, Japanese, Korean or Western text per charset, with what it should decode to. */
const charsetPages: Record<string, string> = {
  gbk: '中国矿业公司宣布迁往马来西亚',
  gb18030: '中国矿业公司宣布迁往马来西亚 𠀀',
  big5: '比特大陸宣布遷往新加坡',
  shift_jis: '鉱業会社がマレーシアへ移転を発表',
  'euc-kr': '채굴 회사가 말레이시아로 이전한다고 발표했다',
  'windows-1252': 'Café “Zürich” – naïve €5 façade',
};

function html(charsetDeclaration: string, text: string): string {
  return `<!doctype html><html><head>${charsetDeclaration}<title>${text}</title></head><body><p>${text}</p></body></html>`;
}

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const routes: Record<string, Route> = {
  '/gzip': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    response.end(gzipSync(page));
  },
  '/deflate': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
    response.end(deflateSync(page));
  },
  '/raw-deflate': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' });
    response.end(deflateRawSync(page));
  },
  '/br': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
    response.end(brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  },
  '/gzip-then-br': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip, br' });
    response.end(brotliCompressSync(gzipSync(page)));
  },
  '/big-gzip': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    // Random bytes do not compress: some 256 KB on the wire.
    response.end(gzipSync(randomBytes(256 * 1024)));
  },
  '/big-pdf': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    bigPdfClosed = new Promise((resolve) => response.on('close', () => resolve()));
    bigPdfWritten = 0;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const writeMore = (): void => {
      while (!response.destroyed && bigPdfWritten < 512 * 1024 * 1024) {
        bigPdfWritten += chunk.length;
        if (!response.write(chunk)) {
          response.once('drain', writeMore);
          return;
        }
      }
      response.end();
    };
    writeMore();
  },
  '/bomb': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    response.end(gzipBomb);
  },
  '/corrupt-gzip': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    response.end('this is not gzip at all');
  },
  '/zstd': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'zstd' });
    response.end('whatever');
  },
  '/sitemap.xml.gz': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(sitemapXml));
  },
  '/sitemap-gzip-twice.xml.gz': (_, response) => {
    // A .gz file sent with a Content-Encoding on top: two layers, both undone.
    response.writeHead(200, { 'content-type': 'application/x-gzip', 'content-encoding': 'gzip' });
    response.end(gzipSync(gzipSync(sitemapXml)));
  },
  '/bomb-sitemap.xml.gz': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/x-gzip' }).end(gzipBomb);
  },
  '/truncated-sitemap.xml.gz': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/gzip' });
    response.end(gzipSync(sitemapXml).subarray(0, 30));
  },
  '/empty-gzip': (_, response) => {
    response.writeHead(204, { 'content-encoding': 'gzip' }).end();
  },
  '/conditional': (request, response) => {
    if (request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED) {
      response.writeHead(304, { etag: ETAG, 'last-modified': LAST_MODIFIED }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html', etag: ETAG, 'last-modified': LAST_MODIFIED });
    response.end(page);
  },
  '/busy-seconds': (_, response) => {
    response.writeHead(429, { 'retry-after': '120' }).end();
  },
  '/busy-date': (_, response) => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    response.writeHead(503, { 'retry-after': at }).end();
  },
  '/pdf': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
  },
  '/xhtml': (_, response) => {
    response.writeHead(200, { 'content-type': 'application/xhtml+xml; charset=utf-8' }).end(page);
  },
  '/untyped-html': (_, response) => {
    response.writeHead(200).end(page);
  },
  '/untyped-binary': (_, response) => {
    response.writeHead(200).end(Buffer.from([0, 1, 2, 3]));
  },
  '/hang': () => {},
  '/stall-body': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('first bytes, then nothing');
  },
};

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://fixture');
  requestHeaders.set(url.pathname, request.headers);
  const charsetMatch = /^\/charset\/(header|meta|http-equiv|none)\/(.+)$/.exec(url.pathname);
  if (charsetMatch) {
    const [, how = '', charset = ''] = charsetMatch;
    const text = charsetPages[charset] ?? '';
    const declaration =
      how === 'meta'
        ? `<meta charset="${charset}">`
        : how === 'http-equiv'
          ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`
          : '';
    const contentType = how === 'header' ? `text/html; charset=${charset}` : 'text/html';
    response.writeHead(200, { 'content-type': contentType });
    response.end(iconv.encode(html(declaration, text), charset));
    return;
  }
  const route = routes[url.pathname];
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

describe('fetchResource: compressed responses', () => {
  it('asks for gzip, deflate and br', async () => {
    await fetchResource(`${origin}/gzip`, { userAgent });
    expect(requestHeaders.get('/gzip')?.['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each(['/gzip', '/deflate', '/raw-deflate', '/br', '/gzip-then-br'])('decodes %s', async (path) => {
    const result = await fetchResource(`${origin}${path}`, { userAgent });
    expect(result).toMatchObject({ status: 200, ok: true, error: null, bytes: Buffer.byteLength(page) });
    expect(result.text()).toBe(page);
    expect(result.encodedBytes).toBeGreaterThan(0);
    expect(result.encodedBytes).not.toBe(result.bytes);
  });

  it('stops a gzip bomb (50 KB inflating to 50 MB) at the decoded-size cap, early and in bounded memory', async () => {
    expect(gzipBomb.length).toBeLessThan(200 * 1024);
    const memoryBefore = process.memoryUsage().arrayBuffers;
    const result = await fetchResource(`${origin}/bomb`, { userAgent, maxDecodedBytes: 1024 * 1024 });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'decompressed body over 1 MB', bytes: 0 });
    // Holding the inflated 50 MB would show here; that inflation stops early is shown in
    // content-encoding.test.ts, where the decoder's input is counted.
    expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(16 * 1024 * 1024);
  });

  it('caps the compressed bytes on the wire with maxBytes', async () => {
    const result = await fetchResource(`${origin}/big-gzip`, { userAgent, maxBytes: 64 * 1024 });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'body over 64 KB' });
  });

  it('stops a gzip bomb at the default cap of 10 MB', async () => {
    const result = await fetchResource(`${origin}/bomb`, { userAgent });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'decompressed body over 10 MB' });
  });

  it('reports a corrupt or unsupported coding as a failure, and an empty compressed body as empty', async () => {
    const corrupt = await fetchResource(`${origin}/corrupt-gzip`, { userAgent });
    expect(corrupt).toMatchObject({
      status: 0,
      ok: false,
      error: 'bad gzip content: incorrect header check',
    });
    const zstd = await fetchResource(`${origin}/zstd`, { userAgent });
    expect(zstd).toMatchObject({ status: 0, ok: false, error: 'unsupported content encoding: zstd' });
    const empty = await fetchResource(`${origin}/empty-gzip`, { userAgent });
    expect(empty).toMatchObject({ status: 204, ok: true, error: null, bytes: 0 });
  });
});

describe('fetchResource: gzip files (gunzipFile)', () => {
  it('gunzips a body that is a gzip file, also under a Content-Encoding, and passes other bodies through', async () => {
    for (const path of ['/sitemap.xml.gz', '/sitemap-gzip-twice.xml.gz']) {
      const result = await fetchResource(`${origin}${path}`, { userAgent, gunzipFile: true });
      expect(result, path).toMatchObject({ ok: true, error: null, bytes: Buffer.byteLength(sitemapXml) });
      expect(result.text(), path).toBe(sitemapXml);
    }
    const plain = await fetchResource(`${origin}/gzip`, { userAgent, gunzipFile: true });
    expect(plain.text()).toBe(page);
    // Without the option the gzip file is the body, as sent.
    const asSent = await fetchResource(`${origin}/sitemap.xml.gz`, { userAgent });
    expect(asSent.body.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('stops a gzip-file bomb at the decoded-size cap, and reports a truncated file', async () => {
    const bomb = await fetchResource(`${origin}/bomb-sitemap.xml.gz`, { userAgent, gunzipFile: true });
    expect(bomb).toMatchObject({ status: 0, ok: false, error: 'decompressed body over 10 MB' });
    const truncated = await fetchResource(`${origin}/truncated-sitemap.xml.gz`, {
      userAgent,
      gunzipFile: true,
    });
    expect(truncated).toMatchObject({
      status: 0,
      ok: false,
      error: 'bad gzip content: unexpected end of file',
    });
  });
});

describe('fetchResource: charsets', () => {
  it.each(Object.keys(charsetPages))('decodes a %s page declared by <meta charset> only', async (charset) => {
    const result = await fetchResource(`${origin}/charset/meta/${charset}`, { userAgent });
    expect(result.text()).toContain(`<p>${charsetPages[charset]}</p>`);
    expect(result.charset().source).toBe('meta');
  });

  it.each(Object.keys(charsetPages))('decodes a %s page declared by <meta http-equiv>', async (charset) => {
    const result = await fetchResource(`${origin}/charset/http-equiv/${charset}`, { userAgent });
    expect(result.text()).toContain(`<p>${charsetPages[charset]}</p>`);
  });

  it.each(Object.keys(charsetPages))(
    'decodes a %s page declared by the Content-Type header',
    async (charset) => {
      const result = await fetchResource(`${origin}/charset/header/${charset}`, { userAgent });
      expect(result.text()).toContain(`<p>${charsetPages[charset]}</p>`);
      expect(result.charset().source).toBe('header');
    },
  );

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', async () => {
    const result = await fetchResource(`${origin}/charset/none/windows-1252`, { userAgent });
    expect(result.text()).toContain(`<p>${charsetPages['windows-1252']}</p>`);
    expect(result.charset()).toEqual({ charset: 'windows-1252', source: 'default' });
  });
});

describe('decodeText', () => {
  const utf8Page = Buffer.from(html('', 'Grüße'));

  it('prefers a BOM over the header, and the header over <meta>', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8Page]);
    expect(decodeText(withBom, 'text/html; charset=iso-8859-1')).toMatchObject({
      charset: { charset: 'utf-8', source: 'bom' },
    });
    expect(decodeText(withBom, 'text/html').text.startsWith('<!doctype')).toBe(true);
    const gbk = iconv.encode(html('<meta charset="big5">', '中国'), 'gbk');
    expect(decodeText(gbk, 'text/html; charset=GBK').text).toContain('<p>中国</p>');
  });

  it('decodes UTF-16 with a BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>中国</p>', 'utf-16le')]);
    expect(decodeText(utf16, undefined)).toEqual({
      text: '<p>中国</p>',
      charset: { charset: 'utf-16le', source: 'bom' },
    });
  });

  it('reads the XML declaration of a feed', () => {
    const feed = iconv.encode(
      '<?xml version="1.0" encoding="windows-1251"?><rss><title>Новости</title></rss>',
      'windows-1251',
    );
    expect(decodeText(feed, 'application/rss+xml')).toMatchObject({
      text: '<?xml version="1.0" encoding="windows-1251"?><rss><title>Новости</title></rss>',
      charset: { source: 'xml' },
    });
  });

  it('treats ISO-8859-1 as windows-1252, ignores unknown labels and <meta> inside comments or past 4 KB', () => {
    expect(decodeText(Buffer.from([0x93, 0x41, 0x94]), 'text/plain; charset=ISO-8859-1').text).toBe('“A”');
    expect(decodeText(Buffer.from('naïve'), 'text/plain; charset=x-no-such-charset').text).toBe('naïve');
    const commented = iconv.encode('<!-- <meta charset="gbk"> --><p>Café</p>', 'windows-1252');
    expect(decodeText(commented, 'text/html').charset).toEqual({
      charset: 'windows-1252',
      source: 'default',
    });
    const late = Buffer.concat([
      Buffer.from(' '.repeat(5000)),
      iconv.encode('<meta charset="gbk"><p>中国</p>', 'gbk'),
    ]);
    expect(decodeText(late, 'text/html').charset.source).toBe('default');
  });

  it('takes a charset only from <meta charset> or <meta http-equiv=content-type>', () => {
    const other = iconv.encode('<meta name="x" content="text/html; charset=gbk"><p>Café</p>', 'windows-1252');
    expect(decodeText(other, 'text/html').text).toContain('Café');
    const unquoted = iconv.encode(
      '<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=Shift_JIS"><p>日本</p>',
      'shift_jis',
    );
    expect(decodeText(unquoted, 'text/html').text).toContain('<p>日本</p>');
  });
});

describe('fetchResource: conditional GET', () => {
  it('exposes the validators and gets 304 when they are sent back', async () => {
    const first = await fetchResource(`${origin}/conditional`, { userAgent });
    expect(first).toMatchObject({
      status: 200,
      ok: true,
      notModified: false,
      etag: ETAG,
      lastModified: LAST_MODIFIED,
    });
    expect(requestHeaders.get('/conditional')?.['if-none-match']).toBeUndefined();

    const second = await fetchResource(`${origin}/conditional`, {
      userAgent,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toMatchObject({ status: 304, ok: false, notModified: true, error: null, bytes: 0 });
    expect(requestHeaders.get('/conditional')).toMatchObject({
      'if-none-match': ETAG,
      'if-modified-since': LAST_MODIFIED,
    });
  });

  it('sends If-Modified-Since alone', async () => {
    const result = await fetchResource(`${origin}/conditional`, { userAgent, lastModified: LAST_MODIFIED });
    expect(result.notModified).toBe(true);
    expect(requestHeaders.get('/conditional')?.['if-none-match']).toBeUndefined();
  });

  it('has no validators on a response without them', async () => {
    const result = await fetchResource(`${origin}/pdf`, { userAgent });
    expect(result).toMatchObject({ etag: null, lastModified: null, notModified: false });
  });
});

describe('fetchResource: Retry-After', () => {
  it('reads seconds on 429 and an HTTP date on 503', async () => {
    expect(await fetchResource(`${origin}/busy-seconds`, { userAgent })).toMatchObject({
      status: 429,
      retryAfterMs: 120_000,
    });
    const dated = await fetchResource(`${origin}/busy-date`, { userAgent });
    expect(dated.status).toBe(503);
    expect(dated.retryAfterMs).toBeGreaterThan(55_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect((await fetchResource(`${origin}/pdf`, { userAgent })).retryAfterMs).toBeNull();
  });

  it('parses seconds, dates in the past and nonsense', () => {
    const now = Date.parse('2026-11-03T10:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 30 ', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 03 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Tue, 03 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('fetchResource: content kind', () => {
  it('tells HTML from other content and says why the rest is skipped', async () => {
    expect(await fetchResource(`${origin}/gzip`, { userAgent })).toMatchObject({
      isHtml: true,
      skipReason: null,
    });
    expect(await fetchResource(`${origin}/xhtml`, { userAgent })).toMatchObject({
      isHtml: true,
      skipReason: null,
    });
    expect(await fetchResource(`${origin}/pdf`, { userAgent })).toMatchObject({
      ok: true,
      isHtml: false,
      skipReason: 'not HTML: application/pdf',
    });
    expect(await fetchResource(`${origin}/untyped-html`, { userAgent })).toMatchObject({
      contentType: null,
      isHtml: true,
      skipReason: null,
    });
    expect(await fetchResource(`${origin}/untyped-binary`, { userAgent })).toMatchObject({
      isHtml: false,
      skipReason: 'not HTML: no content type',
    });
  });

  it('with onlyHtml, leaves a declared non-HTML body unread', async () => {
    const result = await fetchResource(`${origin}/big-pdf`, { userAgent, onlyHtml: true });
    expect(result).toMatchObject({
      status: 200,
      ok: false,
      error: null,
      bytes: 0,
      isHtml: false,
      skipReason: 'not HTML: application/pdf',
    });
    await bigPdfClosed;
    expect(bigPdfWritten).toBeLessThan(64 * 1024 * 1024);
    expect(await fetchResource(`${origin}/untyped-html`, { userAgent, onlyHtml: true })).toMatchObject({
      ok: true,
      isHtml: true,
    });
    expect(await fetchResource(`${origin}/xhtml`, { userAgent, onlyHtml: true })).toMatchObject({ ok: true });
  });

  it('gives no skip reason to failures', async () => {
    const busy = await fetchResource(`${origin}/busy-seconds`, { userAgent });
    expect(busy.skipReason).toBeNull();
  });
});

describe('fetchResource: connect, headers and body timeouts', () => {
  it('gives up waiting for headers after headersTimeoutMs', async () => {
    const result = await fetchResource(`${origin}/hang`, { userAgent, headersTimeoutMs: 150 });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'headers timeout' });
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('gives up on a body that stops sending after bodyTimeoutMs', async () => {
    const result = await fetchResource(`${origin}/stall-body`, { userAgent, bodyTimeoutMs: 150 });
    expect(result).toMatchObject({ status: 0, ok: false, error: 'body timeout' });
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('gives up on a connection that does not complete after connectTimeoutMs', async () => {
    // A TCP server that accepts and then says nothing: the TLS handshake, part of connecting, never ends.
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      const result = await fetchResource(`https://127.0.0.1:${port}/`, { userAgent, connectTimeoutMs: 150 });
      expect(result).toMatchObject({ status: 0, ok: false, error: 'connect timeout' });
      expect(result.durationMs).toBeLessThan(5000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
