#!/usr/bin/env node
import { runService } from '@assay/config';
import { createDatabase } from '@assay/db';
import { queueContext } from '@assay/queue';
import { createStoreWorker } from './store-worker.js';

await runService('store', async (config, log) => {
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const worker = createStoreWorker({
    context: queueContext(config),
    database,
    concurrency: config.storeConcurrency,
  });
  worker.on('failed', (job, error) =>
    log.warn({ job: job?.id, error: error.message }, 'store failed, will retry'),
  );
  log.info({ database: database.kind, concurrency: config.storeConcurrency }, 'store started');
  return {
    async close() {
      await worker.close();
      await database.close();
    },
  };
});
