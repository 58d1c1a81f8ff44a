/**
 * Is this page an article? News, blog posts, guides and reviews are; section fronts, tag and listing pages,
 * product and service pages, forums and documentation are not, and neither is a page with next to no text.
 *
 * A page with under 40 words of main text is never an article. Otherwise a logistic model over page signals
 * (how much text is in links, the JSON-LD and OpenGraph types, prices, the main text's paragraphs, a byline and
 * a date) decides; its weights are data (data/page-type-model.json), fitted on the WCXB development pages with
 * cross-validation (see eval/train-page-type.mjs).
 */
import { createRequire } from 'node:module';
import { type AnyNode, type HtmlPage, isTag, isText } from './dom.js';

/** Fewer words of main text than this, and the page is not an article, whatever else it shows. */
export const MIN_ARTICLE_WORDS = 40;

/** Signals read from the whole page before the content search rewrites it. */
export interface PageSignals {
  /** Characters of visible body text, and how many of them are link text. */
  bodyChars: number;
  linkChars: number;
  /** Characters of text outside links in a comment thread (an element whose id or class says comments). */
  commentChars?: number;
  links: number;
  /** schema.org types named in JSON-LD and microdata (itemtype), lowercased. */
  types: string[];
  ogType: string | null;
  prices: number;
  forms: number;
  h1s: number;
  h2s: number;
  listItems: number;
  hasDate: boolean;
  hasAuthor: boolean;
  /** Path of the page's URL (lowercased), or null without one. */
  path: string | null;
  /** Host of the page's URL (lowercased), when known. */
  host?: string | null;
  urlHasDate: boolean;
}

const COMMENTS = /(?:^|[\s_-])(?:comments?|commentlist|comment-list|disqus_thread)(?:$|[\s_-])/i;
const COMMENT_HINT = /comment|disqus/i;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const PRICE = /(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|usd|eur|gbp)\b)/gi;
const MICRODATA_TYPE = /schema\.org\/(\w+)/i;

/** Whether an id or class names a comment thread; most name nothing like it, told by a cheap first test. */
function isCommentThread(name: string | undefined): boolean {
  return name !== undefined && COMMENT_HINT.test(name) && COMMENTS.test(name);
}

/** One walk over the body: visible text, link text and prices. */
export function readPageSignals(
  page: HtmlPage,
  facts: {
    jsonLdTypes: string[];
    ogType: string | null;
    hasDate: boolean;
    hasAuthor: boolean;
    url: string | null;
  },
): PageSignals {
  let bodyChars = 0;
  let linkChars = 0;
  let commentChars = 0;
  let prices = 0;
  const visit = (node: AnyNode, inLink: boolean, inComments: boolean): void => {
    if (isText(node)) {
      const length = node.data.trim().length;
      bodyChars += length;
      if (inLink) linkChars += length;
      else if (inComments) commentChars += length;
      if (length > 0 && /\d/.test(node.data)) prices += node.data.match(PRICE)?.length ?? 0;
      return;
    }
    if (!isTag(node) || SKIPPED.has(node.name)) return;
    const link = inLink || node.name === 'a';
    const comments = inComments || isCommentThread(node.attribs.id) || isCommentThread(node.attribs.class);
    for (const child of node.children) visit(child, link, comments);
  };
  const body = page.elements('body')[0];
  if (body) visit(body, false, false);
  const types = new Set(facts.jsonLdTypes.map((type) => type.toLowerCase()));
  for (const tag of ['div', 'article', 'main', 'section', 'body', 'html', 'li', 'span']) {
    for (const element of page.elements(tag)) {
      const itemtype = element.attribs.itemtype;
      const match = itemtype ? MICRODATA_TYPE.exec(itemtype) : null;
      if (match?.[1]) types.add(match[1].toLowerCase());
    }
  }
  let path: string | null = null;
  let host: string | null = null;
  if (facts.url) {
    try {
      const url = new URL(facts.url);
      path = url.pathname.toLowerCase();
      host = url.hostname.toLowerCase();
    } catch {}
  }
  return {
    bodyChars,
    linkChars,
    commentChars,
    links: page.elements('a').length,
    types: [...types],
    ogType: facts.ogType?.toLowerCase() ?? null,
    prices,
    forms: page.elements('form').length + page.elements('input').length,
    h1s: page.elements('h1').length,
    h2s: page.elements('h2').length + page.elements('h3').length,
    listItems: page.elements('li').length,
    hasDate: facts.hasDate,
    hasAuthor: facts.hasAuthor,
    path,
    host,
    urlHasDate:
      path !== null &&
      (/\/(?:19|20)\d{2}\/(?:\d{1,2}\/)?/.test(path) || /(?:19|20)\d{2}-\d{2}-\d{2}/.test(path)),
  };
}

