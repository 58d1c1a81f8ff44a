import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BITMAIN,
  eventIdOf,
  GRAPHITE,
  postgres,
  Q_SOPHGO,
  redis,
  SOPHGO,
  seedEvents,
  startTestApi,
  type TestApi,
} from '../test/harness.js';

/** The same suite on PostgreSQL and on the embedded PGlite (one schema, one set of queries). */
const BACKENDS = [
  {
    name: 'PostgreSQL',
    pglite: false,
    ready: redis.available && postgres.available,
    note: `${redis.note}${postgres.note}`,
  },
  { name: 'PGlite', pglite: true, ready: redis.available, note: redis.note },
];

const ACME_MINING = {
  type: 'relocation',
  company: 'Acme Mining',
  from: 'KZ',
  to: 'PY',
  scope: 'mining',
  status: 'completed',
} as const;

describe.each(BACKENDS)('events, articles and review over HTTP on $name', ({ pglite, ready, note }) => {
  if (!ready) {
    it.skip(`needs its services${note}`, () => {});
    return;
  }
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ pglite });
    await seedEvents(api.database);
  });
  afterAll(async () => api?.close());

  it('lists events with filters, counts and a cursor that stays stable while events arrive', async () => {
    const all = await (await api.call('GET', '/v1/events', { key: api.keys.analyst })).json();
    expect(all.events.map((e: { id: string }) => e.id).sort()).toEqual(
      [eventIdOf(SOPHGO), eventIdOf(GRAPHITE), eventIdOf(BITMAIN)].sort(),
    );
    const byCountry = await (await api.call('GET', '/v1/events?country=SG')).json();
    expect(byCountry.events.map((e: { id: string }) => e.id)).toEqual([eventIdOf(BITMAIN)]);
    const byEntity = await (await api.call('GET', '/v1/events?entity=sophgo')).json();
    expect(byEntity.events.map((e: { id: string }) => e.id)).toEqual([eventIdOf(SOPHGO)]);
    const byText = await (await api.call('GET', '/v1/events?q=graphite')).json();
    expect(byText.events.map((e: { id: string }) => e.id)).toEqual([eventIdOf(GRAPHITE)]);
    const confident = await (await api.call('GET', '/v1/events?min_confidence=0.5&type=tariff')).json();
    expect(confident.events).toHaveLength(1);

    // Review queue order: lowest confidence first, one per page.
    const first = await (await api.call('GET', '/v1/events?status=new&sort=confidence&limit=1')).json();
    expect(first.events[0].id).toBe(eventIdOf(BITMAIN));
    expect(first.next_cursor).toEqual(expect.any(String));
    const counts = await (await api.call('GET', '/v1/events/counts?status=new')).json();
    expect(counts).toEqual({
      total: 3,
      by_status: { new: 3 },
      by_type: { relocation: 1, tariff: 1, blacklisting: 1 },
    });
    // A new event arriving between pages, ahead of the cursor, shifts nothing on the pages that follow.
    const { articlePayload } = await import('../test/harness.js');
    const q = 'Acme Mining said it had moved its mining operations from Kazakhstan to Paraguay.';
    await api.database.storeArticle(
      articlePayload('https://news.example.com/acme-mining', [q], [[ACME_MINING, q, 0.1]]),
    );
    const second = await (
      await api.call('GET', `/v1/events?status=new&sort=confidence&limit=1&cursor=${first.next_cursor}`)
    ).json();
    expect(second.events[0].id).toBe(eventIdOf(GRAPHITE));
    const third = await (
      await api.call('GET', `/v1/events?status=new&sort=confidence&limit=1&cursor=${second.next_cursor}`)
    ).json();
    expect(third.events[0].id).toBe(eventIdOf(SOPHGO));
    expect(third.next_cursor).toBeNull();
  });

  it('serves an event with its citations and the article with the offsets to highlight', async () => {
    const event = await (
      await api.call('GET', `/v1/events/${eventIdOf(SOPHGO)}`, { key: api.keys.subscriber })
    ).json();
    expect(event).toMatchObject({ entity: 'Sophgo', review_status: 'new', corrected: false });
    const [citation] = event.citations;
    expect(citation).toMatchObject({ url: 'https://news.example.com/a', quote: Q_SOPHGO });
    const article = await (await api.call('GET', `/v1/articles/${citation.article_id}`)).json();
    expect(article.text.slice(citation.start, citation.end)).toBe(Q_SOPHGO);
    expect(article.citations.map((c: { event_id: string }) => c.event_id).sort()).toEqual(
      [eventIdOf(SOPHGO), eventIdOf(GRAPHITE)].sort(),
    );
    expect((await api.call('GET', '/v1/events/nope')).status).toBe(404);
  });

  it('records confirm, reject and correct with who and when, in the history and the feed', async () => {
    const id = eventIdOf(GRAPHITE);
    const confirmed = await api.call('POST', `/v1/events/${id}/confirm`, { key: api.keys.analyst });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ review_status: 'confirmed', reviewed_by: 'analyst-user' });

    const corrected = await api.call('PATCH', `/v1/events/${id}`, {
      key: api.keys.analyst,
      body: { slots: { rate_pct: 30 }, reason: 'the article says 30%' },
    });
    expect(corrected.status).toBe(200);
    expect(await corrected.json()).toMatchObject({ rate_pct: 30, corrected: true, goods: 'graphite' });

    const invalid = await api.call('PATCH', `/v1/events/${id}`, {
      key: api.keys.analyst,
      body: { slots: { rate_pct: -5 } },
    });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].field).toBe('body.slots.rate_pct');

    const rejected = await api.call('POST', `/v1/events/${eventIdOf(BITMAIN)}/reject`, {
      key: api.keys.analyst,
      body: { reason: 'a rumour, not an announcement' },
    });
    expect(await rejected.json()).toMatchObject({
      review_status: 'rejected',
      review_reason: 'a rumour, not an announcement',
    });

    const { history } = await (await api.call('GET', `/v1/events/${id}/history`)).json();
    expect(history.map((h: { change: string; actor: string | null }) => [h.change, h.actor])).toEqual([
      ['created', null],
      ['confirmed', 'analyst-user'],
      ['corrected', 'analyst-user'],
    ]);
    expect(history[2].reason).toBe('the article says 30%');

    const feed = await (
      await api.call('GET', '/v1/feed?after=0&limit=100', { key: api.keys.subscriber })
    ).json();
    const types = feed.events.map((e: { type: string; subject: string }) => `${e.type} ${e.subject}`);
    expect(types.slice(-3)).toEqual([
      `assay.event.confirmed ${id}`,
      `assay.event.corrected ${id}`,
      `assay.event.rejected ${eventIdOf(BITMAIN)}`,
    ]);
    expect(feed.events[0]).toMatchObject({ specversion: '1.0', source: 'http://assay.test', id: '1' });

    // A later report of the same tariff adds a citation but keeps the analyst's slots.
    const { articlePayload } = await import('../test/harness.js');
    const q = 'The United States will impose a 25% tariff on Chinese graphite, officials said.';
    await api.database.storeArticle(
      articlePayload('https://other.example.com/c', [q], [[GRAPHITE, q, 0.95]], '2025-04-05T10:00:00Z'),
    );
    const after = await (await api.call('GET', `/v1/events/${id}`)).json();
    expect(after).toMatchObject({ rate_pct: 30, corrected: true });
    expect(after.citations).toHaveLength(2);
  });

  it('exports the filtered events as CSV and JSON Lines', async () => {
    const csv = await api.call('GET', '/v1/events/export?format=csv&type=blacklisting', {
      key: api.keys.analyst,
    });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith('id,type,review_status')).toBe(true);
    expect(lines[1]).toContain('Sophgo');
    const jsonl = await api.call('GET', '/v1/events/export?format=jsonl', { key: api.keys.analyst });
    const rows = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row: { id: string }) => row.id).sort()).toEqual(
      [eventIdOf(SOPHGO), eventIdOf(GRAPHITE), eventIdOf(BITMAIN), eventIdOf(ACME_MINING)].sort(),
    );
  });

  it('answers repeated listings from its cache until an event changes, wherever the change is made', async () => {
    const list = async () =>
      (await (await api.call('GET', '/v1/events?type=blacklisting&limit=100')).json()).events;
    const hits = async () =>
      Number(
        /assay_api_listing_cache_total\{result="hit"\} (\d+)/.exec(
          await (await api.call('GET', '/metrics')).text(),
        )?.[1],
      );
    // The earlier tests' changes reach the feed hub within a poll (100 ms); until then a listing may be
    // computed again. Once the head is still, the same listing is answered from the cache.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = await list();
    const hitsBefore = await hits();
    await list();
    expect(await hits()).toBe(hitsBefore + 1);
    // A change committed by another process (the store worker) reaches the listing within a feed poll.
    const { articlePayload } = await import('../test/harness.js');
    const q = 'The Treasury added Acme Hashing to the SDN List.';
    const acme = {
      type: 'blacklisting',
      authority: 'US',
      list: 'SDN List',
      entity: 'Acme Hashing',
      action: 'add',
    } as const;
    await api.database.storeArticle(articlePayload('https://news.example.com/acme', [q], [[acme, q, 0.8]]));
    const deadline = Date.now() + 2000;
    let after = await list();
    while (after.length === before.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await list();
    }
    expect(after.map((e: { entity: string }) => e.entity)).toContain('Acme Hashing');
  });

  it('gives feed entries the newest 20 citations and the count, and the event all of them', async () => {
    const { articlePayload } = await import('../test/harness.js');
    const id = eventIdOf(SOPHGO);
    for (let i = 0; i < 24; i++) {
      const q = `Wire report ${i}: the Commerce Department added Sophgo to the Entity List.`;
      const day = String(1 + i).padStart(2, '0');
      await api.database.storeArticle(
        articlePayload(`https://wire.example.com/${i}`, [q], [[SOPHGO, q, 0.5]], `2025-05-${day}T10:00:00Z`),
      );
    }
    const event = await (await api.call('GET', `/v1/events/${id}`)).json();
    expect(event.citations).toHaveLength(25);
    expect(event.citation_count).toBe(25);
    // Listings count the citations they carry (all of them) rather than querying the count again.
    const listed = (await (await api.call('GET', '/v1/events?type=blacklisting&limit=500')).json()).events;
    expect(listed.find((e: { id: string }) => e.id === id)).toMatchObject({ citation_count: 25 });
    const feed = await (await api.call('GET', '/v1/feed?after=0&limit=1000')).json();
    const latest = feed.events.filter((e: { subject: string }) => e.subject === id).at(-1);
    expect(latest.data.citation_count).toBe(25);
    expect(latest.data.citations).toHaveLength(20);
    expect(latest.data.citations.at(-1).url).toBe('https://wire.example.com/23');
  });
});
