import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { registerDocs } from './docs.js';

describe('/docs', () => {
  const app = new Hono();
  registerDocs(app, '/openapi.json');

  it('loads its script from this server, at the pinned version, and nothing from elsewhere', async () => {
    const html = await (await app.request('/docs')).text();
    const src = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(src).toMatch(/^\/docs\/assets\/api-reference@\d+\.\d+\.\d+\.js$/);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[^"'\s]+\.(?:js|css)|cdn\.jsdelivr|fonts\.scalar/);
    expect(html).toContain('/openapi.json');
    const script = await app.request(src ?? '');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('createApiReference');
  });

  it('serves the version package.json pins, so an upgrade is a reviewed change', async () => {
    const { dependencies } = (await import('../package.json', { with: { type: 'json' } })).default as {
      dependencies: Record<string, string>;
    };
    const pinned = dependencies['@scalar/api-reference'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await (await app.request('/docs')).text()).toContain(`api-reference@${pinned}.js`);
  });
});
