import { describe, expect, it } from 'vitest';
import { skipReasonLines } from './skip-reasons.js';

describe('skipReasonLines', () => {
  it('gives each file its reasons once, counted, from titles and notes', () => {
    expect(
      skipReasonLines([
        {
          module: 'a.int.test.ts',
          fullName: 'suite (skipped: no PostgreSQL at 127.0.0.1:5432) > one',
          note: undefined,
        },
        {
          module: 'a.int.test.ts',
          fullName: 'suite (skipped: no PostgreSQL at 127.0.0.1:5432) > two',
          note: undefined,
        },
        { module: 'b.test.ts', fullName: 'reads ../shared', note: 'no ../shared corpora' },
      ]),
    ).toEqual([
      'a.int.test.ts: no PostgreSQL at 127.0.0.1:5432 (2 tests)',
      'b.test.ts: no ../shared corpora (1 test)',
    ]);
  });

  it('leaves out tests a filter skipped, which carry no reason', () => {
    expect(
      skipReasonLines([{ module: 'c.test.ts', fullName: 'suite > other test', note: undefined }]),
    ).toEqual([]);
  });
});
