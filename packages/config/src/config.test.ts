import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies defaults: PGlite in the data directory, local Redis, a hash-tagged queue prefix', () => {
    const config = loadConfig({ ASSAY_DATA_DIR: '/tmp/assay' });
    expect(config).toMatchObject({
      dataDir: '/tmp/assay',
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl: null,
      queuePrefix: '{assay}',
      crawlAllow: [],
      webhookAllow: [],
      politenessDelayMs: 1000,
    });
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://cache:6380',
      DATABASE_URL: 'postgres://assay@db:5432/assay',
      ASSAY_CRAWL_ALLOW: '127.0.0.1:8081, LocalHost:*',
      ASSAY_WEBHOOK_ALLOW: '[::1]:9000',
      ASSAY_POLITENESS_DELAY_MS: '250',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://cache:6380',
      databaseUrl: 'postgres://assay@db:5432/assay',
      crawlAllow: ['127.0.0.1:8081', 'localhost:*'],
      webhookAllow: ['[::1]:9000'],
      politenessDelayMs: 250,
    });
  });

  it('names every wrong setting', () => {
    let error: unknown;
    try {
      loadConfig({ REDIS_URL: 'not a url', ASSAY_POLITENESS_DELAY_MS: 'soon' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('ASSAY_POLITENESS_DELAY_MS');
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL: REDIS_URL must be a URL/);
  });

  it("keeps the crawler's and the webhooks' allow lists apart, each entry with its port", () => {
    // Issue 12: one host list with every port served both, so subscribers reached Redis and PostgreSQL.
    expect(() => loadConfig({ ASSAY_CRAWL_ALLOW: '127.0.0.1' })).toThrow(
      /ASSAY_CRAWL_ALLOW entries are host:port \(or host:\* for every port of a host\)/,
    );
    expect(() => loadConfig({ ASSAY_WEBHOOK_ALLOW: 'hooks.internal:0' })).toThrow(/ASSAY_WEBHOOK_ALLOW/);
    expect(() => loadConfig({ ASSAY_ALLOW_HOSTS: '127.0.0.1' })).toThrow(
      /ASSAY_ALLOW_HOSTS was replaced by ASSAY_CRAWL_ALLOW .* and ASSAY_WEBHOOK_ALLOW/,
    );
  });

  it('reads the API settings, with the public URL defaulting to the port', () => {
    expect(loadConfig({ PORT: '9090' })).toMatchObject({
      publicUrl: 'http://localhost:9090',
      apiRateLimitPerMinute: 600,
      webhookRetryBaseMs: 10_000,
    });
    expect(
      loadConfig({ ASSAY_PUBLIC_URL: 'https://assay.example.com', ASSAY_API_RATE_LIMIT: '50' }),
    ).toMatchObject({ publicUrl: 'https://assay.example.com', apiRateLimitPerMinute: 50 });
    expect(() => loadConfig({ ASSAY_API_RATE_LIMIT: '0' })).toThrow(/ASSAY_API_RATE_LIMIT/);
    expect(() => loadConfig({ ASSAY_PUBLIC_URL: 'assay.example.com' })).toThrow(
      /ASSAY_PUBLIC_URL: ASSAY_PUBLIC_URL must be a URL/,
    );
  });

  it('listens on loopback unless HOST says otherwise, and refuses a HOST that is no address', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    for (const host of ['0.0.0.0', '::', '::1', '192.168.1.20', 'localhost', 'assay.internal'])
      expect(loadConfig({ HOST: host }).host).toBe(host);
    for (const host of ['http://0.0.0.0', '127.0.0.1:8080', 'two words', '300.1.1.1/8'])
      expect(() => loadConfig({ HOST: host }), host).toThrow(/HOST: HOST must be an IP address/);
  });
});
