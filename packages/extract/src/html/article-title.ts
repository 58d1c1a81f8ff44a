/**
 * The article title: the headline as the page shows it, without site names, sections or taglines.
 *
 * Candidates are the metadata titles (JSON-LD headline/name, Dublin Core, OpenGraph, Twitter, <title>) and the
 * page's <h1>s. An <h1> that agrees with a metadata title is the headline as displayed (metadata titles often
 * carry "| Site" or an SEO rewording); without one, the metadata title is taken with the site name cut off
 * (known from og:site_name, the publisher and the host), as Readability's rules do for <title>.
 */
import { isProbablyVisible, textSimilarity } from './content-signals.js';
import {
  collapseWhitespace,
  type Element,
  type HtmlPage,
  innerText,
  innerTextUpTo,
  isTag,
  textContent,
} from './dom.js';
import type { JsonLdArticle } from './json-ld.js';
import { MAX_COMPARED_TITLE_CHARS } from './limits.js';
import type { MetaValues } from './meta-tags.js';

const META_TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'og:title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
  'twitter:title',
  'parsely-title',
];

export interface TitleContext {
  /** Names the site goes by: og:site_name, the JSON-LD publisher, application-name. */
  siteNames: readonly string[];
  /** The page's host (from its URL or canonical URL), whose main label is usually the site's name. */
  host: string | null;
  /** The path of the page's URL ("/blog/how-to-start-an-llc-in-new-york/"), whose last part often spells its title. */
  path?: string | null;
}

export function articleTitle(
  page: HtmlPage,
  jsonLd: JsonLdArticle | null,
  meta: MetaValues,
  context: TitleContext = { siteNames: [], host: null },
): string {
  return articleTitles(page, jsonLd, meta, context).title;
}

export interface ArticleTitles {
  /** The headline. */
  title: string;
  /**
   * The title a heading in the text must repeat to be dropped as the title: the headline, except where the
   * page's one <h1> was taken against the metadata title (then the metadata's, so the <h1> stays in the
   * text, as in Readability, should it be a heading of the text rather than the headline).
   */
  repeatedTitle: string;
  /**
   * The title the page gives itself in its metadata, as written: JSON-LD headline or name, else the meta
   * titles (og:title …), site names and taglines kept ("How to Build a Terrarium | eHow"); else <title> with
   * Readability's cut of a site-name part. What Readability reports as the title; the headline is `title`.
   */
  pageTitle: string;
}

export function articleTitles(
  page: HtmlPage,
  jsonLd: JsonLdArticle | null,
  meta: MetaValues,
  context: TitleContext = { siteNames: [], host: null },
): ArticleTitles {
  const siteKeys = siteNameKeys(context);
  const pageTitle = pageTitleOf(page, jsonLd, meta);
  const metadataTitle = metadataTitleOf(page, jsonLd, meta, siteKeys);
  const references = [
    jsonLd?.headline,
    meta.get('og:title'),
    metadataTitle,
    jsonLd?.name,
    meta.get('twitter:title'),
    documentTitle(page),
  ]
    .filter((value): value is string => Boolean(value?.trim()))
    .map((value) => withoutSiteName(collapseWhitespace(value).trim(), siteKeys));
  const fromMetadata = withoutTrailingParts(withoutSiteName(metadataTitle, siteKeys));
  const fromH1 = headlineFromH1(page, references, siteKeys);
  let headline = fromH1?.text ?? null;
  // An upper-cased <h1> is a display style: the metadata title, if it is not shouting too, says it in words.
  if (headline && isShouting(headline) && !isShouting(fromMetadata) && fromMetadata) headline = fromMetadata;
  // An <h1> that only rewords the metadata title: the one of the two the URL spells out is the article's title.
  if (headline && fromH1 && fromH1.score < REWORDING && slugPrefers(fromMetadata, headline, context.path))
    headline = fromMetadata;
  if (headline) {
    // Some sites print their name in the <h1> too ("Best exhibitions of 2025 – Artlyst").
    const title = withoutHostName(withoutTrailingParts(withoutSiteName(headline, siteKeys)), context.host);
    return { title, repeatedTitle: title, pageTitle };
  }
  let sole = soleHeadline(page, siteKeys, metadataTitle);
  if (sole && slugPrefers(fromMetadata, sole, context.path)) sole = null;
  const title = withoutHostName(
    sole && !isShouting(sole) ? withoutTrailingParts(sole) : fromMetadata,
    context.host,
  );
  return { title, repeatedTitle: fromMetadata, pageTitle };
}

