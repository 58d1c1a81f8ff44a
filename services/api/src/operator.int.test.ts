import { crawlQueue, storeQueue, TypedQueue } from '@assay/queue';
import { type Job, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres, redis, startTestApi, type TestApi } from '../test/harness.js';

const ready = redis.available && postgres.available;

describe.skipIf(!ready)(`operator routes${redis.note}${postgres.note}`, () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());
  const op = (method: string, path: string, body?: unknown) =>
    api.call(method, path, { key: api.keys.operator, body });

  it('creates, changes, pauses, resumes, runs and deletes sources, keeping their schedules in step', async () => {
    const crawl = new TypedQueue(crawlQueue, {
      connection: redis.connection,
      prefix: api.config.queuePrefix,
    });
    const schedulers = async () => (await crawl.queue.getJobSchedulers()).map((s) => s.key);
    const created = await op('POST', '/v1/sources', {
      id: 'mining-feed',
      kind: 'feed',
      url: 'https://news.example.com/mining.xml',
      schedule: { every_minutes: 30 },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'mining-feed', enabled: true });
    expect(await schedulers()).toEqual(['source-mining-feed']);
    expect(
      (await op('POST', '/v1/sources', { id: 'mining-feed', kind: 'feed', url: 'https://x.example.com/' }))
        .status,
    ).toBe(409);

    const changed = await op('PATCH', '/v1/sources/mining-feed', { schedule: { cron: '*/15 * * * *' } });
    expect(await changed.json()).toMatchObject({ schedule: { cron: '*/15 * * * *' } });

    expect(await (await op('POST', '/v1/sources/mining-feed/pause')).json()).toMatchObject({
      enabled: false,
    });
    expect(await schedulers()).toEqual([]);
    expect(await (await op('POST', '/v1/sources/mining-feed/resume')).json()).toMatchObject({
      enabled: true,
    });
    expect(await schedulers()).toEqual(['source-mining-feed']);

    expect((await op('POST', '/v1/sources/mining-feed/run')).status).toBe(200);
    const waiting = await crawl.queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(waiting.some((job) => job.name === 'crawl-source' && !job.repeatJobKey)).toBe(true);

    await api.database.recordFetch({
      url: 'https://news.example.com/mining.xml',
      finalUrl: null,
      sourceId: 'mining-feed',
      status: 503,
      bytes: 0,
      durationMs: 12,
      error: 'HTTP 503',
      fetchedAt: new Date().toISOString(),
    });
    const { fetches } = await (await op('GET', '/v1/sources/mining-feed/fetches')).json();
    expect(fetches).toEqual([expect.objectContaining({ status: 503, error: 'HTTP 503' })]);

    expect((await op('DELETE', '/v1/sources/mining-feed')).status).toBe(204);
    expect(await schedulers()).toEqual([]);
    expect((await op('GET', '/v1/sources/mining-feed')).status).toBe(404);
    await crawl.close();
  });

  it('shows queue health and retries or drops failed jobs', async () => {
    const store = new TypedQueue(storeQueue, {
      connection: redis.connection,
      prefix: api.config.queuePrefix,
    });
    const record = (url: string) => ({
      kind: 'fetch' as const,
      url,
      finalUrl: null,
      sourceId: null,
      status: 500,
      bytes: 0,
      durationMs: 1,
      error: 'boom',
      fetchedAt: new Date().toISOString(),
    });
    await store.add(record('https://a.example.com/1'), { attempts: 1 });
    await store.add(record('https://a.example.com/2'), { attempts: 1 });
    let failNext = true;
    const worker = new Worker(
      'store',
      async (job: Job) => {
        if (failNext) throw new Error(`cannot store ${job.data.url}`);
      },
      { connection: redis.connection, prefix: api.config.queuePrefix },
    );
    const waitFailed = async (n: number) => {
      for (let i = 0; i < 200 && (await store.queue.getFailedCount()) < n; i++)
        await new Promise((r) => setTimeout(r, 25));
    };
    await waitFailed(2);
    const health = await (await op('GET', '/v1/queues')).json();
    expect(health.queues.map((q: { name: string }) => q.name)).toEqual([
      'crawl',
      'extract',
      'store',
      'deliver',
    ]);
    expect(health.queues.find((q: { name: string }) => q.name === 'store').counts.failed).toBe(2);

    const { jobs } = await (await op('GET', '/v1/queues/store/failed')).json();
    expect(jobs.map((j: { failed_reason: string }) => j.failed_reason).sort()).toEqual([
      'cannot store https://a.example.com/1',
      'cannot store https://a.example.com/2',
    ]);
    failNext = false;
    expect((await op('POST', `/v1/queues/store/jobs/${encodeURIComponent(jobs[0].id)}/retry`)).status).toBe(
      202,
    );
    expect((await op('DELETE', `/v1/queues/store/jobs/${encodeURIComponent(jobs[1].id)}`)).status).toBe(204);
    for (let i = 0; i < 200 && (await store.queue.getCompletedCount()) < 1; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(await store.queue.getJobCounts('failed', 'completed')).toEqual({ failed: 0, completed: 1 });
    expect((await op('POST', `/v1/queues/store/jobs/${encodeURIComponent(jobs[1].id)}/retry`)).status).toBe(
      404,
    );
    expect((await op('GET', '/v1/queues/nope/failed')).status).toBe(400);
    await worker.close();
    await store.close();
  });

  it('exposes Prometheus metrics, health and readiness, and the queue dashboard', async () => {
    const metrics = await op('GET', '/metrics');
    const text = await metrics.text();
    for (const name of [
      'assay_queue_jobs',
      'assay_events',
      'assay_feed_lag_seconds',
      'assay_fetch_duration_seconds',
    ]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).toMatch(/assay_queue_jobs\{queue="store",state="completed"\} \d/);
    expect(await (await api.call('GET', '/healthz', { key: null })).json()).toEqual({ status: 'ok' });
    // Open and minimal: no counts, queues or error messages (those need an operator key at /health).
    expect(await (await api.call('GET', '/readyz', { key: null })).json()).toEqual({
      status: 'ready',
      database: 'ok',
      redis: 'ok',
    });
    const board = await op('GET', '/admin/queues');
    expect(board.status).toBe(200);
    expect(await board.text()).toContain('<html');
    const viaCookie = await api.call('GET', '/admin/queues', {
      key: null,
      headers: { cookie: `assay_key=${api.keys.operator}` },
    });
    expect(viaCookie.status).toBe(200);
  });
});
