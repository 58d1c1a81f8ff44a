#!/usr/bin/env node
import { ConfigError, loadConfig } from '@assay/config';
import { createDatabase } from '@assay/db';
import { redisConnection } from '@assay/queue';
import { pino } from 'pino';
import { createStoreWorker } from './store-worker.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`assay store: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const log = pino({ name: 'store', level: config.logLevel });
const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const worker = createStoreWorker({
  context: { connection: redisConnection(config.redisUrl), prefix: config.queuePrefix },
  database,
  concurrency: config.storeConcurrency,
});
worker.on('failed', (job, error) =>
  log.warn({ job: job?.id, error: error.message }, 'store failed, will retry'),
);
log.info({ database: database.kind, concurrency: config.storeConcurrency }, 'store started');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal }, 'stopping: finishing jobs in flight');
    await worker.close();
    await database.close();
    process.exit(0);
  });
}
