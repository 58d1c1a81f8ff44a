import type { ActorCode, Article, EventSlots, ExtractedEvent } from '@assay/schema';
import { getGazetteer } from '../gazetteer/gazetteer.js';
import { type Sentence, splitSentences } from '../text/sentences.js';
import { tagSentence } from '../text/tagging.js';
import { findActors } from './actors.js';
import { type BlacklistingMention, findBlacklistingMentions } from './blacklisting.js';
import { eventId } from './event-id.js';
import type { Modality } from './modality.js';
import { findOrganizations, type OrganizationMention } from './organizations.js';
import { findRelocationMentions, type RelocationMention } from './relocation.js';
import { findTariffMentions, type TariffMention } from './tariff.js';

/** Cheap lexical filters: only sentences that pass one are analysed further. */
const TARIFF_CUE = /\b(?:tariff|dut(?:y|ies)|levies|surtax|import tax|surcharge|sanctions|curbs|penalties)/i;
const RELOCATION_CUE =
  /\b(?:relocat|re-?domicil|mov(?:e|ed|es|ing)\b|shift|transferr?|migrat|pivot|beg[ia]n|begun|start|commenc|launch|set(?:ting)? up|open|establish)/i;
const BLACKLISTING_CUE =
  /\b(?:list|blacklist|sanction|bann?(?:ed|s|ing)?\b|barr?(?:ed|s|ing)?\b|prohibit|block)/i;
const ARTICLE_ABOUT_TARIFFS = /\b(?:tariffs?|anti-dumping|countervailing|dut(?:y|ies))\b(?![-\s]free)/i;

export interface ExtractOptions {
  /** The article's published date, for relative dates; defaults to `article.published`. */
  published?: string | null;
}

/**
 * Extracts the relocation, tariff and blacklisting events an article states, one per real-world action,
 * each citing the sentence that states it most clearly.
 */
export function extractEvents(
  article: Pick<Article, 'text' | 'published'>,
  options: ExtractOptions = {},
): ExtractedEvent[] {
  const published = options.published ?? article.published ?? null;
  const gazetteer = getGazetteer();
  const sentences = splitSentences(article.text);
  const aboutTariffs = ARTICLE_ABOUT_TARIFFS.test(
    article.text.replace(/general agreement on tariffs and trade/gi, ''),
  );

  const tariffs: TariffMention[] = [];
  const relocations: RelocationMention[] = [];
  const blacklistings: BlacklistingMention[] = [];

  for (const [index, sentence] of sentences.entries()) {
    const text = sentence.text;
    const wantsTariff = TARIFF_CUE.test(text);
    const wantsRelocation = RELOCATION_CUE.test(text);
    const wantsBlacklisting = BLACKLISTING_CUE.test(text);
    if (!wantsTariff && !wantsRelocation && !wantsBlacklisting) continue;

    // News leads with its main event: the opening sentences state it most directly.
    const ledeBonus = index < LEDE_SENTENCES ? 1 : 0;
    const actors = findActors(text, gazetteer);
    if (wantsTariff && (actors.length > 0 || aboutTariffs)) {
      tariffs.push(...withBonus(findTariffMentions(sentence, actors, published, aboutTariffs), ledeBonus));
    }
    if (!wantsRelocation && !wantsBlacklisting) continue;

    const places = wantsRelocation ? gazetteer.places(text) : [];
    const lists = wantsBlacklisting ? gazetteer.lists(text) : [];
    const relocationPossible = wantsRelocation && (places.length > 0 || actors.length > 0);
    const blacklistingPossible = wantsBlacklisting && (lists.length > 0 || actors.length > 0);
    if (!relocationPossible && !blacklistingPossible) continue;

    const organizations = organizationsOf(text, actors, places, lists);
    if (relocationPossible) {
      const fallback = () => previousOrganization(sentences, index);
      relocations.push(
        ...withBonus(
          findRelocationMentions(sentence, actors, places, organizations, fallback, published),
          ledeBonus,
          (m) => !m.isListed,
        ),
      );
    }
    if (blacklistingPossible) {
      blacklistings.push(
        ...withBonus(findBlacklistingMentions(sentence, actors, lists, organizations, published), ledeBonus),
      );
    }
  }

  return [
    ...tariffEvents(tariffs),
    ...relocationEvents(relocations),
    ...blacklistingEvents(blacklistings),
  ].sort((a, b) => a.citation.start - b.citation.start);
}

