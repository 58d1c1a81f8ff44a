import type { ExtractedEvent } from '@assay/schema';
import { isRealis } from '../events/modality.js';
import { isCorporateWord, isLegalSuffix } from '../events/organizations.js';
import { type Gazetteer, getGazetteer } from '../gazetteer/gazetteer.js';
import { findDates } from '../text/dates.js';
import { type Sentence, splitSentences } from '../text/sentences.js';
import {
  analyseSentence,
  datelineBodyStart,
  datelineCountry,
  readableText,
  type SentenceAnalysis,
} from './analysis.js';
import {
  answerTargets,
  type Candidate,
  extendedOrigins,
  gappedGoods,
  inheritAntecedents,
  inheritPointingGoods,
  pairedTargets,
  proposeCandidates,
  rateListItems,
  type SlotValue,
} from './candidates.js';
import { buildDiscourse } from './discourse.js';
import { eventId, goodsNames } from './event-id.js';
import { type EventModel, expandFeatures, getEventModel, score } from './model.js';
import { type EventType, getEventTypes, refersBack } from './taxonomy.js';
import { type Token, tokenize } from './tokens.js';

export interface ArticleInput {
  text: string;
  published?: string | null;
  /** The headline: not part of `text`, but it names the actors later sentences refer to. */
  title?: string | null;
}

/**
 * Sentences longer than this are read in pieces split at clause punctuation, so that the work per
 * sentence stays bounded whatever the input (a page of run-on text has no sentence breaks).
 */
export const MAX_SENTENCE_CHARS = 800;

/** Items of a run-in bullet list (" * STOXX up 0.3% * Trump threatens …") are sentences of their own. */
function splitBullets(s: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const m of s.text.matchAll(/\s[*•·]\s/g)) {
    const piece = s.text.slice(from, m.index);
    if (piece.trim()) parts.push(trimmed(s, from, piece));
    from = m.index + m[0].length;
  }
  const rest = s.text.slice(from);
  if (rest.trim()) parts.push(trimmed(s, from, rest));
  return parts;
}

/** Lower-case words a headline in title case keeps lower case ("Boosting Resilience with U.S. Production"). */
const TITLE_SMALL_WORDS = new Set(
  'a an the and or but nor of to in on at by for with from as vs via into over per'.split(' '),
);
/** Capitalised words that open a sentence of prose, rarely a word inside a name. */
const PROSE_OPENERS = new Set(
  'The This These That Those It Its In On At As With While When After Before Since Despite Although However Perhaps Meanwhile For By According Many Some Most Here Now Today Yesterday Last Earlier Yet But And A An If'.split(
    ' ',
  ),
);
const isCapitalised = (word: string) => /^[\p{Lu}\d]/u.test(word);
const isLower = (word: string | undefined) => word !== undefined && /^\p{Ll}/u.test(word);

/**
 * A heading glued to the sentence after it, as feeds flatten them ("Boosting Resilience with U.S.
 * Production Perhaps one of the most …"): the title-case words up to an opener of prose followed by
 * lower-case words are a sentence of their own, so that no name is read from them across the seam.
 */
function splitGluedHeading(s: Sentence): Sentence[] {
  // Words are read as the scan needs them (it stops at the first word of prose), never the whole sentence.
  const wordPattern = /\S+/g;
  const words: RegExpExecArray[] = [];
  const wordAt = (j: number): RegExpExecArray | undefined => {
    while (words.length <= j) {
      const next = wordPattern.exec(s.text);
      if (!next) return undefined;
      words.push(next);
    }
    return words[j];
  };
  let capitalised = 0;
  for (let j = 0; wordAt(j + 2) !== undefined; j++) {
    const word = wordAt(j)?.[0] ?? '';
    if (
      capitalised >= 3 &&
      PROSE_OPENERS.has(word) &&
      isLower(wordAt(j + 1)?.[0]) &&
      // "… Trade Tensions Last week, Chile raised …": a phrase of time set off by a comma opens prose too.
      (isLower(wordAt(j + 2)?.[0]) || /,$/.test(wordAt(j + 1)?.[0] ?? '')) &&
      !TITLE_SMALL_WORDS.has(wordAt(j - 1)?.[0] ?? '')
    ) {
      const at = wordAt(j)?.index ?? 0;
      return [{ ...trimmed(s, 0, s.text.slice(0, at)), heading: true }, trimmed(s, at, s.text.slice(at))];
    }
    if (isCapitalised(word)) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(word)) return [s];
  }
  return [s];
}

function trimmed(s: Sentence, from: number, piece: string): Sentence {
  const lead = piece.length - piece.trimStart().length;
  const text = piece.trim();
  return { text, start: s.start + from + lead, end: s.start + from + lead + text.length };
}

/** The label a promotion line opens with ("Also read:", "Related Reading:", "You might also like:"). */
const PROMO_LABEL =
  /^(?:also read|read also|read more|related reading|related|see also|you (?:might|may) also like)\s*:\s*/i;

/** "Also read: Hashforge shifts production to Texas": the line after its label is a sentence of its own. */
function withoutPromoLabel(s: Sentence): Sentence {
  const label = PROMO_LABEL.exec(s.text);
  return label && label[0].length < s.text.length
    ? trimmed(s, label[0].length, s.text.slice(label[0].length))
    : s;
}

function boundedSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text)
    .flatMap(splitBullets)
    .flatMap(splitGluedHeading)
    .map(withoutPromoLabel)) {
    if (s.text.length <= MAX_SENTENCE_CHARS) {
      out.push(s);
      continue;
    }
    let from = 0;
    while (from < s.text.length) {
      let to = Math.min(s.text.length, from + MAX_SENTENCE_CHARS);
      if (to < s.text.length) {
        const window = s.text.slice(from, to);
        const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
        if (cut > MAX_SENTENCE_CHARS / 2) to = from + cut + 1;
      }
      const piece = s.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed)
        out.push({
          text: trimmed,
          start: s.start + from + lead,
          end: s.start + from + lead + trimmed.length,
        });
      from = to;
    }
  }
  return out;
}

/** "The post … appeared first on BitcoinWorld": a feed's footer repeats the headline and states nothing. */
const FEED_FOOTER = /^(?:the|this) (?:post|article)\b.*\b(?:appeared first|first appeared) on\b/i;
/**
 * "(Adds comment from ministry in paragraph 4; updates tariff figure)": a wire story's note on what its update
 * changed speaks of the story, not of the world.
 */
const WIRE_UPDATE_NOTE =
  /^\((?:adds|updates|recasts|corrects|changes|rewrites|removes|fixes|inserts|refiles|repeats|writes through|releases|reworks|expands|combines|clarifies|moves|advances|tops|re-?leads|deletes|replaces)\b(?!\s+(?:to|of|in|on|at|for|from|by)\b)[^()]*(?<!\.)\)$/i;

/**
 * Whether the sentence has an anchor of the type (one that states it by itself, or only one referring back),
 * and, when `context` is asked for, whether it shows the article speaks of the type, for anchors that count
 * only then: an anchor that needs no context, a sanctions list the type anchors on, or a context word.
 */
function readAnchors(
  tokens: readonly Token[],
  text: string,
  type: EventType,
  gazetteer: Gazetteer,
  wantContext: boolean,
): { kind: 'states' | 'refers' | null; context: boolean } {
  let states = false;
  let refers = false;
  let context = false;
  for (const m of type.anchorIndex.findAll(tokens)) {
    const anchor = type.anchors[m.value];
    // "removed" undoes a listing only after another anchor of the type, which speaks for the sentence.
    if (anchor?.requires === 'listing_before') continue;
    // A word that is an anchor only after a country's goods ("Indonesia's nickel ore ban"), read with the
    // sentence's mentions, states nothing by itself here: "a ban on imports" names no export ban.
    if (refersBack(anchor) || anchor?.requires === 'possessed_goods') refers = true;
    else states = true;
    if (anchor && !anchor.inContext) context = true;
  }
  let listed: boolean | undefined;
  const lists = () => (listed ??= type.listAnchor !== undefined && gazetteer.lists(text).length > 0);
  if (!states && lists()) states = true;
  if (wantContext && !context) context = type.contextWords.findAll(tokens).length > 0 || lists();
  return { kind: states ? 'states' : refers ? 'refers' : null, context };
}

/** How many days before the published day a wire story's dateline may fall and still be its day. */
const DATELINE_DAYS = 31;
/** How many sentences may come before the one that opens with the dateline (a headline line). */
const DATELINE_SENTENCES = 2;

/**
 * The day a wire story's dateline gives ("WASHINGTON, June 5 (Reuters) -"), when it falls on or shortly before the
 * published day; else null.
 */
function datelineDay(sentences: readonly Sentence[], published: string | null): string | null {
  if (!published || published.length < 10) return null;
  for (const sentence of sentences.slice(0, DATELINE_SENTENCES)) {
    const plain = readableText(sentence.text);
    const tokens = tokenize(plain);
    const body = datelineBodyStart(tokens);
    if (body === 0) continue;
    const day = findDates(plain.slice(0, tokens[body]?.start ?? 0), published).find(
      (d) => d.iso.length === 10,
    );
    if (!day) return null;
    const daysBefore = (Date.parse(published.slice(0, 10)) - Date.parse(day.iso)) / 86_400_000;
    return daysBefore >= 0 && daysBefore <= DATELINE_DAYS ? day.iso : null;
  }
  return null;
}

/** Every candidate event of an article: one analysis per sentence, read by every event type. */
export function articleCandidates(
  article: ArticleInput,
  types: readonly EventType[] = getEventTypes(),
): Candidate[] {
  const sentences = boundedSentences(article.text);
  // "WASHINGTON, June 5 - … on Monday": the days a wire story names count from the day it was filed.
  const published = datelineDay(sentences, article.published ?? null) ?? article.published ?? null;
  const gazetteer = getGazetteer();
  const anchoredBy = new Map<string, SentenceAnalysis[]>(types.map((t) => [t.spec.type, []]));
  // The sentences that state a type by themselves: what a referring anchor ("the sanctions") needs before it.
  const statedIn = new Map<string, Set<number>>(types.map((t) => [t.spec.type, new Set()]));
  // The types the article speaks of, for anchors that count only in context ("designated").
  const inContext = new Set<string>();
  const needsContext = new Set(types.filter((t) => t.anchors.some((a) => a.inContext)));
  const wantsContext = (type: EventType) => needsContext.has(type) && !inContext.has(type.spec.type);
  const title = article.title?.trim();
  if (title) {
    const readable = readableText(title);
    const tokens = tokenize(readable);
    for (const type of types)
      if (wantsContext(type) && readAnchors(tokens, readable, type, gazetteer, true).context)
        inContext.add(type.spec.type);
  }
  const analyses = sentences.map((s, i) => {
    const plain = readableText(s.text);
    const tokens = tokenize(plain);
    const anchors =
      FEED_FOOTER.test(s.text) || WIRE_UPDATE_NOTE.test(s.text)
        ? []
        : types.flatMap((type) => {
            const { kind, context } = readAnchors(tokens, plain, type, gazetteer, wantsContext(type));
            if (context) inContext.add(type.spec.type);
            return kind ? [{ type, kind }] : [];
          });
    const analysis = analyseSentence(s, i, {
      published,
      gazetteer,
      light: anchors.length === 0,
      text: plain,
      tokens,
    });
    for (const { type, kind } of anchors) {
      anchoredBy.get(type.spec.type)?.push(analysis);
      if (kind === 'states') statedIn.get(type.spec.type)?.add(i);
    }
    return analysis;
  });
  const headline = title
    ? analyseSentence({ text: title, start: 0, end: title.length }, -1, { published, gazetteer })
    : null;
  resolveBlocAnaphors([...(headline ? [headline] : []), ...analyses]);
  resolveSharedPlaceNames([...(headline ? [headline] : []), ...analyses], gazetteer);
  const dateline = analyses[0] ? datelineCountry(analyses[0].tokens, gazetteer) : null;
  const discourse = buildDiscourse(headline, analyses, statedIn, inContext, dateline);
  const proposed: Candidate[] = [];
  for (const type of types) {
    for (const a of anchoredBy.get(type.spec.type) ?? [])
      proposed.push(...proposeCandidates(a, type, discourse));
  }
  const candidates = inheritAntecedents(proposed, types);
  candidates.push(...rateListItems(candidates, analyses, types));
  candidates.push(...pairedTargets(candidates, types));
  candidates.push(...gappedGoods(candidates, types));
  candidates.push(...extendedOrigins(candidates, types));
  inheritPointingGoods(candidates, types);
  answerTargets(candidates, types);
  writeNamesAsTheArticleDoes(candidates, types, [...(headline ? [headline] : []), ...analyses]);
  return withoutPeopleBySurname(candidates, types, analyses);
}

