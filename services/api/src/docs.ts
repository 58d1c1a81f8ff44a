import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Scalar } from '@scalar/hono-api-reference';
import type { Env, Hono } from 'hono';

const require = createRequire(import.meta.url);

/**
 * The API reference at `/docs`, with no network: the page's script is the single-file browser build of
 * `@scalar/api-reference`, an exact version in package.json (a CDN's "latest" changed under us and left
 * `/docs` blank offline), served from here. Its URL carries the version, so browsers may keep it for good.
 */
export function registerDocs<E extends Env>(app: Hono<E>, openApiPath: string): void {
  const entry = require.resolve('@scalar/api-reference');
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const scriptPath = `/docs/assets/api-reference@${version}.js`;
  let script: Buffer | undefined;
  app.get(scriptPath, (c) => {
    // Read on first use: 5 MB that most processes never serve.
    script ??= readFileSync(join(packageDir, 'dist/browser/standalone.js'));
    return c.body(new Uint8Array(script), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  app.get(
    '/docs',
    Scalar({
      url: openApiPath,
      pageTitle: 'Assay API',
      cdn: scriptPath,
      // The default fonts come from fonts.scalar.com; the system's fonts work offline.
      withDefaultFonts: false,
    }),
  );
}
