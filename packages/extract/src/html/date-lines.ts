/**
 * Dates as the reader sees them: the short "Published March 3, 2025" or "3 March 2025 at 10:42" lines next to
 * the headline and byline, and elements marked up as a date (class "date", "posted-on", "published"…).
 * Used when the page's metadata states no publication date.
 */
import {
  type AnyNode,
  type Element,
  type HtmlPage,
  isArticleFooter,
  isTag,
  isText,
  textContent,
} from './dom.js';
import { datesInText } from './published-date.js';

/**
 * Never read: not visible text, or site chrome whose dates belong to other pages (an <article>'s own <footer>,
 * its byline and date, is read).
 */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'select',
  'svg',
  'iframe',
]);
/** Inline elements do not end a line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'em',
  'font',
  'i',
  'label',
  'mark',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
/** How far from the headline a date line may be, in characters of text. */
const AFTER_HEADLINE_CHARS = 1200;
const BEFORE_HEADLINE_CHARS = 400;
/** A date line is short; a date inside a long run of text is part of the story ("On March 3, 2020, …"). */
const MAX_LINE_CHARS = 140;
const UPDATED = /(?:updated|modified|edited|revised|reviewed|refreshed)\b[^\d]{0,24}$/i;
const PUBLISHED = /(?:published|posted|created|released|written|date)\b[^\d]{0,24}$/i;
const DATE_CLASS =
  /(?:^|[\s_-])(?:date|dateline|datetime|published|pubdate|post-?date|posted-?on|entry-date|timestamp|post-meta|article-meta|byline)(?:$|[\s_-])/i;

function namesADate(classOrId: string | undefined): boolean {
  return classOrId !== undefined && classOrId !== '' && DATE_CLASS.test(classOrId);
}

export interface TextPiece {
  text: string;
  /** Characters of text between this piece and the headline (negative before it). */
  offset: number;
  /** Inside an element whose class or id says it holds a date. */
  marked: boolean;
}

export type DateKind = 'published' | 'unmarked' | 'updated';

export interface DateLine {
  date: string;
  kind: DateKind;
  /** Characters of text between the line and the headline (negative before it). */
  offset: number;
  /** The length of the line's text. */
  lineChars: number;
  /** The other reading of an ambiguous numeric date (see DateInText). */
  swapped?: string;
  /** Inside an element whose class or id says it holds a date. */
  marked?: boolean;
  /** Where the date starts in its line. */
  index?: number;
}

/**
 * The dates in short text lines around `headline` (or, without one, in date-marked elements), closest first,
 * each classed by the words before it.
 */
export function dateLines(pieces: readonly TextPiece[], monthFirst: boolean): DateLine[] {
  const lines: (DateLine & { distance: number })[] = [];
  let previous = '';
  for (const piece of pieces) {
    const text = piece.text;
    const lead = previous.slice(-40);
    previous = text;
    if (text.length > MAX_LINE_CHARS && !piece.marked) continue;
    for (const { date, index, swapped } of datesInText(text, monthFirst)) {
      const before = `${lead} ${text.slice(0, index)}`.slice(-40);
      const kind: DateKind = UPDATED.test(before)
        ? 'updated'
        : PUBLISHED.test(before)
          ? 'published'
          : 'unmarked';
      lines.push({
        date,
        kind,
        offset: piece.offset,
        lineChars: text.length,
        marked: piece.marked,
        index,
        ...(swapped ? { swapped } : {}),
        distance: Math.abs(piece.offset) + (piece.offset < 0 ? 200 : 0),
      });
    }
  }
  return lines.sort((a, b) => a.distance - b.distance);
}

/** The short lines of text around the headline (or date-marked ones when there is none), in document order. */
export function linesNearHeadline(page: HtmlPage, headline: Element | null): TextPiece[] {
  if (headline) {
    // The text before the headline's <article> or <main> is the site's header and menus: not walked.
    for (let node = headline.parent; node && isTag(node); node = node.parent) {
      if (STORY_TAGS.has(node.name)) return collectPieces([node], headline);
    }
  }
  const bodies = pageBodies(page);
  return bodies.length ? collectPieces(bodies, headline) : [];
}

