import type { ActorCode, CountryCode } from '@assay/schema';
import {
  canonicalOrganizationName,
  findOrganizations,
  isCorporateWord,
  isGatheringWord,
  isGovernmentWord,
  isInstrumentWord,
  isLegalPrefix,
  isLegalSuffix,
  isPlaceDescriptor,
  isTimeZone,
  opensPlaceOfName,
} from '../events/organizations.js';
import { type Gazetteer, getGazetteer } from '../gazetteer/gazetteer.js';
import { findDates, isMonthName, isMonthWord, isWeekdayName } from '../text/dates.js';
import { withoutMarkup } from '../text/markup.js';
import { findRates } from '../text/numbers.js';
import type { Sentence } from '../text/sentences.js';
import { isDictionaryWord, isVerbWord, tagSentence } from '../text/tagging.js';
import { GENERIC_GOODS, getGoodsIndex, isGoodsForm, isReportNoun } from './lexicon.js';
import { type Token, tokenAt, tokenize } from './tokens.js';

export type MentionKind = 'country' | 'organisation' | 'list' | 'goods' | 'rate' | 'date';
export type MentionForm =
  | 'name'
  | 'demonym'
  | 'metonym'
  | 'leader'
  | 'agency'
  | 'place'
  | 'known'
  | 'shape'
  | 'tag'
  | 'person'
  | 'coordinated'
  | 'apposition'
  | 'anaphor'
  | 'lexicon'
  | 'number'
  | 'text';

/** Something a sentence names, by token span [start, end). */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** ISO code, canonical name, list name, canonical goods, rate or ISO date. */
  value: string | number;
  form: MentionForm;
  /** A list's keeper; an organisation's home country. */
  country?: ActorCode | null;
  /** For rates: a starting point ("up from 10%"), not the rate set. */
  isPrevious?: boolean;
  /** For rates: a market move ("shares jumped 17.9%"), never a measure's rate. */
  isMove?: boolean;
  /** For dates: after the article's publication, so a day the action is to take effect, not its own. */
  isFuture?: boolean;
  /** For dates: a year or more before the article's, so an action of an earlier period than its news. */
  isEarlierPeriod?: boolean;
  /** Mentions coordinated with this one ("Canada and Mexico") share a group number. */
  group: number;
  /** The words as written (goods phrases, organisation names). */
  text: string;
}

/** One sentence analysed once; every event type reads the same analysis. */
export interface SentenceAnalysis {
  index: number;
  sentence: Sentence;
  /** The sentence as read: its text with link markup and web addresses blanked out, offsets unchanged. */
  text: string;
  tokens: Token[];
  /** Clause number of each token: clauses end at ";", ":", "but", "while", ", which" and the like. */
  clause: number[];
  mentions: Mention[];
  /** Headline-style capitalisation ("Miners Move Operations to the US"): capitals say nothing about names. */
  titleCase: boolean;
  /** Part-of-speech tags per token (compromise), computed on first use. */
  tags(): ReadonlySet<string>[];
}

const CLAUSE_WORDS = new Set([
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'meanwhile',
  'however',
  'yet',
]);
const CLAUSE_PUNCTUATION = new Set([';', ':', '—', '–']);
const RELATIVE = new Set(['which', 'who', 'where', 'whose']);

/** A state's institutions that sanctions name by their country ("Syria's central bank"). */
const STATE_INSTITUTION =
  /['’]s\s+(?:central bank|sovereign wealth fund|national oil company|state oil company|state shipping company)\b/iy;

/** How many words may describe a member of a list whose members semicolons separate ("X of the UAE; Y; and Z"). */
const SEMICOLON_MEMBER_WORDS = 8;

/**
 * "sanctioned Velmora Trading of the UAE; Corvane Logistics, based in Hong Kong; and Lusk Marine of India": the
 * semicolons of a list whose last member "and" or "or" opens (or that a colon sets out), each before a capitalised
 * name, separate members, not clauses. Their indexes, or none.
 */
function listSemicolons(tokens: readonly Token[]): ReadonlySet<number> {
  const semicolons: number[] = [];
  for (const [k, t] of tokens.entries()) if (t.norm === ';') semicolons.push(k);
  if (semicolons.length === 0) return NO_INDEXES;
  // ("…; and the vessel Morning Crane": a vessel's kind may open its member.)
  const opensMember = (k: number) => {
    let next = /^(?:and|or)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (tokens[next]?.norm === 'the' && VESSEL_NOUNS.test(tokens[next + 1]?.norm ?? '')) next += 2;
    return /^\p{Lu}/u.test(tokens[next]?.text ?? '');
  };
  // ("the following tankers: Polar Wind; Star Lattice; Ocean Pearl": after a colon, a list needs no "and".)
  const closesList =
    semicolons.some((k) => /^(?:and|or)$/.test(tokens[k + 1]?.norm ?? '') && opensMember(k)) ||
    tokens.slice(0, semicolons[0]).some((t) => t.norm === ':');
  const short = semicolons.every((k, j) => k - (semicolons[j - 1] ?? k - 1) <= SEMICOLON_MEMBER_WORDS + 4);
  // "Canada imposed duties; and Mexico said it would respond": a member has no verb of its own (a participle
  // set off by a comma describes it: "Y, based in Hong Kong"; a capitalised word is a name's, as "List" in
  // "…; and Z to the Entity List").
  const verbless = semicolons.every((k, j) => {
    const end = semicolons[j + 1] ?? tokens.length;
    for (let i = k + 1; i < end; i++) {
      const norm = tokens[i]?.norm ?? '';
      const setOff = /(?:ed|ing)$/.test(norm) && tokens[i - 1]?.norm === ',';
      const named = /^\p{Lu}/u.test(tokens[i]?.text ?? '');
      // ("Y, a ship manager": a word right after an article is a noun's.)
      const described = /^(?:a|an|the)$/.test(tokens[i - 1]?.norm ?? '');
      if (FINITE_WORDS.test(norm) || (isVerbWord(norm) && !setOff && !named && !described)) return false;
    }
    return true;
  });
  return closesList && short && verbless && semicolons.every(opensMember) ? new Set(semicolons) : NO_INDEXES;
}
const NO_INDEXES: ReadonlySet<number> = new Set();

/** Words of a finite verb group, which no member of a list has. */
const FINITE_WORDS = /^(?:said|says|is|was|are|were|will|would|has|have|had|did|does|can|could|may|might)$/;

/** How many words a pair of dashes may set off as an aside ("moved its smelting — some 1,200 jobs — to Peru"). */
const DASH_ASIDE_WORDS = 12;

/** The closing dash of each pair of dashes that sets off an aside, by the index of its opening one. */
function dashAsides(tokens: readonly Token[]): Map<number, number> {
  const asides = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const dash = tokens[i]?.norm ?? '';
    if (dash !== '—' && dash !== '–') continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + DASH_ASIDE_WORDS + 2); k++) {
      const word = tokens[k]?.norm ?? '';
      if (word === dash) {
        // The aside closes before the sentence's end: the clause it interrupted goes on after it.
        if (k + 1 < tokens.length && !/^[.!?]$/.test(tokens[k + 1]?.norm ?? '')) asides.set(i, k);
        i = k;
        break;
      }
      if (/^[;:—–.]$/.test(word)) break;
    }
  }
  return asides;
}

/** Whether the words are names only, capitalised, with the commas and conjunctions of their list. */
function namesOnly(words: readonly Token[]): boolean {
  return (
    /^\p{Lu}/u.test(words[0]?.text ?? '') &&
    words.every((t) => /^\p{Lu}/u.test(t.text) || /^(?:,|and|or|&|the)$/.test(t.norm))
  );
}

/**
 * "added three Chinese magnet producers — Baotou Lanxin, Ganzhou Fengyuan and Ningbo Tiancheng — to the Entity List":
 * the dashes that set off names in apposition are read as the commas they stand for.
 */
function appositiveDashesAsCommas(tokens: Token[]): Token[] {
  const asides = [...dashAsides(tokens)].filter(([open, close]) => namesOnly(tokens.slice(open + 1, close)));
  if (asides.length === 0) return tokens;
  const dashes = new Set(asides.flat());
  return tokens.map((t, k) => (dashes.has(k) ? { ...t, norm: ',' } : t));
}

function clausesOf(tokens: readonly Token[], listed: ReadonlySet<number>): number[] {
  const clause: number[] = [];
  const asides = dashAsides(tokens);
  let asideEnd: number | null = null;
  let beforeAside = 0;
  let id = 0;
  let last = 0;
  // The clause a relative clause set off by commas interrupts: "The tariffs, which took effect in March, were
  // doubled" goes on with its verb after the second comma.
  let interrupted: number | null = null;
  // The last preposition before the relative clause: "sanctions on X, which shipped oil, and on Y" goes on with
  // a second object of that preposition.
  let lastPreposition: string | null = null;
  let interruptedPreposition: string | null = null;
  for (const [i, t] of tokens.entries()) {
    // "moved its smelting operations — some 1,200 jobs — from Chile to Peru": the aside is a clause of its own,
    // and the clause it interrupted goes on after its closing dash.
    const closing = asides.get(i);
    if (closing !== undefined) {
      beforeAside = id;
      asideEnd = closing;
      id = ++last;
      clause.push(id);
      continue;
    }
    if (i === asideEnd) {
      clause.push(id);
      id = beforeAside;
      asideEnd = null;
      continue;
    }
    // "new tariff rates: 25% for India, 20% for Taiwan": a colon before figures lists what came before it (in
    // "06:05 UTC" it tells the time).
    if (t.norm === ':' && /^\d/.test(tokens[i + 1]?.norm ?? '') && !/\d$/.test(tokens[i - 1]?.norm ?? '')) {
      clause.push(id);
      continue;
    }
    if (
      (CLAUSE_PUNCTUATION.has(t.norm) && !listed.has(i)) ||
      (CLAUSE_WORDS.has(t.norm) && !joinsPredicates(tokens, i) && !setOffAdverb(tokens, i))
    ) {
      id = ++last;
      interrupted = null;
    } else if (
      t.norm === 'as' &&
      tokens[i - 1]?.norm === ',' &&
      /^(?:it|they|he|she|we)$/.test(tokens[i + 1]?.norm ?? '')
    ) {
      // "will ban exports of lithium ore, as it pushes miners such as X to refine": a clause of its own.
      id = ++last;
      interrupted = null;
    } else if (t.norm === 'that' && tokens[i - 1]?.norm === 'and') {
      // "said the EU had been difficult and that a 50% duty was warranted": a second reported clause.
      id = ++last;
      interrupted = null;
    } else if (RELATIVE.has(t.norm) && tokens[i - 1]?.norm === ',') {
      interrupted = id;
      interruptedPreposition = lastPreposition;
      id = ++last;
    } else if (
      interrupted !== null &&
      t.norm === interruptedPreposition &&
      /^(?:and|or)$/.test(tokens[i - 1]?.norm ?? '') &&
      tokens[i - 2]?.norm === ','
    ) {
      id = interrupted;
      interrupted = null;
    } else if (opensAbsoluteClause(tokens, i)) {
      id = ++last;
      interrupted = null;
    } else if (
      interrupted !== null &&
      tokens[i - 1]?.norm === ',' &&
      (RESUMING_VERBS.test(t.norm) || RESUMING_PREPOSITIONS.test(t.norm))
    ) {
      id = interrupted;
      interrupted = null;
    }
    if (RESUMED_PREPOSITIONS.has(t.norm)) lastPreposition = t.norm;
    clause.push(id);
  }
  return clause;
}

/** "Malaysia, meanwhile, said …": an adverb set off by commas after the subject leaves its clause as it is. */
function setOffAdverb(tokens: readonly Token[], i: number): boolean {
  return (
    /^(?:meanwhile|however)$/.test(tokens[i]?.norm ?? '') &&
    i > 1 &&
    tokens[i - 1]?.norm === ',' &&
    tokens[i + 1]?.norm === ','
  );
}

/** Verbs of a predicate with no subject of its own ("but plans to move", "but has not said"). */
const SUBJECTLESS_PREDICATE =
  /^(?:will|would|could|can|may|might|must|should|has|have|had|is|was|are|were|did|does|do|plans|intends|expects|wants|aims|hopes|remains|also|still|later|then)$/;

/**
 * "Lusk Mining is based in London but plans to move its head office to Toronto": "but" before a verb with no
 * subject of its own joins a second predicate to the same subject, in the same clause.
 */
function joinsPredicates(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.norm !== 'but' || !next || !/^[a-z]/.test(next.text)) return false;
  return SUBJECTLESS_PREDICATE.test(next.norm) || (/ed$/.test(next.norm) && isVerbWord(next.norm));
}

/** Prepositions whose second object, after a relative clause, carries on the clause it interrupted. */
const RESUMED_PREPOSITIONS = new Set(['on', 'against', 'to', 'from', 'for', 'with', 'into']);

/** Words of a verb group that, after a relative clause's closing comma, carry on the clause it interrupted. */
const RESUMING_VERBS =
  /^(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|remain|remains|remained)$/;
/**
 * "added X, which supplies chips to rig makers, to the Entity List": a preposition of where the main verb puts
 * its object, after the relative clause closes, goes on with the clause it interrupted.
 */
const RESUMING_PREPOSITIONS = /^(?:to|onto|on|from|off|into)$/;

/** How many words may stand between "with" and the participle of an absolute clause ("with U.S. duties falling"). */
const ABSOLUTE_SUBJECT_WORDS = 5;

/** ", with U.S. duties falling to 30%": a "with" after a comma, whose own subject has a participle, opens a clause. */
function opensAbsoluteClause(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'with' || tokens[i - 1]?.norm !== ',') return false;
  for (let k = i + 2; k <= i + 1 + ABSOLUTE_SUBJECT_WORDS && k < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    if (/^[,;:.]$/.test(word)) return false;
    if (/^\p{L}{3,}ing$/u.test(word)) return true;
  }
  return false;
}

const SEPARATORS = new Set([
  ',',
  'and',
  'or',
  '&',
  'as',
  'well',
  'plus',
  // "X alongside its owner Y", "X along with its owner Y", "X, together with Y".
  'alongside',
  'along',
  'together',
  // "to Kazakhstan and later to the United States": an adverb of sequence between two members.
  'then',
  'later',
  'also',
  'the',
  'its',
  'their',
  'two',
  'three',
  'several',
  'some',
  'units',
  'unit',
  'subsidiaries',
  'affiliates',
  // "Inspur's subsidiaries and Sugon", "Huawei's and ZTE's": a possessive ends a member, not the list.
  "'s",
]);

/** "along with", "together with": a "with" joins list members only after these. */
const JOINING_WITH = /^(?:along|together)$/;

/** Whether the word at `k` of `words` separates two members of a list. */
function isSeparator(words: readonly Token[], k: number): boolean {
  return SEPARATORS.has(words[k]?.norm ?? '') || isJoiningWith(words, k);
}

function isJoiningWith(words: readonly Token[], k: number): boolean {
  return words[k]?.norm === 'with' && JOINING_WITH.test(words[k - 1]?.norm ?? '');
}

/**
 * "Yangtze Memory Technologies Co. (YMTC)": a name in brackets right after a name is its short form, not
 * another member of a list.
 */
function withoutParentheticalNames(mentions: Mention[], tokens: readonly Token[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.kind !== 'organisation' || tokens[m.start - 1]?.norm !== '(' || tokens[m.end]?.norm !== ')')
      continue;
    // "Co. (YMTC)": the abbreviation's dot may stand between the name and its bracket.
    const named = mentions.some(
      (x) =>
        x.kind === 'organisation' &&
        x.end < m.start &&
        tokens.slice(x.end, m.start - 1).every((t) => t.norm === '.') &&
        m.start - 1 - x.end <= 1,
    );
    if (named) mentions.splice(k, 1);
  }
}

/** Tokens of a bracketed short form at the start of the words between two mentions ("( YMTC )"). */
function bracketedLead(between: readonly Token[]): number {
  const open = between[0]?.norm === '.' ? 1 : 0;
  if (between[open]?.norm !== '(') return 0;
  const close = between.findIndex((t) => t.norm === ')');
  return close > open && close <= open + BRACKETED_LEAD_WORDS ? close + 1 : 0;
}
/** How many words a member's brackets may hold ("(born 1970, North Korean national)", "(IMO 9123456)"). */
const BRACKETED_LEAD_WORDS = 10;

/** Verbs that, right after a company's name, make it the subject of a clause of its own. */
const CLAUSE_VERBS = /^(?:said|says|has|have|had|will|would|is|was|are|were|told|announced)$/;
/** Words after which a participle describes the name before it ("based in", "owned by"). */
const PARTICIPLE_COMPLEMENTS = /^(?:in|by|with|from|to|at|on|as|for|of|under)$/;

/** How far before a list a verb may stand whose object the list is ("sanctioned Russia's Norilsk Nickel"). */
const OBJECT_VERB_REACH = 4;
/** How far before a list of countries the verb may stand whose phrase it ends ("restricted exports of X to China"). */
const PHRASE_VERB_REACH = 8;

/**
 * "sanctioned Norilsk Nickel and the London Metal Exchange banned new Russian metal": after a list that is a
 * verb's object (opened by `first`), a company followed by its own verb opens another clause, and is no
 * member of the list ("Valmora and Kestrel were taken off" is one subject).
 */
function startsOwnClause(tokens: readonly Token[], first: Mention, m: Mention): boolean {
  // "restricted exports to China, and South Korea restricted …": a country after a comma and "and" too.
  const countryAfterComma =
    m.kind === 'country' && tokens[m.start - 1]?.norm === 'and' && tokens[m.start - 2]?.norm === ',';
  if (m.kind !== 'organisation' && !countryAfterComma) return false;
  const reach = countryAfterComma ? PHRASE_VERB_REACH : OBJECT_VERB_REACH;
  // "announced that X, Y and Z have been added": names that open a reported clause are its subject, together.
  if (tokens[first.start - 1]?.norm === 'that') return false;
  const before = tokens.slice(Math.max(0, first.start - reach), first.start);
  if (!before.some((t) => /^[a-z]+ed$/.test(t.norm))) return false;
  const next = tokens[m.end]?.norm ?? '';
  if (CLAUSE_VERBS.test(next)) return true;
  return /^[a-z]+ed$/.test(next) && !PARTICIPLE_COMPLEMENTS.test(tokens[m.end + 1]?.norm ?? '');
}

/** How many words a company's part may have after its possessive ("Lockheed Martin's missile unit"). */
const OWNED_PART_WORDS = 3;

/**
 * "including Lockheed Martin's missile unit and Raytheon": a part of the company before (its possessive and
 * the part's words) keeps the next company in the same list.
 */