/**
 * "Indonesia will drop tariffs on U.S. goods to zero": a reading that imposes or raises a measure to a rate of 0 is
 * the level a removal goes to, no measure.
 */
function raisedToNothing(c: Candidate, types: readonly EventType[]): boolean {
  const spec = types.find((t) => t.spec.type === c.type)?.spec;
  const rate = spec?.slots.find((s) => s.kind === 'rate')?.name;
  return rate !== undefined && c.slots[rate] === 0 && spec?.directions[c.action] === 'up';
}

/**
 * An official's "We oppose the abuse of export controls": a measure's bare word, whose actor and goods
 * the article's main ones fill and nothing in its sentence does, is a generic reference, no statement of a measure.
 */
function namedOnlyByContext(c: Candidate, types: readonly EventType[]): boolean {
  if (!c.features.includes('action:default') || c.features.includes('refers_back')) return false;
  const slots = types.find((t) => t.spec.type === c.type)?.spec.slots ?? [];
  // ("It reduces our exposure to export curbs": the country of the article's places is its context too.)
  const byContext = (kind: string) =>
    slots.some(
      (s) =>
        s.kind === kind &&
        (c.features.includes(`slot:${s.name}:discourse_main`) ||
          c.features.includes(`slot:${s.name}:discourse_places`)),
    );
  const ownOf = (kind: string) =>
    slots.some(
      (s) =>
        s.kind === kind &&
        c.slots[s.name] !== null &&
        !c.features.some((f) => f.startsWith(`slot:${s.name}:discourse`)),
    );
  return byContext('actor') && byContext('goods') && !ownOf('country') && !ownOf('rate');
}

/** Names of groups of countries other than the EU that "the bloc" may stand for. */
const OTHER_BLOCS = /^(?:brics|asean|mercosur|opec|opec\+|g7|g20|nato|eaeu|gcc|apec|usmca|nafta)$/;

/**
 * "Georgia banned exports of manganese ore, the government in Tbilisi said": a place's name that a country
 * shares is the country's in an article that names that country otherwise too (its capital, its demonym).
 */
function resolveSharedPlaceNames(analyses: readonly SentenceAnalysis[], gazetteer: Gazetteer): void {
  const namedOtherwise = new Set<string>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.kind === 'country' && m.form !== 'place' && gazetteer.countrySharingName(m.text) === undefined)
        namedOtherwise.add(String(m.value));
  for (const a of analyses)
    for (const m of a.mentions) {
      const country =
        m.kind === 'country' && m.form === 'place' ? gazetteer.countrySharingName(m.text) : undefined;
      if (country && namedOtherwise.has(country)) {
        m.value = country;
        m.form = 'name';
      }
    }
}

/**
 * "The bloc also slapped duties on …": "the bloc" stands for the EU when the EU is the last group of
 * countries the article named before it; after BRICS or ASEAN it stands for neither, and stays no mention.
 */
function resolveBlocAnaphors(analyses: readonly SentenceAnalysis[]): void {
  let lastBloc: 'EU' | 'other' | null = null;
  for (const a of analyses) {
    // "the 27-nation bloc" names the EU by its size, whatever the article named before.
    const marks: { at: number; bloc: 'EU' | 'other' | 'anaphor' | 'sized' }[] = [];
    for (const m of a.mentions)
      if (m.kind === 'country' && m.value === 'EU') marks.push({ at: m.start, bloc: 'EU' });
    for (const [i, t] of a.tokens.entries()) {
      if (OTHER_BLOCS.test(t.norm)) marks.push({ at: i, bloc: 'other' });
      else if (t.norm === 'bloc' && EU_SIZE.test(a.tokens[i - 1]?.norm ?? ''))
        marks.push({ at: i, bloc: 'sized' });
      else if (t.norm === 'bloc' && a.tokens[i - 1]?.norm === 'the') marks.push({ at: i, bloc: 'anaphor' });
    }
    marks.sort((x, y) => x.at - y.at);
    for (const { at, bloc } of marks) {
      if (bloc === 'EU' || bloc === 'other') {
        lastBloc = bloc;
        continue;
      }
      if (bloc === 'anaphor' && lastBloc !== 'EU') continue;
      lastBloc = 'EU';
      if (a.mentions.some((m) => m.start <= at && m.end > at - 1)) continue;
      a.mentions.push({
        kind: 'country',
        start: at - 1,
        end: at + 1,
        value: 'EU',
        form: 'anaphor',
        group: -1000 - at,
        text: `${a.tokens[at - 1]?.text} bloc`,
      });
      a.mentions.sort((x, y) => x.start - y.start);
    }
  }
}

