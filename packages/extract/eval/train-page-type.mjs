// Fits the page-type model (data/page-type-model.json): logistic regression over pageFeatures() on the WCXB
// development pages (../shared, read in place), article vs every other page type. Prints 10-fold
// cross-validated precision and recall (threshold chosen on each fold's training part), then fits on all pages.
// Usage: node eval/train-page-type.mjs [--write]   (after pnpm build; ASSAY_EXTRACT_DIST=dir to use another build)
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadWcxbCases } from './wcxb-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, process.env.ASSAY_EXTRACT_DIST ?? '../dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { parseHtml } = await load('html/parse-html.js');
const { parseHtmlPage } = await load('html/dom.js');
const { readPageMetadata } = await load('html/page-metadata.js');
const { pageFeatures, textFigures, MIN_ARTICLE_WORDS } = await load('html/page-type.js');

const FOLDS = 10;
const L2 = 0.01;
const EPOCHS = 2000;
const RATE = 0.5;

/** Features and label of every page with enough words for the model to judge. */
export function pageExamples(cases) {
  const examples = [];
  for (const { id, html, url, pageType } of cases) {
    const article = parseHtml(html, { url });
    const texts = article.paragraphs.map(({ start, end }) => article.text.slice(start, end));
    const figures = textFigures(texts);
    if (figures.words < MIN_ARTICLE_WORDS) continue;
    const { signals } = readPageMetadata(parseHtmlPage(html), url);
    examples.push({ id, label: pageType === 'article' ? 1 : 0, features: pageFeatures(signals, figures) });
  }
  return examples;
}

function fit(examples, names) {
  const scale = {};
  for (const name of names) {
    // A feature a page lacks (the address features of a page without a URL) is taken at the mean, as
    // articleProbability does.
    const values = examples.map((e) => e.features[name]).filter((value) => value !== undefined);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const deviation = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
    scale[name] = [mean, deviation];
  }
  const x = examples.map((e) =>
    names.map((name) => ((e.features[name] ?? scale[name][0]) - scale[name][0]) / scale[name][1]),
  );
  const y = examples.map((e) => e.label);
  // Classes weighted to balance (non-articles are the minority).
  const positives = y.filter(Boolean).length;
  const classWeight = [y.length / (2 * (y.length - positives)), y.length / (2 * positives)];
  const w = new Array(names.length).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Array(names.length).fill(0);
    let gradientB = 0;
    for (let i = 0; i < x.length; i++) {
      let z = b;
      for (let j = 0; j < names.length; j++) z += w[j] * x[i][j];
      const error = (1 / (1 + Math.exp(-z)) - y[i]) * classWeight[y[i]];
      for (let j = 0; j < names.length; j++) gradient[j] += error * x[i][j];
      gradientB += error;
    }
    for (let j = 0; j < names.length; j++) w[j] -= RATE * (gradient[j] / x.length + L2 * w[j]);
    b -= (RATE * gradientB) / x.length;
  }
  return { bias: b, weights: Object.fromEntries(names.map((name, j) => [name, w[j]])), scale };
}

function probability(model, features) {
  let z = model.bias;
  for (const [name, weight] of Object.entries(model.weights)) {
    const [mean, deviation] = model.scale[name];
    z += (weight * ((features[name] ?? mean) - mean)) / deviation;
  }
  return 1 / (1 + Math.exp(-z));
}

/** The threshold with the best F1 of precision and recall of "not an article" and "article" together. */
function chooseThreshold(model, examples) {
  let best = 0.5;
  let bestScore = -1;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const { precision, recall } = detection(
      examples.map((e) => [probability(model, e.features) >= t, e.label]),
    );
    const score = Math.min(precision, recall);
    if (score > bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}

function detection(pairs) {
  const tp = pairs.filter(([p, l]) => p && l).length;
  const predicted = pairs.filter(([p]) => p).length;
  const actual = pairs.filter(([, l]) => l).length;
  return { precision: predicted ? tp / predicted : 1, recall: actual ? tp / actual : 1 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const cases = loadWcxbCases();
  if (!cases) {
    console.log('skipped: ../shared/corpora/html/wcxb-dev not found');
    process.exit(0);
  }
  const examples = pageExamples(cases);
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))];
  // Pages the 40-word floor already rejects count as "not an article" in the totals below.
  const floored = cases.filter((c) => !examples.some((e) => e.id === c.id));
  const pairs = floored.map((c) => [false, c.pageType === 'article' ? 1 : 0]);
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = examples.filter((_, i) => i % FOLDS === fold);
    const train = examples.filter((_, i) => i % FOLDS !== fold);
    const model = fit(train, names);
    const threshold = chooseThreshold(model, train);
    for (const e of test) pairs.push([probability(model, e.features) >= threshold, e.label]);
  }
  const cv = detection(pairs);
  console.log(
    `page type, ${FOLDS}-fold cross-validated over ${cases.length} WCXB dev pages: article precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}`,
  );
  const model = fit(examples, names);
  const threshold = chooseThreshold(model, examples);
  const all = detection([
    ...floored.map((c) => [false, c.pageType === 'article' ? 1 : 0]),
    ...examples.map((e) => [probability(model, e.features) >= threshold, e.label]),
  ]);
  console.log(
    `fitted on all pages (threshold ${threshold.toFixed(2)}): precision ${all.precision.toFixed(3)}, recall ${all.recall.toFixed(3)} (training figures)`,
  );
  const round = (v) => Math.round(v * 1e4) / 1e4;
  const file = {
    about:
      'Logistic model of "is an article" over pageFeatures() (src/html/page-type.ts); fitted by eval/train-page-type.mjs on the WCXB dev pages.',
    crossValidated: { folds: FOLDS, precision: round(cv.precision), recall: round(cv.recall) },
    threshold: round(threshold),
    bias: round(model.bias),
    weights: Object.fromEntries(Object.entries(model.weights).map(([k, v]) => [k, round(v)])),
    scale: Object.fromEntries(Object.entries(model.scale).map(([k, [m, d]]) => [k, [round(m), round(d)]])),
  };
  if (process.argv.includes('--write')) {
    writeFileSync(resolve(here, '../data/page-type-model.json'), `${JSON.stringify(file, null, 2)}\n`);
    console.log('wrote data/page-type-model.json');
  } else {
    console.log(JSON.stringify(file.weights));
  }
}
