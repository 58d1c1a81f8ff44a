import { describe, expect, it } from 'vitest';
import { compilePhrase, matchAt, PhraseIndex } from './phrases.js';
import { tokenize } from './tokens.js';

describe('phrases', () => {
  it('matches a word written as alternatives in exactly those forms, and names it by the first', () => {
    const phrase = compilePhrase('ban|bans|banned|banning ?* ?* ?* export*');
    expect(phrase[0]?.text).toBe('ban');
    expect(matchAt(phrase, tokenize('banned copper exports'), 0)).toBe(3);
    expect(matchAt(phrase, tokenize('bans exports'), 0)).toBe(2);
    expect(matchAt(phrase, tokenize('bank data showed exports'), 0)).toBe(0);
    expect(matchAt(phrase, tokenize('banner sales of exports'), 0)).toBe(0);
  });

  it('indexes a phrase by every alternative of its first word', () => {
    const index = new PhraseIndex<string>();
    index.add(compilePhrase('lift|lifted ?the ban'), 'lift');
    expect(index.findAll(tokenize('Chile lifted the ban')).map((m) => m.start)).toEqual([1]);
    expect(index.findAll(tokenize('Chile will lift the ban')).map((m) => m.start)).toEqual([2]);
  });
});
