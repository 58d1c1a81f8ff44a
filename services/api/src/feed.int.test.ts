import { Validator } from '@seriousme/openapi-schema-validator';
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventIdOf,
  GRAPHITE,
  postgres,
  redis,
  SOPHGO,
  seedEvents,
  startTestApi,
  type TestApi,
} from '../test/harness.js';
import { readSse } from '../test/sse-client.js';

const ready = redis.available && postgres.available;

describe.skipIf(!ready)(`the event feed${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedEvents(api.database);
  });
  afterAll(async () => api?.close());

  /** `count` feed changes: one event confirmed and rejected in turn. */
  async function churn(count: number) {
    const id = eventIdOf(SOPHGO);
    for (let i = 0; i < count; i++) {
      await api.database.reviewEvent(
        id,
        i % 2 === 0
          ? { change: 'confirmed', actor: 'churn' }
          : { change: 'rejected', actor: 'churn', reason: `round ${i}` },
      );
    }
  }

  it('pull: a client looping on the cursor sees every change exactly once, in order', async () => {
    const writing = churn(200);
    const seen: number[] = [];
    let after = 0;
    let idle = 0;
    while (idle < 3) {
      const page = await (
        await api.call('GET', `/v1/feed?after=${after}&limit=37`, { key: api.keys.subscriber })
      ).json();
      seen.push(...page.events.map((e: { id: string }) => Number(e.id)));
      expect(page.head).toBeGreaterThanOrEqual(page.next_after);
      after = page.next_after;
      if (page.events.length === 0) {
        idle++;
        await writing;
      }
    }
    const all = await api.database.feedAfter({ after: 0, limit: 100_000 });
    expect(seen).toEqual(all.map((entry) => entry.seq));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('SSE: reconnecting with Last-Event-ID across 1,000 changes resumes with no gap and no duplicate', async () => {
    const start = (await api.database.feedHead())?.seq ?? 0;
    const writing = churn(1000);
    const received: number[] = [];
    let lastId = String(start);
    let connections = 0;
    while (received.length < 1000) {
      connections++;
      const response = await api.call('GET', '/v1/feed/stream', {
        key: api.keys.subscriber,
        headers: { 'last-event-id': lastId },
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(response.headers.get('x-accel-buffering')).toBe('no');
      // Drop the connection after a varying number of messages, as flaky networks do.
      const take = 97 + ((connections * 53) % 150);
      let taken = 0;
      await readSse(response, (message) => {
        const event = JSON.parse(message.data);
        expect(event.id).toBe(message.id);
        received.push(Number(message.id));
        lastId = message.id ?? lastId;
        return ++taken < take && received.length < 1000;
      });
    }
    await writing;
    const expected = (await api.database.feedAfter({ after: start, limit: 1000 })).map((entry) => entry.seq);
    expect(received).toEqual(expected);
    expect(connections).toBeGreaterThan(4);
  });

  it('SSE: a quiet stream gets heartbeat comments', async () => {
    const response = await api.call('GET', '/v1/feed/stream', { key: api.keys.subscriber });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const deadline = Date.now() + 1000;
    while (Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
      ]);
      if (chunk && !chunk.done) text += decoder.decode(chunk.value, { stream: true });
    }
    await reader.cancel();
    // The test API beats every 300 ms.
    expect(text.match(/^: heartbeat$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('data:');
  });

  it('SSE: filtered by kind of change and by event type', async () => {
    const head = (await api.database.feedHead())?.seq ?? 0;
    const response = await api.call('GET', `/v1/feed/stream?after=${head}&type=rejected`, {
      key: api.keys.analyst,
    });
    const kinds: string[] = [];
    const reading = readSse(response, (message) => {
      kinds.push(JSON.parse(message.data).type);
      return kinds.length < 3;
    });
    await churn(6);
    await reading;
    expect(kinds).toEqual(['assay.event.rejected', 'assay.event.rejected', 'assay.event.rejected']);
    const none = await (await api.call('GET', `/v1/feed?after=0&event_type=relocation&limit=1000`)).json();
    expect(none.events.every((e: { data: { type: string } }) => e.data.type === 'relocation')).toBe(true);
    expect(none.events.length).toBeGreaterThan(0);
  });

  it('serves confirmed events as Atom and JSON Feed 1.1 that a feed parser reads', async () => {
    await api.database.reviewEvent(eventIdOf(GRAPHITE), { change: 'confirmed', actor: 'a' });
    const atom = await api.call('GET', '/v1/feed/atom', { key: api.keys.subscriber });
    expect(atom.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const parsedAtom = parseFeed(await atom.text());
    expect(parsedAtom.format).toBe('atom');
    const json = await api.call('GET', '/v1/feed/json', { key: api.keys.subscriber });
    expect(json.headers.get('content-type')).toMatch(/application\/feed\+json/);
    const parsedJson = parseFeed(await json.text());
    expect(parsedJson.format).toBe('json');
    const titles = (parsedJson.feed as { items?: { title?: string }[] }).items?.map((item) => item.title);
    expect(titles).toContain('US imposes tariff of 25% on graphite from CN');
    expect((parsedAtom.feed as { entries?: unknown[] }).entries?.length).toBe(titles?.length);
  });

  it('publishes an OpenAPI 3.1 document that a validator accepts, and a docs page', async () => {
    const doc = await (await api.call('GET', '/openapi.json', { key: null })).json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/events', '/v1/feed/stream', '/v1/webhooks']),
    );
    const docs = await api.call('GET', '/docs', { key: null });
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/openapi.json');
  });
});
