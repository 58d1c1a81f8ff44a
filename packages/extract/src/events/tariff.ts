import type { ActorCode, TariffSlots } from '@assay/schema';
import { findDates } from '../text/dates.js';
import { findMoney, findRates } from '../text/numbers.js';
import type { Sentence } from '../text/sentences.js';
import { type ActorMention, canAct } from './actors.js';
import { isRealis, leadInBefore, type Modality, modalityOf } from './modality.js';

type TariffAction = TariffSlots['action'];

/** One statement about a tariff in one sentence. Mentions of the same tariff merge into one event. */
export interface TariffMention {
  sentence: Sentence;
  action: TariffAction | null;
  modality: Modality;
  imposer: ActorCode | null;
  imposerExplicit: boolean;
  target: ActorCode | null;
  targetExplicit: boolean;
  rate: number | null;
  goods: string | null;
  date: string | null;
  effectiveDate: string | null;
  hasMoney: boolean;
  /** How clearly the sentence states the event: more stated slots, stated plainly. */
  clarity: number;
}

/** Nouns that name a tariff. Sanctions and curbs count when the article is about tariffs. */
const TARIFF_NOUN =
  /\b(?:tariffs?|dut(?:y|ies)|levies|surtax(?:es)?|import tax(?:es)?|import surcharges?|customs surcharges?)\b(?![-\s](?:free|paid|exempt|of care|cycle|station))/gi;
const SANCTION_NOUN = /\b(?:sanctions|curbs|penalties|penalty tariffs)\b/gi;
const NOT_A_TARIFF =
  /\b(?:general agreement on tariffs|tariffs and trade|on duty|off duty|duty to|heavy[- ]duty|fiduciary duty|duty of|tariff (?:code|heading|line|schedule|classification)|feed-in tariffs?|electricity tariffs?|power tariffs?|water tariffs?|utilit(?:y|ies) tariffs?|(?:phone|mobile|telecom|gas|energy|postal|rail|transport) tariffs?|tariff plan|tariff rates? for (?:electricity|power|water))\b/i;

const ACTION_VERBS: [TariffAction, RegExp][] = [
  ['threaten', /\bthreaten(?:ed|s|ing)?\b/gi],
  [
    'raise',
    /\b(?:rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|boost(?:ed|s|ing)?|escalat(?:e|ed|es|ing))\b/gi,
  ],
  [
    'reduce',
    /\b(?:reduc(?:e|ed|es|ing|tion)|cut(?:s|ting)?|lower(?:ed|s|ing)|slash(?:ed|es|ing)?|eas(?:e|ed|es|ing)|trim(?:med|s|ming)?)\b/gi,
  ],
  [
    'remove',
    /\b(?:remov(?:e|ed|es|ing|al)|eliminat(?:e|ed|es|ing|ion)|scrap(?:ped|s|ping)?|lift(?:ed|s|ing)?|abolish(?:ed|es|ing)?|repeal(?:ed|s|ing)?|waiv(?:e|ed|es|ing|er)|rescind(?:ed|s|ing)?|exempt(?:ed|s|ing|ion)?|suspend(?:ed|s|ing)?|end(?:ed|s|ing)?|roll(?:ed|s|ing)? back|drop(?:ped|s|ping)?)\b/gi,
  ],
  [
    'impose',
    /\b(?:impos(?:e|ed|es|ing|ition)|lev(?:y|ied|ying)|slap(?:ped|s|ping)?|enact(?:ed|s|ing)?|retaliat(?:e|ed|es|ing)|take effect|took effect|takes effect|taking effect|(?:go|goes|went|gone) into effect|(?:come|comes|came) into (?:force|effect)|kick(?:ed|s)? in)\b/gi,
  ],
];

/**
 * Verbs that mean imposing only when the tariff is their direct object ("put 300 mln dlrs in tariffs",
 * "announced 25% tariffs", "duties had been set"); farther away they are about something else.
 */
const WEAK_IMPOSE_VERBS =
  /\b(?:put(?:s|ting)?|assess(?:es|ed|ing)?|set(?:s|ting)?|appl(?:y|ied|ies|ying)|introduc(?:e|ed|es|ing)|order(?:ed|s|ing)?|announc(?:e|ed|es|ing)|adopt(?:ed|s|ing)?|plac(?:e|ed|es|ing)|hit(?:s|ting)?|charg(?:e|ed|es|ing)|in effect|effective)\b/gi;
const WEAK_VERB_REACH = 35;

/** How far (in characters) a verb may stand from the tariff noun it governs. */
const VERB_BEFORE_NOUN = 90;
const VERB_AFTER_NOUN = 70;

interface Trigger {
  action: TariffAction;
  start: number;
  end: number;
  reach: number;
}

