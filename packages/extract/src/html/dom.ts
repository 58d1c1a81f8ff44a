/**
 * A thin layer of DOM-like helpers over htmlparser2's domhandler tree.
 *
 * The content heuristics were written against the browser DOM (Readability); these helpers give them the
 * few operations they need (textContent, element children, depth-first walking, moving nodes) without
 * building a full DOM, which is what makes this step several times faster than Readability on linkedom.
 */
import {
  type AnyNode,
  Document,
  DomHandler,
  Element,
  isTag,
  isText,
  type ParentNode,
  Text,
} from 'domhandler';
import { appendChild, removeElement, replaceElement } from 'domutils';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser, type QuoteType } from 'htmlparser2';

export { type AnyNode, type Document, Element, isTag, isText, type ParentNode };

/** A parsed page with its elements indexed by tag name, so that lookups do not each walk the tree. */
export interface HtmlPage {
  document: Document;
  /** Elements with this tag, in document order, as parsed (later removals are not reflected). */
  elements(tagName: string): readonly Element[];
}

const NONE: readonly Element[] = [];

/**
 * Deeper than this, tags are dropped while parsing and their text goes to the element at this depth. Real
 * articles nest a few dozen levels (39 at most in the Readability test pages); hostile pages nest
 * thousands, which would make the parser's own stack, the content search and recursion quadratic or worse.
 */
export const MAX_DEPTH = 150;

/**
 * An element with this many children takes no more: later siblings (and their subtrees) become text in
 * it. The Readability test pages have at most 3,711 child elements under one parent (a story as a <span>
 * of lines and <br>s); hostile pages have hundreds of thousands, and each removal among siblings costs
 * their number.
 */
export const MAX_CHILDREN = 10_000;

/**
 * Never readable text. Parsed (JSON-LD lives in <script>, the document title in <title>) and indexed, but
 * kept out of the tree, so their text cannot reach the article at any depth. <template> is here because a
 * browser keeps its children in a separate fragment (no textContent), while htmlparser2 keeps them as
 * ordinary children; <title> because a browser never shows it in the page (an unclosed one swallows it);
 * <textarea> because a form field's text is not the article's (Readability drops it too).
 */
const NON_CONTENT_TAGS = new Set(['script', 'noscript', 'style', 'template', 'title', 'textarea']);

/** Void elements: the parser opens and closes them at once, so they never raise the depth. */
const VOID_TAGS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'image',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Tags whose text runs on into the next; any other tag flattened to text is set off by a space. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/**
 * C0 controls other than tab, line feed, form feed and carriage return, DEL, and C1 controls: never text,
 * and NUL is refused by PostgreSQL. Removed from every text and attribute value at parse time.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVALID_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
const INVALID_CHARACTERS_ALL = new RegExp(INVALID_CHARACTERS.source, 'g');
/** A surrogate without its pair: not a character, and not encodable as UTF-8. */
const ANY_SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/** What either of the above could match: one scan tells that almost every text needs no cleaning. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SUSPECT_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

/** `text` without control characters, and with lone surrogates (broken UTF-16) replaced by U+FFFD. */
export function cleanPageText(text: string): string {
  if (!SUSPECT_CHARACTERS.test(text)) return text;
  let cleaned = text;
  if (INVALID_CHARACTERS.test(cleaned)) cleaned = cleaned.replace(INVALID_CHARACTERS_ALL, '');
  // The look-around pattern is slow on long text; most text has no surrogate at all.
  if (ANY_SURROGATE.test(cleaned) && LONE_SURROGATE.test(cleaned))
    cleaned = cleaned.replace(LONE_SURROGATE_ALL, '\uFFFD');
  return cleaned;
}

/** Detached elements whose text nothing reads: all of NON_CONTENT_TAGS but <title> and JSON-LD. */
function isUnread(node: ParentNode | undefined): boolean {
  if (!node || !isTag(node) || !NON_CONTENT_TAGS.has(node.name) || node.name === 'title') return false;
  return node.name !== 'script' || node.attribs.type?.trim().toLowerCase() !== 'application/ld+json';
}

