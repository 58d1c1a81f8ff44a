/**
 * Publication dates, normalised to ISO 8601 at the precision the page gives (a date, or a date and time).
 */
import { isValidCalendarDate, MAX_YEAR, MIN_YEAR, toIsoDate } from '@assay/schema';
import { type Element, textContent } from './dom.js';

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
/** A bare year or year-month, kept at that precision rather than padded to the first day. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?$/;
const HAS_TIME = /\d:\d\d/;
const HAS_ZONE = /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/i;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Normalises a date as found on a page. ISO-like values keep their written date and clock time (the
 * calendar date is the one the publisher meant, whatever the zone); other formats go through Date.parse.
 */
export function normaliseDate(raw: string): string | null {
  // Whatever the format, the result is a real date and time in the sane window, or nothing (issue 13).
  return toIsoDate(formatDate(raw));
}

function formatDate(raw: string): string | null {
  const text = raw.trim();
  const partial = PARTIAL_DATE.exec(text);
  if (partial) {
    const [, year, month] = partial;
    return isValidDate(Number(year), Number(month ?? 1), 1) ? text : null;
  }
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, year, month, day, hours, minutes, seconds, fraction, zone] = iso;
    if (!isValidDate(Number(year), Number(month), Number(day))) return null;
    const date = `${year}-${month}-${day}`;
    if (hours === undefined) return date;
    const offset =
      zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone;
    return `${date}T${hours}:${minutes}${seconds === undefined ? '' : `:${seconds}${fraction ?? ''}`}${offset}`;
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const parsed = new Date(time);
  if (HAS_TIME.test(text) && HAS_ZONE.test(text)) return parsed.toISOString();
  // Without a zone, Date.parse reads the value as local time, so the local fields give back what was written.
  const date = `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  return HAS_TIME.test(text)
    ? `${date}T${pad(parsed.getHours())}:${pad(parsed.getMinutes())}:${pad(parsed.getSeconds())}`
    : date;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && isValidCalendarDate(year, month, day);
}

const URL_DATE =
  /\/((?:19|20)\d{2})[/-](\d{1,2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[/-](\d{1,2})(?:\/|[-_+.]|$)/i;

/** A /2024/05/17/ (or /2024/may/17/) style date in the article's URL. */
export function dateFromUrl(url: string | null): string | null {
  const match = url ? URL_DATE.exec(url) : null;
  if (!match) return null;
  const [, year, monthText = '', day] = match;
  const month = /^\d/.test(monthText)
    ? Number(monthText)
    : (MONTHS[monthText.slice(0, 3).toLowerCase()] ?? 0);
  if (!isValidDate(Number(year), month, Number(day))) return null;
  return `${year}-${pad(month)}-${pad(Number(day))}`;
}

/** The datetime of the first of `times` that is `accept`ed and parses as a date (else its text, "May 3, 2025"). */
export function dateFromTimeElements(
  times: readonly Element[],
  accept: (time: Element) => boolean,
  valid: (date: string) => boolean = () => true,
): string | null {
  for (const time of times) {
    if (!accept(time)) continue;
    const value = time.attribs.datetime ?? time.attribs.content ?? time.attribs.title;
    const date = value ? normaliseDate(value) : parseDateText(textContent(time));
    if (date && valid(date)) return date;
  }
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** A month's name, full or abbreviated, as a capturing group of a regular expression's source. */
export const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** The number of the month a name or abbreviation that MONTH_NAME matched stands for ("Sept" → 9), or 0. */
export function monthOfName(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/** "March 3, 2025", "Mar. 3 2025", "3 March 2025", "3rd of March, 2025", "2025-03-03", "2025/3/3", "03/03/2025", "3.3.2025". */
const DATE_IN_TEXT = new RegExp(
  [
    `\\b${MONTH_NAME}\\.?\\s+${DAY},?\\s+${YEAR}\\b`,
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH_NAME}\\.?,?\\s+${YEAR}\\b`,
    // An ISO timestamp written out ("2022-11-23T08:10+02:00") has its date end at the T.
    `\\b${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\b|(?=T\\d))`,
    `\\b(\\d{1,2})([/.])(\\d{1,2})[/.]${YEAR}\\b`,
  ].join('|'),
  'gi',
);

/** Every form of DATE_IN_TEXT has a YEAR; most lines of a page have none, and this test is cheaper. */
const HAS_YEAR = /(?:19|20)\d\d/;

/** A calendar date found in running text, with where it starts. */
export interface DateInText {
  date: string;
  index: number;
  /** The other reading of a numeric date whose day and month could be swapped (03/04/2025), when valid. */
  swapped?: string;
}

/**
 * The dates written in `text`, in order. Numeric day/month order follows the separator and the page's
 * language: 3.4.2025 is 3 April; 3/4/2025 is March 4 on American-English pages and 3 April elsewhere, and
 * whichever reading is the only valid one wins.
 */
export function datesInText(text: string, monthFirst = true): DateInText[] {
  const found: DateInText[] = [];
  if (!HAS_YEAR.test(text)) return found;
  for (const match of text.matchAll(DATE_IN_TEXT)) {
    const m = match.slice(1);
    let year: number;
    let month: number;
    let day: number;
    let swapped: string | undefined;
    if (m[0] !== undefined) {
      month = MONTHS[m[0].slice(0, 3).toLowerCase()] ?? 0;
      day = Number(m[1]);
      year = Number(m[2]);
    } else if (m[3] !== undefined) {
      day = Number(m[3]);
      month = MONTHS[(m[4] ?? '').slice(0, 3).toLowerCase()] ?? 0;
      year = Number(m[5]);
    } else if (m[6] !== undefined) {
      year = Number(m[6]);
      month = Number(m[7]);
      day = Number(m[8]);
    } else {
      const first = Number(m[9]);
      const second = Number(m[11]);
      year = Number(m[12]);
      const dayFirst = m[10] === '.' || !monthFirst;
      [day, month] = dayFirst ? [first, second] : [second, first];
      if (month > 12 && day <= 12) [day, month] = [month, day];
      else if (day <= 12 && day !== month) swapped = `${year}-${pad(day)}-${pad(month)}`;
    }
    if (!isValidDate(year, month, day) || day > daysInMonth(year, month)) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    found.push(swapped ? { date, index: match.index ?? 0, swapped } : { date, index: match.index ?? 0 });
  }
  return found;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first date written in `text` ("Published March 3, 2025 at 10:42" → 2025-03-03). */
export function parseDateText(text: string, monthFirst = true): string | null {
  return datesInText(text, monthFirst)[0]?.date ?? null;
}

/** Whether an ISO date lies after `now` by more than a day (time zones aside): a date no page can have been published on. */
export function isInFuture(date: string, now: number): boolean {
  const time = Date.parse(
    date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10),
  );
  return !Number.isNaN(time) && time > now + 24 * 60 * 60 * 1000;
}
