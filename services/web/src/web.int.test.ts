import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiRuntime } from '@assay/api';
import { loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { crawlQueue, createTypedWorker, type QueueContext, storeQueue, TypedQueue } from '@assay/queue';
import { pino } from 'pino';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { articlePayload, BITMAIN, GRAPHITE } from '../../../packages/db/test/article-fixture.js';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { webDistDir } from './index.js';

// End to end: the built UI, served by the real API, driven in Debian's chromium.
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = join(import.meta.dirname, '../../../docs/screenshots');

const redis = await redisForTests();
const postgres = await postgresForTests();
const skip = !existsSync(CHROMIUM)
  ? ` (skipped: no ${CHROMIUM}; apt-get install chromium)`
  : !redis.available
    ? redis.note
    : '';

const SENTENCES = [
  'Mining hardware makers keep moving.',
  'Bitmain said it will move its headquarters from Beijing to Singapore.',
  'Separately, Washington imposed a 25% tariff on Chinese graphite.',
  'Analysts expect more announcements this year.',
];

/** An article of SENTENCES, citing Bitmain's move (confidence 0.55) and the graphite tariff (0.9). */
const article = () =>
  articlePayload(
    'https://news.example.com/mining-hardware-moves',
    SENTENCES,
    [
      { slots: BITMAIN, quote: SENTENCES[1] ?? '', confidence: 0.55 },
      { slots: GRAPHITE, quote: SENTENCES[2] ?? '', confidence: 0.9 },
    ],
    { title: 'Mining hardware makers move', sourceId: 'mining-news', siteName: 'Example News' },
  );

describe.skipIf(skip)(`web UI in chromium${skip}`, { timeout: 60_000 }, () => {
  let database: Database;
  let close: () => Promise<void>;
  let base: string;
  let browser: Browser;
  const keys = { analyst: '', operator: '' };
  // The API's queues, which the operating tests fill and read behind the UI's back.
  const queues: QueueContext = { connection: redis.connection, prefix: `{test-${randomUUID()}}` };

  beforeAll(async () => {
    if (!existsSync(join(webDistDir, 'index.html'))) {
      throw new Error(`no built UI in ${webDistDir}: run pnpm build`);
    }
    const dataDir = await mkdtemp(join(tmpdir(), 'assay-web-'));
    const scratch = postgres.available ? await postgres.create() : null;
    const config = loadConfig(
      {},
      {
        dataDir,
        redisUrl: redis.url,
        databaseUrl: scratch?.url ?? null,
        queuePrefix: queues.prefix,
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
    keys.analyst = (await database.keys.create({ name: 'ana', role: 'analyst' })).key;
    keys.operator = (await database.keys.create({ name: 'otto', role: 'operator' })).key;
    await database.upsertSource({
      id: 'mining-news',
      name: 'Mining News',
      kind: 'feed',
      url: 'https://news.example.com/feed.xml',
      schedule: { every_minutes: 30 },
      enabled: true,
    });
    await database.storeArticle(article());

    // launch() refuses --user-data-dir: it gives chromium a fresh temporary profile of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    close = async () => {
      await browser.close();
      await runtime.close();
      await database.close();
      await scratch?.drop();
      await rm(dataDir, { recursive: true, force: true });
      // The API's queues, rate limits and signing key: none may outlive the suite.
      expect(await removeTestKeys(queues.prefix)).toEqual([]);
    };
  }, 60_000);

  afterAll(async () => close?.());

  /** A new tab (its own sessionStorage) at 1280×800, signed in with `key`. */
  async function signIn(key: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await page.goto(base);
    await page.getByLabel('API key').fill(key);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

  test('signing in: a wrong key is refused plainly; the role decides the navigation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await shot(page, 'sign-in');
    await page.getByLabel('API key').fill('not-a-key');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('unknown or revoked API key');
    await page.close();

    const analyst = await signIn(keys.analyst);
    const nav = analyst.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Review', 'Search', 'Live']);
    // The key survives a reload (sessionStorage), and the review queue is the analyst's first page.
    await analyst.reload();
    await analyst.getByRole('heading', { name: 'Review queue' }).waitFor();
    await analyst.close();

    const operator = await signIn(keys.operator);
    expect(
      await operator.getByRole('navigation', { name: 'Pages' }).getByRole('link').allInnerTexts(),
    ).toEqual(['Live', 'Sources', 'Queues']);
    await operator.close();
  });

  test('reviewing from the keyboard: j moves, c confirms, and the live panel shows the change', async () => {
    const live = await signIn(keys.analyst);
    await live.goto(`${base}/#/live`);
    await live.getByText('Following the feed').waitFor();
    // The panel opens with the latest changes already made: here, the two events' creation.
    await expect.poll(() => live.getByRole('listitem').filter({ hasText: 'created' }).count()).toBe(2);

    const page = await signIn(keys.analyst);
    const options = page.getByRole('listbox', { name: 'Events' }).getByRole('option');
    // Lowest confidence first.
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.nth(0).textContent()).toContain('Bitmain');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByLabel('Status').textContent()).toContain('new (2)');
    await shot(page, 'review-queue');

    await page.keyboard.press('j');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('k');
    await page.keyboard.press('c');
    await page.getByRole('status').getByText('Confirmed: Bitmain').waitFor();
    // Confirmed events leave the queue of new ones.
    await expect.poll(() => options.count()).toBe(1);

    await live
      .getByRole('listitem')
      .filter({ hasText: 'confirmed' })
      .filter({ hasText: 'Bitmain' })
      .waitFor();
    await shot(live, 'live');

    await page.goto(`${base}/#/search`);
    await page.getByRole('link', { name: /Bitmain/ }).click();
    await page.getByRole('heading', { name: /Bitmain/ }).waitFor();
    expect(await page.locator('.meta').first().textContent()).toMatch(/confirmed.*reviewed by ana/);
    const history = page.locator('table.history tbody tr');
    await expect.poll(() => history.count()).toBe(2);
    expect((await history.nth(1).locator('td').allTextContents()).slice(1, 3)).toEqual(['confirmed', 'ana']);
    // The quoted sentence is highlighted inside the article's text, which links to its source.
    expect(await page.locator('.article-text mark').textContent()).toBe(SENTENCES[1]);
    expect(await page.locator('.article-text').textContent()).toContain(SENTENCES[3]);
    expect(await page.getByRole('link', { name: 'Mining hardware makers move' }).getAttribute('href')).toBe(
      'https://news.example.com/mining-hardware-moves',
    );
    await live.close();
    await page.close();
  });

  test('correcting a slot: bad values are named, a good one is saved and recorded', async () => {
    const page = await signIn(keys.analyst);
    const graphite = page
      .getByRole('listbox', { name: 'Events' })
      .getByRole('option')
      .filter({ hasText: 'graphite' });
    await graphite.locator('.quote').click();
    expect(await graphite.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('e');
    const target = page.getByLabel('target');
    await target.waitFor();

    await target.fill('China');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('target must be a two-letter country code').waitFor();

    // Two letters, but no country: only the API knows, and its answer is shown by the field.
    await target.fill('ZZ');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText(/target must be an ISO 3166-1 alpha-2 country code/).waitFor();

    await target.fill('au');
    await page.getByLabel('reason').fill('the article means Australian graphite');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.locator('.slots').getByText('AU').waitFor();
    expect(await page.locator('.meta').first().textContent()).toContain('corrected');
    const last = page.locator('table.history tbody tr').last().locator('td');
    await expect
      .poll(async () => (await last.allTextContents()).slice(1))
      .toEqual(['corrected', 'ana', 'the article means Australian graphite', 'target: "CN" → "AU"']);
    await shot(page, 'event');

    const id = decodeURIComponent(/#\/events\/([^?]+)/.exec(page.url())?.[1] ?? '');
    const stored = await database.getEvent(id);
    expect(stored).toMatchObject({ target: 'AU', corrected: true });

    // The narrow layout, for the README.
    const phone = await signIn(keys.analyst, { width: 390, height: 844 });
    await phone.getByRole('listbox', { name: 'Events' }).getByRole('option').first().waitFor();
    await shot(phone, 'review-queue-phone');
    await phone.close();
    await page.close();
  });

  test('operating: pausing a source, and queue health with the dashboard link', async () => {
    const page = await signIn(keys.operator);
    await page.goto(`${base}/#/sources`);
    const source = page.getByRole('region', { name: 'Mining News' });
    await source.getByText('every 30 min').waitFor();
    await source.getByRole('button', { name: 'Pause' }).click();
    await source.getByText('paused', { exact: true }).waitFor();
    await source.getByRole('button', { name: 'Resume' }).waitFor();
    expect((await database.listSources()).find((s) => s.id === 'mining-news')?.enabled).toBe(false);
    await shot(page, 'sources');

    await page.getByRole('link', { name: 'Queues' }).click();
    await page.getByRole('rowheader', { name: 'crawl' }).waitFor();
    await shot(page, 'queues');
    // The dashboard link works with the cookie set at sign-in.
    const dashboard = await page.request.get(`${base}/admin/queues`);
    expect(dashboard.status()).toBe(200);
    await page.close();
  });

  /** Clicks `button` and returns the text of the file the page saves. */
  async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  test('exporting: CSV and JSON Lines hold the events of the current filter', async () => {
    const page = await signIn(keys.analyst);
    await page.goto(`${base}/#/search`);
    await page.getByText('2 events').waitFor();
    await page.getByLabel('Type').selectOption('tariff');
    await page.getByText('1 events').waitFor();
    // The filter is in the address: a reload (or a shared link) shows the same events.
    expect(page.url()).toContain('#/search?type=tariff');
    await page.reload();
    await page.getByText('1 events').waitFor();
    expect(await page.getByLabel('Type').inputValue()).toBe('tariff');

    const csv = await downloadText(page, 'Export CSV');
    expect(csv.name).toBe('assay-events.csv');
    const [header, ...rows] = csv.text.trimEnd().split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['id', 'type', 'review_status', 'confidence']);
    // Only the tariff, with the slot corrected in the test before; Bitmain's move is filtered out.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^tariff_\w+,tariff,new,0\.9,/);
    expect(rows[0]).toContain(',US,AU,graphite,25,impose,');

    // Back to every type: the export follows.
    await page.getByLabel('Type').selectOption('');
    await page.getByText('2 events').waitFor();
    const jsonl = await downloadText(page, 'Export JSONL');
    expect(jsonl.name).toBe('assay-events.jsonl');
    const events = jsonl.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((event) => [event.type, event.review_status]).sort()).toEqual([
      ['relocation', 'confirmed'],
      ['tariff', 'new'],
    ]);
    await page.close();
  });

  test('rejecting from the keyboard: r asks for the reason, which the event keeps', async () => {
    const page = await signIn(keys.analyst);
    const options = page.getByRole('listbox', { name: 'Events' }).getByRole('option');
    // Bitmain was confirmed earlier: the corrected tariff is the only new event left.
    await expect.poll(() => options.count()).toBe(1);
    const id = (await options.first().getAttribute('id'))?.replace(/^row-/, '') ?? '';

    await page.keyboard.press('r');
    const form = page.getByRole('form', { name: 'Reject' });
    await form.getByText('Why reject').waitFor();
    // Typed, not filled: the reason box has the focus as soon as the form opens.
    await page.keyboard.type('the tariff was announced last year');
    await form.getByRole('button', { name: 'Reject' }).click();
    await page
      .getByRole('status')
      .getByText(/Rejected: .*graphite/)
      .waitFor();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => options.count()).toBe(0);
    await page.getByText('No events match these filters.').waitFor();

    expect(await database.getEvent(id)).toMatchObject({
      review_status: 'rejected',
      reviewed_by: 'ana',
      review_reason: 'the tariff was announced last year',
    });
    await page.close();
  });

  test('running a source now queues its crawl', async () => {
    const crawl = new TypedQueue(crawlQueue, queues);
    const queuedSources = async () =>
      (await crawl.queue.getJobs(['waiting', 'prioritized', 'delayed'])).map((job) => job.data.source?.id);
    expect(await queuedSources()).toEqual([]);

    const page = await signIn(keys.operator);
    await page.goto(`${base}/#/sources`);
    const source = page.getByRole('region', { name: 'Mining News' });
    await source.getByRole('button', { name: 'Run now' }).click();
    await page.getByRole('status').getByText('Crawl queued for Mining News').waitFor();
    expect(await queuedSources()).toEqual(['mining-news']);
    await crawl.close();
    await page.close();
  });

  test('retrying a failed job from the queues page runs it again', async () => {
    const store = new TypedQueue(storeQueue, queues);
    const job = await store.add(
      {
        kind: 'fetch',
        url: 'https://news.example.com/broken',
        finalUrl: null,
        sourceId: 'mining-news',
        status: 500,
        bytes: 0,
        durationMs: 1,
        error: 'boom',
        fetchedAt: '2025-04-03T10:00:00Z',
      },
      { attempts: 1 },
    );
    // Fails the first run only, so that the retry can be seen to succeed.
    let runs = 0;
    const worker = createTypedWorker(storeQueue, queues, async (payload) => {
      runs += 1;
      if (runs === 1) throw new Error(`cannot store ${payload.url}`);
    });
    await expect.poll(() => job.getState()).toBe('failed');

    const page = await signIn(keys.operator);
    await page.goto(`${base}/#/queues`);
    const failed = page.getByRole('listitem').filter({ hasText: job.id ?? '' });
    await failed.getByText('cannot store https://news.example.com/broken').waitFor();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: 'Failed in store' }).waitFor({ state: 'detached' });
    await expect.poll(() => job.getState()).toBe('completed');
    expect(runs).toBe(2);
    await worker.close();
    await store.close();
    await page.close();
  });
});
