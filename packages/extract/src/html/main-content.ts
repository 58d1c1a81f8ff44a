/**
 * Finds the element holding the article's main text: Readability's `_grabArticle`, ported to the
 * htmlparser2 tree. Paragraph-like elements are scored (length, commas), their scores flow to parent and
 * grandparent, the best-scoring ancestor wins, and related siblings are pulled in.
 */
import { cleanArticle } from './clean-article.js';
import {
  BYLINE,
  classWeight,
  hasAncestorTag,
  hasChildBlockElement,
  hasSingleTagInside,
  isElementWithoutContent,
  isPhrasingContent,
  isProbablyVisible,
  isWhitespace,
  linkDensity,
  MAYBE_A_CANDIDATE,
  similarityTo,
  UNLIKELY_CANDIDATES,
  UNLIKELY_ROLES,
} from './content-signals.js';
import {
  type AnyNode,
  ancestors,
  attr,
  classAndId,
  createElement,
  DetachedNodes,
  type Document,
  type Element,
  elementChildren,
  innerText,
  innerTextUpTo,
  isTag,
  moveAllInto,
  moveInto,
  nextNodeInOrder,
  type PageTree,
  textContent,
} from './dom.js';
import { MAX_COMPARED_TITLE_CHARS } from './limits.js';
import { TextStatsCache } from './text-stats.js';

/** Which of Readability's filters are on; they are switched off one by one when too little text is found. */
export interface ContentFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

export interface GrabContext {
  /** The metadata title, used to drop a heading that merely repeats it. */
  title: string;
  /** A byline already known from metadata; when absent, the first byline-looking element is taken. */
  byline: string | null;
}

export interface GrabbedContent {
  content: Element;
  textLength: number;
  /** Byline read from the page body, if one was found (and removed from the content). */
  byline: string | null;
}

const TAGS_TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const EMPTY_REMOVABLE = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const KEPT_SIBLING_TAGS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
const TOP_CANDIDATE_COUNT = 5;
const MINIMUM_AGREEING_CANDIDATES = 3;
const MIN_PARAGRAPH_CHARS = 25;

/** Content scores, kept beside the tree rather than on its nodes. */
type Scores = Map<Element, number>;

function initialScore(element: Element, flags: ContentFlags): number {
  let score = 0;
  switch (element.name) {
    case 'div':
      score = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      score = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score = -5;
      break;
  }
  return score + (flags.weightClasses ? classWeight(element) : 0);
}

function isValidByline(element: Element, matchString: string): boolean {
  const itemprop = attr(element, 'itemprop');
  if (attr(element, 'rel') !== 'author' && !itemprop?.includes('author') && !BYLINE.test(matchString))
    return false;
  const length = textContent(element).trim().length;
  return length > 0 && length < 100;
}

/** The author name inside a byline element ([itemprop=name]) if marked up, else the whole byline. */
function bylineText(element: Element): string {
  const name = findDescendant(element, (node) => attr(node, 'itemprop')?.includes('name') ?? false);
  return textContent(name ?? element).trim();
}

function findDescendant(root: Element, predicate: (element: Element) => boolean): Element | null {
  for (const child of root.children) {
    if (!isTag(child)) continue;
    if (predicate(child)) return child;
    const found = findDescendant(child, predicate);
    if (found) return found;
  }
  return null;
}

function isHeading(element: Element): boolean {
  return element.name === 'h1' || element.name === 'h2';
}

/**
 * Walks the page once: removes hidden, unlikely and empty elements, takes the byline, turns
 * <div>s that are really paragraphs into <p>, and collects the elements to score.
 */
