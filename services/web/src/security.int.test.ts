import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiRuntime } from '@assay/api';
import { loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { storeQueue, TypedQueue } from '@assay/queue';
import { pino } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { webDistDir } from './index.js';

// Issue 12, finding 1: a page on another port of the same host (same site, so SameSite=Strict cookies go
// along) drives the signed-in operator's browser against the queue dashboard.
const CHROMIUM = '/usr/bin/chromium';
const redis = await redisForTests();
const postgres = await postgresForTests();
const skip = !existsSync(CHROMIUM)
  ? ` (skipped: no ${CHROMIUM}; apt-get install chromium)`
  : !redis.available
    ? redis.note
    : '';

/** The forged job of the report: a blacklisting the store would write and every webhook receive. */
const FORGED_JOB = {
  name: 'store-article',
  data: JSON.stringify({ kind: 'article', url: 'https://forged.example/amd', events: [] }),
  options: '{}',
};

describe.skipIf(skip)(`CSRF against the queue dashboard, in chromium${skip}`, { timeout: 60_000 }, () => {
  let database: Database;
  let browser: Browser;
  let attacker: Server;
  let attackerBase: string;
  let base: string;
  let operatorKey: string;
  let store: TypedQueue<typeof storeQueue.payload>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    if (!existsSync(join(webDistDir, 'index.html'))) {
      throw new Error(`no built UI in ${webDistDir}: run pnpm build`);
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'assay-csrf-'));
    const scratch = postgres.available ? await postgres.create() : null;
    const config = loadConfig(
      {},
      {
        dataDir,
        redisUrl: redis.url,
        databaseUrl: scratch?.url ?? null,
        queuePrefix: `{test-${randomUUID()}}`,
        port: 0,
        publicUrl: 'http://assay.test',
        apiRateLimitPerMinute: 100_000,
      },
    );
    database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir });
    const runtime = await startApiRuntime({
      config,
      database,
      logger: pino({ level: 'silent' }),
      hostname: '127.0.0.1',
      webhooks: false,
      webRoot: webDistDir,
    });
    base = `http://127.0.0.1:${runtime.port}`;
    operatorKey = (await database.keys.create({ name: 'otto', role: 'operator' })).key;
    store = new TypedQueue(storeQueue, { connection: redis.connection, prefix: config.queuePrefix });

    // The malicious page: same host, another port. Its scripts are what the attack needs.
    attacker = createServer((request, response) => {
      response.setHeader('content-type', 'text/html');
      if (request.url === '/frame') {
        response.end(`<iframe id="board" src="${base}/admin/queues"></iframe>`);
        return;
      }
      response.end(`<script>
        window.results = {};
        const post = (path, init) => fetch('${base}' + path, { credentials: 'include', mode: 'no-cors', ...init })
          .then((r) => r.type, (e) => 'error: ' + e);
        window.attack = async () => {
          results.add = await post('/admin/queues/api/queues/store/add', {
            method: 'POST', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(JSON.stringify(FORGED_JOB))},
          });
          results.read = await post('/admin/queues/api/queues', {});
          return results;
        };
      </script>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerBase = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    close = async () => {
      await browser.close();
      await new Promise((resolve) => attacker.close(resolve));
      await store.close();
      await runtime.close();
      await database.close();
      await scratch?.drop();
      await rm(dataDir, { recursive: true, force: true });
      expect(await removeTestKeys(config.queuePrefix)).toEqual([]);
    };
  }, 60_000);

  afterAll(async () => close?.());

  /** A tab in a fresh browser context (its own cookies) signed in as the operator. */
  async function signInOperator(): Promise<Page> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base);
    await page.getByLabel('API key').fill(operatorKey);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    // The API sets the dashboard cookie; scripts cannot read it.
    await expect
      .poll(async () =>
        (await page.context().cookies(`${base}/admin/queues`)).find((c) => c.name === 'assay_key'),
      )
      .toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin/queues', value: operatorKey });
    return page;
  }

  test('a same-site page cannot add a store job through the dashboard, nor read it', async () => {
    const operator = await signInOperator();
    // The dashboard itself still opens for the operator, from our own origin.
    const own = await operator.goto(`${base}/admin/queues`);
    expect(own?.status()).toBe(200);
    expect(await operator.evaluate('document.cookie')).toBe('');

    // Same browser context: the attacker's page has the operator's cookies.
    const evil = await operator.context().newPage();
    const statuses = new Map<string, number>();
    evil.on('response', (response) => statuses.set(new URL(response.url()).pathname, response.status()));
    await evil.goto(attackerBase);
    await evil.evaluate('attack()');

    await expect.poll(() => statuses.get('/admin/queues/api/queues/store/add')).toBe(405);
    expect(statuses.get('/admin/queues/api/queues')).toBe(403);
    expect(await store.queue.getJobCounts()).toMatchObject({ waiting: 0, delayed: 0, active: 0 });

    // Framing the dashboard (clickjacking) is refused by the browser.
    const framed = await operator.context().newPage();
    const frameStatus = new Promise<number>((resolve) =>
      framed.on('response', (r) => r.url().endsWith('/admin/queues') && resolve(r.status())),
    );
    await framed.goto(`${attackerBase}/frame`);
    // Blocked either by the origin check (403) or by frame-ancestors on a same-origin answer.
    expect(await frameStatus).toBe(403);
    const frameText = await framed
      .frameLocator('#board')
      .locator('body')
      .textContent({ timeout: 2000 })
      .catch(() => null);
    expect(frameText ?? '').not.toContain('Bull');
    await operator.context().close();
  });

  test('even from our own origin, the dashboard cookie cannot write', async () => {
    const operator = await signInOperator();
    await operator.goto(`${base}/admin/queues`);
    const status = await operator.evaluate(
      async ([job]) =>
        (
          await fetch('/admin/queues/api/queues/store/add', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: job,
          })
        ).status,
      [JSON.stringify(FORGED_JOB)],
    );
    expect(status).toBe(405);
    expect(await store.queue.getJobCounts()).toMatchObject({ waiting: 0, delayed: 0 });
    await operator.context().close();
  });

  test('signing out clears the dashboard cookie; HTML answers carry the security headers', async () => {
    const operator = await signInOperator();
    await operator.getByRole('button', { name: 'Sign out' }).click();
    await expect
      .poll(async () =>
        (await operator.context().cookies(`${base}/admin/queues`)).some((c) => c.name === 'assay_key'),
      )
      .toBe(false);

    const response = await operator.request.get(`${base}/`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(?! 'unsafe-inline')/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    await operator.context().close();
  });
});
