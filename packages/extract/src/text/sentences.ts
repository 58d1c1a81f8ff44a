import { isCorporateWord, isLegalSuffix } from '../events/organizations.js';
import { MONTH } from './dates.js';
import { isDictionaryWord } from './tagging.js';
/** A sentence of an article, by its character offsets: `text.slice(start, end) === sentence.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Known to be a heading (one glued to the sentence after it), whatever its capitals say. */
  heading?: boolean;
}

/** Corporate suffixes: a name ends with them, so what follows may open a sentence. */
const CORPORATE_SUFFIXES = new Set('inc ltd co corp plc llc cos pte pty pvt bhd sdn tbk'.split(' '));
/**
 * Abbreviations after which a full stop does not end a sentence, lower-cased, without the final dot: titles,
 * corporate suffixes, months and US state abbreviations as newswires write them, capitalised ("Gov.", "Ore.";
 * "iron ore." ends a sentence, and so does "fell ill."), and common Latin in any case.
 */
const CAPITALISED_ABBREVIATIONS = new Set([
  ...CORPORATE_SUFFIXES,
  ...(
    'mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st ste jr sr rev hon pres supt brig adm cmdr ' +
    'bros dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa penn tenn tex va vt wash wis wyo mt ft'
  ).split(' '),
]);
/** Titles a company's officer is named with after its name ("Nippon Steel Corp. President X said"). */
const OFFICER_TITLES = new Set(
  'President Chairman Chairwoman Chair Chief Executive Director Vice Managing Senior'.split(' '),
);
/** How many characters of the word after a full stop are read (longer words are no sentence openers we list). */
const NEXT_WORD_CHARS = 24;
const LATIN_ABBREVIATIONS = new Set('vs etc al cf eg ie approx viz'.split(' '));
/** Abbreviations that only a number follows ("No. 2", "Vol. 3"; "a no. The" ends a sentence). */
const NUMBER_ABBREVIATIONS = new Set('no nos vol fig'.split(' '));

/** Whether `word`, before a full stop that `next` (the text after it) follows, is an abbreviation. */
function isAbbreviation(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return /^\s*\d/.test(next);
  if (LATIN_ABBREVIATIONS.has(lower)) return true;
  return CAPITALISED_ABBREVIATIONS.has(lower) && /^\p{Lu}/u.test(word);
}

/** Tokens ending in a dot that are initialisms ("U.S.", "U.K.", "C.") rather than sentence ends. */
const INITIALISM = /^(?:[A-Za-z]\.)+$/;

const OPENING_QUOTES = '"\'“‘«(';

/** A photo's credit at a line's end ("REUTERS/Willy Kurniawan/File Photo", "AFP via Getty Images"). */
const PHOTO_CREDIT =
  /(?:\b(?:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Xinhua|ANADOLU)\/[^\n/]*(?:\/[^\n/]*)?|\bFile Photo|\bGetty Images)\s*$/;

/** Whether the line that ends at `i` (a newline) ends with a photo's credit, which no sentence goes on past. */
function endsWithPhotoCredit(text: string, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  return PHOTO_CREDIT.test(text.slice(Math.max(lineStart, i - 120), i));
}

/**
 * Splits article text into sentences with offsets. Blank lines always end a sentence (paragraph
 * breaks); single newlines are treated as spaces, since wire copy hard-wraps its lines, except after a list
 * item, before a timeline's dated line, and after a line much shorter than the text's full lines that ends
 * no sentence (a byline, a share bar, a table row).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const fullLine = typicalLineLength(text);
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (
      ch === '\n' &&
      (isParagraphBreak(text, i) ||
        opensListItem(text, i) ||
        opensTimelineEntry(text, i) ||
        isListItemLine(text, start) ||
        introducesLines(text, i, fullLine) ||
        endsWithPhotoCredit(text, i) ||
        isParentheticalLine(text, i) ||
        isShortUnfinishedLine(text, i, fullLine))
    ) {
      push(sentences, text, start, i);
      start = skipSpace(text, i);
      i = start;
      continue;
    }
    if (isGluedWordSeam(text, i)) {
      push(sentences, text, start, i + 1);
      start = i + 1;
      i = start;
      continue;
    }
    if ((ch === '.' || ch === '!' || ch === '?') && endsSentence(text, start, i)) {
      let end = i + 1;
      while (end < text.length && /[.!?"'”’)\]]/.test(text[end] ?? '')) end++;
      push(sentences, text, start, end);
      start = skipSpace(text, end);
      i = start;
      continue;
    }
    i++;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  // A list item's bullet is no word of its sentence.
  const bullet = BULLET.exec(text.slice(s, Math.min(e, s + 8)));
  if (bullet) s += bullet[0].length;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Which share of the text's lines are at most as long as its typical full line. */
const FULL_LINE_QUANTILE = 0.9;
/** How much shorter than a full line a line is that stands alone (a byline, a share bar, a table row). */
const SHORT_LINE_SHARE = 0.6;

