import { isMonthName, isWeekdayName } from '../text/dates.js';
import { isVerbWord } from '../text/tagging.js';
import {
  descriptorStart,
  FRONTED_PREPOSITIONS,
  isBodyHead,
  isOrganisationNoun,
  type Mention,
  PHRASE_ENDERS,
  POSSESSIVE_DETERMINERS,
  possessedRoleStart,
  possessorStart,
  roleHolderAfter,
  type SentenceAnalysis,
} from './analysis.js';
import { GENERIC_GOODS } from './lexicon.js';
import type { Token } from './tokens.js';

/** Where an event's words stand in the sentence: the anchor ("tariffs") and the action word ("raised"). */
export interface Trigger {
  anchorStart: number;
  anchorEnd: number;
  /** The whole trigger: anchor and action word together. */
  start: number;
  end: number;
  actionStart: number | null;
  actionEnd: number | null;
  clause: number;
}

/**
 * Nouns of an action on a party, whose object "of" opens ("the addition of X to the list") or whose possessor
 * undergoes it ("Korvath Mining's addition to the list").
 */
const ACTION_NOUNS =
  /^(?:addition|additions|inclusion|designation|designations|removal|delisting|blacklisting|listing|relocation|relocations|move|transfer|redomiciliation|reincorporation)$/;

const SKIPPED_BEFORE = new Set([
  'former',
  'then',
  'current',
  'outgoing',
  'incoming',
  'the',
  'a',
  'an',
  'all',
  'some',
  'certain',
  'its',
  'their',
  'his',
  'her',
  'imports',
  'goods',
  'products',
  'exports',
  'shipments',
  'made',
  'imported',
  'several',
  'many',
  'most',
  'other',
  'both',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  // "to neighbouring Kazakhstan", "on rival China": a word of where or who a country is to the actor.
  'neighboring',
  'neighbouring',
  'nearby',
  'fellow',
  'rival',
]);
export const PREPOSITIONS = new Set([
  'on',
  'against',
  'from',
  'to',
  'into',
  'onto',
  'in',
  'by',
  'for',
  'of',
  'with',
  'targeting',
  'toward',
  'towards',
  'at',
  'over',
  'between',
  'about',
  'amid',
  'after',
  'under',
  'like',
  'than',
  'including',
  'except',
  'via',
  'inside',
  'across',
  'within',
  'near',
  'outside',
]);
const BE_WORDS = new Set([
  'was',
  'were',
  'been',
  'be',
  'is',
  'are',
  'being',
  'has',
  'have',
  'had',
  'got',
  'get',
  'gets',
]);
/** Verbs of being or staying somewhere ("is on the list", "remains under sanctions"). */
export const STAYING_WORDS = /^(?:is|are|was|were|been|remain|remains|remained|stay|stays|stayed)$/;
/** How many words may stand between such a verb's "on" and the list or measure ("on the SDN List", "under US sanctions"). */
const STAYING_LIST_WORDS = 3;
export const GOVERNMENT_NOUNS = new Set([
  'government',
  'govt',
  'authorities',
  'officials',
  'administration',
  'regulators',
  'regulator',
  'ministry',
  'commerce',
  'trade',
  'customs',
  'president',
  'side',
  'state',
  'cabinet',
  'lawmakers',
  'legislators',
  'parliament',
  'senate',
  'congress',
  'legislature',
  'leaders',
  'leader',
  // "the Burmese junta banned exports of tin ore".
  'junta',
  'regime',
]);

/** Verbs of facing: their subject is what a measure falls on, whatever follows them ("Canada faces"). */
const FACING_WORDS = 'face[sd]?|facing|brac(?:e|es|ed|ing)';
/** Verbs whose subject undergoes the action rather than doing it: "Brunei and Libya face 25% duties". */
const UNDERGOING = new RegExp(`^(?:${FACING_WORDS}|endur(?:e|es|ed|ing)|subject)$`);
/** How many words a possessor may stand before its measure's word ("Trump's 25% steel and aluminum tariffs"). */
const POSSESSED_PHRASE_WORDS = 7;