function ownedPartLead(between: readonly Token[], m: Mention): number {
  if (m.kind !== 'organisation' || !/^['’]s?$/.test(between[0]?.norm ?? '')) return 0;
  let k = 1;
  while (k <= OWNED_PART_WORDS && /^[a-z][a-z-]*$/.test(between[k]?.text ?? '') && !isSeparator(between, k))
    k++;
  return k > 1 ? k : 0;
}

/** How many words an appositive set off after a list member may have ("Quarrion Trading, a Hong Kong-based firm, and"). */
const APPOSITIVE_WORDS = 8;

/**
 * "sanctioned Quarrion Trading, a Hong Kong-based firm, and Velmora Shipping": an indefinite description set off
 * by commas after a member, before the conjunction, keeps the next name in the list. The words it spans, or 0.
 */
function appositiveLead(between: readonly Token[]): number {
  if (between[0]?.norm !== ',' || !/^(?:a|an)$/.test(between[1]?.norm ?? '')) return 0;
  const close = between.findIndex((t, k) => k > 1 && /^[,;:.]$/.test(t.norm));
  if (close < 0 || close - 2 > APPOSITIVE_WORDS || between[close]?.norm !== ',') return 0;
  return /^(?:and|or)$/.test(between[close + 1]?.norm ?? '') ? close : 0;
}

/** How many words an indefinite description set before a member may have ("a Hong Kong-based trading firm,"). */
const DESCRIBED_MEMBER_WORDS = 6;

/**
 * "sanctioned Mobarakeh Alloy Co and a Hong Kong-based trading firm, Luminous Trade Ltd": an indefinite description
 * set off by a comma before a member is the member's own. How many words at the end of the gap it spans, or 0.
 */
function describedMemberTail(gap: readonly Token[]): number {
  if (gap.at(-1)?.norm !== ',' || !isOrganisationNoun(gap.at(-2)?.norm ?? '')) return 0;
  const article = gap.findLastIndex((t) => /^(?:a|an)$/.test(t.norm));
  if (article < 1 || !/^(?:and|or)$/.test(gap[article - 1]?.norm ?? '')) return 0;
  const tail = gap.length - article;
  // ("and a company controlled by the group, X": a phrase of the description's own may end with another party.)
  const plain = !gap.slice(article, -1).some((t) => /^(?:,|by|of|with|for|to|from)$/.test(t.norm));
  return tail - 2 <= DESCRIBED_MEMBER_WORDS && plain ? tail : 0;
}

/** Parties a named one's relatives are counted as before their names ("its two affiliates, X and Y"). */
const RELATED_PARTIES =
  /^(?:affiliates|subsidiaries|units|shareholders|owners|executives|directors|officers|founders|associates|relatives|sons|daughters|vessels|tankers|ships)$/;
/** How many describing words may stand before the relatives' noun ("its two largest shareholders"). */
const RELATIVE_DESCRIBING_WORDS = 2;

/**
 * "X and its two largest shareholders, A and B", "X, along with two of its affiliates, A and B": the counted
 * relatives of a named party that a comma sets before their names are no word between members; how many words
 * they take.
 */
function countedRelativesTail(gap: readonly Token[]): number {
  if (gap.at(-1)?.norm !== ',' || !RELATED_PARTIES.test(gap.at(-2)?.norm ?? '')) return 0;
  let k = gap.length - 3;
  const describingEnd = k;
  while (
    k >= 0 &&
    describingEnd - k < RELATIVE_DESCRIBING_WORDS &&
    /^[a-z-]+$/.test(gap[k]?.text ?? '') &&
    !/^(?:its|their|of)$/.test(gap[k]?.norm ?? '') &&
    !HOW_MANY.test(gap[k]?.norm ?? '')
  )
    k--;
  // "two of its affiliates" or "its two affiliates": the count stands before or after the owner's word.
  if (HOW_MANY.test(gap[k]?.norm ?? '')) {
    if (!/^(?:its|their)$/.test(gap[k - 1]?.norm ?? '')) return 0;
    return gap.length - (k - 1);
  }
  if (
    !/^(?:its|their)$/.test(gap[k]?.norm ?? '') ||
    gap[k - 1]?.norm !== 'of' ||
    !HOW_MANY.test(gap[k - 2]?.norm ?? '')
  )
    return 0;
  return gap.length - (k - 2);
}

/** What those who work goods go on to do ("miners to resume", "producers to export"), as against where goods go. */
const AGENTS_ACTS =
  /^(?:resume|restart|continue|export|ship|sell|operate|mine|load|start|begin|keep|apply|seek|move|halt|stop|pay|submit|build|process|refine|obtain|register|invest|expand|cut|reduce)$/;

/** Prepositions that open a phrase of place or time before a sentence's subject ("In Washington, …"). */
export const FRONTED_PREPOSITIONS = /^(?:in|on|at|from|after|before|during|since|across|throughout)$/;

/** Lower-case nouns of a body that may follow its name before its verb of saying ("the Gecex committee said"). */
const SPEAKING_BODY_NOUNS =
  /^(?:committee|commission|ministry|office|agency|council|department|directorate|board|bureau|regulator|spokesperson|spokesman|spokeswoman|trade|commerce|finance|economy|customs)$/;

/** Verbs of saying right after a name, which make it the source of the sentence, not what it is about. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'noted',
  'stated',
  'wrote',
  'argued',
  'warned',
  'announced',
  'confirmed',
]);

/**
 * "Kestrel Photonics of China and Lusk Optics of the UAE": the country a name is "of" (or "in", "from") right
 * after it is the member's own description, not a word between members; how many words it takes.
 */
function countryOfNameLead(mentions: readonly Mention[], tokens: readonly Token[], nameEnd: number): number {
  if (!/^(?:of|in|from)$/.test(tokens[nameEnd]?.norm ?? '')) return 0;
  const at = tokens[nameEnd + 1]?.norm === 'the' ? nameEnd + 2 : nameEnd + 1;
  const country = mentions.find((x) => x.kind === 'country' && x.start === at);
  return country ? country.end - nameEnd : 0;
}

/** Words that may follow the last goods of a list of nationalities and their goods. */
const GOODS_PHRASE_ENDERS = /^(?:[,.;:)]|—|–|from|in|at|on|to|by|under|until|starting|effective|as|and|or)$/;

/** Links mentions of one kind that stand in a list ("Sugon, Hygon and Loongson"; "36% on Thailand and 24% on Malaysia"). */
function groupCoordinated(mentions: Mention[], tokens: readonly Token[], listed: ReadonlySet<number>): void {
  // "X of the UAE; Y": the description before a list's semicolon is its member's, not a word between members.
  const semicolonLead = (gap: readonly Token[], from: number) => {
    if (listed.size === 0) return 0;
    const at = gap.findLastIndex((_, k) => listed.has(from + k));
    return at >= 0 && at <= SEMICOLON_MEMBER_WORDS ? at : 0;
  };
  let next = 0;
  const byKind = new Map<MentionKind, Mention[]>();
  for (const m of mentions) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start);
    let previous: Mention | undefined;
    for (const m of list) {
      // "Autel Robotics and chip designer Xiamen Semitech": a member's descriptor belongs to it.
      const gap = previous ? tokens.slice(previous.end, memberStart(tokens, m, previous.end)) : [];
      const lead =
        bracketedLead(gap) +
        ownedPartLead(gap, m) +
        appositiveLead(gap) +
        (semicolonLead(gap, previous?.end ?? 0) ||
          (m.kind === 'organisation' && previous ? countryOfNameLead(mentions, tokens, previous.end) : 0));
      // "… and Capt. Ivan Sorokin": a person's title belongs to the member it introduces.
      const title = m.kind === 'organisation' ? personalTitleLength(tokens, m.start) : 0;
      const tail =
        m.kind === 'organisation'
          ? Math.max(title, describedMemberTail(gap), countedRelativesTail(gap))
          : title;
      const between = gap.slice(lead, Math.max(lead, gap.length - tail));
      const betweenStart = (previous?.end ?? 0) + lead;
      const isRate = (k: number) =>
        mentions.some(
          (r) =>
            r.kind === 'rate' &&
            m.start - between.length + k >= r.start &&
            m.start - between.length + k < r.end,
        );
      const isPreposition = (t: Token) => /^(?:on|for|to|of|against|at)$/.test(t.norm);
      // "on Canadian potash and Mexican fluorspar": the goods a nationality qualifies belong to its member.
      const previousEnd = previous?.form === 'demonym' ? previous.end : -1;
      const demonymGoods = (k: number) =>
        m.kind === 'country' &&
        m.form === 'demonym' &&
        previousEnd >= 0 &&
        // ("… and Mexican fluorspar producers said": goods that a noun or a verb goes on from name no member.)
        mentions.some(
          (g) =>
            g.kind === 'goods' && g.start === m.end && GOODS_PHRASE_ENDERS.test(tokens[g.end]?.norm ?? '.'),
        ) &&
        mentions.some(
          (g) =>
            g.kind === 'goods' &&
            g.start === previousEnd &&
            betweenStart + k >= g.start &&
            betweenStart + k < g.end,
        );
      const listJoined =
        previous !== undefined &&
        between.length > 0 &&
        between.length <= 6 &&
        between.some((t, k) => /^(?:,|;|and|or|&|alongside)$/.test(t.norm) || isJoiningWith(between, k)) &&
        between.every(
          (t, k) => isSeparator(between, k) || isPreposition(t) || isRate(k) || listed.has(betweenStart + k),
        ) &&
        // "from Belmont, North Carolina, to Toronto": a preposition after a mere comma starts another
        // argument; with a conjunction or a rate it repeats the list's ("24% on Malaysia and on Chile").
        (!between.some(isPreposition) || between.some((t, k) => /^(?:and|or|&)$/.test(t.norm) || isRate(k)));
      // (Only the goods and the word that joins them: "30 pct on Chilean cement and 8 pct on Ecuadorean cement" pairs
      // each rate with its own nationality.)
      const joined =
        listJoined ||
        (between.some((_, k) => demonymGoods(k)) &&
          between.some((t) => /^(?:and|or)$/.test(t.norm)) &&
          between.every((_, k) => isSeparator(between, k) || demonymGoods(k)));
      // "made in Japan, the EC Commission said": a name after a mere comma that says something is the
      // sentence's source, not the list's next member.
      let said = m.end;
      // "the EC Commission said": the rest of a body's name may stand before the verb.
      // ("the Gecex committee said": or a body's noun in lower case.)
      while (
        said < m.end + 2 &&
        (/^\p{Lu}/u.test(tokens[said]?.text ?? '') || SPEAKING_BODY_NOUNS.test(tokens[said]?.text ?? ''))
      )
        said++;
      // ("the International Trade Administration Commission (Itac) said": and its short name in brackets.)
      if (tokens[said]?.text === '(' && tokens[said + 2]?.text === ')') said += 3;
      const reports =
        SPEECH_VERBS.has(tokens[said]?.norm ?? '') && !between.some((t) => /^(?:and|or|&)$/.test(t.norm));
      // "Under the deal announced by Trump, Vietnamese goods will face": a nationality after a mere comma
      // opens the next phrase; it lists on only after another ("Chinese, Japanese and Korean goods").
      const conjoined = between.some((t) => /^(?:and|or|&)$/.test(t.norm));
      const nationalityAfterName =
        !conjoined && m.kind === 'country' && (m.form === 'demonym') !== (previous?.form === 'demonym');
      const group = previous?.group;
      const first = list.find((x) => x.group === group);
      // "export controls on chips to China, and China in turn banned …": a country named again after ", and"
      // opens a clause; a list names each member once.
      const repeated = m.kind === 'country' && previous?.kind === 'country' && previous.text === m.text;
      // "In Washington, the Treasury Department …": the comma after a fronted phrase of place or time ends it.
      const frontedPhraseEnds =
        previous !== undefined &&
        previous.start <= 2 &&
        FRONTED_PREPOSITIONS.test(tokens[0]?.norm ?? '') &&
        !conjoined;
      m.group =
        joined &&
        !frontedPhraseEnds &&
        !repeated &&
        !reports &&
        !nationalityAfterName &&
        group !== undefined &&
        !(first && startsOwnClause(tokens, first, m))
          ? group
          : next++;
      previous = m;
    }
  }
}

/**
 * "sanctioned Chinese firm Beijing Sinotech", "Tokyo Electron said": in running text a capital that stands for
 * its government, right before a capitalised word no mention covers, opens a company's name: no government
 * acts there ("in Beijing Huawei said" keeps the city: a preposition governs it).
 */
function capitalsOpeningNamesAsPlaces(mentions: Mention[], tokens: readonly Token[]): void {
  const covered = (i: number) => mentions.some((m) => i >= m.start && i < m.end);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as Mention;
    if (m.kind !== 'country' || m.form !== 'metonym') continue;
    const next = tokens[m.end];
    if (!next || !isCapitalised(next) || covered(m.end) || isWeekdayName(next.norm) || isMonthName(next.norm))
      continue;
    if (PLACE_PREPOSITIONS.has(tokens[m.start - 1]?.norm ?? '')) continue;
    // Kept as a place: the name that it opens is read whole later ("Beijing Sinotech"), and a place cannot act.
    mentions.splice(k, 1, { ...m, form: 'place' });
  }
}

/** Offices and bodies a portfolio's word stands before ("the steel minister", "the Mines Ministry"). */
const PORTFOLIO_HEADS =
  /^(?:minister|ministers|ministry|ministries|secretary|commissioner|department|regulator|agency|authority|bureau|commission)$/;
/** Offices named after their portfolio ("Trade minister", "Energy Secretary"). */
const OFFICES = /^(?:minister|ministers|secretary|secretaries|undersecretary|commissioner|commissioners)$/;

const NOT_NAME_WORDS = new Set(
  'The A An It Its This That These Those They We He She In On At By For From To With And Or But Also Including Other Others Some Many Several Two Three Four Five Companies Firms Entities LATAM APAC EMEA MENA'.split(
    ' ',
  ),
);
/** "Indonesia-focused", "Texas-based", "Nasdaq-listed": a capitalised word made an adjective is no name's. */
const NAME_MADE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;
/** "Jae-hoon", "Wai-ming": a given name in two parts, the second no English word ("-headquartered" is one). */
const isHyphenatedGivenName = (text: string) => {
  const second = text.slice(text.indexOf('-') + 1);
  return !isDictionaryWord(second) && !/^\p{L}{3,}(?:ed|ing)$/u.test(second);
};
const isCapitalised = (t: Token) =>
  /^[\p{Lu}]/u.test(t.text) &&
  !NOT_NAME_WORDS.has(t.text) &&
  (!NAME_MADE_ADJECTIVE.test(t.text) || isHyphenatedGivenName(t.text));

/** How many words may describe a part of a company after its owner's "'s" ("missile unit", "Chinese subsidiary"). */
const PART_OF_COMPANY_WORDS = 3;

/**
 * "Tarrow Dynamics' missile unit and Belcastle Aero": a part of the company named after its possessive is a
 * member of the list, which goes on after it with "and" or "or"; where it ends (else `end`).
 */
function partOfCompanyEnd(tokens: readonly Token[], end: number): number {
  if (!/^['’]s?$/.test(tokens[end]?.norm ?? '')) return end;
  for (let k = end + 1; k <= end + PART_OF_COMPANY_WORDS; k++) {
    const word = tokens[k]?.norm ?? '';
    // ("Kallisto Labs' Beijing unit, Kallisto Beijing": a name after a comma is the part's own, in apposition.)
    if (POSSESSED_ROLES.test(word)) return /^(?:and|or)$/.test(tokens[k + 1]?.norm ?? '') ? k + 1 : end;
    if (!/^[a-z-]+$/i.test(word)) return end;
  }
  return end;
}

/**
 * Members of a list whose other members are organisations are organisations too ("added Sugon, Hygon
 * and Loongson", with only Sugon known): capitalised runs between list separators join the list.
 */
function promoteListMembers(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  const added: Mention[] = [];
  // "Wuxi Jiangnan" in a list of companies: a city that opens a capitalised run is part of the name.
  const absorbed = new Set<Mention>();
  const taken = (i: number) =>
    mentions.some((m) => !absorbed.has(m) && i >= m.start && i < m.end) ||
    added.some((m) => i >= m.start && i < m.end);
  const placeOpeningName = (j: number) => {
    const place = mentions.find((m) => isPlaceMention(m) && m.start === j);
    const next = place ? tokens[place.end] : undefined;
    return place && next && isCapitalised(next) && !taken(place.end) ? place : undefined;
  };
  const nameAfterOwningPlace = (j: number) => {
    const place = mentions.find((m) => m.kind === 'country' && m.form !== 'leader' && m.start === j);
    const name = place ? tokens[place.end + 1] : undefined;
    return place && /^['’]s$/.test(tokens[place.end]?.text ?? '') && name && isCapitalised(name)
      ? place.end + 1
      : j;
  };
  for (const org of mentions.filter((m) => m.kind === 'organisation')) {
    for (const direction of [1, -1]) {
      let i = direction === 1 ? partOfCompanyEnd(tokens, org.end) : memberStartAt(tokens, org.start) - 1;
      for (let steps = 0; steps < 8; steps++) {
        // "Andes Memory Technologies Co. (AMT) and …": a bracketed short form after the name is the name's.
        if (direction === 1) i += bracketedLead(tokens.slice(i, i + BRACKETED_LEAD_WORDS + 2));
        // skip separators
        let j = i;
        let sawSeparator = false;
        while (tokens[j] && isSeparator(tokens, j) && Math.abs(j - i) < 4) {
          if (/^(?:,|and|or|&)$/.test(tokens[j]?.norm ?? '')) sawSeparator = true;
          j += direction;
        }
        // "sanctions on Keremet Bank and on Grinex": a conjunction may repeat the list's preposition.
        if (direction === 1 && sawSeparator && repeatsPreposition(tokens, org.start, j)) j++;
        // "Autel Robotics and chip designer Xiamen Semitech": the member's descriptor is skipped too.
        if (direction === 1 && sawSeparator) j = nameAfterDescriptor(tokens, j);
        // "… and Dubai's Gulf Petro FZE": the place that owns the member is its home, not its name.
        if (direction === 1 && sawSeparator) j = nameAfterOwningPlace(j);
        // "… and Capt. Ivan Sorokin", "and Dr Lena Hart": the person's title is no part of the member.
        if (direction === 1 && sawSeparator) j = nameAfterPersonalTitle(tokens, j);
        const place = direction === 1 ? placeOpeningName(j) : undefined;
        if (place) absorbed.add(place);
        // "In February, Pinecrest Mining moved": a month or a weekday set off by a comma is when, no member.
        const capitalisedAt = (at: number) => tokens[at] !== undefined && isCapitalised(tokens[at] as Token);
        const when =
          (isMonthName(tokens[j]?.norm ?? '') || isWeekdayName(tokens[j]?.norm ?? '')) &&
          !capitalisedAt(j - 1) &&
          !capitalisedAt(j + 1);
        if (!sawSeparator || !tokens[j] || !isCapitalised(tokens[j] as Token) || taken(j) || when) {
          if (place) absorbed.delete(place);
          break;
        }
        let k = j;
        // "the Beijing Academy of Artificial Intelligence": an institution's name goes on over its "of".
        const institutionOf = (at: number) =>
          direction === 1 &&
          tokens[at]?.norm === 'of' &&
          INSTITUTIONS.test(tokens[at - 1]?.text ?? '') &&
          tokens[at + 1] !== undefined &&
          isCapitalised(tokens[at + 1] as Token) &&
          !taken(at + 1);
        while (
          tokens[k + direction] &&
          ((isCapitalised(tokens[k + direction] as Token) && !taken(k + direction)) ||
            institutionOf(k + direction))
        )
          k += direction;
        // "…, two Hong Kong-based companies": the place of a description, before its "-based" word, is no member.
        if (direction === 1 && BASED_IN.test(tokens[k + 1]?.text ?? '')) {
          if (place) absorbed.delete(place);
          break;
        }
        // Read backwards, "Wuxi Biologics" ends at "Biologics": the city before it opens the name too.
        const placeBefore =
          direction === -1
            ? mentions.find((m) => m.kind === 'country' && m.form === 'place' && m.end === k)
            : undefined;
        if (placeBefore) {
          absorbed.add(placeBefore);
          k = placeBefore.start;
        }
        // "Huawei Cloud and Sugon": a run that goes on from a company's name, with nothing between, is the
        // rest of that name (a subsidiary), not a member of its own.
        const nameBefore =
          direction === -1 &&
          !placeBefore &&
          !tokens.slice(k, j + 1).some((t) => POSSESSED_ROLES.test(t.norm))
            ? mentions.find((m) => m.kind === 'organisation' && m.end === k && !absorbed.has(m))
            : undefined;
        if (nameBefore) {
          absorbed.add(nameBefore);
          k = nameBefore.start;
        }
        let start = Math.min(j, k);
        const end = Math.max(j, k) + 1;
        // "Rosneft CEO Igor Sechin and Gunvor": the member is the person the role word introduces.
        for (let r = end - 2; r >= start; r--) {
          if (POSSESSED_ROLES.test((tokens[r] as Token).norm)) {
            start = r + 1;
            break;
          }
        }
        // "Rival Cindral Hash and Peakvale Digital": a word of relation that opens the sentence is no part of the name.
        if (start === 0 && end - start >= 3 && RELATION_OPENERS.test((tokens[0] as Token).norm)) start = 1;
        // "Shandong Shengxing Chemical Co and its CEO": a role alone names no member.
        if (tokens.slice(start, end).every((t) => POSSESSED_ROLES.test(t.norm) || ROLE_RANKS.test(t.norm)))
          break;
        // "Speaking at the Denver Gold Forum, Halvorsen Minerals …": a gathering is no member.
        if (isGatheringWord((tokens[end - 1] as Token).text)) break;
        if (end === start + 1 && qualifiesCompanyNoun(tokens, start)) break;
        // "Meanwhile, MicroBT said": an opening word before a comma joins a list only when the list has a conjunction.
        if (start === 0 && end === 1 && !hasConjunctionAfter(tokens, end)) break;
        added.push(nameMention(tokens, start, end, 'coordinated'));
        i = direction === 1 ? end : memberStartAt(tokens, start) - 1;
      }
    }
  }
  for (const place of absorbed) mentions.splice(mentions.indexOf(place), 1);
  return added;
}

/** How many titles may stand before a person's name ("Maj. Gen. Oleg Reznik"). */
const MAX_STACKED_TITLES = 3;

/** The first word of a name after the titles written before it ("Capt. Ivan Sorokin", "Maj. Gen. …"), else `at`. */
function nameAfterPersonalTitle(tokens: readonly Token[], at: number): number {
  let name = at;
  for (let n = 0; n < MAX_STACKED_TITLES; n++) {
    const dotted = tokens[name + 1]?.text === '.';
    const next = name + (dotted ? 2 : 1);
    const titled = PERSONAL_TITLES.test(`${tokens[name]?.text ?? ''}${dotted ? '.' : ''}`);
    if (!titled || tokens[next] === undefined || !isCapitalised(tokens[next] as Token)) break;
    name = next;
  }
  return name;
}

/** How many tokens the titles right before a name take ("Capt." two, "Dr" one, "Maj. Gen." four), else 0. */
function personalTitleLength(tokens: readonly Token[], nameStart: number): number {
  let start = nameStart;
  for (let n = 0; n < MAX_STACKED_TITLES; n++) {
    if (tokens[start - 1]?.text === '.' && PERSONAL_TITLES.test(`${tokens[start - 2]?.text ?? ''}.`))
      start -= 2;
    else if (PERSONAL_TITLES.test(tokens[start - 1]?.text ?? '')) start -= 1;
    else break;
  }
  return nameStart - start;
}

/** How far before a list's first name its preposition may stand ("on Kyrgyz bank Keremet Bank"). */
const LIST_PREPOSITION_REACH = 4;

/** Whether the word at `at` repeats the preposition that opens the list whose first name starts at `first`. */
function repeatsPreposition(tokens: readonly Token[], first: number, at: number): boolean {
  const word = tokens[at]?.norm ?? '';
  if (!/^(?:on|against|to|from)$/.test(word) || tokens[at - 1]?.norm === ',') return false;
  return tokens.slice(Math.max(0, first - LIST_PREPOSITION_REACH), first).some((t) => t.norm === word);
}

function hasConjunctionAfter(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length - 1, from + 12); i++) {
    if (/^(?:and|or|&)$/.test(tokens[i]?.norm ?? '') && isCapitalised(tokens[i + 1] as Token)) return true;
  }
  return false;
}

/** Nouns that make an apposition say its name is an organisation ("Veltrano, a chip designer based in …"). */
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  'company companies firm firms specialist specialists maker makers manufacturer manufacturers producer producers designer developer miner miners explorer explorers operator operators supplier suppliers group conglomerate startup start-up subsidiary unit affiliate provider exporter exporters importer importers refiner refiners refinery refineries smelter chipmaker automaker carmaker retailer bank lender insurer fund distributor vendor giant exchange trader traders shipper shippers carrier carriers airline processor processors contractor contractors broker brokers dealer dealers shipowner shipowners chipmakers automakers carmakers designers developers conglomerates startups start-ups providers smelters retailers banks lenders insurers funds distributors vendors giants airlines tanker tankers vessel vessels ship ships freighter freighters mixer mixers platform platforms'.split(
    ' ',
  ),
);

