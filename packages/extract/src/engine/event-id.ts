import { createHash } from 'node:crypto';
import { canonicalOrganizationName } from '../events/organizations.js';
import { getGazetteer } from '../gazetteer/gazetteer.js';
import { GENERIC_GOODS, getGoodsIndex } from './lexicon.js';
import { getEventTypes } from './taxonomy.js';
import { tokenize } from './tokens.js';

type SlotRecord = { type: string; action?: string; date?: string | null } & Record<string, unknown>;

const normalise = (value: unknown) =>
  value === null || value === undefined ? '' : String(value).toLowerCase().replace(/\s+/g, ' ').trim();

type GoodsMatch = ReturnType<ReturnType<typeof getGoodsIndex>['findAll']>[number];

const namesOf = (found: readonly GoodsMatch[]) =>
  [...new Set(found.map((f) => f.value).filter((name) => name !== GENERIC_GOODS))].sort();

/** The lexicon's names of the goods a phrase mentions, generic ones aside ("chips and steel pipes" → semiconductors, steel). */
export function goodsNames(goods: string): string[] {
  return namesOf(getGoodsIndex().findAll(tokenize(goods)));
}

/** Goods as the lexicon names them ("steel pipes" → steel), so that wording does not split an event. */
export function canonicalGoods(goods: string | null | undefined): string {
  if (!goods) return '';
  const found = getGoodsIndex().findAll(tokenize(goods));
  const names = namesOf(found);
  if (names.length > 0) return names.join('+');
  return found.length > 0 ? '' : normalise(goods);
}

/**
 * A stable event id from the slots that identify a real-world action, as the type's taxonomy file
 * declares them, its goods as the lexicon names them, and the month it happened when known. The same
 * action reported by many articles gets one id; two actions years apart or on other goods get two.
 */
export function eventId(event: SlotRecord): string {
  const type = getEventTypes().find((t) => t.spec.type === event.type);
  const identity =
    type?.spec.identity ??
    Object.keys(event)
      .filter((k) => k !== 'type')
      .sort();
  const kindOf = (slot: string) => type?.spec.slots.find((s) => s.name === slot)?.kind;
  const parts = identity.map((slot) => {
    const value = event[slot];
    if (kindOf(slot) === 'goods') return canonicalGoods(value as string | null);
    // A company the gazetteer knows has one name whatever the article calls it.
    if (kindOf(slot) === 'organisation' && typeof value === 'string')
      return normalise(
        (getGazetteer().company(value) ?? getGazetteer().company(canonicalOrganizationName(value)))?.name ??
          value,
      );
    return normalise(value);
  });
  const month = /^\d{4}-\d{2}/.exec(event.date ?? '')?.[0] ?? '';
  const key = [event.type, ...parts, month].join('|');
  return `${event.type}_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
