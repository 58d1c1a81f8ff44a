/**
 * innerText's length, its commas and its link text, per element, each subtree counted once: the content
 * search asks them of every ancestor of every paragraph, and building the text each time made a page of
 * 150 nested sections around a 2 MB paragraph take seconds. Exact: the same figures as `innerText`.
 */
import { DIV_TO_P_ELEMS } from './content-signals.js';
import { type Element, isTag, isText, type ParentNode } from './dom.js';

interface Stats {
  /** Code units that are not whitespace (`\s`). */
  nonSpace: number;
  /** Maximal runs of whitespace; innerText keeps one character of each run inside the text. */
  runs: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
  /** The characters Readability counts as commas (COMMAS in content-signals). */
  commas: number;
  /** Commas (",") only, as Readability's cleaning counts them. */
  asciiCommas: number;
  /** Sums over descendants of their innerText length: links (in-page # links at 0.3), lists, headings, text blocks. */
  linkLength: number;
  listLength: number;
  headingLength: number;
  textishLength: number;
}

const LIST_TAGS = new Set(['ul', 'ol']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Readability's tags that hold text of their own in `_cleanConditionally` (span, li, td and DIV_TO_P_ELEMS). */
const TEXTISH_TAGS = new Set(['span', 'li', 'td', ...DIV_TO_P_ELEMS]);

function emptyStats(): Stats {
  return {
    nonSpace: 0,
    runs: 0,
    startsWithSpace: false,
    endsWithSpace: false,
    commas: 0,
    asciiCommas: 0,
    linkLength: 0,
    listLength: 0,
    headingLength: 0,
    textishLength: 0,
  };
}

/** The characters of JavaScript's `\s` (what trim() and innerText's collapsing remove). */
function isWhitespace(code: number): boolean {
  // Letters, digits and ASCII punctuation first: they are almost all of any text.
  if (code > 32 && code < 0xa0) return false;
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const COMMA_CODES = new Set([0x2c, 0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c]);

function isEmpty(stats: Stats): boolean {
  return stats.nonSpace === 0 && stats.runs === 0;
}

/**
 * Adds `data`, written after what `stats` counts, to `stats` (a run of whitespace spanning the seam
 * counts once). Figures are added in place: a page has tens of thousands of text nodes.
 */
function appendText(stats: Stats, data: string): void {
  if (data === '') return;
  const wasEmpty = isEmpty(stats);
  let inSpace = stats.endsWithSpace;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isWhitespace(code)) {
      if (!inSpace) stats.runs++;
      inSpace = true;
    } else {
      stats.nonSpace++;
      inSpace = false;
      if (code === 0x2c) {
        stats.commas++;
        stats.asciiCommas++;
      } else if (code >= 0x60c && COMMA_CODES.has(code)) stats.commas++;
    }
  }
  stats.endsWithSpace = inSpace;
  if (wasEmpty) stats.startsWithSpace = isWhitespace(data.charCodeAt(0));
}

/** Adds the text of `child` (written after what `stats` counts) and its sums to `stats`. */
function appendStats(stats: Stats, child: Stats): void {
  stats.linkLength += child.linkLength;
  stats.listLength += child.listLength;
  stats.headingLength += child.headingLength;
  stats.textishLength += child.textishLength;
  if (isEmpty(child)) return;
  if (isEmpty(stats)) stats.startsWithSpace = child.startsWithSpace;
  else if (stats.endsWithSpace && child.startsWithSpace) stats.runs--;
  stats.nonSpace += child.nonSpace;
  stats.runs += child.runs;
  stats.endsWithSpace = child.endsWithSpace;
  stats.commas += child.commas;
  stats.asciiCommas += child.asciiCommas;
}

function innerLengthOf(stats: Stats): number {
  if (stats.nonSpace === 0) return 0;
  return stats.nonSpace + stats.runs - (stats.startsWithSpace ? 1 : 0) - (stats.endsWithSpace ? 1 : 0);
}

const IN_PAGE_LINK = /^#.+/;

/**
 * Per-element text figures. The tree may be rewritten while the cache is in use only by removals that
 * are reported with `removed`, which forgets the figures of the removed element's ancestors.
 */
export class TextStatsCache {
  private readonly cache = new Map<ParentNode, Stats>();

  private of(node: ParentNode): Stats {
    const cached = this.cache.get(node);
    if (cached) return cached;
    const stats = emptyStats();
    for (const child of node.children) {
      if (isText(child)) {
        appendText(stats, child.data);
      } else if (isTag(child)) {
        const childStats = this.of(child);
        appendStats(stats, childStats);
        const name = child.name;
        if (name === 'a') {
          const href = child.attribs.href;
          stats.linkLength += innerLengthOf(childStats) * (href && IN_PAGE_LINK.test(href) ? 0.3 : 1);
        } else if (LIST_TAGS.has(name)) stats.listLength += innerLengthOf(childStats);
        else if (HEADING_TAGS.has(name)) stats.headingLength += innerLengthOf(childStats);
        if (TEXTISH_TAGS.has(name)) stats.textishLength += innerLengthOf(childStats);
      }
    }
    this.cache.set(node, stats);
    return stats;
  }

  /** Forgets what `element`'s removal changes: the figures of the ancestors it had. */
  removed(formerParent: ParentNode | null): void {
    for (let node = formerParent; node && this.cache.delete(node); node = node.parent) {
      // Ancestors were cached after their descendants, so the first one not cached ends the walk.
    }
  }

  /** `innerText(element).length`. */
  innerLength(element: Element): number {
    return innerLengthOf(this.of(element));
  }

  /** `innerText(element).split(COMMAS).length - 1`. */
  commas(element: Element): number {
    return this.of(element).commas;
  }

  /** `innerText(element).split(',').length - 1`. */
  asciiCommas(element: Element): number {
    return this.of(element).asciiCommas;
  }

  /** `linkDensity(element)` of content-signals. */
  linkDensity(element: Element): number {
    const stats = this.of(element);
    const length = innerLengthOf(stats);
    return length === 0 ? 0 : stats.linkLength / length;
  }

  /** Total innerText length of the descendant lists (ul, ol). */
  listLength(element: Element): number {
    return this.of(element).listLength;
  }

  /** `textDensity(element, HEADING_TAGS)` of content-signals. */
  headingDensity(element: Element): number {
    const stats = this.of(element);
    const length = innerLengthOf(stats);
    return length === 0 ? 0 : stats.headingLength / length;
  }

  /** `textDensity(element, TEXTISH_TAGS)` of content-signals, with clean-article's TEXTISH_TAGS. */
  textishDensity(element: Element): number {
    const stats = this.of(element);
    const length = innerLengthOf(stats);
    return length === 0 ? 0 : stats.textishLength / length;
  }
}
