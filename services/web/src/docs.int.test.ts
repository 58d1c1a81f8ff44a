import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { startApiRuntime } from '@assay/api';
import { loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { pino } from 'pino';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';

// The API reference at /docs, in Debian's chromium with every request off this machine refused: what a
// user without network (or behind a firewall) sees.
const CHROMIUM = '/usr/bin/chromium';
const redis = await redisForTests();
const postgres = await postgresForTests();
const skip = !existsSync(CHROMIUM)
  ? ` (skipped: no ${CHROMIUM}; apt-get install chromium)`
  : !redis.available
    ? redis.note
    : !postgres.available
      ? postgres.note
      : '';

describe.skipIf(skip)(`/docs with no network, in chromium${skip}`, { timeout: 90_000 }, () => {
  let database: Database;
  let browser: Browser;
  let base: string;
  let close: () => Promise<void>;
  const prefix = `{test-${randomUUID()}}`;

  beforeAll(async () => {
    const scratch = await postgres.create();
    const config = loadConfig(
      {},
      {
        dataDir: '/nonexistent',
        redisUrl: redis.url,
        databaseUrl: scratch.url,
        queuePrefix: prefix,
        port: 0,
      },
    );
    database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    const runtime = await startApiRuntime({
      config,
      database,
      logger: pino({ level: 'silent' }),
      webhooks: false,
    });
    base = `http://127.0.0.1:${runtime.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    close = async () => {
      await browser.close();
      await runtime.close();
      await database.close();
      await scratch.drop();
      // The runtime's queues hold nothing here, but their keys (meta, ids) must not outlive the test.
      expect(await removeTestKeys(prefix)).toEqual([]);
    };
  }, 60_000);

  afterAll(async () => close?.());

  test('renders the reference from assets the API serves, asking nothing of other hosts', async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base) return route.continue();
      refused.push(url.href);
      return route.abort('internetdisconnected');
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${base}/docs`);
    expect(response?.status()).toBe(200);
    const html = await response?.text();
    // The script is the pinned package's, by version, from this server.
    expect(html).toMatch(/<script src="\/docs\/assets\/api-reference@\d+\.\d+\.\d+\.js"/);
    // Rendered: an operation's summary from the OpenAPI document is on the page.
    await page
      .getByText('List events, filtered and sorted, with a cursor')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await page.title()).toBe('Assay API');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    const script = await fetch(`${base}${/src="(\/docs\/assets\/[^"]+)"/.exec(html ?? '')?.[1]}`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
  });
});
