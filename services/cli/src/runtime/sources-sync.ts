import type { Database } from '@assay/db';
import { scheduleSource, unscheduleSource } from '@assay/queue';
import type { Source } from '@assay/schema';
import type { Queue } from 'bullmq';

/** Saves sources in the database and keeps each one's BullMQ job scheduler in step with its `enabled` flag. */
export async function syncSources(database: Database, crawl: Queue, fromFile: Source[]): Promise<Source[]> {
  for (const source of fromFile) await database.upsertSource(source);
  const stored = await database.listSources();
  for (const source of stored) {
    if (source.enabled) await scheduleSource(crawl, source);
    else await unscheduleSource(crawl, source.id);
  }
  return stored;
}
