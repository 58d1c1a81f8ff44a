/**
 * Turns the cleaned content tree into plain-text paragraphs: every block element ends a paragraph,
 * inline elements add their text and nothing else, and whitespace inside a paragraph becomes one space.
 */
import type { ParagraphSpan } from '@assay/schema';
import { type AnyNode, type Element, isTag, isText, textContent } from './dom.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
/** Separate words without ending the paragraph: a line break, or a table cell within its row. */
const SPACED_TAGS = new Set(['br', 'td', 'th']);

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface ParagraphText {
  text: string;
  paragraphs: ParagraphSpan[];
}

/**
 * What turning each run of whitespace into one space changes: runs of two or more, and lone whitespace
 * other than a space. Replacing every run, single spaces included, copied megabytes of text match by match.
 */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

export function collectParagraphs(root: AnyNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: AnyNode): void => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isTag(node)) return;
    if (node.name === 'figcaption' && isPhotoCredit(node)) return;
    const isBlock = BLOCK_TAGS.has(node.name);
    const isSpaced = SPACED_TAGS.has(node.name);
    if (isBlock) flush();
    else if (isSpaced) current += ' ';
    for (const child of node.children) visit(child);
    if (isBlock) flush();
    else if (isSpaced) current += ' ';
  };
  visit(root);
  flush();
  return paragraphs;
}

/**
 * A photo credit: "Photo by …", "Image credit: …", "Credit: …", "© …", "… / Getty Images". The picture's
 * source, not the article's words. Caption text that describes the picture is kept.
 */
const PHOTO_CREDIT =
  /^(?:credits?\b|courtesy\b)|\b(?:photo(?:graph)?|image|picture|illustration)s?\s*(?:by|credits?|courtesy|via|:)|\bcredits?\s*:|©|\b(?:getty|shutterstock|unsplash|istock|reuters|associated press|ap photo)\b/i;
/** A caption longer than this says more than whose the picture is, whatever credit it ends with. */
const MAX_CREDIT_WORDS = 10;

function isPhotoCredit(caption: Element): boolean {
  const text = textContent(caption).trim();
  if (text.length > 200 || !PHOTO_CREDIT.test(text)) return false;
  return text.split(/\s+/).length <= MAX_CREDIT_WORDS;
}

/** Joins paragraphs with a blank line and records where each one sits in the joined text. */
export function joinParagraphs(paragraphs: readonly string[]): ParagraphText {
  const spans: ParagraphSpan[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: spans };
}
