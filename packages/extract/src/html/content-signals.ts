/**
 * The signals that tell content from boilerplate: class/id patterns, link density, phrasing content.
 * Patterns and thresholds are Mozilla Readability's (0.6), whose output is the reference our quality
 * evaluation measures against; changing one changes which blocks survive.
 */
import {
  type AnyNode,
  attr,
  descendantsByTag,
  type Element,
  elementChildren,
  innerText,
  isTag,
  isText,
} from './dom.js';

export const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_A_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
export const BYLINE = /byline|author|dateline|writtenby|p-author/i;
export const SHARE_ELEMENTS = /(\b|_)(share|sharedaddy)(\b|_)/i;
export const VIDEO_HOSTS =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
export const COMMAS = /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/g;
export const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
export const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;

export const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

/** Tags that make a <div> a block container rather than a paragraph in disguise. */
export const DIV_TO_P_ELEMS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

const PHRASING_ELEMS = new Set([
  'abbr',
  'audio',
  'b',
  'bdo',
  'br',
  'button',
  'cite',
  'code',
  'data',
  'datalist',
  'dfn',
  'em',
  'embed',
  'i',
  'img',
  'input',
  'kbd',
  'label',
  'mark',
  'math',
  'meter',
  'noscript',
  'object',
  'output',
  'progress',
  'q',
  'ruby',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'textarea',
  'time',
  'var',
  'wbr',
]);

export function isPhrasingContent(node: AnyNode): boolean {
  if (isText(node)) return true;
  if (!isTag(node)) return false;
  if (PHRASING_ELEMS.has(node.name)) return true;
  return (
    (node.name === 'a' || node.name === 'del' || node.name === 'ins') &&
    node.children.every(isPhrasingContent)
  );
}

export function isWhitespace(node: AnyNode): boolean {
  return (isText(node) && node.data.trim().length === 0) || (isTag(node) && node.name === 'br');
}

/** ±25 for each of class and id that looks like content (or like boilerplate). */
export function classWeight(element: Element): number {
  let weight = 0;
  const className = element.attribs.class;
  if (className) {
    if (NEGATIVE.test(className)) weight -= 25;
    if (POSITIVE.test(className)) weight += 25;
  }
  const id = element.attribs.id;
  if (id) {
    if (NEGATIVE.test(id)) weight -= 25;
    if (POSITIVE.test(id)) weight += 25;
  }
  return weight;
}

const IN_PAGE_LINK = /^#.+/;

/** Share of the text that sits inside links; in-page (#) links count for less. */
export function linkDensity(element: Element): number {
  const textLength = innerText(element).length;
  if (textLength === 0) return 0;
  let linkLength = 0;
  for (const link of descendantsByTag(element, 'a')) {
    const href = attr(link, 'href');
    const coefficient = href && IN_PAGE_LINK.test(href) ? 0.3 : 1;
    linkLength += innerText(link).length * coefficient;
  }
  return linkLength / textLength;
}

/** Share of the text that sits inside descendants with one of `tags`. */
export function textDensity(element: Element, tags: ReadonlySet<string>): number {
  const textLength = innerText(element).length;
  if (textLength === 0) return 0;
  let childrenLength = 0;
  for (const child of descendantsByTag(element, tags)) childrenLength += innerText(child).length;
  return childrenLength / textLength;
}

const TRAILING_CONTENT = /\S$/;

/** True when `element` holds exactly one child element, of `tag`, and no text of its own. */
export function hasSingleTagInside(element: Element, tag: string): boolean {
  const children = elementChildren(element);
  if (children.length !== 1 || children[0]?.name !== tag) return false;
  return !element.children.some((node) => isText(node) && TRAILING_CONTENT.test(node.data));
}

export function hasChildBlockElement(element: Element): boolean {
  return element.children.some(
    (node) => isTag(node) && (DIV_TO_P_ELEMS.has(node.name) || hasChildBlockElement(node)),
  );
}

export function isElementWithoutContent(element: Element): boolean {
  if (hasVisibleText(element)) return false;
  const children = elementChildren(element);
  if (children.length === 0) return true;
  return children.length === descendantsByTag(element, BREAKS).length;
}

const BREAKS = new Set(['br', 'hr']);
const NOT_WHITESPACE = /\S/;

/**
 * Whether any text below `root` is not whitespace: `textContent(root).trim() !== ''` without building
 * the text, stopping at the first word (asked of every ancestor of a paragraph, it was quadratic).
 */
function hasVisibleText(root: Element): boolean {
  for (const child of root.children) {
    if (isText(child) ? NOT_WHITESPACE.test(child.data) : isTag(child) && hasVisibleText(child)) return true;
  }
  return false;
}

const HIDDEN_BY_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

const STREAMED_CONTENT = /^S:\d+$/;

/** Class or id names of the panels a reader unfolds: accordions, collapsible sections, tabs, FAQs. */
const COLLAPSED = /accordion|collaps|expand|toggle|tab-?(?:panel|pane|content)|faq/i;

/**
 * A panel folded shut by the page (an accordion's, a tab's), by its own class or id or its parent's: the
 * reader opens it, and its text is the page's (WCXB's expected texts hold it), unlike other hidden elements.
 */
function isFoldedPanel(element: Element): boolean {
  const parent = element.parent;
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''} ${parent && isTag(parent) ? `${parent.attribs.class ?? ''} ${parent.attribs.id ?? ''}` : ''}`;
  return COLLAPSED.test(names);
}

export function isProbablyVisible(element: Element): boolean {
  const style = element.attribs.style;
  if (style && HIDDEN_BY_STYLE.test(style)) return isFoldedPanel(element);
  // React streams server-rendered content into <div hidden id="S:0"> and its script swaps it into place
  // as the page loads: the reader sees it.
  if (element.attribs.hidden !== undefined && !STREAMED_CONTENT.test(element.attribs.id ?? ''))
    return isFoldedPanel(element);
  return (
    element.attribs['aria-hidden'] !== 'true' ||
    (element.attribs.class ?? '').includes('fallback-image') ||
    isFoldedPanel(element)
  );
}

/**
 * Whether an ancestor within `maxDepth` levels (any depth when negative) has `tagName` and passes `filter`.
 */
export function hasAncestorTag(
  node: AnyNode,
  tagName: string,
  maxDepth = 3,
  filter?: (element: Element) => boolean,
): boolean {
  let depth = 0;
  let current = node;
  while (current.parent) {
    if (maxDepth > 0 && depth > maxDepth) return false;
    const parent = current.parent;
    if (isTag(parent) && parent.name === tagName && (!filter || filter(parent))) return true;
    current = parent;
    depth++;
  }
  return false;
}

const TOKEN_SEPARATORS = /\W+/g;

/** 1 when `textB`'s words all occur in `textA`, down to 0 when none do (Readability's measure). */
export function textSimilarity(textA: string, textB: string): number {
  return similarityTo(textA)(textB);
}

/**
 * `textSimilarity(textA, ·)` with `textA`'s words read once, for one text compared with many (the title
 * with each heading: a long title read again per heading was quadratic).
 */
export function similarityTo(textA: string): (textB: string) => number {
  const known = new Set(textA.toLowerCase().split(TOKEN_SEPARATORS).filter(Boolean));
  return (textB) => {
    const tokensB = textB.toLowerCase().split(TOKEN_SEPARATORS).filter(Boolean);
    if (known.size === 0 || !tokensB.length) return 0;
    const uniqueTokensB = tokensB.filter((token) => !known.has(token));
    return 1 - uniqueTokensB.join(' ').length / tokensB.join(' ').length;
  };
}
