/**
 * Publication dates, normalised to ISO 8601 at the precision the page gives (a date, or a date and time).
 */
import type { Element } from './dom.js';

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
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[-_]|$)/;

/** A /2024/05/17/ style date in the article's URL. */
export function dateFromUrl(url: string | null): string | null {
  const match = url ? URL_DATE.exec(url) : null;
  if (!match) return null;
  const [, year, month, day] = match;
  if (!isValidDate(Number(year), Number(month), Number(day))) return null;
  return `${year}-${pad(Number(month))}-${pad(Number(day))}`;
}

/** The datetime of the first of `times` that is `accept`ed and parses as a date. */
export function dateFromTimeElements(
  times: readonly Element[],
  accept: (time: Element) => boolean,
): string | null {
  for (const time of times) {
    if (!accept(time)) continue;
    const value = time.attribs.datetime;
    const date = value ? normaliseDate(value) : null;
    if (date) return date;
  }
  return null;
}
