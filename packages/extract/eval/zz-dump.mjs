import { GOLD_SETS, labelOf, loadGoldSet, loadWrittenSet } from './gold.mjs';
import { sharedDir } from './html-corpus.mjs';
import { withCandidates } from './cross-validate.mjs';
const shared = sharedDir();
const all = withCandidates([...GOLD_SETS.flatMap((n) => loadGoldSet(shared, n)), ...loadWrittenSet()]);
const out = [];
for (const a of all) {
  for (const c of a.candidates) {
    const slots = Object.entries(c.slots).map(([k, v]) => `${k}=${v}`).join(',');
    out.push([labelOf(c, a.gold.events ?? []), `${a.set}/${a.gold.id}`, c.type, c.action, c.modality, c.date, slots,
      c.analysis.sentence.text.replace(/\s+/g, ' ').slice(0, 200), c.features.join(' ')].join('|'));
  }
}
console.log(out.join('\n'));
