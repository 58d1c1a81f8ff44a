/** How much of a body is looked at for control characters: a text page shows itself in its first lines. */
const SNIFF_CHARS = 8192;

/**
 * Why a decoded body is not text (an image, an archive or a PDF served as `text/html`), or null when it
 * is text. A NUL anywhere decides it: no HTML or text page has one, and PostgreSQL's text cannot hold
 * one, so such a page would only fail at the store. Otherwise a body whose first 8 KB are more than a
 * tenth control characters (tab, line breaks and form feed aside) is binary, as `assay extract` judges.
 */
export function binaryContentReason(text: string): string | null {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return `binary content: a NUL byte at character ${nul}, not HTML or text`;
  const head = text.slice(0, SNIFF_CHARS);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) controls++;
  }
  if (head.length > 0 && controls / head.length > 0.1) {
    return `binary content: ${controls} control characters in the first ${head.length}, not HTML or text`;
  }
  return null;
}
