/**
 * The URL when it is an absolute http(s) URL, else null. Every link to another site goes through here:
 * a URL that came from a crawled page (a citation's canonical link, a source) could otherwise be
 * `javascript:` and run in this app's origin, where the key is.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