/** Sizes the EU is named by ("the 27-nation bloc", "the 27-member bloc"). */
const EU_SIZE = /^(?:27|twenty-seven)-(?:nation|member|country|state)$/;

/**
 * Known companies are recognised under any of their names, but an event names them as the article
 * does, in full: the longest form the article uses ("Taiwan Semiconductor Manufacturing Co." over
 * "TSMC"), and so are others named short after their full name. Event ids still use the gazetteer's name,
 * so that articles agree on identity.
 */
/** How many words a person's full name may take ("Viktor Selyanin", "Ana Maria Costa"). */
const PERSON_NAME_WORDS = 3;

function writeNamesAsTheArticleDoes(
  candidates: Candidate[],
  types: readonly EventType[],
  analyses: readonly SentenceAnalysis[],
): void {
  const written = new Map<string, string>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.kind !== 'organisation' || m.form !== 'known') continue;
      const text = m.text
        .replace(/\s+/g, ' ')
        .replace(/['’]s$/, '')
        .trim();
      const current = written.get(String(m.value));
      if (!current || text.length > current.length) written.set(String(m.value), text);
    }
  }
  // "Lumora Solar will move … Lumora said …": a short name that opens one longer name of the article, the rest
  // corporate words (or capitalised words a corporate word ends), is that company.
  const names = new Set<string>();
  for (const a of analyses)
    for (const m of a.mentions)
      if (m.kind === 'organisation' && m.form !== 'known') names.add(String(m.value));
  // The parties the candidates read, names the gazetteer and the tagger need not know ("Viktor Selyanin").
  const partyNames = new Set<string>();
  for (const c of candidates) {
    const type = types.find((t) => t.spec.type === c.type);
    for (const slot of type?.spec.slots ?? []) {
      const value = c.slots[slot.name];
      if (slot.kind === 'organisation' && typeof value === 'string') partyNames.add(value);
    }
  }
  const fuller = (value: string): string | undefined => {
    const longer = [...names].filter((name) => {
      if (!name.startsWith(`${value} `)) return false;
      // "Qinlong Rare Materials … Qinlong was placed on the list": the rest capitalised words that end in a
      // corporate word.
      const rest = name.slice(value.length + 1).split(' ');
      const last = rest.at(-1) ?? '';
      return (
        rest.every((word) => isCorporateWord(word) || isLegalSuffix(word)) ||
        ((isCorporateWord(last) || isLegalSuffix(last)) && rest.every((word) => /^\p{Lu}/u.test(word)))
      );
    });
    if (longer.length === 1) return longer[0];
    // "Viktor Selyanin … Selyanin had been placed under EU sanctions": a surname alone is the one person the
    // article named in full with it.
    if (value.includes(' ') || isCorporateWord(value) || isLegalSuffix(value)) return undefined;
    const people = [...partyNames].filter((name) => {
      const words = name.split(' ');
      return (
        words.length >= 2 &&
        words.length <= PERSON_NAME_WORDS &&
        words.at(-1) === value &&
        words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isCorporateWord(word) && !isLegalSuffix(word))
      );
    });
    return people.length === 1 ? people[0] : undefined;
  };
  for (const c of candidates) {
    const type = types.find((t) => t.spec.type === c.type);
    for (const slot of type?.spec.slots ?? []) {
      const value = c.slots[slot.name];
      if (slot.kind === 'organisation' && typeof value === 'string')
        c.slots[slot.name] = written.get(value) ?? fuller(value) ?? value;
    }
  }
}

/**
 * "Kestrel Minerals chief executive Sarah Baumann … Baumann will relocate to Dubai": a single word that is the surname
 * of a person the article names in full, and no company's name, is that person, who is no party of a type whose
 * parties are organisations only.
 */
function withoutPeopleBySurname(
  candidates: Candidate[],
  types: readonly EventType[],
  analyses: readonly SentenceAnalysis[],
): Candidate[] {
  const singleWordParty = (c: Candidate): string[] =>
    (types.find((t) => t.spec.type === c.type)?.spec.slots ?? []).flatMap((slot) => {
      const value = c.slots[slot.name];
      return slot.kind === 'organisation' && !slot.people && typeof value === 'string' && !value.includes(' ')
        ? [value]
        : [];
    });
  const parties = new Set(candidates.flatMap(singleWordParty));
  if (parties.size === 0) return candidates;
  const surnames = new Set<string>();
  const companies: string[] = [];
  for (const a of analyses) {
    for (const m of a.mentions) if (m.kind === 'organisation') companies.push(String(m.value));
    for (let i = 0; i < a.tokens.length; ) {
      let j = i;
      while (j < a.tokens.length && /^\p{Lu}\p{Ll}+$/u.test(a.tokens[j]?.text ?? '')) j++;
      const words = j - i;
      const last = a.tokens[j - 1]?.text ?? '';
      // The tagger runs only on a sentence with a name that ends in such a party's word.
      if (
        words >= 2 &&
        words <= PERSON_NAME_WORDS &&
        parties.has(last) &&
        a
          .tags()
          .slice(i, j)
          .some((g) => g?.has('Person'))
      )
        surnames.add(last);
      i = Math.max(j, i + 1);
    }
  }
  const personOnly = (value: string) =>
    surnames.has(value) && !companies.some((name) => name === value || name.startsWith(`${value} `));
  return candidates.filter((c) => !singleWordParty(c).some(personOnly));
}

