/**
 * Requests that reached PostgreSQL and failed there with a 500 (issue 13): NUL anywhere, cursors and
 * dates that Date.parse takes and PostgreSQL does not, impossible review input; and exports that failed
 * silently.
 */
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
  type TestResponse,
} from '../test/harness.js';

const ready = redis.available && postgres.available;

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function expectBadField(response: TestResponse, field: string): Promise<void> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = await response.json();
  expect({ status: response.status, fields: body.errors?.map((e: { field: string }) => e.field) }).toEqual({
    status: 400,
    fields: expect.arrayContaining([field]),
  });
}

describe.skipIf(!ready)(`hostile input to the API${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedEvents(api.database);
  });
  afterAll(async () => api?.close());

  it('answers a NUL anywhere with a 400 naming the field', async () => {
    const id = eventIdOf(SOPHGO);
    const cases: [string, string, Record<string, unknown> | undefined, string][] = [
      ['GET', '/v1/events/abc%00def', undefined, 'path'],
      ['GET', '/v1/events?q=Soph%00go', undefined, 'query.q'],
      ['GET', '/v1/events?entity=%00', undefined, 'query.entity'],
      [
        'GET',
        `/v1/events?cursor=${cursorOf(['2025-01-01T00:00:00Z', 'a\u0000b'])}`,
        undefined,
        'query.cursor',
      ],
      ['POST', `/v1/events/${id}/reject`, { reason: 'not\u0000real' }, 'body.reason'],
      ['PATCH', `/v1/events/${id}`, { slots: { entity: 'Soph\u0000go' } }, 'body.slots.entity'],
      ['POST', '/v1/keys', { name: 'key\u0000name', role: 'analyst' }, 'body.name'],
    ];
    for (const [method, path, body, field] of cases) {
      await expectBadField(await api.call(method, path, { body }), field);
    }
  });

  it('refuses cursors PostgreSQL would not read with a 400', async () => {
    for (const cursor of [
      ['12', 'x'],
      ['2025-02-31', 'x'],
      ['10000-01-01T00:00:00Z', 'x'],
    ]) {
      await expectBadField(await api.call('GET', `/v1/events?cursor=${cursorOf(cursor)}`), 'query.cursor');
    }
    const confidence = cursorOf(['0.5', 'x']);
    await expectBadField(
      await api.call('GET', `/v1/events?sort=confidence&cursor=${confidence}`),
      'query.cursor',
    );
  });

  it('refuses since and until that are not real dates in range, on every route that takes them', async () => {
    for (const route of ['/v1/events', '/v1/events/counts', '/v1/events/export']) {
      for (const [name, value] of [
        ['since', '10000-01-01'],
        ['until', '2025-02-31'],
        ['since', '12'],
        ['until', '2025-01-01T25:00:00Z'],
      ]) {
        await expectBadField(
          await api.call('GET', `${route}?${name}=${value}`, { key: api.keys.analyst }),
          `query.${name}`,
        );
      }
    }
    const good = await api.call('GET', '/v1/events?since=2020-01-01&until=2030-12-31T23:59:59Z');
    expect(good.status).toBe(200);
  });

  it('refuses a review with an impossible date or rate', async () => {
    const id = eventIdOf(GRAPHITE);
    await expectBadField(
      await api.call('PATCH', `/v1/events/${id}`, { body: { slots: { effective_date: '2025-02-31' } } }),
      'body.slots.effective_date',
    );
    await expectBadField(
      await api.call('PATCH', `/v1/events/${id}`, { body: { slots: { rate_pct: 1e308 } } }),
      'body.slots.rate_pct',
    );
    await expectBadField(
      await api.call('PATCH', `/v1/events/${id}`, { body: { slots: { rate_pct: -5 } } }),
      'body.slots.rate_pct',
    );
    const fine = await api.call('PATCH', `/v1/events/${id}`, {
      body: { slots: { rate_pct: 25, effective_date: '2024-02-29' } },
    });
    expect(fine.status).toBe(200);
  });

  describe('exports fail loudly', () => {
    const original = () => api.database.searchEvents;
    let searchEvents: typeof api.database.searchEvents;
    beforeAll(() => {
      searchEvents = original().bind(api.database);
    });
    afterAll(() => {
      api.database.searchEvents = searchEvents;
    });

    it('with a problem response when the first page fails', async () => {
      api.database.searchEvents = async () => {
        throw new Error('database went away');
      };
      const response = await api.call('GET', '/v1/events/export?format=jsonl');
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      api.database.searchEvents = searchEvents;
    });

    for (const format of ['jsonl', 'csv'] as const) {
      it(`with an error line at the end of a ${format} export that fails mid-stream`, async () => {
        let calls = 0;
        api.database.searchEvents = async (search) => {
          calls++;
          if (calls > 1) throw new Error('database went away');
          return { ...(await searchEvents(search)), nextCursor: 'more' };
        };
        const response = await api.call('GET', `/v1/events/export?format=${format}`);
        const lines = (await response.text()).trim().split(/\r?\n/);
        api.database.searchEvents = searchEvents;
        expect(response.status).toBe(200);
        const last = lines.at(-1) ?? '';
        if (format === 'jsonl') expect(JSON.parse(last).error).toMatch(/export failed after 3 events/);
        else expect(last).toMatch(/^#error,"export failed after 3 events/);
        expect(lines.length).toBe(format === 'csv' ? 5 : 4);
      });
    }

    it('a complete export has no error line', async () => {
      const response = await api.call('GET', '/v1/events/export?format=jsonl');
      const lines = (await response.text()).trim().split('\n');
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(JSON.parse(line).error).toBeUndefined();
    });
  });
});
