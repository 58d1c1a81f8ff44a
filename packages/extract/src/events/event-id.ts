import { createHash } from 'node:crypto';
import type { EventSlots } from '@assay/schema';

const normalise = (value: string | number | null) =>
  value === null ? '' : String(value).toLowerCase().replace(/\s+/g, ' ').trim();

/** The slots that identify a real-world action, whoever reports it and however it is worded. */
function keySlots(event: EventSlots): (string | number | null)[] {
  switch (event.type) {
    case 'tariff':
      return [event.imposer, event.target, event.action, event.rate_pct];
    case 'relocation':
      return [event.company, event.to, event.scope];
    case 'blacklisting':
      return [event.authority, event.list, event.entity, event.action];
  }
}

/**
 * A stable event id: the same type and key slots give the same id in every article and every run,
 * so that reports of one action merge into one event.
 */
export function eventId(event: EventSlots): string {
  const key = [event.type, ...keySlots(event).map(normalise)].join('|');
  return `${event.type}_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
