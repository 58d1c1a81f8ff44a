import type { Config } from '@assay/config';
import {
  API_ROLES,
  type ApiKey,
  type ApiRole,
  type Counts,
  createDatabase,
  type Database,
  DataDirInUseError,
  type FetchRecordRow,
  type StoredSource,
} from '@assay/db';
import { QUEUES, runSourceNow, scheduleSource, unscheduleSource } from '@assay/queue';
import {
  type EventRecord,
  type EventType,
  eventRecordSchema,
  type Source,
  sourceSchema,
} from '@assay/schema';
import { Queue } from 'bullmq';
import { z } from 'zod';
import type { CommandIo } from '../io.js';
import { runningServer, type ServerFile } from '../runtime/server-file.js';
import { commandConnection } from './context.js';

export interface QueueStatus {
  name: string;
  counts: Record<string, number>;
}
export interface FailedJob {
  queue: string;
  name: string;
  id: string;
  reason: string;
  attempts: number;
}
export interface StatusReport {
  queues: QueueStatus[];
  failedJobs: FailedJob[];
  database: { kind: 'postgres' | 'pglite'; counts: Counts };
  fetchFailures: FetchRecordRow[];
}

/**
 * What the operator commands do, in one place, two ways: on the database and Redis directly, or through
 * the running `assay start` when it holds the PGlite data directory (only one process may open it).
 */
export interface Operations {
  /** Where the work is done, for the commands' messages. */
  readonly via: string;
  createKey(input: { name: string; role: ApiRole }): Promise<{ key: string; apiKey: ApiKey }>;
  listKeys(): Promise<ApiKey[]>;
  /** False when there is no live key with this id. */
  revokeKey(id: string): Promise<boolean>;
  listSources(): Promise<StoredSource[]>;
  /** Saves the source (created or replaced) and schedules it when enabled. */
  saveSource(source: Source): Promise<void>;
  /** The source after the action, or null when there is none with this id. */
  sourceAction(id: string, action: 'pause' | 'resume' | 'run'): Promise<StoredSource | null>;
  listEvents(filter: { type?: EventType; since?: string; limit: number }): Promise<EventRecord[]>;
  status(): Promise<StatusReport>;
  close(): Promise<void>;
}

/** A refusal or failure the command reports in one line and exits 1 on. */
export class OperationError extends Error {}

/** Picks how to reach the data: the running server for a PGlite directory it holds, or directly. */
export function openOperations(config: Config): Operations {
  if (!config.databaseUrl) {
    const server = runningServer(config.dataDir);
    if (server) return serverOperations(server);
  }
  return directOperations(config);
}

// --- directly: the database and Redis -----------------------------------------------------------

