import type { IncomingHttpHeaders } from 'node:http';
import { Agent, type Dispatcher, request } from 'undici';
import { type DetectedCharset, decodeText } from './charset.js';
import {
  ACCEPT_ENCODING,
  contentCodings,
  decodeContent,
  gunzipIfGzipFile,
  UnsupportedEncodingError,
} from './content-encoding.js';

export interface FetchOptions {
  userAgent: string;
  /** Deadline for the whole fetch: every redirect hop, checkUrl calls and the body. Default 30 s. */
  timeoutMs?: number;
  /** The body is streamed and the fetch fails once it passes this size (as sent, compressed). Default 10 MB. */
  maxBytes?: number;
  /** Cap on the body once gzip/deflate/br is undone; a compression bomb stops here. Default: `maxBytes`. */
  maxDecodedBytes?: number;
  /**
   * Leave the body of a 2xx response unread when its Content-Type says it is not HTML: the result has
   * `skipReason`, an empty body and `ok: false`. Responses without a type are read and sniffed.
   */
  onlyHtml?: boolean;
  /**
   * Gunzip a body that is itself a gzip file (by its magic bytes), e.g. `sitemap.xml.gz` served as
   * `application/gzip`, under `maxDecodedBytes` like a Content-Encoding. For sitemaps; pages never need it.
   */
  gunzipFile?: boolean;
  /** How long connecting (TCP and TLS) may take; for the default dispatcher only (see README). */
  connectTimeoutMs?: number;
  /** How long to wait for the response headers after the request is sent, at each hop. */
  headersTimeoutMs?: number;
  /** How long the body may go without sending any data. */
  bodyTimeoutMs?: number;
  /** A validator from an earlier fetch: sent as If-None-Match. */
  etag?: string | null;
  /** A validator from an earlier fetch: sent as If-Modified-Since. */
  lastModified?: string | null;
  /** Default 5. */
  maxRedirects?: number;
  /** Accept header; default: any type. */
  accept?: string;
  /** Where connections come from, e.g. an undici Agent with a vetted DNS lookup. Default: undici's global one. */
  dispatcher?: Dispatcher;
  /** Called before the first request and before every redirect hop; throw to refuse the URL. */
  checkUrl?: (url: URL) => Promise<void>;
}

export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The last URL requested (or refused): the one that answered, unless a redirect was refused. */
  finalUrl: string;
  /** URLs that answered with a redirect, in order, so the chain is [...redirects, finalUrl]. */
  redirects: string[];
  /** HTTP status of the final response; 0 when there is none to use (network error, refusal, cap, timeout). */
  status: number;
  /** True for a 2xx final response that was read in full. */
  ok: boolean;
  /** Media type without parameters, lower-case ("text/html"); the raw header is in `headers`. */
  contentType: string | null;
  /** Response headers, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body, content codings (gzip, deflate, br) undone. */
  body: Buffer;
  /**
   * The body decoded with iconv-lite: charset from a BOM, else the Content-Type header, else
   * `<?xml encoding>` / `<meta charset>` in the first 4 KB, else UTF-8 when valid, else windows-1252.
   */
  text(): string;
  /** The charset `text()` uses and where it came from. */
  charset(): DetectedCharset;
  /** Length of `body` (decoded). */
  bytes: number;
  /** Bytes received on the wire for the final response, before decompression. */
  encodedBytes: number;
  /** ETag of the final response, to send back as `etag` next time; null without one. */
  etag: string | null;
  /** Last-Modified of the final response, to send back as `lastModified` next time; null without one. */
  lastModified: string | null;
  /** True on 304 Not Modified: the validators still hold, there is nothing new. */
  notModified: boolean;
  /** From Retry-After (seconds or an HTTP date) on 429 and 5xx responses, else null. */
  retryAfterMs: number | null;
  /** The final response is HTML: text/html or application/xhtml+xml (or, with no type, HTML markup). */
  isHtml: boolean;
  /** Why a successful response is no page to extract ("not HTML: application/pdf"), else null. */
  skipReason: string | null;
  durationMs: number;
  /** Why the fetch failed, or null; an HTTP error status alone is not an error here (see `ok`). */
  error: string | null;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface FinalResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  encodedBytes: number;
  /** The body was left unread (`onlyHtml`). */
  skipped?: boolean;
}

/** Agents with a connect timeout, for fetches without a dispatcher of their own; one per timeout. */
const timeoutAgents = new Map<number, Agent>();

function dispatcherFor(options: FetchOptions): Dispatcher | undefined {
  if (options.dispatcher !== undefined || options.connectTimeoutMs === undefined) return options.dispatcher;
  let agent = timeoutAgents.get(options.connectTimeoutMs);
  if (agent === undefined) {
    agent = new Agent({ connect: { timeout: options.connectTimeoutMs } });
    timeoutAgents.set(options.connectTimeoutMs, agent);
  }
  return agent;
}

/** What the fetch has been through so far; read by the timeout, which can fire at any hop. */
interface Trail {
  finalUrl: string;
  redirects: string[];
}

