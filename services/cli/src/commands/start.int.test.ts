import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@assay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../../packages/queue/test/redis.js';
import { type FixtureSite, startFixtureSite } from '../../test/fixture-site.js';

const redis = await redisForTests();
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const builtCli = join(root, 'services/cli/dist/main.js');
const builtApi = join(root, 'services/api/dist/main.js');
const hasPnpm = spawnSync('pnpm', ['--version'], { stdio: 'ignore' }).status === 0;
const skipReason = !redis.available
  ? redis.note
  : !existsSync(builtCli) || !existsSync(builtApi)
    ? ' (skipped: run pnpm build first)'
    : !hasPnpm
      ? ' (skipped: pnpm is not on PATH)'
      : '';

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** One command as the README gives it, run from the repository root like a user would. */
function pnpmAssay(args: string[], env: NodeJS.ProcessEnv, options: { detached?: boolean } = {}) {
  return spawn('pnpm', ['--silent', 'assay', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
}

async function runToEnd(args: string[], env: NodeJS.ProcessEnv) {
  const child = pnpmAssay(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}

const exited = (child: ChildProcessByStdio<null, Readable, Readable>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

async function portAnswers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(skipReason !== '')(`pnpm assay start as users run it${skipReason}`, () => {
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
    await writeFile(
      join(dir, 'more-sources.yaml'),
      `- { id: more, kind: url, url: "${site.base}/nothing-here", schedule: { every_minutes: 60 } }\n`,
    );
  });

  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
    // Everything the runs made in Redis is removed; nothing unnamed may be left.
    expect(await removeTestKeys(prefix)).toEqual([]);
  });

  const envFor = (dataDir: string): NodeJS.ProcessEnv => {
    const { DATABASE_URL: _database, HOST: _host, PORT: _port, ...inherited } = process.env;
    return {
      ...inherited,
      ASSAY_DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      ASSAY_QUEUE_PREFIX: prefix,
      ASSAY_POLITENESS_DELAY_MS: '0',
      ASSAY_CRAWL_ALLOW: '127.0.0.1:*',
    };
  };

  it('runs everything on PGlite, takes operator commands through the server, and exits 0 on SIGTERM', async () => {
    const dataDir = join(dir, 'data');
    const env = envFor(dataDir);
    const child = pnpmAssay(['start', '--sources', join(dir, 'sources.yaml'), '--port', '0'], env);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exit = exited(child);
    let url = '';
    try {
      url = await until(
        async () => /assay: web UI {2}(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1],
        // A first start runs PGlite's initdb: seconds alone, a minute or more on a loaded 2-core machine.
        120_000,
        'the banner',
      );
      // It listens on loopback by default, and says so.
      expect(stderr).toMatch(/assay: listening on 127\.0\.0\.1 port \d+\n/);
      expect(stderr).toContain(`API     ${url}/v1 (reference ${url}/docs)`);
      expect(stderr).toContain('database PGlite');
      expect(stderr).toMatch(/skipped source: .*sources\[1\].*id: must be lower-case/);
      expect(stderr).toContain('1 source scheduled');
      const admin = /created the first API key \(admin\)[^\n]*\n\s+(assay_\S+)/.exec(stderr)?.[1];
      expect(admin).toBeDefined();

      // The pipeline's details are for operators; /healthz stays open and says nothing more.
      expect((await fetch(`${url}/health`)).status).toBe(401);
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
      await until(
        async () => {
          const response = await fetch(`${url}/health`, { headers: { authorization: `Bearer ${admin}` } });
          const body = (await response.json()) as { status: string; counts: { articles: number } };
          return body.counts.articles >= 3 ? body : undefined;
        },
        120_000,
        'articles stored',
      );

      // The lost write of issue 11: a key made by the CLI while the server runs is the server's key.
      const created = await runToEnd(['keys', 'create', '--role', 'analyst', '--name', 'alice'], env);
      expect(created.stderr).toContain('through the running assay start');
      expect(created.code).toBe(0);
      const key = created.stdout.trim();
      expect(key).toMatch(/^assay_[\w-]{40,}$/);
      const me = await fetch(`${url}/v1/me`, { headers: { authorization: `Bearer ${key}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ role: 'analyst', name: 'alice' });
      const listed = await runToEnd(['keys', 'list'], env);
      expect(listed.stdout).toMatch(/analyst\s+live\s+alice/);

      // Sources added through the server are scheduled, and the progress line counts them.
      const added = await runToEnd(['sources', 'add', join(dir, 'more-sources.yaml')], env);
      expect(added.stderr).toContain('added 1 source');
      expect(added.code).toBe(0);
      await until(
        async () => (stderr.includes('sources 2 scheduled') ? true : undefined),
        10_000,
        'progress',
      );
      // Its page is missing: the console says why, once, in the words the UI and status use.
      await until(
        async () =>
          /assay: source more failed: HTTP 404 \(http:[^)]*nothing-here\)/.test(stderr) ? true : undefined,
        30_000,
        'the failure reason',
      );
      expect(stderr).toMatch(/fetches 1 failed/);
      const paused = await runToEnd(['sources', 'pause', 'more'], env);
      expect(paused.stderr).toContain('more: paused');
      expect((await runToEnd(['sources', 'list'], env)).stdout).toMatch(/more\s+url\s+paused/);

      const status = await runToEnd(['status'], env);
      expect(status.code).toBe(0);
      expect(status.stdout).toMatch(/crawl\s+\d+/);
      expect(status.stdout).toMatch(/database \(pglite\) .*articles \d+/);
      const events = await runToEnd(['events', 'list', '--jsonl', '--limit', '3'], env);
      expect(events.code).toBe(0);
      expect(events.stdout.trim().split('\n').length).toBeGreaterThan(0);

      // Any other process that would open the data directory refuses, naming the holder.
      const api = spawnSync(process.execPath, [builtApi], { env: { ...env, PORT: '0' }, encoding: 'utf8' });
      expect(api.status).toBe(1);
      expect(api.stderr).toMatch(
        /assay api: cannot start: the PGlite database in .* is in use by process \d+/,
      );
    } catch (error) {
      // What the server said is the first thing to read when this fails.
      throw new Error(`${(error as Error).message}\n--- assay start's stderr:\n${stderr}`, { cause: error });
    } finally {
      // SIGTERM to the process the user started: pnpm.
      child.kill('SIGTERM');
    }
    const { code } = await exit;
    expect(code).toBe(0);
    expect(stderr).toContain('assay: SIGTERM: stopping');
    expect(stderr).toContain('assay: stopped');
    // Nothing left holding the port or the data directory.
    expect(await portAnswers(url)).toBe(false);
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'server.json'))).toBe(false);

    // With the server stopped, the commands open the directory themselves; alice's key was kept.
    const database = await createDatabase({ databaseUrl: null, dataDir });
    try {
      expect((await database.keys.list()).map((k) => k.name)).toContain('alice');
    } finally {
      await database.close();
    }
    const direct = await runToEnd(['keys', 'list'], env);
    expect(direct.stderr).not.toContain('through the running');
    expect(direct.stdout).toMatch(/analyst\s+live\s+alice/);
  }, 420_000);

  it('stops cleanly and exits 0 on Ctrl-C (SIGINT to the whole process group)', async () => {
    const env = envFor(join(dir, 'data-sigint'));
    // Its own process group, as a terminal makes for a command it runs.
    const child = pnpmAssay(['start', '--sources', join(dir, 'more-sources.yaml'), '--port', '0'], env, {
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const exit = exited(child);
    let url: string;
    try {
      url = await until(
        async () => /assay: web UI {2}(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1],
        120_000,
        'the banner',
      );
    } catch (error) {
      // Not left running: it would hold the data directory the cleanup removes.
      process.kill(-(child.pid as number), 'SIGKILL');
      throw new Error(`${(error as Error).message}\n--- assay start's stderr:\n${stderr}`, { cause: error });
    }
    process.kill(-(child.pid as number), 'SIGINT');
    const { code } = await exit;
    // Its stderr tells why, should it ever exit otherwise under a loaded machine.
    expect(code, `assay start's stderr:\n${stderr}`).toBe(0);
    expect(stderr).toContain('assay: stopped');
    expect(await portAnswers(url)).toBe(false);
  }, 200_000);
});
