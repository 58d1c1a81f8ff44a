// Loads the Readability test pages from the shared corpora, read in place (never copied into the repo).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `shared` directory beside the repository, or ASSAY_SHARED_DIR. */
export function sharedDir() {
  return (
    process.env.ASSAY_SHARED_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared')
  );
}

/** Each case as { name, html, expectedText, expected } (expected = expected-metadata.json), or null without ../shared. */
export function loadReadabilityCases() {
  const dir = join(sharedDir(), 'corpora/html/readability');
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
      expectedText: readFileSync(join(dir, name, 'expected.txt'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')),
    }));
}