function findTriggers(text: string): Trigger[] {
  const triggers: Trigger[] = [];
  const add = (action: TariffAction, pattern: RegExp, reach: number) => {
    for (const m of text.matchAll(pattern)) {
      if (triggers.some((t) => m.index < t.end && m.index + m[0].length > t.start)) continue;
      triggers.push({ action, start: m.index, end: m.index + m[0].length, reach });
    }
  };
  for (const [action, pattern] of ACTION_VERBS) add(action, pattern, VERB_BEFORE_NOUN);
  add('impose', WEAK_IMPOSE_VERBS, WEAK_VERB_REACH);
  return triggers.sort((a, b) => a.start - b.start);
}

interface NounSpan {
  start: number;
  end: number;
}

function findTariffNouns(text: string, articleIsAboutTariffs: boolean): NounSpan[] {
  const cleaned = text.replace(new RegExp(NOT_A_TARIFF.source, 'gi'), (m) => ' '.repeat(m.length));
  const nouns = Array.from(cleaned.matchAll(TARIFF_NOUN), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (articleIsAboutTariffs) {
    for (const m of cleaned.matchAll(SANCTION_NOUN))
      nouns.push({ start: m.index, end: m.index + m[0].length });
  }
  return nouns.sort((a, b) => a.start - b.start);
}

/**
 * What may stand between a tariff noun and a verb that has it as subject: a prepositional phrase and an
 * auxiliary chain ("tariffs on Japanese goods were lifted", "duties of 8.54 pct had been set",
 * "the tariffs ... are to take effect"), but no comma or second clause.
 */
const PREDICATE_GAP =
  /^(?:\s+(?:on|of|against|at|worth|for)\s+[^,;:]*?)?\s*(?:(?:had|has|have|will|would|shall|are|is|were|was|to)\s+)?(?:(?:been|be|being|to|to be|now|already|also|not)\s+)*$/i;

/** A nominal act ("a sweeping tariff cut") counts when a verb of doing or deciding governs it. */
const COMPOUND_GOVERNOR =
  /\b(?:introduc\w*|announc\w*|approv\w*|implement\w*|made|make|makes|enact\w*|unveil\w*|order\w*|adopt\w*|impos\w*|carr(?:y|ied) out|complet\w*|plans?|planned|will|would|began|begin|start\w*|effect(?:ed)?|decid\w*|agreed)\b[^,;]*$/i;

/** Drops asides ("- up from about five per cent -", "(FCOJ)") that sit between a noun and its verb. */
function withoutAsides(gap: string): string {
  return gap.replace(/\([^)]*\)/g, ' ').replace(/\s[-–—]\s[^-–—]*\s[-–—]\s/g, ' ');
}

/** The trigger governing a noun: the nearest one before it, or a participle or predicate after it. */
function governingTrigger(text: string, noun: NounSpan, triggers: Trigger[]): Trigger | undefined {
  const before = triggers
    .filter((t) => t.end <= noun.start && noun.start - t.end <= t.reach)
    .filter((t) => !/[;:]/.test(text.slice(t.end, noun.start)))
    .at(-1);
  const after = triggers.find(
    (t) =>
      t.start >= noun.end &&
      t.start - noun.end <= Math.min(t.reach, VERB_AFTER_NOUN) &&
      PREDICATE_GAP.test(withoutAsides(text.slice(noun.end, t.start))),
  );
  if (
    after &&
    after.start - noun.end <= 1 &&
    !COMPOUND_GOVERNOR.test(text.slice(Math.max(0, noun.start - 45), noun.start))
  ) {
    // "lower trade tariffs", "tariff cuts" on their own name a policy, not an act.
    return before;
  }
  if (before && after) {
    // Prefer the verb that reads as this noun's own: a participle right after it beats a distant verb.
    return after.start - noun.end < noun.start - before.end ? after : before;
  }
  return before ?? after;
}

function segmentAfter(text: string, from: number, nextNounStart: number): string {
  const end = Math.min(nextNounStart, text.length);
  const segment = text.slice(from, end);
  const stop = segment.search(
    /[;]|\s-\s|\s—\s|\b(?:in retaliation|because|after|amid|which|but|while|saying|said)\b/i,
  );
  return stop >= 0 ? segment.slice(0, stop) : segment;
}

