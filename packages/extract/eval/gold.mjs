// The dev gold sets in ../shared/eval (read in place), their articles as the extractor sees them, and the
// scorer's matching rules (../shared/eval/score-events.mjs), shared by `pnpm train` and `pnpm eval`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../dist/index.js';

export const GOLD_SETS = ['dev', 'dev-2025'];

export function loadGoldSet(shared, name) {
  const goldPath = join(shared, 'eval', name, 'gold.jsonl');
  if (!existsSync(goldPath)) return undefined;
  return readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const gold = JSON.parse(line);
      const article = parseText(readFileSync(join(shared, gold.file), 'utf8'), {
        published: gold.published ?? null,
      });
      return { set: name, gold, article, input: join(shared, gold.file) };
    });
}

/**
 * Short articles written for this repository, labelled by the same guidelines
 * (data/training/written.jsonl): training data for the rare types, in every fold's training set and
 * never scored. They ship with the package, so training needs no ../shared for them.
 */
export function loadWrittenSet() {
  const file = new URL('../data/training/written.jsonl', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const gold = JSON.parse(line);
      const article = parseText(gold.text, { published: gold.published ?? null });
      return { set: 'written', gold, article, input: `written/${gold.id}.txt` };
    });
}

/**
 * Folds by article, stable across runs: article i goes to fold i mod k after sorting by id, or, for a
 * shuffled split, by a hash of the seed and the id.
 */
export function foldOf(articles, k, seed = null) {
  const key = (a) =>
    seed === null ? a.gold.id : createHash('sha1').update(`${seed}:${a.gold.id}`).digest('hex');
  const order = [...articles].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const folds = new Map();
  for (const [i, a] of order.entries()) folds.set(a, i % k);
  return folds;
}

const SUFFIXES = new Set(
  'inc incorporated ltd limited co corp corporation company technologies technology holdings holding group plc sa ag nv llc lp industries international the'.split(
    ' ',
  ),
);
const words = (s) =>
  String(s ?? '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const nameTokens = (s) => words(s).filter((w) => !SUFFIXES.has(w));
const RELATIVE = new Set(
  'subsidiary subsidiaries unit units affiliate affiliates parent division arm branch'.split(' '),
);
const sameName = (a, b) => {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w)) && !long.some((w) => RELATIVE.has(w) && !short.includes(w));
};
const stem = (w) => w.replace(/(ies)$/, 'y').replace(/(?<=[a-z]{3})s$/, '');
const STOP = new Set(
  'of the and or on from to in for a an its all other products goods imports exports export import'.split(
    ' ',
  ),
);
const shareWord = (a, b) => {
  const x = new Set(
    words(a)
      .map(stem)
      .filter((w) => !STOP.has(w)),
  );
  return words(b)
    .map(stem)
    .some((w) => x.has(w));
};
const code = (c) => (c == null ? null : String(c).trim().toUpperCase());
const sameNum = (a, b) => a != null && b != null && Math.abs(Number(a) - Number(b)) < 0.01;
const DIRECTION = {
  impose: 'up',
  raise: 'up',
  expand: 'up',
  reduce: 'down',
  ease: 'down',
  remove: 'down',
  threaten: 'threat',
};

export function keyMatch(g, p) {
  if (g.type !== p.type) return false;
  switch (g.type) {
    case 'tariff':
      return (
        code(g.imposer) === code(p.imposer) &&
        DIRECTION[g.action] === DIRECTION[p.action] &&
        (g.target == null || code(g.target) === code(p.target)) &&
        (g.rate_pct == null || sameNum(g.rate_pct, p.rate_pct))
      );
    case 'relocation':
      return sameName(g.company, p.company) && code(g.to) === code(p.to);
    case 'blacklisting':
      return sameName(g.entity, p.entity) && code(g.authority) === code(p.authority) && g.action === p.action;
    case 'export_restriction':
      return (
        code(g.imposer) === code(p.imposer) &&
        DIRECTION[g.action] === DIRECTION[p.action] &&
        (g.target == null || code(g.target) === code(p.target)) &&
        (g.goods == null || shareWord(g.goods, p.goods))
      );
    default:
      return false;
  }
}

function covers(quote, evidence) {
  const gw = words(evidence);
  if (!gw.length) return true;
  const pw = new Map();
  for (const w of words(quote)) pw.set(w, (pw.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of gw) {
    const n = pw.get(w) ?? 0;
    if (n > 0) {
      common++;
      pw.set(w, n - 1);
    }
  }
  return common / gw.length >= 0.5;
}

export function citesEvidence(g, quote) {
  return (Array.isArray(g.evidence) ? g.evidence : [g.evidence]).some((e) => covers(quote, e));
}

/** A candidate is a positive example when a gold event of its article has its key slots and its sentence. */
export function labelOf(candidate, golds) {
  const slots = { type: candidate.type, action: candidate.action, ...candidate.slots };
  return golds.some((g) => keyMatch(g, slots) && citesEvidence(g, candidate.analysis.sentence.text)) ? 1 : 0;
}
