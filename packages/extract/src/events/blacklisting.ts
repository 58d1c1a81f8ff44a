import type { ActorCode, BlacklistingSlots } from '@assay/schema';
import type { ListMention } from '../gazetteer/gazetteer.js';
import { findDates } from '../text/dates.js';
import type { Sentence } from '../text/sentences.js';
import { type ActorMention, canAct } from './actors.js';
import { isRealis, leadInBefore, modalityOf } from './modality.js';
import type { OrganizationMention } from './organizations.js';

type BlacklistAction = BlacklistingSlots['action'];

export interface BlacklistingMention {
  sentence: Sentence;
  authority: ActorCode;
  list: string | null;
  entity: string;
  action: BlacklistAction;
  date: string | null;
  clarity: number;
}

interface Trigger {
  action: BlacklistAction;
  start: number;
  end: number;
  /** The trigger only counts with a named sanctions list in the sentence ("added to the Entity List"). */
  needsList: boolean;
  /** Entities follow "by" ("banned exports by Toshiba Machine"). */
  entitiesAfterBy: boolean;
}

const TRIGGERS: {
  action: BlacklistAction;
  pattern: RegExp;
  needsList: boolean;
  entitiesAfterBy?: boolean;
}[] = [
  {
    action: 'add',
    pattern:
      /\b(?:add(?:ed|s|ing)?|plac(?:e|ed|es|ing)|put(?:s|ting)?|includ(?:e|ed|es|ing)|list(?:ed|ing)|designat(?:e|ed|es|ing))\b/gi,
    needsList: true,
  },
  {
    action: 'remove',
    pattern:
      /\b(?:remov(?:e|ed|es|ing|al)|delist(?:ed|s|ing)?|tak(?:e|en|es|ing) off|took off|struck (?:off|from)|strik(?:e|es|ing) (?:off|from)|exclud(?:e|ed|es|ing))\b/gi,
    needsList: true,
  },
  { action: 'add', pattern: /\bblacklist(?:ed|s|ing)?\b/gi, needsList: false },
  {
    action: 'remove',
    pattern:
      /\b(?:lift(?:ed|s|ing)?|eas(?:e|ed|es|ing)|remov(?:e|ed|es|ing)) (?:the |its |all )?sanctions (?:on|against)\b/gi,
    needsList: false,
  },
  {
    action: 'add',
    pattern:
      /\b(?:sanction(?:ed|ing)|(?:impos(?:e|ed|es|ing)|slap(?:ped|s)?|levied) (?:new |fresh |further |additional )?sanctions (?:on|against))\b/gi,
    needsList: false,
  },
  {
    action: 'add',
    pattern:
      /\b(?:bann?(?:ed|s|ing)?|barr?(?:ed|s|ing)?|prohibit(?:ed|s|ing)?)\s+(?:further\s+|all\s+|new\s+)?(?:shipments|exports|sales|imports|trade|deals|transactions|business)\b/gi,
    needsList: false,
    entitiesAfterBy: true,
  },
  {
    action: 'add',
    pattern:
      /\b(?:bann?(?:ed|s|ing)?|barr?(?:ed|s|ing)?|block(?:ed|s|ing)?)\b(?=\s+(?:\p{Lu}|the\s+\p{Lu}))/giu,
    needsList: false,
  },
];