/**
 * Whether a word capitalised as a name ("Apple", "Delhi"; not an acronym) is one in a sentence that is not
 * written in title case, where capitals say nothing. The caller sets a sentence's first word aside.
 */
export function namesInProse(token: Token, titleCase: boolean): boolean {
  return !titleCase && /^\p{Lu}\p{Ll}/u.test(token.text);
}

/**
 * Makers of a kind of goods ("steelmakers", "shoemaker") are firms; makers of laws, policy or films are people.
 */
const GOODS_MAKERS =
  /^(?!(?:law|policy|decision|film|movie|map|web|peace|deal|match|trouble|rain|play|king|money|news|home|mischief|noise|pace|coffee|tea)makers?$)[a-z]{3,}makers?$/;

/** Whether a lower-case word names a kind of organisation ("miner", "lender", "exchange", "steelmaker"). */
export function isOrganisationNoun(norm: string): boolean {
  return ORGANISATION_NOUNS.has(norm) || GOODS_MAKERS.test(norm);
}

/** A lower-case word ("drone" in "drone maker"), or an acronym ("Chinese AI startup Zhipu AI"), may qualify a descriptor. */
const DESCRIPTOR_MODIFIER = /^(?:[a-z][a-z-]*|[A-Z]{2,4})$/;
const NOT_A_MODIFIER =
  /(?:ed|ing)$|^(?:and|or|but|of|to|on|in|into|at|for|from|against|with|by|as|that|which|who|the|a|an|its|their|his|her|all|some|other|including)$/;

/**
 * Where an organisation's name starts with the words that say what it is: "drone maker Autel Robotics",
 * "chipmaker Xiamen Semitech" (an organisation noun, with at most one noun before it). The descriptor
 * stands between the name and its preposition, verb or list as an article would. Never before `floor`.
 */
export function descriptorStart(tokens: readonly Token[], m: Mention, floor = 0): number {
  return m.kind === 'organisation' ? descriptorStartAt(tokens, m.start, floor) : m.start;
}

/** Words that say what a named person is ("Russian businessman Mikhail Fridman"), before the name like a company's. */
const PERSON_DESCRIPTORS = new Set(
  'businessman businesswoman tycoon oligarch billionaire magnate banker financier investor entrepreneur trader executive official shipowner broker owner co-owner boss kingpin smuggler dealer trafficker director chairman chairwoman founder co-founder shareholder'.split(
    ' ',
  ),
);

/** descriptorStart for a name that starts at token `nameStart`. */
function descriptorStartAt(tokens: readonly Token[], nameStart: number, floor = 0): number {
  const start = ownerBefore(tokens, nounDescriptorStart(tokens, nameStart, floor), nameStart, floor);
  // "Beijing-based Sino Rare Metals", "Iran-based drone maker X", "state-owned Y": where it is based, or whose
  // it is, describes it too.
  if (!(start - 1 >= floor && BASED_IN.test(tokens[start - 1]?.text ?? ''))) return start;
  // "Hong Kong-based Star Shipping": the place's first word stands before the hyphenated one.
  const placeWord = start - 2;
  return placeWord >= floor &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[placeWord]?.text ?? '') &&
    !/^\p{Lu}/u.test(tokens[placeWord - 1]?.text ?? '')
    ? placeWord
    : start - 1;
}

/** How many words the name of a descriptor's owner may take ("Oleg Deripaska's former companies En+"). */
const MAX_OWNER_WORDS = 3;

/** "Oleg Deripaska's former companies En+ and Rusal": a descriptor's owner, by name, describes the name too. */
function ownerBefore(tokens: readonly Token[], start: number, nameStart: number, floor: number): number {
  return start === nameStart ? start : possessorStart(tokens, start, floor);
}

