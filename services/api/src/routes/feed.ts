import type { Database, FeedChange, FeedEntry } from '@assay/db';
import { EVENT_TYPES, type EventRecord } from '@assay/schema';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { Feed } from 'feed';
import { streamSSE } from 'hono/streaming';
import type { ApiEnv } from '../auth.js';
import { cloudEventSchema, toCloudEvent, withoutReviewer } from '../cloud-event.js';
import type { FeedHub } from '../feed-hub.js';
import { feedChangeSchema } from '../schemas.js';
import type { StreamRegistry } from '../streams.js';
import { authedRoute, FEED_READERS, untyped } from './route.js';

/** `created,confirmed` or `assay.event.created,assay.event.confirmed`. */
const changeListSchema = z
  .string()
  .transform((value, ctx) => {
    const names = value.split(',').map((name) => name.trim().replace(/^assay\.event\./, ''));
    const parsed = z.array(feedChangeSchema).safeParse(names);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `each must be one of ${feedChangeSchema.options.join(', ')}` });
      return z.NEVER;
    }
    return parsed.data;
  })
  .openapi({
    type: 'string',
    description: 'Comma-separated kinds of change: created, updated, confirmed, corrected, rejected',
  });

const eventTypeListSchema = z
  .string()
  .transform((value, ctx) => {
    const parsed = z.array(z.enum(EVENT_TYPES)).safeParse(value.split(',').map((name) => name.trim()));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: `each must be one of ${EVENT_TYPES.join(', ')}` });
      return z.NEVER;
    }
    return parsed.data;
  })
  .openapi({ type: 'string', description: `Comma-separated event types: ${EVENT_TYPES.join(', ')}` });

const cursorSchema = z.coerce.number().int().min(0);

const feedFilterShape = { type: changeListSchema.optional(), event_type: eventTypeListSchema.optional() };

interface FeedFilter {
  changes?: FeedChange[];
  eventTypes?: (typeof EVENT_TYPES)[number][];
}

function matches(entry: FeedEntry, filter: FeedFilter): boolean {
  return (
    (!filter.changes?.length || filter.changes.includes(entry.change)) &&
    (!filter.eventTypes?.length || filter.eventTypes.includes(entry.payload.type))
  );
}

/**
 * The feed library types every Atom title and summary as HTML: article text and names that came from
 * crawled pages are escaped, so that readers show them as the text they are and never run them.
 */
export const asHtmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A link for a human feed: the URL when it is http(s), else the fallback (`javascript:` never leaves). */
export function feedLink(url: string | null | undefined, fallback: string): string {
  if (!url) return fallback;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : fallback;
  } catch {
    return fallback;
  }
}

/** Heartbeat comments keep proxies and load balancers from closing an idle stream. */
export const DEFAULT_HEARTBEAT_MS = 15_000;
/**
 * How often a stream asks the database whether its key is still live: a key revoked through another
 * API process or the command line ends its streams within this (this process's revocations at once).
 */
export const KEY_RECHECK_MS = 5_000;

