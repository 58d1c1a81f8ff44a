import { z } from 'zod';
import { isoDateSchema } from './article.js';
import { actorCodeSchema, countryCodeSchema } from './country-codes.js';

/** The sentence of an article that states an event: `article.text.slice(start, end) === quote`. */
export const quoteSpanSchema = z
  .object({
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((span) => span.end - span.start === span.quote.length, {
    message: 'end - start must equal the length of quote',
    path: ['end'],
  });

/** A citation as served: the quote plus the article it comes from. */
export const citationSchema = z.object({
  /** The stored article (`GET /v1/articles/{id}`); absent in offline extraction output. */
  article_id: z.string().optional(),
  url: z.string().nullable(),
  title: z.string(),
  published: isoDateSchema.nullable(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const RELOCATION_SCOPES = ['headquarters', 'operations', 'manufacturing', 'mining'] as const;
export const RELOCATION_STATUSES = ['completed', 'announced', 'planned'] as const;
export const TARIFF_ACTIONS = ['impose', 'raise', 'reduce', 'remove', 'threaten'] as const;
export const BLACKLISTING_ACTIONS = ['add', 'remove'] as const;
export const EXPORT_RESTRICTION_ACTIONS = ['impose', 'expand', 'ease', 'remove', 'threaten'] as const;
/** The event types; each is declared by a taxonomy file in `packages/extract/data/event-types/` (a test checks they agree). */
export const EVENT_TYPES = ['relocation', 'tariff', 'blacklisting', 'export_restriction'] as const;

export const relocationSlotsSchema = z.object({
  type: z.literal('relocation'),
  company: z.string().min(1),
  from: countryCodeSchema.nullable(),
  to: countryCodeSchema,
  scope: z.enum(RELOCATION_SCOPES),
  status: z.enum(RELOCATION_STATUSES),
});

/** The highest tariff rate accepted, in percent. */
export const MAX_RATE_PCT = 1000;

export const tariffSlotsSchema = z.object({
  type: z.literal('tariff'),
  imposer: actorCodeSchema,
  target: actorCodeSchema.nullable(),
  goods: z.string().nullable(),
  /** Percent, 0 to MAX_RATE_PCT: extraction and review both hold to it (a review once stored 1e308). */
  rate_pct: z.number().min(0).max(MAX_RATE_PCT).nullable(),
  action: z.enum(TARIFF_ACTIONS),
  effective_date: isoDateSchema.nullable(),
});

export const blacklistingSlotsSchema = z.object({
  type: z.literal('blacklisting'),
  authority: actorCodeSchema,
  list: z.string().nullable(),
  entity: z.string().min(1),
  action: z.enum(BLACKLISTING_ACTIONS),
});

export const exportRestrictionSlotsSchema = z.object({
  type: z.literal('export_restriction'),
  imposer: actorCodeSchema,
  target: actorCodeSchema.nullable(),
  goods: z.string().min(1),
  action: z.enum(EXPORT_RESTRICTION_ACTIONS),
  effective_date: isoDateSchema.nullable(),
});

const eventBaseShape = {
  /** Stable: derived from the type and key slots, so reports of the same action merge. */
  id: z.string().min(1),
  date: isoDateSchema.nullable(),
  confidence: z.number().min(0).max(1),
};

const extractedShape = {
  ...eventBaseShape,
  /** The sentence that states the event most clearly. */
  citation: quoteSpanSchema,
  /** Every sentence of the article that states the event, the clearest first. */
  citations: z.array(quoteSpanSchema).min(1).optional(),
};

/** An event as extracted from one article, citing the sentences that state it. */
export const extractedEventSchema = z.discriminatedUnion('type', [
  relocationSlotsSchema.extend(extractedShape),
  tariffSlotsSchema.extend(extractedShape),
  blacklistingSlotsSchema.extend(extractedShape),
  exportRestrictionSlotsSchema.extend(extractedShape),
]);

/** An event as served: merged across articles, with every citation. */
export const eventSchema = z.discriminatedUnion('type', [
  relocationSlotsSchema.extend({ ...eventBaseShape, citations: z.array(citationSchema).min(1) }),
  tariffSlotsSchema.extend({ ...eventBaseShape, citations: z.array(citationSchema).min(1) }),
  blacklistingSlotsSchema.extend({ ...eventBaseShape, citations: z.array(citationSchema).min(1) }),
  exportRestrictionSlotsSchema.extend({ ...eventBaseShape, citations: z.array(citationSchema).min(1) }),
]);

export const EVENT_STATUSES = ['new', 'confirmed', 'rejected'] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES);

/** What the store adds to a served event: the analyst's review and when the event was seen. */
const eventRecordShape = {
  ...eventBaseShape,
  citations: z.array(citationSchema),
  /** How many articles cite the event; feed entries carry only the newest citations. */
  citation_count: z.number().int().nonnegative(),
  /** Named apart from relocation's own `status` slot. */
  review_status: eventStatusSchema,
  /** True once an analyst corrected the slots: later reports add citations but no longer change them. */
  corrected: z.boolean(),
  reviewed_by: z.string().nullable(),
  reviewed_at: z.string().nullable(),
  review_reason: z.string().nullable(),
  first_seen: z.string(),
  last_seen: z.string(),
};

/** An event as stored and served by the API and the feed. */
export const eventRecordSchema = z.discriminatedUnion('type', [
  relocationSlotsSchema.extend(eventRecordShape),
  tariffSlotsSchema.extend(eventRecordShape),
  blacklistingSlotsSchema.extend(eventRecordShape),
  exportRestrictionSlotsSchema.extend(eventRecordShape),
]);

export type QuoteSpan = z.infer<typeof quoteSpanSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type EventType = (typeof EVENT_TYPES)[number];
export type RelocationSlots = z.infer<typeof relocationSlotsSchema>;
export type TariffSlots = z.infer<typeof tariffSlotsSchema>;
export type BlacklistingSlots = z.infer<typeof blacklistingSlotsSchema>;
export type ExportRestrictionSlots = z.infer<typeof exportRestrictionSlotsSchema>;
export type EventSlots = RelocationSlots | TariffSlots | BlacklistingSlots | ExportRestrictionSlots;
export type ExtractedEvent = z.infer<typeof extractedEventSchema>;
export type Event = z.infer<typeof eventSchema>;
export type EventStatus = z.infer<typeof eventStatusSchema>;
export type EventRecord = z.infer<typeof eventRecordSchema>;
