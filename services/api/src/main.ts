import { runService } from '@assay/config';
import { createDatabase } from '@assay/db';
import { startApiRuntime } from './runtime.js';

/** The API alone, for scale-out: `node services/api/dist/main.js`. */
await runService('api', async (config, logger) => {
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const api = await startApiRuntime({ config, database, logger });
  logger.info(
    { address: api.address, port: api.port },
    `API listening on ${api.address} port ${api.port} (docs at /docs)`,
  );
  return {
    async close() {
      await api.close();
      await database.close();
    },
  };
});
