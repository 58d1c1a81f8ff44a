import { extractEvents, parseHtml } from '../dist/index.js';
import { loadWcxbCases } from './wcxb-corpus.mjs';
for (const c of loadWcxbCases().filter((c) => c.pageType === 'article')) {
  const article = parseHtml(c.html, { url: c.url });
  for (const e of extractEvents({ text: article.text, title: article.title, published: article.published?.slice(0, 10) ?? null }))
    console.log(c.id, e.confidence.toFixed(2), e.type, JSON.stringify(e.slots ?? {}), '|', e.citation.quote.slice(0, 200));
}
