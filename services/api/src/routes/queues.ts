import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Queue } from 'bullmq';
import type { ApiEnv } from '../auth.js';
import { notFound } from '../problem.js';
import { authedRoute } from './route.js';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused', 'prioritized'] as const;
const OPERATORS = ['operator' as const];

const queueCountsSchema = z
  .object({
    name: z.string(),
    counts: z.record(z.string(), z.number().int()),
  })
  .openapi('QueueCounts');

const failedJobSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    failed_reason: z.string(),
    attempts_made: z.number().int(),
    finished_at: z.string().nullable(),
    data: z.unknown(),
  })
  .openapi('FailedJob');

export function registerQueueRoutes(app: OpenAPIHono<ApiEnv>, queues: Record<string, Queue>): void {
  const names = Object.keys(queues) as [string, ...string[]];
  const queueParam = z.object({ queue: z.enum(names).openapi({ param: { name: 'queue', in: 'path' } }) });
  const jobParam = queueParam.extend({
    job: z
      .string()
      .min(1)
      .max(300)
      .openapi({ param: { name: 'job', in: 'path' } }),
  });
  const queueOf = (name: string) => {
    const queue = queues[name];
    if (!queue) throw notFound('queue');
    return queue;
  };

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'get',
      path: '/v1/queues',
      tags: ['queues'],
      summary: 'Jobs per state in every queue',
      responses: {
        200: {
          description: 'Counts',
          content: { 'application/json': { schema: z.object({ queues: z.array(queueCountsSchema) }) } },
        },
      },
    }),
    async (c) => {
      const all = await Promise.all(
        names.map(async (name) => ({ name, counts: await queueOf(name).getJobCounts(...STATES) })),
      );
      return c.json({ queues: all }, 200);
    },
  );

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'get',
      path: '/v1/queues/{queue}/failed',
      tags: ['queues'],
      summary: 'Failed jobs, newest first, with their reasons',
      request: {
        params: queueParam,
        query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict(),
      },
      responses: {
        200: {
          description: 'Failed jobs',
          content: { 'application/json': { schema: z.object({ jobs: z.array(failedJobSchema) }) } },
        },
      },
    }),
    async (c) => {
      const jobs = await queueOf(c.req.valid('param').queue).getFailed(0, c.req.valid('query').limit - 1);
      return c.json(
        {
          jobs: jobs.map((job) => ({
            id: String(job.id),
            name: job.name,
            failed_reason: job.failedReason ?? '',
            attempts_made: job.attemptsMade,
            finished_at: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
            data: job.data,
          })),
        },
        200,
      );
    },
  );

  const failedJob = async (queueName: string, id: string) => {
    const job = await queueOf(queueName).getJob(id);
    if (!job || !(await job.isFailed())) throw notFound('failed job');
    return job;
  };

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'post',
      path: '/v1/queues/{queue}/jobs/{job}/retry',
      tags: ['queues'],
      summary: 'Retry a failed job',
      request: { params: jobParam },
      responses: { 202: { description: 'Queued again' } },
    }),
    async (c) => {
      const { queue, job } = c.req.valid('param');
      await (await failedJob(queue, job)).retry('failed');
      return c.body(null, 202);
    },
  );

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'delete',
      path: '/v1/queues/{queue}/jobs/{job}',
      tags: ['queues'],
      summary: 'Drop a failed job',
      request: { params: jobParam },
      responses: { 204: { description: 'Dropped' } },
    }),
    async (c) => {
      const { queue, job } = c.req.valid('param');
      await (await failedJob(queue, job)).remove();
      return c.body(null, 204);
    },
  );
}