export function registerFeedRoutes(
  app: OpenAPIHono<ApiEnv>,
  deps: {
    database: Database;
    hub: FeedHub;
    publicUrl: string;
    heartbeatMs?: number;
    /** Open streams per key: the per-key cap, and revocation ending them. */
    streams: StreamRegistry;
    keyRecheckMs?: number;
  },
): void {
  const { database, hub, publicUrl } = deps;
  const heartbeatMs = deps.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;

  // Live readers share the hub's entry objects: each change is serialized once, not once per stream.
  // Subscribers get their own copy, without reviewers' names and reasons.
  const serialized = { full: new WeakMap<FeedEntry, string>(), subscriber: new WeakMap<FeedEntry, string>() };
  const sseMessage = (entry: FeedEntry, forSubscriber: boolean) => {
    const cache = forSubscriber ? serialized.subscriber : serialized.full;
    let message = cache.get(entry);
    if (message === undefined) {
      const event = toCloudEvent(entry, publicUrl, forSubscriber);
      message = `id: ${entry.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
      cache.set(entry, message);
    }
    return message;
  };

  app.openapi(
    authedRoute(FEED_READERS, {
      method: 'get',
      path: '/v1/feed',
      tags: ['feed'],
      summary: 'Pull the feed: changes after a cursor, in commit order',
      description:
        'Loop: call with `after` = the returned `next_after` until `events` is empty. Every change is seen exactly once.',
      request: {
        query: z
          .object({
            after: cursorSchema.default(0),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
            ...feedFilterShape,
          })
          .strict(),
      },
      responses: {
        200: {
          description: 'CloudEvents 1.0, oldest first',
          content: {
            'application/json': {
              schema: z.object({
                events: z.array(cloudEventSchema),
                next_after: z.number().int(),
                head: z
                  .number()
                  .int()
                  .openapi({ description: 'The newest sequence when this page was read' }),
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      // Read before the page: the page may already hold newer entries, never fewer.
      const head = hub.head;
      const entries = await database.feedAfter({
        after: query.after,
        limit: query.limit,
        changes: query.type,
        eventTypes: query.event_type,
      });
      const next = entries.at(-1)?.seq ?? query.after;
      return c.json(
        {
          events: entries.map((e) => toCloudEvent(e, publicUrl, c.get('apiKey').role === 'subscriber')),
          next_after: next,
          head: Math.max(head, next),
        },
        200,
      );
    },
  );

  app.openapi(
    authedRoute(FEED_READERS, {
      method: 'get',
      path: '/v1/feed/stream',
      tags: ['feed'],
      summary: 'Follow the feed as Server-Sent Events',
      description:
        'Each message is a CloudEvent with `id:` = its sequence. Reconnect with `Last-Event-ID` (or `?after=`) to resume with no gap and no duplicate; without either, the stream starts at the present. Comment lines are heartbeats (every 15 s of quiet).',
      request: {
        query: z.object({ after: cursorSchema.optional(), ...feedFilterShape }).strict(),
        headers: z.object({
          'last-event-id': z.string().regex(/^\d+$/, 'must be a sequence number').optional(),
        }),
      },
      responses: {
        200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const lastEventId = c.req.valid('header')['last-event-id'];
      const filter: FeedFilter = { changes: query.type, eventTypes: query.event_type };
      let after = lastEventId !== undefined ? Number(lastEventId) : (query.after ?? hub.head);
      const keyId = c.get('apiKey').id;
      const forSubscriber = c.get('apiKey').role === 'subscriber';
      // Before the stream starts, so a key over its cap gets a problem, not an empty stream.
      const slot = await deps.streams.open(keyId);
      const recheckMs = deps.keyRecheckMs ?? KEY_RECHECK_MS;
      c.header('x-accel-buffering', 'no');
      c.header('cache-control', 'no-cache, no-transform');
      return untyped(
        streamSSE(c, async (sse) => {
          const abort = new AbortController();
          sse.onAbort(() => abort.abort());
          slot.signal.addEventListener('abort', () => abort.abort(), { once: true });
          if (slot.signal.aborted) abort.abort();
          try {
            await follow(sse, abort.signal);
          } finally {
            slot.close();
          }
        }),
      );

      async function follow(sse: { write(text: string): Promise<unknown> }, signal: AbortSignal) {
        await sse.write(`retry: 2000\n\n`);
        let lastWrite = Date.now();
        let lastCheck = Date.now();
        while (!signal.aborted) {
          if (Date.now() - lastCheck >= recheckMs) {
            lastCheck = Date.now();
            if (!(await database.keys.isLive(keyId))) return;
            await slot.refresh();
          }
          const entries = await hub.next(after, 500, Math.min(heartbeatMs, recheckMs), signal);
          if (entries.length === 0) {
            if (Date.now() - lastWrite >= heartbeatMs - 50) {
              await sse.write(': heartbeat\n\n');
              lastWrite = Date.now();
            }
            continue;
          }
          let chunk = '';
          for (const entry of entries) if (matches(entry, filter)) chunk += sseMessage(entry, forSubscriber);
          after = entries[entries.length - 1]?.seq ?? after;
          if (chunk) {
            await sse.write(chunk);
            lastWrite = Date.now();
          }
        }
      }
    },
  );

  const humanFeedQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict();

  const confirmedEvents = async (limit: number) =>
    (await database.searchEvents({ status: 'confirmed', sort: 'last_seen', order: 'desc', limit })).events;

  app.openapi(
    authedRoute(FEED_READERS, {
      method: 'get',
      path: '/v1/feed/atom',
      tags: ['feed'],
      summary: 'Confirmed events as an Atom feed',
      request: { query: humanFeedQuery },
      responses: {
        200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: z.string() } } },
      },
    }),
    async (c) => {
      const events = await confirmedEvents(c.req.valid('query').limit);
      const feed = new Feed({
        title: 'Assay: confirmed mining-industry events',
        id: `${publicUrl}/v1/feed/atom`,
        link: publicUrl,
        updated: new Date(events[0]?.last_seen ?? 0),
        copyright: 'Quotes belong to the cited publishers',
        feedLinks: { atom: `${publicUrl}/v1/feed/atom`, json: `${publicUrl}/v1/feed/json` },
      });
      for (const event of events) {
        feed.addItem({
          title: asHtmlText(eventTitle(event)),
          id: `urn:assay:event:${event.id}`,
          link: feedLink(event.citations[0]?.url, `${publicUrl}/v1/events/${event.id}`),
          date: new Date(event.last_seen),
          description: asHtmlText(event.citations.map((citation) => citation.quote).join('\n\n')),
        });
      }
      return c.body(feed.atom1(), 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
    },
  );

  app.openapi(
    authedRoute(FEED_READERS, {
      method: 'get',
      path: '/v1/feed/json',
      tags: ['feed'],
      summary: 'Confirmed events as a JSON Feed 1.1',
      request: { query: humanFeedQuery },
      responses: {
        200: {
          description: 'JSON Feed 1.1',
          content: { 'application/feed+json': { schema: z.object({}).passthrough() } },
        },
      },
    }),
    async (c) => {
      const events = await confirmedEvents(c.req.valid('query').limit);
      const body = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Assay: confirmed mining-industry events',
        home_page_url: publicUrl,
        feed_url: `${publicUrl}/v1/feed/json`,
        items: events.map((event) => ({
          id: event.id,
          url: feedLink(event.citations[0]?.url, `${publicUrl}/v1/events/${event.id}`),
          title: eventTitle(event),
          content_text: event.citations.map((citation) => citation.quote).join('\n\n'),
          date_published: event.first_seen,
          date_modified: event.last_seen,
          tags: [event.type],
          _assay: c.get('apiKey').role === 'subscriber' ? withoutReviewer(event) : event,
        })),
      };
      return untyped(
        c.body(JSON.stringify(body), 200, { 'content-type': 'application/feed+json; charset=utf-8' }),
      );
    },
  );
}

/** A one-line headline for human feeds. */
export function eventTitle(event: EventRecord): string {
  switch (event.type) {
    case 'relocation':
      return `${event.company} moves ${event.scope} ${event.from ? `from ${event.from} ` : ''}to ${event.to} (${event.status})`;
    case 'tariff':
      return `${event.imposer} ${event.action}s tariff${event.rate_pct !== null ? ` of ${event.rate_pct}%` : ''}${event.goods ? ` on ${event.goods}` : ''}${event.target ? ` from ${event.target}` : ''}`;
    case 'blacklisting':
      return `${event.authority} ${event.action === 'add' ? 'adds' : 'removes'} ${event.entity} ${event.action === 'add' ? 'to' : 'from'} ${event.list ?? 'a blacklist'}`;
    case 'export_restriction':
      return `${event.imposer} ${event.action}s export restriction on ${event.goods}${event.target ? ` to ${event.target}` : ''}`;
  }
}
