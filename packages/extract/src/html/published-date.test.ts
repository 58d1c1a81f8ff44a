import { describe, expect, it } from 'vitest';
import { dateFromUrl, normaliseDate } from './published-date.js';

describe('normaliseDate', () => {
  it('keeps ISO timestamps as written, at their precision', () => {
    expect(normaliseDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+0100');
    expect(normaliseDate('2015-03-27T13:07:55.096Z')).toBe('2015-03-27T13:07:55.096Z');
    expect(normaliseDate('2018-04-05T06:00')).toBe('2018-04-05T06:00');
    expect(normaliseDate('2024-06-25')).toBe('2024-06-25');
  });

  it('turns a space-separated timestamp into ISO form', () => {
    expect(normaliseDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000000');
  });

  it('parses other formats, keeping just the date when no time is given', () => {
    expect(normaliseDate('May 17, 2024')).toBe('2024-05-17');
    expect(normaliseDate('Fri, 17 May 2024 09:30:00 GMT')).toBe('2024-05-17T09:30:00.000Z');
  });

  it('keeps a bare year or year-month at that precision', () => {
    expect(normaliseDate('2025')).toBe('2025');
    expect(normaliseDate('2025-04')).toBe('2025-04');
  });

  it('rejects what is not a date', () => {
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2024-13-40')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds /yyyy/mm/dd/ and yyyy-mm-dd paths', () => {
    expect(dateFromUrl('https://news.example/2024/05/17/story')).toBe('2024-05-17');
    expect(dateFromUrl('https://news.example/2024/5/7/story')).toBe('2024-05-07');
    expect(dateFromUrl('https://news.example/archive/2019-11-03-story')).toBe('2019-11-03');
    expect(dateFromUrl('https://news.example/blog/2023/october/03/story/')).toBe('2023-10-03');
  });

  it('ignores URLs without a date', () => {
    expect(dateFromUrl('https://news.example/story/12345')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
