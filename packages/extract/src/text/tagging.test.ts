import { describe, expect, it } from 'vitest';
import { isVerbWord } from './tagging.js';

describe('isVerbWord', () => {
  it('knows verb forms from the lexicon, and nothing it cannot look up', () => {
    expect(isVerbWord('take')).toBe(true);
    expect(isVerbWord('Took')).toBe(true);
    expect(isVerbWord('effect')).toBe(false);
    expect(isVerbWord('concentrated')).toBe(false);
    expect(isVerbWord('yarn')).toBe(false);
  });
});
