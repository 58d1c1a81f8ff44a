import type { Token } from './tokens.js';

/**
 * A phrase of a lexicon or taxonomy file, compiled: its words in order. `word*` matches any word that
 * starts with `word`, `*` any word; `ban|bans|banned` any of those words (and no other: "ban*" would take
 * "bank"); `?word` may be absent; `@list` matches a sanctions list found by the gazetteer.
 */
export interface PhraseWord {
  /** The word, or the first of its alternatives: what the phrase is called by (a feature's name). */
  text: string;
  prefix: boolean;
  optional: boolean;
  /** The words it matches exactly, when written as alternatives. */
  alternatives?: readonly string[];
}
export type Phrase = PhraseWord[];

export function compilePhrase(source: string): Phrase {
  return source
    .trim()
    .split(/\s+/)
    .map((raw) => {
      const optional = raw.startsWith('?');
      const word = optional ? raw.slice(1) : raw;
      if (word.includes('|')) {
        const alternatives = word.split('|').filter(Boolean);
        return { text: alternatives[0] ?? '', prefix: false, optional, alternatives };
      }
      const prefix = word.endsWith('*');
      return { text: prefix ? word.slice(0, -1) : word, prefix, optional };
    });
}

const wordMatches = (w: PhraseWord, norm: string) =>
  w.alternatives ? w.alternatives.includes(norm) : w.prefix ? norm.startsWith(w.text) : norm === w.text;

/** The first three letters a word can start with: the keys a phrase is indexed by. */
const keysOf = (w: PhraseWord) => (w.alternatives ?? [w.text]).map((text) => text.slice(0, 3));

/** Whether any of the phrases starts at token `at`. */
export function anyMatchAt(phrases: readonly Phrase[], tokens: readonly Token[], at: number): boolean {
  return phrases.some((phrase) => matchAt(phrase, tokens, at) > 0);
}

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

/**
 * Indexes phrases by the first three letters of the words they can start with (an optional word, or the
 * first required one), so a sentence is matched in one pass.
 */
export class PhraseIndex<V> {
  private readonly byKey = new Map<string, { phrase: Phrase; value: V }[]>();
  /** Phrases that can start with a prefix shorter than the key, or with any word: tried everywhere. */
  private readonly anywhere: { phrase: Phrase; value: V }[] = [];

  add(phrase: Phrase, value: V): void {
    const keys = new Set<string>();
    for (const word of phrase) {
      if (word.prefix && word.text.length < 3) {
        this.anywhere.push({ phrase, value });
        return;
      }
      for (const key of keysOf(word)) keys.add(key);
      if (!word.optional) break;
    }
    if (keys.size === 0 || phrase.every((w) => w.optional)) {
      this.anywhere.push({ phrase, value });
      return;
    }
    for (const key of keys) {
      const list = this.byKey.get(key) ?? [];
      list.push({ phrase, value });
      this.byKey.set(key, list);
    }
  }

  /** Every match, longest first at each position. */
  findAll(tokens: readonly Token[]): { start: number; length: number; value: V }[] {
    const found: { start: number; length: number; value: V }[] = [];
    const tryAt = (list: readonly { phrase: Phrase; value: V }[], i: number) => {
      for (const { phrase, value } of list) {
        const length = matchAt(phrase, tokens, i);
        if (length > 0) found.push({ start: i, length, value });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const listed = this.byKey.get((tokens[i] as Token).norm.slice(0, 3));
      if (listed) tryAt(listed, i);
      if (this.anywhere.length > 0) tryAt(this.anywhere, i);
    }
    return found.sort((a, b) => a.start - b.start || b.length - a.length);
  }
}
