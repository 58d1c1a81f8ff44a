import { readFileSync } from 'node:fs';
import {
  articleCandidates,
  expandFeatures,
  extractEvents,
  getEventModel,
  parseText,
  score,
} from '../dist/index.js';

const blocks = readFileSync(process.argv[2], 'utf8')
  .split('\n---\n')
  .filter((b) => b.trim());
const model = getEventModel();
for (const b of blocks) {
  const [title, ...rest] = b.trim().split('\n');
  const text = rest.join('\n').trim();
  const art = parseText(`${title}\n\n${text}`, { published: process.env.PUB || '2025-06-01' });
  console.log(`=== ${title}`);
  if (process.env.C === '1') {
    for (const c of articleCandidates({ text: art.text, title: art.title, published: art.published })) {
      console.log(
        `  C ${score(model, expandFeatures(c.type, c.features)).toFixed(2)} ${c.type} ${c.action} ${c.modality} ${JSON.stringify(c.slots)} | ${c.analysis.sentence.text.slice(0, 120)}`,
      );
    }
  }
  for (const e of extractEvents(art)) {
    const { id, citations, ...slots } = e;
    console.log(`  E ${JSON.stringify(slots)} | ${citations?.[0]?.quote?.slice(0, 140)}`);
  }
}
