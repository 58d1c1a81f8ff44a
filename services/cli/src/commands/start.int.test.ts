import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests } from '../../../../packages/queue/test/redis.js';
import { type FixtureSite, startFixtureSite } from '../../test/fixture-site.js';

const redis = await redisForTests();
const builtCli = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
}

describe.skipIf(!redis.available || !existsSync(builtCli))(
  `assay start as users run it${redis.available ? (existsSync(builtCli) ? '' : ' (skipped: run pnpm build first)') : redis.note}`,
  () => {
    let site: FixtureSite;
    let dir: string;
    const prefix = `{test-${randomUUID()}}`;

    beforeAll(async () => {
      site = await startFixtureSite(12);
      dir = await mkdtemp(join(tmpdir(), 'assay-start-'));
      await writeFile(
        join(dir, 'sources.yaml'),
        [
          'sources:',
          `  - { id: fixture, kind: feed, url: "${site.base}/feed.xml", schedule: { every_minutes: 30 } }`,
          '  - { id: broken entry, kind: feed }',
        ].join('\n'),
      );
    });

    afterAll(async () => {
      const queues = ['crawl', 'extract', 'store'].map(
        (name) => new Queue(name, { connection: redis.connection, prefix }),
      );
      for (const queue of queues) {
        await queue.obliterate({ force: true });
        await queue.close();
      }
      await site.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('runs every worker on PGlite, shows progress, serves health, and stops cleanly on SIGTERM', async () => {
      const child = spawn(
        process.execPath,
        [builtCli, 'start', '--sources', join(dir, 'sources.yaml'), '--port', '0'],
        {
          env: {
            PATH: process.env.PATH,
            ASSAY_DATA_DIR: join(dir, 'data'),
            REDIS_URL: redis.url,
            ASSAY_QUEUE_PREFIX: prefix,
            ASSAY_POLITENESS_DELAY_MS: '0',
            ASSAY_ALLOW_HOSTS: '127.0.0.1',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      try {
        const port = await until(
          async () => /health at http:\/\/127\.0\.0\.1:(\d+)\/health/.exec(stderr)?.[1],
          20_000,
        );
        expect(stderr).toContain('database PGlite');
        expect(stderr).toMatch(/skipped source: .*sources\[1\].*id: must be lower-case/);
        expect(stderr).toContain('1 source scheduled');
        const health = await until(async () => {
          const body = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
            status: string;
            counts: { articles: number };
          };
          return body.counts.articles >= 8 ? body : undefined;
        }, 40_000);
        expect(health.status).toBe('ok');
        // The same server is the API: it asks for a key, and describes itself.
        const unauthorized = await fetch(`http://127.0.0.1:${port}/v1/events`);
        expect(unauthorized.status).toBe(401);
        expect(unauthorized.headers.get('content-type')).toBe('application/problem+json');
        expect(
          ((await (await fetch(`http://127.0.0.1:${port}/openapi.json`)).json()) as { openapi: string })
            .openapi,
        ).toBe('3.1.0');
        // A first start made an admin key and showed it once.
        const key = /created the first API key \(admin\)[^\n]*\n\s+(assay_\S+)/.exec(stderr)?.[1];
        expect(key).toBeDefined();
        const me = await fetch(`http://127.0.0.1:${port}/v1/me`, {
          headers: { authorization: `Bearer ${key}` },
        });
        expect(await me.json()).toMatchObject({ role: 'admin', name: 'first admin' });
        // And it serves the web UI at / (pnpm build builds it).
        const page = await fetch(`http://127.0.0.1:${port}/`);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        await until(async () => (/\d+ stored/.test(stderr) ? true : undefined), 10_000);
      } finally {
        child.kill('SIGTERM');
      }
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(0);
      expect(stderr).toContain('assay: stopped');
    }, 90_000);
  },
);