const GOODS_STOP =
  /[,;(]|\s-\s|\b(?:from|by|in|to|at|for|with|before|shortly|last|this|next|made|produced|manufactured|shipped|sold|starting|beginning|effective|which|that|as|after|because|until|unless|if|when)\b/i;

function goodsOf(segment: string): string | null {
  const on = /\b(?:on|against)\s+(.*)$/is.exec(segment);
  if (!on) return null;
  let goods = (on[1] ?? '').split(GOODS_STOP)[0] ?? '';
  goods = goods
    .replace(/\s+/g, ' ')
    .replace(
      /^(?:(?:about|around|some|certain|all|the|a|an|its|their|up to|as much as|more than|[$\d.,]+\s*(?:mln|bln|million|billion|dlrs?|dollars?)?|worth|of|imports?|imported|exports?|shipments?|\p{Lu}[\p{L}.]*\s+(?=imports|exports|goods|products))\s+)+/iu,
      '',
    )
    .trim()
    .replace(/[.]$/, '');
  if (
    /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)/.test(
      goods,
    )
  )
    return null;
  return goods.length >= 3 && goods.length <= 120 ? goods : null;
}

/** Finds the tariff statements of one sentence. */
export function findTariffMentions(
  sentence: Sentence,
  actors: ActorMention[],
  published: string | null,
  articleIsAboutTariffs: boolean,
): TariffMention[] {
  const text = sentence.text;
  const nouns = findTariffNouns(text, articleIsAboutTariffs);
  if (nouns.length === 0) return [];
  const triggers = findTriggers(text);
  const rates = findRates(text);
  const dates = findDates(text, published);
  const hasMoney = findMoney(text).length > 0;
  const mentions: TariffMention[] = [];

  let previous: { noun: NounSpan; trigger: Trigger | undefined } | undefined;
  for (const [index, noun] of nouns.entries()) {
    const nextNoun = nouns[index + 1]?.start ?? text.length;
    // "impose a 30% duty on X, with an additional 20% tariff on Y": a coordinated tariff shares the verb.
    const inherited =
      previous?.trigger &&
      /^[^;:]*\b(?:with|and|plus|as well as|on top of)\b[^;:]*$/i.test(
        text.slice(previous.noun.end, noun.start),
      )
        ? previous.trigger
        : undefined;
    const trigger = governingTrigger(text, noun, triggers) ?? inherited;
    previous = { noun, trigger };
    const triggerPos = trigger ? Math.min(trigger.start, noun.start) : noun.start;
    const leadIn = trigger
      ? trigger.start < noun.start
        ? leadInBefore(text, trigger.start)
        : `${leadInBefore(text, noun.start)} ${text.slice(noun.end, trigger.start)}`
      : leadInBefore(text, noun.start);
    const between = trigger && trigger.end < noun.start ? text.slice(trigger.end, noun.start) : '';
    let modality = modalityOf(leadIn);
    const afterTrigger = trigger
      ? text.slice(Math.max(trigger.end, noun.end), Math.max(trigger.end, noun.end) + 40)
      : '';
    if (
      /^\W*(?:as soon as|once|only if|if|unless|provided|on condition)\b/i.test(
        afterTrigger.replace(/^[^"“]*?(?=as soon as|once|only if|if|unless|provided)/i, ''),
      )
    ) {
      modality = 'hypothetical';
    }
    if (
      modality === 'asserted' &&
      /\b(?:potential|possible|proposed|planned|threatened|any)\b/i.test(between)
    ) {
      modality = 'proposed';
    }
    let action = trigger?.action ?? null;
    if (modality === 'threatened') {
      action = 'threaten';
      modality = 'asserted';
    } else if (action === 'threaten') {
      modality = 'asserted';
    }

    const segment = segmentAfter(text, noun.end, nextNoun);
    const rate = rateFor(text, noun, trigger, triggers, rates, nouns[index - 1]?.end ?? 0, nextNoun);
    const imposer = imposerFor(actors, trigger ? Math.max(trigger.start, 0) : noun.start, noun);
    const target = targetFor(actors, noun, segment, imposer?.code ?? null, text, triggerPos);
    const effective =
      /\b(?:take|took|takes|taking|go|goes|went|come|comes|came|kick|kicks)\b|\beffective\b|\bfrom\b|\bstarting\b/i;
    const effectiveDate =
      dates.find(
        (d) => d.start > noun.start && effective.test(text.slice(Math.max(0, d.start - 40), d.start)),
      )?.iso ?? null;

    let clarity = 0;
    if (imposer) clarity += imposer.kind === 'demonym' ? 1 : 1.5;
    if (imposer && trigger && imposer.end <= trigger.start && trigger.start - imposer.end < 40)
      clarity += 0.5;
    if (target) clarity += 1;
    if (rate !== null) clarity += 3;
    if (dates.length > 0) clarity += 1;
    if (hasMoney) clarity += 0.5;
    if (!isRealis(modality)) clarity -= 3;
    if (/\b(?:whether|should|could|might|may|if)\b/i.test(text)) clarity -= 1;

    for (const targetCode of [target, ...coordinatedTargets(text, actors, target, noun.end)]) {
      mentions.push({
        sentence,
        action,
        modality,
        imposer: imposer?.code ?? null,
        imposerExplicit: imposer !== undefined,
        target: targetCode,
        targetExplicit: targetCode !== null,
        rate,
        goods: goodsOf(segment),
        date: nearestDate(dates, trigger?.start ?? noun.start),
        effectiveDate,
        hasMoney,
        clarity,
      });
    }
  }
  return mentions;
}

/** "tariffs on steel from Canada and Mexico": each coordinated country is a target of its own. */
function coordinatedTargets(
  text: string,
  actors: ActorMention[],
  target: ActorCode | null,
  after: number,
): ActorCode[] {
  if (target === null) return [];
  const first = actors.find((a) => a.code === target && a.start >= after);
  if (!first) return [];
  const extra: ActorCode[] = [];
  let last = first;
  for (const a of actors.filter((x) => x.start > first.start)) {
    if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(last.end, a.start))) break;
    if (a.code !== target && !extra.includes(a.code)) extra.push(a.code);
    last = a;
  }
  return extra;
}