class FetchFailure extends Error {}

/**
 * GET one URL, following redirects by hand so that every hop passes `checkUrl` and is recorded.
 * Never throws for network or HTTP trouble: the result carries `error` instead.
 */
export async function fetchResource(url: string, options: FetchOptions): Promise<FetchResult> {
  const startedAt = performance.now();
  const trail: Trail = { finalUrl: url, redirects: [] };
  const abortController = new AbortController();
  let deadline: NodeJS.Timeout | undefined;
  const timedOut = new Promise<FetchFailure>((resolve) => {
    deadline = setTimeout(() => {
      resolve(new FetchFailure('timeout'));
      abortController.abort();
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  });
  const fetched = followRedirects(url, options, trail, abortController.signal).catch((error: unknown) =>
    error instanceof FetchFailure ? error : new FetchFailure(describeNetworkError(error)),
  );
  try {
    const outcome = await Promise.race([fetched, timedOut]);
    const durationMs = Math.round(performance.now() - startedAt);
    if (outcome instanceof FetchFailure) {
      return buildResult(
        url,
        trail,
        { status: 0, headers: {}, body: Buffer.alloc(0), encodedBytes: 0 },
        durationMs,
        outcome.message,
      );
    }
    return buildResult(url, trail, outcome, durationMs, null);
  } finally {
    clearTimeout(deadline);
  }
}

async function followRedirects(
  url: string,
  options: FetchOptions,
  trail: Trail,
  signal: AbortSignal,
): Promise<FinalResponse> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDecodedBytes = options.maxDecodedBytes ?? maxBytes;
  const dispatcher = dispatcherFor(options);
  const requestHeaders: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? '*/*',
    'accept-encoding': ACCEPT_ENCODING,
  };
  // The validators belong to the final response of the chain; intermediate hops just redirect again.
  if (options.etag) requestHeaders['if-none-match'] = options.etag;
  if (options.lastModified) requestHeaders['if-modified-since'] = options.lastModified;
  let currentUrl = parseHttpUrl(url);
  for (;;) {
    trail.finalUrl = currentUrl.href;
    await checkOrRefuse(currentUrl, options.checkUrl);
    const response = await request(currentUrl, {
      method: 'GET',
      headers: requestHeaders,
      dispatcher,
      signal,
      ...(options.headersTimeoutMs === undefined ? {} : { headersTimeout: options.headersTimeoutMs }),
      ...(options.bodyTimeoutMs === undefined ? {} : { bodyTimeout: options.bodyTimeoutMs }),
    });
    const headers = flattenHeaders(response.headers);
    const location = headers.location;
    if (!REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
      const status = response.statusCode;
      if (options.onlyHtml && status >= 200 && status < 300 && isDeclaredNotHtml(headers['content-type'])) {
        discard(response.body);
        return { status, headers, body: Buffer.alloc(0), encodedBytes: 0, skipped: true };
      }
      const read = await readCapped(response.body, headers, {
        maxBytes,
        maxDecodedBytes,
        gunzipFile: options.gunzipFile === true,
      });
      return { status, headers, ...read };
    }
    await response.body.dump();
    if (trail.redirects.length >= maxRedirects) throw new FetchFailure('too many redirects');
    trail.redirects.push(currentUrl.href);
    currentUrl = parseHttpUrl(location, currentUrl);
  }
}

