// node eval/zz-cv.mjs ID... : held-out (fixed split) events of gold articles, threshold 0.2
import { GOLD_SETS, loadGoldSet, loadWrittenSet } from './gold.mjs';
import { sharedDir } from './html-corpus.mjs';
import { crossValidatedModels, withCalibration, withCandidates } from './cross-validate.mjs';
import { decideEvents } from '../dist/index.js';
const ids = process.argv.slice(2);
const all = withCandidates(GOLD_SETS.flatMap((n) => loadGoldSet(sharedDir(), n)));
const written = withCandidates(loadWrittenSet());
const modelOf = withCalibration(all, crossValidatedModels(all, 5, written));
for (const a of all.filter((x) => ids.includes(x.gold.id))) {
  console.log('##', a.gold.id);
  for (const e of decideEvents(a.candidates, { model: { ...modelOf(a), threshold: 0.2 } })) {
    const { id, citation, citations, confidence, type, action, date, ...slots } = e;
    console.log(confidence.toFixed(2), type, action, JSON.stringify(slots), '|', citations.map((c) => c.quote.replace(/\s+/g, ' ').slice(0, 60)).join(' // '));
  }
}
