import { SUPRANATIONAL_CODES } from '@assay/schema';
import {
  FEARED_BEFORE,
  FORECAST_BEFORE,
  isRealis,
  leadInBefore,
  type Modality,
  measureOnCondition,
  modalityOf,
  NOT_RULED_OUT,
  onCondition,
  onTheTable,
  proposedAfter,
  refutedAfter,
  UNHESITATING,
  undecidedAfter,
  underNegotiation,
} from '../events/modality.js';
import {
  hasGovernmentWord,
  isAcademicName,
  isGovernmentWord,
  isLegalSuffix,
} from '../events/organizations.js';
import { isMonthName, isWeekdayName } from '../text/dates.js';
import { isVerbWord } from '../text/tagging.js';
import {
  datelineBodyStart,
  descriptorStart,
  isBodyHead,
  isOrganisationNoun,
  listGoesOnWithUnknownName,
  type Mention,
  type MentionKind,
  namesInProse,
  namesSomeone,
  openingName,
  POSSESSIVE_DETERMINERS,
  roleAfter,
  roleHolderAfter,
  type SentenceAnalysis,
  taggedOrganisations,
} from './analysis.js';
import { CLOSING_SAYING, type Discourse, GOODS_CLASS_NOUNS, watchersFirm } from './discourse.js';
import { GENERIC_GOODS, isCollectivePolity, isDisruptionNoun } from './lexicon.js';
import { anyMatchAt, matchAt } from './phrases.js';
import {
  answerBefore,
  COUNT,
  canAct,
  countsParties,
  distance,
  EXEMPTING_VERBS,
  endsNounPhrase,
  firstOfGroup,
  GOVERNMENT_NOUNS,
  GRANT_NOUNS,
  governorIndex,
  hasRole,
  isPastForm,
  KEEPING_VERBS,
  MEASURE_NOUNS,
  PASSIVE_AUXILIARIES,
  PAUSE_NOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  PRODUCTION_PARTICIPLES,
  possessesTrigger,
  prepositionBefore,
  RELATIVE_PRONOUN,
  RUNNING_PARTICIPLES,
  reactsToMeasure,
  retaliatesAgainst,
  SITE_COST_WORD,
  STAYING_WORDS,
  spared,
  type Trigger,
} from './roles.js';
import { type CompiledAnchor, type EventType, refersBack, type SlotSpec } from './taxonomy.js';
import type { Token } from './tokens.js';

export type SlotValue = string | number | null;

/** One possible event, proposed by the rules from one sentence; the model decides whether it is one. */
export interface Candidate {
  type: string;
  action: string;
  slots: Record<string, SlotValue>;
  /** When the action happened, as precise as the text says (ISO date, month or year). */
  date: string | null;
  modality: Modality;
  analysis: SentenceAnalysis;
  features: string[];
  /** Candidates that read the same words differently share this key: at most one of them is an event. */
  readingKey: string;
  /** The anchor's first token in the sentence. */
  anchorStart: number;
  /** The anchor restates parties a listing before counted ("The firms are …"): the listing's action is theirs. */
  actionOfReferent?: boolean;
  /** The kind of measure the words before the anchor name ("reciprocal"), from the type's measure words. */
  measure: string | null;
  /** The measure applies to every country ("tariffs on all steel imports"): it has no target to be given. */
  global: boolean;
}

const CHATTER = new Set([
  'stocks',
  'shares',
  'investors',
  'market',
  'markets',
  'prices',
  'price',
  'rally',
  'rallied',
  'fell',
  'rose',
  'surged',
  'slumped',
  'fears',
  'worries',
  'uncertainty',
  'concerns',
  'volatility',
  'sentiment',
  'traders',
  'analysts',
  'impact',
  'effects',
  'amid',
  'despite',
  'could',
  'may',
  'might',
  'if',
  'would',
]);
/**
 * Words of a reaction to an action ("regret over America's decision to impose tariffs", "condemned the
 * tariffs"): a sentence framed so is about the reaction; the action's own statement is elsewhere.
 */
const REACTION_WORDS = new Set([
  'regret',
  'regretted',
  'anger',
  'angered',
  'criticism',
  'criticised',
  'criticized',
  'condemned',
  'condemnation',
  'denounced',
  'protest',
  'protested',
  'opposition',
  'opposed',
  'welcomed',
  'dismay',
  'disappointment',
  'slammed',
  'blasted',
]);
/** Words that name a measure beside another ("along with further duties"), up to three words before it. */
const BESIDE_MEASURE =
  /\b(?:along with|on top of|in addition to|as well as|besides|alongside)\s+(?:\S+\s+){0,3}$/i;
const BESIDE_MEASURE_CHARS = 60;
const GENERIC = ['trade war', 'tariff war', 'trade tensions', 'trade dispute', 'tensions'];
/**
 * Words that set an action in an earlier period than the article's news ("his earlier levies", "during
 * his first term", "similar tariffs"): a background action, its own event (the guidelines).
 */
const EARLIER_PERIOD = [
  'earlier levies',
  'earlier tariffs',
  'earlier duties',
  'earlier tenure',
  'earlier term',
  'first term',
  'first presidency',
  'first administration',
  'first tenure',
  'back in',
  'similar tariffs',
  'similar duties',
  'similar levies',
  'similar measures',
  'similar restrictions',
  'similar controls',
];
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'because']);
const ATTRIBUTION = new Set(['said', 'says', 'say', 'told', 'according', 'stated', 'reported', 'announced']);
/**
 * Verbs that report what follows them: an action word after one is the report's, and the "it" after one
 * ("warned on Friday that it would") is the speaker.
 */
const REPORTING_VERBS = new Set(
  'said says told stated announced warned warns noted confirmed threatened threatens vowed vows'.split(' '),
);
/** How many words ("on Friday that") may stand between a verb of saying and the "it" it reports. */
const REPORTED_IT_REACH = 4;

/** Words of a time phrase between a verb of saying and what it reports ("warned on Monday it would"). */
const TIME_PHRASE_WORDS =
  /^(?:on|late|early|last|this|next|in|a|,|week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4})$/;
/** Words between a subject's "it" and the action word ("it would impose", "it will also"). */
const IT_TO_ACTION_WORDS = /^(?:would|will|could|might|may|shall|also|soon|then|now|not)$/;

/**
 * "The US warned on Monday it would impose": the "it" before the action, reported by a verb of saying past a
 * time phrase, is the speaker. (Read only where a threat needs its actor: the action's subject as a feature
 * keeps to `reportsSpeaker`.)
 */
function speakerAfterTimePhrase(tokens: readonly Token[], action: number): boolean {
  let it = action - 1;
  while (it > 0 && IT_TO_ACTION_WORDS.test(tokens[it]?.norm ?? '')) it--;
  if (tokens[it]?.norm !== 'it') return false;
  let k = it - 1;
  while (k > 0 && it - k <= REPORTED_IT_REACH && TIME_PHRASE_WORDS.test(tokens[k]?.norm ?? '')) k--;
  return k < it - 1 && REPORTING_VERBS.has(tokens[k]?.norm ?? '');
}

/** Whether the "it" at `at` is the speaker of the verb of saying just before it. */
function reportsSpeaker(tokens: readonly Token[], at: number): boolean {
  if (ATTRIBUTION.has(tokens[at - 1]?.norm ?? '')) return true;
  if (tokens[at - 1]?.norm !== 'that') return false;
  return tokens
    .slice(Math.max(0, at - 1 - REPORTED_IT_REACH), at - 1)
    .some((t) => REPORTING_VERBS.has(t.norm));
}

const ANAPHOR_WORDS = [
  'the company',
  'the firm',
  'the group',
  'the miner',
  'the manufacturer',
  'the maker',
  'the chipmaker',
  'the producer',
  'the business',
  'the startup',
  'it',
  'its',
].map((phrase) => phrase.split(' '));

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges.at(-1)}`;
}

interface TriggerReading {
  trigger: Trigger;
  action: string;
  actionExplicit: boolean;
  anchorWord: string;
  /** 0 for the nearest action word, 1 for the next: the model weighs the readings of one anchor. */
  rank: number;
  /** The readings of one anchor share this key; at most one of them becomes an event. */
  anchorKey: string;
  /** The anchor refers back to a measure stated before ("delayed them"). */
  refersBack: boolean;
  /** The anchor only restates the parties a listing before counted ("The firms are …"). */
  restatesParties: boolean;
}

const MAX_READINGS = 3;
/** How many words may stand between an anchor for an unsaid measure and the measure's own word ("export"). */
const ELIDED_MEASURE_GAP = 2;
/**
 * Real sentences name an event type a few times at most; a run of hundreds of anchors is not prose,
 * and reading only the first few keeps the work per sentence bounded.
 */
export const MAX_ANCHORS_PER_SENTENCE = 8;

/** "moved X from the Unverified List to the Entity List": the list left is no list the entity is put on. */
function isListLeft(a: SentenceAnalysis, list: Mention): boolean {
  const before = a.tokens[list.start - 1]?.norm === 'the' ? list.start - 2 : list.start - 1;
  if (a.tokens[before]?.norm !== 'from') return false;
  return a.mentions.some(
    (m) =>
      m.kind === 'list' &&
      m.start > list.end &&
      a.clause[m.start] === a.clause[list.start] &&
      a.tokens.slice(list.end, m.start).some((t) => t.norm === 'to'),
  );
}

/**
 * "panels assembled in Malaysia are Chinese-origin": a participle of making right after the noun of the goods
 * (no auxiliary or subject of its own) says where they were made, and moves nothing.
 */
function madeAtOrigin(a: SentenceAnalysis, anchorStart: number, length: number): boolean {
  const before = a.tokens[anchorStart - 1];
  return (
    length === 1 &&
    PRODUCTION_PARTICIPLES.test(a.tokens[anchorStart]?.norm ?? '') &&
    a.tokens[anchorStart + 1]?.norm === 'in' &&
    before !== undefined &&
    /^[a-z][a-z-]*s$/.test(before.text) &&
    // ("has its phones assembled in India": what a company has made somewhere is its own move.)
    !a.tokens
      .slice(Math.max(0, anchorStart - 4), anchorStart - 1)
      .some((t) => /^(?:its|their|has|have|had|having|gets|got|get)$/.test(t.norm)) &&
    (a.tags()[anchorStart - 1]?.has('Noun') ?? false) &&
    !a.mentions.some(
      (m) => m.kind === 'organisation' && anchorStart - 1 >= m.start && anchorStart - 1 < m.end,
    )
  );
}

/** Words for the party a listing names ("to the company", "to those entities"). */
const LISTED_PARTY_WORDS = /^(?:company|companies|firm|firms|entity|entities|party|parties|them|it)$/;
/** Nouns of a listing, as the subject of what it brings ("The listing imposes a licence requirement"). */
const LISTING_NOUNS = /^(?:listing|listings|designation|designations|inclusion)$/;
/** How far after the anchor "to the company" may stand. */
const LISTED_PARTY_REACH = 12;

/** How many words the subject "companies on the Entity List" may take before its verb. */
const LISTED_SUBJECT_WORDS = 6;

/** Whether the verb at `verb` has parties a list holds as its subject ("Companies on the list require …"). */
function listedPartiesSubject(tokens: readonly Token[], verb: number): boolean {
  const from = Math.max(0, verb - LISTED_SUBJECT_WORDS);
  const party = tokens.slice(from, verb).findIndex((t) => LISTED_PARTY_WORDS.test(t.norm));
  if (party < 0) return false;
  const after = tokens.slice(from + party + 1, verb);
  return (
    /^(?:on|in)$/.test(after[0]?.norm ?? '') && /^(?:list|lists|blacklist)$/i.test(after.at(-1)?.norm ?? '')
  );
}

/** Whether a measure on goods is what a listing imposes, or goes to the party of a list the sentence names. */
function consequenceOfListing(a: SentenceAnalysis, trigger: Trigger): boolean {
  const { clause } = trigger;
  const verb = trigger.actionStart ?? trigger.anchorStart;
  // "The listing imposes a licence requirement": the listing is the subject right before the verb.
  if (
    LISTING_NOUNS.test(a.tokens[verb - 1]?.norm ?? '') &&
    /^(?:the|this|that|its|their)$/.test(a.tokens[verb - 2]?.norm ?? '')
  )
    return true;
  // "Companies on the list require a licence to receive U.S.-origin items": parties the list holds, as subject.
  if (listedPartiesSubject(a.tokens, verb)) return true;
  // "…, requiring licences for exports of sensors to the company": only in a sentence that names a list.
  if (!a.mentions.some((m) => m.kind === 'list')) return false;
  for (
    let k = trigger.anchorEnd;
    k < Math.min(a.tokens.length, trigger.anchorEnd + LISTED_PARTY_REACH);
    k++
  ) {
    if (a.clause[k] !== clause) break;
    if (a.tokens[k]?.norm !== 'to') continue;
    let at = k + 1;
    while (
      /^(?:the|these|those|its|that|this|both|two|three|four|five|six|\d+)$/.test(a.tokens[at]?.norm ?? '')
    )
      at++;
    if (LISTED_PARTY_WORDS.test(a.tokens[at]?.norm ?? '') && !/^[a-z]/.test(a.tokens[at + 1]?.norm ?? '-'))
      return true;
  }
  return false;
}

/** How far before its "from" the verb that keeps someone from the action may stand ("barred Orisma Optics from"). */
const KEPT_FROM_REACH = 6;

/** Whether the action's gerund follows "from" after a verb of keeping someone from it, in one clause. */
function keptFromDoing(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  if (!/ing$/.test(a.tokens[verb]?.norm ?? '') || a.tokens[verb - 1]?.norm !== 'from') return false;
  for (let k = verb - 2; k >= Math.max(0, verb - 1 - KEPT_FROM_REACH); k--) {
    if (a.clause[k] !== a.clause[verb]) return false;
    // ("Nothing stopped Dravo from moving its plant": no one kept it from the move.)
    if (KEEPING_VERBS.test(a.tokens[k]?.norm ?? ''))
      return !a.tokens
        .slice(Math.max(0, k - 2), k)
        .some((t) => /^(?:nothing|nobody|no|not|never|n't|none)$/.test(t.norm));
  }
  return false;
}

/** Nouns of the trade a ban may be on ("ban on cobalt exports"). */
const TRADE_FLOW_NOUNS = /^(?:exports?|shipments?|imports?|sales|purchases)$/;

/**
 * "Congo's ban on cobalt exports, after a challenge by trader Makala", "X said it saw no impact from China's ban on
 * antimony exports": a ban on trade in named goods, with no name after it in its own phrase, is a measure on the
 * goods and lists no party the sentence names elsewhere ("ban on chip exports to firms including X" lists X).
 */
function bansGoods(a: SentenceAnalysis, start: number, end: number): boolean {
  if (!a.tokens.slice(start, end).some((t) => TRADE_FLOW_NOUNS.test(t.norm))) return false;
  // ("exports of unprocessed lithium ore", "imports of Russian titanium", "the chip-making technology": plain words or
  // a nationality may qualify the goods.)
  const nationality = (k: number) =>
    a.mentions.some((m) => m.kind === 'country' && k >= m.start && k < m.end);
  const qualifiedAfter = (from: number, goodsStart: number) =>
    goodsStart >= from &&
    goodsStart - from <= GOODS_QUALIFIER_WORDS &&
    a.tokens.slice(from, goodsStart).every((t, k) => /^[\p{Ll}-]+$/u.test(t.text) || nationality(from + k));
  const goodsNamed = a.mentions.some(
    (m) =>
      m.kind === 'goods' &&
      m.value !== GENERIC_GOODS &&
      ((m.start > start && m.end < end) ||
        (a.tokens[end]?.norm === 'of' && qualifiedAfter(end + 1, m.start))),
  );
  if (!goodsNamed) return false;
  const inCountryOrDate = (k: number) =>
    a.mentions.some((m) => (m.kind === 'country' || m.kind === 'date') && k >= m.start && k < m.end);
  for (let k = end; k < a.tokens.length && a.clause[k] === a.clause[start]; k++) {
    const token = a.tokens[k] as Token;
    const next = a.tokens[k + 1]?.norm ?? '';
    // (", after a challenge by …", ", which Beijing announced", "despite a WTO ruling", ", and the ministry
    // extended it": a phrase or clause of its own.)
    if (token.norm === ',' && (SET_OFF_OPENERS.test(next) || next === 'and')) return true;
    if (UNCOMMA_SET_OFF_OPENERS.test(token.norm)) return true;
    // ("from the mine operated by Orvalis": who runs the goods' source, no party to the ban.)
    if (RUNNING_PARTICIPLES.test(token.norm) && next === 'by') return true;
    if (/^\p{Lu}/u.test(token.text) && !inCountryOrDate(k)) {
      // ("from the Arlit-Sud mine": the source's name.)
      let nameEnd = k + 1;
      while (/^\p{Lu}/u.test(a.tokens[nameEnd]?.text ?? '')) nameEnd++;
      if (!SOURCE_SITES.test(a.tokens[nameEnd]?.norm ?? '')) return false;
      k = nameEnd;
    }
  }
  return true;
}

/** How many plain words may qualify goods after a ban's trade word ("exports of unprocessed raw lithium ore"). */
const GOODS_QUALIFIER_WORDS = 2;
/** Openers of a phrase of its own even without a comma before them ("ban on nickel ore exports despite …"). */
const UNCOMMA_SET_OFF_OPENERS = /^(?:despite|amid|pending|following)$/;
/** Sites goods come from, named after their place ("the Arlit-Sud mine"). */
const SOURCE_SITES =
  /^(?:mines?|projects?|deposits?|complex|fields?|plants?|smelters?|refinery|refineries|ports?|concessions?)$/;

/** Words that open a phrase set off after a measure ("…, after a challenge by", "…, which"). */
const SET_OFF_OPENERS = /^(?:after|pending|while|which|who|as|following|amid|despite|when|before|since|but)$/;

/** How many words may qualify a measure that "no" opens ("imposed no new export tariffs"). */
const NO_MEASURE_WORDS = 3;

/** Words that may qualify a measure that "no" opens ("no new export tariffs"). */
const NO_MEASURE_QUALIFIERS =
  /^(?:new|additional|further|extra|fresh|such|export|import|retaliatory|punitive|anti-dumping|countervailing|special)$/;

/** How many words may stand between the country a measure answers and that country's measure word. */
const MEASURE_AFTER_COUNTRY_WORDS = 4;
/** A tariff's own words ("against US steel tariffs"). */
const MEASURE_WORDS = /^(?:tariffs?|duty|duties|levy|levies|surtax|surtaxes)$/;

/** Words that say a text is a draft, a proposal or rejected, or hedge it ("adopted" alone says it is law). */
const UNADOPTED_TEXT =
  /^(?:draft|drafts|proposed|proposal|proposes|propose|rejected|rejects|consultation|comment|would|if)$/;

/**
 * A purpose infinitive of avoiding a measure, right before the measure's words ("moving production to Mexico to
 * avoid U.S. tariffs"); not what someone managed, hoped or tried to avoid, which says the measure was not applied.
 */
const AVOIDING =
  /(?<!\b(?:managed|manage|manages|able|hope|hopes|hoped|hoping|try|tries|tried|trying|seek|seeks|sought|want|wants|wanted|aim|aims|aimed|fail|fails|failed|struggled|expect|expects|expected|plan|plans|planned|likely|help|helps|helped|could|would|may|might|can|will)\s+)\bto\s+(?:avoid|escape|evade|dodge|sidestep|circumvent)\s+(?:\S+\s+){0,3}$/i;
/** How many words from the measure's anchor its own rate may stand ("tariffs of 145%", "145% U.S. tariffs"). */
const OWN_RATE_REACH = 3;

/**
 * "moving its magnet plant to Mexico to avoid U.S. tariffs of 145% on Chinese goods": a measure avoided that its
 * rate names is one in place ("to avoid tariffs", with nothing of its own, stays none).
 */
function avoidedRatedMeasure(a: SentenceAnalysis, trigger: Trigger, triggerChar: number): boolean {
  if (trigger.actionStart !== null && trigger.actionStart !== trigger.anchorStart) return false;
  if (!AVOIDING.test(a.text.slice(0, triggerChar))) return false;
  // ("would avoid 25% duties if built": a condition keeps it supposed.)
  if (/\b(?:if|unless)\b/i.test(a.text)) return false;
  return a.mentions.some(
    (m) =>
      isSetRate(m) &&
      a.clause[m.start] === trigger.clause &&
      m.end >= trigger.anchorStart - OWN_RATE_REACH &&
      m.start <= trigger.anchorEnd + OWN_RATE_REACH,
  );
}

/** How many modifiers may stand between a phrase's determiner and its word ("its temporary export ban", "its cathode production"). */
const PHRASE_MODIFIER_WORDS = 2;
/** Determiners that open a measure's or a site's phrase of its own or a definite one. */
const OWN_OR_DEFINITE = /^(?:its|their|the)$/;

/** The determiner that opens the phrase of the word at `word`, at most PHRASE_MODIFIER_WORDS before it, or -1. */
function determinerBefore(tokens: readonly Token[], word: number, determiners: RegExp): number {
  for (let k = word - 1; k >= Math.max(0, word - 1 - PHRASE_MODIFIER_WORDS); k--)
    if (determiners.test(tokens[k]?.norm ?? '')) return k;
  return -1;
}

/**
 * "would not reverse its ban on nickel ore exports": a step back from a measure of its own that is denied leaves the
 * measure in place, which the reading of the measure's own word states.
 */
function reliefDeniedOnOwnMeasure(a: SentenceAnalysis, type: EventType, trigger: Trigger): boolean {
  // (The reading of the measure's own word: "ban" states the ban.)
  if (trigger.actionStart !== null && trigger.actionStart !== trigger.anchorStart) return false;
  const determiner = determinerBefore(a.tokens, trigger.anchorStart, OWN_OR_DEFINITE);
  if (determiner < 0) return false;
  const { directions, default_action } = type.spec;
  return actionsStatedAt(a, type, determiner - 1).some((x) => directions[x] !== directions[default_action]);
}

/** "Indonesia imposes no duty at all", "has placed no new curbs on": the action's object is no measure. */
function noMeasureObject(a: SentenceAnalysis, trigger: Trigger): boolean {
  const actionEnd = trigger.actionEnd;
  if (actionEnd === null || actionEnd > trigger.anchorStart) return false;
  const inGoods = (k: number) => a.mentions.some((m) => m.kind === 'goods' && k >= m.start && k < m.end);
  const found = a.tokens.slice(actionEnd, trigger.anchorStart).findIndex((t) => t.norm === 'no');
  const no = actionEnd + found;
  return (
    found >= 0 &&
    trigger.anchorStart - no <= NO_MEASURE_WORDS &&
    // ("imposed with no warning new tariffs": "no" opens another noun phrase.)
    a.tokens
      .slice(no + 1, trigger.anchorStart)
      .every((t, k) => NO_MEASURE_QUALIFIERS.test(t.norm) || inGoods(no + 1 + k))
  );
}

/** Where an anchor's phrase matched, and which anchor of the type it is. */
type AnchorMatch = { start: number; length: number; value: number };

/**
 * "added eight entities to the Entity List and removed Orvane Labs": another anchor of the type before the word
 * in its sentence, and a name right after it.
 */
function listingBefore(
  a: SentenceAnalysis,
  type: EventType,
  anchorMatches: readonly AnchorMatch[],
  m: AnchorMatch,
): boolean {
  const before =
    anchorMatches.some((x) => x.start < m.start && type.anchors[x.value]?.requires !== 'listing_before') ||
    (type.listAnchor !== undefined && a.mentions.some((x) => x.kind === 'list' && x.end <= m.start));
  return before && a.mentions.some((x) => x.kind === 'organisation' && x.start === m.start + m.length);
}

/** Determiners that point to what was just named ("that ban", "those restrictions"). */
const POINTING_DETERMINERS = /^(?:this|that|these|those)$/;
/** Words that make a ban or restrictions a measure on something else than exports ("visa restrictions"). */
const OTHER_MEASURE_QUALIFIERS =
  /^(?:visa|travel|import|imports|capital|price|currency|investment|entry|immigration|flight|media|internet|lending|hiring|fishing|logging|smoking)$/;

/** "The vessels are the Marisol Dawn": a name right after the anchor, or after "the". */
function nameAfter(a: SentenceAnalysis, at: number): boolean {
  const start = a.tokens[at]?.norm === 'the' ? at + 1 : at;
  const opening = a.tokens[start];
  return (
    a.mentions.some((m) => m.kind === 'organisation' && m.start === start) ||
    (opening !== undefined && namesInProse(opening, a.titleCase))
  );
}

/** Anchors that stand for a measure stated before them ("delayed them", "granted a reprieve"). */
function refersToAntecedent(anchor: CompiledAnchor): boolean {
  return (
    anchor.requires === 'antecedent' ||
    anchor.requires === 'possessed_rate' ||
    anchor.requires === 'antecedent_alone'
  );
}

function findTriggers(a: SentenceAnalysis, type: EventType, discourse: Discourse): TriggerReading[] {
  const found: TriggerReading[] = [];
  const covered = new Set<number>();
  const anchorMatches = type.anchorIndex.findAll(a.tokens);
  for (const m of type.notAnchors.findAll(a.tokens)) {
    // "tariff threats against Colombia": an anchor that goes on past a phrase that is no anchor by itself
    // ("tariff threats") is read whole.
    if (anchorMatches.some((x) => x.start === m.start && x.length > m.length)) continue;
    for (let k = m.start; k < m.start + m.length; k++) covered.add(k);
  }
  // At each position, the anchor listed first in the type's file wins.
  const byStart = new Map<number, { anchor: number; length: number }>();
  const consider = (start: number, anchor: number, length: number) => {
    const current = byStart.get(start);
    if (!current || anchor < current.anchor) byStart.set(start, { anchor, length });
  };
  for (const m of anchorMatches) {
    if (bridgesClauses(a.tokens, m.start, m.start + m.length)) continue;
    // "imposed a 50% tariff but exempted refined cathodes": beside another anchor, the word is its action.
    // ("Pharmaceuticals remain excluded from the 39% US tariff on Swiss goods": goods excluded from a measure the
    // sentence names are read with that measure.)
    const alone = (requires: string | undefined) =>
      requires === 'antecedent_alone' || requires === 'goods_subject';
    // ("…, but two days later goods covered by the pact were exempted": a passive in a clause of its own, with a
    // subject of its own, states its own removal.)
    // ("imposed a 50% tariff on copper wire, while exempting refined cathode": a participle opening a clause of its
    // own does the same.)
    const ownPassiveClause =
      (PASSIVE_AUXILIARIES.test(a.tokens[m.start - 1]?.norm ?? '') ||
        (/^(?:while|whilst)$/.test(a.tokens[m.start - 1]?.norm ?? '') &&
          /ing$/.test(a.tokens[m.start]?.norm ?? '') &&
          exemptsGoodsOutright(a, m.start + m.length))) &&
      anchorMatches.every((x) => x === m || a.clause[x.start] !== a.clause[m.start]) &&
      // ("…, but smaller importers were exempted from new filing rules": spared something else than a measure.)
      a.tokens[m.start + m.length]?.norm !== 'from';
    if (
      alone(type.anchors[m.value]?.requires) &&
      anchorMatches.some((x) => !alone(type.anchors[x.value]?.requires)) &&
      !ownPassiveClause
    )
      continue;
    // "lower rates", "tariff rate on steel": a rate noun no country owns is no anchor at all, and joins none.
    if (type.anchors[m.value]?.requires === 'possessed_rate' && !countrysRate(a, m.start)) continue;
    // "Indonesia's nickel ore ban": the word is a measure only after a country's goods; else a verb of another.
    if (type.anchors[m.value]?.requires === 'possessed_goods' && !countrysGoodsBefore(a, m.start)) continue;
    // "added eight entities to the Entity List and removed X": the verb is a listing's undoing only after one.
    if (type.anchors[m.value]?.requires === 'listing_before' && !listingBefore(a, type, anchorMatches, m))
      continue;
    // "its ban on sales of new cars": a word that would refer back names a measure of its own with its object.
    const refersWhenAlone = ['antecedent_alone', 'previous_sentence', 'sentence_before'].includes(
      type.anchors[m.value]?.requires ?? '',
    );
    // "suspended the ban on Tuesday": a day after "on" is when, not the measure's object.
    const after = m.start + m.length;
    if (
      refersWhenAlone &&
      /^(?:on|of|against)$/.test(a.tokens[after]?.norm ?? '') &&
      !a.mentions.some((x) => x.kind === 'date' && x.start <= after + 1 && x.end > after + 1)
    )
      continue;
    consider(m.start, m.value, m.length);
  }
  if (type.listAnchor !== undefined) {
    for (const list of a.mentions)
      if (list.kind === 'list' && !isListLeft(a, list))
        consider(list.start, type.listAnchor, list.end - list.start);
  }
  const ordered = [...byStart].sort(([x], [y]) => x - y);
  // "China hit with 34% export duty": an anchor that stands for a measure the text leaves unsaid ("hit with
  // 46%") gives way to the measure's own word right after it.
  for (let k = ordered.length - 2; k >= 0; k--) {
    const [start, { anchor, length }] = ordered[k] as [number, { anchor: number; length: number }];
    const [nextStart] = ordered[k + 1] as [number, unknown];
    const gap = nextStart - (start + length);
    if (refersBack(type.anchors[anchor]) && gap >= 0 && gap <= ELIDED_MEASURE_GAP) ordered.splice(k, 1);
  }
  // Anchors that touch ("anti-dumping duties", "import tariffs"), or that "and" or "or" joins ("anti-dumping
  // and countervailing duties"), are one anchor: the first one's. A site and an action are no such pair
  // ("closed its smelter and moved its operations": "and" joins two clauses).
  for (let k = ordered.length - 1; k > 0; k--) {
    const [start, current] = ordered[k] as [number, { anchor: number; length: number }];
    const [previousStart, previous] = ordered[k - 1] as [number, { anchor: number; length: number }];
    const gap = start - (previousStart + previous.length);
    const sameKind =
      Boolean(type.anchors[previous.anchor]?.site) === Boolean(type.anchors[current.anchor]?.site);
    // "a 12% tariff (a so-called safeguard duty) on steel": a measure named again in apposition is the same one,
    // and the phrase after the apposition is the first anchor's.
    if (namedAgainInApposition(a.tokens, previousStart + previous.length, start, start + current.length)) {
      // The first anchor runs to the apposition's closing mark.
      previous.length = start + current.length + 1 - previousStart;
      ordered.splice(k, 1);
      continue;
    }
    // "added X to the SDN List and delisted Y": an anchor that states its own action opens a predicate of its own.
    const ownAction = type.anchors[current.anchor]?.action !== undefined;
    if (
      gap === 0 ||
      (gap === 1 && sameKind && !ownAction && /^(?:and|or)$/.test(a.tokens[start - 1]?.norm ?? ''))
    ) {
      previous.length += gap + current.length;
      ordered.splice(k, 1);
    }
  }
  // "plans to levy 25% tariffs on steel": an anchor word read as a verb, whose object is the next anchor, is
  // that anchor's action and no measure of its own.
  for (let k = ordered.length - 2; k >= 0; k--) {
    const [start, { length }] = ordered[k] as [number, { anchor: number; length: number }];
    const [nextStart] = ordered[k + 1] as [number, unknown];
    if (opensVerb(a.tokens[start - 1]?.norm ?? '') && objectAnchorFollows(a, start + length, nextStart))
      ordered.splice(k, 1);
  }
  // What an anchor that refers back refers to is stated in an earlier sentence, or earlier in this one
  // ("announced tariffs on Canada, then delayed them").
  const antecedentStated = (anchorStart: number) =>
    ordered.some(([start, { anchor: other }]) => start < anchorStart && !refersBack(type.anchors[other])) ||
    discourse.anchoredBefore(type.spec.type, a.index);
  let anchors = 0;
  for (const [anchorStart, { anchor: index, length }] of ordered) {
    if (covered.has(anchorStart)) continue;
    if (++anchors > MAX_ANCHORS_PER_SENTENCE) break;
    const anchor = type.anchors[index] as CompiledAnchor;
    if (index !== type.listAnchor && insideProperName(a, anchorStart)) continue;
    if (index === type.listAnchor && createdList(a, anchorStart)) continue;
    if (anchor.inContext && !discourse.inContext(type.spec.type)) continue;
    if (anchor.action && describesAsAdjective(a, anchorStart)) continue;
    // "cut ties with a sanctioned Iranian buyer": a participle that describes a noun other than a name states no
    // listing of anyone the sentence names.
    if (
      !anchor.action &&
      length === 1 &&
      describesAsAdjective(a, anchorStart) &&
      !a.mentions.some(
        (m) =>
          m.kind === 'organisation' && m.start > anchorStart && m.start <= anchorStart + DESCRIBED_NAME_REACH,
      )
    )
      continue;
    const clause = a.clause[anchorStart] ?? 0;
    if (
      anchor.site &&
      (endOfAnotherAnchor(a, type, ordered, anchorStart, clause) ||
        heldSite(a, anchorStart) ||
        describesName(a, anchorStart, anchorStart + length) ||
        genericSites(a, anchorStart, anchorStart + length) ||
        inAppositionToName(a, anchorStart))
    )
      continue;
    if (
      !anchor.site &&
      anchor.action === undefined &&
      (possessedNoun(a.tokens, anchorStart) ||
        (type.spec.slots.some((s) => s.kind === 'status') &&
          (heldOrAddedNoun(a.tokens, anchorStart) ||
            fundedActivity(a.tokens, anchorStart) ||
            placedAtHeldSite(a, anchorStart) ||
            curtailedNoun(a.tokens, anchorStart))))
    )
      continue;
    if (producesAsBefore(a, anchorStart)) continue;
    // "countermeasures against U.S. steel tariffs": an answer to another measure, which names that measure.
    if (
      a.tokens[anchorStart + length - 1]?.norm === 'against' &&
      answeredMeasureAfter(a, anchorStart + length)
    )
      continue;
    if (
      type.spec.slots.some((s) => s.kind === 'status') &&
      (staysPut(a, anchorStart, length) ||
        movesIntoState(a, anchorStart + length) ||
        workShifts(a, anchorStart) ||
        personMoves(a, anchorStart, length) ||
        MAKING_VERBS.test(a.tokens[anchorStart - 1]?.norm ?? ''))
    )
      continue;
    if (
      type.spec.slots.some((s) => s.kind === 'status') &&
      (productionEnded(a, anchorStart) ||
        producedForYears(a, anchorStart) ||
        outputChangedInPlace(a, anchorStart))
    )
      continue;
    if (madeAtOrigin(a, anchorStart, length)) continue;
    if (
      anchor.site &&
      (suppliedSite(a, anchorStart) ||
        workAtExistingSite(a, anchorStart) ||
        keptSiteBeside(a, anchorStart) ||
        siteAtStatedHome(a, anchorStart + length) ||
        siteReportsResults(a, anchorStart + length))
    )
      continue;
    if (refersToAntecedent(anchor)) {
      if (!antecedentStated(anchorStart)) continue;
    } else if (anchor.requires === 'previous_sentence' || anchor.requires === 'sentence_before') {
      // ("banned nickel ore exports in 2014 and relaxed the ban in 2017": or earlier in this one.)
      const earlierInSentence = ordered.some(
        ([start, { anchor: other }]) => start < anchorStart && !refersBack(type.anchors[other]),
      );
      if (anchor.requires === 'sentence_before' && !pronounOpensChange(a, anchorStart, anchorStart + length))
        continue;
      const stated =
        anchor.requires === 'sentence_before'
          ? discourse.statedIn(type.spec.type, a.index - 1)
            ? a.index - 1
            : null
          : discourse.statedJustBefore(type.spec.type, a.index);
      if (stated === null && !earlierInSentence) continue;
      // ("The company was added in 2021", not "A clause was added in 2024 to its contract with X": a passive
      // opening the anchor speaks of a party only after one.)
      if (PASSIVE_AUXILIARIES.test(a.tokens[anchorStart]?.norm ?? '') && !partyBefore(a, anchorStart))
        continue;
      // ("imposed visa restrictions on executives. It relaxed those restrictions": a demonstrative points to the
      // measure just named, which may be of another kind.)
      if (
        POINTING_DETERMINERS.test(a.tokens[anchorStart]?.norm ?? '') &&
        OTHER_MEASURE_QUALIFIERS.test(
          discourse.wordBeforeNoun(stated ?? a.index - 1, a.tokens[anchorStart + length - 1]?.norm ?? '') ??
            '',
        )
      )
        continue;
    } else if (anchor.requires === 'members_after') {
      if (!discourse.statedIn(type.spec.type, a.index - 1) || !nameAfter(a, anchorStart + length)) continue;
    } else if (anchor.requires === 'name') {
      if (anchor.action !== undefined && bansGoods(a, anchorStart, anchorStart + length)) continue;
      if (
        !namesSomeone(a, clause) &&
        !anaphorAfter(a, anchorStart + length) &&
        !anaphorAsPassiveSubject(a, anchorStart, clause) &&
        // "The EU sanctioned both companies": organisations named together just before.
        !(
          pluralDescriptionBefore(a, anchorStart + length + 4, clause) &&
          discourse.recentOrganisationGroup(a.index).length > 0
        ) &&
        // "imposed sanctions on three individuals. They are X, Y and Z.": the parties counted are named next, or
        // after a colon ("sanctioned three executives: X, Y and Z").
        !(countsParties(a, clause, a.tokens.length) && discourse.partiesNamedNext(a.index).length > 0) &&
        !namedAfterCountingColon(a, clause, anchorStart + length)
      )
        continue;
    } else if (anchor.requires === 'party') {
      // "The firm had been placed on the list in October": a party the article named before will do.
      const inClause = a.tokens.slice(0, anchorStart).filter((_, k) => a.clause[k] === clause);
      // ("Zhenhai Permag had been added to the list in 2023": a name no gazetteer knows will do too.)
      if (!namesSomeone(a, clause) && !holdsAnaphor(inClause)) continue;
    } else if (anchor.requires === 'goods_before') {
      if (!goodsBefore(a, anchorStart, clause)) {
        // "added dozens of entities to its export restriction list": parties put on a list, so the list's
        // own words ("export restriction") state no measure on goods either.
        for (let k = anchorStart; k < anchorStart + length; k++) covered.add(k);
        continue;
      }
    } else if (anchor.requires === 'goods_subject') {
      // ("Silver is excluded from the new rules": excluded from something the sentence names, not a measure.)
      if (
        !a.mentions.some((m) => m.kind === 'goods' && m.end === anchorStart) ||
        a.tokens[anchorStart + length]?.norm === 'from'
      )
        continue;
    } else if (anchor.requires === 'possessed_goods') {
      // Read where the anchors are gathered: without a country's goods the word is no anchor at all.
    } else if (anchor.requires === 'measure_after') {
      const after = anchorStart + length + (a.tokens[anchorStart + length]?.norm === 'the' ? 1 : 0);
      const country = a.mentions.find((m) => m.kind === 'country' && m.start === after);
      if (
        !country ||
        !a.tokens
          .slice(country.end, country.end + MEASURE_AFTER_COUNTRY_WORDS + 1)
          .some((t) => MEASURE_WORDS.test(t.norm))
      )
        continue;
    } else if (anchor.requires === 'listing_before') {
      // Read where the anchors are gathered: without a listing before it the word is no anchor at all.
    } else if (anchor.requires === 'country_after') {
      const after = anchorStart + length + (a.tokens[anchorStart + length]?.norm === 'the' ? 1 : 0);
      if (!a.mentions.some((m) => m.kind === 'country' && m.start === after)) continue;
    } else if (anchor.requires === 'goods_within') {
      if (
        !a.mentions.some((m) => m.kind === 'goods' && m.start > anchorStart && m.end < anchorStart + length)
      )
        continue;
    } else if (anchor.requires) {
      const kind = anchor.requires;
      if (!a.mentions.some((m) => m.kind === kind && a.clause[m.start] === clause)) continue;
    }
    const anchorEnd = anchorStart + length;
    for (let k = anchorStart; k < anchorEnd; k++) covered.add(k);
    // An anchor that starts inside this one is covered by it, and takes no action word from it ("ban on
    // gallium exports to the U.S. was suspended" holds "exports … was suspended").
    // An anchor word inside a name ("Office of Financial Sanctions Implementation") is no other anchor.
    // "granted Canada a reprieve from its 25% tariff": an anchor that would refer back to a measure no text
    // before states is none, and leaves its words to the measure it names.
    const others = ordered
      .filter(
        ([start, { anchor: other }]) =>
          (start < anchorStart || start >= anchorEnd) &&
          (other === type.listAnchor || !insideProperName(a, start)) &&
          !(refersToAntecedent(type.anchors[other] as CompiledAnchor) && !antecedentStated(start)),
      )
      .map(([start, { length: n }]) => ({ start, end: start + n }));
    const readings = chooseActions(a, type, anchorStart, anchorEnd, clause, anchor.action, others);
    const first = readings[0];
    // "the ban would be eased": a measure referred back to, with a verb that changes it, is not stated anew.
    const changedOnly =
      refersBack(anchor) &&
      readings.some(
        (r) =>
          r.start !== null &&
          type.spec.directions[r.action] !== type.spec.directions[type.spec.default_action],
      );
    for (const [order, action] of readings.entries()) {
      if (changedOnly && action.start === null) continue;
      // "had imposed and later paused tariffs": verbs coordinated over one object each govern it as the
      // nearest does.
      const rank = first && coordinatedVerbs(a.tokens, action, first) ? 0 : order;
      found.push({
        trigger: {
          anchorStart,
          anchorEnd,
          start: Math.min(anchorStart, action.start ?? anchorStart),
          end: Math.max(anchorEnd, action.end ?? anchorEnd),
          actionStart: action.start,
          actionEnd: action.end,
          clause,
        },
        action: action.action,
        actionExplicit: action.start !== null || anchor.action !== undefined,
        anchorWord: anchor.phrase.map((w) => w.text).join(' '),
        rank,
        anchorKey: `${type.spec.type}:${a.sentence.start}:${anchorStart}`,
        refersBack: refersBack(anchor),
        restatesParties: anchor.requires === 'members_after',
      });
    }
  }
  return found;
}

/**
 * Words that open another clause or phrase: an anchor's words on either side of one are not one anchor (a
 * comma may part a list of goods, "banned nickel, bauxite and copper exports").
 */
const CLAUSE_BREAKS = /^(?:by|after|before|against|while|when|because|amid|despite|since|until|;)$/;

/** "retaliated against the U.S. chip curbs by banning exports": "curbs … exports" is no one anchor. */
function bridgesClauses(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.slice(start + 1, end - 1).some((t) => CLAUSE_BREAKS.test(t.norm));
}

/** Modal auxiliaries: the verb after one is in its verb group ("will levy", "would double"). */
const MODAL_AUXILIARIES = /^(?:will|would|shall|should|could|can|may|might|must|'ll|’ll)$/;
/** Whether an anchor word after this word is a verb ("to levy", "will levy"). */
const opensVerb = (norm: string) => norm === 'to' || MODAL_AUXILIARIES.test(norm);
/** How many words (a rate, a determiner, an adjective) may stand between a verb and the anchor it governs. */
const OBJECT_OPENING_WORDS = 4;

/** Whether the anchor at `next` is the object of the words ending at `end`, with only its opening between. */
function objectAnchorFollows(a: SentenceAnalysis, end: number, next: number): boolean {
  if (next < end || next - end > OBJECT_OPENING_WORDS) return false;
  return a.tokens.slice(end, next).every((t) => !/^(?:[,;:.]|and|or|on|to|in|for|from|by)$/.test(t.norm));
}

/** Verbs that bring a list into being, which adds no one to it ("it created an unreliable entity list"). */
const CREATING = /^(?:creat|establish|launch)(?:e|es|ed|ing|s)?$/;
const LIST_OPENERS = /^(?:a|an|its|their|the|own|new|["“])$/;

function createdList(a: SentenceAnalysis, listStart: number): boolean {
  let k = listStart - 1;
  while (k >= 0 && LIST_OPENERS.test(a.tokens[k]?.norm ?? '')) k--;
  return CREATING.test(a.tokens[k]?.norm ?? '');
}

/** Adverbs that may stand between "and" and the second of two coordinated verbs ("and later paused"). */
const COORDINATION_ADVERBS = /^(?:later|then|subsequently|since|quickly|swiftly|briefly|temporarily)$/;

/** Whether two action words are verbs joined by "and" or "or" ("imposed and later paused"), in either order. */
function coordinatedVerbs(
  tokens: readonly Token[],
  x: { start: number | null; end: number | null },
  y: { start: number | null; end: number | null },
): boolean {
  if (x.start === null || x.end === null || y.start === null || y.end === null || x.start === y.start)
    return false;
  const [before, after] = x.start < y.start ? [x, y] : [y, x];
  const between = tokens.slice(before.end as number, after.start as number).map((t) => t.norm);
  return (
    (between[0] === 'and' || between[0] === 'or') &&
    between.slice(1).every((w) => COORDINATION_ADVERBS.test(w)) &&
    between.length <= 2
  );
}

/**
 * "added tungsten and indium to its control list": the nearest goods or organisation before the anchor, in
 * its clause, is goods ("added 28 companies, makers of dual-use items, to the list" adds companies).
 */
function goodsBefore(a: SentenceAnalysis, anchorStart: number, clause: number): boolean {
  const nearest = a.mentions
    .filter(
      (m) =>
        (m.kind === 'goods' || m.kind === 'organisation' || namesHolders(a.tokens[m.end - 1]?.norm ?? '')) &&
        m.end <= anchorStart &&
        a.clause[m.start] === clause,
    )
    .at(-1);
  if (nearest?.kind !== 'goods') return false;
  // ("would review which goods to add to its export control list": goods an indirect question asks about.)
  if ([1, 2].some((back) => /^(?:which|what)$/.test(a.tokens[nearest.start - back]?.norm ?? '')))
    return false;
  // "28 U.S. companies", "three firms": a noun of companies after the goods takes the list.
  return !a.tokens.slice(nearest.end, anchorStart).some((t) => namesHolders(t.norm));
}

/** A noun of those a list can hold: companies ("firms", "makers"), or other entities and people. */
const namesHolders = (norm: string) => isOrganisationNoun(norm) || OTHER_HOLDERS.test(norm);
const OTHER_HOLDERS = /^(?:entit(?:y|ies)|organi[sz]ations?|individuals|businesses|groups)$/;

/**
 * "the Delhi Assembly election": a capitalised word that continues a known name (a place or a
 * company) mid-sentence is part of the name, not the word it spells ("assembly"). The name must be one
 * the analysis knows: "Additional Tariffs" in a heading run into the text is capitalised English.
 */
function insideProperName(a: SentenceAnalysis, at: number): boolean {
  // "the Office of Foreign Assets Control on Tuesday": a name the gazetteer knows (an agency's, a company's)
  // holds no anchor. A name found by its shape may be a heading's capitalised words ("Steel Tariffs").
  const known = (m: Mention) => m.form === 'known' || m.form === 'agency';
  // ("the Anti-Dumping Commission said": an agency's name may open with an anchor's word.)
  if (
    a.mentions.some(
      (m) => (m.start < at || (m.start === at && m.form === 'agency')) && at < m.end && known(m),
    )
  )
    return true;
  if (at < 2 || !namesInProse(a.tokens[at] as Token, a.titleCase)) return false;
  // "worked with Energy Control on harm reduction": capitalised after another capitalised word that is no
  // country's, with running text going on in lower case (not a headline's run of capitals), the anchor's
  // word ends a name.
  const before = a.tokens[at - 1] as Token;
  const countryBefore = a.mentions.some((m) => m.end === at && m.kind === 'country' && m.form !== 'place');
  const proseAfter = /^\p{Ll}/u.test(a.tokens[at + 1]?.text ?? '');
  return (
    a.mentions.some(
      (m) => m.end === at && ((m.kind === 'country' && m.form === 'place') || m.kind === 'organisation'),
    ) ||
    (namesInProse(before, false) && !countryBefore && proseAfter)
  );
}

/** How far before the anchor a verb that spares goods from it may stand. */
const SPARED_REACH = 20;

/** "… from the reciprocal tariffs": the anchor is what something is spared from. */
function sparedFromAnchor(a: SentenceAnalysis, anchorStart: number): boolean {
  let k = anchorStart - 1;
  // "from the new tariffs", "from the 25% tariffs": modifiers and a rate between.
  while (
    k > anchorStart - 5 &&
    /^(?:[a-z][a-z-]*|\d[\d.,]*|%)$/.test(a.tokens[k]?.text ?? '') &&
    a.tokens[k]?.norm !== 'from'
  )
    k--;
  return a.tokens[k]?.norm === 'from';
}

/** Words that may stand between "to" and the site it names ("to a new facility", "to its own plant"). */
const SITE_MODIFIERS = /^(?:a|an|the|its|their|his|her|new|own|larger|bigger|dedicated)$/;

/**
 * Verbs of holding a site, or of dealing with another's, not of moving or opening one: "operates a smelter in
 * Iceland", "owns a plant in Texas", "partnering with a certified factory in India", "gaining a plant in
 * Australia" (a site bought is held, not moved to), "to supply its car factories in Georgia", "sold its
 * Arizona plant" (a site sold is left, not moved to), "for helping a Russian smelter evade curbs".
 */
const HOLDING_VERBS =
  /^(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|financ(?:e|es|ed|ing)|insur(?:e|es|ed|ing)|operat(?:e|es|ed|ing)|run|runs|running|ran|own|owns|owned|owning|has|have|had|having|manag(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|partner(?:s|ed|ing)?|sourc(?:e|es|ed|ing)|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|gain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|inherit(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|sell|sells|selling|sold|divest(?:s|ed|ing)?|keep|keeps|kept|keeping|retain(?:s|ed|ing)?|reopen(?:s|ed|ing)?|restart(?:s|ed|ing)?)$/;
/** Verbs of production in the present, and the adverbs that make them a standing state, not news. */
const PRODUCING_NOW = /^(?:makes|produces|manufactures|assembles|builds|refines|processes|mines)$/;
/** Verbs that cut back what a site does: "cut production at its Kemerton plant" is a site it holds. */
const CURTAILING_VERBS =
  /^(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|curtail(?:s|ed|ing)?|idl(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|shut|shuts|shutting|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|stop(?:s|ped|ping)?|dismantl(?:e|es|ed|ing)|demolish(?:es|ed|ing)?|mothball(?:s|ed|ing)?|decommission(?:s|ed|ing)?)$/;
const STATE_ADVERBS = /^(?:currently|still)$/;
/** Verbs of going on as before, after a site that is their subject ("would keep making", "will continue to"). */
const CONTINUING = /^(?:keep|keeps|kept|continue|continues|continued|remain|remains|remained)$/;
/** Verbs of what a working site does, said of it as their subject ("the factory exported", "the plant employs"). */
const OPERATING_SITE_VERBS =
  /^(?:export(?:s|ed)?|ran|runs|operated|operates|produc(?:e|es|ed)|ship(?:s|ped)?|make|makes|made|deliver(?:s|ed)?|employ(?:s|ed)?|accounts|accounted|suppl(?:y|ies|ied)|sold|sell|sells|churn(?:s|ed)?|generat(?:e|es|ed)|support|supports|supported|serve|serves|served)$/;
/** Verbs of a site's output going up ("its mine would boost output"). */
const OUTPUT_CHANGING_VERBS = /^(?:boost|increas|rais|ramp|lift|doubl|grow|expand)(?:s|es|e|ed|d|ing)?$/;
/** Auxiliaries between a site and its verb ("would", "has", "will also"). */
const SITE_AUXILIARIES =
  /^(?:will|would|could|may|might|has|have|had|is|was|were|are|be|been|also|temporarily)$/;
/** How far after a site its verb of going on may stand ("its fabs in Taiwan would keep"). */
const CONTINUING_REACH = 6;

/** The first word from `from` past the auxiliaries a site's verb may have ("had been idled", "would cut"). */
function verbAfterAuxiliaries(tokens: readonly Token[], from: number): number {
  let verb = from;
  while (SITE_AUXILIARIES.test(tokens[verb]?.norm ?? '') && verb - from < CONTINUING_REACH) verb++;
  return verb;
}

/** Verbs of enlarging or renewing a site (its own, when "its" or "their" names it). */
const EXPANDING_VERBS =
  /^(?:expand(?:s|ed|ing)?|add(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|enlarg(?:e|es|ed|ing)|moderni[sz](?:e|es|ed|ing)|revamp(?:s|ed|ing)?|retool(?:s|ed|ing)?|refurbish(?:es|ed|ing)?|expansion|upgrade|enlargement|moderni[sz]ation|refurbishment)$/;
/** Sites a company may hold, passed over on the way back to the verb ("mines in Australia and a smelter"). */
const HELD_SITES =
  /^(?:mines?|plants?|factor(?:y|ies)|facilit(?:y|ies)|refiner(?:y|ies)|smelters?|operations|sites?|hubs?|assets)$/;
const HOLDING_REACH = 12;
/** Words before a site that make it one the company has, or one more beside those ("existing", "second"). */
const ADDED_OR_HELD = /^(?:existing|second|third|fourth|fifth|additional)$/;
const SITE_DETERMINERS = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|new|another)$/;

/**
 * "The company currently assembles its machines in Malaysia": a verb of production in the present tense, in
 * running text (a headline's present tells news), says where a company makes things, not that it moves.
 */
function producesAsBefore(a: SentenceAnalysis, anchorStart: number): boolean {
  if (a.titleCase || a.sentence.heading === true) return false;
  const word = a.tokens[anchorStart]?.norm ?? '';
  if (PRODUCING_NOW.test(word)) return true;
  // "Foxconn and Tata Electronics assemble the phones in India": the plural's present, right after its subject
  // (a name or "they"; after "to", a modal or "and" the same word is no present).
  const subject = a.tokens[anchorStart - 1];
  return (
    PRODUCING_NOW.test(`${word}s`) &&
    subject !== undefined &&
    anchorStart > 1 &&
    (/^\p{Lu}/u.test(subject.text) || subject.norm === 'they')
  );
}

/** Verbs of work staying where it is ("production would remain in Morocco"). */
const STAYING = /^(?:remain|remains|remained|remaining|stay|stays|stayed|staying)$/;
/**
 * "said it would keep all silicon metal production in Norway", "all production would remain in Morocco": work
 * kept where it is moves nowhere.
 */
function staysPut(a: SentenceAnalysis, anchorStart: number, length: number): boolean {
  const clause = a.clause[anchorStart];
  const from = Math.max(0, anchorStart - KEEPING_REACH);
  const kept = a.tokens
    .slice(from, anchorStart)
    .some((t, k) => KEEPING.test(t.norm) && a.clause[from + k] === clause);
  if (kept) return true;
  const after = verbAfterAuxiliaries(a.tokens, anchorStart + length);
  return a.clause[after] === clause && STAYING.test(a.tokens[after]?.norm ?? '');
}

/**
 * Nouns of a state or way of working a company's work moves into, not a place ("a new phase", "three shifts"),
 * among them the ways a mine is worked ("moved from open-pit to underground mining").
 */
const WORKING_STATES =
  /^(?:phase|phases|stage|stages|shift|shifts|gear|footing|level|mode|schedule|model|basis|format|cycle|underground|open-pit|opencast|open-cast|open-cut|caving)$/;
/** Words that may open the noun phrase of such a state ("a new", "three", "full"). */
const STATE_OPENERS = /^(?:a|an|the|its|new|next|higher|full|two|three|four|\d+|round-the-clock)$/;

/**
 * "operations will move into a new phase", "the plant will move to three shifts", "has moved from open-pit to
 * underground mining": a change of state, no move.
 */
function movesIntoState(a: SentenceAnalysis, end: number): boolean {
  let k = end;
  if (a.tokens[k]?.norm === 'from') {
    const to = a.tokens.findIndex((t, at) => at > end && at <= end + 4 && t.norm === 'to');
    if (to < 0) return false;
    k = to;
  }
  if (!/^(?:to|into|up|onto)$/.test(a.tokens[k]?.norm ?? '')) return false;
  k++;
  while (k < a.tokens.length && k - end <= 4 && STATE_OPENERS.test(a.tokens[k]?.norm ?? '')) k++;
  return WORKING_STATES.test(a.tokens[k]?.norm ?? '');
}

/**
 * Verbs whose object a complement then describes ("making assembly in China impractical", "made production in Mexico
 * cheaper"): the work they take is judged, not moved.
 */
const MAKING_VERBS = /^(?:making|make|makes|made|rendering|render|renders|rendered)$/;

/** How far back a person's pronoun may be the subject of a move with no object ("after he resigned … and moved to"). */
const PERSON_SUBJECT_REACH = 8;

/**
 * "resigned", "retired from the board", "stepped down", "quit as chairman": a person leaving a post ("retired its
 * foundry", "stepped up investment" and "quit Russia" are a company's steps).
 */
function leftPost(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? '';
  const next = tokens[k + 1]?.norm ?? '';
  if (word === 'resigned' || word === 'emigrated') return true;
  if (word === 'retired') return !/^(?:its|the|a|an|their|some|two|three|older|old)$/.test(next);
  if (word === 'stepped') return next === 'down';
  if (word === 'quit') return /^(?:as|his|her|the)$/.test(next) && tokens[k + 2]?.norm !== 'market';
  return false;
}

/**
 * "after he resigned from the company and moved to Israel": a move with no object ("moved to", "moved back") whose
 * subject is a person's pronoun is the person's own, not the company's ("he would move production to Mexico" is).
 */
function personMoves(a: SentenceAnalysis, anchorStart: number, length: number): boolean {
  if (length !== 1 || !/^(?:to|back|abroad|home|overseas)$/.test(a.tokens[anchorStart + 1]?.norm ?? ''))
    return false;
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - PERSON_SUBJECT_REACH); k--) {
    const word = a.tokens[k]?.norm ?? '';
    // ("Arkady Melnis resigned from the company in 2022 and moved to Cyprus": someone who left a post.)
    if (/^(?:he|she)$/.test(word) || leftPost(a.tokens, k)) return true;
    if (
      /^(?:it|they|we|[,;:])$/.test(word) ||
      a.mentions.some((m) => m.kind === 'organisation' && m.end === k + 1)
    )
      return false;
  }
  return false;
}

/** How far after "against" the word of a measure another answers may stand ("against U.S. steel tariffs"). */
const ANSWERED_MEASURE_WORDS = 4;

/** Whether a measure's word follows, in the clause, within a few words of `from` ("against U.S. steel tariffs"). */
function answeredMeasureAfter(a: SentenceAnalysis, from: number): boolean {
  return a.tokens
    .slice(from, from + ANSWERED_MEASURE_WORDS)
    .some((t, k) => a.clause[from + k] === a.clause[from - 1] && MEASURE_NOUNS.test(t.norm));
}

/** "both metals", "these minerals", "the three elements": a class of goods named by a word that refers back. */
function refersBackToGoods(a: SentenceAnalysis, goods: Mention): boolean {
  if (goods.end - goods.start !== 1 || !GOODS_CLASS_NOUNS.test(a.tokens[goods.start]?.norm ?? ''))
    return false;
  const before = a.tokens[goods.start - 1]?.norm ?? '';
  if (/^(?:both|these|those)$/.test(before)) return true;
  return /^(?:two|three|four|five|six|seven)$/.test(before) && a.tokens[goods.start - 2]?.norm === 'the';
}

/** Words that count or qualify work shifts ("three shifts", "a night shift", "extra shifts"). */
const SHIFT_COUNTS =
  /^(?:one|two|three|four|\d+|second|third|fourth|night|day|extra|additional|double|overtime|weekend|morning|evening)$/;

/** "will move to three shifts", "added a night shift": shifts of work, not a shift of work elsewhere. */
function workShifts(a: SentenceAnalysis, anchorStart: number): boolean {
  return (
    /^shifts?$/.test(a.tokens[anchorStart]?.norm ?? '') &&
    SHIFT_COUNTS.test(a.tokens[anchorStart - 1]?.norm ?? '')
  );
}

/**
 * "while exempting refined cathode": goods spared outright, not parties spared from other rules ("exempting smelters
 * from new licensing rules"), a first quantity ("the first 2.7 million tonnes") or goods in transit.
 */
function exemptsGoodsOutright(a: SentenceAnalysis, from: number): boolean {
  const object = from + (/^(?:the|all|its|their)$/.test(a.tokens[from]?.norm ?? '') ? 1 : 0);
  // ("while exempting smelters operating in the country", "companies that invest": parties, not goods.)
  const goodsObject =
    a.mentions.some((m) => m.kind === 'goods' && m.start >= object && m.start <= object + 1) ||
    /^(?:imports|goods|products|shipments)$/.test(a.tokens[object]?.norm ?? '');
  if (!goodsObject) return false;
  // ("exempting imports from Canada and Mexico": a country after "from" is where the goods come from.)
  const country = (k: number) => a.mentions.some((m) => m.kind === 'country' && m.start === k);
  return !a.tokens
    .slice(from)
    .some(
      (t, k) =>
        a.clause[from + k] === a.clause[from] &&
        (/^(?:transit|already)$/.test(t.norm) || (t.norm === 'from' && !country(from + k + 1))),
    );
}

/** "would keep its tariffs until … were removed": a clause of "until" after a future, which it waits for. */
const AWAITED_AFTER_FUTURE = /\b(?:will|would|shall)\b[^;:]*\b(?:until|till)\b(?:(?!\band\b)[^,;:])*$/i;

/** Verbs of supplying or shipping goods, whose "to" names where the goods go. */
const SUPPLYING =
  /^(?:suppl(?:y|ies|ied|ying)|sell|sells|sold|selling|deliver(?:s|ed|ing)?|ship|ships|shipped|shipping|truck(?:s|ed|ing)?|rail(?:s|ed|ing)?|haul(?:s|ed|ing)?|transport(?:s|ed|ing)?)$/;
/**
 * How many words a site's noun phrase and the goods supplied may take between the verb and the site ("shipped its
 * first concentrate from its Stibnite Ridge mine in Idaho to a smelter in Montana").
 */
const SUPPLIED_SITE_REACH = 14;

/**
 * "signed a deal to supply nickel to Corvane Batteries' plant in Hungary", "shipped concentrate to a smelter in
 * Japan": a site goods go to is the buyer's.
 */
function suppliedSite(a: SentenceAnalysis, anchorStart: number): boolean {
  let to = anchorStart - 1;
  while (to > 0 && anchorStart - to <= 5 && a.tokens[to]?.norm !== 'to') to--;
  if (a.tokens[to]?.norm !== 'to') return false;
  // "ships all its ore to a new smelter it built in Sulawesi", "to its own refinery": a site of its own.
  if (a.tokens.slice(to + 1, anchorStart).some((t) => /^(?:its|their|own)$/.test(t.norm))) return false;
  if (/^(?:it|they)$/.test(a.tokens[anchorStart + 1]?.norm ?? '')) return false;
  const from = Math.max(0, to - SUPPLIED_SITE_REACH);
  return a.tokens
    .slice(from, to)
    .some((t, k) => SUPPLYING.test(t.norm) && a.clause[from + k] === a.clause[to]);
}

/** Verbs that start production somewhere ("began assembling rigs at its Texas plant"). */
const STARTING =
  /^(?:begin|begins|began|begun|beginning|start|starts|started|starting|commenc(?:e|es|ed|ing))$/;

/**
 * "would hire 500 workers at its Ohio plant", "ships its hydroxide from its refinery in Australia": work at or
 * from a site the company has ("at its", "from the"), not new and not started there, is done where it already is.
 */
function workAtExistingSite(a: SentenceAnalysis, anchorStart: number): boolean {
  const preposition = /^(?:at|from)$/;
  let at = anchorStart - 1;
  while (at > 0 && anchorStart - at <= 3 && !preposition.test(a.tokens[at]?.norm ?? '')) at--;
  if (
    !preposition.test(a.tokens[at]?.norm ?? '') ||
    !/^(?:its|their|the)$/.test(a.tokens[at + 1]?.norm ?? '')
  )
    return false;
  const phrase = a.tokens.slice(at + 1, anchorStart);
  if (phrase.some((t) => /^(?:new|newly|planned|future|first)$/.test(t.norm))) return false;
  return !a.tokens.slice(Math.max(0, at - 6), at).some((t) => STARTING.test(t.norm));
}

/** Verbs of having something, whose object is held, not done ("has operations in China"). */
const POSSESSING = /^(?:has|have|had|having|own|owns|owned|operat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?)$/;

/** "Bangladesh's rate was set at 35%": a country owns the rate noun, and a rate follows it in its clause. */
function countrysRate(a: SentenceAnalysis, anchorStart: number): boolean {
  const clause = a.clause[anchorStart];
  return (
    a.mentions.some(
      (m) => m.kind === 'country' && m.end === anchorStart - 1 && a.tokens[m.end]?.norm === "'s",
    ) && a.mentions.some((m) => m.kind === 'rate' && m.start > anchorStart && a.clause[m.start] === clause)
  );
}

/**
 * "Indonesia's nickel ore ban", "China's graphite ban": a country's own measure on its goods, the goods named by
 * no other country's word ("the EU's Russian steel ban" keeps a country of origin in the goods).
 */
function countrysGoodsBefore(a: SentenceAnalysis, anchorStart: number): boolean {
  const goods = a.mentions.find((m) => m.kind === 'goods' && m.end === anchorStart);
  if (!goods) return false;
  // "China's chip ban, imposed by Washington", "the Philippines' ore ban, proposed by senators": who set it
  // or proposed it follows, and the country is not its author.
  if (
    a.tokens[anchorStart + 1]?.norm === ',' &&
    /ed$/.test(a.tokens[anchorStart + 2]?.norm ?? '') &&
    a.tokens[anchorStart + 3]?.norm === 'by'
  )
    return false;
  return a.mentions.some(
    (m) =>
      m.kind === 'country' &&
      m.form !== 'demonym' &&
      m.end === goods.start - 1 &&
      /^['’]s?$/.test(a.tokens[m.end]?.norm ?? ''),
  );
}

/**
 * "MicroBT has a manufacturing pipeline in the country": an anchor that a verb of having takes as its object,
 * after a determiner (so a noun, not the participle of "has moved"), names what a company holds, not a move.
 */
function possessedNoun(tokens: readonly Token[], anchorStart: number): boolean {
  return (
    SITE_DETERMINERS.test(tokens[anchorStart - 1]?.norm ?? '') &&
    POSSESSING.test(tokens[anchorStart - 2]?.norm ?? '')
  );
}

/**
 * "halted one assembly line in Germany", "closed its battery assembly": an anchor noun that a verb of cutting back
 * takes, only the words of its noun phrase between, is work the company has, not a move.
 */
function curtailedNoun(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - NOUN_PHRASE_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    if (CURTAILING_VERBS.test(word)) return true;
    // Only the noun phrase's own words, in lower case, may stand between ("one", "its", "battery").
    if (
      !/^[a-z-]+$/.test(word) ||
      isVerbWord(word) ||
      isPastForm(word) ||
      PREPOSITIONS.has(word) ||
      word === 'and'
    )
      return false;
  }
  return false;
}

/** How many words before the anchor the noun phrase that holds it may open ("its existing battery-pack assembly"). */
const NOUN_PHRASE_REACH = 4;

/**
 * "expand its existing battery-pack assembly line": an anchor noun in a phrase that names what the company has
 * ("existing") or adds beside it ("a second") is no move. Read for types with a status only ("an additional 10%
 * tariff" is a measure all the same).
 */
function heldOrAddedNoun(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - NOUN_PHRASE_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    if (ADDED_OR_HELD.test(word)) return true;
    if (SITE_DETERMINERS.test(word)) return false;
  }
  return false;
}

/** Verbs of paying for or backing an activity ("helped fund Russian defence production"). */
const FUNDING_VERBS =
  /^(?:fund|funds|funded|funding|finance|finances|financed|financing|bankroll|bankrolls|bankrolled|subsidi[sz]e|subsidi[sz]es|subsidi[sz]ed|support|supports|supported|supporting)$/;

/** "helped fund Russian defence production": an activity that the verb before its phrase pays for or backs. */
function fundedActivity(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - NOUN_PHRASE_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    if (FUNDING_VERBS.test(word)) return true;
    if (SITE_DETERMINERS.test(word) || PREPOSITIONS.has(word) || word === ',') return false;
  }
  return false;
}

/** Verbs of something affecting a site ("hurt its US plant", "made its plant uncompetitive"). */
const AFFECTING_VERBS =
  /^(?:hurt|hurts|hurting|hit|hits|hitting|affect|affects|affected|affecting|damag(?:e|es|ed|ing)|made|make|makes|making|render(?:s|ed)?|threaten(?:s|ed|ing)?|squeez(?:e|es|ed|ing)|idl(?:e|es|ed|ing))$/;

/** How many words before a site its possessive and their qualifiers may stand ("its first US plant"). */
const OWN_SITE_WORDS = 3;

/**
 * "US duties made its Chinese plant uncompetitive", "tariffs hurt its US plant": a site of its own that something
 * affects is one the company has (not a new, first or planned one).
 */
function affectedOwnSite(tokens: readonly Token[], anchorStart: number): boolean {
  const from = Math.max(0, anchorStart - OWN_SITE_WORDS);
  const phrase = tokens.slice(from, anchorStart);
  const determiner = phrase.findIndex((t) => /^(?:its|their)$/.test(t.norm));
  if (determiner < 0 || phrase.some((t) => /^(?:new|first|planned)$/.test(t.norm))) return false;
  return AFFECTING_VERBS.test(tokens[from + determiner - 1]?.norm ?? '');
}

/**
 * "Rio Tinto operates iron ore mines in Western Australia and an aluminium smelter in Iceland": a site whose
 * verb, the first one back from it, only holds it, is where the company is, not where it moves.
 */
function heldSite(a: SentenceAnalysis, anchorStart: number): boolean {
  const clause = a.clause[anchorStart];
  // "its fabs in Taiwan would keep making its most advanced chips": a site that goes on doing what it does.
  if (
    a.tokens
      .slice(anchorStart + 1, anchorStart + 1 + CONTINUING_REACH)
      .some((t, k) => CONTINUING.test(t.norm) && a.clause[anchorStart + 1 + k] === clause)
  )
    return true;
  // "Tesla's Shanghai factory exported 20,000 vehicles": a site that is the subject of its output.
  if (OPERATING_SITE_VERBS.test(a.tokens[anchorStart + 1]?.norm ?? '')) return true;
  // "its Belgian smelter would cut output", "the mine has halted work": a site that cuts back is one the
  // company has, not one it moves to.
  const verb = verbAfterAuxiliaries(a.tokens, anchorStart + 1);
  if (a.clause[verb] === clause && CURTAILING_VERBS.test(a.tokens[verb]?.norm ?? '')) return true;
  // "its Peruvian mine would boost output": a site of its own whose output changes.
  const possessed = a.tokens
    .slice(Math.max(0, anchorStart - 2), anchorStart)
    .some((t) => POSSESSIVE_DETERMINERS.test(t.norm));
  if (possessed && a.clause[verb] === clause && OUTPUT_CHANGING_VERBS.test(a.tokens[verb]?.norm ?? ''))
    return true;
  if (affectedOwnSite(a.tokens, anchorStart)) return true;
  // "served from Zhelan's factory in Changsha": a site that goods come from is one the company has.
  if (governedByFrom(a.tokens, anchorStart)) return true;
  // "invest $200 million in its Kitwe smelter": a site of its own that money goes into; "a subsidy for Ardent
  // Magnets' plant in Estonia": one that money is given for.
  if (ownSiteInPhrase(a.tokens, anchorStart) || fundedSite(a.tokens, anchorStart)) return true;
  // "Deliveries to Norvik's plants in Sweden", "shipped to its factory in Skelleftea": a site goods go to.
  if (deliveredToSite(a.tokens, anchorStart)) return true;
  // "Dalby Cathode's plant in Poland supplied 20% of its revenue": a site, placed, that is the subject of its output.
  const placed = a.tokens[anchorStart + 1]?.norm === 'in' ? placeEnd(a, anchorStart + 2) : null;
  if (placed !== null && OPERATING_SITE_VERBS.test(a.tokens[placed]?.norm ?? '')) return true;
  // "its cathode plant in Peru had been idled", "… was sold last year": a site, placed, cut back or changing hands.
  if (placed !== null) {
    const placedVerb = verbAfterAuxiliaries(a.tokens, placed);
    const word = a.tokens[placedVerb]?.norm ?? '';
    if (a.clause[placedVerb] === clause && (CURTAILING_VERBS.test(word) || CHANGING_HANDS.test(word)))
      return true;
  }
  if (placedAtHeldSite(a, anchorStart)) return true;
  // "evaluating options for its Chinese plant": a site of its own named by its country is one it has.
  const demonym = a.mentions.find(
    (m) => m.kind === 'country' && m.form === 'demonym' && m.end === anchorStart,
  );
  if (
    demonym &&
    POSSESSIVE_DETERMINERS.test(a.tokens[demonym.start - 1]?.norm ?? '') &&
    SITE_TOPIC_PREPOSITIONS.test(a.tokens[demonym.start - 2]?.norm ?? '')
  )
    return true;

  // "Its Ohio plant is unaffected": a site of its own, named by its place, that opens its clause is one it has.
  if (siteOfItsOwnOpening(a, anchorStart)) return true;
  if (servedByHoldingVerb(a, anchorStart, clause)) return true;
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - HOLDING_REACH); k--) {
    if (a.clause[k] !== clause) return false;
    const word = (a.tokens[k] as Token).norm;
    if (HOLDING_VERBS.test(word) || CURTAILING_VERBS.test(word)) return true;
    // "completed its takeover of a German zinc plant": a site whose changing hands is named by a noun.
    if (CHANGING_HANDS_NOUNS.test(word)) return true;
    // "its existing assembly line", "a second factory in Hefei": a site it has, or one more beside it.
    if (ADDED_OR_HELD.test(word)) return true;
    // "expand its Grasberg smelter", "expanding the Suzhou plant", "the expansion of Corvane's separation
    // facility": a site of its own that it enlarges.
    // (The noun only where nothing moves: "the expansion of X's plant follows its move of production from Ohio".)
    const expansionNoun = /(?:ion|ment|upgrade)$/.test(word);
    // ("would expand a mill in Wales": one that a verb of enlarging takes is there already; one "added" is new.)
    // ("… to serve U.S. carmakers instead of shipping cells from Korea": not where the site replaces imports.)
    const enlargesOne =
      !/^add/.test(word) &&
      !a.tokens.some((t) => /^(?:instead|rather|replac\w*)$/.test(t.norm)) &&
      a.tokens.slice(k + 1, anchorStart).some((t) => /^(?:a|an)$/.test(t.norm)) &&
      !a.tokens.slice(k + 1, anchorStart).some((t) => /^(?:new|second|another)$/.test(t.norm));
    if (
      EXPANDING_VERBS.test(word) &&
      (enlargesOne ||
        a.tokens.slice(k + 1, anchorStart).some((t) => /^(?:its|their|the|['’]s?)$/.test(t.norm))) &&
      !(expansionNoun && a.tokens.some((t) => MOVING_ANCHOR.test(t.norm)))
    )
      return true;
    // "currently makes cells … at a plant in Germany": production that already goes on there.
    if (PRODUCING_NOW.test(word) && STATE_ADVERBS.test(a.tokens[k - 1]?.norm ?? '')) return true;
    if (HELD_SITES.test(word)) continue;
    // "a certified garment factory", "its cracking and leaching plant": a participle after a determiner, or
    // coordinated with one, describes the site.
    // ("closed its plant in China and opened a refinery in Morocco": not a verb whose object a determiner opens.)
    if (
      /(?:ed|ing)$/.test(word) &&
      /^(?:and|or|,)$|^(?:a|an|the|its|their|his|her|our|this|that|these|those|new|another)$/.test(
        a.tokens[k - 1]?.norm ?? '',
      ) &&
      !SITE_DETERMINERS.test(a.tokens[k + 1]?.norm ?? '')
    )
      continue;
    // ("bought an aluminium rolling mill": a gerund right before the site's noun names its kind.)
    if (k === anchorStart - 1 && /ing$/.test(word)) continue;
    if (isPastForm(word) || /ing$/.test(word) || isVerbWord(word) || word === 'to') return false;
  }
  return false;
}

/** Verbs of staffing a site ("hired ten engineers for its plant"). */
const STAFFING_VERBS = /^(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|staff(?:s|ed|ing)?)$/;
/** How many words the object of a verb of dealing with a site may take before "for its plant". */
const SERVED_SITE_OBJECT_WORDS = 5;

/**
 * "hired ten engineers for its plant in Poland", "sold more ore to its smelter in Chile": a site of its own that a
 * verb of holding or dealing with it, past its object, serves.
 */
function servedByHoldingVerb(a: SentenceAnalysis, anchorStart: number, clause: number | undefined): boolean {
  // ("is hiring for its new plant in Mexico, to which it is relocating production": not where a move is told.)
  if (a.tokens.some((t) => MOVING_ANCHOR.test(t.norm))) return false;
  const possessive = determinerBefore(a.tokens, anchorStart, POSSESSIVE_DETERMINERS);
  if (possessive < 0) return false;
  if (!/^(?:for|at|to)$/.test(a.tokens[possessive - 1]?.norm ?? '')) return false;
  const from = Math.max(0, possessive - 1 - SERVED_SITE_OBJECT_WORDS);
  return a.tokens
    .slice(from, possessive - 1)
    .some(
      (t, k) => (HOLDING_VERBS.test(t.norm) || STAFFING_VERBS.test(t.norm)) && a.clause[from + k] === clause,
    );
}

/**
 * "Its Ohio plant is unaffected", "Their Texas smelter remains open", "Norvik said the Finnish plant was old": the site
 * opens its clause, or the one a report gives, and what it is, or goes on doing, is said of it.
 */
function siteOfItsOwnOpening(a: SentenceAnalysis, anchorStart: number): boolean {
  const place = a.mentions.find((m) => m.kind === 'country' && m.end === anchorStart);
  const determiner = a.tokens[(place?.start ?? 0) - 1]?.norm ?? '';
  if (!place || !/^(?:its|their|the)$/.test(determiner)) return false;
  const opening = place.start - 1;
  const before = a.tokens[opening - 1]?.norm ?? '';
  const reported = REPORTING_VERBS.has(before) || before === 'that';
  // ("Its Texas factory opened in March": a site that opens is news; only one that is, or stays, is held.)
  if (
    !(opening === 0 || /^(?:,|;|and|but)$/.test(before) || reported) ||
    !/^(?:is|are|was|were|remains|remained|stays|stayed)$/.test(a.tokens[anchorStart + 1]?.norm ?? '')
  )
    return false;
  // ("The Finnish plant was opened in 2023", "… is expected to start", "… is being built": one made, or to come,
  // is news.)
  // ("said the Texas plant was complete and would begin processing ore, shifting processing away from China", "… was
  // its new production base after it moved manufacturing": nor one said to be new, or where a move is told.)
  const next = a.tokens[anchorStart + 2]?.norm ?? '';
  const news =
    isPastForm(next) ||
    SITE_TO_COME.test(next) ||
    (/ing$/.test(next) && !RUNNING_SITE.test(next)) ||
    a.tokens.slice(anchorStart + 2, anchorStart + 5).some((t) => MADE_SITE_WORDS.test(t.norm)) ||
    a.tokens.some((t) => MOVING_ANCHOR.test(t.norm));
  return (determiner !== 'the' && !reported) || !news;
}

/** Words that say a site is newly made or working ("was complete", "is now operational", "its new base"). */
const MADE_SITE_WORDS = /^(?:new|first|complete|completed|finished|ready|operational|online|open)$/;

/** Words after a site's copula that say it is still to come ("is expected to open", "is due to start"). */
const SITE_TO_COME =
  /^(?:expected|due|set|slated|scheduled|likely|to|about|poised|on|nearly|almost|now|new)$/;
/** What a site that is running is said to be doing ("was running at full capacity"). */
const RUNNING_SITE = /^(?:running|operating|producing|working)$/;

/** Verbs that end production where it is ("will end production in Jackson", "ceased smelting at"). */
const ENDING_PRODUCTION =
  /^(?:end|ends|ended|ending|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|discontinu(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|shut|shuts|shutting)$/;

/** Verbs that change how much a site makes, where it is ("increased production", "resumed output"). */
const OUTPUT_CHANGING =
  /^(?:increase|increases|increased|increasing|raise|raises|raised|raising|boost|boosts|boosted|boosting|lift|lifts|lifted|lifting|resume|resumes|resumed|resuming|restart|restarts|restarted|restarting|double|doubles|doubled|doubling)$/;
/** Verbs of a level that output reaches ("production at its smelter rose 20%"). */
const OUTPUT_LEVEL_VERBS =
  /^(?:rose|fell|increased|decreased|jumped|dropped|climbed|declined|slipped|grew|slowed|doubled|tripled|reached|totalled|totaled|surged|plunged|slumped|soared|edged|dipped)$/;
/** How far after the anchor the verb of its level may stand ("production at its smelter in Sulawesi, Indonesia, rose"). */
const OUTPUT_LEVEL_REACH = 10;

/**
 * "increased production at its Sudbury operations", "production at its smelter in Sulawesi, Indonesia, rose 20%",
 * "marked the tenth anniversary of its plant near Wroclaw": how much a site makes, or how long it has, says
 * nothing of a move, unless the sentence moves something too ("resumed production in Vietnam after moving it
 * from China").
 */
function outputChangedInPlace(a: SentenceAnalysis, anchorStart: number): boolean {
  if (a.tokens.some((t) => MOVING_ANCHOR.test(t.norm))) return false;
  let verb = anchorStart - 1;
  while (verb > 0 && anchorStart - verb <= 2 && /^(?:its|their|the|all)$/.test(a.tokens[verb]?.norm ?? ''))
    verb--;
  if (OUTPUT_CHANGING.test(a.tokens[verb]?.norm ?? '')) return true;
  if (
    a.tokens
      .slice(Math.max(0, anchorStart - 4), anchorStart)
      .some((t, k, lead) => t.norm === 'anniversary' && lead[k + 1]?.norm === 'of')
  )
    return true;
  if (!/^(?:production|output|manufacturing)$/.test(a.tokens[anchorStart]?.norm ?? '')) return false;
  for (let k = anchorStart + 1; k <= anchorStart + OUTPUT_LEVEL_REACH && k < a.tokens.length; k++) {
    const norm = a.tokens[k]?.norm ?? '';
    if (OUTPUT_LEVEL_VERBS.test(norm)) return true;
    if (/^(?:will|would|has|have|had|is|are|was|were|and|but)$/.test(norm)) return false;
  }
  return false;
}

/** Verbs of what a site's results did ("contributed much of the increase", "accounted for a third of sales"). */
const SITE_RESULT_VERBS =
  /^(?:contributed|contributes|accounted|accounts|posted|posts|generated|generates|booked|recorded|earned|weighed|drove)$/;

/**
 * "Lindqvist Nickel's plant in Sulawesi contributed much of the increase": a site whose results the sentence
 * reports is where it already is, unless the sentence moves something.
 */
function siteReportsResults(a: SentenceAnalysis, anchorEnd: number): boolean {
  // ("Its new Indian factory, replacing Chinese output, recorded its first sales", "formerly in Vietnam".)
  if (
    a.tokens.some(
      (t) => MOVING_ANCHOR.test(t.norm) || RETURNING.test(t.norm) || /^(?:new|first)$/.test(t.norm),
    )
  )
    return false;
  for (let k = anchorEnd; k <= anchorEnd + OUTPUT_LEVEL_REACH && k < a.tokens.length; k++) {
    const norm = a.tokens[k]?.norm ?? '';
    if (SITE_RESULT_VERBS.test(norm) || OUTPUT_LEVEL_VERBS.test(norm)) return true;
    if (/^(?:will|would|has|have|had|is|are|was|were|and|but|that|which|who|to)$/.test(norm)) return false;
  }
  return false;
}

/** "will end production in Jackson, Tennessee, and relocate it": where production ends is left, not reached. */
function productionEnded(a: SentenceAnalysis, anchorStart: number): boolean {
  const t = a.tokens;
  let verb = anchorStart - 1;
  // "its module plant": one word that names the kind of site may stand after the determiner.
  if (/^[a-z][a-z-]*$/.test(t[verb]?.text ?? '') && /^(?:its|their|the)$/.test(t[verb - 1]?.norm ?? ''))
    verb--;
  while (verb > 0 && anchorStart - verb <= 3 && /^(?:its|their|the|all|local)$/.test(t[verb]?.norm ?? ''))
    verb--;
  // "will wind down its plant", "is phasing out production".
  if (WINDING_PARTICLE.test(t[verb]?.norm ?? '') && WINDING.test(t[verb - 1]?.norm ?? '')) verb--;
  else if (!ENDING_PRODUCTION.test(t[verb]?.norm ?? '')) return false;
  return a.clause[verb] === a.clause[anchorStart];
}

/** Verbs of ending production step by step, with their particle ("wind down", "phase out"). */
const WINDING = /^(?:wind|winds|wound|winding|phase|phases|phased|phasing)$/;
const WINDING_PARTICLE = /^(?:down|out)$/;

/** Words of a span of years after "for" ("for three decades", "for more than 20 years"). */
const YEARS = /^(?:years|decades)$/;
/** How many words may count the years after "for" ("more than 20"). */
const YEARS_COUNT_WORDS = 3;

/** Participles of production ("has built", "has made", "has run"). */
const PRODUCED =
  /^(?:built|made|produced|manufactured|assembled|operated|run|mined|smelted|refined|processed|fabricated)$/;

/** "has built brake assemblies in Windsor for three decades": a perfect of production over years is no news. */
function producedForYears(a: SentenceAnalysis, anchorStart: number): boolean {
  const clause = a.clause[anchorStart];
  const perfect = a.tokens
    .slice(Math.max(0, anchorStart - 3), anchorStart)
    .some((t, k, run) => /^(?:has|have|had)$/.test(t.norm) && PRODUCED.test(run[k + 1]?.norm ?? ''));
  if (!perfect) return false;
  for (let k = anchorStart + 1; k < a.tokens.length && a.clause[k] === clause; k++) {
    if (a.tokens[k]?.norm !== 'for') continue;
    const span = a.tokens.slice(k + 1, k + 2 + YEARS_COUNT_WORDS);
    if (span.some((t) => YEARS.test(t.norm))) return true;
  }
  return false;
}

/** Verbs of keeping a site going, and how far before the site they may stand ("has kept its Dongguan plant"). */
const KEEPING = /^(?:keep|keeps|kept|keeping|retain|retains|retained|retaining)$/;
const KEEPING_REACH = 4;

/**
 * "opened a factory in Penang but has kept its Dongguan plant running": a new site beside one the sentence says
 * the company keeps adds to its production, and moves none.
 */
function keptSiteBeside(a: SentenceAnalysis, anchorStart: number): boolean {
  return a.tokens.some(
    (t, k) =>
      k !== anchorStart &&
      HELD_SITES.test(t.norm) &&
      a.tokens.slice(Math.max(0, k - KEEPING_REACH), k).some((w) => KEEPING.test(w.norm)),
  );
}

/** Prepositions before a site of a company's own that work or money goes into ("in its smelter", "at their plant"). */
const INTO_SITE = /^(?:in|into|at)$/;

/** "add two production lines at its existing plant": what is placed at a site the company has moves nowhere. */
function placedAtHeldSite(a: SentenceAnalysis, anchorStart: number): boolean {
  const clause = a.clause[anchorStart];
  for (let k = anchorStart + 1; k <= anchorStart + NOUN_PHRASE_REACH && a.clause[k] === clause; k++)
    if (
      INTO_SITE.test(a.tokens[k]?.norm ?? '') &&
      /^(?:its|their)$/.test(a.tokens[k + 1]?.norm ?? '') &&
      /^(?:existing|current)$/.test(a.tokens[k + 2]?.norm ?? '')
    )
      return true;
  return false;
}

/**
 * "Nanjing-based Qilin Cathode will open a new cathode plant in Anhui", "Wexford Magnet, based in Texas, will open a
 * plant in Texas": a new site in the country the sentence says the company is based in moves nothing abroad.
 */
function siteAtStatedHome(a: SentenceAnalysis, siteEnd: number): boolean {
  const k = a.tokens[siteEnd]?.norm === 'in' ? siteEnd + 1 : -1;
  const place = a.mentions.find(
    (m) => m.kind === 'country' && m.start === k && (m.form === 'place' || m.form === 'name'),
  );
  if (!place) return false;
  const company = a.mentions.find((m) => m.kind === 'organisation' && m.end <= siteEnd);
  if (!company) return false;
  const hyphenBased = /-based$/i.test(a.tokens[company.start - 1]?.text ?? '') ? company.country : null;
  const basedIn =
    a.tokens[company.end]?.norm === ',' &&
    a.tokens[company.end + 1]?.norm === 'based' &&
    a.tokens[company.end + 2]?.norm === 'in'
      ? a.mentions.find((m) => m.kind === 'country' && m.start === company.end + 3)?.value
      : null;
  const home = hyphenBased ?? basedIn ?? null;
  return home !== null && home === place.value;
}

/** Words of sending goods somewhere ("deliveries to", "shipped to", "supplies to"). */
const DELIVERING =
  /^(?:deliver(?:y|ies|s|ed|ing)?|ship(?:s|ped|ping|ments?)?|suppl(?:y|ies|ied|ying)|sent|send(?:s|ing)?|export(?:s|ed|ing)?)$/;

/** How many words the goods sent may take between the verb of sending and its "to" ("ships all its ore to"). */
const SENT_GOODS_WORDS = 5;

/**
 * Whether the site's noun phrase opens with "to" after a word of sending goods ("shipped to Norvik's factory",
 * "ships all its ore to refineries in China").
 */
function deliveredToSite(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - NOUN_PHRASE_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    // ("ships all its ore to a new smelter it built in Sulawesi": a new site is the news.)
    if (/^(?:new|newly)$/.test(word)) return false;
    if (word === 'to') {
      for (let v = k - 1; v >= Math.max(0, k - 1 - SENT_GOODS_WORDS); v--) {
        const before = tokens[v]?.norm ?? '';
        if (DELIVERING.test(before)) return true;
        if (before === ',' || before === 'and' || (PREPOSITIONS.has(before) && before !== 'of')) return false;
      }
      return false;
    }
    if (word === ',' || (PREPOSITIONS.has(word) && word !== 'of')) return false;
  }
  return false;
}

/** Where the place that opens at token `start` ends ("Poland", "Skelleftea, Sweden"), or null. */
function placeEnd(a: SentenceAnalysis, start: number): number | null {
  const place = a.mentions.find((m) => m.kind === 'country' && m.start === start);
  if (!place) return null;
  const country =
    a.tokens[place.end]?.norm === ','
      ? a.mentions.find((m) => m.kind === 'country' && m.start === place.end + 1)
      : undefined;
  return country ? country.end + (a.tokens[country.end]?.norm === ',' ? 1 : 0) : place.end;
}

/** Verbs of putting money into something ("invest $200 million in", "pour funds into"). */
const INVESTING =
  /^(?:invest|invests|invested|investing|spend|spends|spent|spending|pour|pours|poured|pouring|inject|injects|injected|injecting)$/;
/** How far back from the site's preposition the verb of investing may stand ("invest $200 million in"). */
const INVESTING_REACH = 6;

/** Whether money goes into the company's own site ("invest $200 million in its Kitwe smelter"). */
function ownSiteInPhrase(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - NOUN_PHRASE_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    if (/^(?:its|their)$/.test(word)) {
      if (!INTO_SITE.test(tokens[k - 1]?.norm ?? '')) return false;
      return tokens.slice(Math.max(0, k - 1 - INVESTING_REACH), k - 1).some((t) => INVESTING.test(t.norm));
    }
    if (PREPOSITIONS.has(word) || isVerbWord(word) || word === ',') return false;
  }
  return false;
}

/** Nouns of money given for something ("a grant for its smelter", "tax credits for its refinery"). */
const FUNDING =
  /^(?:subsid(?:y|ies)|grants?|credits?|loans?|funding|financing|incentives?|aid|support|guarantees?)$/;
/** Words of a site still to come. */
const NEW_SITE_WORDS = /^(?:planned|new|proposed|future|first|second)$/;
/** How far back from the site the "for" of its funding may stand ("for Ardent Magnets' cathode plant"). */
const FUNDED_SITE_REACH = 7;

/** "received a grant for its smelter in Arizona", "a subsidy for X's plant": a site the company has that money is for. */
function fundedSite(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - FUNDED_SITE_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    // "a grant for its planned factory in Texas, which will make magnets it now imports": a site to come may be a move.
    if (NEW_SITE_WORDS.test(word)) return false;
    if (word === 'for')
      return tokens.slice(Math.max(0, k - INVESTING_REACH), k).some((t) => FUNDING.test(t.norm));
    if ((PREPOSITIONS.has(word) && word !== 'of') || isVerbWord(word) || word === ',') return false;
  }
  return false;
}

/** Whether the noun phrase the site's word ends opens with "from" ("from Zhelan's factory", "from its plant"). */
function governedByFrom(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - NOUN_PHRASE_REACH - 1); k--) {
    const word = tokens[k]?.norm ?? '';
    if (word === 'from') return true;
    // "its dealings with a Russian smelter": a site the company trades with.
    if (word === 'with' && DEALING_NOUNS.test(tokens[k - 1]?.norm ?? '')) return true;
    if (PREPOSITIONS.has(word) || isVerbWord(word) || word === ',') return false;
  }
  return false;
}

/** Participles of a site changing hands ("the plant was sold"). */
const CHANGING_HANDS = /^(?:sold|divested|bought|acquired|purchased|auctioned)$/;
/** Nouns of a site changing hands ("its takeover of a German zinc plant"). */
const CHANGING_HANDS_NOUNS = /^(?:takeovers?|acquisitions?|purchases?|buyouts?|sale|divestment)$/;
/** Verbs that make a decision known ("announced the suspension of its ban"), not decide its direction. */
const MAKING_KNOWN = /^(?:announc|unveil|confirm|decree|order)\w*$/;
/** Nouns of trade between parties, before "with" and a site ("dealings with a Russian smelter"). */
const DEALING_NOUNS =
  /^(?:dealings|ties|links|trade|business|contracts?|deals?|agreements?|partnerships?|relationships?|transactions)$/;

/** Prepositions before a site of a company's own that speak of it where it is ("options for its Chinese plant"). */
const SITE_TOPIC_PREPOSITIONS = /^(?:for|at|about|on|over|of)$/;

/** Words before a participle that make it an adjective ("amid limited exports", "the restricted shipments"). */
const BEFORE_ADJECTIVE =
  /^(?:the|a|an|its|their|his|her|our|amid|with|of|on|for|by|despite|after|very|more|less|'s|’s|said|says)$/;

/**
 * "Limited exports of gallium reached Japan": a participle that opens the sentence or follows a determiner,
 * a preposition or an adverb of degree describes the noun after it (how much), and states no act.
 */
function describesAsAdjective(a: SentenceAnalysis, anchorStart: number): boolean {
  const word = a.tokens[anchorStart]?.norm ?? '';
  if (!/ed$/.test(word)) return false;
  // "Overly restricted access to …", "the heavily restricted exports": an adverb of manner between them
  // belongs to the adjective ("China heavily restricted exports" keeps its verb).
  let before = anchorStart - 1;
  if (DEGREE_ADVERBS.test(a.tokens[before]?.norm ?? '')) before--;
  return before < 0 ? !a.titleCase : BEFORE_ADJECTIVE.test(a.tokens[before]?.norm ?? '');
}

/** How far after a describing participle the name it describes may start ("the sanctioned Russian firm Korvath"). */
const DESCRIBED_NAME_REACH = 3;

/** Adverbs that grade a participle ("heavily restricted", "overly limited"). */
const DEGREE_ADVERBS =
  /^(?:overly|too|highly|heavily|severely|tightly|strictly|largely|partly|partially|newly|recently)$/;

/** Prepositions after which bare plural sites are sites in general ("demand forecast for smelters"). */
const GENERIC_SITE_PREPOSITIONS = /^(?:for|from|at|among|with|by)$/;
/** Adjectives whose "to" relates something to sites in general ("essential to American wire mills"). */
const RELATING_ADJECTIVES =
  /^(?:essential|vital|critical|crucial|important|indispensable|key|central|available|exposed|sold|shipped|supplied)$/;
/** How many modifiers may stand between such a preposition and the sites ("for North American smelters"). */
const GENERIC_SITE_MODIFIERS = 3;

/** "cut its demand forecast for North American smelters": sites in general, after a preposition, no site of a move. */
function genericSites(a: SentenceAnalysis, anchorStart: number, anchorEnd: number): boolean {
  if (anchorEnd - anchorStart !== 1 || !/s$/.test(a.tokens[anchorStart]?.norm ?? '')) return false;
  const inCountry = (k: number) => a.mentions.some((m) => m.kind === 'country' && m.start <= k && k < m.end);
  let k = anchorStart - 1;
  while (
    k >= anchorStart - GENERIC_SITE_MODIFIERS &&
    (inCountry(k) || /^\p{L}[\p{L}-]*$/u.test(a.tokens[k]?.text ?? '')) &&
    !GENERIC_SITE_PREPOSITIONS.test(a.tokens[k]?.norm ?? '') &&
    !/^(?:the|its|their|his|her|our|a|an|new|two|three|four|five|several)$/.test(a.tokens[k]?.norm ?? '')
  ) {
    // ("its cathodes were essential to American wire mills": so are sites an adjective relates something to.)
    if (a.tokens[k]?.norm === 'to' && RELATING_ADJECTIVES.test(a.tokens[k - 1]?.norm ?? '')) return true;
    k--;
  }
  return GENERIC_SITE_PREPOSITIONS.test(a.tokens[k]?.norm ?? '');
}

/** Roles of a company named after the kind of site it runs ("mill operator", "smelter owner"). */
const SITE_ROLE_NOUNS =
  /^(?:operator|operators|owner|owners|maker|makers|builder|developer|producer|group|company|firm)$/;

/**
 * "Chinese refinery Shandong Yulong": a site word right before a company's name describes the company; so
 * does one set before the name in apposition as a member of a list of parties ("sanctioned Velmora Bank and a
 * Chinese refinery, Quarrion Petrochemical"), unlike a site built ("build a refinery, Velmora Refining, in Texas").
 */
function describesName(a: SentenceAnalysis, anchorStart: number, after: number): boolean {
  if (a.mentions.some((m) => m.kind === 'organisation' && m.start === after)) return true;
  // "Mexican mill operator Aceros Tamarindo": a site's word before the operator's role describes the name too.
  if (SITE_ROLE_NOUNS.test(a.tokens[after]?.norm ?? '')) return describesName(a, anchorStart, after + 1);
  if (
    a.tokens[after]?.norm === ',' &&
    a.mentions.some((m) => m.kind === 'organisation' && m.start === after + 1)
  ) {
    let k = anchorStart - 1;
    while (k > anchorStart - 1 - MAX_SITE_MODIFIERS && !/^(?:a|an)$/.test(a.tokens[k]?.norm ?? '')) k--;
    if (/^(?:a|an)$/.test(a.tokens[k]?.norm ?? '') && /^(?:and|or)$/.test(a.tokens[k - 1]?.norm ?? ''))
      return true;
  }
  const next = a.tokens[after];
  // In a title-case headline ("Opens New Factory In Mexico") every word is capitalised.
  if (
    a.titleCase ||
    !next ||
    !/^\p{Lu}/u.test(next.text) ||
    isWeekdayName(next.norm) ||
    isMonthName(next.norm)
  )
    return false;
  // A name the gazetteers do not know ("Shandong Yulong" starts with a province) is still a name; a date is not.
  return !a.mentions.some(
    (m) =>
      m.start <= after &&
      m.end > after &&
      (m.kind === 'date' || (m.kind === 'country' && m.form !== 'place')),
  );
}

/** How many words may describe a site between "to" and its noun ("to a former paper mill"). */
const MAX_SITE_MODIFIERS = 4;

/**
 * "sanctioned Luqing Petrochemical, a Chinese refinery, for …": a site noun opening an apposition to a name
 * says what the named company is, not where it goes.
 */
function inAppositionToName(a: SentenceAnalysis, anchorStart: number): boolean {
  let k = anchorStart - 1;
  while (k >= anchorStart - MAX_SITE_MODIFIERS && !APPOSITION_DETERMINERS.test(a.tokens[k]?.norm ?? '')) {
    const word = a.tokens[k]?.norm ?? '';
    if (!/^[\p{L}-]+$/u.test(word) || isPastForm(word) || isVerbWord(word)) return false;
    k--;
  }
  if (!APPOSITION_DETERMINERS.test(a.tokens[k]?.norm ?? '') || a.tokens[k - 1]?.norm !== ',') return false;
  const nameEnd = k - 1;
  if (a.mentions.some((m) => m.kind === 'organisation' && m.end === nameEnd)) return true;
  const last = a.tokens[nameEnd - 1];
  return (
    nameEnd - 1 > 0 &&
    last !== undefined &&
    /^\p{Lu}/u.test(last.text) &&
    !isWeekdayName(last.norm) &&
    !isMonthName(last.norm) &&
    !a.mentions.some((m) => m.start < nameEnd && m.end >= nameEnd && m.kind !== 'organisation')
  );
}

const APPOSITION_DETERMINERS = /^(?:a|an|the)$/;

/**
 * "shift production to a facility in Tennessee", "move refining from its plant in Norway": a site after "to"
 * or "from" that another anchor of its clause moves to or from.
 */
function endOfAnotherAnchor(
  a: SentenceAnalysis,
  type: EventType,
  ordered: readonly (readonly [number, { anchor: number; length: number }])[],
  anchorStart: number,
  clause: number,
): boolean {
  let k = anchorStart - 1;
  // "to its Kemerton plant", "to a former paper mill": the site's own name and modifiers stand between, and
  // so does the comma of a town and its state ("to its Belvidere, Illinois plant").
  const capitalised = (at: number) => /^\p{Lu}/u.test(a.tokens[at]?.text ?? '');
  const modifier = (at: number) =>
    SITE_MODIFIERS.test(a.tokens[at]?.norm ?? '') ||
    capitalised(at) ||
    (a.tokens[at]?.norm === ',' && capitalised(at - 1) && capitalised(at + 1)) ||
    (/^[a-z][a-z-]*$/.test(a.tokens[at]?.norm ?? '') && !endsNounPhrase(a.tokens[at]?.norm ?? ''));
  // "to a new $300 million factory": what the site costs takes no modifier's place.
  const cost = (at: number) => SITE_COST_WORD.test(a.tokens[at]?.norm ?? '');
  let modifiers = 0;
  while (k >= 0 && (cost(k) || (modifiers < MAX_SITE_MODIFIERS && modifier(k)))) {
    if (!cost(k)) modifiers++;
    k--;
  }
  if (a.tokens[k]?.norm !== 'to' && a.tokens[k]?.norm !== 'from') return false;
  // "follows MicroBT's decision to set up a factory": a "to" that opens a verb is no place it goes to.
  if (a.tokens[k]?.norm === 'to' && (a.tags()[k + 1]?.has('Verb') ?? false)) return false;
  return ordered.some(
    ([start, { anchor }]) => start < k && a.clause[start] === clause && !type.anchors[anchor]?.site,
  );
}

/** The readings of an anchor's action: the action words near it, nearest first, then the type's default. */
/** Kinds of mention that count as one word in an action's reach, however many words they are written in. */
const NAMED_KINDS = new Set<MentionKind>(['goods', 'country', 'organisation']);

/**
 * Where the words an action may stand in after the anchor end: `words` words on, where a named thing and
 * the separators of a coordinated list count as one ("China's ban on exports of gallium, germanium and
 * antimony to the United States was suspended").
 */
function reachAfter(a: SentenceAnalysis, anchorEnd: number, words: number): number {
  const startsAt = new Map<number, number>();
  for (const m of a.mentions)
    if (NAMED_KINDS.has(m.kind)) startsAt.set(m.start, Math.max(m.end, startsAt.get(m.start) ?? 0));
  let i = anchorEnd;
  let counted = 0;
  while (i < a.tokens.length && counted < words) {
    const end = startsAt.get(i);
    if (end !== undefined) {
      i = end;
      counted++;
      // ", germanium and antimony": the other members of a list of named things are the list's one word.
      for (;;) {
        const gap = SEPARATORS_IN_LIST.has(a.tokens[i]?.norm ?? '')
          ? a.tokens[i + 1]?.norm === 'and'
            ? 2
            : 1
          : 0;
        const member = gap > 0 ? startsAt.get(i + gap) : undefined;
        if (member === undefined) break;
        i = member;
      }
      continue;
    }
    i++;
    counted++;
  }
  return i;
}

const SEPARATORS_IN_LIST = new Set([',', 'and', 'or']);

/** How far after a measure that is its sentence's subject its passive predicate may stand. */
const PREDICATE_REACH = 20;
/** A word of a subject's opening before its measure ("The EU's retaliatory duties", "Trump's 25%"): no punctuation. */
const SUBJECT_WORD = /^(?:[\p{L}\d][\p{L}\d.'’-]*|['’]s?|%)$/u;
/** The longest opening of a subject before its measure. */
const SUBJECT_OPENING_WORDS = 6;

/**
 * "The EU's retaliatory duties on $23 billion of U.S. goods, including soybeans and motorcycles, were
 * suspended": a measure that opens its clause as the subject reaches its passive verb however long its goods;
 * the end of the reach, or 0.
 */
function predicateAfterSubject(
  a: SentenceAnalysis,
  anchorStart: number,
  anchorEnd: number,
  clause: number,
): number {
  let first = anchorStart;
  while (first > 0 && a.clause[first - 1] === clause) first--;
  const opening = a.tokens.slice(first, anchorStart);
  if (
    opening.length > SUBJECT_OPENING_WORDS ||
    opening.some((t) => !SUBJECT_WORD.test(t.text) || isVerbWord(t.norm))
  )
    return 0;
  for (let k = anchorEnd; k < Math.min(a.tokens.length, anchorEnd + PREDICATE_REACH); k++) {
    // "The tariffs, which took effect in March, were doubled": a relative clause may stand before the verb.
    if (a.clause[k] !== clause) {
      if (a.clause.indexOf(clause, k) < 0) return 0;
      continue;
    }
    if (/^(?:was|were|is|are|has|have|had|will|would)$/.test(a.tokens[k]?.norm ?? '')) {
      const next = a.tokens[k + 1]?.norm === 'been' || a.tokens[k + 1]?.norm === 'be' ? k + 2 : k + 1;
      // ("Duties on the same product from South Korea were allowed to lapse": the verb let happen.)
      if (a.tokens[next]?.norm === 'allowed' && a.tokens[next + 1]?.norm === 'to') return next + 3;
      return isPastForm(a.tokens[next]?.norm ?? '') ? next + 1 : 0;
    }
    // "Anti-dumping duties that Australia imposed in 2019 on galvanised steel expired on Monday": a measure that
    // runs out is the subject of its own verb, past a relative clause.
    if (RUNNING_OUT.test(a.tokens[k]?.norm ?? '')) return k + 1;
  }
  return 0;
}

/** Verbs of a measure running out of itself ("expired", "lapsed"). */
const RUNNING_OUT = /^(?:expired|expires|lapsed|lapses)$/;

/**
 * Whether the anchor at `anchorStart` opens a conjunct after the verb ending at `verbEnd`, which it shares
 * ("will fall to 30% and Chinese levies to 10%").
 */
function opensConjunctAfter(tokens: readonly Token[], verbEnd: number, anchorStart: number): boolean {
  return (
    verbEnd <= anchorStart && tokens.slice(verbEnd, anchorStart).some((t) => /^(?:and|or)$/.test(t.norm))
  );
}

/** Words after which an anchor that is also an action word ("levy", "ban") is the noun. */
const NOUN_BEFORE =
  /^(?:a|an|the|its|their|his|her|our|this|that|these|those|%|percent|additional|new|extra|higher|further|retaliatory|blanket|'s|’s)$/;
/**
 * Words that open a measure's noun phrase after the verb that governs it ("most of its", "all the"), or after
 * the noun of the action that does ("a pause on most of his new tariffs").
 */
const NOUN_PHRASE_OPENERS = /^(?:its|their|the|his|her|our|most|all|some|many|of|on|those|these|remaining)$/;
/** How many such words may stand between the governing verb and the describing action word. */
const GOVERNED_PHRASE_WORDS = 4;
/** The unit of a duration ("for 90 days", "for a full year"), which may stand between a verb and its object. */
const DURATION_UNITS = /^(?:days?|weeks?|months?|years?)$/;

/** Where a duration opened by "for" at `from` ends ("for 90 days" → after "days"), else `from`. */
function durationEnd(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== 'for') return from;
  for (const unit of [from + 3, from + 2]) if (DURATION_UNITS.test(tokens[unit]?.norm ?? '')) return unit + 1;
  return from;
}

/**
 * Whether the words from `from` to `to` open the noun phrase a verb that ends at `from` governs ("dropped most
 * of its retaliatory tariffs"), after a duration the verb may take first ("delaying for 90 days the higher
 * tariffs").
 */
function governsPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  const start = durationEnd(tokens, from);
  return (
    to - start <= GOVERNED_PHRASE_WORDS &&
    tokens.slice(start, to).every((t) => NOUN_PHRASE_OPENERS.test(t.norm))
  );
}

/** Words of the anchor's own phrase between its "on" and it ("on a 25% tariff", "on its new duties"). */
const ANCHOR_PHRASE_WORDS =
  /^(?:a|an|the|its|their|his|her|new|higher|additional|\d[\d.,]*|%|percent|per|cent)$/;
/** How far before the anchor's "on" a noun of grant or pause may stand ("a reprieve from the U.S. government on"). */
const GRANT_REACH = 6;

/**
 * "secured a 30-day reprieve from the U.S. government on a 25% tariff": a noun of grant or pause whose
 * "on" opens the anchor's phrase governs it from further back than other action words; its index, or -1.
 */
function grantGoverning(a: SentenceAnalysis, anchorStart: number): number {
  return governingBefore(
    a,
    anchorStart,
    'on',
    GRANT_REACH,
    (word) => GRANT_NOUNS.test(word) || PAUSE_NOUNS.test(word),
  );
}

/** Verbs that lay a measure on their object with "with" ("hit Chinese-made rigs with a 25% duty"). */
const HITTING_WITH = /^(?:hit|hits|hitting|slap|slaps|slapped|slapping)$/;
/** How far before the anchor's "with" such a verb may stand (its object between). */
const HITTING_REACH = 8;

/** "would hit Chinese-made bitcoin mining rigs with an additional 25% duty": the verb's index, or -1. */
function hittingGoverning(a: SentenceAnalysis, anchorStart: number): number {
  return governingBefore(a, anchorStart, 'with', HITTING_REACH, (word) => HITTING_WITH.test(word));
}

/** A word within `reach` before the preposition that opens the anchor's phrase, in its clause with no comma between. */
function governingBefore(
  a: SentenceAnalysis,
  anchorStart: number,
  preposition: string,
  reach: number,
  governs: (word: string) => boolean,
): number {
  const t = a.tokens;
  let at = anchorStart - 1;
  while (at >= 0 && ANCHOR_PHRASE_WORDS.test(t[at]?.norm ?? '')) at--;
  if (t[at]?.norm !== preposition) return -1;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    const word = t[k]?.norm ?? '';
    if (word === ',' || a.clause[k] !== a.clause[anchorStart]) return -1;
    if (governs(word)) return k;
  }
  return -1;
}

/** Verbs that keep what they govern going ("extended the duty", "renewed the pause"). */
const CONTINUING_VERBS =
  /^(?:extend|extends|extended|extending|renew|renews|renewed|renewing|prolong|prolongs|prolonged|prolonging)$/;

/** Words between a subject and its verb in the active voice ("has", "also", "effectively"). */
const ACTIVE_VERB_GROUP = /^(?:has|have|had|will|would|could|may|might|also|already|[a-z]+ly)$/;
/** Words that open the object of a verb taking something away: an amount or share ("half of", "about 30%"). */
const TAKEN_AMOUNT =
  /^(?:half|about|around|nearly|almost|roughly|some|much|most|part|more|[0-9][0-9.,]*|one|two|three)$/;

/** Nouns of trade and business that a measure's effect falls on ("have cut EU exports", "slashed shipments"). */
const TRADE_FLOWS =
  /^(?:exports|imports|shipments|sales|supply|supplies|output|production|demand|prices|volumes|trade|flows|margins|profits|earnings|revenue|revenues|orders)$/;
/** How many words may open the object before its noun of trade ("EU steel exports"). */
const TRADE_FLOW_WORDS = 3;

/**
 * Whether the one-word verb after a measure's anchor has the measure as its subject and an amount or a flow of
 * trade as its object ("removed half of", "have cut EU exports"; not "falling to 30%").
 */
function measureActsOnObject(a: SentenceAnalysis, anchorEnd: number, verb: number): boolean {
  const { tokens } = a;
  // "tariffs on steel and aluminium have cut": the measure's own phrase (its goods and whom it hits), then the
  // verb group.
  const ofMeasure = (t: Token, k: number) =>
    ACTIVE_VERB_GROUP.test(t.norm) ||
    PREPOSITIONS.has(t.norm) ||
    /^(?:and|or|the|a|an|%|[0-9][0-9.,]*)$/.test(t.norm) ||
    a.mentions.some((m) => (m.kind === 'goods' || m.kind === 'country') && k >= m.start && k < m.end);
  if (!tokens.slice(anchorEnd, verb).every((t, k) => ofMeasure(t, anchorEnd + k))) return false;
  if (TAKEN_AMOUNT.test(tokens[verb + 1]?.norm ?? '')) return true;
  for (let k = verb + 1; k <= verb + TRADE_FLOW_WORDS && k < tokens.length; k++) {
    const norm = tokens[k]?.norm ?? '';
    if (TRADE_FLOWS.test(norm)) return true;
    if (PREPOSITIONS.has(norm) || !/^[\p{L}\p{N}]/u.test(norm)) return false;
  }
  return false;
}

/** How many words may open a measure named again in apposition ("a so-called safeguard duty"). */
const APPOSITION_OPENING_WORDS = 3;
const APPOSITION_MARKS: Record<string, string> = { '(': ')', ',': ',', '—': '—', '–': '–' };

/**
 * "a 12% tariff (a so-called safeguard duty) on steel": whether the anchor at [start, end) names the measure ending at
 * `previousEnd` again, in an apposition that a bracket, comma or dash opens right after it and closes right after it.
 */
function namedAgainInApposition(
  tokens: readonly Token[],
  previousEnd: number,
  start: number,
  end: number,
): boolean {
  if (start <= previousEnd) return false;
  const close = APPOSITION_MARKS[tokens[previousEnd]?.norm ?? ''];
  if (close === undefined || tokens[end]?.norm !== close) return false;
  const opening = tokens.slice(previousEnd + 1, start);
  if (opening.length > APPOSITION_OPENING_WORDS) return false;
  // It opens with an article ("a so-called safeguard duty") and goes on with words that describe, no verb.
  if (opening.length > 0 && !/^(?:a|an|the|so-called)$/.test(opening[0]?.norm ?? '')) return false;
  return opening.every(
    (t) => /^[a-z-]+$/.test(t.norm) && (t.norm === 'so-called' || !/(?:ing|ed)$/.test(t.norm)),
  );
}

/**
 * "sanctioned X and three executives: A, B and C": a colon after the parties counted in the trigger's clause,
 * whose names after it (people's, which no gazetteer knows) the tagger must find.
 */
function namedAfterCountingColon(a: SentenceAnalysis, clause: number, from: number): boolean {
  const colon = a.tokens.findIndex((t, k) => k >= from && t.norm === ':');
  return (
    colon >= 0 &&
    countsParties(a, clause, colon) &&
    a.tokens.slice(colon + 1).some((t) => /^\p{Lu}/u.test(t.text))
  );
}

/** Nouns that "end" qualifies ("end users", "end use", "end products"). */
const END_COMPOUNDS = /^(?:users?|use|uses|products?|customers?|markets?|consumers?)$/;
/** Nouns a stock market's "listing" qualifies ("its listing prospectus"): no listing on a blacklist. */
const LISTING_COMPOUNDS =
  /^(?:prospectus|document|documents|rules|requirements|date|venue|ceremony|application|debut|price|particulars|plans?)$/;

/** Nouns of the parties goods go to, which a participle after them may describe ("buyers approved by the state"). */
const RECEIVING_PARTIES =
  /^(?:buyers|customers|clients|companies|firms|traders|importers|exporters|entities|users|parties|partners|processors|refiners|smelters|destinations|countries)$/;

/** "restrict exports to buyers approved by the state company": a participle that describes the receiving parties. */
function describesReceivingParties(a: SentenceAnalysis, at: number): boolean {
  return (
    RECEIVING_PARTIES.test(a.tokens[at - 1]?.norm ?? '') &&
    /ed$/.test(a.tokens[at]?.norm ?? '') &&
    a.tokens[at + 1]?.norm === 'by'
  );
}

/** Conjunctions that open a clause subordinate to the one before them. */
const CLAUSE_SUBORDINATORS = /^(?:after|before|because|when|since|while|once|until|although|though|as)$/;

/**
 * "Shipments were delayed after Indonesia banned bauxite exports": a verb before a subordinate clause that has
 * its own subject is the main clause's, no action on the measure inside it.
 */
function subordinateClauseBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!CLAUSE_SUBORDINATORS.test(a.tokens[k]?.norm ?? '')) continue;
    // "added Xun Metals, also known as Xunda Trading, to the list": "as" after a word of naming gives an alias.
    if (a.tokens[k]?.norm === 'as' && ALIAS_WORDS.test(a.tokens[k - 1]?.norm ?? '')) continue;
    const subject = a.tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    if (
      SUBJECT_PRONOUNS.test(a.tokens[subject]?.norm ?? '') ||
      a.mentions.some((m) => m.start === subject && (m.kind === 'country' || m.kind === 'organisation'))
    )
      return true;
  }
  return false;
}

/** Words before "as" that give another name of a party ("known as", "trading as", "operating as"). */
const ALIAS_WORDS = /^(?:known|trading|operating|doing|registered|called|styled)$/;

/** How many words may open a predicate before its verb (", and it added", "and Commerce added"). */
const PREDICATE_OPENING_WORDS = 3;

/**
 * "added X to the SDN List and added Y to the Unverified List": a verb that a conjunction puts after another
 * anchor opens a predicate of its own, whose anchor comes after it.
 */
function opensPredicateAfter(
  tokens: readonly Token[],
  otherEnd: number,
  verb: number,
  anchorStart: number,
): boolean {
  return (
    verb >= otherEnd &&
    verb < anchorStart &&
    verb - otherEnd <= PREDICATE_OPENING_WORDS &&
    tokens.slice(otherEnd, verb).some((t) => /^(?:and|but|then)$/.test(t.norm))
  );
}

/** How far after a word that opens a preposition's object the goods it qualifies may start ("cut and polished"). */
const QUALIFIED_GOODS_WORDS = 3;

/** Nouns of what a measure does to someone, which a verb may change ("reduce exposure to tariffs"). */
const ACTED_ON_NOUNS =
  /^(?:exposure|exposures|reliance|dependence|dependency|vulnerability|impact|impacts|hit|costs?)$/;
/**
 * Nouns of a process about a measure ("launched a consultation on surtaxes", "opened a probe into the duties"): a
 * verb that starts one starts the process, not the measure.
 */
const PROCESS_NOUNS =
  /^(?:consultations?|hearings?|probes?|investigations?|inquiry|inquiries|enquiry|enquiries|reviews?|stud(?:y|ies)|debates?|dialogues?)$/;
/** Nouns of an estimate, which a verb may raise or cut whatever the measure it cites ("lowered its forecast"). */
const ESTIMATE_NOUNS =
  /^(?:forecasts?|projections?|outlooks?|estimates?|guidance|expectations?|targets?|ratings?)$/;
/** How many words may stand between the verb and that noun ("cut its direct exposure to"). */
const ACTED_ON_REACH = 3;

/**
 * "to reduce exposure to US tariffs", "cut its reliance on Chinese graphite after the curbs": the verb acts on a
 * noun of the measure's effect, whose preposition names the measure; it changes nothing of the measure.
 */
function actsOnOtherNoun(a: SentenceAnalysis, actionEnd: number, anchorStart: number): boolean {
  for (let k = actionEnd; k < Math.min(anchorStart, actionEnd + ACTED_ON_REACH + 1); k++) {
    const preposition = a.tokens[k + 1]?.norm ?? '';
    const noun = a.tokens[k]?.norm ?? '';
    if (ACTED_ON_NOUNS.test(noun) && /^(?:to|on|from|of)$/.test(preposition)) return true;
    if (PROCESS_NOUNS.test(noun) && /^(?:on|into|about|over|regarding)$/.test(preposition)) return true;
    // "lowered its export forecast on new U.S. tariffs", "cut its profit forecast on tariffs": a verb on an
    // estimate changes the estimate.
    if (ESTIMATE_NOUNS.test(noun)) return true;
    // "Customers are postponing orders until there is clarity on duties": the verb's object is business done.
    const opensObject =
      k === actionEnd || /^(?:the|its|their|our|some|new|all)$/.test(a.tokens[k - 1]?.norm ?? '');
    if (opensObject && BUSINESS_ACTIVITY_NOUNS.test(noun)) return true;
  }
  return false;
}

/** "postponing orders", "new orders": "orders" as the noun of business, after a verb's object slot or a determiner. */
function ordersAsNoun(a: SentenceAnalysis, at: number): boolean {
  const before = a.tokens[at - 1]?.text ?? '';
  return (
    a.tokens[at]?.norm === 'orders' &&
    (/^[a-z]+(?:ing|ed)$/.test(before) ||
      /^(?:the|its|their|our|some|new|more|fewer|export|import)$/.test(before))
  );
}

/** Nouns of business a verb of delay or cut may take as its object ("postponing orders", "cut hiring"). */
const BUSINESS_ACTIVITY_NOUNS =
  /^(?:orders|purchases|investments?|hiring|spending|capex|projects?|expansion|decisions?|bookings)$/;

/**
 * The first token `words` words before `anchorStart`, a date's words counting as none ("would suspend until Nov. 27,
 * 2026, a ban on exports": the date set between the verb and its object is no distance), and so the words of `aside`,
 * a negated verb set off between them ("delayed, but did not cancel, its tariffs").
 */
function reachBeforeOverDates(
  a: SentenceAnalysis,
  anchorStart: number,
  words: number,
  aside: { start: number; end: number } | null,
): number {
  // (Only a span of time a verb takes right before its object, set off by commas, "suspend until Nov. 27, 2026, a
  // ban": "opened higher on Monday as …", "eased lending rules from Jan. 1, 2026, a ban … staying in place" and
  // "pause until Aug. 1, 2026, talks with Beijing, the tariffs …" keep their words.)
  const span = a.mentions.find(
    (m) =>
      m.kind === 'date' &&
      m.end < anchorStart &&
      a.tokens[m.end]?.norm === ',' &&
      /^(?:until|till|through|from)$/.test(a.tokens[m.start - 1]?.norm ?? '') &&
      a.tags()[m.start - 2]?.has('Verb') === true &&
      anchorStart - m.end <= 5 &&
      !a.tokens.slice(m.end + 1, anchorStart).some((t) => t.norm === ','),
  );
  const dated = (k: number) => span !== undefined && k >= span.start - 1 && k <= span.end;
  const skipped = (k: number) => dated(k) || (aside !== null && k >= aside.start && k < aside.end);
  let k = anchorStart;
  for (let counted = 0; k > 0 && counted < words; k--) if (!skipped(k - 1)) counted++;
  return k;
}

/** Auxiliaries a contrasted negation opens with ("but did not cancel"). */
const NEGATED_AUXILIARIES = /^(?:did|does|do|would|will|has|have|had|is|are|was|were)$/;

/**
 * "delayed, but did not cancel, its planned tariffs": a negated verb set off by commas between the verb that
 * governs the measure and the measure; its tokens, commas included.
 */
function contrastedNegation(a: SentenceAnalysis, anchorStart: number): { start: number; end: number } | null {
  for (let c = Math.max(0, anchorStart - 12); c + 5 < anchorStart; c++) {
    const t = (k: number) => a.tokens[c + k]?.norm ?? '';
    if (
      t(0) === ',' &&
      t(1) === 'but' &&
      NEGATED_AUXILIARIES.test(t(2)) &&
      t(3) === 'not' &&
      t(5) === ',' &&
      a.tokens.slice(c + 6, anchorStart).every((w) => w.norm !== ',')
    )
      return { start: c, end: c + 6 };
  }
  return null;
}

/** Verbs of giving a measure more time ("extended the deadline for …"). */
const EXTENDING_DEADLINE = /^(?:extend|extends|extended|extending)$/;
/** What a market's moves act on ("lifted prices", "cut costs"), which no measure's action takes. */
const MARKET_OBJECTS =
  /^(?:prices|price|shares|stocks|costs|margins|profits|earnings|demand|sentiment|yields|investment|investments|output|sales|confidence|growth|revenue|revenues|spending|inflation)$/;

/** "…, which lifted prices", "is expected to lift smelter investment": a market's object at `at`, or after its modifier. */
function marketObjectAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm ?? '';
  return (
    MARKET_OBJECTS.test(word) ||
    (/^\p{Ll}+$/u.test(tokens[at]?.text ?? '') &&
      !PREPOSITIONS.has(word) &&
      !/^(?:a|an|the|its|their|this|that|these|those)$/.test(word) &&
      MARKET_OBJECTS.test(tokens[at + 1]?.norm ?? ''))
  );
}
/** Words of exempting that may open an anchor ("exempted", "is exempt"). */
const EXEMPTION_WORDS = /^exempt/;

/**
 * "It exempted British steel from the increase": the change a party is exempted from, after "from", is what the
 * exemption lifts for it, not the exemption's action.
 */
function exemptedFromChange(
  a: SentenceAnalysis,
  anchorStart: number,
  anchorEnd: number,
  at: number,
): boolean {
  const opener = /^(?:the|its|this|that|these|any|their)$/.test(a.tokens[at - 1]?.norm ?? '')
    ? at - 2
    : at - 1;
  return (
    a.tokens[opener]?.norm === 'from' &&
    a.tokens.slice(anchorStart, anchorEnd).some((t) => EXEMPTION_WORDS.test(t.norm))
  );
}

function chooseActions(
  a: SentenceAnalysis,
  type: EventType,
  anchorStart: number,
  anchorEnd: number,
  clause: number,
  implied: string | undefined,
  otherAnchors: readonly { start: number; end: number }[],
): { action: string; start: number | null; end: number | null }[] {
  const options: { action: string; start: number; end: number; score: number }[] = [];
  const [before, after] = type.spec.action_reach;
  // "delayed, but did not cancel, its tariffs": the aside is skipped by the reach and holds no action.
  const aside = contrastedNegation(a, anchorStart);
  const from = reachBeforeOverDates(a, anchorStart, before, aside);
  const to = Math.max(
    reachAfter(a, anchorEnd, after),
    predicateAfterSubject(a, anchorStart, anchorEnd, clause),
    lapseAllowed(a, anchorStart, anchorEnd, clause),
  );
  // "exempted smartphones, computers and other electronics from the tariffs": the verb that spares a list of
  // goods from the measure stands further back than other action words.
  const spareFrom = sparedFromAnchor(a, anchorStart) ? Math.max(0, anchorStart - SPARED_REACH) : from;
  const governing = grantGoverning(a, anchorStart);
  const hitting = hittingGoverning(a, anchorStart);
  const found = type.actionIndex.findAll(a.tokens);
  const matches = found
    // "drop to 10%" is a cut, not the "drop" of a removal: at one word, the longest action phrase reads it.
    // ("will stop imposing tariffs" removes them: so does one that holds the word.)
    .filter(
      (m) =>
        !found.some(
          (x) => x.start <= m.start && x.start + x.length >= m.start + m.length && x.length > m.length,
        ),
    )
    .filter(
      (m) =>
        (m.start >= from ||
          m.start === governing ||
          m.start === hitting ||
          (m.start >= spareFrom && EXEMPTING_VERBS.test(a.tokens[m.start]?.norm ?? ''))) &&
        m.start < to &&
        (a.clause[m.start] === clause || (aside !== null && m.start < aside.start)) &&
        !(aside !== null && m.start >= aside.start && m.start < aside.end) &&
        // "a ban on exports of ferrous scrap": a word of goods after the first is their name, no action.
        !a.mentions.some((g) => g.kind === 'goods' && m.start > g.start && m.start < g.end) &&
        !coordinatedWithGoods(a, m.start) &&
        !(m.start >= anchorEnd && subjectOfLaterClause(a.tokens, anchorEnd, m.start)) &&
        !(
          m.start + m.length <= anchorStart && subordinateClauseBetween(a, m.start + m.length, anchorStart)
        ) &&
        // "exports to Russian end users": "end" before a noun it qualifies ends nothing; nor does "scrap" or "cut"
        // opening the goods a preposition names ("exports of scrap aluminium", "duty on cut and polished diamonds").
        !(a.tokens[m.start]?.norm === 'end' && END_COMPOUNDS.test(a.tokens[m.start + 1]?.norm ?? '')) &&
        !(
          a.tokens[m.start]?.norm === 'listing' && LISTING_COMPOUNDS.test(a.tokens[m.start + 1]?.norm ?? '')
        ) &&
        !(
          (a.tokens[m.start]?.norm === 'scrap' || m.start >= anchorEnd) &&
          a.mentions.some(
            (g) => g.kind === 'goods' && g.start >= m.start && g.start <= m.start + QUALIFIED_GOODS_WORDS,
          ) &&
          /^(?:of|on|for|in)$/.test(a.tokens[m.start - 1]?.norm ?? '')
        ) &&
        !leftOutOfRelief(a, m.start) &&
        !(m.start >= anchorEnd && describesReceivingParties(a, m.start)) &&
        !ordersAsNoun(a, m.start) &&
        !(m.start >= anchorEnd && exemptedFromChange(a, anchorStart, anchorEnd, m.start)) &&
        // "…, which lifted prices": a verb whose object is a market's price acts on no measure.
        !marketObjectAt(a.tokens, m.start + m.length) &&
        !(m.start + m.length <= anchorStart && actsOnOtherNoun(a, m.start + m.length, anchorStart)),
    )
    .sort((x, y) => x.start - y.start || x.value - y.value);
  // "cancel duty-free quotas": an anchor that is itself an exemption, and so states a removal, is taken
  // away by a removal word before it.
  const { directions, default_action } = type.spec;
  const anchorIsExemption =
    implied !== undefined &&
    directions[implied] !== directions[default_action] &&
    anyMatchAt(type.exemptions, a.tokens, anchorStart);
  // "let duty-free access for Ukrainian farm goods expire": an exemption that runs out takes itself away.
  let exemptionTakenAway = anchorIsExemption && exemptionExpires(a, anchorStart, anchorEnd);
  const topicOfOtherNoun = isTopicOfOtherNoun(a, type, anchorStart);
  // "introduced a sweeping tariff cut": a noun of change right after the anchor is the measure's action, and
  // the verb before only enacts it.
  const changeNoun = matches.some(
    (m) =>
      m.start === anchorEnd &&
      CHANGE_NOUNS.test(a.tokens[m.start]?.norm ?? '') &&
      directions[(type.actions[m.value] as EventType['actions'][number]).action] !==
        directions[default_action],
  );
  // "announced it will remove them": an anchor that opens with the verb of its own action (no determiner
  // before it makes that word a noun) is not read as the default action by a verb of saying before it (a
  // threat before it, "threatened to halt exports", still reads it).
  const opensWithOwnVerb =
    implied !== undefined &&
    !NOUN_BEFORE.test(a.tokens[anchorStart - 1]?.norm ?? '') &&
    matches.some(
      (m) =>
        m.start === anchorStart && (type.actions[m.value] as EventType['actions'][number]).action === implied,
    );
  for (const { start: i, length, value } of matches) {
    const { action } = type.actions[value] as EventType['actions'][number];
    const end = i + length;
    if (opensWithOwnVerb && i < anchorStart && action === default_action) continue;
    // "Britain was exempted from the increase": what an exemption spares a party from is not done to it.
    if (
      implied !== undefined &&
      directions[implied] !== directions[default_action] &&
      directions[action] !== directions[implied] &&
      sparedFrom(a, anchorEnd, i)
    )
      continue;
    if (changeNoun && i < anchorStart && directions[action] === directions[default_action]) continue;
    // "Trump renewed his tariff threats against Canada": a verb of imposing before an anchor that is itself a threat
    // repeats the threat.
    if (
      implied !== undefined &&
      directions[implied] === directions.threaten &&
      i < anchorStart &&
      directions[action] === directions[default_action]
    )
      continue;
    // "Public hearings on the sanctions are set for April 13": the verb after is the hearings'.
    if (topicOfOtherNoun && i >= anchorEnd) continue;
    // A word of a longer anchor is not its action ("List" in "Entity List", "ban" in "export ban"); nor is an
    // anchor that a determiner, a rate or an adjective makes a noun ("an additional 10% levy").
    // ("rescinded the Entity List designation of X": an action phrase that holds the whole anchor governs it.)
    if (
      anchorEnd - anchorStart > 1 &&
      i < anchorEnd &&
      end > anchorStart &&
      !(i < anchorStart && end > anchorEnd)
    )
      continue;
    if (i === anchorStart && NOUN_BEFORE.test(a.tokens[i - 1]?.norm ?? '')) continue;
    // "with a lower 10% rate on Canadian energy", "an agenda of higher tariffs": a comparative after an
    // article or "of" describes the measure, and changes nothing ("Higher U.S. tariffs took effect" still raises).
    if (
      /^(?:lower|higher)$/.test(a.tokens[i]?.norm ?? '') &&
      /^(?:a|an|of)$/.test(a.tokens[i - 1]?.norm ?? '')
    )
      continue;
    // A word of the goods is no action ("scrap" in "exports of copper scrap"), nor the first or last word of a
    // name ("New" in "New Delhi"; "took Pinecrest Aviation off" holds a name between its words, and "took drone
    // maker Skydio off" goods).
    const inName = (k: number) =>
      a.mentions.some((m) => NAMED_KINDS.has(m.kind) && k >= m.start && k < m.end);
    const inGoods = (k: number) => a.mentions.some((m) => m.kind === 'goods' && k >= m.start && k < m.end);
    if (inGoods(i) || inGoods(end - 1) || inName(i) || inName(end - 1)) continue;
    // "moved X from the Unverified List to the Entity List": moving puts a party on a list only toward one.
    if (MOVING.test(a.tokens[i]?.norm ?? '') && !movesOntoList(a, end, found)) continue;
    // "weak demand, new export curbs, and worries about rates": a word after a comma and "and"
    // or "or" belongs to the next member of a list.
    if (
      i >= anchorEnd &&
      a.tokens
        .slice(anchorEnd, i)
        .some((t, k, between) => t.norm === ',' && /^(?:and|or)$/.test(between[k + 1]?.norm ?? ''))
    )
      continue;
    // "added X from the Unverified List to the Entity List": the word of another list's name is no action.
    if (a.mentions.some((m) => m.kind === 'list' && i >= m.start && i < m.end)) continue;
    if (inTimePhrase(a, i)) continue;
    // "dropped most of its retaliatory tariffs": an action word that describes the measure inside its noun
    // phrase gives way to the verb of another direction that governs the phrase.
    if (
      i < anchorStart &&
      matches.some((m) => {
        const other = (type.actions[m.value] as EventType['actions'][number]).action;
        return (
          m.start + m.length <= i &&
          directions[other] !== directions[action] &&
          !CONTINUING_VERBS.test(a.tokens[m.start]?.norm ?? '') &&
          // ("announced the lifting of its ban": a verb that enacts or makes known lets the noun say what is done.)
          !anyMatchAt(type.enactingWords, a.tokens, m.start) &&
          !MAKING_KNOWN.test(a.tokens[m.start]?.norm ?? '') &&
          governsPhrase(a.tokens, m.start + m.length, i)
        );
      })
    )
      continue;
    // "added X to the SDN List and Commerce added Y to the Unverified List": the verb of the next predicate is
    // the next anchor's.
    if (
      otherAnchors.some(
        (x) => a.clause[x.start] === clause && opensPredicateAfter(a.tokens, anchorEnd, i, x.start),
      )
    )
      continue;
    const gap = tokenGap(i, end, { start: anchorStart, end: anchorEnd });
    // An action word between two anchors is the nearer one's ("10% levies … and delayed 25% tariffs"), but
    // a verb after its subject stays the subject's over an anchor that opens the next conjunct ("U.S. tariffs
    // on Chinese goods will fall to 30% and Chinese levies to 10%": the second shares the verb, not the first).
    if (
      otherAnchors.some(
        (x) =>
          a.clause[x.start] === clause &&
          tokenGap(i, end, x) < gap &&
          // ("suspended its planned countermeasures against U.S. goods": an anchor that reaches into this one from
          // before it is no other.)
          !(x.start <= anchorStart && x.end > anchorStart) &&
          !(i >= anchorEnd && opensConjunctAfter(a.tokens, end, x.start)) &&
          !opensPredicateAfter(a.tokens, x.end, i, anchorStart),
      )
    )
      continue;
    // An anchor that states its action ("ban exports") is read otherwise only by a word that turns it ("lift the ban"),
    // not by one that enacts it ("approved a ban").
    if (implied && type.spec.directions[action] === type.spec.directions[implied]) {
      // ("extended the deadline for duty-free imports": an exemption given longer is not taken away.)
      if (anchorIsExemption && i < anchorStart && !EXTENDING_DEADLINE.test(a.tokens[i]?.norm ?? '')) {
        options.push({ action: default_action, start: i, end, score: gap });
        exemptionTakenAway = true;
      }
      continue;
    }
    if (implied && enacts(a, type, i, anchorStart)) continue;
    // "signed an executive order raising tariffs": a word that enacts (a verb, or the document that does) before
    // a participle that governs the anchor enacts that participle's action, and is no reading of its own.
    if (
      i < anchorStart &&
      anyMatchAt(type.enactingWords, a.tokens, i) &&
      matches.some(
        (m) =>
          m.start >= end &&
          m.start + m.length <= anchorStart &&
          /ing$/.test(a.tokens[m.start]?.norm ?? '') &&
          anchorStart - (m.start + m.length) <= OBJECT_OPENING_WORDS,
      )
    )
      continue;
    // "revoked the licences of 51 companies and suspended bauxite exports": an anchor that opens with its
    // own verb, coordinated after another verb and its object, is not that verb's.
    if (
      implied &&
      i < anchorStart &&
      anchorEnd - anchorStart >= 2 &&
      /ed$/.test(a.tokens[anchorStart]?.norm ?? '') &&
      a.tokens[anchorStart - 1]?.norm === 'and'
    )
      continue;
    // The anchor read as its own action word ("blacklist") gives way to a verb that governs it ("placed
    // Huawei on a blacklist"), whose object is the anchor's argument.
    const isAnchorItself = i === anchorStart && end === anchorEnd;
    // "added X to its control list, banning Y from …": a verb after a comma opens a predication of its own,
    // and gives way to the verb before the anchor that governs it.
    const afterComma = i >= anchorEnd && a.tokens.slice(anchorEnd, i).some((t) => t.norm === ',');
    // "… face a 30% US tariff, the mining minister warned.": the verb of a closing report is the speaker's.
    if (afterComma && closesReport(a, i, end)) continue;
    // "Trump's renewed tariff policies", "the extended duties": a participle after a determiner or possessive
    // describes the measure before it; it is no action taken.
    if (
      i < anchorStart &&
      length === 1 &&
      /^(?:renewed|extended|prolonged)$/.test(a.tokens[i]?.norm ?? '') &&
      NOUN_BEFORE.test(a.tokens[i - 1]?.norm ?? '')
    )
      continue;
    // "Brazil declined to impose a retaliatory tariff": declining to act is a refusal, not a fall.
    if (
      /^declin/.test(a.tokens[i]?.norm ?? '') &&
      a.tokens[i + 1]?.norm === 'to' &&
      /^\p{L}/u.test(a.tokens[i + 2]?.text ?? '')
    )
      continue;
    // "The 60-day pause on May's duties was due to expire": the word that runs out says what ran out; a measure
    // that expires itself ("the 38% tariff on beef expired") is removed.
    if (
      i >= anchorEnd &&
      EXPIRY_VERBS.test(a.tokens[i]?.norm ?? '') &&
      endsAsStated(a, i) &&
      // ("Congo's cobalt export ban expired": a word inside the anchor is the measure that runs out; "duties that
      // Australia imposed in 2019 … expired": the verb of a relative clause on the measure runs out nothing.)
      matches.some(
        (m) =>
          m.start < i &&
          (m.start < anchorStart || m.start >= anchorEnd) &&
          a.clause[m.start] === clause &&
          !(m.start > anchorEnd && /^(?:that|which)$/.test(a.tokens[anchorEnd]?.norm ?? '')),
      )
    )
      continue;
    // "extended the pause on higher tariffs", "extended their tariff truce": extending keeps whatever it governs; the
    // word of the pause, exemption or suspension between it and the measure, or right after the measure's word,
    // says what that is.
    if (
      i < anchorStart &&
      CONTINUING_VERBS.test(a.tokens[i]?.norm ?? '') &&
      matches.some(
        (m) =>
          (m.start > i && m.start < anchorStart) ||
          (m.start === anchorEnd &&
            directions[(type.actions[m.value] as EventType['actions'][number]).action] !==
              directions[default_action]),
      )
    )
      continue;
    // "an extension of the anti-dumping duty": extending the measure itself keeps it; only an extension of its
    // pause or deadline ("an extension of the tariff pause") puts it off, and the word of the pause says so.
    if (
      a.tokens[i]?.norm === 'extension' &&
      a.tokens[end]?.norm === 'of' &&
      i < anchorStart &&
      anchorStart - end <= OBJECT_OPENING_WORDS + 1
    )
      continue;
    // "China's antimony export controls removed about 30% of seaborne supply": a measure that, as the subject, takes
    // something away (supply, a share of a market) has an effect; it is not lifted.
    if (
      i >= anchorEnd &&
      end === i + 1 &&
      directions[action] !== directions[default_action] &&
      measureActsOnObject(a, anchorEnd, i)
    )
      continue;
    // "eliminated country exceptions, as well as product-specific exclusions, and promised to announce
    // reciprocal tariffs": an exemption named before the anchor, with a verb between, is not the anchor's.
    if (
      i < anchorStart &&
      anyMatchAt(type.exemptions, a.tokens, i) &&
      (a.tokens.slice(end, anchorStart).some((t) => isVerbWord(t.norm)) ||
        matches.some((m) => m.start >= end && m.start < anchorStart))
    )
      continue;
    if (i < anchorStart && retaliatesAgainst(a.tokens, i, anchorStart)) continue;
    // "signed a deal under which U.S. tariffs on British cars will fall to 10%": a measure inside a relative
    // clause has that clause's own verb, not the one of the clause it describes.
    // ("added X, which supplies chips, to the Entity List": a relative clause closed before the anchor is not it.)
    if (
      i < anchorStart &&
      a.tokens
        .slice(end, anchorStart)
        .some((t, k) => /^(?:which|whereby)$/.test(t.norm) && a.clause[end + k] === clause)
    )
      continue;
    // "Under the order, Indian goods will be taxed at 50%": a word of a phrase set off before the subject
    // frames the clause; the clause's own words state its action.
    if (i < anchorStart && inFrontedPhrase(a.tokens, i, anchorStart)) continue;
    // "scrapped plans to limit nickel exports", "unveiled a plan to cut tariffs": a verb whose object is a plan
    // acts on the plan; the plan's own verb is the measure's action.
    if (i < anchorStart && objectIsPlan(a.tokens, end)) continue;
    // "suspended its planned countermeasures against U.S. tariffs": a verb whose object is the answer to the
    // measure acts on the answer.
    if (
      i < anchorStart &&
      a.tokens
        .slice(end, anchorStart)
        .some(
          (t, k) =>
            ANSWER_NOUNS.test(t.norm) && /^(?:against|to|over)$/.test(a.tokens[end + k + 1]?.norm ?? ''),
        )
    )
      continue;
    // "a halt to exports by miners whose licences it revoked": the verb of a relative clause about another
    // noun's possession acts on that possession.
    if (i >= anchorEnd && a.tokens.slice(anchorEnd, i).some((t) => t.norm === 'whose')) continue;
    // "sanctioned Kestrel Metals and the London Metal Exchange banned …": a verb right after a company named
    // after the anchor is that company's.
    if (
      i > anchorEnd &&
      a.mentions.some((m) => m.kind === 'organisation' && m.end === i && m.start >= anchorEnd)
    )
      continue;
    // "placed Illumina on its unreliable entity list and imposed export controls on tungsten": a verb coordinated
    // after the anchor with an object of its own acts on that object ("imposed a 25% tariff on aluminum and
    // exempted Canada": one that spares someone spares them from the measure before it).
    if (
      i > anchorEnd &&
      a.tokens[i - 1]?.norm === 'and' &&
      opensOwnObject(a.tokens[end]?.norm ?? '') &&
      !EXEMPTING_VERBS.test(a.tokens[i]?.norm ?? '')
    )
      continue;
    // "the duties on Velmora's steel, which Lusk hopes will halt its own subsidies": a verb after the measure whose
    // object its own possessive opens, and that is no other measure, acts on that object.
    if (
      i >= anchorEnd &&
      /^(?:their|its|his|her|our)$/.test(a.tokens[end]?.norm ?? '') &&
      !otherAnchors.some((x) => x.start > end && x.start <= end + OWN_OBJECT_WORDS)
    )
      continue;
    // "added 11 firms to its entity list and said it would impose a tariff": a verb after a report that
    // follows the anchor is the report's.
    // ("The tariffs, which Trump announced in February, were paused": a relative clause between is not, nor
    // is a participle set off right after the anchor: "The tariffs, announced in April, were paused", nor an
    // unmarked relative clause before the measure's own passive verb: "The ban that China announced in 2023 was
    // lifted".)
    // ("Tariffs on Chinese steel announced by Mexico last year were doubled": or a participle said of the measure.)
    const relativeReport = (k: number) =>
      verbSaidOfMeasure(a.tokens, anchorStart, anchorEnd, anchorEnd + k) &&
      /^(?:was|were|is|are)$/.test(a.tokens[i - 1]?.norm ?? '');
    if (
      i >= anchorEnd &&
      a.tokens
        .slice(anchorEnd, i)
        .some(
          (t, k) =>
            REPORTING_VERBS.has(t.norm) &&
            a.clause[anchorEnd + k] === clause &&
            !(/ed$/.test(t.norm) && ((k === 1 && a.tokens[anchorEnd]?.norm === ',') || relativeReport(k))),
        )
    )
      continue;
    // "higher duties threaten Ohio steel mills", "the 30% U.S. tariff on Chilean wine threatened 3,000 jobs":
    // the measure that threatens something is no threat of it.
    if (i >= anchorEnd && endangers(a, i, anchorEnd)) continue;
    // "tariffs on copper imports have lifted prices", "higher costs after tariffs": an action word whose
    // object or noun is what the measure moves acts on that, not on the measure.
    // "exempt imports of critical minerals from tariffs" spares the imports from the measure.
    const sparesFromAnchor =
      EXEMPTING_VERBS.test(a.tokens[i]?.norm ?? '') && sparedFromAnchor(a, anchorStart);
    if (movesEffect(a.tokens, end) && !sparesFromAnchor) continue;
    // "suspended bauxite exports after revoking its licence": a gerund that a time word opens after the anchor
    // is a step of its own.
    if (
      i >= anchorEnd &&
      TIME_CLAUSE_OPENERS.test(a.tokens[i - 1]?.norm ?? '') &&
      /ing$/.test(a.tokens[i]?.norm ?? '')
    )
      continue;
    options.push({
      action:
        liftedToLevel(a, type, action, i, anchorEnd, clause) ??
        setAtChangedLevel(a, type, i, anchorStart, anchorEnd, clause) ??
        unlessExemption(a, type, action, i, end),
      start: i,
      end,
      score: isAnchorItself || afterComma || inReducedRelative(a, anchorEnd, i) ? gap + before + after : gap,
    });
  }
  options.sort((x, y) => x.score - y.score);
  const readings: { action: string; start: number | null; end: number | null }[] = [];
  for (const o of options) {
    if (readings.length >= MAX_READINGS - 1) break;
    if (!readings.some((r) => r.action === o.action)) readings.push(o);
  }
  // "will climb to 25% from 7.5%": levels that state the change leave no other reading beside it.
  const levelMove = implied === undefined ? levelChange(a, type, anchorStart, anchorEnd, clause) : null;
  const fallback = exemptionTakenAway
    ? type.spec.default_action
    : (implied ?? levelMove ?? type.spec.default_action);
  if (!readings.some((r) => r.action === fallback)) {
    // "Indonesia will ban bauxite exports": an anchor that opens with its own verb states its action there.
    const verb = implied === fallback ? leadingVerb(a, anchorStart, anchorEnd) : null;
    readings.push({ action: fallback, start: verb?.start ?? null, end: verb?.end ?? null });
  }
  return readings;
}

/** Verbs that let a measure run out ("allowed its duties … to expire"). */
const LETTING = /^(?:allow|allows|allowed|allowing|let|lets|letting)$/;
/** Infinitives of a measure running out ("to expire"). */
const TO_RUN_OUT = /^(?:expire|lapse|end)$/;
/** How many words may stand between "allowed" and the measure it lets run out ("allowed its anti-dumping …"). */
const LETTING_REACH = 3;

/**
 * "The EU allowed its anti-dumping duties on stainless steel … from India to expire": a measure let run out takes the
 * "to expire" of its clause as its action, however long its own phrase; the end of that reach, or 0.
 */
function lapseAllowed(a: SentenceAnalysis, anchorStart: number, anchorEnd: number, clause: number): number {
  const letting = a.tokens
    .slice(Math.max(0, anchorStart - LETTING_REACH), anchorStart)
    .some((t) => LETTING.test(t.norm));
  if (!letting) return 0;
  for (let k = anchorEnd; k < a.tokens.length - 1 && a.clause[k] === clause; k++)
    if (a.tokens[k]?.norm === 'to' && TO_RUN_OUT.test(a.tokens[k + 1]?.norm ?? '')) return k + 2;
  return 0;
}

/**
 * "suspend the export controls it announced in October": a verb right after the measure and a subject of its
 * own (a pronoun or a country) is a relative clause that describes the measure, and gives way to a verb that
 * governs it.
 */
function inReducedRelative(a: SentenceAnalysis, anchorEnd: number, verb: number): boolean {
  if (verb <= anchorEnd) return false;
  if (verb === anchorEnd + 1 && SUBJECT_PRONOUNS.test(a.tokens[anchorEnd]?.norm ?? '')) return true;
  return a.mentions.some((m) => m.kind === 'country' && m.start === anchorEnd && m.end === verb);
}

/**
 * "duties of 10% to 25%": the rate after "to" ends a range that "of" opens after plural measures, no level a change
 * goes to ("its import duty of 10% to 15%" is one measure's change).
 */
function highEndOfRange(a: SentenceAnalysis, rate: Mention, anchorEnd: number): boolean {
  const low = a.mentions.find((m) => m.kind === 'rate' && m.end === rate.start - 1);
  return (
    low !== undefined &&
    a.tokens[low.start - 1]?.norm === 'of' &&
    /(?:s|ies)$/.test(a.tokens[anchorEnd - 1]?.norm ?? '')
  );
}

/** How far after the measure's word the level a "lift" takes it to may stand ("lifted tariffs on Chinese goods to 145%"). */
const LIFTED_LEVEL_REACH = 8;

/**
 * "The US tariff on Japanese cars was set at 15%, down from 27.5%": a verb that only sets a level takes the
 * direction of the change its levels state.
 */
function setAtChangedLevel(
  a: SentenceAnalysis,
  type: EventType,
  verb: number,
  anchorStart: number,
  anchorEnd: number,
  clause: number,
): string | null {
  if (!/^(?:set|sets|setting)$/.test(a.tokens[verb]?.norm ?? '')) return null;
  return levelChange(a, type, anchorStart, anchorEnd, clause);
}

/**
 * "Trump lifted tariffs on Chinese goods to 145%": "lift" with a level it takes the measure to, or a change by a share,
 * raises it; the type's raising action, or null for any other word.
 */
function liftedToLevel(
  a: SentenceAnalysis,
  type: EventType,
  action: string,
  verb: number,
  anchorEnd: number,
  clause: number,
): string | null {
  if (!/^lift(?:s|ed|ing)?$/.test(a.tokens[verb]?.norm ?? '')) return null;
  const up = type.spec.level_actions.find((x) => type.spec.directions[x] === 'up');
  if (!up || type.spec.directions[action] === 'up') return null;
  const level = a.mentions.find(
    (m) =>
      m.kind === 'rate' &&
      !m.isMove &&
      !m.isPrevious &&
      m.start >= anchorEnd &&
      m.start - anchorEnd <= LIFTED_LEVEL_REACH &&
      a.clause[m.start] === clause &&
      // ("lifted its tariff on steel sheet by 5 percentage points": a change by a share raises it too; not one
      // set off by a comma, "…, boosting shipments by 40%".)
      // ("lifted duties of 10% to 25%": not the high end of a range the measure's "of" opens.)
      // ("lifted tariffs of up to 25%": nor the ceiling of the measure's rates.)
      ((a.tokens[m.start - 1]?.norm === 'to' &&
        a.tokens[m.start - 2]?.norm !== 'up' &&
        !highEndOfRange(a, m, anchorEnd)) ||
        (a.tokens[m.start - 1]?.norm === 'by' &&
          !a.tokens.slice(anchorEnd, m.start).some((t) => t.norm === ','))),
  );
  return level ? up : null;
}

/**
 * Words after a verb that say it has no object of its own ("and later removed it", "and banned from …", "and
 * lifted in 2023"): anything else opens its own object.
 */
const NO_OWN_OBJECT =
  /^(?:it|them|him|her|those|this|these|to|from|on|in|into|by|with|for|off|under|at|as|after|before|over|since|until|later|earlier|again|last|and|or|but|,|;|\.)$/;

/** Nouns of answering a measure ("countermeasures against", "its response to"). */
const ANSWER_NOUNS = /^(?:countermeasures?|counter-measures?|retaliation|reprisals?|responses?)$/;

/** How many words of an object its possessive may open before the measure it names ("its planned export ban"). */
const OWN_OBJECT_WORDS = 3;

function opensOwnObject(next: string): boolean {
  return next !== '' && /^[\p{L}\d$€£]/u.test(next) && !NO_OWN_OBJECT.test(next);
}

/** Nouns of a change to a measure, read as its action right after the measure's word ("tariff cuts"). */
const CHANGE_NOUNS = /^(?:cut|cuts|reduction|reductions|hike|hikes|increase|increases|rise|rises)$/;

/** "Threaten" as what a measure does to something. */
const ENDANGERS = /^(?:threaten|threatens|threatening|threatened)$/;
/** Words after "threatened" that make it a participle of the measure ("tariffs threatened by Trump", "… last week"). */
const AFTER_PARTICIPLE =
  /^(?:by|to|last|earlier|this|on|in|at|since|during|against|for|over|under|,|\.|;|and|or|but|were|was|is|are|would|will)$/;

/** What a measure moves, as the object of a verb after it ("lifted prices", "cut imports"). */
const EFFECTS =
  /^(?:price|prices|cost|costs|inflation|shares|stocks|demand|output|profit|profits|earnings|revenue|revenues|margins|sales|imports|exports|volumes|premiums|bills|spending|uncertainty|fears|fear|concerns|concern|worries|worry|questions|doubts|alarm|eyebrows|anxiety|hopes|tensions|volatility|yields|expectations|pressure)$/;
/** Words that may stand between a verb and its object ("pushed up the prices"). */
const EFFECT_OPENERS = /^(?:the|its|their|a|an|up|down|global|domestic|local)$/;

/**
 * Whether the object of the verb that ends at token `end` is an effect of a measure ("lifted prices"); `named`:
 * names may say whose it is too ("which has lifted U.S. premiums"), where no verb that hits goods can stand.
 */
function movesEffect(tokens: readonly Token[], end: number, named = false): boolean {
  // "lifted copper prices", "pushed up the steel stocks": words that say whose the effect is may come first.
  const modifier = named ? /^(?:[a-z][a-z-]*|\p{Lu}[\p{L}.]*)$/u : /^[a-z][a-z-]*$/;
  for (let k = end; k < end + 4; k++) {
    const norm = tokens[k]?.norm ?? '';
    if (EFFECTS.test(norm)) return true;
    if (!EFFECT_OPENERS.test(norm) && !(modifier.test(tokens[k]?.text ?? '') && !endsNounPhrase(norm)))
      return false;
  }
  return false;
}

/** Determiners that open the subject of a clause ("after a six-month exemption expired"). */
const SUBJECT_DETERMINERS = /^(?:a|an|the|its|their|this|that)$/;
/** How many modifiers may stand between such a determiner and the action noun ("a six-month exemption"). */
const SUBJECT_MODIFIERS = 2;

/** Whether a clause of time opens at token `k` with a subject of its own ("after a six-month exemption expired"). */
function opensClauseWithSubject(tokens: readonly Token[], k: number): boolean {
  return (
    (TIME_CLAUSE_OPENERS.test(tokens[k]?.norm ?? '') || /^(?:when|until|as)$/.test(tokens[k]?.norm ?? '')) &&
    SUBJECT_DETERMINERS.test(tokens[k + 1]?.norm ?? '')
  );
}

/**
 * "reimposed its ban … after a six-month exemption expired": an action noun that opens the subject of a clause
 * of time after the measure names another measure, and is no action on this one.
 */
function subjectOfLaterClause(tokens: readonly Token[], anchorEnd: number, at: number): boolean {
  const opener = tokens.findIndex((_, k) => k >= anchorEnd && k < at && opensClauseWithSubject(tokens, k));
  if (opener < 0) return false;
  const modifiers = tokens.slice(opener + 2, at);
  return modifiers.length <= SUBJECT_MODIFIERS && modifiers.every((t) => /^[\p{L}\d-]+$/u.test(t.text));
}

/** Words that open a clause of time or cause before a gerund ("after revoking", "before lifting"). */
const TIME_CLAUSE_OPENERS = /^(?:after|before|since|while|despite|following)$/;

/** What may follow the verb of a closing report besides a weekday ("…, the minister warned on Tuesday."). */
const REPORT_TAIL = /^(?:on|last|this|today|yesterday|week|month|[.!"”’])$/;

/** Words that make what follows a comma a clause about the measure, not a speaker: "…, which were later lifted." */
const NOT_A_SPEAKER =
  /^(?:which|that|who|and|or|but|then|later|since|is|are|was|were|be|been|being|has|have|had)$/;

/**
 * Whether the action word at [start, end) closes the sentence after its subject alone, with at most a time
 * after it: the verb of a report about the sentence ("…, the minister warned on Tuesday.").
 */
function closesReport(a: SentenceAnalysis, start: number, end: number): boolean {
  const rest = a.tokens.slice(end);
  if (rest.length > 3 || !rest.every((t) => REPORT_TAIL.test(t.norm) || isWeekdayName(t.norm))) return false;
  let comma = start - 1;
  while (comma >= 0 && a.tokens[comma]?.norm !== ',') comma--;
  const subject = a.tokens.slice(comma + 1, start);
  return subject.length > 0 && !subject.some((t) => NOT_A_SPEAKER.test(t.norm));
}

/** How far after the anchor the levels of a change may stand ("duties on Chinese goods falling to 30% from 145%"). */
const LEVEL_REACH = 12;
/** How far after the anchor the level a rate before it comes from may stand (", down from 27.5%"). */
const OWN_LEVEL_REACH = 4;
/** How far it may stand after the measure's own phrase set off by a comma ("a 15% tariff on its autos, down from 25%"). */
const SET_OFF_LEVEL_REACH = 10;

/**
 * Whether the level a rate comes from (`from`) follows the anchor closely, or after the measure's own phrase and a
 * comma (", down from 25%", ", up from 10%").
 */
function ownLevelBefore(a: SentenceAnalysis, anchorEnd: number, from: Mention): boolean {
  const gap = from.start - anchorEnd;
  if (gap <= OWN_LEVEL_REACH) return true;
  const comma = from.start - 3;
  return (
    gap <= SET_OFF_LEVEL_REACH &&
    a.tokens[comma]?.norm === ',' &&
    /^(?:down|up)$/.test(a.tokens[comma + 1]?.norm ?? '') &&
    a.tokens[comma + 2]?.norm === 'from' &&
    a.tokens.slice(anchorEnd, comma).every((t) => t.norm !== ',') &&
    !a.mentions.some((m) => m.kind === 'rate' && m.start >= anchorEnd && m.start < comma)
  );
}

/**
 * "duties on Chinese goods falling to 30% from 145%": with no action word, a rate the measure goes to and the
 * rate it comes from say its direction, read as the type's level action going that way.
 */
function levelChange(
  a: SentenceAnalysis,
  type: EventType,
  anchorStart: number,
  anchorEnd: number,
  clause: number,
): string | null {
  const rates = a.mentions.filter(
    (m) =>
      m.kind === 'rate' &&
      !m.isMove &&
      m.start >= anchorEnd &&
      m.start - anchorEnd <= LEVEL_REACH &&
      a.clause[m.start] === clause,
  );
  const from = rates.find((m) => m.isPrevious);
  if (!from) return null;
  // "Duties range from 12.4% to 35.6%", "between 14% and 56%": the low end of a range, no level left.
  const opener = a.tokens[from.start - 1]?.norm ?? '';
  // ("The normal tariff on such equipment is 11% to 14%": so is a range a copula states.)
  // ("duties of 20% to 40%": as is one the measure's "of" opens.)
  if (
    opener === 'between' ||
    (opener === 'of' && a.tokens[from.end]?.norm === 'to') ||
    /^(?:is|are|was|were|stands|stood|remains|remained|sits|sat)$/.test(opener) ||
    (opener === 'from' &&
      /^(?:range|ranges|ranged|ranging|vary|varies|varied|varying)$/.test(
        a.tokens[from.start - 2]?.norm ?? '',
      ))
  )
    return null;
  // "a 15% tariff, down from 27.5%": the anchor's own rate, right before it, is the level it goes to.
  const own = a.mentions.find(
    (m) =>
      m.kind === 'rate' &&
      !m.isMove &&
      !m.isPrevious &&
      m.end <= anchorStart &&
      anchorStart - m.end <= 1 &&
      a.clause[m.start] === clause,
  );
  // "to 30% from 145%", "caps tariffs at 15%, down from 27.5%": the level a change goes to.
  const stated = rates.find((m) => !m.isPrevious && /^(?:to|at)$/.test(a.tokens[m.start - 1]?.norm ?? ''));
  const to = stated ?? (own && ownLevelBefore(a, anchorEnd, from) ? own : undefined);
  if (!to || to.value === from.value) return null;
  const [first, second] = to.start > from.start ? [from, to] : [to, from];
  const gap = a.tokens.slice(first.end, second.start).filter((t) => t.norm !== 'the').length;
  if (stated && gap > 3) return null;
  const direction = Number(to.value) > Number(from.value) ? 'up' : 'down';
  return type.spec.level_actions.find((action) => type.spec.directions[action] === direction) ?? null;
}

const TIME_PREPOSITIONS = /^(?:by|at|until|till|before|after|from|since|to|near|towards?)$/;
const TIME_POINTS = /^(?:end|start|beginning)$/;

/** "likely by the end of the year": a point in time, not the action its word can also be ("end the tariffs"). */
function inTimePhrase(a: SentenceAnalysis, at: number): boolean {
  const t = a.tokens;
  return (
    TIME_POINTS.test(t[at]?.norm ?? '') &&
    t[at - 1]?.norm === 'the' &&
    TIME_PREPOSITIONS.test(t[at - 2]?.norm ?? '') &&
    t[at + 1]?.norm === 'of'
  );
}

/** Prepositions that make a measure the topic of the noun before them ("talks over the tariffs"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'about', 'regarding', 'into']);
const TOPIC_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'new', 'such']);

/**
 * Whether the anchor is the topic of another noun ("hearings on the sanctions", "negotiations over the
 * tariffs"), which is then the subject of the verbs after it; a noun that is itself an action of the
 * type ("a pause on the tariffs") is the measure's own.
 */
function isTopicOfOtherNoun(a: SentenceAnalysis, type: EventType, anchorStart: number): boolean {
  let k = anchorStart - 1;
  while (k > anchorStart - 3 && TOPIC_DETERMINERS.has(a.tokens[k]?.norm ?? '')) k--;
  if (!TOPIC_PREPOSITIONS.has(a.tokens[k]?.norm ?? '')) return false;
  const head = a.tokens[k - 1];
  // A lower-case plural noun, or one that opens the sentence.
  if (!head || !/^[a-z][a-z-]+s$/.test(k - 1 === 0 ? head.norm : head.text)) return false;
  return !type.actionIndex.findAll(a.tokens.slice(k - 1, k)).length && !isVerbWord(head.norm);
}

/** Words after which a word that may be a noun or a verb ("ban", "bans") is the verb. */
const VERB_CONTEXT =
  /^(?:will|would|could|can|may|might|must|shall|should|to|not|also|it|they|he|she|we|then|later|already|now|still|again|formally|officially|temporarily|effectively|quietly|recently)$/;

/**
 * The anchor's first word as its action where it is a verb ("banned bauxite exports", "will ban
 * shipments", "Peru will allow X to resume sales"), not a noun ("a ban on exports"): a form in -ed or -ing,
 * or one after a modal, "to", a pronoun or a name (the tagger would settle it, but would run on many more
 * sentences).
 */
function leadingVerb(
  a: SentenceAnalysis,
  anchorStart: number,
  anchorEnd: number,
): { start: number; end: number } | null {
  if (anchorEnd - anchorStart < 2) return null;
  const word = a.tokens[anchorStart]?.norm ?? '';
  const verb =
    /(?:ed|ing)$/.test(word) ||
    VERB_CONTEXT.test(a.tokens[anchorStart - 1]?.norm ?? '') ||
    a.mentions.some((m) => m.end === anchorStart && (m.kind === 'country' || m.kind === 'organisation'));
  return verb ? { start: anchorStart, end: anchorStart + 1 } : null;
}

/** How many words (articles, adjectives) may stand between an enacting word and the measure it enacts. */
const ENACTING_REACH = 3;

/** "approved a ban on exports": an enacting word that governs the anchor closely, before it. */
function enacts(a: SentenceAnalysis, type: EventType, at: number, anchorStart: number): boolean {
  if (at >= anchorStart || !anyMatchAt(type.enactingWords, a.tokens, at)) return false;
  if (anchorStart - at <= ENACTING_REACH + 1) return true;
  // "approved a bill that would ban exports": the law that states the measure stands between.
  return (
    anchorStart - at <= ENACTING_REACH + 1 + LAW_CLAUSE_WORDS &&
    a.tokens.slice(at + 1, anchorStart).some((t) => LAW_NOUNS.test(t.norm))
  );
}

/** Nouns of an instrument that states a measure ("a bill that would ban"), and how many words its clause adds. */
const LAW_NOUNS =
  /^(?:bill|bills|law|laws|legislation|decree|decrees|regulation|regulations|rule|rules|measure)$/;
const LAW_CLAUSE_WORDS = 3;

/** How far before an exemption word the word that takes it away may stand ("ended the de minimis exemption"). */
const EXEMPTION_REMOVER_REACH = 4;
/** How far before an exemption that ends a list of objects the removal word that governs the list may stand. */
const EXEMPTION_LIST_REACH = 16;

/** "ended all exclusions on steel tariffs": taking away an exemption is the type's default action. */
function unlessExemption(
  a: SentenceAnalysis,
  type: EventType,
  action: string,
  actionStart: number,
  actionEnd: number,
): string {
  const spec = type.spec;
  const against = (k: number) =>
    type.actions.some(
      (x) =>
        spec.directions[x.action] !== spec.directions[spec.default_action] &&
        matchAt(x.phrase, a.tokens, k) > 0,
    );
  const exemption = (k: number) => anyMatchAt(type.exemptions, a.tokens, k);
  if (spec.directions[action] === spec.directions[spec.default_action]) return action;
  // The removal word is itself the exemption: a removal before it takes it away ("end all exclusions", "ended
  // the de minimis exemption").
  if (exemption(actionStart)) {
    if (exemptionExpires(a, actionStart, actionEnd)) return spec.default_action;
    for (let k = Math.max(0, actionStart - EXEMPTION_REMOVER_REACH); k < actionStart; k++)
      if (against(k)) return spec.default_action;
    // "eliminating country exceptions and quota deals, as well as product-specific tariff exclusions": a removal
    // word whose list of objects ends with the exemption takes it away too.
    for (let k = Math.max(0, actionStart - EXEMPTION_LIST_REACH); k < actionStart; k++) {
      const between = a.tokens.slice(k + 1, actionStart);
      const listed = between.some(
        (t, j) => t.norm === 'and' || (t.norm === 'as' && between[j + 1]?.norm === 'well'),
      );
      if (against(k) && listed && between.every((_, j) => a.clause[k + 1 + j] === a.clause[actionStart]))
        return spec.default_action;
    }
    return action;
  }
  // "let its tariff waiver for Canadian potash expire": the exemption that runs out, before its verb.
  // ("The truce ended China's 125% tariffs": an exemption that ends a measure, with the measure as its object,
  // takes it away.)
  if (endsExemption(a, actionStart) && endsAsStated(a, actionStart) && !takesObject(a, actionEnd))
    for (let k = reachOverNames(a, actionStart, EXEMPTION_EXPIRY_REACH, -1); k < actionStart; k++)
      if (exemption(k) && a.clause[k] === a.clause[actionStart]) return spec.default_action;
  for (let k = actionEnd; k < Math.min(a.tokens.length, actionEnd + 4); k++)
    if (exemption(k)) return spec.default_action;
  return action;
}

/** "could end next year", "will end if it fails to …": an end that may come, or on a condition, is none yet. */
function endsAsStated(a: SentenceAnalysis, verb: number): boolean {
  return (
    !/^(?:could|may|might|should|can)$/.test(a.tokens[verb - 1]?.norm ?? '') &&
    !a.tokens
      .slice(verb)
      .some((t, k) => a.clause[verb + k] === a.clause[verb] && /^(?:if|unless)$/.test(t.norm))
  );
}

/** How far after an exemption the verb that says it ran out may stand ("the exemption for Korean steel expired"). */
const EXEMPTION_EXPIRY_REACH = 10;

/**
 * The token `words` words away from `from` (exclusive bound after it, or first token before it), where a country's
 * name and a list of them count as one word ("The exemptions for Canada, Mexico and Brazil from the tariffs expired").
 */
function reachOverNames(a: SentenceAnalysis, from: number, words: number, direction: 1 | -1): number {
  const named = (k: number) => a.mentions.some((m) => m.kind === 'country' && k >= m.start && k < m.end);
  const joins = (k: number) => /^(?:,|and|or)$/.test(a.tokens[k]?.norm ?? '') && named(k - 1) && named(k + 1);
  let k = direction === 1 ? from : from - 1;
  for (let counted = 0; k >= 0 && k < a.tokens.length; k += direction) {
    const inRun = named(k) || joins(k);
    const runGoesOn = named(k + direction) || joins(k + direction);
    if (!(inRun && runGoesOn)) counted++;
    if (counted >= words) break;
  }
  return direction === 1 ? Math.min(a.tokens.length, k + 1) : Math.max(0, k);
}
const EXPIRY_VERBS = /^(?:expire|expires|expired|expiring|lapse|lapses|lapsed|lapsing|end|ends|ended)$/;
/** Words after which a verb has no object: a preposition, a time, an adverb, punctuation or the end. */
const NO_OBJECT_AFTER =
  /^(?:|on|in|at|by|from|for|after|before|without|last|this|next|early|late|earlier|later|yesterday|today|again|and|but|,|\.|;|:|\))$/;

/** Whether the verb that ends at `end` takes an object (something other than a time or a preposition follows). */
function takesObject(a: SentenceAnalysis, end: number): boolean {
  const next = a.tokens[end]?.norm ?? '';
  if (NO_OBJECT_AFTER.test(next) || /ly$/.test(next) || isWeekdayName(next)) return false;
  return !a.mentions.some((m) => m.kind === 'date' && m.start === end);
}

/** Verbs that end something in the passive ("Argentina's exemption … was revoked"). */
const ENDED_PARTICIPLES = /^(?:revoked|withdrawn|rescinded|cancell?ed|scrapped|terminated|ended)$/;

/** Whether the word at `k` says what comes before it ran out or was ended ("expired", "was revoked"). */
function endsExemption(a: SentenceAnalysis, k: number): boolean {
  const word = a.tokens[k]?.norm ?? '';
  return (
    EXPIRY_VERBS.test(word) ||
    (ENDED_PARTICIPLES.test(word) && /^(?:was|were|been|be|being)$/.test(a.tokens[k - 1]?.norm ?? ''))
  );
}

/** Verbs of a party losing what it had ("Australia will lose its exemption"). */
const LOSING_VERBS = /^(?:lose|loses|lost|losing|forfeit|forfeits|forfeited)$/;

/** "let the exemption for Korean steel expire": an exemption that runs out ends, and the measure applies again. */
function exemptionExpires(a: SentenceAnalysis, exemptionStart: number, exemptionEnd: number): boolean {
  // "Australia will lose its exemption": an exemption a party loses ends too.
  let before = exemptionStart - 1;
  while (before > 0 && SITE_DETERMINERS.test(a.tokens[before]?.norm ?? '')) before--;
  if (LOSING_VERBS.test(a.tokens[before]?.norm ?? '')) return endsAsStated(a, before);
  for (let k = exemptionEnd; k < reachOverNames(a, exemptionEnd, EXEMPTION_EXPIRY_REACH, 1); k++) {
    if (a.clause[k] !== a.clause[exemptionEnd - 1]) return false;
    const word = a.tokens[k]?.norm ?? '';
    if (endsExemption(a, k)) return endsAsStated(a, k);
    if (/^(?:ran|run|runs|running)$/.test(word) && a.tokens[k + 1]?.norm === 'out') return endsAsStated(a, k);
  }
  return false;
}

/**
 * "a ban on the export of copper cathodes and scrap": a word joined to goods that takes no object (punctuation
 * or a preposition follows it) is more goods, not a verb.
 */
function coordinatedWithGoods(a: SentenceAnalysis, at: number): boolean {
  return (
    /^(?:and|or)$/.test(a.tokens[at - 1]?.norm ?? '') &&
    a.mentions.some((g) => g.kind === 'goods' && g.end === at - 1) &&
    /^(?:|[,.;:)]|to|from|in|on|for|at|by|with|into|until|since)$/.test(a.tokens[at + 1]?.norm ?? '')
  );
}

/** Roles of countries given as examples of those a measure covers ("including China", "such as Chile"). */
const EXAMPLE_ROLES = new Set(['prep:including', 'prep:such as', 'prep:like', 'prep:among them']);

/** How far before the trigger and after it a word that makes the measure global may stand. */
const GLOBAL_REACH: readonly [number, number] = [3, 6];

/** "global tariffs", "a 25% tax on all steel": the measure applies to every country (no target). */
function isGlobalMeasure(a: SentenceAnalysis, type: EventType, trigger: Trigger): boolean {
  if (type.globalWords.length === 0) return false;
  const from = Math.max(0, trigger.start - GLOBAL_REACH[0]);
  const to = Math.min(a.tokens.length, trigger.end + GLOBAL_REACH[1]);
  for (let k = from; k < to; k++) {
    if (a.clause[k] !== trigger.clause) continue;
    if (anyMatchAt(type.globalWords, a.tokens, k)) return true;
    // "a farm tariff that makes imported fertilizer dearer": goods named as imports, from wherever they come.
    if (
      IMPORTED.test(a.tokens[k]?.norm ?? '') &&
      a.mentions.some((m) => m.kind === 'goods' && m.start === k + 1)
    )
      return true;
  }
  return false;
}

/** Words that name goods as coming from abroad, from no country in particular ("imported steel", "foreign cars"). */
const IMPORTED = /^(?:imported|foreign)$/;

/** The goods named right before a generic word of trade ("steel and aluminium exports"), the last of a list. */
function tradedGoodsBefore(pool: readonly Mention[], trade: Mention | null): Mention | undefined {
  if (!trade) return undefined;
  return pool.find((m) => m.kind === 'goods' && m.end === trade.start && m.value !== GENERIC_GOODS);
}

/** A goods phrase as written: the lexicon word with the modifiers before it and the goods coordinated with it. */
function goodsPhrase(
  a: SentenceAnalysis,
  m: Mention,
  trigger: Trigger,
  isActionWord: (at: number) => boolean,
): string {
  // Modifiers never reach into the anchor ("suspended cobalt exports" names cobalt).
  const floor = m.start >= trigger.anchorEnd ? trigger.anchorEnd : trigger.anchorStart + 1;
  // "added tungsten, bismuth and indium to its control list": the phrase opens with the first of the goods
  // coordinated with the one read.
  const first = firstOfGroup(a, m);
  const sameSide =
    m.start >= trigger.anchorEnd ? first.start >= trigger.anchorEnd : first.start < trigger.anchorStart;
  let start = sameSide && a.clause[first.start] === a.clause[m.start] ? first.start : m.start;
  for (let k = 0; k < 3 && start - 1 >= floor; k++) {
    const t = a.tokens[start - 1];
    // Modifiers are lower-case words that are not the event's own verbs ("threatens metals tariffs"), nor
    // verbs that take the goods as object ("tariffs targeting imports", "to cover critical minerals").
    if (
      !t ||
      !/^[a-z][a-z-]*$/.test(t.text) ||
      STOP_BEFORE_GOODS.has(t.norm) ||
      isActionWord(start - 1) ||
      GOODS_TAKING_VERBS.test(t.norm) ||
      // "the tariff could hurt coffee shipments": the word after a modal is a verb that takes the goods.
      MODAL_AUXILIARIES.test(t.norm) ||
      MODAL_AUXILIARIES.test(a.tokens[start - 2]?.norm ?? '') ||
      // "to cover critical minerals": the infinitive's verb ("access to advanced chips" has a participle).
      (a.tokens[start - 2]?.norm === 'to' && !/[^e]ed$/.test(t.norm)) ||
      // "block China from obtaining advanced chips": a gerund after "from" takes the goods as object.
      (a.tokens[start - 2]?.norm === 'from' && t.norm.endsWith('ing'))
    )
      break;
    start--;
  }
  const members = a.mentions.filter((x) => x.kind === 'goods' && x.group === m.group && x.start >= m.start);
  let end = Math.max(m.end, ...members.map((x) => x.end));
  // "five metals, including molybdenum": the named goods belong to the phrase.
  if (
    a.tokens[end]?.norm === ',' &&
    /^(?:including|such|notably|like)$/.test(a.tokens[end + 1]?.norm ?? '')
  ) {
    const named = a.mentions.find((x) => x.kind === 'goods' && x.start > end && x.start <= end + 4);
    if (named)
      end = Math.max(
        named.end,
        ...a.mentions.filter((x) => x.kind === 'goods' && x.group === named.group).map((x) => x.end),
      );
  }
  return phraseText(a, start, end);
}

/** The goods that examples after ", including" (or "such as", "notably", "like") illustrate, if any. */
function illustratedGoods(a: SentenceAnalysis, m: Mention): Mention | undefined {
  const first = firstOfGroup(a, m);
  const opener = a.tokens[first.start - 1]?.norm === 'as' ? first.start - 2 : first.start - 1;
  if (
    !/^(?:including|such|notably|like)$/.test(a.tokens[opener]?.norm ?? '') ||
    a.tokens[opener - 1]?.norm !== ','
  )
    return undefined;
  return a.mentions.find((x) => x.kind === 'goods' && x.end === opener - 1);
}

/** The text of tokens [start, end) as one line: wire copy breaks lines inside phrases ("frozen\nconcentrated"). */
function phraseText(a: SentenceAnalysis, start: number, end: number): string {
  return a.text
    .slice((a.tokens[start] as Token).start, (a.tokens[end - 1] as Token).end)
    .replace(/\s+/g, ' ');
}
/** Verbs whose object is the goods, never a modifier of them. */
const GOODS_TAKING_VERBS =
  /^(?:targeting|covering|affecting|hitting|including|excluding|involving|exempting|exporting|importing|shipping|transshipping|selling|buying|made|cover|covers|include|includes|target|targets|ship|sell|supply|buy)$/;
const STOP_BEFORE_GOODS = new Set([
  // "cut off rare earth shipments": the particle of a phrasal verb.
  'off',
  'before',
  'after',
  'since',
  'until',
  'about',
  'over',
  'into',
  'against',
  'like',
  'than',
  'under',
  'between',
  'through',
  'during',
  'without',
  'within',
  'across',
  'per',
  'via',
  'despite',
  'amid',
  'his',
  'her',
  'our',
  'the',
  'a',
  'an',
  'on',
  'of',
  'and',
  'or',
  'to',
  'for',
  'from',
  'in',
  'its',
  'their',
  'all',
  'some',
  'several',
  'many',
  'various',
  'certain',
  'few',
  'any',
  'each',
  'every',
  'both',
  'with',
  'tariffs',
  'tariff',
  'duties',
  'duty',
  'controls',
  'control',
  'export',
  'exports',
  'ban',
  'restrictions',
  'import',
  'imports',
  'by',
  'as',
  'at',
  'that',
  'which',
  'is',
  'are',
  'was',
  'were',
  'be',
  'has',
  'have',
  'will',
  'would',
  'no',
  'not',
  'never',
  'longer',
]);

/** Words between "any" and the measure it opens ("any U.S. tariff", "any new duties", "any such levies"). */
const ANY_PHRASE_WORDS =
  /^(?:\p{Lu}[\p{L}.-]*|new|additional|further|higher|more|such|future|retaliatory|reciprocal|[\d.,]+|%)$/u;
const ANY_PHRASE_REACH = 4;

/** "any U.S. tariff", "any new duties": the anchor's phrase opens with "any". */
function anyMeasure(a: SentenceAnalysis, anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - ANY_PHRASE_REACH); k--) {
    const word = a.tokens[k] as Token;
    if (word.norm === 'any') return true;
    if (!ANY_PHRASE_WORDS.test(word.text)) return false;
  }
  return false;
}

/** Nouns of what may or may not come ("the risk of export curbs", "the possibility of a ban"). */
const POSSIBILITY_NOUNS =
  /^(?:risks?|possibility|possibilities|prospects?|chances?|likelihood|odds|spectre|specter)$/;
const POSSIBLE_PHRASE_REACH = 6;

/**
 * "the risk of export curbs on cobalt", "the possibility of a cobalt export ban": a measure named as what may
 * come states none. Only the measure's own words (its determiner, country, rate and goods) stand between.
 */
function possibleMeasure(a: SentenceAnalysis, anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - POSSIBLE_PHRASE_REACH); k--) {
    const word = a.tokens[k] as Token;
    if (word.norm === 'of') return POSSIBILITY_NOUNS.test(a.tokens[k - 1]?.norm ?? '');
    // ("cited the risks of the 25% US tariffs": a measure named definitely is one in place.)
    const measureWord =
      /^(?:a|an)$/.test(word.norm) ||
      ANY_PHRASE_WORDS.test(word.text) ||
      a.mentions.some((m) => (m.kind === 'goods' || m.kind === 'country') && k >= m.start && k < m.end);
    if (!measureWord) return false;
  }
  return false;
}

/** Copulas by which a likelihood is predicated of a subject ("is unlikely", "looks possible"). */
const LIKELIHOOD_COPULAS =
  /^(?:is|are|was|were|be|been|seems?|seemed|looks?|looked|appears?|appeared|remains?|remained)$/;
/** Words of a likelihood, and those that may stand between it and the copula ("now seen as likely"). */
const LIKELIHOOD = /^(?:likely|unlikely|possible|impossible|probable|improbable|doubtful|uncertain)$/;
const LIKELIHOOD_HEDGES = /^(?:\w+ly|now|still|seen|considered|viewed|as|not|also)$/;
/** How far after the measure's words the copula of its likelihood may stand ("ban on alumina exports by Indonesia is"). */
const LIKELIHOOD_REACH = 8;

/**
 * "Analysts say a new ban on alumina exports is unlikely before 2026", "new U.S. tariffs on Chilean copper are
 * unlikely": a measure whose likelihood is what the clause predicates of it is supposed, not stated ("the tariffs
 * are likely to stay", "are likely here to stay" say the measure stays, and are read as before).
 */
function likelihoodPredicated(a: SentenceAnalysis, anchorEnd: number): boolean {
  const hedge = (t: Token | undefined) =>
    t !== undefined && !LIKELIHOOD.test(t.norm) && LIKELIHOOD_HEDGES.test(t.norm);
  const end = Math.min(a.tokens.length, anchorEnd + LIKELIHOOD_REACH);
  for (let k = anchorEnd; k < end; k++) {
    const word = (a.tokens[k] as Token).norm;
    if (/^(?:,|;|:|that|which|who|and|but)$/.test(word)) return false;
    if (!LIKELIHOOD_COPULAS.test(word)) continue;
    let j = k + 1;
    while (j - k <= 3 && hedge(a.tokens[j])) j++;
    return (
      LIKELIHOOD.test(a.tokens[j]?.norm ?? '') && !/^(?:to|here|there)$/.test(a.tokens[j + 1]?.norm ?? '')
    );
  }
  return false;
}

/** Prepositions that open a phrase set off before a clause's subject ("Under the deal, …", "After the order, …"). */
const FRONTING_PREPOSITIONS = /^(?:under|after|following|per|amid|despite|with|since|before|in)$/;
/** How long a phrase set off before the subject may be. */
const FRONTED_PHRASE_WORDS = 6;

/**
 * Whether token `at` is inside a phrase that opens the sentence with a preposition and closes with a comma
 * before `anchorStart`.
 */
function inFrontedPhrase(tokens: readonly Token[], at: number, anchorStart: number): boolean {
  if (!FRONTING_PREPOSITIONS.test(tokens[0]?.norm ?? '')) return false;
  const comma = tokens.findIndex((t) => t.norm === ',');
  return comma > at && comma < anchorStart && comma <= FRONTED_PHRASE_WORDS;
}

/** "plans to", "its proposal to", "a plan to" right after a verb: the verb's object is a plan. */
function objectIsPlan(tokens: readonly Token[], at: number): boolean {
  const determiner = tokens[at]?.norm ?? '';
  const k = POSSESSIVE_DETERMINERS.test(determiner) || /^(?:a|an|the)$/.test(determiner) ? at + 1 : at;
  return /^(?:plans?|proposals?)$/.test(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'to';
}

/** Nouns of a collection whose "of" names the goods ("a range of", "a host of"). */
const COLLECTION_NOUNS = /^(?:range|variety|host|number|series|basket|slew|raft|array|handful|list)$/;

/**
 * "agricultural and food products": "and" or "or" between two lower-case modifiers of one noun, inside a
 * goods phrase that opened at `start`; never before a verb ("on lumber and warned Canada").
 */
function coordinatesModifiers(t: readonly Token[], start: number, at: number): boolean {
  const next = t[at + 1];
  return (
    (t[at]?.norm === 'and' || t[at]?.norm === 'or') &&
    at > start &&
    /^[a-z]/.test(t[at - 1]?.text ?? '') &&
    next !== undefined &&
    /^[a-z][a-z-]*$/.test(next.text) &&
    !STOP_AFTER_GOODS.has(next.norm) &&
    !isVerbWord(next.norm) &&
    !/ed$/.test(next.norm) &&
    // "on American cars and cut duties on ethanol": a word before a measure's noun is a verb of a clause of its own.
    !MEASURE_NOUNS.test(t[at + 2]?.norm ?? '')
  );
}

/** Nouns of a group of countries or parties an exemption may name ("countries", "members", "the Community"). */
const EXEMPTED_GROUPS =
  /^(?:countries|nations|members|partners|economies|states|signatories|community|union|bloc|territories)$/;

/** Whether the subject of an exemption ("… are exempt", "… will be exempted") is a group no country names. */
function exemptsUnnamedGroup(a: SentenceAnalysis, trigger: Trigger): boolean {
  const word = a.tokens
    .slice(trigger.anchorStart, trigger.anchorEnd)
    .findIndex((t) => /^(?:exempt|exempted|excluded|spared)$/.test(t.norm));
  if (word < 0 || !PASSIVE_AUXILIARIES.test(a.tokens[trigger.anchorStart + word - 1]?.norm ?? ''))
    return false;
  // ("Countries with trade deals with Turkey": a country after the group is its partner; "Imports from EU member
  // states" name the group by its country.)
  const group = a.tokens.findIndex(
    (t, k) => k < trigger.anchorStart && a.clause[k] === trigger.clause && EXEMPTED_GROUPS.test(t.norm),
  );
  return (
    group >= 0 &&
    !a.mentions.some(
      (m) =>
        m.kind === 'country' &&
        m.start < group &&
        a.clause[m.start] === trigger.clause &&
        m.form !== 'demonym',
    )
  );
}

/** "exempted from the increase": the action word is the object of "from" right after the exemption's anchor. */
function sparedFrom(a: SentenceAnalysis, anchorEnd: number, actionStart: number): boolean {
  if (a.tokens[anchorEnd]?.norm !== 'from') return false;
  const object = /^(?:the|its|their|this|that|these|those|any|a|an)$/.test(
    a.tokens[anchorEnd + 1]?.norm ?? '',
  )
    ? anchorEnd + 2
    : anchorEnd + 1;
  return actionStart === object;
}

/** Verbs of a level's change, whatever else they may spell ("rise", "doubled", "going"; not "drops", as in "cough drops"). */
const LEVEL_CHANGE_VERBS =
  /^(?:ris(?:e|es|ing|en)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|fall(?:s|ing|en)?|fell|dropped|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|go(?:es|ing)?|went)$/;

/** How many words the unit of a duty charged per unit may take ("per square meter", "per metric tonne"). */
const UNIT_WORDS = 3;

/** A goods phrase not in the lexicon: the noun phrase after "on" or "of" ("tariffs on imported technology"). */
function freeGoods(a: SentenceAnalysis, trigger: Trigger): Mention | undefined {
  const t = a.tokens;
  for (let i = trigger.anchorEnd; i < Math.min(t.length, trigger.anchorEnd + 3); i++) {
    if (t[i]?.norm !== 'on' && t[i]?.norm !== 'of') continue;
    // "duties of its own on C$155 billion of American products": whose the measure is, not its goods.
    if (t[i]?.norm === 'of' && POSSESSIVE_OWN.test(t[i + 1]?.norm ?? '') && t[i + 2]?.norm === 'own') {
      i += 2;
      continue;
    }
    // "on about 300 mln dlrs worth of computers": amounts and quantifiers are not the goods, nor is a range of
    // them ("of between 14.6% and 39.9%", "of 10%-15%").
    const pastAmount = (start: number) => {
      let k = start;
      while (
        k < t.length &&
        k - start < 10 &&
        (AMOUNT_WORDS.test(t[k]?.norm ?? '') ||
          currencyPrefix(t[k], t[k + 1]) ||
          (/^(?:and|-|–)$/.test(t[k]?.norm ?? '') && /^\d/.test(t[k + 1]?.text ?? '')))
      )
        k++;
      return k;
    };
    let from = pastAmount(i + 1);
    // "duties of US$ 4.10 per square meter on imports of tiles": the unit an amount is charged per is no goods.
    if (from > i + 1 && t[from - 1]?.norm === 'per') {
      const next = t.slice(from, from + UNIT_WORDS).findIndex((x) => /^(?:on|of)$/.test(x.norm));
      if (next >= 0) from += next;
    }
    // "duties of up to 120 pct on imports of solar panels", "of 25% on C$30 billion of goods": the goods
    // follow the amount's own preposition, and any amount after it.
    if (from > i + 1 && /^(?:on|of)$/.test(t[from]?.norm ?? '')) from = pastAmount(from + 1);
    // "on imports of U.S. corn gluten feed", "on Japanese photocopiers": the trade and the goods' origin
    // are not the goods.
    for (let moved = true; moved; ) {
      moved = false;
      if (TRADE_WORDS.test(t[from]?.norm ?? '') && t[from + 1]?.norm === 'of') {
        from += 2;
        moved = true;
      }
      // "on a range of U.S. farm products", "a host of goods": the collection is not the goods.
      const collection = /^(?:a|an)$/.test(t[from]?.norm ?? '') ? from + 1 : from;
      if (COLLECTION_NOUNS.test(t[collection]?.norm ?? '') && t[collection + 1]?.norm === 'of') {
        from = collection + 2;
        moved = true;
      }
      // "exports of ASML's machines": the maker that owns the goods is not the goods.
      if (/^\p{Lu}/u.test(t[from]?.text ?? '') && /^['’]s$/.test(t[from + 1]?.norm ?? '')) {
        from += 2;
        moved = true;
      }
      // "exports of Nexperia chips": a company's name before goods the lexicon knows makes them its own.
      const maker = t[from];
      if (
        maker !== undefined &&
        namesInProse(maker, a.titleCase) &&
        a.mentions.some((m) => m.kind === 'goods' && m.start === from + 1)
      ) {
        from += 1;
        moved = true;
      }
      const origin = a.mentions.find((m) => m.kind === 'country' && m.start === from && m.form !== 'place');
      if (origin && /^\p{L}/u.test(t[origin.end]?.text ?? '')) {
        from = origin.end;
        moved = true;
      }
    }
    if (from > i + 1) i = from - 1;
    let j = i + 1;
    while (
      j < t.length &&
      /^\p{L}[\p{L}-]*$/u.test(t[j]?.text ?? '') &&
      (!STOP_AFTER_GOODS.has(t[j]?.norm ?? '') || coordinatesModifiers(t, i + 1, j)) &&
      !PRODUCTION_PARTICIPLES.test(t[j]?.norm ?? '') &&
      // "goods covered by the agreement": a participle after the noun, before a preposition, opens a clause
      // about it ("frozen concentrated orange juice" goes on).
      !(
        j > i + 1 &&
        PAST_PARTICIPLE.test(t[j]?.norm ?? '') &&
        CLAUSE_AFTER_PARTICIPLE.test(t[j + 1]?.norm ?? '')
      ) &&
      j - i <= 5
    )
      j++;
    // "on Tuesday", "on May 5", "on China", "on every country": days, dates and countries are not goods.
    const namesOther =
      a.mentions.some((m) => (m.kind === 'country' || m.kind === 'date') && m.start > i && m.start < j) ||
      t.slice(i + 1, j).some((w) => isCollectivePolity(w.norm));
    const generic = t.slice(i + 1, j).every((w) => TRADE_WORDS.test(w.norm));
    // "goods take effect today": the phrase ends at a word the tagger's lexicon knows only as a verb (a
    // lookup: tagging the sentence here cost an eighth of the engine's time); a word in "-s" may be a plural
    // noun, one in "-ed" an adjective ("frozen concentrated orange juice").
    for (let k = i + 2; k < j; k++) {
      const word = t[k]?.norm ?? '';
      // "goods falling to 30%": a participle after a word of trade is a clause about the goods; "the tariff on
      // Indonesian goods stands at 32%": so is a verb in "-s" after it, whose subject is the measure, and "on
      // C$30 billion of U.S. goods immediately": an adverb is the verb's.
      const participleOfTrade =
        (word.endsWith('ing') || word.endsWith('ly') || (word.endsWith('s') && !TRADE_WORDS.test(word))) &&
        TRADE_WORDS.test(t[k - 1]?.norm ?? '');
      // "the tariff on Brazilian goods rose to 50%": a word after a word of trade that a rate follows is the
      // verb of a change, whatever else it may spell.
      // ("tariffs on Chinese imports reached 145%": or a rate right after it.)
      // ("tariffs on crushers rising to 20%": so is a verb of a level's change before one, after any noun.)
      const changeOfRate =
        (TRADE_WORDS.test(t[k - 1]?.norm ?? '') || LEVEL_CHANGE_VERBS.test(word)) &&
        ((/^(?:to|by|from)$/.test(t[k + 1]?.norm ?? '') && /^[\d$€£]/.test(t[k + 2]?.text ?? '')) ||
          /^[\d$€£]/.test(t[k + 1]?.text ?? ''));
      if ((!/(?:s|ed)$/.test(word) && isVerbWord(word)) || participleOfTrade || changeOfRate) {
        j = k;
        break;
      }
    }
    const first = t[i + 1]?.norm ?? '';
    // "a tariff imposed on Apple": a capitalised word in running text names a company, not goods.
    const opening = t[i + 1];
    const named = opening !== undefined && namesInProse(opening, a.titleCase);
    if (
      j > i + 1 &&
      !namesOther &&
      !generic &&
      !named &&
      !isWeekdayName(first) &&
      (!NOT_GOODS_OPENERS.test(first) || NOMINAL_ING.test(first)) &&
      !isMonthName(first) &&
      // "export restrictions on 27 entities": parties, not goods.
      !PARTY_NOUNS.test(t[j - 1]?.norm ?? '')
    ) {
      const text = phraseText(a, i + 1, j);
      return {
        kind: 'goods',
        start: i + 1,
        end: j,
        value: text.toLowerCase(),
        form: 'text',
        group: -1,
        text,
      };
    }
  }
  return undefined;
}

/** Roles only a person holds ("chief executive", "founder", "chairman"), which a company's do not share. */
const PERSON_ROLES =
  /^(?:ceo|cfo|coo|executive|chairman|chairwoman|chair|founder|co-founder|president|director|manager|officer|minister|secretary|spokesman|spokeswoman|spokesperson|analyst|economist)$/;

/**
 * Titles of office inside a name the tagger found ("Mines Minister Wellington Dube"): a person's, no company's.
 * Not analysis's PERSONAL_TITLES, whose "General" and "Director" also open companies' names ("General Dynamics").
 */
const PERSON_TITLE_IN_NAME =
  /\b(?:Minister|President|Secretary|Chairman|Chairwoman|Governor|Senator|Ambassador)\b/;

/** Whether the words at `at` name a role only a person holds ("founder", "chief executive"). */
const namesPersonRole = (words: readonly Token[], at: number) =>
  PERSON_ROLES.test(words[at]?.norm ?? '') ||
  (words[at]?.norm === 'chief' && PERSON_ROLES.test(words[at + 1]?.norm ?? ''));

/**
 * Whether a name follows a role only a person holds ("its chief executive, Tom Vale"): in "sanctioned
 * Nornickel's chief Vladimir Potanin" a company named only as whose officer the next name is, is not what the
 * clause acts on, when that name is among the fillers.
 */
function namedByPersonRole(tokens: readonly Token[], start: number): boolean {
  // "chief executive, Tom Vale": a known company's name may be a person's surname after the first name.
  let k = start - 1;
  while (k >= start - 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '')) k--;
  const role = tokens[k]?.norm === ',' ? k - 1 : k;
  return PERSON_ROLES.test(tokens[role]?.norm ?? '');
}

function withoutRoleOwners(a: SentenceAnalysis, pool: Mention[]): Mention[] {
  return pool.filter((m) => {
    if (m.kind !== 'organisation') return true;
    if (/^['’]s?$/.test(a.tokens[m.end]?.norm ?? '')) {
      // "lifted sanctions on … Alisher Usmanov's sister": the relative named by her kin is the one listed.
      if (KIN.test(a.tokens[m.end + 1]?.norm ?? '')) return false;
      // "removed sanctions from the International Criminal Court's judges": its people are listed, not it.
      if (ITS_PEOPLE.test(a.tokens[m.end + 1]?.norm ?? '')) return false;
      // "delisted Roman Abramovich's former company Evraz": the owner of a named company is not the one listed.
      if (ownedCompanyAfter(a.tokens, m.end + 1)) return false;
      // "sanctioned Rusal's former chief executive": whoever holds the role is listed, named or not, not its owner.
      if (roleAfter(a.tokens, m.end) >= 0) return false;
    }
    // "Oleg Mikhailov, a director of the Polyus gold miner": where a listed person works is not listed.
    if (employsOfficer(a.tokens, m.start)) return false;
    // "sanctions on three subsidiaries of Quarrion Holdings", "X, a unit of Y": the party related to a
    // name is listed, not the name.
    if (relatedPartyOf(a.tokens, m.start)) return false;
    const holder = roleHolderAfter(a.tokens, m.end);
    return (
      holder === m.end ||
      !pool.some((x) => x.kind === 'organisation' && x.start === holder) ||
      // "Drovna Metals vice president Sergei Karpin and the company itself": the company is named again.
      companyNamedAgain(a, m.end)
    );
  });
}

/** How many words may stand between "according to" and the agency it cites ("according to a notice from"). */
const SOURCE_REACH = 5;

/** Whether the mention is an agency that the sentence cites ("according to a notice from the Office of …"). */
function agencyAsSource(a: SentenceAnalysis, m: Mention): boolean {
  const agency = a.mentions.some(
    (x) => x.kind === 'country' && x.form === 'agency' && x.start <= m.start && x.end >= m.end,
  );
  return (
    agency &&
    a.tokens
      .slice(Math.max(0, m.start - SOURCE_REACH - 2), m.start)
      .some((t, k, words) => t.norm === 'according' && words[k + 1]?.norm === 'to')
  );
}

/** How many words of a body's name may follow the mention before its verb of saying ("…, Trade and Industry said"). */
const SPEAKER_NAME_REACH = 6;

/**
 * "…, the Ministry of Economy, Trade and Industry said": a government body that closes the sentence by saying it is
 * its source, no party on the list.
 */
function closingGovernmentSpeaker(a: SentenceAnalysis, m: Mention): boolean {
  if (!hasGovernmentWord(m.text)) return false;
  const opening = a.tokens[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  if (a.tokens[opening]?.norm !== ',') return false;
  const after = a.tokens.slice(m.end, m.end + SPEAKER_NAME_REACH + 1);
  const said = after.findIndex((t) => CLOSING_SAYING.test(t.norm));
  // ("…, the State Authority for Military Industry, the Council said": another body is the source.)
  if (after.slice(0, Math.max(0, said)).some((t) => t.norm === 'the')) return false;
  return (
    said >= 0 &&
    after
      .slice(said + 1)
      .every((t) => /^[.,"”]$/.test(t.norm) || /^(?:on|in)$/.test(t.norm) || /^\p{Lu}/u.test(t.text))
  );
}

/** Words that name a company again after its name ("the company itself", "his company", "the firm"). */
const COMPANY_AGAIN = /^(?:the|his|her|their|its) (?:company|firm|group|business)$/;

/** Whether the clause after `end` names the company again ("Orlov, and the company itself"). */
function companyNamedAgain(a: SentenceAnalysis, end: number): boolean {
  const clause = a.clause[end - 1];
  for (let k = end; k < a.tokens.length && a.clause[k] === clause; k++) {
    if (a.tokens[k]?.norm === 'itself' || COMPANY_AGAIN.test(`${a.tokens[k]?.norm} ${a.tokens[k + 1]?.norm}`))
      return true;
  }
  return false;
}

const ITS_PEOPLE =
  /^(?:judges|officials|executives|officers|employees|staff|members|leaders|directors|managers|prosecutors|commanders)$/;
const OWNED_COMPANY =
  /^(?:compan(?:y|ies)|firms?|groups?|units?|subsidiar(?:y|ies)|business(?:es)?|holdings?|conglomerates?|miners?|producers?)$/;
const OWNED_COMPANY_MODIFIERS = /^(?:former|new|own|main|flagship|mining|trading|shipping|holding)$/;

/**
 * "'s former company Evraz", "'s companies En+ and Rusal": a company and its name after a possessor's "'s"
 * (`at` the first word after it).
 */
function ownedCompanyAfter(tokens: readonly Token[], at: number): boolean {
  let k = at;
  // ("'s Chinese subsidiary", "' Beijing unit,": where the owned company is may stand before its noun.)
  while (
    (OWNED_COMPANY_MODIFIERS.test(tokens[k]?.norm ?? '') || /^\p{Lu}/u.test(tokens[k]?.text ?? '')) &&
    k < at + 2
  )
    k++;
  if (!OWNED_COMPANY.test(tokens[k]?.norm ?? '')) return false;
  const name = tokens[k + 1]?.norm === ',' ? tokens[k + 2] : tokens[k + 1];
  // ("'s Dubai unit Monday": a day after the noun is no name.)
  return (
    name !== undefined && /^\p{Lu}/u.test(name.text) && !isWeekdayName(name.norm) && !isMonthName(name.norm)
  );
}

const OFFICERS =
  /^(?:director|directors|chairman|chairwoman|chair|executive|head|founder|co-founder|owner|shareholder|ceo|president|manager|officer|member|employee)$/;

/** "a director of the Polyus gold miner": the name at `start` is where an officer just named works. */
function employsOfficer(tokens: readonly Token[], start: number): boolean {
  const of = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  return (
    tokens[of]?.norm === 'of' &&
    OFFICERS.test(tokens[of - 1]?.norm ?? '') &&
    tokens.slice(Math.max(0, of - 6), of).some((t) => t.norm === ',')
  );
}

/** Nouns for a company's relation to another ("a unit of", "suppliers of"). */
const RELATED_PARTY =
  /^(?:subsidiary|unit|affiliate|arm|division|branch|parent|supplier|customer|distributor)$/;
const RELATED_PARTIES =
  /^(?:subsidiaries|units|affiliates|arms|divisions|branches|parents|suppliers|customers|distributors)$/;

/** Nouns for the people of a company or body, who are listed, named or not, rather than it. */
const PEOPLE_OF_PARTY =
  /^(?:executives|officials|directors|managers|officers|employees|shareholders|owners|founders|executive|ceo|chairman|chairwoman|director|owner|founder)$/;

/**
 * Whether the name at `start` only says whose the parties listed are: "three subsidiaries of X", or "Y, a unit
 * of X" beside the name listed. A single unit named by its owner alone ("and a unit of X") is listed as X.
 */
function relatedPartyOf(tokens: readonly Token[], start: number): boolean {
  const of = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  if (tokens[of]?.norm !== 'of') return false;
  const relation = tokens[of - 1]?.norm ?? '';
  if (RELATED_PARTIES.test(relation)) return true;
  // "three executives of Zolotoy Mining, including …", "the chief executive of X, Pavel Grekov": its people are.
  if (PEOPLE_OF_PARTY.test(relation)) return true;
  return (
    RELATED_PARTY.test(relation) &&
    /^(?:a|an|the)$/.test(tokens[of - 2]?.norm ?? '') &&
    tokens[of - 3]?.norm === ','
  );
}

/** How many words may describe the relation after an owner's "'s" ("Calderon's main customer"). */
const RELATION_WORDS = 3;

/**
 * Whether the name ending at `end` only says whose the party named after it is: "Calderon's main customer, X"
 * ("Inspur's subsidiaries and Sugon", naming no unit, lists Inspur for them).
 */
function ownsRelatedParty(tokens: readonly Token[], end: number): boolean {
  if (!/^['’]s$/.test(tokens[end]?.norm ?? '')) return false;
  for (let k = end + 1; k <= end + RELATION_WORDS; k++) {
    const word = tokens[k]?.norm ?? '';
    if (RELATED_PARTY.test(word) || RELATED_PARTIES.test(word) || /^(?:clients?|partners?)$/.test(word))
      return tokens[k + 1]?.norm === ',';
  }
  return false;
}

const KIN =
  /^(?:sister|sisters|brother|brothers|wife|husband|son|sons|daughter|daughters|mother|father|family|relatives|nephew|niece|cousin|children|stepson|stepdaughter|partner|girlfriend|boyfriend)$/;

/** Nouns for parties to trade, which a measure on goods does not name as its goods. */
const PARTY_NOUNS =
  /^(?:entities|companies|firms|organisations|organizations|individuals|persons|people|parties|businesses|suppliers|customers|users|end-users|buyers|clients|contractors|countries|nations|economies|markets|governments|allies|partners)$/;

/** Parties that are firms or people, on which a measure is no measure on goods ("restrictions on suppliers"). */
const FIRM_NOUNS =
  /^(?:entities|companies|firms|organisations|organizations|individuals|persons|businesses|suppliers|contractors)$/;
/** Makers and sellers a rate may be set for ("for all other Chinese producers"). */
const RATED_PARTY_NOUNS =
  /^(?:producers|exporters|manufacturers|makers|companies|firms|suppliers|mills|traders|shippers|importers)$/i;
/** How many words may describe the parties after "to" ("to 28 US defense firms"). */
const MAX_PARTY_MODIFIERS = 4;

/** Whether the trade the anchor names goes "to" parties rather than to a country ("exports to 28 US firms"). */
function tradeWithParties(a: SentenceAnalysis, trigger: Trigger): boolean {
  const t = a.tokens;
  // "to" right after the anchor, which ends with the trade ("banned exports to …").
  const to = trigger.anchorEnd;
  if (t[to]?.norm !== 'to') return false;
  return partiesFrom(t, to + 1);
}

/** Whether the words from `from` name parties ("28 US defense firms", "Chinese-owned suppliers"). */
function partiesFrom(t: readonly Token[], from: number, nouns = PARTY_NOUNS): boolean {
  for (let k = from; k <= from + MAX_PARTY_MODIFIERS && k < t.length; k++) {
    const norm = t[k]?.norm ?? '';
    if (nouns.test(norm)) return true;
    if (!/^[\p{L}\d]/u.test(t[k]?.text ?? '') || PARTY_STOPS.test(norm)) return false;
  }
  return false;
}

/** How many sentences back the listing that trade "to the firms" follows from may be named. */
const LISTING_SENTENCES_BACK = 3;

/** How far after the anchor "to them" may name where the trade goes. */
const PARTIES_PRONOUN_REACH = 10;

/**
 * "added Shield Aerospace to its export control list, banning the export of dual-use items to them": trade
 * "to them", in a sentence that lists parties, is the listing's consequence for those parties (a blacklisting
 * per entity, the guidelines say), not a control on goods of its own.
 */
function tradeWithListedParties(a: SentenceAnalysis, trigger: Trigger, discourse: Discourse): boolean {
  const lists = a.mentions.filter((m) => m.kind === 'list');
  // The listing itself is what the trade's ban follows from.
  if (lists.some((m) => m.start === trigger.anchorStart)) return false;
  // "The listing restricts U.S. exports to the firm": a list named in one of the sentences just before will do
  // ("added five companies to the Entity List. The designations include …. Exports to the firms now require …").
  const listedBefore = () =>
    Array.from({ length: LISTING_SENTENCES_BACK }, (_, k) => a.index - 1 - k).some((at) =>
      discourse.listNamedAt(at),
    );
  if (lists.length === 0 && !listedBefore()) return false;
  // "Exports of any item to these parties now require a licence": the trade to them may open the clause, when
  // it goes to no country too ("to these parties and to Russia" is a control on goods as well).
  const toCountry = a.mentions.some((m) => m.kind === 'country' && a.clause[m.start] === trigger.clause);
  let tradeSeen = false;
  for (let k = 0; k < trigger.anchorStart && !toCountry; k++) {
    if (a.clause[k] !== trigger.clause) continue;
    if (tradeSeen && a.tokens[k]?.norm === 'to' && LISTED_PARTY.test(partyWords(a.tokens, k + 1)))
      return true;
    tradeSeen ||= TRADE_FLOW_NOUNS.test(a.tokens[k]?.norm ?? '');
  }
  const end = Math.min(a.tokens.length, trigger.end + PARTIES_PRONOUN_REACH);
  for (let k = trigger.end; k < end - 1; k++) {
    if (a.clause[k] !== trigger.clause) return false;
    if (a.tokens[k]?.norm === 'to' && LISTED_PARTY.test(partyWords(a.tokens, k + 1))) return true;
  }
  // "added X to the Entity List, restricting its access to U.S. chips": the access of the party listed.
  const start = Math.max(0, trigger.start - 3);
  return a.tokens
    .slice(start, end)
    .some((t, k) => POSSESSIVE_DETERMINERS.test(t.norm) && a.tokens[start + k + 1]?.norm === 'access');
}

/** "them", "it", "the firm", "listed companies": the parties a listing names, referred back to. */
const LISTED_PARTY =
  /^(?:them|it|(?:the|these|those) (?:firms?|company|companies|entity|entities|group|groups|individuals?|parties|persons)|listed (?:[a-z-]+ )?(?:firms|companies|entities|parties))\b/;

/** The three words from `at`, for a phrase that refers back to parties. */
function partyWords(tokens: readonly Token[], at: number): string {
  return tokens
    .slice(at, at + 3)
    .map((t) => t.norm)
    .join(' ');
}

/** Words that end the description of the parties before a party noun could come. */
const PARTY_STOPS = /^(?:of|by|for|from|in|on|with|and|or|but|as|at|after|before|until)$/;

/**
 * "sanctioned Vladimir Potanin, the head of Norilsk Nickel": a name the gazetteer does not know right after
 * the action word is its object, whatever known names follow.
 */
function unknownNameAsObject(a: SentenceAnalysis, trigger: Trigger): boolean {
  let at = trigger.actionEnd ?? trigger.anchorEnd;
  // "imposed sanctions on the tanker Sea Lantern": the name follows the anchor and its preposition.
  if (at === trigger.anchorStart) at = trigger.anchorEnd;
  if (at === trigger.anchorEnd && /^(?:on|against)$/.test(a.tokens[at]?.norm ?? '')) at++;
  // "froze the assets of Oleg Deripaska, the founder of Rusal": whose assets they are.
  const holdings = a.tokens[at]?.norm === 'the' ? at + 1 : at;
  if (HOLDINGS.test(a.tokens[holdings]?.norm ?? '') && a.tokens[holdings + 1]?.norm === 'of')
    at = holdings + 2;
  else if (a.tokens[at]?.norm === 'of' && HOLDINGS.test(a.tokens[at - 1]?.norm ?? '')) at++;
  // "Russian tycoon Oleg Tinkov": a nationality and a lower-case description before the name.
  const describedFrom = at;
  while (
    at < describedFrom + MAX_NAME_DESCRIPTION &&
    (a.mentions.some((m) => m.kind === 'country' && m.form === 'demonym' && m.start === at) ||
      /^[a-z][a-z-]*$/.test(a.tokens[at]?.text ?? '')) &&
    !PARTY_STOPS.test(a.tokens[at]?.norm ?? '')
  )
    at++;
  // A first and a last name; the first may be a place's too ("Vladimir"), but no country or company.
  const isNameWord = (k: number) =>
    /^\p{Lu}\p{Ll}/u.test(a.tokens[k]?.text ?? '') &&
    !a.mentions.some((m) => k >= m.start && k < m.end && !(m.kind === 'country' && m.form === 'place'));
  return isNameWord(at) && isNameWord(at + 1);
}

/** How far after the trigger "there" may stand for where the action goes ("moved production there"). */
const THERE_REACH = 3;

/**
 * "Bitmain, which moved production there": where an action goes to, said by "there", is the place named
 * last before it, in the sentence or the one before.
 */
function thereFiller(
  a: SentenceAnalysis,
  slot: SlotSpec,
  trigger: Trigger,
  discourse: Discourse,
): Filler | undefined {
  if (slot.kind !== 'country' || !slot.roles.includes('prep:to') || !saysThere(a, trigger)) return undefined;
  const place = a.mentions
    .filter(
      (m) => m.kind === 'country' && (m.form === 'name' || m.form === 'place') && m.end <= trigger.start,
    )
    .at(-1);
  if (place) return { mention: place, value: place.value, role: 'there' };
  const previous = discourse.previousPlace(a.index);
  return previous ? { mention: null, value: previous, role: 'there' } : undefined;
}

/** Whether "there", as a place and not "there is", follows the trigger closely in its clause. */
function saysThere(a: SentenceAnalysis, trigger: Trigger): boolean {
  for (let k = trigger.end; k < Math.min(a.tokens.length, trigger.end + THERE_REACH); k++) {
    if (a.clause[k] !== trigger.clause) return false;
    if (a.tokens[k]?.norm === 'there') return !BE_AFTER_THERE.test(a.tokens[k + 1]?.norm ?? '');
  }
  return false;
}
/** Words after "there" that make it "there is", no place. */
const BE_AFTER_THERE = /^(?:is|are|was|were|will|would|has|have|had|may|might|could|seems?)$/;

/** How many words may describe a name after the action word ("Russian tycoon", "shipping magnate"). */
const MAX_NAME_DESCRIPTION = 3;

/** What a freeze or seizure takes from its owner. */
const HOLDINGS = /^(?:assets|funds|property|properties|accounts|holdings|shares|stake)$/;

/**
 * "would add Illumina to its list, a month after it placed PVH Corp on the list": a capitalised word no
 * mention covers, right after the action word, may be the name it acts on, whatever other names fit.
 */
function unknownWordAfterAction(a: SentenceAnalysis, trigger: Trigger): boolean {
  // "OFAC designated Hashcore in March": an anchor that is its own verb has its object right after it.
  const ownVerb = trigger.actionStart === trigger.anchorStart;
  const at = ownVerb ? trigger.anchorEnd : trigger.actionEnd;
  if (at === null || (!ownVerb && at >= trigger.anchorStart)) return false;
  return /^\p{Lu}/u.test(a.tokens[at]?.text ?? '') && !a.mentions.some((m) => at >= m.start && at < m.end);
}

/**
 * "Export bans, tariff walls and blacklists do not move a single ore body", "Myth one: export controls stop
 * technology flows": a measure with no action word, no actor, target or rate in its sentence, and no goods but
 * words that merely follow it, is talk of such measures in general.
 */
function generalTalkOfMeasures(
  spec: EventType['spec'],
  trigger: Trigger,
  actor: Filler | undefined,
  chosen: ReadonlyMap<string, Filler>,
): boolean {
  if (trigger.actionStart !== null || !actor?.role.startsWith('discourse')) return false;
  const goods = spec.slots.find((s) => s.kind === 'goods');
  const goodsFiller = goods ? chosen.get(goods.name) : undefined;
  if (goodsFiller?.role !== 'near' || (goodsFiller.mention?.start ?? 0) < trigger.anchorEnd) return false;
  return spec.slots.every(
    (s) => (s.name !== 'target' && s.kind !== 'rate') || (chosen.get(s.name)?.value ?? null) === null,
  );
}

/** Verbs by which the press reports what another does ("Bloomberg reported its move"). */
const PRESS_VERBS = /^(?:reported|reports|wrote|writes|cited|cites|quoted|quotes)$/;

/**
 * Whether the name from `start` to `end` opens a clause coordinated after a comma (", and Pardo Denim has …") as
 * the one who acts in it: not a source that reports ("…, and Bloomberg reported its move").
 */
function opensCoordinatedClause(tokens: readonly Token[], start: number, end: number): boolean {
  return afterCommaAndCoordinator(tokens, start) && !PRESS_VERBS.test(tokens[end]?.norm ?? '');
}

/** Whether the word at `k` follows a comma and a coordinator (", and", ", but", ", while"). */
function afterCommaAndCoordinator(tokens: readonly Token[], k: number): boolean {
  return /^(?:and|but|while|whereas)$/.test(tokens[k - 1]?.norm ?? '') && tokens[k - 2]?.norm === ',';
}

/**
 * "X and Y said they had no plans to relocate, and Pardo Denim has delayed its move to Egypt": a capitalised word
 * no mention covers opens a clause coordinated before the trigger, and may name who acts in it.
 */
function unknownNameOpensClause(a: SentenceAnalysis, trigger: Trigger): boolean {
  for (let k = trigger.start - 1; k >= 2; k--) {
    if (!afterCommaAndCoordinator(a.tokens, k)) continue;
    return (
      /^\p{Lu}/u.test(a.tokens[k]?.text ?? '') &&
      !a.mentions.some((m) => k >= m.start && k < m.end) &&
      opensCoordinatedClause(a.tokens, k, k + 1)
    );
  }
  return false;
}

/** Roles of the parties an action names side by side ("sanctions on X and on several vessels, including Y"). */
const COORDINATED_PARTY_ROLES: ReadonlySet<string> = new Set(['prep:on', 'prep:including']);
/** How many words may describe a party's partner before its name ("and its Hong Kong-based operator, Y"). */
const PARTNER_WORDS = 4;

/**
 * "sanctions on the tanker Sea Lantern and its Hong Kong-based operator, Bluefin Marine": a name set off after
 * a possessed noun coordinated with the party is a party too, and so are names a colon opens after a count of
 * them coordinated with the party.
 */
function namesPartner(a: SentenceAnalysis, party: Mention, m: Mention): boolean {
  const between = a.tokens.slice(party.end, m.start);
  // "and three executives: A, B and C": partners counted and named after a colon.
  if (
    between.length >= 4 &&
    between.length <= PARTNER_WORDS + 2 &&
    between[0]?.norm === 'and' &&
    PARTNER_COUNT.test(between[1]?.norm ?? '') &&
    between.at(-1)?.norm === ':' &&
    between.slice(2, -1).every((t) => /^[a-z-]+$/.test(t.text))
  )
    return true;
  // "and two of its subsidiaries, Y and Z": a count of the partners may open the phrase.
  const counted = PARTNER_COUNT.test(between[1]?.norm ?? '') && between[2]?.norm === 'of' ? 2 : 0;
  return (
    between.length >= 4 + counted &&
    between.length <= PARTNER_WORDS + 3 + counted &&
    between[0]?.norm === 'and' &&
    /^(?:its|their)$/.test(between[1 + counted]?.norm ?? '') &&
    between.at(-1)?.norm === ',' &&
    between.slice(2 + counted, -1).every((t) => !/^[,;:.]$/.test(t.norm) && !RELATIVE_PRONOUN.test(t.norm))
  );
}

/** Counts of a party's partners ("two of its subsidiaries"). */
const PARTNER_COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some)$/;
/** How far after the trigger "including" may open examples, and how far after it their name may start. */
const EXAMPLES_REACH = 20;
const EXAMPLE_NAME_REACH = 4;

/** "…, including the Panama-flagged tanker Star Forever": examples after the trigger that name an unknown party. */
function unknownNameAmongExamples(a: SentenceAnalysis, trigger: Trigger): boolean {
  const t = a.tokens;
  const end = Math.min(t.length, trigger.end + EXAMPLES_REACH);
  for (let i = trigger.end; i < end; i++) {
    if (t[i]?.norm !== 'including') continue;
    for (let k = i + 1; k <= i + EXAMPLE_NAME_REACH && k < t.length; k++) {
      if (/^\p{Lu}/u.test(t[k]?.text ?? '') && !a.mentions.some((m) => k >= m.start && k < m.end))
        return true;
    }
  }
  return false;
}

/**
 * "exports of medium and heavy rare earths": goods the lexicon knows, coordinated right after a free phrase
 * (a conjunction, then at most a modifier), are what the phrase names.
 */
function coordinatedAfter(a: SentenceAnalysis, end: number, start: number): boolean {
  const between = a.tokens.slice(end, start);
  return (
    between.length >= 1 &&
    between.length <= 2 &&
    /^(?:and|or)$/.test(between[0]?.norm ?? '') &&
    between.slice(1).every((t) => /^[a-z][a-z-]*$/.test(t.text))
  );
}
/** "C$30 billion", "HK$2 bln": the letters that name a dollar before its sign. */
const currencyPrefix = (word: Token | undefined, next: Token | undefined) =>
  word !== undefined &&
  /^(?:C|A|US|HK|NZ|S|NT|R)$/.test(word.text) &&
  next?.text === '$' &&
  next.start === word.end;

const isSupranational = (code: string) => (SUPRANATIONAL_CODES as readonly string[]).includes(code);

/** Words that open a time phrase ("on Monday", "in March", "last week"). */
const TIME_OPENERS = /^(?:on|in|at|last|this|early|late)$/;
/**
 * Words that open no goods phrase, besides months ("on June 1"): pronouns and quantifiers ("duties on both"),
 * verbs ("tariffs targeting"), the heads of "on top of", "on behalf of" and "on hold", currencies ("a duty of 20–25
 * Indian rupees per kilogram").
 */
const NOT_GOODS_OPENERS =
  /^(?:both|them|it|this|these|those|each|either|top|behalf|hold|ice|[a-z]+ing|rupees?|pesos?|yuan|yen|won|rubles?|roubles?|francs?|pounds?|euros?|dollars?|reais|rand|lira|ringgit|baht|dong|rupiah)$/;
/** Words in "-ing" that name a kind of goods, not an action ("chipmaking machines", "mining equipment"). */
const NOMINAL_ING =
  /(?:making|mining|processing|refining|smelting|manufacturing|packaging|clothing|printing|recycling)$/;
/** A regular past participle ("covered", "shipped"), not a noun in "-eed" ("feed", "seed"). */
const PAST_PARTICIPLE = /^[a-z]+[^e]ed$/;
/** What follows a participle that opens a clause ("covered by", "shipped to", "priced at"), or nothing. */
const CLAUSE_AFTER_PARTICIPLE = /^(?:|by|to|from|in|into|under|with|at|for|on|since|as|,|\.|;)$/;
/** Possessives before "own" that say whose a measure is ("duties of its own"). */
const POSSESSIVE_OWN = /^(?:its|their|his|her|our)$/;
/** Words of a goods phrase that name the trade, not the goods ("imports of", "certain"). */
const TRADE_WORDS = /^(?:imports|exports|shipments|sales|goods|products|items|purchases|certain)$/;
const ANAPHORIC_DETERMINERS = /^(?:the|these|those|this|that|its|their|such)\s/i;
const AMOUNT_WORDS =
  /^(?:about|around|between|some|most|many|several|certain|various|numerous|other|nearly|almost|over|more|than|up|to|roughly|approximately|at|least|worth|of|all|[$€£¥]|\d[\d.,]*(?:[-–]\d[\d.,]*)?|mln|bln|million|billion|trillion|dlrs|dollars|usd|euros|yen|pct|per|cent|percent|%|tonnes?|tons?|metric|kg|kilograms?|barrels?|ounces?|litres?|liters?|units?|pieces?)$/;
const STOP_AFTER_GOODS = new Set([
  'under',
  'after',
  'before',
  'until',
  'since',
  'following',
  'during',
  'over',
  'against',
  'on',
  'if',
  'unless',
  'when',
  'while',
  'because',
  'but',
  'amid',
  'despite',
  'priced',
  'worth',
  'the',
  'a',
  'an',
  'from',
  'to',
  'in',
  'by',
  'that',
  'which',
  'and',
  'or',
  'as',
  'at',
  'for',
  'with',
  'into',
  'onto',
  'via',
  'than',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'be',
  'been',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'after',
  'since',
  'until',
  // "on U.S. ethanol starting in August": the time the measure starts is not its goods.
  'starting',
  'beginning',
  'effective',
  // "tariffs on U.S. goods except those on steel": what the measure leaves out is not its goods.
  'except',
  'excepting',
  'excluding',
  'besides',
  // "on Canadian goods not covered by the USMCA": a negated clause about the goods is not part of them.
  'not',
  'never',
  // "on imports above the quota", "on shipments below the threshold": where the measure starts is not its goods.
  'above',
  'below',
  'beyond',
  'exceeding',
  'within',
  'outside',
  // "export controls on chips last year": a time after the goods ends them.
  'last',
  'this',
  'next',
  'earlier',
  'yesterday',
  'today',
]);

interface Filler {
  mention: Mention | null;
  value: SlotValue;
  role: string;
  /** The members of a list another sentence names ("The companies, X, Y and Z, …"), the mention first among them. */
  members?: readonly Mention[];
}

/** The mentions a trigger may take: all of them, or only those no other anchor of the sentence stands closer to. */
type Ownership = (m: Mention) => boolean;
const ALL: Ownership = () => true;

/**
 * Kinds of filler that belong to one anchor: "25% tariffs on steel and reciprocal tariffs" are two events; a name
 * belongs to one only as the object of a later anchor (see ownership).
 */
const OWNED_KINDS = new Set(['country', 'goods', 'rate', 'organisation']);

/** Tokens between the words [start, end) and an anchor; a word after the anchor counts one more. */
function tokenGap(start: number, end: number, anchor: { start: number; end: number }): number {
  if (end <= anchor.start) return anchor.start - end;
  return start >= anchor.end ? start - anchor.end + 1 : 0;
}

/** An anchor after a prepositional mention stands further than any before it in its clause (see ownership). */
const PREPOSITION_ATTACHMENT = 100;

/** Words that open a phrase of its own between a mention and the anchor after it (see ownership). */
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'while', ',']);

function ownership(
  a: SentenceAnalysis,
  trigger: Trigger,
  anchors: readonly { start: number; end: number }[],
): Ownership {
  const others = anchors.filter((x) => x.start !== trigger.anchorStart);
  if (others.length === 0) return ALL;
  // "added eight entities to the Entity List and removed Orvane Labs": a name right after a later anchor is its
  // object, and no party of the anchor before.
  const objectOfLaterAnchor = (m: Mention) =>
    others.some((x) => x.start >= trigger.anchorEnd && x.end === firstOfGroup(a, m).start);
  // An anchor in the mention's clause stands closer than any anchor outside it; a mention that a
  // preposition governs ("to the United States") attaches to a head before it, so an anchor after it
  // stands further ("ban exports of gallium to the United States, after Washington tightened its controls").
  const gap = (m: Mention, x: { start: number; end: number }) =>
    (a.clause[m.start] === a.clause[x.start] ? 0 : 1000) +
    tokenGap(m.start, m.end, x) +
    (attachesBefore(m, x) ? PREPOSITION_ATTACHMENT : 0);
  // "hit with a 34% export duty": a mention right before the anchor modifies it, whatever governs both,
  // unless a conjunction or an infinitive opens the anchor's own phrase ("to 100% and doubled duties on
  // chips", "a plant in Mexico to assemble servers").
  // Coordinated members share the first one's preposition ("from Canada and Mexico and a 10% tariff").
  const attachesBefore = (m: Mention, x: { start: number; end: number }) =>
    x.start >= m.end &&
    (x.start - m.end > 2 ||
      a.tokens.slice(m.end, x.start).some((t) => CONJUNCTIONS.has(t.norm)) ||
      opensInfinitive(a.tokens, x.start)) &&
    prepositionBefore(a.tokens, firstOfGroup(a, m)) !== null;
  const own = { start: trigger.anchorStart, end: trigger.anchorEnd };
  // "on machines from Malaysia and Thailand under reciprocal tariff rules": a list goes whole to the anchor
  // its first member attaches to.
  return (m) => {
    if (m.kind === 'organisation') return !objectOfLaterAnchor(m);
    const first = firstOfGroup(a, m);
    return others.every((x) => gap(first, x) >= gap(first, own));
  };
}

/** "to assemble": the anchor at `start` is a verb that "to" makes an infinitive of. */
function opensInfinitive(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.norm === 'to' && isVerbWord(tokens[start]?.norm ?? '');
}

function fillersOfKind(a: SentenceAnalysis, slot: SlotSpec, owns: Ownership = ALL): Mention[] {
  const mentions = fillersOfAnyAnchor(a, slot);
  return OWNED_KINDS.has(slot.kind) ? mentions.filter(owns) : mentions;
}

function fillersOfAnyAnchor(a: SentenceAnalysis, slot: SlotSpec): Mention[] {
  switch (slot.kind) {
    case 'actor':
      // A place acts only as a subject (see fillByRoles): "Ontario halted electricity exports"; a country that names
      // a sanctions committee ("the UN Security Council's Libya sanctions committee") names its regime.
      return a.mentions.filter(
        (m) =>
          m.kind === 'country' &&
          (m.form !== 'place' || !PREPOSITIONS.has(a.tokens[m.start - 1]?.norm ?? '')) &&
          !(a.tokens[m.end]?.norm === 'sanctions' && a.tokens[m.end + 1]?.norm === 'committee'),
      );
    case 'country':
      return a.mentions.filter(
        (m) =>
          m.kind === 'country' &&
          (slot.blocs || !isSupranational(String(m.value))) &&
          !slot.not_followed_by.includes(a.tokens[m.end]?.norm ?? '') &&
          !slot.not_after.includes(a.tokens[governorIndex(a.tokens, firstOfGroup(a, m)) - 1]?.norm ?? ''),
      );
    case 'organisation':
      // ("removed from the US Commerce Department's Unverified List": whose list it is names no party on it.)
      return a.mentions.filter(
        (m) =>
          m.kind === 'organisation' &&
          !(
            /^['’]s?$/.test(a.tokens[m.end]?.norm ?? '') &&
            a.mentions.some((l) => l.kind === 'list' && l.start === m.end + 1)
          ),
      );
    case 'goods':
      return a.mentions.filter((m) => m.kind === 'goods');
    case 'rate':
      return a.mentions.filter(isSetRate);
    case 'date':
      return a.mentions.filter((m) => m.kind === 'date');
    case 'list':
      return a.mentions.filter((m) => m.kind === 'list');
    default:
      return [];
  }
}

const EFFECTIVE_CUES = new Set(['effective', 'from', 'starting', 'beginning', 'as', 'until', 'by']);
/** Words that make "on <date>" the day a measure takes effect ("take effect on April 17"), not the day of a statement. */
const EFFECT_WORDS = new Set([
  'effect',
  'effective',
  'force',
  'start',
  'starts',
  'starting',
  'begin',
  'begins',
  'beginning',
  'kick',
  'kicks',
]);

function isEffectiveDate(a: SentenceAnalysis, date: Mention): boolean {
  // "from July", "on Friday": a date's words may open with its preposition.
  const cueAt = DATE_PREPOSITIONS.has(a.tokens[date.start]?.norm ?? '') ? date.start : date.start - 1;
  const cue = a.tokens[cueAt]?.norm ?? '';
  // "take effect today", "comes into force tomorrow": a date right after the words of taking effect.
  if (EFFECTIVE_CUES.has(cue) || EFFECT_WORDS.has(cue)) return true;
  if (cue !== 'on' && cue !== 'in') return false;
  // "said on March 27 when ordering the tariffs" dates the statement; "take effect in July" does not.
  for (let k = cueAt - 1; k >= Math.max(0, cueAt - 4); k--)
    if (EFFECT_WORDS.has(a.tokens[k]?.norm ?? '')) return true;
  return false;
}

const DATE_PREPOSITIONS = new Set(['from', 'on', 'in', 'since']);

/**
 * "a 15% duty on copper, which will take effect on July 1": the relative clause right after the measure's
 * clause says when the measure starts.
 */
function isRelativeClauseAfter(a: SentenceAnalysis, clause: number, other: number | undefined): boolean {
  if (other !== clause + 1) return false;
  const opening = a.clause.indexOf(other);
  return RELATIVE_PRONOUN.test(a.tokens[opening]?.norm ?? '') && a.tokens[opening - 1]?.norm === ',';
}

/** A rate a measure may set: neither the level a change starts from nor a market move. */
const isSetRate = (m: Mention) => m.kind === 'rate' && !m.isPrevious && !m.isMove;

/** The rate a change of level goes "to", after the anchor in its clause ("cut its duty to 20 pct"). */
function newLevel(a: SentenceAnalysis, trigger: Trigger, owns: Ownership): Mention | undefined {
  // "the duties on copper, which Washington raised to 50%": the clause of a verb after the anchor sets it too.
  const verbClause =
    trigger.actionStart !== null && trigger.actionStart > trigger.anchorStart
      ? a.clause[trigger.actionStart]
      : trigger.clause;
  // ("The tariffs that Washington raised to 145% in April were lowered to 30%": the level after the action's own
  // word, when it follows the anchor.)
  const after =
    trigger.actionStart !== null && trigger.actionStart > trigger.anchorStart
      ? trigger.actionStart
      : trigger.anchorStart;
  return a.mentions.find(
    (m) =>
      isSetRate(m) &&
      owns(m) &&
      m.start > after &&
      (a.clause[m.start] === trigger.clause || a.clause[m.start] === verbClause) &&
      a.tokens[levelStart(a.tokens, m.start) - 1]?.norm === 'to',
  );
}

/** How many words before "to" a verb of change may stand ("raised the duties on steel to 25%"). */
const CHANGE_VERB_REACH = 6;

/** Whether a word of a change of level other than the trigger's own action sets the level (the "raised" of "raised to 25%"). */
function levelSetByOtherWord(
  a: SentenceAnalysis,
  type: EventType,
  trigger: Trigger,
  level: Mention,
): boolean {
  const to = levelStart(a.tokens, level.start) - 1;
  for (let k = to - 1; k >= Math.max(trigger.anchorEnd, to - CHANGE_VERB_REACH); k--) {
    if (a.clause[k] !== a.clause[to]) return false;
    if (k === trigger.actionStart) return false;
    if (actionsStatedAt(a, type, k).some((x) => type.spec.level_actions.includes(x))) return true;
  }
  return false;
}

/** "by 115 percentage points", "by about 5 points": how much a rate changed, not the rate it changed to. */
function changeInPoints(a: SentenceAnalysis, rate: Mention): boolean {
  return /points?$/i.test(rate.text) && a.tokens[levelStart(a.tokens, rate.start) - 1]?.norm === 'by';
}

/** Words of degree between "to" and a level ("to as much as 35%", "to about 20%"). */
const LEVEL_DEGREE = /^(?:as|much|high|about|around|nearly|roughly|some|almost|over)$/;
const LEVEL_DEGREE_WORDS = 3;

/** Where the words of a level start, its words of degree included. */
function levelStart(tokens: readonly Token[], rateStart: number): number {
  let k = rateStart;
  while (k > rateStart - LEVEL_DEGREE_WORDS && LEVEL_DEGREE.test(tokens[k - 1]?.norm ?? '')) k--;
  return k;
}

/** A possessive before a list that makes it its actor's own ("its entity list"). */
const OWN_LIST = /^(?:its|their)$/;
/** How many words of its own kind may stand between the possessive and the list ("its strategic high-tech commodities"). */
const OWN_LIST_WORDS = 4;

/** "its entity list", "its strategic high-tech commodities entity list": a list its actor calls its own. */
function ownList(a: SentenceAnalysis, listStart: number): boolean {
  for (let k = listStart - 1; k >= Math.max(0, listStart - 1 - OWN_LIST_WORDS); k--) {
    const word = a.tokens[k]?.norm ?? '';
    if (OWN_LIST.test(word)) return true;
    if (!/^[a-z][a-z-]*$/.test(a.tokens[k]?.text ?? '')) return false;
  }
  return false;
}

/** A slot that names no roles takes the nearest filler in the trigger's clause. */
const NEAREST = ['near'];

function fillByRoles(
  a: SentenceAnalysis,
  slot: SlotSpec,
  trigger: Trigger,
  pool: Mention[],
): Filler | undefined {
  for (const role of slot.roles.length > 0 ? slot.roles : NEAREST) {
    if (role === 'list') {
      // The list the trigger speaks of: "it created an unreliable entity list, mimicking a U.S. entity
      // list that blocks Huawei" names two keepers.
      const list = a.mentions
        .filter((m) => m.kind === 'list' && m.country)
        .sort((x, y) => distance(x, trigger) - distance(y, trigger))[0];
      if (!list) continue;
      // "Taiwan added Huawei to its entity list": a list its actor calls its own is that actor's.
      if (ownList(a, list.start)) {
        const keeper = fillByRoles(a, { ...slot, roles: ['subject'] }, trigger, pool);
        if (keeper) return { ...keeper, role };
      }
      return { mention: null, value: list.country ?? null, role };
    }
    if (role === 'effective') {
      const inClause = pool.filter((m) => a.clause[m.start] === trigger.clause);
      // "will raise duties next month": a date still to come is when the measure starts, even with no cue.
      const date =
        inClause.find((m) => isEffectiveDate(a, m)) ??
        inClause.find((m) => m.isFuture) ??
        pool.find(
          (m) => isRelativeClauseAfter(a, trigger.clause, a.clause[m.start]) && isEffectiveDate(a, m),
        );
      if (date) return { mention: date, value: date.value, role };
      continue;
    }
    if (role === 'home') continue;
    const matching = pool
      .filter((m) => hasRole(a, m, role, trigger))
      .filter(
        (m) =>
          slot.kind !== 'actor' ||
          role === 'modifier' ||
          role === 'possessive' ||
          role === 'exporters_home' ||
          canAct(a, m) ||
          // "Ontario halted electricity exports": a province or state right before its verb acts for its country.
          (role === 'subject' && m.form === 'place' && placeActsAsSubject(a, m, trigger)),
      )
      .sort((x, y) => distance(x, trigger) - distance(y, trigger));
    const first = matching[0];
    if (first) return { mention: first, value: first.value, role };
  }
  return undefined;
}

/**
 * "export controls to limit China's access to chips": the country kept from the goods is the target of
 * every anchor that reaches it, whichever anchor stands closer, so that both state one event.
 */
function keptParty(a: SentenceAnalysis, spec: EventType['spec'], trigger: Trigger): Filler | undefined {
  const slot = spec.slots.find((s) => s.roles.includes('denied'));
  if (!slot) return undefined;
  return fillByRoles(a, { ...slot, roles: ['denied'] }, trigger, fillersOfAnyAnchor(a, slot));
}

/** How far after the country kept from them the goods stand ("China's access to some software"). */
const KEPT_GOODS_REACH = 6;

/** The goods a country is kept from ("limit China's access to advanced chips"), whichever anchor is nearer. */
function goodsKeptFrom(a: SentenceAnalysis, kept: Mention | null | undefined): Filler | undefined {
  // "ban the chips from entering China": the goods stand before the country.
  if (!kept || a.tokens[kept.start - 2]?.norm === 'from') return undefined;
  const goods = a.mentions.find(
    (m) => m.kind === 'goods' && m.start >= kept.end && m.start - kept.end <= KEPT_GOODS_REACH,
  );
  return goods ? { mention: goods, value: goods.value, role: 'kept_from' } : undefined;
}

/** Words before the trigger that refer back to an organisation named earlier ("the company", "it"). */
const PRONOUN_REACH = 4;
/** How far back the subject of a verb coordinated with an earlier one may stand. */
const COORDINATED_SUBJECT_REACH = 16;

/**
 * "it would close its plant in Galesburg, Illinois, and move production to Mexico": a verb after "and"
 * shares the subject of the verb before it, however long that verb's object.
 */
function pronounReach(a: SentenceAnalysis, trigger: Trigger): number {
  const t = a.tokens;
  const coordinated = [1, 2].some(
    (k) => t[trigger.start - k]?.norm === 'and' && a.clause[trigger.start - k] === trigger.clause,
  );
  return coordinated ? COORDINATED_SUBJECT_REACH : PRONOUN_REACH;
}

function hasAnaphor(a: SentenceAnalysis, trigger: Trigger, slot: SlotSpec, reach = 8): boolean {
  // "put companies on its export control list": the possessive of the anchor's own noun phrase is the
  // list's keeper, not the company the sentence is about.
  // "lifted its ban on exports": the possessive of the anchor's own noun phrase is its keeper too.
  let ownStart = trigger.anchorStart;
  if (a.tokens[ownStart - 1]?.norm === 'own') ownStart--;
  if (a.tokens[ownStart - 1]?.norm === 'its') ownStart--;
  else ownStart = trigger.anchorStart;
  const end = trigger.start === trigger.anchorStart ? ownStart : trigger.start;
  // "months after designating a subsidiary": an action whose object is a party it does not name acts on
  // that party, not on one named before.
  const objectSlot = !slot.roles.includes('subject');
  if (objectSlot && unnamedObject(a, trigger)) return false;
  // "The department said it had added seven firms to its list": the pronoun that does the action is its
  // actor, never a party only its object or a passive subject stands for.
  const actor = objectSlot ? activeSubjectAnaphor(a, trigger) : undefined;
  const lead = a.tokens.slice(Math.max(0, trigger.start - reach), actor?.start ?? end);
  // "The Treasury added it to the list": the object between the action word and the anchor's preposition
  // ("added Skydio to its list" has none).
  const between =
    trigger.actionEnd !== null && trigger.actionEnd <= trigger.anchorStart
      ? a.tokens.slice(trigger.actionEnd, Math.min(ownStart, trigger.actionEnd + 3))
      : [];
  const preposition = between.findIndex((t) => OBJECT_ENDS.has(t.norm));
  const described = preposition >= 0 ? between.slice(0, preposition) : between;
  // "added the drone maker, Skyward Aero, to its list": a description the name follows in apposition is that
  // name's, no party named before.
  const afterDescription = (trigger.actionEnd ?? 0) + described.length;
  const object =
    a.tokens[afterDescription]?.norm === ',' && /^\p{Lu}/u.test(a.tokens[afterDescription + 1]?.text ?? '')
      ? []
      : described;
  // "took the company off its list": the object inside a verb split by its particle.
  const inside =
    objectSlot && trigger.actionStart !== null && trigger.actionEnd !== null
      ? a.tokens.slice(trigger.actionStart + 1, trigger.actionEnd - 1)
      : [];
  return (
    [withoutRelativeClauses(lead), object, inside].some((words) => holdsAnaphor(words, !objectSlot)) ||
    (objectSlot &&
      (anaphorAfter(a, trigger.anchorEnd) ||
        anaphorAsPassiveSubject(a, trigger.anchorStart, trigger.clause))) ||
    (!objectSlot && agentlessPassive(a, trigger)) ||
    // '"We completed the transfer of our cathode line …," the chief executive said': the speaker's company does
    // what "we" do (not what a party "we" speak of undergoes).
    (!objectSlot && lead.some((t) => t.norm === 'we'))
  );
}

/** The marks of a possessor ("Kestrel's cookware plant"), which names whose the subject is. */
const POSSESSIVE_MARKS = /^(?:'s|')$/;

/**
 * "Production was moved from Shenzhen to Monterrey": an action in the passive that names no one before it in
 * its clause (nor a possessor) and no agent after it is done by the party the article is about.
 */
function agentlessPassive(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  const { clause } = trigger;
  return (
    PAST_PARTICIPLE.test(a.tokens[verb]?.norm ?? '') &&
    PASSIVE_AUXILIARIES.test(a.tokens[verb - 1]?.norm ?? '') &&
    !a.tokens.some(
      (t, k) =>
        a.clause[k] === clause &&
        ((k > verb && t.norm === 'by') || (k < verb && POSSESSIVE_MARKS.test(t.norm))),
    ) &&
    !a.mentions.some((m) => m.kind === 'organisation' && m.end <= verb && a.clause[m.start] === clause)
  );
}

/** Words besides counts that open an object naming no one ("a subsidiary", "several firms"). */
const UNNAMED_OBJECT_OPENERS = /^(?:a|an|another|scores|several|some|more|other)$/;

function unnamedObject(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verbEnd = trigger.actionEnd;
  return (
    verbEnd !== null &&
    verbEnd <= trigger.anchorEnd &&
    (trigger.actionStart ?? 0) <= trigger.anchorStart &&
    (UNNAMED_OBJECT_OPENERS.test(a.tokens[verbEnd]?.norm ?? '') || COUNT.test(a.tokens[verbEnd]?.norm ?? ''))
  );
}

/** The pronoun ("it", "they") or description ("the company") that is the subject of the action's active verb. */
function activeSubjectAnaphor(a: SentenceAnalysis, trigger: Trigger): { start: number } | undefined {
  // "It also took three firms off the list": a reading without an action word has the clause's verb before it.
  const verb = trigger.actionStart ?? verbBefore(a, trigger.anchorStart);
  if (verb === null || verb > trigger.anchorStart) return undefined;
  let i = verb - 1;
  while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.test(a.tokens[i]?.norm ?? '')) i--;
  if (i < 0) return undefined;
  const words = a.tokens.slice(Math.max(0, i - 2), i + 1).map((t) => t.norm);
  const phrase = ANAPHOR_WORDS.find(
    (anaphor) => anaphor.join(' ') === words.slice(-anaphor.length).join(' '),
  );
  return phrase && phrase.length <= words.length ? { start: i + 1 - phrase.length } : undefined;
}

/** How far before the anchor the verb of its clause may stand ("took three Pakistani firms off the list"). */
const CLAUSE_VERB_REACH = 8;

/** The nearest verb before token `at` in its clause, or null. */
function verbBefore(a: SentenceAnalysis, at: number): number | null {
  for (let k = at - 1; k >= Math.max(0, at - CLAUSE_VERB_REACH) && a.clause[k] === a.clause[at]; k--) {
    const norm = a.tokens[k]?.norm ?? '';
    if (isPastForm(norm) || isVerbWord(norm)) return k;
  }
  return null;
}

/** Whether token `at` stands in a relative clause set off by commas that closes before `end`. */
function insideRelativeClause(tokens: readonly Token[], at: number, end: number): boolean {
  let open = -1;
  for (let k = at - 1; k >= 0 && open < 0; k--) {
    if (tokens[k]?.norm !== ',') continue;
    if (!RELATIVE_PRONOUN.test(tokens[k + 1]?.norm ?? '')) return false;
    open = k;
  }
  return open >= 0 && tokens.slice(at, end).some((t) => t.norm === ',');
}

/**
 * "The vessel Star Quarrion, which the company manages, was identified": a relative clause set off by commas
 * speaks of the name before it, so a description inside it ("the company") is no subject of the sentence.
 */
function withoutRelativeClauses(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let inside = false;
  for (const [k, t] of tokens.entries()) {
    if (t.norm === ',' && RELATIVE_PRONOUN.test(tokens[k + 1]?.norm ?? '')) inside = true;
    else if (inside && t.norm === ',') inside = false;
    else if (!inside) kept.push(t);
  }
  return kept;
}

const OBJECT_PRONOUNS = new Set(['it', 'them']);

/**
 * "placed X on its list, barring them from trade": an action word after the anchor whose object is a
 * pronoun acts on the organisation named last before the anchor in the sentence.
 */
function pronounObject(
  a: SentenceAnalysis,
  slot: SlotSpec,
  trigger: Trigger,
  pool: readonly Mention[],
): Filler | undefined {
  if (slot.kind !== 'organisation' || trigger.actionStart === null || trigger.actionStart < trigger.anchorEnd)
    return undefined;
  if (!OBJECT_PRONOUNS.has(a.tokens[trigger.actionEnd ?? -1]?.norm ?? '')) return undefined;
  const named = pool
    .filter((m) => m.kind === 'organisation' && m.end <= trigger.anchorStart)
    .sort((x, y) => y.start - x.start)[0];
  return named ? { mention: named, value: named.value, role: 'anaphor_sentence' } : undefined;
}

/** Prepositions that end the object of "added … to the list", "placed … on its list". */
const OBJECT_ENDS = new Set(['to', 'on', 'onto', 'from', 'in', 'into', 'off']);

/**
 * "The Treasury sanctioned the company in 2022", "imposed sanctions on the firm": a description of a party named
 * before, right after the anchor (or its "on"), stands for a name.
 */
function anaphorAfter(a: SentenceAnalysis, anchorEnd: number): boolean {
  const at = /^(?:on|against)$/.test(a.tokens[anchorEnd]?.norm ?? '') ? anchorEnd + 1 : anchorEnd;
  const words = a.tokens.slice(at, at + 2).map((t) => t.norm);
  if (words[0] === 'it') return !isVerbWord(words[1] ?? '');
  return ANAPHOR_WORDS.some((anaphor) => anaphor.length === 2 && anaphor.every((w, k) => words[k] === w));
}

/** How many words an apposition set off between a subject and its verb may take. */
const APPOSITION_WORDS = 12;
/** How many words before its passive verb's "was" or "been" the anaphor standing as its subject may start. */
const PASSIVE_SUBJECT_WORDS = 5;

/** "The company had been designated in 2022": a description of a party named before, the subject of the passive. */
function anaphorAsPassiveSubject(a: SentenceAnalysis, anchorStart: number, clause: number): boolean {
  const be = /^(?:later|also|then|first|previously)$/.test(a.tokens[anchorStart - 1]?.norm ?? '')
    ? anchorStart - 2
    : anchorStart - 1;
  if (!/^(?:was|were|been|is|are|be)$/.test(a.tokens[be]?.norm ?? '')) return false;
  // "The company, a Hong Kong trader of nickel, was designated": the subject stands before its apposition.
  if (a.tokens[be - 1]?.norm === ',') {
    const opening = a.tokens.slice(0, be - 1).findLastIndex((t) => t.norm === ',');
    if (opening > 0 && be - 1 - opening <= APPOSITION_WORDS)
      return holdsAnaphor(a.tokens.slice(Math.max(0, opening - PASSIVE_SUBJECT_WORDS), opening));
  }
  const subject = a.tokens
    .slice(Math.max(0, be - PASSIVE_SUBJECT_WORDS), be)
    .filter((_, k) => a.clause[Math.max(0, be - PASSIVE_SUBJECT_WORDS) + k] === clause);
  return holdsAnaphor(subject);
}

/** A company's own sites and seats, which move when it moves ("the company's head office"). */
const OWN_SITES =
  /^(?:head|headquarters|hq|operations|production|manufacturing|plant|plants|factory|factories|smelter|refinery|assembly|domicile|registration)$/;

/** Whether an anaphor ("it", "the company", "the exchange") stands among `words`. */
function holdsAnaphor(words: readonly Token[], sitesMove = false): boolean {
  // "…, the company said on Tuesday, effectively banning sales": the company that reports is the source.
  const reports = (after: number) => REPORTING_VERBS.has(words[after]?.norm ?? '');
  return words.some((t, i) => {
    // "placed the firm's parent on the list": what the company owns is the party, not the company ("the
    // company's head office will move": where a subject moves, its own site moving is the company's move).
    const owns = (after: number) =>
      /^['’]s$/.test(words[after]?.norm ?? '') &&
      !(sitesMove && OWN_SITES.test(words[after + 1]?.norm ?? ''));
    const phrase = ANAPHOR_WORDS.find((anaphor) => anaphor.every((w, k) => words[i + k]?.norm === w));
    // ("It's building plants": after a pronoun, "'s" is "is".)
    // "Its chairman, Liu Wei, relocated to Budapest": the company's officer is a person, no company.
    if (phrase && t.norm === 'its' && namesPersonRole(words, i + 1)) return false;
    if (phrase) return !reports(i + phrase.length) && !(t.norm === 'the' && owns(i + phrase.length));
    if (t.norm !== 'the') return false;
    if (isOrganisationNoun(words[i + 1]?.norm ?? '')) return !reports(i + 2) && !owns(i + 2);
    // "the Chinese miner", "the state-owned producer": one word describes the company.
    return (
      /^[\p{L}-]+$/u.test(words[i + 1]?.text ?? '') &&
      isOrganisationNoun(words[i + 2]?.norm ?? '') &&
      !reports(i + 3) &&
      !owns(i + 3)
    );
  });
}

/**
 * "threatened to impose", "warned it would raise", "warned on Friday that he would slap": the action word is
 * the object of a threat; so is a measure the threatened party is told it would face ("warned Apple that it
 * would face a 25% tariff").
 */
const THREAT_GOVERNS =
  /\b(?:(?:threat(?:en(?:s|ed|ing)?)?|warn(?:s|ed|ing)?)\s+(?:[\w.]+\s+){0,5}(?:to|would|will|could|might|may)|(?:ready|prepared|the\s+right)\s+to|or(?:\s+else)?)\s+(?:(?:face|pay|be\s+(?:hit|slapped|charged)(?:\s+with)?)\s+(?:an?\s+|the\s+)?(?:[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:[a-z-]+\s+)?)?$/i;

function governedByThreat(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = a.tokens[trigger.actionStart ?? trigger.anchorStart] as Token;
  const before = a.text.slice(Math.max(0, verb.start - 60), verb.start);
  return THREAT_GOVERNS.test(before) || UNHESITATING.test(before);
}

const POSSIBILITY = /^(?:may|might|could)$/;
/** Words of a possibility ("could", "may", "likely"), not of a reported future ("would need a licence"). */
const FORECAST = /\b(?:may|might|could|can|likely|unlikely)\b/i;
/** A verb of expecting what will happen, and the space after it. */
const EXPECTING = String.raw`\b(?:expect|anticipate|predict|forecast)(?:s|ed)?\s+`;
/** How many words before the action's verb or anchor an expectation of another party may start. */
const EXPECTATION_WORDS = 8;
/**
 * "Analysts expect the U.S. to impose", "expect Washington to eventually tighten": one party expecting another to
 * act ("China expects to" is a plan).
 */
const EXPECTED_OF_ANOTHER = new RegExp(String.raw`${EXPECTING}(?:\S+\s+){1,3}to\s+(?:[a-z]+\s+){0,2}$`, 'i');
/** Verbs of expecting, in the present, that may take a measure as their object ("analysts expect duties"). */
const EXPECTING_VERBS = /^(?:expect|expects|expecting|anticipate|anticipates|anticipating)$/;
/** How many words may stand between the verb of expecting and the measure's word ("expect US duties on"). */
const EXPECTED_MEASURE_WORDS = 3;
/** Verbs of enacting a measure later in the sentence ("after President Trump signed the order"). */
const ENACTED_AFTER = /\b(?:signed|imposed|introduced|enacted|ordered|approved|adopted)\b/i;
/** Who may expect a measure of its own making ("the government expects", "Canada anticipates"). */
const OWN_EXPECTERS = /^(?:it|we|government|ministry|administration|commission|cabinet|authorities)$/;

/**
 * "Analysts expect duties on copper of around 25%": a measure others expect, named right after the verb (not "the
 * 25% tariff", one in place), is a forecast; a government that expects its own measure ("Canada anticipates
 * counter-tariffs of 25%") announces it.
 */
function expectedByOthers(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (trigger.actionStart !== null && trigger.actionStart < trigger.anchorStart) return false;
  for (
    let k = trigger.anchorStart - 1;
    k >= Math.max(0, trigger.anchorStart - 1 - EXPECTED_MEASURE_WORDS);
    k--
  ) {
    const word = a.tokens[k]?.norm ?? '';
    if (a.clause[k] !== trigger.clause || /^(?:the|its|their|these|those|that|to|[,;:])$/.test(word))
      return false;
    if (!EXPECTING_VERBS.test(word)) continue;
    // ("expects U.S. tariffs of 25% on steel, imposed by President Trump in March", "… from August 1, after
    // President Trump signed the order": a measure stated as taken.)
    const after = a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end);
    if (STATED_AFTER.test(after) || IN_PLACE_AFTER.test(after) || ENACTED_AFTER.test(after)) return false;
    // ("The Brazilian government is expecting …": the subject before the verb's auxiliaries.)
    let before = k - 1;
    while (
      before > 0 &&
      /^(?:is|are|was|were|has|have|had|also|now|still|already)$/.test(a.tokens[before]?.norm ?? '')
    )
      before--;
    const subject = a.tokens[before]?.norm ?? '';
    return (
      !OWN_EXPECTERS.test(subject) && !a.mentions.some((m) => m.kind === 'country' && m.end === before + 1)
    );
  }
  return false;
}

/**
 * A possibility word among the four words before the action's verb (or the anchor without one), or another
 * party's expectation that the actor will act ("expect Washington to raise tariffs": the anchor read without
 * its verb has that verb between).
 */
function forecastBefore(a: SentenceAnalysis, trigger: Trigger): boolean {
  const at = Math.min(trigger.actionStart ?? trigger.anchorStart, trigger.anchorStart);
  const opening = at === trigger.anchorStart ? nounPhraseOpening(a, at) : at;
  if (a.tokens.slice(Math.max(0, opening - 4), at).some((t) => FORECAST.test(t.norm))) return true;
  if (notRuledOutBefore(a, opening) >= 0 || notRuledOutBefore(a, at) >= 0) return true;
  // "expect the United States to raise steel tariffs": the expecting verb, three words of the actor, "to", and
  // the verb and goods before the anchor.
  const lead = a.tokens[Math.max(0, opening - EXPECTATION_WORDS)] as Token;
  const before = a.text.slice(lead.start, (a.tokens[opening] as Token).start);
  return EXPECTED_OF_ANOTHER.test(before) || PREDICTED_OF_ANOTHER.test(before);
}

/**
 * The first word of the noun phrase an anchor ends ("its lithium export" levy), read back over determiners,
 * possessives and modifiers to the word that governs it, so that "could raise its lithium export levy" has its
 * possibility as near the measure as "could raise its levy".
 */
function nounPhraseOpening(a: SentenceAnalysis, anchorStart: number): number {
  let k = anchorStart;
  while (k > 0 && anchorStart - k < PHRASE_OPENING_WORDS && a.clause[k - 1] === a.clause[anchorStart]) {
    const t = a.tokens[k - 1] as Token;
    const modifier =
      PHRASE_DETERMINERS.test(t.norm) ||
      /^['’]s?$/.test(t.text) ||
      (/^\p{L}/u.test(t.text) && !OUTSIDE_PHRASE.test(t.norm) && !isVerbWord(t.norm));
    if (!modifier) break;
    k--;
  }
  return k;
}

/** "predicted that Washington would double tariffs": a forecast of what another party will do. */
const PREDICTED_OF_ANOTHER =
  /\b(?:expect|anticipate|predict|forecast|believe|think|reckon|bet)(?:s|ed)?\s+(?:that\s+)?(?:\S+\s+){1,3}(?:would|will)\s+(?:[a-z]+\s+){0,2}$/i;

/** A party's expectation right before the measure it expects to change ("expect the 145% U.S. tariff …"). */
const EXPECTED_MEASURE = new RegExp(String.raw`${EXPECTING}(?:\S+\s+){0,4}$`, 'i');
/** "expect a 25% duty", "expect new U.S. tariffs": a measure not yet in place that a party expects. */
const EXPECTED_NEW_MEASURE = new RegExp(
  String.raw`${EXPECTING}(?:a|an|new|further|more|fresh|additional|higher|steeper)\s+(?:\S+\s+){0,3}$`,
  'i',
);
/** "Analysts see tariffs on crushers rising": a present "see" of a measure that is to change, a forecast. */
const SEEN_MEASURE = /\bsees?\s+(?:\S+\s+){0,4}$/i;
/** A party seen acting on the measure ("see the EU raising tariffs"). */
const SEEN_ACTING =
  /\bsees?\s+(?:\S+\s+){0,3}(?:imposing|raising|hiking|doubling|increasing|cutting|lowering|lifting|removing|scrapping|extending)\s+(?:\S+\s+){0,2}$/i;
/** The change seen of the measure, after it and its goods ("… on crushers rising to 20%"). */
const SEEN_CHANGE_AFTER =
  /^\s+(?:(?:on|for)\s+(?:\S+\s+){1,4}?)?(?:rising|climbing|increasing|jumping|doubling|going\s+up|falling|dropping|easing)\b/i;

/** "Analysts expect the 145% U.S. tariff on Chinese goods to be cut": a change others expect of the measure. */
function expectedChange(a: SentenceAnalysis, trigger: Trigger): boolean {
  const { actionStart, anchorStart } = trigger;
  const lead = a.tokens[Math.max(0, anchorStart - 6)] as Token;
  const anchorAt = (a.tokens[anchorStart] as Token).start;
  const leadIn = a.text.slice(lead.start, anchorAt);
  if (SEEN_MEASURE.test(leadIn)) {
    if (actionStart !== null) return /ing$/.test(a.tokens[actionStart]?.norm ?? '');
    return (
      SEEN_ACTING.test(leadIn) ||
      SEEN_CHANGE_AFTER.test(a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end))
    );
  }
  if (!EXPECTED_MEASURE.test(leadIn)) return false;
  if (expectsOwnMeasure(a, anchorStart)) return false;
  // "Analysts expect the levy to rise to 10% by 2028": a level others expect the measure to reach; "expect a 25%
  // duty on refined cathode by the autumn": a measure others expect to come.
  if (EXPECTED_NEW_MEASURE.test(leadIn) && (actionStart === null || actionStart < anchorStart)) return true;
  if (actionStart === null)
    return EXPECTED_LEVEL_AFTER.test(a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end));
  if (actionStart < trigger.anchorEnd) return false;
  return /\bto\s+(?:be\s+)?$/i.test(a.text.slice(anchorAt, (a.tokens[actionStart] as Token).start));
}

/**
 * "said it expects its ban to go into force on January 1": a party expecting its own measure to change states its
 * plan, not another's forecast.
 */
function expectsOwnMeasure(a: SentenceAnalysis, anchorStart: number): boolean {
  return /^(?:its|their|our)$/.test(a.tokens[anchorStart - 1]?.norm ?? '');
}

/** "… to rise to 10%", "… to reach 50%": the level an expected measure is to reach, right after it. */
const EXPECTED_LEVEL_AFTER =
  /^\s+to\s+(?:rise|climb|reach|increase|go|jump|double|fall|drop|ease|be\s+(?:raised|cut|lowered|increased|reduced|set))\b/i;

/** "…, bringing the total levy on Chinese goods to 20%": a participle that sums measures up, set off after them. */
const SUMMING_UP =
  /,\s+(?:bringing|taking|pushing|lifting|raising)\s+(?:the|its|their)\s+(?:total|cumulative|combined|overall)\s+(?:[\w.-]+\s+){0,2}$/i;

/**
 * "China would be charged an additional 10% duty, bringing the total levy on Chinese goods to 20%": the total
 * the measures sum to is no measure of its own (the guidelines count the additional one).
 */
function runningTotal(a: SentenceAnalysis, trigger: Trigger): boolean {
  const anchorAt = (a.tokens[trigger.anchorStart] as Token).start;
  return SUMMING_UP.test(a.text.slice(0, anchorAt));
}

/** "Duties could rise": a possibility word between the measure and the verb it is the subject of. */
/**
 * "could rise to 50% as early as Wednesday under the order he signed", "under the regulation": a change an
 * instrument already sets out, a schedule, not a threat.
 */
const UNDER_INSTRUMENT =
  /\bunder\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}(?:order|orders|regulation|regulations|law|decree|rules|schedule|agreement|deal|proclamation)\b/i;

function measureMayChange(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (trigger.actionStart === null || trigger.actionStart < trigger.anchorEnd) return false;
  return a.tokens.slice(trigger.anchorEnd, trigger.actionStart).some((t) => POSSIBILITY.test(t.norm));
}

/**
 * "Trump suggested he may impose tariffs": the actor's own word that it may act is a conditional
 * statement by the actor; "tariffs could rise" or "companies may face duties" are not.
 */
function actorsOwnPossibility(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (trigger.actionStart !== null && trigger.actionStart > trigger.anchorStart) return false;
  // "Indonesia is ready to ban exports", "Australia reserves the right to restrict exports": the actor's own
  // readiness to act is a warning.
  const to = (trigger.actionStart ?? 0) - 1;
  if (trigger.actionStart !== null && a.tokens[to]?.norm === 'to') {
    const word = a.tokens[to - 1]?.norm ?? '';
    if (/^(?:ready|prepared)$/.test(word))
      return notForecastByOthers(a, to - 1) && actionSubject(a, to - 1) === 'actor';
    if (word === 'right' && a.tokens[to - 2]?.norm === 'the' && /^reserv/.test(a.tokens[to - 3]?.norm ?? ''))
      return actionSubject(a, to - 3) === 'actor';
  }
  // "has not ruled out imposing", "Canada is not ruling out retaliatory tariffs": the possibility the actor leaves open
  // governs the verb, or the measure's noun, as "may" does.
  const ruledOut = notRuledOutBefore(a, trigger.actionStart ?? nounPhraseOpening(a, trigger.anchorStart));
  if (ruledOut >= 0) return notForecastByOthers(a, ruledOut) && actionSubject(a, ruledOut) === 'actor';
  if (trigger.actionStart === null) return false;
  for (let i = trigger.actionStart - 1; i >= Math.max(0, trigger.actionStart - 3); i--) {
    if (!POSSIBILITY.test((a.tokens[i] as Token).norm)) continue;
    // "Analysts said Washington may impose duties": a forecast by others, not the actor's word.
    if (!notForecastByOthers(a, i) || reportedPossibility(a, i) || personReportsGroup(a, i)) return false;
    return actionSubject(a, i) === 'actor';
  }
  return false;
}

/** Nouns of what is said or feared about an actor, not by it ("a report that", "speculation that", "the risk that"). */
const HEARSAY =
  /^(?:reports?|speculation|rumou?rs?|talk|fears?|worries|concerns?|expectations?|bets?|chatter|risks?|possibility|prospect)$/;
/** How far before a possibility word the "that" of hearsay may stand ("a report that China may restrict"). */
const HEARSAY_REACH = 8;

/** How many words before an action "not ruled out" may end ("has not ruled out imposing retaliatory" tariffs). */
const RULED_OUT_REACH = 7;

/** The token of "not" (or "never", "n't") of a "not ruled out" that ends right before token `at`, or -1. */
function notRuledOutBefore(a: SentenceAnalysis, at: number): number {
  const from = Math.max(0, at - RULED_OUT_REACH);
  const start = (a.tokens[from] as Token | undefined)?.start;
  const end = (a.tokens[at] as Token | undefined)?.start;
  if (start === undefined || end === undefined || !NOT_RULED_OUT.test(a.text.slice(start, end))) return -1;
  for (let k = at - 1; k >= from; k--)
    if (/(?:^not|^never|n['’]t)$/.test((a.tokens[k] as Token).norm)) return k;
  return -1;
}

/** "a report that China may restrict exports": a possibility that hearsay states is not the actor's word. */
function reportedPossibility(a: SentenceAnalysis, possibility: number): boolean {
  for (let k = possibility - 1; k >= Math.max(1, possibility - HEARSAY_REACH); k--) {
    if (a.clause[k] !== a.clause[possibility]) return false;
    if (a.tokens[k]?.norm === 'that') return HEARSAY.test(a.tokens[k - 1]?.norm ?? '');
  }
  return false;
}

/** Verbs of expecting, judging or noting what may happen ("analysts expect Washington could raise tariffs", "the company noted that China could"). */
const FORECASTING = new Set(
  'expect expects expected predict predicts predicted anticipate anticipates anticipated forecast forecasts estimate estimates believe believes think thinks fear fears feared bet bets speculate speculated reckon reckons noted notes mention mentions mentioned flagged flags cautioned cautions'.split(
    ' ',
  ),
);

/** Who forecasts what a government will do, saying so in the sentence ("…, analysts say"). */
const OTHERS_FORECASTING =
  /\b(?:analysts?|economists?|traders?|brokers?|strategists?|observers?|experts?|consultants?|industry sources|people familiar)\b[^.]*\b(?:say|says|said|expect|expects|predict|predicts|estimate|estimates)\b|\b(?:say|says|said|expect|expects)\s+(?:analysts?|economists?|traders?|strategists?|experts?)\b/i;

/** Verbs of a level a measure reaches ("could reach 250%", "may rise to 50%"). */
const LEVEL_VERBS = /^(?:reach|rise|climb|go|hit|top|exceed|increase|jump|soar)$/;
/**
 * How far after the measure's word its predicate's modal may stand ("tariffs on pharmaceuticals could"), a
 * country's name counting as one word ("tariffs on copper imports into the United States could").
 */
const LEVEL_PREDICATE_REACH = 8;

/** A possibility of a level in the predicate after the measure: "… could eventually reach 250%". */
function levelMayFollow(a: SentenceAnalysis, from: number): boolean {
  const end = reachOverNames(a, from, LEVEL_PREDICATE_REACH, 1);
  for (let k = from; k < Math.min(a.tokens.length, end); k++) {
    const word = (a.tokens[k] as Token).norm;
    if (word === ',' || word === ';') return false;
    if (!POSSIBILITY.test(word)) continue;
    return a.tokens.slice(k + 1, k + 3).some((t) => LEVEL_VERBS.test(t.norm));
  }
  return false;
}

/** The first verb of saying (with `forecasts`, of expecting too) before token `before`, or -1. */
function speechVerb(a: SentenceAnalysis, before: number, forecasts: boolean): number {
  return a.tokens.findIndex(
    (t, k) =>
      k < before &&
      (ATTRIBUTION.has(t.norm) || (forecasts && FORECASTING.has(t.norm)) || writtenReport(a, k, before)),
  );
}

/**
 * "Analysts wrote that Chile could tighten …": a written report of what follows; not one set off by a comma in a
 * clause of its own ("As we wrote on Monday, …", "a post Senator Ruiz wrote, Trump said").
 */
function writtenReport(a: SentenceAnalysis, k: number, before: number): boolean {
  return (
    /^(?:wrote|writes)$/.test(a.tokens[k]?.norm ?? '') &&
    !a.tokens.slice(k + 1, before).some((t) => t.norm === ',')
  );
}

/** Verbs by which an actor lets a possibility be known without saying it outright ("Trump suggested he may"). */
const HINTING = /^(?:suggest|signal|hint|indicat|flag|float)(?:s|ed|ing|es)?$/;

/** "could raise", "may impose": a word of possibility right before the action's verb. */
function possibilityBeforeVerb(a: SentenceAnalysis, trigger: Trigger): boolean {
  const head = Math.min(trigger.anchorStart, trigger.actionStart ?? trigger.anchorStart);
  return a.tokens.slice(Math.max(0, head - 2), head).some((t) => POSSIBILITY.test(t.norm));
}

/** Whether the sentence reports the actor's own words ("Trump said …", "…, Trump said"). */
function saidByActor(a: SentenceAnalysis): boolean {
  const speech = speechVerb(a, a.tokens.length, false);
  return speech >= 0 && actionSubject(a, speech) === 'actor';
}

/**
 * "He said … they could restrict exports": a person who says what a group could do is not that group, so
 * the possibility is the person's forecast.
 */
function personReportsGroup(a: SentenceAnalysis, possibility: number): boolean {
  const speech = speechVerb(a, possibility, true);
  return (
    speech > 0 &&
    /^(?:he|she)$/.test(a.tokens[speech - 1]?.norm ?? '') &&
    a.tokens[possibility - 1]?.norm === 'they'
  );
}

/** "Analysts said Santiago may impose duties if …": no one but the actor says what the actor will do. */
function notForecastByOthers(a: SentenceAnalysis, before: number): boolean {
  const speech = speechVerb(a, before, true);
  if (speech >= 0) return actionSubject(a, speech) === 'actor';
  return closingReporter(a, before) !== 'other';
}

/** Words of someone who speaks for a government ("a ministry spokesman said"). */
const SPOKESPERSON =
  /^(?:spokes(?:man|woman|person)|official|minister|secretary|commissioner|chancellor|premier)$/;
/** A government's executive bodies, which speak for it ("…, the Commission said", "…, the department said"). */
const EXECUTIVE_BODIES = /^(?:commission|department|treasury|bureau|agency)$/;
/** The most words a closing report's speaker may have ("a senior Commerce Department official"). */
const CLOSING_SPEAKER_WORDS = 6;
/** The most when the speaker is a forecaster with its firm ("analysts at Swiss bank Harbor & Stone"). */
const CLOSING_FORECASTER_WORDS = 9;
/** Who reacts to a measure without making it ("critics warned", "exporters warned"). */
const REACTING_PARTIES =
  /^(?:critics|opponents|businesses|industry|producers|exporters|importers|manufacturers|miners|buyers|investors|executives|lawmakers|unions|groups)$/;
/** Who forecasts without speaking for a government ("analysts", "a consultancy", "two sources"). */
const FORECASTERS =
  /^(?:analysts?|economists?|strategists?|brokers?|traders?|observers?|experts?|consultants?|consultancy|consultancies|researchers?)$/;
/** How many commas back a closing report may open (", said Ana Ruiz, an analyst at Redrock"). */
const CLOSING_REPORT_COMMAS = 2;

/**
 * Who closes the sentence with a report of it (", analysts warned.", ", said Trump", ", according to consultancy
 * Redrock"): the actor's side (a government, its people, a pronoun for it) or another party; null when the
 * sentence has no such report.
 */
function closingReporter(a: SentenceAnalysis, from: number): 'actor' | 'other' | null {
  // ("…, the minister said, according to consultancy X": the actor's side speaks, whoever relays it.)
  let found: 'actor' | 'other' | null = null;
  let comma = a.tokens.length;
  for (let tries = 0; tries < CLOSING_REPORT_COMMAS; tries++) {
    comma--;
    while (comma > from && a.tokens[comma]?.norm !== ',') comma--;
    if (comma <= from) break;
    const reporter = reporterAfterComma(a, comma);
    if (reporter === 'actor') return reporter;
    found ??= reporter;
  }
  return found;
}

/** The closing report that opens at the comma `comma`, if one does (see closingReporter). */
function reporterAfterComma(a: SentenceAnalysis, comma: number): 'actor' | 'other' | null {
  const tokens = a.tokens;
  let end = tokens.length;
  while (end > comma + 1 && !/[\p{L}\p{N}]/u.test(tokens[end - 1]?.text ?? '')) end--;
  let verb = comma + 1;
  while (
    verb < end &&
    !REPORTING_VERBS.has(tokens[verb]?.norm ?? '') &&
    !FORECASTING.has(tokens[verb]?.norm ?? '') &&
    !(tokens[verb]?.norm === 'according' && tokens[verb + 1]?.norm === 'to')
  )
    verb++;
  if (verb === end) return null;
  // ", said Trump", ", according to consultancy Redrock": the speaker may follow the verb.
  const according = tokens[verb]?.norm === 'according';
  const after = according ? verb + 2 : verb + 1;
  const [first, last] = verb === comma + 1 ? [after, end] : [comma + 1, verb];
  const forecaster = tokens.slice(first, last).some((t) => FORECASTERS.test(t.norm));
  // ("…, according to Reuters", "…, according to people familiar with the matter": a report relayed says nothing
  // of who speaks; only forecasters "according to" whom it is speak for themselves.)
  if (according && !forecaster) return null;
  const most = forecaster ? CLOSING_FORECASTER_WORDS : CLOSING_SPEAKER_WORDS;
  if (last <= first || last - first > most) return null;
  const named = a.mentions.some(
    (m) =>
      m.kind === 'country' && m.form !== 'place' && m.form !== 'demonym' && m.start >= first && m.end <= last,
  );
  const speaksForGovernment = tokens
    .slice(first, last)
    .some(
      (t) =>
        PERSONAL_PRONOUNS.has(t.norm) ||
        GOVERNMENT_NOUNS.has(t.norm) ||
        SPOKESPERSON.test(t.norm) ||
        EXECUTIVE_BODIES.test(t.norm),
    );
  return (named || speaksForGovernment) && !forecaster ? 'actor' : 'other';
}

/** Whether the sentence presents the action as the modality that turns it into another action. */
function presentedAs(modality: Modality, a: SentenceAnalysis, trigger: Trigger): boolean {
  if (modality === 'conditional') return notForecastByOthers(a, trigger.start);
  return modality === 'modal' ? actorsOwnPossibility(a, trigger) : governedByThreat(a, trigger);
}

/**
 * The measure word among the two words before the anchor, quotes aside ("‘reciprocal’ tariffs"), or the anchor's
 * own first word when it is one ("anti-dumping rates").
 */
function measureOf(a: SentenceAnalysis, words: readonly string[], anchorStart: number): string | null {
  if (words.length === 0) return null;
  const own = a.tokens[anchorStart]?.norm ?? '';
  if (words.includes(own)) return own;
  const before = a.tokens
    .slice(Math.max(0, anchorStart - 4), anchorStart)
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    .slice(-2);
  return before.map((t) => t.norm).find((w) => words.includes(w)) ?? null;
}

/** A list that only gives examples ("imports from Canada, Brazil and other countries"). */
function isOpenList(a: SentenceAnalysis, members: readonly Mention[]): boolean {
  const last = members.at(-1);
  if (!last) return false;
  const after = a.tokens
    .slice(last.end, last.end + 3)
    .map((t) => t.norm)
    .join(' ');
  return /^(?:and|or|,) (?:other|others|elsewhere|beyond)|^among others/.test(after);
}

/** Goods that name nothing ("exports", "these shipments"). */
/** Nouns of trade whose "of" names goods ("exports of tungsten"). */
const TRADE_OF = /^(?:exports|imports|shipments|sales)$/;

/** The first goods the lexicon knows after "exports of" (or imports, shipments, sales) before the anchor, in its clause. */
function goodsOfTradeBefore(
  a: SentenceAnalysis,
  trigger: Trigger,
  pool: readonly Mention[],
): Mention | undefined {
  return pool.find(
    (m) =>
      m.kind === 'goods' &&
      m.value !== GENERIC_GOODS &&
      m.end <= trigger.anchorStart &&
      a.clause[m.start] === trigger.clause &&
      a.tokens[m.start - 1]?.norm === 'of' &&
      TRADE_OF.test(a.tokens[m.start - 2]?.norm ?? '') &&
      // ("Shipments of nickel grew even as the United States imposed tariffs on products": another clause's trade.)
      !a.tokens.slice(m.end, trigger.anchorStart).some((t) => CLAUSE_SUBORDINATORS.test(t.norm)),
  );
}

function isGenericGoods(filler: Filler | undefined): boolean {
  if (!filler) return false;
  return filler.value === GENERIC_GOODS || namesNoGoods(String(filler.value));
}

/** A count of kinds of goods named before ("two metals"), which points back as "these metals" does. */
const COUNTED_KINDS =
  /^(?:both|two|three|four|five)\s+(?:metals|minerals|materials|commodities|products|items)$/i;
const namesNoGoods = (goods: string) =>
  goods
    .toLowerCase()
    .split(/\s+/)
    .every((w) =>
      /^(?:these|those|the|such|its|their|exports?|imports?|goods|products|shipments|items|metals|minerals|materials|commodities|both|two|three|four|five)$/.test(
        w,
      ),
    );

/**
 * "The government banned exports of raw hair. … In 2022 it imposed restrictions on these exports":
 * goods that only point back ("these exports") are those of the same type's nearest candidate in an
 * earlier sentence that names its goods.
 */
export function inheritPointingGoods(candidates: readonly Candidate[], types: readonly EventType[]): void {
  for (const type of types) {
    const slot = type.spec.slots.find((s) => s.kind === 'goods');
    if (!slot) continue;
    const own = candidates
      .filter((c) => c.type === type.spec.type)
      .sort((x, y) => x.analysis.index - y.analysis.index);
    for (const c of own) {
      const goods = c.slots[slot.name];
      // ("the two metals" is read as "two metals": a count of kinds points back as a determiner does.)
      const pointing =
        typeof goods === 'string' && (ANAPHORIC_DETERMINERS.test(goods) || COUNTED_KINDS.test(goods));
      if (typeof goods !== 'string' || !pointing || !namesNoGoods(goods)) continue;
      const earlier = own.findLast((x) => {
        const named = x.slots[slot.name];
        return x.analysis.index < c.analysis.index && typeof named === 'string' && !namesNoGoods(named);
      });
      if (!earlier) continue;
      c.slots[slot.name] = earlier.slots[slot.name] as string;
      c.features.push('goods_from_earlier_event');
    }
  }
}

/** Words that make the measures of a sentence answers to each other: "retaliatory duties", "in response to". */
const ANSWER_CUE =
  /\b(?:retaliat\w*|in response to|in reply to|tit-for-tat|counter-?(?:tariffs?|duties|measures))\b/i;

/**
 * "the 10% tariffs on Chinese imports into the U.S., prompting retaliatory duties from Beijing": when a
 * sentence that answers one measure with another names exactly two actors, a measure with no target of its
 * own is aimed at the other actor.
 */
export function answerTargets(candidates: readonly Candidate[], types: readonly EventType[]): void {
  const slotsOf = new Map(
    types.map((t) => [
      t.spec.type,
      {
        actor: t.spec.slots.find((s) => s.kind === 'actor')?.name,
        target: t.spec.slots.find((s) => s.kind === 'country' && s.name === 'target')?.name,
      },
    ]),
  );
  const bySentence = new Map<SentenceAnalysis, { c: Candidate; actor: string; target: string }[]>();
  for (const c of candidates) {
    const { actor, target } = slotsOf.get(c.type) ?? {};
    if (!actor || !target || !ANSWER_CUE.test(c.analysis.sentence.text)) continue;
    const group = bySentence.get(c.analysis);
    if (group) group.push({ c, actor, target });
    else bySentence.set(c.analysis, [{ c, actor, target }]);
  }
  for (const group of bySentence.values()) {
    const actors = new Set<SlotValue>();
    for (const { c, actor } of group) {
      const stated =
        c.features.includes('actor_option:0') &&
        !c.features.some((f) => f.startsWith(`slot:${actor}:discourse`));
      if (stated && c.slots[actor] != null) actors.add(c.slots[actor]);
    }
    if (actors.size !== 2) continue;
    for (const { c, actor, target } of group) {
      // A target the sentence itself does not name (one from the article's context) gives way to the answer.
      const fromContext = c.features.findIndex((f) => f.startsWith(`slot:${target}:discourse`));
      if ((c.slots[target] != null && fromContext < 0) || c.global || !actors.has(c.slots[actor] ?? null))
        continue;
      c.slots[target] = [...actors].find((x) => x !== c.slots[actor]) ?? null;
      if (fromContext >= 0) c.features.splice(fromContext, 1, `slot:${target}:none`);
      c.features.push('target_answered');
    }
  }
}

/** "China: 34%", "European Union – 20 percent": a line that is only a country and its rate. */
function rateListItem(a: SentenceAnalysis): { country: SlotValue; rate: number } | null {
  const [country, ...rest] = a.mentions.filter((m) => m.kind !== 'rate');
  if (country?.kind !== 'country' || rest.length > 0 || country.start !== 0) return null;
  const [separator, number, unit, stop, ...more] = a.tokens.slice(country.end).map((t) => t.norm);
  if (!/^[:–—-]$/.test(separator ?? '') || !/^\d+(?:\.\d+)?$/.test(number ?? '')) return null;
  if (!/^(?:%|percent|pct)$/.test(unit ?? '') || (stop !== undefined && stop !== '.') || more.length > 0)
    return null;
  return { country: country.value, rate: Number(number) };
}

/** Features that describe where a candidate found its rate or its list: a list item finds them itself. */
const RATE_OR_LIST_FEATURE = /^(?:rate_gap:|list_size:|list_member$|rate_paired$|has_rate$)/;

/** Whether a feature says where a candidate found the target or rate slot, or its rate or list. */
const placesTargetOrRate = (feature: string, target: string, rate: string) =>
  RATE_OR_LIST_FEATURE.test(feature) ||
  [target, rate].some((slot) => feature.startsWith(`slot:${slot}:`) || feature.startsWith(`form:${slot}:`));

/**
 * "Trump announced reciprocal tariffs on dozens of countries. The rates include: - China: 34% - Vietnam:
 * 46%": each line of a list of countries and rates is the measure the sentence before it announced (or the
 * one before a line that opens the list with a colon), on that country at that rate.
 */
export function rateListItems(
  candidates: readonly Candidate[],
  analyses: readonly SentenceAnalysis[],
  types: readonly EventType[],
): Candidate[] {
  const items: Candidate[] = [];
  for (const type of types) {
    const target = type.spec.slots.find((s) => s.kind === 'country' && s.name === 'target')?.name;
    const rate = type.spec.slots.find((s) => s.kind === 'rate')?.name;
    if (!target || !rate) continue;
    const measureOf = (index: number) =>
      candidates.find(
        (c) => c.type === type.spec.type && c.analysis.index === index && c.features.includes('reading:0'),
      );
    let measure: Candidate | undefined;
    for (const a of analyses) {
      const item = rateListItem(a);
      if (!item) {
        measure = undefined;
        continue;
      }
      if (!measure) {
        const before = analyses[a.index - 1];
        if (!before || rateListItem(before)) continue;
        measure =
          measureOf(before.index) ??
          (before.text.trim().endsWith(':') ? measureOf(before.index - 1) : undefined);
        if (!measure) continue;
      }
      items.push({
        ...measure,
        slots: { ...measure.slots, [target]: item.country, [rate]: item.rate },
        analysis: a,
        anchorStart: 0,
        global: false,
        features: [
          ...measure.features.filter((f) => !placesTargetOrRate(f, target, rate)),
          `slot:${target}:list_item`,
          `slot:${rate}:list_item`,
          'has_rate',
        ],
        readingKey: `${type.spec.type}:${a.index}:list_item`,
      });
    }
  }
  return items;
}

/** Words that may stand between a gapped clause's goods and its date ("and bauxite in June 2023"). */
const GAPPED_DATE_OPENERS = /^(?:in|since|from|on|by|until)$/;
/** What may follow a gapped clause's date: its end, or another member ("…, and copper in 2024"). */
const GAPPED_CLAUSE_ENDS = /^(?:[.,;:!?)"”]|and|but|while|after|before|when|as)$/;
/** Head nouns a gapped clause's goods may repeat from the measure ("and bauxite exports in June 2023"). */
const GAPPED_HEADS = /^(?:exports|imports|shipments|sales)$/;

/**
 * "Indonesia banned nickel ore exports in 2020 and bauxite in June 2023": after the action's date, "and" with
 * goods and a date of their own leaves the verb out; it is the same action on those goods, at that date.
 */
export function gappedGoods(candidates: readonly Candidate[], types: readonly EventType[]): Candidate[] {
  const added: Candidate[] = [];
  for (const type of types) {
    const goods = type.spec.slots.find((s) => s.kind === 'goods')?.name;
    if (!goods) continue;
    for (const c of candidates) {
      if (c.type !== type.spec.type || c.slots[goods] == null || c.date === null) continue;
      const a = c.analysis;
      const dates = a.mentions.filter((m) => m.kind === 'date' && m.start > c.anchorStart);
      for (const first of dates) {
        const and = a.tokens[first.end]?.norm === ',' ? first.end + 1 : first.end;
        if (a.tokens[and]?.norm !== 'and' || String(first.value) !== c.date) continue;
        // ("… and of bauxite in 2023", "… and bauxite exports in June 2023": the gapped goods may keep the
        // measure's own preposition or head noun.)
        const goodsStart = a.tokens[and + 1]?.norm === 'of' ? and + 2 : and + 1;
        const next = a.mentions.find((m) => m.kind === 'goods' && m.start === goodsStart);
        if (!next) continue;
        const end = GAPPED_HEADS.test(a.tokens[next.end]?.norm ?? '') ? next.end + 1 : next.end;
        const opener = GAPPED_DATE_OPENERS.test(a.tokens[end]?.norm ?? '') ? end + 1 : end;
        const second = dates.find((m) => m.start === opener || m.start === end);
        // ("… and bauxite exports in 2023 fell by a third": goods that a verb of their own follows open a clause.)
        if (!second || !GAPPED_CLAUSE_ENDS.test(a.tokens[second.end]?.norm ?? '.')) continue;
        added.push({
          ...c,
          slots: { ...c.slots, [goods]: next.text },
          date: String(second.value),
          features: [...c.features, 'gapped_goods'],
          readingKey: `${c.readingKey}:gapped`,
        });
      }
    }
  }
  return added;
}

/** Verbs that extend a measure to more goods or origins. */
const EXTENDING = /^(?:extend|extends|extended|extending|widen|widens|widened|widening)$/;
/** Nouns of the goods an extension takes in, before their origin ("to imports from Thailand"). */
const EXTENDED_GOODS = /^(?:imports|shipments|products|goods|those|supplies|exports)$/;
/** Participles between such goods and "from" ("imports consigned from Thailand"). */
const ORIGIN_PARTICIPLES = /^(?:consigned|originating|shipped|coming|sent|exported|routed)$/;

/**
 * "extended its anti-dumping duties on Chinese aluminium foil to imports consigned from Thailand and Vietnam": a
 * measure extended to the goods of new origins is imposed on each of them, beside the measure as stated.
 */
export function extendedOrigins(candidates: readonly Candidate[], types: readonly EventType[]): Candidate[] {
  const added: Candidate[] = [];
  for (const type of types) {
    const target = type.spec.slots.find((s) => s.kind === 'country' && s.name === 'target')?.name;
    if (!target) continue;
    for (const c of candidates) {
      if (
        c.type !== type.spec.type ||
        c.action !== type.spec.default_action ||
        !c.features.includes('reading:0') ||
        !c.features.includes('actor_option:0')
      )
        continue;
      const a = c.analysis;
      const t = a.tokens;
      const verb = t.findIndex(
        (w, k) => k < c.anchorStart && c.anchorStart - k <= 4 && EXTENDING.test(w.norm),
      );
      if (verb < 0) continue;
      const to = t.findIndex(
        (w, k) => k > c.anchorStart && w.norm === 'to' && EXTENDED_GOODS.test(t[k + 1]?.norm ?? ''),
      );
      if (to < 0 || a.clause[to] !== a.clause[c.anchorStart]) continue;
      const from = ORIGIN_PARTICIPLES.test(t[to + 2]?.norm ?? '') ? to + 3 : to + 2;
      if (t[from]?.norm !== 'from') continue;
      for (const origin of countryGroupAt(a, from + 1)) {
        if (origin.value === c.slots[target]) continue;
        added.push({
          ...c,
          slots: { ...c.slots, [target]: origin.value },
          features: [...c.features, 'extended_origin'],
          readingKey: `${c.readingKey}:origin:${String(origin.value)}`,
        });
      }
    }
  }
  return added;
}

/** Words that refer back to two countries named before ("on both countries", "the two neighbours"). */
const PAIR_REFERENCE =
  /\b(?:both countries|both nations|both neighbou?rs|the two (?:countries|nations|neighbou?rs|economies|trading partners))\b/i;

/**
 * "Trump imposed 25% tariffs on Canada and Mexico. He postponed the tariffs on both countries": a measure on a
 * pair referred back to falls on each of the two countries the nearest earlier measure of the type fell on.
 */
export function pairedTargets(candidates: readonly Candidate[], types: readonly EventType[]): Candidate[] {
  const added: Candidate[] = [];
  for (const type of types) {
    const target = type.spec.slots.find((s) => s.kind === 'country' && s.name === 'target')?.name;
    if (!target) continue;
    const own = candidates.filter((c) => c.type === type.spec.type);
    for (const c of [...own]) {
      const fromContext = c.features.findIndex((f) => f.startsWith(`slot:${target}:discourse`));
      if (fromContext < 0 || !PAIR_REFERENCE.test(c.analysis.text)) continue;
      const before = own.filter((x) => x.analysis.index < c.analysis.index && x.slots[target] != null);
      const last = before.at(-1);
      if (!last) continue;
      const pair = [
        ...new Set(
          before
            .filter((x) => x.analysis.index === last.analysis.index && x.anchorStart === last.anchorStart)
            .map((x) => x.slots[target]),
        ),
      ];
      if (pair.length !== 2) continue;
      const features = c.features.map((f, k) => (k === fromContext ? `slot:${target}:pair_referred` : f));
      c.slots[target] = pair[0] ?? null;
      c.features.splice(0, c.features.length, ...features);
      const second = {
        ...c,
        slots: { ...c.slots, [target]: pair[1] ?? null },
        features: [...features],
        readingKey: `${c.readingKey}:pair`,
      };
      // The second country is there for a pair referred back to again further on.
      own.splice(own.indexOf(c) + 1, 0, second);
      added.push(second);
    }
  }
  return added;
}

/** One rate of a measure stated with its own goods or target: "25.76 pct on shrimp from Vietnam". */
interface RatedPart {
  rate: SlotValue;
  goods: string | null;
  /** The countries the rate applies to ("25% for Japan and South Korea"), or none. */
  targets: SlotValue[];
}

/** "on Thailand", "on Chinese shrimp", "on shrimp from Vietnam": the country a part opened at `opener` applies to. */
function partTarget(
  a: SentenceAnalysis,
  opener: number,
  inPart: (m: Mention) => boolean,
): Mention | undefined {
  return a.mentions.find(
    (m) =>
      m.kind === 'country' &&
      inPart(m) &&
      (m.start === opener + 1 ||
        // "20% for the EU": the article before a bloc's or country's name.
        (m.start === opener + 2 && a.tokens[opener + 1]?.norm === 'the') ||
        m.form === 'demonym' ||
        a.tokens[m.start - 1]?.norm === 'from'),
  );
}

/**
 * Parts of one measure each with its own rate in the trigger's clause: a rate followed by "on" or "for" and
 * the goods or the country it applies to, up to the next such rate ("duties of 25 percent on steel and 10
 * percent on aluminum", "112.81 pct on shrimp from China and 25.76 pct on shrimp from Vietnam").
 */
function ratedParts(a: SentenceAnalysis, trigger: Trigger, owns: Ownership): RatedPart[] {
  const t = a.tokens;
  const isPart = (at: number) => /^(?:on|for)$/.test(t[at]?.norm ?? '');
  // The preposition that opens a rate's part: right after the rate, or after the anchor the rate stands
  // before ("15% tariffs on coal and 10% on crude oil").
  const partOpener = (rate: Mention) => {
    if (rate.start >= trigger.anchorStart) return isPart(rate.end) ? rate.end : -1;
    return levelOfAnchor(t, rate, trigger.anchorStart) && isPart(trigger.anchorEnd) ? trigger.anchorEnd : -1;
  };
  const rates = a.mentions.filter(
    (rate) =>
      isSetRate(rate) && owns(rate) && a.clause[rate.start] === trigger.clause && partOpener(rate) >= 0,
  );
  const respective = respectiveParts(a, trigger, owns);
  if (respective.length > 0) return respective;
  const parts: RatedPart[] = [];
  for (const [k, rate] of rates.entries()) {
    const opener = partOpener(rate);
    let end = Math.min(rates[k + 1]?.start ?? t.length, opener + 1 + MAX_PART_WORDS);
    for (let i = opener; i < end; i++) if (a.clause[i] !== trigger.clause) end = i;
    const inPart = (m: Mention) => m.start > opener && m.end <= end;
    const goods = a.mentions.find(
      (m) => m.kind === 'goods' && m.value !== GENERIC_GOODS && inPart(m) && m.start - opener <= 3,
    );
    const target = partTarget(a, opener, inPart);
    // "on U.S. coal and liquefied natural gas": the goods coordinated with the first are the part's too.
    const goodsEnd = goods
      ? Math.max(
          ...a.mentions
            .filter((m) => m.kind === 'goods' && m.group === goods.group && inPart(m))
            .map((m) => m.end),
          goods.end,
        )
      : 0;
    // "10% on Canadian energy": goods the lexicon does not know may follow the nationality that names the target.
    const goodsText = goods
      ? a.text.slice((t[opener + 1] as Token).start, (t[goodsEnd - 1] as Token).end)
      : !target
        ? unlistedGoods(a, opener + 1, end)
        : target.form === 'demonym'
          ? unlistedGoods(a, target.end, end)
          : null;
    // "25% for Japan and South Korea": the countries coordinated with the first share its rate.
    const targets = target
      ? [
          ...new Set(
            a.mentions
              .filter(
                (m) =>
                  m.kind === 'country' && m.group === target.group && m.start >= target.start && inPart(m),
              )
              .map((m) => m.value),
          ),
        ]
      : [];
    // "41.7% for all other Chinese producers", "80.1% for other exporters": a rate for makers or sellers, whose goods
    // are the measure's, names no goods of its own.
    const partGoods =
      goodsText && RATED_PARTY_NOUNS.test(goodsText.trim().split(/\s+/).at(-1) ?? '') ? null : goodsText;
    // "a 10% baseline tariff on all imports, with 34% on China": the anchor's own level on everything is a part.
    if (partGoods || target || rate.start < trigger.anchorStart)
      parts.push({ rate: rate.value, goods: partGoods, targets });
  }
  if (parts.length === 0) parts.push(...gappedParts(a, trigger));
  if (parts.length === 0) parts.push(...leveledParts(a, trigger));
  const distinct = (pick: (p: RatedPart) => unknown) => new Set(parts.map(pick)).size > 1;
  return distinct((p) => p.rate) && (distinct((p) => p.goods) || distinct((p) => p.targets.join()))
    ? parts
    : [];
}

/**
 * "Vietnam faces a 46% duty, Cambodia 49% and Thailand 36%", "Cambodia was hit with 49% and Thailand with 36%":
 * countries each with its own rate, the measure's word left out, after a measure with its rate; the first part
 * is the measure's own (its target as read).
 */
function gappedParts(a: SentenceAnalysis, trigger: Trigger): RatedPart[] {
  const t = a.tokens;
  const own = a.mentions.find(
    (m) =>
      isSetRate(m) &&
      (m.end === trigger.anchorStart || (m.start > trigger.anchorStart && m.end === trigger.anchorEnd)),
  );
  if (!own) return [];
  const parts: RatedPart[] = [{ rate: own.value, goods: null, targets: [] }];
  // "China will face a 34% rate, Vietnam 46%": the measure's noun after an anchor that ends with its rate.
  const measureNoun = /^(?:rates?|tariffs?|duty|duties|levy|levies)$/.test(t[trigger.anchorEnd]?.norm ?? '');
  const listStart = trigger.anchorEnd + (measureNoun ? 1 : 0);
  let at = listStart;
  for (;;) {
    if (t[at]?.norm === ',') at++;
    if (t[at]?.norm === 'and') at++;
    if (at === listStart) break;
    // ("…, the European Union 20%": a bloc's or country's name may take its article; "…, those from Russia 18.5%":
    // the goods of the part referred back to by "those".)
    if (t[at]?.norm === 'those' && /^(?:from|of)$/.test(t[at + 1]?.norm ?? '')) at += 2;
    if (t[at]?.norm === 'the') at++;
    const countries = countryGroupAt(a, at);
    const last = countries.at(-1);
    const rateAt = last && t[last.end]?.norm === 'with' ? last.end + 1 : last?.end;
    const rate = last && a.mentions.find((m) => isSetRate(m) && m.start === rateAt);
    if (!last || !rate) break;
    // "Pakistan and Bangladesh 29% and 37% respectively": rates listed together pair with the group in order.
    const rates = [rate];
    for (let next = rate; t[next.end]?.norm === 'and'; ) {
      const following = a.mentions.find((m) => isSetRate(m) && m.start === next.end + 1);
      if (!following) break;
      rates.push(following);
      next = following;
    }
    const end = (rates.at(-1) as Mention).end;
    // "Botswana and Namibia 20% unemployment": a rate that a noun follows is some other measure's.
    if (!GAPPED_RATE_FOLLOWERS.test(t[end]?.norm ?? '.')) break;
    if (rates.length > 1 && rates.length !== countries.length) break;
    if (rates.length > 1)
      for (const [k, country] of countries.entries())
        parts.push({ rate: (rates[k] as Mention).value, goods: null, targets: [country.value] });
    else parts.push({ rate: rate.value, goods: null, targets: countries.map((c) => c.value) });
    at = t[end]?.norm === 'respectively' ? end + 1 : end;
  }
  return parts.length > 1 ? parts : [];
}

/** What may follow a gapped part's rate: the next part, the sentence's end, or the measure's own noun. */
const GAPPED_RATE_FOLLOWERS =
  /^(?:,|and|\.|;|:|\)|—|–|respectively|each|tariffs?|duty|duties|levy|levies|rates?|from|on|in|under|after|by)$/;

/**
 * "Brunei and Moldova", "Algeria, Iraq and Libya": the countries named one after another from a position, joined
 * by commas or "and", as one part of a gapped list shares the rate after them.
 */
function countryGroupAt(a: SentenceAnalysis, start: number): Mention[] {
  const t = a.tokens;
  const countryAt = (at: number) =>
    a.mentions.find((m) => m.kind === 'country' && m.start === at && m.form !== 'demonym');
  const group: Mention[] = [];
  let next = countryAt(start);
  while (next) {
    group.push(next);
    let at = next.end;
    if (t[at]?.norm === ',') at++;
    if (t[at]?.norm === 'and') at++;
    next = at > next.end ? countryAt(at) : undefined;
  }
  return group;
}

/**
 * "raise tariffs on Chinese cars to 50% from 20% and on textiles to 35%": the parts of a change of level, each
 * opened by "on" after the anchor and ending at the level it goes to, coordinated by "and".
 */
function leveledParts(a: SentenceAnalysis, trigger: Trigger): RatedPart[] {
  const t = a.tokens;
  const parts: RatedPart[] = [];
  let opener = trigger.anchorEnd;
  // ("on steel rebar from Russia to 20% and from India to 15%": a later part may name only another origin, on the
  // goods of the part before.)
  while (t[opener]?.norm === 'on' || (parts.length > 0 && t[opener]?.norm === 'from')) {
    let to = opener + 1;
    const limit = Math.min(t.length, opener + 1 + MAX_PART_WORDS);
    while (to < limit && t[to]?.norm !== 'to' && a.clause[to] === trigger.clause) to++;
    const level = a.mentions.find((m) => isSetRate(m) && m.start === to + 1);
    if (t[to]?.norm !== 'to' || !level) break;
    const inPart = (m: Mention) => m.start > opener && m.end <= to;
    const goods = a.mentions.find((m) => m.kind === 'goods' && m.value !== GENERIC_GOODS && inPart(m));
    const target = partTarget(a, opener, inPart);
    const goodsStart = target?.form === 'demonym' && target.end === goods?.start ? target.end : goods?.start;
    const originOnly = t[opener]?.norm === 'from';
    if (originOnly && !target) break;
    parts.push({
      rate: level.value,
      goods: originOnly
        ? (parts.at(-1)?.goods ?? null)
        : goods && goodsStart !== undefined
          ? phraseText(a, goodsStart, goods.end)
          : unlistedGoods(a, target?.form === 'demonym' ? target.end : opener + 1, to),
      targets: target ? [target.value] : [],
    });
    // Past the level it comes from ("to 50% from 20%") to the "and" that opens the next part.
    let next = level.end;
    const previous = a.mentions.find((m) => m.kind === 'rate' && m.isPrevious && m.start === next + 1);
    if (t[next]?.norm === 'from' && previous) next = previous.end;
    if (t[next]?.norm === ',') next++;
    if (t[next]?.norm !== 'and') break;
    opener = next + 1;
  }
  return parts.length > 1 && new Set(parts.map((p) => p.rate)).size > 1 ? parts : [];
}

/** Words a request may put between "to" and the verb it asks for ("to quickly drop", "to also exempt"). */
const REQUESTED_VERB_GAP = 2;
/** Words a request may put between "for" and the measure it asks for ("for a new quota"). */
const REQUESTED_MEASURE_GAP = 3;

/**
 * Whether the mention is the object of a request for the trigger's action ("asked the U.S. to exempt",
 * "called on Beijing to lift").
 */
function requestedOf(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const t = a.tokens;
  const verb = trigger.actionStart ?? trigger.start;
  // "asked the U.S. government on Tuesday to impose": the body the name stands for, and the day it was asked on.
  let end = m.end;
  if (GOVERNMENT_NOUNS.has(t[end]?.norm ?? '')) end++;
  // (A date mention may hold its "on" or start after it.)
  const from = end;
  const opening = t[from]?.norm === 'on' ? from + 1 : from;
  end = a.mentions.find((x) => x.kind === 'date' && (x.start === from || x.start === opening))?.end ?? end;
  // "asked Japan for a quota on the export of cars": the measure asked for, after "for".
  const askedFor = t[end]?.norm === 'for' && verb > end && verb - end <= REQUESTED_MEASURE_GAP + 1;
  if (!askedFor && (t[end]?.norm !== 'to' || verb <= end || verb - end > REQUESTED_VERB_GAP + 1))
    return false;
  // "asked the Indonesian government to ease its ban on nickel ore exports": the measure a request for relief names is
  // in place all the same; only what the asked verb does is asked.
  if (!askedFor && trigger.actionStart === null) return false;
  return requestBefore(t, m);
}

/** Whether a verb of asking stands right before the mention ("asked the U.S.", "called on Beijing"). */
function requestBefore(t: readonly Token[], m: Mention): boolean {
  const before = t[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  const request = t[before]?.norm === 'on' ? t[before - 1]?.norm : t[before]?.norm;
  return PROPOSING.test(request ?? '');
}

/** What machines are sent away for, other than to run there ("for repair", "for resale"). */
const SERVICE_PURPOSES =
  /^(?:repair|repairs|servicing|maintenance|refurbishment|refurbishing|resale|sale|scrapping|recycling)$/;

/** Machines a company may send away ("rigs", "miners"), as against production, plants or operations. */
const SENT_MACHINES = /^(?:rigs|machines|asics|miners|units|servers|equipment)$/;

/**
 * "shipped its rigs back to China for repair": machines the trigger sends away for a service, in its clause ("moved
 * production … for sale in the U.S." sells the products; "… and put its site up for sale" is another step).
 */
function sentForService(a: SentenceAnalysis, trigger: Trigger): boolean {
  let machines = false;
  for (let k = trigger.start; k < a.tokens.length - 1 && a.clause[k] === trigger.clause; k++) {
    const word = a.tokens[k]?.norm ?? '';
    if (word === 'and') return false;
    if (SENT_MACHINES.test(word)) machines = true;
    if (machines && word === 'for' && SERVICE_PURPOSES.test(a.tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * "has asked Daeseong Battery Co to move …", "urged the company to shift …": a party asked to move ("pressed X to
 * explain why it moved" asks something else).
 */
function askedToMove(a: SentenceAnalysis, m: Mention): boolean {
  const t = a.tokens;
  const end = isLegalSuffix(t[m.end]?.text ?? '') ? m.end + 1 : m.end;
  return t[end]?.norm === 'to' && MOVING_ANCHOR.test(t[end + 1]?.norm ?? '') && requestBefore(t, m);
}

/**
 * "15% tariffs", "a 10% baseline tariff", "a 25% additional duty": a rate that stands before the anchor, at most two
 * lower-case words apart (the measure's kind), is the anchor's own level.
 */
function levelOfAnchor(tokens: readonly Token[], rate: Mention, anchorStart: number): boolean {
  const between = tokens.slice(rate.end, anchorStart);
  return (
    between.length <= 2 && between.every((w) => /^[a-z][a-z-]*$/.test(w.text) && !LEVEL_BREAKERS.test(w.norm))
  );
}

/** Words that end a rate's phrase before an anchor ("10% of the tariffs", "25% and tariffs"). */
const LEVEL_BREAKERS =
  /^(?:of|in|on|for|to|the|a|an|and|or|but|with|from|by|at|as|than|its|their|his|her|is|are|was|were)$/;

/** How far past its preposition a rate's goods or country may be named. */
const MAX_PART_WORDS = 8;
/** The most words of goods the lexicon does not know that a rate's part takes ("upholstered furniture"). */
const MAX_UNLISTED_GOODS_WORDS = 4;

/** How many words may follow a respective member's goods word as its form ("copper rod", "steel pipe fittings"). */
const RESPECTIVE_FORM_WORDS = 2;

/**
 * "tariffs of 25% and 10% on steel and aluminium, respectively": rates listed together and goods listed after
 * them, paired in order.
 */
function respectiveParts(a: SentenceAnalysis, trigger: Trigger, owns: Ownership): RatedPart[] {
  if (!a.tokens.some((t) => t.norm === 'respectively')) return [];
  const inClause = (m: Mention) => a.clause[m.start] === trigger.clause;
  const rates = a.mentions.filter((m) => isSetRate(m) && owns(m) && inClause(m));
  const listed = rates.filter((m) => m.group === rates[0]?.group);
  const last = listed.at(-1);
  if (!last || listed.length < 2) return [];
  const groupOf = (m: Mention | undefined) =>
    m ? a.mentions.filter((x) => x.kind === 'goods' && x.group === m.group) : [];
  const named = (m: Mention) => m.kind === 'goods' && m.value !== GENERIC_GOODS && inClause(m);
  // "on steel and aluminium, respectively" after the rates, or "Tariffs on tungsten and antimony oxide will rise
  // to 25% and 30%, respectively" before them.
  let goods = groupOf(a.mentions.find((m) => named(m) && m.start > last.end));
  if (goods.length !== listed.length)
    goods = groupOf(a.mentions.findLast((m) => named(m) && m.end <= (listed[0] as Mention).start));
  if (goods.length !== listed.length) return [];
  // "copper rod": the noun of the goods' form after the lexicon's word is the member's too.
  const tags = a.tags();
  const memberText = (m: Mention) => {
    let end = m.end;
    while (
      end - m.end < RESPECTIVE_FORM_WORDS &&
      /^[a-z-]+$/.test(a.tokens[end]?.text ?? '') &&
      !tags[end]?.has('Verb') &&
      !tags[end]?.has('Modal') &&
      !/^(?:and|or|from|to|on|in|of|respectively)$/.test(a.tokens[end]?.norm ?? '')
    )
      end++;
    return phraseText(a, m.start, end);
  };
  return listed.map((rate, k) => ({ rate: rate.value, goods: memberText(goods[k] as Mention), targets: [] }));
}

/**
 * "… and 30% on upholstered furniture": goods the lexicon does not know, the lower-case words after a rate's
 * preposition up to a word that ends a noun phrase; none when they are only words of trade ("on goods").
 */
function unlistedGoods(a: SentenceAnalysis, from: number, to: number): string | null {
  const t = a.tokens;
  let end = from;
  while (
    end < to &&
    end - from < MAX_UNLISTED_GOODS_WORDS &&
    /^[a-z][a-z-]*$/.test(t[end]?.text ?? '') &&
    !STOP_AFTER_GOODS.has(t[end]?.norm ?? '') &&
    !a.mentions.some((m) => m.start <= end && m.end > end)
  )
    end++;
  if (end === from || t.slice(from, end).every((w) => TRADE_WORDS.test(w.norm))) return null;
  if (end < t.length && /^[a-z]/.test(t[end]?.text ?? '') && !STOP_AFTER_GOODS.has(t[end]?.norm ?? ''))
    return null;
  return phraseText(a, from, end);
}

/** The longest noun phrase opening before an anchor: "a $2.4 billion lithium battery" (plant). */
const PHRASE_OPENING_WORDS = 8;
/** Words that open a noun phrase before its modifiers ("a $2.4 billion …", "its new …"). */
const PHRASE_DETERMINERS = /^(?:a|an|the|its|their|his|her|our|new|another)$/;
/** Words for a share of something, before "of" ("some of its production", "the bulk of its output"). */
const PARTITIVES = /^(?:some|part|parts|most|much|all|half|portion|share|bulk|rest|majority|more)$/;
/** Words that end a noun phrase's opening, read backwards from its anchor. */
const OUTSIDE_PHRASE =
  /^(?:of|on|in|at|to|from|for|with|by|about|over|under|against|into|amid|after|before|since|as|than|and|or|but|nor|that|which|who|this|these|those|it|they|he|she|we|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|not|no)$/;

/**
 * How many words of the lead-in open the noun phrase of an anchor with no action word (determiners,
 * amounts, adjectives and nouns before it) when a verb governs that phrase, so that the verb group is read
 * before them: "plans to build a $2.4 billion lithium battery plant" is planned, however long the phrase.
 */
function phraseOpeningWords(a: SentenceAnalysis, trigger: Trigger): number {
  if (trigger.actionStart !== null || trigger.start !== trigger.anchorStart) return 0;
  // Read backwards from the anchor (lexical cues only, no tagging: this runs for every anchor) until the
  // verb that governs the phrase, or a word that is neither.
  let k = trigger.anchorStart - 1;
  let governed = false;
  while (k >= 0 && trigger.anchorStart - k <= PHRASE_OPENING_WORDS && a.clause[k] === trigger.clause) {
    const t = a.tokens[k] as Token;
    const amount = /^[$€£¥\d]/.test(t.text) || /^(?:billion|million|trillion|bn|%|percent)$/.test(t.norm);
    const possessive = /^['’]s?$/.test(t.text);
    // "shift some of its battery production": a share of the phrase's thing stays inside the phrase.
    const partitive = t.norm === 'of' && PARTITIVES.test(a.tokens[k - 1]?.norm ?? '');
    // "building a plant", "to open a plant" open with their verb; "a mining facility", "expanded export
    // controls" do not.
    governed =
      isVerbWord(t.norm) ||
      opensVerb(a.tokens[k - 1]?.norm ?? '') ||
      (/(?:ed|ing)$/.test(t.norm) && PHRASE_DETERMINERS.test(a.tokens[k + 1]?.norm ?? ''));
    const word = /^\p{L}/u.test(t.text) && !OUTSIDE_PHRASE.test(t.norm) && !governed;
    if (!(PHRASE_DETERMINERS.test(t.norm) || amount || possessive || partitive || t.text === '-' || word))
      break;
    governed = false;
    k--;
  }
  if (!governed || k === trigger.anchorStart - 1) return 0;
  const opening = a.text.slice(
    (a.tokens[k + 1] as Token).start,
    (a.tokens[trigger.anchorStart] as Token).start,
  );
  return opening.trim().split(/\s+/).length;
}

/**
 * The words that govern the action. An action word after the anchor with its own subject between them
 * ("the tariffs Trump has imposed") is a relative clause: the words before the anchor belong to the main
 * clause ("businesses warned of the fallout from the tariffs …"), not to the action.
 */
const SUBJECT_PRONOUNS = /^(?:it|he|she|they|we|i|you)$/;

/**
 * Whether the word at `i` is a "threaten" whose subject is the measure ending at `anchorEnd`: no other subject
 * or relative pronoun between them ("the tariffs Trump threatened", "duties that Ottawa threatens"), and an
 * object after it, not a participle's "by", time or verb ("tariffs threatened by Trump", "threatens to impose").
 */
function endangers(a: SentenceAnalysis, i: number, anchorEnd: number): boolean {
  if (!ENDANGERS.test(a.tokens[i]?.norm ?? '')) return false;
  if (AFTER_PARTICIPLE.test(a.tokens[i + 1]?.norm ?? '')) return false;
  const between = a.tokens.slice(anchorEnd, i);
  if (between.some((t) => RELATIVE_PRONOUN.test(t.norm) || SUBJECT_PRONOUNS.test(t.norm) || t.norm === ','))
    return false;
  return !a.mentions.some(
    (m) =>
      m.start >= anchorEnd &&
      m.end <= i &&
      (m.kind === 'organisation' ||
        (m.kind === 'country' && prepositionBefore(a.tokens, m) === null && m.form !== 'demonym')),
  );
}

/** Whether a list is what the trigger's "to" or "from" names ("moved X to the Entity List"). */
function movesBetweenLists(a: SentenceAnalysis, trigger: Trigger): boolean {
  return a.mentions.some(
    (m) =>
      m.kind === 'list' &&
      m.start >= trigger.end &&
      a.clause[m.start] === trigger.clause &&
      /^(?:to|from|onto)$/.test(prepositionBefore(a.tokens, m) ?? ''),
  );
}

const MOVING = /^(?:move|moves|moved|moving)$/;

/**
 * Whether a list follows the word ending at `from` in its clause, reached "to" or "onto" with no other action
 * word between ("moved X to the Entity List"; not "for moving oil, adding the firm to the SDN List").
 */
function movesOntoList(
  a: SentenceAnalysis,
  from: number,
  actionWords: readonly { start: number }[],
): boolean {
  return a.mentions.some(
    (m) =>
      m.kind === 'list' &&
      m.start >= from &&
      a.clause[m.start] === a.clause[from - 1] &&
      /^(?:to|onto)$/.test(prepositionBefore(a.tokens, m) ?? '') &&
      !actionWords.some(
        (w) =>
          w.start >= from &&
          w.start < m.start &&
          !a.mentions.some((x) => x.kind === 'list' && w.start >= x.start && w.start < x.end),
      ),
  );
}

/** How many words of a measure's own phrase may stand between its determiner and its noun ("a new 25% tariff"). */
const SUPPOSED_OPENING_WORDS = 4;
/** How many words of the measure's phrase may follow its noun before the verb ("on Mexican avocados would"). */
const SUPPOSED_PHRASE_WORDS = 6;

/** What a measure would be, judged ("would be catastrophic"): an opinion of a measure supposed. */
const JUDGEMENTS =
  /^(?:catastrophic|devastating|disastrous|damaging|costly|harmful|painful|crippling|ruinous|counterproductive|unfair|unjustified|illegal|welcome|bad|negative|inflationary|unworkable|pointless|self-defeating)$/;
/** Verbs of an effect a measure would have, for good or ill ("would hurt exporters", "would help Indonesia"). */
const SUPPOSED_HARM =
  /^(?:hurt|harm|damage|cost|dent|undermine|jeopardi[sz]e|disrupt|weigh|squeeze|wipe|help|benefit|boost|spur|serve)$/;

/**
 * Whether the anchor's phrase opens with "a|an", stands where a subject does, and has "would|could|might" with
 * an effect as its verb.
 */
function supposedMeasure(a: SentenceAnalysis, trigger: Trigger): boolean {
  let det = trigger.anchorStart - 1;
  while (
    det > trigger.anchorStart - 1 - SUPPOSED_OPENING_WORDS &&
    det >= 0 &&
    !/^(?:a|an)$/.test(a.tokens[det]?.norm ?? '')
  )
    det--;
  // "Duties could also push consumer prices higher": measures in general, opening the sentence, are supposed too.
  const generic = trigger.anchorStart === 0 && trigger.anchorEnd === 1 && /s$/.test(a.tokens[0]?.norm ?? '');
  if (generic) det = -1;
  else if (!/^(?:a|an)$/.test(a.tokens[det]?.norm ?? '')) return false;
  if (a.tokens.slice(det + 1, trigger.anchorStart).some((t) => isVerbWord(t.norm) || t.norm === ','))
    return false;
  const before = a.tokens[det - 1]?.norm;
  if (
    before !== undefined &&
    before !== ',' &&
    before !== 'that' &&
    !REPORTING_VERBS.has(before) &&
    before !== 'say' &&
    !QUOTE_MARKS.test(a.tokens[det - 1]?.text ?? '')
  )
    return false;
  for (
    let k = trigger.anchorEnd;
    k < Math.min(a.tokens.length, trigger.anchorEnd + SUPPOSED_PHRASE_WORDS);
    k++
  ) {
    const word = a.tokens[k]?.norm ?? '';
    // "on copper imports could": the goods' words are nouns, whatever else they may be.
    if (a.mentions.some((m) => m.kind === 'goods' && k >= m.start && k < m.end)) continue;
    // "Analysts said a 25% levy on copper could come this summer": what may be, in anyone's words but the
    // actor's, is a forecast.
    if (/^(?:could|might)$/.test(word) && !saidByActor(a)) return true;
    // "A ban on tin exports is expected next year, analysts say": what analysts, traders and the like say is
    // expected is a forecast too.
    if (/^(?:is|are)$/.test(word) && /^(?:expected|likely)$/.test(a.tokens[k + 1]?.norm ?? ''))
      return OTHERS_FORECASTING.test(a.text);
    // "would raise prices", "could hurt exporters": an effect supposed; "would take effect on Friday" announces.
    // "would be catastrophic": a judgement of what it would be; "would be imposed", "would be in place" announce.
    // "would be a huge escalation": what it would be, named with "a", is a judgement too, in anyone's words but the
    // actor's ("Washington said a 25% tariff would be a response to dumping" announces it).
    const judged =
      a.tokens[k + 1]?.norm === 'be' &&
      (JUDGEMENTS.test(a.tokens[k + 2]?.norm ?? '') ||
        (/^(?:a|an)$/.test(a.tokens[k + 2]?.norm ?? '') && !saidByActor(a)));
    if (/^(?:would|could|might)$/.test(word))
      return movesEffect(a.tokens, k + 2) || SUPPOSED_HARM.test(a.tokens[k + 1]?.norm ?? '') || judged;
    if (word === ',' || isVerbWord(word) || a.clause[k] !== trigger.clause) return false;
  }
  return false;
}

/** How far before the "to" of a demanded action the verb that gives the deadline may stand. */
const DEADLINE_REACH = 6;

/** "gave Beijing until Friday to lift", "was given 30 days to remove": the action a deadline demands. */
function demandedByDeadline(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  if (a.tokens[verb - 1]?.norm !== 'to') return false;
  const lead = a.tokens.slice(Math.max(0, verb - 1 - DEADLINE_REACH), verb - 1).map((t) => t.norm);
  const give = lead.findLastIndex((w) => /^(?:gave|give|gives|giving|given)$/.test(w));
  return (
    give >= 0 && lead.slice(give + 1).some((w) => /^(?:until|days|weeks|months|hours|deadline)$/.test(w))
  );
}

/** Verbs of giving up a plan ("dropped", "shelved"), and the adjectives of a measure only planned. */
const DROPPING = /^(?:abandon|scrap|shelve|cancel|ditch|drop|withdr[ae]w|withdrawn|axe|end(?:s|ed)?$)/;
const PROPOSED_ONLY = /^(?:proposed|planned|mooted)$/;

/** Nouns of a plan that a dropping verb may take before the measure ("dropped plans for an export levy"). */
const PLAN_NOUNS = /^(?:plans?|proposals?|idea)$/;

/** Verbs by which a court's ruling is set aside or held back ("stayed", "overturned"). */
const RULING_UNDONE =
  /^(?:stayed|stays|staying|suspended|suspends|overturned|overturns|reversed|reverses|vacated|vacates|blocked|blocks|paused|pauses|froze|freezes)$/;
/** Words that name a court's ruling. */
const RULING_NOUNS =
  /^(?:ruling|rulings|decision|decisions|judgment|judgments|judgement|order|orders|injunction)$/;

/**
 * "An appeals court stayed a lower-court ruling that had struck down the tariffs": an action of a ruling that is
 * itself stayed or overturned has not taken effect.
 */
function rulingUndone(a: SentenceAnalysis, trigger: Trigger): boolean {
  const { actionStart } = trigger;
  if (actionStart === null) return false;
  let k = actionStart - 1;
  if (/^(?:had|has|have|would)$/.test(a.tokens[k]?.norm ?? '')) k--;
  if (!/^(?:that|which)$/.test(a.tokens[k]?.norm ?? '')) return false;
  // ("stayed the ruling, which struck down the tariffs": the relative clause may be set off by a comma.)
  const noun = a.tokens[k - 1]?.norm === ',' ? k - 2 : k - 1;
  if (!RULING_NOUNS.test(a.tokens[noun]?.norm ?? '')) return false;
  // The verb governs the ruling: only its determiner and modifiers stand between ("stayed a lower-court ruling";
  // "stayed high even after a ruling" has a ruling the verb does not take).
  for (let v = noun - 1; v >= Math.max(0, noun - 4); v--) {
    const word = a.tokens[v]?.norm ?? '';
    if (RULING_UNDONE.test(word)) return true;
    if (
      !/^(?:a|an|the|its|their|[a-z]+-[a-z]+|lower|trial|court['’]s|judge['’]s|earlier|previous)$/.test(word)
    )
      return false;
  }
  return false;
}

/** Nouns of a draft's parts, which a dropping verb may take before "that would have" and the measure. */
const DRAFT_PART_NOUNS = /^(?:provisions?|clauses?|amendments?|sections?|articles?|bills?|drafts?|language)$/;

/**
 * "dropped a proposed ban", "scrapped its planned tariffs", "dropped plans for an export levy", "dropped a
 * provision that would have banned ore exports", "shelved a bill that would ban ore exports": the action gives up
 * a measure never in place.
 */
function droppedProposal(a: SentenceAnalysis, trigger: Trigger): boolean {
  const { actionStart, anchorStart } = trigger;
  if (actionStart === null || actionStart >= anchorStart || anchorStart - actionStart > 6) return false;
  const between = a.tokens.slice(actionStart + 1, anchorStart);
  const counterfactual = /\b(?:that|which) would(?: have)?$/.test(between.map((t) => t.norm).join(' '));
  const planned = (t: Token) =>
    PROPOSED_ONLY.test(t.norm) ||
    PLAN_NOUNS.test(t.norm) ||
    (counterfactual && DRAFT_PART_NOUNS.test(t.norm));
  return (
    DROPPING.test(a.tokens[actionStart]?.norm ?? '') &&
    between.some(planned) &&
    between.every(
      (t) =>
        planned(t) ||
        /^(?:a|an|the|its|their|his|her|for|of|to|new|export|import)$/.test(t.norm) ||
        (counterfactual && /^(?:that|which|would|have)$/.test(t.norm)) ||
        /^(?:impos|introduc|levy|levying)/.test(t.norm),
    )
  );
}

/** Verbs that call off a move ("cancelled", "suspended", "put … on hold"); a move delayed is still planned. */
const CALLING_OFF =
  /^(?:abandon|scrap|shelve|cancel|ditch|drop|withdr[ae]w|withdrawn|axe|halt|suspend|paus|freez|froze|end(?:s|ed)?$)/;
/** Words that may stand between a verb that calls off a move and the move's noun ("cancelled its planned move"). */
const MOVE_NOUN_OPENERS = /^(?:its|their|the|a|an|his|her|planned|proposed|intended|earlier|previous|own)$/;
/** "its relocation to Ghana has been put on hold", "the move … was cancelled": the move's noun as the passive's subject. */
const CALLED_OFF_AFTER =
  /^\s*(?:[^\s,;:]+\s+){0,8}?(?:has|have|had|was|were|is|are)\s+(?:been\s+|being\s+)?(?:put on (?:hold|ice)|cancell?ed|scrapped|shelved|abandoned|suspended|halted|paused|called off|dropped|frozen|axed)\b/i;

/** Words that may follow a measure's change in the passive: when, how long, or the clause's end ("It was lifted on Friday"). */
const AFTER_PASSIVE_CHANGE =
  /^(?:[.,;:!]|on|in|for|until|till|after|following|as|with|indefinitely|again|temporarily|pending|effective|last|this|earlier|later|today|yesterday)$/;

/**
 * "It was lifted on Friday", "On Friday, it was suspended for 90 days", "The hike was postponed": a pronoun (or "the
 * hike") that refers to the measure just stated opens its clause, and what follows the change says when or how long ("It was lifted off its foundations",
 * "Kestrel said it was lifted by the news", "It was suspended from the exchange" are of other things).
 */
function pronounOpensChange(a: SentenceAnalysis, anchorStart: number, anchorEnd: number): boolean {
  if (anchorStart > 0 && a.tokens[anchorStart - 1]?.norm !== ',') return false;
  const next = a.tokens[anchorEnd];
  if (next === undefined || AFTER_PASSIVE_CHANGE.test(next.norm)) return true;
  // ("It was postponed to July", "lifted from Monday": a time that "to" or "from" opens.)
  return (
    /^(?:to|from)$/.test(next.norm) && a.mentions.some((m) => m.kind === 'date' && m.start === anchorEnd + 1)
  );
}

/** Verbs that put a move off to a later time ("delayed its move to Mexico until 2027"). */
const DELAYING =
  /^(?:delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|defer|defers|deferred|deferring)$/;
/** Nouns of the move, or of its plan, that a verb calling it off may take before the work moved ("the transfer of"). */
const MOVE_NOUNS =
  /^(?:move|moves|relocation|relocations|transfer|transfers|shift|shifts|plan|plans|project|projects|opening|launch|start|construction|of)$/;
/** How many words of the move's own phrase may stand between the verb that calls it off and the anchor. */
const MOVE_PHRASE_WORDS = 6;

/**
 * The verb before the move's own phrase ("halted the transfer of its production lines", "put its Mexican factory
 * project on hold"), read back over determiners, nouns of the move and countries, or -1.
 */
function verbBeforeMove(a: SentenceAnalysis, anchorStart: number): number {
  let k = anchorStart - 1;
  const country = (i: number) => a.mentions.some((m) => m.kind === 'country' && i >= m.start && i < m.end);
  while (
    k >= 0 &&
    anchorStart - k <= MOVE_PHRASE_WORDS &&
    (MOVE_NOUN_OPENERS.test(a.tokens[k]?.norm ?? '') ||
      MOVE_NOUNS.test(a.tokens[k]?.norm ?? '') ||
      country(k))
  )
    k--;
  return k < anchorStart - 1 ? k : -1;
}

/** Whether the move a nominal trigger names is called off, by a verb before it or a passive after it. */
function calledOffMove(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (trigger.actionStart !== null) return false;
  const k = verbBeforeMove(a, trigger.anchorStart);
  const verb = a.tokens[k]?.norm ?? '';
  // ("called off its planned move of production": a verb with its particle.)
  if (k >= 0 && verb === 'off' && /^call(?:s|ed|ing)?$/.test(a.tokens[k - 1]?.norm ?? '')) return true;
  const after = a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end);
  if (k >= 0 && CALLING_OFF.test(verb)) return true;
  if (k >= 0 && /^(?:put|puts|putting)$/.test(verb) && /^[^,;:]*\bon (?:hold|ice)\b/.test(after)) return true;
  return CALLED_OFF_AFTER.test(after);
}

/** How far before a measure the verb or noun that answers it may stand ("retaliate against the new U.S. tariffs"). */
const ANSWER_REACH = 8;

/** Whether a word of answering ("retaliate against", "respond to") governs the anchor, and the measure is in place. */
function answersMeasureAt(a: SentenceAnalysis, anchorStart: number): boolean {
  const k = answerBefore(a.tokens, Math.max(0, anchorStart - ANSWER_REACH), anchorStart);
  // "ready to retaliate against possible Velmoran levies": a measure the answer only expects is none in place.
  return k >= 0 && !a.tokens.slice(k, anchorStart).some((t) => UNREALISED_MEASURE.test(t.norm));
}
const UNREALISED_MEASURE = /^(?:potential|possible|proposed|planned|threatened|future|any|further|more)$/;

/** How many words before the anchor a verb that would turn the measure may stand ("will not lift its ban"). */
const TURNING_VERB_REACH = 4;

/** Words that negate the verb after them ("will not lift", "has no plans to lift", "refused to lift"). */
const NEGATING = /^(?:not|never|no|n't|won't|cannot|refused|refuses|refusing|declined|declines|declining)$/;

/**
 * Whether a negated action word of another direction than the type's default stands right before the anchor
 * ("will not lift its ban"; not "scrapped plans to limit exports", where that verb is itself what negates).
 */
function turnedByNegatedVerb(a: SentenceAnalysis, type: EventType, anchorStart: number): boolean {
  const { directions, default_action } = type.spec;
  return type.actionIndex
    .findAll(a.tokens)
    .some(
      (m) =>
        m.start < anchorStart &&
        m.start >= anchorStart - TURNING_VERB_REACH &&
        directions[(type.actions[m.value] as EventType['actions'][number]).action] !==
          directions[default_action] &&
        a.tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => NEGATING.test(t.norm)),
    );
}

function leadInFor(a: SentenceAnalysis, trigger: Trigger, triggerChar: number): string {
  const { actionStart, anchorEnd } = trigger;
  if (actionStart !== null && actionStart > anchorEnd) {
    // "the duties that Mexico would impose": a country of its own between them (not "on Indian goods").
    const subject = a.mentions.find(
      (m) =>
        m.kind === 'country' &&
        m.start >= anchorEnd &&
        m.end <= actionStart &&
        prepositionBefore(a.tokens, m) === null,
    );
    // ("The tariffs that Trump announced in April were paused": a clause with a verb of its own, before the
    // measure's passive predicate, is said of the measure; the action takes the lead-in of the measure.)
    const clauseBefore =
      subject !== undefined &&
      /^(?:was|were|is|are)$/.test(a.tokens[actionStart - 1]?.norm ?? '') &&
      a.tokens.slice(subject.end, actionStart - 1).some((t) => isPastForm(t.norm));
    if (subject && !clauseBefore)
      return a.text.slice((a.tokens[anchorEnd] as Token).start, (a.tokens[actionStart] as Token).start);
    // "said the 25% levy on Indian goods would double to 50%": the action's own auxiliary, after the anchor,
    // gives its modality, read with what leads up to it.
    if (a.tokens.slice(anchorEnd, actionStart).some((t) => MODAL_AUXILIARIES.test(t.norm)))
      return leadInBefore(a.text, (a.tokens[actionStart] as Token).start);
  }
  return leadInBefore(withoutInterruption(a, trigger), triggerChar);
}

/**
 * Whether the action word is a verb in the past after "and" ("… and banned bauxite exports") whose clause before
 * gives up a plan "to" do something else ("scrapped its plan to build smelters").
 */
function finiteAfterDroppedPlan(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart;
  if (verb === null || verb > trigger.anchorStart || a.tokens[verb - 1]?.norm !== 'and') return false;
  if (!/ed$/.test(a.tokens[verb]?.norm ?? '')) return false;
  const before = a.tokens.slice(0, verb - 1).map((t) => t.norm);
  const plan = before.findIndex((w, k) => PLAN_NOUNS.test(w) && before[k + 1] === 'to');
  // ("Analysts said Jakarta may have scrapped its plan … and banned …": a hedge over both verbs stands.)
  return (
    plan > 0 &&
    before.slice(0, plan).some((w) => DROPPING.test(w)) &&
    !before.slice(0, plan).some((w) => HEDGES.test(w))
  );
}

/** Words that hedge what follows them ("may have", "reportedly", "traders believe"). */
const HEDGES =
  /^(?:may|might|could|would|should|reportedly|allegedly|believe|believes|believed|if|whether|said|says|say)$/;

/** How many words before an action word a cue of weighing it governs it ("agreed to consider exempting"). */
const WEIGHED_ACTION_REACH = 5;

/** Words that close the phrase before an action word: a cue before them governs something else ("seek relief from"). */
const WEIGHED_PHRASE_ENDS =
  /^(?:from|of|on|against|over|about|with|for|by|in|into|at|after|before|amid|,|;|:)$/;

/** Verbs by which a government puts forward a measure of its own. */
const PUTTING_FORWARD = /^(?:propose|proposes|proposed)$/;
/** Words between a government and its verb of proposing ("India has formally proposed"). */
const PROPOSING_AUXILIARIES = /^(?:has|have|had|also|formally|now|on|today|yesterday)$/;

/**
 * "India proposed retaliatory duties on U.S. steel": a government that itself proposes the measure plans it (the
 * guidelines leave out proposals by others, not the actor's own).
 */
function proposedByGovernment(a: SentenceAnalysis, trigger: Trigger): boolean {
  // ("proposed dropping its tariffs", "proposed that Washington lift": an offer, or another's action; "proposed
  // duties …, but never imposed them": a proposal given up.)
  if (a.tokens.slice(trigger.anchorEnd).some((t) => t.norm === 'but')) return false;
  const verb = trigger.anchorStart - 1;
  let k = verb;
  while (k > verb - WEIGHED_ACTION_REACH && k >= 0 && !PUTTING_FORWARD.test(a.tokens[k]?.norm ?? '')) {
    const word = a.tokens[k]?.norm ?? '';
    if (WEIGHED_PHRASE_ENDS.test(word) || /^(?:to|that)$/.test(word) || /^[a-z]+ing$/.test(word))
      return false;
    if (a.mentions.some((m) => m.kind === 'country' && m.form !== 'demonym' && k >= m.start && k < m.end))
      return false;
    k--;
  }
  if (!PUTTING_FORWARD.test(a.tokens[k]?.norm ?? '')) return false;
  let subjectEnd = k;
  while (subjectEnd > 0 && PROPOSING_AUXILIARIES.test(a.tokens[subjectEnd - 1]?.norm ?? '')) subjectEnd--;
  return a.mentions.some(
    (m) => m.kind === 'country' && m.end === subjectEnd && (m.form === 'name' || m.form === 'metonym'),
  );
}

/**
 * Whether the few words right before the action word (or the measure's own word) weigh or ask for it ("consider
 * restricting", "studying possible restrictions", "asked X to remove"), with no preposition between that hands
 * the cue another object ("seek relief from the 50% tariff" weighs the relief, not the tariff).
 */
function weighedAction(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (trigger.actionStart !== null) return weighedAt(a, trigger.actionStart);
  const infinitive = governingInfinitive(a, trigger.anchorStart);
  const gerund = governingGerund(a, trigger.anchorStart);
  return (
    weighedAt(a, trigger.anchorStart) ||
    (infinitive !== undefined && weighedAt(a, infinitive)) ||
    (gerund !== undefined && weighedAt(a, gerund))
  );
}

/** How many words before a list's anchor the gerund that puts goods on it may stand ("adding some cathode materials to"). */
const GOVERNING_GERUND_REACH = 6;

/** "is considering adding some battery materials to its export control list": the gerund whose object goes on the list. */
function governingGerund(a: SentenceAnalysis, anchorStart: number): number | undefined {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - GOVERNING_GERUND_REACH); k--) {
    const word = a.tokens[k]?.norm ?? '';
    if (WEIGHED_PHRASE_ENDS.test(word)) return undefined;
    // (The tagger takes "adding" after "considering" for a noun: any word in -ing outside a named thing will do.)
    if (/^[a-z]{2,}ing$/.test(word) && !a.mentions.some((m) => k >= m.start && k < m.end)) return k;
  }
  return undefined;
}

/** Whether the few words right before the word at `at` weigh or ask for it. */
function weighedAt(a: SentenceAnalysis, at: number): boolean {
  let start = at;
  while (
    start > Math.max(0, at - WEIGHED_ACTION_REACH) &&
    !WEIGHED_PHRASE_ENDS.test(a.tokens[start - 1]?.norm ?? '')
  )
    start--;
  // "called on the Government to ban", "called for an outright ban": the preposition is the asking verb's own.
  if (
    /^(?:on|for)$/.test(a.tokens[start - 1]?.norm ?? '') &&
    ASKING_VERBS.test(a.tokens[start - 2]?.norm ?? '')
  )
    start -= 2;
  if (start === at) return false;
  const from = a.tokens[start] as Token;
  const to = a.tokens[at] as Token;
  return modalityOf(a.text.slice(from.start, to.start)) === 'proposed';
}

/** Verbs of asking whose preposition opens what they ask for ("called on X to ban", "pressed for a ban"). */
const ASKING_VERBS =
  /^(?:call|calls|called|calling|push|pushes|pushed|pushing|press|presses|pressed|pressing|appeal|appeals|appealed|appealing|ask|asks|asked|asking|lobby|lobbies|lobbied|lobbying)$/;

/** How many words before the measure the infinitive that governs it may stand ("to raise the safeguard duty"). */
const GOVERNING_INFINITIVE_REACH = 4;

/** "urged New Delhi to raise the safeguard duty": the infinitive whose object the measure is, if any. */
function governingInfinitive(a: SentenceAnalysis, anchorStart: number): number | undefined {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - GOVERNING_INFINITIVE_REACH); k--) {
    if (WEIGHED_PHRASE_ENDS.test(a.tokens[k]?.norm ?? '')) return undefined;
    if (a.tokens[k - 1]?.norm === 'to' && a.tags()[k]?.has('Verb')) return k;
  }
  return undefined;
}

/**
 * The sentence with a relative clause that interrupts the trigger's clause before it blanked out ("Bitmain,
 * which had moved assembly to avoid earlier duties, is now opening a plant": what the relative clause says
 * is not how the main clause says it).
 */
function withoutInterruption(a: SentenceAnalysis, trigger: Trigger): string {
  let to = trigger.start;
  while (to > 0 && a.clause[to - 1] === trigger.clause) to--;
  let from = to;
  while (from > 0 && a.clause[from - 1] !== trigger.clause) from--;
  if (from === to || from === 0 || a.clause[from - 1] !== trigger.clause) return a.text;
  const start = (a.tokens[from] as Token).start;
  const end = (a.tokens[to - 1] as Token).end;
  return a.text.slice(0, start) + ' '.repeat(end - start) + a.text.slice(end);
}

/**
 * "warned that if China were to restrict exports, …": the warning is about a condition, not a threat
 * to act on the anchor.
 */
function conditionBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  return a.tokens.slice(from, to).some((t) => /^(?:if|unless|whether|should)$/.test(t.norm));
}

const COORDINATION = /^(?:and|plus)$|^as well as$|^along with$|^together with$/;
const COORDINATION_REACH = 25;

/**
 * The actor of an earlier anchor of the sentence that this one is coordinated with ("tariffs on steel,
 * and reciprocal tariffs"), when that anchor has an actor of its own.
 */
function coordinatedActor(
  a: SentenceAnalysis,
  slot: SlotSpec,
  reading: TriggerReading,
  triggers: readonly TriggerReading[],
  discourse: Discourse,
  spec: EventType['spec'],
): Filler | undefined {
  const { anchorStart } = reading.trigger;
  const earlier = triggers
    .filter(
      (r) =>
        r.trigger.anchorEnd <= anchorStart &&
        anchorStart - r.trigger.anchorEnd <= COORDINATION_REACH &&
        r.trigger.clause <= reading.trigger.clause,
    )
    .at(-1);
  if (!earlier) return undefined;
  const between = a.tokens.slice(earlier.trigger.anchorEnd, anchorStart).map((t) => t.norm);
  if (between.some((w) => w === ';' || w === 'but' || w === 'while')) return undefined;
  const joined = between.some(
    (w, i) =>
      COORDINATION.test(w) ||
      COORDINATION.test(`${w} ${between[i + 1] ?? ''}`) ||
      COORDINATION.test(`${w} ${between[i + 1] ?? ''} ${between[i + 2] ?? ''}`),
  );
  if (!joined) return undefined;
  const actor = actorAlternatives(a, slot, earlier.trigger, discourse, spec)[0];
  if (!actor || actor.role.startsWith('discourse')) return undefined;
  return { ...actor, role: 'coordinated' };
}

/** The other of exactly two coordinated countries ("Washington and Tokyo"), when `country` is one of them. */
function partnerOf(a: SentenceAnalysis, country: Mention): Mention | undefined {
  const group = a.mentions.filter((m) => m.kind === 'country' && m.group === country.group);
  return group.length === 2 && group.includes(country) ? group.find((m) => m !== country) : undefined;
}

/** The actor's partner ("Washington and Tokyo"), when the sentence says the measure hits the actor itself. */
function otherPartner(
  a: SentenceAnalysis,
  actor: Mention | null | undefined,
  target: unknown,
): Mention | undefined {
  if (actor?.kind !== 'country') return undefined;
  const other = partnerOf(a, actor);
  return other && other.value !== target && actor.value === target ? other : undefined;
}

const UNIVERSAL_QUANTIFIER = /^(?:every|any|each|all)$/;

/**
 * "a tariff on every country that charges duties on U.S. shipments": an action in a relative clause
 * about any country of a class describes no one's action.
 */
function describesEveryCountry(a: SentenceAnalysis, actionStart: number): boolean {
  const t = a.tokens;
  for (let r = actionStart - 1; r >= Math.max(2, actionStart - 4); r--) {
    const word = (t[r] as Token).norm;
    if (/^[,;:.]$/.test(word)) return false;
    if (!RELATIVE_PRONOUN.test(word)) continue;
    if (!isCollectivePolity((t[r - 1] as Token).norm)) return false;
    return t.slice(Math.max(0, r - 4), r - 1).some((w) => UNIVERSAL_QUANTIFIER.test(w.norm));
  }
  return false;
}

/** How many words may qualify the countries of a class that take a measure ("by resource-rich producer countries"). */
const POLITY_MODIFIERS = 3;

/**
 * "export bans by producer countries", "tariffs by other nations": a measure taken by countries of a class,
 * none named, is no one's action.
 */
function byUnnamedPolities(a: SentenceAnalysis, anchorEnd: number): boolean {
  if (a.tokens[anchorEnd]?.norm !== 'by') return false;
  for (let k = anchorEnd + 1; k <= anchorEnd + 1 + POLITY_MODIFIERS; k++) {
    const word = a.tokens[k];
    if (!word || !/^[a-z][a-z-]*$/.test(word.text) || word.norm === 'the') return false;
    if (isCollectivePolity(word.norm)) return /s$/.test(word.norm);
  }
  return false;
}

/** Words besides the subordinators that open a clause of its own, whose verb says nothing of the measure before it. */
const CLAUSE_OPENERS = /^(?:when|until|if)$/;

/**
 * Whether the action word at `verb`, after the anchor, is said of the anchor's measure ("the rules it announced
 * in October", "a ban …, imposed in 2022"), not of a clause of its own ("… after a six-month exemption expired").
 */
function saidOfMeasure(tokens: readonly Token[], anchorEnd: number, verb: number): boolean {
  return !tokens.slice(anchorEnd, verb).some(
    (t, k) =>
      SUBORDINATORS.has(t.norm) ||
      CLAUSE_OPENERS.test(t.norm) ||
      // "after a six-month exemption expired": a clause of time with a subject of its own.
      opensClauseWithSubject(tokens, anchorEnd + k),
  );
}

/**
 * "Export controls on gallium were eased by Beijing": the action word is the passive predicate of the measure
 * that is its subject (no relative clause between), the one action the measure's words take.
 */
function passivePredicateOf(tokens: readonly Token[], anchorEnd: number, verb: number): boolean {
  let k = verb - 1;
  while (k > anchorEnd && /ly$/.test(tokens[k]?.norm ?? '')) k--;
  return (
    /^(?:was|were|is|are|been|be|being)$/.test(tokens[k]?.norm ?? '') &&
    !tokens.slice(anchorEnd, k).some((t) => /^(?:which|that|who|,)$/.test(t.norm))
  );
}

/** The actions of the type whose words stand at token `at` ("imposed" states impose). */
function actionsStatedAt(a: SentenceAnalysis, type: EventType, at: number): string[] {
  return type.actions.filter((x) => matchAt(x.phrase, a.tokens, at) > 0).map((x) => x.action);
}

/** How far after the anchor the comma that sets off a participle about its measure may stand. */
const PARTICIPLE_REACH = 12;
/** Words that open the time of a participle after a measure ("imposed last December", "imposed in 2023"). */
const PARTICIPLE_TIME_OPENERS = /^(?:last|in|on|earlier|since|this|during)$/;

/**
 * "a ban on bauxite exports, imposed in March", "a ban on exports of gallium to the United States, imposed in
 * December", "…, which it had imposed in December 2024": a participle right after the anchor, or set off by a comma
 * after it, or a relative clause there, that states its own action.
 */
function participleOfActionAfter(
  a: SentenceAnalysis,
  type: EventType,
  anchorEnd: number,
  action: string,
): boolean {
  const statesAction = (at: number) =>
    /ed$/.test(a.tokens[at]?.norm ?? '') && actionsStatedAt(a, type, at).includes(action);
  if (statesAction(anchorEnd)) return true;
  const reach = Math.min(a.tokens.length, anchorEnd + PARTICIPLE_REACH);
  for (let k = anchorEnd; k < reach; k++) {
    // ("the ban on onion exports that it had imposed in December": the relative clause may follow unmarked.)
    const relative = /^(?:which|that)$/.test(a.tokens[k]?.norm ?? '') ? k - 1 : -1;
    // ("the ban on exports of gallium to the United States imposed last December": a participle with a time of its
    // own right after the measure's phrase.)
    if (
      k > anchorEnd &&
      statesAction(k) &&
      !/^(?:was|were|is|are|be|been|being|had|has|have|it|they)$/.test(a.tokens[k - 1]?.norm ?? '') &&
      PARTICIPLE_TIME_OPENERS.test(a.tokens[k + 1]?.norm ?? '')
    )
      return true;
    if (a.tokens[k]?.norm !== ',' && relative < 0) continue;
    if (relative < 0 && statesAction(k + 1)) return true;
    const opening = relative >= 0 ? relative : k;
    // "…, which it had imposed in December 2024": a relative clause whose subject is the measure's keeper.
    if (!/^(?:which|that)$/.test(a.tokens[opening + 1]?.norm ?? '')) continue;
    const subject = opening + 2;
    let verb = subject;
    const keeper = a.mentions.find((m) => m.kind === 'country' && m.start === verb);
    if (keeper) verb = keeper.end;
    else if (/^(?:it|they)$/.test(a.tokens[verb]?.norm ?? '')) verb++;
    if (/^(?:had|has|have|was|were)$/.test(a.tokens[verb]?.norm ?? '')) verb++;
    if (verb > subject && statesAction(verb)) return true;
  }
  return false;
}

/**
 * Readings of one anchor in different directions may both be events ("paused the 25% tariffs": the
 * tariff and its pause), unless the type's readings are exclusive; a reading that sets a new level ("cut to
 * 2% the duty") and the default reading of the same anchor are one, and so are a threat and the default
 * reading ("floated a 200% tariff" is not also imposed).
 */

function readingDirection(spec: EventType['spec'], action: string, statedAfter = false): string {
  // "removed its ban on rice exports, imposed in July 2023": an action stated by a word of its own after the
  // anchor is another action than the one that governs the anchor, even where one anchor states one action.
  if (spec.exclusive_readings && !statedAfter) return 'any';
  const threat = spec.modal_actions.modal;
  const as = spec.level_actions.includes(action) || action === threat ? spec.default_action : action;
  return spec.directions[as] ?? as;
}

/** A headline's subject, names only, then "to" ("Korvath Copper to", "Chile's Korvath to", "US to"). */
const HEADLINE_FUTURE = /^\s*(?:[\p{Lu}][\p{L}\p{N}'’.&-]*\s+){1,5}to\s+$/u;
/** A verb of dropping a plan, and up to two words of its object, before the measure's words ("shelves US"). */
const DROPPING_BEFORE =
  /\b(?:abandon|scrap|shelve|cancel|ditch|drop|axe)\w*\s+(?:(?:its|their|the|a|an|his|her)\s+)?(?:[\w.'’-]+\s+){0,2}$/i;
/** The plan the measure's words name ("refinery plan", "relocation plans"). */
const PLAN_AFTER = /^\s*(?:plans?|project|proposal)\b/i;

/** How far after an anchor a relative clause about its measure may open ("tariffs on steel and aluminum, which"). */
const RELATIVE_REACH = 8;
const RELATIVE_ACTOR_FORMS: ReadonlySet<string> = new Set(['name', 'metonym', 'leader', 'agency']);
/** Prepositions that open a measure's own goods or country ("tariffs on steel", "duties of 25%"). */
const MEASURE_PREPOSITIONS = /^(?:on|of|against|from|for|to|in)$/;
/** Words before an action word that opens a noun phrase ("to increased tariffs", "the higher duties"). */
const PHRASE_OPENERS = /^(?:the|a|an|to|on|of|its|their|his|her|with|by|from|against|over|under|about)$/;
/** Words between a relative clause's subject and its verb ("which Trump has since raised"). */
const RELATIVE_AUXILIARIES =
  /^(?:has|have|had|will|would|just|since|recently|first|already|later|then|[a-z]+ly)$/;

/** An office before the name of a relative clause's subject ("that President Donald Trump said"). */
/** Measure words that are also verbs, read as the verb after a clause's subject ("the tariffs the EU levies on"). */
const VERB_LIKE_ANCHORS = /^(?:levies|taxes)$/;
const RELATIVE_ACTOR_OFFICES = /^(?:President|Premier|Chancellor|Prime|Minister|Secretary)$/;
/** Verbs by which a government says what a measure will do ("that Trump said would take effect"). */
const SAYING_VERBS = /^(?:said|says|announced|announces|declared|ordered|decreed)$/;
/** Words that say a measure starts: "would take effect", "will kick in", "would apply from". */
const STARTING_WORDS =
  /^(?:take|takes|come|comes|go|goes|kick|kicks|start|starts|begin|begins|apply|applies)$/;

/** "the tariff that Trump said would take effect on Aug. 1": a government saying when the measure starts. */
function saysMeasureStarts(tokens: readonly Token[], verb: number): boolean {
  if (!SAYING_VERBS.test(tokens[verb]?.norm ?? '')) return false;
  const modal = tokens[verb + 1]?.norm === 'it' ? verb + 2 : verb + 1;
  return (
    /^(?:would|will)$/.test(tokens[modal]?.norm ?? '') && STARTING_WORDS.test(tokens[modal + 1]?.norm ?? '')
  );
}

/**
 * "the 25% tariffs on steel, which Trump imposed in March": a relative clause after a measure with no action
 * word of its own, whose subject is a government and whose verb follows it, says who acts and how.
 */
function relativeClauseActor(
  a: SentenceAnalysis,
  type: EventType,
  trigger: Trigger,
): { mention: Mention; from: number; verbEnd: number } | null {
  const { actionStart, actionEnd, anchorStart } = trigger;
  // "the higher duties on aluminum, which Washington raised": an action word that opens the measure's noun
  // phrase leaves the clause to say who acts; a verb before it ("Canada imposed duties …") does not.
  const opensPhrase =
    actionStart !== null &&
    actionEnd !== null &&
    actionStart < anchorStart &&
    anchorStart - actionEnd <= 1 &&
    PHRASE_OPENERS.test(a.tokens[actionStart - 1]?.norm ?? '');
  if (actionStart !== null && actionStart < anchorStart && !opensPhrase) return null;
  // "the 24% tariff Washington slapped on Japanese goods", "the 10% levy the EU charges on Chinese zinc": a
  // clause without its relative pronoun, its subject right after the anchor and its verb in the past or, after
  // a subject that is one country, in the present.
  const opener = a.tokens[trigger.anchorEnd]?.norm === 'the' ? trigger.anchorEnd + 1 : trigger.anchorEnd;
  const reduced = clauseSubjectAt(a, type, trigger, trigger.anchorEnd, opener);
  const verb = a.tokens[(reduced?.verbEnd ?? 0) - 1]?.norm ?? '';
  if (reduced && (isPastForm(verb) || (/[^s]s$/.test(verb) && reduced.mention.end === reduced.verbEnd - 1)))
    return reduced;
  for (let k = trigger.anchorEnd; k < Math.min(a.tokens.length, trigger.anchorEnd + RELATIVE_REACH); k++) {
    const t = a.tokens[k] as Token;
    if (RELATIVE_PRONOUN.test(t.norm) && t.norm !== 'who') {
      // "that President Donald Trump said": the clause's subject, after any office written before its name.
      return clauseSubjectAt(a, type, trigger, k, a.tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
    }
    // The measure's own words up to the clause: a preposition and its goods or country, a rate, the comma
    // that closes them ("once he had evidence that …" is another clause).
    const opening = k === trigger.anchorEnd;
    if (
      (opening && !MEASURE_PREPOSITIONS.test(t.norm) && t.norm !== ',') ||
      !/^(?:[\p{L}\p{N}][\p{L}\p{N}.-]*|%|,)$/u.test(t.text) ||
      isVerbWord(t.norm) ||
      PERSONAL_PRONOUNS.has(t.norm) ||
      (t.norm === ',' && !RELATIVE_PRONOUN.test(a.tokens[k + 1]?.norm ?? ''))
    )
      return null;
  }
  return null;
}

/**
 * The subject of a clause that says who acts on the measure, at `at` (after any office written before its
 * name), when the clause's verb is one of the type's action words ("which Trump imposed"), with no participle
 * after it ("the goods that Reagan ordered penalized" is about the goods), or says when the measure starts.
 */
function clauseSubjectAt(
  a: SentenceAnalysis,
  type: EventType,
  trigger: Trigger,
  from: number,
  at: number,
): { mention: Mention; from: number; verbEnd: number } | null {
  const mention = a.mentions.find(
    (m) =>
      m.kind === 'country' &&
      (m.start === at || (m.start === at + 1 && RELATIVE_ACTOR_OFFICES.test(a.tokens[at]?.text ?? ''))) &&
      RELATIVE_ACTOR_FORMS.has(m.form),
  );
  if (!mention) return null;
  let v = mention.end;
  while (v < mention.end + 3 && RELATIVE_AUXILIARIES.test(a.tokens[v]?.norm ?? '')) v++;
  // An action word after the anchor must be the clause's verb.
  if (trigger.actionStart !== null && trigger.actionStart > trigger.anchorStart && trigger.actionStart !== v)
    return null;
  const acts =
    (type.actionIndex.findAll(a.tokens).some((m) => m.start === v) ||
      VERB_LIKE_ANCHORS.test(a.tokens[v]?.norm ?? '')) &&
    !/ed$/.test(a.tokens[v + 1]?.norm ?? '');
  return acts || saysMeasureStarts(a.tokens, v) ? { mention, from, verbEnd: v + 1 } : null;
}

/** A list of parties named by its common word rather than its name ("its trade blacklist"). */
const BLACKLIST_WORDS = /^blacklist(?:s|ed|ing)?$/;
/** Words of sanctions on named parties ("imposed sanctions on X", "sanctioned X"). */
const SANCTION_WORDS = /^sanction(?:s|ed|ing)?$/;

/**
 * Whether the trigger's verb is the aim ("to curb …") of putting parties on a list earlier in the sentence
 * ("placed gallium on its export control list to restrict shipments to the U.S." lists goods: its aim says
 * what the measure on them is).
 */
function aimOfListing(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  // "added X and Y to its export control list, barring them from buying dual-use items": what the listing
  // does to the parties it names, said of them.
  // "sanctioned X and Y, cutting off their access to dollars for gold sales": so is what the sanctions do to them.
  const saidOfListed =
    a.tokens[verb - 1]?.norm === ',' &&
    /ing$/.test(a.tokens[verb]?.norm ?? '') &&
    a.tokens.slice(verb + 1, verb + 3).some((t) => t.norm === 'them' || t.norm === 'their');
  if (saidOfListed)
    return (
      a.mentions.some((m) => m.kind === 'list' && m.end < verb) ||
      a.tokens.slice(0, verb).some((t) => SANCTION_WORDS.test(t.norm))
    );
  if (a.tokens[verb - 1]?.norm !== 'to' || CONTROL_VERBS.test(a.tokens[verb - 2]?.norm ?? '')) return false;
  const list =
    a.mentions.find((m) => m.kind === 'list' && m.end <= verb - 1)?.start ??
    a.tokens.findIndex((t, k) => k < verb - 1 && BLACKLIST_WORDS.test(t.norm));
  return list >= 0 && !a.mentions.some((m) => m.kind === 'goods' && m.end <= list);
}

/** How many words after a measure's anchor its "to" of destination may stand ("exports of dual-use items to"). */
const DESTINATION_REACH = 8;

/** A list's own nouns, which refer back to parties a listing named ("these entities", "the said parties"). */
const LISTED_PARTY_NOUNS = /^(?:entities|parties)$/;

/** Whether the goods the measure names go "to" an organisation the sentence names, or to parties listed before. */
function shippedToNamedParty(a: SentenceAnalysis, trigger: Trigger): boolean {
  const end = Math.min(a.tokens.length, trigger.anchorEnd + DESTINATION_REACH);
  // "Exports of dual-use items to these entities are prohibited": an anchor that spans its goods holds the "to".
  let to = a.tokens.slice(trigger.anchorStart, trigger.anchorEnd).findIndex((t) => t.norm === 'to');
  if (to >= 0) to += trigger.anchorStart;
  for (
    let k = trigger.anchorEnd;
    to < 0 && k < end && a.clause[k] === trigger.clause && a.tokens[k]?.norm !== ',';
    k++
  )
    if (a.tokens[k]?.norm === 'to') to = k;
  if (to < 0) return false;
  const at = a.tokens[to + 1]?.norm === 'the' ? to + 2 : to + 1;
  // "Exports of dual-use items to these entities are prohibited": parties a listing named just before.
  // ("… to the two entities", "to the listed entities": a count of them, or the word of their listing, may
  // stand between.)
  let noun = to + 2;
  while (noun < to + 4 && /^(?:two|three|four|five|six|both|\d+|listed)$/.test(a.tokens[noun]?.norm ?? ''))
    noun++;
  const listedBefore =
    /^(?:these|those|such|the|said)$/.test(a.tokens[to + 1]?.norm ?? '') &&
    LISTED_PARTY_NOUNS.test(a.tokens[noun]?.norm ?? '');
  if (!listedBefore && !a.mentions.some((m) => m.kind === 'organisation' && m.start === at)) return false;
  // "licences that allowed Quarrion to sell chips to Lusk": past a verb, the "to" is another clause's (a hyphenated
  // word before a noun, "dual-use items", modifies it). The tagger is read only here, for the few that get so far.
  const tags = a.tags();
  for (let k = trigger.anchorEnd; k < to; k++)
    if (tags[k]?.has('Verb') && !a.tokens[k]?.text.includes('-')) return false;
  return true;
}

/** Words of putting a measure off, not ending it: "paused", "delay", "postponed", "suspension". */
const PUTTING_OFF = /^(?:paus|delay|postpon|suspen|defer|extend|extension)/;
/** Words of ending a measure: "lifted", "dropped", "removed", "scrapped", "eliminated". */
const ENDING =
  /^(?:lift|drop|remov|scrap|eliminat|abolish|repeal|rescind|end|cancel|revok|terminat|phas|expir|laps)/;

/** Whether the trigger's action word ends the measure for good ("dropped its tariffs"), not puts it off. */
function endsMeasure(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (trigger.actionStart === null) return false;
  const word = a.tokens[trigger.actionStart]?.norm ?? '';
  return ENDING.test(word) && !PUTTING_OFF.test(word);
}

/** Whether the trigger's clause gives a rate ("its 19% duty on ethanol"). */
function rateInClause(a: SentenceAnalysis, trigger: Trigger): boolean {
  return a.mentions.some((m) => m.kind === 'rate' && a.clause[m.start] === trigger.clause);
}

/**
 * "the duties on copper, which Washington raised to 50%": a measure named without an action word of its own
 * takes the verb of the relative clause that says who acts on it.
 */
function withRelativeClauseAction(
  a: SentenceAnalysis,
  type: EventType,
  reading: TriggerReading,
  relative: ReturnType<typeof relativeClauseActor>,
): TriggerReading {
  if (reading.trigger.actionStart !== null || !relative) return reading;
  return withActionAt(a, type, reading, relative.verbEnd - 1);
}

/** The reading with the type's action word at `verb` as its action, or the reading itself when none is there. */
function withActionAt(
  a: SentenceAnalysis,
  type: EventType,
  reading: TriggerReading,
  verb: number,
): TriggerReading {
  const { trigger } = reading;
  const match = type.actionIndex
    .findAll(a.tokens)
    .filter((m) => m.start === verb)
    .sort((x, y) => y.length - x.length)[0];
  // ("…, which has lifted U.S. premiums": a verb whose object is what the measure moves acts on no measure.)
  const objectStart = verb + (match?.length ?? 0);
  if (
    !match ||
    MARKET_OBJECTS.test(a.tokens[objectStart]?.norm ?? '') ||
    movesEffect(a.tokens, objectStart, true)
  )
    return reading;
  const end = verb + match.length;
  return {
    ...reading,
    trigger: { ...trigger, actionStart: verb, actionEnd: end, end: Math.max(trigger.end, end) },
    action: (type.actions[match.value] as EventType['actions'][number]).action,
    actionExplicit: true,
  };
}

/** Auxiliaries of a passive relative clause's verb ("which were raised", "that had been imposed"). */
const PASSIVE_RELATIVE_AUXILIARIES = /^(?:was|were|is|are|been|has|have|had|being)$/;
/** Adverbs between those auxiliaries and the verb ("which were later suspended"). */
const RELATIVE_CLAUSE_ADVERBS = /^(?:later|since|then|also|now|subsequently|temporarily|eventually|briefly)$/;

/**
 * "The U.S. duties on Canadian steel, which were raised to 50% in June, remain in place": a measure named
 * without an action word of its own takes the passive verb of a relative clause set off after it.
 */
function withPassiveRelativeAction(
  a: SentenceAnalysis,
  type: EventType,
  reading: TriggerReading,
): TriggerReading {
  const { trigger } = reading;
  if (trigger.actionStart !== null) return reading;
  for (let k = trigger.anchorEnd; k < Math.min(a.tokens.length, trigger.anchorEnd + RELATIVE_REACH); k++) {
    const t = a.tokens[k] as Token;
    if (t.norm !== ',') {
      // The measure's own words up to the clause: a preposition and its goods or country, a rate.
      if (isVerbWord(t.norm) || PERSONAL_PRONOUNS.has(t.norm) || RELATIVE_PRONOUN.test(t.norm))
        return reading;
      continue;
    }
    if (!/^(?:which|that)$/.test(a.tokens[k + 1]?.norm ?? '')) return reading;
    let verb = k + 2;
    while (
      verb < k + 6 &&
      (PASSIVE_RELATIVE_AUXILIARIES.test(a.tokens[verb]?.norm ?? '') ||
        RELATIVE_CLAUSE_ADVERBS.test(a.tokens[verb]?.norm ?? ''))
    )
      verb++;
    if (verb > k + 2 && /ed$/.test(a.tokens[verb]?.norm ?? '')) return withActionAt(a, type, reading, verb);
    // ("the 2022 prohibition on ore exports, which exempted concentrates": what the measure itself spares is one of
    // its terms, no action on it.)
    if (EXEMPTING_VERBS.test(a.tokens[k + 2]?.norm ?? '')) return reading;
    // "which are now on hold": a state the measure is in, stated by a phrase that opens with its auxiliary.
    return withActionAt(a, type, reading, k + 2);
  }
  return reading;
}

/** Whether the trigger's verb is a present progressive ("is relocating", "are in the process of moving"). */
function underWay(a: SentenceAnalysis, trigger: Trigger): boolean {
  let verb = trigger.actionStart ?? trigger.anchorStart;
  // "is relocating its plant", "is moving its cathode production": a site's anchor with the verb of its move
  // before its determiner and modifiers.
  if (trigger.actionStart === null) {
    const determiner = determinerBefore(a.tokens, verb, OWN_OR_DEFINITE);
    if (determiner >= 0 && /ing$/.test(a.tokens[determiner - 1]?.norm ?? '')) verb = determiner - 1;
  }
  if (!/^[a-z]{3,}ing$/.test(a.tokens[verb]?.norm ?? '')) return false;
  let k = verb - 1;
  if (
    k >= 3 &&
    a.tokens
      .slice(k - 3, k + 1)
      .map((t) => t.norm)
      .join(' ') === 'in the process of'
  )
    k -= 4;
  while (k >= 0 && /^(?:now|currently|still|already)$/.test(a.tokens[k]?.norm ?? '')) k--;
  // ("said it was moving its cathode production": reported speech puts the present in the past.)
  const reported =
    /^(?:was|were)$/.test(a.tokens[k]?.norm ?? '') &&
    SUBJECT_PRONOUNS.test(a.tokens[k - 1]?.norm ?? '') &&
    REPORTING_VERBS.has(a.tokens[k - 2]?.norm ?? '');
  return reported || /^(?:is|are)$/.test(a.tokens[k]?.norm ?? '');
}

/** How far before a site the words that begin its construction may stand ("broke ground on a $2 billion plant"). */
const CONSTRUCTION_REACH = 8;
const CONSTRUCTION_BEGUN =
  /\b(?:broke|breaks|break|breaking) ground\b|\b(?:began|begun|begins|started|starts) (?:construction|building|constructing|work)\b/i;

/** "broke ground on a cathode plant in Georgia": a site whose building has begun produces nothing yet. */
function constructionBegun(a: SentenceAnalysis, trigger: Trigger): boolean {
  const from = a.tokens[Math.max(0, trigger.anchorStart - CONSTRUCTION_REACH)] as Token;
  const lead = a.text.slice(from.start, (a.tokens[trigger.anchorStart] as Token).start);
  return CONSTRUCTION_BEGUN.test(lead) && !/[,;]/.test(lead.slice(lead.search(CONSTRUCTION_BEGUN)));
}

/**
 * "A reporter asked: "Will Indonesia raise tariffs …?"", ""Will Indonesia raise …?" a reporter asked": a question
 * quoted inside the sentence, closed after the trigger before any full stop, asks and states nothing.
 */
function askedInQuote(a: SentenceAnalysis, trigger: Trigger): boolean {
  for (let k = trigger.anchorEnd; k < a.tokens.length; k++) {
    const word = a.tokens[k]?.text ?? '';
    if (word === '.' || word === '!') return false;
    if (word !== '?') continue;
    if (!QUOTE_MARKS.test(a.tokens[k + 1]?.text ?? '')) return false;
    // The question's opening quote stands before the trigger: "… to ask: "Who pays?"" asks after it.
    const opening = a.tokens.findLastIndex((t, j) => j < k && QUOTE_MARKS.test(t.text));
    return opening >= 0 && opening < trigger.start;
  }
  return false;
}
const QUOTE_MARKS = /^["“”’']$/;

/** How far after the measure's word the participle of its recommendation, or its predicate, may stand. */
const MEASURE_PHRASE_REACH = 8;
const RECOMMENDED = /^(?:recommended|suggested|requested|sought|urged)$/;
/** "is yet to be notified", "has not been implemented", "awaits approval": a measure not yet in force. */
const NOT_YET_IN_FORCE =
  /^(?:is|are|was|were|has|have|had|remains?|remained)\s+(?:yet\s+to\s+be|not\s+(?:yet\s+)?been|still\s+to\s+be)\s+(?:notified|implemented|approved|gazetted|adopted|enacted)\b|^awaits?\s+(?:approval|notification)\b/;
/** Words that say a measure is in force after all ("… recommended by the DGTR took effect on Monday"). */
const IN_FORCE =
  /\b(?:took|takes|take|taking)\s+(?:legal\s+)?effect\b|\b(?:came|comes|come)\s+into\s+(?:force|effect)\b|\bwent\s+into\s+effect\b|\bkicked\s+in\b|\bin\s+force\b/;

/** A measure only recommended by another, or not yet in force, unless the sentence says it took effect. */
function notInPlace(a: SentenceAnalysis, trigger: Trigger): boolean {
  return !IN_FORCE.test(a.text) && (recommendedAfter(a, trigger) || notYetInForce(a, trigger));
}

/** "the duty on solar glass recommended by the DGTR": the measure's phrase goes on with its recommendation by another. */
function recommendedAfter(a: SentenceAnalysis, trigger: Trigger): boolean {
  for (
    let k = trigger.anchorEnd;
    k < Math.min(a.tokens.length, trigger.anchorEnd + MEASURE_PHRASE_REACH);
    k++
  ) {
    const word = a.tokens[k]?.norm ?? '';
    if (a.clause[k] !== trigger.clause || word === ',' || isVerbWord(word)) return false;
    if (RECOMMENDED.test(word)) return a.tokens[k + 1]?.norm === 'by';
  }
  return false;
}

/** Whether the measure's own predicate says it is not in force yet ("… is yet to be notified"). */
function notYetInForce(a: SentenceAnalysis, trigger: Trigger): boolean {
  const rest = a.tokens
    .slice(trigger.anchorEnd, trigger.anchorEnd + MEASURE_PHRASE_REACH + 6)
    .map((t) => t.norm)
    .join(' ');
  const at = rest.search(/\b(?:is|are|was|were|has|have|had|remains?|remained|awaits?)\s/);
  return at >= 0 && NOT_YET_IN_FORCE.test(rest.slice(at));
}

/** Proposes the candidates of one type in one analysed sentence. */
export function proposeCandidates(a: SentenceAnalysis, type: EventType, discourse: Discourse): Candidate[] {
  const candidates: Candidate[] = [];
  const spec = type.spec;
  const readings = findTriggers(a, type, discourse);
  const relatives = new Map(readings.map((found) => [found, relativeClauseActor(a, type, found.trigger)]));
  // "the 35% tariffs the United States levies on …": the verb of another reading's clause is no measure.
  const relativeVerbs = new Set([...relatives.values()].flatMap((r) => (r ? [r.verbEnd - 1] : [])));
  const triggers = readings.filter(({ trigger }) => !relativeVerbs.has(trigger.anchorStart));
  const anchors = [
    ...new Map(
      triggers.map(({ trigger: t }) => [t.anchorStart, { start: t.anchorStart, end: t.anchorEnd }]),
    ).values(),
  ];
  // The slot a company leaves from (it may be its home) and the one it reaches.
  const homeSlot = spec.slots.find((s) => s.roles.includes('home'));
  const reachedSlot = spec.slots.find((s) => s.kind === 'country' && s !== homeSlot);
  for (const found of triggers) {
    const relative = relatives.get(found) ?? null;
    const reading = withPassiveRelativeAction(a, type, withRelativeClauseAction(a, type, found, relative));
    const {
      trigger,
      actionExplicit,
      anchorWord,
      rank,
      anchorKey,
      refersBack: referring,
      restatesParties,
    } = reading;
    const owns = ownership(a, trigger, anchors);
    const rateSlot = spec.slots.find((s) => s.kind === 'rate');
    const goodsSlotSpec = spec.slots.find((s) => s.kind === 'goods');
    const rated = rateSlot && goodsSlotSpec ? ratedParts(a, trigger, owns) : [];
    const triggerChar = (a.tokens[trigger.start] as Token).start;
    // ("The tariffs that Trump announced in April were paused": an action word after the clause's verb is the
    // measure's own predicate, which the clause's "announced" does not qualify.)
    const clauseQualifies =
      relative !== null && (trigger.actionStart === null || trigger.actionStart < relative.verbEnd);
    let modality = clauseQualifies
      ? modalityOf(
          a.text.slice(
            (a.tokens[relative.from] as Token).start,
            (a.tokens[relative.verbEnd - 1] as Token).end,
          ),
        )
      : modalityOf(leadInFor(a, trigger, triggerChar), phraseOpeningWords(a, trigger));
    // "Australia said it would not retaliate against the U.S. tariffs on its steel": a measure answered is one
    // in place, whatever the answer's own modality.
    if (!actionExplicit && answersMeasureAt(a, trigger.anchorStart)) modality = 'asserted';
    // "Indonesia scrapped its plan to build smelters and banned bauxite exports": a finite verb coordinated after a
    // plan given up is a step of its own, not a part of the plan.
    if (modality === 'negated' && finiteAfterDroppedPlan(a, trigger)) modality = 'asserted';
    // "Indonesia will not lift its ban on nickel ore exports": what is not done to the measure (lifting it) is
    // negated, not the measure, which stands.
    if (
      modality === 'negated' &&
      spec.directions[reading.action] === spec.directions[spec.default_action] &&
      turnedByNegatedVerb(a, type, trigger.anchorStart)
    )
      modality = 'asserted';
    // "Analysts said a 25% tariff on Mexican avocados would raise prices": a measure named indefinitely as the
    // subject of "would" or "could" is supposed, not stated.
    // ("a ban on tin exports could follow": an anchor whose noun holds the action is named, not done.)
    if ((!actionExplicit || trigger.actionStart === null) && supposedMeasure(a, trigger))
      modality = 'hypothetical';
    if (a.text.trim().endsWith('?') || askedInQuote(a, trigger)) modality = 'hypothetical';
    // "said removing the curbs would help exporters": an action named by a gerund that is the subject
    // of "would" is supposed, not stated.
    if (
      trigger.actionStart !== null &&
      trigger.actionStart < trigger.anchorStart &&
      /ing$/.test(a.tokens[trigger.actionStart]?.norm ?? '') &&
      /^(?:would|could|might|may)$/.test(a.tokens[trigger.anchorEnd]?.norm ?? '')
    )
      modality = 'hypothetical';
    // "Cobalt exports will be banned from June, the mines minister said": the future the anchor's own words
    // hold, the actor's word only ("Analysts expect that exports of cobalt will be banned" is a forecast), or the
    // next step of a measure the sentence before states ("… will ban nickel ore exports from 2027. Shipments of
    // chromite ore will be banned from 2028.").
    if (
      modality === 'asserted' &&
      a.tokens.slice(trigger.anchorStart, trigger.anchorEnd).some((t) => /^(?:will|shall)$/.test(t.norm))
    ) {
      // (Not when the sentence names a country, a condition or a proposal of its own: "… from EU ports", "if the
      // monsoon fails", "under a proposal by lawmakers".)
      const continues =
        discourse.statedIn(type.spec.type, a.index - 1) &&
        !a.tokens.some((t) => FORECASTING.has(t.norm) || /^(?:if|unless|propos\w*)$/.test(t.norm)) &&
        !a.mentions.some((m) => m.kind === 'country');
      // ("… shall be banned", "shall not be permitted": the legal voice of the measure's own text, no forecast.)
      // (Not a draft's or a proposal's text, nor one rejected or not adopted.)
      const legalVoice =
        a.tokens.slice(trigger.anchorStart, trigger.anchorEnd).some((t) => t.norm === 'shall') &&
        !a.tokens.some((t) => UNADOPTED_TEXT.test(t.norm));
      if (!saidByActor(a) && !continues && !legalVoice) continue;
      modality = 'planned';
    }
    // "Korvath Copper to move HQ to Miami", "Chile's Korvath to shift output to US": a headline's "to" after
    // its subject says what is to come.
    if (modality === 'asserted' && HEADLINE_FUTURE.test(a.text.slice(0, triggerChar))) modality = 'planned';
    // "The 30 per cent duty on Chinese solar glass recommended by the DGTR is yet to be notified": a measure only
    // recommended by another, or not yet brought into force, is none in place.
    if (!actionExplicit && notInPlace(a, trigger)) continue;
    // "dropped a proposed ban on nickel ore exports": dropping a measure that was only proposed removes none.
    if (droppedProposal(a, trigger)) continue;
    if (rulingUndone(a, trigger)) continue;
    // "gave Beijing until Friday to lift its export controls": what a deadline demands of another is no action.
    if (demandedByDeadline(a, trigger)) continue;
    // "barred Korvath Metals from moving its smelter to China": an action someone is kept from doing is not done.
    if (keptFromDoing(a, trigger)) modality = 'negated';
    if (noMeasureObject(a, trigger)) modality = 'negated';
    if (modality === 'negated' && avoidedRatedMeasure(a, trigger, triggerChar)) modality = 'asserted';
    if (modality === 'negated' && reliefDeniedOnOwnMeasure(a, type, trigger)) modality = 'asserted';
    // "…, requiring licences for exports of sensors to the company", "The listing imposes a licence requirement":
    // what a listing brings on its party is the listing, no measure on goods of its own.
    if (goodsSlotSpec && consequenceOfListing(a, trigger)) continue;
    // "cancelled its relocation to Ghana", "its planned move … has been put on hold": a move called off is none.
    if (spec.slots.some((s) => s.kind === 'status') && calledOffMove(a, trigger)) modality = 'negated';
    // "delayed its move to Mexico until 2027": a move put off is still to come.
    else if (
      spec.slots.some((s) => s.kind === 'status') &&
      isRealis(modality) &&
      DELAYING.test(a.tokens[verbBeforeMove(a, trigger.anchorStart)]?.norm ?? '')
    )
      modality = 'planned';
    // "is relocating its headquarters": a move under way is announced, not done.
    if (
      modality === 'asserted' &&
      spec.slots.some((s) => s.kind === 'status') &&
      (underWay(a, trigger) || constructionBegun(a, trigger))
    )
      modality = 'announced';
    // "will respond to any U.S. tariff on its steel": a measure that may come, whatever it is, states none.
    if (reading.action === spec.default_action && anyMeasure(a, trigger.anchorStart))
      modality = 'hypothetical';
    if (!actionExplicit && possibleMeasure(a, trigger.anchorStart)) modality = 'hypothetical';
    if (likelihoodPredicated(a, trigger.anchorEnd)) modality = 'hypothetical';
    const textBefore = a.text.slice(0, triggerChar);
    const textAfter = a.text.slice((a.tokens[trigger.end - 1] as Token).end);
    // Only a type that reads conditional statements as an action of its own (a threat) tells them apart;
    // for the others a future action on a condition ("will move production … if the U.S. imposes tariffs")
    // is no action yet.
    if (onCondition(modality, textBefore, textAfter))
      modality = spec.modal_actions.conditional !== undefined ? 'conditional' : 'hypothetical';
    if (refutedAfter(textBefore, textAfter)) modality = 'denied';
    if (measureOnCondition(a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end)))
      modality = 'hypothetical';
    // "Canada said it would keep its counter-tariffs until all U.S. duties were removed": a step back from a measure
    // that a future waits for is none yet (the measure it names stays stated).
    if (
      spec.directions[reading.action] !== spec.directions[spec.default_action] &&
      AWAITED_AFTER_FUTURE.test(textBefore)
    )
      modality = 'hypothetical';
    // "Dunmore Lithium shelves US refinery plan": a plan named by the measure's words, dropped.
    if (DROPPING_BEFORE.test(textBefore) && PLAN_AFTER.test(textAfter)) modality = 'negated';
    const proposedByOthers = proposedByAgent(a, trigger.end);
    if (modality === 'asserted' && (proposedAfter(textAfter) || proposedByOthers)) modality = 'proposed';
    if (onTheTable(textAfter)) modality = 'hypothetical';
    if (modality !== 'asserted' && undecidedAfter(textAfter)) modality = 'hypothetical';
    // "Exporters brace for 25% tariffs, which take effect on Friday": a measure braced for that the clause after
    // it states as taken is in place.
    if (
      modality === 'hypothetical' &&
      FORECAST_BEFORE.test(leadInBefore(textBefore, textBefore.length)) &&
      STATED_AFTER.test(a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end))
    )
      modality = 'asserted';
    // "Concerns over U.S. sanctions on Rusal, imposed in April, hit aluminium": a feared measure the words after it
    // state as in place is one.
    if (
      modality === 'hypothetical' &&
      FEARED_BEFORE.test(textBefore) &&
      IN_PLACE_AFTER.test(a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end))
    )
      modality = 'asserted';
    // "denied reports that it would move", "did not impose", "if tariffs are imposed", a question: the
    // guidelines count none of these, whatever else the sentence says.
    if (modality === 'denied' || modality === 'hypothetical') continue;
    if (spec.unstated_modalities.includes(modality)) continue;
    // "could consider restricting exports of indium", "agreed to consider exempting Australia": an action only
    // weighed is no event of a type that has no plans (a relocation's status keeps "considering" as planned).
    if (
      modality === 'proposed' &&
      weighedAction(a, trigger) &&
      !spec.slots.some((s) => s.kind === 'status') &&
      !proposedByGovernment(a, trigger)
    )
      continue;
    // "added 80 companies to its trade blacklist … to curb China's access to AI chips": the aim of listing
    // companies is no measure on goods of its own; the guidelines count the listing, per company.
    if (!spec.slots.some((s) => s.kind === 'list') && aimOfListing(a, trigger)) continue;
    // "banned exports of dual-use items to Halbrook Industries and Verant Defense": a control aimed at named
    // parties is a listing of each of them (a blacklisting), no measure on goods.
    if (
      !spec.slots.some((s) => s.kind === 'list' || s.kind === 'status') &&
      spec.directions[reading.action] === 'up' &&
      shippedToNamedParty(a, trigger)
    )
      continue;
    // "Trump said tariffs on pharmaceuticals could reach 250%": a level the measure may reach is the actor's
    // threat when the actor says so, and a forecast otherwise.
    const possibleLevel =
      trigger.actionStart === null && isRealis(modality) && levelMayFollow(a, trigger.anchorEnd);
    if (possibleLevel && !saidByActor(a)) continue;
    // "Duties on lumber could rise to 50% if a probe finds …": a possible change of the measure itself, which no
    // actor is said to state, is a forecast; "Trump said tariffs on steel could rise to 50%" is his threat.
    const mayChange = (modality === 'modal' || modality === 'conditional') && measureMayChange(a, trigger);
    if (mayChange && !saidByActor(a)) continue;
    const possibleChange =
      mayChange && !UNDER_INSTRUMENT.test(a.text.slice((a.tokens[trigger.anchorEnd - 1] as Token).end));
    const modalAction = spec.modal_actions[modality];
    const action =
      possibleLevel ||
      (possibleChange && spec.directions[reading.action] === spec.directions[spec.default_action])
        ? (spec.modal_actions.modal ?? reading.action)
        : modalAction &&
            spec.directions[reading.action] === spec.directions[spec.default_action] &&
            presentedAs(modality, a, trigger)
          ? modalAction
          : reading.action;
    // "Analysts said the move could prompt Washington to tighten its curbs": a possibility that is not the
    // actor's own word is a forecast, which the guidelines do not count.
    if (
      (modality === 'modal' || modality === 'planned' || modality === 'conditional') &&
      action === reading.action &&
      forecastBefore(a, trigger)
    )
      continue;
    if (expectedChange(a, trigger)) continue;
    // (Relief expected, a step back, is read as the sentence states it.)
    if (spec.directions[action] === spec.directions[spec.default_action] && expectedByOthers(a, trigger))
      continue;
    if (runningTotal(a, trigger)) continue;
    // "The trade commission recommended a 15% duty", "senators urged Commerce to impose tariffs": a measure
    // recommended or urged is a proposal, which leaves the decision to another.
    if (
      modality === 'proposed' &&
      (advisedMeasure(a, trigger) || billWouldAct(a, trigger) || proposedByOthers)
    )
      continue;
    // "The Senate passed a bill that would ban raw ore exports": what a bill not yet law would do is proposed.
    if (modality === 'modal' && billWouldAct(a, trigger)) continue;
    // "The U.S. and the U.K. are in talks to reduce the tariff": a measure under negotiation is none yet.
    if (modality === 'proposed' && underNegotiation(leadInFor(a, trigger, triggerChar))) continue;
    // "will travel to Washington to seek an exemption from the tariffs": relief asked for is the asker's request,
    // and the one who would grant it has not.
    if (
      spec.directions[action] !== spec.directions[spec.default_action] &&
      trigger.actionStart !== null &&
      reliefSought(a, trigger.actionStart)
    )
      continue;
    // "officials hope the duties might be eased by spring": a relief hoped for that only may come is no decision.
    if (
      modality === 'proposed' &&
      spec.directions[action] !== spec.directions[spec.default_action] &&
      trigger.actionStart !== null &&
      a.tokens
        .slice(Math.max(0, trigger.actionStart - 3), trigger.actionStart)
        .some((t) => /^(?:could|might|may)$/.test(t.norm))
    )
      continue;
    // "Brazil could raise tariffs on steel if talks fail": a possibility on a condition, in the article's own
    // voice, which no one is said to state, is a hypothetical and no one's threat ("the EU may impose
    // retaliatory tariffs" still states one).
    if (
      spec.directions[action] === 'threat' &&
      possibilityBeforeVerb(a, trigger) &&
      a.tokens.some((t, k) => k > trigger.end && /^(?:if|unless)$/.test(t.norm)) &&
      speechVerb(a, a.tokens.length, true) < 0 &&
      !a.tokens.some((t) => HINTING.test(t.norm)) &&
      closingReporter(a, a.tokens.length) === null
    )
      continue;
    // "He was prepared to lift them", "Beijing may ease the curbs": a possible step back from a measure is
    // no event (the guidelines' hypotheticals); only a possible measure is, as a threat.
    if (
      (modality === 'modal' || modality === 'conditional' || modality === 'threatened') &&
      spec.directions[action] !== spec.directions[spec.default_action] &&
      spec.directions[action] !== spec.directions[spec.modal_actions.modal ?? '']
    )
      continue;
    // "Businesses warned of the tariffs": only an actor, or a headline without a subject, threatens.
    if (
      spec.directions[action] === 'threat' &&
      trigger.actionStart !== null &&
      trigger.actionStart < trigger.anchorStart &&
      ((actionSubject(a, trigger.actionStart) === 'other' &&
        !speakerAfterTimePhrase(a.tokens, trigger.actionStart)) ||
        conditionBetween(a, trigger.actionStart, trigger.anchorStart))
    )
      continue;
    // "After China restricted gallium exports, analysts warned of shortages": a warning after the measure by those
    // who watch or bear it is their reaction, no threat.
    if (
      spec.directions[action] === 'threat' &&
      trigger.actionStart !== null &&
      trigger.actionStart >= trigger.anchorEnd &&
      (FORECASTERS.test(a.tokens[trigger.actionStart - 1]?.norm ?? '') ||
        REACTING_PARTIES.test(a.tokens[trigger.actionStart - 1]?.norm ?? ''))
    )
      continue;
    if (describesEveryCountry(a, trigger.actionStart ?? trigger.anchorStart)) continue;
    if (byUnnamedPolities(a, trigger.anchorEnd)) continue;
    if (spec.slots.some((slot) => slot.kind === 'actor') && companyActs(a, trigger)) continue;
    if (effectOfOtherMeasure(a, type, trigger)) continue;
    // "citing US restrictions on Chinese-owned suppliers of lithium": a measure on parties, not on goods.
    if (
      !spec.slots.some((slot) => slot.kind === 'organisation') &&
      a.tokens[trigger.anchorEnd - 1]?.norm === 'on' &&
      partiesFrom(a.tokens, trigger.anchorEnd, FIRM_NOUNS)
    )
      continue;
    if (!spec.slots.some((slot) => slot.kind === 'organisation') && nonStatePartyActs(a, trigger)) continue;
    if (spec.slots.some((slot) => slot.kind === 'list') && privateBodyLists(a, trigger)) continue;
    if (tradeWithListedParties(a, trigger, discourse)) continue;
    // "moved Quarrion Photonics from the Unverified List to the Entity List": a party moved between lists
    // moves no operations.
    if (
      spec.slots.some((s) => s.kind === 'organisation') &&
      !spec.slots.some((s) => s.kind === 'list') &&
      movesBetweenLists(a, trigger)
    )
      continue;
    // "Sanctions on X were lifted": a measure's own word is no action of it when the measure is the subject of
    // an action after it.
    if (
      trigger.actionStart === trigger.anchorStart &&
      triggers.some(
        (other) =>
          other.action !== reading.action &&
          other.trigger.anchorStart === trigger.anchorStart &&
          other.trigger.actionStart !== null &&
          other.trigger.actionStart > trigger.anchorEnd &&
          PASSIVE_AUXILIARIES.test(a.tokens[other.trigger.actionStart - 1]?.norm ?? '') &&
          saidOfMeasure(a.tokens, trigger.anchorEnd, other.trigger.actionStart),
      )
    )
      continue;
    const baseFeatures: string[] = [
      `type:${spec.type}`,
      `action:${action}`,
      `anchor:${anchorWord}`,
      `reading:${rank}`,
    ];
    if (action !== reading.action) baseFeatures.push('action:modal');
    if (referring) baseFeatures.push(REFERS_BACK);
    const measure = measureOf(a, spec.measure_words, trigger.anchorStart);
    if (measure) baseFeatures.push('measure_named');
    if (!actionExplicit) {
      baseFeatures.push('action:default');
      // "threats of tariffs": the measure read as imposed beside an action word that only threatens it.
      const besides = triggers.filter(
        (other) => other.trigger.anchorStart === trigger.anchorStart && other.actionExplicit,
      );
      for (const other of new Set(besides.map((b) => b.action))) baseFeatures.push(`default_beside:${other}`);
      // "Ottawa dropped its retaliatory tariffs", "lifted the duties on bearings": a removal states the
      // measure's end, not the measure, unless its rate describes it ("will drop its 19% duty on ethanol") or
      // it is only put off ("the broader tariff is delayed").
      if (besides.some((b) => endsMeasure(a, b.trigger)) && !rateInClause(a, trigger)) continue;
      // "Trump said tariffs on Chinese goods could come down to 80%": the rate is where a possible step back
      // would leave the measure, not the measure's ("the 25% tariff could be cut" names the measure's own).
      if (
        besides.some(
          (b) =>
            spec.directions[b.action] === 'down' &&
            measureMayChange(a, b.trigger) &&
            !a.mentions.some(
              (m) =>
                m.kind === 'rate' &&
                a.clause[m.start] === trigger.clause &&
                m.start < (b.trigger.actionStart ?? trigger.anchorStart),
            ),
        )
      )
        continue;
    }
    baseFeatures.push(`modality:${modality}`, `action_modality:${action}|${modality}`);
    const global = isGlobalMeasure(a, type, trigger);

    // A required slot that only the sentence can fill, and that it does not, rules the reading out
    // before the costlier slots (organisations may need the tagger) are searched.
    const unfillable = spec.slots.some(
      (slot) =>
        slot.required &&
        !slot.discourse &&
        CHEAP_KINDS.has(slot.kind) &&
        !fillByRoles(a, slot, trigger, fillersOfKind(a, slot, owns)) &&
        !thereFiller(a, slot, trigger, discourse),
    );
    if (unfillable) continue;
    const kept = keptParty(a, spec, trigger);
    const actorSlot = spec.slots.find((s) => s.kind === 'actor');
    let actorOptions = actorSlot ? actorAlternatives(a, actorSlot, trigger, discourse, spec) : [];
    if (actorSlot && relative) {
      const value = relative.mention.value;
      actorOptions = [
        { mention: relative.mention, value, role: 'relative_subject' },
        ...actorOptions.filter((o) => o.value !== value),
      ].slice(0, MAX_ACTOR_OPTIONS);
    }
    // "will announce 25% tariffs on steel, and reveal other reciprocal tariffs": an anchor coordinated
    // with an earlier one, with no actor of its own, shares the earlier one's before the article's actors
    // (the first option; the model weighs the others).
    const ownActor = actorOptions[0] && !actorOptions[0].role.startsWith('discourse');
    const shared =
      actorSlot && !ownActor && !actionExplicit
        ? coordinatedActor(a, actorSlot, reading, triggers, discourse, spec)
        : undefined;
    if (shared) actorOptions = [shared, ...actorOptions.filter((o) => o.value !== shared.value)];
    // "Britain and Canada jointly sanctioned X": the other members of the acting subject's group list the party too
    // (tariffs that partners agree on are read as each one's on the other elsewhere).
    // "Japan and the Netherlands have restricted sales of chip equipment": so do joint controls on goods, which
    // no deal makes each one's on the other (a type with rates has deals).
    // "Canada and Mexico imposed 25% tariffs on US steel": a measure with rates is each partner's too, when no
    // deal or mutual wording makes it each one's on the other.
    const jointly =
      spec.slots.some((s) => s.kind === 'list') ||
      !spec.slots.some((s) => s.kind === 'rate') ||
      (!saysMutual(a) && !a.tokens.some((t) => DEAL_WORDS.test(t.norm)));
    // "sanctioned by Britain and Canada", "imposed by Canada and Mexico": a group that is the agent of the action, or
    // qualifies its measure, acts as a subject group does.
    const subjectGroup =
      jointly && GROUP_ACTING_ROLES.has(actorOptions[0]?.role ?? '') ? actorOptions[0]?.mention : null;
    if (subjectGroup?.kind === 'country') {
      const members = a.mentions.filter(
        (m) =>
          m.kind === 'country' &&
          m.group === subjectGroup.group &&
          m !== subjectGroup &&
          m.form !== 'place' &&
          m.form !== 'demonym' &&
          // "sanctioned by the US and Canada is expected to follow", "by the U.S. and Mexico's retaliation": a
          // name after the agent that opens a clause of its own, or owns what follows, is no co-agent.
          (actorOptions[0]?.role === 'subject' || !opensOwnClause(a.tokens, m.end)),
      );
      for (const m of members.reverse())
        actorOptions = [
          actorOptions[0] as Filler,
          { mention: m, value: m.value, role: 'subject' },
          ...actorOptions.slice(1).filter((o) => o.value !== m.value),
        ];
    }
    const actingGroupRates = subjectGroup
      ? ratesOfActingGroup(a, spec, trigger, subjectGroup, owns)
      : undefined;
    for (const [option, actorOption] of (actorOptions.length > 0 ? actorOptions : [undefined]).entries()) {
      // "Japan asked the U.S. to exempt Japanese steel": a request made of the actor is another's proposal,
      // which the guidelines count as no action of the actor's.
      if (actorOption?.mention && requestedOf(a, actorOption.mention, trigger)) continue;
      // "Britain and Canada jointly sanctioned X": each member of the acting group acts, as the first does.
      const coActor =
        option > 0 &&
        actorOption?.mention != null &&
        actorOptions[0]?.mention != null &&
        actorOption.mention.kind === 'country' &&
        actorOption.mention.group === actorOptions[0].mention.group &&
        GROUP_ACTING_ROLES.has(actorOptions[0].role);
      const features = [...baseFeatures, `actor_option:${coActor ? 0 : option}`];
      const chosen = new Map<string, Filler>();
      let missingRequired = false;
      const groupMembers = new Map<string, Mention[]>();
      const pools = new Map<string, Mention[]>();
      for (const slot of spec.slots) {
        let filler: Filler | undefined;
        if (slot === actorSlot) {
          filler = actorOption;
        } else if (slot.kind === 'enum') {
          filler = fillEnum(a, type, slot, trigger);
        } else if (slot.kind === 'status') {
          const value = Object.entries(slot.values ?? {}).find(([, modalities]) =>
            modalities.includes(modality),
          )?.[0];
          filler = {
            mention: null,
            value: value ?? slot.default ?? Object.keys(slot.values ?? {}).at(-1) ?? null,
            role: value ? 'modality' : 'default',
          };
        } else {
          let pool = fillersOfKind(a, slot, owns);
          if (
            slot.kind === 'organisation' &&
            (!pool.some((m) => slot.roles.some((r) => hasRole(a, m, r, trigger))) ||
              (slot.people && unknownNameAsObject(a, trigger)) ||
              pool.some(
                (m) =>
                  m.kind === 'organisation' &&
                  (listGoesOnWithUnknownName(a, m) || roleHolderAfter(a.tokens, m.end) !== m.end),
              ) ||
              unknownWordAfterAction(a, trigger) ||
              unknownNameAmongExamples(a, trigger) ||
              unknownNameOpensClause(a, trigger) ||
              namedAfterCountingColon(a, trigger.clause, trigger.end))
          ) {
            pool = [
              ...pool,
              ...taggedOrganisations(
                a,
                Math.max(0, trigger.start - 24),
                Math.min(a.tokens.length, trigger.end + 20),
                slot.people,
              ),
            ];
          }
          if (slot.kind === 'organisation' && slot.people) pool = withoutRoleOwners(a, pool);
          // "according to a notice from the Office of Financial Sanctions Implementation": an agency named as the
          // source of the news is no listed party ("Iran blacklisted the U.S. Treasury Department" lists one).
          if (slot.kind === 'organisation' && slot.people)
            pool = pool.filter((m) => !agencyAsSource(a, m) && !closingGovernmentSpeaker(a, m));
          // "Quarrion Mining's chief executive, Tom Vale, has moved to Dubai": a person a role names is no company.
          // ("MEPs urged the Commission to act, warning that mills in Belgium were idling": a government body called
          // by its one word is no company either.)
          if (slot.kind === 'organisation' && !slot.people)
            pool = pool.filter(
              (m) =>
                m.kind !== 'organisation' ||
                (!namedByPersonRole(a.tokens, m.start) &&
                  !PERSON_TITLE_IN_NAME.test(m.text) &&
                  !(m.end - m.start === 1 && isGovernmentWord(m.text))),
            );
          // "scientists at the University of Firenze": a place of learning is no company that moves.
          if (slot.kind === 'organisation' && !slot.academic)
            pool = pool.filter((m) => m.kind !== 'organisation' || !isAcademicName(String(m.value)));
          if (slot.kind === 'organisation' && !slot.government_bodies)
            pool = pool.filter((m) => m.kind !== 'organisation' || !namesGovernmentBody(m.text));
          pools.set(slot.name, pool);
          if (slot.kind === 'goods') {
            const free = freeGoods(a, trigger);
            filler = goodsKeptFrom(a, kept?.mention) ?? fillByRoles(a, slot, trigger, pool);
            if (filler?.mention) {
              // "seven rare earth elements, including samarium and dysprosium, to its control list": examples
              // nearer the anchor belong to the goods they illustrate.
              const head = illustratedGoods(a, filler.mention);
              if (head && pool.includes(head)) filler = { ...filler, mention: head, value: head.value };
            }
            // "Canadian steel exports face a 50% tariff": the goods that qualify the trade are its goods.
            const traded =
              filler?.value === GENERIC_GOODS ? tradedGoodsBefore(pool, filler.mention) : undefined;
            if (filler && traded) filler = { ...filler, mention: traded, value: traded.value };
            // "banned shipments of both metals", "exports of the three minerals": goods named by their class after
            // a word that refers back are those the article named before.
            if (filler?.mention && refersBackToGoods(a, filler.mention)) {
              const recent = discourse.recentGoodsGroup(a.index);
              if (recent) filler = { mention: null, value: recent, role: 'discourse_anaphor' };
            }
            if ((!filler || filler.value === GENERIC_GOODS) && free) {
              // "a ban on exports of raw lithium ore": goods the lexicon knows inside the phrase after the
              // preposition fill the slot as if named right after it.
              const named = pool.find(
                (m) =>
                  m.kind === 'goods' &&
                  m.value !== GENERIC_GOODS &&
                  m.start >= free.start &&
                  (m.start < free.end || coordinatedAfter(a, free.end, m.start)),
              );
              // "exports of the metal": a definite description refers to goods the article named.
              const main = named || !ANAPHORIC_DETERMINERS.test(free.text) ? null : discourse.mainGoods();
              if (named) {
                const preposition = a.tokens[free.start - 1]?.norm === 'on' ? 'on' : 'of';
                filler = { mention: named, value: named.value, role: `prep:${preposition}` };
              } else
                filler = main
                  ? { mention: null, value: main, role: 'discourse_anaphor' }
                  : { mention: free, value: free.value, role: 'free' };
            }
            // "China banned exports to 28 US defense firms": a measure on trade with parties, not on goods.
            if (isGenericGoods(filler) && tradeWithParties(a, trigger)) filler = undefined;
            // "exports of tungsten, bismuth and indium-related items would require licences": goods the trade
            // phrase before the anchor names are its goods, whatever head noun closes their list.
            if (isGenericGoods(filler)) {
              const traded = goodsOfTradeBefore(a, trigger, pool);
              if (traded) filler = { mention: traded, value: traded.value, role: 'prep:of' };
            }
            // A required goods slot that only says "exports" or "these exports" takes the article's goods.
            if (slot.required && slot.discourse && isGenericGoods(filler)) {
              const main = discourse.mainGoods();
              if (main) filler = { mention: null, value: main, role: 'discourse_generic' };
            }
          } else if (slot.kind === 'organisation' && hasAnaphor(a, trigger, slot, pronounReach(a, trigger))) {
            // "China said it had placed Skydio on its list": a name as the action's object is what it
            // acts on, whatever the pronoun before stands for.
            const named = fillByRoles(a, slot, trigger, pool);
            const listingType = spec.slots.some((s) => s.kind === 'list');
            // "X, a unit of Y, said it will relocate": the pronoun is X, the sentence's first name; "X will build
            // rigs in Malaysia, while Y is expanding its line": the first name of the trigger's own clause.
            // "Cango, which bought rigs from Bitmain, said it had relocated": a name inside a relative clause set off
            // by commas is not what the pronoun after it stands for.
            const before = [...pool]
              .sort((x, y) => x.start - y.start)
              .filter(
                (m) =>
                  m.kind === 'organisation' &&
                  m.end <= trigger.start &&
                  !insideRelativeClause(a.tokens, m.start, trigger.start) &&
                  // ("Brokers at Ashford Securities said the company would move": the firm of those who watch.)
                  !watchersFirm(a.tokens, m.start) &&
                  // ("the US Commerce Department added it to the Entity List": a government body that lists is not
                  // the party its pronoun stands for.)
                  !(
                    listingType &&
                    hasGovernmentWord(String(m.value)) &&
                    !a.tokens.slice(m.end, trigger.start).some((t) => REPORTING_VERBS.has(t.norm))
                  ),
              );
            // "X said it had no plans to move, and Y has delayed its move to Egypt": a name that opens a clause
            // coordinated after a comma is the one its pronoun stands for.
            const coordinated = before.filter((m) => opensCoordinatedClause(a.tokens, m.start, m.end)).at(-1);
            const first =
              coordinated ?? before.find((m) => a.clause[m.start] === trigger.clause) ?? before[0];
            // "It also added 14 firms, including Skydio, to its list": a name after the trigger is what it
            // acts on too.
            // ("… said that its rival Caraway Minerals moved": a possessive in the description before the subject's
            // name says whose rival it is, and the name is the subject.)
            const describedSubject =
              named?.role === 'subject' &&
              named.mention != null &&
              /^(?:its|their)$/.test(a.tokens[named.mention.start - 2]?.norm ?? '') &&
              /^\p{Ll}+$/u.test(a.tokens[named.mention.start - 1]?.text ?? '');
            const actedOn =
              named?.role === 'object' ||
              describedSubject ||
              (named?.mention != null && named.mention.start >= (trigger.actionEnd ?? trigger.anchorEnd));
            filler =
              named && actedOn
                ? named
                : first
                  ? { mention: first, value: first.value, role: 'anaphor_sentence' }
                  : fromDiscourse(a, slot, trigger, discourse, spec);
          } else {
            filler =
              (slot.roles.includes('denied') ? kept : undefined) ??
              fillByRoles(a, slot, trigger, pool) ??
              pronounObject(a, slot, trigger, pool);
            // "Japan faces a 24% tariff from the United States": the words that name who levies the measure
            // do not name whom it hits as well; another role of the sentence may ("Japan" undergoes it).
            const actorMention = actorSlot ? chosen.get(actorSlot.name)?.mention : undefined;
            if (slot.kind === 'country' && actorMention && filler?.mention === actorMention) {
              const other = fillByRoles(
                a,
                slot,
                trigger,
                pool.filter((m) => m !== actorMention),
              );
              if (other) filler = other;
            }
            // "The Canada and Mexico tariffs": a name that qualifies the measure is whom it hits only when
            // another party levies it, not a member of the levying party's own list.
            const actor = actorSlot ? chosen.get(actorSlot.name) : undefined;
            if (
              filler?.role === 'adjunct' &&
              (!actor ||
                actor.value === filler.value ||
                (actorMention?.kind === 'country' && actorMention.group === filler.mention?.group))
            )
              filler = undefined;
            // "tariffs on steel from countries with which it has no trade agreement, including China and Russia":
            // a measure on every country of a class stays one, whatever countries are given as examples of it
            // ("including Vietnam (46%)" gives each its own rate, and its own measure).
            const example = filler?.mention;
            if (
              global &&
              slot.kind === 'country' &&
              filler &&
              EXAMPLE_ROLES.has(filler.role) &&
              !a.mentions.some(
                (m) =>
                  m.kind === 'rate' &&
                  example &&
                  m.start > example.start &&
                  a.clause[m.start] === trigger.clause,
              )
            )
              filler = undefined;
          }
          filler ??= thereFiller(a, slot, trigger, discourse);
          if (!filler && slot.roles.includes('home')) {
            // "BIT Mining moved its operations to Ohio and Kazakhstan": a company that moves (also) to
            // its home country does not move from it.
            const home = homeCountry(a, chosen);
            const named = [...groupMembers.values()].flat().map((m) => m.value);
            if (home && !named.some((value) => value === home.value)) filler = home;
          }
          if (!filler && slot.discourse && !(global && slot.kind === 'country')) {
            filler = fromDiscourse(
              a,
              slot,
              trigger,
              discourse,
              spec,
              actorSlot && chosen.get(actorSlot.name),
            );
          }
        }
        // "reduce its 25 pct duty on chocolate to 20 pct": a change of level sets the rate it goes to, however
        // far after the anchor its clause names it ("raised tariffs on steel from countries …, to 35%").
        if ((!filler || filler.mention) && slot.kind === 'rate' && spec.level_actions.includes(action)) {
          const level = newLevel(a, trigger, owns);
          if (level && level !== filler?.mention)
            filler = { mention: level, value: level.value, role: 'level' };
        }
        // "Tariffs that the EU imposed in 2018 were raised to 25%": the level another word's change sets is that
        // reading's rate, not the rate of the measure as first imposed.
        if (
          filler?.mention &&
          slot.kind === 'rate' &&
          !spec.level_actions.includes(action) &&
          trigger.actionStart !== null &&
          filler.mention === newLevel(a, trigger, owns) &&
          levelSetByOtherWord(a, type, trigger, filler.mention)
        )
          filler = undefined;
        // "cut reciprocal tariffs by 115 percentage points": a change by a number of points is no rate.
        if (filler?.mention && slot.kind === 'rate' && changeInPoints(a, filler.mention)) filler = undefined;
        if (filler) {
          chosen.set(slot.name, filler);
          features.push(`slot:${slot.name}:${filler.role}`);
          if (filler.mention && slot.kind === 'rate') {
            features.push(`rate_gap:${bucket(distance(filler.mention, trigger), [0, 2, 5, 10])}`);
            const next = a.tokens[filler.mention.end]?.norm ?? '';
            if (!/^(?:tariffs?|duties|duty|levies|levy|on|import|rate|tax)$/.test(next))
              features.push('rate_not_before_measure');
          }
          if (filler.mention) features.push(`form:${slot.name}:${filler.mention.form}`);
          const mention = filler.mention;
          if (slot.list && filler.members) groupMembers.set(slot.name, [...filler.members]);
          else if (slot.list && mention) {
            const members = [...new Set([...a.mentions, ...(pools.get(slot.name) ?? [])])].filter(
              (m) =>
                m.kind === mention.kind &&
                m.group === mention.group &&
                (!OWNED_KINDS.has(slot.kind) || owns(m)) &&
                (slot.kind !== 'actor' || canAct(a, m)) &&
                (m.kind !== 'organisation' ||
                  (!relatedPartyOf(a.tokens, m.start) && !ownsRelatedParty(a.tokens, m.end))) &&
                // "sanctioned Kestrel Shipping's owner, Pavel Orlov": the owner of the role is no member, unless
                // the clause names it again ("… and the company itself", "and his company").
                (!slot.people || withoutRoleOwners(a, [m]).length > 0 || companyNamedAgain(a, m.end)) &&
                // "China and EU": a slot that takes no bloc takes none from a list either.
                (slot.kind !== 'country' || slot.blocs || !isSupranational(String(m.value))),
            );
            // "sanctions on the oil minister X and on several vessels, including the tanker Y": the examples of
            // a group named beside the party are listed too.
            // "added X and two of its subsidiaries, Y and Z, to the Entity List": the partners an object names
            // are put on the list with it.
            if (
              slot.kind === 'organisation' &&
              (COORDINATED_PARTY_ROLES.has(filler.role) || filler.role === 'object')
            ) {
              const pool = (pools.get(slot.name) ?? []).filter(
                (m) => m.kind === mention.kind && m.group !== mention.group,
              );
              const partners = pool.filter(
                (m) =>
                  (COORDINATED_PARTY_ROLES.has(filler.role) &&
                    [...COORDINATED_PARTY_ROLES].some((role) => hasRole(a, m, role, trigger))) ||
                  namesPartner(a, mention, m),
              );
              members.push(...pool.filter((m) => partners.some((x) => x.group === m.group)));
            }
            // "Penang, Malaysia": a place and its country name one member.
            const distinct = members.filter((m, k) => members.findIndex((x) => x.value === m.value) === k);
            groupMembers.set(slot.name, distinct.length > 1 ? distinct : [mention]);
          }
        } else {
          features.push(`slot:${slot.name}:none`);
          if (slot.required) missingRequired = true;
        }
      }
      if (missingRequired) continue;
      // "The ministry has asked Daeseong Battery to move its cell production to Java": a move another asks of the
      // company is that other's proposal, none of the company's.
      const company = homeSlot ? companyMention(chosen) : undefined;
      if (company && askedToMove(a, company)) continue;
      // "shipped 3,000 of its rigs back to China for repair": machines sent away to be serviced or sold move nothing.
      if (homeSlot && sentForService(a, trigger)) continue;
      // ("…, while exempting refined cathode": an anchor that is itself an action word is no talk in general.)
      if (reading.action === spec.default_action && generalTalkOfMeasures(spec, trigger, actorOption, chosen))
        continue;

      // "The EU imposed duties on Chinese steel", "… will impose tariffs on Russian fertilisers": an action word
      // stated as done or decided, its actor and two more slots, all in the sentence itself, state the action in
      // full even without a rate.
      const ownFillers = [...chosen.values()].filter(
        (f) => f.mention !== null && !f.role.startsWith('discourse'),
      );
      if (
        isRealis(modality) &&
        trigger.actionStart !== null &&
        actorOption !== undefined &&
        !actorOption.role.startsWith('discourse') &&
        ownFillers.length >= 3
      )
        features.push('stated_in_full');
      // "Tesla will build a new battery plant in Nevada": where a company is at home, with nowhere it leaves,
      // is a site it adds, not a move (the model weighs it: "instead of importing" may still say one).
      if (homeSlot && reachedSlot && chosen.get(homeSlot.name) === undefined) {
        const home = homeCountry(a, chosen);
        if (home && chosen.get(reachedSlot.name)?.value === home.value) {
          // "Nevada-based Quarrion Digital completed its reincorporation in Texas": a seat moved within the
          // country the sentence says the company is based in crosses no border (the gazetteer's home is
          // where a company's seat is now, after any move).
          const saidHere = home.mention !== null || (companyMention(chosen)?.form ?? 'known') !== 'known';
          if (saidHere && chosen.get('scope')?.value === 'headquarters') continue;
          // "Chinese producer Hengda Aluminium started up a new smelter in Inner Mongolia": a site opened at the
          // home the sentence states, with no word of a move, of coming back or of replacing imports, and no other
          // country named ("to make the SUVs it previously built in Mexico"), is capacity.
          // ("South Korea's Seomun Chemical and US steelmaker Altamont Steel will build a plant in Ohio": another
          // company's own country is no other place of this one's.)
          const companies = [...groupMembers.values()].flat().filter((m) => m.kind === 'organisation');
          if (
            home.mention !== null &&
            companies.length <= 1 &&
            !MOVING_ANCHOR.test(anchorWord) &&
            !a.tokens.some((t) => RETURNING.test(t.norm)) &&
            a.mentions.every(
              (m) => m.kind !== 'country' || m.value === home.value || describesOtherCompany(a, m, chosen),
            )
          )
            continue;
          features.push('moves_home');
        }
      }

      const date = dateOf(
        a,
        trigger,
        chosen.get('effective_date')?.mention ?? null,
        relative ? (a.clause[relative.from] ?? null) : null,
        (at) => {
          const stated = actionsStatedAt(a, type, at);
          if (stated.length === 0) return null;
          return stated.includes(action) ? 'own' : 'other';
        },
      );
      sharedFeatures(a, trigger, features, discourse, spec.type);

      let listSlot = spec.slots.find((s) => s.list && (groupMembers.get(s.name)?.length ?? 0) > 1);
      // "imports from Canada, Brazil and other countries": examples of a global measure, one event with
      // the slot left open (the guidelines), not one per example.
      if (
        listSlot &&
        listSlot.kind === 'country' &&
        isOpenList(a, groupMembers.get(listSlot.name) as Mention[])
      ) {
        chosen.delete(listSlot.name);
        features.push('list_open');
        listSlot = undefined;
      }
      const members = listSlot ? (groupMembers.get(listSlot.name) as Mention[]) : [null];
      // "Longi and Trina moved production to Vietnam and Malaysia": a second list crosses the first.
      const crossSlot = spec.slots.find(
        (s) =>
          s !== listSlot &&
          s.list &&
          (groupMembers.get(s.name)?.length ?? 0) > 1 &&
          !(s.kind === 'country' && isOpenList(a, groupMembers.get(s.name) as Mention[])),
      );
      const crossMembers = listSlot && crossSlot ? (groupMembers.get(crossSlot.name) as Mention[]) : [];
      const pairSlot = listSlot ? spec.slots.find((s) => s.pairs_with === listSlot.name) : undefined;
      const pairValues = pairSlot
        ? pairedValues(a, pairSlot, trigger, members as Mention[], owns)
        : undefined;

      for (const [k, member] of members.entries()) {
        const slots: Record<string, SlotValue> = {};
        for (const slot of spec.slots) slots[slot.name] = chosen.get(slot.name)?.value ?? null;
        const groupRate = actorOption?.mention ? actingGroupRates?.get(actorOption.mention) : undefined;
        if (groupRate !== undefined && rateSlot) slots[rateSlot.name] = groupRate;
        const own = [...features];
        if (listSlot && member) {
          slots[listSlot.name] = member.value;
          own.push(
            'list_member',
            `list_size:${bucket(members.length, [2, 3, 5])}`,
            `form:${listSlot.name}:${member.form}`,
          );
          if (pairSlot && pairValues) {
            slots[pairSlot.name] = pairValues[k] ?? null;
            own.push('rate_paired');
          }
        }
        const actorSlot = spec.slots.find((s) => s.kind === 'actor');
        const countrySlot = spec.slots.find((s) => s.kind === 'country' && s.name === 'target');
        if (
          actorSlot &&
          countrySlot &&
          slots[actorSlot.name] !== null &&
          slots[actorSlot.name] === slots[countrySlot.name]
        ) {
          // "block China from obtaining the tools": the country kept from the goods is not the one that
          // keeps it from them.
          if (chosen.get(countrySlot.name)?.role === 'denied') continue;
          // "Washington and Tokyo agreed on a 15% tariff on Japanese cars": of two partners, the one the
          // sentence says it hits does not impose it; the other does.
          const targetRole = chosen.get(countrySlot.name)?.role ?? '';
          const partner = targetRole.startsWith('discourse')
            ? undefined
            : otherPartner(a, chosen.get(actorSlot.name)?.mention, slots[countrySlot.name]);
          if (partner) {
            slots[actorSlot.name] = partner.value;
            own.push('imposer_was_partner');
          } else {
            slots[countrySlot.name] = null;
            own.push('target_was_imposer');
          }
        }
        if (modality === 'proposed' && actorSlot) {
          const proposer = proposedBy(a, trigger, slots[actorSlot.name] ?? null);
          // "Japan hopes Washington will lift the tariffs": relief another party hopes for or asks for is its
          // proposal, which the guidelines do not count.
          if (proposer === 'other' && spec.directions[action] !== spec.directions[spec.default_action])
            continue;
          // "Indonesia's smelter association proposed that the government set a quota": nor any measure that
          // those who propose without acting (industry, lawmakers, analysts) put forward.
          // (The measure a proposal of relief names is in place all the same: "farmers urged Brasilia to seek relief
          // from the 50% U.S. tariff".)
          const reliefBeside = triggers.some(
            (other) =>
              other.trigger.anchorStart === trigger.anchorStart &&
              other.actionExplicit &&
              spec.directions[other.action] !== spec.directions[action],
          );
          if (!reliefBeside && proposedByNonActors(a, trigger)) continue;
          if (proposer) own.push(`proposed_by:${proposer}`);
        }
        // "Imports from the Southern African Development Community are exempt", "Countries with trade deals will be
        // exempt": an exemption of a group no country names spares no one the slot can hold, and lifts nothing.
        if (
          countrySlot &&
          slots[countrySlot.name] === null &&
          spec.directions[action] !== spec.directions[spec.default_action] &&
          exemptsUnnamedGroup(a, trigger)
        )
          continue;
        const goodsSlot = spec.slots.find((s) => s.kind === 'goods');
        const goodsFiller = goodsSlot ? chosen.get(goodsSlot.name) : undefined;
        if (goodsSlot && goodsFiller?.mention?.form === 'lexicon') {
          slots[goodsSlot.name] = goodsPhrase(a, goodsFiller.mention, trigger, (at) =>
            type.actions.some(({ phrase }) => matchAt(phrase, a.tokens, at) > 0),
          );
        }
        const statedAfter =
          actionExplicit &&
          (trigger.actionStart === null
            ? participleOfActionAfter(a, type, trigger.anchorEnd, action)
            : trigger.actionStart >= trigger.anchorEnd &&
              saidOfMeasure(a.tokens, trigger.anchorEnd, trigger.actionStart) &&
              !passivePredicateOf(a.tokens, trigger.anchorEnd, trigger.actionStart));
        // "set its tariff on mining equipment at 0%": a measure set at nothing cuts the tariff away (a second
        // reading, beside a verb of cutting that gives the cut already, keeps its own).
        const settled =
          rank === 0 &&
          rateSlot &&
          slots[rateSlot.name] === 0 &&
          action === spec.default_action &&
          ZERO_RATE_ACTION in spec.directions
            ? ZERO_RATE_ACTION
            : action;
        // "Tariffs that the EU imposed in 2018 were raised to 25% on Monday": readings of one anchor that their own
        // verbs date apart are different actions, even in one direction.
        const actionKey = (act: string) =>
          `${readingDirection(spec, act, statedAfter)}${date ? `@${date}` : ''}`;
        const candidate: Candidate = {
          type: spec.type,
          action: settled,
          slots,
          date,
          modality,
          analysis: a,
          features: own,
          readingKey: `${anchorKey}:${k}:${actionKey(settled)}${coActor ? `:${actorOption?.value}` : ''}`,
          anchorStart: trigger.anchorStart,
          measure,
          global,
          ...(restatesParties ? { actionOfReferent: true } : {}),
        };
        // A list member keeps its own country; the parts' goods still divide its measure.
        const actorValue = actorSlot ? slots[actorSlot.name] : null;
        const parts = listSlot ? rated.filter((p) => p.goods !== null) : rated;
        if (rateSlot && goodsSlotSpec && parts.length > 1) {
          // "25 percent on steel and 10 percent on aluminum": one event per part, each at its rate.
          for (const [q, { rate, goods, targets }] of parts.entries()) {
            const partTargets = targets.length > 0 && countrySlot && !listSlot ? targets : [null];
            for (const [r, target] of partTargets.entries()) {
              // "Vietnam faces a 46% duty, Cambodia 49%" read with Cambodia as the actor: no country's rate on itself.
              if (target !== null && target === actorValue) continue;
              const partSlots = { ...slots, [rateSlot.name]: rate };
              if (goods !== null) partSlots[goodsSlotSpec.name] = goods;
              if (target !== null && countrySlot) partSlots[countrySlot.name] = target;
              candidates.push({
                ...candidate,
                slots: partSlots,
                features: [...own, 'goods_rate_paired'],
                readingKey: `${anchorKey}:${k}:${q}${r > 0 ? `.${r}` : ''}:${actionKey(action)}`,
              });
            }
          }
        } else if (crossSlot && crossMembers.length > 0) {
          // "… to Vietnam and Malaysia respectively": members pair in order instead.
          const paired =
            crossMembers.length === members.length && a.tokens.some((t) => t.norm === 'respectively');
          for (const [q, other] of crossMembers.entries())
            if (!paired || q === k)
              candidates.push({
                ...candidate,
                slots: { ...slots, [crossSlot.name]: other.value },
                readingKey: `${anchorKey}:${k}:x${q}:${actionKey(action)}`,
              });
        } else {
          candidates.push(candidate);
          // "goods from Laos and Myanmar face 40%, Switzerland 39% and Canada 35%": the countries rated after a
          // listed measure's own rate are parts of their own.
          if (k === 0 && listSlot && listSlot === countrySlot && rateSlot)
            for (const [q, { rate, goods, targets }] of rated.entries()) {
              for (const [r, target] of targets.entries())
                if (!members.some((m) => m?.value === target) && target !== actorValue)
                  candidates.push({
                    ...candidate,
                    slots: { ...slots, [rateSlot.name]: rate, [listSlot.name]: target },
                    features: [...own, 'goods_rate_paired'],
                    readingKey: `${anchorKey}:p${q}.${r}:${actionKey(action)}`,
                  });
              // "a 10% baseline tariff on all imports, with 34% on China and 46% on Vietnam": the global measure's
              // own rate, beside the countries' rates, is an event of its own with no target.
              if (global && targets.length === 0 && goods === null)
                candidates.push({
                  ...candidate,
                  slots: { ...slots, [rateSlot.name]: rate, [listSlot.name]: null },
                  features: [...own, 'goods_rate_paired'],
                  readingKey: `${anchorKey}:p${q}:${actionKey(action)}`,
                });
            }
        }
      }
    }
  }
  const detailed = withDetailingClause(
    a,
    type,
    withoutParticipleDetails(a, type, withElaborations(a, type, candidates, anchors), anchors),
    anchors,
  );
  return withMutualMeasures(a, type, withGoodsOfTheirOwn(a, type, detailed));
}

/**
 * Who proposes a measure ("South Korea will seek an exemption from …", "Canadian smelters asked Ottawa to
 * press for …"): the first country that opens the sentence before it, with no preposition; a demonym of a
 * party that cannot act ("Canadian smelters") proposes as no government. The guidelines count no proposal by
 * others than the actor.
 */
function proposedBy(a: SentenceAnalysis, trigger: Trigger, actor: SlotValue): 'actor' | 'other' | null {
  const first = firstCountryBefore(a, trigger);
  const proposer = proposersBefore(a, trigger, (k) => a.clause[k] === trigger.clause);
  if (proposer >= 0 && (!first || first.end >= proposer)) return 'other';
  if (!first) return null;
  return canAct(a, first) && first.value === actor ? 'actor' : 'other';
}

/** The first country before the trigger that no preposition governs: the one that opens the sentence's acting. */
function firstCountryBefore(a: SentenceAnalysis, trigger: Trigger): Mention | undefined {
  return a.mentions.find(
    (m) => m.kind === 'country' && m.end <= trigger.start && prepositionBefore(a.tokens, m) === null,
  );
}

/**
 * Where those who propose without acting (lawmakers, industry or analysts; "A group of senators urged …", "U.S.
 * senators urged …") stand before the trigger, with a verb of proposing after them, in a clause `inClause` accepts;
 * -1 when none does.
 */
function proposersBefore(a: SentenceAnalysis, trigger: Trigger, inClause: (k: number) => boolean): number {
  return a.tokens.findIndex(
    (t, k) =>
      k < trigger.start &&
      inClause(k) &&
      // "Senators urged …": the sentence's first word is capitalised whatever it is.
      (PROPOSERS.has(t.text) || (k === 0 && PROPOSERS.has(t.norm)) || INDUSTRY_BODY_HEADS.test(t.norm)) &&
      proposingVerbAfter(a.tokens, k) > k,
  );
}

/** The verb of proposing within three words after `k` (a place they sit in aside: "Lawmakers in Manila"), or -1. */
function proposingVerbAfter(tokens: readonly Token[], k: number): number {
  let from = k + 1;
  if (/^(?:in|from)$/.test(tokens[from]?.norm ?? '') && /^\p{Lu}/u.test(tokens[from + 1]?.text ?? '')) {
    from += 2;
    while (/^\p{Lu}/u.test(tokens[from]?.text ?? '')) from++;
  }
  const at = tokens.slice(from, from + 3).findIndex((next) => PROPOSING.test(next.norm));
  return at < 0 ? -1 : from + at;
}

/**
 * "Indonesia's smelter association proposed that the government set a quota on nickel exports": an action that those
 * who propose without acting put forward, in their clause or the one their "that" opens, is their proposal (and a
 * country that qualifies them is theirs).
 */
function proposedByNonActors(a: SentenceAnalysis, trigger: Trigger): boolean {
  const proposer = proposersBefore(a, trigger, (k) => {
    const verb = proposingVerbAfter(a.tokens, k);
    return (
      a.clause[k] === trigger.clause ||
      (a.tokens[verb + 1]?.norm === 'that' && a.clause[verb] === a.clause[k])
    );
  });
  if (proposer < 0) return false;
  const first = firstCountryBefore(a, trigger);
  return (
    !first ||
    first.end >= proposer ||
    (proposer - first.end <= PROPOSER_QUALIFIER_WORDS &&
      a.tokens
        .slice(first.end, proposer)
        .every((t) => !isVerbWord(t.norm) && !isPastForm(t.norm) && t.norm !== ','))
  );
}

/** How many words may stand between a country and the proposers it qualifies ("Indonesia's smelter association"). */
const PROPOSER_QUALIFIER_WORDS = 3;

/** Verbs of urging or asking, whose subject proposes ("senators urged", "industry groups have called for"). */
const PROPOSING =
  /^(?:urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|order(?:s|ed)?|rul(?:es|ed)|authori[sz](?:es|ed)|allow(?:s|ed)|requir(?:es|ed)|direct(?:s|ed)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?|propos(?:e|es|ed|ing)|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|petition(?:s|ed|ing)?|s(?:eek|eeks|eeking|ought)|recommend(?:s|ed|ing)?|want(?:s|ed)?|demand(?:s|ed|ing)?|press(?:es|ed|ing)?)$/;

/** Verbs of advice, whose subject leaves the decision to another ("recommended", "urged", "petitioned"). */
const ADVISING =
  /^(?:urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|advis(?:e|es|ed|ing))$/;

/** Verbs of asking for relief ("seek an exemption", "applied for a waiver"); "for" follows some of them. */
const SEEKING = /^(?:seek|seeks|seeking|sought|request|requests|requested|requesting)$/;
const SEEKING_FOR =
  /^(?:ask|asks|asked|asking|appl(?:y|ies|ied|ying)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)?|hop(?:e|es|ed|ing))$/;
/** Words between such a verb and the relief it asks for ("an", "a temporary", "further"). */
const RELIEF_OPENING = /^(?:a|an|the|its|their|some|further|more|partial|full|temporary|permanent|broader)$/;

/** Verbs of leaving a party out ("excluded", "left out of"). */
const LEAVING_OUT = /^(?:exclud(?:e|es|ed|ing)|omit(?:s|ted|ting)?|left|leaves|kept)$/;

/**
 * "China was excluded from the reprieve": a party left out of relief is still under the measure, and the word
 * that would spare it spares no one.
 */
function leftOutOfRelief(a: SentenceAnalysis, at: number): boolean {
  const word = a.tokens[at]?.norm ?? '';
  // The relief itself as the action word: back from it to the word that leaves the party out.
  if (GRANT_NOUNS.test(word) || PAUSE_NOUNS.test(word)) {
    let k = at - 1;
    while (k >= 0 && RELIEF_OPENING.test(a.tokens[k]?.norm ?? '')) k--;
    if (!/^(?:from|of)$/.test(a.tokens[k]?.norm ?? '')) return false;
    if (a.tokens[k - 1]?.norm === 'out') k--;
    return LEAVING_OUT.test(a.tokens[k - 1]?.norm ?? '');
  }
  if (!LEAVING_OUT.test(word)) return false;
  let k = at + 1;
  if (a.tokens[k]?.norm === 'out') k++;
  if (!/^(?:from|of)$/.test(a.tokens[k]?.norm ?? '')) return false;
  k++;
  while (RELIEF_OPENING.test(a.tokens[k]?.norm ?? '') || /^\d/.test(a.tokens[k]?.norm ?? '')) k++;
  const noun = a.tokens[k]?.norm ?? '';
  return GRANT_NOUNS.test(noun) || PAUSE_NOUNS.test(noun);
}

/** How many words the measure may have between "for" and "to be" in relief asked for ("for the 25% tariff to be"). */
const SOUGHT_MEASURE_WORDS = 8;

/**
 * Whether the action word at `at` is relief asked for: "seek an exemption", "applied for a waiver", "pressing for
 * the tariff to be cut".
 */
function reliefSought(a: SentenceAnalysis, at: number): boolean {
  if (a.tokens[at - 1]?.norm === 'be' && a.tokens[at - 2]?.norm === 'to') {
    for (let k = at - 3; k >= Math.max(1, at - 3 - SOUGHT_MEASURE_WORDS); k--)
      if (a.tokens[k]?.norm === 'for') return SEEKING_FOR.test(a.tokens[k - 1]?.norm ?? '');
  }
  let k = at - 1;
  while (k >= 0 && at - k <= 3 && RELIEF_OPENING.test(a.tokens[k]?.norm ?? '')) k--;
  const word = a.tokens[k]?.norm ?? '';
  if (SEEKING.test(word)) return true;
  return word === 'for' && SEEKING_FOR.test(a.tokens[k - 1]?.norm ?? '');
}

/** How many words may stand between a verb of advice and the measure or action it advises. */
const ADVICE_REACH = 6;
/** How many, when they only name whom the advice is addressed to and when ("the Commerce Department on Tuesday"). */
const ADDRESSED_ADVICE_REACH = 14;
/** Verbs of asking someone named after them to act ("asked the government to raise the duty"). */
const ASKING = /^(?:ask|asks|asked|asking)$/;
/** Words that may join and open the names of whom advice is addressed to, and say when. */
const ADDRESSEE_WORDS = /^(?:the|and|of|on|for|last|this|its|their|u\.s\.)$/;

/** Whether the subject right before the verb at `verb` and a body it addresses before `head` are one government. */
function asksOwnGovernment(a: SentenceAnalysis, verb: number, head: number): boolean {
  const asker = a.mentions.find(
    (m) => m.kind === 'country' && m.end <= verb && verb - m.end <= 1 && m.form !== 'demonym',
  );
  return (
    asker !== undefined &&
    a.mentions.some((m) => m.kind === 'country' && m.start > verb && m.end <= head && m.value === asker.value)
  );
}

/** How many words a government's body may take after its country's name ("Canada's finance ministry"). */
const GOVERNMENT_BODY_WORDS = 3;

/** "Canada asked", "Canada's finance ministry asked": a government is the one asking, right before the verb. */
function governmentAsks(a: SentenceAnalysis, verb: number): boolean {
  return a.mentions.some((m) => {
    if (m.kind !== 'country' || m.form === 'demonym' || m.end > verb) return false;
    if (verb - m.end <= 1) return true;
    const body = a.tokens.slice(m.end, verb);
    return (
      body.length <= GOVERNMENT_BODY_WORDS + 1 &&
      /^['’]s$/.test(body[0]?.norm ?? '') &&
      body.slice(1).every((t) => /^[a-z]+$/.test(t.text)) &&
      GOVERNMENT_NOUNS.has(body.at(-1)?.norm ?? '')
    );
  });
}

/**
 * "the Commerce Department and the ITC", "Commerce Secretary Howard Lutnick on
 * Monday (for)": the words [from, to) name only governments, bodies or people in capitals, and a time.
 */
function addressedBetween(a: SentenceAnalysis, from: number, to: number): boolean {
  if (to <= from) return false;
  return a.tokens.slice(from, to).every((t, j) => {
    const k = from + j;
    return (
      ADDRESSEE_WORDS.test(t.norm) ||
      /^\p{Lu}/u.test(t.text) ||
      a.mentions.some(
        (m) =>
          (m.kind === 'country' || m.kind === 'organisation' || m.kind === 'date') &&
          k >= m.start &&
          k < m.end,
      )
    );
  });
}
/** How far before a noun anchor the infinitive that governs it may stand ("to move its axle production"). */
const INFINITIVE_REACH = 4;

/** How far before its action a bill that would take it may be named ("A bill introduced in the Senate would add"). */
const BILL_REACH = 10;

/** "A bill introduced in the Senate would add X to the SDN List": what a bill would do is a proposal, not done. */
function billWouldAct(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart;
  if (verb === null || !/^(?:would|could)$/.test(a.tokens[verb - 1]?.norm ?? '')) return false;
  const lead = a.tokens.slice(Math.max(0, verb - BILL_REACH), verb);
  // ("The president signed a bill that would ban ore exports", "…, and the president signed it into law": a bill
  // signed is law.)
  if (a.tokens.some((t) => /^(?:signed|signs|enacted|enacts)$/.test(t.norm))) return false;
  return lead.some(
    (t, k, words) =>
      /^(?:bill|bills|legislation)$/.test(t.norm) && a.clause[verb - words.length + k] === trigger.clause,
  );
}

/** Verbs of pressing someone named after them to act ("pressed Nolan Motors to move"). */
const PRESSING =
  /^(?:press|presses|pressed|pressing|pressur(?:e|es|ed|ing)|want|wants|wanted|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))$/;

/** Whether a verb of advice governs the trigger: "recommended a 15% duty", "urged the ministry to ban". */
function advisedMeasure(a: SentenceAnalysis, trigger: Trigger): boolean {
  let head = Math.min(trigger.anchorStart, trigger.actionStart ?? trigger.anchorStart);
  // "urged Pelling Auto to move its axle production to Mexico": the infinitive that governs a noun anchor.
  for (let k = head - 1; k >= Math.max(0, head - INFINITIVE_REACH); k--)
    if (a.tokens[k]?.norm === 'to' && a.clause[k] === trigger.clause) {
      head = k;
      break;
    }
  for (let k = Math.max(0, head - ADDRESSED_ADVICE_REACH); k < head; k++) {
    if (a.clause[k] !== trigger.clause) continue;
    // "would be better served by a ban", "would be better off banning": advice in the article's voice.
    const betterServed =
      a.tokens[k]?.norm === 'better' && /^(?:served|off)$/.test(a.tokens[k + 1]?.norm ?? '');
    const between = a.tokens.slice(k + 1, head);
    // "petitioned the Commerce Department on Tuesday for duties", "asking the Commerce Department and the
    // ITC to levy duties": further back, only whom the advice is addressed to, and
    // when, may stand between.
    const addressed = addressedBetween(a, k + 1, head);
    // "asked the Canadian government for a 10% levy": the measure asked of whom the request is addressed to.
    const askedFor = between.findIndex((t) => t.norm === 'for');
    if (
      ASKING.test(a.tokens[k]?.norm ?? '') &&
      askedFor > 0 &&
      between.length - askedFor <= ADVICE_REACH &&
      (addressedBetween(a, k + 1, k + 1 + askedFor) ||
        GOVERNMENT_NOUNS.has(between[askedFor - 1]?.norm ?? '')) &&
      !asksOwnGovernment(a, k, head) &&
      // ("Canada's finance ministry asked parliament for a levy": a government asking for its own measure.)
      !governmentAsks(a, k)
    )
      return true;
    if (head - k > ADVICE_REACH && !addressed) continue;
    // "Trump asked the Commerce Department to impose tariffs": a government that asks a body of its own acts.
    if (asksOwnGovernment(a, k, head)) continue;
    if (
      ASKING.test(a.tokens[k]?.norm ?? '') &&
      addressed &&
      between.length > 0 &&
      a.tokens[head]?.norm === 'to'
    )
      return true;
    // "Investors pressed Nolan Motors to move", "Shareholders want Corrin to shift": pressing another to act.
    const pressing =
      PRESSING.test(a.tokens[k]?.norm ?? '') &&
      a.tokens[head]?.norm === 'to' &&
      /^\p{Lu}/u.test(between[0]?.text ?? '');
    if (!ADVISING.test(a.tokens[k]?.norm ?? '') && !betterServed && !pressing) continue;
    // "urged Washington to grant an exemption from the tariff": advice on something else than the measure.
    if (between.some((t) => t.norm === ',' || GRANT_NOUNS.test(t.norm))) continue;
    return true;
  }
  return false;
}

/**
 * "A 10% duty on alumina has been floated by some lawmakers": a measure whose passive verb has for agent those who
 * propose without acting (lawmakers, analysts, industry) is their proposal.
 */
function proposedByAgent(a: SentenceAnalysis, end: number): boolean {
  const by = a.tokens.findIndex(
    (t, k) =>
      k >= end && k <= end + 6 && t.norm === 'by' && PROPOSED_PARTICIPLES.test(a.tokens[k - 1]?.norm ?? ''),
  );
  if (by < 0 || a.tokens.slice(end, by).some((t) => t.norm === ',')) return false;
  const agent = a.tokens.slice(by + 1, by + 4).findIndex((t) => PROPOSERS.has(t.text));
  if (agent < 0) return false;
  // ("requested by producers and imposed by Commerce": the proposal was then acted on.)
  const rest = a.tokens.slice(by + 2 + agent, by + 10);
  return !rest.some((t, k) => t.norm === 'and' && /ed$/.test(rest[k + 1]?.norm ?? ''));
}

/** Participles of proposing whose agent proposes without acting ("floated by", "sought by"). */
const PROPOSED_PARTICIPLES =
  /^(?:floated|mooted|proposed|suggested|urged|sought|requested|demanded|recommended|championed|pushed|backed|favou?red)$/;

/** Who urges or asks a government to act without being it (lower case: "Group" and "Union" open names). */
const PROPOSERS = new Set(
  'senators senator lawmakers legislators congressmen congresswomen parliamentarians MPs industry group groups association associations federation chamber lobby unions analysts economists experts critics activists campaigners lobbyists producers manufacturers businesses farmers investors traders executives court courts judge judges panel tribunal WTO'.split(
    ' ',
  ),
);

/** The last word of an industry body's name ("the U.S. Magnet Coalition", "the Cobalt Institute"): a proposer. */
const INDUSTRY_BODY_HEADS =
  /^(?:association|associations|coalition|alliance|federation|institute|chamber|lobby)$/;

/** Words of an agreement between partners, whose measures are each one's on the other. */
const DEAL_WORDS = /^(?:deal|deals|agree|agrees|agreed|agreement|pact|truce|accord|negotiat\w*|talks)$/;
/** Words that make a measure of two partners each one's on the other ("on each other's goods"). */
const MUTUAL = /^(?:mutual|mutually|other's|other’s)$/;

function saysMutual(a: SentenceAnalysis): boolean {
  const t = a.tokens;
  return t.some(
    (x, i) =>
      MUTUAL.test(x.norm) ||
      // "on the other's goods", after "each" of the partners.
      (x.norm === 'other' && /^['’]s$/.test(t[i + 1]?.norm ?? '') && t[i - 1]?.norm === 'the') ||
      (x.norm === 'one' && t[i + 1]?.norm === 'another') ||
      (x.norm === 'each' && t[i + 1]?.norm === 'other') ||
      (x.norm === 'between' && /^(?:them|both)$/.test(t[i + 1]?.norm ?? '')),
  );
}

/** Measure words of what two partners hold against each other ("reciprocal tariffs"). */
const RECIPROCAL = /^(?:reciprocal|retaliatory|tit-for-tat)$/;
/** How many modifiers may stand between "their" and the measure it owns ("their reciprocal tariffs"). */
const MAX_OWNED_MODIFIERS = 2;

/**
 * "Washington and Beijing agreed to cut their tariffs": the partners' own measure, before the anchor at
 * `anchorStart`, is each one's on the other as well (the partners themselves are checked by the caller).
 */
function partnersOwn(a: SentenceAnalysis, anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - 1 - MAX_OWNED_MODIFIERS); k--) {
    const word = a.tokens[k] as Token;
    if (word.norm === 'their') return true;
    if (!/^[a-z][a-z-]*$/.test(word.text)) return false;
  }
  return false;
}

/** How far before the measure "agreed to" may stand ("agreed in May to lower duties"). */
const AGREED_REACH = 6;

/**
 * "The U.S. and China agreed in May to lower duties": what two partners agree to do to duties, each does to
 * its own on the other (the partners themselves are checked by the caller).
 */
function agreedTogether(a: SentenceAnalysis, anchorStart: number): boolean {
  const lead = a.tokens.slice(Math.max(0, anchorStart - AGREED_REACH), anchorStart);
  const agreed = lead.findIndex((t) => /^agree[ds]?$/.test(t.norm));
  return agreed >= 0 && lead.slice(agreed + 1).some((t) => t.norm === 'to');
}

/**
 * "The United States and China agreed to slash tariffs on each other's goods": two partners who act
 * together on each other's goods take two measures, each aimed at the other.
 */
function withMutualMeasures(a: SentenceAnalysis, type: EventType, candidates: Candidate[]): Candidate[] {
  const actorSlot = type.spec.slots.find((s) => s.kind === 'actor');
  const targetSlot = type.spec.slots.find((s) => s.kind === 'country' && s.name === 'target');
  const goodsSlot = type.spec.slots.find((s) => s.kind === 'goods');
  if (!actorSlot || !targetSlot || !candidates.some((c) => c.slots[targetSlot.name] === null))
    return candidates;
  const mutual = saysMutual(a);
  const out: Candidate[] = [];
  for (const c of candidates) {
    // "The U.S. and China agreed to slash reciprocal tariffs": what partners, the measure's subject, hold
    // against each other (not the "reciprocal tariffs" on all countries of an actor named elsewhere, whom
    // no partner joins).
    const reciprocal =
      c.features.includes(`slot:${actorSlot.name}:subject`) &&
      RECIPROCAL.test(a.tokens[c.anchorStart - 1]?.norm ?? '');
    // "Peru and Chile agreed to cut tariffs on copper" may cut them on all copper: only duties the agreement
    // names no goods for are the partners' on each other.
    const agreed =
      c.features.includes(`slot:${actorSlot.name}:subject`) &&
      (goodsSlot === undefined || c.features.includes(`slot:${goodsSlot.name}:none`)) &&
      agreedTogether(a, c.anchorStart);
    if (!mutual && !reciprocal && !agreed && !partnersOwn(a, c.anchorStart)) {
      out.push(c);
      continue;
    }
    const actor = c.slots[actorSlot.name] ?? null;
    // The two partners are the clause's subject, before the measure.
    const own = a.mentions.find((m) => m.kind === 'country' && m.value === actor && m.end <= c.anchorStart);
    const other = own && partnerOf(a, own);
    const partner = other && other.end <= c.anchorStart && other.value !== actor ? other : undefined;
    if (c.slots[targetSlot.name] !== null || !c.features.includes('actor_option:0') || !partner) {
      out.push(c);
      continue;
    }
    const none = `slot:${targetSlot.name}:none`;
    const features = c.features.map((f) => (f === none ? `slot:${targetSlot.name}:mutual` : f));
    out.push({ ...c, slots: { ...c.slots, [targetSlot.name]: partner.value }, features });
    out.push({
      ...c,
      slots: { ...c.slots, [actorSlot.name]: partner.value, [targetSlot.name]: actor },
      features,
      readingKey: `${c.readingKey}:mutual`,
    });
  }
  return out;
}

/**
 * "tariffs on Canada, Mexico and China, as well as on steel and aluminum": a second "on" coordinated after
 * the countries names a measure on goods of its own (no target), and the countries' measures name no goods.
 */
function withGoodsOfTheirOwn(a: SentenceAnalysis, type: EventType, candidates: Candidate[]): Candidate[] {
  const goodsSlot = type.spec.slots.find((s) => s.kind === 'goods');
  const targetSlot = type.spec.slots.find((s) => s.kind === 'country' && s.list);
  if (!goodsSlot || !targetSlot) return candidates;
  const t = a.tokens;
  const opener = t.findIndex(
    (x, i) =>
      x.norm === 'as' &&
      t[i + 1]?.norm === 'well' &&
      t[i + 2]?.norm === 'as' &&
      t[i + 3]?.norm === 'on' &&
      a.mentions.some((m) => m.kind === 'goods' && m.start >= i + 4 && m.start <= i + 6),
  );
  if (opener < 0) return candidates;
  const countriesBefore = new Set(
    a.mentions
      .filter((m) => m.kind === 'country' && m.end <= opener && opener - m.end <= 3)
      .flatMap((m) => a.mentions.filter((x) => x.kind === 'country' && x.group === m.group))
      .map((m) => String(m.value)),
  );
  if (countriesBefore.size === 0) return candidates;
  const out: Candidate[] = [];
  const separate = new Set<string>();
  for (const c of candidates) {
    const target = c.slots[targetSlot.name];
    if (c.anchorStart > opener || typeof target !== 'string' || !countriesBefore.has(target)) {
      out.push(c);
      continue;
    }
    out.push({ ...c, slots: { ...c.slots, [goodsSlot.name]: null } });
    // One measure on the goods per action and actor option, whichever country reading it comes from.
    const key = `${c.action}:${c.features.find((f) => f.startsWith('actor_option:'))}`;
    if (separate.has(key)) continue;
    separate.add(key);
    out.push({
      ...c,
      slots: { ...c.slots, [targetSlot.name]: null },
      features: [...c.features, 'goods_of_their_own'],
      readingKey: `${c.readingKey}:goods_of_their_own`,
      // Another measure than the countries' one, so that the two never merge into one event.
      measure: `${c.measure ?? ''}+goods`,
    });
  }
  return out;
}

const REFERS_BACK = 'refers_back';

/** The readings of a word that refers back to a measure: the measure's actor, goods and each of its targets. */
function actingOn(type: EventType, c: Candidate, measure: readonly Candidate[]): Candidate[] {
  const inherited = type.spec.slots.filter(
    (s) => s.kind === 'actor' || s.kind === 'country' || s.kind === 'goods',
  );
  const perTarget = type.spec.slots.some((s) => s.list && s.kind === 'country' && !ownFiller(c, s.name));
  return (perTarget ? measure : measure.slice(0, 1)).map((antecedent, k) => {
    const slots = { ...c.slots };
    const features = [...c.features];
    for (const slot of inherited) {
      if (antecedent.slots[slot.name] === null || antecedent.slots[slot.name] === undefined) continue;
      // "… along with an additional 10% on Chinese imports": a country or goods of its own stays; so does one
      // near it ("rates of 35% for China, 22% for Taiwan") where the antecedent's is only the article's guess.
      if (slot.kind !== 'actor' && ownFiller(c, slot.name)) continue;
      if (slot.kind === 'goods' && addedToMeasure(c, slot.name)) continue;
      if (slot.kind === 'country' && othersBefore(c.analysis.tokens, c.anchorStart)) continue;
      const guessed = antecedent.features.some((f) => f.startsWith(`slot:${slot.name}:discourse`));
      if (slot.kind !== 'actor' && guessed && c.slots[slot.name] != null) continue;
      slots[slot.name] = antecedent.slots[slot.name] ?? null;
      const at = features.findIndex((f) => f.startsWith(`slot:${slot.name}:`));
      if (at >= 0) features[at] = `slot:${slot.name}:antecedent`;
    }
    // "he would impose a 25% tariff on Mexico, and an additional 10% on goods from China": a measure named
    // without its own verb, in the sentence of the one it adds to, shares that one's action and modality.
    // "Vietnamese goods will face a 20% tariff, down from 46%, and transshipped goods will face 40%": an
    // action read from the antecedent's own levels is that measure's alone.
    const levelsOwn =
      antecedent.features.includes('action:default') && antecedent.action !== type.spec.default_action;
    // "removed three companies from the list. The firms are X and Y.": the parties restated are removed.
    const shared =
      (c.features.includes('action:default') && antecedent.analysis === c.analysis && !levelsOwn) ||
      c.actionOfReferent === true;
    if (!shared) return { ...c, slots, features, readingKey: `${c.readingKey}:antecedent:${k}` };
    const { action, modality } = antecedent;
    return {
      ...c,
      action,
      modality,
      slots,
      features: features.map((f) =>
        f.startsWith('modality:')
          ? `modality:${modality}`
          : f.startsWith('action_modality:')
            ? `action_modality:${action}|${modality}`
            : f === `action:${c.action}`
              ? `action:${action}`
              : f,
      ),
      readingKey: `${c.readingKey}:antecedent:${k}`,
    };
  });
}

/** How many words may stand between "other countries" and the word that refers back ("will now face"). */
const OTHERS_REACH = 3;

/**
 * "… leaving the rate on U.K. shipments at 25% while other countries face 50%": the measure "other countries" face
 * is not the one on the country named before.
 */
function othersBefore(tokens: readonly Token[], anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(0, anchorStart - 1 - OTHERS_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    if (
      word === 'others' ||
      (tokens[k - 1]?.norm === 'other' && /^(?:countries|nations|partners|exporters|suppliers)$/.test(word))
    )
      return true;
    if (!/^[a-z]+$/.test(word)) return false;
  }
  return false;
}

/** Nouns of a party that a sentence may open with to speak of those named before ("The company", "Both firms"). */
const PARTY_SUBJECT_NOUNS =
  /^(?:company|companies|firm|firms|entity|entities|group|groups|business|businesses|vessel|vessels|tanker|tankers|ship|ships|individual|individuals|person|persons|people|bank|banks|trader|traders|subsidiary|subsidiaries|unit|units)$/;

/** Whether a party stands right before the word at `at`: a pronoun, a party noun or a name's last word. */
function partyBefore(a: SentenceAnalysis, at: number): boolean {
  const word = a.tokens[at - 1];
  if (!word) return false;
  return (
    /^(?:it|they|both)$/.test(word.norm) ||
    PARTY_SUBJECT_NOUNS.test(word.norm) ||
    a.mentions.some((m) => m.kind === 'organisation' && m.end === at)
  );
}

/** Whether the candidate's slot is filled from its own sentence, not from the article's context. */
function ownFiller(c: Candidate, slot: string): boolean {
  return (
    c.slots[slot] !== null &&
    c.features.some(
      (f) =>
        f.startsWith(`slot:${slot}:`) &&
        !f.startsWith(`slot:${slot}:discourse`) &&
        !WEAK_ROLES.has(f.slice(`slot:${slot}:`.length)),
    )
  );
}

/**
 * "Beijing added germanium to the controls": goods that the verb of adding takes, right before the "to" of the
 * measure referred back to, are the goods the measure is widened to, not the measure's earlier ones.
 */
function addedToMeasure(c: Candidate, slot: string): boolean {
  const goods = c.slots[slot];
  if (typeof goods !== 'string') return false;
  const { tokens, mentions } = c.analysis;
  return mentions.some(
    (m) =>
      m.kind === 'goods' &&
      m.end < c.anchorStart &&
      tokens[m.end]?.norm === 'to' &&
      /^add(?:s|ed|ing)?$/.test(tokens[m.start - 1]?.norm ?? '') &&
      c.analysis.text.slice((tokens[m.start] as Token).start, (tokens[m.end - 1] as Token).end) === goods,
  );
}

/** Roles that fill a slot from anywhere near the anchor, which a measure referred back to does not keep. */
const WEAK_ROLES = new Set(['none', 'near', 'free']);

/**
 * A relative clause after a measure that states it as taken ("…, which the department announced on Friday"), or a
 * participle that does ("tariffs imposed by Washington in April").
 */
const STATED_AFTER =
  /^[^.;]{0,60}?\b(?:which|that)\s+(?:[\w.'’-]+\s+){0,4}?(?:announced|imposed|ordered|signed|approved|confirmed|took|take|takes|came|comes|kicked|kicks|went|goes)\b|^\s+(?:[\w.'’%-]+\s+){0,6}?(?:imposed|announced|introduced|levied|ordered)\s+(?:by|in|on|last|this|earlier)\b/i;

/** ", imposed in April", ", which took effect on Monday", ", in force since December": a measure stated as in place. */
const IN_PLACE_AFTER =
  /^[^.;]{0,60}?,\s+(?:(?:which|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:took|takes|came|went|rose|fell|doubled|tripled|jumped|climbed|were|was|have|has|had|remain|remains|remained|stand|stood)\b|(?:first\s+)?(?:imposed|introduced|levied|announced|raised|doubled)\b|(?:in\s+(?:force|place|effect))\b)/i;

/**
 * "initiate these duties", "raised that duty to 30%": a measure named by a demonstrative is the earlier one again,
 * not a new antecedent ("said that duty on steel …" opens a clause with "that", and is none).
 */
function pointsBack(c: Candidate): boolean {
  const { tokens } = c.analysis;
  const before = tokens[c.anchorStart - 1]?.norm ?? '';
  if (/^(?:these|those)$/.test(before)) return true;
  return (
    /^(?:this|that)$/.test(before) &&
    /^(?:duty|tariff|levy|surtax|surcharge|ban|curb|quota|restriction|measure)$/.test(
      tokens[c.anchorStart]?.norm ?? '',
    ) &&
    !ATTRIBUTION.has(tokens[c.anchorStart - 2]?.norm ?? '')
  );
}

/**
 * "announced tariffs on Canada and Mexico, then delayed them", "Trump announced tariffs on Canada and
 * Mexico. He later delayed them.": a word that refers back to a measure acts on the type's last measure
 * stated before it, in its sentence or an earlier one, and takes that measure's actor, goods and each of
 * its targets (one reading per target), not the article's.
 */
export function inheritAntecedents(candidates: Candidate[], types: readonly EventType[]): Candidate[] {
  const before = (x: Candidate, y: Candidate) =>
    x.analysis.index - y.analysis.index || x.anchorStart - y.anchorStart;
  const out: Candidate[] = [];
  for (const c of candidates) {
    const type = types.find((t) => t.spec.type === c.type);
    // "paused those duties": a measure named by a demonstrative refers back as a pronoun does.
    const demonstrative = !c.features.includes(REFERS_BACK) && pointsBack(c);
    if (
      !type ||
      !(c.features.includes(REFERS_BACK) || demonstrative) ||
      !c.features.includes('actor_option:0')
    ) {
      out.push(c);
      continue;
    }
    // "Washington paused those duties" after Canada's: a demonstrative under an actor of its own refers to that
    // actor's measure.
    const actor = type.spec.slots.find((s) => s.kind === 'actor')?.name;
    const ownActor = demonstrative && actor !== undefined && ownFiller(c, actor) ? c.slots[actor] : undefined;
    const earlier = candidates
      .filter(
        (x) =>
          x.type === c.type &&
          before(x, c) < 0 &&
          !x.features.includes(REFERS_BACK) &&
          !pointsBack(x) &&
          x.features.includes('actor_option:0') &&
          x.features.includes('reading:0') &&
          (ownActor === undefined || (actor !== undefined && x.slots[actor] === ownActor)),
      )
      .sort(before);
    const last = earlier.at(-1);
    const measure = earlier.filter((x) => last !== undefined && before(x, last) === 0);
    if (measure.length > 0) out.push(...actingOn(type, c, measure));
    else out.push(c);
  }
  return out;
}

/** Each anchor with the one right before it, when no more than `ELABORATION_REACH` words part them. */
function nearAnchorPairs<T extends { start: number; end: number }>(anchors: readonly T[]): [T, T][] {
  const sorted = [...anchors].sort((x, y) => x.start - y.start);
  return sorted.flatMap((anchor, i) => {
    const head = sorted[i - 1];
    return head && anchor.start - head.end <= ELABORATION_REACH ? [[head, anchor] as [T, T]] : [];
  });
}

/** Participles that set out how a measure named just before works ("…, requiring licences for …"). */
const DETAILING_PARTICIPLES = /^(?:requiring)$/;

/**
 * "China restricted exports of graphite in December 2023, requiring licences for shipments of certain grades": an
 * anchor in a participle clause set off right after another anchor of the type, in the same sentence, sets out how
 * that measure works; it is no measure of its own beside one that names its goods.
 */
function withoutParticipleDetails(
  a: SentenceAnalysis,
  type: EventType,
  candidates: Candidate[],
  anchors: readonly { start: number; end: number }[],
): Candidate[] {
  const details = new Set<number>();
  for (const [head, anchor] of nearAnchorPairs(anchors)) {
    // (The comma nearest the anchor opens its clause: "…, requiring local processing, and restricted …" does not.)
    const comma = a.tokens.slice(head.end, anchor.start).findLastIndex((t) => t.norm === ',');
    if (comma >= 0 && DETAILING_PARTICIPLES.test(a.tokens[head.end + comma + 1]?.norm ?? ''))
      details.add(anchor.start);
  }
  const goods = type.spec.slots.find((s) => s.kind === 'goods')?.name;
  const target = type.spec.slots.find((s) => s.kind === 'country' && s.name === 'target')?.name;
  const actor = type.spec.slots.find((s) => s.kind === 'actor')?.name;
  const rate = type.spec.slots.find((s) => s.kind === 'rate')?.name;
  if (details.size === 0 || !goods || !actor) return candidates;
  const heads = candidates.filter((c) => !details.has(c.anchorStart) && c.slots[goods] != null);
  // A detail of the same actor's measure, with no rate of its own, sets out that measure.
  const setsOut = (c: Candidate) =>
    details.has(c.anchorStart) &&
    (rate === undefined || c.slots[rate] == null) &&
    heads.some((h) => h.slots[actor] === c.slots[actor]);
  // ("…, requiring licences for tools shipped to China": a country the detail aims at is the measure's.)
  if (target) {
    const aimed = candidates.find((c) => setsOut(c) && c.slots[target] != null)?.slots[target];
    for (const head of heads) if (head.slots[target] === null && aimed != null) head.slots[target] = aimed;
  }
  return candidates.filter((c) => !setsOut(c));
}

/**
 * "retaliatory tariffs on US goods, including 15% duties on coal": the anchor after "including" details
 * the measure the earlier one names. It takes the earlier one's country slots where it has none of its
 * own, and an earlier reading that names no goods and no rate gives way to it.
 */
function withElaborations(
  a: SentenceAnalysis,
  type: EventType,
  candidates: Candidate[],
  anchors: readonly { start: number; end: number }[],
): Candidate[] {
  const heads = new Map<number, number>();
  for (const [head, anchor] of nearAnchorPairs(anchors)) {
    const between = a.tokens.slice(head.end, anchor.start).map((t) => t.norm);
    const elaborates = between.some(
      (w, k) => w === 'including' || w === 'notably' || (w === 'such' && between[k + 1] === 'as'),
    );
    if (elaborates && !between.some((w) => w === ';' || w === 'but' || w === 'while'))
      heads.set(anchor.start, head.start);
  }
  if (heads.size === 0) return candidates;
  const countrySlots = type.spec.slots.filter((s) => s.kind === 'country');
  const detailed = new Set<number>();
  for (const c of candidates) {
    const headStart = heads.get(c.anchorStart);
    if (headStart === undefined) continue;
    const head = candidates.find((h) => h.anchorStart === headStart && h.action === c.action);
    if (!head) continue;
    detailed.add(headStart);
    if (!c.features.includes('elaboration')) c.features.push('elaboration');
    for (const slot of countrySlots) {
      if (ownFiller(c, slot.name) || !ownFiller(head, slot.name)) continue;
      c.slots[slot.name] = head.slots[slot.name] ?? null;
      if (!c.features.includes(`slot:${slot.name}:from_head`)) c.features.push(`slot:${slot.name}:from_head`);
    }
  }
  return candidates.filter((c) => !detailed.has(c.anchorStart) || namesItsMeasure(type, c));
}

/** Whether a reading names its measure's rate or its goods, and so says more than a mere mention of it. */
function namesItsMeasure(type: EventType, c: Candidate): boolean {
  const goodsSlot = type.spec.slots.find((s) => s.kind === 'goods');
  const rateSlot = type.spec.slots.find((s) => s.kind === 'rate');
  return (
    (rateSlot !== undefined && c.slots[rateSlot.name] !== null) ||
    (goodsSlot !== undefined &&
      typeof c.slots[goodsSlot.name] === 'string' &&
      !namesNoGoods(String(c.slots[goodsSlot.name]).replace(/^\p{Lu}\S*\s+/u, '')))
  );
}

/**
 * "agreed to slash reciprocal tariffs for 90 days, with U.S. duties on Chinese goods falling to 30% and Chinese
 * levies on U.S. goods dropping to 10%": a clause opened by ", with" details the measure before it, party by
 * party; a reading of that measure which names no rate and no goods gives way to the detail of its actor
 * ("along with" adds another measure, and is no detail).
 */
function withDetailingClause(
  a: SentenceAnalysis,
  type: EventType,
  candidates: Candidate[],
  anchors: readonly { start: number; end: number }[],
): Candidate[] {
  const actorSlot = type.spec.slots.find((s) => s.kind === 'actor');
  if (!actorSlot) return candidates;
  // "agreed to cut reciprocal tariffs for 90 days: the US will lower its duties on Chinese goods to 30% …": a
  // colon opens such a detail too, each party in a clause of its own.
  const colonAt = a.tokens.findIndex((t) => t.norm === ':');
  const withAt =
    colonAt >= 0
      ? colonAt
      : a.tokens.findIndex(
          (t, k) => t.norm === 'with' && a.tokens[k - 1]?.norm === ',' && a.tokens[k - 2]?.norm !== 'along',
        );
  const reach = colonAt >= 0 ? DETAILING_CLAUSE_WORDS : ELABORATING_PHRASE_WORDS;
  const detailing = anchors
    .filter((x) => withAt >= 0 && x.start > withAt && x.start - withAt <= reach + 1)
    .sort((x, y) => x.start - y.start)[0];
  const head = anchors
    .filter((x) => withAt >= 0 && x.end <= withAt)
    .sort((x, y) => x.start - y.start)
    .at(-1);
  if (!detailing || !head || detailing.start - head.end > ELABORATION_REACH) return candidates;
  const detailed = new Set(
    candidates
      .filter((c) => c.anchorStart >= detailing.start && namesItsMeasure(type, c))
      .map((c) => `${c.slots[actorSlot.name]}:${readingDirection(type.spec, c.action)}`),
  );
  // After a colon the summary's goods are the details' in general ("duties on farm goods: … on beef"); only a
  // rate of its own makes it another measure.
  const rateSlot = type.spec.slots.find((s) => s.kind === 'rate');
  const ownMeasure = (c: Candidate) =>
    colonAt >= 0 && rateSlot !== undefined ? c.slots[rateSlot.name] !== null : namesItsMeasure(type, c);
  return candidates.filter(
    (c) =>
      c.anchorStart !== head.start ||
      ownMeasure(c) ||
      !detailed.has(`${c.slots[actorSlot.name]}:${readingDirection(type.spec, c.action)}`),
  );
}

const ELABORATION_REACH = 10;
/** How many words of a detailing clause may come before its anchor (": the US will lower its duties"). */
const DETAILING_CLAUSE_WORDS = 8;
/** How many words of the detailing anchor's own phrase may follow its "with" ("with the 25% duties"). */
const ELABORATING_PHRASE_WORDS = 4;

function fillEnum(a: SentenceAnalysis, type: EventType, slot: SlotSpec, trigger: Trigger): Filler {
  let best: { value: string; dist: number } | undefined;
  // "BIT Mining moved its operations": a word of a company's name says nothing of what moved.
  const inName = new Set<number>();
  for (const m of a.mentions)
    if (m.kind === 'organisation') for (let i = m.start; i < m.end; i++) inName.add(i);
  for (const { value, phrase } of type.enumValues.get(slot.name) ?? []) {
    for (let i = 0; i < a.tokens.length; i++) {
      if (a.clause[i] !== trigger.clause || inName.has(i)) continue;
      const length = matchAt(phrase, a.tokens, i);
      if (length === 0) continue;
      const dist =
        i >= trigger.end ? i - trigger.end : i + length <= trigger.start ? trigger.start - i - length : 0;
      if (!best || dist < best.dist) best = { value, dist };
    }
  }
  return best
    ? { mention: null, value: best.value, role: best.dist <= 4 ? 'near' : 'far' }
    : { mention: null, value: slot.default ?? null, role: 'default' };
}

/**
 * The value paired with each member of a list: the last one stated before the member ("25% on Canada
 * and Mexico and 10% on China"), or else the first after it ("Algeria and Iraq with 30% tariffs").
 */
function pairedValues(
  a: SentenceAnalysis,
  slot: SlotSpec,
  trigger: Trigger,
  members: readonly Mention[],
  owns: Ownership,
): SlotValue[] | undefined {
  const values = fillersOfKind(a, slot, owns).filter((m) => a.clause[m.start] === trigger.clause);
  if (values.length < 2) return undefined;
  const inOrder = listInOrder(a, values, members);
  if (inOrder) return inOrder;
  return members.map((member) => {
    // "Vietnam (46%), Cambodia (49%)", "Vietnam at 46%", "Vietnam 46%": a value right after a member, in brackets
    // or after "at", is its own.
    const attached = values.find(
      (v) =>
        v.start === member.end ||
        (v.start === member.end + 1 && /^(?:\(|at)$/.test(a.tokens[member.end]?.norm ?? '')),
    );
    if (attached) return attached.value;
    const before = values
      .filter((v) => v.end <= member.start && v.start >= Math.min(trigger.anchorStart, member.start - 8))
      .at(-1);
    const after = values.find((v) => v.start >= member.end);
    return (before ?? after)?.value ?? null;
  });
}

/**
 * "Canada and Mexico imposed tariffs of 25% and 20% on U.S. goods, respectively": the rates listed in the order of
 * the acting group's members, each member's own.
 */
function ratesOfActingGroup(
  a: SentenceAnalysis,
  spec: EventType['spec'],
  trigger: Trigger,
  first: Mention,
  owns: Ownership,
): Map<Mention, SlotValue> | undefined {
  const rate = spec.slots.find((s) => s.kind === 'rate');
  if (!rate || !a.tokens.some((t) => t.norm === 'respectively')) return undefined;
  const group = a.mentions
    .filter((m) => m.kind === 'country' && m.group === first.group)
    .sort((x, y) => x.start - y.start);
  if (group.length < 2) return undefined;
  const values = fillersOfKind(a, rate, owns).filter((m) => a.clause[m.start] === trigger.clause);
  const inOrder = listInOrder(a, values, group);
  return inOrder ? new Map(group.map((m, k) => [m, inOrder[k] ?? null])) : undefined;
}

/**
 * "tariffs of 46%, 36% and 49% on Vietnam, Thailand and Cambodia (respectively)", "Vietnam, Thailand and Cambodia
 * face tariffs of 46%, 36% and 49%": a list of values as long as the list of members, all on one side of it, pairs
 * with it in order.
 */
function listInOrder(
  a: SentenceAnalysis,
  values: readonly Mention[],
  members: readonly Mention[],
): SlotValue[] | undefined {
  const first = members[0];
  const last = members.at(-1);
  if (!first || !last) return undefined;
  const joined = (from: number, to: number) =>
    a.tokens.slice(from, to).every((t) => t.norm === ',' || t.norm === 'and');
  for (let k = 0; k + members.length <= values.length; k++) {
    const run = values.slice(k, k + members.length);
    if (!run.every((v, i) => i === 0 || joined((run[i - 1] as Mention).end, v.start))) continue;
    const before = (run.at(-1) as Mention).end <= first.start;
    const after = (run[0] as Mention).start >= last.end;
    if (before || after) return run.map((v) => v.value);
  }
  return undefined;
}

const MAX_ACTOR_OPTIONS = 3;
const CHEAP_KINDS = new Set(['actor', 'country', 'list', 'goods', 'rate', 'date']);

/** Words right after a name that make it the subject of a clause of its own, or a possessor ("Mexico's"). */
const CLAUSE_AFTER_NAME =
  /^(?:is|are|was|were|has|have|had|will|would|could|may|might|should|can|did|does|said|says|['’]s)$/;
const opensOwnClause = (tokens: readonly Token[], end: number) =>
  CLAUSE_AFTER_NAME.test(tokens[end]?.norm ?? '');

/** Roles of an actor whose coordinated group acts as one: each member is an actor of the measure. */
const GROUP_ACTING_ROLES: ReadonlySet<string> = new Set(['subject', 'agent', 'modifier']);

/** The actors that may fill the slot, one per role in the type's order, then the article's: the model picks. */
function actorAlternatives(
  a: SentenceAnalysis,
  slot: SlotSpec,
  trigger: Trigger,
  discourse: Discourse,
  spec: EventType['spec'],
): Filler[] {
  const options: Filler[] = [];
  const pool = fillersOfKind(a, slot);
  for (const role of slot.roles) {
    const one = fillByRoles(a, { ...slot, roles: [role] }, trigger, pool);
    if (one && !options.some((o) => o.value === one.value)) options.push(one);
  }
  // The possessor of the measure's own noun phrase acts, whoever the sentence's subject is: "the EU
  // answered Trump's imposition of tariffs".
  const possessor = options.findIndex(
    (o) => o.role === 'possessive' && o.mention && possessesTrigger(a, o.mention, trigger),
  );
  if (possessor > 0) options.unshift(...options.splice(possessor, 1));
  // "Washington tightened China chip export curbs": a bare country name inside the object of the action
  // word names whom the measure is about; the action word's subject acts.
  const modifier = options.findIndex((o) => o.role === 'modifier');
  const subject = options.findIndex((o) => o.role === 'subject');
  const named = options[modifier]?.mention;
  if (
    named &&
    subject > modifier &&
    named.form === 'name' &&
    !/^['’]s?$/.test(a.tokens[named.end]?.text ?? '') &&
    trigger.actionEnd !== null &&
    trigger.actionEnd <= named.start &&
    named.end <= trigger.anchorStart
  )
    options.splice(modifier, 0, ...options.splice(subject, 1));
  // "Canada protested against the 25% U.S. tariff", "Chile will lose its exemption from the 25% Peruvian
  // tariff": the measure a country reacts to, or is no longer spared, is levied by the name that qualifies it.
  const qualifier = options.findIndex((o) => o.role === 'modifier');
  const qualifying = options[qualifier]?.mention;
  const losing = a.tokens.findIndex(
    (t, k) =>
      k >= trigger.anchorStart - EXEMPTION_EXPIRY_REACH &&
      k < trigger.anchorStart &&
      LOSING_VERBS.test(t.norm),
  );
  const losesExemption = losing >= 0;
  if (
    qualifier > 0 &&
    qualifying &&
    qualifying.end <= trigger.anchorStart &&
    qualifying.end >= trigger.anchorStart - 2 &&
    ((trigger.actionStart === null && (reactsTo(a, trigger) || opposedBefore(a, trigger))) || losesExemption)
  )
    options.unshift(...options.splice(qualifier, 1));
  // "U.S. tariffs will fall to 30% and Chinese levies to 10%": an anchor that opens the conjunct after its
  // shared verb is that conjunct's subject; its own modifier acts, not the first conjunct's subject.
  const sharesVerb =
    trigger.actionEnd !== null && opensConjunctAfter(a.tokens, trigger.actionEnd, trigger.anchorStart);
  const ownModifier = options.findIndex((o) => o.role === 'modifier');
  if (sharesVerb && ownModifier > 0) options.unshift(...options.splice(ownModifier, 1));
  if (slot.discourse) {
    const fallback = fromDiscourse(a, slot, trigger, discourse, spec);
    if (fallback && !options.some((o) => o.value === fallback.value)) options.push(fallback);
    // "The Canada and Mexico tariffs remain at 25%" in an article about U.S. tariffs: a name that qualifies
    // the measure levies it only when it is the article's actor; otherwise the article's actor does.
    const named = options[0]?.mention;
    const main = discourse.mainActor();
    if (
      fallback &&
      named &&
      main === fallback.value &&
      main !== options[0]?.value &&
      // ("The United States sanctioned X in 2023" in an article about British sanctions: the subject of an anchor
      // that is its own verb acts.)
      trigger.actionStart !== trigger.anchorStart &&
      hasRole(a, named, 'adjunct', trigger)
    )
      options.unshift(...options.splice(options.indexOf(fallback), 1));
  }
  // "The USTR said Thailand would lose its exemption from the 25% tariff": who loses it is spared no more, so
  // it is no imposer.
  const loser = options.findIndex(
    (o) => losesExemption && !!o.mention && o.mention.end <= losing && o.mention.end >= losing - 3,
  );
  if (loser >= 0 && options.length > 1) options.push(...options.splice(loser, 1));
  return options.slice(0, MAX_ACTOR_OPTIONS);
}

/** "Canada pushed back against the 25% U.S. tariff": "against" opens the noun phrase of the measure. */
function opposedBefore(a: SentenceAnalysis, trigger: Trigger): boolean {
  for (let k = trigger.anchorStart - 1; k >= Math.max(0, trigger.anchorStart - 5); k--) {
    const word = a.tokens[k]?.norm ?? '';
    if (word === 'against') return a.clause[k] === trigger.clause;
    if (isVerbWord(word) || PREPOSITIONS.has(word) || word === ',') return false;
  }
  return false;
}

/** "South Korea's Seomun Chemical", "Korean maker Seomun": a country that opens another company's name than the chosen one. */
function describesOtherCompany(
  a: SentenceAnalysis,
  m: Mention,
  chosen: ReadonlyMap<string, Filler>,
): boolean {
  const own = companyMention(chosen);
  return a.mentions.some(
    (o) =>
      o.kind === 'organisation' &&
      o !== own &&
      o.start >= m.end &&
      o.start - m.end <= 3 &&
      a.tokens.slice(m.end, o.start).every((t) => /^(?:['’]s?|[a-z][a-z-]*)$/.test(t.text)),
  );
}

/**
 * "US steelmaker", "US battery maker": one or two lower-case words ending in a company's noun, right after a
 * country's name ("US tariffs led toolmaker X to …" is no description of X).
 */
function descriptorOfCountry(words: readonly Token[]): boolean {
  return (
    words.length >= 1 &&
    words.length <= 2 &&
    words.every((t) => /^[a-z][a-z-]*$/.test(t.text) && !isVerbWord(t.norm)) &&
    isOrganisationNoun(words.at(-1)?.norm ?? '')
  );
}

/** The company's home country: a demonym just before it ("Chinese miner Bitdeer"), or the gazetteer's. */
const companyMention = (chosen: ReadonlyMap<string, Filler>) =>
  [...chosen.values()].find((f) => f.mention?.kind === 'organisation')?.mention;

function homeCountry(a: SentenceAnalysis, chosen: ReadonlyMap<string, Filler>): Filler | undefined {
  const company = companyMention(chosen);
  if (!company) return undefined;
  // ("US steelmaker Altamont Steel": a country's name before the company's descriptor says it as a demonym does.)
  const demonym = a.mentions.find(
    (m) =>
      m.kind === 'country' &&
      m.end <= company.start &&
      company.start - m.end <= 4 &&
      (m.form === 'demonym' ||
        (m.form === 'name' && descriptorOfCountry(a.tokens.slice(m.end, company.start)))),
  );
  // "Vietnam's Masan High-Tech Materials": the country that owns the name.
  const owner = a.mentions.find(
    (m) =>
      m.kind === 'country' &&
      m.form !== 'place' &&
      m.end + 1 === company.start &&
      /^['’]s?$/.test(a.tokens[m.end]?.norm ?? ''),
  );
  // "Corrin Cathode, an Indonesian miner, opened …", "Tavish Anodes, a US producer, …": a demonym, or a country's name
  // before a descriptor, that opens the company's apposition.
  const apposed = a.mentions.find(
    (m) =>
      m.kind === 'country' &&
      (m.form === 'demonym' ||
        (m.form === 'name' && descriptorOfCountry(a.tokens.slice(m.end, m.end + 1)))) &&
      a.tokens[company.end]?.norm === ',' &&
      /^(?:a|an|the)$/.test(a.tokens[company.end + 1]?.norm ?? '') &&
      m.start === company.end + 2,
  );
  const said = demonym ?? owner ?? apposed;
  const home = said?.value ?? company.country ?? null;
  return home && !isSupranational(String(home))
    ? { mention: said ?? null, value: home, role: 'home' }
    : undefined;
}

/** Anchors that say a move ("moved", "shift", "relocate", "transfer"), not only a site. */
const MOVING_ANCHOR = /^(?:mov|shift|relocat|transfer|redeploy|redomicil|re-domicil|reincorporat|migrat)/;
/** Words of production coming back or replacing what was made or bought abroad. */
const RETURNING =
  /^(?:back|home|reshor\w*|onshor\w*|repatriat\w*|instead|rather|replac\w*|return\w*|import\w*|shipping|shipped|shift\w*|previously|formerly|abroad|foreign|overseas|reliance|buys|bought|sourc\w*)$/;

/** The roles of a country a measure is aimed at, which the article's context never makes its actor. */
const AIMED_AT = [
  'undergoer',
  'prep:on',
  'prep:against',
  'prep:targeting',
  'prep:from',
  'origin',
  'prep:to',
  'denied',
  'sent_to',
  'spared_for',
  'set_for',
  'addressee',
  'answerer',
  // "duty-free quotas for suppliers such as Chile, Peru and Zambia": the examples of whom it is aimed at.
  'prep:such as',
  'prep:including',
  'prep:like',
];
/** A list named by a word that refers back to it ("the list", "its blacklist"). */
const REFERRED_LIST = /\b(?:the|its|that) (?:list|blacklist)\b/i;
/** Offices of a government named without its country ("the commerce ministry", "the cabinet"). */
const MINISTRY_NOUNS = /^(?:ministry|government|govt|cabinet|regulator|authorities)$/;

/**
 * The country of the capital a sentence opens with ("In Washington, the administration …", "In Beijing, the commerce
 * ministry …") when its subject is a government named by its office alone; else null.
 */
function frontedSeat(a: SentenceAnalysis): string | null {
  if (a.tokens[0]?.norm !== 'in') return null;
  const seat = a.mentions.find((m) => m.kind === 'country' && m.start === 1);
  if (!seat || a.tokens[seat.end]?.norm !== ',' || a.tokens[seat.end + 1]?.norm !== 'the') return null;
  const office = a.tokens.slice(seat.end + 2, seat.end + 2 + OFFICE_WORDS);
  return office.some((t) => GOVERNMENT_NOUNS.has(t.norm) || MINISTRY_NOUNS.test(t.norm))
    ? String(seat.value)
    : null;
}

/** How many words a government's office may take after "the" ("the commerce ministry", "the administration"). */
const OFFICE_WORDS = 3;
/** Offices only a nation has (the EU acts through its Commission and Council). */
const NATIONAL_OFFICES = /^(?:ministry|ministries|minister|cabinet)$/;
/** Nouns of a state or province, which stand for the place named before ("the province", "the provincial government"). */
const SUBNATIONAL_NOUNS = /^(?:province|provincial)$/;
/** A head of state or government named by title alone ("the president said"). */
const HEAD_TITLES = /^(?:president|premier|chancellor)$/;

function fromDiscourse(
  a: SentenceAnalysis,
  slot: SlotSpec,
  trigger: Trigger,
  discourse: Discourse,
  spec: EventType['spec'],
  actor?: Filler,
): Filler | undefined {
  const type = spec.type;
  if (slot.kind === 'actor') {
    // What the measure falls on ("Canada faces 35% tariffs", "new tariffs on Canada and Mexico") is not who
    // imposes it; where goods come from is, for a type whose target they do not name ("export controls on
    // rare earths sourced from China").
    const targetRoles = spec.slots.find((s) => s.kind === 'country')?.roles;
    const aimedRoles = targetRoles ? AIMED_AT.filter((role) => targetRoles.includes(role)) : AIMED_AT;
    const aimedAt = new Set(
      a.mentions
        .filter(
          (m) =>
            aimedRoles.some((role) => hasRole(a, m, role, trigger)) ||
            spared(a, m, trigger) ||
            (m.kind === 'country' && m.end <= trigger.anchorStart && reactsToMeasure(a, m, trigger)),
        )
        .map((m) => String(m.value)),
    );
    const lead = a.tokens.slice(Math.max(0, trigger.start - 6), trigger.start);
    // "The trade ministry said …": a ministry or cabinet is a nation's, never the EU's.
    const national = lead.some((t) => NATIONAL_OFFICES.test(t.norm));
    const usable = (value: string | null): value is string =>
      value !== null && !aimedAt.has(value) && !(national && isSupranational(value));
    // "he imposed", "the president announced": the leader named before.
    if (
      lead.some(
        (t, k) => PERSONAL_PRONOUNS.has(t.norm) || (HEAD_TITLES.test(t.norm) && lead[k - 1]?.norm === 'the'),
      )
    ) {
      const leader = discourse.recentLeader(a.index);
      if (usable(leader)) return { mention: null, value: leader, role: 'discourse_leader' };
    }
    // "In Washington, the administration said …": a government named by its office alone after a fronted capital is
    // that capital's.
    const seat = frontedSeat(a);
    if (usable(seat)) return { mention: null, value: seat, role: 'discourse_recent' };
    // "The Council also listed X", in an article on "restrictive measures": the Council of the EU.
    const council = lead.some((t, k) => t.text === 'Council' && lead[k - 1]?.norm === 'the');
    if (council && discourse.speaksOfRestrictiveMeasures() && usable('EU'))
      return { mention: null, value: 'EU', role: 'discourse_recent' };
    const recent = discourse.recentActor(a.index, type);
    if (usable(recent)) return { mention: null, value: recent, role: 'discourse_recent' };
    // "… removed from China's export control list. It had been put on the list in October.": who keeps the
    // list referred back to acts on it.
    // ("Four firms were added to the U.S. Entity List. The companies include X": the keeper of the list the sentence
    // right before names, which no other actor there stands for.)
    if (
      spec.slots.some((s) => s.kind === 'list') &&
      (REFERRED_LIST.test(a.text) || discourse.listNamedAt(a.index - 1))
    ) {
      const keeper = discourse.recentList(a.index)?.country ?? null;
      if (usable(keeper)) return { mention: null, value: keeper, role: 'discourse_list' };
    }
    // "Beijing said it would impose levies … Separately, the commerce ministry said": a ministry named by
    // its office alone is the government the sentences just before have acting.
    if (lead.some((t, k) => MINISTRY_NOUNS.test(t.norm) && lead[k - 1]?.norm !== 'of')) {
      const before = discourse.recentAnyActor(a.index);
      if (usable(before)) return { mention: null, value: before, role: 'discourse_recent' };
    }
    // "… spoke in Regina on Monday. The province will halt uranium exports": a state or province referred to
    // by its noun acts for the country of the place named last.
    if (lead.some((t) => SUBNATIONAL_NOUNS.test(t.norm))) {
      const place = discourse.recentPlace(a.index);
      if (usable(place)) return { mention: null, value: place, role: 'discourse_recent' };
    }
    const main = discourse.mainActor(aimedAt);
    if (usable(main)) return { mention: null, value: main, role: 'discourse_main' };
    // ("The Council adopted restrictive measures against Iran. Among those listed is Tehran Avia Parts": an article on
    // the EU's "restrictive measures" that names no government acting has the EU acting.)
    // (A sentence that names another government, "listed in Canada's new package", is not the EU's.)
    if (
      spec.slots.some((s) => s.kind === 'list') &&
      discourse.speaksOfRestrictiveMeasures() &&
      !a.mentions.some((m) => m.kind === 'country' && (m.form === 'name' || m.form === 'metonym')) &&
      usable('EU')
    )
      return { mention: null, value: 'EU', role: 'discourse_main' };
    // "HARARE – The Government has banned …", "JAKARTA (Reuters) - The Ministry of Energy said it would halt …": an
    // office the sentence names without its country, in a story that has no country acting, is that of the place
    // the story was filed from.
    // ("Export of manganese ore has been banned by the Ministry of Mines": after the action, the office may be the
    // passive's agent, when the sentence names no other country.)
    const officeAt = (t: Token, k: number) => MINISTRY_NOUNS.test(t.norm) && a.tokens[k - 1]?.norm !== 'of';
    const filedFrom = discourse.datelineCountry();
    const office =
      a.tokens.slice(0, trigger.start).some(officeAt) ||
      (a.tokens.some(officeAt) && !a.mentions.some((m) => m.kind === 'country' && m.value !== filedFrom));
    const dateline = office ? filedFrom : null;
    if (usable(dateline)) return { mention: null, value: dateline, role: 'discourse_places' };
    const places = discourse.placesCountry();
    if (usable(places)) return { mention: null, value: places, role: 'discourse_places' };
  }
  if (slot.kind === 'list' && REFERRED_LIST.test(a.text)) {
    const list = discourse.recentList(a.index);
    if (list) return { mention: list, value: list.value, role: 'discourse_recent' };
  }
  if (slot.kind === 'goods') {
    // "The curbs, which take effect on November 8, require exporters to obtain licences": a measure with no
    // goods of its own goes on about the one just named, on its goods.
    const recent = discourse.recentGoods(a.index, type);
    if (recent) return { mention: null, value: recent, role: 'discourse_recent' };
    const goods = discourse.mainGoods();
    if (goods) return { mention: null, value: goods, role: 'discourse_main' };
  }
  if (slot.kind === 'country') {
    // The article's main target is whom its main actor aims at: "India plans to cut tariffs", in an article
    // on U.S. tariffs against Mexico, aims at no one the article says.
    const main = discourse.mainTarget();
    const otherActor = actor?.value != null && actor.value !== discourse.mainActor();
    if (
      main &&
      !otherActor &&
      (slot.blocs || !isSupranational(main)) &&
      !othersBefore(a.tokens, trigger.anchorStart)
    )
      return { mention: null, value: main, role: 'discourse_main' };
  }
  // "added three Chinese companies to the Entity List. The companies, X, Y and Z, …": the parties counted are
  // those the next sentence names.
  // ("The designations include:" over lines that each name one: the parties the lines name.)
  const introducesLines = a.tokens.at(-1)?.norm === ':' && trigger.anchorEnd >= a.tokens.length - 1;
  if (
    slot.kind === 'organisation' &&
    slot.list &&
    (countsParties(a, trigger.clause, a.tokens.length) || introducesLines)
  ) {
    const named = discourse.partiesNamedNext(a.index);
    const first = named[0];
    if (first) return { mention: first, value: first.value, role: 'discourse_named_next', members: named };
  }
  // "Halden Electric and Pedrik Motors build motors in Shenzhen. Both companies will move …": the organisations
  // named together just before.
  if (
    slot.kind === 'organisation' &&
    slot.list &&
    pluralDescriptionBefore(a, trigger.anchorStart + 4, trigger.clause)
  ) {
    const named = discourse.recentOrganisationGroup(a.index);
    const first = named[0];
    if (first) return { mention: first, value: first.value, role: 'anaphor', members: named };
  }
  if (slot.kind === 'organisation' && hasAnaphor(a, trigger, slot)) {
    // "The firm had shifted some operations to Poland", six sentences after the firm was named: a definite
    // description takes up the company named last further back than a pronoun does.
    const described = a.tokens
      .slice(0, trigger.start)
      .some((t, k) => t.norm === 'the' && isOrganisationNoun(a.tokens[k + 1]?.norm ?? ''));
    // ("… removed the Company's subsidiary, X, from the list. The subsidiary had been placed on it in 2023": the one
    // an earlier sentence described by the same role noun.)
    // ("OFAC later removed the vessel": the role noun may follow the action word.)
    const role = a.tokens
      .slice(0, trigger.anchorStart)
      .findLast((t, k) => a.tokens[k - 1]?.norm === 'the' && roleClassOf(t.norm) !== undefined)?.norm;
    const roleClass = role !== undefined ? roleClassOf(role) : undefined;
    const org =
      (roleClass
        ? discourse.describedOrganisation(a.index, roleClass, DESCRIBED_ORGANISATION_REACH)
        : null) ??
      discourse.recentOrganisation(
        a.index,
        described ? DESCRIBED_ORGANISATION_REACH : undefined,
        trigger.start,
      );
    if (org) return { mention: org, value: org.value, role: 'anaphor' };
  }
  return undefined;
}

/** Words that count the organisations a plural description refers back to ("the two companies", "both firms"). */
const REFERRING_COUNTS = /^(?:both|two|three|four|five)$/;
const REFERRING_PLURALS = /^(?:companies|firms|entities|groups|miners|producers|makers|businesses)$/;

/** Whether a plural description of organisations ("both companies", "the two firms") stands in the clause before `to`. */
function pluralDescriptionBefore(a: SentenceAnalysis, to: number, clause: number): boolean {
  return a.tokens.some(
    (t, k) =>
      k < to &&
      a.clause[k] === clause &&
      REFERRING_PLURALS.test(t.norm) &&
      // "The two firms' venture moved …": what they own acts, not they.
      !/^['’]s?$/.test(a.tokens[k + 1]?.norm ?? '') &&
      REFERRING_COUNTS.test(a.tokens[k - 1]?.norm ?? '') &&
      (a.tokens[k - 1]?.norm === 'both' ||
        a.tokens[k - 2]?.norm === 'the' ||
        (a.tokens[k - 2]?.norm === 'same' && a.tokens[k - 3]?.norm === 'the')) &&
      // "the two firms, X and Y,": named where they are described.
      !a.mentions.some((m) => m.kind === 'organisation' && m.start > k && m.start <= k + 3),
  );
}

/** The action of a measure whose rate is set at zero. */
const ZERO_RATE_ACTION = 'reduce';

/**
 * Nouns of a party's role that "the" refers back with to the party an earlier sentence described so; the nouns of one
 * class stand for each other ("the vessel" … "the tanker X").
 */
const ROLE_CLASSES = [
  /^(?:vessel|tanker|ship)$/,
  /^(?:subsidiary|unit|affiliate|arm)$/,
  /^(?:smelter|refinery|refiner)$/,
  /^trader$/,
  /^distributor$/,
  /^dealer$/,
  /^broker$/,
  /^shipper$/,
  /^supplier$/,
];

/** The class of role nouns `noun` belongs to, if any. */
function roleClassOf(noun: string): RegExp | undefined {
  return ROLE_CLASSES.find((nouns) => nouns.test(noun));
}

/** How many sentences back "the firm" or "the company" may take up the company named last. */
const DESCRIBED_ORGANISATION_REACH = 12;

/** Marks that set a timeline line's heading date off from its text. */
const HEADING_MARKS = /^(?::|—|–|-)$/;

/** Words that join a second action to a first one in a clause ("raised it in April and then cut it"). */
const SEQUENCE_JOINERS = /^(?:and|then|before|but|later|also|subsequently|,)$/;

/**
 * "raised its tariff to 145% in April and then cut it to 30% in May": a date after another action's word and
 * before the joined action's own word dates the first action, not the second.
 */
function datesEarlierAction(
  a: SentenceAnalysis,
  date: Mention,
  trigger: Trigger,
  actionOfWord: (at: number) => 'own' | 'other' | null,
): boolean {
  const own = trigger.actionStart ?? trigger.anchorStart;
  if (date.end > own) return false;
  const between = a.tokens.slice(date.end, own);
  // "on Monday, imposing a 12% tariff": a participle after a mere comma says the same action again ("in
  // February, doubled it in March" joins a second verb).
  if (
    !between.every((t) => SEQUENCE_JOINERS.test(t.norm)) ||
    (between.every((t) => t.norm === ',') && !/ed$/.test(a.tokens[own]?.norm ?? ''))
  )
    return false;
  let earlier = false;
  for (let k = date.start - 1; k >= 0 && a.clause[k] === a.clause[date.start]; k--) {
    const stated = actionOfWord(k);
    if (stated === 'own') return false;
    if (stated === 'other') earlier = true;
  }
  return earlier;
}

/** The word before a date and its opener ("imposed" of "imposed in March"), which may govern it. */
function wordBeforeDate(a: SentenceAnalysis, date: Mention): number {
  return (TIME_OPENERS.test(a.tokens[date.start - 1]?.norm ?? '') ? date.start - 1 : date.start) - 1;
}

/** How many words a verb's prepositional object may take between the verb and its date. */
const VERB_OBJECT_WORDS = 5;
/** Prepositions that open such an object ("imposed on Chinese steel", "imposed by the EU"). */
const VERB_OBJECT_PREPOSITIONS = new Set(['on', 'against', 'to', 'from', 'by', 'for', 'with', 'into']);

/**
 * The verb a date belongs to: the word before it, or a participle whose prepositional object stands between them
 * ("imposed on Chinese steel in 2018", "first imposed by the EU in 2018").
 */
function verbOfDate(a: SentenceAnalysis, date: Mention): number {
  const before = wordBeforeDate(a, date);
  for (let k = before; k >= Math.max(0, before - VERB_OBJECT_WORDS); k--) {
    const norm = a.tokens[k]?.norm ?? '';
    if (norm === ',' || a.clause[k] !== a.clause[before]) break;
    if (/ed$/.test(norm))
      return k < before && !VERB_OBJECT_PREPOSITIONS.has(a.tokens[k + 1]?.norm ?? '') ? before : k;
  }
  return before;
}

/** Adverbs that mark a measure's earliest stage ("first flagged last year", "originally announced in May"). */
const EARLIER_STAGE = /^(?:first|initially|originally)$/;

/**
 * "The ban, first flagged last year, will be enforced from September 1": a date that a participle set off after
 * the measure governs, with an adverb of its earliest stage, dates that stage, not the action the sentence states.
 */
function datesEarlierStage(a: SentenceAnalysis, date: Mention, trigger: Trigger): boolean {
  const participle = wordBeforeDate(a, date);
  // ("The ban, first imposed in 2014, was relaxed": the imposition itself takes the date; "…, first announced in
  // December, has cut shipments": with no step still to come stated, the measure keeps it.)
  return (
    participle > trigger.anchorEnd &&
    participle !== trigger.actionStart &&
    a.tokens
      .slice(participle + 1)
      .some(
        (t, k) => /^(?:will|shall)$/.test(t.norm) && a.clause[participle + 1 + k] === a.clause[participle],
      ) &&
    /ed$/.test(a.tokens[participle]?.norm ?? '') &&
    EARLIER_STAGE.test(a.tokens[participle - 1]?.norm ?? '') &&
    a.tokens[participle - 2]?.norm === ','
  );
}

/** How many words a clause opened by "since" may take before its date ("since it was created in 2022"). */
const SINCE_CLAUSE_WORDS = 6;

/**
 * "It is the first removal from the list since it was created in 2022": a date a clause opened by "since" after the
 * trigger gives to its own verb dates that verb, not the action.
 */
function sinceOtherVerb(a: SentenceAnalysis, date: Mention, trigger: Trigger): boolean {
  const verb = wordBeforeDate(a, date);
  if (verb <= trigger.end || !/ed$/.test(a.tokens[verb]?.norm ?? '') || verb === trigger.actionStart)
    return false;
  return a.tokens
    .slice(Math.max(trigger.end, verb - SINCE_CLAUSE_WORDS), verb)
    .some((t) => t.norm === 'since');
}

/** Subjects of a relative clause's verb: a pronoun of its own, or the relative pronoun itself. */
const RELATIVE_CLAUSE_SUBJECTS = /^(?:it|they|he|she|we|that|which|who)$/;
/** Words between such a subject and its verb ("it first introduced", "that had begun"). */
const RELATIVE_CLAUSE_FILLERS = /^(?:first|had|has|have|originally|initially|only|just)$/;

/**
 * "will bring production back from Poland, reversing a move it made in 2018": a date that the verb of a relative
 * clause governs inside a participle clause set off after the trigger dates that verb, not the action.
 */
function inParticipleClauseOfOtherVerb(a: SentenceAnalysis, date: Mention, trigger: Trigger): boolean {
  const verb = wordBeforeDate(a, date);
  if (verb <= trigger.end || verb === trigger.actionStart) return false;
  const norm = a.tokens[verb]?.norm ?? '';
  if (!isPastForm(norm) && !isVerbWord(norm)) return false;
  let subject = verb - 1;
  while (subject > verb - 3 && RELATIVE_CLAUSE_FILLERS.test(a.tokens[subject]?.norm ?? '')) subject--;
  if (!RELATIVE_CLAUSE_SUBJECTS.test(a.tokens[subject]?.norm ?? '')) return false;
  // ("…, saying it acted on Monday": a pronoun after a verb opens what is said, no clause on a noun.)
  const head = a.tokens[subject - 1]?.norm ?? '';
  if (isPastForm(head) || /ing$/.test(head)) return false;
  return a.tokens
    .slice(trigger.end, verb - 1)
    .some((t, k) => t.norm === ',' && /^[a-z]{3,}ing$/.test(a.tokens[trigger.end + k + 1]?.norm ?? ''));
}

/** How many words before "since" the superlative it measures from may stand ("its first tariff on Chinese steel since"). */
const COMPARISON_REACH = 6;

/** "its highest since 2012", "the first time since 2019": a year a comparison reaches back to dates nothing done. */
function sinceOfComparison(a: SentenceAnalysis, date: Mention): boolean {
  // ("since 2012" may be read whole as the date, or its year alone.)
  const since = a.tokens[date.start]?.norm === 'since' ? date.start : date.start - 1;
  if (a.tokens[since]?.norm !== 'since') return false;
  return a.tokens
    .slice(Math.max(0, since - COMPARISON_REACH), since)
    .some((t) => /^(?:[a-z]{2,}est|most|least|best|worst|first|record)$/.test(t.norm));
}

/** How many words a relative clause's subject may take before its verb ("that the Australian government imposed"). */
const RELATIVE_SUBJECT_WORDS = 4;
/** How many words of the measure's own (its goods, its target) may stand between its word and a relative clause on it. */
const MEASURE_WORDS_BEFORE_RELATIVE = 6;

/**
 * Whether the verb at `verb` is that of a relative clause on the measure, unmarked by commas ("duties that Australia
 * imposed", "tariffs on Chinese steel that the EU announced").
 */
function verbOfRelativeOnMeasure(tokens: readonly Token[], anchorEnd: number, verb: number): boolean {
  for (let r = verb - 1; r >= Math.max(anchorEnd, verb - RELATIVE_SUBJECT_WORDS - 1); r--) {
    if (!/^(?:that|which)$/.test(tokens[r]?.norm ?? '')) continue;
    return ownPhraseOfMeasure(tokens.slice(anchorEnd, r));
  }
  // ("the duties the European Commission imposed": a clause without its pronoun, a name its subject.)
  // ("the quota on uranium exports it introduced last year": after the measure's own phrase, or a pronoun.)
  const subject = relativeSubjectBefore(tokens, anchorEnd, verb);
  return subject !== null && (subject === anchorEnd || startsMeasurePhrase(tokens, anchorEnd, subject));
}

/**
 * Where the subject of an unmarked relative clause ends right before `verb` starts: a pronoun, or up to
 * RELATIVE_SUBJECT_WORDS capitalised words ("the European Commission"); null when none stands there.
 */
function relativeSubjectBefore(tokens: readonly Token[], from: number, verb: number): number | null {
  if (verb - 1 >= from && RELATIVE_CLAUSE_PRONOUNS.test(tokens[verb - 1]?.norm ?? '')) return verb - 1;
  let start = verb;
  while (
    start > from &&
    verb - start < RELATIVE_SUBJECT_WORDS &&
    /^\p{Lu}/u.test(tokens[start - 1]?.text ?? '')
  )
    start--;
  if (start > from && verb - start < RELATIVE_SUBJECT_WORDS && tokens[start - 1]?.norm === 'the') start--;
  return start < verb && !(start === verb - 1 && tokens[start]?.norm === 'the') ? start : null;
}

/** Pronouns that may open a relative clause without its "that" ("the ban it imposed"). */
const RELATIVE_CLAUSE_PRONOUNS = /^(?:it|they|we)$/;

/**
 * Whether the words between a measure's word and a clause after it are the measure's own: none, or its goods, origin or
 * target after a preposition, no verb between, and commas only those of a list ("on exports of gallium, germanium and
 * antimony to the United States").
 */
function ownPhraseOfMeasure(words: readonly Token[]): boolean {
  if (words.length === 0) return true;
  const lastComma = words.map((t) => t.norm).lastIndexOf(',');
  const listed = lastComma >= 0 && words.slice(lastComma).some((t) => /^(?:and|or)$/.test(t.norm));
  if (lastComma >= 0 && !listed) return false;
  // ("the ban on gallium exports, the ministry said on Monday, and a quota on graphite that it imposed": commas that
  // set off a clause of their own, with its verb, close the measure's phrase.)
  if (listed && words.some((t) => isVerbWord(t.norm) || isPastForm(t.norm))) return false;
  return words.length <= (listed ? 2 : 1) * MEASURE_WORDS_BEFORE_RELATIVE;
}

/** Whether the words from `start` up to `end` are the measure's own phrase opened by a preposition. */
function startsMeasurePhrase(tokens: readonly Token[], start: number, end: number): boolean {
  if (!/^(?:on|against|from|for)$/.test(tokens[start]?.norm ?? '')) return false;
  const words = tokens.slice(start, end);
  return (
    ownPhraseOfMeasure(words) &&
    // ("on steel imports it imposed in 2023": the trade's own nouns are no verbs.)
    words.every(
      (t) => TRADE_FLOWS.test(t.norm) || (!isPastForm(t.norm) && !/ing$/.test(t.norm) && !isVerbWord(t.norm)),
    )
  );
}

/** Words after a participle said of a measure: its agent or its time ("imposed by Trump", "imposed in 2018"). */
const PARTICIPLE_FOLLOWERS = /^(?:by|in|on|last|earlier|this|since|during)$/;

/**
 * "The tariffs on steel imposed by Trump in 2018": a participle right after the measure's own phrase (its goods or
 * origin after a preposition, no verb or comma between) is said of the measure.
 */
function participleAfterMeasurePhrase(
  tokens: readonly Token[],
  anchorStart: number,
  anchorEnd: number,
  verb: number,
): boolean {
  if (verb <= anchorEnd + 1 || verb - anchorEnd > MEASURE_WORDS_BEFORE_RELATIVE) return false;
  // ("A cut in duties on US lobster announced by Brussels": not a measure inside another noun's phrase, which the
  // participle may be said of.)
  // ("Argentina's cut in export duties on wheat announced in January", "Relief from duties on potash granted in
  // March": a modifier of the measure may stand between.)
  if (
    [tokens[anchorStart - 1], tokens[anchorStart - 2]].some((t) =>
      /^(?:in|of|on|to|from)$/.test(t?.norm ?? ''),
    )
  )
    return false;
  if (!/^(?:on|against|from|for)$/.test(tokens[anchorEnd]?.norm ?? '')) return false;
  // (A predicate of the measure goes on otherwise: "the tariff on Chinese goods climbed to 104% on Wednesday".)
  if (!PARTICIPLE_FOLLOWERS.test(tokens[verb + 1]?.norm ?? '')) return false;
  return tokens.slice(anchorEnd + 1, verb).every((t) => {
    const norm = t.norm;
    return norm !== ',' && !isPastForm(norm) && !/ing$/.test(norm) && !isVerbWord(norm);
  });
}

/** Whether the verb at `verb` is that of a relative clause or a participle said of the measure, unmarked by commas. */
function verbSaidOfMeasure(
  tokens: readonly Token[],
  anchorStart: number,
  anchorEnd: number,
  verb: number,
): boolean {
  const end = measureEnd(tokens, anchorEnd);
  return (
    verbOfRelativeOnMeasure(tokens, end, verb) || participleAfterMeasurePhrase(tokens, anchorStart, end, verb)
  );
}

/** Nouns a measure's word may be the modifier of, that name the same measure ("the export licensing regime"). */
const MEASURE_HEAD_NOUNS = /^(?:regimes?|systems?|schemes?|rules|requirements?|programs?|programmes?)$/;

/** Where the measure's words end: after the anchor, and the head noun it modifies if one follows. */
function measureEnd(tokens: readonly Token[], anchorEnd: number): number {
  return MEASURE_HEAD_NOUNS.test(tokens[anchorEnd]?.norm ?? '') ? anchorEnd + 1 : anchorEnd;
}

/** The action's own date: a date in its clause that is not the effective date. */
function dateOf(
  a: SentenceAnalysis,
  trigger: Trigger,
  effective: Mention | null,
  relativeClause: number | null = null,
  actionOfWord: (at: number) => 'own' | 'other' | null = () => null,
): string | null {
  // "a ban on bauxite exports imposed in March": a date that a participle after the trigger governs dates that
  // participle's action, when it is another reading's ("lifted a ban … imposed in March").
  const participleOf = (m: Mention) => {
    const verb = verbOfDate(a, m);
    // Only a participle right after the anchor, or set off by a comma, is said of the anchor's measure
    // ("than the 8.9 pct preliminary rate announced in January" is said of the rate).
    // ("duties that Australia imposed in 2019 … expired on Monday": or the verb of a relative clause on the measure.)
    const attached =
      verb === measureEnd(a.tokens, trigger.anchorEnd) ||
      a.tokens[verb - 1]?.norm === ',' ||
      (EARLIER_STAGE.test(a.tokens[verb - 1]?.norm ?? '') && a.tokens[verb - 2]?.norm === ',') ||
      verbSaidOfMeasure(a.tokens, trigger.anchorStart, trigger.anchorEnd, verb);
    // ("The ban, imposed in July 2023, was lifted in May": or one set off between the anchor and its action.)
    const after =
      verb >= trigger.end ||
      (trigger.actionStart !== null && verb >= trigger.anchorEnd && verb < trigger.actionStart);
    return after && attached && /ed$/.test(a.tokens[verb]?.norm ?? '') ? verb : null;
  };
  // "The tariffs, which Washington imposed in March, …": the clause that says who acts says when, too.
  const dates = a.mentions
    .filter((m) => {
      if (m.kind !== 'date' || m === effective || m.isFuture) return false;
      if (sinceOfComparison(a, m)) return false;
      if (a.clause[m.start] !== trigger.clause && a.clause[m.start] !== relativeClause) return false;
      // "Tamsin, which has been listed in Johannesburg since 1998, completed the move on Monday": a date in a
      // relative clause about the subject dates what that clause says.
      if (
        relativeClause === null &&
        m.end <= trigger.start &&
        insideRelativeClause(a.tokens, m.start, trigger.start)
      )
        return false;
      if (datesEarlierAction(a, m, trigger, actionOfWord)) return false;
      if (datesEarlierStage(a, m, trigger)) return false;
      if (sinceOtherVerb(a, m, trigger)) return false;
      if (inParticipleClauseOfOtherVerb(a, m, trigger)) return false;
      const participle = participleOf(m);
      // ("raised tariffs on steel dumped by Chinese mills in 2024": a participle on the goods that states no action
      // of the type dates what it says.)
      // ("on goods from Canada not covered by the USMCA on March 4": a participle negated describes the goods left
      // out, and the day after it is the action's.)
      const ofGoods =
        participle !== null &&
        participle > trigger.anchorEnd &&
        actionOfWord(participle) === null &&
        a.tokens[participle - 1]?.norm !== 'not';
      return (
        participle === null ||
        participle === trigger.actionStart ||
        (actionOfWord(participle) !== 'other' && !ofGoods)
      );
    })
    .sort((x, y) => distance(x, trigger) - distance(y, trigger));
  // "lifted its ban on lithium ore exports, imposed in 2022": the reading its participle states takes its date.
  // ("China on Monday imposed export controls on tungsten that it announced in February": not when a verb before the
  // measure states the reading's action itself.)
  const verbBefore = trigger.actionStart !== null && trigger.actionStart < trigger.anchorStart;
  const ownParticiple = dates.find((m) => {
    const participle = participleOf(m);
    return (
      participle !== null &&
      participle !== trigger.actionStart &&
      !verbBefore &&
      actionOfWord(participle) === 'own'
    );
  });
  if (ownParticiple) return String(ownParticiple.value);
  // "lifted the ban in 2017 and reimposed it in 2020": a date right after the action's own verb and the pronoun it takes
  // is that action's, however near another date stands to the measure's word.
  const ofOwnVerb = dates.find((m) => {
    const object = wordBeforeDate(a, m);
    return /^(?:it|them)$/.test(a.tokens[object]?.norm ?? '') && object - 1 === trigger.actionStart;
  });
  if (ofOwnVerb) return String(ofOwnVerb.value);
  // "WINDHOEK, June 5 - Namibia banned exports of lithium ore in June 2023": the day a wire story was filed gives way
  // to a date its sentence states, unless another verb governs that one ("a shift that began in 1988").
  const bodyStart = datelineBodyStart(a.tokens);
  const governedByOtherVerb = (m: Mention) => {
    const word = wordBeforeDate(a, m);
    const norm = a.tokens[word]?.norm ?? '';
    return word !== trigger.actionStart && (/ed$/.test(norm) || isVerbWord(norm));
  };
  // "X said on Friday that its rival moved its headquarters to New York in 2024": the day of saying, before the
  // action it reports, gives way to a date of the action itself.
  const ofSaying = (m: Mention) =>
    m.end <= trigger.start && REPORTING_VERBS.has(a.tokens[wordBeforeDate(a, m)]?.norm ?? '');
  const outside = (m: Mention) => m.end <= bodyStart || ofSaying(m);
  const stated =
    dates[0] && outside(dates[0])
      ? (dates.find((m) => !outside(m) && !governedByOtherVerb(m)) ?? dates[0])
      : dates[0];
  if (stated) return String(stated.value);
  // "Oct. 9: Beijing expands its controls …", "April 2, 2025 — Washington imposes …": the date that heads a
  // timeline's line dates its action.
  const heading = a.mentions.find(
    (m) =>
      m.kind === 'date' && m.start === 0 && HEADING_MARKS.test(a.tokens[m.end]?.norm ?? '') && !m.isFuture,
  );
  return heading ? String(heading.value) : null;
}

/** How far before "by" the verb whose subject a gerund after it shares may stand. */
const BY_VERB_REACH = 8;

/** The nearest verb at or before `from` ("retaliated against the U.S. tariffs"), else `from` itself. */
function nearestVerbBefore(tokens: readonly Token[], from: number): number {
  for (let k = from; k >= Math.max(0, from - BY_VERB_REACH); k--) {
    const word = tokens[k]?.norm ?? '';
    if (/ed$/.test(word) || isVerbWord(word)) return k;
  }
  return from;
}

/**
 * Verbs whose subject is also the subject of the infinitive after them: "China agreed to cut", "the EU
 * plans to impose", "Trump is set to announce".
 */
const CONTROL_VERBS =
  /^(?:agree|agrees|agreed|plan|plans|planned|decide|decides|decided|vow|vows|vowed|pledge|pledges|pledged|promise|promises|promised|move|moves|moved|vote|votes|voted|intend|intends|intended|aim|aims|aimed|want|wants|wanted|seek|seeks|sought|threaten|threatens|threatened|set|poised|prepared|ready|going|expected|likely|due)$/;

/**
 * Who the action word's subject is, read from the words just before it: a government or leader
 * ("Trump warned"), something else ("businesses warned", "analysts said"), or nothing said.
 */
function actionSubject(a: SentenceAnalysis, actionStart: number): 'actor' | 'other' | 'none' {
  const mentionAt = (i: number) => a.mentions.find((m) => i >= m.start && i < m.end);
  /** Where the time that token `i` is part of starts, with its "on" or "last" ("on Monday"), if it is one. */
  const timeStart = (i: number, mention = mentionAt(i)): number | null => {
    const t = a.tokens[i] as Token;
    if (mention?.kind !== 'date' && !isWeekdayName(t.norm) && !isMonthName(t.norm)) return null;
    const start = mention?.kind === 'date' ? mention.start : i;
    return TIME_OPENERS.test(a.tokens[start - 1]?.norm ?? '') ? start - 1 : start;
  };
  // "tariffs announced by China": a participle's agent after "by" is its subject.
  const agentAt = a.tokens[actionStart + 2]?.norm === 'the' ? actionStart + 3 : actionStart + 2;
  const agent = a.tokens[actionStart + 1]?.norm === 'by' ? mentionAt(agentAt) : undefined;
  if (agent?.start === agentAt && /(?:ed|en)$/.test(a.tokens[actionStart]?.norm ?? ''))
    return agent.kind === 'country' && agent.form !== 'place' ? 'actor' : 'other';
  let limit = Math.max(0, actionStart - 4);
  for (let i = actionStart - 1; i >= limit; i--) {
    const t = a.tokens[i] as Token;
    // "Ottawa retaliated (on Friday) by raising duties", "retaliated against the U.S. tariffs by raising
    // duties": a gerund after "by" shares the subject of the verb before it.
    // A sentence that opens with "By imposing …" has no verb before "by".
    if (t.norm === 'by' && i > 0 && /ing$/.test(a.tokens[actionStart]?.norm ?? '')) {
      const verb = nearestVerbBefore(a.tokens, (timeStart(i - 1) ?? i) - 1);
      limit = Math.max(0, limit - (i - verb));
      i = verb;
      continue;
    }
    // "Brazil would levy new tariffs": the verb of a verb group before an action word that opens the
    // measure's noun phrase stands between it and the subject.
    if (i === actionStart - 1 && opensVerb(a.tokens[i - 1]?.norm ?? '') && /^\p{L}/u.test(t.text)) continue;
    // "Japan and Korea agreed to remove …": the infinitive's subject is the control verb's.
    if (t.norm === 'to' && CONTROL_VERBS.test(a.tokens[i - 1]?.norm ?? '')) {
      limit = Math.max(0, limit - 2);
      i--;
      continue;
    }
    const mention = mentionAt(i);
    // "The White House on Monday delayed …": a time between the subject and its verb is no subject.
    const time = timeStart(i, mention);
    if (time !== null) {
      i = time;
      continue;
    }
    // "Quebec threatened to impose a levy": a province or state that opens the clause acts for its country;
    // "businesses in Texas warned" names where, not who.
    if (mention)
      return mention.kind === 'country' &&
        (mention.form !== 'place' || !PREPOSITIONS.has(a.tokens[mention.start - 1]?.norm ?? ''))
        ? 'actor'
        : 'other';
    // "he warned", "the president threatened": a pronoun or an office stands for the actor.
    // "a ministry spokesperson said": one who speaks for a government.
    if (
      PERSONAL_PRONOUNS.has(t.norm) ||
      t.norm === 'they' ||
      GOVERNMENT_NOUNS.has(t.norm) ||
      SPOKESPERSON.test(t.norm)
    )
      return 'actor';
    // "The EU said it would hit …": the "it" of reported speech is the speaker.
    if (t.norm === 'it' && reportsSpeaker(a.tokens, i)) return 'actor';
    // "Trump has repeatedly threatened": auxiliaries and adverbs stand between a subject and its verb.
    if (
      /^(?:has|have|had|will|would|may|might|could|should|can|is|was|were|are|also|then|later|earlier|again|not|just|already|once|since|still|did|does|first|twice|now|even|[a-z]+ly)$/.test(
        t.norm,
      )
    )
      continue;
    if (/^\p{L}/u.test(t.text) && !/^(?:to|and|or|the|a|an|that|which|who)$/.test(t.norm)) return 'other';
    return 'none';
  }
  return 'none';
}

/** Whether a place is the subject right before the trigger's verb ("Ontario halted", "Quebec will impose"). */
function placeActsAsSubject(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (PREPOSITIONS.has(a.tokens[m.start - 1]?.norm ?? '')) return false;
  const verb = Math.min(trigger.actionStart ?? trigger.anchorStart, trigger.anchorStart);
  if (m.end > verb) return false;
  return a.tokens
    .slice(m.end, verb)
    .every(
      (t, k) =>
        BETWEEN_SUBJECT_AND_VERB.test(t.norm) ||
        a.mentions.some((d) => d.kind === 'date' && m.end + k >= d.start && m.end + k < d.end),
    );
}

/** Words between a subject and its verb ("has", "also", "quietly"). */
const BETWEEN_SUBJECT_AND_VERB =
  /^(?:has|have|had|will|would|also|then|later|earlier|again|already|just|once|[a-z]+ly)$/;

/**
 * "Ford Motor has halted exports of some vehicles to China": a company that is the subject of the action's
 * verb acts for itself; no government levies or controls anything.
 */
function companyActs(a: SentenceAnalysis, trigger: Trigger): boolean {
  if (companyAgent(a, trigger.end)) return true;
  // "Tall Pines remains on the SDN List": the subject of being on a list is the party on it.
  if (STAYING_WORDS.test(a.tokens[trigger.actionStart ?? -1]?.norm ?? '')) return false;
  const committed = committedSubjectEnd(a, trigger);
  // "after the company pledged to halt sales": a company named by its description.
  if (
    committed !== null &&
    a.tokens[committed - 1]?.norm === 'the' &&
    isOrganisationNoun(a.tokens[committed]?.norm ?? '')
  )
    return true;
  const subjectEnd = committed ?? activeSubjectEnd(a, trigger);
  // "Glencore said it would halt cobalt exports": the pronoun stands for whoever said so.
  const viaPronoun = subjectEnd !== null && /^(?:it|they)$/.test(a.tokens[subjectEnd]?.norm ?? '');
  const last = viaPronoun ? reporterBeforePronoun(a, subjectEnd) : subjectEnd;
  if (last === null) return false;
  // "The company said it would halt exports": a company named by its description.
  if (
    last !== subjectEnd &&
    a.tokens[last - 1]?.norm === 'the' &&
    isOrganisationNoun(a.tokens[last]?.norm ?? '')
  )
    return true;
  // ("Chilean wire maker Andes Hilo said it had halted shipments": a name no gazetteer knows, after its descriptor.)
  const subject =
    a.mentions.find((m) => m.end === last + 1) ??
    (openingName(a)?.end === last + 1 ? openingName(a) : undefined) ??
    taggedOrganisations(a, 0, last + 1).find(
      (m) => m.end === last + 1 && descriptorStart(a.tokens, m) < m.start,
    );
  // ("Zambia's Energy Regulation Board said it would halt fuel exports", "Chile's state-owned Codelco said it
  // would …": a body a country owns may speak for its government.)
  if (viaPronoun && subject && ownedByState(a, subject.start)) return false;
  return isCompany(subject);
}

/**
 * Whether a mention names a company: "Ethiopia's Ministry of Finance" is a government body, no company; nor is a
 * department called by its one word ("Commerce added X to the Entity List"), nor a person.
 */
function isCompany(m: Mention | null | undefined): boolean {
  return (
    m?.kind === 'organisation' &&
    m.form !== 'person' &&
    !hasGovernmentWord(m.text) &&
    !DEPARTMENT_BY_ONE_WORD.test(m.text)
  );
}

/** "Exports of copper from the mine were halted by the company": a company as the agent after "by" at `at`. */
function companyAgent(a: SentenceAnalysis, at: number): boolean {
  // A passive's agent only ("banned all exports by Hanul Precision" names whose exports).
  if (!passiveAgentAt(a, at)) return false;
  const k = a.tokens[at + 1]?.norm === 'the' ? at + 2 : at + 1;
  if (a.tokens[at + 1]?.norm === 'the' && isOrganisationNoun(a.tokens[k]?.norm ?? '')) return true;
  return isCompany(a.mentions.find((m) => m.start === k));
}

/**
 * "Glencore said it would", "The company said on Monday that it would": the last word of the subject of the verb of
 * saying right before the pronoun at `pronoun`, else null.
 */
function reporterBeforePronoun(a: SentenceAnalysis, pronoun: number): number | null {
  let k = pronoun - 1;
  if (a.tokens[k]?.norm === 'that') k--;
  if (isWeekdayName(a.tokens[k]?.norm ?? '') && a.tokens[k - 1]?.norm === 'on') k -= 2;
  return REPORTING_VERBS.has(a.tokens[k]?.norm ?? '') && k > 0 ? k - 1 : null;
}

/** Whether the name starting at `start` is owned by a state: "Zambia's X", "state-owned X", "state miner X". */
function ownedByState(a: SentenceAnalysis, start: number): boolean {
  const before = a.tokens.slice(Math.max(0, start - 3), start).map((t) => t.norm);
  if (before.some((w) => /^(?:state-owned|state-run|state|national|government-owned)$/.test(w))) return true;
  return a.mentions.some(
    (m) =>
      m.kind === 'country' &&
      /^['’]s?$/.test(a.tokens[m.end]?.norm ?? '') &&
      start - m.end <= 3 &&
      start > m.end,
  );
}

/** "Office of Strategic Capital", "Department of Energy": a government's word, then "of", opens the name. */
function namesGovernmentBody(name: string): boolean {
  const [head, of] = name.split(/\s+/);
  return isGovernmentWord(head ?? '') && of === 'of';
}

/** Departments that news names by their one word, as the subject of what they do ("Commerce", "Treasury"). */
const DEPARTMENT_BY_ONE_WORD = /^(?:Commerce|Treasury|Customs|Justice|Interior)$/;

/** Nouns of measures whose effects a sentence may tell ("US sanctions have curbed oil sales"). */
const CAUSING_MEASURES = /^(?:sanctions|tariffs|duties|levies)$/;
/** How many words may open the agent after "by" before its noun ("by heavy seasonal rains"). */
const AGENT_LEAD_WORDS = 3;

/**
 * "US sanctions have curbed oil sales", "Heavy rains halted bauxite exports", "shipments were blocked by
 * protesters": a measure of another kind, or what interrupts trade without governing it (weather, a strike, a
 * blockade), that is the subject or the agent of the action's verb tells what it did to trade, and states no
 * measure of this type.
 */
function effectOfOtherMeasure(a: SentenceAnalysis, type: EventType, trigger: Trigger): boolean {
  const last = activeSubjectEnd(a, trigger);
  const norm = last === null ? '' : (a.tokens[last]?.norm ?? '');
  if (last !== null && (CAUSING_MEASURES.test(norm) || isDisruptionNoun(norm)))
    return !type.anchorIndex.findAll(a.tokens).some((m) => m.start <= last && m.start + m.length > last);
  if (!passiveAgentAt(a, trigger.end)) return false;
  // ("halted by authorities after protesters blocked the road": the agent's phrase ends at a word that opens
  // another.)
  for (let k = trigger.end + 1; k <= trigger.end + 1 + AGENT_LEAD_WORDS; k++) {
    const t = a.tokens[k];
    if (!t || !/^\p{Ll}/u.test(t.text) || PREPOSITIONS.has(t.norm) || CLAUSE_BREAKING.test(t.norm))
      return false;
    if (isDisruptionNoun(t.norm)) return true;
  }
  return false;
}

/** Words that end a noun phrase by opening a clause or a phrase of their own. */
const CLAUSE_BREAKING = /^(?:and|or|but|after|before|during|amid|while|when|as|because|since|until|despite)$/;

/** "were halted by …": a passive's verb, with its "was", "were" or "been", right before the "by" at `at`. */
function passiveAgentAt(a: SentenceAnalysis, at: number): boolean {
  return (
    a.tokens[at]?.norm === 'by' &&
    /(?:ed|en)$/.test(a.tokens[at - 1]?.norm ?? '') &&
    a.tokens.slice(Math.max(0, at - 4), at - 1).some((t) => /^(?:was|were|been|is|are|be)$/.test(t.norm))
  );
}

/** Verbs of committing to an action, whose subject does the infinitive after them ("pledged to halt sales"). */
const COMMITTING =
  /^(?:pledged|pledges|promised|promises|agreed|agrees|vowed|vows|decided|decides|undertook)$/;

/** "the company pledged to halt sales": the last word of the subject of a verb of committing to the action. */
function committedSubjectEnd(a: SentenceAnalysis, trigger: Trigger): number | null {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  if (verb > trigger.anchorStart || a.tokens[verb - 1]?.norm !== 'to') return null;
  if (!COMMITTING.test(a.tokens[verb - 2]?.norm ?? '')) return null;
  let i = verb - 3;
  while (i >= 0 && BETWEEN_SUBJECT_AND_VERB.test(a.tokens[i]?.norm ?? '')) i--;
  return i >= 0 ? i : null;
}

/**
 * The last word of the subject of the action's verb, when the verb stands before the anchor and is active
 * (past the words that may stand between a subject and its verb), else null: "were taken off the list" has a
 * passive's subject, which undergoes the action.
 */
function activeSubjectEnd(a: SentenceAnalysis, trigger: Trigger): number | null {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  const word = a.tokens[verb]?.norm ?? '';
  // ("would halt": a word after a modal is its verb, whatever else it may be.)
  const afterModal = /^(?:will|would|shall|should|can|could|may|might|must)$/.test(
    a.tokens[verb - 1]?.norm ?? '',
  );
  if (verb > trigger.anchorStart || !(isVerbWord(word) || isPastForm(word) || afterModal)) return null;
  for (let i = verb - 1; i >= Math.max(0, verb - 4); i--) {
    const norm = a.tokens[i]?.norm ?? '';
    if (PASSIVE_AUXILIARIES.test(norm)) return null;
    // "The Kachin Independence Army, which seized the hub last year, has suspended": the subject stands before
    // the relative clause set off between it and its verb.
    if (norm === ',') return relativeClauseOpening(a.tokens, i) ?? i;
    if (!BETWEEN_SUBJECT_AND_VERB.test(norm)) return i;
  }
  return null;
}

/** How many words a relative clause set off by commas between a subject and its verb may take. */
const SET_OFF_RELATIVE_WORDS = 20;

/** The word before the comma that opens a relative clause closed by the comma at `closing`, if one does. */
function relativeClauseOpening(tokens: readonly Token[], closing: number): number | null {
  for (let k = closing - 1; k >= Math.max(1, closing - SET_OFF_RELATIVE_WORDS); k--) {
    if (tokens[k]?.norm !== ',') continue;
    return RELATIVE_PRONOUN.test(tokens[k + 1]?.norm ?? '') ? k - 1 : null;
  }
  return null;
}

/** Parties of a country that are not its state ("Myanmar's Kachin rebels", "China's rare earth producers"). */
const NON_STATE_PARTIES =
  /^(?:rebels?|insurgents?|militias?|militants?|separatists?|producers|miners|companies|firms|traders|exporters|smelters|refiners|businesses|industry|industries)$/;

/**
 * "Myanmar's Kachin rebels halted rare earth exports", "producers curbed shipments": parties other than a state
 * that are the subject of the action's verb take no measure on goods ("miners hit by tariffs" undergo one).
 */
function nonStatePartyActs(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  if (/en$/.test(a.tokens[verb]?.norm ?? '') || a.tokens[verb + 1]?.norm === 'by') return false;
  // ("Korean producers will pay 4.3%": parties that face or pay a measure undergo it; "paid 25% before the
  // increase" tells a level gone.)
  if (/^(?:face|faces|facing|pay|pays|paying)$/.test(a.tokens[verb]?.norm ?? '')) return false;
  const last = activeSubjectEnd(a, trigger);
  if (last === null || !NON_STATE_PARTIES.test(a.tokens[last]?.norm ?? '')) return false;
  // "Kazakhstan's Ministry of Industry banned …": the portfolio of a government body, capitalised in its name.
  const head = a.tokens.findLastIndex((t, k) => k < last && k >= last - 6 && t.norm === 'of');
  return !(
    /^\p{Lu}/u.test(a.tokens[last]?.text ?? '') &&
    head > 0 &&
    isBodyHead(a.tokens[head - 1]?.text ?? '')
  );
}

/** Bodies that govern a sport, a trade or a market, whose bans are their own rules, not a state's listing. */
const PRIVATE_GOVERNING_BODIES = /^(?:associations?|federations?|leagues?|clubs?|exchanges?|bourses?)$/;

/**
 * "Zimbabwe's football association has blacklisted a club", "the exchange blacklisted two brokers": a body that
 * is no government, the subject of the listing verb, lists no one on a state's restrictive list.
 */
function privateBodyLists(a: SentenceAnalysis, trigger: Trigger): boolean {
  const verb = trigger.actionStart ?? trigger.anchorStart;
  if (a.tokens[verb + 1]?.norm === 'by') return false;
  const last = activeSubjectEnd(a, trigger);
  // ("The Russian Federation added …": a body named in capitals may be a state.)
  return (
    last !== null &&
    /^[a-z]/.test(a.tokens[last]?.text ?? '') &&
    PRIVATE_GOVERNING_BODIES.test(a.tokens[last]?.norm ?? '')
  );
}

/** Whether a reaction word ("condemned", "regret over") comes shortly before the trigger, in its clause. */
function reactsTo(a: SentenceAnalysis, trigger: Trigger): boolean {
  const first = Math.min(trigger.anchorStart, trigger.actionStart ?? trigger.anchorStart);
  for (let k = Math.max(0, first - 6); k < first; k++)
    if (a.clause[k] === trigger.clause && REACTION_WORDS.has((a.tokens[k] as Token).norm)) return true;
  return false;
}

function sharedFeatures(
  a: SentenceAnalysis,
  trigger: Trigger,
  features: string[],
  discourse: Discourse,
  type: string,
): void {
  const t = a.tokens;
  features.push(`position:${bucket(a.index, [0, 1, 4, 10])}`);
  features.push(`length:${bucket(t.length, [15, 30, 50])}`);
  if (trigger.actionStart !== null) {
    const gap =
      trigger.actionEnd !== null && trigger.actionEnd <= trigger.anchorStart
        ? trigger.anchorStart - trigger.actionEnd
        : Math.max(0, trigger.actionStart - trigger.anchorEnd);
    features.push(`action_gap:${bucket(gap, [0, 2, 5])}`);
    features.push(`action_side:${trigger.actionStart < trigger.anchorStart ? 'before' : 'after'}`);
    features.push(`action_subject:${actionSubject(a, trigger.actionStart)}`);
  }
  const prev = t[trigger.anchorStart - 1]?.norm ?? '';
  const prev2 = t[trigger.anchorStart - 2]?.norm ?? '';
  // "plans to ban bauxite exports": the "to" of an anchor that opens with its verb marks the infinitive.
  const opensWithVerb = trigger.actionStart === trigger.anchorStart;
  if (
    (/^(?:of|to|from|about|over|amid|despite|against|by|with|under)$/.test(prev) &&
      !(opensWithVerb && prev === 'to')) ||
    /^(?:of|to|from|about|over|amid|despite)$/.test(prev2)
  ) {
    features.push('anchor_after_preposition');
  }
  if (prev === 'the' || prev2 === 'the') features.push('anchor_definite');
  if (t.some((x) => x.norm === '?')) features.push('question');
  if (a.titleCase) features.push('title_case');
  if (t.some((x) => /^["“”]$/.test(x.text))) features.push('quoted');
  if (t.some((x) => ATTRIBUTION.has(x.norm))) features.push('attributed');
  const clauseWords = t.filter((_, i) => a.clause[i] === trigger.clause).map((x) => x.norm);
  // "While expressing regret over the tariffs, …": a clause that frames the sentence's main statement.
  if (SUBORDINATORS.has(clauseWords[0] ?? '')) features.push('subordinate_clause');
  if (reactsTo(a, trigger)) features.push('reaction_frame');
  // "…, along with further duties to be detailed next week", "on top of the levies already in place": a measure
  // named beside the one the sentence states.
  const anchorChar = (t[trigger.anchorStart] as Token).start;
  if (BESIDE_MEASURE.test(a.text.slice(Math.max(0, anchorChar - BESIDE_MEASURE_CHARS), anchorChar)))
    features.push('beside_measure');
  const chatter = clauseWords.filter((w) => CHATTER.has(w)).length;
  if (chatter > 0) features.push(`chatter:${bucket(chatter, [1, 2])}`);
  const clauseText = clauseWords.join(' ');
  if (GENERIC.some((g) => clauseText.includes(g))) features.push('generic_reference');
  if (
    EARLIER_PERIOD.some((phrase) => clauseText.includes(phrase)) ||
    a.mentions.some((m) => m.isEarlierPeriod && a.clause[m.start] === trigger.clause)
  )
    features.push('earlier_period');
  if (a.mentions.some((m) => m.kind === 'rate' && a.clause[m.start] === trigger.clause))
    features.push('has_rate');
  if (a.mentions.some((m) => m.kind === 'date' && a.clause[m.start] === trigger.clause))
    features.push('has_date');
  features.push(`article_mentions:${bucket(discourse.anchorSentences(type), [1, 3, 6])}`);
}