/** Whether the words between a possessor and the anchor are only the measure's rate and goods ("'s 25% steel and aluminum"). */
function possessedMeasurePhrase(a: SentenceAnalysis, from: number, anchorStart: number): boolean {
  if (anchorStart - from > POSSESSED_PHRASE_WORDS) return false;
  const covered = (k: number) =>
    a.mentions.some((x) => (x.kind === 'rate' || x.kind === 'goods') && k >= x.start && k < x.end);
  return a.tokens
    .slice(from, anchorStart)
    .every((t, k) => covered(from + k) || /^(?:['’]s|and|,|new|higher|additional)$/.test(t.norm));
}
/** Verbs of receiving a notice of a measure, and the notices ("received letters setting a 36% tariff"). */
const RECEIVING = /^(?:received|receive|receives|receiving|got|gets)$/;
const NOTICES = /^(?:letters?|notices?|notifications?|notes?)$/;
/** Verbs of paying a measure, whose subject undergoes it when a country ("Japan will pay a 15% tariff"). */
const PAYING = /^(?:pay|pays|paid|paying)$/;
/**
 * Nouns of those who make or ship the goods, after a nationality: "Russian mills will pay 13.2%" names the origin
 * of the goods a duty hits ("American consumers pay the tariffs" names who bears it at home).
 */
const SUPPLIER_NOUNS =
  /^(?:mills|producers|exporters|makers|steelmakers|suppliers|manufacturers|smelters|miners|refiners|shippers|plants)$/;
/**
 * Participles of sparing, exposing, granting or charging, whose subject undergoes the measure only in the
 * passive ("Chile was exempted", "Mexico was granted a pause", "goods from India will be charged a 25% tariff").
 */
const SPARED_PARTICIPLES =
  /^(?:exposed|spared|exempted|excluded|granted|given|offered|handed|awarded|charged|assessed)$/;
export const PASSIVE_AUXILIARIES = /^(?:is|are|was|were|be|been|being|get|gets|got|remain|remains|remained)$/;

/** Verbs that link a subject to its state ("is exempt", "remain exempt"). */
const COPULAS = /^(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed)$/;

/**
 * "Chile was exempted from the tariffs", "Chile, spared by the levy": the participle is passive; "Peru exempted
 * Chile from the tariffs" is active, and its subject spares, not undergoes.
 */
function undergoingWord(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).norm;
  if (UNDERGOING.test(word)) return true;
  // "Vietnam secured a 20% tariff rate from Washington": the terms secured fall on the one who secures them.
  if (SECURING.test(word) && /^(?:a|an|the|\d.*)$/.test(tokens[at + 1]?.norm ?? '')) return true;
  // "Canada is exempt from the U.S. steel tariffs", "remain exempt from": the adjective after a copula.
  if (word === 'exempt' && COPULAS.test(tokens[at - 1]?.norm ?? '')) return true;
  if (!SPARED_PARTICIPLES.test(word)) return false;
  return (
    PASSIVE_AUXILIARIES.test(tokens[at - 1]?.norm ?? '') ||
    /^(?:from|by|to)$/.test(tokens[at + 1]?.norm ?? '')
  );
}

/** Words that may open a noun phrase between its preposition and a country that modifies it. */
const PHRASE_OPENERS = /^(?:its|their|the|a|an|his|her|our|own|existing|current|old|former|main)$/;

/** Verbs of moving something away ("shifting work from", "pulled production out of"). */
const MOVING_AWAY = /^(?:shift|mov|relocat|transfer|pull|withdr|divert|redeploy|exit|leav|tak)/;
/** How far before "from" the verb that moves something away from a place may stand. */
const MOVING_REACH = 4;

/** The word that governs the noun phrase opening before token `at`, past its openers, and whether they hold "its". */
function phraseGovernor(tokens: readonly Token[], at: number): { at: number; own: boolean } {
  let k = at - 1;
  let own = false;
  while (k >= 0 && PHRASE_OPENERS.test(tokens[k]?.norm ?? '')) {
    if (/^(?:its|their)$/.test(tokens[k]?.norm ?? '')) own = true;
    k--;
  }
  return { at: k, own };
}

/**
 * Whether the noun phrase opening before token `at` is where something moves away from ("shifting work from
 * its Chinese factories"), not where it comes from ("output comes from the Malaysian plant").
 */
function leavesPlace(tokens: readonly Token[], at: number): boolean {
  const k = phraseGovernor(tokens, at).at;
  const word = tokens[k]?.norm ?? '';
  const from = word === 'from' ? k : word === 'of' && tokens[k - 1]?.norm === 'out' ? k - 1 : -1;
  if (from < 0) return false;
  return tokens.slice(Math.max(0, from - MOVING_REACH), from).some((t) => MOVING_AWAY.test(t.norm));
}

/**
 * "block exports of Nexperia chips from its Chinese plants": what comes from a site the company already has
 * ("from its Chinese plants"; "from its new plant" is another matter) is no move there.
 */
function fromOwnSite(tokens: readonly Token[], at: number): boolean {
  const governor = phraseGovernor(tokens, at);
  return governor.own && tokens[governor.at]?.norm === 'from';
}

/** Words after a participle that show it passive ("added to the list", "blacklisted by Washington"). */
const SET_OFF_PARTICIPLE_FOLLOWERS = /^(?:to|by|in|on|from|off|last|since|under|as|for|earlier|,)$/;

/** Verbs whose subject undergoes the action when "with" or "by" follows at once: "Canada hit with tariffs". */
const STRUCK = /^(?:hit|slapped|struck)$/;
/** How far the anchor may stand from a subject that is "hit with" it: the measure's rate, actor and goods between. */
const STRUCK_REACH = 10;
/** Words that add one measure to another ("on top of", "in addition to"), and how much further they reach. */
const ADDED_TO = /^(?:top of|addition to)$/;
const CHAINED_REACH = 8;

/** Nouns that name a measure of their own: a phrase after one of them is that measure's, not an earlier one's. */
export const MEASURE_NOUNS =
  /^(?:bans?|tariffs?|duty|duties|levy|levies|surcharges?|surtax(?:es)?|embargo(?:es)?|curbs?|restrictions?|controls|sanctions|quotas?|moratori(?:um|a)s?)$/;

/**
 * "banned exports of bauxite ore, following a similar ban on nickel ore": a measure noun between the
 * trigger and the preposition takes the phrase as its own.
 */
function governedByLaterMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const governor = governorIndex(a.tokens, firstOfGroup(a, m));
  // The noun right after the anchor is its own head ("duty-free quotas for Japan"), no other measure.
  for (let k = trigger.end + 1; k < governor; k++)
    if (MEASURE_NOUNS.test(a.tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * "LG said it would convert its Michigan plant, shifting production from China to the United States": a
 * participle set off by a comma at the end of the sentence has the sentence's subject, its first name.
 */
function subjectOfTrailingParticiple(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const verb = Math.min(trigger.actionStart ?? trigger.anchorStart, trigger.anchorStart);
  if (a.tokens[verb - 1]?.norm !== ',' || !/^[a-z]+ing$/.test(a.tokens[verb]?.norm ?? '')) return false;
  return (
    a.mentions.find((x) => x.kind === m.kind) === m &&
    prepositionBefore(a.tokens, m) === null &&
    !isPossessive(a, m)
  );
}

/** How many words (a rate, an adjective, the goods) may stand between a country and the measure noun it qualifies. */
const QUALIFIED_MEASURE_REACH = 3;
/** Words that open a noun phrase of their own: a country before one qualifies nothing after it. */
const DETERMINERS = /^(?:the|a|an|its|their|this|that|these|those)$/;

/**
 * "Ottawa would match the U.S. 50% tariff on steel by imposing counter-tariffs": a country qualifying a measure
 * noun before the trigger is that measure's party, not the subject of the trigger's verb.
 */
function qualifiesEarlierMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const from = lastOfGroup(a, m).end;
  const last = Math.min(trigger.start, from + QUALIFIED_MEASURE_REACH + 1);
  for (let k = from; k < last; k++) {
    const word = a.tokens[k]?.norm ?? '';
    if (MEASURE_NOUNS.test(word)) return !a.tags()[k]?.has('Verb');
    const inMention = a.mentions.some(
      (x) => (x.kind === 'rate' || x.kind === 'goods') && x.start <= k && x.end > k,
    );
    const qualifier =
      /^[a-z][a-z-]*$/.test(word) &&
      !PREPOSITIONS.has(word) &&
      !COORDINATORS.has(word) &&
      !DETERMINERS.test(word) &&
      !isVerbWord(word) &&
      !a.tags()[k]?.has('Verb');
    if (!inMention && !qualifier) return false;
  }
  return false;
}

/** Conjunctions that may open a coordinated clause of its own. */
const COORDINATORS = new Set(['and', 'or', 'but']);

/** Nouns that a country's name or demonym qualifies as the goods of a measure ("Japanese imports"). */
const TRADE_NOUNS = new Set(['imports', 'exports', 'goods', 'products', 'shipments', 'made', 'origin']);
/** Words after which "to"/"into" names where goods go: "exports to the U.S.", "imports into Canada". */
const DESTINED_GOODS = new Set([
  'exports',
  'imports',
  'shipments',
  'goods',
  'products',
  'sold',
  'shipped',
  'sent',
]);

/** Words between a subject's destination and its verb ("to China would require"), and how many may stand. */
const VERB_GROUP_WORDS =
  /^(?:will|would|shall|must|may|might|can|could|now|also|still|be|is|are|was|were|need|needs)$/;
const SENT_TO_REACH = 3;

/** Nouns of a notice sent to a country ("letters to Japan"), and how far before the measure its country may stand. */
const NOTICE_NOUNS = /^(?:letter|letters|notice|notices|notification|notifications|message|messages)$/;
const ADDRESSEE_REACH = 12;

/** Participles that say where goods were made ("made in Japan"): their "in" names the goods' origin. */
export const PRODUCTION_PARTICIPLES =
  /^(?:made|produced|manufactured|grown|mined|built|assembled|originating|sourced|smelted|refined|finished|processed|poured)$/;

/** Participles of putting a party on a list ("designated by OFAC"). */
const PUTTING_ON_LIST = /^(?:designated|sanctioned|listed|blacklisted|added)$/;
/** How many words the rest of such a description may take after its agent ("in 2021", "in April 2022"). */
const LISTING_DESCRIPTION_WORDS = 5;

/**
 * "Tall Pines, designated by OFAC in 2021, was delisted on Monday": the keeper of the list, named as the agent of
 * the party's listing in the description set off before the verb, acts on the party again.
 */
function listedBeforeBy(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const by = governorIndex(a.tokens, firstOfGroup(a, m));
  if (m.end > trigger.start || a.tokens[by]?.norm !== 'by') return false;
  if (!PUTTING_ON_LIST.test(a.tokens[by - 1]?.norm ?? '')) return false;
  // ("X, a trading company designated by OFAC in 2021, was delisted": the description may name its kind first.)
  const opening = a.tokens
    .slice(Math.max(0, by - 2 - LISTING_DESCRIPTION_WORDS), by - 1)
    .findLastIndex((t) => t.norm === ',');
  if (opening < 0) return false;
  const closing = a.tokens.slice(m.end, trigger.start).findIndex((t) => t.norm === ',');
  return closing >= 0 && closing <= LISTING_DESCRIPTION_WORDS;
}

/** Participles of goods on their way ("imported into the US from Malaysia", "exported from Chile to the US"). */
const SHIPPING_PARTICIPLES = /^(?:imported|exported|shipped|sent|coming|arriving|transshipped|re-exported)$/;
/** How many words may stand between such a participle and a preposition of its route ("imported into the US from"). */
const ROUTE_REACH = 6;

/**
 * "Aluminium imported into the US from Malaysia faces a 24% duty": a preposition of the route of goods named
 * before a verb of undergoing the measure, "from" their origin, "to" or "into" their destination.
 */
function onRouteBeforeMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.end > trigger.anchorStart || a.clause[m.start] !== trigger.clause) return false;
  if (!a.tokens.slice(m.end, trigger.anchorStart).some((t) => UNDERGOING.test(t.norm))) return false;
  // ("Cobalt exported from Congo to China is subject to a 10% export duty": the country of origin levies an
  // export duty; "… face duties under Washington's new rules": a country named after the measure levies it.)
  if (a.tokens.slice(m.end, trigger.anchorEnd).some((t) => /^exports?$/.test(t.norm))) return false;
  if (
    a.mentions.some(
      (x) => x.kind === 'country' && x.start >= trigger.anchorEnd && a.clause[x.start] === trigger.clause,
    )
  )
    return false;
  const preposition = governorIndex(a.tokens, firstOfGroup(a, m));
  for (let k = preposition - 1; k >= Math.max(0, preposition - ROUTE_REACH); k--) {
    const norm = a.tokens[k]?.norm ?? '';
    if (SHIPPING_PARTICIPLES.test(norm)) return true;
    const inCountry = a.mentions.some((x) => x.kind === 'country' && k >= x.start && k < x.end);
    if (!inCountry && !/^(?:the|to|into|from|via)$/.test(norm)) return false;
  }
  return false;
}

/** "made in Japan": where goods were made, not where they were "not made" ("iPhones not made in the U.S."). */
function madeIn(tokens: readonly Token[], preposition: number): boolean {
  return (
    tokens[preposition]?.norm === 'in' &&
    PRODUCTION_PARTICIPLES.test(tokens[preposition - 1]?.norm ?? '') &&
    !NEGATIONS.test(tokens[preposition - 2]?.norm ?? '')
  );
}

/**
 * "a duty of US$ 0.57 per kilogram on imports of seamless steel tubes originating in China": the participle of
 * origin right after goods that stand near the measure says where those goods come from, however long their phrase.
 */
function originOfNearGoods(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const participle = governorIndex(a.tokens, m) - 1;
  return a.mentions.some(
    (g) => g.kind === 'goods' && g.end === participle && g.start > trigger.end && g.start - trigger.end <= 12,
  );
}

/** Words that open what a person moves of their own, or where to ("moved his family", "relocated from X to Y"). */
const PERSONAL_MOVE_OPENERS = /^(?:his|her|himself|herself|from|to|back|with)$/;

const MAX_GOODS_MODIFIERS = 3;
/** A count of things ("12", "1,200", "seven", "dozens"). */
export const COUNT =
  /^(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;

/** A lower-case modifier of goods or its conjunction: not a preposition, article or verb ("medium and heavy"). */
function isGoodsModifier(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token).norm;
  if (word === 'and' || word === 'or') return /^[a-z]/.test(tokens[i - 1]?.text ?? '');
  return (
    /^[a-z][a-z-]+$/.test((tokens[i] as Token).text) &&
    !PREPOSITIONS.has(word) &&
    !SKIPPED_BEFORE.has(word) &&
    !isVerbWord(word)
  );
}

/** Where the word that may govern a mention stands: before its descriptor, articles and the like. */
export function governorIndex(tokens: readonly Token[], m: Mention): number {
  const described = descriptorStart(tokens, m);
  let i = described - 1;
  // "including U.S. drone maker X": a nationality before the descriptor belongs to it.
  if (
    described < m.start &&
    /^\p{Lu}/u.test(tokens[i]?.text ?? '') &&
    PREPOSITIONS.has(tokens[i - 1]?.norm ?? '')
  )
    i--;
  // "including China's Huawei": a country that owns the name stands between it and its preposition.
  if (
    m.kind === 'organisation' &&
    /^['’]s$/.test(tokens[i]?.norm ?? '') &&
    /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') &&
    PREPOSITIONS.has(tokens[i - 2]?.norm ?? '')
  )
    i -= 2;
  // "to Dixon, Ill.", "in San Antonio, Texas", "in Szeged, Hungary": the state's or country's preposition is
  // the city's.
  if ((m.form === 'place' || countryAfterCity(tokens, m)) && tokens[i]?.norm === ',') {
    let k = i - 1;
    while (k >= 0 && k > i - 4 && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k--;
    if (k < i - 1) i = k;
  }
  // "of seven medium and heavy rare earths": the goods' own coordinated modifiers stand between.
  if (m.kind === 'goods') {
    let modifiers = 0;
    while (i >= 0 && modifiers < MAX_GOODS_MODIFIERS && isGoodsModifier(tokens, i)) {
      i--;
      modifiers++;
    }
    // "tariffs on 30 products", "on 1,700 items": a count of the goods stands between too.
    if (COUNT.test(tokens[i]?.norm ?? '') && !/^[%.]/.test(tokens[i + 1]?.norm ?? '')) i--;
  }
  let skipped = 0;
  while (i >= 0 && skipped < 3) {
    // "to the 50% U.S. tariff": a measure's rate before the country is the phrase's, like its article.
    const rate = rateEndingAt(tokens, i);
    if (rate === 0 && !SKIPPED_BEFORE.has((tokens[i] as Token).norm)) break;
    i -= Math.max(rate, 1);
    skipped++;
  }
  return i;
}

/** How many tokens a rate ending at token `i` takes ("50 %", "25 percent", "10 per cent"), or 0. */
function rateEndingAt(tokens: readonly Token[], i: number): number {
  const word = tokens[i]?.norm;
  const isNumber = (k: number) => /^\d+(?:\.\d+)?$/.test(tokens[k]?.norm ?? '');
  if ((word === '%' || word === 'percent' || word === 'pct') && isNumber(i - 1)) return 2;
  if (word === 'cent' && tokens[i - 1]?.norm === 'per' && isNumber(i - 2)) return 3;
  return 0;
}

/**
 * "in Szeged, Hungary, on Tuesday": a country's name that closes a city's phrase (a comma before it, and a
 * comma, a stop or the end after it; not a month or a day before the comma).
 */
function countryAfterCity(tokens: readonly Token[], m: Mention): boolean {
  if (m.kind !== 'country' || m.form !== 'name') return false;
  const after = tokens[m.end]?.norm;
  if (after !== undefined && after !== ',' && after !== '.' && after !== ';') return false;
  const city = tokens[m.start - 2];
  return city !== undefined && !isMonthName(city.norm) && !isWeekdayName(city.norm);
}

/** Words that liken one thing to another ("similar to", "compared with"). */
const LIKENING = /^(?:similar|comparable|akin|identical|equivalent|analogous|compared)$/;

/** Words that make one preposition with the "of" after them ("out of", "instead of", "short of"). */
const COMPOUND_OF = /^(?:out|instead|short|ahead|because|regardless|irrespective)$/;

/** The preposition that governs a mention ("on China", "on Chinese goods", "from the U.S."), if any. */
export function prepositionBefore(tokens: readonly Token[], m: Mention): string | null {
  const i = governorIndex(tokens, m);
  const t = tokens[i];
  if (!t) return null;
  // "out of China", "instead of Japan", "short of magnets", "ahead of the talks": "of" with its word before.
  if (t.norm === 'of' && COMPOUND_OF.test(tokens[i - 1]?.norm ?? '')) return `${tokens[i - 1]?.norm} of`;
  if (t.norm === 'as' && tokens[i - 1]?.norm === 'such') return 'such as';
  // "a 20% tariff, down from the 46% Trump had threatened": the level a rate comes from names no party.
  if (t.norm === 'from' && /^(?:down|up)$/.test(tokens[i - 1]?.norm ?? ''))
    return `${tokens[i - 1]?.norm} from`;
  if (t.norm === 'them' && tokens[i - 1]?.norm === 'among') return 'among them';
  // "exports bound for Japan", "titanium destined for the U.S.": where goods are bound for is where they go to.
  if (t.norm === 'for' && /^(?:bound|destined|headed|intended)$/.test(tokens[i - 1]?.norm ?? '')) return 'to';
  // "expanded its controls to cover technologies for refining": what a measure is widened to take in.
  if (EXTENDED_TO.test(t.norm) && tokens[i - 1]?.norm === 'to') return 'to include';
  // "a ban on nickel ore exports, similar to Indonesia's": what a measure is likened to is no party to it.
  if ((t.norm === 'to' || t.norm === 'with') && LIKENING.test(tokens[i - 1]?.norm ?? '')) return 'likened to';
  // "to reduce exposure to Chinese export controls": what a noun is exposed or open to is no place or party.
  if (t.norm === 'to' && EXPOSED_TO.test(tokens[i - 1]?.norm ?? '')) return 'exposed to';
  if (PLACE_IN_ALTERNATIVE.test(t.norm) && inAlternative(tokens, i)) return 'instead of';
  return PREPOSITIONS.has(t.norm) ? t.norm : null;
}

const PLACE_IN_ALTERNATIVE = /^(?:to|from|in|into)$/;
/** Nouns whose "to" says what they are exposed or open to ("exposure to", "access to", "a blow to"). */
const EXPOSED_TO =
  /^(?:exposure|access|vulnerability|vulnerable|susceptibility|sensitivity|resistance|opposition|risks?|damage|harm|threats?|blow|boost|hit)$/;

/** How many words of its object an alternative's verb may take before the place's preposition. */
const ALTERNATIVE_OBJECT_WORDS = 7;

/**
 * "instead of shipping concentrate to China", "rather than importing them from Korea": the place of the
 * alternative set aside is the one left, not where the action goes.
 */
function inAlternative(tokens: readonly Token[], preposition: number): boolean {
  // ("instead of shipping concentrate to its refinery in Canada": the place may be that of where it goes.)
  let destinationCrossed = false;
  for (let k = preposition - 1; k >= Math.max(2, preposition - 1 - ALTERNATIVE_OBJECT_WORDS); k--) {
    const norm = tokens[k]?.norm ?? '';
    const opener = `${tokens[k - 2]?.norm} ${tokens[k - 1]?.norm}`;
    // ("rather than ship concentrate to China": after "rather than" the verb may be bare.)
    if (opener === 'rather than' && isVerbWord(norm)) return true;
    if (/^[a-z]{3,}ing$/.test(norm)) return opener === 'instead of' || opener === 'rather than';
    if (/^(?:to|into)$/.test(norm) && !destinationCrossed && tokens[preposition]?.norm === 'in') {
      destinationCrossed = true;
      continue;
    }
    if (!/^[a-z\d][a-z\d-]*$/.test(norm) || endsNounPhrase(norm)) return false;
  }
  return false;
}

/** Nouns of a deal that a measure's noun may qualify ("a tariff deal", "the tariff agreement"). */
const DEAL_NOUNS = /^(?:deal|deals|agreement|agreements|pact|pacts|accord|truce)$/;
/** How many words ("with the United States") may stand between the deal and its partner. */
const DEAL_PARTNER_REACH = 3;

/** The deal noun right after the anchor ("tariff deal"), or -1 when none. */
function dealAfter(a: SentenceAnalysis, trigger: Trigger): number {
  return DEAL_NOUNS.test(a.tokens[trigger.anchorEnd]?.norm ?? '') ? trigger.anchorEnd : -1;
}

/**
 * "* India: cut import duty on cobalt to zero": a name that labels a line, with a colon, is the subject of the
 * predicate right after it; so is one that labels a line or a list's item with a colon or a dash before a verb of
 * its own ("India: government cuts import duty …", "…; Peru — bans copper scrap exports").
 */
function labelsPredicate(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.end >= trigger.start || (trigger.actionStart ?? trigger.anchorStart) !== trigger.start) return false;
  const lineStart = a.tokens.slice(0, m.start).every((t) => /^(?:[*•·–—-]|\d+[.)]?)$/.test(t.text));
  const mark = a.tokens[m.end]?.norm ?? '';
  const predicate = a.tokens.slice(m.end + 1, trigger.start);
  // "Kivu Lithium: Plans to shift operations …": the predicate may open with words of planning.
  if (
    lineStart &&
    mark === ':' &&
    predicate.every((t) => LABELLED_PREDICATE_OPENERS.test(t.norm)) &&
    predicate.length <= LABELLED_PREDICATE_OPENING_WORDS
  )
    return true;
  // ("Canada — 35% tariff on lumber", in a list of one country's rates by partner, names whom the rate is for: a
  // label without a verb after it is no actor.)
  if (!(lineStart || /^(?:;|:)$/.test(a.tokens[m.start - 1]?.norm ?? '')) || !LABEL_MARKS.test(mark))
    return false;
  let verb = m.end + 1;
  while (verb < trigger.start && LABEL_GOVERNMENT_WORDS.test(a.tokens[verb]?.norm ?? '')) verb++;
  const word = a.tokens[verb]?.norm ?? '';
  const inMention = (k: number) =>
    a.mentions.some((x) => (x.kind === 'rate' || x.kind === 'goods') && k >= x.start && k < x.end);
  return (
    verb <= trigger.start &&
    verb - m.end <= LABELLED_PREDICATE_OPENING_WORDS &&
    /^[a-z]+(?:s|ed)$/.test(word) &&
    // ("Japan — tariffs on cars": a plural noun of a measure, not a verb.)
    !/^(?:on|of|for|against)$/.test(a.tokens[verb + 1]?.norm ?? '') &&
    a.tokens.slice(verb + 1, trigger.start).every((_, k) => inMention(verb + 1 + k))
  );
}

/** Marks that set a line's label off from its predicate. */
const LABEL_MARKS = /^(?::|—|–)$/;

/** Words that may open a labelled line's predicate before its action ("Plans to", "Has also"). */
const LABELLED_PREDICATE_OPENERS =
  /^(?:plans?|planned|will|would|agreed|aims?|intends?|intended|expects?|to|also|has|had|have|is|was|later|then|first)$/;
const LABELLED_PREDICATE_OPENING_WORDS = 3;
/** A government that stands for the label's country before the predicate's verb ("India: government cuts …"). */
const LABEL_GOVERNMENT_WORDS = /^(?:the|government|govt|ministry|authorities|officials|regulators|cabinet)$/;

const EXTENDED_TO = /^(?:cover|include|encompass)$/;

/** How many words a place's noun phrase may take between "to" or "from" and its "in" ("to two new plants in Ohio"). */
const PLACE_PHRASE_WORDS = 5;

/** Prepositions that place a site ("a plant in Ohio", "a site at Kenitra, Morocco"). */
const SITE_PLACE_PREPOSITIONS = /^(?:in|at)$/;

/**
 * "moved rigs from its sites in Texas to facilities in Paraguay": a country after "in" that places a noun
 * after "to" or "from" is where that phrase goes or comes from.
 */
function placePreposition(tokens: readonly Token[], m: Mention): { preposition: string; at: number } | null {
  const at = governorIndex(tokens, m);
  if (!SITE_PLACE_PREPOSITIONS.test(tokens[at]?.norm ?? '')) return null;
  let words = 0;
  for (let k = at - 1; k >= 0; k--) {
    const norm = tokens[k]?.norm ?? '';
    // "opened a smelter in Oman to replace its plant in Germany": "to" before a verb opens a clause of purpose.
    if (norm === 'to' && isVerbWord(tokens[k + 1]?.norm ?? '')) return null;
    if (norm === 'to' || norm === 'from') return k < at - 1 ? { preposition: norm, at: k } : null;
    // "to a new $300 million factory in Dayton": what the site costs takes no word of its phrase.
    if (SITE_COST_WORD.test(norm)) continue;
    // "to host machines previously run in China": an adverb opens a clause of its own, where "in" places it.
    if (!/^[a-z\d][a-z\d-]*$/.test(norm) || endsNounPhrase(norm) || /ly$/.test(norm)) return null;
    if (++words > PLACE_PHRASE_WORDS) return null;
  }
  return null;
}

/** Words of a sum of money ("$300 million", "€2.5bn") in a site's noun phrase. */
export const SITE_COST_WORD = /^(?:[$€£¥]|us\$|[\d.,]+(?:bn|mn|m|k)?|million|billion|mln|bln)$/;

const CLAUSE_WORDS = /^(?:and|or|but|is|are|was|were|be|been|will|would|has|have|had|that|which|who)$/;

/** Whether a word ends a noun phrase read back from its head: a preposition or a clause's word, not a modifier. */
export function endsNounPhrase(norm: string): boolean {
  return PREPOSITIONS.has(norm) || CLAUSE_WORDS.test(norm);
}

/** Whether a country word can be the one acting: a demonym only with a government noun ("Chinese authorities"). */
export function canAct(a: SentenceAnalysis, m: Mention): boolean {
  if (m.kind !== 'country') return false;
  if (m.form === 'place') return false;
  if (m.form !== 'demonym') return true;
  const next = a.tokens[m.end]?.norm ?? '';
  // "Mongolian state miner Khuvsgul Coal": a company the state owns is no government.
  if (
    next === 'state' &&
    STATE_COMPANY_NOUNS.test(a.tokens[m.end + 1]?.norm ?? '') &&
    // "the Indonesian state mining regulator" is a government's.
    !a.tokens
      .slice(m.end + 1, m.end + 4)
      .some((t) => GOVERNMENT_NOUNS.has(t.norm) || GOVERNMENT_BODY_HEADS.test(t.norm))
  )
    return false;
  return GOVERNMENT_NOUNS.has(next) || officeAfterPortfolio(a, m.end);
}
const STATE_COMPANY_NOUNS =
  /^(?:miner|miners|company|companies|firm|firms|producer|producers|enterprise|enterprises|utility|giant|group|lender|bank|carrier|conglomerate|oil|mining|refiner|smelter|trader)$/;

/** How many capitalised words of a portfolio may stand between a demonym and its office ("Zambian Mines and Minerals Minister"). */
const PORTFOLIO_WORDS = 4;
/** A government's portfolios, written in lower case before its office too ("the Zambian mines minister"). */
const PORTFOLIOS = /^(?:trade|commerce|finance|economy|mines|energy|foreign|resources|natural)$/;
/** Offices only a government holds, after a demonym and any portfolio ("Zambian Mines Minister", "Mexican Economy Secretary"). */
const GOVERNMENT_OFFICES = /^(?:minister|ministers|secretary|negotiator|envoy|premier|chancellor)$/;
/** Heads of a government body's name ("the Philippine Mines and Geosciences Bureau"). */
const GOVERNMENT_BODY_HEADS = /^(?:ministry|department|bureau|directorate)$/;
/** Words of a company's or an association's name, whose offices ("Association Secretary") are no government's. */
const NON_GOVERNMENT_NAME_WORDS =
  /^(?:company|companies|corp|corporation|group|holdings|association|federation|council|chamber|institute|union|society|alliance|industry|industries|producers|mining|metals|minerals)$/;

/** "Zambian Mines Minister Joseph Banda", "the Mexican Economy Secretary": a demonym whose office speaks for its government. */
function officeAfterPortfolio(a: SentenceAnalysis, from: number): boolean {
  for (let k = from; k < Math.min(a.tokens.length, from + PORTFOLIO_WORDS + 1); k++) {
    const t = a.tokens[k] as Token;
    if (GOVERNMENT_OFFICES.test(t.norm) || GOVERNMENT_BODY_HEADS.test(t.norm)) return true;
    if (NON_GOVERNMENT_NAME_WORDS.test(t.norm)) return false;
    if (!/^\p{Lu}/u.test(t.text) && t.norm !== 'and' && t.norm !== '&' && !PORTFOLIOS.test(t.norm))
      return false;
  }
  return false;
}

/** Nouns of a measure's rate alone ("Bangladesh's rate"). */
const RATE_NOUNS = /^rates?$/;
const isPossessive = (a: SentenceAnalysis, m: Mention) =>
  a.tokens[m.end]?.norm === "'s" || a.tokens[m.end]?.norm === "'";

/**
 * Where the possessive mark after a mention stands: right after it ("Congo's decision"), or after the country's
 * office ("the Congolese government's decision to extend its ban"); null if none follows.
 */
function possessiveMark(a: SentenceAnalysis, m: Mention): number | null {
  if (isPossessive(a, m)) return m.end;
  if (m.kind !== 'country') return null;
  const end = officeEnd(a, m);
  return end > m.end && /^(?:'s|')$/.test(a.tokens[end]?.norm ?? '') ? end : null;
}

/** Where the office named right after a mention ends ("the Chinese commerce ministry"), else the mention's end. */
function officeEnd(a: SentenceAnalysis, m: Mention): number {
  let end = m.end;
  while (end < m.end + MAX_OFFICE_WORDS && GOVERNMENT_NOUNS.has(a.tokens[end]?.norm ?? '')) end++;
  return end;
}

/** "Shareholders of Korvath Copper voted to redomicile": the company whose body acts, as "Korvath's shareholders". */
function companyOfItsBody(a: SentenceAnalysis, m: Mention): boolean {
  if (a.tokens[m.start - 1]?.norm !== 'of') return false;
  let body = m.start - 2;
  if (!COMPANY_BODIES.test(a.tokens[body]?.norm ?? '')) return false;
  while (body > 0 && /^(?:the|its)$/.test(a.tokens[body - 1]?.norm ?? '')) body--;
  return body === 0 || a.tokens[body - 1]?.norm === ',';
}

/**
 * Whether the mention is the possessor of the trigger's own noun phrase ("Trump's 10% tariffs", "Beijing's
 * imposition of duties"): only modifiers stand between them, no verb, preposition or clause break.
 */
export function possessesTrigger(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (!isPossessive(a, m) || m.end >= trigger.anchorStart) return false;
  // The action word may follow the possessor ("Trump's imposition of tariffs") or precede it: then it
  // belongs to another noun ("imposed measures over Trump's tariffs").
  const head =
    trigger.actionStart !== null && trigger.actionStart > m.end ? trigger.actionStart : trigger.anchorStart;
  const between = a.tokens.slice(m.end + 1, head);
  return (
    between.length <= 4 &&
    between.every(
      (t) =>
        !PREPOSITIONS.has(t.norm) &&
        !BE_WORDS.has(t.norm) &&
        !AUXILIARIES.has(t.norm) &&
        /^(?:[\p{L}\p{N}][\p{L}\p{N}.,-]*|%|["“”‘’'])$/u.test(t.text),
    )
  );
}

/** How far after the trigger the country kept from the goods may stand. */
const DENIED_REACH = 12;
/**
 * Verbs that keep someone from getting or doing something: "block China from obtaining", "barred Korvath Metals
 * from moving".
 */
export const KEEPING_VERBS =
  /^(?:block(?:s|ed|ing)?|bar(?:s|red|ring)?|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|keep(?:s|ing)?|kept|restrict(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|forb(?:id|ids|ade|idden)|restrain(?:s|ed|ing)?|enjoin(?:s|ed|ing)?)$/;
/** What those verbs keep them from: "from obtaining", "from buying". */
const GETTING = /^(?:obtaining|acquiring|buying|purchasing|accessing|importing|getting|procuring|receiving)$/;
/** Goods kept "from entering" a country. */
const ENTERING = /^(?:entering|reaching)$/;
/** Who in a country is kept from the goods: "Chinese firms' access", "bar Chinese companies from buying". */
const KEPT_PARTIES = new Set([
  'firms',
  'companies',
  'entities',
  'buyers',
  'customers',
  'chipmakers',
  'military',
]);

/**
 * Whether the country mention is kept from goods: the possessor of an "access to" ("China's access to",
 * "Chinese firms' access to"), the object of a keeping verb before "from" and a verb of getting, or where
 * goods are kept "from entering".
 */
function keptFromGoods(a: SentenceAnalysis, m: Mention): boolean {
  const t = a.tokens;
  if (m.kind !== 'country') return false;
  let end = m.end;
  if (KEPT_PARTIES.has(t[end]?.norm ?? '')) end++;
  if (/^(?:'s|'|’)$/.test(t[end]?.norm ?? '')) end++;
  if (t[end]?.norm === 'access' && t[end + 1]?.norm === 'to') return true;
  // "ban Nvidia's most advanced chips from entering China".
  if (t[m.start - 2]?.norm === 'from' && ENTERING.test(t[m.start - 1]?.norm ?? '')) return true;
  return (
    KEEPING_VERBS.test(t[m.start - 1]?.norm ?? '') &&
    t[end]?.norm === 'from' &&
    GETTING.test(t[end + 1]?.norm ?? '')
  );
}

/**
 * Whether the action word at `i` reads as a verb rather than an adjective ("eased", "imposes", "will end";
 * not "retaliatory", "new", "higher"): by its ending, the word before it or the tagger's lexicon, without
 * tagging the sentence.
 */
function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]?.norm ?? '';
  return /(?:ed|[^s]s)$/.test(norm) || MODAL_BEFORE_VERB.test(tokens[i - 1]?.norm ?? '') || isVerbWord(norm);
}

const MODAL_BEFORE_VERB = /^(?:will|would|to|did|does|do|can|could|may|might|must|shall|should)$/;

/** Words of what prices do, whose change a rate after them measures. */
const PRICE_WORDS = /^(?:price|prices|cost|costs|inflation|bills)$/;

/** "tariffs on washing machines raised prices by about 12%": a rate after prices, past the measure, is theirs. */
function measuresPrices(a: SentenceAnalysis, from: number, rateStart: number): boolean {
  for (let k = from; k < rateStart; k++) if (PRICE_WORDS.test(a.tokens[k]?.norm ?? '')) return true;
  return false;
}

/**
 * "doubling the levy over New Delhi's purchases of Russian oil": what follows "over" after a measure is why it
 * was taken, not its goods or whom it hits ("tariffs of over 50%" is a rate).
 */
function givenAsReason(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.start < trigger.end) return false;
  for (let k = trigger.end; k < m.start; k++) {
    if (a.tokens[k]?.norm === 'over' && !/^[\d$€£]/.test(a.tokens[k + 1]?.text ?? '')) return true;
    // "a tariff of 25% for buying Russian crude", "for its purchases of Russian oil": the trade punished.
    const after = POSSESSIVE_DETERMINERS.test(a.tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    if (a.tokens[k]?.norm === 'for' && BUYING.test(a.tokens[after]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Buying named as the reason for a measure, after "for" (not "for imports" or "for importing Chinese cars", the
 * measure's own scope).
 */
const BUYING = /^(?:buying|purchasing|purchases)$/;

/**
 * "10% on crude oil and farm machinery, in response to Washington's new levies": a trigger inside a phrase
 * naming what the clause before it answers has none of that clause's words near it.
 */
function answersFrom(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.end > trigger.start) return false;
  for (let k = m.end; k < trigger.start; k++)
    // "in response to", "in retaliation for", "in reply to": a phrase naming what a step answers.
    if (
      a.tokens[k - 1]?.norm === 'in' &&
      (RETALIATING.test(a.tokens[k]?.norm ?? '') || ANSWERS.test(a.tokens[k]?.norm ?? ''))
    )
      return true;
  return false;
}

/**
 * "Chinese battery maker CATL began production at its plant in Germany": a country before a company's name
 * is the company's, not the site's.
 */
function describesCompany(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  return a.tokens.slice(m.end, trigger.anchorStart).some((t) => /^\p{Lu}/u.test(t.text));
}

/** Nouns for a company as a whole, not a site of its ("The Chinese company", "the Australian miner"). */
const COMPANY_NOUNS = /^(?:company|firm|group|miner|producer|maker|giant|trader|conglomerate|multinational)$/;

/** A country right before the anchor that qualifies it ("Chinese retaliatory tariffs", "its new Mexican plant"). */
/** Prepositions after which a country and the anchor that follows it make a noun phrase ("under US sanctions"). */
const NOUN_PHRASE_OPENERS = /^(?:under|with|by|against)$/;

function modifiesAnchor(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  return (
    // "Indonesia will ban bauxite exports": before an anchor that opens with its verb stands its subject; after a
    // preposition the anchor is a noun ("under US sanctions", "hit by EU sanctions").
    (trigger.actionStart !== trigger.anchorStart ||
      NOUN_PHRASE_OPENERS.test(a.tokens[m.start - 1]?.norm ?? '')) &&
    m.end <= trigger.anchorStart &&
    // "The U.S. eased export restrictions": with the measure's verb between them, a country that is the
    // verb's subject is that, not a modifier ("Chinese retaliatory tariffs" stays one).
    !(
      trigger.actionStart !== null &&
      trigger.actionStart >= m.end &&
      trigger.actionStart < trigger.anchorStart &&
      readsAsVerb(a.tokens, trigger.actionStart) &&
      hasRole(a, m, 'subject', trigger)
    ) &&
    !undergoes(a, m, trigger) &&
    trigger.anchorStart - m.end <= 3 &&
    a.tokens
      .slice(m.end, trigger.anchorStart)
      // "tariffs on all U.S. goods and new export controls": the country names whose goods they are. "the US 25%
      // tariff": the measure's rate may stand between.
      .every(
        (t, k) =>
          (/^[a-z][a-z-]*$/.test(t.norm) && !PREPOSITIONS.has(t.norm) && !TRADE_NOUNS.has(t.norm)) ||
          a.mentions.some((r) => r.kind === 'rate' && m.end + k >= r.start && m.end + k < r.end),
      ) &&
    // "to data centers in China and shift the business": a coordinated verb starts another clause between them.
    !a.tokens.slice(m.end, trigger.anchorStart).some((t, k) => {
      const next = m.end + k + 1;
      return (
        COORDINATORS.has(t.norm) &&
        (next === trigger.anchorStart || next === trigger.actionStart || readsAsVerb(a.tokens, next))
      );
    })
  );
}

/** Nouns for those who ship goods abroad, whose own government's controls bind them. */
const EXPORTER_NOUNS = /^(?:exporters?|shippers?)$/;
/** Nouns for a government's programme of measures: "under Trump's reciprocal plan". */
const SCHEME_NOUNS =
  /^(?:plans?|polic(?:y|ies)|orders?|programs?|programmes?|regimes?|schemes?|proclamations?|agenda)$/;
/** How far after the anchor the "under" of a scheme may stand: "a 24% tariff on cars under …". */
const SCHEME_REACH = 6;
/** The last word of a mention that is a government ("the Biden administration"). */
const GOVERNMENT_HEADS = /^(?:administration|government)$/;
/** How far after the anchor "under" a government may stand: it governs the clause's verb as well. */
const GOVERNMENT_SCHEME_REACH = 14;

/**
 * "Japan will face a 24% tariff under Trump's reciprocal plan", "… under the U.S. plan": whose programme a
 * measure comes under is who levies it.
 */
function ownsSchemeOfMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  let under = m.start - 1;
  while (under > trigger.anchorEnd && DETERMINERS.test(a.tokens[under]?.norm ?? '')) under--;
  // "were raised to 100% in May 2024 under the Biden administration": a government itself, after the verb.
  const government = GOVERNMENT_HEADS.test(a.tokens[m.end - 1]?.norm ?? '');
  const reach = government ? GOVERNMENT_SCHEME_REACH : SCHEME_REACH;
  if (a.tokens[under]?.norm !== 'under' || under < trigger.anchorEnd) return false;
  // A list of the measure's rates is part of its phrase, however long.
  if (
    !ratesOnly(a, trigger.anchorEnd, under) &&
    (under - trigger.anchorEnd > reach ||
      a.tokens.slice(trigger.anchorEnd, under).some((t) => t.norm === ',' || COORDINATORS.has(t.norm)))
  )
    return false;
  if (government) return true;
  let noun = isPossessive(a, m) ? m.end + 1 : m.end;
  for (let words = 0; words < 2 && !SCHEME_NOUNS.test(a.tokens[noun]?.norm ?? ''); words++) {
    if (!/^[a-z][a-z-]*$/.test(a.tokens[noun]?.text ?? '')) return false;
    noun++;
  }
  return SCHEME_NOUNS.test(a.tokens[noun]?.norm ?? '');
}

/**
 * "tariffs of 24%, 32% and 36%, respectively, under Trump's plan": tokens `from`..`to` are a list of rates, whose
 * commas and "and" join no clauses.
 */
function ratesOnly(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const inRate = a.mentions.some((m) => m.kind === 'rate' && m.start <= k && k < m.end);
    if (!inRate && !RATE_LIST_WORDS.test(a.tokens[k]?.norm ?? '')) return false;
  }
  return true;
}
const RATE_LIST_WORDS = /^(?:,|and|or|of|respectively)$/;

/** Nouns of an intention whose infinitive the possessor does ("MicroBT's decision to set up a factory"). */
const PLAN_NOUNS =
  /^(?:decision|plans?|move|bid|efforts?|push|intention|pledge|commitment|promise|attempt|drive|strategy)$/;
/** How many words may say when between the intention and its "to" ("decision earlier this year to"). */
const PLAN_TIME_WORDS = 3;
/** How far after its "to" the trigger of the intention may stand ("to set up a new factory"). */
const PLAN_REACH = 5;

/** Words that may qualify an intention before its noun ("the EU's final decision to"). */
const PLAN_QUALIFIERS = /^(?:final|recent|latest|new|sudden|unilateral|abrupt|formal|official|initial)$/;

/**
 * "MicroBT's decision earlier this year to set up a factory in the U.S.", "the US decision to raise tariffs":
 * the possessor, or the country that says whose the intention is, does what it intends. `from` is the first
 * word after the possessor.
 */
function plansTrigger(a: SentenceAnalysis, from: number, trigger: Trigger): boolean {
  let noun = from;
  while (noun < from + 2 && PLAN_QUALIFIERS.test(a.tokens[noun]?.norm ?? '')) noun++;
  if (!PLAN_NOUNS.test(a.tokens[noun]?.norm ?? '')) return false;
  let to = noun + 1;
  while (
    to <= noun + PLAN_TIME_WORDS &&
    /^[a-z]+$/.test(a.tokens[to]?.norm ?? '') &&
    a.tokens[to]?.norm !== 'to'
  )
    to++;
  return (
    a.tokens[to]?.norm === 'to' &&
    to < trigger.start &&
    trigger.anchorStart - to <= PLAN_REACH &&
    a.clause[to] === trigger.clause &&
    // "China answered the EU's move to probe pork by imposing duties", "the Dutch decision to curb sales, restricted
    // exports": a measure after another verb's phrase is someone else's.
    a.tokens.slice(to + 1, trigger.start).every((t) => !/^(?:,|by|and|or|while)$|ing$/.test(t.norm))
  );
}

/** "the US decision to raise tariffs": a country right before the intention's noun says whose it is. */
function countrysPlan(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  return m.kind === 'country' && !isPossessive(a, m) && plansTrigger(a, officeEnd(a, m), trigger);
}

/**
 * "China firmly opposes the European Union's decision to impose duties": the measure is the intention's owner's,
 * named after the subject, and the subject only answers it.
 */
function intendedByAnother(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  return a.mentions.some((x) => {
    if (x.start < m.end || x.end > trigger.anchorStart || a.clause[x.start] !== trigger.clause) return false;
    const mark = possessiveMark(a, x);
    return mark !== null ? plansTrigger(a, mark + 1, trigger) : countrysPlan(a, x, trigger);
  });
}

/** "China's commerce ministry said it would add …": a country's own ministry or government acts for it. */
function ownsGovernmentBody(a: SentenceAnalysis, m: Mention): boolean {
  return [1, 2].some((k) => GOVERNMENT_BODIES.test(a.tokens[m.end + k]?.norm ?? ''));
}
const GOVERNMENT_BODIES =
  /^(?:ministry|government|cabinet|administration|regulator|customs|department|agency|commission|authorities|parliament|legislature)$/;

/** "Velmora Gold's board approved a plan to redomicile the miner": a company's own board or owners act for it. */
function ownsCompanyBody(a: SentenceAnalysis, m: Mention): boolean {
  return m.kind === 'organisation' && COMPANY_BODIES.test(a.tokens[m.end + 1]?.norm ?? '');
}
const COMPANY_BODIES = /^(?:board|shareholders|stockholders|directors|management|investors|owners)$/;

/** "Shareholders of Copperline Resources voted to approve …", "The board of Fairhollow Gold recommended …". */
function headedByCompanyBody(a: SentenceAnalysis, m: Mention, prep: string | null): boolean {
  return (
    m.kind === 'organisation' &&
    prep === 'of' &&
    COMPANY_BODIES.test(a.tokens[firstOfGroup(a, m).start - 2]?.norm ?? '')
  );
}

/**
 * "sanctions on more than a dozen entities and individuals based in China, Hong Kong, the United Arab Emirates
 * and Turkey, including X, Y and Z": the examples of the parties a measure falls on may follow a long
 * description of them, further than a phrase of the measure's own.
 */
const EXAMPLE_ROLES = new Set(['prep:including', 'prep:such as', 'prep:among them']);
const EXAMPLES_REACH = 30;
/** How far after the trigger a phrase of the measure's own (opened by its preposition) may stand. */
const PHRASE_REACH = 15;

/** How many modifiers may stand between a country and the goods it names the origin of ("U.S. farm machinery"). */
const ORIGIN_MODIFIERS = 1;

/** "some U.S. farm machinery": a country right before goods, or a modifier before them, is where they come from. */
function namesOrigin(a: SentenceAnalysis, m: Mention): boolean {
  if (m.kind !== 'country' || m.form === 'leader') return false;
  const end = lastOfGroup(a, m).end;
  return a.mentions.some(
    (g) =>
      g.kind === 'goods' &&
      g.start >= end &&
      g.start - end <= ORIGIN_MODIFIERS &&
      // A modifier of the goods, not a verb in "-ed" or "-s" the lexicon may not know ("Congo halted cobalt").
      a.tokens
        .slice(end, g.start)
        .every((t, k) => isGoodsModifier(a.tokens, end + k) && !/(?:ed|s)$/.test(t.norm)),
  );
}

/** Whether mention `m` stands in `role` to the trigger. */
/** Participles of backing another's action ("backed by Germany", "joined by Japan"). */
const BACKING_PARTICIPLES =
  /^(?:backed|supported|joined|urged|pressed|prompted|encouraged|pushed|lobbied|endorsed|followed)$/;

/** Whether a mention is the agent of a participle of backing ("The EU, backed by Germany, imposed …"). */
function agentOfBacking(a: SentenceAnalysis, m: Mention): boolean {
  const start = firstOfGroup(a, m).start;
  return a.tokens[start - 1]?.norm === 'by' && BACKING_PARTICIPLES.test(a.tokens[start - 2]?.norm ?? '');
}

/** What a party raises against a measure ("a challenge from the EU", "calls from Australia"). */
const OBJECTION_NOUNS =
  /^(?:challenges?|complaints?|protests?|objections?|criticism|pushback|opposition|backlash|lawsuits?|disputes?|appeals?|pressure|requests?|demands?|calls)$/;

/** Whether the name at `start` comes "from" after what a party raises ("a challenge from the European Union"). */
export function objectionFrom(tokens: readonly Token[], start: number): boolean {
  const preposition = tokens[start - 1]?.norm === 'the' ? start - 2 : start - 1;
  return tokens[preposition]?.norm === 'from' && OBJECTION_NOUNS.test(tokens[preposition - 1]?.norm ?? '');
}

/** Nouns of a rule or a ruler's circle that a leader's name may qualify ("the Lukashenko regime", "the Assad family"). */
const RULE_NOUNS = /^(?:regime|regimes|junta|dynasty|clan|family|era|presidency|government|administration)$/;

/** Sites that goods are supplied to ("car factories", "battery plants"). */
const RECEIVING_SITES = /^(?:factories|factory|plants|plant|lines|workshops|yards|mills)$/;

export function hasRole(a: SentenceAnalysis, m: Mention, role: string, trigger: Trigger): boolean {
  const sameClause = a.clause[m.start] === trigger.clause;
  const before = m.end <= trigger.start;
  const after =
    m.start >= trigger.end ||
    (trigger.actionEnd !== null && m.start >= trigger.actionEnd && m.start >= trigger.anchorEnd);
  // "lift its tariffs on U.S. goods except those on steel": what the measure leaves out is none of its own.
  if (m.kind === 'goods' && m.start > trigger.end && excepted(a.tokens, trigger.end, m.start)) return false;
  // Coordinated members share the first one's preposition: "on Canada and Mexico".
  const prep = prepositionBefore(a.tokens, firstOfGroup(a, m));
  // "a blacklist kept by the U.S. Bureau of Industry and Security": a government body after "by" is the agent, no
  // party.
  if (m.kind === 'organisation' && (bodyAfterBy(a, m) || agentOfEnacting(a, m))) return false;
  // "on all steel imports, except for those from Australia": nor is a country the words right before it leave out.
  if (
    m.kind === 'country' &&
    role.startsWith('prep:') &&
    m.start > trigger.end &&
    ((prep === 'from' &&
      excepted(a.tokens, Math.max(trigger.end, m.start - EXCEPTED_COUNTRY_WORDS), m.start)) ||
      // "except for shipments to Uzbekistan", "does not cover shipments to Russia": a destination of goods left out.
      (prep === 'to' &&
        excepted(a.tokens, Math.max(trigger.end, m.start - EXCEPTED_COUNTRY_WORDS), m.start) &&
        a.tokens
          .slice(Math.max(trigger.end, m.start - EXCEPTED_COUNTRY_WORDS), m.start)
          .some((t) => TRADED_OF.test(t.norm))))
  )
    return false;
  // "cut tariffs on wine following requests from the EU": who asks or objects is no party the measure is on.
  if (m.kind === 'country' && role === 'prep:from' && objectionFrom(a.tokens, firstOfGroup(a, m).start))
    return false;
  // "a safeguard duty on steel imports, mostly from China and Japan": where most of the goods come from names
  // no country the measure is on.
  if (
    m.kind === 'country' &&
    role.startsWith('prep:') &&
    prep === 'from' &&
    MOSTLY.test(a.tokens[firstOfGroup(a, m).start - 2]?.norm ?? '')
  )
    return false;
  // "a site outside Columbus, Ohio" is near the city; "its first factory outside China" is anywhere but the country.
  if (role === 'prep:outside' && m.kind === 'country' && m.form === 'name') return false;
  if (role.startsWith('prep:')) {
    // "moved rigs to a hosting facility in Texas": the place phrase after the trigger counts from its "to";
    // a site that is the anchor itself ("from a new assembly plant in Tennessee") is placed by its own "in".
    const place = SITE_PLACE_PREPOSITIONS.test(prep ?? '')
      ? placePreposition(a.tokens, firstOfGroup(a, m))
      : null;
    const phrase = place && place.at >= trigger.end ? place : null;
    // After the anchor, or between the action word and the anchor ("added X, among them Y, to the list").
    return (
      sameClause &&
      (phrase?.preposition ?? prep) === role.slice(5) &&
      m.start >= trigger.start &&
      (phrase?.at ?? firstOfGroup(a, m).start) - trigger.end <=
        (EXAMPLE_ROLES.has(role) ? EXAMPLES_REACH : PHRASE_REACH) &&
      // "exempt Mexico from U.S. tariffs": a country right before the anchor qualifies it.
      !(m.kind === 'country' && m.end === trigger.anchorStart) &&
      // "shifting output previously made in Germany": where it was made before is left, not reached.
      !(m.kind === 'country' && /^(?:in|at)$/.test(prep ?? '') && placedBefore(a, m, trigger)) &&
      // "the plant would supply cathode makers in South Korea": where a site's buyers are is not where it is.
      // ("would start shipping to the US": where the output is shipped to, likewise.)
      !(
        m.kind === 'country' &&
        m.start > trigger.end &&
        ((prep === 'in' && suppliedIn(a.tokens.slice(trigger.end, m.start).map((t) => t.norm))) ||
          (prep === 'to' &&
            SHIPPING_OUT.test(a.tokens[governorIndex(a.tokens, firstOfGroup(a, m)) - 1]?.norm ?? '')))
      ) &&
      !givenAsReason(a, m, trigger) &&
      !governedByLaterMeasure(a, m, trigger) &&
      !(prep === 'by' && byPhraseOfVerbAfterNoun(a, m, trigger)) &&
      // "Imports from China will face a 20.1% duty, those from Russia 18.5%": "those" opens another part's goods.
      !(
        m.start > trigger.end && a.tokens[governorIndex(a.tokens, firstOfGroup(a, m)) - 1]?.norm === 'those'
      ) &&
      !inParticipleClauseAfter(a, m, trigger) &&
      // "build a refinery in Tulsa instead of shipping concentrate to China": a place inside the course not
      // taken is not where the action goes.
      !(
        m.kind === 'country' &&
        /^(?:to|into|in)$/.test(prep ?? '') &&
        insideAlternative(a, trigger.end, m.start)
      ) &&
      // "the ban pushed companies such as Korvath to build smelters": examples of what the measure's verb acts on.
      !(
        m.kind === 'organisation' &&
        EXAMPLE_ROLES.has(role) &&
        objectOfMeasuresVerb(a, firstOfGroup(a, m), trigger, OBJECT_LEAD_WORDS + EXAMPLE_LEAD_WORDS)
      ) &&
      !(m.kind === 'country' && boughtByParties(a, trigger.end, m.start)) &&
      // "slowed shipments to automakers": the makers that goods go to are parties, not goods; so are the sites they
      // go to ("choked supply to car factories").
      !(
        m.kind === 'goods' &&
        prep === 'to' &&
        (isOrganisationNoun(a.tokens[m.end - 1]?.norm ?? '') ||
          RECEIVING_SITES.test(a.tokens[m.end]?.norm ?? ''))
      )
    );
  }
  switch (role) {
    case 'agent':
      // "Laos was told by Washington that its goods would be taxed at 40%": who tells a country of its goods' measure
      // levies it.
      if (toldBy(a, m, trigger)) return true;
      if (sameClause && prep === 'by' && listedBeforeBy(a, m, trigger)) return true;
      // "duties of up to 198 percent under a preliminary ruling by the Commerce Department".
      // "tariffs announced by China in response to increased U.S. tariffs": an agent before the trigger
      // is its own only right before it ("a ruling by the Commerce Department imposing duties").
      return (
        sameClause &&
        prep === 'by' &&
        Math.abs(m.start - trigger.end) <= AGENT_REACH &&
        (m.end > trigger.start || trigger.start - m.end <= AGENT_BEFORE_REACH) &&
        // "added X to its list, mirroring a measure adopted by the EU": the agent of another measure, in a
        // participle clause set off after the trigger; "sanctioned X, a refinery owned by a Russian oil company":
        // the agent inside the description of the party.
        !(m.start > trigger.end && participleClauseBetween(a.tokens, trigger.end, m.start)) &&
        !(m.start > trigger.end && agentOfOtherParticiple(a, m, trigger)) &&
        !(m.start > trigger.end && inDescriptionOfParty(a, trigger.end, m.start)) &&
        // "The EU, backed by Germany, imposed …": who backs the subject does not act.
        !agentOfBacking(a, m)
      );
    case 'subject':
      if (labelsPredicate(a, m, trigger)) return true;
      // "with Washington dropping its threat": the noun before a gerund that "with" opens is its subject.
      if (prep === 'with' && trigger.actionStart === m.end && /ing$/.test(a.tokens[m.end]?.norm ?? ''))
        return true;
      if (!before) return subjectOfFrontedClause(a, m, trigger);
      if (subjectOfTrailingParticiple(a, m, trigger)) return true;
      if (subjectOfElidedClause(a, m, trigger)) return true;
      if (takenUpByPronounAfterMeasure(a, trigger) && !opensSentence(a, m)) return false;
      return (
        (sameClause || antecedentOf(a, m, trigger) || appositiveEnd(a, m.end) !== undefined) &&
        !insideAppositive(a, m) &&
        before &&
        (prep === null ||
          examplesOfSubject(a, m, prep) ||
          headedByGovernment(a, m) ||
          headedByCompanyBody(a, m, prep) ||
          antecedentOf(a, m, trigger) ||
          opensClause(a, m, prep, trigger)) &&
        (!isPossessive(a, m) || ownsGovernmentBody(a, m) || ownsCompanyBody(a, m)) &&
        // "shipping its SealMiner rigs": a name a possessive opens is something the subject has.
        !POSSESSIVE_DETERMINERS.test(a.tokens[m.start - 1]?.norm ?? '') &&
        !objectBeforeParticiple(a, m, trigger) &&
        !objectOfVerbBefore(a, m) &&
        !qualifiesOtherNoun(a, m, trigger) &&
        !objectBeforeCoordinatedVerb(a, m, trigger) &&
        !insideObjectBeforeCoordinatedVerb(a, m, trigger) &&
        !qualifiesEarlierMeasure(a, m, trigger) &&
        // "exempt some U.S. medical equipment from its tariffs": a country right before goods names where they
        // come from, and acts in no clause.
        !namesOrigin(a, m) &&
        !describesPassiveParty(a, m, trigger) &&
        // "Quartzline Mining chief executive Gregory Hale has moved his family": the person in the role is the
        // subject, not the company that names the role.
        !(
          m.kind === 'organisation' &&
          roleHolderAfter(a.tokens, m.end) !== m.end &&
          // ("… chief executive Gregory Hale moved its headquarters", "moved production to Mexico": what the holder
          // does to the company's work is the company's; only a move of the holder's own is not.)
          PERSONAL_MOVE_OPENERS.test(a.tokens[(trigger.actionStart ?? trigger.anchorStart) + 1]?.norm ?? '')
        ) &&
        trigger.start - (appositiveEnd(a, lastOfGroup(a, m).end) ?? m.end) <= 14 &&
        !undergoes(a, m, trigger) &&
        !reactsToMeasure(a, m, trigger) &&
        !intendedByAnother(a, m, trigger) &&
        // "Washington granted Mexico a waiver", "agreed to exempt Japan from the tariffs", "Trump warned Canada
        // of higher tariffs": the object of a grant, an exemption or a warning receives it.
        !OBJECT_TAKING_VERBS.some((verbs) => verbs.test(a.tokens[firstOfGroup(a, m).start - 1]?.norm ?? ''))
      );
    case 'possessive': {
      const mark = possessiveMark(a, m);
      const possessedNoun = (mark !== null && mark > m.end ? mark : lastOfGroup(a, m).end) + 1;
      const countrys = countrysPlan(a, m, trigger);
      return (
        (mark !== null || (m.kind === 'organisation' && companyOfItsBody(a, m)) || countrys) &&
        m.end < trigger.anchorStart &&
        (trigger.anchorStart - m.end <= 5 ||
          possessedMeasurePhrase(a, m.end, trigger.anchorStart) ||
          (mark !== null && plansTrigger(a, mark + 1, trigger)) ||
          (mark !== null && itsAfterConjunction(a, trigger.anchorStart)) ||
          countrys) &&
        // "Chile's Codelco will halt exports": what the possessor owns is the company, not the measure.
        !a.mentions.some(
          (x) => x.kind === 'organisation' && x.start >= m.end && x.end <= trigger.anchorStart,
        ) &&
        // "Vietnam's steel exports to the EU are subject to a duty": the possessor undergoes it.
        !undergoes(a, m, trigger) &&
        // "revoked Canada's exemption from the steel tariffs": the possessor of a grant is who was granted it.
        // "cut Turkey's tariff-free quota": so is the possessor of what is free of the measure.
        !GRANT_NOUNS.test(a.tokens[possessedNoun]?.norm ?? '') &&
        !FREE_OF_MEASURE.test(a.tokens[possessedNoun]?.norm ?? '') &&
        // "Japan's 15% tariff deal with the U.S.": the possessor of a deal is a party to it, not who levies.
        dealAfter(a, trigger) < 0
      );
    }
    case 'deal_party':
      return (
        isPossessive(a, m) &&
        m.end < trigger.anchorStart &&
        trigger.anchorStart - m.end <= 5 &&
        dealAfter(a, trigger) >= 0
      );
    case 'deal_partner': {
      // "Japan's 15% tariff deal with the U.S.": the partner the deal is made with levies the rate it sets.
      const deal = dealAfter(a, trigger);
      return (
        deal >= 0 && sameClause && prep === 'with' && m.start > deal && m.start - deal <= DEAL_PARTNER_REACH
      );
    }
    case 'modifier':
      // "goods from Canada will be taxed at 35%": where goods come from, with the verb after it, modifies no
      // measure ("exempted Mexico from U.S. tariffs" names who levies them). "under its own Russia sanctions
      // regime": a country after the possessor's own determiner names whom the measures are about.
      return (
        modifiesAnchor(a, m, trigger) &&
        !(
          POSSESSIVE_DETERMINERS.test(a.tokens[m.start - 1]?.norm ?? '') ||
          a.tokens[m.start - 1]?.norm === 'own'
        ) &&
        !(
          prep === 'from' &&
          a.tokens.slice(m.end, trigger.anchorStart).some((t) => VERB_GROUP_WORDS.test(t.norm))
        )
      );
    // "shifting work from its Chinese factories": a site's country is where it moves from, after "from";
    // elsewhere ("its new Mexican plant") where it moves to.
    case 'site_left':
      return (
        modifiesAnchor(a, m, trigger) && leavesPlace(a.tokens, m.start) && !describesCompany(a, m, trigger)
      );
    case 'site_reached':
      return (
        modifiesAnchor(a, m, trigger) &&
        // "The Chinese company began producing …": the nationality of the company that acts is no site's place.
        !(m.form === 'demonym' && COMPANY_NOUNS.test(a.tokens[m.end]?.norm ?? '')) &&
        !leavesPlace(a.tokens, m.start) &&
        !describesCompany(a, m, trigger) &&
        !fromOwnSite(a.tokens, m.start)
      );
    case 'object': {
      if (objectTakenUpByRelative(a, m, trigger)) return true;
      // "took Huawei off the list": the object inside a verb split by its particle.
      if (
        trigger.actionStart !== null &&
        trigger.actionEnd !== null &&
        m.start > trigger.actionStart &&
        m.end < trigger.actionEnd
      )
        return sameClause;
      const end = trigger.actionEnd ?? trigger.anchorEnd;
      // "the Commerce Department's addition of Velmora Robotics to the Entity List": a noun of the action
      // takes its object with "of".
      const from =
        ACTION_NOUNS.test(a.tokens[end - 1]?.norm ?? '') && a.tokens[end]?.norm === 'of' ? end + 1 : end;
      const described = descriptorStart(a.tokens, m, from);
      // "Chinese drone maker DJI", "U.S. drone maker Skydio": a nationality before the descriptor belongs
      // to it too.
      const nationality =
        described < m.start
          ? a.mentions.find(
              (x) =>
                x.kind === 'country' && (x.form === 'demonym' || x.form === 'name') && x.end === described,
            )
          : undefined;
      // "added China's Huawei to the list": a country that owns the name belongs to it as well.
      const owner = /^['’]s$/.test(a.tokens[described - 1]?.norm ?? '')
        ? a.mentions.find((x) => x.kind === 'country' && x.form === 'name' && x.end === described - 1)
        : undefined;
      const describedBy = nationality ?? owner;
      // "removed Siberian nickel producer Taimyrsk Metals": a region's adjective the gazetteer does not know opens
      // the descriptor as a nationality would.
      const region =
        !describedBy &&
        described < m.start &&
        /^\p{Lu}\p{Ll}+$/u.test(a.tokens[described - 1]?.text ?? '') &&
        !a.mentions.some((x) => x.start <= described - 1 && x.end > described - 1);
      // "sanctioned their director, Tomas Corvane": the role the name holds opens the object.
      // ("added Hexin Holdings' Chinese subsidiary Shenzhen Hexin Lasers": the owner opens it before the nationality.)
      const start =
        describedBy && describedBy.start >= from
          ? possessorStart(a.tokens, describedBy.start, from)
          : region && described - 1 >= from
            ? described - 1
            : possessedRoleStart(a.tokens, described);
      const between = a.tokens.slice(from, start);
      // "sanctioned three Chinese companies: X, Y and Z": the names after the colon are the object's own.
      const introducedByColon = a.tokens[openingOfNames(a.tokens, start) - 1]?.norm === ':';
      return (
        (sameClause || introducedByColon) &&
        start >= from &&
        ((start - from <= 3 &&
          between.every((t) => SKIPPED_BEFORE.has(t.norm) || t.norm === 'two' || t.norm === 'three')) ||
          describesNames(a, from, start) ||
          partiesReferredBefore(a, from, start))
      );
    }
    case 'passive_subject': {
      const verb = trigger.actionStart ?? trigger.anchorStart;
      if (insideAppositive(a, m)) return false;
      if (heldInApposition(a, m, trigger)) return true;
      // "Huawei, added to the Entity List in 2019, has …": a participle set off after the name is said of it.
      if (
        SETS_OFF.test(a.tokens[m.end]?.norm ?? '') &&
        // "X and Y, both added to the Entity List in 2019": a word of quantity may stand before the participle.
        (verb === m.end + 1 ||
          (verb === m.end + 2 && /^(?:both|all|each)$/.test(a.tokens[m.end + 1]?.norm ?? ''))) &&
        /ed$/.test(a.tokens[verb]?.norm ?? '') &&
        SET_OFF_PARTICIPLE_FOLLOWERS.test(a.tokens[trigger.actionEnd ?? trigger.anchorEnd]?.norm ?? '')
      )
        return true;
      // "X, which was placed on the list": the relative pronoun stands for X.
      const relative =
        a.tokens[m.end]?.norm === ',' && /^(?:which|who|that)$/.test(a.tokens[m.end + 1]?.norm ?? '');
      // "X, a unit of Y, was added", "X, which the company manages, was identified": the apposition or the
      // relative clause closed between the name and its verb does not count.
      const closed = appositiveEnd(a, m.end);
      const from = relative && (closed === undefined || closed > verb) ? m.end : (closed ?? m.end);
      // "X is in talks with regulators after being added to the list": a participle without a subject
      // has the main clause's.
      const participle = a.tokens[verb - 1]?.norm === 'being' || a.tokens[verb - 1]?.norm === 'having';
      return (
        (sameClause || relative || from > m.end) &&
        m.end <= verb &&
        verb - from <= (participle ? 12 : 6) &&
        (a.tokens.slice(from, verb).some((t) => BE_WORDS.has(t.norm)) ||
          // "Tall Pines remains on the SDN List", "X is under US sanctions": the party where the measure put it.
          (STAYING_WORDS.test(a.tokens[verb]?.norm ?? '') &&
            /^(?:on|under)$/.test(a.tokens[verb + 1]?.norm ?? '') &&
            trigger.anchorStart - (verb + 1) <= STAYING_LIST_WORDS)) &&
        // "the ministry had added tungsten to its list": a perfect with no "been" is active; so is "Commerce is
        // adding four entities", a progressive.
        !(/^(?:has|have|had)$/.test(a.tokens[verb - 1]?.norm ?? '') && a.tokens[verb]?.norm !== 'been') &&
        !/ing$/.test(a.tokens[verb]?.norm ?? '')
      );
    }
    case 'undergoer':
      return (
        ((sameClause &&
          (prep === null ||
            ofTradeNoun(a, m) ||
            // "with Vietnam facing a 46% levy": the subject of an absolute clause that "with" opens.
            (prep === 'with' && UNDERGOING.test(a.tokens[lastOfGroup(a, m).end]?.norm ?? '')))) ||
          opensRelativeClause(a, m)) &&
        // "Trump warned that the EU would face 50% tariffs": the subject of the complement that the verb of
        // warning governs stands between the verb and the measure.
        (before ||
          (trigger.actionStart !== null && m.start > trigger.actionStart && m.end <= trigger.anchorStart)) &&
        undergoes(a, m, trigger) &&
        !spared(a, m, trigger)
      );
    case 'owner':
      return sameClause && before && prep === null && ownsTheGoods(a, m, trigger);
    case 'where_clause':
      // "now runs its business from Dubai, where it moved its head office in 2023": the place a "where" clause
      // opens on is where its action happens.
      return (
        m.end < trigger.start &&
        a.tokens[m.end]?.norm === ',' &&
        a.tokens[m.end + 1]?.norm === 'where' &&
        trigger.start - m.end <= WHERE_REACH &&
        a.tokens.slice(m.end + 2, trigger.start).every((t) => t.norm !== ',')
      );
    case 'answerer':
      // "China retaliated against U.S. tariffs": a country answers a measure that falls on it.
      return sameClause && before && prep === null && m.kind === 'country' && answersMeasure(a, m, trigger);
    case 'issuer':
      // "retaliatory duties from Beijing", "new tariffs from Washington": "from" right after the anchor
      // names who issues the measure ("tariffs on goods from China" names where the goods come from).
      return (
        sameClause &&
        canAct(a, m) &&
        ((prep === 'from' &&
          issuedRightAfter(a.tokens, governorIndex(a.tokens, firstOfGroup(a, m)), trigger)) ||
          ownsSchemeOfMeasure(a, m, trigger))
      );
    case 'grantor':
      return sameClause && prep === 'from' && grantNounBefore(a, m.start) !== undefined;
    case 'beneficiary': {
      // "Canada won a reprieve from Washington on a 25% tariff": the country that receives the grant.
      // "Washington granted Mexico a 90-day extension on the tariff": a pause given to a country is a grant too.
      const given = GRANT_VERBS.test(a.tokens[m.start - 1]?.norm ?? '');
      const grant = a.tokens.findIndex(
        (t, i) =>
          i >= m.end && i - m.end <= 5 && (GRANT_NOUNS.test(t.norm) || (given && PAUSE_NOUNS.test(t.norm))),
      );
      // "Chile granted Peru duty-free access": the indirect object of a grant whose object is the measure's
      // exemption itself.
      const grantedTheAnchor =
        GRANT_VERBS.test(a.tokens[m.start - 1]?.norm ?? '') &&
        trigger.anchorStart >= m.end &&
        trigger.anchorStart - m.end <= 1;
      return (
        sameClause &&
        before &&
        prep === null &&
        ((grant >= 0 &&
          grant < trigger.anchorStart &&
          !a.tokens.slice(m.end, grant).some((t) => t.norm === ',')) ||
          grantedTheAnchor) &&
        // "Washington granted Mexico a waiver": who grants is no beneficiary.
        !GRANT_VERBS.test(a.tokens[m.end]?.norm ?? '')
      );
    }
    case 'spared_for': {
      // "extended the pause on higher tariffs for China", "an exemption for Australia", "the exemptions granted
      // to Australia", "were paused for Canada": whom a grant is for.
      const at = firstOfGroup(a, m).start;
      const grantedTo = prep === 'to' && GRANT_VERBS.test(a.tokens[at - 2]?.norm ?? '');
      return (
        sameClause &&
        (prep === 'for' || grantedTo) &&
        a.tokens
          .slice(Math.max(0, at - 1 - SPARED_FOR_REACH), at - 1)
          .some(
            (t) =>
              GRANT_NOUNS.test(t.norm) ||
              PAUSE_NOUNS.test(t.norm) ||
              PAUSED.test(t.norm) ||
              FREE_OF_MEASURE.test(t.norm),
          )
      );
    }
    case 'set_for': {
      // "the 46% duty announced for Vietnam", "the rate set for Japan": a participle right after the measure says
      // whom it is for ("proposed for Russia's oil buyers" is another's proposal, and not read).
      const at = firstOfGroup(a, m).start;
      return (
        sameClause &&
        prep === 'for' &&
        at - 2 >= trigger.anchorEnd &&
        at - 2 <= trigger.anchorEnd + 1 &&
        SET_FOR.test(a.tokens[at - 2]?.norm ?? '')
      );
    }
    case 'speaker':
      // "Will announce reciprocal tariffs, says Donald Trump": the speaker of a subjectless quote.
      return (
        m.start >= trigger.end &&
        (m.form === 'leader' || m.form === 'name' || m.form === 'metonym') &&
        /^(?:says|said|told|announced|warned)$/.test(a.tokens[m.start - 1]?.norm ?? '')
      );
    case 'pronoun':
      return m.form === 'leader' && before && pronounRefersTo(a, m, trigger);
    case 'after':
      // "removed X from its sanctions list after Y reduced his stake": Y opens a clause of its own.
      return (
        sameClause &&
        after &&
        prep !== 'by' &&
        // "lifted its ban on exports of copper concentrate for Freeport": whom a step is for gains by it.
        prep !== 'for' &&
        // "occupations designated in Title Eight of the Education Law": where something is named is no party.
        prep !== 'in' &&
        // "a sanctions lawyer at Halberd & Finch": where someone works is no party.
        prep !== 'at' &&
        // "banned imports of Russian aluminium onto the LME and CME": where goods are brought to trade is no party.
        prep !== 'onto' &&
        prepositionOverNames(a, m) !== 'onto' &&
        // "exports to countries outside the OECD": a group a measure leaves out is no party to it.
        prep !== 'outside' &&
        prep !== 'beyond' &&
        // "sanctioned two firms over gold trading with the Rapid Support Forces": a name inside the reason is no party.
        !givenAsReason(a, m, trigger) &&
        !(prep !== null && opensClause(a, m, prep, trigger)) &&
        m.start - trigger.end <= 20 &&
        !citesSource(a.tokens, trigger.end, m.start) &&
        // "After being added to the list, X said …": the subject the participle clause opening the sentence is
        // said of, whatever its own verb.
        (subjectOfFrontedPassive(a, m, trigger) || (!reportsStatement(a, m) && !subjectOfNextClause(a, m))) &&
        !makesGoods(a, m) &&
        // "entities supporting the Lukashenko regime": a name that qualifies a government's noun names no party.
        !RULE_NOUNS.test(a.tokens[lastOfGroup(a, m).end]?.norm ?? '') &&
        // "when Freeport-McMoRan's new smelter is due to open": a possessor owns what follows, and is no party.
        !isPossessive(a, m) &&
        !objectOfMeasuresVerb(
          a,
          firstOfGroup(a, m),
          trigger,
          EXAMPLE_PREPOSITIONS.has(prep ?? '') ? OBJECT_LEAD_WORDS + EXAMPLE_LEAD_WORDS : OBJECT_LEAD_WORDS,
        ) &&
        !touchedByConsequence(a, m, trigger) &&
        !agentsOfParticipleBefore(a, firstOfGroup(a, m)) &&
        // "two individuals, whom the Foreign Office did not name": the subject of a relative clause is no party.
        !/^(?:whom|which|who|whose)$/.test(
          a.tokens[m.start - (a.tokens[m.start - 1]?.norm === 'the' ? 2 : 1)]?.norm ?? '',
        ) &&
        // "banned exports of NPI": what the exports are of is goods, however it is written.
        !(
          prep === 'of' &&
          TRADED_OF.test(a.tokens[governorIndex(a.tokens, firstOfGroup(a, m)) - 1]?.norm ?? '')
        )
      );
    case 'moved_owner':
      return ownerOfMovedThing(a, m, trigger);
    case 'exporters_home':
      // "Chinese exporters have needed permits to ship gallium": a country's own exporters are bound by its
      // export controls.
      // ("Chinese exporters need U.S. licences", "… need permits from Brussels": another country's licence is its own
      // control; only a destination, after "to", may stand beside.)
      return (
        m.kind === 'country' &&
        (m.form === 'demonym' || m.form === 'name' || isPossessive(a, m)) &&
        (m.end === trigger.anchorStart || (isPossessive(a, m) && m.end + 1 === trigger.anchorStart)) &&
        EXPORTER_NOUNS.test(a.tokens[trigger.anchorStart]?.norm ?? '') &&
        !a.mentions.some(
          (x) =>
            x.kind === 'country' &&
            x !== m &&
            a.clause[x.start] === a.clause[m.start] &&
            !/^(?:to|into)$/.test(prepositionBefore(a.tokens, x) ?? ''),
        )
      );
    case 'mover_agent':
      // "Production will be relocated from Shanghai to Mexico by Arvola Mining Machines": the agent of a passive
      // move is who moves; a plant "built by", "financed by" or "criticized by" another names no mover.
      return (
        sameClause &&
        prep === 'by' &&
        m.start > trigger.end &&
        m.start - trigger.end <= AGENT_REACH &&
        passiveMove(a, trigger.actionStart ?? trigger.anchorStart)
      );
    case 'covered':
      return coveredByMeasure(a, m, trigger);
    case 'named_after_colon':
      return namedAfterColon(a, m, trigger);
    case 'action_possessor':
      // "Korvath Mining's addition to the Entity List": the possessor of the action's noun undergoes it.
      return (
        m.kind === 'organisation' &&
        isPossessive(a, m) &&
        trigger.actionStart === m.end + 1 &&
        ACTION_NOUNS.test(a.tokens[m.end + 1]?.norm ?? '')
      );
    case 'reporter':
      return reportsMeasure(a, m, trigger);
    case 'near':
      return (
        sameClause &&
        // "allowing shipments by miners": what comes "by" is who acts, not the goods ("miners" are also machines).
        !(m.kind === 'goods' && prep === 'by') &&
        Math.min(Math.abs(m.start - trigger.end), Math.abs(trigger.start - m.end)) <= 12 &&
        !givenAsReason(a, m, trigger) &&
        !answersFrom(a, m, trigger) &&
        !(m.kind === 'rate' && measuresPrices(a, trigger.end, m.start)) &&
        !(m.kind === 'list' && isOtherThanAnchorList(a, m, trigger))
      );
    case 'destination': {
      // "a 15% tariff on its exports to the United States", "on steel imports into the U.S.": the country
      // the goods go to charges the tariff.
      if (prep !== 'to' && prep !== 'into') return false;
      // "Vietnam's steel exports to the EU are subject to a duty": where the subject's goods go.
      if (m.start < trigger.anchorStart)
        return (
          onRouteBeforeMeasure(a, m, trigger) ||
          a.mentions.some(
            (x) =>
              x.kind === 'country' &&
              x.end <= m.start &&
              subjectEnd(a, x) === m.end &&
              undergoes(a, x, trigger),
          )
        );
      if (!sameClause || m.start - trigger.end > 10) return false;
      let p = m.start - 1;
      while (p > 0 && a.tokens[p]?.norm !== prep) p--;
      return DESTINED_GOODS.has(a.tokens[p - 1]?.norm ?? '');
    }
    case 'sent_to': {
      // "exports of its H20 chips to China would require a license": where the goods of the clause's subject
      // go, right before the verb that controls them.
      if (prep !== 'to' || m.end > trigger.start || trigger.start - m.end > SENT_TO_REACH) return false;
      if (!a.tokens.slice(m.end, trigger.start).every((t) => VERB_GROUP_WORDS.test(t.norm))) return false;
      for (let k = m.start - 2; k >= Math.max(0, m.start - 2 - SENT_TO_REACH * 2); k--) {
        const word = a.tokens[k]?.norm ?? '';
        if (word === ',' || a.clause[k] !== a.clause[m.start]) return false;
        if (DESTINED_GOODS.has(word)) return true;
      }
      return false;
    }
    case 'addressee': {
      // "letters to Japan and South Korea informing them of 25% tariffs": the country a notice of the
      // measure is sent to, before it in the sentence.
      const opener = governorIndex(a.tokens, firstOfGroup(a, m));
      return (
        prep === 'to' &&
        NOTICE_NOUNS.test(a.tokens[opener - 1]?.norm ?? '') &&
        m.end <= trigger.start &&
        trigger.start - m.end <= ADDRESSEE_REACH
      );
    }
    case 'in_anchor':
      // "began U.S. production": a country inside the anchor's own words.
      return m.start > trigger.anchorStart && m.end < trigger.anchorEnd;
    case 'origin':
      // "printers made in Japan", "steel produced in Vietnam": where the goods come from. "Vehicles assembled in
      // Mexico will face a 25% tariff": goods named before, as the subject of a verb of undergoing the measure.
      if (prep === 'from' && onRouteBeforeMeasure(a, m, trigger)) return true;
      return (
        sameClause &&
        madeIn(a.tokens, governorIndex(a.tokens, m)) &&
        ((m.start >= trigger.anchorStart &&
          (m.start - trigger.end <= 12 || originOfNearGoods(a, m, trigger))) ||
          (m.end <= trigger.anchorStart &&
            a.tokens.slice(m.end, trigger.anchorStart).some((t) => UNDERGOING.test(t.norm))))
      );
    case 'denied':
      // "export controls to limit China's access to advanced chips", "measures block China from obtaining
      // the tools": the country kept from the goods is the one the control aims at.
      return m.start >= trigger.start && m.start - trigger.end <= DENIED_REACH && keptFromGoods(a, m);
    case 'adjunct':
      return nounAdjunct(a, m, trigger);
    case 'goods_modifier':
      // "President Trump made another move": a leader names no goods' origin.
      return (
        m.form !== 'leader' &&
        sameClause &&
        m.start >= trigger.anchorStart &&
        !givenAsReason(a, m, trigger) &&
        !objectOfRelativeClause(a, trigger.end, m.start) &&
        // "raised tariffs on steel to 50%, leaving the rate on U.K. shipments at 25%": goods of the clause after.
        !(m.start >= trigger.end && inParticipleClauseAfter(a, m, trigger)) &&
        m.start - trigger.end <= 12 &&
        (a.mentions.some((g) => g.kind === 'goods' && g.start >= m.end && g.start - m.end <= 1) ||
          TRADE_NOUNS.has(a.tokens[m.end]?.norm ?? ''))
      );
    default:
      return false;
  }
}

/** Determiners that open a noun phrase whose head a country's name may qualify ("the Canada tariffs"). */
const ADJUNCT_DETERMINERS = /^(?:the|these|those)$/;

/**
 * "The Canada and Mexico tariffs remain at 25%", "announcing the EU tariffs": a country's name (not its
 * demonym, nor a possessive) between a determiner and the anchor, qualifying it as a noun does, names whom
 * the measure hits when another party levies it (the candidate decides which party does). A measure that
 * says what it is on ("the U.S. duties on pasta", "the US tariff on China") has its levying party there.
 */
function nounAdjunct(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const last = lastOfGroup(a, m);
  return (
    m.kind === 'country' &&
    m.form === 'name' &&
    last.end === trigger.anchorStart &&
    !isPossessive(a, last) &&
    ADJUNCT_DETERMINERS.test(a.tokens[firstOfGroup(a, m).start - 1]?.norm ?? '') &&
    !/^(?:on|against)$/.test(a.tokens[trigger.anchorEnd]?.norm ?? '') &&
    // ("The EU delisted Pelagos": an anchor that is a verb in the past has the name before it as its subject.)
    !isPastForm(a.tokens[trigger.anchorStart]?.norm ?? '')
  );
}

/**
 * "tariffs on countries that buy Venezuelan oil": goods a relative clause's verb takes are what the parties
 * the measure falls on trade in, not whom it falls on.
 */
function objectOfRelativeClause(a: SentenceAnalysis, from: number, to: number): boolean {
  // "a 25% tariff on countries buying Venezuelan oil": a participle after the parties is such a clause too.
  for (let k = from + 1; k < to; k++)
    if (PARTY_NOUNS.test(a.tokens[k - 1]?.norm ?? '') && /ing$/.test(a.tokens[k]?.norm ?? '')) return true;
  if (boughtByParties(a, from, to)) return true;
  const relative = a.tokens.slice(from, to).findIndex((t) => RELATIVE_PRONOUN.test(t.norm));
  if (relative < 0) return false;
  for (let k = from + relative + 1; k < to; k++) if (a.tags()[k]?.has('Verb')) return true;
  return false;
}

/** Parties named by the goods they buy ("buyers of Russian oil"). */
const BUYING_PARTIES = /^(?:buyers|importers|purchasers|customers|users|consumers)$/;

/** "tariffs on buyers of Russian oil": the goods between are what the parties a measure falls on buy. */
function boughtByParties(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (BUYING_PARTIES.test(a.tokens[k - 1]?.norm ?? '') && a.tokens[k]?.norm === 'of') return true;
  return false;
}

/** Nouns of the parties a measure falls on, named by what they do ("countries buying Venezuelan oil"). */
const PARTY_NOUNS =
  /^(?:countries|country|nations|nation|economies|buyers|importers|purchasers|companies|firms|anyone|those)$/;

/**
 * Whether the mention heads a relative clause that holds the trigger: "the U.S. measures, which will
 * impose tariffs" has the U.S. acting.
 */
function antecedentOf(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  for (let i = m.end; i < Math.min(trigger.start, m.end + 4); i++) {
    const t = a.tokens[i];
    if (t?.norm === ',' && /^(?:which|who|that)$/.test(a.tokens[i + 1]?.norm ?? '')) {
      return a.clause[i + 1] === trigger.clause;
    }
    if (!t || !/^[\p{L}-]+$/u.test(t.text)) return false;
  }
  return false;
}

const APPOSITIVE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'one',
  'two',
  'three',
  'four',
  'five',
  'both',
  'all',
  'which',
  'who',
  'whose',
  'formerly',
  'known',
  // "Xun Metals, also known as Xunda Trading, …": an alias.
  'also',
  'once',
  // "Canada and Mexico, partners in the North American Free Trade Agreement, were exempted".
  'partners',
  'members',
  'neighbours',
  'neighbors',
  'allies',
  'signatories',
]);
const APPOSITIVE_WORDS = 20;

/**
 * Where an apposition or a non-restrictive clause after a name ends ("Sophgo, an AI chip designer, …",
 * "Veltrano, which makes rigs, …"): the token after its closing comma, if it has one.
 */
function appositiveEnd(a: SentenceAnalysis, nameEnd: number): number | undefined {
  let end: number | undefined;
  let from = nameEnd;
  // Appositions come in chains: "Bitmain, the largest maker, headquartered in Beijing, began …".
  for (let chain = 0; chain < 3; chain++) {
    const opener = a.tokens[from + 1]?.norm ?? '';
    const opens = APPOSITIVE_OPENERS.has(opener) || /^[a-z]+ed$/.test(opener);
    if (a.tokens[from]?.norm !== ',' || !opens) break;
    const close = a.tokens
      .slice(from + 2, Math.min(a.tokens.length, from + 2 + APPOSITIVE_WORDS))
      .findIndex((t) => t.norm === ',');
    if (close < 0) break;
    end = from + 2 + close + 1;
    from = end - 1;
  }
  return end;
}

/**
 * "banning exports of Nexperia chips": a name after "of" that modifies a noun after it is whose goods they
 * are, not a party the measure lists.
 */
function makesGoods(a: SentenceAnalysis, m: Mention): boolean {
  if (a.tokens[m.start - 1]?.norm !== 'of') return false;
  const next = a.tokens[m.end];
  return next !== undefined && /^[a-z][a-z-]*$/.test(next.text) && !PHRASE_ENDERS.test(next.norm);
}

/** Whether the mention stands inside an apposition to a name before it ("of Bitmain" in "Sophgo, a unit of Bitmain,"). */
/** Prepositions that open examples of the noun before them ("companies, including Longi and Trina,"). */
const EXAMPLE_PREPOSITIONS = new Set(['including', 'such as', 'like']);

/** The word before a run of capitalised names joined by "and" or commas ("onto the LME and CME"), read back from one. */
function prepositionOverNames(a: SentenceAnalysis, m: Mention): string {
  let k = m.start - 1;
  while (k >= 0) {
    const word = a.tokens[k]?.norm ?? '';
    const inName = /^\p{Lu}/u.test(a.tokens[k]?.text ?? '');
    if (!inName && !/^(?:the|and|or|,)$/.test(word)) return word;
    k--;
  }
  return '';
}

/** How many words before names the participle whose agents they are may stand ("welcomed by three miners,"). */
const PARTICIPLE_AGENT_REACH = 6;

/** "a move welcomed by three miners, Tasman Copper, Redrock Metals and Ovalis": the names of who did something else. */
function agentsOfParticipleBefore(a: SentenceAnalysis, first: Mention): boolean {
  for (let k = first.start - 1; k >= Math.max(1, first.start - PARTICIPLE_AGENT_REACH); k--) {
    if (a.tokens[k]?.norm !== 'by') continue;
    // ("responded by banning exports to Kestrel": the gerund after "by" acts on the names.)
    const between = a.tokens.slice(k + 1, first.start);
    return (
      /ed$/.test(a.tokens[k - 1]?.norm ?? '') &&
      !between.some((t) => /ing$/.test(t.norm) || PREPOSITIONS.has(t.norm))
    );
  }
  return false;
}

/** Adverbs of the greater part ("mostly from China"). */
const MOSTLY = /^(?:mostly|mainly|largely|chiefly|primarily|predominantly|overwhelmingly)$/;

/** Nouns for countries as a class ("several countries, including …"). */
const COUNTRY_NOUNS = /^(?:countries|nations|governments|economies|states|jurisdictions)$/;

/**
 * "Several solar companies, including Longi and Trina, have moved production": members of a list of examples,
 * set off by commas after a noun of companies, stand for that noun, the subject.
 */
function examplesOfSubject(a: SentenceAnalysis, m: Mention, prep: string): boolean {
  if (!EXAMPLE_PREPOSITIONS.has(prep)) return false;
  const first = firstOfGroup(a, m);
  const opener = a.tokens.findLastIndex((t, k) => k < first.start && !/^\p{Lu}/u.test(t.text));
  const before = prep === 'such as' ? opener - 2 : opener - 1;
  const after = lastOfGroup(a, m).end;
  // "Manufacturers such as Bitmain and MicroBT have begun producing", "makers including Longi and Trina have
  // built": examples not set off by commas are the subject when its verb follows them.
  const verbAfter = a.tags()[after]?.has('Verb') === true;
  // "Several countries, including Vietnam and India, have imposed": countries given as examples of the subject.
  const headNoun = (k: number) =>
    isOrganisationNoun(a.tokens[k]?.norm ?? '') ||
    (m.kind === 'country' && COUNTRY_NOUNS.test(a.tokens[k]?.norm ?? ''));
  return (
    (a.tokens[before]?.norm === ',' && headNoun(before - 1) && a.tokens[after]?.norm === ',') ||
    ((prep === 'such as' || prep === 'including') &&
      isOrganisationNoun(a.tokens[before]?.norm ?? '') &&
      verbAfter)
  );
}

function insideAppositive(a: SentenceAnalysis, m: Mention): boolean {
  return a.mentions.some((head) => {
    if (head.end >= m.start || m.start - head.end > APPOSITIVE_WORDS + 2) return false;
    // "On Thursday, the U.S. Treasury sanctioned X, accusing …": a day or a rate is described by no appositive.
    if (head.kind === 'date' || head.kind === 'rate') return false;
    // ("In Washington, the Treasury Department on Thursday designated X": nor a place a fronted phrase opens with.)
    if (head.start <= 2 && FRONTED_PREPOSITIONS.test(a.tokens[0]?.norm ?? '')) return false;
    const end = appositiveEnd(a, head.end);
    return end !== undefined && m.start > head.end && m.end < end;
  });
}

/** The last member of the mention's coordinated group ("MicroBT" in "Bitmain, Canaan and MicroBT"). */
/** The first mention of each kind and group of a sentence, found once per sentence (roles ask for it per mention). */
const groupHeads = new WeakMap<SentenceAnalysis, Map<string, Map<number, Mention>>>();

/** The first member of the list `m` is in (or `m`). */
export function firstOfGroup(a: SentenceAnalysis, m: Mention): Mention {
  let heads = groupHeads.get(a);
  if (!heads) {
    heads = new Map();
    for (const x of a.mentions) {
      const byGroup = heads.get(x.kind) ?? new Map<number, Mention>();
      if (!byGroup.has(x.group)) byGroup.set(x.group, x);
      heads.set(x.kind, byGroup);
    }
    groupHeads.set(a, heads);
  }
  return heads.get(m.kind)?.get(m.group) ?? m;
}

function lastOfGroup(a: SentenceAnalysis, m: Mention): Mention {
  return a.mentions.filter((x) => x.kind === m.kind && x.group === m.group && x.start >= m.start).at(-1) ?? m;
}

const FACING = new RegExp(`^(?:${FACING_WORDS})$`);

/** "a 20% tariff rate from Washington": the measure's rate or level may stand between it and its issuer's "from". */
function issuedRightAfter(tokens: readonly Token[], from: number, trigger: Trigger): boolean {
  return (
    from === trigger.anchorEnd ||
    (from === trigger.anchorEnd + 1 &&
      /^(?:rate|rates|level|levels)$/.test(tokens[trigger.anchorEnd]?.norm ?? ''))
  );
}

/** Participles that, right after a measure, say for whom it was set ("the 46% duty announced for Vietnam"). */
const SET_FOR = /^(?:announced|set|planned|imposed|levied|slated|earmarked|unveiled|fixed|threatened)$/;

/** Words before a leader's office that make the office a past one ("former President Jair Bolsonaro"). */
const FORMER = /^(?:former|ex|ex-|late|then)$/;
/** Verbs of securing a measure's terms, whose subject receives them ("Indonesia secured a 19% tariff rate"). */
const SECURING = /^(?:secur(?:e|es|ed)|w[oi]n|wins|obtain(?:s|ed)?|clinched|landed)$/;

/**
 * Whether a country word names no actor of the sentence: it is governed by a preposition (a coordinated
 * list's members by the first member's: "tariffs on Canada and Mexico"), it is the subject of a verb of
 * facing, of being hit with a measure or of securing one ("Canada faces 35% tariffs", "Switzerland was hit
 * with a 39% tariff"), or it is a former leader.
 */
export function namedOnly(a: SentenceAnalysis, m: Mention): boolean {
  const first = firstOfGroup(a, m);
  if (prepositionBefore(a.tokens, first) !== null) return true;
  // "the prosecution of former President Jair Bolsonaro": a former leader acts for no one.
  if (m.form === 'leader') {
    let k = m.start - 1;
    while (k > m.start - 4 && /^\p{Lu}/u.test(a.tokens[k]?.text ?? '')) k--;
    if (FORMER.test(a.tokens[k]?.norm ?? '')) return true;
  }
  let verb = lastOfGroup(a, first).end;
  while (verb < lastOfGroup(a, first).end + 2 && AUXILIARIES.has(a.tokens[verb]?.norm ?? '')) verb++;
  const word = a.tokens[verb]?.norm ?? '';
  const next = a.tokens[verb + 1]?.norm ?? '';
  // "Switzerland was hit with a 39% tariff", "Indonesia secured a 19% tariff rate": struck by a measure, or
  // accepting one, not acting.
  return (
    FACING.test(word) ||
    (STRUCK.test(word) && /^(?:with|by)$/.test(next)) ||
    (SECURING.test(word) && /^(?:a|an|the|\d.*)$/.test(next))
  );
}

/** How far after the measure its agent ("by the Commerce Department") may stand. */
const AGENT_REACH = 12;
/** How many words may stand between an agent before the trigger and the trigger. */
const AGENT_BEFORE_REACH = 2;

/** "were told by Washington that their goods would …": the agent of a passive verb of telling, before the trigger. */
function toldBy(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const by = a.tokens[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  return m.end < trigger.start && tellingAgent(a, by) === m && toldOfOwnMeasure(a, m.end, trigger);
}

/**
 * "told by Washington that their goods …": the country after the "by" at `by` of a verb of telling, when "that" and
 * "their" or "its" follow it.
 */
function tellingAgent(a: SentenceAnalysis, by: number): Mention | undefined {
  const t = a.tokens;
  if (t[by]?.norm !== 'by' || !ADDRESSING_VERBS.test(t[by - 1]?.norm ?? '')) return undefined;
  const at = t[by + 1]?.norm === 'the' ? by + 2 : by + 1;
  const agent = a.mentions.find((x) => x.kind === 'country' && x.start === at);
  return agent && t[agent.end]?.norm === 'that' && /^(?:their|its)$/.test(t[agent.end + 1]?.norm ?? '')
    ? agent
    : undefined;
}

/** Words that open a clause of another event, or exempt goods from the measure, inside what a party is told. */
const TOLD_OTHERWISE = /^(?:after|before|when|because|since|while|as|spared|exempt|exempted|excluded)$/;

/**
 * "that their goods would be taxed at 40%": what is told names the goods, and between them and the measure stands
 * no other country ("would face U.S. tariffs"), no clause of another event ("after China imposed …") and no
 * exemption ("would be spared from").
 */
function toldOfOwnMeasure(a: SentenceAnalysis, that: number, trigger: Trigger): boolean {
  if (!a.mentions.some((g) => g.kind === 'goods' && g.start === that + 2)) return false;
  return (
    !a.tokens.slice(that, trigger.end).some((x) => TOLD_OTHERWISE.test(x.norm)) &&
    !a.mentions.some((x) => x.kind === 'country' && x.start > that && x.start < trigger.end)
  );
}

/** Participles that name where goods come from ("rigs imported from China", "steel shipped from Vietnam"). */
const FROM_PARTICIPLES = /^(?:imported|shipped|exported|sourced|coming|originating)$/;

/** Plural nouns of people, firms and money, which "from" a country does not make goods of that country. */
const PEOPLE_AND_MONEY =
  /^(?:[a-z]*(?:ers|ors|ists|ants|ents)|people|passengers|tourists|visitors|students|migrants|residents|citizens|nationals|companies|firms|businesses|makers|carmakers|automakers|remittances|transfers|payments|deposits|funds|parcels)$/;

/** Those who make or ship goods abroad, whose country's goods a measure they face falls on. */
const EXPORTING_PARTIES =
  /^(?:exporters|producers|[a-z]*makers|manufacturers|suppliers|shippers|mills|smelters|refiners|miners|growers)$/;

/** "Imports of Chinese furniture face duties", "rigs made in Indonesia face 32%": the country of the goods. */
function ofTradeNoun(a: SentenceAnalysis, m: Mention): boolean {
  const i = governorIndex(a.tokens, m);
  const preposition = a.tokens[i]?.norm;
  const before = a.tokens[i - 1]?.norm ?? '';
  // "imports of Chinese steel", "goods from Vietnam (will face …)", "refined copper from Chile (was exempted …)".
  if ((preposition === 'of' || preposition === 'from') && TRADE_NOUNS.has(before)) return true;
  // "Machines from Malaysia face 24%, while those from Thailand face 36%": a demonstrative standing for the goods.
  if (preposition === 'from' && (before === 'those' || before === 'that')) return true;
  // "Exporters in Vietnam face duties of 20%", "steelmakers from India will face": those who make or ship the goods.
  if ((preposition === 'in' || preposition === 'from') && EXPORTING_PARTIES.test(before)) return true;
  // Not goods a verb takes ("any country buying oil from Venezuela would pay"): the buyer pays, not the source.
  if (
    preposition === 'from' &&
    a.mentions.some((g) => g.kind === 'goods' && g.end === i && !a.tags()[g.start - 1]?.has('Verb'))
  )
    return true;
  // ("Energy resources from Canada face a 10% duty": a plural noun of things the lexicon does not know; "buyers from
  // China", "workers from Nepal" are people.)
  if (
    preposition === 'from' &&
    /^[a-z]+s$/.test(a.tokens[i - 1]?.text ?? '') &&
    !PEOPLE_AND_MONEY.test(a.tokens[i - 1]?.norm ?? '') &&
    !a.tags()[i - 2]?.has('Verb') &&
    !a.tags()[i - 1]?.has('Verb')
  )
    return true;
  return (preposition === 'from' && FROM_PARTICIPLES.test(before)) || madeIn(a.tokens, i);
}

/**
 * Where the subject that `m` opens or modifies ends: after the goods it modifies and where they go ("South
 * African exports to the United States face …"), else at `m` itself.
 */
function subjectEnd(a: SentenceAnalysis, m: Mention): number {
  const goodsEnd = tradedGoodsEnd(a, isPossessive(a, m) ? m.end + 1 : m.end) ?? demonymGoodsEnd(a, m);
  if (goodsEnd === null) return m.end;
  // "Vietnamese goods shipped to the U.S. will face": the goods' way to their market is part of the subject.
  const preposition = SHIPPED.test(a.tokens[goodsEnd]?.norm ?? '') ? goodsEnd + 1 : goodsEnd;
  const to = a.tokens[preposition]?.norm;
  if (to !== 'to' && to !== 'into') return goodsEnd;
  const destination = a.mentions.find(
    (x) => x.kind === 'country' && x.start > preposition && x.start - preposition <= 2,
  );
  return destination ? destination.end : goodsEnd;
}

/** Participles of goods on their way to a market ("goods shipped to the U.S."). */
const SHIPPED = /^(?:shipped|sent|exported|sold|headed|bound|imported|entering|going|destined)$/;

/**
 * "Australian aluminium will be subject to the tariff", "Chinese active anode material will face": goods a
 * nationality qualifies, after at most one modifier that is no verb, are its country's trade.
 */
function demonymGoodsEnd(a: SentenceAnalysis, m: Mention): number | null {
  if (m.form !== 'demonym') return null;
  const modifier = a.tokens[m.end];
  const modified =
    modifier !== undefined &&
    /^[a-z][a-z-]*$/.test(modifier.text) &&
    !isVerbWord(modifier.norm) &&
    !PREPOSITIONS.has(modifier.norm);
  return (
    a.mentions.find(
      (g) =>
        g.kind === 'goods' &&
        (g.start === m.end || (modified && g.start === m.end + 1)) &&
        g.value !== GENERIC_GOODS,
    )?.end ?? null
  );
}

/** Verbs of saying whose subject a pronoun after them stands for ("South Korea said it had secured"). */
const SAYING = /^(?:said|says|announced|told|added|confirmed|stated)$/;
/** How many words (a day, "that") may stand between the verb of saying and the pronoun. */
const SAYING_REACH = 4;

/**
 * "South Korea said on Thursday it had secured a 15% tariff rate", "Japan said its exports will face": the
 * subject's own statement, whose "it" or "its" stands for it. Where the pronoun ends, or null.
 */
function reportedSelf(a: SentenceAnalysis, subject: number, anchorStart: number): number | null {
  if (!SAYING.test(a.tokens[subject]?.norm ?? '')) return null;
  for (let k = subject + 1; k < Math.min(anchorStart, subject + 1 + SAYING_REACH); k++)
    if (/^(?:it|they|its|their)$/.test(a.tokens[k]?.norm ?? '')) return k + 1;
  return null;
}

/**
 * "assembled in Malaysia, Thailand and Indonesia, which now face tariffs": the names (the last of a list) a
 * relative clause set off by a comma is said of, whatever governs them.
 */
function opensRelativeClause(a: SentenceAnalysis, m: Mention): boolean {
  const end = lastOfGroup(a, m).end;
  return a.tokens[end]?.norm === ',' && RELATIVE_PRONOUN.test(a.tokens[end + 1]?.norm ?? '');
}

/**
 * "told Japan and South Korea that their goods would face 25% tariffs": the countries told are the owners of
 * the goods that undergo the measure. Where those goods end, or null.
 */
function toldOfTheirGoods(a: SentenceAnalysis, m: Mention, subject: number, trigger: Trigger): number | null {
  // ("Myanmar and Laos were told by Washington that their goods would be taxed at 40%": the passive, its agent
  // before "that".)
  const t = a.tokens;
  const agent = /^(?:was|were|been|had|have|has)$/.test(t[subject]?.norm ?? '')
    ? tellingAgent(a, subject + 2)
    : undefined;
  const that = agent ? agent.end : subject;
  if (agent && !toldOfOwnMeasure(a, that, trigger)) return null;
  if (
    !(agent || ADDRESSING_VERBS.test(t[firstOfGroup(a, m).start - 1]?.norm ?? '')) ||
    t[that]?.norm !== 'that' ||
    !/^(?:their|its)$/.test(t[that + 1]?.norm ?? '')
  )
    return null;
  const goods = a.mentions.find((g) => g.kind === 'goods' && g.start === that + 2);
  return goods ? (tradedGoodsEnd(a, goods.start) ?? goods.end) : null;
}

/** How many words of goods the lexicon does not know may follow "exports of" in a subject. */
const MAX_UNLISTED_TRADED_WORDS = 3;

/**
 * Where the traded goods that start at `from` end ("exports of chrome ore", "exports of shrimp", "steel
 * exports"; after a possessor, "Vietnam's steel exports"), or null when no trade starts there.
 */
function tradedGoodsEnd(a: SentenceAnalysis, from: number): number | null {
  const t = a.tokens;
  if (TRADE_NOUNS.has(t[from]?.norm ?? '') && t[from + 1]?.norm === 'of') {
    const listed = a.mentions.find((g) => g.kind === 'goods' && g.start >= from + 2 && g.start - from <= 3);
    if (listed) return listed.end;
    let k = from + 2;
    while (
      k < from + 2 + MAX_UNLISTED_TRADED_WORDS &&
      /^[a-z][a-z-]*$/.test(t[k]?.text ?? '') &&
      !PREPOSITIONS.has(t[k]?.norm ?? '')
    )
      k++;
    return k > from + 2 ? k : null;
  }
  // "Japanese auto exports": one modifier may stand before the goods, not a verb ("Trump said imports").
  const gapIsVerb = isVerbWord(t[from]?.norm ?? '') || SAYING.test(t[from]?.norm ?? '');
  let goods = a.mentions.find(
    (g) =>
      g.kind === 'goods' && g.start >= from && (g.start === from || (g.start === from + 1 && !gapIsVerb)),
  );
  // "steel and aluminium exports": coordinated goods share the trade after the last of them.
  const first = goods;
  if (first) goods = a.mentions.filter((g) => g.kind === 'goods' && g.group === first.group).at(-1) ?? first;
  // "steel exports": the goods and then their trade, read by the lexicon as two.
  const trade = goods && a.mentions.find((g) => g.kind === 'goods' && g.start === goods?.end);
  if (trade && TRADE_NOUNS.has(t[trade.end - 1]?.norm ?? '')) goods = trade;
  return goods && TRADE_NOUNS.has(t[goods.end - 1]?.norm ?? '') ? goods.end : null;
}

/** How many words (a determiner, a length of time, a rate) may open the measure's phrase after "in exchange for". */
const EXCHANGED_PHRASE_WORDS = 10;

/**
 * "Mexico agreed to deploy troops in exchange for a one-month pause on the tariffs": what the subject gets in
 * exchange is done to it by another party.
 */
function receivedInExchange(tokens: readonly Token[], subjectEnd: number, anchorStart: number): boolean {
  for (let k = subjectEnd; k + 3 <= anchorStart; k++) {
    const phrase = `${tokens[k]?.norm} ${tokens[k + 1]?.norm} ${tokens[k + 2]?.norm}`;
    if (
      (phrase === 'in exchange for' || phrase === 'in return for') &&
      anchorStart - (k + 3) <= EXCHANGED_PHRASE_WORDS &&
      !tokens.slice(subjectEnd, k).some((t) => t.norm === ';')
    )
      return true;
  }
  return false;
}

/** How far after the anchor the goods it falls on may be named by their country ("a 15% tariff on Japanese cars"). */
const MEASURE_GOODS_REACH = 6;
/** Prepositions of where goods go, not whose they are ("its exports to the United States"). */
const DESTINATION_PREPOSITIONS = /^(?:to|into)$/;

/** Whether the measure's own phrase names the goods of a country other than `m` ("on Japanese cars", "on imports from Japan"). */
function onOtherCountrysGoods(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const comma = a.tokens.findIndex((t, k) => k >= trigger.anchorEnd && t.norm === ',');
  const end = Math.min(trigger.anchorEnd + MEASURE_GOODS_REACH, comma >= 0 ? comma : a.tokens.length);
  // "on its exports to the United States": where the goods go is not whose they are; "in a deal with
  // Trump": a leader, or a partner, has no goods.
  return a.mentions.some(
    (x) =>
      x.kind === 'country' &&
      x.form !== 'leader' &&
      x.start >= trigger.anchorEnd &&
      x.end <= end &&
      x.value !== m.value &&
      !DESTINATION_PREPOSITIONS.test(a.tokens[firstOfGroup(a, x).start - 1]?.norm ?? '') &&
      a.tokens[firstOfGroup(a, x).start - 1]?.norm !== 'with',
  );
}

/** Whether the mention is the subject of a verb of undergoing that governs the anchor ("Kenya faces 25% duties"). */
const SET_OFF_ADVERBS = /^(?:also|already|now|itself|likewise|similarly)$/;

/** Words of a state lasting, before a verb of undergoing ("will continue to face", "still face"). */
const LASTING = /^(?:continue|continues|continued|continuing|to|still|also|now|already)$/;

/**
 * "The US firm was added to the list": a country that describes the party a passive verb acts on ("US" before
 * "firm", "the Chinese drone maker") is the party's, not the actor.
 */
function describesPassiveParty(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.kind !== 'country') return false;
  const noun = [m.end, m.end + 1].find((k) => isOrganisationNoun(a.tokens[k]?.norm ?? ''));
  if (noun === undefined) return false;
  const verb = trigger.actionStart ?? trigger.anchorStart;
  const between = a.tokens.slice(noun + 1, verb);
  return between.length <= 3 && between.some((t) => PASSIVE_AUXILIARIES.test(t.norm));
}

/** How far before its passive verb the work moved may be named ("Production of underground loaders will be"). */
const MOVED_WORK_REACH = 7;
/**
 * A verb of moving in the passive ("will be relocated", "was moved", "have been shifted") whose subject names work
 * ("Production of loaders will be relocated"; "Funds were moved", "Shares were transferred" move no work).
 */
function passiveMove(a: SentenceAnalysis, verb: number): boolean {
  if (
    !/^(?:relocated|moved|shifted|transferred)$/.test(a.tokens[verb]?.norm ?? '') ||
    !PASSIVE_AUXILIARIES.test(a.tokens[verb - 1]?.norm ?? '')
  )
    return false;
  return a.tokens
    .slice(Math.max(0, verb - MOVED_WORK_REACH), verb - 1)
    .some((t, k, subject) => MOVED_WORK.test(t.norm) && !subject.slice(k + 1).some((w) => w.norm === ','));
}

function undergoes(a: SentenceAnalysis, mention: Mention, trigger: Trigger): boolean {
  // The members of a coordinated subject ("Ghana, Kenya and Nepal face") undergo it together.
  const m =
    a.mentions
      .filter((x) => x.kind === mention.kind && x.group === mention.group && x.end <= trigger.anchorStart)
      .at(-1) ?? mention;
  // The words before the verb of undergoing may go on past the subject: the goods told of ("told Japan that
  // their goods would face"), a relative pronoun ("Indonesia, which now faces"), an apposition ("China, the
  // world's largest buyer, has been hit by").
  // "Bangladesh's rate was set at 35%": a rate named without a measure's word is the one its possessor pays.
  if (
    isPossessive(a, m) &&
    m.end + 1 === trigger.anchorStart &&
    RATE_NOUNS.test(a.tokens[m.end + 1]?.norm ?? '')
  )
    return true;
  const subject = subjectEnd(a, m);
  const apposition = appositiveEnd(a, subject);
  // ("Norway and Iceland, which are part of the EEA, will be exempted": a relative clause closed by its comma before
  // the anchor interrupts the subject's own clause, which goes on after it.)
  const closing = opensRelativeClause(a, m)
    ? a.tokens.findIndex((t, k) => k > subject + 1 && k < trigger.anchorStart && t.norm === ',')
    : -1;
  const end =
    toldOfTheirGoods(a, m, subject, trigger) ??
    (closing > 0 ? closing + 1 : undefined) ??
    (opensRelativeClause(a, m) ? subject + 2 : undefined) ??
    reportedSelf(a, subject, trigger.anchorStart) ??
    (apposition !== undefined && apposition <= trigger.anchorStart ? apposition : subject);
  if (end > trigger.anchorStart) return false;
  // "Lutnick said semiconductors would be hit with tariffs": who says it reports what another subject undergoes.
  if (a.tokens.slice(end, trigger.anchorStart).some((t) => SAYING.test(t.norm))) return false;
  if (receivedInExchange(a.tokens, end, trigger.anchorStart)) return true;
  // "Britain is exempt from the increase": the copula of an exemption's state opens the anchor.
  const exemptState =
    /^(?:is|are|was|were|be|been|remain|remains|remained)$/.test(a.tokens[trigger.anchorStart]?.norm ?? '') &&
    a.tokens[trigger.anchorStart + 1]?.norm === 'exempt';
  if (exemptState && end === trigger.anchorStart) return true;
  // "Malaysia and Thailand face rates of 24% and 36%": an anchor may open with the verb of undergoing.
  const verbInAnchor =
    undergoingWord(a.tokens, trigger.anchorStart) ||
    PAYING.test(a.tokens[trigger.anchorStart]?.norm ?? '') ||
    STRUCK.test(a.tokens[trigger.anchorStart]?.norm ?? '') ||
    ACCEPTING.test(a.tokens[trigger.anchorStart]?.norm ?? '');
  const between = a.tokens.slice(end, trigger.anchorStart + (verbInAnchor ? 1 : 0));
  // "Canada was hit with tariffs" undergoes them; "China hit back with duties" and "Washington slapped
  // Peru with tariffs" act.
  const struckAt = between.findIndex(
    (t, k) => STRUCK.test(t.norm) && /^(?:with|by)$/.test(a.tokens[end + k + 1]?.norm ?? ''),
  );
  const struck = struckAt >= 0;
  // "Switzerland was hit with a 39% US levy", "are subject to a 15% safeguard duty": what comes after the
  // verb is the measure's own phrase.
  // "American consumers pay the tariffs": a nationality names who bears the cost at home, not whom it hits.
  // "Indonesian goods will be taxed at 19%": the subject of a measure's own verb in the passive bears it.
  const passiveAnchor =
    /ed$/.test(a.tokens[trigger.anchorStart]?.norm ?? '') &&
    PASSIVE_AUXILIARIES.test(a.tokens[trigger.anchorStart - 1]?.norm ?? '');
  const undergoingAt = between.findIndex(
    (t, k) =>
      undergoingWord(a.tokens, end + k) ||
      (PAYING.test(t.norm) && (m.form !== 'demonym' || SUPPLIER_NOUNS.test(a.tokens[m.end]?.norm ?? ''))) ||
      // "Cambodia and Thailand received letters setting a 36% tariff": who receives the notice undergoes it.
      (RECEIVING.test(t.norm) && NOTICES.test(between[k + 1]?.norm ?? '')) ||
      (passiveAnchor && end + k === trigger.anchorStart - 1),
  );
  // "Japan agreed to a 15% tariff", "Seoul accepted the duties", "Korea won an exemption from the 25% tariff":
  // accepting a measure or a relief from it (not "agreed to cut", nor "agreed a deal that cuts tariffs", whose
  // object is the deal).
  // ("agreed on Sunday to a 15% tariff": a time between the verb and its object.)
  const afterTime = (k: number) => {
    const time = a.mentions.find((x) => x.kind === 'date' && x.start === k);
    return time ? time.end : k;
  };
  const acceptedAt = between.findIndex((t, k) => {
    const next = afterTime(end + k + 1);
    return (
      ACCEPTING.test(t.norm) &&
      /^(?:a|an|the|\d.*)$/.test(
        (a.tokens[next]?.norm === 'to' ? a.tokens[next + 1] : a.tokens[next])?.norm ?? '',
      ) &&
      !between
        .slice(k + 2)
        .some((w, j) => RELATIVE_PRONOUN.test(w.norm) || a.tags()[end + k + 2 + j]?.has('Verb'))
    );
  });
  // "The United States agreed to a 15% tariff on Japanese cars": who accepts a measure on another country's
  // goods levies it.
  const accepted = acceptedAt >= 0 && !onOtherCountrysGoods(a, mention, trigger);
  // "Mexican goods will continue to face a 25% tariff", "still face": words of lasting before the verb of
  // undergoing do not part it from its subject.
  const undergoingWords = between
    .slice(0, Math.max(0, undergoingAt))
    .filter((t) => !LASTING.test(t.norm)).length;
  const opensMeasure =
    (struck && struckAt <= 2) || (undergoingAt >= 0 && undergoingWords <= 2) || (accepted && acceptedAt <= 2);
  // "India will face an additional 25% duty on top of the existing 25% tariff": a measure added to the one it
  // faces falls on it too.
  const chained =
    opensMeasure && between.some((t, k) => ADDED_TO.test(`${t.norm} ${between[k + 1]?.norm ?? ''}`));
  // "China was excluded from the reprieve and now faces tariffs of 125%": a second verb of the same subject,
  // joined by "and", that undergoes the measure right before it.
  const secondVerb = between.findLastIndex((_, k) => undergoingWord(a.tokens, end + k));
  const joinedAt = secondVerb - (COORDINATED_ADVERBS.test(between[secondVerb - 1]?.norm ?? '') ? 2 : 1);
  if (
    secondVerb > 0 &&
    between[joinedAt]?.norm === 'and' &&
    between.length - secondVerb - 1 <= STRUCK_REACH &&
    !a.mentions.some((x) => x.kind === mention.kind && x.start >= end && x.start < end + joinedAt)
  )
    return true;
  if (between.length > (opensMeasure ? STRUCK_REACH + (chained ? CHAINED_REACH : 0) : 6)) return false;
  // "Lesotho, hit with a 50% tariff in April, later saw": a participle set off after the name is said of it.
  // ("Brazil, also hit with a 50% U.S. tariff": an adverb may open the participle.)
  const verbAt = SET_OFF_ADVERBS.test(between[1]?.norm ?? '') ? 2 : 1;
  const setOff = between[0]?.norm === ',' && (struckAt === verbAt || undergoingAt === verbAt);
  return (
    (struck || accepted || undergoingAt >= 0) &&
    !between.some((t, k) => (t.norm === ',' && !(setOff && k === 0)) || t.norm === 'and')
  );
}

/**
 * "sanctioned X, an Indian refinery partly owned by a Russian state oil company": whether a description set off
 * after a party ("…, a" or "…, an") opens between `from` and `at`, with no comma closing it before `at`.
 */
function inDescriptionOfParty(a: SentenceAnalysis, from: number, at: number): boolean {
  for (let k = from; k < at - 1; k++) {
    if (a.tokens[k]?.norm !== ',' || !/^(?:a|an)$/.test(a.tokens[k + 1]?.norm ?? '')) continue;
    if (!a.mentions.some((x) => x.kind === 'organisation' && x.end === k)) continue;
    return !a.tokens.slice(k + 2, at).some((t) => t.norm === ',');
  }
  return false;
}

/** Whether a participle clause set off by a comma ("…, mirroring a measure") opens between two tokens. */
function participleClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens
    .slice(from, to)
    .some(
      (t, k) =>
        t.norm === ',' &&
        /^[a-z]+ing$/.test(tokens[from + k + 1]?.text ?? '') &&
        tokens[from + k + 1]?.norm !== 'including',
    );
}

/** Subject pronouns by which a speaker speaks of itself ("said it had secured"). */
const SELF_SUBJECTS = /^(?:it|they|we|he|she)$/;
/** Verbs of saying whose subject, a government, speaks of a measure it levies ("Ottawa said imports … will face"). */
const REPORTING = /^(?:said|says|announced|announces|stated|confirmed)$/;

/**
 * "Ottawa said imports of steel from countries without a trade agreement will face a 50% surtax": the government
 * that says a measure will apply, where the words it says name no one who acts, levies it.
 */
function reportsMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.kind !== 'country' || m.end > trigger.start || m.form === 'demonym' || m.form === 'place')
    return false;
  if (!REPORTING.test(a.tokens[m.end]?.norm ?? '')) return false;
  // "South Korea said it had secured a 15% rate", "Japan said its exports will face": a speaker that speaks of
  // itself undergoes the measure.
  if (
    a.tokens
      .slice(m.end + 1, trigger.end)
      .some((t) => POSSESSIVE_DETERMINERS.test(t.norm) || SELF_SUBJECTS.test(t.norm))
  )
    return false;
  return !a.mentions.some(
    (x) =>
      x !== m &&
      (x.kind === 'country' || x.kind === 'organisation') &&
      x.start > m.end &&
      x.end <= trigger.end &&
      prepositionBefore(a.tokens, firstOfGroup(a, x)) === null,
  );
}