/** Elements whose text htmlparser2's tokenizer never decoded (raw text to it): kept as written, as before. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'xmp']);

/** `text` with its character references decoded (the tokenizer leaves them; see CappedParser). */
function decodeText(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** How an open tag ended up in the tree: as an element, flattened into its parent's text, or skipped. */
const Kind = { Element: 0, Flat: 1, Skipped: 2 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/**
 * Builds the tree while parsing, with the limits applied as it goes: script-like elements detached,
 * subtrees beyond MAX_CHILDREN siblings (or dropped by the parser beyond MAX_DEPTH) flattened to text,
 * control characters removed, and every element indexed by tag name.
 */
class PageBuilder extends DomHandler {
  readonly index = new Map<string, Element[]>();
  /** One entry per open tag the parser reported and has not closed. */
  private readonly kinds: Kind[] = [];
  /** Open tags being flattened into text, and open tags whose text is dropped (script-like, flattened). */
  private flatDepth = 0;
  private skipDepth = 0;
  /** Whether the text last written ends with a space (see openFlat). */
  private endsWithSpace = false;
  /**
   * Text not yet in the tree, joined and written every PENDING_TEXT_PIECES pieces and before any node or
   * tag: appended one by one, the text of a flattened hostile page was a rope of hundreds of thousands of
   * pieces that the garbage collector copied and promoted, the bulk of the parsing time.
   */
  private pendingText: string[] = [];
  /** Inside an element whose text is not decoded (RAW_TEXT_TAGS): such elements hold only text. */
  private inRawText = false;

  /** Parser depth (excluding the document), for the parser's cap. */
  get depth(): number {
    return this.kinds.length;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.inRawText = RAW_TEXT_TAGS.has(name);
    if (this.skipDepth > 0 || (this.flatDepth > 0 && NON_CONTENT_TAGS.has(name))) {
      this.skipDepth++;
      this.kinds.push(Kind.Skipped);
      return;
    }
    if (this.flatDepth > 0) {
      this.openFlat(name);
      return;
    }
    this.flushText();
    const parent = this.tagStack[this.tagStack.length - 1] as ParentNode;
    if (parent.children.length >= MAX_CHILDREN) {
      this.openFlat(name);
      return;
    }
    for (const key in attribs) {
      const value = attribs[key] as string;
      attribs[key] = cleanPageText(value.includes('&') ? decodeHTMLAttribute(value) : value);
    }
    const element = new Element(name, attribs);
    const list = this.index.get(name);
    if (list) list.push(element);
    else this.index.set(name, [element]);
    if (NON_CONTENT_TAGS.has(name)) {
      // Detached: its own children still attach to it (JSON-LD is read from there), the page never sees it.
      this.lastNode = null;
    } else {
      this.addNode(element);
    }
    this.tagStack.push(element);
    this.kinds.push(Kind.Element);
  }

  override onclosetag(): void {
    this.inRawText = false;
    const kind = this.kinds.pop();
    if (kind === Kind.Skipped) this.skipDepth--;
    else if (kind === Kind.Flat) this.flatDepth--;
    else {
      this.flushText();
      super.onclosetag();
    }
  }

  /** A tag whose subtree becomes text of the current element: its text is kept, script-like text is not. */
  openFlat(name: string): void {
    this.inRawText = RAW_TEXT_TAGS.has(name);
    if (NON_CONTENT_TAGS.has(name) || this.skipDepth > 0) {
      this.skipDepth++;
      this.kinds.push(Kind.Skipped);
      return;
    }
    // One space sets the flattened block off; hostile pages flatten thousands of tags in a row.
    if (!INLINE_TAGS.has(name) && !this.endsWithSpace) this.ontext(' ');
    this.flatDepth++;
    this.kinds.push(Kind.Flat);
  }

  override ontext(data: string): void {
    if (this.skipDepth > 0 || data === '') return;
    // Read from the chunk: the growing text node is a rope, and reading its end would copy it each time.
    const text = this.inRawText ? data : decodeText(data);
    this.endsWithSpace = text.charCodeAt(text.length - 1) === 32;
    this.pendingText.push(text);
    if (this.pendingText.length >= PENDING_TEXT_PIECES) this.flushText();
  }

  private flushText(): void {
    const pending = this.pendingText;
    if (pending.length === 0) return;
    this.pendingText = [];
    const text = pending.length === 1 ? (pending[0] as string) : pending.join('');
    // Cleaned once per run of text, and not at all where no one reads it (scripts' and styles' code).
    super.ontext(isUnread(this.tagStack[this.tagStack.length - 1]) ? text : cleanPageText(text));
  }

  override oncomment(data: string): void {
    this.flushText();
    super.oncomment(data);
  }

  override oncdatastart(): void {
    this.flushText();
    super.oncdatastart();
  }

  override onprocessinginstruction(name: string, data: string): void {
    this.flushText();
    super.onprocessinginstruction(name, data);
  }

  override onend(): void {
    this.flushText();
    super.onend();
  }
}

const PENDING_TEXT_PIECES = 256;

/**
 * htmlparser2's parser with its open-element stack capped at MAX_DEPTH. Its stack grows at the front
 * (`unshift`), so each open tag costs the depth: 100,000 unclosed <span>s took seconds in the parser
 * alone. Beyond the cap, tags are not given to it: they are flattened by the builder, and their end tags
 * are matched here.
 */
class CappedParser extends Parser {
  /** Tags dropped at the cap and not yet closed, innermost last. */
  private readonly dropped: string[] = [];
  private readonly droppedCount = new Map<string, number>();
  /** The tag being dropped, from its name until the end of its start tag (its attributes are ignored). */
  private dropping: string | null = null;
  private readonly names = new Map<string, string>();

  constructor(private readonly builder: PageBuilder) {
    // Entities are decoded by the builder, in the few texts and attribute values that have any: the
    // tokenizer then skips through text and values to their end instead of stepping through each character.
    super(builder, { decodeEntities: false });
  }

  private slice(start: number, end: number): string {
    // getSlice is private in the typings; it is how every Parser callback reads the input.
    return (this as unknown as { getSlice(start: number, end: number): string })
      .getSlice(start, end)
      .toLowerCase();
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.builder.depth < MAX_DEPTH) {
      super.onopentagname(start, endIndex);
      return;
    }
    // One string per tag name: the names of dropped tags stay on a stack until closed, hundreds of thousands.
    const name = this.slice(start, endIndex);
    let interned = this.names.get(name);
    if (interned === undefined) {
      interned = name;
      this.names.set(name, name);
    }
    this.dropping = interned;
  }

  override onattribname(start: number, endIndex: number): void {
    if (this.dropping === null) super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.dropping === null) super.onattribdata(start, endIndex);
  }

  override onattribentity(codepoint: number): void {
    if (this.dropping === null) super.onattribentity(codepoint);
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    if (this.dropping === null) super.onattribend(quote, endIndex);
  }

  override onopentagend(endIndex: number): void {
    if (this.dropping === null) super.onopentagend(endIndex);
    else this.endDroppedTag();
  }

  override onselfclosingtag(endIndex: number): void {
    if (this.dropping === null) super.onselfclosingtag(endIndex);
    else this.endDroppedTag();
  }

  private endDroppedTag(): void {
    const name = this.dropping as string;
    this.dropping = null;
    this.builder.openFlat(name);
    if (VOID_TAGS.has(name)) {
      this.builder.onclosetag();
      return;
    }
    this.dropped.push(name);
    this.droppedCount.set(name, (this.droppedCount.get(name) ?? 0) + 1);
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.dropped.length > 0) {
      // Close dropped tags down to the matching one; an end tag for a kept element closes them all first.
      const name = this.slice(start, endIndex);
      const matchesDropped = (this.droppedCount.get(name) ?? 0) > 0;
      this.closeDropped(matchesDropped ? name : null);
      if (matchesDropped) return;
    }
    super.onclosetag(start, endIndex);
  }

  override onend(): void {
    this.closeDropped(null);
    super.onend();
  }

  private closeDropped(until: string | null): void {
    while (this.dropped.length > 0) {
      const name = this.dropped.pop() as string;
      this.droppedCount.set(name, (this.droppedCount.get(name) ?? 1) - 1);
      this.builder.onclosetag();
      if (name === until) return;
    }
  }
}

