import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import {
  type ConnectionOptions,
  type Job,
  type JobsOptions,
  Queue,
  UnrecoverableError,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import type { z } from 'zod';

/** How long closing waits for a starting connection to be ready before it drops it anyway. */
const CLOSE_READY_WAIT_MS = 2000;

/** A queue, defined once: its name, the zod schema of its payload, and its default job options. */
export interface QueueDefinition<S extends z.ZodType> {
  name: string;
  payload: S;
  defaultJobOptions: JobsOptions;
  /** The deterministic job id of a payload, so the same work is not queued twice. */
  jobId: (payload: z.infer<S>) => string;
  /** The job name, saying what the job does ("crawl-page", "store-article"). */
  jobName: (payload: z.infer<S>) => string;
  /**
   * Jobs carry an HMAC of their payload made with the pipeline key, and the consumer refuses jobs
   * without a valid one: only the pipeline's own producers (a `TypedQueue`) can queue work for it, not
   * a hand-made job from a dashboard or a script. The key lives in Redis, beside the queues.
   */
  signed?: boolean;
}

/** Where a signed job keeps its signature, beside the payload's own fields. */
export const SIGNATURE_FIELD = '_signature';

type RedisLike = {
  runCommand(name: string, args: string[]): Promise<unknown>;
  get(key: string): Promise<string | null>;
};

/**
 * The pipeline key of a queue prefix: made once, at random, by whichever process needs it first (SET
 * NX), then read by all. Not in any job, nor shown by the dashboard.
 */
async function pipelineKey(client: RedisLike, prefix: string): Promise<Buffer> {
  const name = `${prefix}:pipeline-key`;
  await client.runCommand('set', [name, randomBytes(32).toString('base64url'), 'NX']);
  const key = await client.get(name);
  if (!key) throw new Error(`the pipeline key ${name} could not be read from Redis`);
  return Buffer.from(key);
}

const signatureOf = (key: Buffer, data: unknown) =>
  createHmac('sha256', key).update(JSON.stringify(data)).digest('base64url');

/** Whether a job's data carries a valid signature of the rest of its data. */
export function verifySignature(key: Buffer, data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { [SIGNATURE_FIELD]: signature, ...payload } = data as Record<string, unknown>;
  if (typeof signature !== 'string') return false;
  const expected = Buffer.from(signatureOf(key, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function defineQueue<S extends z.ZodType>(definition: QueueDefinition<S>): QueueDefinition<S> {
  return definition;
}

export interface QueueContext {
  connection: ConnectionOptions;
  /** Key prefix, e.g. "{assay}": the braces keep a queue's keys in one Redis Cluster slot. */
  prefix: string;
  /** Workers' check for jobs left by a worker that died (BullMQ's stalledInterval); BullMQ's 30 s when unset. */
  stalledIntervalMs?: number;
  /**
   * Connection errors of the queue's producers and workers (Redis down, a connection closed while
   * stopping). BullMQ retries on its own; without a listener Node would end the process, so they are
   * reported here (one line on stderr when unset).
   */
  onError?: (error: Error, queue: string) => void;
}

function reportErrors(emitter: Pick<NodeJS.EventEmitter, 'on'>, queue: string, context: QueueContext): void {
  emitter.on('error', (error: Error) => {
    if (context.onError) context.onError(error, queue);
    else process.stderr.write(`assay: ${queue} queue: ${error.message}\n`);
  });
}

/** Names the first invalid field of a payload, for errors people can act on. */
export function describeInvalidPayload(queue: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : '(payload)';
  return `invalid ${queue} job payload: ${path}: ${issue?.message ?? 'invalid'}`;
}

/** A producer for one queue: payloads are validated and given their deterministic job id. */
export class TypedQueue<S extends z.ZodType> {
  readonly queue: Queue;
  #key: Promise<Buffer> | undefined;

  constructor(
    readonly definition: QueueDefinition<S>,
    private readonly context: QueueContext,
  ) {
    this.queue = new Queue(definition.name, {
      connection: context.connection,
      prefix: context.prefix,
      defaultJobOptions: definition.defaultJobOptions,
    });
    reportErrors(this.queue, definition.name, context);
  }

  /** The payload as queued: signed when the queue's consumer asks for it. */
  private async sealed(data: z.infer<S>): Promise<z.infer<S>> {
    if (!this.definition.signed) return data;
    this.#key ??= this.queue.client.then((client) => pipelineKey(client, this.context.prefix));
    this.#key.catch(() => {
      this.#key = undefined;
    });
    return { ...(data as object), [SIGNATURE_FIELD]: signatureOf(await this.#key, data) } as z.infer<S>;
  }

  async add(payload: z.input<S>, options: JobsOptions = {}): Promise<Job> {
    const parsed = this.definition.payload.safeParse(payload);
    if (!parsed.success) throw new Error(describeInvalidPayload(this.definition.name, parsed.error));
    const data = parsed.data as z.infer<S>;
    return this.queue.add(this.definition.jobName(data), await this.sealed(data), {
      jobId: this.definition.jobId(data),
      ...options,
    });
  }

  /**
   * Adds many payloads in one Redis round trip (a MULTI), each validated and given its job id as `add`
   * does. An invalid payload throws before anything is queued.
   */
  async addBulk(payloads: readonly z.input<S>[], options: JobsOptions = {}): Promise<Job[]> {
    const parsedPayloads = payloads.map((payload) => {
      const parsed = this.definition.payload.safeParse(payload);
      if (!parsed.success) throw new Error(describeInvalidPayload(this.definition.name, parsed.error));
      return parsed.data as z.infer<S>;
    });
    const jobs = await Promise.all(
      parsedPayloads.map(async (data) => ({
        name: this.definition.jobName(data),
        data: await this.sealed(data),
        opts: { jobId: this.definition.jobId(data), ...options },
      })),
    );
    return jobs.length > 0 ? this.queue.addBulk(jobs) : [];
  }

  async close(): Promise<void> {
    // A queue closed while its connection is still starting makes bullmq drop the connection with its
    // start-up commands in flight, which then reject with no one awaiting them ("Connection is closed.",
    // an unhandled rejection): let it finish starting, for a bounded time, so it closes cleanly.
    await Promise.race([
      this.queue.waitUntilReady().catch(() => undefined),
      delay(CLOSE_READY_WAIT_MS, undefined, { ref: false }),
    ]);
    await this.queue.close();
  }
}

/** `token` is the worker's lock token, for `job.moveToDelayed(…, token)` when a job must wait. */
export type Processor<S extends z.ZodType, R> = (payload: z.infer<S>, job: Job, token?: string) => Promise<R>;

/**
 * A consumer for one queue. The payload is validated before the processor sees it; a payload that
 * does not fit the schema fails at once (no retries) with the field that is wrong.
 */
export function createTypedWorker<S extends z.ZodType, R>(
  definition: QueueDefinition<S>,
  context: QueueContext,
  processor: Processor<S, R>,
  options: Omit<WorkerOptions, 'connection' | 'prefix'> = {},
): Worker {
  let key: Promise<Buffer> | undefined;
  const worker: Worker = new Worker(
    definition.name,
    async (job, token) => {
      if (definition.signed) {
        key ??= worker.client.then((client) => pipelineKey(client, context.prefix));
        key.catch(() => {
          key = undefined;
        });
        if (!verifySignature(await key, job.data)) {
          throw new UnrecoverableError(
            `refused: this ${definition.name} job was not queued by the pipeline (no valid signature); ${definition.name} jobs come only from the pipeline's workers`,
          );
        }
      }
      const parsed = definition.payload.safeParse(job.data);
      if (!parsed.success)
        throw new UnrecoverableError(describeInvalidPayload(definition.name, parsed.error));
      return processor(parsed.data as z.infer<S>, job, token);
    },
    {
      ...(context.stalledIntervalMs ? { stalledInterval: context.stalledIntervalMs } : {}),
      ...options,
      connection: context.connection,
      prefix: context.prefix,
    },
  );
  reportErrors(worker, definition.name, context);
  return worker;
}
