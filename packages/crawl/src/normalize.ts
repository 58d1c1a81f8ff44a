/** A date as an ISO 8601 UTC string, or null when it cannot be read (RFC 822 and W3C dates both parse). */
export function toIsoDate(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Text with runs of whitespace collapsed, or null when nothing is left. */
export function cleanText(raw: string | undefined | null): string | null {
  const text = raw?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
