// node eval/zz-explain2.mjs file.txt : per-candidate feature contributions
import { readFileSync } from 'node:fs';
import { articleCandidates, expandFeatures, getEventModel, parseText } from '../dist/index.js';
const model = getEventModel();
const b = readFileSync(process.argv[2], 'utf8').trim();
const article = parseText(b, { published: '2025-06-01' });
for (const c of articleCandidates({ text: article.text, title: article.title, published: '2025-06-01' })) {
  const fs = expandFeatures(c.type, c.features);
  let z = model.bias;
  const parts = fs.map((f) => [f, model.weights[f] ?? 0]).filter(([, w]) => Math.abs(w) > 0.15).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  for (const f of fs) z += model.weights[f] ?? 0;
  console.log(c.type, c.action, JSON.stringify(c.slots), 'z=', z.toFixed(2), '|', c.analysis.sentence.text.slice(0, 80));
  console.log('   ', parts.map(([f, w]) => `${f}:${w.toFixed(2)}`).join(' '));
}