/** Adverbs between "and" and a second verb of the same subject ("and now faces"). */
const COORDINATED_ADVERBS = /^(?:now|also|still|thus|so|then|later|soon|therefore)$/;

const NEGATIONS = /^(?:not|n't|never)$/;

/**
 * "Kazakhstan is not subject to the controls": a country said not to undergo the measure is spared, which
 * neither names it as the target nor makes it the actor.
 */
export function spared(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  return (
    m.end <= trigger.anchorStart &&
    undergoes(a, m, trigger) &&
    a.tokens.slice(m.end, trigger.anchorStart).some((t) => NEGATIONS.test(t.norm))
  );
}

/** Words that set what follows apart from a measure ("except those on steel", "excluding autos"). */
const EXCEPTING = /^(?:except|excepting|excluding|besides|save)$/;

/** Verbs of a measure's reach, which "not" turns into leaving out ("does not cover", "does not apply to"). */
const NOT_REACHING = /^(?:cover|covers|apply|applies|extend|extends|include|includes)$/;

/** How many words may stand between a word of leaving out and the country it leaves out ("except for those from"). */
const EXCEPTED_COUNTRY_WORDS = 5;

function excepted(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some(
    (t, k, words) =>
      EXCEPTING.test(t.norm) ||
      (t.norm === 'other' && words[k + 1]?.norm === 'than') ||
      (t.norm === 'apart' && words[k + 1]?.norm === 'from') ||
      // "The ban does not cover shipments to Russia": what a measure does not reach is left out of it.
      (t.norm === 'not' && NOT_REACHING.test(words[k + 1]?.norm ?? '')),
  );
}

/** Words that open the source of a statement ("according to a notice in the Federal Register"). */
const SOURCE_OPENERS = /^(?:according|citing|cited|published|quoted)$/;

/** Nouns of trade whose "of" names the goods traded ("exports of NPI", "shipments of HRC"). */
const TRADED_OF = /^(?:exports?|imports?|shipments?|sales|supplies|supply|deliveries)$/;

/** Verbs after a measure that still name its parties ("The companies sanctioned include X", "were X and Y"). */
const NAMING_VERBS =
  /^(?:include|includes|included|including|are|were|is|was|comprise|comprises|comprised|cover|covers|covered)$/;

/** How many words may open the verb's object before its name ("hurt miner Korvath"). */
const OBJECT_LEAD_WORDS = 3;
/** How many words an example's preposition adds before its name ("companies such as Korvath"). */
const EXAMPLE_LEAD_WORDS = 2;
/** How many words of the measure's noun phrase may follow its anchor ("of nickel ore"). */
const MEASURE_PHRASE_WORDS = 6;

/**
 * "Myanmar's ban on jade exports hurt Korvath Minerals", "Indonesia's ban forced Ostrava Nickel to build": a name
 * after the verb of a clause that the measure opens as its subject is that verb's object, no party to it.
 */
function objectOfMeasuresVerb(
  a: SentenceAnalysis,
  m: Mention,
  trigger: Trigger,
  leadWords = OBJECT_LEAD_WORDS,
): boolean {
  const tags = a.tags();
  // The measure is a noun that opens its clause, with no verb before it.
  if (tags[trigger.anchorStart]?.has('Verb') || !tags[trigger.anchorStart]?.has('Noun')) return false;
  const clause = a.clause[trigger.start];
  for (let k = trigger.start - 1; k >= 0 && a.clause[k] === clause; k--)
    if (tags[k]?.has('Verb')) return false;
  // The clause's verb stands right after the measure's noun phrase ("ban on exports of nickel ore"), behind any
  // auxiliaries ("has pushed").
  let verb = trigger.end;
  // A country inside the phrase is part of it ("ban on antimony exports to the United States").
  const inCountry = (k: number) => a.mentions.some((x) => x.kind === 'country' && x.start <= k && k < x.end);
  while (
    verb < m.start &&
    verb - trigger.end < MEASURE_PHRASE_WORDS &&
    !tags[verb]?.has('Verb') &&
    (/^\p{Ll}[\p{Ll}-]*$/u.test(a.tokens[verb]?.text ?? '') || inCountry(verb))
  )
    verb++;
  while (AUXILIARIES.has(a.tokens[verb]?.norm ?? '')) verb++;
  const word = a.tokens[verb]?.norm ?? '';
  return (
    verb < m.start &&
    m.start - verb <= leadWords + 1 &&
    tags[verb]?.has('Verb') === true &&
    !NAMING_VERBS.test(word) &&
    !/ing$/.test(word)
  );
}

/** Participles that name who a measure falls on ("…, targeting Korvath and Delmar"), not what it brings about. */
const PARTY_NAMING_PARTICIPLES =
  /^(?:targeting|including|naming|listing|covering|hitting|designating|adding)$/;

/**
 * "banned exports of chrome ore, affecting Korvath Minerals", "…, forcing Delmar Nickel to halt shipments",
 * "…, a blow to Korvath Minerals": after a comma that closes the action's own words, a participle or a noun
 * phrase says what the action brings about, and a name it governs is no party to it.
 */
function touchedByConsequence(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const first = firstOfGroup(a, m);
  let comma = -1;
  for (let k = first.start - 1; k >= trigger.end; k--)
    if (a.tokens[k]?.norm === ',') {
      comma = k;
      break;
    }
  if (comma < 0 || first.start - comma > OBJECT_LEAD_WORDS + 2) return false;
  const opener = a.tokens[comma + 1]?.norm ?? '';
  if (/^(?:a|an)$/.test(opener)) return /^(?:to|for)$/.test(a.tokens[first.start - 1]?.norm ?? '');
  return (
    /ing$/.test(opener) &&
    a.tags()[comma + 1]?.has('Verb') === true &&
    !PARTY_NAMING_PARTICIPLES.test(opener) &&
    !NAMING_VERBS.test(opener)
  );
}

/** Offices before a name that opens a clause of its own ("…, and President Joko Widodo later extended …"). */
const CLAUSE_SUBJECT_TITLES =
  /^(?:President|Prime|Minister|Premier|Chancellor|Governor|Secretary|King|Chairman|Chief|Executive)$/;
const CLAUSE_SUBJECT_TITLE_WORDS = 3;

/** "After Kazakhstan barred exports of rigs, Verran Hashworks moved its fleet": a name set off by a comma before its own verb. */
function subjectOfNextClause(a: SentenceAnalysis, m: Mention): boolean {
  // "…, and President Joko Widodo later extended the policy": a conjunction and an office may stand between.
  let k = m.start - 1;
  while (k > m.start - 1 - CLAUSE_SUBJECT_TITLE_WORDS && CLAUSE_SUBJECT_TITLES.test(a.tokens[k]?.text ?? ''))
    k--;
  if (/^(?:and|but|while)$/.test(a.tokens[k]?.norm ?? '')) k--;
  if (a.tokens[k]?.norm !== ',') return false;
  let next = pastAdverb(a, lastOfGroup(a, m).end);
  if (/^(?:later|then|subsequently|previously)$/.test(a.tokens[next]?.norm ?? '')) next++;
  const tags = a.tags()[next];
  return (
    tags?.has('Verb') === true &&
    (tags.has('PastTense') || tags.has('PresentTense')) &&
    !tags.has('Participle') &&
    !NAMING_VERBS.test(a.tokens[next]?.norm ?? '')
  );
}

/** Whether a source of the statement opens between two tokens: what follows it is no argument of the action. */
function citesSource(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => SOURCE_OPENERS.test(t.norm));
}

