#!/usr/bin/env node
import { ConfigError, loadConfig } from '@assay/config';
import { redisConnection } from '@assay/queue';
import { pino } from 'pino';
import { createExtractor } from './extractor-worker.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`assay extractor: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const log = pino({ name: 'extractor', level: config.logLevel });
const extractor = createExtractor({
  context: { connection: redisConnection(config.redisUrl), prefix: config.queuePrefix },
  concurrency: config.extractorConcurrency,
});
extractor.worker.on('completed', (job) => log.debug({ job: job.id }, 'extracted'));
extractor.worker.on('failed', (job, error) =>
  log.warn({ job: job?.id, error: error.message }, 'extraction failed'),
);
log.info({ concurrency: config.extractorConcurrency }, 'extractor started');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal }, 'stopping: finishing jobs in flight');
    await extractor.close();
    process.exit(0);
  });
}
