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
  const service = await start(config, log);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      log.info({ signal }, 'stopping: finishing jobs in flight');
      await service.close();
      process.exit(0);
    });
  }
}