/** Verbs of a source that reports the sentence after it: "…, the Federal Register notice showed". */
const REPORTING_AFTER =
  /^(?:said|says|showed|shows|reported|reports|noted|notes|stated|states|told|confirmed|wrote|writes|added|argued|argues)$/;
/** Roles a speaker is named by after a reporting verb ("said Hashcore's attorney, X"). */
const SPEAKER_ROLES =
  /^(?:attorney|lawyer|counsel|spokesman|spokeswoman|spokesperson|analyst|economist|executive|chief|head|director|official|adviser|advisor)$/;
/** How many words may stand between a reporting verb and its speaker's name. */
const SPEAKER_ROLE_WORDS = 5;
/** How many lower-case words may stand between the comma and a source's name ("the official", "state-run"). */
const SOURCE_LEAD_WORDS = 3;
/** How many words of the source's own noun ("notice", "filing") may stand between its name and its verb. */
const SOURCE_NOUN_WORDS = 2;

/** Whether `m`, set off by a comma, is the source that reports the sentence ("…, the Federal Register notice showed"). */
function reportsStatement(a: SentenceAnalysis, m: Mention): boolean {
  // "…," said Priya Castell, an analyst", "said Hashcore's attorney, Robert Galloway": the name a reporting verb
  // opens with, after any words of whose role it is, is its speaker.
  for (let k = m.start - 1; k >= Math.max(0, m.start - SPEAKER_ROLE_WORDS - 1); k--) {
    const t = a.tokens[k] as Token;
    if (REPORTING_AFTER.test(t.norm)) return true;
    if (!(t.norm === ',' || /^['’]s$/.test(t.norm) || /^\p{Lu}/u.test(t.text) || SPEAKER_ROLES.test(t.norm)))
      break;
  }
  const end = lastOfGroup(a, m).end;
  // "a ban on exports of gold concentrate, a measure Kestrel said would not affect it": a name whose verb
  // reports speaks of the measure, and is no party to it.
  if (REPORTING_AFTER.test(a.tokens[end]?.norm ?? '') && a.tokens[m.start - 1]?.norm !== 'to') return true;
  // "…, the official Xinhua news agency reported": the source's article and describing words stand before it.
  let opening = m.start - 1;
  while (opening >= m.start - SOURCE_LEAD_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(a.tokens[opening]?.text ?? ''))
    opening--;
  if (a.tokens[opening]?.norm !== ',') return false;
  return a.tokens
    .slice(end, end + SOURCE_NOUN_WORDS + 1)
    .some(
      (t, k) =>
        REPORTING_AFTER.test(t.norm) && a.tokens.slice(end, end + k).every((w) => /^[a-z]+$/.test(w.norm)),
    );
}

/** Verbs of accepting or obtaining a measure: "Japan agreed to a 15% tariff", "Japan secured a lower tariff". */
const ACCEPTING =
  /^(?:agree[sd]?|accept(?:s|ed)?|secur(?:e|es|ed)|w[oi]n|wins|obtain(?:s|ed)?|negotiated|clinched|landed)$/;
/** A relative pronoun: what follows is a clause about the noun before it. */
export const RELATIVE_PRONOUN = /^(?:that|which|who)$/;

/** Plural nouns for kinds of party ("firms", "individuals", "tankers"). */
export const KIND_NOUNS =
  /^(?:firms|companies|entities|businesses|units|subsidiaries|individuals|people|banks|groups|tankers|vessels|ships)$/;
/** Kinds of party a count may describe before their names ("three US drone makers, X, Y and Z,"). */
const COUNTED_KIND_NOUNS =
  /^(?:affiliates|houses|miners|brokers|dealers|distributors|wholesalers|resellers|forwarders|agents|lenders|insurers|carriers|makers|[a-z]+makers|producers|manufacturers|suppliers|exporters|importers|traders|refiners|processors|smelters|recyclers|subsidiaries|operators|contractors|shippers|developers|institutes|universities|laboratories|executives|officials|officers|directors|managers|persons|businessmen|oligarchs|associates|relatives)$/;

/**
 * "China said it would exempt some U.S. chipmakers from the 125% tariffs it imposed": a pronoun between the
 * measure and its verb (a relative clause with no "which") takes up the sentence's subject, not a name in between.
 */
function takenUpByPronounAfterMeasure(a: SentenceAnalysis, trigger: Trigger): boolean {
  return (
    trigger.actionStart !== null &&
    trigger.actionStart === trigger.anchorEnd + 1 &&
    /^(?:it|they)$/.test(a.tokens[trigger.anchorEnd]?.norm ?? '')
  );
}

/** Whether a country opens the sentence as its subject ("China said …", "The United States has …"). */
/** How many words may name what a company owns before the passive verb that moves it ("'s mining machines"). */
const MOVED_THING_WORDS = 3;

/** Heads of what a company moves when it relocates: its production, operations or a site. */
const MOVED_WORK =
  /^(?:production|manufacturing|assembly|output|operations|headquarters|hq|plant|plants|factory|factories|facility|facilities|smelting|refining|processing|mining|line|lines|business|fleet|rigs|machines|miners|equipment|capacity|hashrate)$/;

/** Words before a passive's "be" that make it one ("will be moved", "is to be moved"). */
const MODAL_OR_TO = /^(?:will|would|shall|should|could|can|may|might|must|to)$/;

/**
 * "Korvath Platinum's headquarters was moved to London", "The head office of Korvath Platinum was relocated to
 * Dubai": the owner of what a passive verb moves is the company that moves it.
 */
function ownerOfMovedThing(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (m.kind !== 'organisation' || trigger.actionStart !== null) return false;
  let auxiliary = trigger.anchorStart - 1;
  if (a.tokens[auxiliary]?.norm === 'been') auxiliary--;
  // "Apple's iPhone production will be moved to India": a modal's "be" is the passive's auxiliary too.
  const modalBe = a.tokens[auxiliary]?.norm === 'be' && MODAL_OR_TO.test(a.tokens[auxiliary - 1]?.norm ?? '');
  if (modalBe) auxiliary--;
  else if (!/^(?:is|are|was|were|has|have|had)$/.test(a.tokens[auxiliary]?.norm ?? '')) return false;
  const last = lastOfGroup(a, m);
  if (isPossessive(a, last)) {
    const owned = a.tokens.slice(last.end + 1, auxiliary);
    const inGoods = (k: number) =>
      a.mentions.some((x) => x.kind === 'goods' && last.end + 1 + k >= x.start && last.end + 1 + k < x.end);
    const goodsInside = owned.some((_, k) => inGoods(k));
    // (Read through a modal or past goods, what is moved must be production, operations or a site: a stock
    // listing, a meeting, shipments or data "will be moved" too.)
    if ((modalBe || goodsInside) && !MOVED_WORK.test(owned.at(-1)?.norm ?? '')) return false;
    return (
      owned.length >= 1 &&
      owned.length <= MOVED_THING_WORDS &&
      owned.every((t, k) => /^[a-z-]+$/.test(t.text) || inGoods(k))
    );
  }
  // "The head office of Korvath Platinum was relocated": the name after "of" closes the subject.
  const opening = a.tokens.slice(0, firstOfGroup(a, m).start);
  return (
    last.end === auxiliary &&
    opening.at(-1)?.norm === 'of' &&
    opening[0]?.norm === 'the' &&
    opening.length - 2 <= MOVED_THING_WORDS &&
    opening.slice(1, -1).every((t) => /^[a-z-]+$/.test(t.text))
  );
}

/**
 * "Zimbabwe banned exports of lithium ore in 2022, and said last week it would ban …": a clause that ", and"
 * opens with its verb has no subject of its own; the sentence's opening subject is its subject too.
 */
function subjectOfElidedClause(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (!opensSentence(a, m)) return false;
  // "China retaliated with tariffs, and imposed …", "… and, on April 4, imposed …" (a time set off after "and").
  const and = a.tokens.findLastIndex(
    (t, k) =>
      k > m.end &&
      k < trigger.start &&
      t.norm === 'and' &&
      (a.tokens[k - 1]?.norm === ',' || a.tokens[k + 1]?.norm === ','),
  );
  if (and < 0) return false;
  const setOffEnd =
    a.tokens[and + 1]?.norm === ','
      ? a.tokens.findIndex((t, k) => k > and + 1 && k < trigger.start && t.norm === ',')
      : and;
  if (setOffEnd < 0) return false;
  // "…, and said Canada would ban …": a subject of its own before the trigger.
  const ownSubject = a.mentions.some(
    (x) =>
      x !== m &&
      (x.kind === 'country' || x.kind === 'organisation') &&
      x.start > and &&
      x.start < trigger.start,
  );
  if (ownSubject) return false;
  const verb = a.tags()[setOffEnd + 1];
  return (
    verb?.has('Verb') === true && !verb.has('Gerund') && (verb.has('PastTense') || verb.has('PresentTense'))
  );
}

/** How many words may qualify a measure after the "its" that owns it ("and its 25 per cent surtax"). */
const OWNED_MEASURE_WORDS = 5;

/**
 * "Canada's 100 per cent surtax on Chinese EVs and its 25 per cent surtax on steel": an "its" after "and" that owns
 * the measure takes up the possessor of the measure before it.
 */
function itsAfterConjunction(a: SentenceAnalysis, anchorStart: number): boolean {
  for (let k = anchorStart - 1; k >= Math.max(1, anchorStart - OWNED_MEASURE_WORDS - 1); k--) {
    const word = a.tokens[k]?.norm ?? '';
    if (word === 'its') return a.tokens[k - 1]?.norm === 'and' && a.clause[k] === a.clause[anchorStart];
    if (!/^[\p{Ll}\d.%-]+$/u.test(a.tokens[k]?.text ?? '')) return false;
  }
  return false;
}

/**
 * "the delisting followed the company's divestment by X": a measure's noun that is the subject of the verb right
 * after it leaves a "by" phrase further on to that verb's object; X did not delist.
 */
function byPhraseOfVerbAfterNoun(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (trigger.actionStart !== null || m.start <= trigger.end + 1) return false;
  // (Read from the word alone: the tagger costs more than the rest of a sentence's analysis.)
  const verb = a.tokens[trigger.end]?.norm ?? '';
  return !/ing$/.test(verb) && (isPastForm(verb) || isVerbWord(verb));
}

/**
 * "blocked gold exports from the mine operated by Canada's X": the agent of a participle after the measure, other
 * than its action word, runs what the measure's words name.
 */
function agentOfOtherParticiple(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const by = a.tokens[m.start - 1]?.norm === 'by' ? m.start - 1 : m.start - 2;
  const participle = by - 1;
  return (
    a.tokens[by]?.norm === 'by' &&
    participle >= trigger.end &&
    participle !== trigger.actionStart &&
    RUNNING_PARTICIPLES.test(a.tokens[participle]?.norm ?? '')
  );
}

/** Participles of running or owning something ("operated by", "owned by"), whose agent is no measure's actor. */
export const RUNNING_PARTICIPLES =
  /^(?:operated|owned|run|controlled|held|developed|managed|mined|built|backed|founded|led|chaired|financed)$/;

function opensSentence(a: SentenceAnalysis, m: Mention): boolean {
  const first = a.mentions.find((x) => x.kind === m.kind);
  return first === m && a.tokens.slice(0, m.start).every((t) => /^(?:the|["“])$/.test(t.norm));
}

/** Verbs whose subject is a measure and whose object is what it falls on ("the tariffs cover steel"). */
const COVERING =
  /^(?:cover|covers|covered|include|includes|included|target|targets|targeted|apply|applies|applied)$/;
/** How many words (a determiner, a modifier) may stand between such a verb and the goods. */
const COVERED_GOODS_GAP = 2;

/**
 * "The tariffs, which Washington imposed in March, cover steel and aluminium": goods that a measure, the
 * subject of "cover" or "include", takes as object; a clause set off by commas may stand between them.
 */
function coveredByMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  let k = trigger.anchorEnd;
  if (a.tokens[k]?.norm === ',') {
    const close = a.tokens.findIndex((t, j) => j > k && t.norm === ',');
    if (close < 0 || close > m.start) return false;
    k = close + 1;
  }
  if (!COVERING.test(a.tokens[k]?.norm ?? '')) return false;
  const verbEnd = a.tokens[k]?.norm.startsWith('appl') && a.tokens[k + 1]?.norm === 'to' ? k + 2 : k + 1;
  return m.start >= verbEnd && m.start - verbEnd <= COVERED_GOODS_GAP;
}

/** How many words a relative clause's subject may have before its verb ("which the U.S. Treasury sanctioned"). */
const RELATIVE_SUBJECT_WORDS = 6;

/**
 * "Quarrion Gold, which the United States sanctioned in 2022": the name that a relative clause's object
 * pronoun takes up is the object of the clause's verb, when the clause's subject is a country.
 */
function objectTakenUpByRelative(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const pronoun = m.end + 1;
  const verb = trigger.actionStart ?? trigger.anchorStart;
  if (a.tokens[m.end]?.norm !== ',' || !/^(?:which|whom)$/.test(a.tokens[pronoun]?.norm ?? '')) return false;
  if (verb <= pronoun + 1 || verb - pronoun > RELATIVE_SUBJECT_WORDS + 1) return false;
  const subject = a.tokens.slice(pronoun + 1, verb);
  return (
    subject.every((t) => t.norm !== ',') &&
    a.mentions.some((x) => x.kind === 'country' && x.start > pronoun && x.end <= verb) &&
    !a.mentions.some((x) => x.kind === 'organisation' && x.start === (trigger.actionEnd ?? trigger.anchorEnd))
  );
}

/** Nouns that refer back to parties named before ("the firm", "both companies"). */
const REFERRING_KIND_NOUNS = /^(?:firm|company|entity|business|unit|subsidiary|bank|group)$/;

/**
 * "added both firms and their director, Tomas Corvane, to the list": parties referred back to, then "and",
 * open a list whose named members follow.
 */
function partiesReferredBefore(a: SentenceAnalysis, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 5 || (a.tokens[to - 1] as Token).norm !== 'and') return false;
  const words = a.tokens.slice(from, to - 1);
  const head = (words.at(-1) as Token).norm;
  if (!KIND_NOUNS.test(head) && !REFERRING_KIND_NOUNS.test(head)) return false;
  return words
    .slice(0, -1)
    .every(
      (t) => SKIPPED_BEFORE.has(t.norm) || /^(?:this|these|those|two|three|four|five|six)$/.test(t.norm),
    );
}

/**
 * "removed two Chinese firms, Sunway Labs and Baidu Robotics, from the list": a count, a nationality
 * and a kind of organisation, then a comma or a colon, describe the names that follow.
 */
function describesNames(a: SentenceAnalysis, from: number, toName: number): boolean {
  // "… three Chinese companies: X, Y and Z" introduces its names with a colon.
  const to = openingOfNames(a.tokens, toName);
  if (!/^[,:]$/.test(a.tokens[to - 1]?.norm ?? '')) return false;
  // "two entities in Singapore, X and Y,": where the parties are, after their kind, belongs to the description.
  const place = a.mentions.find((m) => m.kind === 'country' && m.end === to - 1);
  if (place && /^(?:in|from)$/.test(a.tokens[place.start - 1]?.norm ?? '') && place.start - 1 > from)
    return describesParties(a, from, place.start - 1);
  return describesParties(a, from, to - 1);
}

/**
 * Where names a colon sets out open: at the first name, or at "the" before it right after the colon ("two vessels:
 * the Sagar Kiran and the Nila Tara").
 */
function openingOfNames(tokens: readonly Token[], nameStart: number): number {
  return tokens[nameStart - 1]?.norm === 'the' && tokens[nameStart - 2]?.norm === ':'
    ? nameStart - 1
    : nameStart;
}

/** How many words may qualify the kind after "the following" ("the following US defence entities"). */
const FOLLOWING_KIND_WORDS = 2;
/** How many words a count may stand before the kind of organisation it counts ("three Chinese mining companies"). */
const COUNTED_PARTY_WORDS = 4;

/**
 * "Three Chinese companies were placed on the Entity List on Tuesday: X, Y and Z": names set out after a
 * colon that closes the action's clause are the parties its counted group ("three Chinese companies") stood for.
 */
function namedAfterColon(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const colon = openingOfNames(a.tokens, firstOfGroup(a, m).start) - 1;
  if (a.tokens[colon]?.norm !== ':' || colon < trigger.end) return false;
  if (a.tokens.slice(trigger.end, colon).some((t) => /^[:;]$/.test(t.norm))) return false;
  return countsParties(a, trigger.clause, colon);
}

/** Whether the clause, before `end`, counts parties it does not name ("three Chinese companies", "12 entities"). */
export function countsParties(a: SentenceAnalysis, clause: number, end: number): boolean {
  for (let k = 0; k < end; k++) {
    const kind = a.tokens[k]?.norm ?? '';
    if (a.clause[k] !== clause || !(KIND_NOUNS.test(kind) || COUNTED_KIND_NOUNS.test(kind))) continue;
    // "sanctioned the following companies:", "the following US entities:": parties the lines after name.
    for (let j = k - 1; j >= Math.max(1, k - FOLLOWING_KIND_WORDS - 1); j--) {
      if (a.tokens[j]?.norm === 'following' && a.tokens[j - 1]?.norm === 'the') return true;
      if (!/^[\p{L}.-]+$/u.test(a.tokens[j]?.text ?? '')) break;
    }
    for (let from = k - 1; from >= Math.max(0, k - COUNTED_PARTY_WORDS); from--)
      if (COUNT.test(a.tokens[from]?.norm ?? '') && describesParties(a, from, k + 1)) return true;
  }
  return false;
}

/** A place and a participle of where a party is based ("Malaysian-registered", "Kong-based", "Dubai-owned"). */
const BASED_IN =
  /^\p{Lu}[\p{L}.]*-(?:based|registered|owned|listed|headquartered|controlled|flagged|incorporated)$/u;

/** Kinds of a single party a description names before its name ("a Chinese graphite maker, X,"). */
const SINGLE_PARTY_NOUNS =
  /^(?:firm|company|entity|business|subsidiary|unit|arm|bank|group|house|tanker|vessel|ship|trader|dealer|broker|distributor|wholesaler|reseller|maker|producer|processor|agent|miner|smelter|refiner|supplier|manufacturer|exporter|importer|shipper|forwarder|operator|contractor|partner|affiliate|businessman|businesswoman|tycoon|financier|executive|official)$/;

/** Words that open the description of one party set before its name in apposition. */
const SINGLE_PARTY_OPENERS = /^(?:a|an|another|the|its|their|our|his|her)$/;

/** "two Chinese firms", "three mining companies": a count and a kind of organisation that names no one yet. */
function describesParties(a: SentenceAnalysis, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  const words = a.tokens.slice(from, to);
  const kind = (words.at(-1) as Token).norm;
  // "a Latvian shipping agent, X,", "the drone maker, X,", "our former partner, X,": one party, described before
  // its name.
  const single = SINGLE_PARTY_OPENERS.test(words[0]?.norm ?? '') && SINGLE_PARTY_NOUNS.test(kind);
  if (!KIND_NOUNS.test(kind) && !COUNTED_KIND_NOUNS.test(kind) && !single) return false;
  return words.slice(0, -1).every((t, k) => {
    const at = from + k;
    return (
      SKIPPED_BEFORE.has(t.norm) ||
      // "two Chinese mining companies, X and Y,", "three rare earth processors": up to two lower-case words of what
      // they do, right before the noun.
      (k >= words.length - 3 && /^[a-z][a-z-]*$/.test(t.text)) ||
      /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens?|of)$/.test(t.norm) ||
      // "two Malaysian-registered firms", "two Hong Kong-based traders": where they are based, by a hyphen.
      BASED_IN.test(t.text) ||
      (/^\p{Lu}/u.test(t.text) && BASED_IN.test(words[k + 1]?.text ?? '')) ||
      // "two Chinese firms", "two U.S. firms": a country's adjective or attributive name.
      a.mentions.some(
        (x) =>
          x.kind === 'country' && (x.form === 'demonym' || x.form === 'name') && at >= x.start && at < x.end,
      )
    );
  });
}

/** "added X, formerly on the Unverified List, to the Entity List": a list anchor is the list its entity is put on. */
function isOtherThanAnchorList(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  return a.mentions.some(
    (x) => x.kind === 'list' && x !== m && x.start === trigger.anchorStart && x.end === trigger.anchorEnd,
  );
}

export const GRANT_NOUNS = /^(?:reprieves?|exemptions?|relief|waivers?|carve-outs?|exclusions?)$/;
/** Words of trade spared a measure, which a country may be granted ("duty-free quotas for Japan"). */
const FREE_OF_MEASURE = /^(?:duty|tariff|quota)-free$/;
/** Nouns of putting a measure off, which a country may be granted ("the pause … for China"). */
export const PAUSE_NOUNS = /^(?:pauses?|delays?|extensions?|suspensions?|deferrals?)$/;
/** Participles of putting a measure off or lifting it, which may be done for a country ("were paused for Canada"). */
const PAUSED = /^(?:paused|delayed|suspended|postponed|deferred|lifted|waived|eased)$/;
/** How far before the "for" that names whom it is for a grant or a pause may stand. */
const SPARED_FOR_REACH = 5;
/**
 * Verbs whose object is the one warned or told ("warned Canada of higher tariffs", "threatens India with tariffs",
 * "told Japan that its goods would face").
 */
const ADDRESSING_VERBS =
  /^(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|tell|tells|told|telling|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying))$/;
/** Verbs that give a grant to their indirect object ("granted Mexico a waiver"). */
const GRANT_VERBS = /^(?:grant(?:s|ed)?|gave|give[sn]?|offer(?:s|ed)?|extend(?:s|ed)?|award(?:s|ed)?)$/;
/** Verbs whose object is spared a measure ("exempt Japan from the tariffs"). */
export const EXEMPTING_VERBS =
  /^(?:exempt(?:s|ed|ing)?|spar(?:e|es|ed|ing)|excus(?:e|es|ed|ing)|exclud(?:e|es|ed|ing))$/;
/** Verbs whose object right after them is what they give to or address, never the actor of the measure. */
const OBJECT_TAKING_VERBS = [GRANT_VERBS, EXEMPTING_VERBS, ADDRESSING_VERBS];

/** The grant noun just before the "from" that precedes token `at` ("a reprieve from the administration"). */
function grantNounBefore(a: SentenceAnalysis, at: number): number | undefined {
  let from = at - 1;
  while (from >= 0 && from > at - 4 && (a.tokens[from] as Token).norm !== 'from') from--;
  if ((a.tokens[from] as Token | undefined)?.norm !== 'from') return undefined;
  for (let i = from - 1; i >= Math.max(0, from - 3); i--)
    if (GRANT_NOUNS.test((a.tokens[i] as Token).norm)) return i;
  return undefined;
}

/** "the president of Chile", "the government of Peru": the country acts through the office before it. */
function headedByGovernment(a: SentenceAnalysis, m: Mention): boolean {
  return a.tokens[m.start - 1]?.norm === 'of' && GOVERNMENT_NOUNS.has(a.tokens[m.start - 2]?.norm ?? '');
}

/** Pronouns that stand for a person, a leader as a rule ("his tariffs", "he imposed"). */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'than']);
const AUXILIARIES = new Set([
  'has',
  'had',
  'have',
  'will',
  'would',
  'is',
  'was',
  'were',
  'are',
  'could',
  'may',
  'might',
  'did',
  'does',
]);

