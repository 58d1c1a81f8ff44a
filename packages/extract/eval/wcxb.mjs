// Quality of HTML-to-Article on the WCXB development pages (../shared/corpora/html/wcxb-dev, read in place),
// with the benchmark's metric: word F1 of lowercased \w+ tokens (multiset overlap, mean over the article
// pages), title accuracy (exact after whitespace is collapsed), published-date accuracy (same calendar day),
// author accuracy (same name), each over the article pages that state one, and article detection precision
// and recall over every page type. Readability on linkedom is scored in the same run, as the reference.
// Usage: node eval/wcxb.mjs [--verbose] [--check] [--ours-only] [--out FILE]
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../dist/index.js';
import { loadWcxbCases } from './wcxb-corpus.mjs';

/** What issue 15 asks for. */
export const ISSUE_TARGETS = {
  textF1: 0.95,
  title: 0.9,
  date: 0.9,
  author: 0.85,
  detectionPrecision: 0.95,
  detectionRecall: 0.95,
};

/**
 * What `pnpm eval` checks: the figures this code reaches (rounded down), so that a regression turns CI red.
 * Where they are below ISSUE_TARGETS the issue's target is not met yet; both are printed.
 */
export const CHECKED = {
  textF1: 0.95,
  title: 0.881,
  date: 0.903,
  author: 0.871,
  detectionPrecision: 0.955,
  detectionRecall: 0.955,
};

const collapse = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The benchmark's tokenizer: Python's re.findall(r'\w+', text.lower()) (letters, digits, underscore). */
export function wcxbTokens(text) {
  return (text ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** The benchmark's word_f1: precision, recall and F1 of the token multisets. */
export function wcxbWordF1(predicted, reference) {
  const pred = wcxbTokens(predicted);
  const ref = wcxbTokens(reference);
  if (ref.length === 0) return pred.length === 0 ? 1 : 0;
  if (pred.length === 0) return 0;
  const counts = new Map();
  for (const token of ref) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of pred) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  return (2 * precision * recall) / (precision + recall);
}

/** The calendar day as written at the start of an ISO-like value, else via Date.parse. */
function calendarDay(value) {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  if (iso) return iso[0];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'and']);
const NAME_SEPARATORS = /\s*(?:,|&|\||\band\b|\s[-–—]\s)\s*/i;

/** Lowercased words of a name, accents, punctuation, honorifics and "and" aside ("Dr. Jane O'Neil" = "jane o neil"). */
function nameKey(name) {
  return (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !HONORIFICS.has(word))
    .join(' ');
}

/**
 * Same name: the whole byline matches, or its first name does (the benchmark's bylines sometimes add a job
 * title or co-authors: "Mike Marshall, Shipping Expert"). "By Jane Doe" is not the name "Jane Doe".
 */
export function sameName(got, want) {
  const key = nameKey(got);
  if (key === '') return false;
  if (key === nameKey(want)) return true;
  const first = (name) => nameKey((name ?? '').split(NAME_SEPARATORS)[0]);
  return first(got) !== '' && first(got) === first(want);
}

function ours(html, url) {
  const article = parseHtml(html, { url });
  return {
    title: article.title,
    published: article.published,
    author: article.byline,
    text: article.text,
    isArticle: article.isArticle ?? true,
    reason: article.notArticleReason ?? null,
  };
}

export function readability(html) {
  const { document } = parseHTML(html);
  const readerable = isProbablyReaderable(document);
  const result = new Readability(document).parse();
  return {
    title: result?.title ?? '',
    published: result?.publishedTime ?? null,
    author: result?.byline ?? null,
    text: result?.textContent ?? '',
    isArticle: readerable,
    reason: null,
  };
}

export function score(cases, extract) {
  const rows = cases.map(({ id, pageType, url, html, expected }) => {
    const got = extract(html, url);
    const article = pageType === 'article';
    return {
      id,
      pageType,
      url,
      f1: article && expected.text ? wcxbWordF1(got.text, expected.text) : null,
      title: article && expected.title ? collapse(got.title) === collapse(expected.title) : null,
      date:
        article && expected.published ? calendarDay(got.published) === calendarDay(expected.published) : null,
      author: article && expected.author ? sameName(got.author, expected.author) : null,
      isArticle: got.isArticle,
      reason: got.reason,
      got: {
        title: got.title,
        published: got.published,
        author: got.author,
        words: wcxbTokens(got.text).length,
      },
      want: { title: expected.title, published: expected.published, author: expected.author },
    };
  });
  const rate = (key) => {
    const judged = rows.filter((row) => row[key] !== null);
    const hits = judged.filter((row) => row[key]).length;
    return { value: judged.length ? hits / judged.length : 1, hits, total: judged.length };
  };
  const judgedF1 = rows.filter((row) => row.f1 !== null);
  const textF1 = judgedF1.reduce((sum, row) => sum + row.f1, 0) / (judgedF1.length || 1);
  const truePositives = rows.filter((row) => row.isArticle && row.pageType === 'article').length;
  const predicted = rows.filter((row) => row.isArticle).length;
  const actual = rows.filter((row) => row.pageType === 'article').length;
  return {
    rows,
    textF1: { value: textF1, total: judgedF1.length },
    title: rate('title'),
    date: rate('date'),
    author: rate('author'),
    detectionPrecision: {
      value: predicted ? truePositives / predicted : 1,
      hits: truePositives,
      total: predicted,
    },
    detectionRecall: { value: actual ? truePositives / actual : 1, hits: truePositives, total: actual },
  };
}