function prepareAndCollect(
  page: Element,
  flags: ContentFlags,
  context: GrabContext,
  found: { byline: string | null },
): Element[] {
  const elementsToScore: Element[] = [];
  // The walk goes by sibling pointers, so removals can wait and be done in one pass per parent: one by
  // one, each costs the number of siblings, quadratic for a page of thousands of empty or hidden blocks.
  const detached = new DetachedNodes();
  let shouldRemoveTitleHeader = true;
  // A title too long to be a heading's is not compared (nor its words read, once per attempt).
  const titleSimilarity =
    context.title.length <= MAX_COMPARED_TITLE_CHARS ? similarityTo(context.title) : () => 0;
  let node: Element | null = page;

  while (node) {
    const matchString = classAndId(node);

    if (
      !isProbablyVisible(node) ||
      (attr(node, 'aria-modal') === 'true' && attr(node, 'role') === 'dialog')
    ) {
      node = removeAndGetNext(node, detached);
      continue;
    }

    if (!found.byline && !context.byline && isValidByline(node, matchString)) {
      found.byline = bylineText(node);
      node = removeAndGetNext(node, detached);
      continue;
    }

    if (shouldRemoveTitleHeader && isHeading(node) && isTitleHeading(node, titleSimilarity)) {
      shouldRemoveTitleHeader = false;
      node = removeAndGetNext(node, detached);
      continue;
    }

    if (flags.stripUnlikely) {
      if (
        UNLIKELY_CANDIDATES.test(matchString) &&
        !MAYBE_A_CANDIDATE.test(matchString) &&
        !hasAncestorTag(node, 'table') &&
        !hasAncestorTag(node, 'code') &&
        node.name !== 'body' &&
        node.name !== 'a'
      ) {
        node = removeAndGetNext(node, detached);
        continue;
      }
      const role = attr(node, 'role');
      if (role && UNLIKELY_ROLES.has(role)) {
        node = removeAndGetNext(node, detached);
        continue;
      }
    }

    if (EMPTY_REMOVABLE.has(node.name) && isElementWithoutContent(node)) {
      node = removeAndGetNext(node, detached);
      continue;
    }

    if (TAGS_TO_SCORE.has(node.name)) elementsToScore.push(node);

    if (node.name === 'div') {
      wrapPhrasingRuns(node);
      // Sites that wrap each paragraph in its own <div> would otherwise confuse the scoring.
      const onlyChild = elementChildren(node)[0];
      if (onlyChild && hasSingleTagInside(node, 'p') && linkDensity(node) < 0.25) {
        // In the parent's children at the end of the walk: one by one, each costs the number of siblings.
        detached.replace(node, onlyChild);
        node = onlyChild;
        elementsToScore.push(node);
      } else if (!hasChildBlockElement(node)) {
        node.name = 'p';
        elementsToScore.push(node);
      }
    }
    node = nextNodeInOrder(node);
  }
  detached.flush();
  return elementsToScore;
}

/**
 * A heading longer than this is not the title repeated, and its text is not built: hostile pages nest
 * thousands of <h1>s, and building each one's text made every content-search attempt quadratic.
 */
const MAX_TITLE_HEADING_CHARS = 2000;

/** Whether a heading repeats the title (Readability's check; whitespace does not change the words). */
function isTitleHeading(heading: Element, titleSimilarity: (text: string) => number): boolean {
  const text = innerTextUpTo(heading, MAX_TITLE_HEADING_CHARS);
  return text !== null && titleSimilarity(text) > 0.75;
}

/** Removes `node` (its removal from its parent's children waits for the end of the walk) and goes on. */
function removeAndGetNext(node: Element, detached: DetachedNodes): Element | null {
  const next = nextNodeInOrder(node, true);
  detached.detach(node);
  return next;
}

/**
 * Puts each run of phrasing content directly inside a <div> into its own <p> (whitespace ending a run that
 * a block ends is dropped). The children are rebuilt in one pass: moved one by one, each move cost the
 * number of children, quadratic for a <div> of thousands of lines and <br>s.
 */
function wrapPhrasingRuns(div: Element): void {
  const children: AnyNode[] = [];
  let paragraph: AnyNode[] | null = null;
  let changed = false;
  const endParagraph = (trim: boolean) => {
    if (!paragraph) return;
    while (trim && paragraph.length > 0 && isWhitespace(paragraph[paragraph.length - 1] as AnyNode)) {
      const dropped = paragraph.pop() as AnyNode;
      dropped.parent = null;
      dropped.prev = null;
      dropped.next = null;
    }
    const element = createElement('p');
    linkChildren(element, paragraph);
    children.push(element);
    paragraph = null;
  };
  for (const child of div.children) {
    if (isPhrasingContent(child)) {
      if (paragraph) {
        paragraph.push(child);
        continue;
      }
      if (!isWhitespace(child)) {
        paragraph = [child];
        changed = true;
        continue;
      }
    } else {
      endParagraph(true);
    }
    children.push(child);
  }
  endParagraph(false);
  if (changed) linkChildren(div, children);
}

/** Makes `nodes`, in order, the children of `parent`. */
function linkChildren(parent: Element, nodes: AnyNode[]): void {
  nodes.forEach((node, index) => {
    node.parent = parent;
    node.prev = nodes[index - 1] ?? null;
    node.next = nodes[index + 1] ?? null;
  });
  parent.children = nodes as typeof parent.children;
}

