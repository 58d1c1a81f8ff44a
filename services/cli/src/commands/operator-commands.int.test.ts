import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@assay/db';
import { extractEvents, parseText } from '@assay/extract';
import { crawlQueue, scheduledSourceIds } from '@assay/queue';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../../packages/queue/test/redis.js';
import { runEvents } from './events.js';
import { runKeys } from './keys.js';
import { runSources } from './sources.js';
import { runStatus } from './status.js';

const redis = await redisForTests();

async function run(command: (args: string[], io: never) => Promise<number>, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await command(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  } as never);
  return { code, stdout, stderr };
}

describe.skipIf(!redis.available)(`operator commands: sources, status, events${redis.note}`, () => {
  let dir: string;
  const prefix = `{test-${randomUUID()}}`;
  const saved = { ...process.env };
  let queue: Queue;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-cli-ops-'));
    Object.assign(process.env, { ASSAY_DATA_DIR: dir, REDIS_URL: redis.url, ASSAY_QUEUE_PREFIX: prefix });
    delete process.env.DATABASE_URL;
    queue = new Queue(crawlQueue.name, { connection: redis.connection, prefix });
  });

  afterAll(async () => {
    await queue.close();
    process.env = saved;
    await rm(dir, { recursive: true, force: true });
    expect(await removeTestKeys(prefix)).toEqual([]);
  });

  it('adds sources from a file, reporting bad entries, and schedules them', async () => {
    const file = join(dir, 'sources.yaml');
    await writeFile(
      file,
      [
        '- { id: miners, kind: feed, url: "https://example.com/feed", schedule: { every_minutes: 15 } }',
        '- { id: maps, kind: sitemap, url: "https://example.com/sitemap.xml", schedule: { cron: "0 * * * *" } }',
        '- { id: nope, kind: carrier-pigeon, url: "https://example.com" }',
      ].join('\n'),
    );
    const added = await run(runSources, ['add', file]);
    expect(added.code).toBe(1);
    expect(added.stderr).toMatch(/skipped: .*sources\[2\] \(nope\): kind:/);
    expect(added.stderr).toContain('added 2 sources, skipped 1 problem');
    expect((await scheduledSourceIds(queue)).sort()).toEqual(['maps', 'miners']);

    const listed = await run(runSources, ['list']);
    expect(listed.stdout).toMatch(/miners\s+feed\s+active\s+every 15 min\s+https:\/\/example.com\/feed/);
    expect(listed.stdout).toMatch(/maps\s+sitemap\s+active\s+cron 0 \* \* \* \*/);
  });

  it('pauses, resumes and runs a source now', async () => {
    expect((await run(runSources, ['pause', 'miners'])).stderr).toContain('miners: paused');
    expect(await scheduledSourceIds(queue)).toEqual(['maps']);
    expect((await run(runSources, ['list'])).stdout).toMatch(/miners\s+feed\s+paused/);
    expect((await run(runSources, ['resume', 'miners'])).stderr).toContain('miners: resumed');
    expect((await scheduledSourceIds(queue)).sort()).toEqual(['maps', 'miners']);
    const before = (await queue.getWaiting()).length;
    expect((await run(runSources, ['run', 'maps'])).code).toBe(0);
    expect((await queue.getWaiting()).length).toBe(before + 1);
    const missing = await run(runSources, ['pause', 'ghost']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no source with id "ghost"');
  });

  it('shows queue counts and database counts', async () => {
    const status = await run(runStatus, []);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/crawl\s+\d+/);
    expect(status.stdout).toMatch(/database \(pglite\).*sources 2/);
  });

  it('lists stored events with their citations, filtered by type and date', async () => {
    const text = 'Entity List grows\n\nThe Commerce Department added Sophgo to the Entity List on Friday.';
    const article = { ...parseText(text, { url: 'https://example.com/a' }), url: 'https://example.com/a' };
    const database = await createDatabase({ databaseUrl: null, dataDir: dir });
    await database.storeArticle({
      kind: 'article',
      url: 'https://example.com/a',
      finalUrl: 'https://example.com/a',
      sourceId: 'miners',
      contentHash: 'a'.repeat(64),
      fetchedAt: '2025-06-02T10:00:00.000Z',
      article,
      events: extractEvents(article),
      html: null,
    });
    await database.close();

    const listed = await run(runEvents, ['list']);
    expect(listed.stdout).toContain('blacklisting US Entity List add Sophgo');
    expect(listed.stdout).toContain('https://example.com/a');
    expect(listed.stdout).toContain('“The Commerce Department added Sophgo to the Entity List on Friday.”');
    const jsonl = await run(runEvents, ['list', '--jsonl', '--type', 'blacklisting']);
    expect(JSON.parse(jsonl.stdout.trim())).toMatchObject({
      entity: 'Sophgo',
      citations: [{ url: 'https://example.com/a' }],
    });
    expect((await run(runEvents, ['list', '--type', 'tariff'])).stdout).toBe('');
    expect((await run(runEvents, ['list', '--since', '2025-07-01'])).stdout).toBe('');
    const bad = await run(runEvents, ['list', '--type', 'merger']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--type: must be one of relocation, tariff, blacklisting');
  });

  it('creates an API key, prints it once, lists it without its value, and revokes it', async () => {
    const created = await run(runKeys, ['create', '--role', 'analyst', '--name', 'ci robot']);
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^assay_[\w-]{40,}$/);
    expect(created.stderr).toMatch(/created analyst key key_\w+ "ci robot"; it is shown only this once/);
    const listed = await run(runKeys, ['list', '--jsonl']);
    expect(listed.stdout).not.toContain(key);
    const [entry] = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(entry).toMatchObject({ name: 'ci robot', role: 'analyst', revoked_at: null });
    const database = await createDatabase({ databaseUrl: null, dataDir: dir });
    expect((await database.keys.verify(key))?.role).toBe('analyst');
    await database.close();
    expect((await run(runKeys, ['revoke', entry.id])).code).toBe(0);
    expect((await run(runKeys, ['revoke', entry.id])).code).toBe(1);
    expect((await run(runKeys, ['create', '--role', 'boss', '--name', 'x'])).stderr).toMatch(
      /--role must be one of/,
    );
  });
});