const STORY_TAGS = new Set(['article', 'main']);

/**
 * The page's <body> elements: a page may open a second one (the parser keeps both as children of <html>),
 * and its text is the page's as much as the first's. Bodies inside another one are read with it.
 */
export function pageBodies(page: HtmlPage): Element[] {
  const bodies = page.elements('body');
  if (bodies.length < 2) return [...bodies];
  return bodies.filter((body) => {
    for (let node = body.parent; node && isTag(node); node = node.parent)
      if (node.name === 'body') return false;
    return true;
  });
}

/** The end of an element in collectPieces' walk: one shared instance per combination. */
class Closing {
  private static readonly all = [false, true].flatMap((inline) =>
    [false, true].map((marked) => new Closing(inline, marked)),
  );
  private constructor(
    readonly inline: boolean,
    readonly marked: boolean,
  ) {}
  static of(inline: boolean, marked: boolean): Closing {
    return Closing.all[(inline ? 2 : 0) + (marked ? 1 : 0)] as Closing;
  }
}

/**
 * Every line of the body's text in document order (the last resort when nothing by the headline has a
 * date, and where author boxes are looked for).
 */
export function allLines(page: HtmlPage): TextPiece[] {
  const bodies = pageBodies(page);
  return bodies.length ? collectPieces(bodies, null, true) : [];
}

/**
 * Text pieces in document order near the headline. A piece is the text of one block (text nodes joined
 * until the next element boundary that is not inline), so "Published" and its date in separate <span>s read
 * as one line.
 */
function collectPieces(
  bodies: readonly Element[],
  headline: Element | null,
  everything = false,
): TextPiece[] {
  const pieces: { text: string; position: number; marked: boolean }[] = [];
  let position = 0;
  let headlinePosition = headline ? -1 : 0;
  let current = '';
  let currentMarked = false;
  const flush = () => {
    // Most block ends close nothing new (nested blocks): no text to read.
    if (current === '') {
      currentMarked = false;
      return;
    }
    // Only what changes is replaced (runs, and whitespace other than a space): a text of megabytes has a
    // million single spaces, each of which /\s+/g copied into a new string.
    const text = current.replace(/\s{2,}|[^\S ]/g, ' ').trim();
    if (text) pieces.push({ text, position, marked: currentMarked });
    position += text.length;
    current = '';
    currentMarked = false;
  };
  // Depth-first without recursion; a marker closes an element, and says whether it was inline and marked.
  const stack: (AnyNode | Closing)[] = [];
  for (let b = bodies.length - 1; b >= 0; b--) {
    const children = (bodies[b] as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  let openMarked = 0;
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode | Closing;
    if (node instanceof Closing) {
      if (!node.inline) flush();
      else current += ' ';
      if (node.marked) openMarked--;
      continue;
    }
    if (isText(node)) {
      current += node.data;
      if (openMarked > 0) currentMarked = true;
      continue;
    }
    if (!isTag(node) || (SKIPPED.has(node.name) && !isArticleFooter(node))) continue;
    if (headline && node === headline) {
      flush();
      headlinePosition = position;
      position += textContent(node).length;
      continue;
    }
    if (!everything && headlinePosition >= 0 && position - headlinePosition > AFTER_HEADLINE_CHARS) break;
    const marked = namesADate(node.attribs.class) || namesADate(node.attribs.id);
    const inline = INLINE.has(node.name);
    // Inline elements join their line with a space: "Filed under<span>March 3, 2025</span>" reads as two words.
    if (!inline) flush();
    else current += ' ';
    if (marked) openMarked++;
    stack.push(Closing.of(inline, marked));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  flush();
  if (headlinePosition < 0) return [];
  return pieces
    .map((piece) => ({ text: piece.text, offset: piece.position - headlinePosition, marked: piece.marked }))
    .filter((piece) =>
      everything
        ? true
        : headline
          ? piece.offset >= -BEFORE_HEADLINE_CHARS && piece.offset <= AFTER_HEADLINE_CHARS
          : piece.marked,
    );
}