/** Where the capitalised name whose "'s" (or plural "'") stands right before `start` opens, or `start` when none does. */
export function possessorStart(tokens: readonly Token[], start: number, floor: number): number {
  if (!/^['’]s?$/.test(tokens[start - 1]?.norm ?? '')) return start;
  let owner = start - 1;
  while (
    owner - 1 >= floor &&
    owner > start - 1 - MAX_OWNER_WORDS &&
    /^\p{Lu}/u.test(tokens[owner - 1]?.text ?? '') &&
    !NOT_NAME_WORDS.has(tokens[owner - 1]?.text ?? '')
  )
    owner--;
  return owner < start - 1 ? owner : start;
}

const BASED_IN =
  /^[\p{L}\d.&']+(?:-[\p{L}.]+)*-(?:based|headquartered|listed|registered|owned|controlled|backed|linked|affiliated|run|led|allied|connected|founded|flagged|operated|managed)$/u;

function nounDescriptorStart(tokens: readonly Token[], nameStart: number, floor: number): number {
  const head = tokens[nameStart - 1];
  if (
    !head ||
    nameStart - 1 < floor ||
    head.text !== head.norm ||
    !(isOrganisationNoun(head.norm) || PERSON_DESCRIPTORS.has(head.norm))
  )
    return nameStart;
  // "drone maker X", "rare earth processor X", "lithium battery maker X": at most two nouns before the head.
  let start = nameStart - 1;
  while (
    start > nameStart - 1 - MAX_DESCRIPTOR_MODIFIERS &&
    isDescriptorModifier(tokens[start - 1], start - 1, floor)
  )
    start--;
  return start;
}

const MAX_DESCRIPTOR_MODIFIERS = 2;

function isDescriptorModifier(token: Token | undefined, index: number, floor: number): boolean {
  return (
    token !== undefined &&
    index >= floor &&
    DESCRIPTOR_MODIFIER.test(token.text) &&
    (!NOT_A_MODIFIER.test(token.norm) || TRADE_GERUNDS.test(token.norm))
  );
}

/** Nouns of a trade, most in "-ing" ("quantum computing firm X", "rare earth processing company Y", "logistics"). */
const TRADE_GERUNDS =
  /^[a-z-]*(?:mining|processing|refining|smelting|manufacturing|making|computing|engineering|trading|shipping|banking|recycling|sequencing|testing|printing|packaging|logistics|consulting|publishing|imaging|networking|drilling|farming|lending|investing|marketing|licensing|clothing|coking|rolling|casting|forging|plating|fishing|hosting|brokering|leasing|storage)$/;

const RELATION_NOUNS = /^(?:units?|subsidiar(?:y|ies)|affiliates?|divisions?|arms?|branch(?:es)?)$/;

/**
 * Where "a unit of X" starts, for a name X that starts at `nameStart` (else `nameStart`): in a list, the
 * relation words stand between the separator and the name ("Wuxi Biologics and a unit of Lens Technology").
 */
function relationStart(tokens: readonly Token[], nameStart: number): number {
  if (tokens[nameStart - 1]?.norm !== 'of' || !RELATION_NOUNS.test(tokens[nameStart - 2]?.norm ?? ''))
    return nameStart;
  const determiner = tokens[nameStart - 3]?.norm ?? '';
  return /^(?:a|an|the|one|two|three|its|their)$/.test(determiner) ? nameStart - 3 : nameStart - 2;
}

/**
 * Where a list member starts with the words that belong to it ("chip designer X", "a unit of Y"), not
 * before `floor` (the end of the previous member).
 */
function memberStart(tokens: readonly Token[], m: Mention, floor: number): number {
  return m.kind === 'organisation' ? memberStartAt(tokens, m.start, floor) : m.start;
}

/**
 * Where a member of a list starts, with the nationality its descriptor opens with ("and U.S. biotech firm
 * Illumina"): the country is the member's, not a word between members.
 */
function memberStartWithNationality(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  nameStart: number,
  floor: number,
): number {
  const start = memberStartAt(tokens, nameStart, floor);
  const nationality = mentions.find(
    (x) =>
      x.kind === 'country' && x.end === start && start < nameStart && x.start >= floor && x.form !== 'place',
  );
  return nationality?.start ?? start;
}

/** memberStart for an organisation's name that starts at token `nameStart`. */
function memberStartAt(tokens: readonly Token[], nameStart: number, floor = 0): number {
  const start = descriptorStartAt(tokens, nameStart, floor);
  const related = Math.min(
    relationStart(tokens, start),
    possessedRoleStart(tokens, start),
    // "and his company Haeseong Marine": the role word read as the name's descriptor.
    possessedRoleStart(tokens, nameStart),
    // "and Dubai's Gulf Petro FZE", "and Russia's Lukoil": the name that owns a member opens it.
    possessorStart(tokens, start, 0),
    appositiveKindStart(tokens, start),
  );
  return related >= floor ? related : start;
}

/** How many words may qualify the kind of organisation set before a name ("a Chinese teapot refinery, X"). */
const MAX_KIND_MODIFIERS = 3;

/**
 * Where "a Chinese refinery, Quarrion Petrochemical" starts, for the name after the comma (else `nameStart`):
 * an indefinite kind of organisation set before a name in apposition opens the member.
 */
function appositiveKindStart(tokens: readonly Token[], nameStart: number): number {
  const head = nameStart - 2;
  if (tokens[nameStart - 1]?.norm !== ',' || !isOrganisationNoun(tokens[head]?.norm ?? '')) return nameStart;
  for (let k = head - 1; k >= Math.max(0, head - 1 - MAX_KIND_MODIFIERS); k--) {
    const word = tokens[k] as Token;
    if (/^(?:a|an|another)$/.test(word.norm)) return k;
    if (!/^(?:[a-z][a-z-]*|\p{Lu}\p{Ll}+)$/u.test(word.text) || NOT_A_MODIFIER.test(word.norm)) break;
  }
  return nameStart;
}

/**
 * "Rusal and its founder Oleg Deripaska": a name no gazetteer knows goes on the list that `m` opens, so the
 * tagger's names are worth reading.
 */
export function listGoesOnWithUnknownName(analysis: SentenceAnalysis, m: Mention): boolean {
  const { tokens, mentions } = analysis;
  const end = listGoesOnAfter(tokens, m.end);
  for (let k = end + 1; k < Math.min(tokens.length, end + 8); k++) {
    const token = tokens[k] as Token;
    // A first name may be a place's too ("Vladimir"), but no country or company.
    const covered = mentions.some(
      (x) => k >= x.start && k < x.end && !(x.kind === 'country' && x.form === 'place'),
    );
    if (!isCapitalised(token) || covered) continue;
    const between = tokens.slice(end, memberStartWithNationality(tokens, mentions, k, end));
    // ("X; Ivan Petrov; and Z": a semicolon of a list leaves the clause as it was.)
    const listSemicolon = (j: number) =>
      between[j]?.norm === ';' && analysis.clause[end + j] === analysis.clause[m.start];
    return between.length > 0 && between.every((_, j) => isSeparator(between, j) || listSemicolon(j));
  }
  return false;
}

/** How many words a description between two members of a list may have ("Polyus, the gold miner, and …"). */
const MAX_MEMBER_DESCRIPTION = 8;

/**
 * Where the list goes on after a member that ends at `end`: past a description between commas that "and"
 * follows ("Polyus, Russia's largest gold producer, and its chief executive"), else `end`.
 */
function listGoesOnAfter(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.norm !== ',') return end;
  for (let k = end + 2; k < Math.min(tokens.length, end + 2 + MAX_MEMBER_DESCRIPTION); k++) {
    // ("Omar Bassiri, a Lebanese national; and Pavel Dorokhin": a semicolon closes the description of a member
    // of a list that semicolons divide.)
    if (tokens[k]?.norm === ';') return k;
    if (tokens[k]?.norm === ',') return tokens[k + 1]?.norm === 'and' ? k : end;
  }
  return end;
}

/** A family name's particle joined to it ("al-Sharaa", "bin-Zayed", "d'Estaing"). */
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|bin|ibn|abu|bint|d)[-'’]\p{Lu}/u;
/** Particles written as words of a family name ("Mohammed bin Salman", "Ursula von der Leyen", "Juan de la Vega"). */
const NAME_PARTICLE_WORDS = /^(?:bin|ibn|van|von|der|den|ter|de|da|di|do|dos|das|du|del|della|la|le|al|el)$/;
/** Offices written before a person's name ("President Ahmed al-Sharaa"). */
const PERSONAL_TITLES =
  /^(?:President|Premier|Chancellor|King|Queen|Prince|Princess|Sheikh|Emir|General|Gen\.|Minister|Chairman|Senator|Governor|Justice|Judge|Ambassador|Commissioner|Secretary|Director|Admiral|Colonel|Captain|Capt\.|Col\.|Lt\.|Maj\.|Adm\.|Sgt\.|Cmdr\.|Brig\.|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;
/** A line's label in capitals, before its colon ("INDONESIA:", "DEMOCRATIC REPUBLIC OF CONGO:"). */
const CAPITALS_LABEL = /^[\p{Lu}][\p{Lu} .'-]{2,}(?=:)/u;
/** A US state's newswire abbreviation ("Ore.", "Ill.", "N.J."). */
const STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{1,4}|\p{Lu}\.\p{Lu})\.$/u;
/** Small words a name in title case keeps in lower case ("Democratic Republic of Congo"). */
const LABEL_SMALL_WORDS = /^(?:Of|The|And)$/;

/** How many capitals a one-word label may have and still be an acronym, kept as written ("DRC:", "UAE:"). */
const ACRONYM_LABEL_LETTERS = 3;

/** "INDONESIA: Banned nickel ore exports": the label read in title case (same length), as names are written. */
function withLabelInTitleCase(text: string): string {
  return text.replace(CAPITALS_LABEL, (label) =>
    /^\p{Lu}+$/u.test(label) && label.length <= ACRONYM_LABEL_LETTERS
      ? label
      : label.replace(/\p{Lu}+/gu, (word, at: number) => {
          const titled = word.charAt(0) + word.slice(1).toLowerCase();
          return at > 0 && LABEL_SMALL_WORDS.test(titled) ? titled.toLowerCase() : titled;
        }),
  );
}

/** Offices in a company that open a person's name ("Chief Executive X", "Chairman X"). */
const EXECUTIVE_TITLES =
  /^(?:Chief|Executive|Officer|CEO|CFO|COO|Chairman|Chairwoman|Chairperson|Founder|Co-founder|Spokesperson|Spokesman|Spokeswoman|Analyst|President|Director|Minister|Secretary|Governor)$/;
/** A title, then at most a given name, right before a word: that word is a person's surname ("Minister Tendai …"). */
const TITLED_NAME_BEFORE = new RegExp(
  `(?:^|\\s)(?:${PERSONAL_TITLES.source.slice(1, -1)}|${EXECUTIVE_TITLES.source.slice(1, -1)})\\s+(?:\\p{Lu}[\\p{Ll}'’-]+\\s+)?$`,
  'u',
);
/** How far back a title and a given name are looked for. */
const TITLED_NAME_CHARS = 40;
/** How many words an office may take before a person's name ("Supreme Court Justice Alexandre de Moraes"). */
const MAX_TITLE_WORDS = 3;

/** What a person or a company is to the name before it in a list ("X and its founder Y", "X and his son, Y"). */
const POSSESSED_ROLES =
  /^(?:owner|owners|founder|founders|co-founder|co-founders|chairman|chairwoman|chair|ceo|chief|president|parent|subsidiary|unit|affiliate|shareholder|shareholders|executive|executives|director|directors|officers|successor|predecessor|son|sons|daughter|daughters|wife|husband|brother|brothers|sister|sisters|father|mother|associate|associates|deputy|aide|manager|managers|operator|operators|officer|company|companies|firm|firms|business|businesses|agent|agents|partner|partners|distributor|distributors|broker|brokers|supplier|suppliers|buyer|buyers|representative|representatives|intermediary|intermediaries|arm|arms|vessel|vessels|tanker|tankers|ship|ships|financier|financiers|backer|backers|banker|bankers|adviser|advisers|advisor|advisors|facilitator|facilitators)$/;
/** Kin of a person named before them ("his son", "and daughter"). */
const KIN = /^(?:son|sons|daughter|daughters|wife|husband|brother|brothers|sister|sisters|father|mother)$/;
/** Words that rank a role ("its chief executive", "its general manager", "its chief financial officer"). */
const ROLE_RANKS =
  /^(?:chief|main|majority|top|senior|general|managing|vice|deputy|executive|financial|operating|commercial|technical|holding|trading|shipping|investment|parent|front|marketing|sales|procurement|purchasing|logistics|exclusive|wholly-owned|majority-owned|fully-owned|non-executive|independent)$/;
/** How many such words may rank one role ("chief financial officer"). */
const ROLE_RANK_WORDS = 2;
/** How many of the owner's people a role names ("two of its executives"). */
const HOW_MANY = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|both|\d+)$/;

/**
 * Where "its founder Y", "its chief executive, Y", "two of its executives, Y and Z" starts, for a name Y
 * that starts at `nameStart` (else `nameStart`).
 */
export function possessedRoleStart(tokens: readonly Token[], nameStart: number): number {
  // ("the company's vessel, the Polar Dawn": a vessel's name may keep its "the".)
  let opening =
    tokens[nameStart - 1]?.norm === 'the' && tokens[nameStart - 2]?.norm === ',' ? nameStart - 1 : nameStart;
  // ("its financier, Belgian businessman Marc Devaux": what the person is, and whence, may stand before the name.)
  const descriptor = tokens[opening - 1];
  if (descriptor && descriptor.text === descriptor.norm && PERSON_DESCRIPTORS.has(descriptor.norm)) {
    const nationality = tokens[opening - 2] && isCapitalised(tokens[opening - 2] as Token) ? 1 : 0;
    if (tokens[opening - 2 - nationality]?.norm === ',') opening -= 1 + nationality;
  }
  let k = tokens[opening - 1]?.norm === ',' ? opening - 2 : opening - 1;
  // "its director general Anatoly Kravets": a rank after the role.
  if (tokens[k]?.norm === 'general' && POSSESSED_ROLES.test(tokens[k - 1]?.norm ?? '')) k--;
  if (!POSSESSED_ROLES.test(tokens[k]?.norm ?? '')) return nameStart;
  // "his son Ivan Marchenko and daughter Daria Marchenko": kin after "and" share the possessive before the first.
  if (tokens[k - 1]?.norm === 'and' && KIN.test(tokens[k]?.norm ?? '')) return k;
  for (let ranks = 0; ranks < ROLE_RANK_WORDS && ROLE_RANKS.test(tokens[k - 1]?.norm ?? ''); ranks++) k--;
  // "its former owner Arden Lusk", "its former chief executive Y".
  if (ROLE_TIME.test(tokens[k - 1]?.norm ?? '')) k--;
  // "its Chinese subsidiary Orvane Shenzhen", "Hexin Holdings' Chinese subsidiary …": where the role is held.
  const where = tokens[k - 1];
  if (where && isCapitalised(where) && /^(?:its|his|her|their|['’]s?)$/.test(tokens[k - 2]?.norm ?? '')) k--;
  if (/^(?:its|his|her|their)$/.test(tokens[k - 1]?.norm ?? '')) {
    const of = k - 2;
    return tokens[of]?.norm === 'of' && HOW_MANY.test(tokens[of - 1]?.norm ?? '') ? of - 1 : k - 1;
  }
  // "the company's owner, Ahmed Al-Sayed": a description of the company before the role stands for "its".
  if (
    /^['’]s$/.test(tokens[k - 1]?.norm ?? '') &&
    /^(?:company|firm|group|miner|refiner|trader|smelter|bank)$/.test(tokens[k - 2]?.norm ?? '') &&
    tokens[k - 3]?.norm === 'the'
  )
    return k - 3;
  // "Rosneft CEO Igor Sechin", "Nornickel's chief Vladimir Potanin": the name of whom the role is opens it.
  const owner = /^['’]s?$/.test(tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  let open = owner + 1;
  while (open - 1 >= Math.max(0, owner - 3) && isCapitalised(tokens[open - 1] as Token)) open--;
  return open <= owner ? open : nameStart;
}

/**
 * The last token of a role word that follows token `end` ("Rosneft['s] CEO", "Nornickel's former chief executive
 * officer"), or -1 when none does.
 */
export function roleAfter(tokens: readonly Token[], end: number): number {
  let k = /^['’]s?$/.test(tokens[end]?.norm ?? '') ? end + 1 : end;
  if (ROLE_TIME.test(tokens[k]?.norm ?? '')) k++;
  // "chief financial officer", "vice president": the words that rank the role go before its noun.
  let ranks = 0;
  while (ranks < ROLE_RANK_WORDS && ROLE_RANKS.test(tokens[k + ranks]?.norm ?? '')) ranks++;
  for (; ranks > 0; ranks--)
    if (POSSESSED_ROLES.test(tokens[k + ranks]?.norm ?? '')) {
      k += ranks;
      break;
    }
  if (!POSSESSED_ROLES.test(tokens[k]?.norm ?? '')) return -1;
  return tokens[k + 1]?.norm === 'officer' ? k + 1 : k;
}

/** Where the name after a role word that follows token `end` starts ("Rosneft['s] CEO Igor Sechin"), else `end`. */
export function roleHolderAfter(tokens: readonly Token[], end: number): number {
  // "Nornickel's former chief executive, Vladimir Potanin".
  const k = roleAfter(tokens, end);
  if (k < 0) return end;
  const at = tokens[k + 1]?.norm === ',' ? k + 2 : k + 1;
  const name = tokens[at];
  return name && isCapitalised(name) ? at : end;
}

/** Words that date a role ("former chief executive", "late founder"). */
const ROLE_TIME = /^(?:former|ex|then|current|longtime|late)$/;

/** Where a name starts after a descriptor that starts at `from` ("chip designer Xiamen Semitech"), else `from`. */
function nameAfterDescriptor(tokens: readonly Token[], from: number): number {
  // "… and the tanker Ocean Pearl": the descriptor may open with its article.
  if (/^(?:the|a|an)$/.test(tokens[from]?.norm ?? '')) {
    const named = nameAfterDescriptor(tokens, from + 1);
    if (named > from + 1) return named;
  }
  for (const length of [1, 2]) {
    const name = tokens[from + length];
    if (name && isCapitalised(name) && descriptorStartAt(tokens, from + length, from) === from)
      return from + length;
  }
  return from;
}

/** An organisation named by the tokens [start, end), its value the canonical name unless `canonical` is false. */
function nameMention(
  tokens: readonly Token[],
  start: number,
  end: number,
  form: MentionForm,
  canonical = true,
): Mention {
  const text = tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
  const value = canonical ? canonicalOrganizationName(text) : text;
  return { kind: 'organisation', start, end, value, form, country: null, group: 0, text };
}

/** A town, region or capital standing for its country ("Wexford", "Lusaka"): it may open a company's name. */
function isPlaceMention(m: Mention): boolean {
  return m.kind === 'country' && (m.form === 'place' || m.form === 'metonym');
}

/** How many words a name before its apposition may have, particles included ("Pieter van der Berg"). */
const APPOSED_NAME_WORDS = 6;

/** Capitalised names followed by an apposition whose head is an organisation noun. */
function appositiveNames(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  // "Wexford Pumps, a supplier", "Lusaka Mining, a copper producer".
  const taken = (i: number) => mentions.some((m) => i >= m.start && i < m.end && !isPlaceMention(m));
  for (let i = 0; i < tokens.length - 3; i++) {
    if (tokens[i]?.norm !== ',' || !/^(?:a|an|the)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    let head = false;
    for (let k = i + 2; k < Math.min(tokens.length, i + 7) && tokens[k]?.norm !== ','; k++) {
      if (isOrganisationNoun(tokens[k]?.norm ?? '')) head = true;
    }
    if (!head) continue;
    let start = i;
    // "Pieter van der Berg, a broker": a family name's particles stand inside the name.
    const nameWord = (k: number) =>
      !taken(k) && (isCapitalised(tokens[k] as Token) || NAME_PARTICLE_WORDS.test(tokens[k]?.text ?? ''));
    while (start > 0 && nameWord(start - 1) && i - start < APPOSED_NAME_WORDS) start--;
    while (start < i && !isCapitalised(tokens[start] as Token)) start++;
    if (start === i) continue;
    // "Separately, the company said": a word set off before the subject is no name in apposition.
    if (start === 0 && i === 1 && isSetOffOpener(tokens[0] as Token)) continue;
    // "In March, the U.S. added …": a month or a day set off before the subject is a time.
    if (tokens.slice(start, i).every((t) => isMonthName(t.norm) || isWeekdayName(t.norm))) continue;
    // "Kitwe, a town", "to Sudbury Ontario, the company said": places alone name no company, nor does a place
    // before a day ("to Perth Monday, the company said").
    const placeOrTime = (k: number) =>
      mentions.some((m) => isPlaceMention(m) && k >= m.start && k < m.end) ||
      isMonthName(tokens[k]?.norm ?? '') ||
      isWeekdayName(tokens[k]?.norm ?? '');
    if (
      tokens.slice(start, i).every((_, k) => placeOrTime(start + k)) ||
      tokens.slice(start, i).some((t) => isWeekdayName(t.norm))
    )
      continue;
    found.push(nameMention(tokens, start, i, 'apposition'));
  }
  return found;
}

/** Nouns for vessels, whose names follow them ("the tanker Orrin Sun", "four tankers, including the Lusk Pearl"). */
const VESSEL_NOUNS = /^(?:tankers?|supertankers?|vessels?|ships?|freighters?|carriers?|bulkers?)$/;
/** Words that open examples of what goes before ("including", "among them", "such as", "named"). */
const EXAMPLES_OPENING = /^(?:including|incl|named|called|among|such)$/;
/** How many words may stand between a noun for vessels and the examples of it ("tankers on Thursday, including"). */
const EXAMPLES_GAP = 5;
/** How many words a vessel's name may have. */
const VESSEL_NAME_WORDS = 4;
/** How many words in lower case may stand between a noun for vessels and the colon that sets out their names. */
const VESSEL_COLON_WORDS = 6;
/** "Marlin 22", "Pacific Star II": a hull number or a Roman numeral closing a vessel's name. */
const HULL_NUMBER = /^(?:\d{1,3}|I{1,3}|IV|V|VI{1,3})$/;
/** What may follow a vessel's name in a list of them (so that a number before it closes the name). */
const AFTER_VESSEL_NAME = /^(?:[,;.:(]|and)$/;

/**
 * "sanctioned the tankers Orrin Sun, Lusk Pearl and Arden Star", "four tankers, including the Kestrel Dawn and
 * the Isket Glory": capitalised names after a noun for vessels, and the names listed with them, are vessels,
 * which a name's shape (no corporate word) would not tell.
 */
function vesselNames(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  const taken = (i: number) =>
    mentions.some((m) => i >= m.start && i < m.end && !yieldsToVesselName(m)) ||
    found.some((m) => i >= m.start && i < m.end);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!VESSEL_NOUNS.test(tokens[i]?.norm ?? '')) continue;
    // "Arctic Tanker Services": a vessel's word inside a name in capitals is the name's.
    if (i > 0 && isCapitalised(tokens[i] as Token) && isCapitalised(tokens[i - 1] as Token)) continue;
    let k = i + 1;
    // "four tankers on Thursday, including …": a phrase of time may come between.
    const examples = tokens.findIndex(
      (t, j) =>
        j > i && j <= i + EXAMPLES_GAP && t.norm === ',' && EXAMPLES_OPENING.test(tokens[j + 1]?.norm ?? ''),
    );
    if (examples > i && tokens.slice(i + 1, examples).every((t, j) => !isCapitalised(t) || taken(i + 1 + j)))
      k = examples + 2;
    else if (EXAMPLES_OPENING.test(tokens[k]?.norm ?? '')) k++;
    if (/^(?:them|as)$/.test(tokens[k]?.norm ?? '') && EXAMPLES_OPENING.test(tokens[k - 1]?.norm ?? '')) k++;
    // "sanctioned the following tankers: Orrin Sun; Lusk Pearl", "added the following vessels to its list:": a
    // colon sets out the names, after words in lower case that finish the clause.
    const colon = tokens.findIndex(
      (t, j) =>
        j >= k &&
        j <= k + VESSEL_COLON_WORDS &&
        t.norm === ':' &&
        tokens.slice(k, j).every((w) => /^\p{Ll}/u.test(w.text)),
    );
    if (colon >= k) k = colon + 1;
    // "three tankers, the Mira Sun, the Kestrel Bay and the Nordvik", "its vessel, the Blue Tern": names set after a
    // comma in apposition, each closed as a member of a list is ("tankers, the Treasury said" names none).
    else if (tokens[k]?.norm === ',' && tokens[k + 1]?.norm === 'the' && appositiveName(tokens, k + 2, taken))
      k++;
    for (;;) {
      if (tokens[k]?.norm === 'the') k++;
      let end = vesselNameEnd(tokens, k, taken);
      if (end === k) break;
      if (HULL_NUMBER.test(tokens[end]?.text ?? '') && AFTER_VESSEL_NAME.test(tokens[end + 1]?.norm ?? '.'))
        end++;
      found.push(nameMention(tokens, k, end, 'shape', false));
      k = end;
      // "Pacific Harmony (IMO 9123456), Golden Lotus …": the vessel's number in brackets is its own.
      k += bracketedLead(tokens.slice(k, k + BRACKETED_LEAD_WORDS + 2));
      if (tokens[k]?.norm === ',' || tokens[k]?.norm === ';') k++;
      if (tokens[k]?.norm === 'and') k++;
      if (k === end) break;
    }
  }
  return found;
}

/** Where the capitalised words of a vessel's name that start at `k`, free of other mentions, end. */
function vesselNameEnd(tokens: readonly Token[], k: number, taken: (i: number) => boolean): number {
  let end = k;
  while (
    end < tokens.length &&
    end - k < VESSEL_NAME_WORDS &&
    isCapitalised(tokens[end] as Token) &&
    !taken(end)
  )
    end++;
  return end;
}

/** Whether a vessel's name starts at `k` and ends as a member of a list does. */
function appositiveName(tokens: readonly Token[], k: number, taken: (i: number) => boolean): boolean {
  const end = vesselNameEnd(tokens, k, taken);
  return end > k && /^(?:[,;.]|and)$/.test(tokens[end]?.norm ?? '.');
}

/** Adds names found inside others' words, removing the mentions within them that yield to them. */
function addOverYielding(
  mentions: Mention[],
  found: readonly Mention[],
  yields: (m: Mention) => boolean,
): void {
  for (let x = mentions.length - 1; x >= 0; x--) {
    const m = mentions[x] as Mention;
    if (yields(m) && found.some((f) => m.start >= f.start && m.end <= f.end)) mentions.splice(x, 1);
  }
  mentions.push(...found);
}

/**
 * Nouns for a company another owns, or that stands to it as a rival or parent ("its Chinese subsidiary Orvane
 * Shenzhen", "Kallisto Labs' Beijing unit, …", "its rival Sakura Auto").
 */
const UNIT_NOUNS = /^(?:subsidiary|unit|arm|affiliate|rival|competitor|parent)$/;
/** How many words a unit's name may have. */
const UNIT_NAME_WORDS = 5;
/** Verbs of a source set off by commas after a unit's noun ("its Chinese unit, Reuters reported, will"). */
const UNIT_SOURCE_VERBS = /^(?:said|says|told|reported|reports|added|noted|wrote|stated|confirmed)$/;

/**
 * "its Chinese subsidiary Orvane Shenzhen", "Kallisto Labs' Beijing unit, Kallisto Beijing": the capitalised words
 * right after a noun for a company owned by another (a comma between) are that company's name, places in it too.
 */
function unitNames(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  const taken = (i: number) => mentions.some((m) => i >= m.start && i < m.end && !yieldsToUnitName(m));
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!UNIT_NOUNS.test(tokens[i]?.norm ?? '')) continue;
    const k = tokens[i + 1]?.norm === ',' ? i + 2 : i + 1;
    let end = k;
    while (
      end < tokens.length &&
      end - k < UNIT_NAME_WORDS &&
      isCapitalised(tokens[end] as Token) &&
      !taken(end) &&
      // "its Dubai unit Monday": a day or month after the noun dates the sentence, it names no one.
      !isWeekdayName(tokens[end]?.norm ?? '') &&
      !isMonthName(tokens[end]?.norm ?? '')
    )
      end++;
    // "its Chinese unit, Reuters reported, will …", "its subsidiary, Chief Executive Ana Ruiz said": a source or
    // a person's office set off by commas names no unit ("its subsidiary Orvane Shenzhen said" names one).
    const source =
      k === i + 2 &&
      (UNIT_SOURCE_VERBS.test(tokens[end]?.norm ?? '') || EXECUTIVE_TITLES.test(tokens[k]?.text ?? ''));
    // ("its rival Sakura Auto": a rival or parent is another's only after a possessive; "rival Orbis Power" is left
    // to the tagger.)
    const unowned =
      RIVAL_OR_PARENT_NOUNS.test(tokens[i]?.norm ?? '') &&
      !/^(?:its|their|his|her|['’]s?)$/.test(tokens[i - 1]?.norm ?? '');
    if (end > k && !source && !unowned) found.push(nameMention(tokens, k, end, 'shape', false));
  }
  return found;
}

/** Nouns of a company that stands to another as a rival or parent, not as a part of it. */
const RIVAL_OR_PARENT_NOUNS = /^(?:rival|competitor|parent)$/;

/** A place ("Shenzhen"), a capital standing for its government ("Beijing") or a name by shape inside a unit's name. */
function yieldsToUnitName(m: Mention): boolean {
  return yieldsToVesselName(m) || (m.kind === 'country' && m.form === 'metonym');
}

/**
 * "the tanker Sea Falcon": a word of a vessel's name read as a place ("Falcon") or as a name of its own ("Sea") is
 * the vessel's.
 */
function yieldsToVesselName(m: Mention): boolean {
  return (m.kind === 'country' && m.form === 'place') || (m.kind === 'organisation' && m.form === 'shape');
}

/** Where a name that continues past `end` with capitalised words ending in a corporate word ends. */
function longerName(text: string, end: number): number {
  const rest = /^(?:\s+\p{Lu}[\p{L}&.-]*){1,4}/u.exec(text.slice(end));
  if (!rest) return end;
  let best = end;
  for (const word of rest[0].matchAll(/\S+/g)) {
    if (isCorporateWord(word[0])) best = end + word.index + word[0].length;
  }
  return best;
}

/** "Energy and Mineral Resources Minister Darmanto Wiratmaja": a known name right before an office is its portfolio. */
function portfolioOfOffice(text: string, end: number): boolean {
  return OFFICES.test(/^\s*(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase() ?? '');
}

function ministerAfter(text: string, end: number): boolean {
  return /^\s*Minist(?:er|ers|ry)\b/.test(text.slice(end, end + 12));
}

/** Whether an office and a given name stand right before `start` ("Premier Doug Ford", "Minister Lena Vale"). */
function titledPersonBefore(text: string, start: number): boolean {
  const before = /(\S+)\s+\p{Lu}\p{Ll}+\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && PERSONAL_TITLES.test(before[1] as string);
}

/** Capitalised words before a known company's name that open no longer name: function words, offices, descriptors. */
const NOT_NAME_OPENERS =
  /^(?:The|In|On|At|By|For|From|To|With|As|But|And|Or|If|When|While|After|Before|Since|Under|Over|Chairman|Chief|President|Minister|Secretary|Rival|Miner|Chipmaker|Shares)$/;

/**
 * Where a name opens that a known company's name ends ("added Tundra Block Inc"): at the capitalised word right
 * before it that is no place, month or day, mid-sentence or, opening it, no English word (`start` otherwise).
 */
function nameWordBefore(text: string, start: number, gazetteer: Gazetteer): number {
  const before = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return start;
  const word = before[1] as string;
  const at = start - before[0].length;
  const opensSentence = text.slice(0, at).trim() === '';
  if (
    (opensSentence && isDictionaryWord(word)) ||
    isMonthName(word.toLowerCase()) ||
    isWeekdayName(word.toLowerCase()) ||
    countryOfPlace(gazetteer, word) !== null ||
    NOT_NAME_OPENERS.test(word)
  )
    return start;
  return at;
}

export interface AnalyseOptions {
  published: string | null;
  gazetteer?: Gazetteer;
  /**
   * Only what the article's context needs from a sentence that anchors no event: its countries,
   * organisations and lists. Sentences with an anchor get the whole analysis.
   */
  light?: boolean;
  /** The sentence as read (`withoutMarkup`) and its tokens, when the caller has them already. */
  text?: string;
  tokens?: Token[];
}

/** A compass word before a place names a region of it ("West Texas", "northern Mexico"). */
const REGION_BEFORE =
  /\b(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern)\s+$|\b(?:Upper|Lower|Greater|Inner|Outer)\s+$/i;
/** "Lower Saxony", "Greater London": these open a region's name only capitalised ("lower U.S. tariffs" opens none). */
const CAPITALISED_REGION_WORD = /^(?:Upper|Lower|Greater|Inner|Outer)\s+$/;

/** Where a place or country name starts with the region word before it, which names part of the same country. */
function withRegion(text: string, start: number, form: string): number {
  if (form !== 'place' && form !== 'name') return start;
  const match = REGION_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!match) return start;
  const word = match[0].replace(/^\W+/, '');
  if (/^(?:upper|lower|greater|inner|outer)\s/i.test(word) && !CAPITALISED_REGION_WORD.test(word))
    return start;
  return start - match[0].length;
}

const MADE_IN = /^(\p{Lu}[\p{L}.]*)-(?:made|built|produced|manufactured|grown|sourced|origin)$/u;

/**
 * Words after a one-word office's name that make it part of another ("Commerce Minister", "Commerce Bank"; its
 * own "Commerce Secretary" aside).
 */
const OTHER_NAME_AFTER = /^\s*(?:(?!Secretary\b)\p{Lu}|&|and\b)/u;
/** Words before it that do ("Chamber of Commerce", "Ministry of Commerce", "e-Commerce", "Interstate Commerce"). */
const OTHER_NAME_BEFORE = /(?:\bof|[-\p{Lu}][\p{L}]*)\s*$/u;

/** Whether a one-word office's name stands inside a longer name, capitalised or joined by "of" or "and". */
function partOfOtherName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  // ("The Commerce Department", "U.S. Commerce": a sentence's first word, or a country, may open it.)
  const opensSentence =
    /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before) || /(?:^|\s)(?:The|the|US|U\.S\.)\s*$/.test(before);
  return (
    OTHER_NAME_AFTER.test(text.slice(end, end + 16)) || (!opensSentence && OTHER_NAME_BEFORE.test(before))
  );
}

/** The word of an office after a government's name ("U.S. Treasury Department", "Peru's Trade Ministry"). */
const OFFICE_AFTER =
  /^\s+(?:Department|Ministry|Office|Bureau|Agency|Administration|Commission|Council|Authority|Government)\b/;

/** Where a metonym or an agency ends with the office word after it, which is part of the same name. */
function withOffice(text: string, end: number, form: string): number {
  if (form !== 'metonym' && form !== 'agency') return end;
  const match = OFFICE_AFTER.exec(text.slice(end, end + 16));
  return match ? end + match[0].length : end;
}

/** "the Aluminum Association of Canada", "Bank of America": a country that ends an institution's name is no actor. */
function namesInstitution(text: string, start: number): boolean {
  const before = /\b(\p{Lu}\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && INSTITUTIONS.test(before[1] ?? '');
}

/**
 * "Michael Jordan", "Chad Smith", "Turkey Hill": a capitalised word right before (other than a function word
 * that opens the sentence, "In Turkey") or right after makes a longer name.
 */
function insideLongerName(text: string, m: { start: number; end: number }): boolean {
  const before = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return (before !== undefined && !SENTENCE_OPENERS.test(before)) || /^\s+\p{Lu}/u.test(text.slice(m.end));
}
const SENTENCE_OPENERS =
  /^(?:In|On|To|From|For|With|And|But|As|At|By|Of|The|While|After|Before|Like|Unlike|Both|Neither|Only|Even|Why|How|When|Where|If|Neighbouring|Neighboring)$/;

/** A descriptor of a company, then at least two words of its name ("Chipmaker Arm Holdings"). */
const DESCRIPTOR_WORDS =
  '\\p{Lu}\\p{Ll}+maker|Maker|Miner|Producer|Manufacturer|Refiner|Retailer|Lender|Insurer|Shipper|Supplier|Developer|Designer|Operator|Trader|Broker|Distributor|Exporter|Importer|Processor|Contractor|Conglomerate|Shipowner|Smelter|Rival|Competitor|Peer|Startup|Subsidiary';
const DESCRIPTOR_OPENING = new RegExp(`^(?:${DESCRIPTOR_WORDS})\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})`, 'u');
/**
 * "Struggling Cedar Hash moved", "Rival Quarry Hash": a participle in "-ing" or a word of rank or relation that
 * opens a name of three words or more describes the company ("Advanced Micro Devices", "Total Energy Resources"
 * keep theirs).
 */
function describingOpening(name: string): RegExpExecArray | null {
  const opening = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}\S*\s+\p{Lu})/u.exec(name);
  const word = opening?.[1]?.toLowerCase() ?? '';
  return opening &&
    (/(?<=\p{L}{3})ing$/u.test(word) || RANKING_OPENERS.test(word) || RELATION_OPENERS.test(word))
    ? opening
    : null;
}
/** "Steelmaker Ferrovale said": a maker's descriptor opening the sentence before a one-word unknown name. */
const MAKER_OPENING = /^\p{Lu}\p{Ll}+maker$/u;

/** How many capitalised words before a place may open the company name the place is inside of. */
const MAX_WORDS_BEFORE_PLACE = 2;

/**
 * "Sierra Nevada Corp": capitalised words no mention covers, right before a place that opens a company's
 * name (token `at`), open the name; where the name starts, as a character offset.
 */
function nameStartBefore(tokens: readonly Token[], mentions: readonly Mention[], at: number): number {
  let k = at;
  // A sentence's first word is capitalised anyway, so it opens no name here ("Sanctioned Texas Instruments").
  while (
    k > 1 &&
    at - k < MAX_WORDS_BEFORE_PLACE &&
    /^\p{Lu}\p{Ll}/u.test(tokens[k - 1]?.text ?? '') &&
    !SENTENCE_OPENERS.test(tokens[k - 1]?.text ?? '') &&
    // "Hong Kong-registered Tianjin Star Shipping": where the company is registered is not its name.
    !isPlaceDescriptor(tokens[k - 1]?.text ?? '') &&
    !mentions.some((m) => k - 1 >= m.start && k - 1 < m.end)
  )
    k--;
  return tokens[k]?.start ?? 0;
}

/** Determiners that say whose a noun is ("its SealMiner machines", "their plant"). */
export const POSSESSIVE_DETERMINERS = /^(?:its|their|his|her|our|my|your)$/;
/**
 * Words after a name that end its noun phrase, so the name qualifies no noun after it: not a brand of goods
 * ("its Jeep Compass from"), nor a maker of goods ("exports of Huawei and ZTE").
 */
export const PHRASE_ENDERS =
  /^(?:from|to|into|in|on|at|for|of|with|by|and|or|as|than|after|before|that|which|who|is|are|was|were|will|would|has|have|had|said|says)$/;

/**
 * "assembles its SealMiner machines": a name between a possessive and the noun it qualifies is the brand of
 * the owner's goods, not a company (a unit's name ends in a corporate word: "its Quarrion Mining unit").
 */
function brandOfOwnGoods(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end];
  return (
    POSSESSIVE_DETERMINERS.test(tokens[start - 1]?.norm ?? '') &&
    after !== undefined &&
    /^[a-z]+$/.test(after.text) &&
    !PHRASE_ENDERS.test(after.norm) &&
    !tokens.slice(start, end).some((t) => isCorporateWord(t.text))
  );
}

/** How long before the article a date sets an action in an earlier period than the news. */
const EARLIER_PERIOD_MONTHS = 12;

/** Whole months from the end of the period `earlier` names ("2024" ends in December) to `later`. */
function monthsBetween(earlier: string, later: string): number {
  const month = (iso: string, fallback: number) =>
    Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) || fallback);
  return month(later, 1) - month(earlier, 12);
}

/** A wire's label before a headline or an entry ("EXCLUSIVE: ", "UPDATE 2-", "FACTBOX-"): no word of the sentence. */
const WIRE_LABEL =
  /^\s*(?:EXCLUSIVE|UPDATE(?: \d+)?|ANALYSIS|FACTBOX|INSIGHT|BREAKING|WRAPUP(?: \d+)?|REFILE|CORRECTED|EXPLAINER|BRIEF|BUZZ|WATCH|PREVIEW) ?[-:–—] */;

/**
 * A company's listing after its name ("Korvath Minerals Corp. (TSX: KVM)", "(Nasdaq Stockholm: VMAB; OTCQX: VMABF)"):
 * no word of the sentence, and its colon no break between the company and its verb.
 */
const STOCK_LISTING =
  /\((?:\s*(?:[A-Z][A-Za-z-]*\s+){0,2}[A-Z][A-Za-z-]*\s*:\s*[A-Z0-9][A-Z0-9.-]{0,9}\s*[;,]?)+\s*\)/g;

/** "export-control list", "export-licence rules": compounds written with a hyphen that the type files write open. */
const HYPHENED_COMPOUNDS = /\b(export)-(?=(?:controls?|licen[cs]es?|restrictions?|bans?|curbs?|quotas?)\b)/gi;

/**
 * A sentence as the analysis reads it: without markup or a wire's label, and with such compounds written open
 * (a space for the hyphen), every offset kept.
 */
export function readableText(text: string): string {
  const unlabelled = withoutMarkup(text).replace(WIRE_LABEL, (label) => ' '.repeat(label.length));
  const plain = unlabelled.includes(':')
    ? unlabelled.replace(STOCK_LISTING, (listing) => ' '.repeat(listing.length))
    : unlabelled;
  const open = plain.includes('-') ? plain.replace(HYPHENED_COMPOUNDS, '$1 ') : plain;
  const blank = (found: string) => ' '.repeat(found.length);
  const bracketsOff = open.includes('(') ? open.replace(LIST_ENUMERATOR, blank) : open;
  const unnumbered = /[:;]\s*\d{1,2}\./.test(bracketsOff)
    ? bracketsOff.replace(LIST_NUMBER, blank)
    : bracketsOff;
  const plainNames = unnumbered.includes('IMO') ? unnumbered.replace(VESSEL_NUMBER, blank) : unnumbered;
  return isShouted(plainNames) ? inTitleCase(plainNames) : plainNames;
}

/**
 * "Sea Falcon IMO 9312456": a vessel's registry number written after its name, no part of it (in brackets it
 * already stands apart, and parts the list from what follows).
 */
const VESSEL_NUMBER = /(?<!\(\s*)\bIMO(?:\s+(?:No\.?|number))?:?\s*\d{7}\b(?!\s*\))/g;

/**
 * "the following entities: (1) Qingmar Metals; (2) Hexun Trading; and (3) …": the numbers of a notice's list
 * before each member's name, which are not part of any name.
 */
const LIST_ENUMERATOR = /(?<=[:;,]\s*(?:(?:and|or)\s+)?)\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)(?=\s+\p{Lu})/gu;
/** "the following entities: 1. Hartwell Aerosystems Inc.; 2. Korvane Defense": a number and its full stop. */
const LIST_NUMBER = /(?<=[:;]\s*(?:(?:and|or)\s+)?)\d{1,2}\.(?=\s+\p{Lu})/gu;

/** How many words a line in capitals needs before it is read as a headline ("INDONESIA BANS BAUXITE EXPORTS"). */
const SHOUTED_WORDS = 3;
const SMALL_WORDS = new Set([
  'to',
  'of',
  'on',
  'in',
  'at',
  'by',
  'as',
  'an',
  'or',
  'is',
  'be',
  'it',
  'for',
  'and',
  'the',
  'from',
  'with',
  'a',
]);

/** Whether a line is written in capitals (its words of letters all upper case, a few of them at least). */
function isShouted(text: string): boolean {
  // Read at every sentence: most have a lower-case letter, which settles it.
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{4}/u.test(text)) return false;
  return (text.match(/\p{L}[\p{L}'’]*/gu) ?? []).length >= SHOUTED_WORDS;
}

/**
 * A line in capitals as a headline in title case, every offset kept: small words in lower case, abbreviations of two
 * or three letters that are no English word ("US", "EU", "LME", "HQ") as written, other words capitalised.
 */
function inTitleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}'’]*/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower)) return at === 0 ? word[0] + lower.slice(1) : lower;
    if (word.length <= 2 || (word.length === 3 && !isDictionaryWord(lower))) return word;
    return word[0] + lower.slice(1);
  });
}

