/**
 * Page-level metadata (title, byline, dates, canonical URL, language, site name) read from JSON-LD,
 * <meta> and <link> before the content search rewrites the tree.
 */
import { articleTitles, namesTheSite, type TitleContext, titleSiteName } from './article-title.js';
import { bylineFromElement, cleanByline, isBylineElement, nameFromByLine, spacedText } from './byline.js';
import {
  allLines,
  type DateKind,
  type DateLine,
  dateLines,
  linesNearHeadline,
  pageBodies,
  type TextPiece,
} from './date-lines.js';
import {
  collapseWhitespace,
  type Element,
  type HtmlPage,
  innerTextUpTo,
  isArticleFooter,
  isTag,
  textContent,
} from './dom.js';
import { type JsonLdArticle, readJsonLd } from './json-ld.js';
import { MAX_COMPARED_TITLE_CHARS } from './limits.js';
import { type MetaValues, metaPublishedDate, readMetaTags } from './meta-tags.js';
import { type PageSignals, readPageSignals } from './page-type.js';
import {
  dateFromTimeElements,
  dateFromUrl,
  datesInText,
  isInFuture,
  MONTH_NAME,
  monthOfName,
  normaliseDate,
  parseDateText,
} from './published-date.js';

export interface PageMetadata {
  title: string;
  /** The title the page gives itself, site name included (see ArticleTitles). */
  pageTitle: string;
  /** The title a heading of the text must repeat to be left out (see ArticleTitles). */
  repeatedTitle: string;
  /** From metadata only; the content search may still find one in the page body. */
  byline: string | null;
  /** The byline as JSON-LD and meta tags state it (no body element read): the content search removes the body's own. */
  metadataByline: string | null;
  /** From metadata, else from <time> elements, else from a date in the URL. */
  published: string | null;
  canonicalUrl: string | null;
  language: string | null;
  siteName: string | null;
  /** What the page-type classifier needs from the whole page. */
  signals: PageSignals;
}

const ESCAPED_ENTITY = /&(quot|amp|apos|lt|gt);/g;
const NUMERIC_ENTITY = /&#(?:x([0-9a-f]+)|([0-9]+));/gi;
const NAMED: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/** Many sites escape entities twice in meta values; the parser undid one level, this undoes the other. */
function unescapeEntities(text: string): string {
  return text
    .replace(ESCAPED_ENTITY, (_, name: string) => NAMED[name] ?? '')
    .replace(NUMERIC_ENTITY, (_, hex: string | undefined, decimal: string | undefined) => {
      const code = hex ? Number.parseInt(hex, 16) : Number.parseInt(decimal ?? '0', 10);
      const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return String.fromCodePoint(valid ? code : 0xfffd);
    });
}

function clean(value: string | null | undefined): string | null {
  const text = value ? unescapeEntities(value).trim() : '';
  return text === '' ? null : text;
}

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

const IS_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

