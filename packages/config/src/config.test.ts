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
      allowHosts: [],
      politenessDelayMs: 1000,
    });
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://cache:6380',
      DATABASE_URL: 'postgres://assay@db:5432/assay',
      ASSAY_ALLOW_HOSTS: '127.0.0.1, LocalHost',
      ASSAY_POLITENESS_DELAY_MS: '250',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://cache:6380',
      databaseUrl: 'postgres://assay@db:5432/assay',
      allowHosts: ['127.0.0.1', 'localhost'],
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
});