/**
 * A site that prints its domain before the headline with no separator ("example.com Vibe Coding"): the
 * domain (the page's host, "www." aside) is no part of the headline, if a headline of two words or more is left.
 */
function withoutHostName(title: string, host: string | null): string {
  const domain = host?.toLowerCase().replace(/^www\./, '');
  if (!domain?.includes('.') || !title.toLowerCase().startsWith(`${domain} `)) return title;
  const rest = title.slice(domain.length).trim();
  return rest.split(/\s+/).length >= 2 ? rest : title;
}

/** Parts after " | " (sections, taglines, site names) are not the headline, unless too little would be left. */
const PIPE = /\s+[|•»]\s+/;
const MIN_HEADLINE_WORDS = 3;

function withoutTrailingParts(title: string): string {
  const match = PIPE.exec(title);
  if (!match) return title;
  const head = title.slice(0, match.index).trim();
  return head.split(/\s+/).length >= MIN_HEADLINE_WORDS ? head : title;
}

/** Readability's choice as written: JSON-LD, then the meta titles, then <title> with Readability's cuts. */
function pageTitleOf(page: HtmlPage, jsonLd: JsonLdArticle | null, meta: MetaValues): string {
  const fromJsonLd = jsonLd && jsonLdTitle(jsonLd, () => titleFromTitleElement(page));
  if (fromJsonLd) return untruncated(fromJsonLd, page, meta);
  for (const key of META_TITLE_KEYS) {
    const value = meta.get(key);
    if (value) return value;
  }
  return titleFromTitleElement(page);
}

/** Readability's choice: JSON-LD, then the meta titles, then <title> with its site-name part cut. */
function metadataTitleOf(
  page: HtmlPage,
  jsonLd: JsonLdArticle | null,
  meta: MetaValues,
  siteKeys: readonly string[],
): string {
  const fromJsonLd = jsonLd && jsonLdTitle(jsonLd, () => titleFromTitleElement(page));
  if (fromJsonLd) return untruncated(fromJsonLd, page, meta);
  for (const key of META_TITLE_KEYS) {
    const value = meta.get(key);
    if (value) return value;
  }
  // A <title> whose site name is known loses just that; otherwise Readability's guesses apply.
  const title = documentTitle(page);
  const withoutSite = withoutSiteName(title, siteKeys);
  return withoutSite !== title ? withoutSite : titleFromTitleElement(page);
}

/** Titles that SEO plugins cut to a length, mid-phrase, in JSON-LD: from about this many characters. */
const MIN_TRUNCATED_CHARS = 60;

/**
 * A JSON-LD title cut short by the plugin that wrote it ("… Find Solutions (Including") is the start of the
 * og:title, Twitter title or <title>, which go on: that longer one is the page's title.
 */
function untruncated(title: string, page: HtmlPage, meta: MetaValues): string {
  const start = collapseWhitespace(title).trim();
  if (start.length < MIN_TRUNCATED_CHARS) return title;
  for (const other of [meta.get('og:title'), meta.get('twitter:title'), documentTitle(page)]) {
    const full = collapseWhitespace(other ?? '').trim();
    if (
      full.length > start.length &&
      full.startsWith(start) &&
      /^[\p{L}\p{N}]/u.test(full.slice(start.length).trimStart())
    )
      return full;
  }
  return title;
}

/**
 * Some sites put their own name in "name" and the article's in "headline" (or the other way round):
 * prefer whichever resembles the page's <title>, defaulting to "name".
 */
function jsonLdTitle(jsonLd: JsonLdArticle, pageTitle: () => string): string | null {
  const { name, headline } = jsonLd;
  if (name !== null && headline !== null && name !== headline) {
    const title = pageTitle();
    const headlineMatches = textSimilarity(headline, title) > 0.75;
    const nameMatches = textSimilarity(name, title) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }
  return name?.trim() || headline?.trim() || null;
}

