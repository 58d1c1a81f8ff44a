import { isValidIsoDate, toIsoDate } from '@assay/schema';

/** A date stated in text, resolved to ISO 8601 at the precision the text gives (2025, 2025-04, 2025-04-03). */
export interface DateMention {
  iso: string;
  start: number;
  end: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** Whether a lowercased word names a month ("march", "may"). */
export function isMonthName(norm: string): boolean {
  return MONTHS.includes(norm);
}

const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** A month's name or its abbreviation, as a capturing group of a regular expression's source. */
export const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;

/** Whether a lowercased word names a month in full or abbreviated ("june", "jan", "sept."). */
export function isMonthWord(norm: string): boolean {
  return monthNumber(norm) > 0;
}

function monthNumber(word: string): number {
  const key = word.toLowerCase().replace('.', '');
  const full = MONTHS.indexOf(key);
  return full >= 0 ? full + 1 : (MONTH_ABBREVIATIONS[key] ?? 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Reference {
  year: number;
  month: number;
  /** Day of the month, 0 when the published date gives none. */
  day: number;
}

function referenceOf(published: string | null | undefined): Reference | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(toIsoDate(published) ?? '');
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2] ?? 0), day: Number(m[3] ?? 0) };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Whether a lowercased word names a day of the week ("tuesday"). */
export function isWeekdayName(norm: string): boolean {
  return WEEKDAYS.includes(norm);
}

