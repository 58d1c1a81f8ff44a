#!/usr/bin/env node
import { ConfigError, loadConfig } from '@assay/config';
import { redisConnection } from '@assay/queue';
import { pino } from 'pino';
import { createCrawler } from './crawler-worker.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`assay crawler: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const log = pino({ name: 'crawler', level: config.logLevel });
const crawler = createCrawler({
  context: { connection: redisConnection(config.redisUrl), prefix: config.queuePrefix },
  redisUrl: config.redisUrl,
  userAgent: config.userAgent,
  politenessDelayMs: config.politenessDelayMs,
  concurrency: config.crawlerConcurrency,
});
crawler.worker.on('failed', (job, error) => log.warn({ job: job?.id, error: error.message }, 'crawl failed'));
log.info({ concurrency: config.crawlerConcurrency }, 'crawler started');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal }, 'stopping: finishing jobs in flight');
    await crawler.close();
    process.exit(0);
  });
}
