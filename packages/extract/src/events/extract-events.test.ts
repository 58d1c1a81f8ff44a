import type { ExtractedEvent } from '@assay/schema';
import { extractedEventSchema } from '@assay/schema';
import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.js';

type EventSlotsOnly = ExtractedEvent extends infer E
  ? E extends unknown
    ? Omit<E, 'id' | 'citation'>
    : never
  : never;

/** Events of a short text, without ids and citations, for comparison. */
function eventsOf(text: string, published: string | null = '2025-06-01'): EventSlotsOnly[] {
  const events = extractEvents({ text, published });
  for (const event of events) {
    expect(extractedEventSchema.parse(event)).toEqual(event);
    expect(text.slice(event.citation.start, event.citation.end)).toBe(event.citation.quote);
  }
  return events.map(({ id: _id, citation: _citation, ...slots }) => slots as EventSlotsOnly);
}

describe('tariffs', () => {
  it('reads imposer, target, rate and goods', () => {
    expect(
      eventsOf('The EU imposed provisional anti-dumping duties of up to 35.3% on Chinese electric vehicles.'),
    ).toEqual([
      expect.objectContaining({
        type: 'tariff',
        imposer: 'EU',
        target: 'CN',
        rate_pct: 35.3,
        action: 'impose',
        goods: 'Chinese electric vehicles',
      }),
    ]);
  });

  it('reads raises, cuts and removals', () => {
    expect(eventsOf('Trump raised tariffs on Chinese goods to 145% last week.')).toMatchObject([
      { imposer: 'US', target: 'CN', rate_pct: 145, action: 'raise' },
    ]);
    expect(eventsOf('Japan will cut tariffs on American beef to 9% by 2033.')).toMatchObject([
      { imposer: 'JP', target: 'US', rate_pct: 9, action: 'reduce' },
    ]);
    expect(eventsOf('Washington lifted the tariffs on Canadian lumber in March.')).toMatchObject([
      { imposer: 'US', target: 'CA', action: 'remove', date: '2025-03' },
    ]);
  });

  it('reads surtaxes and retaliatory tariffs announced by a government', () => {
    expect(eventsOf('Canada imposed a 25% surtax on US steel.')).toMatchObject([
      { imposer: 'CA', target: 'US', rate_pct: 25, action: 'impose' },
    ]);
    expect(eventsOf('China announced a 34% retaliatory tariff on all US imports.')).toMatchObject([
      { imposer: 'CN', target: 'US', rate_pct: 34, action: 'impose' },
    ]);
  });

  it('gives each rate and each coordinated target its own event', () => {
    const events = eventsOf(
      'Washington announced a 10% duty on solar panels from Vietnam, with an additional 25% tariff on steel from Canada and Mexico.',
    );
    expect(events.map((e) => e.type === 'tariff' && [e.rate_pct, e.target])).toEqual([
      [10, 'VN'],
      [25, 'CA'],
      [25, 'MX'],
    ]);
  });

  it('merges repeated mentions of one tariff into one event citing the clearest sentence', () => {
    const text =
      'Washington imposed tariffs on Japanese chips. The tariffs of 100 per cent take effect on April 17. Officials said the tariffs were imposed to punish dumping.';
    const events = extractEvents({ text, published: '1987-04-03' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      imposer: 'US',
      target: 'JP',
      rate_pct: 100,
      effective_date: '1987-04-17',
    });
    expect(events[0]?.citation.quote).toBe('The tariffs of 100 per cent take effect on April 17.');
  });

  it('turns threats into threaten and leaves hedged, negated and hypothetical tariffs out', () => {
    expect(eventsOf('Trump threatened to impose a 100% tariff on BRICS countries.')).toMatchObject([
      { imposer: 'US', action: 'threaten', rate_pct: 100 },
    ]);
    expect(eventsOf('The US may impose tariffs on mining rigs.')).toEqual([]);
    expect(eventsOf('Japan did not impose duties on American rice.')).toEqual([]);
    expect(eventsOf('Japan would retaliate if Washington imposed the tariffs on its cars.')).toEqual([]);
    expect(eventsOf('Senators proposed tariffs of 50% on Chinese mining equipment.')).toEqual([]);
    expect(eventsOf('Canada is considering duties on Chinese steel.')).toEqual([]);
  });

  it('ignores tariffs that are not trade measures', () => {
    expect(eventsOf('The regulator cut electricity tariffs for households by 5%.')).toEqual([]);
    expect(eventsOf('The dispute went to the General Agreement on Tariffs and Trade.')).toEqual([]);
  });
});

