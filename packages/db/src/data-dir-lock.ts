import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * PGlite is PostgreSQL in one process's memory, persisted to a directory: a second process opening the
 * same directory gets its own copy of the data and writes what the first never reads (and overwrites on
 * exit). So each process that opens a PGlite directory holds this lock file beside it while it has it
 * open, and any other process refuses to open it, saying who holds it.
 */
export const LOCK_FILE = 'pglite.lock';

const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  since: z.string(),
  command: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the PGlite database in ${dataDir} is in use by process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`} ` +
        `("${holder.command}", since ${holder.since}); PGlite allows one process at a time. ` +
        'Stop that process, or use PostgreSQL (DATABASE_URL) to share the database between processes.',
    );
    this.name = 'DataDirInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process holding the lock on `dataDir`, or null when none does (no file, or its holder is gone). */
export function lockHolder(dataDir: string): LockHolder | null {
  const text = readIfThere(join(dataDir, LOCK_FILE));
  if (text === null) return null;
  const parsed = holderSchema.safeParse(safeJson(text));
  // A lock file cut short (its writer died while writing it) holds nothing.
  if (!parsed.success) return null;
  // On another host (a shared directory) the holder cannot be checked: it is taken to be running.
  if (parsed.data.host !== hostname()) return parsed.data;
  return alive(parsed.data.pid) ? parsed.data : null;
}

function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Takes the lock on `dataDir` for this process, or throws `DataDirInUseError`. A lock left by a process
 * that has died (killed, crashed) is taken over. Returns the release function; the lock is also released
 * when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    command: process.argv
      .slice(1)
      .map((arg) => arg.replace(/^.*\/(services|packages|node_modules)\//, '$1/'))
      .join(' ')
      .slice(0, 200),
  };
  const text = JSON.stringify(mine);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, text, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
    }
    const stale = readIfThere(path);
    const holder = lockHolder(dataDir);
    if (holder) throw new DataDirInUseError(dataDir, holder);
    // Remove the stale file only if it is still the one just judged stale: another process may have
    // taken it over in between.
    if (stale !== null && readIfThere(path) === stale) unlinkSync(path);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    try {
      if (readIfThere(path) === text) unlinkSync(path);
    } catch {
      // Runs at exit too, where a throw would hide the real exit reason; a lock left behind is stale.
    }
  };
  process.on('exit', release);
  return release;
}