/** Scores each paragraph and adds the score to its ancestors (divided by distance); returns the candidates. */
function scoreParagraphs(
  elementsToScore: Element[],
  scores: Scores,
  flags: ContentFlags,
  text: TextStatsCache,
): Element[] {
  const candidates: Element[] = [];
  for (const element of elementsToScore) {
    if (!element.parent || !isTag(element.parent)) continue;
    const length = text.innerLength(element);
    if (length < MIN_PARAGRAPH_CHARS) continue;
    const elementAncestors = ancestors(element, 5);
    if (elementAncestors.length === 0) continue;

    // 1 + the number of comma-separated parts + a point per 100 characters (at most 3).
    const contentScore = 1 + (text.commas(element) + 1) + Math.min(Math.floor(length / 100), 3);

    elementAncestors.forEach((ancestor, level) => {
      if (!isTag(ancestor) || !ancestor.parent || !isTag(ancestor.parent)) return;
      if (!scores.has(ancestor)) {
        scores.set(ancestor, initialScore(ancestor, flags));
        candidates.push(ancestor);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + contentScore / divider);
    });
  }
  return candidates;
}

function bestCandidates(candidates: Element[], scores: Scores, text: TextStatsCache): Element[] {
  const top: Element[] = [];
  for (const candidate of candidates) {
    const score = (scores.get(candidate) ?? 0) * (1 - text.linkDensity(candidate));
    scores.set(candidate, score);
    for (let t = 0; t < TOP_CANDIDATE_COUNT; t++) {
      const other = top[t];
      if (!other || score > (scores.get(other) ?? 0)) {
        top.splice(t, 0, candidate);
        if (top.length > TOP_CANDIDATE_COUNT) top.pop();
        break;
      }
    }
  }
  return top;
}

function scoreOf(scores: Scores, element: Element, flags: ContentFlags): number {
  let score = scores.get(element);
  if (score === undefined) {
    score = initialScore(element, flags);
    scores.set(element, score);
  }
  return score;
}

/**
 * Moves up from the best candidate when the evidence says the article is bigger: when several
 * near-best candidates share an ancestor, when a parent scores higher, or when the candidate is an only child.
 */
function refineTopCandidate(top: Element[], page: Element, scores: Scores, flags: ContentFlags): Element {
  let topCandidate = top[0] as Element;
  const topScore = scores.get(topCandidate) ?? 0;
  const alternativeAncestors: Set<unknown>[] = [];
  for (const candidate of top.slice(1)) {
    if ((scores.get(candidate) ?? 0) / topScore >= 0.75)
      alternativeAncestors.push(new Set(ancestors(candidate)));
  }
  if (alternativeAncestors.length >= MINIMUM_AGREEING_CANDIDATES) {
    let parent = topCandidate.parent;
    while (parent && isTag(parent) && parent !== page) {
      const agreeing = alternativeAncestors.filter((list) => list.has(parent)).length;
      if (agreeing >= MINIMUM_AGREEING_CANDIDATES) {
        topCandidate = parent;
        break;
      }
      parent = parent.parent;
    }
  }
  scoreOf(scores, topCandidate, flags);

  let parent = topCandidate.parent;
  let lastScore = scores.get(topCandidate) ?? 0;
  const scoreThreshold = lastScore / 3;
  while (parent && isTag(parent) && parent !== page) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) {
      parent = parent.parent;
      continue;
    }
    if (parentScore < scoreThreshold) break;
    if (parentScore > lastScore) {
      topCandidate = parent;
      break;
    }
    lastScore = parentScore;
    parent = parent.parent;
  }

  parent = topCandidate.parent;
  while (parent && isTag(parent) && parent !== page && elementChildren(parent).length === 1) {
    topCandidate = parent;
    parent = topCandidate.parent;
  }
  scoreOf(scores, topCandidate, flags);
  return topCandidate;
}

const SENTENCE_END = /\.( |$)/;

/** The top candidate and those of its siblings that look like part of the same article. */
function siblingsToGather(topCandidate: Element, scores: Scores): Element[] {
  const topScore = scores.get(topCandidate) ?? 0;
  const siblingScoreThreshold = Math.max(10, topScore * 0.2);
  const parent = topCandidate.parent;
  const siblings = parent ? elementChildren(parent) : [topCandidate];
  const topClass = topCandidate.attribs.class ?? '';

  const appended: Element[] = [];
  for (const sibling of siblings) {
    let append = sibling === topCandidate;
    if (!append) {
      const bonus = topClass !== '' && (sibling.attribs.class ?? '') === topClass ? topScore * 0.2 : 0;
      const siblingScore = scores.get(sibling);
      if (siblingScore !== undefined && siblingScore + bonus >= siblingScoreThreshold) {
        append = true;
      } else if (sibling.name === 'p') {
        const density = linkDensity(sibling);
        const text = innerText(sibling);
        append =
          (text.length > 80 && density < 0.25) ||
          (text.length < 80 && text.length > 0 && density === 0 && SENTENCE_END.test(text));
      }
    }
    if (append) appended.push(sibling);
  }
  return appended;
}