/** Letters and digits only, lowercased: "The Motley Fool" and "themotleyfool" compare equal. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const GENERIC_HOST_LABELS = new Set([
  'www',
  'm',
  'amp',
  'blog',
  'news',
  'home',
  'en',
  'web',
  'com',
  'co',
  'org',
  'net',
]);

/** Whether `text` is the site's name (from og:site_name, the publisher or the host). */
export function namesTheSite(text: string, context: TitleContext): boolean {
  return isSiteName(text, siteNameKeys(context));
}

/** The compacted site names, and the host's distinctive label ("tarkett" for home.tarkett.co.uk). */
function siteNameKeys(context: TitleContext): string[] {
  const keys = context.siteNames.map(compact).filter((key) => key.length >= 2);
  if (context.host) {
    const labels = context.host.toLowerCase().split('.');
    // Drop the public suffix (one label, or two for a country's second level such as co.uk, com.au).
    labels.pop();
    if (
      labels.length > 1 &&
      (labels.at(-1)?.length ?? 0) <= 3 &&
      GENERIC_HOST_LABELS.has(labels.at(-1) ?? '')
    )
      labels.pop();
    const label = labels.reverse().find((part) => !GENERIC_HOST_LABELS.has(part));
    if (label && label.length >= 3) keys.push(compact(label));
  }
  return keys;
}

/** Whether a title part names the site: equal to a site name, or containing the host's label, or contained in a site name. */
function isSiteName(part: string, siteKeys: readonly string[]): boolean {
  const key = compact(part);
  if (key.length < 2) return false;
  return siteKeys.some(
    (site) =>
      key === site ||
      (site.length >= 4 && key.includes(site) && key.length <= site.length + 12) ||
      (key.length >= 4 && site.includes(key)),
  );
}

/** Separators between a headline and the site or section name. */
const TITLE_SEPARATORS = /\s+[|\-–—•·»:~/\\]{1,2}\s+|\s+[|•·»]\s*|\s*[|•·»]\s+/;

/**
 * The title with parts naming the site dropped: "Rio Tinto cuts jobs | Mining Weekly" → "Rio Tinto cuts jobs"
 * when the site is Mining Weekly. Parts are only dropped when they match a known site name, so a headline
 * with a dash or colon of its own is kept whole.
 */
export function withoutSiteName(title: string, siteKeys: readonly string[]): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2 || siteKeys.length === 0) return title;
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (isSiteName(last, siteKeys)) return trimSeparators(title.slice(0, title.length - last.length));
  if (isSiteName(first, siteKeys)) return trimSeparators(title.slice(first.length));
  return title;
}

function trimSeparators(text: string): string {
  return text.replace(/^[\s|\-–—•·»:~/\\]+|[\s|\-–—•·»:~/\\]+$/g, '');
}

/** Where an <h1> is site chrome rather than the headline. */
const CHROME = new Set(['nav', 'footer', 'aside']);
const MAX_HEADLINE_CHARS = 300;
/** <h1>s compared with the metadata titles: real pages have a few (at most 22 in the eval corpora). */
const MAX_H1S = 200;

/** Inside nav/footer/aside, or hidden (itself or an ancestor). */
function inChromeOrHidden(element: Element): boolean {
  if (!isProbablyVisible(element)) return true;
  for (let node = element.parent; node && isTag(node); node = node.parent) {
    if (CHROME.has(node.name) || !isProbablyVisible(node)) return true;
  }
  return false;
}

const PERMALINK = /\s*[¶§]\s*$/;

const RUN_IN_JUNK =
  /\d|^\s*(?:posted|published|updated|by|title)\b|\(\s*[\w.-]+\.[a-z]{2,}\s*\)|^\s*[\p{L}]+\s*:\s*$/iu;

/** What `text` has besides `inner`, when `inner` appears in it as written (else null). */
function extraText(text: string, inner: string): string | null {
  const at = text.toLowerCase().indexOf(inner.toLowerCase());
  return at < 0 ? null : `${text.slice(0, at)} ${text.slice(at + inner.length)}`.trim();
}

/** Lowercased word tokens, as textSimilarity splits them. */
function words(text: string): string[] {
  return text.toLowerCase().split(/\W+/).filter(Boolean);
}

/**
 * How well an <h1> matches a metadata title, 0 to 1: most of the <h1>'s words are in the title and they cover
 * most of the title ("Silicon Exposed" is a blog's name inside "Silicon Exposed: Open Verilog flow…", not its
 * headline), or the title's words are all in a longer <h1>.
 */