function parseHttpUrl(url: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new FetchFailure(`invalid URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchFailure(`unsupported protocol: ${parsed.href}`);
  }
  return parsed;
}

async function checkOrRefuse(url: URL, checkUrl: FetchOptions['checkUrl']): Promise<void> {
  if (checkUrl === undefined) return;
  try {
    // A copy, so that the hook cannot change what is fetched.
    await checkUrl(new URL(url.href));
  } catch (error) {
    throw new FetchFailure(`refused: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function readCapped(
  body: AsyncIterable<Buffer> & { destroy(): unknown; on(event: 'error', listener: () => void): unknown },
  headers: Record<string, string>,
  {
    maxBytes,
    maxDecodedBytes,
    gunzipFile,
  }: { maxBytes: number; maxDecodedBytes: number; gunzipFile: boolean },
): Promise<{ body: Buffer; encodedBytes: number }> {
  const overCap = new FetchFailure(`body over ${formatByteSize(maxBytes)}`);
  let codings: string[];
  try {
    codings = contentCodings(headers['content-encoding']);
  } catch (error) {
    discard(body);
    throw error instanceof UnsupportedEncodingError ? new FetchFailure(error.message) : error;
  }
  if (Number(headers['content-length']) > maxBytes) {
    discard(body);
    throw overCap;
  }
  let encodedBytes = 0;
  const wire = (async function* () {
    for await (const chunk of body) {
      encodedBytes += chunk.length;
      // Leaving the loop destroys the stream, so nothing past the cap is read off the socket.
      if (encodedBytes > maxBytes) throw overCap;
      yield chunk;
    }
  })();
  if (codings.length === 0 && !gunzipFile) {
    return { body: await collect(wire, maxBytes, overCap), encodedBytes };
  }
  const overDecodedCap = new FetchFailure(`decompressed body over ${formatByteSize(maxDecodedBytes)}`);
  const decoded = decodeContent(wire, codings);
  try {
    return {
      body: await collect(gunzipFile ? gunzipIfGzipFile(decoded) : decoded, maxDecodedBytes, overDecodedCap),
      encodedBytes,
    };
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    // zlib's own errors ("incorrect header check", "unexpected end of file") name the fault well enough.
    if (isDecompressionError(error)) {
      const what = codings.length > 0 ? codings.join(', ') : 'gzip';
      throw new FetchFailure(`bad ${what} content: ${error.message}`);
    }
    throw error;
  }
}

function isDecompressionError(error: unknown): error is Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^(Z_|ERR__|ERR_BROTLI)/.test(code);
}

/** Abandon an unread body; undici reports that as an "aborted" error, which is no news here. */
function discard(body: { destroy(): unknown; on(event: 'error', listener: () => void): unknown }): void {
  body.on('error', () => {});
  body.destroy();
}

/** Chunks into one buffer; throws `overCap` once past `cap`, which ends (and destroys) the source. */
async function collect(source: AsyncIterable<Buffer>, cap: number, overCap: FetchFailure): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > cap) throw overCap;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function buildResult(
  url: string,
  trail: Trail,
  response: FinalResponse,
  durationMs: number,
  error: string | null,
): FetchResult {
  const contentTypeHeader = response.headers['content-type'];
  const contentType = mediaTypeOf(contentTypeHeader);
  const success = error === null && response.status >= 200 && response.status < 300;
  const ok = success && !response.skipped;
  const isHtml = error === null && response.status !== 0 && looksLikeHtml(contentType, response.body);
  let decoded: ReturnType<typeof decodeText> | undefined;
  const decode = () => {
    decoded ??= decodeText(response.body, contentTypeHeader);
    return decoded;
  };
  return {
    url,
    finalUrl: trail.finalUrl,
    redirects: [...trail.redirects],
    status: response.status,
    ok,
    contentType,
    headers: response.headers,
    body: response.body,
    text: () => decode().text,
    charset: () => decode().charset,
    bytes: response.body.length,
    encodedBytes: response.encodedBytes,
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
    notModified: error === null && response.status === 304,
    retryAfterMs:
      response.status === 429 || response.status >= 500
        ? parseRetryAfter(response.headers['retry-after'], Date.now())
        : null,
    isHtml,
    skipReason: success && !isHtml ? `not HTML: ${contentType ?? 'no content type'}` : null,
    durationMs,
    error,
  };
}

function mediaTypeOf(contentType: string | undefined): string | null {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType ? mediaType : null;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** The start of an HTML document (WHATWG MIME sniffing, the tags that matter). */
const HTML_START =
  /^(?:\ufeff|\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body|title|script|iframe|h1|div|font|table|a|style|b|p|br|!--)[\s>]/i;

const UNTYPED = new Set(['application/octet-stream', 'unknown/unknown', 'application/unknown', '*/*']);

/** A Content-Type that names a type other than HTML (not absent, not a meaningless one). */
function isDeclaredNotHtml(contentTypeHeader: string | undefined): boolean {
  const contentType = mediaTypeOf(contentTypeHeader);
  return contentType !== null && !UNTYPED.has(contentType) && !HTML_TYPES.has(contentType);
}

/** HTML by its Content-Type; with none (or a meaningless one), by its first bytes. */
function looksLikeHtml(contentType: string | null, body: Buffer): boolean {
  if (contentType !== null && !UNTYPED.has(contentType)) return HTML_TYPES.has(contentType);
  return HTML_START.test(body.subarray(0, 512).toString('latin1'));
}

/** Retry-After as milliseconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse alone takes "-5".
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function formatByteSize(byteCount: number): string {
  if (byteCount % (1024 * 1024) === 0) return `${byteCount / (1024 * 1024)} MB`;
  if (byteCount % 1024 === 0) return `${byteCount / 1024} KB`;
  return `${byteCount} bytes`;
}

const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
  UND_ERR_HEADERS_TIMEOUT: 'headers timeout',
  UND_ERR_BODY_TIMEOUT: 'body timeout',
};

function describeNetworkError(error: unknown): string {
  // Connecting to a name with several addresses fails with one error per address.
  if (error instanceof AggregateError && error.errors.length > 0)
    return describeNetworkError(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The guarded dispatcher's refusal (see guarded-dispatcher.ts), reported like a checkUrl refusal.
    if (code === 'ERR_ASSAY_ADDRESS_REFUSED') return `refused: ${error.message}`;
    if (code !== undefined && TIMEOUT_CODES[code] !== undefined) return TIMEOUT_CODES[code];
    if (error.message !== '') return error.message;
    if (code !== undefined) return code;
    return error.name;
  }
  return String(error);
}