const LEDE_SENTENCES = 2;

function withBonus<T extends { clarity: number }>(
  mentions: T[],
  bonus: number,
  applies: (m: T) => boolean = () => true,
): T[] {
  for (const mention of mentions) if (applies(mention)) mention.clarity += bonus;
  return mentions;
}

function organizationsOf(
  text: string,
  actors: ReturnType<typeof findActors>,
  places: { start: number; end: number }[],
  lists: { start: number; end: number }[],
): OrganizationMention[] {
  const gazetteer = getGazetteer();
  const excluded = [...actors, ...places, ...lists];
  const candidates = findOrganizations(text, gazetteer, excluded);
  if (candidates.length > 0 && candidates.every((o) => o.known)) return candidates;
  // The tagger tells names that are people ("Sanjay Gupta") from names that may be organisations
  // without a suffix ("Hardie"); it costs more, so it runs only when the shape of names is not enough.
  const terms = tagSentence(text);
  const people = terms.filter((t) => t.tags.has('Person') && !t.tags.has('Organization'));
  const properNouns = terms.filter(
    (t) =>
      (t.tags.has('ProperNoun') || t.tags.has('Organization')) &&
      !t.tags.has('Person') &&
      !t.tags.has('Place'),
  );
  return findOrganizations(text, gazetteer, excluded, { people, properNouns });
}

function previousOrganization(sentences: Sentence[], index: number): OrganizationMention | undefined {
  const gazetteer = getGazetteer();
  for (let i = index; i >= Math.max(0, index - 4); i--) {
    const text = (sentences[i] as Sentence).text;
    const found = findOrganizations(text, gazetteer, [
      ...findActors(text, gazetteer),
      ...gazetteer.places(text),
    ]);
    const subject = found.find(
      (o) => o.known || /\b(?:Inc|Corp|Ltd|Co|Group|Holdings|LLC|Plc)\b/.test(text.slice(o.start, o.end)),
    );
    if (subject) return subject;
  }
  return undefined;
}

const CONFIDENCE_BY_MODALITY: Partial<Record<Modality, number>> = {
  asserted: 0.9,
  announced: 0.8,
  planned: 0.7,
};

type TariffDirection = 'up' | 'down' | 'threat';
const directionOf = (action: TariffMention['action']): TariffDirection =>
  action === 'reduce' || action === 'remove' ? 'down' : action === 'threaten' ? 'threat' : 'up';

interface TariffGroup {
  imposer: ActorCode;
  target: ActorCode | null;
  direction: TariffDirection;
  rate: number | null;
  mentions: TariffMention[];
}

