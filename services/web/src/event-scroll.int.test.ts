import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiRuntime } from '@assay/api';
import { loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { pino } from 'pino';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articlePayload, eventIdOf, GRAPHITE, SOPHGO } from '../../../packages/db/test/article-fixture.js';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { webDistDir } from './index.js';

// Issue 11: the event page opened with the cited sentence below the visible part of the article box.
const CHROMIUM = '/usr/bin/chromium';
const redis = await redisForTests();
const postgres = await postgresForTests();
const skip = !existsSync(CHROMIUM)
  ? ` (skipped: no ${CHROMIUM}; apt-get install chromium)`
  : !existsSync(join(webDistDir, 'index.html'))
    ? ' (skipped: run pnpm build first)'
    : !redis.available
      ? redis.note
      : '';

/** What the page's boxes are measured by (the tests are typed without the DOM library). */
type Rect = { top: number; bottom: number; height: number };
type Mark = { getBoundingClientRect(): Rect; textContent: string | null };
type Box = { scrollTop: number; getBoundingClientRect(): Rect; querySelector(selector: string): Mark | null };

const filler = (n: number, topic: string) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i + 1} on ${topic} says nothing an analyst needs to decide.`,
  );
const SOPHGO_QUOTE = 'The Commerce Department added Sophgo to the Entity List on Friday.';
const GRAPHITE_QUOTE = 'Washington also imposed a 25% tariff on Chinese graphite.';

describe.skipIf(skip)(
  `the event page in chromium: cited sentences in view${skip}`,
  { timeout: 90_000 },
  () => {
    let database: Database;
    let browser: Browser;
    let base: string;
    let analyst: string;
    let close: () => Promise<void>;
    const prefix = `{test-${randomUUID()}}`;

    beforeAll(async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'assay-web-scroll-'));
      const scratch = postgres.available ? await postgres.create() : null;
      const config = loadConfig(
        {},
        { dataDir, redisUrl: redis.url, databaseUrl: scratch?.url ?? null, queuePrefix: prefix, port: 0 },
      );
      database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir });
      const runtime = await startApiRuntime({
        config,
        database,
        logger: pino({ level: 'silent' }),
        webhooks: false,
        webRoot: webDistDir,
      });
      base = `http://127.0.0.1:${runtime.port}`;
      analyst = (await database.keys.create({ name: 'ana', role: 'analyst' })).key;
      // Two long articles: the Sophgo sentence after 150 sentences, the graphite one after 400 in another.
      await database.storeArticle(
        articlePayload(
          'https://news.example.com/long-sophgo',
          [...filler(150, 'chips'), SOPHGO_QUOTE, ...filler(40, 'chips')],
          [{ slots: SOPHGO, quote: SOPHGO_QUOTE }],
        ),
      );
      await database.storeArticle(
        articlePayload(
          'https://news.example.com/long-sophgo-again',
          [...filler(400, 'trade'), SOPHGO_QUOTE, GRAPHITE_QUOTE, ...filler(20, 'trade')],
          [
            { slots: SOPHGO, quote: SOPHGO_QUOTE },
            { slots: GRAPHITE, quote: GRAPHITE_QUOTE },
          ],
          { fetchedAt: '2025-04-04T10:00:00Z' },
        ),
      );
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      close = async () => {
        await browser.close();
        await runtime.close();
        await database.close();
        await scratch?.drop();
        await rm(dataDir, { recursive: true, force: true });
        expect(await removeTestKeys(prefix)).toEqual([]);
      };
    }, 60_000);

    afterAll(async () => close?.());

    test('opens with every citation highlighted inside the visible part of its article box', async () => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        const page = await browser.newPage({ viewport });
        await page.goto(base);
        await page.getByLabel('API key').fill(analyst);
        await page.keyboard.press('Enter');
        await page.getByRole('navigation', { name: 'Pages' }).waitFor();
        await page.goto(`${base}/#/events/${eventIdOf(SOPHGO)}`);
        const boxes = page.locator('.citation .article-text');
        await expect.poll(() => boxes.count()).toBe(2);
        // Each box has its article loaded (the mark sits inside the full text) before it is measured.
        await expect.poll(() => page.locator('.citation .article-text mark').count()).toBe(2);
        await expect
          .poll(async () =>
            boxes.evaluateAll((all) =>
              (all as unknown as Box[]).map((box) => {
                const mark = box.querySelector('mark') as Mark;
                const b = box.getBoundingClientRect();
                const m = mark.getBoundingClientRect();
                return {
                  scrolled: box.scrollTop > 0,
                  inView: m.top >= b.top && m.top < b.bottom && m.height > 0,
                  highlighted: mark.textContent?.includes('Sophgo') ?? false,
                };
              }),
            ),
          )
          .toEqual([
            { scrolled: true, inView: true, highlighted: true },
            { scrolled: true, inView: true, highlighted: true },
          ]);
        await page.close();
      }
    });
  },
);