/** Words that open a participle clause before the sentence's subject ("By moving …", "After relocating …"). */
const FRONTED_CLAUSE_OPENERS = new Set([
  'by',
  'after',
  'before',
  'since',
  'upon',
  'on',
  'following',
  'through',
]);
/**
 * Past forms that end in neither "-ed" nor "-ing" ("has built a plant", "were cut to 30%", "Hashgrove Digital cut
 * its costs"), which the tagger's lexicon may lack or take for nouns.
 */
const IRREGULAR_PAST_FORMS =
  /^(?:built|begun|began|made|set|put|bought|sold|taken|took|got|gotten|won|brought|chose|chosen|kept|left|found|spun|shut|cut|hit|held|given|paid|lost|frozen|split|spread|sent|spent)$/;

/** A past form or participle: "raised", "were cut to 30%", "has built a plant". */
export function isPastForm(norm: string): boolean {
  return /ed$/.test(norm) || IRREGULAR_PAST_FORMS.test(norm);
}
/** Words that may stand between a fronted clause's comma and the sentence's subject ("…, the company"). */
const SUBJECT_DETERMINERS = new Set(['the', 'its', 'their']);

/**
 * "By moving production to Vietnam, Foxconn cut costs", "Having shifted assembly to India, Apple …": a participle
 * clause opening the sentence has no subject of its own; the subject of the sentence after its comma does it.
 */
