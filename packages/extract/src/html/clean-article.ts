/**
 * Strips the boilerplate that survives inside the chosen content (forms, share bars, link lists,
 * embeds, low-value tables and divs): Readability's `_prepArticle`, minus the steps that only affect
 * markup we never output (styles, image attributes, class names).
 */
import {
  AD_WORDS,
  classWeight,
  DIV_TO_P_ELEMS,
  hasAncestorTag,
  LOADING_WORDS,
  SHARE_ELEMENTS,
  VIDEO_HOSTS,
} from './content-signals.js';
import {
  attr,
  classAndId,
  descendantsByTag,
  type Element,
  elementChildren,
  hasDescendantWithTag,
  innerText,
  isTag,
  nextElementSibling,
  nextNodeInOrder,
  removeNode,
  textContent,
} from './dom.js';
import type { ContentFlags } from './main-content.js';
import { TextStatsCache } from './text-stats.js';

const SHARE_ELEMENT_MAX_CHARS = 500;
/** Removed (video embeds aside) in one walk each: which is removed does not depend on what else is. */
const ALWAYS_REMOVED_BEFORE_SHARE = new Set(['object', 'embed', 'footer', 'link', 'aside']);
const ALWAYS_REMOVED_AFTER_SHARE = new Set(['iframe', 'input', 'textarea', 'select', 'button']);
const EMBED_TAGS = new Set(['object', 'embed', 'iframe']);
/** Longer than any word AD_WORDS or LOADING_WORDS match ("advertisement", "chargement…"). */
const MAX_AD_WORDS_CHARS = 40;

/**
 * Removes what is not the article from `content`. `text` holds the text figures of elements inside it,
 * counted by the content search on the same tree: every removal here forgets the figures it changes, so
 * that each judgement reads figures counted once, not once per judgement (cubic in the depth) or once per
 * pass.
 */
export function cleanArticle(
  content: Element,
  flags: ContentFlags,
  text: TextStatsCache = new TextStatsCache(),
): void {
  const dataTables = findDataTables(content);
  const weightOf = (element: Element) => (flags.weightClasses ? classWeight(element) : 0);
  const cleanConditionally = (tag: string) => {
    if (!flags.cleanConditionally) return;
    removeMatching(content, tag, (node) => isFluff(node, tag, dataTables, weightOf, text), text);
  };

  cleanConditionally('form');
  cleanConditionally('fieldset');
  removeMatching(content, ALWAYS_REMOVED_BEFORE_SHARE, isNotVideoEmbed, text);

  // Share bars are removed inside the top-level blocks only, so a top block named "share" survives.
  for (const block of elementChildren(content)) removeShareElements(block, text);

  removeMatching(content, ALWAYS_REMOVED_AFTER_SHARE, isNotVideoEmbed, text);
  removeMatching(content, new Set(['h1', 'h2']), (heading) => weightOf(heading) < 0, text);

  cleanConditionally('table');
  cleanConditionally('ul');
  cleanConditionally('div');

  removeTablesOfContents(content);
  removeRelatedLinks(content);
  removeReaderChrome(content);
}

/** The label over a box of links to other posts: "Related articles", "You might also like", "Also in the news". */
const RELATED_LABEL =
  /^(?:also in the news|related (?:posts|articles|stories|reading|content|news)|you (?:may|might) also like|more (?:stories|news|articles|posts)(?: from .*)?|recommended (?:for you|reading|articles)|latest (?:news|posts|articles|stories)|popular (?:posts|articles|stories)|trending (?:now|stories)|what to read next|other (?:stories|articles|posts))\s*[:.]?$/i;
const MAX_RELATED_LABEL_CHARS = 40;
const MAX_RELATED_SHARE = 0.6;
const RELATED_LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b']);

/**
 * A label for other posts ("Related articles") and what follows it in its box: links to the site's other
 * pages, not the article. The box is the label's following siblings, at the first level up that has any.
 */
