import { analyseSentence } from '../dist/engine/analysis.js';
import { getGazetteer } from '../dist/gazetteer/gazetteer.js';

const s = process.argv.slice(2).join(' ');
const a = analyseSentence({ text: s, start: 0, end: s.length }, 0, {
  gazetteer: getGazetteer(),
  published: '2025-06-01',
});
console.log(JSON.stringify(a.tokens?.map((t, i) => `${t.text}/${a.clause?.[i]}`)));
console.log(JSON.stringify(a.mentions ?? a, null, 0).slice(0, 3000));
