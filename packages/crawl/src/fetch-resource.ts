import type { IncomingHttpHeaders } from 'node:http';
import { type Dispatcher, request } from 'undici';

export interface FetchOptions {
  userAgent: string;
  /** Deadline for the whole fetch: every redirect hop, checkUrl calls and the body. Default 30 s. */
  timeoutMs?: number;
  /** The body is streamed and the fetch fails once it passes this size. Default 10 MB. */
  maxBytes?: number;
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
  body: Buffer;
  /** The body decoded with the charset of the Content-Type header, else as UTF-8. */
  text(): string;
  bytes: number;
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
        { status: 0, headers: {}, body: Buffer.alloc(0) },
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
  let currentUrl = parseHttpUrl(url);
  for (;;) {
    trail.finalUrl = currentUrl.href;
    await checkOrRefuse(currentUrl, options.checkUrl);
    const response = await request(currentUrl, {
      method: 'GET',
      headers: { 'user-agent': options.userAgent, accept: options.accept ?? '*/*' },
      dispatcher: options.dispatcher,
      signal,
    });
    const headers = flattenHeaders(response.headers);
    const location = headers.location;
    if (!REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
      const body = await readCapped(response.body, headers, maxBytes);
      return { status: response.statusCode, headers, body };
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
  body: AsyncIterable<Buffer> & { destroy(): unknown },
  headers: Record<string, string>,
  maxBytes: number,
): Promise<Buffer> {
  const overCap = new FetchFailure(`body over ${formatByteSize(maxBytes)}`);
  if (Number(headers['content-length']) > maxBytes) {
    body.destroy();
    throw overCap;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of body) {
    received += chunk.length;
    // Leaving the loop destroys the stream, so nothing past the cap is read off the socket.
    if (received > maxBytes) throw overCap;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, received);
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
  let decoded: string | undefined;
  return {
    url,
    finalUrl: trail.finalUrl,
    redirects: [...trail.redirects],
    status: response.status,
    ok: error === null && response.status >= 200 && response.status < 300,
    contentType: mediaTypeOf(contentTypeHeader),
    headers: response.headers,
    body: response.body,
    text() {
      decoded ??= decodeBody(response.body, charsetOf(contentTypeHeader));
      return decoded;
    },
    bytes: response.body.length,
    durationMs,
    error,
  };
}

function mediaTypeOf(contentType: string | undefined): string | null {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType ? mediaType : null;
}

function charsetOf(contentType: string | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i);
  return match?.[1] ?? null;
}

function decodeBody(body: Buffer, charset: string | null): string {
  if (charset !== null) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // An unknown charset label: UTF-8 is the best guess left.
    }
  }
  return new TextDecoder('utf-8').decode(body);
}

function formatByteSize(byteCount: number): string {
  if (byteCount % (1024 * 1024) === 0) return `${byteCount / (1024 * 1024)} MB`;
  if (byteCount % 1024 === 0) return `${byteCount / 1024} KB`;
  return `${byteCount} bytes`;
}

function describeNetworkError(error: unknown): string {
  // Connecting to a name with several addresses fails with one error per address.
  if (error instanceof AggregateError && error.errors.length > 0)
    return describeNetworkError(error.errors[0]);
  if (error instanceof Error) {
    if (error.message !== '') return error.message;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) return code;
    return error.name;
  }
  return String(error);
}