function directOperations(config: Config): Operations {
  let opened: Promise<Database> | undefined;
  // Opened on first use: `keys` needs no Redis, `status` may fail on Redis before it needs the database.
  const database = () => {
    opened ??= createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    return opened;
  };
  const withQueue = async <T>(name: string, use: (queue: Queue) => Promise<T>): Promise<T> => {
    const queue = new Queue(name, {
      connection: commandConnection(config.redisUrl),
      prefix: config.queuePrefix,
    });
    try {
      return await use(queue);
    } catch (error) {
      if (error instanceof OperationError) throw error;
      throw new OperationError(`Redis at ${config.redisUrl}: ${(error as Error).message}`);
    } finally {
      await queue.close();
    }
  };
  return {
    via: config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`,
    createKey: async (input) => (await database()).keys.create(input),
    listKeys: async () => (await database()).keys.list(),
    revokeKey: async (id) => (await database()).keys.revoke(id),
    listSources: async () => (await database()).listSources(),
    async saveSource(source) {
      await (await database()).upsertSource(source);
      if (source.enabled) await withQueue('crawl', (queue) => scheduleSource(queue, source));
    },
    async sourceAction(id, action) {
      const db = await database();
      if (action !== 'run' && !(await db.setSourceEnabled(id, action === 'resume'))) return null;
      const source = await db.getSource(id);
      if (!source) return null;
      await withQueue('crawl', async (queue) => {
        if (action === 'pause') await unscheduleSource(queue, id);
        else if (action === 'resume') await scheduleSource(queue, source);
        else await runSourceNow(queue, source);
      });
      return source;
    },
    listEvents: async (filter) => (await database()).listEvents(filter),
    async status() {
      const queues: QueueStatus[] = [];
      const failedJobs: FailedJob[] = [];
      for (const definition of QUEUES) {
        await withQueue(definition.name, async (queue) => {
          const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
          queues.push({ name: definition.name, counts });
          for (const job of await queue.getFailed(0, 4)) {
            failedJobs.push({
              queue: definition.name,
              name: job.name,
              id: String(job.id),
              reason: job.failedReason,
              attempts: job.attemptsMade,
            });
          }
        });
      }
      const db = await database();
      return {
        queues,
        failedJobs,
        database: { kind: db.kind, counts: await db.counts() },
        fetchFailures: await db.recentFetchFailures(5),
      };
    },
    async close() {
      if (opened) await (await opened.catch(() => null))?.close();
    },
  };
}

// --- through the running server's API -------------------------------------------------------------

const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(API_ROLES),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
const storedSourceSchema = sourceSchema.extend({ created_at: z.string(), updated_at: z.string() });
const fetchSchema = z.object({
  id: z.string(),
  url: z.string(),
  final_url: z.string().nullable(),
  source_id: z.string().nullable(),
  status: z.number().nullable(),
  bytes: z.number(),
  duration_ms: z.number(),
  error: z.string().nullable(),
  fetched_at: z.string(),
});
const healthSchema = z.object({
  database: z.enum(['postgres', 'pglite']),
  counts: z.object({
    sources: z.number(),
    articles: z.number(),
    events: z.number(),
    citations: z.number(),
    fetches: z.number(),
    outbox: z.number(),
  }),
  recent_fetch_failures: z.array(fetchSchema),
});
const problemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

function serverOperations(server: ServerFile): Operations {
  const via = `the running assay start (process ${server.pid}) at ${server.url}`;
  async function call<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S | null,
    body?: unknown,
  ): Promise<{ status: number; value: z.infer<S> | null }> {
    let response: Response;
    try {
      response = await fetch(new URL(path, server.url), {
        method,
        headers: {
          authorization: `Bearer ${server.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new OperationError(
        `${via} holds the data directory but did not answer (${(error as Error).cause ?? (error as Error).message}); ` +
          'if it is still starting, try again in a moment',
      );
    }
    if (response.status === 404 && method !== 'GET') return { status: 404, value: null };
    const text = await response.text();
    if (!response.ok) {
      if (response.status === 404) return { status: 404, value: null };
      const problem = problemSchema.safeParse(safeJson(text));
      const fields = problem.success
        ? (problem.data.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ')
        : '';
      const detail = problem.success ? (problem.data.detail ?? problem.data.title) : text.slice(0, 200);
      throw new OperationError(
        `${via} answered ${response.status}: ${detail}${fields ? ` (${fields})` : ''}`,
      );
    }
    if (!schema) return { status: response.status, value: null };
    const parsed = schema.safeParse(safeJson(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new OperationError(
        `${via} answered ${method} ${path} with an unexpected body (${issue?.path.join('.') || 'body'}: ${issue?.message})`,
      );
    }
    return { status: response.status, value: parsed.data };
  }
  const must = <T>(value: T | null): T => {
    if (value === null) throw new OperationError(`${via}: the route is missing (an older server?)`);
    return value;
  };

  return {
    via,
    async createKey(input) {
      const created = must(
        (await call('POST', '/v1/keys', z.object({ key: z.string(), api_key: apiKeySchema }), input)).value,
      );
      return { key: created.key, apiKey: created.api_key };
    },
    listKeys: async () =>
      must((await call('GET', '/v1/keys', z.object({ keys: z.array(apiKeySchema) }))).value).keys,
    revokeKey: async (id) =>
      (await call('DELETE', `/v1/keys/${encodeURIComponent(id)}`, null)).status !== 404,
    listSources: async () =>
      must((await call('GET', '/v1/sources', z.object({ sources: z.array(storedSourceSchema) }))).value)
        .sources,
    async saveSource(source) {
      const path = `/v1/sources/${encodeURIComponent(source.id)}`;
      const existing = await call('GET', path, storedSourceSchema);
      if (existing.status === 404) await call('POST', '/v1/sources', storedSourceSchema, source);
      else {
        // A PATCH sets every field the file gives (schedule and enabled always have a value after parsing);
        // an optional field the file leaves out keeps its stored value, which the API cannot unset.
        const { id: _id, ...fields } = source;
        await call('PATCH', path, storedSourceSchema, fields);
      }
    },
    async sourceAction(id, action) {
      const { value } = await call(
        'POST',
        `/v1/sources/${encodeURIComponent(id)}/${action}`,
        storedSourceSchema,
      );
      return value;
    },
    async listEvents(filter) {
      const events: EventRecord[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams();
        if (filter.type) query.set('type', filter.type);
        if (filter.since) query.set('since', filter.since);
        query.set('limit', String(Math.min(500, filter.limit - events.length)));
        if (cursor) query.set('cursor', cursor);
        const page = must(
          (
            await call(
              'GET',
              `/v1/events?${query}`,
              z.object({ events: z.array(eventRecordSchema), next_cursor: z.string().nullable() }),
            )
          ).value,
        );
        events.push(...page.events);
        cursor = page.next_cursor;
      } while (cursor && events.length < filter.limit);
      return events;
    },
    async status() {
      const { queues } = must(
        (
          await call(
            'GET',
            '/v1/queues',
            z.object({
              queues: z.array(z.object({ name: z.string(), counts: z.record(z.string(), z.number()) })),
            }),
          )
        ).value,
      );
      const failedJobs: FailedJob[] = [];
      for (const queue of queues) {
        const { jobs } = must(
          (
            await call(
              'GET',
              `/v1/queues/${encodeURIComponent(queue.name)}/failed?limit=5`,
              z.object({
                jobs: z.array(
                  z.object({
                    id: z.string(),
                    name: z.string(),
                    failed_reason: z.string(),
                    attempts_made: z.number(),
                  }),
                ),
              }),
            )
          ).value,
        );
        for (const job of jobs)
          failedJobs.push({
            queue: queue.name,
            name: job.name,
            id: job.id,
            reason: job.failed_reason,
            attempts: job.attempts_made,
          });
      }
      const health = must((await call('GET', '/health', healthSchema)).value);
      return {
        queues,
        failedJobs,
        database: { kind: health.database, counts: health.counts },
        fetchFailures: health.recent_fetch_failures,
      };
    },
    close: async () => {},
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Runs an operator command on the operations `openOperations` picks, and turns the refusals (the data
 * directory in use, the server's problems, Redis down) into one line on stderr and exit code 1.
 */
export async function withOperations(
  config: Config,
  command: string,
  io: CommandIo,
  use: (operations: Operations) => Promise<number>,
): Promise<number> {
  let operations: Operations | undefined;
  try {
    operations = openOperations(config);
    if (operations.via.startsWith('the running'))
      io.stderr.write(`assay ${command}: through ${operations.via}\n`);
    return await use(operations);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      io.stderr.write(
        `assay ${command}: ${error.message} If that is "assay start" still starting, try again once it says it is running: these commands then go through it.\n`,
      );
      return 1;
    }
    if (error instanceof OperationError) {
      io.stderr.write(`assay ${command}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await operations?.close();
  }
}
