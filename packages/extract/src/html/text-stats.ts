/**
 * innerText's length, its commas and its link text, per element, each subtree counted once: the content
 * search asks them of every ancestor of every paragraph, and building the text each time made a page of
 * 150 nested sections around a 2 MB paragraph take seconds. Exact: the same figures as `innerText`.
 */
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
  /** Sum over descendant links of their innerText length, in-page (#) links at 0.3. */
  linkLength: number;
}

const EMPTY: Stats = {
  nonSpace: 0,
  runs: 0,
  startsWithSpace: false,
  endsWithSpace: false,
  commas: 0,
  linkLength: 0,
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
    }
  }
  return {
    nonSpace,
    runs,
    startsWithSpace: isSpace(data.charCodeAt(0)),
    endsWithSpace: inSpace,
    commas,
    linkLength: 0,
  };
}

function isEmpty(stats: Stats): boolean {
  return stats.nonSpace === 0 && stats.runs === 0;
}

/** Stats of two texts written one after the other (a run spanning the seam counts once). */
function concat(a: Stats, b: Stats, linkLength: number): Stats {
  if (isEmpty(a)) return { ...b, linkLength };
  if (isEmpty(b)) return { ...a, linkLength };
  return {
    nonSpace: a.nonSpace + b.nonSpace,
    runs: a.runs + b.runs - (a.endsWithSpace && b.startsWithSpace ? 1 : 0),
    startsWithSpace: a.startsWithSpace,
    endsWithSpace: b.endsWithSpace,
    commas: a.commas + b.commas,
    linkLength,
  };
}

function innerLengthOf(stats: Stats): number {
  if (stats.nonSpace === 0) return 0;
  return stats.nonSpace + stats.runs - (stats.startsWithSpace ? 1 : 0) - (stats.endsWithSpace ? 1 : 0);
}

const IN_PAGE_LINK = /^#.+/;

/** Per-element text figures for a tree that is not rewritten while the cache is in use. */
export class TextStatsCache {
  private readonly cache = new Map<ParentNode, Stats>();

  private of(node: ParentNode): Stats {
    let stats = this.cache.get(node);
    if (stats) return stats;
    stats = EMPTY;
    for (const child of node.children) {
      if (isText(child)) {
        stats = concat(stats, textStats(child.data), stats.linkLength);
      } else if (isTag(child)) {
        const childStats = this.of(child);
        let linkLength = stats.linkLength + childStats.linkLength;
        if (child.name === 'a') {
          const href = child.attribs.href;
          linkLength += innerLengthOf(childStats) * (href && IN_PAGE_LINK.test(href) ? 0.3 : 1);
        }
        stats = concat(stats, childStats, linkLength);
      }
    }
    this.cache.set(node, stats);
    return stats;
  }

  /** `innerText(element).length`. */
  innerLength(element: Element): number {
    return innerLengthOf(this.of(element));
  }

  /** `innerText(element).split(COMMAS).length - 1`. */
  commas(element: Element): number {
    return this.of(element).commas;
  }

  /** `linkDensity(element)` of content-signals. */
  linkDensity(element: Element): number {
    const stats = this.of(element);
    const length = innerLengthOf(stats);
    return length === 0 ? 0 : stats.linkLength / length;
  }
}