/** The published day moved back by `days` (or to the latest given weekday on or before it). */
function daysBefore(ref: Reference | undefined, back: (published: Date) => number): string | undefined {
  if (!ref || ref.day === 0) return undefined;
  const published = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const date = new Date(published.getTime() - back(published) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

type Rule = {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ref: Reference | undefined) => string | undefined;
  /**
   * The reading forward from the published date, for words that do not say which way they point ("on
   * Friday", "in July"): taken when the verb that governs the date speaks of the future.
   */
  ahead?: (m: RegExpExecArray, ref: Reference | undefined) => string | undefined;
  /** How many words from the date the verb that makes it point ahead may stand, when not GOVERNOR_WORDS. */
  aheadWithin?: number;
};

// Ordered from the most to the least specific, so that "April 3, 2025" is not also read as "April 3".
const RULES: Rule[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => `${m[1]}-${m[2]}-${m[3]}`,
  },
  {
    // "on 28.05.2025": dots between the numbers write the day first, as they do wherever they are used ("No.
    // 12.04.2025" numbers a decree).
    pattern: /(?<!\bNo\.?\s?)\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g,
    resolve: (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12
        ? `${m[3]}-${pad(month)}-${pad(day)}`
        : undefined;
    },
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'g'),
    resolve: (m) => `${m[3]}-${pad(monthNumber(m[1] ?? ''))}-${pad(Number(m[2]))}`,
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'g'),
    resolve: (m) => `${m[3]}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}`,
  },
  {
    pattern: new RegExp(String.raw`\b${MONTH},?\s+(\d{4})\b`, 'g'),
    resolve: (m) => `${m[2]}-${pad(monthNumber(m[1] ?? ''))}`,
  },
  {
    // "on April 17": the year is the article's, or the next one when the month has passed long ago (read
    // forward), or the last one for the day of an action months ahead (read back: see `dayBack`).
    pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,\s]*\d{4})`, 'g'),
    resolve: (m, ref) => dayBack(ref, monthNumber(m[1] ?? ''), Number(m[2]), daysAnAction(m)),
    ahead: (m, ref) => dayAhead(ref, monthNumber(m[1] ?? ''), Number(m[2])),
  },
  {
    // "on 1 March", "the 3rd of June": day first, the year read as for "on April 17".
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?![,\s]*\d{4})`, 'g'),
    resolve: (m, ref) => dayBack(ref, monthNumber(m[2] ?? ''), Number(m[1]), daysAnAction(m)),
    ahead: (m, ref) => dayAhead(ref, monthNumber(m[2] ?? ''), Number(m[1])),
  },
  {
    pattern: new RegExp(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext)\s+${MONTH}\b`, 'g'),
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const month = monthNumber(m[2] ?? '');
      const which = (m[1] ?? '').toLowerCase();
      let year = ref.year;
      if (which === 'last' && (ref.month === 0 || month >= ref.month)) year--;
      if (which === 'next' && month <= ref.month) year++;
      return `${year}-${pad(month)}`;
    },
  },
  {
    // "delayed until March", "by March": a deadline, the first March on or after the article's month.
    pattern: new RegExp(
      String.raw`\b(?:[Uu]ntil|[Bb]y)\s+(?:early\s+|late\s+|mid-)?${MONTH}\b(?![,\s]*\d)`,
      'g',
    ),
    resolve: (m, ref) => monthAhead(ref, monthNumber(m[1] ?? '')),
  },
  {
    // "in March": the latest March on or before the article's month.
    pattern: new RegExp(
      String.raw`\b(?:[Ii]n|[Ss]ince|[Ff]rom)\s+(?:early\s+|late\s+|mid-)?${MONTH}\b(?![,\s]*\d)`,
      'g',
    ),
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const month = monthNumber(m[1] ?? '');
      const year = ref.month !== 0 && month > ref.month ? ref.year - 1 : ref.year;
      return `${year}-${pad(month)}`;
    },
    ahead: (m, ref) => monthAhead(ref, monthNumber(m[1] ?? '')),
  },
  {
    pattern: /\b(last|this|next)\s+month\b/gi,
    resolve: (m, ref) => {
      if (!ref || ref.month === 0) return undefined;
      const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? '').toLowerCase() as 'last' | 'this' | 'next'];
      const index = ref.year * 12 + (ref.month - 1) + offset;
      return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    },
  },
  {
    pattern: /\b(earlier this|later this|this|last|next|earlier last)\s+year\b/gi,
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const which = (m[1] ?? '').toLowerCase();
      const offset = which.includes('last') ? -1 : which === 'next' ? 1 : 0;
      return String(ref.year + offset);
    },
  },
  {
    // "2023: China restricts graphite exports", "2021 — Indonesia bans …": a year that heads a timeline's line
    // dates it (not the first of a span, "2021 – 2023").
    pattern: /^((?:19|20)\d{2})(?=(?::|\s+[—–-])\s+(?!(?:19|20)\d{2}\b))/g,
    resolve: (m) => m[1],
  },
  {
    // "in 2018", "since 2019" (on the list since then: the year it was put there), "from 2027", "by 2028",
    // "until 2026"; not a span of years ("from 2019 to 2022", "2019-2022").
    pattern:
      /\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Ss]tarting(?: in)?|[Bb]eginning(?: in)?)\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d|\s+(?:to|through|and)\s+(?:19|20)\d{2}\b)/g,
    resolve: (m) => m[1],
  },
  {
    // News reports the past week by weekday ("said on Monday", "said Wednesday"): the latest such day up to the
    // published one.
    pattern:
      /(?:\b(?:[Oo]n|[Ll]ast)\s+|(?<=\b(?:said|says|announced|reported|added|confirmed|late|early)\s))(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: (m, ref) =>
      daysBefore(ref, (published) => {
        const weekday = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
        return (published.getUTCDay() - weekday + 7) % 7;
      }),
    // "will take effect on Friday": the first such day from the published one ("last Friday" is never ahead).
    // News dates statements by weekday, so only a verb close by makes one point ahead.
    ahead: (m, ref) =>
      /^last\b/i.test(m[0])
        ? undefined
        : daysBefore(ref, (published) => {
            const weekday = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
            return -((weekday - published.getUTCDay() + 7) % 7);
          }),
    aheadWithin: 6,
  },
  {
    // "The Commerce Department Thursday added …", "following Wednesday's decision": wire copy's bare weekday before
    // the verb it dates, or owning the decision, is the latest such day up to the published one.
    pattern:
      /(?<=\s)(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?=\s+(?:[a-z]+ed|said|put|set|cut|made|told|gave|took|struck|won|hit)\b|['’]s\s+(?:decision|announcement|move|order|ruling|statement|notice)\b)/g,
    resolve: (m, ref) =>
      daysBefore(ref, (published) => {
        const weekday = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
        return (published.getUTCDay() - weekday + 7) % 7;
      }),
  },
  {
    pattern: /\b(yesterday|today)\b/gi,
    resolve: (m, ref) => daysBefore(ref, () => ((m[1] ?? '').toLowerCase() === 'yesterday' ? 1 : 0)),
  },
];

/** Finds dates in a sentence; relative ones ("last October", "earlier this year") need the published date. */
export function findDates(text: string, published?: string | null): DateMention[] {
  const ref = referenceOf(published);
  const found: DateMention[] = [];
  const taken = (start: number, end: number) => found.some((d) => start < d.end && end > d.start);
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const end = m.index + m[0].length;
      if (taken(m.index, end)) continue;
      const time = rule.ahead
        ? timeOfGovernor(text, m.index, end, rule.aheadWithin ?? GOVERNOR_WORDS)
        : 'past';
      const ahead = time !== 'past' ? rule.ahead?.(m as RegExpExecArray, ref) : undefined;
      const back = rule.resolve(m as RegExpExecArray, ref);
      const iso = time === 'either' ? nearer(ahead, back, ref) : ahead || back;
      // "May 99, 2024" or a relative date against a broken published date is no date.
      if (iso && isValidIsoDate(iso)) found.push({ iso, start: m.index, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first given month on or after the published month ("until March", "will take effect in July"). */
function monthAhead(ref: Reference | undefined, month: number): string | undefined {
  if (!ref) return undefined;
  const year = ref.month !== 0 && month < ref.month ? ref.year + 1 : ref.year;
  return `${year}-${pad(month)}`;
}

/**
 * The given day read forward ("will take effect on January 5"): next year's only when this year's is more
 * than a month gone, since a step may start on a day just past ("12 months from March 1", two days later).
 */
function dayAhead(ref: Reference | undefined, month: number, day: number): string | undefined {
  if (!ref) return undefined;
  if (ref.month === 0) return `${ref.year}-${pad(month)}-${pad(day)}`;
  const daysGone =
    (Date.UTC(ref.year, ref.month - 1, ref.day || 1) - Date.UTC(ref.year, month - 1, day)) / 86_400_000;
  return `${daysGone > RECENT_START_DAYS ? ref.year + 1 : ref.year}-${pad(month)}-${pad(day)}`;
}
/** How long ago a day may be and still be the start of a step read forward. */
const RECENT_START_DAYS = 31;

/**
 * The given day read back ("threatened tariffs on Nov. 25"): this year's, or last year's when the day dates an
 * action (after "on", or heading a line) and this year's is months ahead of the article (a January report of "On
 * Nov. 25, …"); a day a few months ahead stays this year's, and so does any day a past verb sets to come ("set an
 * Oct. 1 deadline", "delayed them until Dec. 1", "agreed to impose duties from Oct. 15").
 */
function dayBack(
  ref: Reference | undefined,
  month: number,
  day: number,
  ofAction: boolean,
): string | undefined {
  if (!ref) return undefined;
  if (ref.month === 0 || !ofAction) return `${ref.year}-${pad(month)}-${pad(day)}`;
  const daysAhead =
    (Date.UTC(ref.year, month - 1, day) - Date.UTC(ref.year, ref.month - 1, ref.day || 1)) / 86_400_000;
  return `${daysAhead > FUTURE_DAY_DAYS ? ref.year - 1 : ref.year}-${pad(month)}-${pad(day)}`;
}
/** Whether a day is the day of an action: after "on", or heading its line ("Nov. 25 — Trump threatens …"). */
function daysAnAction(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 4), m.index);
  // ("On Nov. 10, Washington is set to raise tariffs", "tariffs are slated to begin on November 1": a day the words
  // around it put ahead.)
  const around = m.input.slice(Math.max(0, m.index - FUTURE_REACH), m.index + m[0].length + FUTURE_REACH);
  return (
    (m.index === 0 || /\n\s*$/.test(before) || /\b[Oo]n\s+$/.test(before)) && !FUTURE_WORDS_NEAR.test(around)
  );
}
/** How far before and after a day the words that put it ahead are read. */
const FUTURE_REACH = 100;
const FUTURE_WORDS_NEAR =
  /\b(?:will|would|shall|(?:is|are|be) (?:set|due|scheduled|slated|poised|expected) to|(?:is|are) to|plans? to|expects? to|intends? to)\b/i;

/** How far ahead of the article a day read back may be and still be this year's. */
const FUTURE_DAY_DAYS = 120;

/** Words that put what follows them in the future ("will", "effective on", "due to start in"). */
const FUTURE_WORDS =
  /^(?:will|would|shall|['’]ll|effective|starting|beginning|due|scheduled|planned|plans|plan|expected)$/i;
/** Words of a start, ahead of the verb they go with ("will take effect, starting May 1"; "imposed, effective March 10"). */
const START_WORDS = /^(?:effective|starting|beginning)$/i;
/** Past verbs of committing to a step, whose infinitive is still to come ("agreed to scrap tariffs from July"). */
const COMMITTING = /^(?:agreed|decided|pledged|promised|vowed|voted|resolved|committed|opted|moved)$/i;
/** Present verbs of coming into force, future when the words after them say so ("take effect", "kicks in"). */
const IN_FORCE_VERBS = /^(?:takes?|comes?|goes?|kicks?)$/i;
const IN_FORCE_WORDS = /^(?:effect|into|in|force)$/i;
/** Their participles, words of a start as "effective" is: "approved tariffs, taking effect on Jan. 1". */
const IN_FORCE_PARTICIPLES = /^(?:taking|coming|going|kicking)$/i;
/** Past verbs, regular and the common irregular ones of news ("said on Monday", "took effect in July"). */
const PAST_WORDS =
  /^(?:\p{L}{3,}ed|said|told|took|began|came|went|made|gave|won|saw|met|hit|put|cut|set|sent|spent|left|lost|held|kept|brought|bought|found|got|rose|fell|paid|sold|led|wrote|spoke|chose|became|ran|struck|laid|was|were|had|did)$/iu;
const NOT_PAST = /^(?:need|feed|seed|speed|indeed|steed)$/i;
const PASSIVE_AUXILIARIES = /^(?:be|been|being)$/i;
/** Determiners and prepositions, after which a word in "-ed" is an adjective ("of unprocessed ore", "the revised"). */
const ATTRIBUTIVE_BEFORE =
  /^(?:the|a|an|of|on|for|in|with|from|its|their|his|her|our|all|any|some|more|most|no|these|those|such)$/i;
/** How many words before (then after) a date are read for the verb that governs it. */
const GOVERNOR_WORDS = 15;
/** A date with at most this many words before it in its clause opens it ("In January, Mexico will …"). */
const OPENING_WORDS = 2;

const wordsOf = (text: string) => text.match(/[\p{L}'’]+/gu) ?? [];

/** Of a date read ahead and the same read back, the one nearer the published day (either when one is missing). */
function nearer(
  ahead: string | undefined,
  back: string | undefined,
  ref: Reference | undefined,
): string | undefined {
  if (!ahead || !back || !ref) return ahead || back;
  const published = Date.UTC(ref.year, Math.max(ref.month, 1) - 1, ref.day || 1);
  const distance = (iso: string) => Math.abs(Date.parse(iso.length === 7 ? `${iso}-01` : iso) - published);
  return distance(ahead) < distance(back) ? ahead : back;
}

/**
 * Whether the verb nearest to a date, in its clause, speaks of the future: "will take effect on Friday"
 * and "from July, the EU will levy" do; "said on Monday" and "took effect in July" do not; a start after a past
 * verb ("imposed tariffs, effective March 10") may be either, whichever is nearer.
 */
function timeOfGovernor(
  text: string,
  start: number,
  end: number,
  within: number,
): 'future' | 'past' | 'either' {
  const clauseBefore =
    text
      .slice(0, start)
      .split(/[;:]|,\s+(?:the|a|an)\s+\S+\s+(?:said|says)\b/)
      .at(-1) ?? '';
  const before = wordsOf(clauseBefore).slice(-within);
  // The verb after the date governs it only when the date opens its clause.
  const after =
    before.length > OPENING_WORDS ? [] : wordsOf(text.slice(end).split(/[;:]/)[0] ?? '').slice(0, within);
  const tense = (word: string, next: string | undefined, previous?: string): 'future' | 'past' | null => {
    // "will cut the quotas from July", "to set a tariff": a bare form that may be past is not, after its modal.
    if (BARE_FORM_BEFORE.test(previous ?? '') && !/ed$/i.test(word))
      return FUTURE_WORDS.test(previous ?? '') ? 'future' : null;
    if (
      FUTURE_WORDS.test(word) ||
      (IN_FORCE_VERBS.test(word) && IN_FORCE_WORDS.test(next ?? '')) ||
      (COMMITTING.test(word) && next?.toLowerCase() === 'to')
    )
      return 'future';
    if (PAST_WORDS.test(word) && !NOT_PAST.test(word)) return 'past';
    return null;
  };
  // "imposed tariffs on soybeans, effective March 10": a word of a start points ahead of the verb it goes
  // with, whose tense decides; with none before it, ahead.
  let startCue = false;
  for (let k = before.length - 1; k >= 0; k--) {
    // "would be lifted in September": a participle after "be" has the tense of the auxiliary before it.
    if (PASSIVE_AUXILIARIES.test(before[k - 1] ?? '') && PAST_WORDS.test(before[k] as string)) continue;
    // "will ban exports of unprocessed ore from July": a participle after a determiner or preposition describes a noun.
    if (ATTRIBUTIVE_BEFORE.test(before[k - 1] ?? '') && /ed$/i.test(before[k] as string)) continue;
    // ("approved tariffs, taking effect on Jan. 1": a participle of coming into force is a word of a start too.)
    if (
      START_WORDS.test(before[k] as string) ||
      (IN_FORCE_PARTICIPLES.test(before[k] as string) && IN_FORCE_WORDS.test(before[k + 1] ?? ''))
    ) {
      startCue = true;
      continue;
    }
    const found = tense(before[k] as string, before[k + 1], before[k - 1]);
    if (found === 'past' && startCue) return 'either';
    if (found) return found;
  }
  if (startCue) return 'future';
  for (const [k, word] of after.entries()) {
    const found = tense(word, after[k + 1]);
    if (found) return found;
  }
  // "are subject to a 15% duty from March": a span's start or end with no tense to tell may be either way.
  const opener = wordsOf(text.slice(start, end))[0] ?? '';
  return SPAN_WORDS.test(opener) || SPAN_WORDS.test(before.at(-1) ?? '') ? 'either' : 'past';
}

/** Words after which a verb stands in its bare form ("will cut", "to set", "could put"). */
const BARE_FORM_BEFORE = /^(?:will|would|shall|['’]ll|to|can|could|may|might|must|should)$/i;

/** Prepositions that open or close a span of time ("from March", "until June"). */
const SPAN_WORDS = /^(?:from|until|till|through)$/i;
