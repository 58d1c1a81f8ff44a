/** A word or punctuation mark of a sentence, with offsets into the sentence and its lower-case form. */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
}

// Words keep inner dots, apostrophes, hyphens and ampersands ("U.S.", "Rio's", "anti-dumping", "AT&T");
// a final dot stays only on initialisms ("U.S.") and on a middle initial before a name ("Douglas R. Whitcombe").
const TOKEN = /\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*|%|\S/gu;

/** A pronoun's contracted auxiliary ("We've", "they're", "we'll"): read as the auxiliary it stands for. */
const CONTRACTED_AUXILIARY = /^(i|we|you|they|he|she|it|that|there|who)['’](ve|re|ll|d|m)$/i;
const AUXILIARY_OF: Record<string, string> = { ve: 'have', re: 'are', ll: 'will', d: 'would', m: 'am' };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const contracted = CONTRACTED_AUXILIARY.exec(raw);
    if (contracted) {
      const pronounEnd = m.index + (contracted[1] as string).length;
      tokens.push({
        text: contracted[1] as string,
        norm: (contracted[1] as string).toLowerCase(),
        start: m.index,
        end: pronounEnd,
      });
      tokens.push({
        text: text.slice(pronounEnd, m.index + raw.length),
        norm: AUXILIARY_OF[(contracted[2] as string).toLowerCase()] as string,
        start: pronounEnd,
        end: m.index + raw.length,
      });
      continue;
    }
    const apostrophe = raw.length - 2;
    const possessive =
      apostrophe > 0 && raw[apostrophe + 1] === 's' && (raw[apostrophe] === "'" || raw[apostrophe] === '’');
    const wordEnd = possessive ? m.index + apostrophe : m.index + raw.length;
    const word = text.slice(m.index, wordEnd);
    tokens.push({ text: word, norm: word.toLowerCase(), start: m.index, end: wordEnd });
    if (wordEnd < m.index + m[0].length)
      tokens.push({
        text: text.slice(wordEnd, m.index + m[0].length),
        norm: "'s",
        start: wordEnd,
        end: m.index + m[0].length,
      });
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (the token holding or following it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
