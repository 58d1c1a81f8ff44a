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
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;

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
};

// Ordered from the most to the least specific, so that "April 3, 2025" is not also read as "April 3".
const RULES: Rule[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => `${m[1]}-${m[2]}-${m[3]}`,
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
    // "on April 17": the year is the article's, or the next one when the month has passed long ago.
    pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,\s]*\d{4})`, 'g'),
    resolve: (m, ref) =>
      ref ? `${ref.year}-${pad(monthNumber(m[1] ?? ''))}-${pad(Number(m[2]))}` : undefined,
  },
  {
    // "on 1 March", "the 3rd of June": day first, the year the article's.
    pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?![,\s]*\d{4})`, 'g'),
    resolve: (m, ref) =>
      ref ? `${ref.year}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}` : undefined,
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
    resolve: (m, ref) => {
      if (!ref) return undefined;
      const month = monthNumber(m[1] ?? '');
      const year = ref.month !== 0 && month < ref.month ? ref.year + 1 : ref.year;
      return `${year}-${pad(month)}`;
    },
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
    pattern: /\b[Ii]n\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/g,
    resolve: (m) => m[1],
  },
  {
    // News reports the past week by weekday ("said on Monday"): the latest such day up to the published one.
    pattern: /\b(?:[Oo]n|[Ll]ast)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
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
      const iso = rule.resolve(m as RegExpExecArray, ref);
      // "May 99, 2024" or a relative date against a broken published date is no date.
      if (iso && isValidIsoDate(iso)) found.push({ iso, start: m.index, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