function removeRelatedLinks(content: Element): void {
  for (const label of descendantsByTag(content, RELATED_LABEL_TAGS)) {
    if (!label.parent) continue;
    const text = innerText(label).trim();
    if (text.length > MAX_RELATED_LABEL_CHARS || !RELATED_LABEL.test(text)) continue;
    let level: Element = label;
    while (level.parent && level.parent !== content && followingElements(level).length === 0)
      level = level.parent as Element;
    const box = followingElements(level);
    const boxChars = box.reduce((sum, element) => sum + innerText(element).length, 0);
    // A box that holds most of the text is the article itself, under a label of the page's layout.
    if (box.length === 0 || boxChars > MAX_RELATED_SHARE * innerText(content).length) continue;
    for (const element of box) removeNode(element);
    // The label goes with the wrappers that hold nothing else.
    removeNode(innerText(level).trim() === text ? level : label);
  }
}

function followingElements(element: Element): Element[] {
  const found: Element[] = [];
  for (let next = nextElementSibling(element); next; next = nextElementSibling(next)) found.push(next);
  return found;
}

/** The label over a table of contents: "Table of contents", "Contents", "On this page", "In this article". */
const TOC_LABEL =
  /^(?:table of contents|contents|on this page|in this (?:article|post|guide|page)|jump to|skip to|quick links)\s*:?$/i;
const MAX_TOC_LABEL_CHARS = 40;
/** Nearly all of a table of contents' text is its links (numbering and spaces aside). */
const MIN_TOC_LINK_SHARE = 0.8;

/**
 * A list of links to the page's own sections (every item a link to "#…") is a table of contents: the
 * reader's navigation, not the article's text. Its label goes with it.
 */
function removeTablesOfContents(content: Element): void {
  removeMatching(content, new Set(['ul', 'ol']), (list) => {
    if (!isTableOfContents(list)) return false;
    let label = list.prev;
    while (label && label.type === 'text' && textContent(label).trim() === '') label = label.prev;
    if (label && label.type === 'tag') {
      const text = innerText(label as Element).trim();
      if (text.length <= MAX_TOC_LABEL_CHARS && TOC_LABEL.test(text)) removeNode(label as Element);
    }
    return true;
  });
}

function isTableOfContents(list: Element): boolean {
  const items = descendantsByTag(list, 'li');
  if (items.length < 2) return false;
  let linked = 0;
  for (const link of descendantsByTag(list, 'a')) {
    const href = attr(link, 'href') ?? '';
    if (!href.startsWith('#') || href.length < 2) return false;
    linked += innerText(link).length;
  }
  const length = innerText(list).length;
  return length > 0 && linked / length >= MIN_TOC_LINK_SHARE;
}

/** The box about the writer, at the end of a post ("Jane Roe is a reporter covering …"): not the article. */
const AUTHOR_BOX =
  /(?:^|[\s_-])(?:author[-_]?(?:bio|box|info|section|card|details|about|profile|description)|about[-_]?(?:the[-_]?)?author|author[-_]?bottom)(?:$|[\s_-])/i;
const AUTHOR_BOX_TAGS = new Set(['div', 'section', 'p', 'aside']);
const MAX_AUTHOR_BOX_CHARS = 1200;

function isAuthorBox(element: Element): boolean {
  if (!AUTHOR_BOX_TAGS.has(element.name) || (!element.attribs.class && !element.attribs.id)) return false;
  return AUTHOR_BOX.test(classAndId(element)) && textContent(element).length <= MAX_AUTHOR_BOX_CHARS;
}

/** Block tags whose text, when it is all there is in them, can be a byline, dateline or share bar. */
const LINE_TAGS = new Set(['p', 'div', 'li', 'section', 'header', 'h6', 'h5', 'address']);
/** Bylines and datelines are chrome at the top of the text; further down a date line may be content (a table, a timeline). */
const TOP_LEAVES = 6;
const BLOCK_CHILDREN = new Set([
  ...DIV_TO_P_ELEMS,
  'section',
  'header',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
]);
const MAX_CHROME_LINE_CHARS = 160;
const SHARE_WORDS = new Set(
  'share shares sharing on this via to with your friends x twitter facebook linkedin pinterest whatsapp reddit email e mail print copy copied link links url tweet pin it article story post page threads bluesky telegram flipboard messenger sms save bookmark'.split(
    ' ',
  ),
);
/** "This post contains affiliate links; we may earn a commission": the publisher's notice, not the article. */
const AFFILIATE_DISCLOSURE =
  /(?<!\bno )\baffiliate (?:links?|commissions?|partners?|programs?)\b|\b(?:earn|receive|make) (?:us )?(?:a )?(?:small )?commissions?\b/i;
