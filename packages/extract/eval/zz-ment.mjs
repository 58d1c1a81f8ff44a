import { analyseSentence } from '../dist/engine/analysis.js';
const text = process.argv[2];
const a = analyseSentence({ text, start: 0, end: text.length }, 0, { published: null });
console.log(a.tokens.map((t, i) => `${i}:${t.norm}`).join(' '));
for (const m of a.mentions) console.log(m.kind, m.start, m.end, m.group, m.form, JSON.stringify(m.value), m.text);