const ARTICLE_TYPES =
  /^(?:article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|techarticle|scholarlyarticle|report|liveblogposting|medicalwebpage|howto|recipe|review)$/;
const PRODUCT_TYPES =
  /^(?:product|productgroup|offer|aggregateoffer|individualproduct|softwareapplication|car|vehicle)$/;
const LISTING_TYPES = /^(?:collectionpage|itemlist|searchresultspage|offercatalog|profilepage)$/;
const FORUM_TYPES = /^(?:discussionforumposting|qapage|question|socialmediaposting|comment)$/;
const SERVICE_TYPES =
  /^(?:service|localbusiness|professionalservice|organization|corporation|store|homeandconstructionbusiness|legalservice|medicalbusiness|faqpage)$/;
const PRODUCT_PATH = /\/(?:products?|shop|store|item|p|dp|buy|collections?)\//;
const LISTING_PATH =
  /\/(?:tags?|category|categories|topics?|archives?|section|author|authors|search|page\/\d+)(?:\/|$)/;
const DOCS_PATH = /\/(?:docs?|documentation|manual|reference|api|kb|help|support|wiki)(?:\/|$)/;
/** A documentation or wiki subdomain: docs.example.com, wiki.example.org, developer.example.com. */
const DOCS_HOST = /^(?:docs?|wiki|developers?|dev|api|manual|help|support|kb)\./;
const FORUM_HOST = /^(?:community|forums?|discuss|talk|answers)\./;
/** Service, solution and programme pages. */
const SERVICE_PATH =
  /\/(?:services?|solutions?|pricing|plans|features|platform|what-we-do|expertise|programs?|degrees?|consulting)(?:\/|$)/;
const FORUM_PATH = /\/(?:forums?|threads?|questions?|community|discussions?|t|r)\//;
const ARTICLE_PATH =
  /\/(?:blog|news|article|articles|posts?|stories|story|insights|resources|learn|guides?)\//;

/** Main-text figures that go with the page signals. */
export interface TextFigures {
  words: number;
  paragraphs: number;
  /** Paragraphs of 25 words or more: running prose rather than link lists, cards or captions. */
  longParagraphs: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const CHARS_PER_CJK_WORD = 2;

/**
 * Words as the benchmark counts them (runs of letters and digits), except that scripts written without
 * spaces count a word per two characters: a Japanese paragraph is one "run" but dozens of words.
 */
export function wordCount(text: string): number {
  // One pass over the characters, no token built: a regular expression per token (and an array of them
  // all) took most of the time of a page of megabytes (issue 13), five times longer in two-byte text.
  let count = 0;
  let length = 0;
  let cjk = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let units = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        units = 2;
        i++;
      }
    }
    const kind = charKind(code);
    if (kind === NOT_WORD) {
      if (length > 0) count += cjk ? Math.max(1, Math.round(length / CHARS_PER_CJK_WORD)) : 1;
      length = 0;
      cjk = false;
    } else {
      length += units;
      if (kind === CJK_WORD) cjk = true;
    }
  }
  if (length > 0) count += cjk ? Math.max(1, Math.round(length / CHARS_PER_CJK_WORD)) : 1;
  return count;
}

/** What a code point is to wordCount: outside words, in one ([\p{L}\p{N}_]), in one and CJK or Thai. */
const NOT_WORD = 1;
const WORD = 2;
const CJK_WORD = 3;
const WORD_CHARACTER = /^[\p{L}\p{N}_]$/u;
/** Kinds of the code points below 0x10000 met so far (0: not yet met), and of the others. */
const bmpKinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();

function charKind(code: number): number {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
      ? WORD
      : NOT_WORD;
  }
  const known = code < 0x10000 ? bmpKinds[code] : astralKinds.get(code);
  if (known) return known;
  const character = String.fromCodePoint(code);
  const kind = !WORD_CHARACTER.test(character) ? NOT_WORD : CJK.test(character) ? CJK_WORD : WORD;
  if (code < 0x10000) bmpKinds[code] = kind;
  else astralKinds.set(code, kind);
  return kind;
}

export function textFigures(paragraphs: readonly string[]): TextFigures {
  let words = 0;
  let longParagraphs = 0;
  for (const paragraph of paragraphs) {
    const count = wordCount(paragraph);
    words += count;
    if (count >= 25) longParagraphs++;
  }
  return { words, paragraphs: paragraphs.length, longParagraphs };
}

