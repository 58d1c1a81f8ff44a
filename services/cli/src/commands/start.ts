import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startApiRuntime } from '@assay/api';
import { type Config, ConfigError, loadConfig } from '@assay/config';
import { createDatabase } from '@assay/db';
import { webDistDir } from '@assay/web';
import { pino } from 'pino';
import type { CommandIo } from '../io.js';
import { createHealthApp } from '../runtime/health-server.js';
import { startPipeline } from '../runtime/pipeline.js';
import { reportProgress } from '../runtime/progress.js';
import { ensureRedis, RedisUnavailableError } from '../runtime/redis-launcher.js';
import { syncSources } from '../runtime/sources-sync.js';
import { loadSourcesFile } from '../sources-file.js';

export const START_USAGE = `usage: assay start [--sources FILE] [--port N] [--no-workers]

Runs the HTTP API (and the web UI when built), webhook delivery and every worker (crawler,
extractor, store) in one process.
  --no-workers: schedules sources and serves the API only; workers run as their own services.
  API keys: create one with "assay keys create --role admin --name me".
  Database: PostgreSQL at DATABASE_URL, or PGlite under ASSAY_DATA_DIR (default ~/.assay).
  Redis: REDIS_URL (default redis://127.0.0.1:6379); without one, a private redis-server is started.
  Sources: --sources FILE (YAML or JSON) is loaded into the database; with no sources yet, the
  bundled default sources are loaded.
Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.`;

const DEFAULT_SOURCES = fileURLToPath(new URL('../../sources/default-sources.yaml', import.meta.url));

export interface StartedAssay {
  config: Config;
  port: number;
  stop(): Promise<void>;
}

/** Starts everything; resolves once it is running. Used by `assay start` and by end-to-end tests. */
export async function startAssay(
  config: Config,
  sourcesFile: string | null,
  io: CommandIo,
  { workers = true } = {},
): Promise<StartedAssay> {
  const redis = await ensureRedis(config.redisUrl, config.dataDir);
  if (redis.privateServer)
    io.stderr.write(`assay: no Redis at ${config.redisUrl}; started a private one at ${redis.url}\n`);
  const running: Config = { ...config, redisUrl: redis.url };
  const database = await createDatabase({ databaseUrl: running.databaseUrl, dataDir: running.dataDir });
  io.stderr.write(
    `assay: database ${database.kind === 'pglite' ? `PGlite in ${running.dataDir}` : 'PostgreSQL'}\n`,
  );

  // A first start has no API keys, and with PGlite `assay keys create` cannot open the database while
  // this process runs: make the first admin key now and show it once.
  if ((await database.keys.list()).length === 0) {
    const { key } = await database.keys.create({ name: 'first admin', role: 'admin' });
    io.stderr.write(
      `assay: created the first API key (admin); it is shown only now, keep it:\n  ${key}\n` +
        'assay: more keys: assay keys create --role analyst|operator|subscriber|admin --name NAME\n',
    );
  }

  const pipeline = startPipeline(running, database, { workers });
  let file = sourcesFile;
  if (!file && (await database.listSources()).length === 0 && existsSync(DEFAULT_SOURCES))
    file = DEFAULT_SOURCES;
  const fromFile = file ? await loadSourcesFile(file) : { sources: [], problems: [] };
  for (const problem of fromFile.problems) io.stderr.write(`assay: skipped source: ${problem}\n`);
  const sources = await syncSources(database, pipeline.queues.crawl.queue, fromFile.sources);
  const enabled = sources.filter((s) => s.enabled).length;
  io.stderr.write(
    `assay: ${enabled} source${enabled === 1 ? '' : 's'} scheduled${file ? ` (from ${file})` : ''}\n`,
  );

  const health = createHealthApp(database, pipeline);
  const api = await startApiRuntime({
    config: running,
    database,
    logger: pino(
      { name: 'api', level: running.logLevel === 'info' ? 'warn' : running.logLevel },
      pino.destination(2),
    ),
    // The web UI is served when it has been built (`pnpm build`).
    webRoot: existsSync(join(webDistDir, 'index.html')) ? webDistDir : undefined,
    extend: (app) => app.route('/', health),
  });
  const port = api.port;
  io.stderr.write(
    `assay: running; API at http://127.0.0.1:${port}/v1 (docs /docs), health at http://127.0.0.1:${port}/health\n`,
  );
  const stopProgress = reportProgress(
    pipeline.counters,
    () => enabled,
    (line) => io.stderr.write(`assay: ${line}\n`),
  );

  return {
    config: running,
    port,
    async stop() {
      stopProgress();
      await api.close();
      await pipeline.close();
      await database.close();
      await redis.stop();
    },
  };
}

export async function runStart(args: string[], io: CommandIo): Promise<number> {
  let values: { sources?: string; port?: string; help?: boolean; 'no-workers'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        sources: { type: 'string' },
        port: { type: 'string' },
        'no-workers': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr.write(`assay start: ${(error as Error).message}\n${START_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${START_USAGE}\n`);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig(process.env, values.port !== undefined ? { port: Number(values.port) } : {});
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`assay start: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (values.sources && !existsSync(values.sources)) {
    io.stderr.write(`assay start: --sources: ${values.sources}: no such file\n`);
    return 2;
  }

  let started: StartedAssay;
  try {
    started = await startAssay(config, values.sources ?? null, io, { workers: !values['no-workers'] });
  } catch (error) {
    if (error instanceof RedisUnavailableError) {
      io.stderr.write(`assay start: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  io.stderr.write('assay: stopping: no new jobs; finishing the ones in flight\n');
  await started.stop();
  io.stderr.write('assay: stopped\n');
  return 0;
}
