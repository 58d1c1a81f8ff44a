// blocks separated by "\n---\n" in a file; first line title. env C=1 candidates, F=1 features
import { readFileSync } from 'node:fs';
import { articleCandidates, extractEvents, parseText } from '../dist/index.js';
const blocks = readFileSync(process.argv[2], 'utf8').split('\n---\n');
for (const b of blocks) {
  const [title, ...rest] = b.trim().split('\n');
  const text = rest.join('\n');
  const published = process.env.PUB ?? '2025-06-01';
  const article = parseText(b.trim(), { published });
  console.log(`### ${title}`);
  const res = extractEvents({ text: article.text, title, published });
  for (const e of res) { const { type, action, citation, confidence, ...rest } = e; const { id, citations, date, ...slots } = rest; console.log(' EV', confidence?.toFixed?.(2), type, action, JSON.stringify(slots), '|', (citations?.[0]?.quote ?? '').slice(0, 100)); }
  if (process.env.C) for (const c of articleCandidates({ text: article.text, title, published })) {
    console.log(' C ', c.type, c.action, c.modality, c.date, JSON.stringify(c.slots), '|', c.analysis.sentence.text.slice(0, 120), process.env.F ? c.features.join(' ') : '');
  }
}
