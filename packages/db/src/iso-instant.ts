/** An ISO date at any precision (2025, 2025-04, 2025-04-03, a timestamp) as a UTC instant. */
export function isoInstant(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const instant = m ? new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`) : new Date(date);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`expected an ISO date, got "${date}"`);
  return instant.toISOString();
}
