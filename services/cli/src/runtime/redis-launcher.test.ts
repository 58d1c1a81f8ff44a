import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRedis, RedisUnavailableError } from './redis-launcher.js';

const hasRedisServer = (process.env.PATH ?? '')
  .split(':')
  .some((dir) => existsSync(join(dir, 'redis-server')));

function ping(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) }, () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      socket.end();
      resolve(d.toString().trim());
    });
    socket.once('error', reject);
  });
}

describe('ensureRedis', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-redis-launch-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.skipIf(!hasRedisServer)(
    'starts a private redis-server under the data directory when none answers',
    async () => {
      const handle = await ensureRedis('redis://127.0.0.1:1', dir);
      try {
        expect(handle.privateServer).toBe(true);
        expect(await ping(handle.url)).toBe('+PONG');
      } finally {
        await handle.stop();
      }
    },
  );

  it('says how to get Redis when none answers and none can be started', async () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      await expect(ensureRedis('redis://127.0.0.1:1', dir)).rejects.toThrow(RedisUnavailableError);
      await expect(ensureRedis('redis://127.0.0.1:1', dir)).rejects.toThrow(
        /Install Redis .* or set REDIS_URL/,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
