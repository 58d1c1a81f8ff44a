import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventIdOf,
  postgres,
  redis,
  SOPHGO,
  seedEvents,
  startTestApi,
  type TestApi,
} from '../test/harness.js';

const ready = redis.available && postgres.available;

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
  queryNames: string[];
}

/** Fills path parameters with a real event id where one fits and a missing id elsewhere. */
const concrete = (path: string) =>
  path
    .replace('/v1/events/{id}', `/v1/events/${eventIdOf(SOPHGO)}`)
    .replace('{queue}', 'crawl')
    .replace(/\{[^}]+\}/g, 'missing');

describe.skipIf(!ready)(`bad input on every route${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  let operations: Operation[];
  beforeAll(async () => {
    api = await startTestApi();
    await seedEvents(api.database);
    const doc = await (await api.call('GET', '/openapi.json')).json();
    operations = Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          hasBody: Boolean(op.requestBody),
          queryNames: ((op.parameters as { in: string; name: string }[] | undefined) ?? [])
            .filter((p) => p.in === 'query')
            .map((p) => p.name),
        })),
    );
  });
  afterAll(async () => api?.close());

  it('gets a 4xx problem+json naming the field, never a 500', async () => {
    expect(operations.length).toBeGreaterThan(25);
    const failures: string[] = [];
    const check = async (label: string, response: Response, expectStatus?: number) => {
      const type = response.headers.get('content-type') ?? '';
      const body = await response.text();
      const ok =
        response.status >= 400 &&
        response.status < 500 &&
        type.startsWith('application/problem+json') &&
        (expectStatus === undefined || response.status === expectStatus);
      if (!ok) failures.push(`${label}: ${response.status} ${type} ${body.slice(0, 120)}`);
      else if (response.status === 400 && !JSON.parse(body).errors?.[0]?.field)
        failures.push(`${label}: no field named`);
    };
    for (const op of operations) {
      const path = concrete(op.path);
      const label = `${op.method} ${op.path}`;
      await check(
        `${label} ?unknown`,
        await api.call(op.method, `${path}?no_such_field=1`, { body: op.hasBody ? {} : undefined }),
      );
      for (const name of op.queryNames) {
        const wrong =
          name === 'format' || name === 'type' || name === 'event_type' ? 'nonsense' : 'not-a-number-%ZZ';
        if (['q', 'entity'].includes(name)) continue; // free text: any string is valid
        await check(
          `${label} ?${name}=${wrong}`,
          await api.call(op.method, `${path}?${name}=${encodeURIComponent(wrong)}`, {
            body: op.hasBody ? {} : undefined,
          }),
        );
      }
      if (op.hasBody) {
        await check(`${label} malformed JSON`, await api.call(op.method, path, { body: '{"oops": ' }));
        await check(`${label} wrong type`, await api.call(op.method, path, { body: [1, 2, 3] }));
        await check(`${label} unknown field`, await api.call(op.method, path, { body: { surprise: true } }));
        await check(
          `${label} oversize`,
          await api.call(op.method, path, { body: { big: 'x'.repeat(300 * 1024) }, fresh: true }),
          413,
        );
      }
    }
    for (const cursor of [
      'garbage',
      'WzEsMl0',
      Buffer.from('["2025-01-01T00:00:00Z"]').toString('base64url'),
    ]) {
      await check(`cursor ${cursor}`, await api.call('GET', `/v1/events?cursor=${cursor}`), 400);
    }
    await check('feed after=-1', await api.call('GET', '/v1/feed?after=-1'), 400);
    await check(
      'SSE bad Last-Event-ID',
      await api.call('GET', '/v1/feed/stream', { headers: { 'last-event-id': 'abc' } }),
      400,
    );
    await check(
      'webhook to a private address',
      await api.call('POST', '/v1/webhooks', { body: { url: 'http://10.0.0.1/hook' } }),
      400,
    );
    await check(
      'source with a bad schedule',
      await api.call('POST', '/v1/sources', {
        body: {
          id: 'x',
          kind: 'feed',
          url: 'https://example.com/feed',
          schedule: { every_minutes: 'often' },
        },
      }),
      400,
    );
    await check('unknown route', await api.call('GET', '/v1/nothing-here'), 404);
    expect(failures).toEqual([]);
  });
});
