// All extraction benchmarks in one process (run with `pnpm bench` after `pnpm build`):
// (a) HTML to Article, ours vs Readability on linkedom, on the Readability test pages and on WCXB dev pages;
// (b) text to events on the news corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReadabilityCases, sharedDir } from '../eval/html-corpus.mjs';
import { loadWcxbCases } from '../eval/wcxb-corpus.mjs';
import { benchHtml } from './html.mjs';
import { benchTextToEvents } from './text-to-events.mjs';

const cases = loadReadabilityCases();
const newsDir = join(sharedDir(), 'corpora/news');
if (!cases || !existsSync(newsDir)) {
  console.log('skipped: ../shared not found');
  process.exit(0);
}

// Text to events runs first: peak RSS only grows, and linkedom's DOM would otherwise mask this figure.
const newsTexts = [newsDir, join(sharedDir(), 'corpora/news-2025')]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(dir, name), 'utf8')),
  );
await benchTextToEvents(newsTexts);
console.log();
await benchHtml(
  cases.map((testCase) => testCase.html),
  'Readability test pages',
);

// WCXB: every 8th development page (121 of 961, all page types) keeps the run to about a minute on a slow
// day (Readability takes most of it); ASSAY_BENCH_WCXB=all measures every page.
const wcxb = loadWcxbCases();
if (wcxb) {
  const every = process.env.ASSAY_BENCH_WCXB === 'all' ? 1 : 8;
  console.log();
  await benchHtml(
    wcxb.filter((_, i) => i % every === 0).map((page) => page.html),
    'WCXB dev pages',
  );
}
