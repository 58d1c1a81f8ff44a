import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests run against every workspace package's TypeScript sources, never a stale dist/: each package's
// name is aliased to its src/index.ts.
const root = import.meta.dirname;
const aliases = ['packages', 'services'].flatMap((group) =>
  readdirSync(join(root, group))
    .map((dir) => join(root, group, dir))
    .filter((dir) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src/index.ts')))
    .map((dir) => ({
      find: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name as string,
      replacement: join(dir, 'src/index.ts'),
    })),
);

export default defineConfig({
  resolve: {
    alias: aliases.map(({ find, replacement }) => ({ find: new RegExp(`^${find}$`), replacement })),
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // The default output, plus why tests were skipped (no Redis, PostgreSQL, chromium or build).
    reporters: ['default', './test/skip-reasons.ts'],
    testTimeout: 30_000,
    // Hooks start PGlite, Redis queues and servers; on a loaded 2-core machine that can pass 10 s.
    hookTimeout: 30_000,
  },
});
