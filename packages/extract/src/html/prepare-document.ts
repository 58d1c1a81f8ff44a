/**
 * Normalises a parsed page before content scoring: turns runs of <br> into paragraphs, as Readability's
 * `_prepDocument` does. What never holds readable text (script, style, noscript, template) is already
 * kept out of the tree by the parser (dom.ts), which is Readability's `_removeScripts`.
 */
import { isPhrasingContent, isWhitespace } from './content-signals.js';
import {
  type AnyNode,
  createElement,
  DetachedNodes,
  type Element,
  type HtmlPage,
  isTag,
  isText,
  moveAllInto,
  removeNode,
  replaceNode,
} from './dom.js';

export function prepareDocument(page: HtmlPage): void {
  for (const font of page.elements('font')) font.name = 'span';
  replaceBrChains(page.elements('br'));
}

/** Skips whitespace-only text from `node` on; returns the first element or meaningful text node. */
export function nextSignificantNode(node: AnyNode | null): AnyNode | null {
  let next = node;
  while (next && !isTag(next) && (!isText(next) || next.data.trim() === '')) next = next.next;
  return next;
}

function isBr(node: AnyNode | null): node is Element {
  return node !== null && isTag(node) && node.name === 'br';
}

/**
 * Replaces 2 or more successive <br> with a single <p> holding the phrasing content that follows:
 * `<div>foo<br>bar<br> <br><br>abc</div>` becomes `<div>foo<br>bar<p>abc</p></div>`.
 */
function replaceBrChains(brs: readonly Element[]): void {
  // Removed and moved nodes leave their parents' children in one pass each (DetachedNodes, moveAllInto):
  // one by one, each costs the number of siblings, and a hostile page has 50,000 <br>s in a row.
  const detached = new DetachedNodes();
  for (const br of brs) {
    if (!br.parent) continue;
    let next = nextSignificantNode(br.next);
    let replaced = false;
    while (isBr(next)) {
      replaced = true;
      const after: AnyNode | null = next.next;
      detached.detach(next);
      next = nextSignificantNode(after);
    }
    if (!replaced) continue;

    const paragraph = createElement('p');
    replaceNode(br, paragraph);
    const content: AnyNode[] = [];
    let sibling = paragraph.next;
    while (sibling) {
      if (isBr(sibling) && isBr(nextSignificantNode(sibling.next))) break;
      if (!isPhrasingContent(sibling)) break;
      content.push(sibling);
      sibling = sibling.next;
    }
    moveAllInto(paragraph, content);
    while (paragraph.lastChild && isWhitespace(paragraph.lastChild)) removeNode(paragraph.lastChild);
    const parent = paragraph.parent;
    if (parent && isTag(parent) && parent.name === 'p') parent.name = 'div';
  }
  detached.flush();
}