export function readPageMetadata(page: HtmlPage, url: string | null): PageMetadata {
  const jsonLd = readJsonLd(page);
  const meta = readMetaTags(page);

  const canonicalLink = page
    .elements('link')
    .find((link) => (link.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const canonicalUrl = resolveUrl(canonicalLink?.attribs.href ?? meta.get('og:url'), url);

  const html = page.elements('html')[0];
  const locale = meta.get('og:locale')?.replace('_', '-');
  const language =
    clean(html?.attribs.lang) ?? clean(meta.get('content-language')?.split(',')[0]) ?? clean(locale);
  const titles = articleTitles(page, jsonLd, meta, titleContext(jsonLd, meta, [url, canonicalUrl]));
  // The headline's apostrophes and single quotes as typed on a keyboard ("FDA's", not "FDA’s"): the
  // typographic ones are a CMS's rendering, and people who read and write headlines type the plain one (WCXB's
  // annotators did in 42 of the 59 titles with one). Double quotes are kept as the page prints them.
  const shownTitle = clean(titles.title) ?? '';
  const title = asciiPunctuation(shownTitle.replace(/[‘’]/g, "'"));
  const repeatedTitle = clean(titles.repeatedTitle) ?? '';
  const headline = headlineElement(page, shownTitle);
  const monthFirst = !language || /^en(-us)?$/i.test(language);
  // The page's text lines, each set read at most once and only if asked for, and held by this call alone
  // (a cache keyed by the page kept every page's lines alive until a full collection).
  let nearLines: TextPiece[] | null = null;
  let bodyLines: TextPiece[] | null = null;
  let nearDates: DateLine[] | null = null;
  let bodyDates: DateLine[] | null = null;
  const lines: PageLines = {
    nearHeadline: () => (nearLines ??= linesNearHeadline(page, headline)),
    nearDates: () => (nearDates ??= dateLines(lines.nearHeadline(), monthFirst)),
    all: () => (bodyLines ??= allLines(page)),
    allDates: () => (bodyDates ??= dateLines(lines.all(), monthFirst)),
  };
  const published = publishedDate(page, jsonLd, meta, {
    urls: [url, canonicalUrl],
    lines,
    now: Date.now(),
  });
  const site = titleContext(jsonLd, meta, [url, canonicalUrl]);
  const { byline: namedByline, metadataByline } = author(page, jsonLd, meta, site, lines);
  // A page that names no author is the site's own (a company's or a person's site); whether one is named is
  // what tells an article from other pages, so the site's name does not count there.
  const byline = namedByline ?? cleanByline(site.siteNames[0] ?? titleSiteName(page));

  return {
    title,
    pageTitle: collapseWhitespace(clean(titles.pageTitle) ?? '').trim(),
    repeatedTitle,
    byline,
    metadataByline,
    published,
    canonicalUrl,
    language,
    siteName: clean(jsonLd?.siteName ?? meta.get('og:site_name')),
    signals: readPageSignals(page, {
      jsonLdTypes: jsonLd?.types ?? [],
      ogType: meta.get('og:type') ?? null,
      hasDate: published !== null,
      hasAuthor: namedByline !== null,
      url: url ?? canonicalUrl,
    }),
  };
}

function titleContext(jsonLd: JsonLdArticle | null, meta: MetaValues, urls: (string | null)[]): TitleContext {
  const siteNames = [jsonLd?.siteName, meta.get('og:site_name'), meta.get('application-name')]
    .map((name) => clean(name))
    .filter((name): name is string => name !== null);
  let host: string | null = null;
  let path: string | null = null;
  for (const url of urls) {
    if (!url) continue;
    try {
      const parsed = new URL(url);
      host = parsed.hostname;
      path = parsed.pathname;
      break;
    } catch {}
  }
  return { siteNames, host, path };
}

/** Where a <time> is least likely to be the article's own: site chrome and asides. */
const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'aside']);
const ARTICLE_TAGS = new Set(['article']);
const HEADLINE_CHROME = new Set(['nav', 'footer', 'aside']);
const PAGE_HEADER = new Set(['header']);
const MAIN_TAGS = new Set(['article', 'main']);

function isInside(element: Element, tags: ReadonlySet<string>): boolean {
  for (let node = element.parent; node && isTag(node); node = node.parent) {
    if (tags.has(node.name)) return true;
  }
  return false;
}

/** The page's lines of text (see date-lines) and their dates: by the headline, and in the whole body. */
interface PageLines {
  nearHeadline(): TextPiece[];
  nearDates(): DateLine[];
  all(): TextPiece[];
  allDates(): DateLine[];
}

interface DateContext {
  urls: (string | null)[];
  lines: PageLines;
  now: number;
}

/** Chinese, Japanese and Korean text, where full-width punctuation is the script's own. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Full-width forms of ASCII ("？", "！", "：") as an input method types them. */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

/** A title in a Latin or other non-CJK script with full-width punctuation typed in it has it as ASCII ("Work？"). */
function asciiPunctuation(title: string): string {
  if (CJK.test(title)) return title;
  return title.replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0xfee0));
}

/**
 * The publication date: the date shown by the headline when it differs from the metadata's (see shownDate),
 * else from the most to the least explicit statement of it: JSON-LD datePublished of the
 * article, publication-date meta tags, elements marked itemprop=datePublished or <time pubdate>, a
 * datePublished of another JSON-LD item (the WebPage), <time> in the <article>, a date line by the headline
 * ("Published March 3, 2025", then one with no label), <time> outside the site chrome, the URL, and only then a line
 * saying when the page was updated. No date after `now` (the crawl) is taken: pages carry event and
 * expiry dates too.
 */