/** The length of the text's long lines: the wrap width of hard-wrapped copy, a paragraph's otherwise. */
function typicalLineLength(text: string): number {
  const lengths = text
    .split('\n')
    .map((line) => line.trim().length)
    .filter((n) => n > 0)
    .sort((x, y) => x - y);
  // Rounded, so that a text of two lines ("CAPE TOWN" over a paragraph) takes its long line as the full one.
  return lengths[Math.round((lengths.length - 1) * FULL_LINE_QUANTILE)] ?? 0;
}

/**
 * "Share: Facebook X LinkedIn Email", "Related coverage", a row of a price table: a line much shorter than
 * the text's full lines, with no punctuation or word that carries the sentence on, before a line that opens
 * like a sentence, stands alone (hard-wrapped copy breaks its lines near the full width, or after a full
 * stop at a paragraph's end).
 */
function isShortUnfinishedLine(text: string, i: number, fullLine: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim();
  if (line.length === 0 || line.length >= fullLine * SHORT_LINE_SHARE) return false;
  if (/[,;(\-–—/&]$/.test(line) || CARRYING_WORDS.test(line.split(/\s+/).at(-1) ?? '')) return false;
  return /^\s*["“‘(]?\p{Lu}/u.test(text.slice(i + 1, i + 8));
}

/** How many words a line of a list may have ("Korvath Trading LLC (UAE)", "Vietnam: 46%"). */
const LIST_LINE_WORDS = 8;

/**
 * "sanctioned the following companies:" over a line of its own: a line that ends with a colon introduces the
 * lines after it (a list, a table), each a sentence of its own.
 */
function introducesLines(text: string, i: number, fullLine: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const line = text.slice(lineStart, i).trim();
  if (/:$/.test(line)) return /^\s*\S/.test(text.slice(i + 1, i + 4));
  // The lines of the list go on, short, each opening like a name, a figure or a bullet.
  const short = line.length < fullLine * SHORT_LINE_SHARE || line.split(/\s+/).length <= LIST_LINE_WORDS;
  if (!short || !/^\s*[\p{Lu}\d]/u.test(text.slice(i + 1, i + 4))) return false;
  // The lines before, back to the paragraph's start (at most a list's length, so that long texts stay linear).
  let end = lineStart - 1;
  for (let n = 0; n < LIST_LINES && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const earlier = text.slice(start, end);
    if (earlier.trim() === '') return false;
    if (/:[ \t]*$/.test(earlier)) return true;
    end = start - 1;
  }
  return false;
}

/**
 * "(Adds comment from ministry in paragraph 4)": a line wholly in brackets (a wire story's note on what changed,
 * an editor's note) stands alone.
 */
function isParentheticalLine(text: string, i: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim();
  return line.startsWith('(') && line.endsWith(')') && !line.slice(1, -1).includes(')');
}

/** How many lines back a list's introducing line may stand. */
const LIST_LINES = 40;

/** Words that carry a sentence on to the next line ("imposed tariffs on\nJapanese goods"). */
const CARRYING_WORDS =
  /^(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|as|that|which|who|its|their|his|her|is|are|was|were|be|been|has|have|had|will|would|said|says)$/i;

/** A line break followed by a blank line, or by an indented line (wire copy marks paragraphs by indenting). */
function isParagraphBreak(text: string, i: number): boolean {
  const rest = text.slice(i + 1, i + 12);
  return /^[ \t]*\n/.test(rest) || /^(?: {3,}|\t)\S/.test(rest);
}

/** How many characters a list item's indent and bullet may take at the start of its line. */
const LIST_MARKER_CHARS = 12;

/** Whether the sentence starting at `start` is a line of a list ("- China: 34%"): the line's end ends it too. */
function isListItemLine(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return (
    lineStart >= start - LIST_MARKER_CHARS &&
    BULLET.test(text.slice(lineStart, lineStart + LIST_MARKER_CHARS).replace(/^[ \t]+/, ''))
  );
}

/**
 * A line that opens with a bullet ("- ", "* ", "• "): an item of a list, which is a sentence of its own
 * whatever the line before ends with ("Key takeaways" lists).
 */
function opensListItem(text: string, i: number): boolean {
  return BULLET.test(text.slice(i + 1, i + LIST_MARKER_CHARS).replace(/^[ \t]+/, ''));
}

/**
 * A line that opens with a date and a colon ("April 4: China adds …", "2019: Huawei is added …"): an entry of a
 * timeline, a sentence of its own whatever the line before ends with.
 */
function opensTimelineEntry(text: string, i: number): boolean {
  return TIMELINE_DATE.test(text.slice(i + 1, i + 24).replace(/^[ \t]+/, ''));
}

const TIMELINE_DATE = new RegExp(
  String.raw`^(?:${MONTH} \d{1,2}(?:, \d{4})?|${MONTH},? (?:19|20)\d{2}|\d{1,2} ${MONTH}(?: \d{4})?|(?:19|20)\d{2}):\s`,
);

/** The bullet that opens a list item, and the space after it. */
const BULLET = /^(?:[-*•–●▪■◦►‣]|\d{1,2}[.)])[ \t]+(?=\S)/;

/**
 * A heading glued to the next sentence with no space, as flattened feeds print them ("geopolitical
 * risksHive has data centers"): a lower-case word of three letters or more running into a capitalised
 * one. Names written in camel case start with a capital ("BlackRock") or a single letter ("iPhone").
 */
function isGluedWordSeam(text: string, i: number): boolean {
  if (!isUpperAscii(text, i + 1) || !isLowerAscii(text, i + 2)) return false;
  if (isUpperAscii(text, i)) return isGluedAcronymSeam(text, i);
  if (!isLowerAscii(text, i)) return false;
  let s = i;
  while (s > 0 && isLowerAscii(text, s - 1)) s--;
  return i - s + 1 >= 3 && (s === 0 || /\s/.test(text[s - 1] ?? ''));
}

/**
 * "refocuses on USThe CEO said": an acronym of two letters or more running into a word that opens
 * sentences; "CEOs", "ASICs" and "PCIe" go on in lower case, and open none.
 */
function isGluedAcronymSeam(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && isUpperAscii(text, s - 1)) s--;
  if (i - s + 1 < 2 || (s > 0 && !/\s/.test(text[s - 1] ?? ''))) return false;
  const word = /^\p{Lu}\p{Ll}+/u.exec(text.slice(i + 1))?.[0] ?? '';
  return SENTENCE_STARTERS.has(word) && !/\p{L}/u.test(text[i + 1 + word.length] ?? '');
}

