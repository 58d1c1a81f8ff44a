import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@assay/config';
import { type ApiRole, createDatabase, type Database, type StoreArticleInput } from '@assay/db';
import { pino } from 'pino';
import { Agent, fetch as undiciFetch } from 'undici';
import {
  BITMAIN,
  type EventSlots,
  eventIdOf,
  GRAPHITE,
  SOPHGO,
  articlePayload as storePayload,
} from '../../../packages/db/test/article-fixture.js';

export { BITMAIN, GRAPHITE, SOPHGO };

import { redisForTests, removeTestKeys } from '../../../packages/queue/test/redis.js';
import { postgresForTests } from '../../cli/test/postgres.js';
import { type ApiRuntime, startApiRuntime } from '../src/runtime.js';

export const redis = await redisForTests();
export const postgres = await postgresForTests();

/** Tests read response bodies loosely: each assertion says what it expects. */
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of responses under test
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export interface TestApi {
  base: string;
  database: Database;
  runtime: ApiRuntime;
  config: Config;
  keys: Record<ApiRole, string>;
  /** `fresh`: on a connection of its own (the server may close it, e.g. after refusing an oversize body). */
  call(
    method: string,
    path: string,
    init?: { key?: string | null; body?: unknown; headers?: Record<string, string>; fresh?: boolean },
  ): Promise<TestResponse>;
  close(): Promise<void>;
}

/** The API over HTTP on a fresh Postgres database (or PGlite), a unique queue prefix, and one key per role. */
export async function startTestApi(
  options: {
    pglite?: boolean;
    overrides?: Partial<Config>;
    resolve?: (host: string) => Promise<string[]>;
  } = {},
): Promise<TestApi> {
  const scratch = options.pglite ? null : await postgres.create();
  const dataDir = await mkdtemp(join(tmpdir(), 'assay-api-'));
  const config = loadConfig(
    {},
    {
      dataDir,
      redisUrl: redis.url,
      databaseUrl: scratch?.url ?? null,
      queuePrefix: `{test-${randomUUID()}}`,
      port: 0,
      // Test receivers take a fresh port each run; the webhook tests of a private port override this.
      webhookAllow: ['127.0.0.1:*', 'localhost:*'],
      publicUrl: 'http://assay.test',
      apiRateLimitPerMinute: 100_000,
      webhookRetryBaseMs: 200,
      ...options.overrides,
    },
  );
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir });
  const runtime = await startApiRuntime({
    config,
    database,
    logger: pino({ level: 'silent' }),
    hostname: '127.0.0.1',
    resolve: options.resolve,
    heartbeatMs: 300,
  });
  const keys = {} as Record<ApiRole, string>;
  for (const role of ['admin', 'operator', 'analyst', 'subscriber'] as const) {
    keys[role] = (await database.keys.create({ name: `${role}-user`, role })).key;
  }
  const base = `http://127.0.0.1:${runtime.port}`;
  return {
    base,
    database,
    runtime,
    config,
    keys,
    call(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const key = init.key === undefined ? keys.admin : init.key;
      if (key) headers.authorization = `Bearer ${key}`;
      let body: string | undefined;
      if (init.body !== undefined) {
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      if (!init.fresh) return fetch(`${base}${path}`, { method, headers, body });
      const dispatcher = new Agent({ pipelining: 0 });
      return undiciFetch(`${base}${path}`, { method, headers, body, dispatcher }).finally(() =>
        dispatcher.close(),
      ) as unknown as Promise<TestResponse>;
    },
    async close() {
      await runtime.close();
      await database.close();
      await scratch?.drop();
      await rm(dataDir, { recursive: true, force: true });
      // The queues, rate limits and signing key the API made in Redis go; none may be left.
      const left = await removeTestKeys(config.queuePrefix);
      if (left.length) throw new Error(`keys left in Redis under ${config.queuePrefix}: ${left.join(', ')}`);
    },
  };
}

export { eventIdOf };

/** An article whose text is `sentences` joined, with one event per `[slots, quote, confidence]`. */
export function articlePayload(
  url: string,
  sentences: string[],
  specs: [EventSlots, string, number][],
  fetchedAt?: string,
): StoreArticleInput {
  const events = specs.map(([slots, quote, confidence]) => ({ slots, quote, confidence }));
  return storePayload(url, sentences, events, { fetchedAt });
}

export const Q_SOPHGO = 'The Commerce Department added Sophgo to the Entity List on Tuesday.';
export const Q_GRAPHITE = 'Washington imposed a 25% tariff on Chinese graphite.';
export const Q_BITMAIN = 'Bitmain said it will move its headquarters from Beijing to Singapore.';

/** Three events from two articles: Sophgo (0.9) and graphite (0.6) in one, Bitmain (0.4) in the other. */
export async function seedEvents(database: Database): Promise<void> {
  await database.storeArticle(
    articlePayload(
      'https://news.example.com/a',
      ['Markets moved.', Q_SOPHGO, Q_GRAPHITE],
      [
        [SOPHGO, Q_SOPHGO, 0.9],
        [GRAPHITE, Q_GRAPHITE, 0.6],
      ],
    ),
  );
  await database.storeArticle(
    articlePayload(
      'https://news.example.com/b',
      [Q_BITMAIN, 'More later.'],
      [[BITMAIN, Q_BITMAIN, 0.4]],
      '2025-04-04T10:00:00Z',
    ),
  );
}
