import { sourceSchema } from '@assay/schema';
import { describe, expect, it } from 'vitest';
import { adaptedIntervalMinutes } from './source-schedules.js';

const feed = (extra: object = {}) =>
  sourceSchema.parse({
    id: 'f',
    kind: 'feed',
    url: 'https://example.com/feed',
    schedule: { every_minutes: 60 },
    ...extra,
  });

describe('adaptive recrawl', () => {
  it('reads a quiet feed less often and a busy one more often, within bounds', () => {
    expect(adaptedIntervalMinutes(feed(), 60, 0)).toBe(90);
    expect(adaptedIntervalMinutes(feed(), 60, 3)).toBe(30);
    expect(adaptedIntervalMinutes(feed(), 230, 0)).toBe(240);
    expect(adaptedIntervalMinutes(feed(), 16, 5)).toBe(15);
  });

  it('uses the source own bounds, and leaves cron schedules alone', () => {
    expect(adaptedIntervalMinutes(feed({ max_interval_minutes: 70 }), 60, 0)).toBe(70);
    expect(adaptedIntervalMinutes(feed({ min_interval_minutes: 50 }), 60, 9)).toBe(50);
    const cron = sourceSchema.parse({
      id: 'c',
      kind: 'feed',
      url: 'https://example.com/feed',
      schedule: { cron: '0 * * * *' },
    });
    expect(adaptedIntervalMinutes(cron, 60, 0)).toBe(60);
  });
});
