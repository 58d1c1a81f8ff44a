import { withCandidates } from './cross-validate.mjs';
import { GOLD_SETS, labelOf, loadGoldSet, loadWrittenSet } from './gold.mjs';
import { sharedDir } from './html-corpus.mjs';

const shared = sharedDir();
const sets = [...GOLD_SETS.flatMap((n) => loadGoldSet(shared, n) ?? []), ...loadWrittenSet()];
const out = [];
for (const a of withCandidates(sets)) {
  for (const c of a.candidates) {
    const label = labelOf(c, a.gold.events ?? []);
    const slots = Object.entries(c.slots)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(',');
    let line = `${label}|${a.set}/${a.gold.id}|${c.type}|${c.action}|${c.modality}|${c.date}|${slots}|${c.analysis.sentence.text.slice(0, 160).replace(/\n/g, ' ')}`;
    if (process.env.F === '1') line += `|${c.features.join(' ')}`;
    out.push(line);
  }
}
console.log(out.join('\n'));
