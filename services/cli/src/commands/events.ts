import { parseArgs } from 'node:util';
import { EVENT_TYPES, type Event, type EventType } from '@assay/schema';
import type { CommandIo } from '../io.js';
import { configOrExplain } from './context.js';
import { withOperations } from './operations.js';

export const EVENTS_USAGE = `usage: assay events list [--type relocation|tariff|blacklisting|export_restriction] [--since DATE] [--limit N] [--jsonl]

Prints stored events, newest first, one per line, each with its citations (article url and quote).`;

function summary(event: Event): string {
  switch (event.type) {
    case 'tariff':
      return `${event.imposer} → ${event.target ?? '?'} ${event.action}${event.rate_pct === null ? '' : ` ${event.rate_pct}%`}${event.goods ? ` on ${event.goods}` : ''}`;
    case 'relocation':
      return `${event.company} ${event.scope} ${event.from ?? '?'} → ${event.to} (${event.status})`;
    case 'blacklisting':
      return `${event.authority}${event.list ? ` ${event.list}` : ''} ${event.action} ${event.entity}`;
    case 'export_restriction':
      return `${event.imposer} → ${event.target ?? '?'} ${event.action} export restriction on ${event.goods}`;
  }
}

export async function runEvents(args: string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'list') {
    io.stderr.write(`${EVENTS_USAGE}\n`);
    return action === '--help' || action === '-h' ? 0 : 2;
  }
  let values: { type?: string; since?: string; limit?: string; jsonl?: boolean };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        type: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        jsonl: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.stderr.write(`assay events list: ${(error as Error).message}\n${EVENTS_USAGE}\n`);
    return 2;
  }
  if (values.type && !(EVENT_TYPES as readonly string[]).includes(values.type)) {
    io.stderr.write(`assay events list: --type: must be one of ${EVENT_TYPES.join(', ')}\n`);
    return 2;
  }
  if (values.since && Number.isNaN(Date.parse(values.since))) {
    io.stderr.write(`assay events list: --since: "${values.since}" is not a date (use YYYY-MM-DD)\n`);
    return 2;
  }
  const limit = values.limit ? Number(values.limit) : 100;
  if (!Number.isInteger(limit) || limit < 1) {
    io.stderr.write('assay events list: --limit: must be a whole number above 0\n');
    return 2;
  }
  const config = configOrExplain('events', io);
  if (!config) return 2;
  return withOperations(config, 'events', io, async (operations) => {
    const events = await operations.listEvents({
      ...(values.type ? { type: values.type as EventType } : {}),
      ...(values.since ? { since: values.since } : {}),
      limit,
    });
    for (const event of events) {
      if (values.jsonl) {
        io.stdout.write(`${JSON.stringify(event)}\n`);
        continue;
      }
      io.stdout.write(
        `${event.type.padEnd(12)} ${summary(event)} · confidence ${event.confidence} · ${event.id}\n`,
      );
      for (const c of event.citations)
        io.stdout.write(`    ${c.url ?? '(no url)'}\n      “${c.quote.replace(/\s+/g, ' ')}”\n`);
    }
    if (!values.jsonl) io.stderr.write(`${events.length} event${events.length === 1 ? '' : 's'}\n`);
    return 0;
  });
}