describe('relocations', () => {
  it('reads company, origin, destination, scope and status', () => {
    expect(eventsOf('Canaan relocated its headquarters to Singapore.')).toEqual([
      expect.objectContaining({
        type: 'relocation',
        company: 'Canaan',
        from: 'CN',
        to: 'SG',
        scope: 'headquarters',
        status: 'completed',
      }),
    ]);
    expect(
      eventsOf('Bitdeer said it will move its headquarters from Singapore to the United States.'),
    ).toMatchObject([{ company: 'Bitdeer', from: 'SG', to: 'US', status: 'announced' }]);
    expect(eventsOf('MicroBT plans to open a factory in Texas.')).toMatchObject([
      { company: 'MicroBT', to: 'US', scope: 'manufacturing', status: 'planned' },
    ]);
  });

  it('gives each company of a list its own event', () => {
    const events = eventsOf(
      'Bitmain, Canaan and MicroBT are shifting their core operations to the United States.',
    );
    expect(events.map((e) => e.type === 'relocation' && e.company).sort()).toEqual([
      'Bitmain',
      'Canaan',
      'MicroBT',
    ]);
  });

  it('extracts organisations the gazetteer does not know, by their names', () => {
    expect(
      eventsOf('Northwind Mining Corp said it will relocate its offices to Denver, Colo., from Toronto.'),
    ).toMatchObject([{ company: 'Northwind Mining', from: 'CA', to: 'US', scope: 'headquarters' }]);
  });

  it('resolves "it" to the company named before', () => {
    expect(
      eventsOf('Bitfarms reported results on Monday. It relocated its mining fleet to Texas in May.'),
    ).toMatchObject([{ company: 'Bitfarms', from: 'CA', to: 'US', scope: 'mining', date: '2025-05' }]);
  });

  it('does not read a move within the home country, with no origin named, as a relocation', () => {
    expect(eventsOf('Hut 8 moved its mining fleet to Texas.')).toEqual([]);
  });

  it('respects denials, negation and modality', () => {
    expect(eventsOf('Bitmain denied plans to move its headquarters to Singapore.')).toEqual([]);
    expect(eventsOf('Riot Platforms did not relocate its mining operations to Paraguay.')).toEqual([]);
    expect(eventsOf('Bitfarms is considering moving its headquarters to the United States.')).toEqual([]);
    expect(eventsOf('Canaan may move production to Malaysia.')).toEqual([]);
  });
});

describe('blacklistings', () => {
  it('reads list additions with authority, list and entity', () => {
    expect(
      eventsOf('The Commerce Department added Sophgo and 11 other entities to the Entity List on Tuesday.'),
    ).toEqual([
      expect.objectContaining({
        type: 'blacklisting',
        authority: 'US',
        list: 'Entity List',
        entity: 'Sophgo',
        action: 'add',
      }),
    ]);
    expect(
      eventsOf('Recently, Sophgo, a subsidiary of Bitmain, was added to the US Entity List.'),
    ).toMatchObject([{ entity: 'Sophgo', authority: 'US' }]);
    expect(eventsOf('Beijing placed Skydio on its unreliable entity list.')).toMatchObject([
      { authority: 'CN', list: 'Unreliable Entity List', entity: 'Skydio', action: 'add' },
    ]);
  });

  it('reads removals and lifted sanctions', () => {
    expect(
      eventsOf('The Pentagon removed Xiaomi from its list of Chinese military companies.'),
    ).toMatchObject([{ authority: 'US', entity: 'Xiaomi', action: 'remove' }]);
    expect(eventsOf('The U.S. lifted sanctions on Rusal in 2019.')).toMatchObject([
      { authority: 'US', entity: 'Rusal', action: 'remove', list: null },
    ]);
  });

  it('reads sanctions on a named organisation, even one the gazetteer does not know', () => {
    expect(eventsOf('OFAC sanctioned Garantex, a Russian exchange.')).toMatchObject([
      { type: 'blacklisting', authority: 'US', entity: 'Garantex', action: 'add', list: null },
    ]);
  });

  it('reads export bans on named companies', () => {
    const events = eventsOf(
      'The Japanese government banned exports by Toshiba Machine and by its agent Itoh Trading Co Ltd.',
    );
    expect(events.map((e) => e.type === 'blacklisting' && [e.authority, e.entity])).toEqual([
      ['JP', 'Toshiba Machine'],
      ['JP', 'Itoh Trading'],
    ]);
  });

  it('leaves proposals and sanctions on whole countries out', () => {
    expect(eventsOf('Senators proposed a ban on Bitmain.')).toEqual([]);
    expect(eventsOf('Sweden imposed sanctions on South Africa.')).toEqual([]);
  });
});

describe('event ids', () => {
  it('are stable across articles that report the same action', () => {
    const a = extractEvents({ text: 'Canaan relocated its headquarters to Singapore.', published: null });
    const b = extractEvents({
      text: 'Last year, Canaan relocated its headquarters to Singapore, the company said.',
      published: null,
    });
    expect(a[0]?.id).toBeDefined();
    expect(a[0]?.id).toBe(b[0]?.id);
  });
});