/** Heads of a government body's name ("Ministry of Industry and Trade", "Mines and Geosciences Bureau"). */
const BODY_HEADS =
  /^(?:Ministry|Department|Bureau|Agency|Office|Commission|Authority|Administration|Directorate|Secretariat)$/;
/** How many words a government body's name may have after its head and "of" ("of Energy and Mineral Resources"). */
const BODY_NAME_WORDS = 6;

/**
 * "Kazakhstan's Ministry of Industry", "Indonesia's Ministry of Energy and Mineral Resources", "the Philippine Mines
 * and Geosciences Bureau": the spans (in tokens) of government bodies' names, which name no company whatever
 * companies' words they hold; the country that owns the body acts.
 */
function governmentBodies(tokens: readonly Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const joining = (k: number) => /^(?:and|&|of|for)$/.test(tokens[k]?.norm ?? '') && capitalised(k + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (!BODY_HEADS.test(tokens[i]?.text ?? '')) continue;
    let end = i + 1;
    if (tokens[end]?.norm === 'of' && capitalised(end + 1)) {
      end++;
      while (end < i + 2 + BODY_NAME_WORDS && (capitalised(end) || joining(end))) end++;
    }
    // "Credit Bureau Holdings", "Port Authority Services": a name that goes on past the head is a company's.
    if (capitalised(end)) continue;
    let start = i;
    while (start > 0 && i - start < BODY_NAME_WORDS && (capitalised(start - 1) || joining(start - 1)))
      start--;
    if (tokens[start]?.norm === 'the') start++;
    spans.push({ start, end });
  }
  return spans;
}

interface TokenSpan {
  start: number;
  end: number;
}

/** Whether a word heads a government body's name ("Ministry" of "Ministry of Industry"). */
export function isBodyHead(word: string): boolean {
  return BODY_HEADS.test(word);
}

/**
 * "The EU sanctioned Russia's Ministry of Defence": a government body is an institution a list may name, when it does
 * not open the sentence; its name starts after the country that opens it.
 */
function governmentBodyMentions(
  bodies: readonly TokenSpan[],
  mentions: readonly Mention[],
  tokens: readonly Token[],
): Mention[] {
  const country = (k: number) => mentions.some((m) => m.kind === 'country' && k >= m.start && k < m.end);
  return bodies.flatMap((body) => {
    let start = body.start;
    for (const m of mentions)
      if (m.kind === 'country' && m.start === start && m.end < body.end) start = m.end;
    // "placed on the Commerce Department's Entity List": a body inside a list's name is the list's keeper.
    if (mentions.some((m) => m.kind === 'list' && m.start < body.end && m.end > body.start)) return [];
    // "Indonesia's Ministry of Energy said it had banned …": a body that opens the sentence acts for its country.
    const opening = tokens.slice(0, start).every((t, k) => country(k) || /^(?:the|'s|’s|')$/.test(t.norm));
    return start < body.end && !opening ? [nameMention(tokens, start, body.end, 'shape')] : [];
  });
}

/** "US$ 0.57 per kilogram", "US$2 billion": a country's letters before a dollar sign name its currency. */
function namesCurrency(text: string, end: number): boolean {
  return /^\s?\$/.test(text.slice(end, end + 2));
}

/** Nouns of a place a name follows with "of" ("the port of Lazaro Cardenas", "the province of Katanga"). */
const PLACE_NOUNS =
  /^(?:ports?|harbou?rs?|city|cities|town|towns|village|province|state|region|district|county|municipality|island|islands|prefecture)$/;

/** Prepositions of a route or a location before "the port of X" ("through the port of …", "at the port of …"). */
const ROUTE_PREPOSITIONS = /^(?:through|via|from|at|in|into|near|out|off|outside)$/;

/**
 * "through the port of Lazaro Cardenas": a capitalised name after a place noun and "of", where goods pass or
 * something stands, is a place, not a party ("sanctioned the port of Kavkaz" names the port as a party).
 */
function namedPlace(tokens: readonly Token[], nameStart: number): boolean {
  return (
    tokens[nameStart - 1]?.norm === 'of' &&
    PLACE_NOUNS.test(tokens[nameStart - 2]?.norm ?? '') &&
    tokens[nameStart - 3]?.norm === 'the' &&
    ROUTE_PREPOSITIONS.test(tokens[nameStart - 4]?.norm ?? '')
  );
}

/**
 * "Golden Falcon DMCC", "Blue Ridge Mining": a place's name between a capitalised word of running text (not the
 * sentence's first) and a corporate word is a word of a company's name, not the place; so is one after "the" and a
 * capitalised word that ends a member of a list ("the Sea Falcon,").
 */
function insideName(text: string, start: number, end: number, tokens: readonly Token[]): boolean {
  if (isTitleCase(tokens)) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const opening = (tokens[0]?.start ?? 0) >= start - before.length - 1;
  if (opening || !/^\p{Lu}[\p{Ll}&-]+$/u.test(before) || isGovernmentWord(before)) return false;
  // ("the Blue Marlin and the Sea Falcon.": a vessel's name, "the" and two capitalised words that end a member of
  // a list.)
  const theBefore = /\bthe\s+\S+\s+$/.test(text.slice(Math.max(0, start - 40), start));
  return (
    isCorporateWord(/^\s+(\S+?)[,.;:]?(?:\s|$)/.exec(text.slice(end, end + 40))?.[1] ?? '') ||
    (theBefore && /^(?:[,;.]|\s+and\s)/.test(text.slice(end, end + 6)))
  );
}