interface Group {
  type: EventType;
  best: Candidate;
  probability: number;
  slots: Record<string, string | number | null>;
  members: { candidate: Candidate; probability: number }[];
  /** The date of the first member that has one: the month of the group's action. */
  date: string | null;
  /** The anchors of the members, by sentence start. */
  anchorsBySentence: Map<number, Set<number>>;
}

/** Adds a scored candidate to a group: its sentence is cited, and it fills the slots the group left open. */
function join(group: Group, s: Group['members'][number]): void {
  group.members.push(s);
  addAnchor(group, s.candidate);
  for (const [slot, value] of Object.entries(s.candidate.slots))
    if (group.slots[slot] === null && value !== null) group.slots[slot] = value;
}

function addAnchor(group: Group, c: Candidate): void {
  const start = c.analysis.sentence.start;
  const anchors = group.anchorsBySentence.get(start) ?? new Set<number>();
  anchors.add(c.anchorStart);
  group.anchorsBySentence.set(start, anchors);
}

const inEarlierPeriod = (c: Candidate) => c.features.includes('earlier_period');

/**
 * A mention that refers back to a measure ("the ban", "the controls") with no action word of its own, and no
 * slot it fills itself ("a 34% rate on China" tells a rate and a target: it stays a statement of its own).
 */
const restatesOnly = (c: Candidate) =>
  c.features.includes('refers_back') &&
  c.features.includes('action:default') &&
  Object.entries(c.slots).every(
    ([slot, value]) => value === null || c.features.includes(`slot:${slot}:antecedent`),
  );

/** A mention that refers back to a measure stated before and takes its slots from it ("The ban, imposed in 2020"). */
const referredBack = (c: Candidate) => c.features.includes('refers_back');

/** A mention by a definite description ("the duties"), which refers back to a measure stated before. */
const refersToStated = (c: Candidate) => c.features.includes('anchor_definite');

/** Whether the candidate states the group's rate, both state one, and their goods, where both name some, overlap. */
function sameRate(group: Group, c: Candidate): boolean {
  const rate = group.type.spec.slots.find((s) => s.kind === 'rate')?.name;
  const goods = group.type.spec.slots.find((s) => s.kind === 'goods')?.name;
  if (rate === undefined) return false;
  const value = group.slots[rate] ?? null;
  if (value === null || value !== (c.slots[rate] ?? null)) return false;
  return goods === undefined || goodsOpenOrOverlap(group.slots[goods], c.slots[goods]);
}

/** Goods that one side leaves open, or that overlap. */
const goodsOpenOrOverlap = (mine: SlotValue | undefined, theirs: SlotValue | undefined) =>
  mine == null || theirs == null || goodsOverlap(String(mine), String(theirs));

/** Slot kinds where a mention that leaves the slot open still states the same action as one that fills it. */
const NULL_MERGES = new Set(['rate', 'goods', 'date', 'list', 'enum', 'status']);

const directionOf = (type: EventType, action: string) => type.spec.directions[action] ?? action;

/** Whether the candidate's slot holds the article's main party, guessed from context rather than read. */
const guessedFromArticle = (c: Candidate, slot: string) => c.features.includes(`slot:${slot}:discourse_main`);

/** Words before a measure that make it another, older one ("an earlier 10% levy", "the previous duties"). */
const EARLIER_MEASURE_WORDS = /^(?:earlier|previous|prior|former|original|older)$/;
/** How many words before the measure's word such a word may stand ("an earlier 10% levy"). */
const EARLIER_MEASURE_REACH = 4;

const namedAsEarlier = (c: Candidate) =>
  c.analysis.tokens
    .slice(Math.max(0, c.anchorStart - EARLIER_MEASURE_REACH), c.anchorStart)
    .some((t) => EARLIER_MEASURE_WORDS.test(t.norm));

/**
 * Whether the candidate may join the group as the same action; `anyTime`: a restatement, whose date and period
 * are when the measure is spoken of, not when it was taken.
 */
