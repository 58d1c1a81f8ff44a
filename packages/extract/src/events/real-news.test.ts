import { describe, expect, it } from 'vitest';
import {
  hasSharedCorpora,
  newsArticle,
  newsArticleIds,
  readabilityPages,
  skipNote,
} from '../../test/shared-corpora.js';
import { parseHtml } from '../html/parse-html.js';
import { parseText } from '../html/parse-text.js';
import { extractEvents } from './extract-events.js';

/** The events of the sentence of a real article that contains `phrase`, extracted on their own. */
function eventsInSentence(id: string, phrase: string, published: string | null = null) {
  const article = parseText(newsArticle(id), { published });
  const events = extractEvents(article).filter((e) => e.citation.quote.replace(/\s+/g, ' ').includes(phrase));
  return events.map(({ id: _id, citation: _citation, ...slots }) => slots);
}

describe.skipIf(!hasSharedCorpora)(`events in real news${skipNote}`, () => {
  it('tariffs: rates per clause, imposers by metonym and by agency, targets by demonym', () => {
    expect(eventsInSentence('seed-mining-relocation', 'Liberation Day')).toMatchObject([
      { type: 'tariff', imposer: 'US', rate_pct: 30, action: 'impose' },
      { type: 'tariff', imposer: 'US', target: 'CN', rate_pct: 20, action: 'impose' },
    ]);
    expect(eventsInSentence('reuters-5786', 'anti-dumping duties')).toMatchObject([
      { imposer: 'EU', target: 'JP', rate_pct: 20, action: 'impose' },
    ]);
    expect(eventsInSentence('reuters-3892', 'cut to 1.96 pct')).toMatchObject([
      { imposer: 'US', target: 'BR', rate_pct: 1.96, action: 'reduce' },
    ]);
  });

  it('relocations: lists of companies, headquarters moves, and "it" in wire copy', () => {
    const seed = extractEvents(parseText(newsArticle('seed-mining-relocation')));
    const movesToUs = seed
      .filter((e) => e.type === 'relocation' && e.to === 'US')
      .map((e) => e.type === 'relocation' && e.company);
    expect(movesToUs.sort()).toEqual(['Bitmain', 'Canaan', 'MicroBT']);
    expect(eventsInSentence('seed-mining-relocation', 'relocated its headquarters')).toMatchObject([
      { company: 'Canaan', from: 'CN', to: 'SG', scope: 'headquarters', status: 'completed' },
    ]);
    expect(eventsInSentence('reuters-3236', 'relocate is corporate headquarters')).toMatchObject([
      { company: 'WearEver-ProctorSilex', to: 'US', scope: 'headquarters', status: 'announced' },
    ]);
  });

  it('blacklistings: list additions and export bans on named companies', () => {
    expect(eventsInSentence('seed-mining-relocation', 'Entity List')).toMatchObject([
      { authority: 'US', list: 'Entity List', entity: 'Sophgo', action: 'add' },
    ]);
    expect(eventsInSentence('reuters-17453', 'banned further')).toMatchObject([
      { authority: 'JP', entity: 'Toshiba Machine', action: 'add' },
      { authority: 'JP', entity: 'C. Itoh and Co', action: 'add' },
    ]);
  });

  it('negation and modality in real copy: conditional and hedged tariffs are not events', () => {
    expect(eventsInSentence('reuters-10623', 'if Washington imposed')).toEqual([]);
    expect(eventsInSentence('reuters-18104', 'could be modified')).toEqual([]);
    expect(eventsInSentence('seed-mining-relocation', 'avoiding potential tariffs')).toEqual([]);
  });

  it('every citation is the exact slice of the article text it points at, on every news article', () => {
    let checked = 0;
    for (const id of newsArticleIds()) {
      const article = parseText(newsArticle(id));
      for (const event of extractEvents(article)) {
        expect(article.text.slice(event.citation.start, event.citation.end), id).toBe(event.citation.quote);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('every citation is the exact slice of the article text, on every real web page', () => {
    for (const { name, html } of readabilityPages()) {
      const article = parseHtml(html);
      for (const event of extractEvents(article)) {
        expect(article.text.slice(event.citation.start, event.citation.end), name).toBe(event.citation.quote);
      }
    }
  });
});
