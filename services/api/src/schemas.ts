import { API_ROLES, EVENT_SORT_KEYS, FEED_CHANGES } from '@assay/db';
import {
  actorCodeSchema,
  EVENT_STATUSES,
  EVENT_TYPES,
  eventRecordSchema,
  isValidIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  sourceSchema,
} from '@assay/schema';
import { z } from '@hono/zod-openapi';

/** Shared request and response schemas; each route file adds its own. */

/**
 * Names a schema made by another package in the OpenAPI document. zod gives each schema its methods
 * when it is built, so one built before `@hono/zod-openapi` loaded lacks `.openapi`: a clone has it.
 */
export const named = <S extends z.ZodType>(schema: S, name: string): S => schema.clone().openapi(name) as S;

export const idParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const eventSchema = named(eventRecordSchema, 'Event');

/** A real ISO date or instant in the years MIN_YEAR..MAX_YEAR: what Date.parse takes, PostgreSQL may not. */
export const isoInstantSchema = z.string().refine((value) => isValidIsoDate(value), {
  message: `must be a real ISO date or timestamp in the years ${MIN_YEAR} to ${MAX_YEAR}, such as 2025-04-01 or 2025-04-01T12:00:00Z`,
});

export const eventFilterSchema = z
  .object({
    type: z.enum(EVENT_TYPES).optional(),
    entity: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Company or listed entity, starting with this (case-insensitive)' }),
    country: actorCodeSchema.optional().openapi({ description: 'ISO code, EU or UN, in any country slot' }),
    since: isoInstantSchema.optional().openapi({ description: 'Last reported on or after' }),
    until: isoInstantSchema.optional().openapi({ description: 'Last reported before' }),
    status: z.enum(EVENT_STATUSES).optional(),
    min_confidence: z.coerce.number().min(0).max(1).optional(),
    q: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Text in the slots or a cited sentence' }),
  })
  .strict();

export const eventListQuerySchema = eventFilterSchema
  .extend({
    sort: z.enum(EVENT_SORT_KEYS).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();

export type EventFilterQuery = z.infer<typeof eventFilterSchema>;

/** The API's query names to the database's filter. */
export function toEventFilter(query: EventFilterQuery) {
  return {
    type: query.type,
    entity: query.entity,
    country: query.country,
    since: query.since,
    until: query.until,
    status: query.status,
    minConfidence: query.min_confidence,
    text: query.q,
  };
}

export const feedChangeSchema = z.enum(FEED_CHANGES);
export const roleSchema = z.enum(API_ROLES);

export const sourceBodySchema = named(sourceSchema, 'SourceInput');
export const storedSourceSchema = named(
  sourceSchema.extend({ created_at: z.string(), updated_at: z.string() }),
  'Source',
);

export const fetchSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    final_url: z.string().nullable(),
    source_id: z.string().nullable(),
    status: z.number().int().nullable(),
    bytes: z.number().int(),
    duration_ms: z.number(),
    error: z.string().nullable(),
    fetched_at: z.string(),
  })
  .openapi('Fetch');
