import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { loadConfig } from '@assay/config';
import { createDatabase } from '@assay/db';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { startApiRuntime } from './runtime.js';

const redis = await redisForTests();
const postgres = await postgresForTests();
const skip = !redis.available ? redis.note : !postgres.available ? postgres.note : '';

/** This machine's first address that is not loopback, if it has one. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

const reachable = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe.skipIf(skip)(`where the API listens${skip}`, () => {
  it("on 127.0.0.1 by default: not on the machine's other addresses; HOST=0.0.0.0 opens them", async () => {
    const scratch = await postgres.create();
    const prefix = `{test-${randomUUID()}}`;
    const database = await createDatabase({ databaseUrl: scratch.url, dataDir: '/nonexistent' });
    try {
      for (const env of [{}, { HOST: '0.0.0.0' }]) {
        const config = loadConfig(env, {
          redisUrl: redis.url,
          databaseUrl: scratch.url,
          queuePrefix: prefix,
          port: 0,
        });
        const runtime = await startApiRuntime({
          config,
          database,
          logger: pino({ level: 'silent' }),
          webhooks: false,
        });
        try {
          expect(runtime.address).toBe(env.HOST ?? '127.0.0.1');
          expect(await reachable('127.0.0.1', runtime.port)).toBe(true);
          if (outside) expect(await reachable(outside, runtime.port), outside).toBe(Boolean(env.HOST));
        } finally {
          await runtime.close();
        }
      }
    } finally {
      await database.close();
      await scratch.drop();
      expect(await removeTestKeys(prefix)).toEqual([]);
    }
  });
});
