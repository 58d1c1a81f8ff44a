#!/usr/bin/env node
import { runService } from '@assay/config';
import { queueContext } from '@assay/queue';
import { crawlerSettings, createCrawler } from './crawler-worker.js';

await runService('crawler', async (config, log) => {
  const crawler = createCrawler({
    context: queueContext(config),
    ...crawlerSettings(config),
  });
  crawler.worker.on('failed', (job, error) =>
    log.warn({ job: job?.id, error: error.message }, 'crawl failed'),
  );
  log.info({ concurrency: config.crawlerConcurrency }, 'crawler started');
  return crawler;
});