const MAX_DISCLOSURE_CHARS = 400;
const SHARE_VERBS = /\b(?:share|tweet|email|print|copy link|pin it)\b/i;
const BY_LINE = /^(?:(?:written|posted|words|story|text|reporting)\s+)?by\s*:?\s+\p{Lu}/iu;
const DATE_LINE =
  /^(?:(?:published|posted|updated|last updated|modified|date)\s*(?:on|at)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?$/i;

/**
 * Whether a short line is reader chrome: a share bar anywhere, and at the top of the text (`atTop`) a "By …"
 * line or a bare dateline. ("Related: …" and newsletter lines are left: Readability keeps them, and taking
 * them out cost more agreement on its test pages than it gained on WCXB.)
 */
export function isChromeLine(text: string, atTop = true): boolean {
  if (atTop && text.length <= MAX_DISCLOSURE_CHARS && AFFILIATE_DISCLOSURE.test(text)) return true;
  if (text.length === 0 || text.length > MAX_CHROME_LINE_CHARS) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 0 && words.every((word) => SHARE_WORDS.has(word)) && SHARE_VERBS.test(text)) return true;
  if (atTop && BY_LINE.test(text) && words.length <= 16) return true;
  if (atTop && DATE_LINE.test(text)) return true;
  return false;
}

/**
 * Removes bylines, datelines and share bars that survive in the content as blocks of their own. Only leaf blocks (no block inside) are judged, so the work stays linear.
 */
function removeReaderChrome(content: Element): void {
  const leaves: Element[] = [];
  const authorBoxes: Element[] = [];
  const visit = (element: Element): boolean => {
    let hasBlock = false;
    for (const child of element.children) {
      if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') continue;
      const childElement = child as Element;
      // Judged in the same walk: author boxes go whole, their lines unread.
      if (isAuthorBox(childElement)) {
        authorBoxes.push(childElement);
        hasBlock = true;
        continue;
      }
      const childHasBlock = visit(childElement);
      if (childHasBlock || BLOCK_CHILDREN.has(childElement.name)) hasBlock = true;
    }
    if (!hasBlock && LINE_TAGS.has(element.name)) leaves.push(element);
    return hasBlock;
  };
  visit(content);
  for (const box of authorBoxes) removeNode(box);
  let seen = 0;
  for (const leaf of leaves) {
    const text = innerText(leaf);
    if (text === '') continue;
    seen++;
    if (text.length <= MAX_DISCLOSURE_CHARS && isChromeLine(text, seen <= TOP_LEAVES)) {
      removeNode(leaf);
    }
  }
}

/** Removes descendants with `tags` that `shouldRemove`, last first so nested ones are judged before their parents. */
function removeMatching(
  root: Element,
  tags: string | ReadonlySet<string>,
  shouldRemove: (element: Element) => boolean,
  text?: TextStatsCache,
): void {
  const elements = descendantsByTag(root, tags);
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    if (!shouldRemove(element)) continue;
    const parent = element.parent;
    removeNode(element);
    text?.removed(parent);
  }
}

function isVideoEmbed(element: Element): boolean {
  if (!EMBED_TAGS.has(element.name)) return false;
  if (Object.values(element.attribs).some((value) => VIDEO_HOSTS.test(value))) return true;
  return element.name === 'object' && VIDEO_HOSTS.test(textContent(element));
}

function isNotVideoEmbed(element: Element): boolean {
  return !isVideoEmbed(element);
}

function removeShareElements(block: Element, text: TextStatsCache): void {
  const end = nextNodeInOrder(block, true);
  let next = nextNodeInOrder(block);
  while (next && next !== end) {
    if (SHARE_ELEMENTS.test(classAndId(next)) && textContent(next).length < SHARE_ELEMENT_MAX_CHARS) {
      const after = nextNodeInOrder(next, true);
      const parent = next.parent;
      removeNode(next);
      text.removed(parent);
      next = after;
    } else {
      next = nextNodeInOrder(next);
    }
  }
}

/** Tables that hold data (rather than layout), which are never cleaned away. */
function findDataTables(root: Element): Set<Element> {
  const dataTables = new Set<Element>();
  for (const table of descendantsByTag(root, 'table')) {
    if (isDataTable(table)) dataTables.add(table);
  }
  return dataTables;
}

const DATA_TABLE_DESCENDANTS = new Set(['col', 'colgroup', 'tfoot', 'thead', 'th']);

