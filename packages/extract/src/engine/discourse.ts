import { hasGovernmentWord } from '../events/organizations.js';
import { getGazetteer } from '../gazetteer/gazetteer.js';
import { type Mention, openingName, type SentenceAnalysis, taggedOrganisations } from './analysis.js';
import { GENERIC_GOODS } from './lexicon.js';
import { canAct, KIND_NOUNS, namedOnly, objectionFrom, prepositionBefore } from './roles.js';
import type { Token } from './tokens.js';

/**
 * What the article has said so far, for slots a sentence leaves to its context: the government acting
 * ("the administration"), the company referred to ("the company", "it"), named in the headline or an
 * earlier sentence.
 */
export interface Discourse {
  /**
   * The acting country of the nearest earlier sentence (up to three back) that speaks of the same type
   * of event, or of the headline: "Chile said it would seek an exemption" is not who spared Canada.
   */
  recentActor(sentenceIndex: number, type: string): string | null;
  /**
   * The acting country of the nearest earlier sentence (up to three back) that names one, whatever it speaks
   * of, members of long lists aside.
   */
  recentAnyActor(sentenceIndex: number): string | null;
  /** The country of the first leader named in the nearest earlier sentence that names one (up to three back), or in the headline: "he". */
  recentLeader(sentenceIndex: number): string | null;
  /** The country the article most often has acting, the headline counting double; `except` passed over. */
  mainActor(except?: ReadonlySet<string>): string | null;
  /**
   * The country whose places (or own name) the article names most often ("a filing with the Shanghai
   * bourse", "a filing in Peru"), for an article that names no acting country at all.
   */
  placesCountry(): string | null;
  /** The country where the story was filed ("HARARE –", "JAKARTA, June 3 (Reuters) -"), if its dateline says. */
  datelineCountry(): string | null;
  /** Whether the headline or a sentence of the article speaks of the EU's "restrictive measures" (its sanctions). */
  speaksOfRestrictiveMeasures(): boolean;
  /** The country or place named last in the sentence just before this one: where "there" is. */
  previousPlace(sentenceIndex: number): string | null;
  /**
   * The country of the state, province or city named last in the sentence or before it (up to three back): what "the
   * province" stands for.
   */
  recentPlace(sentenceIndex: number): string | null;
  /**
   * The organisation named most recently at or before the sentence (in the sentence itself, before `before` or
   * after it where no preposition such as "to" or "with" governs it), looked for `reach` sentences back (further for a definite description such as "the firm" than
   * for "it"), else the headline's.
   */
  recentOrganisation(sentenceIndex: number, reach?: number, before?: number): Mention | null;
  /**
   * The organisation an earlier sentence (up to `reach` back) named right after a description by one of these nouns
   * ("the Company's subsidiary, X", "its refinery X"): what "the subsidiary" refers to.
   */
  describedOrganisation(sentenceIndex: number, nouns: RegExp, reach: number): Mention | null;
  /**
   * The organisations named together most recently before the sentence (up to four back), when two or more are:
   * whom "both companies" or "the two firms" refer to.
   */
  recentOrganisationGroup(sentenceIndex: number): Mention[];
  /** The country the article most often has on the receiving end ("on China", "against Japan"). */
  mainTarget(): string | null;
  /** The sanctions list named most recently before the sentence ("the list"), or in the headline. */
  recentList(sentenceIndex: number): Mention | null;
  /** Whether the sentence names a sanctions list ("the Entity List"). */
  listNamedAt(sentenceIndex: number): boolean;
  /** The word before the sentence's last mention of a noun ("visa" in "imposed visa restrictions"), or null. */
  wordBeforeNoun(sentenceIndex: number, noun: string): string | null;
  /** The goods the article names most often (generic words aside), in the article's most frequent wording. */
  mainGoods(): string | null;
  /**
   * The goods first named in the nearest earlier sentence (up to three back) with an anchor of the type:
   * what "the curbs" of the next sentence are on.
   */
  recentGoods(sentenceIndex: number, type: string): string | null;
  /**
   * The goods named together (two or more, a class named after them aside) in the sentence right before: what
   * "both metals" or "these minerals" refer to.
   */
  recentGoodsGroup(sentenceIndex: number): string | null;
  /**
   * The organisations the sentence after this one names as the parties this one counted ("The companies, X,
   * Y and Z, …", "They are X and Y"), or none.
   */
  partiesNamedNext(sentenceIndex: number): Mention[];
  /** How many sentences of the article have an anchor of the type. */
  anchorSentences(type: string): number;
  /** Whether the sentence has an anchor of the type that states it by itself. */
  statedIn(type: string, sentenceIndex: number): boolean;
  /**
   * The sentence just before this one that states the type, passing over up to STATED_GAP_SENTENCES that state
   * no type at all ("… postponed a ban on bauxite exports. Miners welcomed the decision. The government first
   * announced the ban in 2023."); null when the nearest sentence that states one states another, or none does.
   */
  statedJustBefore(type: string, sentenceIndex: number): number | null;
  /** Whether a sentence before this one has an anchor of the type. */
  anchoredBefore(type: string, sentenceIndex: number): boolean;
  /** Whether the article speaks of the type where an anchor needs it to (see `in_context`). */
  inContext(type: string): boolean;
}