function agreement(candidate: string, reference: string): number {
  const referenceWords = words(reference);
  const candidateWords = words(candidate);
  if (referenceWords.length === 0 || candidateWords.length === 0) return 0;
  const inReference = textSimilarity(reference, candidate);
  const inCandidate = textSimilarity(candidate, reference);
  const known = new Set(referenceWords);
  const coverage = new Set(candidateWords.filter((word) => known.has(word))).size / known.size;
  if (inReference >= 0.8 && coverage >= 0.6) return (inReference + coverage) / 2;
  if (inCandidate >= 0.8) return inCandidate * 0.9;
  return 0;
}

/**
 * The headline, reconciled from the visible <h1>s and the metadata titles (site names already cut):
 * - an <h1> and a title that are the same words (case, quotes and punctuation aside), or where one holds the
 *   other whole, give the <h1> as displayed;
 * - an <h1> equal to the first part of a title ("Climate Change" of "Climate Change | Research Service") is it;
 * - otherwise the <h1> that agrees best with a title by its words, as displayed (metadata titles are often
 *   reworded for search engines). Pages with several <h1>s (logo, sections) are resolved by that agreement.
 */
function headlineFromH1(
  page: HtmlPage,
  references: readonly string[],
  siteKeys: readonly string[],
): { text: string; score: number } | null {
  let best: string | null = null;
  let bestScore = 0;
  const consider = (title: string, score: number) => {
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  };
  // Bounded work on hostile pages (50,000 <h1>s, a megabyte og:title): the first MAX_H1S <h1>s, references
  // of a comparable length, each made comparable once, and each <h1>'s text built only if short.
  const compared = references.filter((reference) => reference.length <= MAX_COMPARED_TITLE_CHARS);
  const comparedKeys = compared.map(compact);
  const lastPartKeys = compared.map((reference) => {
    const parts = reference.split(TITLE_SEPARATORS);
    return parts.length >= 2 && (parts[0] ?? '').trim() !== '' ? compact(parts.at(-1) ?? '') : null;
  });
  for (const h1 of page.elements('h1').slice(0, MAX_H1S)) {
    if (inChromeOrHidden(h1)) continue;
    // A permalink mark after a heading ("Installation ¶") is no part of it.
    const text = (innerTextUpTo(h1, MAX_HEADLINE_CHARS)?.replace(/\s+/g, ' ') ?? '').replace(PERMALINK, '');
    if (text.length < 2 || isSiteName(text, siteKeys)) continue;
    const key = compact(text);
    for (let index = 0; index < compared.length; index++) {
      const reference = compared[index] as string;
      const referenceKey = comparedKeys[index] as string;
      if (referenceKey === key) {
        consider(preferredSpelling(text, reference), 4);
        continue;
      }
      const shorter = key.length < referenceKey.length ? text : reference;
      if (
        words(shorter).length >= MIN_HEADLINE_WORDS &&
        (referenceKey.includes(key) || key.includes(referenceKey))
      ) {
        // An <h1> with a date, count or source run into it ("Dec 18 2025 Preparing…", "… (latimes.com) 87")
        // gives way to the clean metadata title.
        const extra = key.length > referenceKey.length ? extraText(text, reference) : null;
        // The last part of "Headline — Site" is the site's banner <h1>: an <h1> matching otherwise wins.
        const score = lastPartKeys[index] === key ? 1.5 : 3;
        consider(
          extra !== null && RUN_IN_JUNK.test(extra) ? reference : casedAsTitle(text, reference),
          score,
        );
        continue;
      }
      if (lostCharactersOf(text, reference)) {
        consider(reference, 4);
        continue;
      }
      const firstPart = reference.split(TITLE_SEPARATORS)[0] ?? '';
      if (firstPart !== reference && compact(firstPart) === key) {
        consider(preferredSpelling(text, firstPart.trim()), 2);
        continue;
      }
      consider(text, agreement(text, reference));
    }
  }
  return best === null ? null : { text: best, score: bestScore };
}

/** Scores of headlineFromH1 below this are an <h1> agreeing with a metadata title by its words only. */
const REWORDING = 1.5;
/** A URL's last part of fewer words than this says too little of a title. */
const MIN_SLUG_WORDS = 3;

