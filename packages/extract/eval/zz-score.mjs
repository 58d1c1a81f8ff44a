import { readFileSync } from 'node:fs';
import { articleCandidates, expandFeatures, getEventModel, parseText, score } from '../dist/index.js';

const b = readFileSync(process.argv[2], 'utf8').split('\n---\n')[0];
const [title, ...rest] = b.trim().split('\n');
const art = parseText(`${title}\n\n${rest.join('\n').trim()}`, {
  published: process.env.PUB || '2025-06-01',
});
const model = getEventModel();
for (const c of articleCandidates({ text: art.text, title: art.title, published: art.published })) {
  console.log(
    `${score(model, expandFeatures(c.type, c.features)).toFixed(3)} ${c.type} ${c.action} ${c.modality} ${JSON.stringify(c.slots)} key=${c.readingKey}\n   ${c.analysis.sentence.text.slice(0, 140)}\n   ${c.features.join(' ')}`,
  );
}
