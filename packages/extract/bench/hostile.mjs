// Hostile HTML through parseHtml (issue 13): each input at its reported size and two doublings, timed,
// with the growth factor per doubling. Linear work doubles (≈2×); quadratic work quadruples.
// Run with `pnpm bench:hostile` after `pnpm build`. Exits 1 when an input misses a target.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, extractedEventSchema } from '@assay/schema';
import { extractEvents, parseHtml } from '../dist/index.js';
import { sharedDir } from '../eval/html-corpus.mjs';

/** Targets from the issue: every input at its reported size under 1 s, each doubling at most 2.2× slower. */
const MAX_BASE_MS = 1000;
const MAX_GROWTH = 2.2;
const DOUBLINGS = 2;
/** Below this, timer and machine noise dominate a ratio, so a doubling that stays this fast always passes. */
const NOISE_FLOOR_MS = 100;

/** A real article page to mutate; a synthetic one when the shared corpora are not beside the repository. */
function realPage() {
  const file = join(sharedDir(), 'corpora/html/readability/nytimes-1/source.html');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const paragraph =
    '<p>The company said on Tuesday it would move its mining hardware plant, citing tariffs.</p>';
  return `<html><head><title>A page</title></head><body><article>${paragraph.repeat(60)}</article></body></html>`;
}

const page = realPage();
const bodyAt = page.indexOf('<body');
const insertAt = bodyAt === -1 ? 0 : page.indexOf('>', bodyAt) + 1;
const SPAN_TEXT = 'Shares of the miner rose after the ruling on export licences. '.repeat(40);

/** Each input as a function of a scale: 1 is the size the issue reported, 2 and 4 its doublings. */
const INPUTS = [
  ['unclosed <span> ×100k', (k) => '<span>'.repeat(100_000 * k)],
  ['<div> + <br> ×50k', (k) => `<div>${'<br>'.repeat(50_000 * k)}`],
  ['sibling <div> ×80k', (k) => `<body>${'<div>a</div>'.repeat(80_000 * k)}</body>`],
  ['<h1> ×50k', (k) => `<body>${'<h1>Heading'.repeat(50_000 * k)}</body>`],
  [
    '150 sections around 2 MB <p>',
    (k) => `${'<section>'.repeat(150)}<p>${'words, '.repeat(300_000 * k)}</p>${'</section>'.repeat(150)}`,
  ],
  [
    'real page, <span>+text ×947',
    (k) => page.slice(0, insertAt) + `<span>${SPAN_TEXT}`.repeat(947 * k) + page.slice(insertAt),
  ],
  [
    'unclosed <div> ×50k, script inside',
    (k) => `${'<div>'.repeat(50_000 * k)}<script>var apiKey="SECRET"</script>x`,
  ],
  ['nested <table> ×5k', (k) => `<body>${'<table><tr><td>cell, text'.repeat(5_000 * k)}</body>`],
];

/**
 * Hostile text through extractEvents: the run-on sentence, and others written for this bench
 * (a long run of anchors, of countries and rates without a full stop, of list sentences of unknown
 * names, each of which needs the tagger), at sizes of a long article or more.
 */
const TEXT_INPUTS = [
  ['run-on "tariff. " ×20k', (k) => `China imposed tariffs. ${'tariff. '.repeat(20_000 * k)}`],
  [
    'one 100 KB sentence of anchors',
    (k) => `China imposed ${'tariffs and duties on steel, '.repeat(3_600 * k)}.`,
  ],
  [
    'countries and rates ×2k, no full stop',
    (k) => `Washington set ${'a 25% tariff on Canada, 10% on Mexico and 34% on China; '.repeat(2_000 * k)}`,
  ],
  [
    'list sentences of unknown names ×1k',
    (k) => 'Veltrano, Quillmark and Hashgrove were added to the Entity List. '.repeat(1_000 * k),
  ],
];

function timeText(text) {
  let best = Number.POSITIVE_INFINITY;
  let events = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    events = extractEvents({ text, published: '2025-03-10' });
    best = Math.min(best, performance.now() - start);
    if (best > MAX_BASE_MS) break;
  }
  const valid = events.every(
    (e) =>
      extractedEventSchema.safeParse(e).success &&
      text.slice(e.citation.start, e.citation.end) === e.citation.quote,
  );
  return { ms: best, valid };
}

function time(html) {
  // Best of five: a shared machine adds noise, never removes it (with three, runs of 50 to 300 ms on two
  // busy cores still came out up to 3× apart).
  let best = Number.POSITIVE_INFINITY;
  let article;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    try {
      article = parseHtml(html);
    } catch (error) {
      // A page over the budget is a failure of this benchmark, reported with the others.
      return { ms: performance.now() - start, valid: false, error: error.message };
    }
    best = Math.min(best, performance.now() - start);
    if (best > MAX_BASE_MS) break;
  }
  const valid = articleSchema.safeParse(article).success && !article.text.includes('SECRET');
  return { ms: best, valid };
}

// Warm up the parser and the content search so that the first input does not pay for compilation.
for (let i = 0; i < 5; i++) parseHtml(page);

let failures = 0;
function report(inputs, timer) {
  for (const [name, make] of inputs) {
    const cells = [];
    let previous = null;
    let ok = true;
    for (let step = 0; step <= DOUBLINGS; step++) {
      const html = make(2 ** step);
      const { ms, valid, error } = timer(html);
      let cell = `${(html.length / 1e6).toFixed(2)} MB ${ms.toFixed(0).padStart(5)} ms`;
      if (!valid) {
        cell += error ? ` (${error})` : ' INVALID';
        ok = false;
      }
      if (step === 0 && ms > MAX_BASE_MS) ok = false;
      if (previous !== null) {
        const growth = ms / previous;
        cell += ` ×${growth.toFixed(2)}`;
        if (growth > MAX_GROWTH && ms > NOISE_FLOOR_MS) ok = false;
      }
      cells.push(cell);
      previous = ms;
    }
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(36)} ${cells.join(' | ')}`);
  }
}
console.log('parseHtml on hostile input (size, time, growth per doubling)');
report(INPUTS, time);
extractEvents({ text: 'China imposed a 25% tariff on steel from Canada.', published: null });
console.log('extractEvents on hostile text (size, time, growth per doubling)');
report(TEXT_INPUTS, timeText);
console.log(
  failures === 0
    ? `all inputs under ${MAX_BASE_MS} ms at reported size, growth ≤ ${MAX_GROWTH}× per doubling`
    : `${failures} input(s) missed a target (${MAX_BASE_MS} ms at reported size, ${MAX_GROWTH}× per doubling)`,
);
process.exitCode = failures === 0 ? 0 : 1;
