import { describe, expect, it } from 'vitest';
import { articleSchema, isoDateSchema } from './article.js';
import { isValidCalendarDate, isValidIsoDate, publicationWindow, toIsoDate } from './dates.js';

describe('isValidCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2025, 2, 29)).toBe(false);
    expect(isValidCalendarDate(1900, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2000, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2024, 4, 31)).toBe(false);
    expect(isValidCalendarDate(2024, 13, 1)).toBe(false);
    expect(isValidCalendarDate(2024, 5, 0)).toBe(false);
  });
});

describe('isValidIsoDate', () => {
  it('accepts real dates at every precision', () => {
    for (const value of [
      '2025',
      '2025-04',
      '2025-04-03',
      '2025-04-03T10:00',
      '2025-04-03T10:00:59.123Z',
      '2025-04-03T23:59:00+14:00',
      '2025-04-03T10:00:00-0530',
    ])
      expect(isValidIsoDate(value), value).toBe(true);
  });

  it('refuses what the fuzzer found in published dates (issue 13)', () => {
    for (const value of [
      '275760-09-13',
      '-271821-04-20',
      '10000-01-01',
      '0500-01-01',
      '+050000-01-01T00:00:00.000Z',
      '2024-02-31',
      '2024-05-17T25:61:99Z',
      '2024-05-17T10:00:00+99:99',
      '2024-05-99',
      '0-06',
      '-1',
      '2025-02-30',
      '2024-05-17T10:00:60Z',
    ])
      expect(isValidIsoDate(value), value).toBe(false);
  });

  it('applies a window of years', () => {
    const window = publicationWindow(new Date('2026-06-01T00:00:00Z'));
    expect(isValidIsoDate('2027-12-31', window)).toBe(true);
    expect(isValidIsoDate('2028-01-01', window)).toBe(false);
    expect(isValidIsoDate('1899-12-31', window)).toBe(false);
  });
});

describe('toIsoDate', () => {
  it('gives the trimmed value when valid, else null', () => {
    expect(toIsoDate(' 2024-02-29 ')).toBe('2024-02-29');
    expect(toIsoDate('2024-02-30')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});

describe('schemas', () => {
  it('articleSchema refuses an impossible published date, naming the field', () => {
    const article = {
      url: null,
      canonical_url: null,
      title: 't',
      byline: null,
      published: '2024-02-31',
      language: null,
      site_name: null,
      text: '',
      paragraphs: [],
    };
    const result = articleSchema.safeParse(article);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['published']);
    expect(articleSchema.safeParse({ ...article, published: '2024-02-29' }).success).toBe(true);
  });

  it('isoDateSchema refuses a shape that is not ISO 8601', () => {
    expect(isoDateSchema.safeParse('May 3, 2025').success).toBe(false);
  });
});