const KEYS = ['textF1', 'title', 'date', 'author', 'detectionPrecision', 'detectionRecall'];
const HEADERS = ['word F1', 'title', 'date', 'author', 'article P', 'article R'];

function printTable(results) {
  console.log(`| | ${HEADERS.join(' | ')} |`);
  console.log(`|---|${HEADERS.map(() => '---').join('|')}|`);
  for (const [label, result] of results) {
    const cells = KEYS.map((key) => {
      const { value, hits, total } = result[key];
      return hits === undefined ? `${value.toFixed(3)} (${total})` : `${value.toFixed(3)} (${hits}/${total})`;
    });
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
  const targets = (values) => `| ${KEYS.map((key) => String(values[key])).join(' | ')} |`;
  console.log(`| issue 15 targets ${targets(ISSUE_TARGETS)}`);
  console.log(`| checked by pnpm eval ${targets(CHECKED)}`);
}

function printMisses(result) {
  const show = (label, key, field) => {
    console.log(`\n${label} misses:`);
    for (const row of result.rows.filter((r) => r[key] === false)) {
      console.log(
        `  ${row.id}: got ${JSON.stringify(row.got[field])} want ${JSON.stringify(row.want[field])}`,
      );
    }
  };
  console.log('\nworst word F1:');
  for (const row of result.rows
    .filter((r) => r.f1 !== null)
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 25)) {
    console.log(`  ${row.f1.toFixed(3)}  ${row.id}  ${row.url}`);
  }
  show('title', 'title', 'title');
  show('date', 'date', 'published');
  show('author', 'author', 'author');
  console.log('\narticle detection errors:');
  for (const row of result.rows.filter((r) => r.isArticle !== (r.pageType === 'article'))) {
    console.log(
      `  ${row.id} ${row.pageType} -> ${row.isArticle ? 'article' : `not (${row.reason})`} ${row.url}`,
    );
  }
}

/**
 * Readability's score on the WCXB pages, computed in a worker thread: start it first, and hand the promise
 * to evalWcxb, which awaits it after scoring parseHtml.
 */
export function readabilityInWorker() {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./wcxb-readability-worker.mjs', import.meta.url));
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the Readability worker exited with code ${code}`));
    });
  });
}

/**
 * Runs the evaluation; returns { ok, ours, readability } or null when the WCXB pages are missing.
 * `readabilityScore`: a promise of Readability's score (readabilityInWorker), else it is scored here.
 */
export async function evalWcxb({
  verbose = false,
  oursOnly = false,
  out = null,
  readabilityScore = null,
} = {}) {
  const cases = loadWcxbCases();
  if (!cases) {
    console.log('wcxb: skipped: ../shared/corpora/html/wcxb-dev not found');
    return null;
  }
  const articles = cases.filter((c) => c.pageType === 'article').length;
  console.log(
    `HTML to Article on ${cases.length} WCXB dev pages (${articles} articles): node packages/extract/eval/wcxb.mjs`,
  );
  const ourResult = score(cases, ours);
  const results = [['assay parseHtml', ourResult]];
  if (!oursOnly)
    results.push(['Readability on linkedom', (await readabilityScore) ?? score(cases, readability)]);
  printTable(results);
  console.log(
    "title: parseHtml's `title`, the headline (site name cut); its `pageTitle`, the title as the page writes it, is what the Readability pages' expected titles are scored against",
  );
  if (verbose) printMisses(ourResult);
  if (out) writeFileSync(out, JSON.stringify(ourResult.rows, null, 1));
  const missed = KEYS.filter((key) => ourResult[key].value < CHECKED[key]);
  const notMet = KEYS.filter((key) => ourResult[key].value < ISSUE_TARGETS[key]);
  console.log(
    missed.length ? `CHECKED FIGURE MISSED: ${missed.join(', ')}` : 'checked figures met',
    notMet.length ? `(issue 15 targets not yet met: ${notMet.join(', ')})` : '(issue 15 targets met)',
  );
  return { ok: missed.length === 0, ours: ourResult, readability: results[1]?.[1] ?? null };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outIndex = process.argv.indexOf('--out');
  const result = await evalWcxb({
    verbose: process.argv.includes('--verbose'),
    oursOnly: process.argv.includes('--ours-only'),
    out: outIndex > 0 ? process.argv[outIndex + 1] : null,
  });
  if (result && !result.ok && process.argv.includes('--check')) process.exit(1);
}
