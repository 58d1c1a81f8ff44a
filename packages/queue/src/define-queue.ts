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

/** A queue, defined once: its name, the zod schema of its payload, and its default job options. */
export interface QueueDefinition<S extends z.ZodType> {
  name: string;
  payload: S;
  defaultJobOptions: JobsOptions;
  /** The deterministic job id of a payload, so the same work is not queued twice. */
  jobId: (payload: z.infer<S>) => string;
  /** The job name, saying what the job does ("crawl-page", "store-article"). */
  jobName: (payload: z.infer<S>) => string;
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

  constructor(
    readonly definition: QueueDefinition<S>,
    context: QueueContext,
  ) {
    this.queue = new Queue(definition.name, {
      connection: context.connection,
      prefix: context.prefix,
      defaultJobOptions: definition.defaultJobOptions,
    });
  }

  async add(payload: z.input<S>, options: JobsOptions = {}): Promise<Job> {
    const parsed = this.definition.payload.safeParse(payload);
    if (!parsed.success) throw new Error(describeInvalidPayload(this.definition.name, parsed.error));
    const data = parsed.data as z.infer<S>;
    return this.queue.add(this.definition.jobName(data), data, {
      jobId: this.definition.jobId(data),
      ...options,
    });
  }

  /**
   * Adds many payloads in one Redis round trip (a MULTI), each validated and given its job id as `add`
   * does. An invalid payload throws before anything is queued.
   */
  async addBulk(payloads: readonly z.input<S>[], options: JobsOptions = {}): Promise<Job[]> {
    const jobs = payloads.map((payload) => {
      const parsed = this.definition.payload.safeParse(payload);
      if (!parsed.success) throw new Error(describeInvalidPayload(this.definition.name, parsed.error));
      const data = parsed.data as z.infer<S>;
      return {
        name: this.definition.jobName(data),
        data,
        opts: { jobId: this.definition.jobId(data), ...options },
      };
    });
    return jobs.length > 0 ? this.queue.addBulk(jobs) : [];
  }

  close(): Promise<void> {
    return this.queue.close();
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
  return new Worker(
    definition.name,
    async (job, token) => {
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
}
