import { type Config, ConfigError, loadConfig } from '@assay/config';
import { redisConnection } from '@assay/queue';
import type { ConnectionOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import type { CommandIo } from '../io.js';

/** Loads the configuration, or explains what is wrong with it. */
export function configOrExplain(command: string, io: CommandIo): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`assay ${command}: ${error.message}\n`);
      return null;
    }
    throw error;
  }
}

/** A connection for a one-off command: fail fast instead of retrying forever when Redis is down. */
export function commandConnection(redisUrl: string): ConnectionOptions {
  return { ...(redisConnection(redisUrl) as RedisOptions), connectTimeout: 3000, retryStrategy: () => null };
}