const RECENT_ACTOR_SENTENCES = 3;
/** How many sentences that state no type may stand between a referring anchor and the one it refers back to. */
const STATED_GAP_SENTENCES = 1;
const NO_CODES: ReadonlySet<string> = new Set();
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'from', 'targeting']);
/** The EU's legal name for its sanctions. */
const RESTRICTIVE_MEASURES = /\brestrictive measures\b/i;

/** People, whom "from" a country describes by where they come from ("engineers from Germany"). */
const PEOPLE_NOUNS =
  /^(?:engineers|workers|staff|employees|experts|specialists|executives|officials|delegates|delegations?|visitors|tourists|students|technicians|consultants|advisers|advisors|managers|people)$/;
const RECENT_ORGANISATION_SENTENCES = 4;

/** Words before a place where something happens or goes ("in Shanghai", "to Texas"). */
const VENUE_BEFORE = /\b(?:in|at|to)\s+$/i;
/** How many sentences back "the province" may find its place. */
const RECENT_PLACE_SENTENCES = 3;

/** People who watch companies from outside ("analysts at X", "brokers at X"), not their staff. */
const WATCHERS = /^(?:analysts?|brokers?|economists?|strategists?|researchers?|traders?)$/;

/**
 * Nouns of goods named by their class ("metals", "minerals"): a word before may refer back with them ("both metals"),
 * and after a list ("gallium and germanium, two metals") they add no goods.
 */
export const GOODS_CLASS_NOUNS = /\b(?:metals|minerals|elements|materials|commodities)$/i;

/**
 * The goods named from `first` to the last goods coordinated with it, as written ("restricted exports of gallium and
 * germanium": both are named); a class named after them ("gallium and germanium, two metals") is no more goods.
 */
function coordinatedGoodsText(sentence: SentenceAnalysis, first: Mention): string {
  const last =
    sentence.mentions
      .filter((m) => m.kind === 'goods' && m.group === first.group && !GOODS_CLASS_NOUNS.test(m.text))
      .at(-1) ?? first;
  const start = (sentence.tokens[first.start] as Token).start;
  const end = (sentence.tokens[last.end - 1] as Token).end;
  return sentence.text.slice(start, end).replace(/\s+/g, ' ');
}

/**
 * Names of places where shares, metals or futures trade ("Toronto Stock Exchange", "London Metal Exchange"); a
 * crypto exchange ("Coinvale Exchange") is a company.
 */
const TRADING_VENUE =
  /\b(?:(?:Stock|Metals?|Futures|Mercantile|Commodity|Commodities|Securities|Options)\s+Exchange|Bourse|Stock Market)$/;

/** Whether an organisation is an exchange, where a company's shares trade, rather than a company. */
function isTradingVenue(m: Mention): boolean {
  return TRADING_VENUE.test(m.text);
}

/** Whether the name at `start` is the firm of people who watch companies ("Brokers at Ashford Securities"). */
export function watchersFirm(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.norm === 'at' && WATCHERS.test(tokens[start - 2]?.norm ?? '');
}

/** Verbs of saying after their subject at the close of a sentence ("…, the ministry said"). */
export const CLOSING_SAYING = /^(?:said|says|told|added|noted|announced|confirmed|stated|reported)$/;

