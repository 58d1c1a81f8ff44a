import { describe, expect, it } from 'vitest';
import { progressLine } from './progress.js';
import { causeOf, fetchOutcome, SourceProblems } from './source-problems.js';

describe('fetchOutcome', () => {
  it('tells refused (policy), skipped (on purpose) and failed (errors) apart', () => {
    expect(fetchOutcome({ status: 200, error: null })).toBe('ok');
    expect(fetchOutcome({ status: null, error: 'refused: disallowed by robots.txt' })).toBe('refused');
    expect(fetchOutcome({ status: 200, error: 'skipped: duplicate content' })).toBe('skipped');
    expect(fetchOutcome({ status: null, error: 'robots.txt unreachable: getaddrinfo ENOTFOUND x' })).toBe(
      'failed',
    );
    expect(fetchOutcome({ status: 404, error: 'HTTP 404' })).toBe('failed');
    expect(fetchOutcome({ status: 503, error: null })).toBe('failed');
  });
});

describe('SourceProblems', () => {
  const ENOTFOUND = 'robots.txt unreachable: getaddrinfo ENOTFOUND www.mining.com';

  it('prints a cause once per source however often it recurs, and the recovery', () => {
    const lines: string[] = [];
    const problems = new SourceProblems((line) => lines.push(line));
    for (let i = 0; i < 10; i++) {
      problems.fetched({
        sourceId: 'mining',
        url: 'https://www.mining.com/feed/',
        status: null,
        error: ENOTFOUND,
      });
      // The job's own failure names its URL first: the same cause.
      problems.jobFailed('mining', `https://www.mining.com/feed/: ${ENOTFOUND}`, true);
    }
    problems.fetched({ sourceId: 'other', url: 'https://other.example/a', status: null, error: ENOTFOUND });
    expect(lines).toEqual([
      `source mining failed: ${ENOTFOUND} (https://www.mining.com/feed/); the same cause again is counted, not repeated`,
      `source other failed: ${ENOTFOUND} (https://other.example/a); the same cause again is counted, not repeated`,
    ]);
    problems.fetched({ sourceId: 'mining', url: 'https://www.mining.com/feed/', status: 200, error: null });
    expect(lines[2]).toBe(
      'source mining recovered: fetched https://www.mining.com/feed/ (after 20 failed or refused)',
    );
    // Recovered: the same cause later is news again.
    problems.fetched({
      sourceId: 'mining',
      url: 'https://www.mining.com/feed/',
      status: null,
      error: ENOTFOUND,
    });
    expect(lines).toHaveLength(4);
  });

  it('says refused for policy, says whether a job is retried, and ignores skipped pages', () => {
    const lines: string[] = [];
    const problems = new SourceProblems((line) => lines.push(line));
    problems.fetched({
      sourceId: 's',
      url: 'https://a.example/x',
      status: 200,
      error: 'skipped: duplicate content',
    });
    problems.fetched({
      sourceId: 's',
      url: 'https://a.example/p',
      status: null,
      error: 'refused: disallowed by robots.txt',
    });
    problems.jobFailed('s', 'extraction failed for https://a.example/q: boom', false);
    expect(lines).toEqual([
      'source s refused (policy): disallowed by robots.txt (https://a.example/p); the same cause again is counted, not repeated',
      'source s failed: extraction failed for <url>: boom; not retried; the same cause again is counted, not repeated',
    ]);
  });

  it('counts HTTP errors of many pages as one cause', () => {
    expect(causeOf('HTTP 404')).toBe('HTTP 404');
    expect(causeOf('https://a.example/1: HTTP 503')).toBe(causeOf('https://a.example/2: HTTP 503'));
  });
});

describe('progressLine', () => {
  it('counts fetches as the fetch records hold them, in the same three words', () => {
    const counters = {
      sourcesRead: 6,
      pagesFetched: 0,
      articlesExtracted: 0,
      articlesStored: 0,
      eventsFound: 0,
      fetchesFailed: 25,
      fetchesRefused: 2,
      fetchesSkipped: 0,
    };
    expect(progressLine(5, counters)).toBe(
      'sources 5 scheduled · 6 source reads · 0 pages fetched · 0 extracted · 0 stored · 0 new events · fetches 25 failed, 2 refused',
    );
    expect(progressLine(5, { ...counters, fetchesFailed: 0, fetchesRefused: 0 })).not.toContain('fetches');
  });
});
