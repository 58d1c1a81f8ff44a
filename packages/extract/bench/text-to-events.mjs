// Text-to-events throughput on plain-text news articles: parseText, then extractEvents when it exists.
import * as extract from '../dist/index.js';
import { formatRate, measure } from './measure.mjs';

export async function benchTextToEvents(texts) {
  const { extractEvents, parseText } = extract;
  const hasEvents = typeof extractEvents === 'function';
  const work = hasEvents ? (text) => extractEvents(parseText(text)) : (text) => parseText(text);
  const result = measure(texts, work);
  console.log(`Text to events (${texts.length} news articles)`);
  if (!hasEvents) console.log('note: extractEvents is not exported yet; measuring parseText only');
  console.log(formatRate(hasEvents ? 'parseText + extractEvents' : 'parseText', result, 'docs'));
  console.log('target: text to events >= 200 articles/s on one core (issue 14)');
  return { ...result, measured: hasEvents ? 'parseText+extractEvents' : 'parseText' };
}