function subjectOfFrontedClause(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const tokens = a.tokens;
  const participle = FRONTED_CLAUSE_OPENERS.has(tokens[0]?.norm ?? '') ? 1 : 0;
  const opening = tokens[participle]?.norm ?? '';
  if (
    !(opening === 'having' || (/^[a-z]+ing$/.test(opening) && (a.tags()[participle]?.has('Verb') ?? false)))
  )
    return false;
  // A comma inside a figure ("4,000 of its rigs") parts no clause.
  const partsClause = (k: number) =>
    tokens[k]?.norm === ',' &&
    !(/^\d+$/.test(tokens[k - 1]?.norm ?? '') && /^\d+$/.test(tokens[k + 1]?.norm ?? ''));
  const comma = tokens.findIndex((_, k) => k >= trigger.end && partsClause(k));
  if (comma < 0 || m.start <= comma || m.start - comma > 2) return false;
  for (let k = participle; k < trigger.start; k++) if (partsClause(k)) return false;
  if (m.start - comma === 2 && !SUBJECT_DETERMINERS.has(tokens[comma + 1]?.norm ?? '')) return false;
  const after = lastOfGroup(a, m).end;
  // "…, Apple now makes": an adverb may stand before the verb.
  const verb = pastAdverb(a, after);
  return (
    !isPossessive(a, m) &&
    (tokens[after]?.norm === ',' ||
      AUXILIARIES.has(tokens[verb]?.norm ?? '') ||
      isPastForm(tokens[verb]?.norm ?? '') ||
      isMainVerb(a, verb))
  );
}