export function buildDiscourse(
  headline: SentenceAnalysis | null,
  sentences: readonly SentenceAnalysis[],
  anchoredSentences: ReadonlyMap<string, ReadonlySet<number>>,
  typesInContext: ReadonlySet<string> = new Set(),
  dateline: string | null = null,
): Discourse {
  const actingMentions = (a: SentenceAnalysis) => a.mentions.filter((m) => canAct(a, m) && !namedOnly(a, m));
  const actorsOf = (a: SentenceAnalysis) => actingMentions(a).map((m) => String(m.value));
  // An agency or a leader acts for its country; a member of a long list ("competitors are China,
  // Cambodia and Vietnam") is only named.
  const weightOf = (a: SentenceAnalysis, m: Mention) => {
    if (m.form === 'agency' || m.form === 'leader') return 2;
    const members = a.mentions.filter((x) => x.kind === m.kind && x.group === m.group).length;
    return members >= 3 ? 0.5 : 1;
  };
  // A sentence with no organisation the gazetteer or a name's shape knows may open with one the tagger
  // finds ("Hive has data centres …"): "the miner" in the next sentence refers to it. ("Analysts at Tillman
  // Partners raised their rating on Inverdale Resources": the firm of those who watch comes after the company they
  // speak of.)
  const organisationsOf = (a: SentenceAnalysis) => {
    const known = a.mentions.filter((m) => m.kind === 'organisation' && m.form !== 'coordinated');
    if (known.length === 0) {
      const opening = openingName(a);
      return opening ? [opening] : [];
    }
    const watched = known.filter((m) => !watchersFirm(a.tokens, m.start));
    return [...watched, ...known.filter((m) => !watched.includes(m))];
  };
  const actors = sentences.map(actorsOf);
  // A member of a long list is only named ("China, Cambodia and Vietnam buy most of the wool").
  const leadingActors = sentences.map((a) =>
    actingMentions(a)
      .filter((m) => weightOf(a, m) >= 1)
      .map((m) => String(m.value)),
  );
  const headlineActors = headline ? actorsOf(headline) : [];
  // Read lazily: the tagger runs only for the sentences an anaphor reaches back to.
  const organisationCache = new Map<number, Mention[]>();
  const organisationsAt = (index: number): Mention[] => {
    let found = organisationCache.get(index);
    if (!found) {
      const a = sentences[index];
      found = a ? organisationsOf(a) : [];
      organisationCache.set(index, found);
    }
    return found;
  };
  const headlineOrganisation = headline ? (organisationsOf(headline)[0] ?? null) : null;
  // The country of the last place a sentence names outside a venue ("in Shanghai"), looked up once per sentence.
  const provincePlaceCache = new Map<number, string | null>();
  const provincePlaceAt = (index: number): string | null => {
    const cached = provincePlaceCache.get(index);
    if (cached !== undefined) return cached;
    const text = sentences[index]?.text ?? '';
    const places = getGazetteer()
      .places(text)
      .filter((p) => !VENUE_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start)));
    const found = places.length > 0 ? String(places[places.length - 1]?.value) : null;
    provincePlaceCache.set(index, found);
    return found;
  };

  const firstStated = new Map([...anchoredSentences].map(([type, at]) => [type, Math.min(...at)]));
  const statingAny = new Set([...anchoredSentences.values()].flatMap((at) => [...at]));
  const counts = new Map<string, number>();
  for (const code of headlineActors) counts.set(code, (counts.get(code) ?? 0) + 2);
  for (const a of sentences)
    for (const m of actingMentions(a))
      counts.set(String(m.value), (counts.get(String(m.value)) ?? 0) + weightOf(a, m));
  const ranked = [...counts].sort((x, y) => y[1] - x[1]).map(([code]) => code);
  const main = ranked[0] ?? null;
  // Read only for an article that names no acting country, the rare case.
  const countPlaces = () => {
    const counts = new Map<string, number>();
    for (const a of [...(headline ? [headline] : []), ...sentences])
      for (const m of a.mentions)
        if (m.kind === 'country' && (m.form === 'place' || m.form === 'name'))
          counts.set(String(m.value), (counts.get(String(m.value)) ?? 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  };
  let placesCountry: string | null | undefined;
  let restrictiveMeasures: boolean | undefined;
  const targetCounts = new Map<string, number>();
  for (const a of [...(headline ? [headline] : []), ...sentences]) {
    for (const m of a.mentions) {
      if (m.kind !== 'country' || m.form === 'place' || m.value === main) continue;
      const preposition = prepositionBefore(a.tokens, m);
      if (!TARGET_PREPOSITIONS.has(preposition ?? '')) continue;
      // "moves mining operations from Uruguay to Brazil": where something moves from is no target.
      if (preposition === 'from' && movesOnTo(a, m)) continue;
      // "hired 40 engineers from Germany": where people come from is no target either.
      if (preposition === 'from' && PEOPLE_NOUNS.test(a.tokens[m.start - 2]?.norm ?? '')) continue;
      // "a policy that drew a WTO challenge from the European Union": who objects is no target.
      if (preposition === 'from' && objectionFrom(a.tokens, m.start)) continue;
      targetCounts.set(String(m.value), (targetCounts.get(String(m.value)) ?? 0) + 1);
    }
  }
  const goodsCounts = new Map<string, number>();
  // The goods as the article writes them ("AI chips"), for each canonical name (semiconductors).
  const goodsWording = new Map<string, Map<string, number>>();
  for (const a of [...(headline ? [headline] : []), ...sentences]) {
    for (const m of a.mentions) {
      if (m.kind !== 'goods' || m.value === GENERIC_GOODS) continue;
      const key = String(m.value);
      goodsCounts.set(key, (goodsCounts.get(key) ?? 0) + 1);
      const wordings = goodsWording.get(key) ?? new Map<string, number>();
      const text = m.text.replace(/\s+/g, ' ');
      wordings.set(text, (wordings.get(text) ?? 0) + 1);
      goodsWording.set(key, wordings);
    }
  }
  const mainGoodsKey = [...goodsCounts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  const goods =
    mainGoodsKey === null
      ? null
      : ([...(goodsWording.get(mainGoodsKey) ?? [])].sort((x, y) => y[1] - x[1])[0]?.[0] ?? mainGoodsKey);
  const target = [...targetCounts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;

  return {
    recentActor(index, type) {
      const anchored = anchoredSentences.get(type);
      for (let i = index - 1; i >= Math.max(0, index - RECENT_ACTOR_SENTENCES); i--) {
        if (anchored && !anchored.has(i)) continue;
        const found = actors[i]?.at(0);
        if (found) return found;
      }
      return index < RECENT_ACTOR_SENTENCES ? (headlineActors[0] ?? null) : null;
    },
    recentAnyActor(index) {
      for (let i = index - 1; i >= Math.max(0, index - RECENT_ACTOR_SENTENCES); i--) {
        const found = leadingActors[i]?.at(0);
        if (found) return found;
      }
      return null;
    },
    recentLeader(index) {
      for (let i = index - 1; i >= Math.max(0, index - RECENT_ACTOR_SENTENCES); i--) {
        const found = sentences[i]?.mentions.find((m) => m.form === 'leader');
        if (found) return String(found.value);
      }
      const inHeadline = headline?.mentions.find((m) => m.form === 'leader');
      return inHeadline ? String(inHeadline.value) : null;
    },
    mainActor: (except = NO_CODES) => ranked.find((code) => !except.has(code)) ?? null,
    mainTarget: () => target,
    placesCountry() {
      if (main !== null) return null;
      if (placesCountry === undefined) placesCountry = countPlaces();
      return placesCountry;
    },
    datelineCountry: () => dateline,
    speaksOfRestrictiveMeasures: () =>
      (restrictiveMeasures ??= [...(headline ? [headline] : []), ...sentences].some((a) =>
        RESTRICTIVE_MEASURES.test(a.text),
      )),
    previousPlace(index) {
      const places = (sentences[index - 1]?.mentions ?? []).filter(
        (m) => m.kind === 'country' && (m.form === 'name' || m.form === 'place'),
      );
      return places.length > 0 ? String(places[places.length - 1]?.value) : null;
    },
    recentPlace(index) {
      // A sentence that anchors no event is read without its places, which are looked up here when needed. A
      // place after "in", "at" or "to" is where something happens ("met buyers in Shanghai"), not the province.
      for (let i = index; i >= Math.max(0, index - RECENT_PLACE_SENTENCES); i--) {
        const place = provincePlaceAt(i);
        if (place) return place;
      }
      return null;
    },
    recentList(index) {
      for (let i = index - 1; i >= 0; i--) {
        const found = sentences[i]?.mentions.find((m) => m.kind === 'list');
        if (found) return found;
      }
      return headline?.mentions.find((m) => m.kind === 'list') ?? null;
    },
    listNamedAt: (index) => sentences[index]?.mentions.some((m) => m.kind === 'list') ?? false,
    wordBeforeNoun: (index, noun) => {
      const tokens = sentences[index]?.tokens ?? [];
      const at = tokens.findLastIndex((t) => t.norm === noun);
      return at > 0 ? (tokens[at - 1]?.norm ?? null) : null;
    },
    mainGoods: () => goods,
    recentGoodsGroup(index) {
      // (Only the sentence right before: goods a sentence between names, unread here, may be what is meant.)
      const sentence = sentences[index - 1];
      if (!sentence) return null;
      const named = sentence.mentions.filter(
        (m) => m.kind === 'goods' && m.value !== GENERIC_GOODS && !GOODS_CLASS_NOUNS.test(m.text),
      );
      const group = named.find((m) => named.filter((x) => x.group === m.group).length > 1);
      return group ? coordinatedGoodsText(sentence, group) : null;
    },
    recentGoods(index, type) {
      const anchored = anchoredSentences.get(type);
      for (let i = index - 1; i >= Math.max(0, index - RECENT_ACTOR_SENTENCES); i--) {
        if (!anchored?.has(i)) continue;
        const sentence = sentences[i];
        const found = sentence?.mentions.find((m) => m.kind === 'goods' && m.value !== GENERIC_GOODS);
        if (!sentence || !found) continue;
        return coordinatedGoodsText(sentence, found);
      }
      return null;
    },
    recentOrganisation(index, reach = RECENT_ORGANISATION_SENTENCES, before = Number.POSITIVE_INFINITY) {
      // ("The firm began production …, it said in a filing to the Taiwan Stock Exchange": a name a preposition
      // governs after the words that refer back is not what they refer to; "…, said Polar Hash", "according to
      // Polar Hash" and "the chief executive of Polar Hash told Reuters" name who says them.)
      const tokens = sentences[index]?.tokens ?? [];
      const governed = (m: Mention) =>
        /^(?:to|with|on|at|in|into|from|against|by)$/.test(prepositionBefore(tokens, m) ?? '') &&
        tokens[m.start - 2]?.norm !== 'according';
      // ("It was added to the list in 2020, the Commerce Department said": a government body that closes the
      // sentence by saying it speaks of another.)
      const governmentSpeaking = (m: Mention) =>
        CLOSING_SAYING.test(tokens[m.end]?.norm ?? '') && hasGovernmentWord(m.text);
      // ("Brokers at Ashford Securities said the company would move": the firm of those who watch is not whom they
      // speak of.)
      // ("In 2019, the US Commerce Department added it to the Entity List": nor a government body that acts before
      // the words that refer back; "The Shaanxi Nonferrous Commission, a state smelter, said the US had added it":
      // one that says what is done to it is what they refer to.)
      const actingGovernment = (m: Mention) =>
        hasGovernmentWord(m.text) && !tokens.slice(m.end, before).some((t) => CLOSING_SAYING.test(t.norm));
      const own = organisationsAt(index).find(
        (m) =>
          !watchersFirm(tokens, m.start) &&
          !isTradingVenue(m) &&
          (m.start < before ? !actingGovernment(m) : !governed(m) && !governmentSpeaking(m)),
      );
      if (own) return own;
      // ("The company also plans to list its shares on the Toronto Stock Exchange. The firm has shifted …": an
      // exchange is where a company's shares trade, never the company referred to.)
      for (let i = index - 1; i >= Math.max(0, index - reach); i--) {
        const found = organisationsAt(i).find((m) => !isTradingVenue(m) && !hasGovernmentWord(m.text));
        if (found) return found;
      }
      return headlineOrganisation;
    },
    describedOrganisation(index, nouns, reach) {
      for (let i = index - 1; i >= Math.max(0, index - reach); i--) {
        const tokens = sentences[i]?.tokens ?? [];
        const found = organisationsAt(i).find((m) => {
          let k = m.start - 1;
          if (tokens[k]?.norm === 'the') k--;
          if (tokens[k]?.norm === ',') k--;
          return nouns.test(tokens[k]?.norm ?? '');
        });
        if (found) return found;
      }
      return null;
    },
    recentOrganisationGroup(index) {
      for (let i = index - 1; i >= Math.max(0, index - RECENT_ORGANISATION_SENTENCES); i--) {
        const named = (sentences[i]?.mentions ?? []).filter((m) => m.kind === 'organisation');
        const group = named.filter((m) => m.group === named[0]?.group);
        if (group.length >= 2) return group;
        if (named.length > 0) return [];
      }
      return [];
    },
    partiesNamedNext: (index) => {
      const next = sentences[index + 1];
      if (!next) return [];
      if (sentences[index]?.tokens.at(-1)?.norm === ':') {
        // "sanctioned the following companies:" over lines that each name one ("- Korvath Trading LLC").
        const listed: Mention[] = [];
        for (let k = index + 1; k < sentences.length; k++) {
          const party = partyOfListLine(sentences[k] as SentenceAnalysis);
          if (!party) break;
          listed.push(party);
        }
        if (listed.length > 0) return listed;
      }
      return partiesNamedAtOpening(next);
    },
    anchorSentences: (type) => anchoredSentences.get(type)?.size ?? 0,
    statedIn: (type, index) => anchoredSentences.get(type)?.has(index) ?? false,
    statedJustBefore: (type, index) => {
      for (let k = index - 1; k >= Math.max(0, index - 1 - STATED_GAP_SENTENCES); k--)
        if (statingAny.has(k)) return anchoredSentences.get(type)?.has(k) ? k : null;
      return null;
    },
    anchoredBefore: (type, index) => (firstStated.get(type) ?? Number.POSITIVE_INFINITY) < index,
    inContext: (type) => typesInContext.has(type),
  };
}

/** "from Uruguay to Brazil": a country after "from" with a destination right after it. */
function movesOnTo(a: SentenceAnalysis, m: Mention): boolean {
  return a.mentions.some(
    (x) =>
      x.kind === 'country' &&
      x.start > m.end &&
      x.start - m.end <= 5 &&
      prepositionBefore(a.tokens, x) === 'to',
  );
}

/** Words that open a reference to parties counted before ("The companies,", "These three firms,", "They are"). */
const COUNTED_OPENERS = /^(?:the|these|those|they)$/;
/** Participles that say which parties a sentence goes on to name ("The companies added include …"). */
const NAMING_PARTICIPLES = /^(?:named|added|listed|sanctioned|designated|targeted)$/;
/** Verbs that name the parties after them ("They are …", "The firms include …"). */
const NAMING_VERBS = /^(?:are|were|include|included|includes)$/;
/** Verbs by which an authority names the parties it counted before ("The Treasury named …"). */
const NAMING_ACTS = /^(?:named|identified)$/;
/** Words of a subject that names the parties its government acted on ("The Treasury named", "They were identified"). */
const NAMING_AUTHORITIES =
  /^(?:they|treasury|department|ministry|government|authorities|officials|ofac|bis|council|commission|administration)$/;
/** How many words the subject of a verb of naming may have ("The US Treasury", "They were"). */
const NAMING_SUBJECT_WORDS = 3;
/** How many words may stand between the determiner and the kind of party ("The three Chinese firms,"). */
const COUNTED_MODIFIERS = 3;

/**
 * Whether the words before a sentence's first organisation refer back to parties counted before: "The
 * companies,", "The three firms,", "They are", "The companies added include".
 */
function refersToCountedParties(words: readonly string[]): boolean {
  const [first, ...rest] = words;
  // "The Treasury named X and Y", "They were identified as X and Y": a verb of naming after a short subject.
  const naming = words.at(-1) === 'as' ? words.slice(0, -1) : words;
  // (Only a government names the parties it acted on: "Analysts named X as likely targets" does not.)
  if (
    NAMING_ACTS.test(naming.at(-1) ?? '') &&
    naming.length <= NAMING_SUBJECT_WORDS + 1 &&
    !words.includes(',') &&
    naming.slice(0, -1).some((w) => NAMING_AUTHORITIES.test(w))
  )
    return true;
  if (first === undefined || !COUNTED_OPENERS.test(first)) return false;
  // "The companies, X, Y and Z, …": a kind of party set off by a comma.
  if (words.at(-1) === ',' && first !== 'they') {
    const kind = words.at(-2) ?? '';
    return KIND_NOUNS.test(kind) && rest.length - 2 <= COUNTED_MODIFIERS;
  }
  // "They are X and Y", "The companies named include X", "The designated entities are: X; Y": a verb that names
  // them.
  const verbAt = words.at(-1) === ':' ? words.length - 2 : words.length - 1;
  if (!NAMING_VERBS.test(words[verbAt] ?? '')) return false;
  const subject = words.slice(0, verbAt);
  if (subject.length === 1) return first !== 'the';
  if (first !== 'the') return false;
  if (KIND_NOUNS.test(subject[1] ?? ''))
    return subject.length === 2 || (subject.length === 3 && NAMING_PARTICIPLES.test(subject[2] ?? ''));
  return (
    subject.length === 3 && NAMING_PARTICIPLES.test(subject[1] ?? '') && KIND_NOUNS.test(subject[2] ?? '')
  );
}

/** How many words a line of a list may have besides its party's name ("Korvath Trading LLC (UAE)"). */
const PARTY_LINE_WORDS = 14;

/** "Korvath Trading LLC (UAE)", "Halvern Drilling Co": the party a line of a list names at its start, if any. */
function partyOfListLine(a: SentenceAnalysis): Mention | undefined {
  // ("- Zagros Metal Exports Ltd, registered in Hong Kong." : the list's last line may close with a full stop.)
  const words = a.tokens.at(-1)?.norm === '.' ? a.tokens.slice(0, -1) : a.tokens;
  // ("- Sepahan Copper Exports Co., based in Isfahan.": a full stop inside a name's abbreviation ends nothing.)
  // ("- Xiamen Huaxin Rare Metals Trading Co., Ltd.": nor one that closes a company's abbreviated suffix.)
  const inName = (k: number) =>
    a.mentions.some((m) => m.kind === 'organisation' && k >= m.start && k < m.end) ||
    ABBREVIATED_SUFFIXES.test(a.tokens[k - 1]?.norm ?? '');
  if (words.length > PARTY_LINE_WORDS || words.some((t, k) => /^[.!?]$/.test(t.norm) && !inName(k)))
    return undefined;
  // ("- the vessel Caspian Lotus": a vessel's name after its kind.)
  const start = a.tokens[0]?.norm === 'the' && VESSEL_NOUNS.test(a.tokens[1]?.norm ?? '') ? 2 : 0;
  const named = a.mentions.find((m) => m.kind === 'organisation' && m.start === start);
  return named ?? taggedOrganisations(a, start, a.tokens.length, true).find((m) => m.start === start);
}

/** Company suffixes written with a full stop ("Co.", "Ltd."). */
const ABBREVIATED_SUFFIXES = /^(?:co|ltd|inc|corp|bhd|pty|pte|pvt)$/;

/** Kinds of vessel a list line may name before the vessel's name. */
const VESSEL_NOUNS = /^(?:vessel|tanker|ship|carrier|bulker|freighter)$/;

/** "The companies, X, Y and Z, were accused of …": the organisations a sentence opens by naming. */
function partiesNamedAtOpening(a: SentenceAnalysis): Mention[] {
  const first = a.mentions.filter((m) => m.kind === 'organisation').sort((x, y) => x.start - y.start)[0];
  if (!first) return peopleNamedAtOpening(a);
  const opening = a.tokens.slice(0, first.start).map((t) => t.norm);
  if (!refersToCountedParties(opening)) return [];
  // ("The Treasury named X as acting director", "They were named as its suppliers": a role given names no party.)
  if (NAMING_ACTS.test(opening.at(-1) ?? '') && a.tokens.slice(first.start).some((t) => t.norm === 'as'))
    return [];
  return a.mentions.filter((m) => m.kind === 'organisation' && m.group === first.group);
}

/** How many words may open a sentence before the people it names ("The individuals named were"). */
const NAMING_OPENING_WORDS = 4;

/** "They are Kim Chol Su, Ri Myong Ho and Pak Song Il": people only the tagger tells, named after the opening. */
function peopleNamedAtOpening(a: SentenceAnalysis): Mention[] {
  // "They are mining executive X, his brother Y and lawyer Z": the people's descriptions may follow the verb.
  const verb = a.tokens.findIndex((t, k) => k > 0 && k < NAMING_OPENING_WORDS && NAMING_VERBS.test(t.norm));
  if (verb > 0 && refersToCountedParties(a.tokens.slice(0, verb + 1).map((t) => t.norm)))
    return taggedOrganisations(a, verb + 1, a.tokens.length, true);
  const capital = a.tokens.findIndex((t, k) => k > 0 && /^\p{Lu}/u.test(t.text));
  if (capital < 1 || capital > NAMING_OPENING_WORDS) return [];
  if (!refersToCountedParties(a.tokens.slice(0, capital).map((t) => t.norm))) return [];
  return taggedOrganisations(a, capital, a.tokens.length, true);
}