function rateFor(
  text: string,
  noun: NounSpan,
  trigger: Trigger | undefined,
  triggers: Trigger[],
  rates: ReturnType<typeof findRates>,
  previousNounEnd: number,
  nextNounStart: number,
): number | null {
  const current = rates.filter((r) => !r.isPrevious && r.start >= previousNounEnd && r.end <= nextNounStart);
  // "a 30% import duty", "100 pct tariffs", "20 pct anti-dumping duties"
  const before = current.find(
    (r) => r.end <= noun.start && /^[\s\w-]{0,30}$/.test(text.slice(r.end, noun.start)),
  );
  if (before) return before.value;
  // "tariffs of 100 per cent", "duties of 8.54 pct", "tariffs of up to 35%"
  const after = current.find(
    (r) =>
      r.start >= noun.end &&
      /^\s+(?:of|at|to)\s+(?:up to\s+|about\s+|around\s+|as much as\s+|as high as\s+)?$/i.test(
        text.slice(noun.end, r.start),
      ),
  );
  if (after) return after.value;
  // "cut to 1.96 pct the duty", "raised tariffs on steel to 25%"
  if (trigger) {
    const lo = Math.min(trigger.start, noun.start);
    const hi = Math.max(trigger.end, noun.end);
    const toRate = current.find(
      (r) =>
        /\bto\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(0, r.start - 15), r.start)) &&
        r.start >= lo &&
        r.start - hi < 60 &&
        !triggers.some((other) => other !== trigger && other.start > hi && other.start < r.start),
    );
    if (toRate) return toRate.value;
  }
  return null;
}

function imposerFor(actors: ActorMention[], triggerStart: number, noun: NounSpan): ActorMention | undefined {
  const agent = actors.find((a) => a.isAgent && Math.abs(a.start - triggerStart) < 80);
  if (agent) return agent;
  const before = actors.filter((a) => a.end <= Math.max(triggerStart, noun.start) && canAct(a));
  // The nearest actor before the verb is its subject, except a possessive that qualifies the noun's goods.
  return before.at(-1);
}

function targetFor(
  actors: ActorMention[],
  noun: NounSpan,
  segment: string,
  imposer: ActorCode | null,
  text: string,
  triggerPos: number,
): ActorCode | null {
  const segmentEnd = noun.end + segment.length;
  const inSegment = actors.find(
    (a) =>
      a.start >= noun.end &&
      a.end <= segmentEnd &&
      a.code !== imposer &&
      (a.isTarget || a.kind === 'demonym'),
  );
  if (inSegment) return inSegment.code;
  // "Japanese photocopiers" before the noun: "duties on Japanese photocopiers" is covered above;
  // "U.S. Tariffs" names the imposer, so only demonyms qualifying goods count here.
  const qualifying = actors.find(
    (a) =>
      a.kind === 'demonym' &&
      !a.isGovernment &&
      a.end <= noun.start &&
      a.start >= triggerPos &&
      a.code !== imposer,
  );
  if (
    qualifying &&
    /\b(?:imports?|exports?|goods|products|made)\b/i.test(text.slice(qualifying.end, noun.start + 1))
  ) {
    return qualifying.code;
  }
  const later = actors.find(
    (a) => a.start >= triggerPos && a.code !== imposer && (a.isTarget || a.kind === 'demonym'),
  );
  if (later) return later.code;
  const anywhere = actors.find(
    (a) => a.code !== imposer && (a.isTarget || (a.kind === 'demonym' && !a.isGovernment)),
  );
  return anywhere?.code ?? null;
}

function nearestDate(dates: ReturnType<typeof findDates>, position: number): string | null {
  let best: (typeof dates)[number] | undefined;
  for (const d of dates) {
    if (!best || Math.abs(d.start - position) < Math.abs(best.start - position)) best = d;
  }
  return best?.iso ?? null;
}
