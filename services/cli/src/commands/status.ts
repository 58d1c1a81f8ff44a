import type { CommandIo } from '../io.js';
import { configOrExplain } from './context.js';
import { withOperations } from './operations.js';

/** `assay status`: queue counts, recent failed jobs and fetch failures, and what the database holds. */
export async function runStatus(_args: string[], io: CommandIo): Promise<number> {
  const config = configOrExplain('status', io);
  if (!config) return 2;
  return withOperations(config, 'status', io, async (operations) => {
    const report = await operations.status();
    io.stdout.write('queues                waiting   active  delayed   failed completed\n');
    for (const { name, counts: c } of report.queues) {
      io.stdout.write(
        `  ${name.padEnd(16)} ${[c.waiting, c.active, c.delayed, c.failed, c.completed].map((n) => String(n ?? 0).padStart(8)).join(' ')}\n`,
      );
    }
    if (report.failedJobs.length) {
      io.stdout.write('recent failed jobs\n');
      for (const job of report.failedJobs)
        io.stdout.write(`  ${job.queue}/${job.name} ${job.id}: ${job.reason} (${job.attempts} attempts)\n`);
    }
    io.stdout.write(
      `database (${report.database.kind})    ${Object.entries(report.database.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ')}\n`,
    );
    if (report.fetchFailures.length) {
      io.stdout.write('recent fetch failures\n');
      for (const f of report.fetchFailures)
        io.stdout.write(`  ${f.fetched_at} ${f.status ?? '-'} ${f.url} ${f.error ?? ''}\n`);
    }
    return 0;
  });
}
