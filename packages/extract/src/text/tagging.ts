import nlp from 'compromise/two';

/** A word of a sentence with its part-of-speech tags (compromise's tag set) and offsets into the sentence. */
export interface TaggedTerm {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Tags one sentence with compromise. This costs about 1.5 ms for a 40-word sentence, so callers run it
 * only on sentences a cheap lexical filter has already picked.
 */
export function tagSentence(sentence: string): TaggedTerm[] {
  // compromise ends sentences at hard line breaks; wire copy wraps mid-sentence, so flatten them
  // (same length, so offsets still index into the original).
  const flat = sentence.replace(/\s/g, ' ');
  const sentences = nlp(flat).json({ offset: true, terms: { offset: true } }) as {
    terms: CompromiseTerm[];
  }[];
  const terms: TaggedTerm[] = [];
  for (const s of sentences) {
    for (const term of s.terms) {
      terms.push({
        text: term.text,
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: new Set(term.tags),
      });
    }
  }
  return terms;
}

const NAME_TAGS = new Set([
  'Organization',
  'Person',
  'FirstName',
  'FemaleName',
  'MaleName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'ProperNoun',
]);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

const VERB_TAGS = new Set(['Infinitive', 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);

/**
 * Whether the tagger's lexicon knows the word (lower-cased) only as a verb form ("take", "took"): a lookup,
 * for callers that cannot afford to tag the sentence.
 */
export function isVerbWord(word: string): boolean {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return false;
  return [tags].flat().every((tag) => VERB_TAGS.has(String(tag)));
}

/**
 * Whether the word, lower-cased, reads as an English word: one the tagger's lexicon knows, or a plural
 * ("tariffs"), which names rarely are.
 */
export function isDictionaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (Object.hasOwn(lexicon, lower)) {
    // The lexicon lists some names too ("nvidia" as an organisation): those are not English words.
    const tags = [lexicon[lower]].flat().map(String);
    return !tags.some((tag) => NAME_TAGS.has(tag));
  }
  // Tagging a word costs far more than the lexicon lookup: remember the answers (bounded, for hostile text).
  let plural = pluralWords.get(lower);
  if (plural === undefined) {
    if (pluralWords.size >= MAX_REMEMBERED_WORDS) pluralWords.clear();
    plural = nlp(lower).has('#Plural');
    pluralWords.set(lower, plural);
  }
  return plural;
}

const MAX_REMEMBERED_WORDS = 10_000;
const pluralWords = new Map<string, boolean>();