/** Parses a page in one pass, in time linear in its length (see MAX_DEPTH and MAX_CHILDREN). */
export function parseHtmlPage(html: string): HtmlPage {
  const builder = new PageBuilder();
  new CappedParser(builder).end(html);
  const { index } = builder;
  return { document: builder.root, elements: (tagName) => index.get(tagName) ?? NONE };
}

/** A copy of a page's tree for one content search, which rewrites it; with its <html> and <body>. */
export interface PageTree {
  document: Document;
  html: Element | null;
  body: Element | null;
}

/** The page's own tree, for a content search that may rewrite it: its <html> and <body> in the document. */
export function pageTree(page: HtmlPage): PageTree {
  const attached = (element: Element) => {
    let node: ParentNode = element;
    while (node.parent) node = node.parent;
    return node === page.document;
  };
  return {
    document: page.document,
    html: page.elements('html').find(attached) ?? null,
    body: page.elements('body').find(attached) ?? null,
  };
}

/**
 * Copies the tree, for a content-search attempt that must start from the untouched page: copying is
 * linear and several times cheaper than parsing again. Attributes are shared, as nothing rewrites them.
 */
export function copyTree(document: Document): PageTree {
  const tree: PageTree = { document: new Document([]), html: null, body: null };
  const copyChildren = (from: ParentNode, to: ParentNode): void => {
    let previous: AnyNode | null = null;
    for (const child of from.children) {
      let copy: AnyNode;
      if (isTag(child)) {
        const element = new Element(child.name, child.attribs);
        if (child.name === 'html' && !tree.html) tree.html = element;
        else if (child.name === 'body' && !tree.body) tree.body = element;
        copyChildren(child, element);
        copy = element;
      } else if (isText(child)) {
        copy = new Text(child.data);
      } else {
        copy = child.cloneNode(true);
      }
      copy.parent = to;
      copy.prev = previous;
      if (previous) previous.next = copy;
      to.children.push(copy as (typeof to.children)[number]);
      previous = copy;
    }
  };
  copyChildren(document, tree.document);
  return tree;
}

