#!/usr/bin/env node
import { runService } from '@assay/config';
import { queueContext } from '@assay/queue';
import { createExtractor } from './extractor-worker.js';

await runService('extractor', async (config, log) => {
  const extractor = createExtractor({
    context: queueContext(config),
    concurrency: config.extractorConcurrency,
  });
  extractor.worker.on('failed', (job, error) =>
    log.warn({ job: job?.id, error: error.message }, 'extraction failed'),
  );
  log.info({ concurrency: config.extractorConcurrency }, 'extractor started');
  return extractor;
});
