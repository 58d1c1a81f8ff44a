import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isIPv6 } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startApiRuntime } from '@assay/api';
import { type Config, ConfigError, loadConfig } from '@assay/config';
import { type ApiKey, createDatabase, type Database, DataDirInUseError } from '@assay/db';
import { webDistDir } from '@assay/web';
import { pino } from 'pino';
import type { CommandIo } from '../io.js';
import { registerHealth } from '../runtime/health-server.js';
import { startPipeline } from '../runtime/pipeline.js';
import { reportProgress } from '../runtime/progress.js';
import { ensureRedis, RedisUnavailableError } from '../runtime/redis-launcher.js';
import { newServerToken, writeServerFile } from '../runtime/server-file.js';
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
  /** Where this machine reaches the API, e.g. http://127.0.0.1:8080. */
  url: string;
  stop(): Promise<void>;
}

/** Starts everything; resolves once it is running. Used by `assay start` and by end-to-end tests. */
export async function startAssay(
  config: Config,
  sourcesFile: string | null,
  io: CommandIo,
  { workers = true } = {},
): Promise<StartedAssay> {
  // The operator's file is read first: a file that is not a list of sources stops the start before
  // anything is opened (its bad entries are only skipped, below).
  const given = sourcesFile
    ? await loadSourcesFile(sourcesFile).catch((error: Error) => {
        throw new StartError(`--sources: ${error.message}`);
      })
    : null;
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

  const pipeline = startPipeline(running, database, {
    workers,
    report: (line) => io.stderr.write(`assay: ${line}\n`),
  });
  let file = sourcesFile;
  if (!file && (await database.listSources()).length === 0 && existsSync(DEFAULT_SOURCES))
    file = DEFAULT_SOURCES;
  const fromFile = given ?? (file ? await loadSourcesFile(file) : { sources: [], problems: [] });
  for (const problem of fromFile.problems) io.stderr.write(`assay: skipped source: ${problem}\n`);
  const sources = await syncSources(database, pipeline.queues.crawl.queue, fromFile.sources);
  const enabled = sources.filter((s) => s.enabled).length;
  io.stderr.write(
    `assay: ${enabled} source${enabled === 1 ? '' : 's'} scheduled${file ? ` (from ${file})` : ''}\n`,
  );

  // With PGlite no other process may open the data directory, so the operator commands reach the data
  // through this server: it accepts this run's token (left in the data directory) as an admin key.
  const token = database.kind === 'pglite' ? newServerToken() : null;
  const served = token ? withLocalToken(database, token) : database;
  const api = await startApiRuntime({
    config: running,
    database: served,
    logger: pino(
      { name: 'api', level: running.logLevel === 'info' ? 'warn' : running.logLevel },
      pino.destination(2),
    ),
    // The web UI is served when it has been built (`pnpm build`).
    webRoot: existsSync(join(webDistDir, 'index.html')) ? webDistDir : undefined,
    extend: (app) => registerHealth(app, served, pipeline),
  }).catch(async (error: NodeJS.ErrnoException) => {
    await pipeline.close();
    await database.close();
    await redis.stop();
    if (error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
      throw new StartError(
        `cannot listen on ${running.host} port ${running.port}: ${error.code === 'EADDRINUSE' ? 'the port is in use (another assay start? set PORT or --port)' : error.code === 'EADDRNOTAVAIL' ? 'no such address on this machine (HOST)' : 'permission denied (ports below 1024 need privileges)'}`,
      );
    }
    throw error;
  });
  const urls = serverUrls(api.address, api.port);
  const removeServerFile = token
    ? writeServerFile(running.dataDir, { pid: process.pid, url: urls.local, token })
    : () => {};
  for (const line of bannerLines(api.address, api.port)) io.stderr.write(`assay: ${line}\n`);
  const stopProgress = reportProgress(
    pipeline.counters,
    async () => (await database.listSources()).filter((s) => s.enabled).length,
    (line) => io.stderr.write(`assay: ${line}\n`),
  );

  return {
    config: running,
    port: api.port,
    url: urls.local,
    async stop() {
      stopProgress();
      removeServerFile();
      await api.close();
      await pipeline.close();
      await database.close();
      await redis.stop();
    },
  };
}

/** Refusals at start that are the operator's to fix: printed in one line, exit code 1. */
export class StartError extends Error {}

/** The key the API sees for this run's token: the operator commands of this machine, as admin. */
const LOCAL_KEY: ApiKey = {
  id: 'key_local_cli',
  name: 'assay command line (this data directory)',
  role: 'admin',
  created_at: new Date(0).toISOString(),
  last_used_at: null,
  revoked_at: null,
};

function withLocalToken(database: Database, token: string): Database {
  const expected = Buffer.from(token);
  const isToken = (key: string) => {
    const given = Buffer.from(key);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return {
    ...database,
    keys: {
      ...database.keys,
      verify: async (key) => (isToken(key) ? LOCAL_KEY : database.keys.verify(key)),
    },
  };
}

const WILDCARDS = new Set(['0.0.0.0', '::']);

/** How this machine reaches the server (`local`), and whether it listens beyond loopback. */
export function serverUrls(address: string, port: number): { local: string; everywhere: boolean } {
  const everywhere = WILDCARDS.has(address);
  const host =
    address === '::' ? '[::1]' : everywhere ? '127.0.0.1' : isIPv6(address) ? `[${address}]` : address;
  return { local: `http://${host}:${port}`, everywhere };
}

/** What `assay start` prints once it listens: the real address, the web UI, the API and its reference. */
export function bannerLines(address: string, port: number): string[] {
  const { local, everywhere } = serverUrls(address, port);
  return [
    `listening on ${isIPv6(address) ? `[${address}]` : address} port ${port}${everywhere ? ' (every interface: reachable from other machines)' : ''}`,
    `web UI  ${local}/`,
    `API     ${local}/v1 (reference ${local}/docs); pipeline health ${local}/health (operator key)`,
  ];
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
    if (
      error instanceof RedisUnavailableError ||
      error instanceof StartError ||
      error instanceof DataDirInUseError
    ) {
      io.stderr.write(`assay start: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const signal = await stopSignal(io);
  io.stderr.write(`assay: ${signal}: stopping: no new jobs; finishing the ones in flight\n`);
  // A Redis connection BullMQ was still opening when its owner closed it reports "Connection is closed."
  // with no listener left (a Ctrl-C right after start): nothing is lost, so the stop does not die of it.
  process.on('uncaughtException', (error) => {
    if (error.message === 'Connection is closed.') return;
    io.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  });
  await started.stop();
  io.stderr.write('assay: stopped\n');
  return 0;
}

/**
 * Resolves at the first SIGINT or SIGTERM. Later ones are expected: Ctrl-C signals the whole process
 * group, so under `pnpm assay start` this process gets SIGINT from the terminal and again from pnpm,
 * which forwards it. They are acknowledged and do not cut the clean stop short (Node's default on a
 * second signal without a listener would kill the process and lose the jobs in flight).
 */
export function stopSignal(io: CommandIo): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first: NodeJS.Signals | undefined;
    const on = (signal: NodeJS.Signals) => {
      if (first) {
        io.stderr.write(`assay: ${signal}: already stopping (finishing the jobs in flight)\n`);
        return;
      }
      first = signal;
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}
