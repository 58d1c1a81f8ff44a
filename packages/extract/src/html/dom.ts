/**
 * A thin layer of DOM-like helpers over htmlparser2's domhandler tree.
 *
 * The content heuristics were written against the browser DOM (Readability); these helpers give them the
 * few operations they need (textContent, element children, depth-first walking, moving nodes) without
 * building a full DOM, which is what makes this step several times faster than Readability on linkedom.
 */
import { type AnyNode, type Document, Element, isTag, isText, type ParentNode, Text } from 'domhandler';
import { appendChild, removeElement, replaceElement } from 'domutils';
import { parseDocument } from 'htmlparser2';

export { type AnyNode, type Document, Element, isTag, isText, type ParentNode };

/** A parsed page with its elements indexed by tag name, so that lookups do not each walk the tree. */
export interface HtmlPage {
  document: Document;
  /** Elements with this tag, in document order, as parsed (later removals are not reflected). */
  elements(tagName: string): readonly Element[];
}

const NONE: readonly Element[] = [];

/**
 * Deeper than this, an element's subtree is replaced by its text. Real articles nest a few dozen levels;
 * hostile pages nest thousands, which would make the content search quadratic and recursion overflow.
 */
const MAX_DEPTH = 150;

/** Flattens every subtree below MAX_DEPTH into one text node, without recursion (the page may be 50,000 deep). */
function capDepth(document: Document): void {
  const stack: { node: ParentNode; depth: number }[] = [{ node: document, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ParentNode; depth: number };
    for (const child of node.children) {
      if (!isTag(child)) continue;
      if (depth + 1 < MAX_DEPTH) {
        stack.push({ node: child, depth: depth + 1 });
        continue;
      }
      const text = new Text(iterativeText(child));
      text.parent = child;
      child.children = [text];
    }
  }
}

function iterativeText(root: ParentNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return parts.join('');
}

export function parseHtmlPage(html: string): HtmlPage {
  const document = parseDocument(html, { decodeEntities: true });
  capDepth(document);
  const index = new Map<string, Element[]>();
  const visit = (node: ParentNode): void => {
    for (const child of node.children) {
      if (!isTag(child)) continue;
      const list = index.get(child.name);
      if (list) list.push(child);
      else index.set(child.name, [child]);
      visit(child);
    }
  };
  visit(document);
  return { document, elements: (tagName) => index.get(tagName) ?? NONE };
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

/** Trimmed text with runs of whitespace collapsed, as Readability's `_getInnerText`. */
export function innerText(node: AnyNode, normalizeSpaces = true): string {
  const text = textContent(node).trim();
  return normalizeSpaces ? text.replace(RUNS_OF_WHITESPACE, ' ') : text;
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

/** Moves `child` (detaching it from wherever it is) to the end of `parent`. */
export function moveInto(parent: ParentNode, child: AnyNode): void {
  appendChild(parent, child);
}
