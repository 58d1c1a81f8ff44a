import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

export interface RedisHandle {
  url: string;
  /** True when this process started a private redis-server (stopped again by `stop`). */
  privateServer: boolean;
  stop(): Promise<void>;
}

function answers(url: URL, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => {
      socket.write('PING\r\n');
    });
    socket.once('data', (data) =>
      done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')),
    );
    socket.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class RedisUnavailableError extends Error {}

/**
 * Uses the Redis at `redisUrl` when one answers. Otherwise, if `redis-server` is on PATH, starts a
 * private one with its files under the data directory; otherwise says how to get Redis.
 */
export async function ensureRedis(redisUrl: string, dataDir: string): Promise<RedisHandle> {
  if (await answers(new URL(redisUrl))) return { url: redisUrl, privateServer: false, stop: async () => {} };

  const port = await freePort();
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''],
    // Its own process group: Ctrl-C signals the terminal's whole group, and Redis must outlive this
    // process's clean stop (the jobs in flight finish through it); `stop` ends it afterwards.
    { stdio: 'ignore', detached: true },
  );
  const killAtExit = () => child.kill('SIGTERM');
  process.once('exit', killAtExit);
  const spawnFailed = new Promise<false>((resolve) => child.once('error', () => resolve(false)));
  const url = `redis://127.0.0.1:${port}`;
  const ready = (async () => {
    for (let i = 0; i < 50; i++) {
      if (await answers(new URL(url), 200)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  })();
  if (!(await Promise.race([ready, spawnFailed]))) {
    process.removeListener('exit', killAtExit);
    child.kill();
    throw new RedisUnavailableError(
      `no Redis answers at ${redisUrl}, and no redis-server could be started. ` +
        'Install Redis (e.g. "apt-get install redis-server" or "brew install redis") or set REDIS_URL to a running one.',
    );
  }
  return {
    url,
    privateServer: true,
    stop: () =>
      new Promise((resolve) => {
        process.removeListener('exit', killAtExit);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