function mostCommon<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function tariffEvents(mentions: TariffMention[]): ExtractedEvent[] {
  const defaultImposer = mostCommon(mentions.filter((m) => m.action).map((m) => m.imposer));
  const defaultTarget = mostCommon(
    mentions.filter((m) => m.action && m.target !== m.imposer).map((m) => m.target),
  );
  for (const m of mentions) {
    m.imposer ??= defaultImposer;
    if (m.target === null && defaultTarget !== m.imposer) m.target = defaultTarget;
    if (m.target === m.imposer) m.target = null;
  }

  const groups: TariffGroup[] = [];
  const actionable = mentions
    .filter((m) => m.action && m.imposer && CONFIDENCE_BY_MODALITY[m.modality] !== undefined)
    .sort((a, b) => b.clarity - a.clarity || a.sentence.start - b.sentence.start);
  for (const m of actionable) {
    const direction = directionOf(m.action);
    const group = groups.find(
      (g) =>
        g.imposer === m.imposer &&
        g.direction === direction &&
        (g.target === null || m.target === null || g.target === m.target) &&
        (g.rate === null || m.rate === null || g.rate === m.rate),
    );
    if (group) {
      group.mentions.push(m);
      group.target ??= m.target;
      group.rate ??= m.rate;
    } else {
      groups.push({
        imposer: m.imposer as ActorCode,
        target: m.target,
        direction,
        rate: m.rate,
        mentions: [m],
      });
    }
  }

  // A rate stated elsewhere ("the 100 pct tariffs ... could be modified") belongs to the one event it fits.
  for (const m of mentions.filter((x) => x.rate !== null && !actionable.includes(x))) {
    const fitting = groups.filter(
      (g) =>
        g.rate === null &&
        g.direction !== 'down' &&
        g.imposer === m.imposer &&
        (m.target === null || g.target === m.target),
    );
    if (fitting.length === 1) (fitting[0] as TariffGroup).rate = m.rate;
  }

  return groups.map((g) => {
    const best = g.mentions[0] as TariffMention;
    const goods = g.mentions.map((m) => m.goods).find((x) => x !== null) ?? null;
    let confidence = CONFIDENCE_BY_MODALITY[best.modality] ?? 0.5;
    if (!best.imposerExplicit) confidence -= 0.15;
    if (g.target === null) confidence -= 0.05;
    if (g.mentions.length > 1) confidence += 0.05;
    const slots = {
      type: 'tariff' as const,
      imposer: g.imposer,
      target: g.target,
      goods: best.goods ?? goods,
      rate_pct: g.rate,
      action: best.action ?? 'impose',
      effective_date: g.mentions.map((m) => m.effectiveDate).find((x) => x !== null) ?? null,
    };
    return {
      id: eventId(slots),
      ...slots,
      date: best.date,
      confidence: round(confidence),
      citation: citationOf(best.sentence),
    };
  });
}

interface Mention {
  sentence: Sentence;
  clarity: number;
  date: string | null;
}

/**
 * Groups the mentions of one real-world action by `key`; each group's first mention is its clearest
 * (ties go to the earliest), and the event cites it.
 */
function eventsOf<M extends Mention>(
  mentions: M[],
  key: (m: M) => string,
  toEvent: (best: M, group: M[]) => { slots: EventSlots; confidence: number },
): ExtractedEvent[] {
  const groups = new Map<string, M[]>();
  for (const m of [...mentions].sort(
    (a, b) => b.clarity - a.clarity || a.sentence.start - b.sentence.start,
  )) {
    groups.set(key(m), [...(groups.get(key(m)) ?? []), m]);
  }
  return Array.from(groups.values(), (group) => {
    const best = group[0] as M;
    const { slots, confidence } = toEvent(best, group);
    const corroborated = group.length > 1 ? 0.05 : 0;
    return {
      id: eventId(slots),
      ...slots,
      date: best.date,
      confidence: round(confidence + corroborated),
      citation: citationOf(best.sentence),
    } as ExtractedEvent;
  });
}

function relocationEvents(mentions: RelocationMention[]): ExtractedEvent[] {
  return eventsOf(
    mentions,
    (m) => `${m.company.toLowerCase()}|${m.to}`,
    (best, group) => ({
      slots: {
        type: 'relocation',
        company: best.company,
        from: best.from === best.to && !group.some((m) => m.from === best.to) ? null : best.from,
        to: best.to,
        scope: best.scope,
        status: best.status,
      },
      confidence: { completed: 0.85, announced: 0.8, planned: 0.7 }[best.status],
    }),
  );
}

function blacklistingEvents(mentions: BlacklistingMention[]): ExtractedEvent[] {
  return eventsOf(
    mentions,
    (m) => `${m.entity.toLowerCase()}|${m.authority}|${m.action}`,
    (best, group) => {
      const list = group.map((m) => m.list).find((l) => l !== null) ?? null;
      return {
        slots: {
          type: 'blacklisting',
          authority: best.authority,
          list,
          entity: best.entity,
          action: best.action,
        },
        confidence: list ? 0.9 : 0.75,
      };
    },
  );
}

function citationOf(sentence: Sentence): ExtractedEvent['citation'] {
  return { quote: sentence.text, start: sentence.start, end: sentence.end };
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
