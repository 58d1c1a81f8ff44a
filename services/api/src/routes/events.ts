import { correctableSlotsSchemas, type Database, InvalidCursorError, SlotCorrectionError } from '@assay/db';
import type { EventRecord } from '@assay/schema';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import type { Logger } from 'pino';
import type { ApiEnv } from '../auth.js';
import { withoutReviewer } from '../cloud-event.js';
import { invalidInput, notFound, problem } from '../problem.js';
import type { ResponseCache } from '../response-cache.js';
import {
  eventFilterSchema,
  eventListQuerySchema,
  eventSchema,
  idParamSchema,
  toEventFilter,
} from '../schemas.js';
import { authedRoute, READERS, untyped } from './route.js';

const historyEntrySchema = z
  .object({
    id: z.number().int(),
    change: z.enum(['created', 'updated', 'cited', 'confirmed', 'corrected', 'rejected']),
    actor: z.string().nullable(),
    reason: z.string().nullable(),
    review_status: z.enum(['new', 'confirmed', 'rejected']).nullable(),
    slots: z.record(z.string(), z.unknown()),
    confidence: z.number(),
    article_id: z.string().nullable(),
    at: z.string(),
  })
  .openapi('HistoryEntry');

const rejectBodySchema = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
const correctBodySchema = z
  .object({
    slots: z.record(z.string(), z.unknown()).openapi({ description: 'The slots to change; the others stay' }),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();

const EXPORT_COLUMNS = [
  'id',
  'type',
  'review_status',
  'confidence',
  'date',
  'company',
  'entity',
  'from',
  'to',
  'scope',
  'status',
  'imposer',
  'target',
  'goods',
  'rate_pct',
  'action',
  'effective_date',
  'authority',
  'list',
  'first_seen',
  'last_seen',
  'citations',
  'first_quote',
  'first_url',
] as const;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  // Cells that spreadsheets would run as formulas are prefixed, so an export cannot carry one.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(event: EventRecord): string {
  const record = event as unknown as Record<string, unknown>;
  const values = EXPORT_COLUMNS.map((column) => {
    if (column === 'citations') return event.citations.length;
    if (column === 'first_quote') return event.citations[0]?.quote;
    if (column === 'first_url') return event.citations[0]?.url;
    return record[column];
  });
  return `${values.map(csvCell).join(',')}\r\n`;
}

const EXPORT_PAGE = 500;

/**
 * The last line of an export that failed after it started: a JSON object with `error` (JSONL), or a row
 * whose first cell is `#error` (CSV), so a client reading to the end sees the export is incomplete.
 */
export function exportErrorMarker(format: 'csv' | 'jsonl', written: number): string {
  const message = `export failed after ${written} events; this export is incomplete, retry it`;
  return format === 'csv' ? `#error,${csvCell(message)}\r\n` : `${JSON.stringify({ error: message })}\n`;
}

/** The query string with its parameters sorted: the same question is the same cache key. */
function queryKey(url: string): string {
  const params = new URL(url).searchParams;
  params.sort();
  return params.toString();
}

const jsonHeaders = { 'content-type': 'application/json' };

export function registerEventRoutes(
  app: OpenAPIHono<ApiEnv>,
  deps: { database: Database; cache: ResponseCache; logger: Logger },
): void {
  const { database, cache, logger } = deps;
  /** Reviews change events: this process's cached listings must not outlive them. */
  const reviewed = <T>(event: T) => {
    cache.clear();
    return event;
  };

  app.openapi(
    authedRoute(READERS, {
      method: 'get',
      path: '/v1/events',
      tags: ['events'],
      summary: 'List events, filtered and sorted, with a cursor',
      description:
        'Sorted by `last_seen` (newest first) unless `sort` says otherwise. Pass `next_cursor` back as `cursor` for the next page; pages stay stable while new events arrive.',
      request: { query: eventListQuerySchema },
      responses: {
        200: {
          description: 'A page of events',
          content: {
            'application/json': {
              schema: z.object({ events: z.array(eventSchema), next_cursor: z.string().nullable() }),
            },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const forSubscriber = c.get('apiKey').role === 'subscriber';
      try {
        // Subscribers' pages leave out reviewers, so they are cached apart.
        const key = `${forSubscriber ? 'subscriber:' : ''}events?${queryKey(c.req.url)}`;
        const body = await cache.through(key, async () => {
          const page = await database.searchEvents({
            ...toEventFilter(query),
            sort: query.sort,
            order: query.order,
            limit: query.limit,
            cursor: query.cursor,
          });
          const events = forSubscriber ? page.events.map(withoutReviewer) : page.events;
          return JSON.stringify({ events, next_cursor: page.nextCursor });
        });
        return untyped(c.body(body, 200, jsonHeaders));
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw problem(400, error.message, [{ field: 'query.cursor', message: error.message }]);
        }
        throw error;
      }
    },
  );

  app.openapi(
    authedRoute(READERS, {
      method: 'get',
      path: '/v1/events/counts',
      tags: ['events'],
      summary: 'How many events match a filter, by status and type',
      request: { query: eventFilterSchema },
      responses: {
        200: {
          description: 'Counts',
          content: {
            'application/json': {
              schema: z.object({
                total: z.number().int(),
                by_status: z.record(z.string(), z.number().int()),
                by_type: z.record(z.string(), z.number().int()),
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const body = await cache.through(`counts?${queryKey(c.req.url)}`, async () => {
        const counts = await database.countEvents(toEventFilter(c.req.valid('query')));
        return JSON.stringify({ total: counts.total, by_status: counts.byStatus, by_type: counts.byType });
      });
      return untyped(c.body(body, 200, jsonHeaders));
    },
  );

  app.openapi(
    authedRoute(['analyst'], {
      method: 'get',
      path: '/v1/events/export',
      tags: ['events'],
      summary: 'Export the filtered events as CSV or JSON Lines, streamed',
      request: {
        query: eventFilterSchema.extend({ format: z.enum(['csv', 'jsonl']).default('jsonl') }).strict(),
      },
      responses: {
        200: {
          description: 'The events, one per line (JSONL) or row (CSV)',
          content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const { format, ...filter } = c.req.valid('query');
      const search = toEventFilter(filter);
      const line = (event: EventRecord) => (format === 'csv' ? csvRow(event) : `${JSON.stringify(event)}\n`);
      // The first page is read before the response starts: if it fails, the client gets a problem
      // response with its status, not a 200 with an empty body that looks like "no events".
      let page = await database.searchEvents({ ...search, limit: EXPORT_PAGE });
      c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
      c.header('content-disposition', `attachment; filename="assay-events.${format}"`);
      return untyped(
        stream(c, async (out) => {
          let written = 0;
          try {
            if (format === 'csv') await out.write(`${EXPORT_COLUMNS.join(',')}\r\n`);
            for (;;) {
              if (page.events.length) await out.write(page.events.map(line).join(''));
              written += page.events.length;
              if (!page.nextCursor || out.aborted) break;
              page = await database.searchEvents({ ...search, limit: EXPORT_PAGE, cursor: page.nextCursor });
            }
          } catch (error) {
            // The status is sent: the body's last line says the export is incomplete, in the format's own terms.
            logger.error(
              { err: error, path: c.req.path, query: c.req.query(), written },
              'export failed mid-stream',
            );
            if (!out.aborted) await out.write(exportErrorMarker(format, written));
          }
        }),
      );
    },
  );

  app.openapi(
    authedRoute(READERS, {
      method: 'get',
      path: '/v1/events/{id}',
      tags: ['events'],
      summary: 'One event with all its citations',
      request: { params: idParamSchema },
      responses: {
        200: { description: 'The event', content: { 'application/json': { schema: eventSchema } } },
      },
    }),
    async (c) => {
      const event = await database.getEvent(c.req.valid('param').id);
      if (!event) throw notFound('event');
      return c.json(c.get('apiKey').role === 'subscriber' ? withoutReviewer(event) : event, 200);
    },
  );

  app.openapi(
    authedRoute(READERS, {
      method: 'get',
      path: '/v1/events/{id}/history',
      tags: ['events'],
      summary: 'Every change to an event: by the pipeline and by analysts, who and when',
      description:
        'For subscriber keys, `actor` and `reason` of reviews are null: who reviewed and why is for analysts.',
      request: { params: idParamSchema },
      responses: {
        200: {
          description: 'Oldest first',
          content: { 'application/json': { schema: z.object({ history: z.array(historyEntrySchema) }) } },
        },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await database.getEvent(id))) throw notFound('event');
      const history = await database.eventHistory(id);
      if (c.get('apiKey').role !== 'subscriber') return c.json({ history }, 200);
      return c.json({ history: history.map((entry) => ({ ...entry, actor: null, reason: null })) }, 200);
    },
  );

  const reviewResponses = {
    200: {
      description: 'The event after the review',
      content: { 'application/json': { schema: eventSchema } },
    },
  };

  app.openapi(
    authedRoute(['analyst'], {
      method: 'post',
      path: '/v1/events/{id}/confirm',
      tags: ['review'],
      summary: 'Confirm an event',
      request: { params: idParamSchema },
      responses: reviewResponses,
    }),
    async (c) => {
      const event = await database.reviewEvent(c.req.valid('param').id, {
        change: 'confirmed',
        actor: c.get('apiKey').name,
      });
      if (!event) throw notFound('event');
      return c.json(reviewed(event), 200);
    },
  );

  app.openapi(
    authedRoute(['analyst'], {
      method: 'post',
      path: '/v1/events/{id}/reject',
      tags: ['review'],
      summary: 'Reject an event, with a reason (a retraction in the feed)',
      request: {
        params: idParamSchema,
        body: { required: true, content: { 'application/json': { schema: rejectBodySchema } } },
      },
      responses: reviewResponses,
    }),
    async (c) => {
      const event = await database.reviewEvent(c.req.valid('param').id, {
        change: 'rejected',
        actor: c.get('apiKey').name,
        reason: c.req.valid('json').reason,
      });
      if (!event) throw notFound('event');
      return c.json(reviewed(event), 200);
    },
  );

  app.openapi(
    authedRoute(['analyst'], {
      method: 'patch',
      path: '/v1/events/{id}',
      tags: ['review'],
      summary: "Correct an event's slots",
      description:
        'Only the slots given change; the result must be a valid event of its type. Later reports add citations but keep the corrected slots.',
      request: {
        params: idParamSchema,
        body: { required: true, content: { 'application/json': { schema: correctBodySchema } } },
      },
      responses: reviewResponses,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const current = await database.getEvent(id);
      if (!current) throw notFound('event');
      const slots = correctableSlotsSchemas[current.type].safeParse(body.slots);
      if (!slots.success) throw invalidInput('body.slots', slots.error);
      try {
        const event = await database.reviewEvent(id, {
          change: 'corrected',
          actor: c.get('apiKey').name,
          slots: slots.data,
          reason: body.reason,
        });
        if (!event) throw notFound('event');
        return c.json(reviewed(event), 200);
      } catch (error) {
        if (error instanceof SlotCorrectionError) {
          throw problem(400, error.message, [{ field: 'body.slots', message: error.message }]);
        }
        throw error;
      }
    },
  );
}
