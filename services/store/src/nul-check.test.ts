import { describe, expect, it } from 'vitest';
import { nulField } from './nul-check.js';

describe('nulField', () => {
  it('names the first field holding a NUL, inside objects and arrays', () => {
    expect(nulField({ article: { title: 'ok', text: 'a\u0000b' } })).toBe('article.text');
    expect(nulField({ events: [{ quote: 'fine' }, { quote: '\u0000' }] })).toBe('events.1.quote');
    expect(nulField('\u0000')).toBe('(payload)');
  });

  it('passes payloads without one, whatever else they hold', () => {
    expect(nulField({ a: 1, b: null, c: [true, 'text\t\n'], d: { e: undefined } })).toBeNull();
  });
});
