import { type Config, ConfigError, loadConfig } from '@assay/config';
import { createDatabase, type Database } from '@assay/db';
import { crawlQueue, redisConnection, TypedQueue } from '@assay/queue';
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

/** Opens the database for one command and closes it afterwards. */
export async function withDatabase<T>(config: Config, use: (database: Database) => Promise<T>): Promise<T> {
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

/** A connection for a one-off command: fail fast instead of retrying forever when Redis is down. */
export function commandConnection(redisUrl: string): ConnectionOptions {
  return { ...(redisConnection(redisUrl) as RedisOptions), connectTimeout: 3000, retryStrategy: () => null };
}

/** Opens the crawl queue for one command and closes it afterwards. */
export async function withCrawlQueue<T>(
  config: Config,
  use: (queue: TypedQueue<typeof crawlQueue.payload>) => Promise<T>,
): Promise<T> {
  const queue = new TypedQueue(crawlQueue, {
    connection: commandConnection(config.redisUrl),
    prefix: config.queuePrefix,
  });
  try {
    return await use(queue);
  } finally {
    await queue.close();
  }
}
