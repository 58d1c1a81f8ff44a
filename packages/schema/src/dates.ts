/**
 * One date type everywhere: an ISO 8601 date at the precision the source gives (2025, 2025-04, 2025-04-03
 * or a date and time, with or without a zone), that is a real calendar date or instant, in a sane window
 * of years. Extraction validates at the source with these (HTML metadata, text dates, relative dates) and
 * the API validates its input with them, so that nothing downstream meets "2024-02-31" or "+275760-09-13".
 */

/** Dates before this are never a news article's or an event's: they come from broken pages. */
export const MIN_YEAR = 1900;
/** The latest year a stored date may have: far enough for announced tariffs, short of typos like 20225. */
export const MAX_YEAR = 2100;

/** Year, then month, day, hours, minutes, seconds, fraction and zone, each optional after the year. */
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export interface DateWindow {
  /** Earliest year accepted (default MIN_YEAR). */
  minYear?: number;
  /** Latest year accepted (default MAX_YEAR); a page's publication date: the crawl's year + 1. */
  maxYear?: number;
}

/** Whether year-month-day exists in the proleptic Gregorian calendar (2024-02-29 does, 2025-02-29 does not). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/**
 * Whether `value` is an ISO 8601 date or date-time (the shapes above) naming a real date and time of day,
 * with a zone offset within ±14:00 and a year in the window. A leap second (:60) is not accepted: neither
 * JavaScript nor PostgreSQL can represent it.
 */
export function isValidIsoDate(value: string, window: DateWindow = {}): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day, hours, minutes, seconds, , zone] = match;
  const y = Number(year);
  if (y < (window.minYear ?? MIN_YEAR) || y > (window.maxYear ?? MAX_YEAR)) return false;
  if (month !== undefined && !isValidCalendarDate(y, Number(month), day === undefined ? 1 : Number(day)))
    return false;
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59)) return false;
  if (seconds !== undefined && Number(seconds) > 59) return false;
  if (zone !== undefined && zone !== 'Z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(-2));
    if (offsetHours > 14 || offsetMinutes > 59 || (offsetHours === 14 && offsetMinutes > 0)) return false;
  }
  return true;
}

/** `value` when it is a valid ISO date in the window (see isValidIsoDate), else null. */
export function toIsoDate(value: string | null | undefined, window: DateWindow = {}): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return isValidIsoDate(trimmed, window) ? trimmed : null;
}

/** The window for a date a page gives about itself: it cannot be later than the year after the crawl. */
export function publicationWindow(crawledAt: Date = new Date()): DateWindow {
  return { minYear: MIN_YEAR, maxYear: crawledAt.getUTCFullYear() + 1 };
}
