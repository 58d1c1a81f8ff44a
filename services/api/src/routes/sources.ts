import type { Database } from '@assay/db';
import { runSourceNow, scheduleSource, unscheduleSource } from '@assay/queue';
import { type Source, sourceSchema } from '@assay/schema';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Queue } from 'bullmq';
import type { ApiEnv } from '../auth.js';
import { invalidInput, notFound, problem } from '../problem.js';
import { fetchSchema, idParamSchema, sourceBodySchema, storedSourceSchema } from '../schemas.js';
import { authedRoute } from './route.js';

const OPERATORS = ['operator' as const];

/** Updates: every field but the id, all optional. */
const sourcePatchSchema = sourceSchema.omit({ id: true }).partial().strict().openapi('SourcePatch');

export function registerSourceRoutes(
  app: OpenAPIHono<ApiEnv>,
  deps: { database: Database; crawl: Queue },
): void {
  const { database, crawl } = deps;
  const sourceResponse = {
    200: { description: 'The source', content: { 'application/json': { schema: storedSourceSchema } } },
  };

  /** Saves the source and brings its job scheduler in step with `enabled`. */
  const save = async (source: Source) => {
    await database.upsertSource(source);
    if (source.enabled) await scheduleSource(crawl, source);
    else await unscheduleSource(crawl, source.id);
    const stored = await database.getSource(source.id);
    if (!stored) throw new Error(`source ${source.id} vanished after saving`);
    return stored;
  };

  const existing = async (id: string) => {
    const source = await database.getSource(id);
    if (!source) throw notFound('source');
    return source;
  };

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'get',
      path: '/v1/sources',
      tags: ['sources'],
      summary: 'All sources with their schedules and state',
      responses: {
        200: {
          description: 'Sources',
          content: { 'application/json': { schema: z.object({ sources: z.array(storedSourceSchema) }) } },
        },
      },
    }),
    async (c) => c.json({ sources: await database.listSources() }, 200),
  );

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'post',
      path: '/v1/sources',
      tags: ['sources'],
      summary: 'Create a source; it is scheduled at once unless `enabled` is false',
      request: { body: { required: true, content: { 'application/json': { schema: sourceBodySchema } } } },
      responses: {
        201: { description: 'Created', content: { 'application/json': { schema: storedSourceSchema } } },
        409: { description: 'A source with this id exists' },
      },
    }),
    async (c) => {
      const source = c.req.valid('json');
      if (await database.getSource(source.id)) {
        throw problem(409, `a source with id "${source.id}" exists; use PATCH to change it`, [
          { field: 'body.id', message: 'already exists' },
        ]);
      }
      return c.json(await save(source), 201);
    },
  );

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'get',
      path: '/v1/sources/{id}',
      tags: ['sources'],
      summary: 'One source',
      request: { params: idParamSchema },
      responses: sourceResponse,
    }),
    async (c) => c.json(await existing(c.req.valid('param').id), 200),
  );

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'patch',
      path: '/v1/sources/{id}',
      tags: ['sources'],
      summary: 'Change a source (schedule, URL, selectors, ...); its schedule follows',
      request: {
        params: idParamSchema,
        body: { required: true, content: { 'application/json': { schema: sourcePatchSchema } } },
      },
      responses: sourceResponse,
    }),
    async (c) => {
      const {
        created_at: _created,
        updated_at: _updated,
        ...current
      } = await existing(c.req.valid('param').id);
      const merged = sourceSchema.safeParse({ ...current, ...c.req.valid('json') });
      if (!merged.success) throw invalidInput('body', merged.error);
      return c.json(await save(merged.data), 200);
    },
  );

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'delete',
      path: '/v1/sources/{id}',
      tags: ['sources'],
      summary: 'Delete a source and its schedule (its articles and events stay)',
      request: { params: idParamSchema },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await unscheduleSource(crawl, id);
      if (!(await database.deleteSource(id))) throw notFound('source');
      return c.body(null, 204);
    },
  );

  for (const action of ['pause', 'resume', 'run'] as const) {
    app.openapi(
      authedRoute(OPERATORS, {
        method: 'post',
        path: `/v1/sources/{id}/${action}`,
        tags: ['sources'],
        summary: {
          pause: 'Pause: remove the schedule',
          resume: 'Resume: schedule again',
          run: 'Crawl now, besides the schedule',
        }[action],
        request: { params: idParamSchema },
        responses: sourceResponse,
      }),
      async (c) => {
        const source = await existing(c.req.valid('param').id);
        if (action === 'run') {
          await runSourceNow(crawl, source);
          return c.json(source, 200);
        }
        return c.json(await save({ ...source, enabled: action === 'resume' }), 200);
      },
    );
  }

  app.openapi(
    authedRoute(OPERATORS, {
      method: 'get',
      path: '/v1/sources/{id}/fetches',
      tags: ['sources'],
      summary: "The source's latest fetches: status, bytes, duration, error",
      request: {
        params: idParamSchema,
        query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }).strict(),
      },
      responses: {
        200: {
          description: 'Newest first',
          content: { 'application/json': { schema: z.object({ fetches: z.array(fetchSchema) }) } },
        },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await existing(id);
      return c.json({ fetches: await database.sourceFetches(id, c.req.valid('query').limit) }, 200);
    },
  );
}