/** The concatenated text of every text node below `node`, as the DOM's `textContent`. */
export function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && node.type !== 'root') return '';
  let text = '';
  for (const child of (node as ParentNode).children) {
    if (isText(child)) text += child.data;
    else if (isTag(child)) text += textContent(child);
  }
  return text;
}

const RUNS_OF_WHITESPACE = /\s{2,}/g;
/** What `text.replace(/\s+/g, ' ')` changes: runs of whitespace, and whitespace other than a space alone. */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/**
 * `text.replace(/\s+/g, ' ')`, replacing only what changes: a text of megabytes has a million single
 * spaces, and replacing each one made a new string piece by piece.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ');
}

/** Trimmed text with runs of whitespace collapsed, as Readability's `_getInnerText`. */
export function innerText(node: AnyNode, normalizeSpaces = true): string {
  const text = textContent(node).trim();
  return normalizeSpaces ? text.replace(RUNS_OF_WHITESPACE, ' ') : text;
}

/**
 * `innerText(node)`, a <br> read as a space, when it has at most `maxChars` characters, else null, in time
 * bounded by `maxChars` rather than by the subtree: headings are compared with the title one by one, and 150
 * nested <h1>s around a long text made each comparison build that text (quadratic). A subtree of more than
 * `maxNodes` nodes, or more than `maxRawChars` characters of text (whitespace included), counts as too long
 * too.
 */