function compatible(group: Group, c: Candidate, anyTime = false): boolean {
  // Two anchors of one sentence are two actions unless they agree on every slot ("25% tariffs on steel,
  // and reciprocal tariffs"); the same action restated in another sentence may leave slots unsaid.
  const anchors = group.anchorsBySentence.get(c.analysis.sentence.start);
  const sameSentence = anchors !== undefined && [...anchors].some((start) => start !== c.anchorStart);
  // "The duties, which take effect on Friday": a definite mention in another sentence refers back to the
  // measure stated before, and leaves unsaid what that one said (its kind, its target). Read only when a
  // slot disagrees: most pairs never need it.
  let refers: boolean | undefined;
  const refersBack = () => (refers ??= !sameSentence && (refersToStated(c) || refersToStated(group.best)));
  // "raised tariffs on cars. The increase adds to an earlier 10% levy": a measure called earlier than another
  // stated in another sentence is not that one.
  if (!sameSentence && namedAsEarlier(c) !== namedAsEarlier(group.best)) return false;
  const measures = [group.best.measure ?? null, c.measure ?? null];
  // One anchor read as two measures ("tariffs on Canada, as well as on steel") stays two.
  const sameAnchor = anchors?.has(c.anchorStart) === true;
  // ("anti-dumping duties of 37% on silicon metal. The 37% duty on Chinese silicon metal …": a definite phrase
  // that repeats the measure's rate before its word refers back as "the duty" does.)
  const refersBackByPhrase = () =>
    refersBack() ||
    (!sameSentence && sameRate(group, c) && (definiteMeasurePhrase(c) || definiteMeasurePhrase(group.best)));
  if (measures[0] !== measures[1] && (sameAnchor || !(measures.includes(null) && refersBackByPhrase())))
    return false;
  // An event's identity holds the month of its action: actions dated in different months are two.
  // ("banned exports of tin ore in 2023" and "The ban, imposed in July 2023": a year holds its months.)
  if (!anyTime && group.date && c.date) {
    const precision = Math.min(7, group.date.length, c.date.length);
    if (group.date.slice(0, precision) !== c.date.slice(0, precision)) return false;
  }
  // "He imposed similar tariffs in his first term": an action set in an earlier period than the news is
  // another action, dated or not.
  // ("Indonesia will not lift its ban …. The ban, imposed in 2020, …": a mention that refers back is the measure
  // it refers to, whenever it says that was taken.)
  if (
    !anyTime &&
    !sameSentence &&
    inEarlierPeriod(group.best) !== inEarlierPeriod(c) &&
    !(referredBack(c) || referredBack(group.best))
  )
    return false;
  for (const slot of group.type.spec.merge) {
    if (slot === 'direction') {
      if (directionOf(group.type, group.best.action) !== directionOf(group.type, c.action)) return false;
      continue;
    }
    if (slot === 'action') {
      if (group.best.action !== c.action) return false;
      continue;
    }
    const a = group.slots[slot] ?? null;
    const b = c.slots[slot] ?? null;
    if (a === null && b === null) continue;
    const spec = group.type.spec.slots.find((s) => s.name === slot);
    const mergesWhenOpen = spec?.merges_when_open ?? NULL_MERGES.has(spec?.kind ?? '');
    // "He threatened a 25% tariff on Apple" (the target the article's main one, a guess) and "he will add a
    // 25% tax to all iPhones abroad" (none): a slot the article's context guessed leaves it open.
    const guessed = a === null ? guessedFromArticle(c, slot) : guessedFromArticle(group.best, slot);
    if ((a === null || b === null) && (sameSentence || !(mergesWhenOpen || guessed)) && !refersBack())
      return false;
    if (a === null || b === null) continue;
    const isGoods = spec?.kind === 'goods';
    // "banned exports of raw lithium ore in 2022 and will ban lithium concentrate exports": two anchors of one
    // sentence on goods that only share a word are two measures; one's goods must hold the other's.
    // ("restricted exports of rare earth magnets. Beijing widened the curbs to rare earth oxides": a widening
    // to other goods is its own action, even where the goods share a word or the lexicon names them alike.)
    const sameGoods =
      group.best.action !== c.action &&
      [group.best, c].some((x) => x.action !== group.type.spec.default_action && widenedToGoods(x))
        ? goodsWordsContained
        : sameSentence
          ? goodsContained
          : goodsOverlap;
    if (isGoods ? !sameGoods(String(a), String(b)) : String(a).toLowerCase() !== String(b).toLowerCase())
      return false;
  }
  return true;
}

/** Words of a goods phrase that name no goods ("rare earths, including samarium and terbium"). */
const GOODS_FUNCTION_WORDS = new Set(
  'and the for all its their with from including such other some more new any certain'.split(' '),
);
const goodsWords = (goods: string) =>
  goods
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 2 && !GOODS_FUNCTION_WORDS.has(w));

/** Goods phrases that are alike, share a word, or name goods the lexicon names alike ("chips", "semiconductors"). */
const goodsOverlap = (a: string, b: string) => {
  const words = new Set(goodsWords(a));
  if (goodsWords(b).some((w) => words.has(w))) return true;
  if (a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase())
    return true;
  const names = new Set(goodsNames(a));
  return goodsNames(b).some((name) => names.has(name));
};

/** A change of a measure to the goods its "to" names ("widened the curbs to rare earth oxides"). */
const widenedToGoods = (c: Candidate) =>
  c.features.includes('slot:goods:prep:to') && !c.features.includes('action:default');

/** Goods phrases one of which has all the goods words of the other ("steel", "steel products"). */
const goodsWordsContained = (a: string, b: string) => {
  const [x, y] = [goodsWords(a), goodsWords(b)];
  const within = (inner: string[], outer: string[]) => inner.every((w) => outer.includes(w));
  return within(x, y) || within(y, x);
};

/** Goods phrases one of which names all the goods of the other, in its words or as the lexicon names them. */
const goodsContained = (a: string, b: string) => {
  // ("seven rare earth elements", "medium and heavy rare earths": goods the lexicon names alike are one.)
  const named = (goods: string) => goodsNames(goods).sort().join('+');
  return goodsWordsContained(a, b) || (named(a) !== '' && named(a) === named(b));
};

export interface DecideOptions {
  model?: Pick<EventModel, 'bias' | 'weights' | 'threshold'> & { calibration?: EventModel['calibration'] };
  types?: readonly EventType[];
}

