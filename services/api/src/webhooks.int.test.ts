import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
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

/** A receiver that fails the first `failures` requests, then accepts; it keeps what it was sent. */
async function startReceiver(failures: number) {
  const requests: { headers: IncomingHttpHeaders; body: string; status: number }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const status = requests.length < failures ? 503 : 204;
      requests.push({ headers: req.headers, body, status });
      res.writeHead(status).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/assay`,
    requests,
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

describe.skipIf(!ready)(`webhooks${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      // A name that resolves to loopback, not allowlisted: the address guard must refuse it.
      resolve: async (host) => (host === 'internal.example.test' ? ['127.0.0.1'] : ['203.0.113.7']),
    });
    await seedEvents(api.database);
  });
  afterAll(async () => api?.close());

  it('delivers signed CloudEvents, retries failures with backoff, and logs every attempt', async () => {
    const receiver = await startReceiver(2);
    const created = await api.call('POST', '/v1/webhooks', {
      key: api.keys.subscriber,
      body: { url: receiver.url, event_types: ['confirmed', 'rejected'] },
    });
    expect(created.status).toBe(201);
    const { subscription, secret } = await created.json();
    expect(secret).toMatch(/^whsec_/);

    // Changes before the subscription are not sent; these two are, in order; a correction is filtered out.
    await api.call('POST', `/v1/events/${eventIdOf(SOPHGO)}/confirm`, { key: api.keys.analyst });
    await api.call('PATCH', `/v1/events/${eventIdOf(SOPHGO)}`, {
      key: api.keys.analyst,
      body: { slots: { list: 'SDN List' } },
    });
    await api.call('POST', `/v1/events/${eventIdOf(SOPHGO)}/reject`, {
      key: api.keys.analyst,
      body: { reason: 'duplicate' },
    });

    await until('both deliveries', () => receiver.requests.filter((r) => r.status === 204).length === 2);
    const verifier = new Webhook(secret);
    const delivered = receiver.requests
      .filter((r) => r.status === 204)
      .map((r) => {
        const payload = verifier.verify(r.body, {
          'webhook-id': String(r.headers['webhook-id']),
          'webhook-timestamp': String(r.headers['webhook-timestamp']),
          'webhook-signature': String(r.headers['webhook-signature']),
        }) as { type: string; subject: string; id: string };
        expect(r.headers['webhook-id']).toBe(`evt_${payload.id}`);
        return `${payload.type} ${payload.subject}`;
      });
    expect(delivered.sort()).toEqual(
      [`assay.event.confirmed ${eventIdOf(SOPHGO)}`, `assay.event.rejected ${eventIdOf(SOPHGO)}`].sort(),
    );
    // A tampered body fails verification.
    const first = receiver.requests[0];
    expect(() =>
      verifier.verify(`${first?.body} `, {
        'webhook-id': String(first?.headers['webhook-id']),
        'webhook-timestamp': String(first?.headers['webhook-timestamp']),
        'webhook-signature': String(first?.headers['webhook-signature']),
      }),
    ).toThrow();

    // The receiver answers before the sender writes its log row: wait for the fourth row.
    const deliveryLog = async () =>
      (
        await api.call('GET', `/v1/webhooks/${subscription.id}/deliveries`, { key: api.keys.subscriber })
      ).json();
    await until('four logged attempts', async () => (await deliveryLog()).deliveries.length >= 4);
    const log = await deliveryLog();
    expect(log.deliveries).toHaveLength(4);
    expect(
      log.deliveries.filter((d: { ok: boolean }) => !d.ok).map((d: { status: number }) => d.status),
    ).toEqual([503, 503]);
    expect(Math.max(...log.deliveries.map((d: { attempt: number }) => d.attempt))).toBeGreaterThan(1);
    const after = await (
      await api.call('GET', `/v1/webhooks/${subscription.id}`, { key: api.keys.subscriber })
    ).json();
    expect(after.failing_since).toBeNull();

    // Another subscriber cannot see it.
    const other = (await api.database.keys.create({ name: 'other', role: 'subscriber' })).key;
    expect((await api.call('GET', `/v1/webhooks/${subscription.id}`, { key: other })).status).toBe(404);
    await receiver.close();
  });

  it('disables a subscription whose deliveries have failed for 24 hours, and says why', async () => {
    const receiver = await startReceiver(Number.POSITIVE_INFINITY);
    const { subscription } = await (
      await api.call('POST', '/v1/webhooks', { key: api.keys.subscriber, body: { url: receiver.url } })
    ).json();
    await api.call('POST', `/v1/events/${eventIdOf(SOPHGO)}/confirm`, { key: api.keys.analyst });
    await until(
      'a failed attempt',
      async () => (await api.database.webhooks.get(subscription.id))?.failing_since != null,
    );
    // Age the failure instead of waiting a day.
    await agedFailure(api, subscription.id);
    await until(
      'the subscription disabled',
      async () => !(await api.database.webhooks.get(subscription.id))?.enabled,
    );
    const disabled = await (
      await api.call('GET', `/v1/webhooks/${subscription.id}`, { key: api.keys.subscriber })
    ).json();
    expect(disabled.disabled_reason).toMatch(/failed for 24 hours/);
    const metrics = await (await api.call('GET', '/metrics')).text();
    expect(metrics).toMatch(/assay_webhook_subscriptions\{state="disabled"\} 1/);
    const reenabled = await api.call('PATCH', `/v1/webhooks/${subscription.id}`, {
      key: api.keys.subscriber,
      body: { enabled: true },
    });
    expect(await reenabled.json()).toMatchObject({
      enabled: true,
      failing_since: null,
      disabled_reason: null,
    });
    await receiver.close();
  });

  it('refuses webhook URLs that reach private addresses, by literal or by name', async () => {
    for (const url of [
      'http://10.0.0.1/hook',
      'http://169.254.169.254/latest',
      'http://[::1]:8080/',
      'http://internal.example.test/hook',
    ]) {
      const response = await api.call('POST', '/v1/webhooks', { key: api.keys.subscriber, body: { url } });
      expect(response.status, url).toBe(400);
      expect((await response.json()).errors[0]).toMatchObject({
        field: 'body.url',
        message: 'refused: not a public address',
      });
    }
  });
});

/** Moves a subscription's failure start back 25 hours, as if it had been failing since yesterday. */
async function agedFailure(api: TestApi, id: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: api.config.databaseUrl ?? '' });
  await client.connect();
  await client.query(
    `UPDATE webhook_subscriptions SET failing_since = now() - interval '25 hours' WHERE id = $1`,
    [id],
  );
  await client.end();
}
