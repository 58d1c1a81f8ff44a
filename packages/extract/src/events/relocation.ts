import { type CountryCode, isIsoCountryCode, type RelocationSlots } from '@assay/schema';
import type { PlaceMention } from '../gazetteer/gazetteer.js';
import { findDates } from '../text/dates.js';
import type { Sentence } from '../text/sentences.js';
import type { ActorMention } from './actors.js';
import { isRealis, leadInBefore, type Modality, modalityOf } from './modality.js';
import type { OrganizationMention } from './organizations.js';

type Scope = RelocationSlots['scope'];
type Status = RelocationSlots['status'];

export interface RelocationMention {
  sentence: Sentence;
  company: string;
  companyCountry: CountryCode | null;
  from: CountryCode | null;
  to: CountryCode;
  scope: Scope;
  status: Status;
  date: string | null;
  clarity: number;
  /** One of several companies named together ("Bitmain, Canaan and MicroBT are moving"). */
  isListed: boolean;
}

/**
 * Verbs of moving something to a place. "relocate", "move", "shift", "transfer", "migrate" take a
 * destination with "to"; "begin production/assembly in" and "set up manufacturing in" take "in".
 */
const MOVE_VERB =
  /\b(?:relocat(?:e|ed|es|ing|ion)|re-?domicil(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|shift(?:ed|s|ing)?|transferr?(?:ed|s|ing)?|migrat(?:e|ed|es|ing|ion)|pivot(?:ed|s|ing)?)\b/gi;
const START_IN_VERB =
  /\b(?:beg[ia]n|begun|start(?:ed|s|ing)?|commenc(?:ed|es|ing)|launch(?:ed|es|ing)?|set(?:ting)? up|open(?:ed|s|ing)?|establish(?:ed|es|ing)?)\s+(?:its\s+|their\s+|a\s+|an\s+|new\s+|local\s+)*(?:production|manufacturing|assembl(?:y|ing)|mining|operations|factor(?:y|ies)|plants?|facilit(?:y|ies))\b/gi;

const SCOPE_WORDS: [Scope, RegExp][] = [
  [
    'headquarters',
    /\b(?:headquarters|head office|HQ|head-office|offices|office|domicile|registered office|base|corporate seat|listing)\b/i,
  ],
  [
    'manufacturing',
    /\b(?:manufactur\w*|production|produce|factor(?:y|ies)|plants?|assembl\w*|supply chain|fabs?)\b/i,
  ],
  ['mining', /\b(?:mining|mines?|miners|rigs|hashrate|hash rate|data cent(?:er|re)s?)\b/i],
  ['operations', /\b(?:operations|business|activities|staff|employees)\b/i],
];

const PRONOUN_SUBJECT =
  /\b(?:it|its|they|their|the (?:company|firm|group|miner|maker|manufacturer|producer|business))\b/i;

interface PlaceRef {
  code: CountryCode;
  start: number;
  end: number;
}

function placesIn(actors: ActorMention[], places: PlaceMention[]): PlaceRef[] {
  const refs: PlaceRef[] = [];
  for (const a of actors) {
    if (a.kind === 'demonym' || a.kind === 'agency') continue;
    if (!isIsoCountryCode(a.code)) continue;
    refs.push({ code: a.code, start: a.start, end: a.end });
  }
  for (const p of places) {
    if (refs.some((r) => r.start < p.end && r.end > p.start)) continue;
    refs.push({ code: p.value, start: p.start, end: p.end });
  }
  return refs.sort((a, b) => a.start - b.start);
}

function destination(
  text: string,
  places: PlaceRef[],
  from: number,
  preposition: RegExp,
): PlaceRef | undefined {
  return places.find((p) => {
    if (p.start < from || p.start - from > 120) return false;
    const gap = text.slice(from, p.start);
    if (/[;:]/.test(gap)) return false;
    return preposition.test(text.slice(Math.max(from, p.start - 40), p.start));
  });
}

/** "to Singapore", "to the United States", and "to Dixon, Ill." where the place known is the state. */
function destinationAfter(prepositions: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${prepositions})\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s*)?$`,
    'u',
  );
}

function statusOf(modality: Modality, verbText: string): Status | null {
  if (!isRealis(modality)) return null;
  if (modality === 'planned') return 'planned';
  if (modality === 'announced') return 'announced';
  const verb = verbText.split(/\s+/)[0] ?? '';
  if (/ing$/i.test(verb) || /^relocation$|^migration$/i.test(verb)) return 'announced';
  return 'completed';
}

/**
 * Finds the relocations stated in one sentence. `subjectFallback` resolves "it" / "the company" from
 * earlier sentences; it is called only when a sentence needs it.
 */
export function findRelocationMentions(
  sentence: Sentence,
  actors: ActorMention[],
  places: PlaceMention[],
  organizations: OrganizationMention[],
  subjectFallback: () => OrganizationMention | undefined,
  published: string | null,
): RelocationMention[] {
  const text = sentence.text;
  const placeRefs = placesIn(actors, places);
  if (placeRefs.length === 0) return [];
  const mentions: RelocationMention[] = [];
  const triggers = [
    ...Array.from(text.matchAll(MOVE_VERB), (m) => ({ m, destinationCue: destinationAfter('to|into') })),
    ...Array.from(text.matchAll(START_IN_VERB), (m) => ({ m, destinationCue: destinationAfter('in|to') })),
  ];
  for (const { m, destinationCue } of triggers) {
    const verbStart = m.index;
    const verbEnd = m.index + m[0].length;
    const to = destination(text, placeRefs, verbEnd, destinationCue);
    if (!to) continue;
    const objectText = text.slice(verbEnd, to.start);
    // "moved up", "shift in demand", "move to cut costs": the object must be a thing a company moves.
    const scopeText = `${text.slice(Math.max(0, verbStart - 60), verbStart)} ${m[0]} ${objectText}`;
    const scope =
      SCOPE_WORDS.find(([, pattern]) => pattern.test(m[0]) || pattern.test(objectText))?.[0] ??
      SCOPE_WORDS.find(([, pattern]) => pattern.test(scopeText))?.[0];
    if (!scope) continue;
    if (
      /\b(?:prices?|shares?|stocks?|demand|focus|money|funds|capital|production quotas?)\b/i.test(objectText)
    )
      continue;

    const leadIn = leadInBefore(text, verbStart);
    const status = statusOf(modalityOf(leadIn), m[0]);
    if (!status) continue;

    const companies = subjectsOf(text, verbStart, organizations, subjectFallback, actors);
    if (companies.length === 0) continue;
    const fromPlace = placeRefs.find(
      (p) =>
        p !== to &&
        /\b(?:from|out of|away from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 30), p.start)),
    );
    const dates = findDates(text, published);
    for (const company of companies) {
      const from = fromPlace?.code ?? company.country ?? null;
      if (from === to.code && !fromPlace) {
        // A company moving within its home country names the places it leaves; without them, it is
        // more likely an expansion at home than a relocation.
        if (!/\bfrom\b/i.test(text.slice(verbEnd))) continue;
      }
      let clarity = 2;
      if (company.start >= 0 && company.end <= verbStart) clarity += 1;
      if (fromPlace) clarity += 0.5;
      if (/relocat|headquarters|moved?\b|moving/i.test(m[0] + objectText)) clarity += 1;
      if (dates.length > 0) clarity += 0.5;
      if (companies.length > 1) clarity -= 0.5;
      mentions.push({
        sentence,
        company: company.name,
        companyCountry: company.country,
        from: from ?? fromSameCountry(text, verbEnd, to.code),
        to: to.code,
        scope,
        status,
        date: dates[0]?.iso ?? null,
        clarity,
        isListed: companies.length > 1,
      });
    }
  }
  return mentions;
}

/** A move "from Evans City, Pa." to another US city stays in the country even if the origin is unknown. */
function fromSameCountry(text: string, verbEnd: number, to: CountryCode): CountryCode | null {
  return /\bfrom\s+\p{Lu}/u.test(text.slice(verbEnd)) ? to : null;
}

/**
 * The companies that are the subject of a move: organisations before the verb in the same clause
 * ("Bitmain, Canaan, and MicroBT ... are shifting"), or, for "it"/"its"/"the company", the nearest
 * organisation before it or the fallback from earlier sentences.
 */
function subjectsOf(
  text: string,
  verbStart: number,
  organizations: OrganizationMention[],
  fallback: () => OrganizationMention | undefined,
  actors: ActorMention[],
): OrganizationMention[] {
  const before = organizations.filter((o) => o.end <= verbStart);
  const leadIn = text.slice(0, verbStart);
  const pronoun = [...leadIn.matchAll(new RegExp(PRONOUN_SUBJECT.source, 'gi'))].at(-1);
  if (before.length > 0) {
    const first = before[0] as OrganizationMention;
    // "a decision by Hardie to move": the agent of a decision is the subject of the move.
    const isAgentOfDecision = (o: OrganizationMention) =>
      /\bby\s+$/i.test(text.slice(Math.max(0, o.start - 5), o.start)) &&
      /^\s+to\s*$/i.test(text.slice(o.end, verbStart));
    const isPreposed = (o: OrganizationMention) =>
      !isAgentOfDecision(o) &&
      /\b(?:of|by|for|with|from|to|at|in|on)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, o.start - 20), o.start),
      );
    // A list of subjects: "Bitmain, Canaan, and MicroBT".
    const listed = [first];
    for (const o of before.slice(1)) {
      const gap = text.slice((listed.at(-1) as OrganizationMention).end, o.start);
      if (/^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/.test(gap)) listed.push(o);
      else break;
    }
    if (!isPreposed(first) && (!pronoun || pronoun.index < first.start || listed.length > 1)) return listed;
    const nearest = before.filter((o) => !isPreposed(o) || pronoun !== undefined).at(-1);
    if (nearest) return [nearest];
  }
  if (pronoun && !actors.some((a) => a.kind !== 'demonym' && a.end <= pronoun.index && !a.isObject)) {
    const resolved = fallback();
    if (resolved) return [resolved];
  }
  return [];
}
