import { z } from 'zod';

/** How a source is read: a feed (RSS, Atom or JSON Feed), a sitemap, a listing page, or one URL. */
export const SOURCE_KINDS = ['feed', 'sitemap', 'listing', 'url'] as const;

export const scheduleSchema = z.union([
  z
    .object({
      every_minutes: z
        .number()
        .int()
        .min(1)
        .max(7 * 24 * 60),
    })
    .strict(),
  z
    .object({
      cron: z
        .string()
        .regex(/^(\S+\s+){4,5}\S+$/, 'must be a cron expression with 5 or 6 fields, such as "*/30 * * * *"'),
    })
    .strict(),
]);

/** A source as operators write it in the sources file and as it is kept in the database. */
export const sourceSchema = z
  .object({
    /** Stable identifier: lower-case letters, digits and dashes. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1).optional(),
    kind: z.enum(SOURCE_KINDS),
    url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
    schedule: scheduleSchema.default({ every_minutes: 60 }),
    /** Listing pages: which links are articles, by CSS selector and/or URL pattern (a regular expression). */
    link_selector: z.string().min(1).optional(),
    url_pattern: z
      .string()
      .refine((pattern) => {
        try {
          new RegExp(pattern);
          return true;
        } catch {
          return false;
        }
      }, 'must be a valid regular expression')
      .optional(),
    /** Minimum delay between requests to this source's host, overriding the global politeness delay. */
    politeness_delay_ms: z.number().int().nonnegative().optional(),
    /**
     * Adaptive recrawl bounds for `every_minutes` schedules: the interval grows while the source has
     * nothing new and shrinks when it has, between these (defaults: a quarter and four times the schedule).
     */
    min_interval_minutes: z.number().int().min(1).optional(),
    max_interval_minutes: z.number().int().min(1).optional(),
    enabled: z.boolean().default(true),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
