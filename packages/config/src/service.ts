import { type Logger, pino } from 'pino';
import { type Config, ConfigError, loadConfig } from './config.js';

export interface RunningService {
  /** Stops taking work, finishes what is in flight and closes connections. */
  close(): Promise<void>;
}

/**
 * The life of a service process: settings validated at start (a clear message and exit code 2 when one is
 * wrong), a logger, and a clean stop on SIGINT or SIGTERM (exit code 0).
 */
export async function runService(
  name: string,
  start: (config: Config, log: Logger) => Promise<RunningService>,
): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`assay ${name}: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = pino({ name, level: config.logLevel });
  let service: RunningService;
  try {
    service = await start(config, log);
  } catch (error) {
    // What stops a start (the database in use, a port taken, Redis refusing) is the operator's to fix:
    // one line naming it, not a stack trace.
    log.debug({ err: error }, 'start failed');
    console.error(`assay ${name}: cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `on`, not `once`: a second signal (Ctrl-C reaches a whole process group, and a parent may forward
    // it) must not kill the process with Node's default while it finishes its jobs.
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping: finishing jobs in flight');
      await service.close();
      process.exit(0);
    });
  }
}
