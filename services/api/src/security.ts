import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

/**
 * Scripts a page may run: its own origin, the exact external scripts it names, and its inline scripts by
 * hash, so an injected inline script (or event handler attribute) never runs. Data blocks (JSON in
 * `<script type="application/json">`) are not scripts and need nothing.
 */
function scriptSources(html: string): string[] {
  const sources = new Set<string>(["'self'"]);
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !/^(?:module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src) {
      if (/^https:\/\//i.test(src)) sources.add(src);
      continue;
    }
    const body = match[2] ?? '';
    if (body.trim()) sources.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return [...sources];
}

/** The Content-Security-Policy of one HTML page. */
export function htmlPolicy(html: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources(html).join(' ')}`,
    // Bull Board and the API reference style elements inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers on every response: no MIME sniffing, no Referer leaving the app (event pages link to
 * articles), no framing (clickjacking of the dashboard and the review buttons). HTML pages also get a
 * CSP without inline script.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'no-referrer');
    headers.set('x-frame-options', 'DENY');
    if (headers.has('content-security-policy')) return;
    const type = headers.get('content-type') ?? '';
    if (!/^text\/html\b/i.test(type)) {
      headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      return;
    }
    // HTML pages are small (the UI shell, the dashboard shell, the API reference): read to hash scripts.
    const html = await c.res.text();
    const response = new Response(html, { status: c.res.status, headers });
    response.headers.set('content-security-policy', htmlPolicy(html));
    response.headers.delete('content-length');
    c.res = undefined;
    c.res = response;
  };
}

/**
 * For routes that may be authenticated by a cookie (the queue dashboard): a browser attaches the
 * cookie to requests that other pages make, including same-site pages on another port (SameSite does not
 * separate ports). So such requests must come from our own origin: `Sec-Fetch-Site` same-origin or
 * none (typed or bookmarked), and an `Origin`, when sent, equal to the request's own.
 */
export function sameOriginOnly(publicUrl?: string): MiddlewareHandler {
  // Behind a proxy the request's own URL is the inner one; the public origin is ours too.
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  return async (c, next) => {
    if (c.req.header('authorization')) return next();
    const site = c.req.header('sec-fetch-site');
    if (site && site !== 'same-origin' && site !== 'none') {
      throw problem(403, `refused: a ${site} request may not use the dashboard cookie`, [
        { field: 'header.sec-fetch-site', message: `${site}: only same-origin requests` },
      ]);
    }
    const origin = c.req.header('origin');
    const own = new URL(c.req.url).origin;
    if (origin && origin !== own && origin !== publicOrigin) {
      throw problem(403, `refused: requests from ${origin} may not use the dashboard cookie`, [
        { field: 'header.origin', message: `must be ${own}` },
      ]);
    }
    return next();
  };
}

/**
 * The queue dashboard only shows: every change to a queue goes through `/v1/queues` with a Bearer key
 * (retry, drop), and nothing outside the pipeline adds jobs. Bull Board's own read-only mode hides the
 * buttons; this refuses the requests whatever the board would do with them.
 */
export function readOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      throw problem(
        405,
        'the queue dashboard is read-only: retry or drop failed jobs with POST /v1/queues/{queue}/jobs/{job}/retry or DELETE /v1/queues/{queue}/jobs/{job}',
        undefined,
        { allow: 'GET, HEAD' },
      );
    }
    return next();
  };
}

/**
 * Every API route that takes a body declares `application/json`; a body of any other type is refused
 * (415) rather than parsed or ignored, so that "simple" cross-site requests (`text/plain`,
 * form-encoded), which browsers send without asking, never reach a handler.
 */
export function jsonBodiesOnly(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const length = c.req.header('content-length');
    const hasBody =
      (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type') ?? '';
    // A declared type is judged even without a length (some clients stream); no type, only with a body.
    if (!type && !hasBody) return next();
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
      throw problem(415, `request bodies must be application/json, not ${type || 'untyped'}`, [
        { field: 'header.content-type', message: 'must be application/json' },
      ]);
    }
    return next();
  };
}
