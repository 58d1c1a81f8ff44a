import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { renderProblem, toProblem } from './problem.js';
import { htmlPolicy, jsonBodiesOnly, readOnly, sameOriginOnly, securityHeaders } from './security.js';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('htmlPolicy', () => {
  it('allows our own scripts, the exact https scripts named and inline scripts by hash; never unsafe-inline', () => {
    const inline = 'window.config = {a: 1};';
    const policy = htmlPolicy(
      `<script>${inline}</script><script type="application/json">{"data": true}</script>` +
        '<script src="https://cdn.example/x.js"></script><script src="/assets/app.js" type="module"></script>',
    );
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1]?.split(' ');
    expect(scripts).toEqual(["'self'", sha(inline), 'https://cdn.example/x.js']);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

function app() {
  const hono = new Hono();
  hono.onError((error, c) => renderProblem(c, toProblem(error)));
  hono.use('*', securityHeaders());
  hono.use('/board/*', readOnly(), sameOriginOnly('https://assay.example.com'));
  hono.use('/v1/*', jsonBodiesOnly());
  hono.all('/board/*', (c) => c.text('board'));
  hono.post('/v1/thing', (c) => c.text('ok'));
  hono.get('/page', (c) => c.html('<html><script>1</script></html>'));
  return hono;
}

describe('the dashboard guards', () => {
  it('refuse writes whatever the credentials, and cookie requests from other sites or origins', async () => {
    const a = app();
    expect((await a.request('http://api.test/board/x', { method: 'POST' })).status).toBe(405);
    expect(
      (await a.request('http://api.test/board/x', { headers: { 'sec-fetch-site': 'same-site' } })).status,
    ).toBe(403);
    expect(
      (await a.request('http://api.test/board/x', { headers: { origin: 'http://api.test:9999' } })).status,
    ).toBe(403);
    const allowed: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      { origin: 'http://api.test' },
      { origin: 'https://assay.example.com' },
      // A Bearer key is not something a browser attaches on its own.
      { authorization: 'Bearer x', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of allowed) {
      expect((await a.request('http://api.test/board/x', { headers })).status, JSON.stringify(headers)).toBe(
        200,
      );
    }
  });
});

describe('jsonBodiesOnly', () => {
  it('refuses bodies of any other type with 415, and lets JSON and empty bodies through', async () => {
    const a = app();
    const post = (type: string | null, body: string | undefined) =>
      a.request('http://api.test/v1/thing', {
        method: 'POST',
        body,
        headers: type ? { 'content-type': type } : {},
      });
    expect((await post('text/plain', '{"a":1}')).status).toBe(415);
    expect((await post('application/x-www-form-urlencoded', 'a=1')).status).toBe(415);
    expect((await post('multipart/form-data; boundary=x', '--x--')).status).toBe(415);
    expect((await post('application/json; charset=utf-8', '{"a":1}')).status).toBe(200);
    expect((await post(null, undefined)).status).toBe(200);
  });
});

describe('securityHeaders', () => {
  it('puts nosniff, no-referrer and no framing on every answer, and a CSP on HTML', async () => {
    const page = await app().request('http://api.test/page');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain(sha('1'));
    const problem = await app().request('http://api.test/board/x', { method: 'DELETE' });
    expect(problem.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