/** Analyses one sentence: tokens, clauses, and every mention of a country, organisation, list, goods, rate and date. */
export function analyseSentence(
  sentence: Sentence,
  index: number,
  options: AnalyseOptions,
): SentenceAnalysis {
  const gazetteer = options.gazetteer ?? getGazetteer();
  const text = options.text ?? readableText(sentence.text);
  const tokens = appositiveDashesAsCommas(options.tokens ?? tokenize(text));
  const mentions: Mention[] = [];
  const span = (start: number, end: number) => ({
    start: tokenAt(tokens, start),
    end: Math.max(tokenAt(tokens, start) + 1, tokenAt(tokens, end - 1) + 1),
  });
  const add = (
    kind: MentionKind,
    charStart: number,
    charEnd: number,
    rest: Omit<Mention, 'kind' | 'start' | 'end' | 'group' | 'text'>,
  ) => {
    const s = span(charStart, charEnd);
    if (
      mentions.some((m) => m.kind !== 'rate' && m.kind !== 'date' && s.start < m.end && s.end > m.start) &&
      kind !== 'rate' &&
      kind !== 'date'
    )
      return;
    mentions.push({ kind, ...s, ...rest, group: 0, text: text.slice(charStart, charEnd) });
  };

  const full = !options.light;
  for (const m of gazetteer.lists(text))
    add('list', m.start, m.end, { value: m.value.name, form: 'known', country: m.value.authority });
  const bodies = governmentBodies(tokens);
  // The bodies' names in characters, which no company's name may overlap.
  const bodyChars = bodies.map((b) => ({
    start: tokens[b.start]?.start ?? 0,
    end: tokens[b.end - 1]?.end ?? 0,
  }));
  for (const m of gazetteer.companies(text)) {
    if (bodyChars.some((b) => m.start < b.end && m.end > b.start)) continue;
    // "Ontario Premier Doug Ford": a known company's name after an office and a given name is a surname.
    if (titledPersonBefore(text, m.start)) continue;
    if (portfolioOfOffice(text, m.end)) continue;
    // "Inspur Cloud Systems" is not Inspur: a known name that goes on to a corporate word is another company;
    // "added Tundra Block Inc": nor is one that a name's word opens.
    const longer = longerName(text, m.end);
    const earlier = nameWordBefore(text, m.start, gazetteer);
    if (longer > m.end || earlier < m.start) {
      add('organisation', earlier, Math.max(longer, m.end), {
        value: canonicalOrganizationName(text.slice(earlier, Math.max(longer, m.end))),
        form: 'shape',
        country: earlier < m.start ? null : m.value.country,
      });
    } else
      add('organisation', m.start, m.end, { value: m.value.name, form: 'known', country: m.value.country });
  }
  const places = full ? gazetteer.places(text) : [];
  // "British Columbia", "New Mexico", "New South Wales": a country word inside a longer place name is the place's.
  const insidePlace = (m: { start: number; end: number }) =>
    places.some((p) => p.start <= m.start && p.end >= m.end && p.end - p.start > m.end - m.start);
  const agencies = gazetteer.agencies(text).filter((m) => !m.value.needsCountry);
  // "the U.S. International Trade Commission": a country's name that opens an agency's is the agency's; so is
  // "the Commerce Department" opening "the Commerce Department's Bureau of Industry and Security" (its "the" aside).
  const insideAgency = (m: { start: number; end: number }) => {
    const name = /^the\s/i.test(text.slice(m.start, m.start + 4)) ? m.start + 4 : m.start;
    return agencies.some((x) => x.start <= name && x.end >= m.end && x.end - x.start > m.end - name);
  };
  for (const m of gazetteer.countries(withLabelInTitleCase(text))) {
    if (
      insidePlace(m) ||
      insideAgency(m) ||
      (m.value.ambiguous && insideLongerName(text, m)) ||
      namesInstitution(text, m.start) ||
      namesContinent(text, m.start, m.end) ||
      namesCurrency(text, m.end) ||
      (m.value.kind === 'metonym' && ownedByAnotherCountry(text, m.start, m.value.code, gazetteer))
    )
      continue;
    add('country', withRegion(text, m.start, m.value.kind), withOffice(text, m.end, m.value.kind), {
      value: m.value.code,
      form: m.value.kind,
    });
  }
  // "Chinese-made televisions", "Japan-built cars": the origin written into one hyphenated word.
  for (const t of tokens) {
    const origin = MADE_IN.exec(t.text)?.[1];
    const country = origin ? gazetteer.countries(origin)[0] : undefined;
    if (origin && country && country.start === 0 && country.end === origin.length)
      add('country', t.start, t.start + origin.length, { value: country.value.code, form: 'demonym' });
  }
  for (const m of agencies) {
    // "Commerce imposed duties": the department by its one word, not a word of another office or name ("Commerce
    // Minister Piyush Goyal", "the Chamber of Commerce", "Commerce Bank").
    if (text.slice(m.start, m.end) === 'Commerce' && partOfOtherName(text, m.start, m.end)) continue;
    // "the Trade Remedies Authority of Vietnam": a name another country's agency goes by, with its country after
    // "of", is that country's (the country's own mention stands).
    const ofCountry = /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(m.end, m.end + 12))
      ? gazetteer.countries(text.slice(m.end, m.end + 40))[0]
      : undefined;
    if (ofCountry && ofCountry.value.code !== m.value.authority) continue;
    // "Zimbabwe's Treasury": an office another country's possessive opens is that country's.
    const owner = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)['’]s\s+$/u.exec(
      text.slice(Math.max(0, m.start - 40), m.start),
    );
    const ownerCountry = owner ? gazetteer.countries(owner[1] ?? '')[0] : undefined;
    if (ownerCountry && ownerCountry.value.code !== m.value.authority) continue;
    add('country', m.start, withOffice(text, m.end, 'agency'), { value: m.value.authority, form: 'agency' });
  }
  for (const m of places) {
    // "Ambergate Maritime": a place's name that is a corporate word, after a capitalised word, ends a company's.
    if (isCorporateWord(text.slice(m.start, m.end)) && /\p{Lu}[\p{L}&.-]*\s+$/u.test(text.slice(0, m.start)))
      continue;
    // "Mines Minister Tendai Moyo", "Mr Moyo": a surname that is also a town's name.
    if (TITLED_NAME_BEFORE.test(text.slice(Math.max(0, m.start - TITLED_NAME_CHARS), m.start))) continue;
    if (insideName(text, m.start, m.end, tokens)) continue;
    // "Portland, Ore.": a state's newswire abbreviation stands after its town; a word of a name ending a sentence
    // ("sanctioned Tianjin Beifang Ore.") is none.
    if (
      STATE_ABBREVIATION.test(text.slice(m.start, m.end)) &&
      !/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(0, m.start))
    )
      continue;
    add('country', withRegion(text, m.start, 'place'), m.end, { value: m.value, form: 'place' });
  }

  // "Syria's central bank": a state's own institution, named by the country that owns it, is an organisation
  // (a party a list can name), not the country.
  for (const m of mentions.filter((x) => x.kind === 'country' && x.form === 'name')) {
    const from = tokens[m.end - 1]?.end ?? text.length;
    STATE_INSTITUTION.lastIndex = from;
    const institution = STATE_INSTITUTION.exec(text);
    if (!institution) continue;
    mentions.splice(mentions.indexOf(m), 1);
    const start = tokens[m.start]?.start ?? 0;
    const end = from + institution[0].length;
    add('organisation', start, end, {
      value: text.slice(start, end),
      form: 'shape',
      country: String(m.value),
    });
  }
  const titleCase = sentence.heading === true || isTitleCase(tokens);
  // "Canadian Solar", "British Steel": in running text a demonym, too, opens a name of corporate words alone.
  const opensName = (m: Mention) =>
    m.kind === 'country' && (m.form === 'name' || m.form === 'place' || (m.form === 'demonym' && !titleCase));
  const excluded = [
    ...mentions.map((m) => ({
      start: tokens[m.start]?.start ?? 0,
      end: tokens[m.end - 1]?.end ?? 0,
      opensName: opensName(m),
    })),
    ...bodyChars,
  ];
  const datelineBody = datelineBodyStart(tokens);
  const bodyStart =
    datelineBody > 0 ? (tokens[datelineBody]?.start ?? 0) : (WIRE_PREFIX.exec(text)?.[0].length ?? 0);
  for (const org of findOrganizations(text, gazetteer, excluded, undefined, bodyStart)) {
    // "LIMA, June 5 (LatAm Wire) -": the agency a dateline credits filed the story, and is no party to it.
    if (datelineBody > 0 && org.end <= bodyStart) continue;
    // "Zambian Mines Minister": a name, known or by its shape, right before a minister is the office's portfolio (a
    // company has secretaries and commissioners of its own: "Korvath Mining Company Secretary").
    if (
      (org.known ? portfolioOfOffice(text, org.end) : ministerAfter(text, org.end)) ||
      (org.known && titledPersonBefore(text, org.start))
    )
      continue;
    // "Ostrava Metals Group", "Texas Instruments", "Beijing Zhipu Huazhang Technology": a place (or a capital
    // that stands for its government) right before a company's name, or opening it, is part of it.
    // After a demonym, only corporate words ("Canadian Solar"): "Chinese Zijin Mining" is Zijin Mining.
    const corporateOnly = (m: Mention) =>
      text
        .slice(tokens[m.end]?.start ?? org.end, org.end)
        .split(/\s+/)
        .every((word) => isCorporateWord(word));
    const place = mentions.find(
      (m) =>
        m.kind === 'country' &&
        (m.form === 'place' ||
          m.form === 'name' ||
          m.form === 'metonym' ||
          (m.form === 'demonym' && !titleCase && corporateOnly(m))) &&
        (tokens[m.end]?.start === org.start || tokens[m.start]?.start === org.start) &&
        /^\p{Lu}/u.test(m.text) &&
        // "In Chengdu Veltrano Optics was added": a place after the preposition that opens the sentence is
        // where, not part of the name.
        !(m.start === 1 && PLACE_PREPOSITIONS.has(tokens[0]?.norm ?? '')),
    );
    if (place && !org.known) {
      mentions.splice(mentions.indexOf(place), 1);
      const start = nameStartBefore(tokens, mentions, Math.min(place.start, tokenAt(tokens, org.start)));
      add('organisation', start, org.end, {
        value: canonicalOrganizationName(text.slice(start, org.end)),
        form: 'shape',
        country: null,
      });
      continue;
    }
    // "Chipmaker Arm Holdings said": a descriptor capitalised as the sentence's first word is not the name's.
    const described = org.known
      ? null
      : (DESCRIPTOR_OPENING.exec(text.slice(org.start, org.end)) ??
        describingOpening(text.slice(org.start, org.end)));
    if (described && text.slice(bodyStart, org.start).trim() === '') {
      const start = org.start + described[0].length;
      add('organisation', start, org.end, {
        value: canonicalOrganizationName(text.slice(start, org.end)),
        form: 'shape',
        country: org.country,
      });
      continue;
    }
    if (!org.known && brandOfOwnGoods(tokens, tokenAt(tokens, org.start), tokenAt(tokens, org.end))) continue;
    if (!org.known && namedPlace(tokens, tokenAt(tokens, org.start))) continue;
    // "Velmora Electronics (Hong Kong) Limited", "Bank of Dandong", "Société Minière du Katanga": the place in
    // brackets or after "of" (or its French, Spanish or Portuguese particle) is the name's.
    for (const m of mentions.filter(
      (x) =>
        x.kind === 'country' &&
        (tokens[x.start]?.start ?? 0) > org.start &&
        (tokens[x.end - 1]?.end ?? 0) <= org.end &&
        (text[(tokens[x.start]?.start ?? 0) - 1] === '(' ||
          opensPlaceOfName(tokens[x.start - 1]?.norm ?? '')),
    ))
      mentions.splice(mentions.indexOf(m), 1);
    add('organisation', org.start, org.end, {
      value: org.name,
      form: org.known ? 'known' : 'shape',
      country: org.country,
    });
  }
  const goodsFound = full ? getGoodsIndex().findAll(tokens) : [];
  // "crude palm oil", "AI semiconductor unit": goods right before other goods qualify them, and the two are one
  // phrase under the last, its head; a generic head ("aluminum imports", "tin exports") leaves them apart.
  // A one-word head in "-ers" may name who makes the goods ("several bauxite miners"), not goods.
  const qualifies = (goods: (typeof goodsFound)[number]) =>
    goodsFound.some(
      (next) =>
        next.start === goods.start + goods.length &&
        next.value !== GENERIC_GOODS &&
        !(next.length === 1 && /ers$/.test(tokens[next.start]?.norm ?? '')),
    );
  let phraseStart: number | null = null;
  for (const goods of goodsFound) {
    const start: number = phraseStart ?? goods.start;
    // "cobalt hydroxide", "tin ingots": the noun of the material's form after its name is the phrase's.
    const named = goods.start + goods.length;
    const end =
      isGoodsForm(tokens[named]?.norm ?? '') && tokens[named]?.text === tokens[named]?.norm
        ? named + 1
        : named;
    if (qualifies(goods)) {
      phraseStart = start;
      continue;
    }
    phraseStart = null;
    if (mentions.some((m) => start < m.end && end > m.start)) continue;
    // "allowing licensed miners to resume loading": a head in "-ers" that goes on to act names those who act.
    if (
      /ers$/.test(tokens[end - 1]?.norm ?? '') &&
      tokens[end]?.norm === 'to' &&
      AGENTS_ACTS.test(tokens[end + 1]?.norm ?? '')
    )
      continue;
    // "a tariff imposed on Apple", "the Aluminum Association": a capitalised word in running text is a name.
    if (start > 0 && namesInProse(tokens[start] as Token, titleCase)) continue;
    mentions.push({
      kind: 'goods',
      start,
      end,
      value: goods.value,
      form: 'lexicon',
      group: 0,
      text: tokens
        .slice(start, end)
        .map((t) => t.text)
        .join(' '),
    });
  }
  for (const rate of full ? findRates(text) : [])
    add('rate', rate.start, rate.end, {
      value: rate.value,
      form: 'number',
      isPrevious: rate.isPrevious,
      isMove: rate.isMove,
    });
  for (const date of full ? findDates(text, options.published) : [])
    add('date', date.start, date.end, {
      value: date.iso,
      form: 'text',
      isFuture: options.published !== null && date.iso > options.published,
      isEarlierPeriod:
        options.published !== null && monthsBetween(date.iso, options.published) >= EARLIER_PERIOD_MONTHS,
    });

  // "The companies are X, Redcliff Geosystems and Y": the members of a list of names are organisations in any
  // sentence, since a sentence with no anchor may name the parties its neighbour counts.
  mentions.push(...governmentBodyMentions(bodies, mentions, tokens));
  mentions.push(...promoteListMembers(mentions, tokens));
  if (full) {
    addOverYielding(mentions, appositiveNames(mentions, tokens), isPlaceMention);
    mentions.push(...countryAnaphors(mentions, tokens));
    // After the names found by shape and by list, which it leaves as they are.
    addOverYielding(mentions, vesselNames(mentions, tokens), yieldsToVesselName);
    addOverYielding(mentions, unitNames(mentions, tokens), yieldsToUnitName);
  }
  if (titleCase) {
    // Only names the gazetteer knows, or that end in a legal suffix, are names in a headline-style line.
    const guessed = mentions.filter(
      (m) =>
        m.kind === 'organisation' &&
        m.form !== 'known' &&
        !isLegalSuffix(tokens[m.end - 1]?.text.replace(/,$/, '') ?? ''),
    );
    for (const m of guessed) mentions.splice(mentions.indexOf(m), 1);
  }
  if (full && !titleCase) capitalsOpeningNamesAsPlaces(mentions, tokens);
  if (full) homesWrittenAsBased(mentions, tokens, gazetteer);
  // "the steel minister", "the strategic minerals regulator": goods that name an office's portfolio are no goods;
  // "Co., Ltd", "and PT Halmahera …" with the place read apart: a legal form alone names no one.
  const isLegalForm = (t: Token) => isLegalSuffix(t.text) || isLegalSuffix(t.text.replace(/[.,]$/, ''));
  for (let x = mentions.length - 1; x >= 0; x--) {
    const m = mentions[x] as Mention;
    if (
      (m.kind === 'goods' && PORTFOLIO_HEADS.test(tokens[m.end]?.norm ?? '')) ||
      (m.kind === 'organisation' && tokens.slice(m.start, m.end).every(isLegalForm))
    )
      mentions.splice(x, 1);
  }
  // "PT Sulawesi Raya Nickel" with the place read apart: the legal form before the name is the name's.
  for (const m of mentions) {
    const prefix = m.start - 1;
    if (
      m.kind === 'organisation' &&
      isLegalPrefix(tokens[prefix]?.text ?? '') &&
      !mentions.some((other) => other.start <= prefix && other.end > prefix)
    ) {
      m.start = prefix;
      m.text = `${(tokens[prefix] as Token).text} ${m.text}`;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  if (full) placesInTheirRegion(mentions, tokens);
  withoutParentheticalNames(mentions, tokens);
  withoutNamesOfLaws(mentions, tokens);
  const listed = listSemicolons(tokens);
  groupCoordinated(mentions, tokens, listed);

  let tags: ReadonlySet<string>[] | undefined;
  return {
    index,
    sentence,
    text,
    tokens,
    clause: clausesOf(tokens, listed),
    mentions,
    titleCase,
    tags() {
      tags ??= tagsByToken(text, tokens);
      return tags;
    },
  };
}

/** Words that may follow a place's region and end the place's phrase ("Athens, Georgia, to …"). */
const REGION_ENDERS = new Set([',', '.', ';', ':', ')', '—', '–']);

/**
 * "to Athens, Georgia", "London, Ontario", "from Birmingham, Alabama": a town set before the region it lies in, after
 * a comma, is that region's country, whatever country the town's name alone would stand for. The region must end its
 * phrase and no list ("in Monterrey, Georgia and Ohio" names three places), and the town must not itself follow a
 * comma after another country ("Canada, Mexico, China").
 */
function placesInTheirRegion(mentions: Mention[], tokens: readonly Token[]): void {
  const countries = mentions.filter((m) => m.kind === 'country');
  for (const region of countries) {
    // (Only a region within a country: "Tabriz, Azerbaijan" names Iran's region, not the country.)
    if (region.form !== 'place') continue;
    if (tokens[region.start - 1]?.norm !== ',') continue;
    const after = tokens[region.end];
    if (after && !REGION_ENDERS.has(after.norm)) continue;
    // "plants in Monterrey, Georgia, Ohio and Texas": a place after the region makes it a list's member.
    let next = after?.norm === ',' ? region.end + 1 : region.end;
    if (/^(?:and|or)$/.test(tokens[next]?.norm ?? '')) next++;
    if (countries.some((m) => m.start === next)) continue;
    const towns = countries.filter(
      (m) =>
        m.end === region.start - 1 &&
        (m.form === 'place' || m.form === 'metonym') &&
        m.value !== region.value,
    );
    if (towns.length === 0) continue;
    const start = towns[0]?.start ?? 0;
    if (tokens[start - 1]?.norm === ',' && countries.some((m) => m.end === start - 1)) continue;
    for (const town of towns) mentions[mentions.indexOf(town)] = { ...town, value: region.value };
  }
}

/** "Santa Clara-based", "U.S.-headquartered": a place made the adjective of a company's home. */
const HOME_ADJECTIVE = /^(.+)-(?:based|headquartered)$/;
/** How many capitalised words before a "-based" word may belong to its place ("Santa Clara-based"). */
const MAX_PLACE_WORDS_BEFORE_BASED = 2;

/**
 * "Auradine, a Santa Clara-based chip designer", "Shenzhen-based Hashwave": the country of the place a company
 * is said to be based in is its home, for a name that has none from the gazetteer.
 */
function homesWrittenAsBased(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): void {
  for (const [k, token] of tokens.entries()) {
    const based = HOME_ADJECTIVE.exec(token.text);
    if (!based?.[1]) continue;
    let first = k;
    while (
      first > 0 &&
      k - first < MAX_PLACE_WORDS_BEFORE_BASED &&
      /^\p{Lu}/u.test(tokens[first - 1]?.text ?? '')
    )
      first--;
    const place = [...tokens.slice(first, k).map((t) => t.text), based[1]].join(' ');
    const code = countryOfPlace(gazetteer, place);
    if (!code) continue;
    const company = mentions.find(
      (m) =>
        m.kind === 'organisation' &&
        ((m.end + 2 === first &&
          tokens[m.end]?.norm === ',' &&
          /^(?:a|an|the)$/.test(tokens[m.end + 1]?.norm ?? '')) ||
          (m.start > k && m.start - k <= 3)),
    );
    if (company && !company.country) company.country = code;
  }
}

/** The country of a place or country name written alone, or null. */
function countryOfPlace(gazetteer: Gazetteer, name: string): ActorCode | null {
  const place = gazetteer.places(name).find((m) => m.start === 0 && m.end === name.length);
  if (place) return place.value;
  const country = gazetteer.countries(name).find((m) => m.start === 0 && m.end === name.length);
  return country && country.value.kind !== 'leader' ? country.value.code : null;
}

function tagsByToken(text: string, tokens: readonly Token[]): ReadonlySet<string>[] {
  const terms = tagSentence(text);
  const empty: ReadonlySet<string> = new Set();
  const out: ReadonlySet<string>[] = tokens.map(() => empty);
  let t = 0;
  for (const term of terms) {
    while (t < tokens.length && (tokens[t] as Token).end <= term.start) t++;
    for (let k = t; k < tokens.length && (tokens[k] as Token).start < term.end; k++) {
      const token = tokens[k] as Token;
      // "Jae-hoon", "Wai-ming": a capitalised word the tagger reads in parts has what each part is (the name's
      // first part is a proper noun); other words keep their last part's reading ("anti-dumping").
      const shared = out[k] !== empty && token.start < term.start && /^\p{Lu}/u.test(token.text);
      out[k] = shared ? new Set([...(out[k] as ReadonlySet<string>), ...term.tags]) : term.tags;
    }
  }
  return out;
}

const HEADLINE_LOWERCASE = new Set([
  'with',
  'from',
  'into',
  'onto',
  'over',
  'than',
  'that',
  'this',
  'after',
  'about',
  'amid',
]);

/** A company named by its web address ("BTC.com", "Crypto.com"). */
function isDomainName(text: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|io|net|org|ai|co)$/u.test(text);
}