/** Where the verb after a subject ending at `end` stands, past one adverb ("Apple now makes"). */
function pastAdverb(a: SentenceAnalysis, end: number): number {
  return a.tags()[end]?.has('Adverb') ? end + 1 : end;
}

/** How many words may name a country's office after it ("commerce ministry"). */
const MAX_OFFICE_WORDS = 2;

/**
 * "After being added to the Entity List in April, Zhonglin said …", "Having been added …, X said", "Added to the
 * list in April, X said": a passive participle clause that opens the sentence is said of the subject after its
 * comma, whatever that subject's verb (one of saying too).
 */
function subjectOfFrontedPassive(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const tokens = a.tokens;
  const opening = FRONTED_CLAUSE_OPENERS.has(tokens[0]?.norm ?? '') ? 1 : 0;
  const verb = trigger.actionStart;
  const participle = tokens[trigger.actionEnd === null ? -1 : trigger.actionEnd - 1]?.norm ?? '';
  // The action's words may take in their auxiliary ("being added").
  const passive =
    (tokens[opening]?.norm === 'being' && (verb === opening || verb === opening + 1)) ||
    (tokens[opening]?.norm === 'having' &&
      tokens[opening + 1]?.norm === 'been' &&
      verb !== null &&
      verb >= opening &&
      verb <= opening + 2) ||
    (opening === 0 && verb === 0);
  if (!passive || !isPastForm(participle)) return false;
  const comma = tokens.findIndex((t, k) => k >= trigger.end && t.norm === ',');
  const subject = tokens[comma + 1]?.norm === 'the' ? comma + 2 : comma + 1;
  if (comma <= 0 || m.start !== subject) return false;
  // The name is the subject itself ("Halden Research analysts said" names analysts), and no other name is the
  // subject of what it says ("Kestrel Securities said Zhonglin Rare Earth's sales would halve").
  const end = lastOfGroup(a, m).end;
  const reported = tokens[end + 1]?.norm === 'that' ? end + 2 : end + 1;
  return (
    (a.tags()[end]?.has('Verb') ?? false) &&
    !(REPORTING_AFTER.test(tokens[end]?.norm ?? '') && /^\p{Lu}/u.test(tokens[reported]?.text ?? '')) &&
    !a.mentions.some((x) => x.kind === 'organisation' && x.start > end && a.clause[x.start] === a.clause[end])
  );
}

