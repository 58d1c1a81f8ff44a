import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * While `assay start` runs on PGlite it alone may open the data directory (see @assay/db's lock), so the
 * operator commands (`keys`, `sources`, `status`, `events`) must go through it. It leaves this file in
 * the data directory: where its API answers, and a token for this run that the API takes as an admin key.
 * Whoever can read the data directory can read the database itself, so the token gives no more than that;
 * the file is still made readable by its owner only.
 */
export const SERVER_FILE = 'server.json';

const serverFileSchema = z.object({
  pid: z.number().int().positive(),
  /** Where this machine reaches the API, e.g. http://127.0.0.1:8080. */
  url: z.url(),
  token: z.string().min(32),
});
export type ServerFile = z.infer<typeof serverFileSchema>;

/**
 * A new token for one run of `assay start`: 256 random bits, never stored in the database, in the form
 * of an API key (the API refuses other forms before looking a token up).
 */
export const newServerToken = () => `assay_${randomBytes(32).toString('base64url')}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes the file atomically (no reader sees half of it); returns the function that removes it. */
export function writeServerFile(dataDir: string, server: ServerFile): () => void {
  const path = join(dataDir, SERVER_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(server), { mode: 0o600 });
  renameSync(temporary, path);
  return () => {
    try {
      if (readServerFileAt(path)?.token === server.token) unlinkSync(path);
    } catch {
      // Gone already, or replaced by another run: nothing of this run's to remove.
    }
  };
}

function readServerFileAt(path: string): ServerFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = serverFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The running `assay start` on this data directory, or null (none, or the one that wrote the file has died). */
export function runningServer(dataDir: string): ServerFile | null {
  const server = readServerFileAt(join(dataDir, SERVER_FILE));
  return server && alive(server.pid) ? server : null;
}