/** How many capitalised words after the first an unknown opening name may have. */
const MAX_NAME_WORDS = 3;

/** The unknown name that opens the sentence as its subject ("Hive has data centres in Canada"), if any. */
export function openingName(analysis: SentenceAnalysis): Mention | null {
  if (!opensWithUnknownName(analysis)) {
    // "Chinese-owned mining firm Quarrion Hash has shipped …": a name whose descriptor opens the sentence.
    const named = taggedOrganisations(analysis, 1, Math.min(analysis.tokens.length, DESCRIBED_OPENING_WORDS));
    return named.find((m) => descriptorStart(analysis.tokens, m) === 0) ?? null;
  }
  const first = taggedOrganisations(analysis, 0, Math.min(analysis.tokens.length, 6))[0];
  return first?.start === 0 ? first : null;
}

/** How far into a sentence a name its descriptor opens may end ("Chinese-owned mining firm Quarrion Hash"). */
const DESCRIBED_OPENING_WORDS = 8;

/** Two-letter abbreviations of common nouns and offices, never a company's name at a sentence's start. */
const COMMON_INITIALS = new Set(['AI', 'IT', 'TV', 'PC', 'EV', 'OK', 'VP', 'PM', 'HR', 'PR', 'QE', 'HQ']);

/** How many words a dateline's place may have ("RIO DE JANEIRO"). */
const DATELINE_PLACE_WORDS = 4;

/**
 * "BEIJING, June 5 (Reuters) -", "DUBAI (Reuters) -": a place in capitals, then the day or the agency, opens a
 * wire story; it names where the story was filed, not a company.
 */
function opensWithDateline(tokens: readonly Token[]): boolean {
  return datelineEnd(tokens) > 0;
}

/**
 * Where a wire story's dateline ends ("HONG KONG, May 27 (Reuters) -", "HARARE –"): after its place in capitals,
 * when the day, the agency or a dash follows (0 when the sentence opens with none).
 */
function datelineEnd(tokens: readonly Token[]): number {
  const placeEnd = datelinePlaceEnd(tokens);
  if (placeEnd === 0) return 0;
  const k = datelineCountryEnd(tokens, placeEnd);
  const next = tokens[k]?.norm;
  const opens =
    next === '(' ||
    (next === ',' &&
      (isMonthWord(tokens[k + 1]?.norm ?? '') ||
        (/^\d{1,2}$/.test(tokens[k + 1]?.norm ?? '') && isMonthWord(tokens[k + 2]?.norm ?? '')))) ||
    DATELINE_DASHES.test(tokens[k]?.text ?? '');
  return opens ? k : 0;
}

/** A word of a dateline's place in capitals ("HARARE", "D.C."). */
const isCapitalsWord = (token: Token | undefined) => /^\p{Lu}[\p{Lu}.'-]+$/u.test(token?.text ?? '');

/**
 * Where the words in capitals that open a sentence end (0 when it opens with none); places filed from
 * together are joined by a slash ("SAO PAULO/SANTIAGO", "KINSHASA/LUBUMBASHI").
 */
function datelinePlaceEnd(tokens: readonly Token[]): number {
  let k = 0;
  let words = 0;
  while (words < DATELINE_PLACE_WORDS && isCapitalsWord(tokens[k])) {
    k++;
    words++;
    if (tokens[k]?.text === '/' && isCapitalsWord(tokens[k + 1])) {
      k++;
      words = 0;
    }
  }
  return k;
}

/** How many words the country after a dateline's place may have ("ULAANBAATAR, Mongolia –"). */
const DATELINE_COUNTRY_WORDS = 3;

/** Where ", Mongolia" after a dateline's place ends, when a dash follows it (the place's end otherwise). */
function datelineCountryEnd(tokens: readonly Token[], placeEnd: number): number {
  if (tokens[placeEnd]?.norm !== ',') return placeEnd;
  let k = placeEnd + 1;
  while (k <= placeEnd + DATELINE_COUNTRY_WORDS && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '')) k++;
  // "RENO, Nevada –", "RENO, Nevada, June 10, 2025 --": the state or country after the place, then the dash or the day.
  const closes =
    DATELINE_DASHES.test(tokens[k]?.text ?? '') ||
    (tokens[k]?.norm === ',' && isMonthWord(tokens[k + 1]?.norm ?? ''));
  return k > placeEnd + 1 && closes ? k : placeEnd;
}

/** Small words a place's name keeps in lower case ("RIO DE JANEIRO" is "Rio de Janeiro"). */
const PLACE_SMALL_WORDS = /^(?:de|do|da|del|des|du|la|le|el|es|of|on|upon)$/;
/** Dashes that end a dateline ("HARARE –", "LIMA -"). */
const DATELINE_DASHES = /^[-–—]$/;

/**
 * The country where a wire story was filed ("HARARE –", "JAKARTA, June 3 (Reuters) -"): a dateline's place in
 * capitals, read in title case against the gazetteer's capitals and places. An office named without its country
 * ("the Government", "the Ministry of Energy") is that country's when the story names no other acting.
 */
export function datelineCountry(tokens: readonly Token[], gazetteer: Gazetteer): ActorCode | null {
  const end = datelineEnd(tokens);
  if (end === 0) return null;
  const placeEnd = datelinePlaceEnd(tokens);
  // "ULAANBAATAR, Mongolia –": the country the dateline names after its place.
  if (end > placeEnd) {
    const named = countryOfPlace(
      gazetteer,
      tokens
        .slice(placeEnd + 1, end)
        .map((t) => t.text)
        .join(' '),
    );
    if (named) return named;
  }
  // "KINSHASA/LUBUMBASHI –": the first of places filed from together.
  const slash = tokens.slice(0, placeEnd).findIndex((t) => t.text === '/');
  const place = tokens
    .slice(0, slash > 0 ? slash : placeEnd)
    .map((t, k) => {
      const lower = t.text.toLowerCase();
      // "LA PAZ" is "La Paz": a small word that opens the place keeps its capital.
      return k > 0 && PLACE_SMALL_WORDS.test(lower)
        ? lower
        : lower.replace(/(^|[-'.])\p{L}/gu, (c) => c.toUpperCase());
    })
    .join(' ');
  return countryOfPlace(gazetteer, place);
}

/**
 * A wire entry's prefix with no city ("June 3 (Reuters) - ", "1017 GMT - ", "09:42 ET: ", "10:25 a.m. ET - "): what
 * follows opens the sentence.
 */
const WIRE_PREFIX =
  /^\s*(?:(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2}:?\d{2}(?: ?[ap]\.?m\.?)?(?: (?:GMT|UTC|ET|EDT|EST|BST|CET|HKT|SGT))?)(?: \(\p{Lu}[\p{L} ]*\))?|\(\p{Lu}[\p{L} ]*\)) ?[-–—:] +/u;

/** "Latin America", "North America", "the Americas": a continent or region named after a country's short name. */
function namesContinent(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== 'America') return false;
  return (
    /\b(?:Latin|South|North|Central)\s+$/.test(text.slice(Math.max(0, start - 10), start)) ||
    text[end] === 's'
  );
}

/**
 * "Brazil's Congress", "the Philippine Congress": an institution a country's name stands for elsewhere is another
 * country's own when that country's name or demonym comes right before it.
 */
function ownedByAnotherCountry(text: string, start: number, code: string, gazetteer: Gazetteer): boolean {
  const owner = /([\p{L}.]+(?: [\p{L}.]+)?)(?:['’]s)?\s+$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )?.[1];
  // A country's name or demonym is capitalised: most words before a capital's name are not.
  const last = owner?.split(' ').at(-1);
  if (!owner || !last || !/^\p{Lu}/u.test(last)) return false;
  return [owner, last].some((words) => {
    const country = gazetteer.countries(words)[0];
    return (
      country !== undefined &&
      country.start === 0 &&
      country.end === words.length &&
      country.value.code !== code
    );
  });
}

/** How many words a dateline's day and agency may take before its dash ("June 9, 2025 /PRNewswire/ --"). */
const DATELINE_TAIL_WORDS = 10;

/** The first word after a wire dateline and its dash ("HONG KONG, May 27 (Reuters) - Korvath …"), or 0. */
export function datelineBodyStart(tokens: readonly Token[]): number {
  const end = datelineEnd(tokens);
  if (end === 0) return 0;
  for (let k = end; k < Math.min(tokens.length, end + DATELINE_TAIL_WORDS); k++) {
    if (!DATELINE_DASHES.test(tokens[k]?.text ?? '')) continue;
    // ("9 June 2025 -- Korvath …": a dash written twice.)
    return DATELINE_DASHES.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
  }
  return 0;
}

/** A word in "-ly" after a lower-case letter ("Separately", "Additionally"), read as an adverb. */
function isAdverbInLy(token: Token): boolean {
  return /\p{Ll}ly$/u.test(token.text);
}

/** A sentence's first word that opens it as an adverb does ("Separately", "Meanwhile"), not as a name. */
function isSetOffOpener(token: Token): boolean {
  return isAdverbInLy(token) || isDictionaryWord(token.text);
}

/** Endings of abstract common nouns ("production", "shipment", "capacity"), which no company's name has alone. */
const ABSTRACT_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship)$/;

/** Words that open a sentence by saying who a company is to another ("Rival X", "Peer X"). */
const RELATION_OPENERS = /^(?:rival|peer|competitor|fellow|smaller|larger|bigger)$/;
/** Endings of adjectives that describe a company rather than name it ("Struggling", "Regional", "Canadian"). */
const DESCRIBING_ENDINGS =
  /(?<=\p{L}{3})(?:ed|ing|al|ian|ese|ish|ive|ous|ful|less|ic|est|ly|ary|ory|ent|ant|ible|able)$/u;
/** Plain adjectives that open a sentence to rank or date what follows, not to name it. */
const RANKING_OPENERS =
  /^(?:former|top|major|minor|key|main|chief|other|many|most|some|several|all|both|each|every|only|late|latest|recent|old|ex)$/;

/** Whether the sentence's first word is a plain adjective that opens the name after it ("Blue Cedar Hash"). */
function opensNameAsAdjective(analysis: SentenceAnalysis, tags: readonly ReadonlySet<string>[]): boolean {
  const first = analysis.tokens[0];
  if (!first || !/^\p{Lu}\p{Ll}{2,}$/u.test(first.text) || !tags[0]?.has('Adjective')) return false;
  if (analysis.mentions.some((m) => m.start === 0)) return false;
  return !(
    DESCRIBING_ENDINGS.test(first.norm) ||
    RANKING_OPENERS.test(first.norm) ||
    RELATION_OPENERS.test(first.norm)
  );
}

/** Pronouns with which a speaker opens words of their own ("We moved …", "I think …"). */
const SPEAKER_PRONOUNS = /^(?:we|i|our|my|you)$/;

/** Adverbs that may stand between a sentence's subject and its verb. */
const ADVERBS_BEFORE_VERB =
  /^(?:also|already|still|now|then|later|since|recently|previously|first|itself|both|quietly|eventually|subsequently)$/;

/**
 * A sentence's first word is capitalised whatever it is, so the tagger cannot tell a name there; a word
 * no dictionary knows, followed by a verb, a comma or a possessive, is taken as one ("Hashgrove said").
 */
function opensWithUnknownName(analysis: SentenceAnalysis): boolean {
  const first = analysis.tokens[0];
  if (!first || !isCapitalised(first)) return false;
  // "GE", "LG": two capitals are a name too, unless they abbreviate a common noun ("AI will …").
  const initials = /^\p{Lu}{2}$/u.test(first.text) && !COMMON_INITIALS.has(first.text);
  if (!(/^\p{L}{3,}$/u.test(first.text) || initials || isDomainName(first.text))) return false;
  if (
    analysis.mentions.some((m) => m.start === 0) ||
    isDictionaryWord(first.text) ||
    isReportNoun(first.norm)
  )
    return false;
  // "Production will move to Monterrey": a word of an abstract noun's ending names no company.
  if (ABSTRACT_NOUN_ENDING.test(first.norm)) return false;
  if (opensWithDateline(analysis.tokens)) return false;
  // "Separately, Northvale said": an adverb set off before the subject is no name.
  if (isAdverbInLy(first) && analysis.tokens[1]?.norm === ',') return false;
  // "Veltrano Optics said": the name's other capitalised words come before the verb.
  let after = 1;
  const capitalisedAt = (i: number) => {
    const t = analysis.tokens[i];
    return t !== undefined && isCapitalised(t);
  };
  while (after <= MAX_NAME_WORDS && capitalisedAt(after)) after++;
  // "Longi and Trina have moved": a second name coordinated with the first comes before the verb.
  if (analysis.tokens[after]?.norm === 'and' && capitalisedAt(after + 1)) {
    const second = after + 1;
    after = second + 1;
    while (after <= second + MAX_NAME_WORDS && capitalisedAt(after)) after++;
  }
  // "Brightwater Minerals: Moved its headquarters …": a name that labels a line, with a colon; one before a
  // speaker's own words ("Eriksen: We moved our smelting …") is the speaker's, a person's.
  if (analysis.tokens[after]?.norm === ':' && SPEAKER_PRONOUNS.test(analysis.tokens[after + 1]?.norm ?? ''))
    return false;
  if (/^(?:,|'s|:)$/.test(analysis.tokens[after]?.norm ?? '')) return true;
  // "Dravik also moved", "Ostvald Stahl already shifted": an adverb between the name and its verb.
  while (ADVERBS_BEFORE_VERB.test(analysis.tokens[after]?.norm ?? '')) after++;
  const next = analysis.tokens[after];
  if (!next) return false;
  const nextTags = analysis.tags()[after];
  // "Korvath to move HQ to Miami": a headline's future, "to" and the verb.
  const headlineFuture = next.norm === 'to' && analysis.tags()[after + 1]?.has('Verb') === true;
  return (
    headlineFuture ||
    (nextTags !== undefined && (nextTags.has('Verb') || nextTags.has('Auxiliary') || nextTags.has('Modal')))
  );
}

/**
 * "China imposed duties over Trump's tariffs against the country": "the country" or "the nation" stands
 * for the sentence's topic, the first country named before it (by name or capital, not as a possessor;
 * a leader is a person).
 */
function countryAnaphors(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i - 1] as Token).norm !== 'the' || !/^(?:country|nation)$/.test((tokens[i] as Token).norm))
      continue;
    const antecedent = mentions
      .filter(
        (m) =>
          m.kind === 'country' &&
          m.end < i &&
          (m.form === 'name' || m.form === 'metonym') &&
          tokens[m.end]?.norm !== "'s",
      )
      .at(0);
    if (!antecedent) continue;
    found.push({
      kind: 'country',
      start: i - 1,
      end: i + 1,
      value: antecedent.value,
      form: 'anaphor',
      group: 0,
      text: `${(tokens[i - 1] as Token).text} ${(tokens[i] as Token).text}`,
    });
  }
  return found;
}

/** Measurement symbols written in capitals ("100 MW", "5 EH/s"): no names. */
const isUnitSymbol = (text: string) =>
  /^(?:[kMGTPE]?W|[kMGTPE]Wh|[KMGTPE]?H|EH|TH|PH|BTC|ETH|USD|EUR|GWh|MWh)$/.test(text);

/** Punctuation after which any word is capitalised. */
const POSITIONAL_CAPITALS = new Set([':', '"', '“', '—', '–', '(', '-']);

/** Whether a line capitalises every longer word, as headlines do ("Miners Move Operations to the US"). */
/** Short verbs that a headline in title case capitalises, in lower case. */
const SHORT_VERBS =
  /^(?:is|are|was|were|has|had|be|do|did|can|may|put|puts|cut|cuts|set|sets|hit|hits|add|ban|bar|got|let|led|ran|saw|won)$/;

function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    // "They are X, Y and Z": a short verb in lower case, which title case capitalises ("Are"), is running text.
    if (SHORT_VERBS.test(t.text)) return false;
    if (t.text.length < 4 || HEADLINE_LOWERCASE.has(t.norm) || !/^\p{L}{4}/u.test(t.text)) continue;
    // Most sentences have a lower-case word early: stop there.
    if (!/^\p{Lu}/u.test(t.text)) return false;
    words++;
  }
  return words >= 4;
}

/** Nouns of a site that a name before them is the name of ("the Reko Diq project"). */
/** Parts of a law or a regulation, named by their number ("Annex I", "Schedule 3", "Article 8"). */
const DOCUMENT_PARTS = /^(?:Annex|Annexes|Schedule|Appendix|Article|Section|Part|Chapter|Regulation)$/;

/** Capitalised nouns that end the name of a law or an order ("… Act", "… Regulations"). */
const LAW_NAME_HEADS = /^(?:Act|Acts|Regulations|Regulation|Law|Decree|Directive|Ordinance|Order)$/;
/** The nouns that end only the names of laws ("… Act", "… Regulations"). */
const ENACTMENT_HEADS = /^(?:Act|Acts|Regulations|Decree|Directive|Ordinance)$/;
/** How many words a bracket between a law's name and its noun may hold ("(Belarus)", "(Russia and Belarus)"). */
const LAW_BRACKET_WORDS = 4;

/**
 * "under the Sanctions and Anti-Money Laundering Act": a name that ends with a law's noun, and a name joined to it by
 * "and" right before, name the law, no party.
 */
function withoutNamesOfLaws(mentions: Mention[], tokens: readonly Token[]): void {
  // ("Jude Law", "Alder Order Ltd": names may end with the other nouns of laws.)
  const laws = mentions.filter(
    (m) => m.kind === 'organisation' && ENACTMENT_HEADS.test(tokens[m.end - 1]?.text ?? ''),
  );
  const joined = mentions.filter((m) =>
    laws.some((law) => m.kind === 'organisation' && m.end === law.start - 1 && tokens[m.end]?.norm === 'and'),
  );
  for (const m of [...laws, ...joined]) mentions.splice(mentions.indexOf(m), 1);
}

/** Whether a law's noun follows at `k`, right away or after a bracket ("Measures (Belarus) Regulations"). */
function namesLaw(tokens: readonly Token[], k: number): boolean {
  if (LAW_NAME_HEADS.test(tokens[k]?.text ?? '')) return true;
  if (tokens[k]?.text !== '(') return false;
  const close = tokens.findIndex((t, x) => x > k && t.text === ')');
  return (
    close > k && close - k - 1 <= LAW_BRACKET_WORDS && LAW_NAME_HEADS.test(tokens[close + 1]?.text ?? '')
  );
}

const SITE_NAME_HEADS =
  /^(?:project|projects|mine|mines|deposit|deposits|prospect|prospects|oilfield|oilfields)$/;

