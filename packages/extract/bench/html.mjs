// HTML-to-Article throughput: our parseHtml against Mozilla Readability on linkedom, in the same process.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../dist/index.js';
import { formatRate, measureAlternating } from './measure.mjs';

function readabilityOnLinkedom(html) {
  const { document } = parseHTML(html);
  return new Readability(document).parse();
}

/**
 * Benchmarks both extractors over `pages` (HTML strings), in alternating passes, and prints pages/s, MB/s,
 * peak RSS and the speed ratio. Ours warms up first so that its peak RSS is not inflated by linkedom's.
 */
export async function benchHtml(pages, label = 'pages') {
  const { ours, readability } = measureAlternating(pages, {
    ours: (html) => parseHtml(html),
    readability: readabilityOnLinkedom,
  });
  console.log(`HTML to Article (${pages.length} ${label})`);
  console.log(formatRate('assay parseHtml', ours, 'pages'));
  console.log(formatRate('readability on linkedom', readability, 'pages'));
  const ratio = ours.itemsPerSecond / readability.itemsPerSecond;
  console.log(`speed ratio (assay / readability): ${ratio.toFixed(2)}x`);
  return { ours, readability, ratio };
}
