import { readFileSync } from 'node:fs';

/** A fixture file from packages/crawl/test/fixtures, as text. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
}