/** How many words may describe a speaker between a quotation and the name ("," SEB analyst Jane Doe said'). */
const MAX_SPEAKER_DESCRIPTION = 3;
const CLOSING_QUOTES = /^["”]$/;

/** Whether a clause names an organisation, or has a capitalised word inside it that no gazetteer knows. */
export function namesSomeone(analysis: SentenceAnalysis, clause: number): boolean {
  const { tokens, mentions } = analysis;
  for (const m of mentions) if (m.kind === 'organisation' && analysis.clause[m.start] === clause) return true;
  for (let i = 1; i < tokens.length; i++) {
    if (analysis.clause[i] !== clause || !isCapitalised(tokens[i] as Token)) continue;
    if (!mentions.some((m) => i >= m.start && i < m.end)) return true;
  }
  // "Quarrion Gold, which was sanctioned in 2022, …": a relative clause takes up the name it follows.
  const opening = analysis.clause.indexOf(clause);
  if (
    opening > 1 &&
    RELATIVE.has(tokens[opening]?.norm ?? '') &&
    tokens[opening - 1]?.norm === ',' &&
    (mentions.some((m) => m.kind === 'organisation' && m.end === opening - 1) ||
      // ("Rusalco, which was sanctioned", "Shares of Rusalco, which …": a capitalised word no gazetteer knows, or
      // the sentence's first word when it reads as a name.)
      (opening === 2
        ? opensWithUnknownName(analysis)
        : isCapitalised(tokens[opening - 2] as Token) && !mentions.some((m) => m.end === opening - 1)))
  )
    return true;
  // "sanctioned three Chinese companies: X, Y and Z": the names a colon introduces are the clause's own.
  const elaboration = analysis.clause.indexOf(clause + 1);
  if (
    elaboration > 0 &&
    tokens[elaboration]?.norm === ':' &&
    mentions.some((m) => m.kind === 'organisation' && analysis.clause[m.start] === clause + 1)
  )
    return true;
  // "Garantex was sanctioned in 2022": the sentence's first word, capitalised whatever it is, when it reads as a name.
  return analysis.clause[0] === clause && opensWithUnknownName(analysis);
}

/** Prepositions that make a place a setting ("in Beijing"), not the first word of a name. */
const PLACE_PREPOSITIONS = new Set(
  'in at from to near of across for by into outside around within throughout via over between'.split(' '),
);
/** Words after which a name opens a list member ("including X", ", Y and Z"). */
const LIST_OPENERS = /^(?:,|and|or|&|including|the)$/;
/** Nouns of institutions whose names go on with "of" and a field or place. */
const INSTITUTIONS =
  /^(?:Academy|Institute|University|College|School|Bank|Society|Association|Corporation|Center|Centre|Laboratory|Laboratories|Federation|Chamber)$/;

/**
 * "Steve Madden said it would shift production", "Ralph Lauren, which makes …": a name that "it" or "which"
 * takes up is a company's, whatever person's name it spells. The indexes of such names' words.
 */
function namesReferredToAsThings(tokens: readonly Token[]): Set<number> {
  const found = new Set<number>();
  for (let v = 1; v + 1 < tokens.length; v++) {
    const next = (tokens[v + 1] as Token).norm;
    const said = SPEECH_VERBS.has((tokens[v] as Token).norm) && /^(?:it|its)$/.test(next);
    const which = (tokens[v] as Token).norm === ',' && next === 'which';
    if (!said && !which) continue;
    for (let k = v - 1; k >= 0 && v - k <= MAX_NAME_WORDS && isCapitalised(tokens[k] as Token); k--)
      found.add(k);
  }
  return found;
}

/** How many lower-case words may describe a name between a modifier and the name ("nickel producer"). */
const DESCRIPTION_WORDS = 3;

/** Whether lower-case words from `from` on, ending in a noun, lead to an organisation named right after them. */
function describesNameAfter(analysis: SentenceAnalysis, from: number): boolean {
  for (let k = from; k < from + DESCRIPTION_WORDS; k++) {
    if (!/^[a-z][a-z-]*$/.test(analysis.tokens[k]?.text ?? '')) return false;
    if (analysis.mentions.some((m) => m.kind === 'organisation' && m.start === k + 1)) return true;
    // "Siberian miner Taiga Compute": the words are a descriptor of the capitalised name after them.
    if (
      /^\p{Lu}/u.test(analysis.tokens[k + 1]?.text ?? '') &&
      descriptorStartAt(analysis.tokens, k + 1, from) === from
    )
      return true;
  }
  return false;
}

/** Nouns of a company by what it makes or finds ("producer", "explorer", "chipmaker"), which a short form may qualify. */
const PRODUCT_KIND_NOUNS =
  /^(?:producers?|explorers?|miners?|developers?|manufacturers?|refiners?|processors?|smelters?|recyclers?|[a-z]*makers?)$/;

/** Determiners before a company's descriptor ("the", "a"). */
const DESCRIPTOR_DETERMINERS = /^(?:the|a|an)$/;

/**
 * "the Johannesburg-based PGM producer", "a REE explorer": a short form in capitals between a determiner (or
 * where the company is based) and a company's noun says what the company makes, and names no one.
 */
function qualifiesCompanyNoun(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  return (
    /^[A-Z]{2,5}$/.test(tokens[at]?.text ?? '') &&
    noun !== undefined &&
    /^[a-z]/.test(noun.text) &&
    // ("the ZTX unit", "a CATL supplier": whose unit, or whom it supplies, is a party.)
    PRODUCT_KIND_NOUNS.test(noun.norm) &&
    (DESCRIPTOR_DETERMINERS.test(tokens[at - 1]?.norm ?? '') || isPlaceDescriptor(tokens[at - 1]?.text ?? ''))
  );
}

/**
 * Organisations the tagger finds (proper nouns that are not places), for slots that need one; people's
 * names too (form `person`) when `people` is set, else they are left out.
 */
export function taggedOrganisations(
  analysis: SentenceAnalysis,
  from: number,
  to: number,
  people = false,
): Mention[] {
  if (analysis.titleCase) return [];
  // The tagger costs more than the rest of the analysis: run it only when a name is there to tell.
  const bodies = governmentBodies(analysis.tokens);
  const inBody = (i: number) => bodies.some((b) => i >= b.start && i < b.end);
  const covered = (i: number) => inBody(i) || analysis.mentions.some((m) => i >= m.start && i < m.end);
  let untyped = from === 0 && opensWithUnknownName(analysis);
  for (let i = Math.max(1, from); i < to && !untyped; i++) {
    const t = analysis.tokens[i] as Token;
    untyped = isCapitalised(t) && !covered(i);
  }
  if (!untyped) return [];
  const tags = analysis.tags();
  const found: Mention[] = [];
  const namedAsThing = namesReferredToAsThings(analysis.tokens);
  // "Longi and Trina": a word the tagger takes for a first name is a name like the one it is listed with.
  const coordinatedWithName = (k: number) =>
    analysis.tokens[k - 1]?.norm === 'and' && found.some((m) => m.end === k - 1 && m.form === 'tag');
  // "HONG KONG - Korvath said": a dateline's place is where the story was filed, no name; nor is the agency it
  // credits ("QUITO, June 5 (Andean Wire) -").
  let i = Math.max(from, datelineEnd(analysis.tokens), datelineBodyStart(analysis.tokens));
  while (i < to) {
    const tg = tags[i] as ReadonlySet<string>;
    const isName = (k: number) => {
      const tk = analysis.tokens[k];
      const g = tags[k];
      return (
        tk !== undefined &&
        g !== undefined &&
        isCapitalised(tk) &&
        (k === 0
          ? opensWithUnknownName(analysis)
          : g.has('ProperNoun') || g.has('Organization') || g.has('Acronym') || isDomainName(tk.text)) &&
        (people || !g.has('Person') || coordinatedWithName(k) || namedAsThing.has(k)) &&
        // The tagger guesses places from word shapes ("Orevale"); the gazetteer's places are mentions already,
        // so a sentence's opening name followed by its verb is taken whatever the guess.
        (k === 0 || !g.has('Place')) &&
        !g.has('Month') &&
        !g.has('Date') &&
        !g.has('WeekDay') &&
        !g.has('Currency') &&
        !g.has('Unit') &&
        !isUnitSymbol(tk.text) &&
        !isTimeZone(tk.text) &&
        !isPlaceDescriptor(tk.text) &&
        // "pursuant to E.O. 13871": initials before a number cite an order or a law, no party; so does a part of a
        // document before its number ("Annex I", "Schedule 3").
        !(/^(?:\p{Lu}\.){1,3}$/u.test(tk.text) && /^\d/.test(analysis.tokens[k + 1]?.text ?? '')) &&
        !(
          DOCUMENT_PARTS.test(tk.text) &&
          /^(?:\d+[A-Za-z]?|[IVXL]+)$/.test(analysis.tokens[k + 1]?.text ?? '')
        )
      );
    };
    if (!isName(i) || analysis.mentions.some((m) => i >= m.start && i < m.end) || tg.has('Pronoun')) {
      i++;
      continue;
    }
    let j = i + 1;
    const free = (k: number) => isName(k) && !analysis.mentions.some((m) => k >= m.start && k < m.end);
    // "Harbin Institute of Technology", "Academy of Military Medical Sciences": an institution's name goes
    // on over its "of".
    const institutionOf = (k: number) =>
      analysis.tokens[k]?.norm === 'of' &&
      INSTITUTIONS.test(analysis.tokens[k - 1]?.text ?? '') &&
      k + 1 < analysis.tokens.length &&
      free(k + 1);
    // "Blue Nevada Drones": a one-word place between two words of a name is the name's.
    const placeInside = (k: number) =>
      free(k + 1) &&
      analysis.mentions.some(
        (m) => m.kind === 'country' && m.form === 'place' && m.start === k && m.end === k + 1,
      );
    // "Ahmed al-Sharaa", "Mohammed bin Salman": a particle of a family name goes on with the name.
    const particleWord = (k: number) => NAME_PARTICLE_WORDS.test(analysis.tokens[k]?.text ?? '');
    const nameParticle = (k: number) =>
      NAME_PARTICLE.test(analysis.tokens[k]?.text ?? '') ||
      (particleWord(k) && (free(k + 1) || (particleWord(k + 1) && free(k + 2))));
    // "Halberd & Finch", "Procter & Gamble": names joined by an ampersand are one firm's.
    const ampersand = (k: number) => analysis.tokens[k]?.text === '&' && free(k + 1);
    // A name that starts inside the span is read whole, wherever the span ends.
    while (
      j < analysis.tokens.length &&
      (free(j) || institutionOf(j) || placeInside(j) || ampersand(j) || (j > i && nameParticle(j)))
    )
      j++;
    // "Competitor Cyberrig completed …": a word of relation capitalised as the sentence's first is no part of the name.
    if (i === 0 && j - i >= 2 && RELATION_OPENERS.test(analysis.tokens[0]?.norm ?? '')) i = 1;
    // "Blue Cedar Hash moved": a plain adjective that opens the sentence right before a name of two words or
    // more opens the name too ("Struggling", "Regional", "Former" describe it instead).
    if (i === 1 && j - i >= 2 && opensNameAsAdjective(analysis, tags)) i = 0;
    // "Barrick's Reko Diq project", "the Grasberg mine": a name before a site's noun is the site's.
    if (SITE_NAME_HEADS.test(analysis.tokens[j]?.norm ?? '')) {
      i = j;
      continue;
    }
    // "the Special Economic Measures (Belarus) Regulations", "the Global Magnitsky Act": a name before a law's
    // capitalised noun is the law's, no party.
    if (namesLaw(analysis.tokens, j)) {
      i = j;
      continue;
    }
    // "said Commerce Secretary Howard Lutnick": words that end with an office name the office, not a party.
    if (PERSONAL_TITLES.test(analysis.tokens[j - 1]?.text ?? '')) {
      i = j;
      continue;
    }
    if (brandOfOwnGoods(analysis.tokens, i, j)) {
      i = j;
      continue;
    }
    if (j === i + 1 && qualifiesCompanyNoun(analysis.tokens, i)) {
      i = j;
      continue;
    }
    // "Los Angeles-based Proclaim": the words before a "-based" word are the place's, not a name.
    if (isPlaceDescriptor(analysis.tokens[j]?.text ?? '')) {
      i = j + 1;
      continue;
    }
    // "including Cusco Quantica": a city that opens a name in a list is part of the name.
    const city = analysis.mentions.find((m) => isPlaceMention(m) && m.end === i);
    const before = city === undefined ? '' : (analysis.tokens[city.start - 1]?.norm ?? '');
    const cityOpens = city !== undefined && (LIST_OPENERS.test(before) || !PLACE_PREPOSITIONS.has(before));
    // A lone word capitalised by its position ("Tariffs" after a colon), an English word capitalised in a
    // headline ("Boosting Resilience", "Bitcoin Mining"), or a legal suffix alone ("the LLC") is no name;
    // after a city that opens it ("removed Wuxi Biologics") the word is the rest of the name.
    const lone = analysis.tokens[i] as Token;
    if (
      j === i + 1 &&
      !cityOpens &&
      ((i > 0 && POSITIONAL_CAPITALS.has(analysis.tokens[i - 1]?.norm ?? '')) ||
        isDictionaryWord(lone.text) ||
        isCorporateWord(lone.text))
    ) {
      i = j;
      continue;
    }
    // "Siberian nickel producer Taimyrsk Metals": a lone word before the lower-case description of a name that
    // follows describes that name.
    if (j === i + 1 && describesNameAfter(analysis, j)) {
      i = j;
      continue;
    }
    // "Reagan Administration officials", "the Ministry of Commerce": a government body is no company.
    if (
      isGovernmentWord((analysis.tokens[j - 1] as Token).text) ||
      isInstrumentWord((analysis.tokens[j - 1] as Token).text) ||
      isGatheringWord((analysis.tokens[j - 1] as Token).text) ||
      // "British Corporate Affairs minister Michael Howard": the portfolio of an office is no company.
      OFFICES.test(analysis.tokens[j]?.norm ?? '') ||
      (analysis.tokens[i - 1]?.norm === 'of' && isGovernmentWord(analysis.tokens[i - 2]?.text ?? ''))
    ) {
      i = j;
      continue;
    }
    if (namedPlace(analysis.tokens, i)) {
      i = j;
      continue;
    }
    // "sanctioned Rosneft CEO Igor Sechin": where people are named, the company whose officer the name after
    // it is, is not what the clause names.
    if (people && roleHolderAfter(analysis.tokens, j) !== j) {
      i = j;
      continue;
    }
    // "shifts HQ to Singapore": the tagger takes any acronym for a name, common nouns' initials alone too.
    if (j === i + 1 && COMMON_INITIALS.has(analysis.tokens[i]?.text ?? '')) {
      i = j;
      continue;
    }
    // "Chief Executive Adaeze Montclair said": a name after an office is a person's, whatever the tagger knows.
    const titled =
      EXECUTIVE_TITLES.test(analysis.tokens[i]?.text ?? '') ||
      EXECUTIVE_TITLES.test(analysis.tokens[i - 1]?.text ?? '');
    if (titled && !people) {
      i = j;
      continue;
    }
    const isPerson = people && (titled || tags.slice(i, j).some((g) => g?.has('Person')));
    // "…, President Joko Widodo said", "…," SEB analyst Bjarne Schieldrop said': the speaker of a statement
    // is not what it is about.
    const afterQuote = analysis.tokens
      .slice(Math.max(0, i - MAX_SPEAKER_DESCRIPTION), i)
      .some((x) => CLOSING_QUOTES.test(x.text));
    if ((isPerson || afterQuote) && SPEECH_VERBS.has(analysis.tokens[j]?.norm ?? '')) {
      i = j;
      continue;
    }
    // "Vladimir Potanin": a first name that is also a city's opens the person's name.
    const firstName = isPerson && city !== undefined && tags[city.start]?.has('FirstName') === true;
    // "removed Beijing Zhongguancun Development", "firms Hunan Ruixin", "Paris Baguette said": a place that no
    // preposition governs opens the unknown name after it ("in Beijing Huawei said" keeps the place apart).
    const opensName = firstName || cityOpens;
    // "Syrian President Ahmed al-Sharaa", "Supreme Court Justice Alexandre de Moraes": the office before a
    // person's name is not the name's.
    let titleEnd = i;
    if (isPerson)
      for (let k = i; k < Math.min(j - 2, i + MAX_TITLE_WORDS); k++)
        if (PERSONAL_TITLES.test(analysis.tokens[k]?.text ?? '')) titleEnd = k + 1;
    const described = i === 0 && j - i >= 2 && MAKER_OPENING.test(analysis.tokens[0]?.text ?? '');
    const start = city && opensName ? city.start : titleEnd > i ? titleEnd : described ? i + 1 : i;
    const text = analysis.tokens
      .slice(start, j)
      .map((x) => x.text)
      .join(' ');
    found.push({
      kind: 'organisation',
      start,
      end: j,
      value: canonicalOrganizationName(text),
      form: isPerson ? 'person' : 'tag',
      country: null,
      group: -1 - start,
      text,
    });
    i = j;
  }
  // Names in a list ("Veltrano and Quillmark", "Rusal and its founder Oleg Deripaska") share a group, like
  // the gazetteer's coordinated mentions.
  const organisations = analysis.mentions.filter((m) => m.kind === 'organisation');
  const named = [...organisations, ...found];
  // "PVH Group, the owner of Calvin Klein, and Illumina": a name inside the description of a member is no member.
  const described = (m: Mention) =>
    named.some((o) => o.end <= m.start && listGoesOnAfter(analysis.tokens, o.end) > m.start);
  for (const current of found) {
    const previous = named
      .filter((m) => m.end <= current.start && !described(m))
      .sort((x, y) => y.end - x.end)[0];
    if (!previous) continue;
    const from = listGoesOnAfter(analysis.tokens, previous.end);
    const gap = analysis.tokens.slice(
      from,
      memberStartWithNationality(analysis.tokens, analysis.mentions, current.start, from),
    );
    // ("Sergei Vashkevich and Colonel Igor Lapko": a person's title belongs to the member it introduces.)
    const title = personalTitleLength(analysis.tokens, current.start);
    const lead = ownedPartLead(gap, current);
    const between = gap.slice(lead, Math.max(0, gap.length - title));
    // ("X; Ivan Petrov; and Z": a semicolon of a list leaves the clause as it was.)
    const listSemicolon = (k: number) =>
      between[k]?.norm === ';' && analysis.clause[from + lead + k] === analysis.clause[previous.start];
    if (
      between.length > 0 &&
      between.length <= 3 &&
      between.every((_, k) => isSeparator(between, k) || listSemicolon(k))
    ) {
      current.group = previous.group;
    }
  }
  // "Li Wen, a director of Hualong Metals, and Zhou Ping": a name listed after a description that holds another
  // name goes on the list of the member the tagger found, not on the list of the name inside the description.
  const relisted: Mention[] = [];
  for (const o of organisations) {
    if (o.form !== 'coordinated') continue;
    const previous = named.filter((m) => m.end <= o.start && !described(m)).sort((x, y) => y.end - x.end)[0];
    if (!previous || !found.includes(previous)) continue;
    const from = listGoesOnAfter(analysis.tokens, previous.end);
    const between = analysis.tokens.slice(from, o.start);
    // ("…, and Arkona said it would challenge the decision": the subject of a clause of its own is no member.)
    const listEnds = /^(?:[,.;:]|and|or|on|in|for|over|as|to|from)$/.test(
      analysis.tokens[o.end]?.norm ?? '.',
    );
    if (
      from > previous.end &&
      listEnds &&
      between.length <= 3 &&
      between.every((_, k) => isSeparator(between, k))
    )
      relisted.push({ ...o, group: previous.group });
  }
  // "Indonesia's Ministry of Energy and Mineral Resources": no name inside a government body's.
  return [...found, ...relisted].filter((m) => !inBody(m.start) && !inBody(m.end - 1));
}

export type { CountryCode };
