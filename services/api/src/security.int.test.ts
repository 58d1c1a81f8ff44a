import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

// Issue 12: what a low-privilege key could do. Each test reproduces an attack of the report.
const ready = redis.available && postgres.available;

/** A stand-in for an internal service (Redis, PostgreSQL, an admin port): it counts what reaches it. */
async function startInternalService() {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.writeHead(401).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const until = async (what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.skipIf(!ready)(`security: what a low-privilege key can do${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  let internal: Awaited<ReturnType<typeof startInternalService>>;
  const resolved: string[] = [];

  beforeAll(async () => {
    internal = await startInternalService();
    api = await startTestApi({
      // As in production: no private webhook target is allowed.
      overrides: { webhookAllow: [] },
      // A public-looking name pointing at loopback (DNS the attacker controls).
      resolve: async (host) => {
        resolved.push(host);
        return host === 'hooks.attacker.example.com' ? ['127.0.0.1'] : ['93.184.216.34'];
      },
    });
    await seedEvents(api.database);
  });
  afterAll(async () => {
    await api?.close();
    await internal?.close();
  });

  it('a subscriber cannot aim webhooks at internal ports, and learns nothing about our DNS', async () => {
    for (const url of [
      `http://127.0.0.1:${internal.port}/`,
      'http://127.0.0.1:6379/',
      'http://localhost:5432/',
      `http://[::127.0.0.1]:${internal.port}/`,
      'http://[64:ff9b:1::a00:5]/',
      'http://redis:6379/',
      'http://metadata.google.internal/',
    ]) {
      const response = await api.call('POST', '/v1/webhooks', { key: api.keys.subscriber, body: { url } });
      expect(response.status, url).toBe(400);
      const body = await response.json();
      expect(body.errors, url).toEqual([{ field: 'body.url', message: 'refused: not a public address' }]);
    }
    expect(resolved).toEqual([]);

    // A name that resolves to loopback passes creation unresolved, and is refused when delivering.
    const created = await api.call('POST', '/v1/webhooks', {
      key: api.keys.subscriber,
      body: { url: `http://hooks.attacker.example.com:${internal.port}/` },
    });
    expect(created.status).toBe(201);
    expect(resolved).toEqual([]);
    const { subscription } = await created.json();
    await api.call('POST', `/v1/events/${eventIdOf(SOPHGO)}/confirm`, { key: api.keys.analyst });
    const log = async () =>
      (
        await (
          await api.call('GET', `/v1/webhooks/${subscription.id}/deliveries`, { key: api.keys.subscriber })
        ).json()
      ).deliveries as { ok: boolean; error: string | null; status: number | null }[];
    await until('a delivery attempt', async () => (await log()).length > 0);
    expect((await log())[0]).toMatchObject({
      ok: false,
      status: null,
      error: 'refused: not a public address',
    });
    expect(internal.hits).toEqual([]);
    await api.call('DELETE', `/v1/webhooks/${subscription.id}`, { key: api.keys.subscriber });
  });

  it('no route takes a body it did not declare: text/plain JSON is 415, not parsed', async () => {
    const response = await api.call('POST', `/v1/events/${eventIdOf(GRAPHITE)}/reject`, {
      key: api.keys.analyst,
      body: JSON.stringify({ reason: 'forged from a form' }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect((await response.json()).errors).toEqual([
      { field: 'header.content-type', message: 'must be application/json' },
    ]);
    const event = await (
      await api.call('GET', `/v1/events/${eventIdOf(GRAPHITE)}`, { key: api.keys.analyst })
    ).json();
    expect(event.review_status).toBe('new');
  });
});