/** The events of an article: the candidates the model accepts, one event per action, citing every sentence. */
export function decideEvents(
  candidates: readonly Candidate[],
  options: DecideOptions = {},
): ExtractedEvent[] {
  const model = options.model ?? getEventModel();
  const types = options.types ?? getEventTypes();
  const read = candidates
    // A negated action ("did not impose") is no event, however well its slots read; the model still learns
    // from such candidates, whose features they share with the asserted ones.
    .filter((candidate) => candidate.modality !== 'negated')
    // Nor are a generic mention and a level of nothing, which the model still learns from as the negatives they are.
    .filter((candidate) => !namedOnlyByContext(candidate, types) && !raisedToNothing(candidate, types))
    .map((candidate) => ({
      candidate,
      probability: score(model, expandFeatures(candidate.type, candidate.features)),
    }));
  const scored = read
    .filter((s) => s.probability >= model.threshold)
    .sort(
      (x, y) =>
        y.probability - x.probability ||
        x.candidate.analysis.sentence.start - y.candidate.analysis.sentence.start,
    );
  const groups: Group[] = [];
  const index = new GroupIndex();
  const readings = new Set<string>();
  for (const s of scored) {
    if (readings.has(s.candidate.readingKey)) continue;
    readings.add(s.candidate.readingKey);
    const type = types.find((t) => t.spec.type === s.candidate.type);
    if (!type) continue;
    // "Officials defended the ban on Tuesday": a mention that only refers back to a measure, changing
    // nothing, states that measure again, whenever it is spoken of; it makes no event of its own.
    if (restatesOnly(s.candidate)) {
      const stated = index.candidatesFor(type, s.candidate).find((g) => compatible(g, s.candidate, true));
      if (stated) join(stated, s);
      continue;
    }
    const group = index.candidatesFor(type, s.candidate).find((g) => compatible(g, s.candidate));
    if (group) {
      join(group, s);
      group.date ??= s.candidate.date;
    } else {
      const created: Group = {
        type,
        best: s.candidate,
        probability: s.probability,
        slots: { ...s.candidate.slots },
        members: [s],
        date: s.candidate.date,
        anchorsBySentence: new Map([
          [s.candidate.analysis.sentence.start, new Set([s.candidate.anchorStart])],
        ]),
      };
      groups.push(created);
      index.add(created);
    }
  }
  fillFromElaborations(
    groups,
    read.filter((s) => s.probability < model.threshold).map((s) => s.candidate),
  );
  return groups
    .filter((g) => !itemisedElsewhere(g, groups))
    .map((g) => toEvent(g))
    .sort((a, b) => a.citation.start - b.citation.start);
}

/**
 * "Mexico imposed duties on steel, setting rates of 35% for China and 22% for Taiwan": the measure read whole,
 * with no rate and no target of its own, is the items the sentence goes on to list, each an event with its rate
 * and target.
 */
function itemisedElsewhere(group: Group, groups: readonly Group[]): boolean {
  const slots = group.type.spec.slots;
  const rate = slots.find((slot) => slot.kind === 'rate')?.name;
  const target = slots.find((slot) => slot.kind === 'country')?.name;
  const actor = slots.find((slot) => slot.kind === 'actor')?.name;
  const goods = slots.find((slot) => slot.kind === 'goods')?.name;
  if (!rate || !target || !actor) return false;
  const { best } = group;
  // (A target only the article's context gave it, as a headline's, is none of its own.)
  const ownTarget =
    (group.slots[target] ?? null) !== null &&
    !best.features.some((f) => f.startsWith(`slot:${target}:discourse`));
  if ((group.slots[rate] ?? null) !== null || ownTarget) return false;
  const sameGoods = (other: Group) => !goods || goodsOpenOrOverlap(group.slots[goods], other.slots[goods]);
  return groups.some(
    (other) =>
      other !== group &&
      other.type === group.type &&
      other.best.action === best.action &&
      other.slots[actor] === group.slots[actor] &&
      // ("safeguard duties on steel, on top of anti-dumping rates of 35% for China": another kind of measure.)
      (best.measure === null || other.best.measure === null || best.measure === other.best.measure) &&
      (other.slots[rate] ?? null) !== null &&
      (other.slots[target] ?? null) !== null &&
      sameGoods(other) &&
      other.members.some(
        ({ candidate }) =>
          candidate.analysis.sentence.start === best.analysis.sentence.start &&
          candidate.anchorStart > best.anchorStart,
      ),
  );
}

/**
 * Whether the weak mention speaks of the group's measure and no other: the countries it names are the group's,
 * and, with no goods of its own, its measure takes no object ("The duty is 12%", not "The duty on the pipes is
 * 12%" after a duty on aluminium).
 */
function namesOnlyItsParties(group: Group, c: Candidate): boolean {
  const own = new Set(
    group.type.spec.slots
      .filter((slot) => slot.kind === 'actor' || slot.kind === 'country')
      .map((slot) => group.slots[slot.name])
      .filter((v) => v !== null),
  );
  const a = c.analysis;
  if (a.mentions.some((m) => m.kind === 'country' && !own.has(String(m.value)))) return false;
  const goodsSlot = group.type.spec.slots.find((slot) => slot.kind === 'goods');
  if (goodsSlot && (c.slots[goodsSlot.name] ?? null) === null)
    return !a.tokens
      .slice(c.anchorStart + 1, c.anchorStart + 3)
      .some((t) => /^(?:on|for|against)$/.test(t.norm));
  return true;
}

/** How many words a definite measure's phrase may hold before its anchor ("the 100 pct tariffs"). */
const DEFINITE_PHRASE_WORDS = 5;

/** "the 100 pct tariffs", "the new 25% duty": the anchor's noun phrase opens with "the", no verb between. */
function definiteMeasurePhrase(c: Candidate): boolean {
  const { tokens } = c.analysis;
  const tags = c.analysis.tags();
  for (let k = c.anchorStart - 1; k >= Math.max(0, c.anchorStart - DEFINITE_PHRASE_WORDS); k--) {
    if (tokens[k]?.norm === 'the') return true;
    if (tags[k]?.has('Verb') || tokens[k]?.norm === ',') return false;
  }
  return false;
}