export function innerTextUpTo(
  node: AnyNode,
  maxChars: number,
  maxNodes = 4 * maxChars + 64,
  maxRawChars = 64 * maxChars + 4096,
): string | null {
  // The text so far with runs of whitespace collapsed now and then; collapsing again later gives what
  // innerText gives, and the trimmed collapsed text never gets shorter as text is added.
  const chunk = 2 * maxChars + 4;
  let text = '';
  let nodes = 0;
  let rawChars = 0;
  const add = (data: string): boolean => {
    rawChars += data.length;
    if (rawChars > maxRawChars) return false;
    for (let at = 0; at < data.length; at += chunk) {
      text += data.length <= chunk ? data : data.slice(at, at + chunk);
      if (text.length > chunk) {
        text = text.replace(RUNS_OF_WHITESPACE, ' ');
        if (text.trim().length > maxChars) return false;
      }
    }
    return true;
  };
  const visit = (current: AnyNode): boolean => {
    if (++nodes > maxNodes) return false;
    if (isText(current)) return add(current.data);
    if (!isTag(current) && current.type !== 'root') return true;
    // "Top MBA Programs of 2025 (US)<br>Your Guide …": a line break parts words as a space does.
    if (isTag(current) && current.name === 'br') return add(' ');
    for (const child of (current as ParentNode).children) if (!visit(child)) return false;
    return true;
  };
  if (!visit(node)) return null;
  const inner = text.trim().replace(RUNS_OF_WHITESPACE, ' ');
  return inner.length > maxChars ? null : inner;
}

export function attr(element: Element, name: string): string | null {
  return element.attribs[name] ?? null;
}

