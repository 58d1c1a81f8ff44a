/**
 * Markdown links and bare web addresses, blanked out with spaces of the same length, so that the analysis
 * reads "[export controls](https://… "title") on chips" as "export controls on chips" while every offset still
 * points into the text as written (events quote the text itself).
 */
const MARKDOWN_LINK =
  /\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\)/g;
const BARE_URL = /\bhttps?:\/\/[^\s)\]]+/g;

export function withoutMarkup(text: string): string {
  if (!text.includes('](') && !text.includes('http')) return text;
  return text
    .replace(MARKDOWN_LINK, (link, label: string) => ` ${label}${' '.repeat(link.length - label.length - 1)}`)
    .replace(BARE_URL, (url) => ' '.repeat(url.length));
}