/** Moves the gathered elements into a new <div>, the article's content. */
function gather(appended: Element[]): Element {
  const articleContent = createElement('div');
  // Unusual block tags (form, td…) become <div> so that cleaning does not drop them by accident.
  for (const element of appended) if (!KEPT_SIBLING_TAGS.has(element.name)) element.name = 'div';
  // Moved together: a page can have thousands of siblings, and each move alone costs their number.
  moveAllInto(articleContent, appended);
  return articleContent;
}

/** Most of what <main> holds besides the article is links (menus, sidebars); an <article> holds fewer. */
const MAX_WIDENED_LINK_DENSITY: Record<string, number> = { article: 0.3, main: 0.1 };
/** Below this share of the paragraph text of its <article> or <main>, a candidate missed the article. */
const MIN_PARAGRAPH_SHARE = 0.5;

/**
 * The enclosing <article> (else <main>) instead of the candidate when the candidate holds less than half of
 * its paragraph text: the article's sections are siblings that scored apart ("What is it?", "Progress",
 * "Thanks"), and the search took one of them. Not when the enclosing element is mostly links.
 */
function widenToArticle(
  gathered: Element[],
  page: Element,
  paragraphs: readonly Element[],
  text: TextStatsCache,
): Element[] {
  const candidate = gathered[0] as Element;
  let container: Element | null = null;
  for (let node = candidate.parent; node && isTag(node) && node !== page; node = node.parent) {
    if (node.name === 'article' || node.name === 'main') {
      container = node;
      break;
    }
  }
  if (!container || text.linkDensity(container) >= (MAX_WIDENED_LINK_DENSITY[container.name] ?? 0)) {
    return gathered;
  }
  const chosen = new Set<AnyNode>(gathered);
  let inCandidate = 0;
  let inContainer = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.name !== 'p' && paragraph.name !== 'pre') continue;
    let inside = false;
    for (let node = paragraph.parent; node && isTag(node); node = node.parent) {
      if (chosen.has(node)) inCandidate += text.innerLength(paragraph);
      if (node === container) {
        inside = true;
        break;
      }
    }
    if (inside) inContainer += text.innerLength(paragraph);
  }
  return inCandidate < MIN_PARAGRAPH_SHARE * inContainer ? [container] : gathered;
}

/** One pass of the content search on a freshly parsed and prepared document. */
export function grabArticle(tree: PageTree, flags: ContentFlags, context: GrabContext): GrabbedContent {
  const html = tree.html;
  const page = tree.body ?? html ?? wrapRoot(tree.document);
  const found = { byline: null as string | null };
  const elementsToScore = prepareAndCollect(html ?? page, flags, context, found);

  const scores: Scores = new Map();
  // The tree is not rewritten from here until the siblings are gathered, so text figures can be cached.
  const text = new TextStatsCache();
  const candidates = scoreParagraphs(elementsToScore, scores, flags, text);
  const top = bestCandidates(candidates, scores, text);

  let articleContent: Element;
  const best = top[0];
  if (!best || best === page) {
    // No usable candidate: take the whole page, text directly in <body> included.
    articleContent = createElement('div');
    moveAllInto(articleContent, [...page.children]);
    moveInto(page, articleContent);
    scores.set(articleContent, initialScore(articleContent, flags));
  } else {
    const topCandidate = refineTopCandidate(top, page, scores, flags);
    articleContent = gather(
      widenToArticle(siblingsToGather(topCandidate, scores), page, elementsToScore, text),
    );
  }

  // Nothing has changed the figures of the elements inside the content since they were counted: moving
  // them changed only their new parent's, which was never counted.
  cleanArticle(articleContent, flags, text);
  return { content: articleContent, textLength: innerText(articleContent).length, byline: found.byline };
}

/** A page without <html>/<body> (a fragment): give its top-level nodes a common parent to act as the body. */
function wrapRoot(document: Document): Element {
  const body = createElement('body');
  moveAllInto(body, [...document.children]);
  moveInto(document, body);
  return body;
}
