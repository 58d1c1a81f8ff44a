import type { ApiRole } from '@assay/db';
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

/** One representative route per family, and the roles that may use it (admin may use all). */
const FAMILIES: { family: string; method: string; path: string; body?: unknown; roles: ApiRole[] }[] = [
  { family: 'events read', method: 'GET', path: '/v1/events', roles: ['analyst', 'subscriber'] },
  {
    family: 'event',
    method: 'GET',
    path: `/v1/events/${eventIdOf(SOPHGO)}`,
    roles: ['analyst', 'subscriber'],
  },
  { family: 'review', method: 'POST', path: `/v1/events/${eventIdOf(SOPHGO)}/confirm`, roles: ['analyst'] },
  { family: 'export', method: 'GET', path: '/v1/events/export?format=jsonl', roles: ['analyst'] },
  { family: 'feed', method: 'GET', path: '/v1/feed', roles: ['analyst', 'subscriber', 'operator'] },
  {
    family: 'human feed',
    method: 'GET',
    path: '/v1/feed/atom',
    roles: ['analyst', 'subscriber', 'operator'],
  },
  { family: 'webhooks', method: 'GET', path: '/v1/webhooks', roles: ['subscriber'] },
  { family: 'sources', method: 'GET', path: '/v1/sources', roles: ['operator'] },
  { family: 'queues', method: 'GET', path: '/v1/queues', roles: ['operator'] },
  { family: 'metrics', method: 'GET', path: '/metrics', roles: ['operator'] },
  { family: 'queue dashboard', method: 'GET', path: '/admin/queues', roles: ['operator'] },
  { family: 'keys', method: 'GET', path: '/v1/keys', roles: [] },
];

describe.skipIf(!ready)(`API keys and roles${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await seedEvents(api.database);
  });
  afterAll(async () => api?.close());

  it('answers each role on each family of routes: allowed, or 403; no key or a bad key is 401', async () => {
    const table: string[] = [];
    const expected: string[] = [];
    for (const route of FAMILIES) {
      for (const role of ['admin', 'operator', 'analyst', 'subscriber'] as const) {
        const response = await api.call(route.method, route.path, { key: api.keys[role], body: route.body });
        await response.arrayBuffer();
        const allowed = role === 'admin' || route.roles.includes(role);
        table.push(`${route.family} as ${role}: ${response.status < 300 ? 'allowed' : response.status}`);
        expected.push(`${route.family} as ${role}: ${allowed ? 'allowed' : 403}`);
      }
      for (const [label, key] of [
        ['no key', null],
        ['bad key', 'assay_not-a-real-key'],
      ] as const) {
        const response = await api.call(route.method, route.path, { key });
        table.push(
          `${route.family} with ${label}: ${response.status} ${response.headers.get('content-type')}`,
        );
        expected.push(`${route.family} with ${label}: 401 application/problem+json`);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect(table).toEqual(expected);
  });

  it('stores keys hashed, creates keys for admins only, and stops a revoked key', async () => {
    const created = await api.call('POST', '/v1/keys', { body: { name: 'ci', role: 'subscriber' } });
    expect(created.status).toBe(201);
    const { key, api_key } = await created.json();
    expect(key).toMatch(/^assay_/);
    const listed = await (await api.call('GET', '/v1/keys')).json();
    expect(JSON.stringify(listed)).not.toContain(key);
    expect((await api.call('GET', '/v1/feed', { key })).status).toBe(200);
    expect((await api.call('DELETE', `/v1/keys/${api_key.id}`)).status).toBe(204);
    // Verified keys are cached for up to 10 s in a process; a fresh key value is checked against the table.
    expect(await api.database.keys.verify(key)).toBeNull();
    expect(
      (await api.call('POST', '/v1/keys', { key: api.keys.operator, body: { name: 'x', role: 'admin' } }))
        .status,
    ).toBe(403);
  });
});

describe.skipIf(!ready)(`rate limits per key${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ overrides: { apiRateLimitPerMinute: 5 } });
  });
  afterAll(async () => api?.close());

  it('answers 429 with Retry-After once a key used its minute, and counts each key apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await api.call('GET', '/v1/feed', { key: api.keys.subscriber })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await api.call('GET', '/v1/feed', { key: api.keys.subscriber });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).title).toBe('Too many requests');
    expect((await api.call('GET', '/v1/feed', { key: api.keys.analyst })).status).toBe(200);
  });
});
