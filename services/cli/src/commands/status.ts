import { QUEUES } from '@assay/queue';
import { Queue } from 'bullmq';
import type { CommandIo } from '../io.js';
import { commandConnection, configOrExplain, withDatabase } from './context.js';

/** `assay status`: queue counts, recent failed jobs and fetch failures, and what the database holds. */
export async function runStatus(_args: string[], io: CommandIo): Promise<number> {
  const config = configOrExplain('status', io);
  if (!config) return 2;
  const connection = commandConnection(config.redisUrl);
  io.stdout.write('queues                waiting   active  delayed   failed completed\n');
  const failures: string[] = [];
  for (const definition of QUEUES) {
    const queue = new Queue(definition.name, { connection, prefix: config.queuePrefix });
    try {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      io.stdout.write(
        `  ${definition.name.padEnd(16)} ${[c.waiting, c.active, c.delayed, c.failed, c.completed].map((n) => String(n ?? 0).padStart(8)).join(' ')}\n`,
      );
      for (const job of await queue.getFailed(0, 4)) {
        failures.push(
          `  ${definition.name}/${job.name} ${job.id}: ${job.failedReason} (${job.attemptsMade} attempts)`,
        );
      }
    } catch (error) {
      io.stderr.write(`assay status: Redis at ${config.redisUrl}: ${(error as Error).message}\n`);
      return 1;
    } finally {
      await queue.close();
    }
  }
  if (failures.length) io.stdout.write(`recent failed jobs\n${failures.join('\n')}\n`);
  await withDatabase(config, async (db) => {
    const counts = await db.counts();
    io.stdout.write(
      `database (${db.kind})    ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}\n`,
    );
    const fetchFailures = await db.recentFetchFailures(5);
    if (fetchFailures.length) {
      io.stdout.write('recent fetch failures\n');
      for (const f of fetchFailures)
        io.stdout.write(`  ${f.fetched_at} ${f.status ?? '-'} ${f.url} ${f.error ?? ''}\n`);
    }
  });
  return 0;
}
