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

const NO_SUMS = { linkLength: 0, listLength: 0, headingLength: 0, textishLength: 0 };
type Sums = typeof NO_SUMS;

const EMPTY: Stats = {
  nonSpace: 0,
  runs: 0,
  startsWithSpace: false,
  endsWithSpace: false,
  commas: 0,
  asciiCommas: 0,
  ...NO_SUMS,
};

/** The characters of JavaScript's `\s` (what trim() and innerText's collapsing remove). */
function isSpace(code: number): boolean {
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

function textStats(data: string): Stats {
  if (data === '') return EMPTY;
  let nonSpace = 0;
  let runs = 0;
  let commas = 0;
  let asciiCommas = 0;
  let inSpace = false;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpace(code)) {
      if (!inSpace) runs++;
      inSpace = true;
    } else {
      nonSpace++;
      inSpace = false;
      if (COMMA_CODES.has(code)) commas++;
      if (code === 0x2c) asciiCommas++;
    }
  }
  return {
    nonSpace,
    runs,
    startsWithSpace: isSpace(data.charCodeAt(0)),
    endsWithSpace: inSpace,
    commas,
    asciiCommas,
    ...NO_SUMS,
  };
}

function isEmpty(stats: Stats): boolean {
  return stats.nonSpace === 0 && stats.runs === 0;
}

/** Stats of two texts written one after the other (a run spanning the seam counts once), with `sums`. */
function concat(a: Stats, b: Stats, sums: Sums): Stats {
  if (isEmpty(a)) return { ...b, ...sums };
  if (isEmpty(b)) return { ...a, ...sums };
  return {
    nonSpace: a.nonSpace + b.nonSpace,
    runs: a.runs + b.runs - (a.endsWithSpace && b.startsWithSpace ? 1 : 0),
    startsWithSpace: a.startsWithSpace,
    endsWithSpace: b.endsWithSpace,
    commas: a.commas + b.commas,
    asciiCommas: a.asciiCommas + b.asciiCommas,
    ...sums,
  };
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
    let stats = this.cache.get(node);
    if (stats) return stats;
    stats = EMPTY;
    for (const child of node.children) {
      if (isText(child)) {
        const { linkLength, listLength, headingLength, textishLength } = stats;
        stats = concat(stats, textStats(child.data), {
          linkLength,
          listLength,
          headingLength,
          textishLength,
        });
      } else if (isTag(child)) {
        const childStats = this.of(child);
        const length = innerLengthOf(childStats);
        const name = child.name;
        const href = name === 'a' ? child.attribs.href : undefined;
        const sums: Sums = {
          linkLength:
            stats.linkLength +
            childStats.linkLength +
            (name === 'a' ? length * (href && IN_PAGE_LINK.test(href) ? 0.3 : 1) : 0),
          listLength: stats.listLength + childStats.listLength + (LIST_TAGS.has(name) ? length : 0),
          headingLength:
            stats.headingLength + childStats.headingLength + (HEADING_TAGS.has(name) ? length : 0),
          textishLength:
            stats.textishLength + childStats.textishLength + (TEXTISH_TAGS.has(name) ? length : 0),
        };
        stats = concat(stats, childStats, sums);
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