/** Lowercased words, apostrophes dropped ("Actuary's" → "actuarys", as URLs spell it). */
function slugWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether the last part of the URL's path ("how-to-start-an-llc-in-new-york"), made from the title the article
 * was first given, has more of its words in `title` than in `other`.
 */
function slugPrefers(title: string, other: string, path: string | null | undefined): boolean {
  if (!title || !path) return false;
  const slug = (path.split('/').filter(Boolean).at(-1) ?? '').replace(/\.[a-z]{2,5}$/i, '');
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {}
  const wanted = new Set(slugWords(decoded));
  if (wanted.size < MIN_SLUG_WORDS) return false;
  const recall = (text: string) => {
    const present = new Set(slugWords(text));
    let found = 0;
    for (const word of wanted) if (present.has(word)) found++;
    return found / wanted.size;
  };
  return recall(title) > recall(other);
}

/**
 * An <h1> lower-cased for display ("history of coffee") in the case of the title that starts with it
 * ("History of coffee | Origin, Spread …").
 */
function casedAsTitle(h1: string, reference: string): string {
  if (!LOWER_CASE_START.test(h1) || LOWER_CASE_START.test(reference)) return h1;
  const start = reference.slice(0, h1.length);
  return start.toLowerCase() === h1.toLowerCase() ? start : h1;
}

/** A character a wrong charset replaced: "?" or U+FFFD inside a line of text. */
const REPLACED_CHARACTER = /[?\uFFFD](?=\s*\p{L})/u;

/**
 * Whether the <h1> is the reference title with characters lost to a wrong charset ("Event Planning? Beginner?
 * Guide" for "Event Planning: Beginner's Guide"): each "?" or U+FFFD before more words stands for one to three
 * characters of the reference, the rest is the same (case aside).
 */
function lostCharactersOf(h1: string, reference: string): boolean {
  if (!REPLACED_CHARACTER.test(h1)) return false;
  const pattern = h1
    .split(/[?\uFFFD]/u)
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.{1,3}');
  return new RegExp(`^${pattern}$`, 'iu').test(reference);
}

/**
 * The page's one visible <h1> outside the site chrome, of a headline's length, when it agrees with no
 * metadata title: the headline as displayed, the metadata titles being rewordings for search engines.
 * With several such <h1>s none is trusted.
 */
function soleHeadline(page: HtmlPage, siteKeys: readonly string[], metadataTitle: string): string | null {
  let sole: string | null = null;
  for (const h1 of page.elements('h1')) {
    if (inChromeOrHidden(h1)) continue;
    const text = innerTextUpTo(h1, MAX_HEADLINE_CHARS)?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length < 2 || isSiteName(text, siteKeys)) continue;
    if (sole !== null && sole !== text) return null;
    sole = text;
  }
  return sole !== null && words(sole).length >= MIN_HEADLINE_WORDS && sharesTopic(sole, metadataTitle)
    ? sole
    : null;
}

/** Words that carry a topic: three letters or more, compared by their first five. */
function topicWords(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((word) => word.length >= 3 && !STOPWORDS.has(word))
      .map((word) => word.slice(0, 5)),
  );
}

const STOPWORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'your',
  'you',
  'are',
  'how',
  'what',
  'why',
  'this',
  'that',
  'from',
  'our',
]);

/** Whether a rewording of the metadata title: two topic words in common, or half of the <h1>'s. */
function sharesTopic(h1: string, metadataTitle: string): boolean {
  const mine = topicWords(h1);
  const theirs = topicWords(metadataTitle);
  let common = 0;
  for (const word of mine) if (theirs.has(word)) common++;
  return common >= 2 || (mine.size > 0 && common / mine.size >= 0.5);
}

/** Typography a CMS renders from what was typed: curly quotes, an em dash from "--", an ellipsis from "...". */
const foldTypography = (text: string) =>
  text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/—|--/g, '—')
    .replace(/…|\.\.\./g, '…');