function publishedDate(
  page: HtmlPage,
  jsonLd: JsonLdArticle | null,
  meta: MetaValues,
  context: DateContext,
): string | null {
  const valid = (date: string | null | undefined): date is string =>
    Boolean(date) && !isInFuture(date as string, context.now);
  const fromValue = (raw: string | null | undefined) => {
    const date = raw ? normaliseDate(unescapeEntities(raw)) : null;
    return valid(date) ? date : null;
  };
  const times = page.elements('time');
  // The same day in a <time datetime> gives the time as well.
  const withTime = (date: string | null) => {
    if (date) {
      for (const time of times) {
        const precise = time.attribs.datetime ? normaliseDate(time.attribs.datetime) : null;
        if (precise?.startsWith(date)) return precise;
      }
    }
    return date;
  };
  const lines = context.lines.nearDates();
  let unreliable: Set<string> | null = null;
  const reliable = (date: string) => {
    unreliable ??= contradicted(times);
    return valid(date) && !unreliable.has(date);
  };
  const line = (kinds: readonly DateKind[]) =>
    withTime(
      lines.find((found) => kinds.includes(found.kind) && !inProse(found) && reliable(found.date))?.date ??
        null,
    );
  const articleDate = fromValue(jsonLd?.datePublished);
  const pageDate = fromValue(jsonLd?.fallbackDatePublished);
  // A datePublished of the article at midnight is a day typed without its time; the WebPage item's precise
  // timestamp a day away is the CMS's record of the moment.
  const preciseDate =
    articleDate &&
    pageDate &&
    /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$/.test(articleDate) &&
    !/T00:00/.test(pageDate) &&
    pageDate.length > 10 &&
    Math.abs(Date.parse(pageDate.slice(0, 10)) - Date.parse(articleDate.slice(0, 10))) === DAY_MS
      ? pageDate
      : null;
  const stated =
    preciseDate ??
    articleDate ??
    fromValue(meta.get('article:published_time')) ??
    fromValue(meta.get('parsely-pub-date')) ??
    fromValue(metaPublishedDate(meta)) ??
    dateFromTimeElements(withItemprop(page, 'datePublished'), () => true, valid) ??
    dateFromTimeElements(times, (time) => time.attribs.pubdate !== undefined, valid) ??
    pageDate;
  const modified = fromValue(jsonLd?.dateModified) ?? fromValue(meta.get('date:modified'));
  const urlDate = context.urls.map(dateFromUrl).find(valid);
  // The metadata and the URL agreeing on the day outweigh any date shown.
  const confirmed = stated !== null && urlDate !== undefined && stated.startsWith(urlDate);
  const shown = confirmed ? null : shownDate(lines, stated, modified, urlDate ?? null, reliable);
  // Nothing shown by the headline: a "Published …" or "Posted on …" line in an element marked as a date, further
  // down (at the foot of the article, say), is the page's own statement, and wins over different metadata.
  // Nor metadata nor a "Published" line: a note that the page was "originally published on" a day says it.
  const original =
    confirmed || stated || labelledDate(context.lines, valid) ? null : originalDate(context.lines, valid);
  const labelled = confirmed || shown !== null ? null : labelledDate(context.lines, valid);
  const labelledDay =
    labelled && !(stated && (labelled.swapped === stated.slice(0, 10) || sameMoment(labelled.date, stated)))
      ? labelled.date
      : null;
  const found =
    withTime(original) ??
    withTime(labelledDay) ??
    (shown === stated ? stated : withTime(shown)) ??
    stated ??
    dateFromTimeElements(times, (time) => isInside(time, ARTICLE_TAGS), valid) ??
    line(['published']) ??
    line(['unmarked']) ??
    dateFromTimeElements(times, (time) => !isInside(time, CHROME_TAGS), valid) ??
    context.urls.map(dateFromUrl).find(valid) ??
    line(['updated']) ??
    firstDateOnPage(context.lines, valid) ??
    // Nothing says when it was published: when it was last changed is the best clue left.
    fromValue(meta.get('date:modified')) ??
    firstDateOnPage(context.lines, valid, true) ??
    labelledMonth(context.lines, valid) ??
    null;
  // 02-12-2025 read month first, on a page that writes out "December 02, 2025" and never February 12: the day
  // comes first. Only for a date the metadata does not state (ISO dates there are unambiguous).
  if (found && stated === null && !urlDate) {
    const other = swappedDay(found);
    if (other) {
      const written = context.lines.allDates().filter((line) => !line.swapped);
      if (
        written.some((line) => line.date === other) &&
        !written.some((line) => line.date === found.slice(0, 10))
      )
        return other;
    }
  }
  // A timestamp converted to UTC can fall on the next or previous day; the URL keeps the publisher's own day.
  if (
    found &&
    urlDate &&
    found.length > 10 &&
    Math.abs(Date.parse(found.slice(0, 10)) - Date.parse(urlDate)) === DAY_MS
  )
    return urlDate;
  return found;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The other reading of a date whose day and month could be swapped (2025-02-12 for 2025-12-02), else null: the
 * date may come from a source that keeps no second reading (a dashed 02-12-2025 the line reader does not parse).
 */
function swappedDay(date: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  if (Number(day) > 12 || month === day) return null;
  return `${year}-${day}-${month}`;
}

const ZONED = /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * Whether `day` is the day of `stated` somewhere on Earth: a timestamp with a zone falls on the day before or
 * after in other zones (UTC-12 to UTC+14); without one, only its own day.
 */
export function sameMoment(day: string, stated: string): boolean {
  if (day === stated.slice(0, 10)) return true;
  if (!ZONED.test(stated)) return false;
  const instant = Date.parse(stated);
  if (Number.isNaN(instant)) return false;
  const hour = 60 * 60 * 1000;
  const earliest = new Date(instant - 12 * hour).toISOString().slice(0, 10);
  const latest = new Date(instant + 14 * hour).toISOString().slice(0, 10);
  return day >= earliest && day <= latest;
}

/** How far into a line with no label a date may start: further on, it is part of a sentence ("… is April 15, 2025."). */
const MAX_UNLABELLED_DATE_INDEX = 40;

/** A date with no label inside a sentence of the text, not a date line. */
function inProse(line: DateLine): boolean {
  return line.kind === 'unmarked' && !line.marked && (line.index ?? 0) > MAX_UNLABELLED_DATE_INDEX;
}

/** A line before the headline is read only when it is little more than a date (not a list of other posts). */
const MAX_LINE_BEFORE_HEADLINE = 40;
/** How far after the headline a shown date may be to outrank the metadata (the byline, not an infobox). */
const MAX_SHOWN_DATE_OFFSET = 700;

/**
 * The days shown by <time> elements whose datetime attribute names another day: the page contradicts
 * itself, so what it shows there does not outrank its metadata.
 */
function contradicted(times: readonly Element[]): Set<string> {
  const days = new Set<string>();
  for (const time of times) {
    const attribute = time.attribs.datetime;
    if (!attribute) continue;
    const shown = parseDateText(textContent(time));
    const machine = normaliseDate(attribute)?.slice(0, 10) ?? parseDateText(attribute);
    if (shown && machine && shown !== machine) days.add(shown);
  }
  return days;
}

/**
 * The date the reader sees by the headline ("Published March 3, 2025", or a date alone in the byline),
 * which wins over the metadata's when they disagree: page templates often fill the metadata with the date
 * the page was first made, or re-made. `stated` (from the metadata) is kept when the shown date is the same
 * moment written in another time zone, or the same numbers read the other way round (03/04 for 04/03). A
 * date with no label that is the metadata's modified date is the update, not the publication.
 */
function shownDate(
  lines: readonly DateLine[],
  stated: string | null,
  modified: string | null,
  urlDate: string | null,
  valid: (date: string) => boolean,
): string | null {
  const modifiedDay = modified?.slice(0, 10);
  for (const line of lines) {
    if (!valid(line.date)) continue;
    if (line.offset < 0 ? line.lineChars > MAX_LINE_BEFORE_HEADLINE : line.offset > MAX_SHOWN_DATE_OFFSET)
      continue;
    if (line.kind === 'updated') continue;
    if (inProse(line)) continue;
    if (stated && (line.swapped === stated.slice(0, 10) || sameMoment(line.date, stated))) return stated;
    // 03/10/2023 under a /2023/10/03/ URL is 3 October.
    if (line.swapped && line.swapped === urlDate) return line.swapped;
    if (
      line.kind === 'unmarked' &&
      stated &&
      line.date === modifiedDay &&
      modifiedDay !== stated.slice(0, 10)
    )
      continue;
    return line.date;
  }
  return null;
}

const ITEMPROP_TAGS = [
  'meta',
  'time',
  'span',
  'abbr',
  'div',
  'p',
  'li',
  'small',
  'strong',
  'a',
  'dd',
  'td',
  'b',
  'i',
  'em',
];

/** Elements carrying microdata `property` (itemprop="datePublished"), in the order of ITEMPROP_TAGS. */
function withItemprop(page: HtmlPage, property: string): Element[] {
  const found: Element[] = [];
  for (const tag of ITEMPROP_TAGS) {
    for (const element of page.elements(tag)) {
      if (element.attribs.itemprop?.split(/\s+/).includes(property)) found.push(element);
    }
  }
  return found;
}

/** "This article was originally published on 26 Sep 2019": the page's own statement of its first publication. */
const ORIGINALLY = /\b(?:originally|first)\s+(?:published|posted|appeared)\b/i;
/** How far after "originally published" its date may start ("… in The Quarrion Times on 14 March 2024"). */
const ORIGINAL_DATE_REACH = 30;

/** The date a line anywhere in the body says the page was originally published on. */
function originalDate(lines: PageLines, valid: (date: string) => boolean): string | null {
  for (const piece of lines.all()) {
    if (piece.text.length > 400) continue;
    const match = ORIGINALLY.exec(piece.text);
    if (!match) continue;
    const after = match.index + match[0].length;
    const rest = piece.text.slice(after, after + ORIGINAL_DATE_REACH + 40);
    const date = datesInText(rest)[0];
    // Only words stand before the date ("on March 14, 2024"), no other number.
    const lead = date ? rest.slice(0, date.index) : '';
    if (date && date.index <= ORIGINAL_DATE_REACH && !/\d/.test(lead) && valid(date.date)) return date.date;
  }
  return null;
}

const MONTH_YEAR = new RegExp(
  String.raw`\b(?:published|posted|updated|modified|reviewed|revised|date)\b[^\d\p{L}]{0,6}(?:on\s+|in\s+)?${MONTH_NAME}\.?,?\s+((?:19|20)\d{2})\b`,
  'iu',
);

/**
 * A month and year on a short line labelled as the publication or update ("Last Updated: June 2022"), at
 * that precision: the last clue on a page that gives no day.
 */
function labelledMonth(lines: PageLines, valid: (date: string) => boolean): string | null {
  for (const piece of lines.all()) {
    if (piece.text.length > 140) continue;
    const match = MONTH_YEAR.exec(piece.text);
    if (!match) continue;
    const month = monthOfName(match[1] ?? '');
    const date = `${match[2]}-${String(month).padStart(2, '0')}`;
    if (month > 0 && valid(date)) return date;
  }
  return null;
}

/** The first date anywhere in the body on a line labelled as the publication, in an element marked as a date. */
function labelledDate(lines: PageLines, valid: (date: string) => boolean): DateLine | null {
  return (
    lines.allDates().find((line) => line.kind === 'published' && line.marked && valid(line.date)) ?? null
  );
}

/**
 * The first date on a short line anywhere in the body, not marked as an update (or, `updated`, marked so):
 * the page's only clue.
 */
function firstDateOnPage(lines: PageLines, valid: (date: string) => boolean, updated = false): string | null {
  return (
    lines.allDates().find((line) => (line.kind === 'updated') === updated && valid(line.date))?.date ?? null
  );
}

/** The <h1> showing `title`, else the first visible <h1> outside the site chrome. */
function headlineElement(page: HtmlPage, title: string): Element | null {
  let first: Element | null = null;
  for (const h1 of page.elements('h1')) {
    if (isInside(h1, HEADLINE_CHROME)) continue;
    // Bounded: an <h1> longer than the title is not it, and is not built.
    if (
      title.length <= MAX_COMPARED_TITLE_CHARS &&
      innerTextUpTo(h1, Math.max(title.length, 300))?.replace(/\s+/g, ' ') === title
    )
      return h1;
    // The page's <header> holds the site's name; the article's own <header> (in <article> or <main>) its headline.
    if (!first && !(isInside(h1, PAGE_HEADER) && !isInside(h1, MAIN_TAGS))) first = h1;
  }
  return first;
}

/**
 * The author's name: JSON-LD author of the article, the author meta tags, a byline element, a "By …" line by the
 * headline, then the author of another JSON-LD item. A value naming the site itself ("Cleveland Clinic" on
 * its own pages) is passed over for a person's name further down.
 */
function author(
  page: HtmlPage,
  jsonLd: JsonLdArticle | null,
  meta: MetaValues,
  site: TitleContext,
  text: PageLines,
): { byline: string | null; metadataByline: string | null } {
  const person = (value: string | null | undefined) => {
    const name = cleanByline(value ? unescapeEntities(value) : null);
    return name && !namesTheSite(name, site) ? name : null;
  };
  const metaAuthor = meta.get('article:author');
  const fromMetadata =
    person(jsonLd?.byline) ??
    person(meta.get('dc:creator')) ??
    person(meta.get('dcterm:creator')) ??
    person(meta.get('author')) ??
    person(meta.get('parsely-author')) ??
    (metaAuthor && !IS_URL.test(metaAuthor) ? person(metaAuthor) : null);
  const metadataByline = clean(
    jsonLd?.byline ??
      meta.get('dc:creator') ??
      meta.get('dcterm:creator') ??
      meta.get('author') ??
      meta.get('parsely-author') ??
      (metaAuthor && !IS_URL.test(metaAuthor) ? metaAuthor : null),
  );
  const found = (byline: string | null) => ({ byline, metadataByline });
  if (fromMetadata) return found(fromMetadata);
  const fromElement = bylineElement(page);
  if (fromElement && !namesTheSite(fromElement, site)) return found(fromElement);
  const pieces = text.nearHeadline();
  for (const [index, piece] of pieces.entries()) {
    // "Written by" or "Author" on a line of its own names the person on the next.
    const next = pieces[index + 1];
    const name = BYLINE_LABEL.test(piece.text) && next ? cleanByline(next.text) : nameFromByLine(piece.text);
    if (name && !namesTheSite(name, site)) return found(name);
  }
  // An author box further down ("Written by Jane Roe", "Author" over the name, "Contributors: Jane Roe").
  const lines = text.all();
  for (const [index, piece] of lines.entries()) {
    const next = lines[index + 1];
    const labelled = AUTHOR_BOX_LINE.exec(piece.text);
    const name = labelled
      ? cleanByline(labelled[1] ?? '')
      : BYLINE_LABEL.test(piece.text) && next && /^\p{Lu}/u.test(next.text)
        ? cleanByline(next.text)
        : null;
    if (name && !namesTheSite(name, site)) return found(name);
  }
  // Nothing else names a person: the site's own name as its author (personal sites, company blogs, and
  // "Jane Roe's blog").
  const siteAsAuthor = cleanByline(
    metadataByline ??
      meta.get('twitter:author-label') ??
      POSSESSIVE_SITE.exec(site.siteNames[0] ?? '')?.[1] ??
      null,
  );
  return found(
    person(jsonLd?.fallbackByline) ??
      fromElement ??
      person(meta.get('twitter:author-label')) ??
      siteAsAuthor ??
      null,
  );
}

const BYLINE_SCAN_LIMIT = 40;
/**
 * Bylines often sit in the article's <header> or <footer>; navigation, the site's footer and asides hold other
 * people's names.
 */
const BYLINE_CHROME = new Set(['nav', 'footer', 'aside']);
const MAX_BYLINE_CHARS = 200;
const COMMENTS = /comment|reply|replies|respond/i;

/** The first byline element in document order that yields a name (outside nav, footer, aside and comments). */
function bylineElement(page: HtmlPage): string | null {
  const bodies = pageBodies(page);
  const stack: Element[] = [...bodies].reverse();
  let tried = 0;
  while (stack.length > 0 && tried < BYLINE_SCAN_LIMIT) {
    const element = stack.pop() as Element;
    if (
      (BYLINE_CHROME.has(element.name) && !isArticleFooter(element)) ||
      SKIPPED_FOR_BYLINE.has(element.name)
    )
      continue;
    if (COMMENTS.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`)) continue;
    if (element.name !== 'body' && isBylineElement(element)) {
      tried++;
      const text = spacedText(element);
      if (text.trim().length <= MAX_BYLINE_CHARS) {
        const name = bylineFromElement(element);
        if (name) return name;
        continue;
      }
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child && isTag(child)) stack.push(child);
    }
  }
  return null;
}

/** A line of an author box naming the author after a label. */
const AUTHOR_BOX_LINE = /^(?:written by|authored by|contributors?:|author:)\s*(\p{Lu}.{1,60})$/iu;
/** A site called after its author: "Colin Watson's blog". */
const POSSESSIVE_SITE =
  /^(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){1,2})['’]s\s+(?:blog|weblog|site|notes|journal)$/iu;
const BYLINE_LABEL = /^(?:written by|posted by|words by|by|authors?|written by:|author:|by:)$/i;
const SKIPPED_FOR_BYLINE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select', 'form']);
