import type { Token } from './tokens.js';

/**
 * A phrase of a lexicon or taxonomy file, compiled: its words in order. `word*` matches any word that
 * starts with `word`, `*` any word; `?word` may be absent; `@list` matches a sanctions list found by
 * the gazetteer.
 */
export interface PhraseWord {
  text: string;
  prefix: boolean;
  optional: boolean;
}
export type Phrase = PhraseWord[];

export function compilePhrase(source: string): Phrase {
  return source
    .trim()
    .split(/\s+/)
    .map((raw) => {
      const optional = raw.startsWith('?');
      const word = optional ? raw.slice(1) : raw;
      const prefix = word.endsWith('*');
      return { text: prefix ? word.slice(0, -1) : word, prefix, optional };
    });
}

const wordMatches = (w: PhraseWord, norm: string) => (w.prefix ? norm.startsWith(w.text) : norm === w.text);

/** The number of tokens the phrase covers when it starts at token `at`, or 0 when it does not match there. */
export function matchAt(phrase: Phrase, tokens: readonly Token[], at: number): number {
  const end = matchFrom(phrase, 0, tokens, at);
  return end < 0 ? 0 : end - at;
}

// Optional words are tried present first, then absent, so "ban* ?* ?* export*" finds "banned bauxite exports".
function matchFrom(phrase: Phrase, w: number, tokens: readonly Token[], t: number): number {
  const word = phrase[w];
  if (!word) return t;
  const token = tokens[t];
  if (token && wordMatches(word, token.norm)) {
    const end = matchFrom(phrase, w + 1, tokens, t + 1);
    if (end >= 0) return end;
  }
  return word.optional ? matchFrom(phrase, w + 1, tokens, t) : -1;
}

/** Indexes phrases by the first three letters of their first word, so a sentence is matched in one pass. */
export class PhraseIndex<V> {
  private readonly byKey = new Map<string, { phrase: Phrase; value: V }[]>();
  /** Phrases whose first word is optional or a prefix shorter than the key: tried everywhere. */
  private readonly anywhere: { phrase: Phrase; value: V }[] = [];

  add(phrase: Phrase, value: V): void {
    const first = phrase[0];
    if (!first) return;
    if (first.optional || (first.prefix && first.text.length < 3)) {
      this.anywhere.push({ phrase, value });
      return;
    }
    const key = first.text.slice(0, 3);
    const list = this.byKey.get(key) ?? [];
    list.push({ phrase, value });
    this.byKey.set(key, list);
  }

  /** Every match, longest first at each position. */
  findAll(tokens: readonly Token[]): { start: number; length: number; value: V }[] {
    const found: { start: number; length: number; value: V }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const listed = this.byKey.get((tokens[i] as Token).norm.slice(0, 3));
      for (const list of [listed, this.anywhere]) {
        if (!list) continue;
        for (const { phrase, value } of list) {
          const length = matchAt(phrase, tokens, i);
          if (length > 0) found.push({ start: i, length, value });
        }
      }
    }
    return found.sort((a, b) => a.start - b.start || b.length - a.length);
  }
}
