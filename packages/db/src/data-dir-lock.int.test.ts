import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockHolder } from './data-dir-lock.js';
import { createDatabase } from './database.js';

describe('one process per PGlite data directory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-db-lock-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second opening while the first is open, naming the holder, and allows it after close', async () => {
    const first = await createDatabase({ databaseUrl: null, dataDir: dir });
    try {
      expect(lockHolder(dir)).toMatchObject({ pid: process.pid, host: hostname() });
      const second = createDatabase({ databaseUrl: null, dataDir: dir });
      await expect(second).rejects.toThrow(DataDirInUseError);
      await expect(createDatabase({ databaseUrl: null, dataDir: dir })).rejects.toThrow(
        new RegExp(`PGlite database in ${dir} is in use by process ${process.pid} .*one process at a time`),
      );
      // The refused opening did not touch the holder's lock.
      expect(lockHolder(dir)?.pid).toBe(process.pid);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await createDatabase({ databaseUrl: null, dataDir: dir });
    await again.close();
  }, 60_000);

  it('refuses while another live process holds the lock, and takes over one left by a dead process', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const pid = other.pid as number;
      const holder = { pid, host: hostname(), since: new Date().toISOString(), command: 'assay start' };
      await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder));
      await expect(createDatabase({ databaseUrl: null, dataDir: dir })).rejects.toThrow(
        `in use by process ${pid} ("assay start"`,
      );
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
      // The holder is gone (killed, crashed): its lock is stale and taken over.
      expect(lockHolder(dir)).toBeNull();
      const db = await createDatabase({ databaseUrl: null, dataDir: dir });
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      await db.close();
    } finally {
      other.kill('SIGKILL');
    }
  }, 60_000);
});
