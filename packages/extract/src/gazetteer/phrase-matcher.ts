/** A span of text matched against a phrase list, with the value the phrase stands for. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  value?: T;
}

// Words with inner punctuation stay whole ("U.S.", "Freeport-McMoRan", "AT&T"); a trailing dot is kept
// so that initialisms match, and matching retries without it for words that end a sentence.
const TOKEN = /[\p{L}\p{N}]+(?:[.&'’-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;

// The gazetteer's matchers read the same sentence one after another: its tokens are kept for the next.
const lastTokens: [
  { text: string; tokens: Token[] } | undefined,
  { text: string; tokens: Token[] } | undefined,
] = [undefined, undefined];

export function tokenize(text: string, caseSensitive: boolean): Token[] {
  const slot = caseSensitive ? 1 : 0;
  const last = lastTokens[slot];
  if (last?.text === text) return last.tokens;
  // Lower-casing the case-sensitive tokens spares a second pass of the tokenizing pattern.
  const tokens = caseSensitive
    ? tokenizeText(text)
    : tokenize(text, true).map((t) => ({ ...t, key: t.key.toLowerCase() }));
  lastTokens[slot] = { text, tokens };
  return tokens;
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    const possessive = POSSESSIVE.exec(word);
    if (possessive) {
      word = word.slice(0, possessive.index);
      end = start + word.length;
    }
    // "Côte d’Ivoire" is "Côte d'Ivoire": a curly apostrophe is matched as the straight one.
    tokens.push({ key: word.replace(/’/g, "'"), start, end });
  }
  return tokens;
}

/**
 * Finds the longest known phrase at each position of a text, token by token. A trie over tokens keeps
 * lookup linear in the text whatever the size of the gazetteer.
 */
export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { children: new Map() };

  constructor(private readonly caseSensitive: boolean) {}

  add(phrase: string, value: T): void {
    const tokens = tokenize(phrase, this.caseSensitive);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.children.get(token.key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(token.key, child);
      }
      node = child;
    }
    node.value ??= value;
  }

  findAll(text: string): PhraseMatch<T>[] {
    const tokens = tokenize(text, this.caseSensitive);
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.longestAt(tokens, i, text);
      if (match) {
        matches.push(match.match);
        i = match.next;
      } else {
        i++;
      }
    }
    return matches;
  }

  private longestAt(
    tokens: Token[],
    from: number,
    text: string,
  ): { match: PhraseMatch<T>; next: number } | undefined {
    let node: TrieNode<T> | undefined = this.root;
    // The longest match so far, kept as plain values: the match object is built once, at the end.
    let bestEnd = -1;
    let bestValue: T | undefined;
    let bestNext = -1;
    for (let i = from; i < tokens.length && node; i++) {
      const token = tokens[i] as Token;
      const exact: TrieNode<T> | undefined = node.children.get(token.key);
      const withoutDot: TrieNode<T> | undefined = token.key.endsWith('.')
        ? node.children.get(token.key.slice(0, -1))
        : undefined;
      if (withoutDot?.value !== undefined && exact?.value === undefined) {
        bestEnd = token.end - 1;
        bestValue = withoutDot.value;
        bestNext = i + 1;
      }
      node = exact ?? withoutDot;
      if (node?.value !== undefined) {
        bestEnd = node === exact ? token.end : token.end - 1;
        bestValue = node.value;
        bestNext = i + 1;
      }
    }
    if (bestValue === undefined) return undefined;
    const start = (tokens[from] as Token).start;
    return {
      match: { start, end: bestEnd, text: text.slice(start, bestEnd), value: bestValue },
      next: bestNext,
    };
  }
}