function isDataTable(table: Element): boolean {
  if (attr(table, 'role') === 'presentation' || attr(table, 'datatable') === '0') return false;
  if (attr(table, 'summary')) return true;
  const caption = descendantsByTag(table, 'caption')[0];
  if (caption && caption.children.length > 0) return true;
  if (descendantsByTag(table, DATA_TABLE_DESCENDANTS).length > 0) return true;
  if (hasDescendantWithTag(table, 'table')) return false;
  const { rows, columns } = rowAndColumnCount(table);
  if (columns === 1 || rows === 1) return false;
  if (rows >= 10 || columns > 4) return true;
  return rows * columns > 10;
}

function rowAndColumnCount(table: Element): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const row of descendantsByTag(table, 'tr')) {
    rows += Number.parseInt(attr(row, 'rowspan') ?? '', 10) || 1;
    let columnsInRow = 0;
    for (const cell of descendantsByTag(row, 'td')) {
      columnsInRow += Number.parseInt(attr(cell, 'colspan') ?? '', 10) || 1;
    }
    columns = Math.max(columns, columnsInRow);
  }
  return { rows, columns };
}

/** Readability's `_cleanConditionally` test: does this element look like boilerplate rather than content? */
function isFluff(
  node: Element,
  tag: string,
  dataTables: Set<Element>,
  weightOf: (element: Element) => number,
  text: TextStatsCache,
): boolean {
  const contentLength = text.innerLength(node);
  let isList = tag === 'ul' || tag === 'ol';
  if (!isList) isList = text.listLength(node) / contentLength > 0.9;

  const isDataTableElement = (element: Element) => dataTables.has(element);
  if (tag === 'table' && dataTables.has(node)) return false;
  if (hasAncestorTag(node, 'table', -1, isDataTableElement)) return false;
  if (hasAncestorTag(node, 'code')) return false;
  const counts = countDescendants(node);
  if (counts.tables.some(isDataTableElement)) return false;

  const weight = weightOf(node);
  if (weight < 0) return true;
  if (text.asciiCommas(node) >= 10) return false;

  const { paragraphs, images, inputs } = counts;
  const listItems = counts.listItems - 100;
  const headingDensity = text.headingDensity(node);

  let embedCount = 0;
  for (const embed of counts.embeds) {
    if (isVideoEmbed(embed)) return false;
    embedCount++;
  }

  // Both patterns match a whole text of a few words, so longer texts need not be built.
  if (contentLength <= MAX_AD_WORDS_CHARS) {
    const whole = innerText(node);
    if (AD_WORDS.test(whole) || LOADING_WORDS.test(whole)) return true;
  }

  const density = text.linkDensity(node);
  const isFigureChild = hasAncestorTag(node, 'figure');

  const shouldRemove =
    (!isFigureChild && images > 1 && paragraphs / images < 0.5) ||
    (!isList && listItems > paragraphs) ||
    inputs > Math.floor(paragraphs / 3) ||
    (!isList &&
      !isFigureChild &&
      headingDensity < 0.9 &&
      contentLength < 25 &&
      (images === 0 || images > 2) &&
      density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5) ||
    (embedCount === 1 && contentLength < 75) ||
    embedCount > 1 ||
    (images === 0 && text.textishDensity(node) === 0);

  // An image gallery built as a list (one image per item) is content, not a link list.
  if (isList && shouldRemove) {
    if (elementChildren(node).some((child) => elementChildren(child).length > 1)) return true;
    if (images === counts.listItems) return false;
  }
  return shouldRemove;
}

interface DescendantCounts {
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  tables: Element[];
  embeds: Element[];
}

/** What isFluff counts below an element, in one walk: it judges every candidate block of the article. */
function countDescendants(root: Element): DescendantCounts {
  const counts: DescendantCounts = {
    paragraphs: 0,
    images: 0,
    listItems: 0,
    inputs: 0,
    tables: [],
    embeds: [],
  };
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      const name = child.name;
      if (name === 'p') counts.paragraphs++;
      else if (name === 'img') counts.images++;
      else if (name === 'li') counts.listItems++;
      else if (name === 'input') counts.inputs++;
      else if (name === 'table') counts.tables.push(child);
      else if (EMBED_TAGS.has(name)) counts.embeds.push(child);
      visit(child);
    }
  };
  visit(root);
  return counts;
}
