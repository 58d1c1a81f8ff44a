// Every candidate the rules propose on the dev gold sets (read in place from ../shared/eval) and the written
// training articles, one line each: its label against the gold (1 when a gold event has its key slots and
// sentence), article, type, action, modality, date, slots, sentence and features. A rule change that leaves the
// dev candidates as they were prints the same lines; the README's "candidate dump" comparisons are diffs of this
// output before and after a change.
// Usage: node eval/candidates.mjs > candidates.txt
import { withCandidates } from './cross-validate.mjs';
import { GOLD_SETS, labelOf, loadGoldSet, loadWrittenSet } from './gold.mjs';
import { sharedDir } from './html-corpus.mjs';

const goldSets = GOLD_SETS.map((name) => loadGoldSet(sharedDir(), name));
if (goldSets.some((set) => set === undefined))
  console.error(`candidates: no gold sets under ${sharedDir()}/eval; the written articles only`);
const articles = [...goldSets.flatMap((set) => set ?? []), ...loadWrittenSet()];

for (const article of withCandidates(articles)) {
  for (const c of article.candidates) {
    const slots = Object.entries(c.slots)
      .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
      .join(' ');
    const fields = [
      labelOf(c, article.gold.events ?? []),
      `${article.set}/${article.gold.id}`,
      c.type,
      c.action,
      c.modality,
      c.date ?? '',
      slots,
      c.analysis.sentence.text.replace(/\s+/g, ' '),
      c.features.join(','),
    ];
    console.log(fields.join(' | '));
  }
}