/** All in capitals (letters there are), as headlines styled upper-case come out of the markup. */
function isShouting(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** Starts with a lower-case letter: a headline styled by the page's CSS ("history of coffee"). */
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * The spelling of a headline whose <h1> and metadata title are the same words: the metadata's where the <h1>
 * is upper-cased or lower-cased for display or differs only in its typography (quotes, dashes, ellipses: a CMS's
 * rendering of what the publisher typed), else the <h1>'s.
 */
function preferredSpelling(h1: string, reference: string): string {
  const shouting = isShouting(h1) && !isShouting(reference);
  const lowered = LOWER_CASE_START.test(h1) && !LOWER_CASE_START.test(reference);
  if (shouting || lowered || (h1 !== reference && foldTypography(h1) === foldTypography(reference)))
    return reference;
  // A headline in sentence case where the metadata has it in title case ("How to install solar panels" and
  // "How to Install Solar Panels") is usually shown capitalised by the page's style sheet: the title case wins.
  // One or two minor words capitalised differently ("and", "And") are a house style, not that.
  if (h1 !== reference && h1.toLowerCase() === reference.toLowerCase() && !isShouting(reference))
    return capitalisedWords(reference) >= capitalisedWords(h1) + 2 ? reference : h1;
  return h1;
}

/** Words that start with a capital letter. */
function capitalisedWords(text: string): number {
  return (text.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
}

/** The document title as a browser reports it: whitespace stripped and collapsed. */
function documentTitle(page: HtmlPage): string {
  const title = page.elements('title')[0];
  return title ? collapseWhitespace(textContent(title)).trim() : '';
}

/** A site's name written after the headline in <title> ("Go ahead, self-host Postgres | Pierce Freeman"). */
const TITLE_SITE_PART = /\s[|–—·•]\s+([^|–—·•]{2,40})$/;
const MAX_SITE_NAME_WORDS = 4;

/** The site's name as <title> writes it after the headline, if a short last part stands there. */
export function titleSiteName(page: HtmlPage): string | null {
  const part = TITLE_SITE_PART.exec(documentTitle(page))?.[1]?.trim();
  return part && part.split(/\s+/).length <= MAX_SITE_NAME_WORDS ? part : null;
}

/** Separators between title and site name; en and em dashes as in current Readability (after 0.6). */
const SEPARATOR = / [|\-–—\\/>»] /;
const SEPARATORS = / [|\-–—\\/>»] /g;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Readability's `_getArticleTitle`: the <title> without the site-name part, or the lone <h1>. */
export function titleFromTitleElement(page: HtmlPage): string {
  const originalTitle = documentTitle(page);
  let title = originalTitle;
  let hadHierarchicalSeparators = false;

  if (SEPARATOR.test(title)) {
    hadHierarchicalSeparators = HIERARCHICAL_SEPARATOR.test(title);
    const separators = [...originalTitle.matchAll(SEPARATORS)];
    title = originalTitle.substring(0, separators.at(-1)?.index ?? originalTitle.length);
    // Too short: the site name came first ("Site | Title"), so drop the first part instead.
    if (wordCount(title) < 3) title = originalTitle.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/gi, '');
  } else if (title.includes(': ')) {
    const headings = [...page.elements('h1'), ...page.elements('h2')];
    // A heading whose text is longer than the title is not built.
    const headingIsTitle =
      title.length <= MAX_COMPARED_TITLE_CHARS &&
      headings.some(
        (heading) =>
          innerTextUpTo(heading, Math.max(title.length, 300)) !== null &&
          textContent(heading).trim() === title.trim(),
      );
    if (!headingIsTitle) {
      title = originalTitle.substring(originalTitle.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) {
        title = originalTitle.substring(originalTitle.indexOf(':') + 1);
      } else if (wordCount(originalTitle.substring(0, originalTitle.indexOf(':'))) > 5) {
        title = originalTitle;
      }
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = page.elements('h1');
    if (h1s.length === 1 && h1s[0]) title = innerText(h1s[0]);
  }

  title = title.trim().replace(/\s{2,}/g, ' ');
  // Four words or fewer is more likely a fragment than a title, unless only the hierarchy part was cut.
  const titleWordCount = wordCount(title);
  if (
    titleWordCount <= 4 &&
    (!hadHierarchicalSeparators ||
      titleWordCount !== wordCount(originalTitle.replace(/[|\-–—\\/>»]+/g, '')) - 1)
  ) {
    title = originalTitle;
  }
  // Readability stops here with an empty title when a page has no <title>; the first <h1> is better than none.
  if (title === '') {
    const h1 = page.elements('h1')[0];
    if (h1) title = innerText(h1);
  }
  return title;
}
