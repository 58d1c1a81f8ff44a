import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkDensity, textDensity } from './content-signals.js';
import { descendantsByTag, type Element, innerText, parseHtmlPage } from './dom.js';
import { TextStatsCache } from './text-stats.js';

const TEXTISH = new Set([
  'span',
  'li',
  'td',
  'blockquote',
  'dl',
  'div',
  'img',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const piece = fc.oneof(
  fc.constantFrom('div', 'p', 'span', 'a', 'ul', 'li', 'h2', 'td').map((name) => `<${name}>`),
  fc.constantFrom('div', 'p', 'span', 'a', 'ul', 'li', 'h2', 'td').map((name) => `</${name}>`),
  fc.constantFrom('<a href="#top">', '<a href="/x">', '<br>', ' ', '  \n\t ', '\u00a0', ', ', '，', 'word'),
  fc.string({ maxLength: 12 }),
);

/** The elements of a generated page, in document order. */
function elementsOf(html: string): Element[] {
  const page = parseHtmlPage(html);
  return descendantsByTag(page.document, new Set(['div', 'p', 'span', 'a', 'ul', 'li', 'h2', 'td']));
}

describe('TextStatsCache', () => {
  it('gives exactly what building the text gives, on any tree', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = new TextStatsCache();
        for (const element of elementsOf(pieces.join(''))) {
          const inner = innerText(element);
          expect(text.innerLength(element)).toBe(inner.length);
          expect(text.asciiCommas(element)).toBe(inner.split(',').length - 1);
          expect(text.commas(element)).toBe(
            inner.split(/\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/).length - 1,
          );
          expect(text.linkDensity(element)).toBeCloseTo(linkDensity(element), 9);
          expect(text.textishDensity(element)).toBeCloseTo(textDensity(element, TEXTISH), 9);
          expect(text.headingDensity(element)).toBeCloseTo(textDensity(element, HEADINGS), 9);
          let listLength = 0;
          for (const list of descendantsByTag(element, new Set(['ul', 'ol'])))
            listLength += innerText(list).length;
          expect(text.listLength(element)).toBe(listLength);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('forgets the figures of the ancestors of a removed element', () => {
    const [outer] = elementsOf('<div><p>one two</p><p>three</p></div>');
    const text = new TextStatsCache();
    expect(text.innerLength(outer as Element)).toBe('one twothree'.length);
    const second = (outer as Element).children[1] as Element;
    (outer as Element).children.splice(1, 1);
    second.parent = null;
    text.removed(outer as Element);
    expect(text.innerLength(outer as Element)).toBe('one two'.length);
  });
});