/** "after China introduced tariffs": a conjunction, not a preposition, when the mention's verb follows it. */
function opensClause(a: SentenceAnalysis, m: Mention, prep: string, trigger: Trigger): boolean {
  if (!CLAUSE_OPENERS.has(prep)) return false;
  // "after the Chilean government banned", "after the Chinese commerce ministry imposed": the country's office
  // is the subject's head.
  // "after Trump also floated a levy": an adverb may stand before the verb.
  const verb = pastAdverb(a, officeEnd(a, m));
  if (verb === trigger.actionStart || AUXILIARIES.has(a.tokens[verb]?.norm ?? '')) return true;
  return a.tags()[verb]?.has('Verb') ?? false;
}

/**
 * "Switzerland followed the EU and froze the assets of …": the object of a verb is not the subject of the verb
 * coordinated after it; the clause's subject is.
 */
function objectBeforeCoordinatedVerb(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  // "placed controls on 28 U.S. defence companies and announced": the nouns the country qualifies end there.
  let and = lastOfGroup(a, m).end;
  while (
    and - m.end < MAX_QUALIFIED_NOUNS &&
    /^[a-z][a-z-]*$/.test(a.tokens[and]?.norm ?? '') &&
    a.tokens[and]?.norm !== 'and'
  )
    and++;
  if (a.tokens[and]?.norm !== 'and') return false;
  // "… and announced a ban": the coordinated verb may only report the measure the anchor states.
  const verb = and + 1;
  if (
    (trigger.actionStart ?? trigger.start) !== verb &&
    !(verb < trigger.start && trigger.start - verb <= REPORTING_VERB_REACH && isMainVerb(a, verb))
  )
    return false;
  let before = a.tokens[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  if (and > lastOfGroup(a, m).end) {
    // A country that qualifies nouns is their object's part after a preposition ("on 28 U.S. firms") too.
    while (before >= 1 && COUNT_OR_DETERMINER.test(a.tokens[before]?.norm ?? '')) before--;
    if (PREPOSITIONS.has(a.tokens[before]?.norm ?? '')) return true;
  }
  return before >= 1 && isMainVerb(a, before);
}

/**
 * "China placed PVH Group and U.S. biotech firm Illumina on its list, and announced export controls": a name
 * inside the object of the clause's verb is not the subject of the verb coordinated after that object.
 */
function insideObjectBeforeCoordinatedVerb(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const opening = trigger.actionStart ?? trigger.start;
  let and = opening - 1;
  while (and > opening - 1 - REPORTING_VERB_REACH && a.tokens[and]?.norm !== 'and') and--;
  if (a.tokens[and]?.norm !== 'and' || and < m.end || !isMainVerb(a, and + 1)) return false;
  for (let k = m.start - 1; k >= 1; k--) {
    if (a.clause[k] !== a.clause[m.start]) return false;
    if (isMainVerb(a, k)) return true;
  }
  return false;
}

/** How far before the anchor a coordinated verb that reports it may stand ("and announced a ban"). */
const REPORTING_VERB_REACH = 3;
/** How many lower-case nouns a country may qualify before the "and" of a coordinated verb ("U.S. defence companies"). */
const MAX_QUALIFIED_NOUNS = 3;
const COUNT_OR_DETERMINER = /^(?:\d[\d,.]*|the|a|an|some|several|many|dozens|hundreds|more|other|its|their)$/;

/** Whether token `k` is a verb other than an auxiliary (the tagger decides; it runs only when asked). */
function isMainVerb(a: SentenceAnalysis, k: number): boolean {
  return !AUXILIARIES.has(a.tokens[k]?.norm ?? '') && (a.tags()[k]?.has('Verb') ?? false);
}

/** Words that open examples of a noun before them ("companies, including Longi and Trina,"). */
const EXAMPLE_OPENERS = /^(?:including|excluding|notably|especially|particularly|like)$/;
/** Verbs whose object may be the subject of the clause after it ("said Washington would", "let China keep"). */
const CLAUSE_TAKING_VERBS =
  /^(?:said|says|say|saying|told|tell|tells|announced|warned|believes?|believed|thinks?|thought|expects?|expected|hopes?|hoped|fears?|feared|let|lets|made|make|makes|see|sees|saw|noted|added|argued|insisted)$/;

/**
 * "Modi is due to visit the White House on Thursday, with planned tariff reductions": the object of a verb
 * before the trigger is not the subject that acts ("said Washington would impose" opens a clause of its own).
 */
/** How many words a country that qualifies the measure itself may stand before it ("a US 25% tariff"). */
const QUALIFIED_MEASURE_WORDS = 3;

/**
 * "Indonesia is fighting an EU case over its export ban": a country after an indefinite article qualifies the noun
 * after it, another than the measure, and is no subject.
 */
function qualifiesOtherNoun(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (!/^(?:a|an)$/.test(a.tokens[m.start - 1]?.norm ?? '')) return false;
  if (!/^[a-z]+$/.test(a.tokens[m.end]?.text ?? '')) return false;
  return trigger.anchorStart - m.end > QUALIFIED_MEASURE_WORDS;
}

function objectOfVerbBefore(a: SentenceAnalysis, m: Mention): boolean {
  const first = firstOfGroup(a, m);
  const verb = a.tokens[first.start - 1]?.norm === 'the' ? first.start - 2 : first.start - 1;
  const next = a.tokens[lastOfGroup(a, m).end]?.norm ?? '';
  // "companies, including Longi and Trina, have moved": examples of the subject are no object.
  if (
    CLAUSE_TAKING_VERBS.test(a.tokens[verb]?.norm ?? '') ||
    EXAMPLE_OPENERS.test(a.tokens[verb]?.norm ?? '') ||
    !/^(?:on|in|at|,|last|this|after|before)$/.test(next)
  )
    return false;
  // "due to visit the White House": the tagger may read an infinitive after "due to" as a noun.
  const infinitive = a.tokens[verb - 1]?.norm === 'to' && /^[a-z]+$/.test(a.tokens[verb]?.text ?? '');
  return infinitive || isMainVerb(a, verb);
}

/**
 * "signed a deal to supply Ford, moving its production to Kentucky", "Beijing targeted Washington, imposing
 * duties": the object of a verb is not the subject of the participle the comma after it opens; the clause's
 * subject is.
 */
function objectBeforeParticiple(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const comma = lastOfGroup(a, m).end;
  const actionStart = trigger.actionStart ?? trigger.start;
  // The cheap tests first: the tagger runs only for a participle right after the mention's comma.
  if (
    a.tokens[comma]?.norm !== ',' ||
    actionStart !== comma + 1 ||
    !/^[a-z]+ing$/.test(a.tokens[actionStart]?.norm ?? '')
  )
    return false;
  return isMainVerb(a, m.start - 1);
}

/**
 * "Trump accused China of …, forcing him to double tariffs": a personal pronoun just before the trigger
 * stands for a leader named before it, whatever countries come between.
 */
function pronounRefersTo(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const from = Math.max(m.end, trigger.start - 6);
  const pronoun = a.tokens.slice(from, trigger.start).findIndex((t) => PERSONAL_PRONOUNS.has(t.norm));
  if (pronoun < 0) return false;
  // The pronoun takes the sentence's first leader, its subject as a rule ("Trump welcomed Modi hours after
  // he unveiled …"), not the nearest one.
  return !a.mentions.some((x) => x.form === 'leader' && x.start < m.start);
}

/** Distance in tokens between a mention and the trigger (0 when they touch). */
export function distance(m: Mention, trigger: Trigger): number {
  if (m.end <= trigger.start) return trigger.start - m.end;
  if (m.start >= trigger.end) return m.start - trigger.end;
  return 0;
}

/** What sets off an apposition or participle after a name: a comma, or a bracket ("X (on the Entity List since 2020)"). */
const SETS_OFF = /^[,(]$/;

/** Words of an apposition that says where a name is held ("X, already on the Entity List since 2019,"). */
const HELD_APPOSITION_WORDS = /^(?:already|also|still|long|on|the|its|a|an|their)$/;

/**
 * "Huawei, on the Entity List since 2019,", "Orvanta Mining, a company on the U.S. Entity List since 2021,": the
 * apposition after a name places it on the list.
 */
function heldInApposition(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (!SETS_OFF.test(a.tokens[m.end]?.norm ?? '') || m.end >= trigger.anchorStart) return false;
  const between = a.tokens.slice(m.end + 1, trigger.anchorStart);
  return (
    between.length <= 6 &&
    between.some((t) => t.norm === 'on') &&
    between.every(
      (t, k) =>
        HELD_APPOSITION_WORDS.test(t.norm) ||
        (SINGLE_PARTY_NOUNS.test(t.norm) && /^(?:a|an)$/.test(between[k - 1]?.norm ?? '')) ||
        a.mentions.some((x) => x.kind === 'country' && x.start <= m.end + 1 + k && x.end > m.end + 1 + k),
    )
  );
}

/** Verbs of a reaction to a measure: who condemns or welcomes it is not who imposes it. */
const REACTION_VERBS =
  /^(?:call(?:s|ed)|criticis(?:es|ed)|criticiz(?:es|ed)|condemn(?:s|ed)|denounc(?:es|ed)|slam(?:s|med)|blast(?:s|ed)|welcom(?:es|ed)|protest(?:s|ed)|oppos(?:es|ed)|decr(?:ies|ied)|lambast(?:s|ed)|deplor(?:es|ed)|regrett?(?:s|ed)|blam(?:es|ed))$/;

const RETALIATING = /^retaliat(?:e|es|ed|ing|ion)$/;
// "Brazil would respond to the 50% U.S. tariff", "reacted to Ottawa's levies": a verb of answering, like its noun.
const ANSWERS =
  /^(?:counter-?measures?|respon(?:ses?|ds?|ded|ding)|react(?:s|ed|ing|ions?)?|repl(?:y|ies|ied|ying))$/;
/** "continue talks over the US 25% tariff on Japanese cars": who talks about a measure answers it, and levies none. */
const TALKS = /^(?:talks|negotiat(?:e|es|ed|ing|ions?)|consultations?)$/;
/** How far the measure a retaliation answers may stand after its preposition ("against the new U.S. steel tariffs"). */
const ANSWERED_REACH = 5;

/**
 * "India retaliated against the U.S. steel tariffs": the verb of retaliation with "against", "over", "to" or
 * "for" before the anchor answers that measure; it is neither the measure's action nor its actor's.
 */
export function retaliatesAgainst(tokens: readonly Token[], verb: number, anchorStart: number): boolean {
  const word = tokens[verb]?.norm ?? '';
  // "retaliatory action against the U.S. tariffs": the noun a retaliatory step is named by comes first.
  // "countermeasures against U.S. steel tariffs", "in response to U.S. tariffs": so is a noun that answers it.
  let at =
    word === 'retaliatory' && RETALIATORY_STEPS.test(tokens[verb + 1]?.norm ?? '')
      ? verb + 2
      : RETALIATING.test(word) || ANSWERS.test(word) || TALKS.test(word)
        ? verb + 1
        : -1;
  // 'Chile "will not retaliate" against the tariff': a quote closed after the verb.
  if (at >= 0 && QUOTE_MARKS.test(tokens[at]?.text ?? '')) at++;
  const preposition = tokens[at]?.norm ?? '';
  if (
    at < 0 ||
    !(
      /^(?:against|over|to|for)$/.test(preposition) ||
      (TALKS.test(word) && /^(?:on|about)$/.test(preposition))
    )
  )
    return false;
  // ("Washington threatened in response to put a 200% tariff on French wine": an infinitive after "to" is the
  // subject's own step.)
  if (
    preposition === 'to' &&
    ANSWERING_STEPS.test(tokens[at + 1]?.norm ?? '') &&
    STEP_OBJECT_OPENERS.test(tokens[at + 2]?.norm ?? '')
  )
    return false;
  // "held talks over the US 25% tariff": talks answer a measure its owner is named for ("talks on its tariff",
  // "talks about the duty it will impose" are the subject's own).
  if (TALKS.test(word) && !tokens.slice(at + 1, anchorStart).some((t) => /^\p{Lu}/u.test(t.text)))
    return false;
  return (
    at + 1 <= anchorStart &&
    anchorStart - (at + 1) <= ANSWERED_REACH &&
    tokens.slice(at + 1, anchorStart).every((t) => !/^(?:,|and|or|by|with)$/.test(t.norm))
  );
}

const RETALIATORY_STEPS = /^(?:action|actions|measures?|steps?|moves?)$/;
/** Verbs of a step of one's own after "in response to" ("in response to put a 200% tariff"). */
const ANSWERING_STEPS = /^(?:put|impose|slap|levy|place|introduce|apply|restrict|curb|halt|block)$/;
/** Words that open such a step's object ("put a 200% tariff", "impose new duties"). */
const STEP_OBJECT_OPENERS =
  /^(?:a|an|the|its|their|new|further|additional|higher|retaliatory|counter|\d[\d.,]*|tariffs?|duties|levies|curbs|restrictions|controls|sanctions)$/;
/** Quotation marks, straight and curly. */
const QUOTE_MARKS = /^["“”'‘’]$/;

/** How far after its "where" the action of a clause about a place may stand ("Dubai, where it later moved"). */
const WHERE_REACH = 8;

/**
 * The first word from `from` on that answers the measure at `anchorStart` ("retaliate against", "respond to",
 * "countermeasures against"), or -1.
 */
export function answerBefore(tokens: readonly Token[], from: number, anchorStart: number): number {
  for (let k = from; k < anchorStart; k++) if (retaliatesAgainst(tokens, k, anchorStart)) return k;
  return -1;
}

/** "Peru responded to the 25% EU tariff": the subject answers the measure. */
function answersMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  const from = appositiveEnd(a, lastOfGroup(a, m).end) ?? m.end;
  return answerBefore(a.tokens, from, trigger.anchorStart) >= 0;
}

/** "Canada, the largest supplier, called the 50% tariffs unjustified": the subject reacts to the measure. */
export function reactsToMeasure(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  if (answersMeasure(a, m, trigger)) return true;
  const from = appositiveEnd(a, lastOfGroup(a, m).end) ?? m.end;
  const verb = a.tokens.slice(from, trigger.anchorStart).findIndex((t) => REACTION_VERBS.test(t.norm));
  if (verb < 0) return false;
  // The measure is the verb's object: only its determiner, rate or modifiers stand between them ("called
  // the new 50% tariffs"; not "called India an abuser … and his levies"), and "called for tariffs" or
  // "called off the duties" is no reaction to them.
  const object = a.tokens.slice(from + verb + 1, trigger.anchorStart);
  return object.length <= 4 && object.every((t) => !/^(?:for|off|on|,|and|or)$/.test(t.norm));
}

/** Whether the organisation is a government body (or a country's office) that "by" opens, past "the" and its country. */
function bodyAfterBy(a: SentenceAnalysis, m: Mention): boolean {
  const inCountry = (k: number) => a.mentions.some((x) => x.kind === 'country' && k >= x.start && k < x.end);
  const body =
    a.mentions.some((x) => x.kind === 'country' && x.start < m.end && x.end > m.start) ||
    a.tokens.slice(m.start, m.end).some((t) => isBodyHead(t.text));
  let k = m.start - 1;
  while (k >= 0 && (a.tokens[k]?.norm === 'the' || inCountry(k))) k--;
  return body && a.tokens[k]?.norm === 'by';
}

/** Verbs of selling a site's output to buyers elsewhere ("supply makers in Japan", "serve customers in Europe"). */
const SUPPLYING =
  /^(?:supply|supplies|supplying|serve|serves|serving|sell|sells|selling|ship|ships|shipping)$/;

/** Gerunds of sending a site's output to buyers ("would start shipping to the US"). */
const SHIPPING_OUT = /^(?:shipping|selling|supplying)$/;

/**
 * Whether "instead of" or "rather than" opens, in the clause, an alternative course ("instead of shipping",
 * "rather than in China") in the words between `from` and `to` ("sooner rather than later" opens none).
 */
function insideAlternative(a: SentenceAnalysis, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (a.clause[k] !== a.clause[to]) continue;
    const pair = `${a.tokens[k]?.norm} ${a.tokens[k + 1]?.norm}`;
    const course = a.tokens[k + 2]?.norm ?? '';
    // ("will relocate, rather than closing, its factory to Vietnam": an alternative set off by commas ends before.)
    if (
      (pair === 'instead of' || pair === 'rather than') &&
      /^(?:\w+ing|in|to|at|into)$/.test(course) &&
      !a.tokens.slice(k + 2, to).some((t) => t.norm === ',')
    )
      return true;
  }
  return false;
}

/** Whether the words before a place hold a verb of supplying whose buyers the place is in (not "serves from plants in"). */
function suppliedIn(words: readonly string[]): boolean {
  const verb = words.findLastIndex((w) => SUPPLYING.test(w));
  return verb >= 0 && !words.slice(verb + 1).includes('from');
}

/** Participles of enacting a measure, whose "by" names who enacts it ("sanctions imposed by the Group of Seven"). */
const ENACTED =
  /^(?:imposed|adopted|announced|introduced|agreed|levied|taken|approved|enacted|issued|ordered)$/;

/** "in line with sanctions imposed by the Group of Seven": the agent of enacting a measure is no party to it. */
function agentOfEnacting(a: SentenceAnalysis, m: Mention): boolean {
  const by = a.tokens[m.start - 1]?.norm === 'the' ? m.start - 2 : m.start - 1;
  return a.tokens[by]?.norm === 'by' && ENACTED.test(a.tokens[by - 1]?.norm ?? '');
}

/** How far back from a place the adverb that puts it in the past may stand ("previously handled at its plant in"). */
const FORMER_PLACE_REACH = 6;

/** "output previously made in Germany", "work formerly done at its plant in Chengdu": a place of the past. */
function placedBefore(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  for (let k = m.start - 1; k >= Math.max(trigger.end, m.start - FORMER_PLACE_REACH); k--) {
    const word = a.tokens[k]?.norm ?? '';
    if (word === ',' || a.clause[k] !== a.clause[m.start]) return false;
    if (/^(?:previously|formerly|once)$/.test(word)) return true;
  }
  return false;
}

/** How far after the measure its goods' possessive pronoun may stand. */
const OWNER_REACH = 5;

/**
 * "South Korea agreed to a 15% U.S. tariff on its cars": the country that opens the clause owns the goods
 * that "its" introduces after the measure, so the measure falls on it.
 */
function ownsTheGoods(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  // "the 25% tariff Trump placed on its goods": the owner may stand past a relative clause's verb.
  const after = a.tokens.slice(trigger.anchorEnd, trigger.anchorEnd + OWNER_REACH);
  const cut = after.findIndex((t) => t.norm === ',');
  const owned = (cut >= 0 ? after.slice(0, cut) : after).some((t) => t.norm === 'its' || t.norm === 'their');
  if (!owned || m.kind !== 'country' || isPossessive(a, m)) return false;
  // "Japan's negotiator said Tokyo would not accept … the 25% U.S. tariff on its cars": a possessor owns its
  // noun, not the goods.
  const first = a.mentions.find(
    (x) => x.kind === 'country' && a.clause[x.start] === trigger.clause && !isPossessive(a, x),
  );
  return first === m && trigger.anchorStart - m.end > 3;
}

/**
 * "would stop issuing export licences for rare earth magnets, tightening its grip on the critical minerals": a
 * phrase inside a participle clause set off after the trigger is that participle's ("including" only lists).
 */
function inParticipleClauseAfter(a: SentenceAnalysis, m: Mention, trigger: Trigger): boolean {
  for (let k = trigger.end; k < m.start - 1; k++) {
    const next = a.tokens[k + 1]?.norm ?? '';
    if (a.tokens[k]?.norm === ',' && /^[a-z]{3,}ing$/.test(next) && !LISTING_PARTICIPLES.has(next))
      return true;
  }
  return false;
}

/** Participles that list examples of what comes before them, and open no clause of their own. */
const LISTING_PARTICIPLES = new Set(['including', 'excluding', 'following', 'according']);
