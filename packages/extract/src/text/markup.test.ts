import { describe, expect, it } from 'vitest';
import { withoutMarkup } from './markup.js';

describe('withoutMarkup', () => {
  it('keeps a link label and blanks its address, keeping every offset', () => {
    const text = 'Peru announced [new copper tariffs](https://example.org/a_(b)/c) on Monday.';
    const plain = withoutMarkup(text);
    expect(plain).toHaveLength(text.length);
    expect(plain.replace(/\s+/g, ' ')).toBe('Peru announced new copper tariffs on Monday.');
    expect(plain.indexOf('Monday')).toBe(text.indexOf('Monday'));
  });

  it('blanks a link title too', () => {
    const text = `Peru [said](https://example.org/a "said") and [added](https://example.org/b 'more') it.`;
    const plain = withoutMarkup(text);
    expect(plain).toHaveLength(text.length);
    expect(plain.replace(/\s+/g, ' ')).toBe('Peru said and added it.');
  });

  it('blanks bare addresses and leaves text without markup as it is', () => {
    expect(withoutMarkup('See https://example.org/tariffs-steel for more.').replace(/\s+/g, ' ')).toBe(
      'See for more.',
    );
    const prose = 'Brackets [sic] and (asides) stay.';
    expect(withoutMarkup(prose)).toBe(prose);
  });
});