function findTriggers(text: string, hasList: boolean): Trigger[] {
  const found: Trigger[] = [];
  for (const t of TRIGGERS) {
    if (t.needsList && !hasList) continue;
    for (const m of text.matchAll(t.pattern)) {
      if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
      found.push({
        action: t.action,
        start: m.index,
        end: m.index + m[0].length,
        needsList: t.needsList,
        entitiesAfterBy: t.entitiesAfterBy ?? false,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const APPOSITIVE_OWNER =
  /\b(?:subsidiary|unit|affiliate|arm|division|parent|owner|spin-?off|customer|supplier|partner|rival|competitor|of)\s+(?:of\s+)?(?:the\s+)?$/i;

export function findBlacklistingMentions(
  sentence: Sentence,
  actors: ActorMention[],
  lists: ListMention[],
  organizations: OrganizationMention[],
  published: string | null,
): BlacklistingMention[] {
  const text = sentence.text;
  const triggers = findTriggers(text, lists.length > 0);
  if (triggers.length === 0 || organizations.length === 0) return [];
  const mentions: BlacklistingMention[] = [];
  const dates = findDates(text, published);
  for (const trigger of triggers) {
    const modality = modalityOf(leadInBefore(text, trigger.start));
    if (!isRealis(modality)) continue;
    const list = nearestList(lists, trigger);
    if (trigger.needsList && !list) continue;
    const authority = list
      ? (actors.find((a) => a.end <= list.start && list.start - a.end <= 12)?.code ?? list.value.authority)
      : actors.filter((a) => a.end <= trigger.start && canAct(a)).at(-1)?.code;
    if (!authority) continue;

    // Without a named list, only organisations recognised with confidence: a gazetteer company or a
    // name with a legal suffix, not a bare proper noun.
    const eligible =
      list || /blacklist|sanctioned/i.test(text.slice(trigger.start, trigger.end))
        ? organizations
        : organizations.filter((o) => !o.byTagOnly);
    const entities = entitiesOf(text, trigger, eligible, list);
    for (const entity of entities) {
      let clarity = 2;
      if (list) clarity += 2;
      if (dates.length > 0) clarity += 0.5;
      mentions.push({
        sentence,
        authority,
        list: list?.value.name ?? null,
        entity: entity.name,
        action: trigger.action,
        date: dates[0]?.iso ?? null,
        clarity,
      });
    }
  }
  return mentions;
}

function nearestList(lists: ListMention[], trigger: Trigger): ListMention | undefined {
  return lists
    .filter((l) => Math.abs(l.start - trigger.end) < 150)
    .sort((a, b) => Math.abs(a.start - trigger.end) - Math.abs(b.start - trigger.end))[0];
}

function entitiesOf(
  text: string,
  trigger: Trigger,
  organizations: OrganizationMention[],
  list: ListMention | undefined,
): OrganizationMention[] {
  const candidates = organizations.filter((o) => {
    if (list && o.start < list.end && o.end > list.start) return false;
    return !APPOSITIVE_OWNER.test(text.slice(Math.max(0, o.start - 40), o.start));
  });
  if (trigger.entitiesAfterBy) {
    return candidates.filter(
      (o) =>
        o.start > trigger.end &&
        /\bby\s+(?:[\p{Ll}\s]+\s)?$/u.test(text.slice(Math.max(trigger.end, o.start - 40), o.start)),
    );
  }
  // Passive: "Sophgo ... was added to the Entity List"; active: "added Sophgo and Huawei to the list".
  const after = candidates.filter(
    (o) => o.start >= trigger.end && (!list || o.end <= list.start || list.start < trigger.start),
  );
  const passive = /\b(?:was|were|is|are|been|be|being|get|got|gets)\s+(?:\w+\s+)?$/i.test(
    text.slice(Math.max(0, trigger.start - 25), trigger.start),
  );
  if (passive || after.length === 0) {
    const before = candidates.filter((o) => o.end <= trigger.start);
    const subject = before[0];
    if (!subject) return [];
    const listed = [subject];
    for (const o of before.slice(1)) {
      const gap = text.slice((listed.at(-1) as OrganizationMention).end, o.start);
      if (/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) listed.push(o);
    }
    return listed;
  }
  const first = after[0] as OrganizationMention;
  const listed = [first];
  for (const o of after.slice(1)) {
    const gap = text.slice((listed.at(-1) as OrganizationMention).end, o.start);
    if (/^\s*(?:,\s*(?:and\s+)?|and\s+|,\s*including\s+)$/.test(gap)) listed.push(o);
    else break;
  }
  return listed;
}
