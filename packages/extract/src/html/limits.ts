/**
 * Caps on the short fields of an article. A page can put a megabyte in og:title or leave <title> unclosed;
 * no real headline or author line comes near these, and what is cut ends with "…" so a reader sees it.
 */
export const MAX_TITLE_CHARS = 500;
export const MAX_BYLINE_CHARS = 200;

/**
 * Titles longer than this are not compared with the page's headings (no headline is that long): comparing
 * a megabyte og:title or <title> with each of thousands of headings made hostile pages quadratic.
 */
export const MAX_COMPARED_TITLE_CHARS = 2000;

/** `text` cut to at most `max` UTF-16 units, ending with "…" when cut, never splitting a surrogate pair. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
