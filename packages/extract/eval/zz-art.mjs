// node eval/zz-art.mjs ID [substring] : candidates of a gold article with label and score contributions
import { GOLD_SETS, labelOf, loadGoldSet } from './gold.mjs';
import { sharedDir } from './html-corpus.mjs';
import { withCandidates } from './cross-validate.mjs';
import { expandFeatures, getEventModel } from '../dist/index.js';
const model = getEventModel();
const [id, sub] = process.argv.slice(2);
const all = GOLD_SETS.flatMap((n) => loadGoldSet(sharedDir(), n)).filter((a) => a.gold.id === id);
for (const a of withCandidates(all)) {
  for (const g of a.gold.events ?? []) console.log('GOLD', JSON.stringify(g).slice(0, 250));
  for (const c of a.candidates) {
    if (sub && !c.analysis.sentence.text.includes(sub)) continue;
    const fs = expandFeatures(c.type, c.features);
    let z = model.bias;
    for (const f of fs) z += model.weights[f] ?? 0;
    const parts = fs.map((f) => [f, model.weights[f] ?? 0]).filter(([, w]) => Math.abs(w) > 0.15).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
    console.log(labelOf(c, a.gold.events ?? []), c.type, c.action, c.modality, JSON.stringify(c.slots), 'z=', z.toFixed(2), '|', c.analysis.sentence.text.replace(/\s+/g, ' ').slice(0, 100));
    if (sub) console.log('   ', parts.map(([f, w]) => `${f}:${w.toFixed(2)}`).join(' '));
  }
}