/** The model's inputs, by name (the weights file uses the same names). */
export function pageFeatures(signals: PageSignals, text: TextFigures): Record<string, number> {
  const has = (pattern: RegExp) => (signals.types.some((type) => pattern.test(type)) ? 1 : 0);
  const log = (value: number) => Math.log1p(value);
  const features: Record<string, number> = {
    logWords: log(text.words),
    logParagraphs: log(text.paragraphs),
    longParagraphShare: text.paragraphs ? text.longParagraphs / text.paragraphs : 0,
    logLongParagraphs: log(text.longParagraphs),
    linkDensity: signals.bodyChars ? signals.linkChars / signals.bodyChars : 0,
    mainShare: signals.bodyChars ? Math.min(1, (text.words * 6) / signals.bodyChars) : 0,
    logLinks: log(signals.links),
    logPrices: log(signals.prices),
    logForms: log(signals.forms),
    logH2s: log(signals.h2s),
    logListItems: log(signals.listItems),
    multipleH1: signals.h1s > 1 ? 1 : 0,
    noH1: signals.h1s === 0 ? 1 : 0,
    hasDate: signals.hasDate ? 1 : 0,
    hasAuthor: signals.hasAuthor ? 1 : 0,
    ogArticle: signals.ogType === 'article' ? 1 : 0,
    ogProduct: signals.ogType?.includes('product') ? 1 : 0,
    ogWebsite: signals.ogType === 'website' ? 1 : 0,
    ldArticle: has(ARTICLE_TYPES),
    ldProduct: has(PRODUCT_TYPES),
    ldListing: has(LISTING_TYPES),
    ldForum: has(FORUM_TYPES),
    ldService: has(SERVICE_TYPES),
  };
  // Without a URL the address features are unknown, not zero (a depth of 0 is a home page): left out, the
  // model takes them at their mean, so they weigh neither way.
  const path = signals.path;
  if (path === null) return features;
  features.pathDepth = Math.min(4, path.split('/').filter(Boolean).length);
  features.urlDate = signals.urlHasDate ? 1 : 0;
  features.urlArticle = ARTICLE_PATH.test(path) ? 1 : 0;
  features.urlProduct = PRODUCT_PATH.test(path) ? 1 : 0;
  features.urlListing = LISTING_PATH.test(path) ? 1 : 0;
  features.urlDocs = DOCS_PATH.test(path) ? 1 : 0;
  features.urlForum = FORUM_PATH.test(path) ? 1 : 0;
  features.rootPath = path === '/' ? 1 : 0;
  features.hostDocs = DOCS_HOST.test(signals.host ?? '') ? 1 : 0;
  features.hostForum = FORUM_HOST.test(signals.host ?? '') ? 1 : 0;
  features.urlService = SERVICE_PATH.test(path) ? 1 : 0;
  return features;
}

interface PageTypeModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
  /** Per feature: mean and standard deviation used to scale it before the weights apply. */
  scale: Record<string, [number, number]>;
}

let model: PageTypeModel | null | undefined;

function loadModel(): PageTypeModel | null {
  if (model === undefined) {
    try {
      model = createRequire(import.meta.url)('../../data/page-type-model.json') as PageTypeModel;
    } catch {
      model = null;
    }
  }
  return model;
}

/** The model's probability that the page is an article (0.5 when no model is available). */
export function articleProbability(features: Record<string, number>, weights = loadModel()): number {
  if (!weights) return 0.5;
  let z = weights.bias;
  for (const [name, weight] of Object.entries(weights.weights)) {
    const [mean, deviation] = weights.scale[name] ?? [0, 1];
    z += (weight * ((features[name] ?? mean) - mean)) / (deviation || 1);
  }
  return 1 / (1 + Math.exp(-z));
}

export interface PageType {
  isArticle: boolean;
  /** Why not, when not: "too little text (12 words)", "a product page", "a listing of links" … */
  notArticleReason: string | null;
}

/** Decides whether the page is an article, and says why not. */
export function classifyPage(signals: PageSignals, paragraphs: readonly string[]): PageType {
  const text = textFigures(paragraphs);
  if (text.words < MIN_ARTICLE_WORDS) {
    return { isArticle: false, notArticleReason: `too little text (${text.words} words)` };
  }
  const features = pageFeatures(signals, text);
  const weights = loadModel();
  if (!weights || articleProbability(features, weights) >= weights.threshold) {
    return { isArticle: true, notArticleReason: null };
  }
  return { isArticle: false, notArticleReason: reasonFor(features) };
}

/** The most telling reason a page is not an article, in words. */
function reasonFor(features: Record<string, number>): string {
  if (
    features.ldProduct ||
    features.ogProduct ||
    features.urlProduct ||
    (features.logPrices ?? 0) > Math.log1p(5)
  )
    return 'a product page';
  if (features.ldForum || features.urlForum) return 'a forum or discussion page';
  if (features.urlDocs || features.hostDocs) return 'a documentation page';
  if (features.ldListing || features.urlListing || (features.linkDensity ?? 0) > 0.5)
    return 'a listing of links';
  if (features.ldService) return 'a service or company page';
  if ((features.longParagraphShare ?? 0) < 0.2) return 'little running text (cards, lists or snippets)';
  return 'not article-like (page signals)';
}