const isLowerAscii = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
};
const isUpperAscii = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};

/** "market.In an interview": a full stop with no space after it ends a sentence between two words. */
function isGluedFullStop(text: string, i: number): boolean {
  return (
    /\p{Ll}{2}/u.test(text.slice(i - 2, i)) &&
    /\p{Lu}/u.test(text[i + 1] ?? '') &&
    /\p{Ll}/u.test(text[i + 2] ?? '')
  );
}

function endsSentence(text: string, sentenceStart: number, i: number): boolean {
  // "1. Korvath Trading LLC", "the following entities: 1. X; 2. Y": the number of a list's item ends nothing.
  if (/^\d{1,2}$/.test(text.slice(sentenceStart, i)) && text[i] === '.') return false;
  if (text[i] === '.' && /[:;]\s*\d{1,2}$/.test(text.slice(Math.max(sentenceStart, i - 6), i))) return false;
  let next = i + 1;
  while (next < text.length && /["'”’)\]]/.test(text[next] ?? '')) next++;
  if (next < text.length && !/\s/.test(text[next] ?? ''))
    return (
      text[i] === '.' &&
      next === i + 1 &&
      isGluedFullStop(text, i) &&
      !isAbbreviation(lastWord(text, sentenceStart, i), text.slice(next, next + 8))
    );
  const following = text.slice(skipSpace(text, next), skipSpace(text, next) + 2);
  if (following === '') return true;
  const first = following[0] ?? '';
  const startsLikeSentence = /[\p{Lu}\d]/u.test(first) || OPENING_QUOTES.includes(first);
  if (!startsLikeSentence) return false;
  if (text[i] !== '.') return true;

  const word = lastWord(text, sentenceStart, i);
  if (word === '') return true;
  // The word that opens what follows, read from a few characters only: this runs at every full stop.
  const after = skipSpace(text, next);
  const nextWord = /^[\p{L}']+/u.exec(text.slice(after, after + NEXT_WORD_CHARS))?.[0] ?? '';
  // "sanctioned Kassala Minerals Ltd. Businessman X was also …": a company's suffix ends the sentence when an
  // ordinary word opens the next one (not "Co. Holdings", "Co. Ltd").
  if (CORPORATE_SUFFIXES.has(word.toLowerCase()) && /^\p{Lu}/u.test(word))
    return (
      SENTENCE_STARTERS.has(nextWord) ||
      (isDictionaryWord(nextWord) &&
        !isCorporateWord(nextWord) &&
        !isLegalSuffix(nextWord) &&
        !OFFICER_TITLES.has(nextWord))
    );
  if (isAbbreviation(word, text.slice(next, next + 8))) return false;
  if (INITIALISM.test(`${word}.`)) {
    // "U.S. officials" continues the sentence; "...imports from the U.S. The ministry..." ends it.
    // Initialisms are resolved by what follows: a function word or pronoun starts a new sentence.
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

const SENTENCE_STARTERS = new Set(
  'The A An It He She They We I This That These Those Its Their His Her In On At But And However Meanwhile Also For If When While After Before Since Under Some Many Most'.split(
    ' ',
  ),
);

function lastWord(text: string, sentenceStart: number, dot: number): string {
  let s = dot;
  while (s > sentenceStart && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  return text.slice(s, dot);
}