export function classAndId(element: Element): string {
  return `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
}

export function elementChildren(node: ParentNode): Element[] {
  return node.children.filter(isTag);
}

export function firstElementChild(node: ParentNode): Element | null {
  return node.children.find(isTag) ?? null;
}

export function nextElementSibling(node: AnyNode): Element | null {
  let next = node.next;
  while (next && !isTag(next)) next = next.next;
  return next;
}

export function parentElement(node: AnyNode): Element | null {
  const parent = node.parent;
  return parent && isTag(parent) ? parent : null;
}

/**
 * The next element in depth-first document order, skipping `node`'s own subtree when
 * `ignoreSelfAndKids` is set (used right before `node` is removed).
 */
export function nextNodeInOrder(node: Element, ignoreSelfAndKids = false): Element | null {
  if (!ignoreSelfAndKids) {
    const child = firstElementChild(node);
    if (child) return child;
  }
  let current: Element | null = node;
  while (current) {
    const sibling = nextElementSibling(current);
    if (sibling) return sibling;
    current = parentElement(current);
  }
  return null;
}

/** Descendant elements (not `root` itself) whose tag is one of `tagNames`, in document order. */
export function descendantsByTag(root: ParentNode, tagNames: ReadonlySet<string> | string): Element[] {
  const found: Element[] = [];
  const matches =
    typeof tagNames === 'string' ? (name: string) => name === tagNames : tagNames.has.bind(tagNames);
  const visit = (node: ParentNode): void => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      if (matches(child.name)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

export function hasDescendantWithTag(root: ParentNode, tagName: string): boolean {
  for (const child of root.children) {
    if (!isTag(child)) continue;
    if (child.name === tagName || hasDescendantWithTag(child, tagName)) return true;
  }
  return false;
}

export function ancestors(node: AnyNode, maxDepth = 0): ParentNode[] {
  const found: ParentNode[] = [];
  let current = node.parent;
  while (current) {
    found.push(current);
    if (maxDepth && found.length === maxDepth) break;
    current = current.parent;
  }
  return found;
}

export function createElement(name: string): Element {
  return new Element(name, {});
}

export function removeNode(node: AnyNode): void {
  if (node.parent) removeElement(node);
}

export function replaceNode(oldNode: AnyNode, newNode: AnyNode): void {
  if (newNode.parent) removeElement(newNode);
  replaceElement(oldNode, newNode);
  // domutils leaves the replaced node's sibling links in place; a later move of it would follow them.
  oldNode.prev = null;
  oldNode.next = null;
}

/**
 * Removals deferred to one pass per parent: `detach` unlinks a node from its siblings and parent at once
 * (a walk by `next` pointers goes on as if it were gone), and `flush` takes the detached nodes out of their
 * former parents' `children`. Until then those arrays still hold them: only walks by pointers may run.
 */
export class DetachedNodes {
  private readonly parents = new Set<ParentNode>();
  /** Nodes replaced in their parents' children, by what replaced them. */
  private readonly replaced = new Map<AnyNode, AnyNode>();

  detach(node: AnyNode): void {
    const parent = node.parent;
    if (!parent) return;
    if (node.prev) node.prev.next = node.next;
    if (node.next) node.next.prev = node.prev;
    node.parent = null;
    node.prev = null;
    node.next = null;
    this.parents.add(parent);
  }

  /**
   * Puts `replacement` in `node`'s place at once, detaching it from where it was (a <div> is replaced by its
   * only <p>); `flush` puts it in the parent's `children`. Until then, as with `detach`, only walks by pointers.
   */
  replace(node: AnyNode, replacement: AnyNode): void {
    const parent = node.parent;
    if (!parent) return;
    this.detach(replacement);
    replacement.parent = parent;
    replacement.prev = node.prev;
    replacement.next = node.next;
    if (node.prev) node.prev.next = replacement;
    if (node.next) node.next.prev = replacement;
    node.parent = null;
    node.prev = null;
    node.next = null;
    this.replaced.set(node, replacement);
    this.parents.add(parent);
  }

  flush(): void {
    const current = (child: AnyNode): AnyNode => {
      let node = child;
      for (let next = this.replaced.get(node); next; next = this.replaced.get(node)) node = next;
      return node;
    };
    for (const parent of this.parents) {
      const children = this.replaced.size > 0 ? parent.children.map(current) : parent.children;
      parent.children = children.filter((child) => child.parent === parent) as typeof parent.children;
    }
    this.parents.clear();
    this.replaced.clear();
  }
}

/**
 * Moves `nodes`, in order, to the end of `parent`, detaching them with one pass over each former
 * parent's children: one by one, each detach costs the number of siblings, quadratic for a long list.
 */
export function moveAllInto(parent: ParentNode, nodes: readonly AnyNode[]): void {
  const moving = new Set(nodes);
  const formerParents = new Set<ParentNode>();
  for (const node of nodes) if (node.parent) formerParents.add(node.parent);
  for (const former of formerParents) {
    // Nodes a DetachedNodes has unlinked but not yet flushed are dropped here too.
    const kept = former.children.filter((child) => child.parent === former && !moving.has(child));
    kept.forEach((child, index) => {
      child.prev = kept[index - 1] ?? null;
      child.next = kept[index + 1] ?? null;
    });
    former.children = kept;
  }
  for (const node of nodes) {
    const last = parent.children[parent.children.length - 1] ?? null;
    node.parent = parent;
    node.prev = last;
    node.next = null;
    if (last) last.next = node;
    parent.children.push(node as (typeof parent.children)[number]);
  }
}

/** Moves `child` (detaching it from wherever it is) to the end of `parent`. */
export function moveInto(parent: ParentNode, child: AnyNode): void {
  appendChild(parent, child);
}

/** An <article>'s own <footer> holds its byline and date (HTML's sectioning), unlike the site's footer. */
export function isArticleFooter(element: Element): boolean {
  if (element.name !== 'footer') return false;
  for (let node = element.parent; node && isTag(node); node = node.parent) {
    if (node.name === 'article') return true;
  }
  return false;
}
