/**
 * The bounded text helpers of issue 13 give exactly what the unbounded ones give, within their bounds:
 * `innerTextUpTo` (headings compared with the title) and `wordCount` (the page-type figures).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnyNode,
  descendantsByTag,
  innerText,
  innerTextUpTo,
  isTag,
  isText,
  parseHtmlPage,
} from './dom.js';
import { wordCount } from './page-type.js';

const TAGS = ['h1', 'h2', 'div', 'span', 'a', 'p'];

const piece = fc.oneof(
  fc.constantFrom(...TAGS).map((name) => `<${name}>`),
  fc.constantFrom(...TAGS).map((name) => `</${name}>`),
  fc.constantFrom(' ', '  \n\t ', '\u00a0', '\n', 'word', 'Tariffs rise', '<br>', '<!-- c -->'),
  fc.string({ maxLength: 12 }),
);

/** innerText with each <br> read as a space: the reference innerTextUpTo keeps to. */
function textWithBreaks(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.name === 'br') return ' ';
  return node.children.map(textWithBreaks).join('');
}

describe('innerTextUpTo', () => {
  it('is innerText (a <br> read as a space) when that has at most maxChars characters, else null', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), (pieces, max) => {
        const page = parseHtmlPage(pieces.join(''));
        for (const element of descendantsByTag(page.document, new Set(TAGS))) {
          const full = textWithBreaks(element)
            .trim()
            .replace(/\s{2,}/g, ' ');
          // The generated trees stay far below the node and raw-text bounds.
          expect(innerTextUpTo(element, max)).toBe(full.length <= max ? full : null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not build the text of a long subtree', () => {
    const page = parseHtmlPage(`<h1>Heading <span>${'words and more words '.repeat(50_000)}</span></h1>`);
    const h1 = page.elements('h1')[0];
    if (!h1) throw new Error('no h1');
    expect(innerTextUpTo(h1, 300)).toBeNull();
    expect(innerTextUpTo(h1, 2_000_000, 10, 10_000_000)?.startsWith('Heading words')).toBe(true);
    // Whitespace collapses as innerText collapses it, across text nodes.
    const spaced = parseHtmlPage(`<h1>  A ${' \n '.repeat(1000)}<b> \n B</b>\tC  </h1>`).elements('h1')[0];
    if (!spaced) throw new Error('no h1');
    expect(innerTextUpTo(spaced, 10)).toBe(innerText(spaced));
  });
});

/** The definition wordCount keeps: runs of letters, digits and "_", CJK and Thai runs at two characters a word. */
function referenceWordCount(text: string): number {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
  let count = 0;
  for (const token of text.match(/[\p{L}\p{N}_]+/gu) ?? []) {
    count += cjk.test(token) ? Math.max(1, Math.round(token.length / 2)) : 1;
  }
  return count;
}

describe('wordCount', () => {
  it('counts as the regular expressions do, in any script', () => {
    const word = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom(
        '日本語の',
        'テスト',
        '中文abc',
        'ภาษาไทย',
        'ที่',
        '한국어',
        'Ａ１',
        '𠀀𠀁',
        'x_1',
        '–',
        '\u00a0',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const text = words.join(words.length % 2 ? ' ' : '');
        expect(wordCount(text)).toBe(referenceWordCount(text));
      }),
      { numRuns: 500 },
    );
  });
});