/** How many sentences from a measure's one that refers to it may tell its details ("The duty is 93.5%"). */
const ELABORATION_SENTENCES = 4;
/** Slot kinds a sentence that refers back to a measure may tell: its rate and when it starts. */
const ELABORATED_KINDS = new Set(['rate', 'date']);

/**
 * "The United States imposed tariffs on Chinese graphite. The duty is 93.5%.": a sentence near an event's own
 * that names its measure with a definite description, too weak to be an event of its own, still tells the
 * measure's rate or the day it takes effect, where the event's sentence left them open.
 */
function fillFromElaborations(groups: readonly Group[], weak: readonly Candidate[]): void {
  // The rate and start-day slots the group left open and the weak mention fills.
  const fillable = (g: Group, c: Candidate) =>
    g.type.spec.slots.filter(
      (slot) => ELABORATED_KINDS.has(slot.kind) && g.slots[slot.name] === null && c.slots[slot.name] != null,
    );
  for (const c of weak) {
    const group = groups.find(
      (g) =>
        g.type.spec.type === c.type &&
        c.analysis.index !== g.best.analysis.index &&
        Math.abs(c.analysis.index - g.best.analysis.index) <= ELABORATION_SENTENCES &&
        fillable(g, c).length > 0 &&
        compatible(g, c) &&
        namesOnlyItsParties(g, c),
    );
    // The tagger is read last, for the few weak mentions that would fill a slot.
    if (!group || !(refersToStated(c) || definiteMeasurePhrase(c))) continue;
    for (const slot of fillable(group, c)) group.slots[slot.name] = c.slots[slot.name] ?? null;
  }
}

/**
 * The groups a candidate may join, in the order they were made: those that share its values of the type's
 * required merge slots (which `compatible` needs equal), and any group without them. A long article's
 * events are then merged in time that grows with the article, not with its square.
 */
class GroupIndex {
  private readonly byKey = new Map<string, Group[]>();
  private readonly byType = new Map<EventType, Group[]>();
  private readonly keyless = new Map<EventType, Group[]>();
  private readonly order = new Map<Group, number>();

  add(group: Group): void {
    this.order.set(group, this.order.size);
    pushTo(this.byType, group.type, group);
    const key = keyOf(group.type, group.slots);
    if (key === null) pushTo(this.keyless, group.type, group);
    else pushTo(this.byKey, key, group);
  }

  candidatesFor(type: EventType, c: Candidate): Group[] {
    const key = keyOf(type, c.slots);
    if (key === null) return this.byType.get(type) ?? [];
    const keyed = this.byKey.get(key) ?? [];
    const keyless = this.keyless.get(type) ?? [];
    if (keyless.length === 0) return keyed;
    return [...keyed, ...keyless].sort((x, y) => (this.order.get(x) ?? 0) - (this.order.get(y) ?? 0));
  }
}

function pushTo<K>(map: Map<K, Group[]>, key: K, group: Group): void {
  const list = map.get(key);
  if (list) list.push(group);
  else map.set(key, [group]);
}

/** The values of the type's required merge slots that must be equal to merge (goods only overlap), or null. */
function keyOf(type: EventType, slots: Readonly<Record<string, string | number | null>>): string | null {
  const parts: string[] = [type.spec.type];
  for (const name of type.spec.merge) {
    const slot = type.spec.slots.find((x) => x.name === name);
    if (!slot?.required || slot.kind === 'goods') continue;
    const value = slots[name];
    if (value === null || value === undefined) return null;
    parts.push(String(value).toLowerCase());
  }
  return parts.join('\u0000');
}

/**
 * A sentence that states the action as done or decided, in words of its own ("imposed the tariffs", "said it
 * would impose"): the clearest to cite.
 */
function statesAction(c: Candidate): boolean {
  return isRealis(c.modality) && !c.features.includes('action:default');
}

/** How many of the event's key slots the candidate's own sentence fills ("Reagan ordered the tariffs" has one). */
function ownKeySlots(type: EventType, c: Candidate): number {
  return type.spec.merge.filter(
    (slot) =>
      c.slots[slot] != null &&
      c.features.some(
        (f) => f.startsWith(`slot:${slot}:`) && !/:(?:none|default|discourse\w*|modality)$/.test(f),
      ),
  ).length;
}

function toEvent(g: Group): ExtractedEvent {
  const seen = new Set<number>();
  const citations = g.members
    .map((m) => ({
      m,
      keySlots: ownKeySlots(g.type, m.candidate),
      states: Number(statesAction(m.candidate)),
    }))
    .sort((x, y) => y.keySlots - x.keySlots || y.states - x.states)
    .map(({ m }) => m.candidate.analysis.sentence)
    .filter((s) => !seen.has(s.start) && seen.add(s.start))
    .map((s) => ({ quote: s.text, start: s.start, end: s.end }));
  const hasAction = Object.keys(g.type.spec.actions).length > 1;
  const slots: Record<string, unknown> = {
    type: g.type.spec.type,
    ...(hasAction ? { action: g.best.action } : {}),
    ...g.slots,
  };
  if ('from' in slots && slots.from === slots.to) slots.from = null;
  const event = {
    id: eventId({ ...slots, type: g.type.spec.type, date: g.date }),
    ...slots,
    date: g.date,
    confidence: Math.round(g.probability * 100) / 100,
    citation: citations[0],
    citations,
  };
  return event as unknown as ExtractedEvent;
}

/** Extracts the events an article states: candidates from the rules, decided by the learned model. */
export function extractArticleEvents(article: ArticleInput): ExtractedEvent[] {
  return decideEvents(articleCandidates(article));
}
