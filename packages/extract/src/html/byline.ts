/**
 * The author's name: from JSON-LD, meta tags, byline elements (rel=author, itemprop=author, class "byline" or
 * "author") and the "By …" line by the headline, cleaned to names only — no "By", dates, job titles or
 * "Updated …" tails.
 */
import { type AnyNode, type Element, isTag, isText } from './dom.js';
import { datesInText } from './published-date.js';

const PREFIX =
  /^(?:(?:written|posted|reviewed|authored|edited|text|words|story|stories|recipe|article|articles|posts|insights?|published|contributed)\s+)?(?:by|from)\b\s*:?\s*|^(?:author|authors|posted by|written by|by)\s*:\s*|^(?:author|authors)\s+(?=(?:posted|written)\s+by\b)/i;
const ROLE_WORDS =
  /\b(?:editor|writer|reporter|contributor|correspondent|columnist|expert|founder|co-founder|director|manager|coordinator|head|lead|staff|senior|associate|managing|chief|officer|ceo|cto|president|specialist|analyst|consultant|strategist|journalist|reviewer|winemaker|gardener|team lead|marketing|engineer|developer|designer|attorney|professor|student|intern|freelance)\b/i;
/** Words that run into a name when a page's elements are joined without spaces ("Luke KimDecember 17"). */
const RUN_IN =
  /([a-z\u00e0-\u00ff])(?=(?:Written|By|Updated|Published|Posted|Reviewed|Last|Read|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|Senior|Staff|Founder|Head|Marketing|Editor|Contributor|Writer|Reporter|Expert|Associate|Managing|Chief|Lead|Content|Tech|AI)\b)/g;
const NOT_A_NAME =
  /^(?:author|authors|by|the author|about the author|admin|administrator|staff|guest|anonymous|unknown|editor|editorial|share|follow|contact|read more.*|more from.*|view all.*|how we .*|member login|log ?in|sign ?in|subscribe|\d+\s*(?:min|mins|minutes?)\s+read)$/i;
const MAX_NAME_WORDS = 12;
const MONTH_TAIL =
  /(?:^|\s)(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?(?:\s+\d{1,2}\b.*|\s*$)|may\s+\d{1,2}\b.*)/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?$/i;
const MAX_NAME_CHARS = 100;

/** Cuts a byline to the names in it, or null when nothing in it looks like a name. */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const lines = raw
    .replace(RUN_IN, '$1\n')
    .replace(/(\d)(?=\p{Lu}\p{Ll})/gu, '$1\n')
    .split(/\s*(?:\n|\t|\s{3,}|\s[•·|]\s)\s*/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines) {
    const name = cleanLine(line);
    if (name) return name;
  }
  return null;
}

function cleanLine(line: string): string | null {
  let text = line
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:Written|Posted|Authored|Reviewed) )?(?:By|by|BY)(?::\s*|\s+)?(?=\p{Lu})/u, '');
  if (/^(?:updated|last updated|published|posted|modified)\b/i.test(text)) return null;
  text = text.replace(/^(?:this|the)\s+(?:post|article|story|piece)\s+(?:was\s+)?/i, '');
  // A month with a day ("Sep 16") or at the end ("Jane Doe December") is a date, not part of a name.
  const month = MONTH_TAIL.exec(text);
  if (month) text = text.slice(0, month.index);
  if (WEEKDAY.test(text)) return null;
  for (let i = 0; i < 3 && PREFIX.test(text); i++) text = text.replace(PREFIX, '').trim();
  // Dates and what follows them: "Jane Doe - Mar 27, 2024", "Jane Doe on 04-ago-2021".
  const date = datesInText(text)[0];
  if (date) text = text.slice(0, date.index);
  text = text.replace(/\s+(?:on|at|updated|published|posted|-|–|—|,)?\s*$/i, '');
  text = text
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Job titles after a comma or dash: "Ashley Biancuzzo, Associate Editor, PCWorld".
  const parts = text.split(/\s*(?:,|\s[-–—]\s|\s\|\s)\s*/);
  const names: string[] = [];
  for (const part of parts) {
    if (names.length > 0 && ROLE_WORDS.test(part)) break;
    names.push(part);
  }
  text = names
    .join(', ')
    .replace(/[\s,.:;]+$/, '')
    .trim();
  if (
    !text ||
    NOT_A_NAME.test(text) ||
    WEEKDAY.test(text) ||
    /^[a-z]+:\/\//i.test(text) ||
    /^[\d\W]+$/.test(text)
  )
    return null;
  if (/^\p{Ll}/u.test(text) && /[._]/.test(text)) return null;
  if (text.length > MAX_NAME_CHARS || text.split(/\s+/).length > MAX_NAME_WORDS) return null;
  if (names.length === 1 && ROLE_WORDS.test(text) && text.split(/\s+/).length > 3) return null;
  return text;
}

const BYLINE_CLASS =
  /(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|writer|posted-by|article-author|entry-author|post-author|contributor)(?:$|[\s_-])/i;
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'select',
  'svg',
]);

/** Text of an element with a line break between blocks and a space between inline elements. */
export function spacedText(root: Element): string {
  let text = '';
  const visit = (node: AnyNode, depth: number): void => {
    if (isText(node)) {
      text += node.data;
      return;
    }
    if (!isTag(node) || SKIPPED.has(node.name) || depth > 30) return;
    const block = !/^(?:a|span|strong|b|em|i|time|small|abbr|cite|u|font|label)$/.test(node.name);
    text += block ? '\n' : ' ';
    for (const child of node.children) visit(child, depth + 1);
    text += block ? '\n' : ' ';
  };
  visit(root, 0);
  return text;
}

const AUTHOR_PAGE =
  /\/(?:authors?|writers?|contributors?|staff|people|team|profiles?|producers?|journalists?|by)\/[^/?#]+\/?$/i;

/**
 * Whether `element` is a byline by its markup: rel=author, itemprop=author, a byline/author class, or a link
 * to an author's page (/authors/jane-doe).
 */
export function isBylineElement(element: Element): boolean {
  if (element.attribs.rel?.split(/\s+/).includes('author')) return true;
  if (element.name === 'a' && element.attribs.href && AUTHOR_PAGE.test(element.attribs.href)) return true;
  if (element.attribs.itemprop?.split(/\s+/).includes('author')) return true;
  return BYLINE_CLASS.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);
}

/** The name inside a byline element: its itemprop=name part if marked up, else its text cleaned. */
export function bylineFromElement(element: Element): string | null {
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node)) continue;
    if (node.attribs.itemprop?.split(/\s+/).includes('name')) return cleanByline(spacedText(node));
    stack.push(...node.children);
  }
  return cleanByline(spacedText(element));
}

const BY_LINE =
  /^(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Ss]tory|[Tt]ext|[Rr]eviewed)\s+)?[Bb][Yy]\s*:?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|la|le|and|&)){0,5})/u;

/** A "By Jane Doe" line: the name in it, or null. */
export function nameFromByLine(line: string): string | null {
  const match = BY_LINE.exec(line.trim());
  return match ? cleanByline(match[1]) : null;
}
