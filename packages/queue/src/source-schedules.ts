import { type Source, sourceSchema } from '@assay/schema';
import type { Queue } from 'bullmq';
import { crawlQueue } from './queues.js';

const schedulerId = (sourceId: string) => `source-${sourceId}`;

/** The source's own fields, without what storage adds (timestamps), as the job payload carries them. */
function definitionOf(source: Source): Source {
  const fields = Object.keys(sourceSchema.shape) as (keyof Source)[];
  return sourceSchema.parse(Object.fromEntries(fields.filter((f) => f in source).map((f) => [f, source[f]])));
}

/** Keeps a source's schedule as a BullMQ job scheduler; its job carries the source, so crawlers need no database. */
export async function scheduleSource(queue: Queue, source: Source): Promise<void> {
  const repeat =
    'cron' in source.schedule
      ? { pattern: source.schedule.cron }
      : { every: source.schedule.every_minutes * 60_000 };
  await queue.upsertJobScheduler(schedulerId(source.id), repeat, {
    name: 'crawl-source',
    data: crawlQueue.payload.parse({ kind: 'source', source: definitionOf(source) }),
    opts: crawlQueue.defaultJobOptions,
  });
}

/** Pausing a source removes its scheduler; resuming schedules it again. */
export async function unscheduleSource(queue: Queue, sourceId: string): Promise<boolean> {
  return queue.removeJobScheduler(schedulerId(sourceId));
}

/** Queues one run of a source now, besides its schedule. */
export async function runSourceNow(queue: Queue, source: Source): Promise<void> {
  const payload = crawlQueue.payload.parse({
    kind: 'source',
    source: definitionOf(source),
    requestedAt: new Date().toISOString(),
  });
  await queue.add(crawlQueue.jobName(payload), payload, { jobId: crawlQueue.jobId(payload) });
}

export async function scheduledSourceIds(queue: Queue): Promise<string[]> {
  const schedulers = await queue.getJobSchedulers(0, -1);
  return schedulers.map((s) => String(s.key ?? s.id ?? '').replace(/^source-/, '')).filter(Boolean);
}

/** Adaptive recrawl bounds of an `every_minutes` source, in minutes. */
export function intervalBounds(source: Source): { min: number; max: number } | null {
  if (!('every_minutes' in source.schedule)) return null;
  const base = source.schedule.every_minutes;
  return {
    min: source.min_interval_minutes ?? Math.max(1, Math.round(base / 4)),
    max: source.max_interval_minutes ?? base * 4,
  };
}

/** The next interval of an `every_minutes` source: longer when nothing was new, shorter when something was. */
export function adaptedIntervalMinutes(source: Source, currentMinutes: number, newItems: number): number {
  const bounds = intervalBounds(source);
  if (!bounds) return currentMinutes;
  const next = newItems > 0 ? currentMinutes / 2 : currentMinutes * 1.5;
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, next)));
}
