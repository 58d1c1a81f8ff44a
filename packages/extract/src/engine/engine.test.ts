import { EVENT_TYPES, extractedEventSchema } from '@assay/schema';
import { describe, expect, it } from 'vitest';
import {
  articleCandidates,
  decideEvents,
  extractEvents,
  fitCalibration,
  getEventModel,
  score,
} from '../index.js';
import { analyseSentence } from './analysis.js';
import { MAX_ANCHORS_PER_SENTENCE } from './candidates.js';
import { eventId } from './event-id.js';
import { MAX_SENTENCE_CHARS } from './extract.js';
import { compileEventType, getEventTypes, parseEventTypeFile } from './taxonomy.js';

// Sentences written for these tests; none is taken from the evaluation corpora.
const events = (text: string, title = '') => {
  const found = extractEvents({ text, published: '2025-03-10', title });
  for (const event of found) {
    expect(extractedEventSchema.parse(event)).toEqual(event);
    for (const c of event.citations ?? [event.citation]) expect(text.slice(c.start, c.end)).toBe(c.quote);
  }
  return found;
};
const slotsOf = (found: ReturnType<typeof events>) =>
  found.map(({ id, confidence, citation, citations, date, ...rest }) => rest);
/** The slots of events of any type, each read by name ("entity", "rate_pct"). */
const slotRecords = (found: ReturnType<typeof events>) => slotsOf(found) as Record<string, unknown>[];
/** Each event's action and date on one line ("impose 2024-12"), for the events found in a text. */
const actionsDated = (text: string) =>
  events(text).map((e) => `${(e as { action?: string }).action} ${e.date}`);
/** Each event's named slots on one line, as text ("impose US CN 34"), for the events found in a text. */
const slotLines = (text: string, ...names: string[]) =>
  slotRecords(events(text)).map((e) => names.map((name) => String(e[name])).join(' '));
/** The candidates of one type in a text (the rules' readings, before the model decides). */
const candidatesOfType = (text: string, type: string) =>
  articleCandidates({ text, published: null }).filter((c) => c.type === type);
/** A slot's values over the candidates of one type (the rules' readings, before the model decides). */
const candidateValues = (text: string, type: string, slot: string) =>
  articleCandidates({ text, published: null }).flatMap((c) => (c.type === type ? [c.slots[slot]] : []));
/** Every candidate of a text read after a headline, published on a known day. */
const candidatesAfterHeadline = (text: string) =>
  articleCandidates({ text: `Headline. ${text}`, published: '2025-03-10' });
const companies = (text: string) => candidateValues(text, 'relocation', 'company');
/** The actor of each tariff reading in its first actor option (the role the type's file lists first). */
const firstImposers = (text: string, sentence?: number) =>
  articleCandidates({ text, published: null }).flatMap((c) =>
    c.type === 'tariff' &&
    c.features.includes('actor_option:0') &&
    (sentence === undefined || c.analysis.index === sentence)
      ? [c.slots.imposer]
      : [],
  );
/** The imposer and target of each tariff reading of one sentence after a headline, in its first actor option. */
const imposersAndTargets = (text: string, sentence: number) =>
  candidatesAfterHeadline(text)
    .filter(
      (c) => c.type === 'tariff' && c.analysis.index === sentence && c.features.includes('actor_option:0'),
    )
    .map((c) => [c.slots.imposer, c.slots.target]);
const entitiesOf = (found: ReturnType<typeof events>) =>
  found.flatMap((e) => (e.type === 'blacklisting' ? [e.entity] : []));
/** Each blacklisting's authority, entity, action and list. */
const listingsOf = (found: ReturnType<typeof events>) =>
  found.flatMap((e) => (e.type === 'blacklisting' ? [[e.authority, e.entity, e.action, e.list]] : []));

describe('event types as data', () => {
  it('declares exactly the schema types, with the schema slot names', () => {
    const types = getEventTypes().map((t) => t.spec.type);
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
    const tariff = getEventTypes().find((t) => t.spec.type === 'tariff');
    expect(tariff?.spec.slots.map((s) => s.name).sort()).toEqual([
      'effective_date',
      'goods',
      'imposer',
      'rate_pct',
      'target',
    ]);
  });

  it('rejects a bad taxonomy file, naming the field', () => {
    expect(() =>
      parseEventTypeFile(
        {
          type: 'x',
          label: 'X',
          description: 'd',
          anchors: [],
          actions: {},
          default_action: 'a',
          slots: [],
          identity: [],
          merge: [],
          directions: {},
        },
        'x.json',
      ),
    ).toThrow(/x\.json: anchors/);
  });

  it('runs a type added from a file, with no new code', () => {
    const closure = compileEventType(
      parseEventTypeFile(
        {
          type: 'mine_closure',
          label: 'Mine closure',
          description: 'A mine closed or suspended.',
          anchors: [{ phrase: 'clos*' }, { phrase: 'shut*' }],
          actions: { close: ['clos*', 'shut*'], reopen: ['reopen*'] },
          default_action: 'close',
          slots: [
            { name: 'company', kind: 'organisation', roles: ['subject'], required: true },
            { name: 'country', kind: 'country', roles: ['prep:in'] },
          ],
          identity: ['company', 'country'],
          merge: ['company'],
          directions: { close: 'down', reopen: 'up' },
        },
        'mine_closure.json',
      ),
    );
    const text = 'Tarnwick Resources Ltd closed its copper mine in Zambia after a flood.';
    const candidates = articleCandidates({ text, published: null }, [closure]);
    const decided = decideEvents(candidates, {
      model: { bias: 2, weights: {}, threshold: 0.5 },
      types: [closure],
    });
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({
      type: 'mine_closure',
      company: 'Tarnwick Resources',
      country: 'ZM',
      action: 'close',
    });
  });
});

describe('extracting events', () => {
  it('expands a list of entities into one blacklisting each', () => {
    const found = events(
      'The Commerce Department added Alpha Minerals Ltd, Borealis Metals Corp and Cobalt Ridge Holdings to the Entity List.',
    );
    const entities = found
      .filter((e) => e.type === 'blacklisting')
      .map((e) => e.type === 'blacklisting' && e.entity);
    expect(entities.sort()).toEqual(['Alpha Minerals', 'Borealis Metals', 'Cobalt Ridge Holdings'].sort());
  });

  it('pairs each rate with its country', () => {
    const found = events('The United States imposed tariffs of 36% on Thailand and 24% on Malaysia.');
    const pairs = found.flatMap((e) => (e.type === 'tariff' ? [[e.target, e.rate_pct]] : []));
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['TH', 36],
        ['MY', 24],
      ]),
    );
  });

  it('resolves a state to its country and "it" to the company named before', () => {
    const found = events(
      'Norvik Mining said on Monday it had moved its mining rigs to Texas from Kazakhstan.',
    );
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'relocation', company: 'Norvik Mining', to: 'US', from: 'KZ' }),
    );
  });

  it('reads an export restriction on goods', () => {
    const found = events('China imposed export controls on gallium and germanium in July 2023.');
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'export_restriction', imposer: 'CN', action: 'impose' }),
    );
    const restriction = found.find((e) => e.type === 'export_restriction');
    expect(restriction?.type === 'export_restriction' && restriction.goods).toMatch(/gallium/);
  });

  it('cites every sentence that states one action, and merges them into one event', () => {
    const text =
      'Canada imposed a 25% tariff on Chinese steel. Ottawa said the 25% tariff on Chinese steel took effect on Friday.';
    const tariffs = events(text).filter((e) => e.type === 'tariff' && e.target === 'CN');
    expect(tariffs).toHaveLength(1);
    expect(tariffs[0]?.citations?.length).toBe(2);
  });

  it('merges a restated action with its first statement across many other events', () => {
    const others = Array.from(
      { length: 40 },
      (_, i) => `Chile added Quillmark Unit ${i + 1} to the Entity List.`,
    );
    const text = [
      'Peru added Veltrano to the Entity List.',
      ...others,
      'Peru added Veltrano to the Entity List.',
    ].join(' ');
    const veltrano = events(text).filter((e) => e.type === 'blacklisting' && e.entity === 'Veltrano');
    expect(veltrano).toHaveLength(1);
    expect(veltrano[0]?.citations).toHaveLength(2);
  });

  it('cites first the sentence that states the action in words of its own', () => {
    const text =
      'Officials said the 40% tariffs on Peruvian copper could be modified. Chile imposed the 40% tariffs on Peruvian copper on May 2.';
    // A model that scores the sentence without an action word of its own higher: the citation order holds.
    const model = { bias: 1, weights: { 'action:default': 2 }, threshold: 0.5 };
    const tariffs = decideEvents(articleCandidates({ text, published: null }), { model }).filter(
      (e) => e.type === 'tariff' && e.target === 'PE',
    );
    expect(tariffs).toHaveLength(1);
    expect(tariffs[0]?.citation.quote).toBe('Chile imposed the 40% tariffs on Peruvian copper on May 2.');
    expect(tariffs[0]?.citations).toHaveLength(2);
  });

  it('cites first the sentence that states most of the key slots in words of its own', () => {
    const text =
      'Peru said when ordering the tariffs that it hoped for talks. Peruvian officials said the 100% tariffs on Chilean wine are to take effect on April 17.';
    const model = { bias: 1, weights: {}, threshold: 0.5 };
    const tariffs = decideEvents(articleCandidates({ text, published: null }), { model }).filter(
      (e) => e.type === 'tariff' && e.action === 'impose',
    );
    expect(tariffs).toHaveLength(1);
    expect(tariffs[0]?.citation.quote).toBe(
      'Peruvian officials said the 100% tariffs on Chilean wine are to take effect on April 17.',
    );
    expect(tariffs[0]?.citations).toHaveLength(2);
  });

  it('gives a prepositional country to the anchor before it, not to a nearer one after it', () => {
    const found = events(
      "Chile's trade ministry said it would ban exports of copper, zinc, tin and silver to Peru, after Lima tightened its export controls.",
    );
    const chile = found.filter((e) => e.type === 'export_restriction' && e.imposer === 'CL');
    expect(chile.map((e) => e.type === 'export_restriction' && e.target)).toEqual(['PE']);
  });

  it('reads where goods were made ("printers made in Peru") as the target, and not as part of the goods', () => {
    const found = slotsOf(
      events('Chile raised the anti-dumping duty on laser printers made in Peru to 30 pct on Monday.'),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ imposer: 'CL', target: 'PE', goods: 'laser printers' }),
    );
  });

  it('reads a ban that a word enacts ("approved a ban") as imposed, and "approved export licences" as easing', () => {
    const actionsOf = (text: string) =>
      events(text).flatMap((e) => (e.type === 'export_restriction' ? [e.action] : []));
    expect(actionsOf("Peru's congress approved a ban on exports of raw zinc ore on Tuesday.")).toEqual([
      'impose',
    ]);
    expect(actionsOf('Peru approved export licences for raw zinc ore to Chile on Tuesday.')).toContain(
      'ease',
    );
  });

  it('reads a control stated as a bar on sales ("a licence to sell", "barred … from selling", "capped exports")', () => {
    const restrictions = (text: string) =>
      slotsOf(events(text)).filter((e) => e.type === 'export_restriction');
    expect(
      restrictions('Peru told Quillmark Devices it would need a licence to sell its memory chips to Chile.'),
    ).toContainEqual(expect.objectContaining({ imposer: 'PE', target: 'CL', action: 'impose' }));
    expect(
      restrictions(
        'Chile barred Veltrano from selling its graphics processors to Peru in March, citing national security.',
      ),
    ).toContainEqual(expect.objectContaining({ imposer: 'CL', target: 'PE', action: 'impose' }));
    expect(restrictions('Peru capped exports of raw zinc ore to Bolivia on Tuesday.')).toContainEqual(
      expect.objectContaining({ imposer: 'PE', target: 'BO', action: 'impose' }),
    );
    expect(
      restrictions('Peru will allow Quillmark Devices to resume sales of its memory chips to Chile.'),
    ).toContainEqual(expect.objectContaining({ imposer: 'PE', target: 'CL', action: 'ease' }));
    expect(restrictions('Quillmark Devices said its sales of memory chips to Chile rose.')).toEqual([]);
    // In an article that never speaks of trade, "barred … from selling" is no export control.
    expect(
      restrictions('Chile barred Veltrano from selling its graphics processors to Peru in March.'),
    ).toEqual([]);
  });

  it('reads a ban with a list of goods before "exports", and licences for shipments, as export controls', () => {
    const goods = (text: string) =>
      candidatesAfterHeadline(text).flatMap((c) => (c.type === 'export_restriction' ? [c.slots.goods] : []));
    expect(goods('Bolivia banned nickel, bauxite and copper exports on Monday.')).toContain(
      'nickel, bauxite and copper',
    );
    expect(goods('The move follows a ban on raw zinc ore exports in 2023 by Bolivia.').join(' ')).toMatch(
      /zinc/,
    );
    expect(goods('Bolivia will require licences for zinc concentrate shipments from next month.')).toContain(
      'zinc concentrate',
    );
    // The goods before the requirement: "exports of copper concentrate would require special licences".
    const required = candidatesAfterHeadline(
      "Lima's trade ministry said exports of copper concentrate would require special licences from June.",
    ).filter((c) => c.type === 'export_restriction');
    expect(required.map((c) => [c.action, c.slots.imposer, c.slots.goods])).toEqual([
      ['impose', 'PE', 'copper concentrate'],
    ]);
    expect(goods('Miners in Peru require licences to dig, the ministry said.')).toEqual([]);
  });

  it('reads licences granted to ship goods, or for a company to sell them, as an eased control', () => {
    const controls = (text: string) =>
      candidatesAfterHeadline(`Chile curbed exports of its chips to Peru in April. ${text}`).flatMap((c) =>
        c.type === 'export_restriction' && c.analysis.text.includes('granted')
          ? [[c.action, c.slots.imposer, c.slots.target]]
          : [],
      );
    expect(controls('Chile has granted Quillmark licences to ship its memory chips to Peru.')).toContainEqual(
      ['ease', 'CL', 'PE'],
    );
    expect(
      controls('Chile granted licences for Quillmark to sell memory chips to Peru on Monday.'),
    ).toContainEqual(['ease', 'CL', 'PE']);
  });

  it('reads a ban after "approved a bill that would", or coordinated after another verb, as a ban', () => {
    const actions = (text: string) => candidatesOfType(text, 'export_restriction').map((c) => c.action);
    expect(actions("Peru's Senate approved a bill that would ban exports of raw zinc ore.")).not.toContain(
      'ease',
    );
    expect(
      actions('Peru revoked the licences of 51 mining companies and suspended zinc exports, officials said.'),
    ).not.toContain('remove');
  });

  it('reads licences required of exporters, or shipments made subject to licensing, as export controls', () => {
    const controls = (text: string) =>
      candidatesAfterHeadline(`Bolivia announced new rules on Friday. ${text}`).flatMap((c) =>
        c.type === 'export_restriction' ? [[c.action, c.slots.imposer, c.slots.goods]] : [],
      );
    expect(
      controls('Exporters of zinc concentrate will need permits from June 1, the ministry said.'),
    ).toContainEqual(['impose', 'BO', 'zinc concentrate']);
    expect(
      controls('Shipments of tin will be subject to licensing from June 1, the ministry said.'),
    ).toContainEqual(['impose', 'BO', 'tin']);
    // Subject to licensing for no goods, or a permit of exporters that is no licence, is no control.
    expect(controls('Drivers will be subject to licensing from June 1, the ministry said.')).toEqual([]);
  });

  it('reads no action in a word of the goods ("scrap"), and names lexicon goods coordinated after a free word', () => {
    expect(
      slotsOf(events('Bolivia introduced a six-month ban on exports of copper scrap on Monday.')),
    ).toEqual([expect.objectContaining({ imposer: 'BO', action: 'impose', goods: 'copper scrap' })]);
    expect(
      candidateValues(
        'Peru will require licences for exports of medium and heavy rare earths.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['heavy rare earths']);
  });

  it('reads goods a company name modifies ("exports of Kestrel chips") as the goods the sentence names', () => {
    const readings = articleCandidates({
      text: 'Peru blocked exports of Kestrel chips from its plants on Monday.',
      published: null,
    }).filter((c) => c.type === 'export_restriction');
    expect(readings.map((c) => c.slots.goods)).toEqual(['chips']);
    expect(readings[0]?.features).toContain('slot:goods:prep:of');
  });

  it('ends a free goods phrase before a participle that opens a clause about it', () => {
    const goods = candidateValues(
      "Chile's 25% tariffs on Peruvian alpaca yarn covered by the old pact were delayed.",
      'tariff',
      'goods',
    );
    expect(goods).toContain('alpaca yarn');
    expect(goods.join(' ')).not.toContain('covered');
  });

  it('takes no goods from a month, a pronoun, a company or a verb, and keeps an adjective participle', () => {
    const goodsOf = (text: string) => candidateValues(text, 'tariff', 'goods');
    expect(goodsOf('Chile had planned to roll out the 50% tariff on June 1.')).not.toContain('june');
    expect(goodsOf('Chile ended the exclusions while raising duties on both to 25%.')).not.toContain('both');
    expect(goodsOf('Chile threatened a 25% tariff imposed on Quillon, a large tech company.')).not.toContain(
      'quillon',
    );
    expect(goodsOf('Chilean tariffs on Peruvian alpaca goods take effect today.').join(' ')).not.toContain(
      'take',
    );
    expect(goodsOf('Chile imposed reciprocal tariffs targeting imports from Peru.').join(' ')).not.toContain(
      'targeting',
    );
    expect(
      goodsOf('Chile put a 2 pct duty on imports of Peruvian frozen\nconcentrated alpaca yarn on Monday.'),
    ).toContain('frozen concentrated alpaca yarn');
  });

  it('ends a goods phrase before a modal or auxiliary verb', () => {
    const goods = candidateValues(
      "Officials have said Chile's 100% tariffs on Peruvian alpaca yarn could be modified next month.",
      'tariff',
      'goods',
    );
    expect(goods.length).toBeGreaterThan(0);
    for (const value of goods) expect(String(value)).not.toMatch(/could|modified/);
  });

  it('gives no event for a negated, hypothetical or generic mention', () => {
    expect(events('Officials said the government did not impose tariffs on copper.')).toEqual([]);
    expect(events('If tariffs are imposed, prices could rise.')).toEqual([]);
  });

  it('reads organisations outside the gazetteer from a list whose members are names', () => {
    const found = events(
      'On Friday the Commerce Department added Veltrano and Quillmark to the Entity List.',
    );
    const entities = entitiesOf(found);
    expect(entities.sort()).toEqual(['Quillmark', 'Veltrano']);
  });

  it('gives each negated, hypothetical, proposed or questioned statement no event', () => {
    for (const text of [
      'The ministry said it would not impose tariffs on imported copper.',
      'Brazil could raise tariffs on steel if talks fail.',
      'Industry groups urged the government to impose tariffs on aluminium.',
      'Will Canada impose tariffs on Chinese steel?',
    ]) {
      expect(events(text), text).toEqual([]);
    }
  });

  it('gives no tariff event for talk about the effect of tariffs, or for a country that only mediates', () => {
    expect(events('The miner cut costs to reduce the impact of tariffs on its margins.')).toEqual([]);
    const mediated = events(
      'The talks, mediated by the Swiss government, did not settle the tariff dispute.',
    );
    expect(mediated.filter((e) => e.type === 'tariff' && e.imposer === 'CH')).toEqual([]);
  });

  it('reads who accepts a measure on its own goods as its target ("agreed to a 15% tariff on its cars")', () => {
    const tariffs = (text: string) =>
      slotsOf(events(text))
        .filter((e) => e.type === 'tariff')
        .map((e) => `${e.imposer} ${e.target}`);
    expect(tariffs('Headline. Chile agreed to a 15% Peruvian tariff on its wine on Monday.')).toEqual([
      'PE CL',
    ]);
    expect(tariffs('Headline. Chile accepted a 15% tariff on its exports to Peru on Monday.')).toEqual([
      'PE CL',
    ]);
    // Agreeing to act is acting.
    expect(tariffs('Headline. Chile agreed to cut its tariffs on Peruvian wine to 5% on Monday.')).toEqual([
      'CL PE',
    ]);
  });

  it('reads "tariffs on Chile and Bolivia, as well as on imported steel" as the countries\' measures and one on the goods', () => {
    expect(
      slotsOf(
        events(
          'Headline. Peru imposed tariffs on Chile and Bolivia, as well as on imported steel, on Monday.',
        ),
      )
        .filter((e) => e.type === 'tariff')
        .map((e) => `${e.target} ${e.goods}`)
        .sort(),
    ).toEqual(['BO null', 'CL null', 'null imported steel']);
  });

  it('reads counter-tariffs as tariffs, and no goods from the letters of a currency ("C$30 billion")', () => {
    expect(
      slotsOf(events('Peru imposed 25% counter-tariffs on C$30 billion of Chilean goods on Monday.')),
    ).toEqual([
      expect.objectContaining({ type: 'tariff', imposer: 'PE', target: 'CL', rate_pct: 25, goods: 'goods' }),
    ]);
    expect(
      slotsOf(events('Peru slapped retaliatory duties of 25% on C$30 billion of Chilean goods on Monday.')),
    ).toEqual([expect.objectContaining({ imposer: 'PE', target: 'CL', rate_pct: 25, goods: 'goods' })]);
  });

  it('reads a surcharge with its rate, a countermeasure on goods and sanctions at a rate as tariffs', () => {
    const tariffs = (text: string) =>
      slotsOf(events(text)).flatMap((e) => (e.type === 'tariff' ? [[e.imposer, e.target, e.rate_pct]] : []));
    expect(
      tariffs('Peru imposed a 15 pct surcharge on imports of Chilean copper products on Monday.'),
    ).toEqual([['PE', 'CL', 15]]);
    expect(
      tariffs('Peru began imposing sanctions of 5 pct on Chilean goods including wine on March 1.'),
    ).toEqual([['PE', 'CL', 5]]);
    expect(
      articleCandidates({
        text: 'Lima will impose countermeasures on 2 billion soles of Chilean goods, including wine, from April 15.',
        published: null,
      }).some((c) => c.type === 'tariff' && c.slots.imposer === 'PE' && c.slots.target === 'CL'),
    ).toBe(true);
    expect(tariffs('Peru imposed sanctions on three Chilean mining executives on Monday.')).toEqual([]);
  });

  it('reads no measure in a generic tariff campaign', () => {
    expect(
      events(
        'This marks the latest escalation in a broader tariff offensive, following threats against Peru and Chile.',
      ),
    ).toEqual([]);
    expect(events("Markets fell on Lima's tariff blitz against its neighbours.")).toEqual([]);
  });

  it("reads no event from a statistic, a price that moved, or a country that ends an institution's name", () => {
    expect(
      events("Peru's trade-weighted average tariff rate has been about 4.1%, against Chile's 6%."),
    ).toEqual([]);
    expect(
      events(
        'Kestrel Mining Corp. shares have moved in the opposite direction to the U.S. dollar this year.',
      ),
    ).toEqual([]);
    const sentence =
      'The chief executive of the Copper Association of Peru said the 25% tariff would hurt miners.';
    const countries = analyseSentence({ text: sentence, start: 0, end: sentence.length }, 0, {
      published: null,
    }).mentions.filter((m) => m.kind === 'country');
    expect(countries).toEqual([]);
  });

  it('does not carry a target from one sentence to an unrelated event in another', () => {
    const found = events(
      'Canada imposed a 25% tariff on Chinese steel. Separately, Hashgrove said it would relocate its rigs from Malaysia to Paraguay by the end of next year.',
    );
    expect(found.filter((e) => e.type === 'tariff' && e.imposer === 'CA' && e.target === 'MY')).toEqual([]);
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'tariff', imposer: 'CA', target: 'CN', rate_pct: 25 }),
    );
  });

  it('takes no actor from a country that faces a measure or is named after a preposition', () => {
    const facing = articleCandidates({
      title: 'Canada faces new duties',
      text: 'President Donald Trump escalated his trade fight with Ottawa on Friday. Canada faces 35% tariffs on its lumber shipments, officials said.',
      published: '2025-03-10',
    }).filter((c) => c.type === 'tariff');
    expect(facing.map((c) => c.slots.imposer)).not.toContain('CA');
    expect(facing).toContainEqual(
      expect.objectContaining({
        slots: expect.objectContaining({ imposer: 'US', target: 'CA', rate_pct: 35 }),
      }),
    );
    // "on Canada and Mexico": the second member is governed by the first one's preposition.
    const listed = candidatesAfterHeadline(
      'The president announced tariffs on Canada and Mexico on Saturday.',
    );
    expect(listed.map((c) => c.slots.imposer)).not.toContain('MX');
    // Struck with a measure undergoes it; hitting back is acting.
    expect(candidatesAfterHeadline('Beijing hit back with duties of 15% on American coal.')).toContainEqual(
      expect.objectContaining({
        slots: expect.objectContaining({ imposer: 'CN', target: 'US', rate_pct: 15 }),
      }),
    );
  });

  it('reads "delayed them" after a measure of the same sentence as a removal of it', () => {
    const readings = candidatesAfterHeadline(
      'President Donald Trump announced tariffs on Canada and Mexico on Saturday, then delayed them until March.',
    ).filter((c) => c.type === 'tariff');
    expect(readings).toContainEqual(
      expect.objectContaining({ action: 'remove', slots: expect.objectContaining({ imposer: 'US' }) }),
    );
    // It acts on that measure: its actor and each of its targets.
    expect(
      readings.filter((c) => c.action === 'remove').map((c) => `${c.slots.imposer} ${c.slots.target}`),
    ).toEqual(['US CA', 'US MX']);
    // Or on the measure of an earlier sentence.
    expect(
      candidatesAfterHeadline(
        'President Donald Trump announced tariffs on Canada and Mexico on Saturday. On Monday he paused them for 30 days.',
      )
        .filter((c) => c.type === 'tariff' && c.action === 'remove')
        .map((c) => `${c.slots.imposer} ${c.slots.target}`),
    ).toEqual(['US CA', 'US MX']);
    // With nothing stated before it, "them" refers to no measure.
    expect(candidatesAfterHeadline('The minister delayed them until March.')).toEqual([]);
  });

  it('reads "duties from Beijing" as issued by Beijing, and "steel from China" as goods from China', () => {
    const tariffs = (text: string) =>
      candidatesAfterHeadline(text).flatMap((c) => (c.type === 'tariff' ? [c.slots] : []));
    expect(tariffs('The move drew retaliatory duties from Beijing on Friday.')).toContainEqual(
      expect.objectContaining({ imposer: 'CN' }),
    );
    expect(tariffs('The EU imposed tariffs on steel from China.')).toContainEqual(
      expect.objectContaining({ imposer: 'EU', target: 'CN' }),
    );
  });

  it('reads no event from a possible step back from a measure ("may ease", "prepared to lift")', () => {
    const actions = (text: string) => candidatesAfterHeadline(text).map((c) => `${c.type}:${c.action}`);
    expect(actions('Beijing may ease its export controls on gallium later this year.')).not.toContain(
      'export_restriction:ease',
    );
    expect(
      actions('Indonesia imposed duties on Thai rice. Its minister said he was prepared to lift them soon.'),
    ).not.toContain('tariff:remove');
    // The measure itself, possible, is the actor's threat.
    expect(actions('Ottawa may impose duties on U.S. steel, the minister said.')).toContain(
      'tariff:threaten',
    );
  });

  it("reads an actor's future action on a condition as a threat, and a past one as the action", () => {
    const actionsOf = (text: string) =>
      candidatesAfterHeadline(text).flatMap((c) => (c.type === 'tariff' ? [c.action] : []));
    expect(
      actionsOf(
        'President Donald Trump said he will impose 25% tariffs on Canadian goods if Ottawa does not act.',
      ),
    ).toEqual(expect.arrayContaining(['threaten']));
    expect(actionsOf('If talks fail, Ottawa will raise tariffs on U.S. dairy to 250%.')).toEqual(
      expect.arrayContaining(['threaten']),
    );
    expect(
      actionsOf('Canada imposed 25% tariffs on U.S. steel in March, even if talks went on.'),
    ).not.toContain('threaten');
  });

  it('reads the countries that face a measure as its targets, not its imposer', () => {
    const found = events(
      'Washington slapped Peru with 30% tariffs, while Ghana, Kenya and Nepal face 25% duties.',
    );
    const tariffs = found.flatMap((e) => (e.type === 'tariff' ? [[e.imposer, e.target, e.rate_pct]] : []));
    expect(tariffs.sort()).toEqual([
      ['US', 'GH', 25],
      ['US', 'KE', 25],
      ['US', 'NP', 25],
      ['US', 'PE', 30],
    ]);
  });

  it('reads a threat to impose as a threat, and a country behind its office as the actor', () => {
    const found = events(
      'The president of Chile threatened to impose a 50% tariff on European Union imports.',
    );
    expect(slotsOf(found)).toEqual([
      expect.objectContaining({
        type: 'tariff',
        action: 'threaten',
        imposer: 'CL',
        target: 'EU',
        rate_pct: 50,
      }),
    ]);
  });

  it("reads an actor's own 'may impose' as a threat, and nobody's 'could face' as no event", () => {
    const threat = slotsOf(
      events(
        'Headline. Late on Friday, the Chilean president said he may impose tariffs on Peruvian copper.',
      ),
    ).filter((e) => e.type === 'tariff');
    expect(threat).toEqual([expect.objectContaining({ action: 'threaten', imposer: 'CL', target: 'PE' })]);
    const forecast = candidatesAfterHeadline(
      'Peruvian exporters could face tariffs on copper, analysts said.',
    );
    expect(forecast.filter((c) => c.action === 'threaten')).toEqual([]);
    const analysts = candidatesAfterHeadline(
      'Analysts said Santiago may impose duties on Peruvian copper if talks stall.',
    );
    expect(analysts.filter((c) => c.action === 'threaten')).toEqual([]);
  });

  it('reads the object of a verb that governs a list word as the entity ("placed X on a blacklist")', () => {
    const found = slotsOf(
      events('Headline. Washington placed Kestrel Avionics Corp on a trade blacklist in 2019.'),
    );
    expect(found).toEqual([
      expect.objectContaining({
        type: 'blacklisting',
        action: 'add',
        authority: 'US',
        entity: 'Kestrel Avionics',
      }),
    ]);
  });

  it('reads goods added to an export control list as export controls, and companies added to it as blacklisting', () => {
    const goods = slotsOf(
      events('Headline. Peru added tin, indium and bismuth to its export control list on Friday.'),
    );
    expect(goods).toContainEqual(
      expect.objectContaining({
        type: 'export_restriction',
        imposer: 'PE',
        goods: 'tin, indium and bismuth',
      }),
    );
    const companies = events(
      'Headline. Peru added Quellora Mining and Tarsin Metals to its export control list, banning Peruvian firms from shipping dual-use items to them.',
    );
    expect(companies.map((e) => e.type)).toEqual(['blacklisting', 'blacklisting']);
    expect(entitiesOf(companies).sort()).toEqual(['Quellora Mining', 'Tarsin Metals']);
    expect(
      candidatesAfterHeadline('Peru added 28 companies to its export control list.').filter(
        (c) => c.type === 'export_restriction',
      ),
    ).toEqual([]);
  });

  it('reads the country of goods that face a tariff as its target ("Chilean exports to Peru face …")', () => {
    expect(
      candidateValues(
        'Chilean exports to Peru face a 30% tariff from Friday, the minister said.',
        'tariff',
        'target',
      ),
    ).toContain('CL');
    expect(
      candidateValues('Goods from Bolivia will face a 20% tariff, Peru said.', 'tariff', 'target'),
    ).toContain('BO');
  });

  it('reads what a company is before its name ("oil trader X") as its descriptor', () => {
    expect(
      entitiesOf(
        events('Headline. Peru added oil trader Tarsin Energy Trading to its sanctions list on Friday.'),
      ),
    ).toEqual(['Tarsin Energy Trading']);
  });

  it('reads "Co., Ltd." as the end of one name, not a company called "Ltd"', () => {
    const entities = entitiesOf(
      events(
        'Headline. Peru added Hefei Quellora Co., Ltd. and Wuxi Tarsin Co., Ltd to its Entity List on Monday.',
      ),
    );
    expect(entities.sort()).toEqual(['Hefei Quellora', 'Wuxi Tarsin']);
  });

  it('reads "its sanctions list" as the list the verb before it adds to, not as the verb "list"', () => {
    const found = candidatesAfterHeadline(
      'The European Union added Quellora Mining to its sanctions list on Friday.',
    ).filter((c) => c.type === 'blacklisting');
    expect(found).toContainEqual(
      expect.objectContaining({
        action: 'add',
        slots: expect.objectContaining({ authority: 'EU', entity: 'Quellora Mining' }),
      }),
    );
  });

  it('merges "the duties" of a later sentence into the measure stated before, whatever the model says', () => {
    const candidates = candidatesAfterHeadline(
      'The European Union will impose anti-dumping duties of 30% on bicycles made in Vietnam, officials said. The duties take effect on Friday.',
    ).filter((c) => c.type === 'tariff');
    // Every reading accepted, so that only the merging decides how many events there are.
    const model = { ...getEventModel(), threshold: 0, calibration: undefined };
    const tariffs = decideEvents(candidates, { model });
    expect(tariffs).toHaveLength(1);
    expect(tariffs[0]).toMatchObject({ imposer: 'EU', target: 'VN', rate_pct: 30 });
    expect(tariffs[0]?.citations?.map((c) => c.quote)).toContain('The duties take effect on Friday.');
  });

  it('reads the members named after an unnamed addition ("Among the companies added were X and Y")', () => {
    const added = (text: string) =>
      candidatesAfterHeadline(text).flatMap((c) =>
        c.type === 'blacklisting' ? [`${c.action} ${c.slots.entity}`] : [],
      );
    expect(
      added(
        'Peru added 14 firms to its export control list on Monday. Among the companies added were Velkor Aero and Tesmaro Photonics.',
      ),
    ).toEqual(['add Velkor Aero', 'add Tesmaro Photonics']);
    expect(
      added(
        'Chile took 3 firms off its export control list. The companies removed include Velkor Aero, a drone maker.',
      ),
    ).toContain('remove Velkor Aero');
    // Without a list stated before, "the companies added" are an index's.
    expect(added('Among the companies added to the index were Velkor Aero and Tesmaro Photonics.')).toEqual(
      [],
    );
  });

  it('reads a name held on a list ("X, on the Entity List since 2019", "has been on") as added, and no sale it bars as an export control', () => {
    const found = (text: string) => candidatesAfterHeadline(text);
    for (const text of [
      'Velkor Aerospace, on the Entity List since 2019, reported higher sales.',
      'Velkor Aerospace has been on the Entity List since 2019, which bars suppliers from selling it technology.',
    ]) {
      const candidates = found(text);
      expect(candidates.flatMap((c) => (c.type === 'blacklisting' ? [c.slots.entity] : []))).toContain(
        'Velkor Aerospace',
      );
      expect(candidates.filter((c) => c.type === 'export_restriction')).toEqual([]);
    }
  });

  it('reads the object inside a verb split by its particle ("took X off the Entity List")', () => {
    expect(
      candidatesAfterHeadline('Washington took Tesmaro Photonics off the Entity List on Friday.').map(
        (c) => `${c.type} ${c.action} ${c.slots.entity}`,
      ),
    ).toEqual(['blacklisting remove Tesmaro Photonics']);
  });

  it('reads a sanctioned person by full name, before the company an apposition names', () => {
    expect(
      entitiesOf(events('The Treasury sanctioned Vladimir Kestrov, the head of Norilsk Nickel, on Friday.')),
    ).toEqual(['Vladimir Kestrov']);
  });

  it('reads the named object of "added … to its list" as the entity, whatever pronoun is around it', () => {
    const entities = (text: string) =>
      candidatesAfterHeadline(text).flatMap((c) => (c.type === 'blacklisting' ? [c.slots.entity] : []));
    // A nationality before the descriptor, "its" before the list, "it" as the subject of the action.
    expect(entities('Washington added Chinese drone maker Velkor Aero to its Entity List.')).toContain(
      'Velkor Aero',
    );
    expect(entities('Beijing added Quorvath Defense to its unreliable entity list.')).toContain(
      'Quorvath Defense',
    );
    expect(
      entities('China said on Friday it had placed Quorvath Defense on its unreliable entity list.'),
    ).toContain('Quorvath Defense');
    // An action word after the list whose object is "them" acts on the names before it.
    expect(
      entities(
        'China said it had placed Quorvath Defense and two other U.S. firms on its unreliable entity list, barring them from trade.',
      ),
    ).toContain('Quorvath Defense');
  });

  it('reads a place whose name holds a country word as the place ("British Columbia", "New Mexico")', () => {
    const moves = slotsOf(
      events('Headline. Kestrel Mining Corp. moved its rigs from British Columbia to New Mexico in May.'),
    ).filter((e) => e.type === 'relocation');
    expect(moves).toEqual([expect.objectContaining({ company: 'Kestrel Mining', from: 'CA', to: 'US' })]);
  });

  it('reads production started in a country ("has started producing", "began making") as manufacturing moved there', () => {
    for (const verb of ['has started producing', 'began making']) {
      expect(
        candidatesAfterHeadline(`Kestrel Devices ${verb} battery packs in Peru to avoid duties on imports.`)
          .filter((c) => c.type === 'relocation')
          .map((c) => c.slots),
      ).toEqual([expect.objectContaining({ company: 'Kestrel Devices', to: 'PE', scope: 'manufacturing' })]);
    }
  });

  it("reads a country whose name is a common word or a person's name only where it stands alone", () => {
    const targets = (text: string) =>
      slotsOf(events(text)).flatMap((e) => (e.type === 'tariff' ? [e.target] : []));
    expect(targets('Peru imposed a 15% tariff on steel from Turkey and Jordan on Monday.')).toEqual([
      'TR',
      'JO',
    ]);
    expect(
      slotsOf(events("Niger's government suspended uranium exports on Monday.")).map(
        (e) => e.type === 'export_restriction' && e.imposer,
      ),
    ).toEqual(['NE']);
    expect(
      candidatesAfterHeadline('Chad Smith said Peru imposed a 15% tariff on steel from Jordan Belfort Mills.')
        .flatMap((c) => [c.slots.imposer, c.slots.target])
        .filter((code) => code === 'TD' || code === 'JO'),
    ).toEqual([]);
  });

  it('reads "suspended the export ban" as its removal, and a ban on exports to named entities as no export control', () => {
    const restrictions = (text: string) =>
      candidatesAfterHeadline(text).filter((c) => c.type === 'export_restriction');
    expect(
      restrictions('Peru suspended the export ban on zinc ore to Chile until November.')
        .filter((c) => c.features.includes('reading:0'))
        .map((c) => c.action),
    ).toEqual(['remove']);
    expect(
      restrictions(
        'Peru added Tesmaro Aerospace and Belmont Defense to its export control list, banning exports of dual-use items to the two companies.',
      ),
    ).toEqual([]);
    expect(
      restrictions(
        'Peru said it would add 12 foreign entities to its list, banning exports of dual-use items to them.',
      ),
    ).toEqual([]);
    // Exports to parties with no goods named: the measure is on the parties.
    expect(
      restrictions('Peru banned exports to 28 Chilean defense firms, including Tesmaro Aerospace.'),
    ).toEqual([]);
    expect(restrictions('Peru banned zinc exports to Chilean companies.')).not.toEqual([]);
  });

  it('reads a suspended export ban as its removal, and a suspension of exports as a ban', () => {
    const lifted = candidatesAfterHeadline(
      'Vietnam has suspended a ban on exports of tungsten and antimony to Japan, its trade ministry said.',
    ).filter((c) => c.type === 'export_restriction');
    expect(lifted).toContainEqual(
      expect.objectContaining({
        action: 'remove',
        slots: expect.objectContaining({ imposer: 'VN', target: 'JP' }),
      }),
    );
    const halted = candidatesAfterHeadline(
      'Chile extended its suspension of lithium exports by three months.',
    );
    expect(halted).toContainEqual(
      expect.objectContaining({
        type: 'export_restriction',
        slots: expect.objectContaining({ imposer: 'CL' }),
      }),
    );
  });

  it('reads a revoked, suspended or cancelled export licence as a restriction, not as its removal', () => {
    const actions = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'export_restriction')
        .map((c) => c.action);
    for (const text of [
      'Guinea revoked the bauxite export licence of Kaloum Alumina, halting shipments.',
      'Peru suspended the export permits of three zinc smelters.',
      'Peru cancelled export licences for rare earth magnets to Chilean firms.',
    ]) {
      expect(actions(text)).toContain('impose');
      expect(actions(text)).not.toContain('remove');
    }
  });

  it('reads a ban on sales of goods abroad as an export ban where the article speaks of exports', () => {
    const restrictions = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'export_restriction')
        .map((c) => [c.action, c.slots.imposer, c.slots.target]);
    expect(restrictions('Peru lifted its ban on sales of chip design software to Chile.')).toContainEqual([
      'remove',
      'PE',
      'CL',
    ]);
    // With nothing about exports in the article, a ban on sales is a domestic rule.
    expect(restrictions('Peru confirmed its ban on sales of new petrol cars from 2035.')).toEqual([]);
  });

  it('reads an export tax as a tariff and a moratorium on exports as an export ban, an export tax break as neither', () => {
    expect(
      candidatesAfterHeadline('Peru introduced a 10% export tax on raw zinc last year.').map((c) => [
        c.type,
        c.slots.imposer,
        c.slots.rate_pct,
      ]),
    ).toContainEqual(['tariff', 'PE', 10]);
    const lifted = candidatesAfterHeadline('Peru lifted a two-year moratorium on exports of scrap metal.');
    expect(lifted).toContainEqual(
      expect.objectContaining({
        type: 'export_restriction',
        action: 'remove',
        slots: expect.objectContaining({ imposer: 'PE', goods: 'scrap metal' }),
      }),
    );
    expect(
      candidatesAfterHeadline(
        'Peru began imposing duties of 5% on paper in a dispute over Chilean export tax breaks.',
      )
        .filter((c) => c.type === 'tariff')
        .map((c) => c.slots.imposer),
    ).toEqual(['PE']);
  });

  it('reads a country before a verb of the measure as its subject, before an adjective as its modifier', () => {
    const imposerRoles = (text: string, action: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.action === action)
        .flatMap((c) => c.features.filter((feature) => feature.startsWith('slot:imposer:')));
    expect(imposerRoles('Peru eased export restrictions on zinc to Chile.', 'ease')).toEqual([
      'slot:imposer:subject',
    ]);
    expect(imposerRoles('Chilean retaliatory tariffs on Peruvian zinc go into effect.', 'impose')).toContain(
      'slot:imposer:modifier',
    );
  });

  it('reads an institution named with "of" whole, and a ministry as no company', () => {
    const found = entitiesOf(
      events(
        'Headline. The Commerce Department added the Harbin Institute of Aerospace Technology to the Entity List on Friday, the Ministry of Commerce said.',
      ),
    );
    expect(found).toContain('Harbin Institute of Aerospace Technology');
    expect(found).not.toContain('Commerce');
  });

  it('reads export bans worded around the goods, with the goods the lexicon knows inside the phrase', () => {
    const restrictions = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'export_restriction')
        .map((c) => ({ imposer: c.slots.imposer, goods: c.slots.goods }));
    expect(restrictions('Guinea halted bauxite exports for two months.')).toContainEqual({
      imposer: 'GN',
      goods: expect.stringMatching(/^bauxite/),
    });
    expect(restrictions('Congo suspended cobalt exports for four months.')).toContainEqual({
      imposer: 'CD',
      goods: 'cobalt',
    });
    const candidates = candidatesAfterHeadline(
      'Zimbabwe introduced a ban on exports of raw lithium ore.',
    ).filter((c) => c.type === 'export_restriction');
    expect(candidates[0]?.features).toContain('slot:goods:prep:of');
    expect(candidates[0]?.slots.goods).toBe('raw lithium ore');
  });

  it("reads the country that modifies 'export controls' as their imposer, not the main clause's subject", () => {
    const candidates = candidatesAfterHeadline(
      'Beijing was angry when a chip designer, complying with U.S. export controls, cut off access to its software.',
    ).filter((c) => c.type === 'export_restriction');
    expect(candidates[0]?.slots.imposer).toBe('US');
  });

  it('reads the country kept from goods as the target of an export control, whichever anchor is nearer', () => {
    const restrictions = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'export_restriction')
        .map((c) => ({ imposer: c.slots.imposer, target: c.slots.target, goods: c.slots.goods }));
    // Two anchors, one action: both readings share the target and the goods, so they make one event.
    const both = restrictions(
      "Last year Washington introduced export controls to limit Russia's access to advanced machine tools.",
    );
    expect(both.length).toBeGreaterThanOrEqual(2);
    for (const reading of both)
      expect(reading).toEqual({ imposer: 'US', target: 'RU', goods: 'advanced machine tools' });
    expect(
      restrictions('Japan has barred Iranian companies from buying its chipmaking tools.'),
    ).toContainEqual({
      imposer: 'JP',
      target: 'IR',
      goods: 'chipmaking tools',
    });
    expect(
      restrictions('Dutch export rules keep the most advanced lithography machines from entering Russia.'),
    ).toContainEqual(expect.objectContaining({ imposer: 'NL', target: 'RU' }));
    // The gerund after "from" takes the goods as its object; it is no modifier of them.
    expect(
      restrictions('Canadian export controls block Russia from obtaining advanced semiconductors.'),
    ).toContainEqual({ imposer: 'CA', target: 'RU', goods: 'advanced semiconductors' });
    expect(
      restrictions('Japanese export rules stop Iran from getting advanced semiconductors.'),
    ).toContainEqual(expect.objectContaining({ imposer: 'JP', target: 'IR' }));
    // The country kept from the goods never keeps itself from them.
    expect(
      restrictions(
        'New rules stop Russia from obtaining advanced semiconductors, Russian officials said.',
      ).filter((r) => r.imposer === 'RU' && r.target === null),
    ).toEqual([]);
    expect(restrictions("Tariffs limit India's access to the European market.")).toEqual([]);
  });

  it('reads "the country" as the country named before it in the sentence', () => {
    const found = slotsOf(
      events(
        "Headline. Last week, Brazil imposed duties on U.S. ethanol over Washington's 15% tariffs against the country.",
      ),
    ).filter((e) => e.type === 'tariff' && e.imposer === 'US');
    expect(found).toContainEqual(expect.objectContaining({ target: 'BR', rate_pct: 15 }));
  });

  it('marks a measure named in a clause that frames the main statement ("While …")', () => {
    const features = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'tariff')
        .map((c) => c.features.includes('subordinate_clause'));
    expect(
      features("While regretting Canada's tariffs on U.S. steel, the minister said talks would go on."),
    ).toContain(true);
    expect(features('Canada imposed tariffs on U.S. steel on Monday.')).not.toContain(true);
  });

  it('takes no actor from who reacts to a measure ("called the tariffs unjustified", "condemned the duties")', () => {
    const imposers = (text: string) =>
      slotsOf(events(text)).flatMap((e) => (e.type === 'tariff' ? [e.imposer] : []));
    expect(
      imposers(
        'Peru raised tariffs on imported steel to 50% on Monday. Chile, the largest supplier of steel to Peru, called the 50% tariffs unjustified.',
      ),
    ).not.toContain('CL');
    expect(imposers('Chile condemned the new duties on its copper on Tuesday.')).not.toContain('CL');
  });

  it('reads no action from a forecast of others ("could prompt Lima to tighten its curbs")', () => {
    expect(
      candidatesAfterHeadline(
        'Analysts said the move could prompt Lima to tighten its own copper export curbs.',
      ).filter((c) => c.type === 'export_restriction' && c.action !== 'impose'),
    ).toEqual([]);
  });

  it('reads a number word and a nationality before a name or goods as theirs ("of seven rare earths", "including U.S. drone maker X")', () => {
    expect(
      candidateValues(
        'Peru restricted exports of seven rare earths in April, causing shortages of magnets.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['seven rare earths']);
    expect(
      candidatesAfterHeadline(
        'Peru added 14 foreign entities, including U.S. drone maker Tesmaro Robotics, to its export control list.',
      ).flatMap((c) => (c.type === 'blacklisting' ? [c.slots.entity] : [])),
    ).toContain('Tesmaro Robotics');
  });

  it('takes no target from where a company moves from ("from Uruguay to Brazil")', () => {
    const targets = slotsOf(
      events(
        'Miners face higher costs after Peru imposed tariffs of up to 36% on rigs on Monday. Separately, Kestrel Mining Corp. moved its rigs from Uruguay to Brazil in May.',
      ),
    ).flatMap((e) => (e.type === 'tariff' ? [e.target] : []));
    expect(targets).not.toContain('UY');
  });

  it('proposes no candidate for a hypothetical action or a question, and finds no event in a negated one', () => {
    for (const text of [
      'If Peru banned exports of copper concentrate, smelters would close.',
      'Would Peru ban exports of copper concentrate?',
    ])
      expect(candidatesAfterHeadline(text).filter((c) => c.type === 'export_restriction')).toEqual([]);
    expect(
      events('Peru did not impose export restrictions on copper, despite pressure from unions.'),
    ).toEqual([]);
    // However low the threshold: a negated action is no event.
    const negated = candidatesAfterHeadline(
      'Peru did not impose tariffs of 25% on Chilean copper on Monday.',
    );
    expect(negated.map((c) => c.modality)).toContain('negated');
    expect(decideEvents(negated, { model: { ...getEventModel(), threshold: 0.01 } })).toEqual([]);
  });

  it('marks an action stated in full in its own sentence (action word, actor and two more slots), rate or not', () => {
    const full = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'tariff' && c.features.includes('actor_option:0'))
        .map((c) => c.features.includes('stated_in_full'));
    expect(full('Canada imposed duties on U.S. steel on Monday.')).toContain(true);
    // A plan of the actor's own is stated in full too (the guidelines count it as the action); the actor from
    // context, a possibility, or no action word is not.
    expect(full('Canada plans to impose duties on U.S. steel.')).toContain(true);
    expect(
      full('Canada is a big steel buyer. The duties on U.S. steel were imposed on Monday.'),
    ).not.toContain(true);
    expect(full('Canada may impose duties on U.S. steel.')).not.toContain(true);
    expect(full('Canada’s duties on U.S. steel are 25%.')).not.toContain(true);
  });

  it('reads who grants a reprieve from a tariff as its imposer, and who receives it as its target', () => {
    const found = slotsOf(
      events('Headline. Mexico won a reprieve from Washington on a 30% tariff on its tomato exports.'),
    ).filter((e) => e.type === 'tariff');
    expect(found).toContainEqual(expect.objectContaining({ imposer: 'US', target: 'MX', rate_pct: 30 }));
    expect(found).not.toContainEqual(expect.objectContaining({ imposer: 'MX' }));
    // The subject of a grant verb grants; its indirect object receives.
    const granted = slotsOf(
      events('Headline. Peru granted Chile a one-month waiver from the 25 percent duties on Monday.'),
    ).filter((e) => e.type === 'tariff');
    expect(granted).toContainEqual(
      expect.objectContaining({ action: 'remove', imposer: 'PE', target: 'CL', rate_pct: 25 }),
    );
    expect(granted).not.toContainEqual(expect.objectContaining({ imposer: 'CL' }));
    // The object of an exemption is spared the measure; it does not impose it.
    expect(
      candidateValues(
        'Peru agreed to exempt Chile from the 25% copper tariffs on Monday.',
        'tariff',
        'imposer',
      ),
    ).not.toContain('CL');
  });

  it('gives each of two coordinated measures its own countries and rates', () => {
    const orders = slotsOf(
      events(
        'Headline. Peru signed an order imposing 25% tariffs on imports from Chile and Bolivia and a 10% tariff on goods from Ecuador.',
      ),
    ).filter((e) => e.type === 'tariff');
    expect(orders.map((e) => [e.target, e.rate_pct]).sort()).toEqual([
      ['BO', 25],
      ['CL', 25],
      ['EC', 10],
    ]);
    const raises = slotsOf(
      events(
        'Headline. Peru quadrupled tariffs on Chilean wine to 100% and doubled duties on copper to 50%.',
      ),
    ).filter((e) => e.type === 'tariff');
    expect(raises).toContainEqual(expect.objectContaining({ action: 'raise', goods: 'wine', rate_pct: 100 }));
    expect(raises).toContainEqual(
      expect.objectContaining({ action: 'raise', goods: 'copper', rate_pct: 50 }),
    );
  });

  it('reads a place and its country ("Penang, Malaysia") as one destination, not a list of two', () => {
    const moves = articleCandidates({
      text: 'Orevale Mining moved its production to a new factory in Penang, Malaysia, last year.',
      published: null,
    }).filter((c) => c.type === 'relocation');
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.flatMap((c) => c.features)).not.toContain('list_member');
  });

  it('reads "tariffs on X goods, including 15% duties on coal" as one measure with the detailed rate', () => {
    const found = slotsOf(
      events(
        'Headline. Brazil introduced retaliatory tariffs on Canadian goods, including 12% duties on potash and lumber.',
      ),
    ).filter((e) => e.type === 'tariff');
    expect(found).toEqual([expect.objectContaining({ imposer: 'BR', target: 'CA', rate_pct: 12 })]);
  });

  it('reads a ban on dealing with a named company as its blacklisting, and "Bank" as no ban', () => {
    expect(
      slotsOf(
        events('Headline. In 2023, Peru banned state firms from buying from the chipmaker Veltrano Corp.'),
      ),
    ).toContainEqual(expect.objectContaining({ type: 'blacklisting', authority: 'PE', entity: 'Veltrano' }));
    expect(
      entitiesOf(
        events('Headline. The U.S. Treasury sanctioned Bank Orsha in 2018 for supporting Kestrel Logistics.'),
      ),
    ).toEqual(['Bank Orsha']);
  });

  it("reads nothing in a feed's footer that repeats the headline", () => {
    const text =
      'Headline. The post Veltrano Moves Mining Rigs to Texas to Dodge Tariffs appeared first on Coin Ledger.';
    expect(articleCandidates({ text, published: '2025-03-10' })).toEqual([]);
  });

  it('reads names after a description of them ("two Chinese firms, X and Y,") as the entities', () => {
    const found = events(
      'Headline. The Commerce Department removed two Chinese firms, Qilu Photonics and Hanshan Robotics, from the Unverified List.',
    );
    expect(entitiesOf(found).sort()).toEqual(['Hanshan Robotics', 'Qilu Photonics']);
  });

  it('reads names with a descriptor of what they are ("drone maker X") as the entities of a list', () => {
    const listed = events(
      'Headline. Peru added 9 foreign firms, including drone maker Quillon Aero and chip designer Tarvo Semi, to its Entity List.',
    );
    expect(entitiesOf(listed).sort()).toEqual(['Quillon Aero', 'Tarvo Semi']);
    const objects = events('Headline. Peru added chipmaker Quillon Aero to its Entity List on Monday.');
    expect(entitiesOf(objects)).toEqual(['Quillon Aero']);
  });

  it('reads a descriptor of two nouns before its head ("rare earth processor X") as the name\'s', () => {
    const objects = events(
      'Headline. Peru added rare earth processor Quillon Aero to its Entity List on Monday.',
    );
    expect(entitiesOf(objects)).toEqual(['Quillon Aero']);
    const listed = events(
      'Headline. Peru added drone maker Tarvo Semi and lithium battery maker Cusco Quantica to its Entity List.',
    );
    expect(entitiesOf(listed).sort()).toEqual(['Cusco Quantica', 'Tarvo Semi']);
  });

  it('reads "a unit of X" and a name a city opens as members of a list after "including", all removed', () => {
    const found = events(
      'Headline. Peru removed 12 firms from its Entity List, including Cusco Quantica and a unit of Tarvo Semi.',
    );
    expect(entitiesOf(found).sort()).toEqual(['Cusco Quantica', 'Tarvo Semi']);
    expect(found.map((e) => e.type === 'blacklisting' && e.action)).not.toContain('add');
  });

  it('reads a pronoun or "the exchange" as the object of "added … to the list" as the company named before', () => {
    const entities = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'blacklisting' && c.analysis.index === 1 ? [c.slots.entity] : [],
      );
    expect(entities('Veltrano Corp was fined on Tuesday. Peru added it to its Entity List.')).toContain(
      'Veltrano',
    );
    expect(
      entities('Quillon Exchange Corp was fined. Peru added the exchange to its Entity List.'),
    ).toContain('Quillon Exchange');
  });

  it("keeps a government's office word in its name ('the U.S. Treasury Department'), not as a company", () => {
    const entities = candidateValues(
      'The U.S. Treasury Department on Tuesday sanctioned Veltrano for evading duties, adding it to the SDN list.',
      'blacklisting',
      'entity',
    );
    expect(entities).toContain('Veltrano');
    expect(entities).not.toContain('Department');
  });

  it('reads the nationality of the imports a tariff is on as its target', () => {
    const found = slotsOf(
      events(
        'Headline. The European Community will impose a 20 pct duty on imports of Japanese typewriters.',
      ),
    ).filter((e) => e.type === 'tariff');
    expect(found).toContainEqual(expect.objectContaining({ imposer: 'EU', target: 'JP', rate_pct: 20 }));
  });

  it('gives each anchor of a sentence the rate and goods that stand nearest to it', () => {
    const text =
      'Chile will introduce 25% tariffs on all steel imports, as well as reciprocal tariffs on countries that tax its exports.';
    const candidates = articleCandidates({ text, published: null }).filter((c) => c.type === 'tariff');
    const second = text.indexOf('reciprocal');
    const byAnchor = (before: boolean) =>
      candidates.filter((c) => (c.analysis.tokens[c.anchorStart]?.start ?? 0) < second === before);
    expect(byAnchor(true).length).toBeGreaterThan(0);
    expect(byAnchor(false).length).toBeGreaterThan(0);
    for (const c of byAnchor(true)) expect(c.slots.rate_pct).toBe(25);
    for (const c of byAnchor(false)) expect(c.slots.rate_pct).toBeNull();
  });

  it('takes no name from an opening word or from a headline-style line', () => {
    expect(
      companies('Meanwhile, Hashgrove announced plans to move its headquarters to Texas.'),
    ).not.toContain('Meanwhile');
    expect(companies('Chinese Rig Makers Begin Moving Their Factories to the US')).toEqual([]);
  });

  it('reads the name before an apposition, not the one inside it', () => {
    const found = events(
      'Quillmark, an AI-focused subsidiary of Bitmain, was added to the Entity List on Tuesday.',
    );
    expect(entitiesOf(found)).toEqual(['Quillmark']);
  });

  it('reads a name joined by an ampersand as one company ("Brandt & Sons Co.")', () => {
    expect(companies('Brandt & Sons Co. will move its headquarters from Ohio to Toronto.')).toContain(
      'Brandt & Sons',
    );
    expect(companies('Brandt & Sons Co. will move its headquarters from Ohio to Toronto.')).not.toContain(
      'Sons',
    );
  });

  it('takes a name followed by an apposition about a company as an organisation', () => {
    const found = events(
      'Veltrano, a chip designer based in Shenzhen, said it would move its production to Texas.',
    );
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'relocation', company: 'Veltrano', to: 'US' }),
    );
  });

  it('gives goods that only point back ("these exports") the goods of the earlier event', () => {
    const found = events(
      'Peru banned exports of raw alpaca fibre on Monday, its trade ministry said. ' +
        'In March 2021, the government had imposed restrictions on these exports.',
    );
    const restrictions = found.filter((e) => e.type === 'export_restriction');
    expect(restrictions.map((e) => [e.date, e.goods])).toEqual([
      ['2025-03-10', 'raw alpaca fibre'],
      ['2021-03', 'raw alpaca fibre'],
    ]);
  });

  it('reads "every country that charges duties" as the targets of a tariff, not as goods or an imposer', () => {
    const found = slotsOf(
      events(
        'President Trump said on Wednesday he would impose a reciprocal tariff on every country that charges duties on American shipments.',
      ),
    ).filter((e) => e.type === 'tariff');
    expect(found).toEqual([expect.objectContaining({ imposer: 'US', goods: null })]);
    // The duties any such country charges are no candidate at all.
    const candidates = articleCandidates({
      text: 'President Trump said he would impose a tariff on any nation that charges duties on American cars.',
      published: '2025-03-10',
    });
    expect(candidates.filter((c) => c.features.includes('anchor:duties'))).toEqual([]);
    expect(candidates.filter((c) => c.features.includes('anchor:tariff')).length).toBeGreaterThan(0);
  });

  it('takes no company from an industry word or a market move', () => {
    expect(
      companies('Oil advanced from near its lowest levels as shrinking Russian production eased concerns.'),
    ).not.toContain('Oil');
    expect(
      candidateValues(
        'Steel stocks surged on the tariff news, with Ironvale jumping 17.9%.',
        'tariff',
        'rate_pct',
      ),
    ).not.toContain(17.9);
  });

  it('reads "he" as the leader named before it, not a country between them', () => {
    const imposers = (text: string) => firstImposers(text);
    expect(
      imposers(
        'President Lula accused Japan of breaking its promises, which pushed him to raise tariffs on cars to 35%.',
      ),
    ).toEqual(expect.arrayContaining(['BR']));
    expect(
      imposers(
        'President Lula accused Japan of breaking its promises, which pushed him to raise tariffs on cars to 35%.',
      ),
    ).not.toContain('JP');
    expect(
      imposers('Prime Minister Carney spoke on Monday. He later suspended the tariffs on steel.'),
    ).toContain('CA');
    expect(
      imposers('President Lula welcomed Prime Minister Carney hours after he unveiled tariffs on cars.'),
    ).toContain('BR');
  });

  it('reads the antecedent of a relative clause as the actor, and a demonym before imports as the target', () => {
    const found = events(
      'Officials voiced regret over the U.S. measures, which will impose 100% tariffs on Japanese imports of power tools.',
    );
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'tariff', imposer: 'US', target: 'JP', rate_pct: 100 }),
    );
  });

  it('reads no event from utility tariffs or a company named by a word after a colon', () => {
    expect(
      events('Tariffs for power transmission via the national grid will increase by 11.5% next year.'),
    ).toEqual([]);
    expect(
      companies('Supply shifts: Tariffs are leading rig makers to set up production in the US.'),
    ).not.toContain('Tariffs');
  });

  it('takes an unknown name that opens a sentence as the company, but not a plural common noun', () => {
    expect(companies('Hashgrove said it will relocate its plant to Texas.')).toContain('Hashgrove');
    expect(companies('Veltrano will move its manufacturing operations to Dixon, Ill.')).toContain('Veltrano');
    expect(companies('Tariffs will move production to Texas.')).toEqual([]);
  });

  it('keeps a named kind of measure apart from another tariff of the same actor', () => {
    const candidates = articleCandidates({
      text: 'Chile raised tariffs on copper wire to 25% on Monday. It will also announce reciprocal tariffs on Friday.',
      published: null,
    }).filter((c) => c.type === 'tariff');
    expect(candidates.some((c) => c.measure === 'reciprocal')).toBe(true);
    expect(candidates.some((c) => c.measure === null)).toBe(true);
    const found = decideEvents(candidates, {
      model: { bias: 5, weights: {}, threshold: 0.5 },
    }).filter((e) => e.type === 'tariff' && e.imposer === 'CL');
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('reads the subject of a clause opened by "after" as the actor', () => {
    const imposers = firstImposers(
      'The move came after Chile introduced retaliatory tariffs on US goods and 15% duties on coal.',
    );
    expect(imposers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(imposers)).toEqual(new Set(['CL']));
  });

  it('takes no company from units, currencies or capitalised plurals', () => {
    for (const text of [
      'Over the past month, nearly 50,000 BTC moved into US spot ETFs.',
      'Markets in Japan are closed, so there will be no Treasuries trading in Asia after moves in U.S. yields.',
    ]) {
      expect(companies(text), text).toEqual([]);
    }
  });

  it('reads the subject of the main clause as the one "being added" to a list', () => {
    const found = events(
      'Veltrano is in talks with regulators after being added to the Entity List last week.',
    );
    expect(entitiesOf(found)).toEqual(['Veltrano']);
  });

  it('reads a subject across a chain of appositions, and a listed subject as each of its members', () => {
    const found = events(
      'Veltrano, Quillmark and Hashgrove, three of the biggest rig makers in the world by sales last year, are moving their assembly lines to Texas.',
    );
    expect(found.flatMap((e) => (e.type === 'relocation' ? [e.company] : [])).sort()).toEqual([
      'Hashgrove',
      'Quillmark',
      'Veltrano',
    ]);
    const one = events(
      'Hashgrove, the largest maker of mining rigs, headquartered in Shenzhen, began assembling its machines in Texas in March.',
    );
    expect(slotsOf(one)).toContainEqual(
      expect.objectContaining({ type: 'relocation', company: 'Hashgrove', to: 'US' }),
    );
  });

  it('reads the speaker of a quote without a subject as its actor', () => {
    const imposers = firstImposers('Will announce reciprocal tariffs over two days, says President Lula.');
    expect(imposers).toContain('BR');
  });

  it("reads the possessor of the measure's own noun phrase as its actor, whoever the subject is", () => {
    expect(
      firstImposers("Brazil said it would answer President Macron's imposition of duties on beef.")[0],
    ).toBe('FR');
    expect(firstImposers('Mexico imposed quotas in reply to Canada’s 15% tariffs on pork.')[0]).toBe('CA');
  });

  it('reads a relative clause after the anchor by its own verb, not by the main clause', () => {
    // The rules' readings: whether such a reference is an event is the model's to weigh.
    const readings = candidatesOfType(
      'Retailers have warned of the cost of the tariffs President Lula has imposed on Chile and Peru.',
      'tariff',
    )
      .filter((c) => c.features.includes('actor_option:0'))
      .map((c) => [c.action, c.slots.imposer, c.slots.target]);
    expect(readings).toEqual([
      ['impose', 'BR', 'CL'],
      ['impose', 'BR', 'PE'],
    ]);
  });

  it('reads no threat where others than an actor warn of a measure', () => {
    const actions = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) => (c.type === 'tariff' ? [c.action] : []));
    expect(actions('Brazil imposed duties on Chile. Economists warned of duties on Peru.')).not.toContain(
      'threaten',
    );
    expect(actions("Brazil's president warned of duties on Peru.")).toContain('threaten');
  });

  it('reads a tax with a rate as a tariff, and a tax without one as none', () => {
    const found = events('Chile is hitting imported copper wire with a 12 per cent tax from May.');
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'tariff', imposer: 'CL', rate_pct: 12, action: 'impose' }),
    );
    expect(events('Chile raised its income tax on mining companies.')).toEqual([]);
    // A rated tax on pay is no tariff either.
    expect(events('Chile set a 7% tax on earned wages to fund pensions from May.')).toEqual([]);
  });

  it("takes the article's actor from its agencies rather than from countries named in a list", () => {
    const imposers = candidateValues(
      "China, Cambodia and Vietnam buy most of the country's wool. The government on Monday banned exports of raw wool priced below $5 a kilogram. The Directorate General of Foreign Trade said the ban protects local mills.",
      'export_restriction',
      'imposer',
    );
    expect(imposers[0]).toBe('IN');
  });

  it("gives an anchor coordinated with an earlier one that anchor's actor, and no weekday as goods", () => {
    const reciprocal = articleCandidates({
      text: 'Speaking to reporters, Lula said he would announce on Monday 25% tariffs on all steel imports into Brazil, and reveal other reciprocal tariffs on Tuesday.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.measure === 'reciprocal');
    expect(reciprocal[0]?.slots.imposer).toBe('BR');
    expect(reciprocal[0]?.features).toContain('slot:imposer:coordinated');
    expect(reciprocal.map((c) => c.slots.goods)).not.toContain('tuesday');
  });

  it('reads "designated" and "the list" as sanctions only in an article that speaks of sanctions', () => {
    const blacklisted = (text: string) => candidatesOfType(text, 'blacklisting');
    expect(
      blacklisted('December 21 has been designated World Meditation Day by the United Nations.'),
    ).toEqual([]);
    expect(blacklisted('The Harlow Pro is the designated racing shoe of the Tallis Marathon.')).toEqual([]);
    expect(blacklisted('Leading the list of the top 10 insurers is Harlow Mutual Group.')).toEqual([]);
    // A list of those eligible for something is no restrictive list; one of those subject to sanctions is.
    expect(
      blacklisted('The Treasury named Kestrel Mining on a list of companies eligible for tax credits.'),
    ).toEqual([]);
    expect(
      blacklisted('The Treasury added Kestrel Mining to a list of companies subject to sanctions.').map(
        (c) => c.slots.entity,
      ),
    ).toContain('Kestrel Mining');
    expect(
      blacklisted(
        'The Treasury designated Marek Halloway, a broker accused of shipping drone parts to Iran.',
      ).map((c) => c.slots.entity),
    ).toContain('Marek Halloway');
    expect(
      blacklisted(
        'Britain imposed sanctions on four shipping firms on Friday. It also designated Crestmoor Shipping, a Dubai-based manager.',
      ).map((c) => c.slots.entity),
    ).toContain('Crestmoor Shipping');
  });

  it('reads general verbs of restriction as export controls only in an article that speaks of trade', () => {
    const controls = (text: string) => candidatesOfType(text, 'export_restriction');
    expect(
      controls('In Ohio, the malware restricts access to a computer until its owner pays a ransom.'),
    ).toEqual([]);
    expect(
      controls(
        'In 1670, Dorothy Jones became the first person in Boston to receive a license to sell coffee.',
      ),
    ).toEqual([]);
    expect(
      controls('Washington moved to restrict China’s access to advanced chips on Monday.').map(
        (c) => c.slots.imposer,
      ),
    ).toContain('US');
  });

  it("reads no relocation in a household moving company or a person's move", () => {
    const moves = (text: string) => candidatesOfType(text, 'relocation');
    expect(
      moves('Tallis Movers is a licensed moving company based in Brooklyn, serving New Jersey.'),
    ).toEqual([]);
    expect(moves('Harlow Van Lines helped Jana with her move from Nashville to Plano, Texas.')).toEqual([]);
    // Where production or a plant is, said as a standing fact, is no move.
    expect(moves("Most of Kestrel's production is in Chile.")).toEqual([]);
    expect(moves("Kestrel's largest factory is in Valparaiso.")).toEqual([]);
    expect(moves('Kestrel opened its largest factory in Valparaiso, Chile, in 2019.')).not.toEqual([]);
    // Nor is how much a site produced.
    expect(moves("Kestrel's production in Ghana rose 5% in the quarter.")).toEqual([]);
    expect(moves("Kestrel's plants in Nevada processed record volumes.")).toEqual([]);
    // A project or plan "moving ahead" goes on; it moves nowhere.
    expect(moves('Kestrel’s biggest solar project moving ahead in California')).toEqual([]);
    expect(moves('Kestrel Solar is moving forward with its merger talks in California.')).toEqual([]);
  });

  it('reads "granted them a 30-day extension" as the measure lifted for the countries it named', () => {
    const removals = articleCandidates({
      text: 'Lula announced tariffs on Peru and Chile on Saturday but later granted them a 30-day extension.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.action === 'remove');
    expect(removals.map((c) => [c.slots.imposer, c.slots.target]).sort()).toEqual([
      ['BR', 'CL'],
      ['BR', 'PE'],
    ]);
    // "these duties" names the measure again: "them" after it is still the measure on both countries.
    const delayed = articleCandidates({
      text: 'Lula prepared tariffs of 25% on imports from Peru and Chile. Lula planned to start these duties in May, before delaying them until June.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.action === 'remove');
    expect(delayed.map((c) => c.slots.target).sort()).toEqual(['CL', 'PE']);
  });

  it('reads goods "subject to" a tariff as the tariff imposed, by its own action word', () => {
    const steel = articleCandidates({
      text: 'Canadian steel will be subject to a 25% tariff from March 12, the White House said.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.slots.rate_pct === 25);
    expect(steel.length).toBeGreaterThan(0);
    for (const c of steel) {
      expect(c.action).toBe('impose');
      expect(c.features).not.toContain('action:default');
    }
  });

  it("weighs an anchor's coordinated actor before the article's other actors", () => {
    const reciprocal = articleCandidates({
      text: 'India and Chile held trade talks in New Delhi on Monday. India said it would cut duties on motorcycles. A wider conflict may be on the cards as Lula is set to announce 25% tariffs on all steel imports, and ‘reciprocal tariffs’ on imports from all countries.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.measure === 'reciprocal');
    expect(reciprocal[0]?.slots.imposer).toBe('BR');
    expect(reciprocal[0]?.features).toContain('actor_option:0');
  });

  it('reads a duty cut to a new rate as one reduction, not also as an imposition at that rate', () => {
    const keys = articleCandidates({
      text: 'The Commerce Department cut to 2.5 percent the duty on Chilean salmon.',
      published: null,
    })
      .filter((c) => c.type === 'tariff' && c.slots.rate_pct === 2.5)
      .map((c) => c.readingKey);
    expect(keys.length).toBeGreaterThan(1);
    expect(new Set(keys).size).toBe(1);
  });

  it('reads the names after "among them" or "including" between the verb and the list', () => {
    const found = events(
      'Beijing also added 11 U.S. firms, among them Veltrano and Quillmark, to its unreliable entity list.',
    );
    expect(entitiesOf(found).sort()).toEqual(['Quillmark', 'Veltrano']);
  });

  it('takes an actor from the last sentence about the same kind of event, not from any sentence', () => {
    const imposers = firstImposers(
      'Washington said it would put a 50% tariff on copper. Chile said it would seek talks. Canada and Mexico were spared from the duties.',
      2,
    );
    expect(imposers.length).toBeGreaterThan(0);
    expect(new Set(imposers)).toEqual(new Set(['US']));
  });

  it('reads a city that opens a name in a list of companies as part of the name', () => {
    const found = events(
      'The Commerce Department added Sugon, Veltrano and Wuxi Jiangnan to the Entity List.',
    );
    expect(entitiesOf(found).sort()).toEqual(['Sugon', 'Veltrano', 'Wuxi Jiangnan']);
  });

  it('reads names after "including" as what a pronoun actor acts on, and a country name before a descriptor', () => {
    expect(
      entitiesOf(
        events(
          'Peru tightened its controls. It also added nine firms, including Veltrano and Quillmark, to its export control list.',
        ),
      ).sort(),
    ).toEqual(['Quillmark', 'Veltrano']);
    expect(
      entitiesOf(
        events(
          'China added U.S. drone maker Veltrano and defence firm Quillmark to its unreliable entity list.',
        ),
      ).sort(),
    ).toEqual(['Quillmark', 'Veltrano']);
  });

  it('reads a capital that opens an institution\'s name, over its "of", as a member of a list', () => {
    expect(
      entitiesOf(
        events(
          'The U.S. added Inspur Group and the Beijing Academy of Quillmark Sciences to the Entity List.',
        ),
      ).sort(),
    ).toEqual(['Beijing Academy of Quillmark Sciences', 'Inspur Group']);
  });

  it('reads the origin in a hyphenated word, a duty cut "to" a rate, and no entity in the name of a law', () => {
    expect(
      slotsOf(events('Peru imposed duties of 40 percent on Chilean-made wine presses on Monday.')).map(
        (e) => e.type === 'tariff' && e.target,
      ),
    ).toEqual(['CL']);
    expect(
      candidateValues('Peru cut its customs duty to 6 percent from 15 percent.', 'tariff', 'rate_pct'),
    ).toContain(6);
    expect(
      entitiesOf(
        events(
          'Peru and Chile may impose sanctions on Bolivian goods in retaliation for the Quillmark Amendment.',
        ),
      ),
    ).toEqual([]);
  });

  it('reads the goods that face a measure with their origin, and its agent further on', () => {
    const readings = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'tariff' ? [[c.slots.imposer, c.slots.target, c.slots.rate_pct]] : [],
      );
    expect(
      readings(
        'Chilean-made wine presses will face duties of up to 98 percent under a preliminary ruling by the Peruvian trade ministry.',
      ),
    ).toContainEqual(['PE', 'CL', 98]);
    expect(readings('Imports of Chilean wine face Peruvian duties of up to 98 percent.')).toContainEqual([
      'PE',
      'CL',
      98,
    ]);
  });

  it('marks the default reading of a measure with the action words read beside it', () => {
    const imposed = articleCandidates({
      text: "Lima's threat of 30% duties on Bolivian textiles unsettled exporters.",
      published: null,
    }).find((c) => c.type === 'tariff' && c.action === 'impose');
    expect(imposed?.features).toEqual(expect.arrayContaining(['action:default', 'default_beside:threaten']));
  });

  it('reads the noun before a gerund that "with" opens as its subject', () => {
    const removals = events(
      'Peru and Chile agreed to a truce in their trade war, with Lima dropping its 200 pct tariffs on Chilean wine.',
    ).flatMap((e) => (e.type === 'tariff' && e.action === 'remove' ? [[e.imposer, e.target]] : []));
    expect(removals).toEqual([['PE', 'CL']]);
  });

  it("reads goods after their own coordinated modifiers as the preposition's object", () => {
    const found = events(
      'In February, Chile restricted exports of seven medium and heavy rare earths, causing shortages of magnets.',
    ).map((e) => e.type === 'export_restriction' && [e.goods, e.date]);
    expect(found).toEqual([[expect.stringMatching(/heavy rare earths$/), '2025-02']]);
  });

  it('reads a measure that opens with its own verb as a verb, and one after a possessive as a noun', () => {
    const features = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'export_restriction' && c.features.includes('actor_option:0') ? [c.features] : [],
      );
    const [planned] = features('Zambia plans to ban copper concentrate exports from June.');
    expect(planned).toEqual(expect.arrayContaining(['slot:imposer:subject', 'action_gap:<=0']));
    expect(planned).not.toContain('anchor_after_preposition');
    const [noun] = features("Zambia's ban on copper exports took effect in June.");
    expect(noun).toContain('slot:imposer:possessive');
    expect(noun).not.toContain('action_gap:<=0');
  });

  it('gives a verb coordinated with an earlier one the earlier subject, past a long object', () => {
    const moves = events(
      'Veltrano Optics said on Monday it would shut its lens plant in Lufkin, Texas, and move production to Sonora, Mexico.',
    ).filter((e) => e.type === 'relocation');
    expect(moves).toEqual([
      expect.objectContaining({ company: 'Veltrano Optics', to: 'MX', status: 'announced' }),
    ]);
  });

  it('reads a place right after a verb or a descriptor as the first word of an unknown name', () => {
    expect(
      entitiesOf(events('The Commerce Department removed Chengdu Veltrano Optics from its Unverified List.')),
    ).toEqual(['Chengdu Veltrano Optics']);
    expect(
      entitiesOf(events('The EU sanctioned Chinese firms Hunan Quillmark and Tianjin Orevale.')).sort(),
    ).toEqual(['Hunan Quillmark', 'Tianjin Orevale']);
    expect(entitiesOf(events('In Chengdu Veltrano Optics was added to the Entity List.'))).toEqual([
      'Veltrano Optics',
    ]);
  });

  it('gives each goods its own rate, for each country of the list', () => {
    const found = events(
      'In 2018 Chile imposed tariffs of 25 percent on steel and 10 percent on aluminum from Peru and Brazil.',
    );
    const rows = found.flatMap((e) => (e.type === 'tariff' ? [[e.target, e.goods, e.rate_pct]] : []));
    expect(rows.sort()).toEqual([
      ['BR', 'aluminum', 10],
      ['BR', 'steel', 25],
      ['PE', 'aluminum', 10],
      ['PE', 'steel', 25],
    ]);
  });

  it('gives each country its own rate when each rate names its goods and their origin', () => {
    const rows = (text: string) =>
      events(text)
        .flatMap((e) => (e.type === 'tariff' ? [[e.target, e.rate_pct]] : []))
        .sort();
    expect(
      rows(
        'Peru set anti-dumping duties of 48.5 pct on frozen squid from Chile and 12 pct on squid from Ecuador.',
      ),
    ).toEqual([
      ['CL', 48.5],
      ['EC', 12],
    ]);
    expect(rows('Peru imposed duties of 30 pct on Chilean cement and 8 pct on Ecuadorean cement.')).toEqual([
      ['CL', 30],
      ['EC', 8],
    ]);
  });

  it('reads ending an exemption as imposing, and an exemption alone as a removal', () => {
    const actions = (text: string) => events(text).flatMap((e) => (e.type === 'tariff' ? [e.action] : []));
    expect(actions('Chile ended all exclusions from its 25% tariffs on steel on Monday.')).not.toContain(
      'remove',
    );
    expect(actions('Chile granted Peru an exemption from its 25% tariffs on steel on Monday.')).toContain(
      'remove',
    );
    // The rules' readings: taking away what "duty-free" grants is no removal.
    const readings = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) => (c.type === 'tariff' ? [c.action] : []));
    expect(readings('Chile ended duty-free treatment for Peruvian steel on Monday.')).toEqual(['impose']);
    expect(readings('Chile will cancel the duty-free quotas for Peruvian steel in March.')).toEqual([
      'impose',
    ]);
    expect(readings('Chile revoked its tariffs on Peruvian steel on Monday.')).toContain('remove');
    expect(
      candidateValues('Chile granted Peru duty-free access for its steel.', 'tariff', 'target'),
    ).toContain('PE');
  });

  it('keeps a measure whose countries are only examples as one event without a target', () => {
    const tariffs = events(
      'Chile imposed a 25% tariff on steel imports from Peru, Brazil and other countries on Monday.',
    ).filter((e) => e.type === 'tariff');
    expect(tariffs.map((e) => e.type === 'tariff' && e.target)).toEqual([null]);
  });

  it("gives a global measure no target from the article's other countries", () => {
    const text =
      'Peru raised its copper tariffs on Chile last week. ' +
      'Peru will impose a 15% duty on all zinc entering the country, and Bolivia expects to suffer most.';
    const targetsOf = (sentence: string) =>
      articleCandidates({ text: sentence, published: null }).flatMap((c) =>
        c.type === 'tariff' && c.analysis.index === 1 ? [c.slots.target] : [],
      );
    expect(targetsOf(text)).toEqual([null]);
    // Without the word that makes it global, the article's country is the measure's likely target.
    expect(targetsOf(text.replace('on all zinc', 'on zinc'))).toEqual(['CL']);
  });

  it('gives an action word between two anchors to the nearer one', () => {
    const candidates = articleCandidates({
      text: 'Chile imposed 10% levies on copper and delayed 25% tariffs on steel.',
      published: null,
    }).filter((c) => c.type === 'tariff');
    expect(candidates.filter((c) => c.slots.rate_pct === 10).map((c) => c.action)).not.toContain('remove');
    expect(candidates.filter((c) => c.slots.rate_pct === 25).map((c) => c.action)).toContain('remove');
  });

  it('keeps a goods phrase from reaching across a preposition', () => {
    const goods = candidateValues(
      'Chile extended its export restrictions, and concerns about copper prices grew.',
      'export_restriction',
      'goods',
    );
    expect(goods).not.toContain('concerns about copper');
  });

  it('takes no goods from a rate written "per cent", and dates a statement "on" a day as no effective date', () => {
    const candidates = articleCandidates({
      text:
        'Officials expect the duties of 45 per cent - up from three per cent - to take effect on June 2. ' +
        'Ottawa said on May 12 when ordering the duties that talks could continue.',
      published: '2025-05-13',
    }).filter((c) => c.type === 'tariff' && c.features.includes('actor_option:0'));
    expect(candidates.map((c) => c.slots.goods)).toEqual([null, null]);
    expect(candidates.map((c) => c.slots.effective_date)).toEqual(['2025-06-02', null]);
  });

  it('reads "the sanctions" as the tariffs an earlier sentence states, and as none without them', () => {
    const after = articleCandidates({
      text: 'Canberra put duties on Chilean wine last month. Australia imposed the sanctions on Monday after talks failed.',
      published: '2025-05-13',
    }).filter((c) => c.type === 'tariff' && c.analysis.index === 1);
    expect(after.map((c) => c.slots.imposer)).toContain('AU');
    const alone = articleCandidates({
      text: 'Australia imposed the sanctions on Monday after talks failed. Canberra put duties on Chilean wine.',
      published: '2025-05-13',
    }).filter((c) => c.type === 'tariff' && c.analysis.index === 0);
    expect(alone).toEqual([]);
  });

  it('marks an action the sentence only reacts to, and reads the list of each trigger for its keeper', () => {
    const framed = articleCandidates({
      text: "Seoul condemned Washington's decision to impose tariffs on Korean washers.",
      published: null,
    }).filter((c) => c.type === 'tariff');
    expect(framed.length).toBeGreaterThan(0);
    expect(framed.every((c) => c.features.includes('reaction_frame'))).toBe(true);
    const keepers = articleCandidates({
      text: 'Beijing built an unreliable entity list of its own, copying a U.S. entity list that bars Brightwave Systems from American suppliers.',
      published: null,
    }).flatMap((c) =>
      c.type === 'blacklisting' &&
      c.slots.list === 'Entity List' &&
      c.features.includes('slot:authority:list')
        ? [c.slots.authority]
        : [],
    );
    expect(keepers).toContain('US');
    expect(keepers).not.toContain('CN');
  });

  it('reads a heading glued to the next sentence as a sentence of its own, taking no company from it', () => {
    const text =
      'Orevale expanded its smelter last year. Building Strength with Texas Production Perhaps the biggest change is that Orevale moved its production to Texas in March.';
    const relocations = articleCandidates({ text, published: null }).filter((c) => c.type === 'relocation');
    expect(relocations.map((c) => c.slots.company)).not.toContain('Strength');
    expect(relocations.map((c) => c.analysis.sentence.text)).toContain(
      'Perhaps the biggest change is that Orevale moved its production to Texas in March.',
    );
    // Prose with a name in capitals is left whole.
    const whole = articleCandidates({
      text: 'The U.S. Department of Commerce said on Monday that Orevale would move production to Texas.',
      published: null,
    });
    expect(new Set(whole.map((c) => c.analysis.sentence.start))).toEqual(new Set([0]));
  });

  it('reads a sanctioned person, a denial order against a company, and no sanction from "sanctions evasion"', () => {
    const entities = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'blacklisting'
          ? [
              `${c.slots.authority} ${c.slots.entity} ${c.features.includes('form:entity:person') ? 'person' : ''}`.trim(),
            ]
          : [],
      );
    expect(entities('Britain sanctioned the Russian metals trader Pavel Ostrin on Tuesday.')).toContain(
      'GB Pavel Ostrin person',
    );
    // The speaker of the statement is not who it is about.
    expect(
      entities('Britain will sanction exporters of drone parts to Iran, Foreign Secretary Alan Pryce said.'),
    ).toEqual([]);
    expect(
      entities(
        'The Commerce Department issued a temporary denial order against Nordvale Logistics on Friday.',
      ),
    ).toContain('US Nordvale Logistics');
    expect(
      entities('Investigators called the exchange Coinvault a favourite sanctions evasion tool.'),
    ).toEqual([]);
    // A person may be a sanctioned entity, never a relocating company.
    expect(companies('Pavel Ostrin moved the headquarters of Ostrin Metals to Texas.')).not.toContain(
      'Pavel Ostrin',
    );
  });

  it('reads the country goods are exported to as the one charging the tariff', () => {
    const found = articleCandidates({
      text: 'Under the deal, Vietnam will face a 20% tariff on its exports to the United States.',
      published: null,
    }).flatMap((c) =>
      c.type === 'tariff' && c.features.includes('actor_option:0')
        ? [`${c.slots.imposer} ${c.slots.target}`]
        : [],
    );
    expect(found).toEqual(['US VN']);
  });

  it("reads the companies named after a list's own possessive ('on its export control list, including …')", () => {
    const found = articleCandidates({
      text: 'Beijing put 12 U.S. defence firms on its export control list on Friday, including Harlow Dynamics and Peregrine Aero.',
      published: null,
    }).flatMap((c) =>
      c.type === 'blacklisting' && c.features.includes('actor_option:0')
        ? [`${c.slots.authority} ${c.slots.list} ${c.slots.entity}`]
        : [],
    );
    expect(new Set(found)).toEqual(
      new Set(['CN Export Control List Harlow Dynamics', 'CN Export Control List Peregrine Aero']),
    );
  });

  it("reads rules restricting sales of goods as export restrictions, without the maker's name as goods", () => {
    const restrictions = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'export_restriction' && c.features.includes('actor_option:0')
          ? [`${c.slots.imposer} ${c.slots.target} ${c.slots.goods}`]
          : [],
      );
    expect(
      restrictions('Washington unveiled rules restricting sales of advanced AI chips to China.'),
    ).toContain('US CN advanced AI chips');
    expect(
      restrictions("The Netherlands will require licences for exports of ASML's immersion scanners."),
    ).toContain('NL null immersion scanners');
  });

  it('ends a name before "of" and a country it does not include', () => {
    const entities = candidateValues(
      'The U.S. placed Aero Engine Corp of China on its Military End-User List.',
      'blacklisting',
      'entity',
    );
    expect(entities).toContain('Aero Engine');
    expect(entities.some((e) => String(e).endsWith(' of'))).toBe(false);
  });

  it('gives a move to a list of countries one event per destination, and takes no name from a date', () => {
    const moves = articleCandidates({
      text: 'Orevale is moving 2,000 jobs from the UK to India, Vietnam and Malaysia.',
      published: null,
    }).flatMap((c) => (c.type === 'relocation' && c.features.includes('actor_option:0') ? [c.slots.to] : []));
    expect(new Set(moves)).toEqual(new Set(['IN', 'VN', 'MY']));
    const entities = articleCandidates({
      text: 'The EU began imposing sanctions on US goods on 1 March.',
      published: '2004-02-27',
    }).flatMap((c) => (c.type === 'blacklisting' ? [c.slots.entity] : []));
    expect(entities).not.toContain('March');
  });

  it("takes no origin from a company's home when it moves there too, nor a scope from its name", () => {
    const moves = articleCandidates({
      text: 'Canadian miner Orevale Mining moved its operations to Ontario and Chile last year.',
      published: null,
    }).flatMap((c) => (c.type === 'relocation' ? [[c.slots.to, c.slots.from, c.slots.scope]] : []));
    expect(moves).toContainEqual(['CL', null, 'operations']);
    expect(moves.map((m) => m[1])).not.toContain('CA');
  });

  it('reads no anchor inside a name that a known place opens ("the Cusco Assembly election")', () => {
    const relocations = (text: string) =>
      articleCandidates({ text, published: null }).filter((c) => c.type === 'relocation');
    expect(
      relocations(
        "The Orevale Party's victory in the Cusco Assembly election was expected to bring some stability to markets.",
      ),
    ).toEqual([]);
    expect(relocations('Orevale Mining moved its assembly to Lima.')).not.toEqual([]);
  });

  it('reads a company whose name a city opens as one name, and no move from "production costs"', () => {
    expect(
      companies('Cusco Quantica Industry Corp plans to shift production of its drills to Chile.'),
    ).toContain('Cusco Quantica Industry');
    expect(
      companies(
        'The case was launched by the Lima Zinc Producers Group, which said Chilean production costs were lower.',
      ),
    ).toEqual([]);
  });

  it('reads a place or country that opens a name as part of it ("Paris Baguette", "Singapore Airlines")', () => {
    expect(companies('Cusco Quellora will move its headquarters to Chile.')).toContain('Cusco Quellora');
    expect(companies('Peru Airlines will move its headquarters to Chile.')).toContain('Peru Airlines');
    expect(companies('New Zealand Exchanges Ltd will move its headquarters to Chile.')).toContain(
      'New Zealand Exchanges',
    );
    expect(companies('In Cusco, Quellora said it will move its headquarters to Chile.')).not.toContain(
      'Cusco Quellora',
    );
  });

  it('keeps "Vancouver-based" and an opening "Shares of" out of a company\'s name', () => {
    expect(companies('Vancouver-based Quellora Metals said it will move its head office to Chile.')).toEqual([
      'Quellora Metals',
    ]);
    expect(
      companies('Shares of Quellora Mining Corp rose after it said it will move its headquarters to Chile.'),
    ).toEqual(['Quellora Mining']);
    expect(companies('Bank of Quellora said it will move its headquarters to Chile.')).toEqual([
      'Bank of Quellora',
    ]);
  });

  it("takes no company from a government body ('Reagan Administration officials')", () => {
    const entities = candidateValues(
      'Peru may lift an additional 84 mln dlrs in trade sanctions against Chile, Humala Administration officials said.',
      'blacklisting',
      'entity',
    );
    expect(entities.join(' ')).not.toContain('Administration');
  });

  it('reads a region of a place ("West Texas", "northern Chile") as its country', () => {
    const destinations = (text: string) => candidateValues(text, 'relocation', 'to');
    expect(destinations('Orevale Mining moved its machines to West Texas last year.')).toContain('US');
    expect(destinations('Orevale Mining moved its smelter to northern Chile last year.')).toContain('CL');
  });

  it('keeps the origin of a move out of its destinations ("from Belmont, North Carolina, to Toronto")', () => {
    const moves = articleCandidates({
      text: 'Orevale said it would relocate its headquarters from Boise, Idaho, to Toronto next year.',
      published: null,
    }).flatMap((c) => (c.type === 'relocation' ? [[c.slots.from, c.slots.to]] : []));
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) expect(move).toEqual(['US', 'CA']);
  });

  it('resolves "the miner" to an unknown name that opened an earlier sentence as its subject', () => {
    const companies = candidateValues(
      'Veltrano has data centres in Canada and Sweden. This year the miner is relocating its headquarters to Texas.',
      'relocation',
      'company',
    );
    expect(companies).toContain('Veltrano');
  });

  it('proposes no event an actor denies', () => {
    expect(
      articleCandidates({
        text: 'Copperline Mining denied reports that it would move its headquarters to Dubai.',
        published: null,
      }).filter((c) => c.type === 'relocation'),
    ).toEqual([]);
  });

  it("reads a government's ban on a named company's trade as a blacklisting of the company", () => {
    const found = articleCandidates({
      text: 'The Korean government banned further exports by Hanul Precision for two years.',
      published: null,
    }).flatMap((c) =>
      c.type === 'blacklisting' ? [`${c.slots.authority} ${c.action} ${c.slots.entity}`] : [],
    );
    expect(found).toContain('KR add Hanul Precision');
    expect(
      articleCandidates({ text: 'The United States banned imports from Brightlens Vision.', published: null })
        .filter((c) => c.type === 'blacklisting')
        .map((c) => c.slots.entity),
    ).toContain('Brightlens Vision');
  });

  it("reads goods the lexicon does not know after the goods' origin or the trade they are in", () => {
    const goods = (text: string) => [
      ...new Set(
        articleCandidates({ text, published: null }).flatMap((c) =>
          c.type === 'tariff' && c.features.includes('actor_option:0') ? [c.slots.goods] : [],
        ),
      ),
    ];
    expect(goods('The European Union imposed duties of 24 pct on Japanese photocopiers.')).toEqual([
      'photocopiers',
    ]);
    expect(goods('Canberra lifted the levy on imports of U.S. garden hoses.')).toEqual(['garden hoses']);
    // Origins and trade words alone are no goods.
    expect(goods('Ottawa put tariffs on Chinese goods.')).not.toContain('Chinese goods');
    expect(goods('Ottawa put tariffs on China on Tuesday.')).toEqual([null]);
    // "on top of", "on behalf of" open no goods.
    expect(goods('Canberra added a 40% levy on top of existing duties.')).toEqual([null]);
  });

  it('reads no listed entity in a clause of its own after the list', () => {
    const entities = (text: string) => candidatesOfType(text, 'blacklisting').map((c) => c.slots.entity);
    const text =
      'Washington removed Kestrel Metals and Duna Alloys from its sanctions list after Ivan Morosov sold his stake.';
    expect(entities(text)).toContain('Kestrel Metals');
    expect(entities(text)).not.toContain('Ivan Morosov');
    // A name after "after" that opens no clause is still read.
    expect(entities('Ottawa added to its sanctions list, after a review, Kestrel Metals.')).toContain(
      'Kestrel Metals',
    );
  });

  it("reads the clause's subject, not the verb's object, as the subject of a participle after a comma", () => {
    expect(firstImposers('Ottawa targeted Canberra, imposing duties of 15% on Australian coal.')).toEqual([
      'CA',
    ]);
    // Without the comma's participle, the country before the anchor still imposes it.
    expect(firstImposers('After talks with Ottawa, Canberra imposed duties of 15% on coal.')).toEqual(['AU']);
    // Nor is the object of a verb the subject of the verb coordinated after it.
    expect(
      firstImposers('Canberra followed the United States and imposed duties of 15% on Chilean coal.'),
    ).toEqual(['AU']);
  });

  it("reads no anchor inside an agency's name", () => {
    const text =
      'Washington restricts exports of gallium. The Office of Foreign Assets Control on Monday sanctioned Kestrel Metals for shipping gallium to Iran.';
    const sentences = candidatesOfType(text, 'export_restriction').map((c) => c.analysis.index);
    expect(sentences).toContain(0);
    expect(sentences).not.toContain(1);
  });

  it('reads the partner of two whose goods a tariff hits as the one that imposes it', () => {
    const tariffs = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.features.includes('actor_option:0'))
        .map((c) => [c.slots.imposer, c.slots.target]);
    expect(tariffs('Canberra and Tokyo agreed on a 15% tariff on Japanese cars.')).toEqual([['AU', 'JP']]);
    // A target the sentence does not state leaves the subject as it is read.
    expect(tariffs('Canberra and Tokyo agreed on a 15% tariff.')).not.toContainEqual(['AU', 'JP']);
    // Agreeing a deal that cuts tariffs is acting, not accepting a measure.
    expect(
      tariffs('Canberra and Wellington agreed a deal that cuts tariffs on Australian wine to 5%.'),
    ).toContainEqual(['NZ', 'AU']);
  });

  it('reads "by the end of the year" as a time, not as ending the measure', () => {
    const actions = (text: string) => candidatesAfterHeadline(text).map((c) => c.action);
    expect(actions('Lima will put a 25% tariff on copper by the end of the year.')).not.toContain('remove');
    expect(actions('Lima will end the 25% tariff on copper.')).toContain('remove');
  });

  it('reads a plant after "to" as where another anchor\'s move lands, not as an anchor of its own', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => [c.slots.from, c.slots.to, c.slots.status]);
    expect(
      moves('Kestrel Metals will shift production from Sweden to a new plant in Poland next year.'),
    ).toEqual([['SE', 'PL', 'planned']]);
    // A plant with no move before it is an anchor still.
    expect(moves('Kestrel Metals opened a plant in Poland.')).toEqual([[null, 'PL', 'completed']]);
  });

  it('reads the country goods are shipped from or made in as what faces the tariff', () => {
    const pairs = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.analysis.index === 1)
        .map((c) => [c.slots.imposer, c.slots.target]);
    const context = 'Washington raised duties in April.';
    expect(pairs(`${context} Steel coils shipped from Vietnam face tariffs of 40%.`)).toContainEqual([
      'US',
      'VN',
    ]);
    expect(pairs(`${context} Rigs made in Thailand face tariffs of 36%.`)).toContainEqual(['US', 'TH']);
    expect(pairs(`${context} Rigs made in Thailand face tariffs of 36%.`)).not.toContainEqual(['TH', null]);
  });

  it('reads one action of a sanction an anchor states: lifting it is no listing', () => {
    const actions = (text: string) =>
      candidatesOfType(text, 'blacklisting').map((c) => [c.action, c.readingKey]);
    const readings = actions('Washington lifted sanctions on Kestrel Shipping in January.');
    // Both readings are proposed, the model weighs them, and they share one key: one of them is an event.
    expect(readings.map(([action]) => action).sort()).toEqual(['add', 'remove']);
    expect(new Set(readings.map(([, key]) => key)).size).toBe(1);
    expect(slotsOf(events('Washington lifted sanctions on Kestrel Shipping in January.'))).toEqual([
      expect.objectContaining({ action: 'remove', entity: 'Kestrel Shipping' }),
    ]);
  });

  it('lists the owner or parent named after a company ("X and its founder Y")', () => {
    expect(
      entitiesOf(events('Washington sanctioned Kestrel Metals and its founder Oleg Marin on Friday.')).sort(),
    ).toEqual(['Kestrel Metals', 'Oleg Marin']);
    expect(
      entitiesOf(
        events('Ottawa sanctioned Kestrel Metals and its parent Corvane Holdings on Friday.'),
      ).sort(),
    ).toEqual(['Corvane Holdings', 'Kestrel Metals']);
    expect(
      entitiesOf(
        events('The Treasury sanctioned crypto exchange Varnex and its successor Grolex on Thursday.'),
      ).sort(),
    ).toEqual(['Grolex', 'Varnex']);
  });

  it("lists people named as a company's officers after it, past a description or a comma", () => {
    const entities = (text: string) => [...new Set(candidateValues(text, 'blacklisting', 'entity'))].sort();
    expect(
      entities(
        "Washington imposed sanctions on Kestrel Metals, Peru's largest zinc miner, and two of its executives, Oleg Marin and Ivan Dorsky.",
      ),
    ).toEqual(['Ivan Dorsky', 'Kestrel Metals', 'Oleg Marin']);
    expect(entities('Washington sanctioned Kestrel Metals and its chief executive, Oleg Marin.')).toEqual([
      'Kestrel Metals',
      'Oleg Marin',
    ]);
    // "Kestrel executives Oleg Marin and Ivan Dorsky": the people are listed, not the company they work for.
    expect(entities('Washington sanctioned Kestrel Metals executives Oleg Marin and Ivan Dorsky.')).toEqual([
      'Ivan Dorsky',
      'Oleg Marin',
    ]);
  });

  it('reads capitalised words before a place that opens a company name as part of the name', () => {
    expect(
      candidateValues(
        'Beijing placed Shield Optics and Sierra Nevada Corp on its unreliable entity list.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Shield Optics', 'Sierra Nevada']);
    // A one-word place between two words of a name the gazetteer does not know.
    expect(
      candidateValues(
        'Beijing placed Kestrel Avionics and Blue Nevada Drones on its unreliable entity list.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Blue Nevada Drones');
  });

  it('reads trade "to them" of parties just listed as the listing, not a control on goods', () => {
    const text =
      'China added Kestrel Aerospace to its export control list, banning the export of dual-use items to them.';
    expect(candidatesOfType(text, 'export_restriction')).toEqual([]);
    expect(candidateValues(text, 'blacklisting', 'entity')).toContain('Kestrel Aerospace');
  });

  it('reads a described person whose assets are frozen as listed, beside another listed party', () => {
    expect(
      candidateValues(
        'Lima froze the assets of Chilean tycoon Oleg Marin and added shipping firm Kestrel Tankers to its sanctions list.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Oleg Marin');
  });

  it('reads a site word before a company name as describing the company, not a site it moves to', () => {
    expect(
      candidatesOfType(
        'The EU banned transactions with Chinese refinery Kestrel Petrochemical on Friday.',
        'relocation',
      ),
    ).toEqual([]);
  });

  it('resolves a described definite company ("the Chilean miner") to the company the headline names', () => {
    const found = articleCandidates({
      title: 'Kestrel Mining blacklisted',
      text: 'The Pentagon added the Chilean miner to its list of Chinese military companies on Tuesday.',
      published: '2025-03-10',
    }).filter((c) => c.type === 'blacklisting');
    expect(found.map((c) => c.slots.entity)).toContain('Kestrel Mining');
  });

  it("reads an action word after a report that follows the anchor as the report's", () => {
    const text =
      'Peru added 11 Chilean firms, among them Kestrel Mining and Varnex, to its unreliable entity list and said it would impose a 34% tariff on all Chilean goods.';
    expect([...new Set(candidateValues(text, 'blacklisting', 'entity'))].sort()).toEqual([
      'Kestrel Mining',
      'Varnex',
    ]);
  });

  it('reads a company with its own verb after a listed one as opening another clause, not the list', () => {
    const entities = (text: string) => [...new Set(candidateValues(text, 'blacklisting', 'entity'))].sort();
    expect(
      entities(
        'Zinc rose after Lima sanctioned Kestrel Metals and the Andean Metal Exchange banned new Chilean zinc.',
      ),
    ).toEqual(['Kestrel Metals']);
    // A list that is the subject keeps its members.
    expect(
      entities('Kestrel Metals and Varnex Trading were taken off the Unverified List on Monday.'),
    ).toEqual(['Kestrel Metals', 'Varnex Trading']);
  });

  it("reads a company whose goods a ban names as the goods' maker, not a listed party", () => {
    const text =
      'Chile seized control of chipmaker Kestrel Silicon, and Peru responded by banning exports of Kestrel Silicon chips made in Peru.';
    expect(candidateValues(text, 'blacklisting', 'entity')).not.toContain('Kestrel Silicon');
    expect(
      candidateValues('Peru responded by banning exports to Kestrel Silicon.', 'blacklisting', 'entity'),
    ).toContain('Kestrel Silicon');
  });

  it('reads companies a lifted ban is lifted for as no parties taken off a list', () => {
    expect(
      candidateValues(
        'Peru lifted its ban on exports of copper concentrate for Kestrel Mining and Varnex Metals until December.',
        'blacklisting',
        'entity',
      ),
    ).toEqual([]);
  });

  it('reads the speaker named after a quotation as no one it speaks of', () => {
    const text =
      'Washington sanctioned Kestrel Metals in May. "The sanctions are biting," Varnex analyst Tarjei Skeie said on Monday.';
    expect(candidateValues(text, 'blacklisting', 'entity')).not.toContain('Tarjei Skeie');
  });

  it('reads the verb that spares goods described at length from a rated tariff as its removal', () => {
    const removals = (text: string) =>
      candidatesOfType(text, 'tariff').flatMap((c) => (c.action === 'remove' ? [c.slots.target] : []));
    expect(
      removals(
        'Lima exempted goods from Chile and Bolivia that comply with the Andean trade pact from the 25% tariffs.',
      ),
    ).toEqual(expect.arrayContaining(['CL', 'BO']));
  });

  it('reads the verb that spares a list of goods from a tariff as its removal, however long the list', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(
      actions(
        'Ottawa exempted cobalt, nickel, copper cathodes and other battery metals from the new tariffs on Friday.',
      ),
    ).toContain('remove');
    // Far from the anchor, other action words still do not reach it.
    expect(
      actions(
        'Ottawa removed a rule on cobalt, nickel, copper cathodes and other battery metals and the new tariffs.',
      ),
    ).not.toContain('remove');
  });

  it('pairs a rate before the anchor with the goods after it, when another rate names other goods', () => {
    const parts = slotsOf(
      events('Lima imposed 15% tariffs on Chilean copper and zinc and 10% on lithium.'),
    ).map((e) => e.type === 'tariff' && [e.rate_pct, e.goods]);
    expect(parts).toEqual(
      expect.arrayContaining([
        [15, 'Chilean copper and zinc'],
        [10, 'lithium'],
      ]),
    );
  });

  it('reads the subject of the action word past a time between them ("Ottawa on Monday raised")', () => {
    const subjects = (text: string) =>
      candidatesOfType(text, 'tariff').flatMap((c) =>
        c.features.filter((f) => f.startsWith('action_subject:')),
      );
    expect(subjects('Ottawa on Monday raised tariffs on steel to 25%.')).toContain('action_subject:actor');
    expect(subjects('Ottawa in March raised tariffs on steel to 25%.')).toContain('action_subject:actor');
    expect(subjects('Analysts on Monday raised forecasts as tariffs on steel rose to 25%.')).not.toContain(
      'action_subject:actor',
    );
  });

  it('bounds the work on a run-on sentence', () => {
    const text = `China imposed tariffs on coal. ${'tariff '.repeat(20000)}`;
    expect(() => events(text)).not.toThrow();
    // Each piece of at most MAX_SENTENCE_CHARS reads at most MAX_ANCHORS_PER_SENTENCE anchors, each in at most
    // three action readings and three actors: the candidates grow with the text, not with its square.
    const pieces = Math.ceil(text.length / (MAX_SENTENCE_CHARS / 2)) + 1;
    const candidates = articleCandidates({ text, published: null }).filter((c) => c.type === 'tariff');
    expect(candidates.length).toBeLessThanOrEqual(pieces * MAX_ANCHORS_PER_SENTENCE * 3 * 3);
  });
});

describe('levels, markets, reports and undergoers', () => {
  it('reads the direction of a change from the levels it goes to and from, with no action word', () => {
    const cut = events('US duties on Chinese goods falling to 30% from 145% lifted markets on Monday.').find(
      (e) => e.type === 'tariff',
    );
    expect(cut && cut.type === 'tariff' && [cut.action, cut.rate_pct, cut.target]).toEqual([
      'reduce',
      30,
      'CN',
    ]);
    const climb = candidatesOfType(
      'US levies on lithium batteries from China will climb to 25% from 7.5% in January.',
      'tariff',
    );
    expect(climb.map((c) => c.action)).toContain('raise');
    expect(climb.map((c) => c.action)).not.toContain('impose');
  });

  it('reads a rate before the anchor and the level it comes from after it ("a 15% tariff, down from 27.5%")', () => {
    const found = events(
      'Washington and Tokyo signed a trade deal on Tuesday. Under the deal, Japanese cars will face a 15% tariff, down from 27.5%.',
    ).filter((e) => e.type === 'tariff' && e.rate_pct === 15);
    expect(found.map((e) => e.type === 'tariff' && [e.action, e.target])).toEqual([['reduce', 'JP']]);
  });

  it('reads the subject "hit with" a measure as undergoing it when the rate and actor stand between', () => {
    const found = events('Switzerland was hit with a 39% US levy, one of the highest rates worldwide.').find(
      (e) => e.type === 'tariff',
    );
    expect(found && found.type === 'tariff' && [found.imposer, found.target, found.rate_pct]).toEqual([
      'US',
      'CH',
      39,
    ]);
  });

  it('reads a ban on a company exporting as an export control when its name takes several words', () => {
    const found = events("China barred Kestrel's Chinese unit from exporting finished chips.").filter(
      (e) => e.type === 'export_restriction',
    );
    expect(found.map((e) => e.type === 'export_restriction' && e.imposer)).toEqual(['CN']);
  });

  it('aims an answer with no target of its own at the other actor of the sentence', () => {
    const targets = candidatesOfType(
      'The 10% tariffs on all Chinese imports into the U.S. kicked in last week, prompting retaliatory duties from Beijing.',
      'tariff',
    ).flatMap((c) => (c.slots.imposer === 'CN' ? [c.slots.target] : []));
    expect(targets).toContain('US');
    expect(targets).not.toContain(null);
    // Without an answer, a measure with no target stays global.
    expect(
      candidatesOfType(
        'Washington raised duties on Chinese steel, and Beijing announced new duties.',
        'tariff',
      ).flatMap((c) => (c.slots.imposer === 'CN' ? [c.slots.target] : [])),
    ).not.toContain('US');
  });

  it('reads a measure "coming into effect" or "entering into force" as stating it', () => {
    for (const [text, type] of [
      ["Peru's 12% duties on Chilean copper came into effect on Monday.", 'tariff'],
      ["Vietnam's export ban on gallium entered into force on Monday.", 'export_restriction'],
    ] as const) {
      const stated = candidatesOfType(text, type).filter((c) => c.action === 'impose');
      expect(stated.length).toBeGreaterThan(0);
      expect(stated.every((c) => !c.features.includes('action:default'))).toBe(true);
    }
  });

  it('takes no country a measure is aimed at as its actor from the context, and "the president" as the leader named before', () => {
    expect(
      firstImposers(
        'Stocks fell on Monday as investors weighed new trade measures. The President also announced new tariffs on Canada and Mexico.',
      ),
    ).not.toContain('CA');
    // Nor the country the goods come from.
    expect(
      firstImposers(
        'Vietnam ships a third of its steel abroad. Key measures announced on Tuesday include a 25% tariff on steel from Vietnam.',
        1,
      ),
    ).not.toContain('VN');
    expect(
      firstImposers(
        'Lula met Xi in Beijing on Monday. The president announced new duties on Chinese steel on Tuesday.',
      ),
    ).toEqual(['BR']);
  });

  it('reads a floated tariff as a threat, and a threat and its default reading as one event', () => {
    expect(
      events('Peru floated a 200% tariff on Chilean wines on Monday.').flatMap((e) =>
        e.type === 'tariff' ? [e.action] : [],
      ),
    ).toEqual(['threaten']);
  });

  it('reads the "it" of reported speech as the speaker, who may threaten', () => {
    expect(
      candidatesOfType('Peru said it would hit Chilean imports with tariffs if talks fail.', 'tariff').map(
        (c) => [c.action, c.slots.imposer, c.slots.target],
      ),
    ).toContainEqual(['threaten', 'PE', 'CL']);
  });

  it('reads suspended exports as halted, and a gerund after "after" as no action of the anchor', () => {
    expect(
      candidatesOfType(
        'Guinea suspended bauxite exports by Kestrel Minerals after revoking its mining licence.',
        'export_restriction',
      ).map((c) => c.action),
    ).toEqual(['impose']);
  });

  it('gives each rate its own goods when the lexicon knows none of them', () => {
    const found = events(
      'Peru announced 50% tariffs on kitchen cabinets and bathroom vanities and 30% on upholstered furniture.',
    ).flatMap((e) => (e.type === 'tariff' ? [[e.rate_pct, e.goods]] : []));
    expect(found).toEqual([
      [50, 'kitchen cabinets'],
      [30, 'upholstered furniture'],
    ]);
  });

  it('reads a gigafactory abroad as a plant that moves production', () => {
    expect(
      companies(
        'Battery maker Kestrel Energy will build a $1.3 billion gigafactory in Morocco to supply European carmakers.',
      ),
    ).toContain('Kestrel Energy');
  });

  it('reads no easing where a company is still allowed to sell', () => {
    expect(
      candidatesOfType(
        'While the controls ban Kestrel chips from entering China, the company is still allowed to sell older chips there.',
        'export_restriction',
      ).map((c) => c.action),
    ).not.toContain('ease');
    expect(
      candidatesOfType(
        'Washington will allow Kestrel to resume sales of its K40 chips to China.',
        'export_restriction',
      ).map((c) => c.action),
    ).toContain('ease');
  });

  it('ends free goods at a participle after a word of trade', () => {
    expect(
      candidateValues(
        'Washington kept duties on Chinese goods falling to 30% from 145% for now.',
        'tariff',
        'goods',
      ),
    ).not.toContain('goods falling');
  });

  it('reads the possessor of traded goods as what a measure hits, and where they go as its imposer', () => {
    const parties = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'tariff' && c.features.includes('actor_option:0'))
        .map((c) => [c.slots.imposer, c.slots.target]);
    expect(parties("Peru's zinc exports to Chile are subject to a 15% safeguard duty.")).toContainEqual([
      'CL',
      'PE',
    ]);
    expect(parties("Peru's exports of alpaca wool to Chile were hit with a 25% tariff.")).toContainEqual([
      'CL',
      'PE',
    ]);
    expect(parties("Peru's zinc exports to Chile are subject to a 15% safeguard duty.")).not.toContainEqual([
      'PE',
      null,
    ]);
  });

  it("reads two partners' measure on each other's goods as one measure of each on the other", () => {
    const pairs = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.action === 'reduce')
        .map((c) => [c.slots.imposer, c.slots.target]);
    const mutual = pairs("Peru and Chile agreed to cut tariffs on each other's goods to 5% for a year.");
    expect(mutual).toContainEqual(['PE', 'CL']);
    expect(mutual).toContainEqual(['CL', 'PE']);
    // Without a word that makes it mutual, no target is made up.
    expect(pairs('Peru and Chile agreed to cut tariffs on copper to 5% for a year.')).not.toContainEqual([
      'PE',
      'CL',
    ]);
  });

  it("reads two partners' cut of their own measures as each one's on the other", () => {
    const pairs = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.action === 'reduce')
        .map((c) => [c.slots.imposer, c.slots.target]);
    const own = pairs(
      'Stocks rose after Lima and Santiago agreed to cut their retaliatory tariffs for a year.',
    );
    expect(own).toContainEqual(['PE', 'CL']);
    expect(own).toContainEqual(['CL', 'PE']);
    // "their" of partners who are not the subject of the measure makes no pair.
    expect(
      pairs('Peru agreed to cut tariffs on Chile and Bolivia, their exporters said.'),
    ).not.toContainEqual(['CL', 'PE']);
  });

  it('reads the subject of a verb like "agreed to" as the subject of the action after it', () => {
    const subjects = (text: string) =>
      candidatesOfType(text, 'tariff').flatMap((c) =>
        c.features.filter((f) => f.startsWith('action_subject:')),
      );
    expect(subjects('Peru agreed to remove tariffs on Chilean copper.')).toContain('action_subject:actor');
    expect(subjects('Exporters agreed to remove tariffs on Chilean copper, Peru said.')).toContain(
      'action_subject:other',
    );
    expect(subjects("Peru's deal helps to remove tariffs on Chilean copper.")).toContain(
      'action_subject:none',
    );
  });

  it('reads a verb after the measure that moves prices or costs as no action on the measure', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(actions('Tariffs on Chilean copper imposed by Peru have lifted prices.')).not.toContain('remove');
    expect(actions("Peru's tariffs on Chilean copper raised costs for smelters.")).not.toContain('raise');
    expect(actions("Peru's tariffs on Chilean copper were lifted on Monday.")).toContain('remove');
    expect(actions('Smelters face higher costs after Peru imposed tariffs on Chilean copper.')).not.toContain(
      'raise',
    );
  });

  it('reads "warned on Friday that he would" as governing a threat, like "warned it would"', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(
      actions('Peru warned on Friday that it would slap a 50% tariff on Chilean goods if talks failed.'),
    ).toContain('threaten');
  });

  it('reads a measure that threatens something as no threat of the measure', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(actions("Peru's tariffs threaten Chilean copper mining, analysts said.")).not.toContain(
      'threaten',
    );
    expect(actions('Peru threatens 25% tariffs on Chilean copper.')).toContain('threaten');
    expect(actions('The tariffs threatened by Peru would hit Chilean copper.')).toContain('threaten');
  });

  it("reads the verb of a closing report as the speaker's, and the exporter of traded goods as the target", () => {
    const found = events(
      'South African exports of chrome ore face a 30% US tariff, mining minister Gwede Mantashe warned.',
    ).find((e) => e.type === 'tariff');
    expect(found && found.type === 'tariff' && [found.action, found.imposer, found.target]).toEqual([
      'impose',
      'US',
      'ZA',
    ]);
    expect(
      candidatesOfType(
        'Kestovan duties on steel, on top of earlier levies, mark a new trade escalation.',
        'tariff',
      ).map((c) => c.action),
    ).not.toContain('raise');
  });

  it('takes no country that names whose goods they are as the actor of an anchor after them', () => {
    const controls = events(
      'Beijing responded with 34% tariffs on all U.S. goods and new export controls on seven rare earths.',
    ).filter((e) => e.type === 'export_restriction');
    expect(controls.map((e) => e.type === 'export_restriction' && e.imposer)).toEqual(['CN']);
  });

  it('reads the subject of an active "exempted" as the one who spares, and of a passive one as spared', () => {
    const readings = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.action === 'remove')
        .map((c) => [c.slots.imposer, c.slots.target]);
    expect(readings('Peru exempted Chile from the copper tariffs.')).toContainEqual(['PE', 'CL']);
    expect(readings('Peru exempted Chile from the copper tariffs.')).not.toContainEqual(['CL', null]);
    expect(readings('Chile was exempted from the copper tariffs imposed by Peru.')).toContainEqual([
      'PE',
      'CL',
    ]);
  });

  it('takes the level a change goes to however far its clause names it, "zero" too', () => {
    const rates = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.action === 'raise' || c.action === 'reduce')
        .map((c) => c.slots.rate_pct);
    expect(
      rates(
        'Peru raised import tariffs on steel from countries without trade deals, including Chile, to 35%.',
      ),
    ).toEqual([35]);
    expect(rates('Peru agreed to cut its tariffs on Chilean farm goods to zero under the deal.')).toEqual([
      0,
    ]);
  });

  it('reads no source of the statement as an entity, and a longer "took … off" as a removal', () => {
    const listed = (text: string) =>
      candidatesOfType(text, 'blacklisting').map((c) => [c.action, c.slots.entity]);
    expect(
      listed(
        'The Commerce Department took three Chinese lidar makers off the Entity List, according to a notice published in the Federal Register.',
      ),
    ).toEqual([]);
    expect(
      listed(
        'The Commerce Department took Chinese lidar maker Kestrel Optics off the Entity List on Friday.',
      ),
    ).toEqual([['remove', 'Kestrel Optics']]);
  });

  it('reads a refinery or smelter as a site, and an abandoned plan as no plan', () => {
    const found = events(
      'Chinese battery maker Kestrel Power has started building a lithium refinery in Morocco after abandoning plans for a plant in Michigan.',
    ).flatMap((e) => (e.type === 'relocation' ? [e.to] : []));
    expect(found).toEqual(['MA']);
  });

  it('reads a rule that exporters of goods obtain licences as an export restriction on the goods', () => {
    const controls = (text: string) =>
      candidatesOfType(text, 'export_restriction').map((c) => [c.slots.imposer, c.slots.goods]);
    expect(
      controls('Peru will require exporters of copper concentrate and zinc to obtain licences from March.'),
    ).toContainEqual(['PE', 'copper concentrate and zinc']);
    expect(
      controls('Exporters of copper must apply for permits for every shipment, Peru said.'),
    ).toContainEqual(['PE', 'copper']);
    expect(
      controls('Exporters of copper to Chile will get relief from the new quota rules, Peru said.'),
    ).toEqual([]);
  });

  it('reads an anti-dumping investigation or petition as no duty, and the duties it ends in as one', () => {
    expect(
      candidatesOfType(
        'Peru opened an anti-dumping investigation into imports of steel wire from Chile on Tuesday.',
        'tariff',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Peruvian mills filed countervailing duty petitions against Chilean steel wire.',
        'tariff',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Peru imposed anti-dumping duties of 35% on Chilean steel wire.', 'tariff').map(
        (c) => c.slots.rate_pct,
      ),
    ).toContain(35);
  });

  it('reads a country that secures or wins a lower tariff on its goods as the one it falls on', () => {
    const found = events(
      'Peru and Chile agree trade deal. Peru secured a lower 15% tariff on its copper, down from 25%, Chile said.',
    ).flatMap((e) => (e.type === 'tariff' ? [[e.imposer, e.target]] : []));
    expect(found).toContainEqual(['CL', 'PE']);
    expect(found).not.toContainEqual(['PE', null]);
  });

  it('reads eased sanctions on a named company as its removal from the list', () => {
    const found = events('Peru eased sanctions on Chilean copper producer Kestrel Cobre on Monday.').flatMap(
      (e) => (e.type === 'blacklisting' ? [[e.action, e.entity]] : []),
    );
    expect(found).toEqual([['remove', 'Kestrel Cobre']]);
  });

  it('reads a link label as text and cites the sentence as written', () => {
    const text =
      'Peru imposed [export controls](https://example.org/rules/2025-00636.pdf) on [refined copper](https://example.org/cu) to Chile on Monday.';
    const found = events(text).filter((e) => e.type === 'export_restriction');
    expect(found.map((e) => e.type === 'export_restriction' && [e.imposer, e.target, e.goods])).toEqual([
      ['PE', 'CL', 'refined copper'],
    ]);
    expect(found[0]?.citation.quote).toBe(text);
  });

  it('reads a unit of a specific duty and a kind of making as no goods and as goods', () => {
    const goods = (text: string, type: string) => candidatesOfType(text, type).map((c) => c.slots.goods);
    expect(
      goods('Peru imposed a duty of $50 per tonne on imports of steel wire from Chile.', 'tariff'),
    ).toEqual(['steel']);
    expect(goods('Peru imposed export controls on chipmaking machines.', 'export_restriction')).toEqual([
      'chipmaking machines',
    ]);
  });

  it('reads a country after a rate in a prepositional phrase as no subject of a later verb', () => {
    const found = events(
      'Peru responded to the 25% EU tariff by announcing reciprocal duties on EU goods.',
    ).flatMap((e) => (e.type === 'tariff' ? [[e.imposer, e.target]] : []));
    expect(found).toContainEqual(['PE', 'EU']);
    expect(found).not.toContainEqual(['EU', null]);
  });

  it('reads a bracketed short form, a plural descriptor and a "-based" modifier as parts of listed names', () => {
    const listed = (text: string) => entitiesOf(events(text)).sort();
    expect(
      listed(
        'Peru added Chilean chipmakers Kestrel Semiconductor, Andes Memory Technologies Co. (AMT) and Pacifico Silicon to its entity list.',
      ),
    ).toEqual(['Andes Memory Technologies', 'Kestrel Semiconductor', 'Pacifico Silicon']);
    expect(
      listed(
        'Peru added 22 entities from Chile and Bolivia, including Santiago-based Andes Rare Metals, to its entity list.',
      ),
    ).toEqual(['Andes Rare Metals']);
  });

  it('reads exports that remain or were suspended or banned as a control on them', () => {
    const controls = (text: string) =>
      candidatesOfType(text, 'export_restriction').map((c) => [c.action, c.slots.imposer, c.slots.goods]);
    expect(
      controls('Peru copper exports remain suspended until September, the regulator said.'),
    ).toContainEqual(['impose', 'PE', 'copper']);
    expect(controls('Peruvian zinc exports have been banned since March, the ministry said.')).toContainEqual(
      ['impose', 'PE', 'zinc'],
    );
  });

  it('reads goods after a count as governed by the preposition before the count', () => {
    const roles = articleCandidates({
      text: 'Peru plans to cut tariffs on 30 products to avoid Chilean reciprocal duties',
      published: null,
    })
      .filter((c) => c.type === 'tariff' && c.action === 'reduce')
      .flatMap((c) => c.features.filter((f) => f.startsWith('slot:goods:')));
    expect(roles).toEqual(['slot:goods:prep:on']);
  });

  it('reads assets that have been frozen or unfrozen as a sanction and its removal', () => {
    const actions = (text: string) =>
      events(text).flatMap((e) => (e.type === 'blacklisting' ? [[e.action, e.authority, e.entity]] : []));
    expect(actions('Peru has frozen the assets of Chilean copper tycoon Mateo Kestrel.')).toEqual([
      ['add', 'PE', 'Mateo Kestrel'],
    ]);
    expect(actions('Peru has unfrozen the assets of Kestrel Mining, a Chilean miner.')).toEqual([
      ['remove', 'PE', 'Kestrel Mining'],
    ]);
  });

  it('reads every form of the action verbs ("drops", "is floating", "hits")', () => {
    const actions = (text: string) => events(text).map((e) => ('action' in e ? e.action : null));
    expect(actions('Peru drops its tariffs on Chilean copper from Monday.')).toContain('remove');
    expect(actions('Peru is floating a 30% tariff on Chilean wine, officials said.')).toEqual(['threaten']);
    expect(actions('The EU hits Kestrel Metals with sanctions over Russian supplies.')).toEqual(['add']);
  });

  it('gives a measure with no goods of its own the goods of the one just named', () => {
    const goods = articleCandidates({
      title: 'Peru curbs exports of battery materials',
      text: 'Peru will restrict exports of lithium carbonate, the ministry said. The curbs, which take effect on May 8, require exporters to obtain licences. Battery makers in Chile rely on Peruvian battery supplies.',
      published: '2025-05-01',
    }).flatMap((c) => (c.type === 'export_restriction' && c.analysis.index === 1 ? [c.slots.goods] : []));
    expect(new Set(goods)).toEqual(new Set(['lithium carbonate']));
  });

  it('reads a list that is created as no one added to it', () => {
    const found = articleCandidates({
      text: 'Beijing set out its response. Last year it created an "unreliable entity list" of firms, copying a U.S. entity list that bars Chinese drone maker Kestrel Robotics from trading with Americans.',
      published: '2025-03-10',
    }).flatMap((c) => (c.type === 'blacklisting' ? [c.slots.list] : []));
    expect(found).not.toContain('Unreliable Entity List');
  });

  it('reads countries, markets or economies after "on" as parties, not goods', () => {
    const goods = candidateValues(
      'Headline. Peru placed export controls on significant developing-country markets.',
      'export_restriction',
      'goods',
    );
    expect(goods).not.toContain('significant developing-country markets');
    // A time after the goods ends them: "duties on Chilean lamb last month".
    expect(
      candidateValues('Headline. Peru put duties on Chilean lamb last month.', 'tariff', 'goods'),
    ).toContain('lamb');
  });

  it('reads no one anchor across words that open another phrase ("curbs by banning exports")', () => {
    const found = events(
      'Lima retaliated against the Chilean copper curbs by banning exports of zinc to Chile.',
    ).flatMap((e) => (e.type === 'export_restriction' ? [[e.imposer, e.target, e.goods]] : []));
    expect(found).toEqual([['PE', 'CL', 'zinc']]);
  });

  it("reads a person's relative, named only by kin, as no listing of the person", () => {
    const listed = (text: string) => entitiesOf(events(text));
    expect(
      listed("Peru lifted sanctions on two Chilean businessmen, including Mateo Kestrel's sister."),
    ).toEqual([]);
    expect(listed('Peru lifted sanctions on Chilean businessman Mateo Kestrel on Monday.')).toEqual([
      'Mateo Kestrel',
    ]);
  });

  it('reads the goods a measure leaves out ("except those on steel") as none of its own', () => {
    const goods = candidateValues(
      'Headline. Peru said it would lift its retaliatory tariffs on Chilean goods except those on copper and zinc.',
      'tariff',
      'goods',
    );
    expect(goods).not.toContain('copper and zinc');
    expect(goods.every((g) => g === null || !String(g).includes('except'))).toBe(true);
  });

  it('reads an adverb between the actor and its verb as no other subject ("has repeatedly threatened")', () => {
    const actions = candidatesOfType(
      'Peru has repeatedly threatened Chile with 30% tariffs on copper but has yet to impose them.',
      'tariff',
    ).map((c) => [c.action, c.slots.imposer, c.slots.target]);
    expect(actions).toContainEqual(['threaten', 'PE', 'CL']);
  });

  it('reads an export ban replaced by quotas as the ban removed', () => {
    const actions = events('Peru replaced its copper export ban with a quota system on October 16.').flatMap(
      (e) => (e.type === 'export_restriction' ? [e.action] : []),
    );
    expect(actions).toContain('remove');
  });

  it('reads two verbs coordinated over one measure as equally near readings', () => {
    const readings = candidatesOfType(
      'Peru imposed and later suspended its 30% duties on Chilean copper, an official said.',
      'tariff',
    );
    const rankOf = (action: string) =>
      readings.find((c) => c.action === action)?.features.find((f) => f.startsWith('reading:'));
    expect(rankOf('remove')).toBe('reading:0');
    expect(rankOf('impose')).toBe('reading:0');
  });

  it('takes no verb of a relative clause about another noun as the action of the measure', () => {
    const actions = candidatesOfType(
      "Peru's government ordered a halt to copper exports by several miners whose licences it revoked last month.",
      'export_restriction',
    ).map((c) => c.action);
    expect(actions).toEqual(['impose']);
  });

  it('reads "there" after a move as the place named last before it', () => {
    const to = (text: string) => candidateValues(text, 'relocation', 'to');
    expect(to('Most rigs are now made in Peru. Kestrel Mining moved production there in 2019.')).toContain(
      'PE',
    );
    expect(
      to('Most rigs are made in Peru by Kestrel Mining, which moved production there in 2019.'),
    ).toContain('PE');
    // "there is" is no place.
    expect(to('Kestrel Mining moved production because there is cheap power, it said.')).toEqual([]);
  });

  it("reads India's customs board as India's government", () => {
    expect(
      candidateValues(
        'The Centre has imposed an anti-dumping duty on imports of steel from Vietnam. The Central Board of Indirect Taxes and Customs said the duty takes effect on Monday.',
        'tariff',
        'imposer',
      ),
    ).toContain('IN');
  });

  it('reads a site whose production is cut as held, and a named project as no company', () => {
    const to = (text: string) => candidateValues(text, 'relocation', 'to');
    expect(
      to(
        'Kestrel Lithium said it would cut production at its Kemerton plant in Peru and shift some processing to Chile.',
      ),
    ).toEqual(expect.not.arrayContaining(['PE']));
    expect(
      candidateValues(
        "Kestrel Mining's Reko Diq project in Peru will start production in 2028.",
        'relocation',
        'company',
      ),
    ).not.toContain('Reko Diq');
    expect(
      to('Kestrel Motors paused production at its plants in Peru and Chile after Bolivia imposed tariffs.'),
    ).toEqual([]);
  });

  it('reads a new plant "near" a city as a site in its country', () => {
    expect(
      candidateValues(
        'Kestrel Motors will build a new plant near Chennai to make trucks.',
        'relocation',
        'to',
      ),
    ).toContain('IN');
  });

  it('reads machines redeployed to a country as moved there', () => {
    expect(
      candidateValues(
        'Kestrel Mining said it would close its Chilean site and redeploy the machines to Peru.',
        'relocation',
        'to',
      ),
    ).toContain('PE');
  });

  it('reads a site a company operates, runs, owns or has as held, not moved to', () => {
    const sites = (text: string) => candidatesOfType(text, 'relocation').map((c) => c.slots.to);
    expect(sites('Kestrel Metals operates copper mines in Peru and a zinc smelter in Chile.')).toEqual([]);
    expect(sites('Kestrel Apparel is partnering with a certified garment factory in India.')).toEqual([]);
    expect(
      sites('Kestrel Motors, which has plants in China, will open a factory in Mexico next year.'),
    ).toEqual(['MX']);
    expect(sites('Kestrel Motors has built a new plant in Mexico to supply U.S. buyers.')).toEqual(['MX']);
    // An infinitive after the place opens an anchor of its own, which does not take the place from the site.
    expect(sites('Kestrel Motors is building a new plant in Mexico to assemble trucks.')).toContain('MX');
  });

  it('reads a country that closes a city unknown to the gazetteer as where the site is', () => {
    const found = events(
      'Chilean carmaker Kestrel Motors opened its first factory in Zarvona, Peru, on Tuesday.',
    );
    expect(found.flatMap((e) => (e.type === 'relocation' ? [e.to] : []))).toEqual(['PE']);
    // A month before the comma is no city: "from March, Peru's ministry said".
    expect(
      candidateValues(
        "Chile's copper exports to Peru are subject to a 15% safeguard duty from March, Peru's trade ministry said.",
        'tariff',
        'target',
      ),
    ).toContain('CL');
  });

  it('takes a market the goods serve for no place production moves to', () => {
    const found = events(
      "Taiwan's Kestrel Electronics has begun production at its new factory in Jalisco, Mexico, to supply servers to the US market.",
    ).flatMap((e) => (e.type === 'relocation' ? [e.to] : []));
    expect(found).toEqual(['MX']);
  });
});

describe('company names', () => {
  it('leaves a descriptor that opens the sentence out of the name after it', () => {
    expect(
      companies(
        'Chipmaker Kestrel Silicon Holdings will move its headquarters from Lima to Santiago, it said.',
      ),
    ).toContain('Kestrel Silicon Holdings');
  });

  it('names a known company as the article does, in full, and identifies it by the gazetteer name', () => {
    const long = events(
      'Taiwan Semiconductor Manufacturing Co. said on Monday it would build two more plants in Arizona.',
    ).find((e) => e.type === 'relocation');
    const short = events('TSMC said on Monday it would build two more plants in Arizona.').find(
      (e) => e.type === 'relocation',
    );
    expect(long && long.type === 'relocation' && long.company).toMatch(
      /^Taiwan Semiconductor Manufacturing Co\.?$/,
    );
    expect(short && short.type === 'relocation' && short.company).toBe('TSMC');
    expect(long?.id).toBe(short?.id);
  });

  it('reads a demonym before corporate words alone as the opening of a name ("Canadian Solar")', () => {
    expect(companies('Canadian Solar will move its headquarters from Canada to the United States.')).toEqual([
      'Canadian Solar',
    ]);
    // Before a name of its own, the demonym says where the company is from.
    expect(companies('Chinese Kestrel Mining will move its headquarters to Singapore.')).toEqual([
      'Kestrel Mining',
    ]);
  });

  it('takes a legal suffix alone ("the LLC") for no name', () => {
    const names = (text: string) =>
      analyseSentence({ text, start: 0, end: text.length }, 0, { published: null })
        .mentions.filter((m) => m.kind === 'organisation')
        .map((m) => m.value);
    expect(names('Treasury sanctioned the LLC that the clerk designated.')).toEqual([]);
    expect(
      entitiesOf(events('The sanctions list designated the LLC registered by Kestrel Metals LLC on Monday.')),
    ).not.toContain('LLC');
  });

  it('keeps "AI" at the end of a name ("Korvane AI"), where "AI chips" stay goods, and a capital that opens a name', () => {
    expect(
      entitiesOf(events('Peru added Korvane AI and Tesmaro AI to its export control list on Monday.')),
    ).toEqual(['Korvane AI', 'Tesmaro AI']);
    expect(
      slotsOf(events('Peru restricted exports of Korvane AI chips to Chile on Monday.')).map(
        (e) => e.type === 'export_restriction' && e.goods,
      ),
    ).toEqual(['AI chips']);
    expect(
      entitiesOf(events('The U.S. added Beijing Tesmaro Photonics Technology to the Entity List on Monday.')),
    ).toEqual(['Beijing Tesmaro Photonics Technology']);
  });

  it('reads export controls on named entities and additions to "its list" as blacklistings, and finds a name the action reaches first', () => {
    const rows = (text: string) =>
      events(text).map((e) => [
        e.type,
        e.type === 'blacklisting' ? e.entity : e.type === 'export_restriction' ? e.goods : '',
      ]);
    expect(
      rows(
        'Peru placed export restrictions on 27 entities, including Chilean firms Quillmark Photonics and Orevale Systems.',
      ).sort(),
    ).toEqual([
      ['blacklisting', 'Orevale Systems'],
      ['blacklisting', 'Quillmark Photonics'],
    ]);
    expect(
      rows(
        'The Pentagon added Tesmaro and Korvane to its list of companies tied to the Peruvian military.',
      ).sort(),
    ).toEqual([
      ['blacklisting', 'Korvane'],
      ['blacklisting', 'Tesmaro'],
    ]);
    expect(
      candidateValues(
        'China said it would add Veltrano to its unreliable entity list, a month after it placed Quillmark Corp on the list.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Veltrano');
  });

  it('reads the name a relative clause describes as the one it adds to a list', () => {
    expect(entitiesOf(events('Veltrano, which was added to the Entity List in 2019, makes lenses.'))).toEqual(
      ['Veltrano'],
    );
  });

  it('reads a freeze of named assets as a sanction, and a de-listing or unfreezing as its removal', () => {
    const rows = (text: string) =>
      events(text).flatMap((e) => (e.type === 'blacklisting' ? [[e.entity, e.action]] : []));
    expect(rows('Britain froze the assets of Veltrano Mining on Monday.')).toEqual([
      ['Veltrano Mining', 'add'],
    ]);
    expect(rows('The EU de-listed Veltrano Mining from its sanctions list in March.')).toEqual([
      ['Veltrano Mining', 'remove'],
    ]);
    expect(rows('London unfroze the assets of Veltrano Mining on Monday.')).toEqual([
      ['Veltrano Mining', 'remove'],
    ]);
  });

  it('reads the level a change goes to as its rate, an average change as no rate, and a gerund after "by" as the actor\'s', () => {
    expect(
      candidateValues(
        'Peru said it would reduce its 25 pct duty on wine to 20 pct from April.',
        'tariff',
        'rate_pct',
      ),
    ).toContain(20);
    expect(
      candidateValues(
        'Peru will cut import tariffs on 1,700 goods by an average of 20 pct next month.',
        'tariff',
        'rate_pct',
      ),
    ).not.toContain(20);
    const raised = articleCandidates({
      text: 'Lima retaliated by raising duties on Chilean wine.',
      published: null,
    }).find((c) => c.type === 'tariff' && c.action === 'raise');
    expect(raised?.features).toContain('action_subject:actor');
  });

  it('reads an agent behind a title modifier ("by former Peruvian President X")', () => {
    const tariff = articleCandidates({
      text: 'Exporters suffered from the high tariffs imposed on Chile by former Peruvian President Quillmark Arana.',
      published: null,
    }).find((c) => c.type === 'tariff' && c.action === 'impose');
    expect(tariff?.slots.imposer).toBe('PE');
    expect(tariff?.features).toContain('slot:imposer:agent');
  });

  it("gives an agent to the measure whose verb it follows, not to a later measure's", () => {
    const raised = articleCandidates({
      text: 'Duties announced by Canada in response to recently increased Peruvian duties came into force on Monday.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.action === 'raise' && c.features.includes('actor_option:0'));
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.map((c) => c.slots.imposer)).not.toContain('CA');
    const ruled = articleCandidates({
      text: 'A ruling by the Peruvian government imposing duties of 20 pct on Chilean wine angered exporters.',
      published: null,
    }).find((c) => c.type === 'tariff' && c.action === 'impose');
    expect(ruled?.slots.imposer).toBe('PE');
  });

  it('keeps an action set in an earlier period apart from the news, and reads "his" as the leader', () => {
    const text =
      'Peru sets copper duties. President Quillmark Arana on Monday imposed 15% duties on Chilean copper. During his first term he imposed similar duties on Chilean copper.';
    const candidates = articleCandidates({ text, published: '2025-03-10' }).filter(
      (c) => c.type === 'tariff',
    );
    const earlier = candidates.filter((c) => c.features.includes('earlier_period'));
    expect(earlier.length).toBeGreaterThan(0);
    const model = { ...getEventModel(), threshold: 0 };
    const found = decideEvents(candidates, { model }).filter(
      (e) => e.type === 'tariff' && e.imposer === 'PE',
    );
    const quotes = found.map((e) => e.citations?.map((c) => c.quote) ?? []);
    // However low the threshold, the first-term duties never share an event with Monday's.
    expect(quotes.some((q) => q.some((x) => x.startsWith('During his first term')))).toBe(true);
    expect(
      quotes.some((q) => q.some((x) => x.startsWith('During')) && q.some((x) => x.startsWith('President'))),
    ).toBe(false);
    const imposers = articleCandidates({
      text: 'Although Trump praised Modi in his first term, his earlier duties on copper hit India hard.',
      published: null,
    }).flatMap((c) =>
      c.type === 'tariff' && c.features.includes('actor_option:0') ? [c.slots.imposer] : [],
    );
    expect(imposers).toContain('US');
    expect(imposers).not.toContain('IN');
  });

  it('sets an action dated a year or more before the article in an earlier period, not one of last month', () => {
    const periods = (text: string) =>
      articleCandidates({ text, published: '2025-01-20' })
        .filter((c) => c.type === 'tariff')
        .map((c) => c.features.includes('earlier_period'));
    expect(periods('Headline. Peru imposed duties on Chilean copper in 2018.')).toContain(true);
    expect(periods('Headline. Peru imposed duties on Chilean copper in December.')).not.toContain(true);
    expect(periods('Headline. Peru imposed duties on Chilean copper in 2024.')).not.toContain(true);
  });

  it('dates an action by no day after the article, and reads no verb of a noun the measure is the topic of', () => {
    const candidates = articleCandidates({
      text: 'Peru delays copper duties. Peru had planned to roll out a 15% duty on Chilean copper on June 1. Talks on the duties were suspended on Friday.',
      published: '2025-05-27',
    }).filter((c) => c.type === 'tariff');
    const planned = candidates.filter((c) => c.analysis.sentence.text.includes('June 1'));
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.map((c) => c.date)).not.toContain('2025-06-01');
    const talks = candidates.filter((c) => c.analysis.sentence.text.startsWith('Talks'));
    expect(talks.length).toBeGreaterThan(0);
    // Talks were suspended, not the duties.
    expect(talks.map((c) => c.action)).not.toContain('remove');
  });

  it("takes the country of the article's places as the actor when it names no acting country at all", () => {
    const removed = articleCandidates({
      text: 'Veltrano Optics has been removed from the procurement blacklist, a filing in Peru showed.',
      published: '2025-02-10',
    }).filter((c) => c.type === 'blacklisting');
    expect(removed).toContainEqual(
      expect.objectContaining({
        action: 'remove',
        slots: expect.objectContaining({ authority: 'PE', entity: 'Veltrano Optics' }),
      }),
    );
    expect(removed[0]?.features).toContain('slot:authority:discourse_places');
  });

  it('takes no bloc from a list into a slot that takes only countries', () => {
    const destinations = candidateValues('Veltrano moved its plant to China and the EU', 'relocation', 'to');
    expect(destinations).toContain('CN');
    expect(destinations).not.toContain('EU');
  });

  it('reads a redomiciliation as a move of the headquarters', () => {
    const moves = events('Veltrano Mining plans to redomicile from Peru to Canada.').filter(
      (e) => e.type === 'relocation',
    );
    expect(moves).toEqual([expect.objectContaining({ to: 'CA', from: 'PE', scope: 'headquarters' })]);
  });

  it('reads a company named by its web address', () => {
    expect(companies('Quillmark.com moved its operations from Lima to Singapore.')).toContain(
      'Quillmark.com',
    );
    expect(companies('Mining pool operator Quillmark.com moved its operations to Singapore.')).toContain(
      'Quillmark.com',
    );
  });

  it('closes a name at a Nordic, Italian, Malaysian or Russian legal suffix', () => {
    expect(companies('Sorvik AB plans to shift production of pumps to Poland.')).toEqual(['Sorvik']);
    expect(companies('Kestova Oyj moved its headquarters to Sweden in March.')).toEqual(['Kestova']);
    expect(entitiesOf(events('The EU sanctioned Rostova Shipping OAO on Friday.'))).toEqual([
      'Rostova Shipping',
    ]);
  });

  it('reads a capitalised run that goes on from a known name as the rest of that name, not a member of its own', () => {
    expect(
      entitiesOf(
        events(
          'The Commerce Department removed two Chinese firms, Huawei Cloud and Sugon, from the Entity List.',
        ),
      ).sort(),
    ).toEqual(['Huawei Cloud', 'Sugon']);
  });

  it('reads a word saying what a person is before the name as a descriptor ("Russian businessman X")', () => {
    expect(
      entitiesOf(
        events('Britain removed Russian businessman Arkady Volkin from its sanctions list on Friday.'),
      ),
    ).toEqual(['Arkady Volkin']);
  });

  it('lists the person a role word introduces, not the company whose officer they are', () => {
    expect(entitiesOf(events('The Treasury sanctioned Gunvor and Rostova CEO Igor Sechkin.')).sort()).toEqual(
      ['Gunvor', 'Igor Sechkin'],
    );
    expect(entitiesOf(events('The Treasury sanctioned Rostova CEO Igor Sechkin and Gunvor.')).sort()).toEqual(
      ['Gunvor', 'Igor Sechkin'],
    );
    expect(
      entitiesOf(
        events(
          "Britain on Thursday sanctioned metals giant Nornickel's chief Vladimir Potanin, freezing his assets.",
        ),
      ),
    ).toEqual(['Vladimir Potanin']);
    // A role dated and set off by a comma, and the owner of frozen assets.
    expect(
      entitiesOf(events("Washington imposed sanctions on Rostova's former chief executive, Igor Sechkin.")),
    ).toEqual(['Igor Sechkin']);
    expect(entitiesOf(events('Britain froze the assets of Arkady Volkin, the founder of Rostova.'))).toEqual([
      'Arkady Volkin',
    ]);
    // A company whose officer speaks is still the one that acts.
    expect(
      companies("Kestrel's chief executive Young Liu said the company will move some production to India."),
    ).toContain('Kestrel');
  });

  it('reads no relocation into the place of a plant that closes', () => {
    expect(companies('Maltrin said it would close its valve plant in Stuttgart, Germany.')).toEqual([]);
    expect(
      events(
        'Maltrin said it would close its valve plant in Stuttgart, Germany, and move production to Brno, Czech Republic.',
      ).flatMap((e) => (e.type === 'relocation' ? [e.to] : [])),
    ).toEqual(['CZ']);
  });
});

describe('event identity', () => {
  it('reads two measure words joined by "and" before their noun as one measure', () => {
    const found = events(
      'Peru set final anti-dumping and countervailing duties of up to 35% on solar panels from Chile.',
    ).filter((e) => e.type === 'tariff');
    expect(found).toHaveLength(1);
  });

  it('keeps two controls on goods that share only a function word ("and") apart', () => {
    const found = events(
      "Peru has banned exports of tin and zinc to Chile. The move follows Peru's ban on exports of copper and silver to Chile.",
    ).filter((e) => e.type === 'export_restriction');
    expect(found.map((e) => e.goods).sort()).toEqual(['copper and silver', 'tin and zinc']);
  });

  it('merges the same action reported by two articles, and keeps two actions apart', () => {
    const first = events('The United States imposed a 10% tariff on Chinese solar panels in February 2025.');
    const second = events(
      'Washington slapped a 10% duty on solar panels from China in February 2025, officials said.',
    );
    const other = events('The United States imposed a 10% tariff on Chinese motorcycles in June 2019.');
    const tariff = (found: ReturnType<typeof events>) => found.find((e) => e.type === 'tariff');
    expect(tariff(first)?.id).toBeDefined();
    expect(tariff(first)?.id).toBe(tariff(second)?.id);
    expect(tariff(first)?.id).not.toBe(tariff(other)?.id);
  });

  const base = {
    type: 'tariff',
    imposer: 'US',
    target: 'JP',
    action: 'impose',
    rate_pct: 100,
    effective_date: null,
  };
  it('is the same for the same action worded differently', () => {
    expect(eventId({ ...base, goods: 'steel pipes', date: '2025-03-04' })).toBe(
      eventId({ ...base, goods: 'steel', date: '2025-03-20' }),
    );
  });
  it('differs for other goods or another month', () => {
    expect(eventId({ ...base, goods: 'motorcycles', date: '1983-04' })).not.toBe(
      eventId({ ...base, goods: 'computers', date: '1983-04' }),
    );
    expect(eventId({ ...base, goods: 'steel', date: '2018-03' })).not.toBe(
      eventId({ ...base, goods: 'steel', date: '2025-03' }),
    );
  });
});

describe('confidence calibration', () => {
  it('recovers the scaling of scores whose outcomes follow a known curve', () => {
    // Outcomes drawn from p = σ(2z − 1) on a fixed grid, so the fit has one right answer.
    const points: { z: number; label: 0 | 1 }[] = [];
    for (let i = 0; i <= 400; i++) {
      const z = -4 + i * 0.02;
      const p = 1 / (1 + Math.exp(-(2 * z - 1)));
      const positives = Math.round(p * 200);
      for (let k = 0; k < 200; k++) points.push({ z, label: k < positives ? 1 : 0 });
    }
    const { scale, shift } = fitCalibration(points);
    expect(scale).toBeCloseTo(2, 1);
    expect(shift).toBeCloseTo(-1, 1);
    const model = { bias: 0.5, weights: { a: 1 }, calibration: { scale, shift } };
    expect(score(model, ['a'])).toBeCloseTo(1 / (1 + Math.exp(-(2 * 1.5 - 1))), 1);
  });
});

describe('roles and reaches read on mining news (fifteenth session)', () => {
  it('takes no party from what a measure is likened to', () => {
    const targets = candidateValues(
      'Vietnam has banned exports of tin ore, similar to Indonesia’s nickel policy.',
      'export_restriction',
      'target',
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(targets).not.toContain('ID');
  });

  it('counts a list of goods and a country as one word each in the reach of the action', () => {
    const actions = candidatesOfType(
      "Chile's ban on exports of lithium, copper and molybdenum to the United States was lifted on Tuesday.",
      'export_restriction',
    ).map((c) => c.action);
    expect(actions).toContain('remove');
  });

  it('lists a name that repeats the preposition after a conjunction', () => {
    const entities = candidateValues(
      'Britain imposed sanctions on Delta Mining Bank and on Corvex on Wednesday.',
      'blacklisting',
      'entity',
    );
    expect(entities).toEqual(expect.arrayContaining(['Delta Mining Bank', 'Corvex']));
  });

  it('gives a gerund after "by" the subject of the verb before a time', () => {
    const actions = candidatesOfType(
      'Ottawa responded on Monday by threatening a 30% tariff on U.S. steel.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).toContain('threaten');
  });

  it('lets the country export goods come from act for an export control named without its actor', () => {
    const text =
      'China expanded its export controls on rare earths on Thursday. President Trump called the move hostile and said he would respond. Foreign firms will need a licence to export magnets containing rare earths sourced from China.';
    const imposers = articleCandidates({ text, published: null }).flatMap((c) =>
      c.type === 'export_restriction' && c.analysis.index === 2 ? [c.slots.imposer] : [],
    );
    expect(imposers.length).toBeGreaterThan(0);
    expect(imposers[0]).toBe('CN');
  });

  it('gives no answering country as the target of a measure on all imports', () => {
    const text =
      "Copper rose on Trump's plan to put tariffs on all steel imports while Chinese retaliatory tariffs on U.S. coal took effect.";
    const us = candidatesOfType(text, 'tariff').filter((c) => c.slots.imposer === 'US');
    expect(us.length).toBeGreaterThan(0);
    for (const c of us) expect(c.slots.target).toBeNull();
  });

  it('reads a retaliation against a measure as no action of it, and a gerund after it as the retaliating side', () => {
    const text = 'Canada has retaliated against the U.S. aluminum tariffs by raising duties on bourbon.';
    const tariffs = candidatesOfType(text, 'tariff');
    const aluminum = tariffs.filter(
      (c) => c.slots.goods === 'aluminum' && c.features.includes('actor_option:0'),
    );
    expect(aluminum.length).toBeGreaterThan(0);
    for (const c of aluminum) expect(c.slots.imposer).toBe('US');
    const raised = tariffs.find((c) => c.action === 'raise');
    expect(raised?.slots.imposer).toBe('CA');
    expect(raised?.features).toContain('action_subject:actor');
    const answered = candidatesOfType(
      'Seoul plans no retaliatory measures against the U.S. tariffs on its steel.',
      'tariff',
    );
    expect(answered.length).toBeGreaterThan(0);
    for (const c of answered) expect(c.slots.imposer).not.toBe('KR');
  });

  it('tells a proposal by another party from one by the actor', () => {
    const proposers = (text: string) =>
      candidatesOfType(text, 'tariff').flatMap((c) => c.features.filter((f) => f.startsWith('proposed_by:')));
    expect(proposers('Vietnam will seek an exemption from the 46% U.S. tariff on its shoes.')).toContain(
      'proposed_by:other',
    );
    expect(
      proposers('Brazilian farmers urged Brasilia to seek relief from the 50% U.S. tariff on coffee.'),
    ).toContain('proposed_by:other');
    expect(proposers('The United States proposed on Tuesday a 25% tariff on imported copper.')).toContain(
      'proposed_by:actor',
    );
    // Weighed right before the measure's word, the measure is no event at all.
    expect(proposers('The United States is considering a 25% tariff on imported copper.')).toEqual([]);
  });

  it('reads production that currently or still goes on at a site as no move there', () => {
    expect(
      candidatesOfType(
        'Samsung SDI currently makes cathodes for Asian customers at a plant in Poland.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidateValues('Samsung SDI will make cathodes at a new plant in Poland.', 'relocation', 'to'),
    ).toContain('PL');
  });

  it('reads resumed exports as an eased control and tighter checks on shipments as a tighter one', () => {
    const resumed = candidatesOfType(
      'Beijing resumed exports of germanium to Europe after the talks.',
      'export_restriction',
    );
    expect(resumed.map((c) => [c.action, c.slots.imposer, c.slots.goods])).toContainEqual([
      'ease',
      'CN',
      'germanium',
    ]);
    const checked = candidatesOfType(
      'Chinese authorities have tightened checks on shipments of graphite to Japan.',
      'export_restriction',
    );
    expect(checked.map((c) => [c.action, c.slots.imposer, c.slots.goods])).toContainEqual([
      'expand',
      'CN',
      'graphite',
    ]);
  });

  it('gives no target to a measure aimed at any country', () => {
    const text =
      'Washington put tariffs on Chinese solar panels on Monday. Trump plans reciprocal tariffs targeting any country that charges higher duties.';
    const targets = articleCandidates({ text, published: null }).flatMap((c) =>
      c.type === 'tariff' && c.analysis.index === 1 ? [c.slots.target] : [],
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t === null)).toBe(true);
  });

  it('reads the listed party past a trade in "-ing", an owner, an employer and a possessor of people', () => {
    const entities = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(entities('The U.S. added Chinese quantum computing firm Qubitra to the Entity List.')).toContain(
      'Qubitra',
    );
    expect(
      entities("Ottawa delisted Russian tycoon Pavel Orlov's former company Severtal on Friday."),
    ).toEqual(['Severtal']);
    expect(
      entities(
        'Britain sanctioned five Russians, among them Ilya Sorokin, a director of the Polyus gold miner.',
      ),
    ).not.toContain('Polyus');
    expect(entities("The U.S. sanctioned Gazprom's executives and Rosneft.")).toEqual(['Rosneft']);
  });

  it('neither targets nor gives the act to a country said not to be subject to a measure', () => {
    const text = 'Kazakhstan is not subject to the export controls Beijing imposed on tungsten in February.';
    const candidates = candidatesOfType(text, 'export_restriction');
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(c.slots.target).not.toBe('KZ');
      expect(c.slots.imposer).not.toBe('KZ');
    }
  });
});

describe('verbs, clauses and effects read on 2025 trade news (seventeenth session)', () => {
  it('reads an anchor word used as a verb ("to levy") as the action of the anchor it governs', () => {
    const candidates = candidatesOfType(
      'Prime Minister Mark Carney said he plans to levy 25% tariffs on American copper.',
      'tariff',
    );
    expect(candidates.map((c) => [c.slots.rate_pct, c.slots.goods])).toEqual([[25, 'copper']]);
    expect(candidateValues('China said it would levy 15% on American coal.', 'tariff', 'rate_pct')).toContain(
      15,
    );
  });

  it('reads no raise in a measure that raised worries or questions', () => {
    for (const text of [
      'The U.S. tariff on Mexico raised worries about the cost of trucks, dealers said.',
      "Canada's duties on Chinese steel have raised questions among builders.",
    ])
      expect(candidateValues(text, 'tariff', 'imposer').length).toBeGreaterThan(0);
    expect(
      candidatesOfType('The U.S. tariff on Mexico raised worries about the cost of trucks.', 'tariff').map(
        (c) => c.action,
      ),
    ).not.toContain('raise');
    expect(
      candidatesOfType(
        "Canada's duties on Chinese steel have raised questions among builders.",
        'tariff',
      ).map((c) => c.action),
    ).not.toContain('raise');
  });

  it('reads the subject of a passive grant ("was granted a pause") as the country spared, not the actor', () => {
    const text =
      'Trump imposed 25% tariffs on Canada and Mexico on Tuesday. On Wednesday Mexico was granted a 30-day pause on the tariffs.';
    const removals = candidatesOfType(text, 'tariff').filter((c) => c.action === 'remove');
    expect(removals.length).toBeGreaterThan(0);
    for (const c of removals) {
      expect(c.slots.imposer).toBe('US');
      expect(c.slots.target).toBe('MX');
    }
  });
  it('reads tariff threats against a named country as a threat to it, and leaves bare tariff threats generic', () => {
    const threats = candidatesOfType(
      'Trump renewed his tariff threats against Canada on Friday, saying Ottawa had not done enough.',
      'tariff',
    );
    expect(threats.map((c) => [c.action, c.slots.imposer, c.slots.target])).toContainEqual([
      'threaten',
      'US',
      'CA',
    ]);
    expect(candidatesOfType('Tariff threats weighed on stocks as investors worried.', 'tariff')).toEqual([]);
  });
  it('reads "from July" and "take effect in August" as when a measure takes effect, ahead when it is still to come', () => {
    const effective = (text: string) =>
      articleCandidates({ text, published: '2025-06-03' }).map((c) => c.slots.effective_date);
    expect(
      effective('The European Union will levy duties of 20% on Russian fertiliser from July.'),
    ).toContain('2025-07');
    expect(effective('Mexico imposed duties on Chinese steel. The duties take effect in August.')).toContain(
      '2025-08',
    );
  });
  it('reads two unknown companies joined by "and" as the subject, a first name among them too', () => {
    expect(companies('Foxconn and Pegatron have moved production to Vietnam.')).toEqual([
      'Foxconn',
      'Pegatron',
    ]);
    expect(companies('Longi and Trina have moved production to Vietnam to avoid U.S. duties.')).toEqual([
      'Longi',
      'Trina',
    ]);
    expect(
      companies(
        'Several Chinese solar companies, including Longi and Trina, have moved production to Vietnam.',
      ),
    ).toEqual(['Longi', 'Trina']);
  });

  it('crosses a list of companies with a list of countries, and pairs them when they go "respectively"', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => `${c.slots.company}>${c.slots.to}`);
    expect(moves('Rio Tinto and BHP moved production to Vietnam and Malaysia.')).toEqual([
      'Rio Tinto>VN',
      'Rio Tinto>MY',
      'BHP>VN',
      'BHP>MY',
    ]);
    expect(moves('Rio Tinto and BHP moved production to Vietnam and Malaysia respectively.')).toEqual([
      'Rio Tinto>VN',
      'BHP>MY',
    ]);
  });
  it('reads the country of a site that work moves away from as where it moves from, not to', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => `${c.slots.company}:${c.slots.from}>${c.slots.to}`);
    expect(moves('Pegatron is shifting work from its Chinese factories to Vietnam.')).toEqual([
      'Pegatron:CN>VN',
    ]);
    // Foxconn is known (data/companies.json), so its home country may stand where no origin is read.
    expect(
      moves(
        'Foxconn has started trial production of AI servers at its new plant in Guadalajara, Mexico, shifting work from its Chinese factories.',
      ),
    ).toEqual([expect.stringMatching(/^Foxconn:(?:null|TW|CN)>MX$/)]);
  });
  it('reads a rate that a measure falls or rises to as a cut or a raise, and "drop to" as no removal', () => {
    const actions = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => [c.action, c.slots.rate_pct]);
    expect(actions('Under the agreement, U.S. tariffs on Japanese cars fall to 15%.')[0]).toEqual([
      'reduce',
      15,
    ]);
    expect(actions('Chinese levies on U.S. goods will drop to 10% from 125%.')).not.toContainEqual([
      'remove',
      10,
    ]);
    expect(actions('The U.S. tariff on Chinese goods climbed to 104% on Wednesday.')[0]).toEqual([
      'raise',
      104,
    ]);
  });

  it('gives a measure in a "with" clause its own modifier as actor, not the subject of the clause before', () => {
    const readings = candidatesOfType(
      'The U.S. and China agreed to slash reciprocal tariffs for 90 days, with U.S. duties falling to 30%.',
      'tariff',
    );
    expect(
      readings.filter((c) => c.slots.rate_pct === 30).map((c) => [c.action, c.slots.imposer]),
    ).toContainEqual(['reduce', 'US']);
    expect(readings.filter((c) => c.slots.rate_pct === 30).map((c) => c.slots.imposer)).not.toContain('CN');
  });

  it("reads reciprocal tariffs that two partners agree to cut as each one's on the other", () => {
    const cuts = candidatesOfType(
      'The U.S. and China agreed to slash reciprocal tariffs for 90 days.',
      'tariff',
    )
      .filter((c) => c.action === 'reduce')
      .map((c) => `${c.slots.imposer}>${c.slots.target}`);
    expect(cuts).toEqual(expect.arrayContaining(['US>CN', 'CN>US']));
    expect(
      candidateValues(
        "A tariff conflict with other nations may be on the cards, with Trump set to announce 'reciprocal tariffs' on imports from all countries.",
        'tariff',
        'target',
      ).every((t) => t === null),
    ).toBe(true);
  });
  it('reads a US trade statute named before a measure ("Section 232 tariffs") as the US', () => {
    expect(
      candidateValues(
        'The Section 232 tariffs on copper semi-finished products took effect on August 1.',
        'tariff',
        'imposer',
      ),
    ).toContain('US');
  });

  it('reads "an additional 10% on Chinese imports" after a measure as another measure on its own target, with the first one’s verb', () => {
    const readings = candidatesOfType(
      'Trump said he would impose a 25% tariff on Mexico and Canada, and an additional 10% on goods from China.',
      'tariff',
    ).map((c) => `${c.action}:${c.modality}:${c.slots.target}:${c.slots.rate_pct}`);
    expect(readings).toContain('impose:announced:CN:10');
    expect(readings).not.toContain('impose:announced:CA:10');
    expect(readings.filter((r) => r.endsWith(':CN:10'))).toHaveLength(1);
  });
  it('reads "take effect today" as the effective date, and "will invest in a plant" as a plan', () => {
    expect(
      articleCandidates({
        text: 'Meanwhile, Canadian tariffs on U.S. steel take effect today in retaliation for U.S. levies.',
        published: '2025-06-03',
      }).map((c) => c.slots.effective_date),
    ).toContain('2025-06-03');
    expect(
      candidateValues(
        'Hyundai will invest $5.8 billion in a steel plant in Louisiana, which will supply its U.S. car factories.',
        'relocation',
        'status',
      ),
    ).not.toContain('completed');
    expect(
      candidateValues(
        'Canaan, a company that used to be entirely based out of China, began production in the US this year.',
        'relocation',
        'status',
      ),
    ).toEqual(['completed']);
  });
  it('reads a company leaving one country for another as a move to the second', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => `${c.slots.company}>${c.slots.to}`);
    expect(moves('Bitmain is leaving China for Texas, where it will assemble mining rigs.')).toEqual([
      'Bitmain>US',
    ]);
    expect(moves('The CEO left the meeting for Paris on Monday, Bitmain said.')).toEqual([]);
  });
  it('reads the level a rate comes down from as no party, and an auxiliary after the measure as its modality', () => {
    const accepted = candidatesOfType(
      'Vietnam agreed to a 20% U.S. tariff on its exports, down from the 46% Trump had threatened.',
      'tariff',
    );
    expect(accepted.map((c) => [c.slots.imposer, c.slots.target, c.slots.rate_pct])).toContainEqual([
      'US',
      'VN',
      20,
    ]);
    const doubled = candidatesOfType(
      'The White House said the 25% levy on Indian goods would double to 50% on August 27.',
      'tariff',
    ).find((c) => c.action === 'raise');
    expect(doubled && [doubled.modality, doubled.slots.rate_pct]).toEqual(['announced', 50]);
    expect(
      candidatesOfType('Tariffs on steel could rise to 50%, analysts said.', 'tariff').map((c) => c.modality),
    ).not.toContain('asserted');
  });
  it('opens no goods phrase with a quantifier ("several bauxite miners")', () => {
    expect(
      candidateValues(
        'Guinea suspended the export licences of several bauxite miners last month.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['bauxite']);
  });
  it('aims the measure a retaliation answers at the retaliating side, over the article’s main target', () => {
    const text =
      'Trump imposed tariffs on Iranian oil last year. Meanwhile, Chinese tariffs on US goods take effect today in retaliation for Trump’s recent levies.';
    const answered = articleCandidates({ text, published: '2025-02-10' }).filter(
      (c) => c.type === 'tariff' && c.analysis.index === 1 && c.slots.imposer === 'US',
    );
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.map((c) => c.slots.target)).toEqual(answered.map(() => 'CN'));
  });
  it('reads "the bloc" as the EU when the EU is the last group of countries named before it', () => {
    const imposers = (text: string) =>
      articleCandidates({ text, published: '2025-06-03' })
        .filter(
          (c) => c.type === 'tariff' && c.analysis.index === 1 && c.features.includes('slot:imposer:subject'),
        )
        .map((c) => c.slots.imposer);
    expect(
      imposers(
        'The European Union is stepping up its trade defence. The bloc also slapped duties on Indonesian stainless steel.',
      ),
    ).toContain('EU');
    expect(
      imposers(
        'The European Union met BRICS envoys. The bloc also slapped duties on Indonesian stainless steel, Brazil said.',
      ),
    ).not.toContain('EU');
  });
  it('reads whom a pause or an exemption is for as the target spared, and no other "for"', () => {
    expect(
      candidatesOfType(
        'The White House said Trump had extended the pause on higher tariffs for China by another 90 days.',
        'tariff',
      )
        .filter((c) => c.action === 'remove')
        .map((c) => c.slots.target),
    ).toContain('CN');
    expect(
      candidateValues(
        'The duties will apply to goods entering the country from Oct 30, a spokeswoman for the U.S. embassy said.',
        'tariff',
        'target',
      ),
    ).not.toContain('US');
  });
  it('reads a plan before a long noun phrase opening ("plans to build a $2.4 billion battery plant")', () => {
    const statuses = (text: string) => candidateValues(text, 'relocation', 'status');
    expect(statuses('Verdane Cells plans to build a $2.4 billion lithium battery plant in Ohio.')).toEqual([
      'planned',
    ]);
    // A verb the lexicon also knows as a noun, read as one after "to".
    expect(statuses('Verdane Cells plans to open a $2.4 billion lithium battery plant in Ohio.')).toEqual([
      'planned',
    ]);
    // A preposition between the verb and the phrase: the phrase is not that verb's object.
    expect(
      candidatesOfType(
        'Verdane Cells started U.S. production in April, aiming to shield itself from Trump’s Liberation Day tariffs.',
        'tariff',
      ).map((c) => c.modality),
    ).toEqual(['asserted']);
  });
  it("reads the government that tightens a country's export curbs as their imposer, that country as target", () => {
    const firstReading = (text: string) =>
      articleCandidates({ text, published: null })
        .filter((c) => c.type === 'export_restriction' && c.features.includes('actor_option:0'))
        .map((c) => [c.action, c.slots.imposer, c.slots.target]);
    expect(firstReading('Washington tightened China chip export curbs on Monday.')).toContainEqual([
      'expand',
      'US',
      'CN',
    ]);
    // A government that only speaks of them is not their imposer.
    expect(
      firstReading('The United States criticised Chinese export curbs on rare earths on Monday.').map(
        ([, imposer]) => imposer,
      ),
    ).not.toContain('US');
  });
  it('reads the subject of a verb group before "new" as the actor, and "starting in August" as no goods', () => {
    const [candidate] = candidatesOfType(
      'Ankara said it would levy new tariffs on U.S. ethanol starting in August.',
      'tariff',
    );
    expect(candidate?.features).toContain('action_subject:actor');
    expect(candidate?.slots.goods).toBe('ethanol');
  });
  it("gives the article's main target only to its main actor's measures", () => {
    const targets = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.analysis.index === 2)
        .map((c) => [c.slots.imposer, c.slots.target]);
    const context =
      'Washington will put 25% tariffs on imports from Mexico. Carmakers fear the duties on Mexico will hit margins.';
    expect(targets(`${context} Separately, Vietnam plans to cut tariffs on 30 products.`)).toContainEqual([
      'VN',
      null,
    ]);
    expect(targets(`${context} Separately, Vietnam plans to cut tariffs on 30 products.`)).not.toContainEqual(
      ['VN', 'MX'],
    );
    expect(
      targets(`${context} The administration also said the tariffs would start in March.`),
    ).toContainEqual(['US', 'MX']);
  });
  it("reads a date still to come in the measure's clause as when it takes effect, with no cue before it", () => {
    const effective = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'tariff')
        .map((c) => c.slots.effective_date);
    expect(effective('The EU will raise duties on Russian fertilisers next month.')).toContain('2025-04');
    // A date gone by dates the action, not its start.
    expect(effective('The EU raised duties on Russian fertilisers last month.')).not.toContain('2025-02');
  });
  it('reads the government of a relative clause after a measure as its actor, and the clause as its modality', () => {
    const [first] = candidatesOfType(
      'Lima is still weighing its response to the 25% tariffs on copper, which Washington imposed in March.',
      'tariff',
    );
    expect([first?.slots.imposer, first?.modality]).toEqual(['US', 'asserted']);
    // A clause about the goods, whose verb is no action word, names no actor of the measure.
    expect(
      candidatesOfType(
        'Customs started to collect a levy on the Peruvian shipments that Washington ordered inspected.',
        'tariff',
      ).flatMap((c) => c.features),
    ).not.toContain('slot:imposer:relative_subject');
  });
  it('reads the agent after "by" as the subject of a participle after the measure', () => {
    const subjects = (text: string) =>
      candidatesOfType(text, 'tariff').flatMap((c) =>
        c.features.filter((f) => f.startsWith('action_subject:')),
      );
    expect(subjects('Wine exporters fear the duties announced by Beijing last week.')).toContain(
      'action_subject:actor',
    );
    expect(subjects('Wine exporters fear the duties announced by the ministry last week.')).not.toContain(
      'action_subject:actor',
    );
  });
  it('reads a verb shared by two conjuncts ("will fall to 30% and Chinese levies to 10%") for each', () => {
    const reductions = candidatesOfType(
      'Under the deal, Peruvian tariffs on Chilean wine will fall to 8% and Chilean levies on Peruvian grapes to 6%.',
      'tariff',
    )
      .filter((c) => c.action === 'reduce' && c.features.includes('actor_option:0'))
      .map((c) => [c.slots.imposer, c.slots.target, c.slots.rate_pct]);
    expect(reductions).toContainEqual(['PE', 'CL', 8]);
    expect(reductions).toContainEqual(['CL', 'PE', 6]);
  });
  it('reads what follows "over" after a measure as its reason, and no word of a name as an action', () => {
    const readings = candidatesOfType(
      'Washington raised tariffs on Brazilian goods to 50%, doubling the levy over New Delhi’s purchases of Russian oil.',
      'tariff',
    );
    expect(readings.map((c) => c.slots.target)).not.toContain('RU');
    expect(readings.map((c) => c.slots.goods)).not.toContain('oil');
  });
  it("reaches the passive verb of a measure that is its clause's subject, however long its goods", () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(
      actions(
        'Ottawa’s counter-tariffs on $20 billion of American goods, including bourbon, orange juice and washing machines, were paused for six months.',
      ),
    ).toContain('remove');
    // A verb that is not the measure's own predicate gives no reach ("analysts who track the duties …").
    expect(
      actions(
        'Analysts who track Ottawa’s counter-tariffs on $20 billion of American goods, including bourbon, orange juice and washing machines, were surprised.',
      ),
    ).not.toContain('remove');
  });
});

describe('words of other senses and lists, read on pages that are not trade news and on written sentences (nineteenth session)', () => {
  it('names goods by whole words, not by their first letters ("Automatic", "carried", "cards")', () => {
    const goods = (text: string) => candidateValues(text, 'tariff', 'goods');
    expect(goods('Automatic tariff increases will follow if talks fail, Washington said.')).not.toContain(
      'Automatic',
    );
    expect(goods('Since 2018, drones made in China have carried a 25% US duty.')).not.toContain('carried');
    expect(goods('Washington imposed 25% tariffs on cars and auto parts.')).toContain('cars and auto parts');
  });
  it('reads "duty" in the sense of work ("suspended from duty", "presidential duties") as no tariff', () => {
    expect(
      candidatesOfType('Seoul suspended three commanders from duty after the martial law decree.', 'tariff'),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Seoul said the president could no longer carry out his presidential duties.',
        'tariff',
      ),
    ).toEqual([]);
    expect(candidatesOfType('Seoul imposed duties on Chinese steel plates.', 'tariff')).not.toEqual([]);
  });
  it('reads a capitalised anchor word after another capital, with prose going on, as the end of a name', () => {
    expect(
      candidatesOfType(
        'Beijing officials met with Energy Control on harm reduction projects for rare earth workers.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Beijing officials tightened control on exports of rare earth magnets.',
        'export_restriction',
      ),
    ).not.toEqual([]);
  });
  it('reads action words by their forms, not by their first letters ("double-digit", "Denmark")', () => {
    expect(
      candidatesOfType('Washington’s double-digit tariffs on Chinese goods remain in force.', 'tariff').map(
        (c) => c.action,
      ),
    ).not.toContain('raise');
    expect(
      candidatesOfType(
        'Denmark’s companies secured access to rare earth magnets from China.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Washington denied Chinese firms access to rare earth magnets.', 'export_restriction'),
    ).not.toEqual([]);
  });
  it('goes on with a list after a member’s possessive ("Inspur’s subsidiaries and Sugon")', () => {
    const entities = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(
      entities(
        'The Commerce Department added 27 Chinese entities, including Inspur’s subsidiaries and Sugon, to the Entity List.',
      ),
    ).toEqual(expect.arrayContaining(['Inspur', 'Sugon']));
  });
  it('reads a quantifier after the measure’s preposition as no goods ("tariffs on most U.S. goods")', () => {
    expect(
      candidateValues('Beijing dropped tariffs on most U.S. goods on Monday.', 'tariff', 'goods'),
    ).not.toContain('most');
  });
  it('reads a range of rates after the measure as no goods ("duties of between 14.6% and 39.9% on …")', () => {
    const goods = candidateValues(
      'Brussels imposed anti-dumping duties of between 14.6% and 39.9% on Chinese hardwood plywood.',
      'tariff',
      'goods',
    );
    expect(goods).not.toContain('between');
    expect(goods).toContain('hardwood plywood');
  });
  it('lists whoever holds a company’s role, named or not, and not the company ("Rusal’s former chief executive")', () => {
    expect(
      candidateValues(
        'The UK sanctioned Russian metals giant Rusal’s former chief executive and two aluminium traders.',
        'blacklisting',
        'entity',
      ),
    ).not.toContain('Rusal');
    expect(candidateValues('The EU sanctioned Rusal’s parent En+ Group.', 'blacklisting', 'entity')).toEqual([
      'En+ Group',
    ]);
  });
  it('reads the country that faces a measure added to another as no actor of either ("on top of the existing tariff")', () => {
    expect(
      firstImposers(
        'India will face an additional 25% duty on top of the existing 25% tariff, raising the total to 50%.',
      ),
    ).not.toContain('IN');
  });
  it('reads exports that "would require special permits" as an export control', () => {
    const found = candidatesOfType(
      'China’s commerce ministry said exports of graphite would require special permits from December 1.',
      'export_restriction',
    );
    expect(found.map((c) => [c.action, c.slots.imposer, c.slots.goods])).toContainEqual([
      'impose',
      'CN',
      'graphite',
    ]);
  });
});

describe('forecasts, proposers and names, read on sentences written for the purpose (twentieth session)', () => {
  it('reads a possibility that others expect ("analysts expect Washington could raise") as no threat', () => {
    const actions = candidatesOfType(
      'Analysts expect Washington could raise tariffs on copper to 50% later this year.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).not.toContain('threaten');
    expect(
      candidatesOfType('Trump said he could raise tariffs on copper to 50% later this year.', 'tariff').map(
        (c) => c.action,
      ),
    ).toContain('threaten');
  });
  it('reads a site word right before a name the gazetteers do not know as describing it ("the Chinese refinery Shandong Yulong")', () => {
    expect(
      candidatesOfType(
        'The U.K. sanctioned 20 vessels on Friday and added the Chinese refinery Shandong Yulong to its list.',
        'relocation',
      ),
    ).toEqual([]);
    expect(companies('Ford opened the plant Tuesday in Mexico.')).toContain('Ford');
  });
  it('ends free goods at a word of where the measure starts ("on hot-rolled coil above the quota")', () => {
    expect(
      candidateValues(
        'The European Commission set a 25% duty on hot-rolled coil above the quota.',
        'tariff',
        'goods',
      ),
    ).toEqual(['hot-rolled coil']);
  });
  it('reads lawmakers or an industry that urge a government to act as proposing for others', () => {
    // Called for by others, the measure is weighed right before its word: no candidate at all (the proposer's
    // feature is read where a candidate stays, in the test of what an actor or another proposes).
    expect(
      candidatesOfType('Steel industry groups have called for Canadian tariffs on Chinese steel.', 'tariff'),
    ).toEqual([]);
    // A request made of the government for the action itself is no action of the government's at all.
    expect(
      candidatesOfType(
        'A group of senators urged Washington to ban exports of advanced chipmaking tools to China.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Steel industry groups have urged Ottawa to impose tariffs on Chinese steel.',
        'tariff',
      ),
    ).toEqual([]);
  });
  it('lists the companies a person’s possessive names, not the person ("Oleg Deripaska’s former companies En+ and Rusal")', () => {
    const entities = candidateValues(
      'The Treasury removed Oleg Deripaska’s former companies En+ and Rusal from the SDN list in January 2019.',
      'blacklisting',
      'entity',
    );
    expect(entities).toEqual(expect.arrayContaining(['En+', 'Rusal']));
    expect(entities).not.toContain('Oleg Deripaska');
  });
  it('knows manufacturers named like a city or with words of a title ("Toyota", "Hon Hai")', () => {
    expect(companies('Toyota will move its battery production from China to Mexico.')).toEqual(['Toyota']);
    expect(companies('Hon Hai will build a new iPhone plant in India.')).toEqual(['Hon Hai']);
  });
  it('reads known companies in a list of examples set off after the subject as the subject ("companies, including Ganfeng and Tongwei,")', () => {
    expect(
      companies(
        'Several Chinese solar companies, including Ganfeng and Tongwei, have moved production to Vietnam.',
      ),
    ).toEqual(['Ganfeng', 'Tongwei']);
  });
  it('reads countries each with its own rate after a measure, its word left out ("Cambodia 49% and Thailand 36%")', () => {
    const pairs = candidatesOfType(
      'Washington’s new tariffs took effect on Wednesday. Vietnam faces a 46% duty, Cambodia 49% and Thailand 36%.',
      'tariff',
    ).map((c) => `${c.slots.target}:${c.slots.rate_pct}`);
    expect(pairs).toEqual(expect.arrayContaining(['VN:46', 'KH:49', 'TH:36']));
  });
  it('reads a measure on "dozens of countries" as global, with no target from the article', () => {
    const targets = candidateValues(
      'The United States raised tariffs on imports from dozens of countries on Wednesday. Mining rigs imported from China now face a 104% tariff.',
      'tariff',
      'target',
    );
    expect(targets[0]).toBeNull();
  });
  it('reads a noun of change right after the measure as its action ("introduced a sweeping tariff cut")', () => {
    const readings = candidatesOfType(
      'Taiwan introduced a sweeping tariff cut on some 1,700 foreign products last January.',
      'tariff',
    ).map((c) => [c.action, c.features.includes('action:default')]);
    expect(readings[0]).toEqual(['reduce', false]);
    expect(readings).not.toContainEqual(['impose', false]);
  });
  it('reads a transfer of technology, data or a stake as no relocation', () => {
    expect(
      candidatesOfType(
        'Japan’s Toshiba was punished over a subsidiary’s transfer of submarine technology to the Soviet Union.',
        'relocation',
      ),
    ).toEqual([]);
    expect(companies('Toshiba will transfer its laptop production to Vietnam.')).toEqual(['Toshiba']);
  });
  it('reads the portfolio of a minister as no company ("British Corporate Affairs minister Michael Howard")', () => {
    expect(
      companies('British Corporate Affairs minister Michael Howard leaves for Japan on Saturday.'),
    ).toEqual([]);
  });
  it('reads "Midlands" as no Zimbabwean province ("MG Rover’s Midlands plant")', () => {
    expect(
      candidateValues('Some 2,000 jobs at MG Rover’s Midlands plant may be cut.', 'relocation', 'to'),
    ).not.toContain('ZW');
  });
  it('reads people who migrate or move as no company relocating ("many Pacific people migrate to New Zealand")', () => {
    expect(
      candidatesOfType('Many Pacific people migrate to New Zealand for employment.', 'relocation'),
    ).toEqual([]);
  });
  it('reads exports said to have been banned, with their origin and destination between ("exports from China to the U.S. have been banned")', () => {
    const found = candidatesOfType(
      'Gallium exports from China to the U.S. have been banned since December.',
      'export_restriction',
    );
    expect(found.map((c) => [c.action, c.slots.imposer, c.slots.target])).toContainEqual([
      'impose',
      'CN',
      'US',
    ]);
  });
  it('reads a participle that opens the sentence or follows a determiner as an adjective ("Limited exports of gallium reached Japan")', () => {
    expect(
      candidatesOfType(
        'Limited exports of gallium reached Japan last month, customs data showed.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Prices rose amid restricted exports of germanium.', 'export_restriction'),
    ).toEqual([]);
    expect(
      candidatesOfType('China limited exports of gallium last month.', 'export_restriction').map(
        (c) => c.action,
      ),
    ).toContain('impose');
  });
  it('reads a level a measure "could reach" as the actor’s threat when the actor says so, and as a forecast otherwise', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(actions('Trump said tariffs on pharmaceuticals could eventually reach 250%.')).toEqual([
      'threaten',
    ]);
    expect(actions('Analysts said tariffs on refined copper could reach 25% next year.')).toEqual([]);
  });
  it('reads a company that enlarges a site of its own as no relocation ("expand its Grasberg smelter in Indonesia")', () => {
    expect(
      candidatesOfType('Freeport plans to expand its Grasberg smelter in Indonesia.', 'relocation'),
    ).toEqual([]);
  });
  it('reads an officer who moves, or is moved, as no company relocating, and a share of a unit as no move', () => {
    for (const text of [
      'Glencore’s chief executive moved to Baar from London last year.',
      'Rio Tinto moved its chief executive to London.',
      'Vale will transfer 10% of its base metals unit to Saudi Arabia’s Manara Minerals.',
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
    expect(companies('Rio Tinto moved its headquarters to London.')).toEqual(['Rio Tinto']);
  });
  it('reads a rate after prices as what the measure did to them, not its rate, and knows household goods', () => {
    const found = candidatesOfType(
      'Trump’s 2018 tariffs on washing machines raised prices by about 12%.',
      'tariff',
    );
    expect(found.map((c) => [c.slots.rate_pct, c.slots.goods])).toContainEqual([null, 'washing machines']);
    expect(found.map((c) => c.slots.rate_pct)).not.toContain(12);
  });
  it('pairs a list of rates with a list of countries of the same length in order ("46%, 36% and 49% on Vietnam, Thailand and Cambodia")', () => {
    const pairs = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => `${c.slots.target}:${c.slots.rate_pct}`);
    expect(
      pairs(
        'The United States set tariffs of 46%, 36% and 49% on Vietnam, Thailand and Cambodia respectively.',
      ),
    ).toEqual(expect.arrayContaining(['VN:46', 'TH:36', 'KH:49']));
    expect(
      pairs(
        'Machines made in Malaysia, Thailand and Indonesia face U.S. tariffs of 24%, 36% and 32%, respectively.',
      ),
    ).toEqual(expect.arrayContaining(['MY:24', 'TH:36', 'ID:32']));
    expect(pairs('The United States imposed tariffs of 46% on Vietnam and 36% on Thailand.')).toEqual(
      expect.arrayContaining(['VN:46', 'TH:36']),
    );
  });
  it('reads a capital that opens an unknown name ("Chinese firm Beijing Sinotech") as part of it, not as a government', () => {
    const found = candidatesOfType(
      'The European Union sanctioned Chinese firm Beijing Sinotech in its 18th package of sanctions against Russia.',
      'blacklisting',
    );
    expect(found.map((c) => c.slots.authority)).not.toContain('CN');
    expect(found.map((c) => c.slots.entity)).toContain('Beijing Sinotech');
  });
});

describe('nationalities, payers, evaders and company words, read on sentences written for the purpose (twenty-first session)', () => {
  it('reads a nationality before a company’s name as the company’s, not as where its site is', () => {
    const found = candidatesOfType(
      'Chinese battery maker Voltacell began production at its plant in Germany in December.',
      'relocation',
    );
    expect(found.map((c) => c.slots.to)).toEqual(['DE']);
  });
  it('reads a country that pays a measure as the one it hits ("Japan will pay a 15% tariff on its car exports")', () => {
    const found = candidatesOfType(
      'Under the accord, Japan will pay a 15% tariff on its car exports to the U.S.',
      'tariff',
    );
    expect(found.map((c) => c.slots.imposer)).not.toContain('JP');
    expect(found.map((c) => c.slots.target)).toContain('JP');
  });
  it('reads sanctions that someone evades or violates as no listing by that someone', () => {
    const found = candidatesOfType(
      'The U.S. Treasury sanctioned Russian aluminium maker Rusal and ten of its subsidiaries on Friday for helping Russia evade sanctions.',
      'blacklisting',
    );
    expect(found.map((c) => c.slots.authority)).toEqual(expect.arrayContaining(['US']));
    expect(found.map((c) => c.slots.authority)).not.toContain('RU');
  });
  it('reads a city before a corporate word ("Wuhan Fibers") as a company’s name', () => {
    const found = candidatesOfType(
      'The Commerce Department removed nine firms from the Unverified List, including Suzhou Lanxin Precision and Wuhan Fibers.',
      'blacklisting',
    );
    expect(found.map((c) => c.slots.entity)).toContain('Wuhan Fibers');
  });
  it('reads "banned gallium and germanium shipments" as an export ban on those goods, and "banned further shipments of goods" as none', () => {
    const found = candidatesOfType(
      'Beijing had already banned gallium and germanium shipments to the U.S. in December.',
      'export_restriction',
    );
    expect(found.map((c) => [c.action, c.slots.imposer, c.slots.target, c.slots.goods])).toContainEqual([
      'impose',
      'CN',
      'US',
      'gallium and germanium',
    ]);
    expect(
      candidatesOfType(
        'Tokyo has banned further shipments of goods to Russia by Kanto Machine for a year.',
        'export_restriction',
      ),
    ).toEqual([]);
  });
  it('reads "its goods" past a relative clause as the goods of the country that opens the sentence', () => {
    const found = candidatesOfType(
      'India will not retaliate against the 25% tariff Trump placed on its goods, an official said.',
      'tariff',
    );
    expect(found.map((c) => [c.slots.imposer, c.slots.target])).toContainEqual(['US', 'IN']);
  });
  it('reads a country with a participle set off after it ("Lesotho, hit with a 50% U.S. tariff") as the one hit', () => {
    const found = candidatesOfType(
      'Lesotho, hit with a 50% U.S. tariff in April, later saw the rate cut.',
      'tariff',
    );
    expect(found.map((c) => c.slots.imposer)).not.toContain('LS');
    expect(found.map((c) => c.slots.target)).toContain('LS');
  });
  it('reads goods that come from a site the company already has ("from its Chinese plants") as no move there', () => {
    expect(
      candidatesOfType(
        'The Dutch government took control of chipmaker Veltrano, prompting China to block exports of Veltrano chips from its Chinese plants.',
        'relocation',
      ),
    ).toEqual([]);
  });
  it('reads "plans to extend the ban to bauxite" as a planned widening of the export ban to those goods', () => {
    const found = candidatesOfType(
      'Indonesia has banned nickel ore exports since 2020 and plans to extend the ban to bauxite and copper concentrate.',
      'export_restriction',
    );
    expect(found.map((c) => [c.action, c.slots.imposer, c.slots.goods])).toContainEqual([
      'expand',
      'ID',
      'bauxite and copper concentrate',
    ]);
  });
  it('reads where the subject’s exports go as the target of the control that follows ("exports of its chips to China would require a license")', () => {
    const found = candidatesOfType(
      'Washington told Nvidia that exports of its H20 chips to China would require a license.',
      'export_restriction',
    );
    expect(found.map((c) => [c.slots.imposer, c.slots.target])).toContainEqual(['US', 'CN']);
  });
  it('reads a name with a participle set off after it ("Huawei, added to the Entity List in 2019, has …") as the one listed', () => {
    expect(
      candidateValues(
        'Veltrano Optics, added to the Entity List in 2019, has been expanding capacity.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Veltrano Optics');
    expect(
      candidateValues(
        'Veltrano Optics, blacklisted by Washington in 2022, has grown.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Veltrano Optics');
  });
  it('reads a person’s name with its particle and without the office before it ("President Ahmed al-Sharaa")', () => {
    expect(
      candidateValues(
        'Washington lifted sanctions on Syrian President Ahmed al-Sharaa and removed him from the SDN list.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Ahmed al-Sharaa');
  });
  it('reads the figures listed after a colon as the rates of the measure before it, and a clock time as no such list', () => {
    const pairs = candidatesOfType(
      'Trump set new tariff rates on Friday: 25% for India, 20% for Taiwan and 19% for the Philippines.',
      'tariff',
    ).map((c) => `${c.slots.target}:${c.slots.rate_pct}`);
    expect(pairs).toEqual(expect.arrayContaining(['IN:25', 'TW:20', 'PH:19']));
    const clause = analyseSentence({ text: 'At 06:05 UTC, tariffs took effect.', start: 0, end: 34 }, 0, {
      published: null,
    }).clause;
    expect(new Set(clause).size).toBeGreaterThan(1);
  });
  it('reads countries that "face rates of" a list of figures, after a measure is stated, as hit at those rates', () => {
    const pairs = candidatesOfType(
      'U.S. tariffs on Southeast Asia rose in April. Malaysia, Thailand and Indonesia now face rates of 24%, 36% and 32% respectively.',
      'tariff',
    ).map((c) => `${c.slots.imposer}>${c.slots.target}:${c.slots.rate_pct}`);
    expect(pairs).toEqual(expect.arrayContaining(['US>MY:24', 'US>TH:36', 'US>ID:32']));
    expect(candidatesOfType('Malaysia now faces rates of 24% on its loans.', 'tariff')).toEqual([]);
  });
  it('reads where taxed goods come from as no imposer, and the country a measure spares as its target', () => {
    expect(
      candidatesOfType(
        'Washington acted on Monday. Under the order, goods from Canada will be taxed at 35%.',
        'tariff',
      ).map((c) => [c.slots.imposer, c.slots.target, c.slots.rate_pct]),
    ).toEqual([['US', 'CA', 35]]);
    expect(
      candidatesOfType('Washington agreed to exempt Mexico from U.S. tariffs on steel.', 'tariff').map(
        (c) => [c.action, c.slots.imposer, c.slots.target],
      ),
    ).toContainEqual(['remove', 'US', 'MX']);
  });
  it('reads a report or plan that the sentence goes on to refute or drop as no action', () => {
    expect(
      candidatesOfType(
        'Rumors that Veltrano would move production to the U.S. were denied by the company.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'A proposal to impose 25% tariffs on Mexican imports was rejected by Congress.',
        'tariff',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Reports that Veltrano would move production to Texas were confirmed by the company.',
        'relocation',
      ),
    ).not.toEqual([]);
  });
  it('reads an estimate of the effective tariff rate as no measure', () => {
    expect(
      candidatesOfType(
        'Economists estimate that the effective U.S. tariff rate has risen to about 17%, the highest since the 1930s.',
        'tariff',
      ),
    ).toEqual([]);
  });
  it('reads two capitals that open a sentence before its verb ("LG will move …") as a company’s name, not "AI"', () => {
    expect(companies('LG will move production of dryers from China to Kentucky.')).toContain('LG');
    expect(companies('GE Vernova will move production of turbines from China to Kentucky.')).toContain(
      'GE Vernova',
    );
    expect(companies('AI will move production planning from spreadsheets to Kentucky.')).not.toContain('AI');
  });
  it('reads a university as no company that moves, and still as an entity a list may name', () => {
    expect(
      companies('The University of Firenze moved its research plant to Germany last year.'),
    ).not.toContain('University of Firenze');
    expect(
      candidateValues(
        'The Commerce Department added the Harbin Institute of Technology to the Entity List.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Harbin Institute of Technology');
  });
  it('reads a graded participle before a measure as an adjective, and a list that contains information as no sanctions list', () => {
    expect(
      candidatesOfType(
        'The heavily restricted exports of gallium reached Japan in May.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('China heavily restricted exports of gallium in 2023.', 'export_restriction').map(
        (c) => c.slots.imposer,
      ),
    ).toContain('CN');
    expect(
      candidatesOfType(
        'Japan sanctioned two firms last year. The stolen file contained a list containing confidential information on the Quirks of the First Generation.',
        'blacklisting',
      ),
    ).toEqual([]);
  });
  it('reads a pause granted to a country as sparing it, and an ended de minimis exemption as a measure on it', () => {
    expect(
      candidatesOfType(
        'Washington granted Mexico a 90-day extension on the 30% tariff, Trump said.',
        'tariff',
      ).map((c) => [c.action, c.slots.imposer, c.slots.target]),
    ).toContainEqual(['remove', 'US', 'MX']);
    expect(
      candidatesOfType(
        'Trump ended the de minimis exemption for low-value packages from China on May 2.',
        'tariff',
      ).map((c) => [c.action, c.slots.imposer, c.slots.target]),
    ).toContainEqual(['impose', 'US', 'CN']);
  });
  it('reads a reliance on production somewhere as no move there', () => {
    expect(
      candidateValues(
        'Veltrano plans to make its rigs at a new facility in Ohio, reducing its reliance on production in Malaysia.',
        'relocation',
        'to',
      ),
    ).not.toContain('MY');
  });
  it('reads a country inside the anchor’s own words ("began U.S. production") as where production moves', () => {
    expect(
      candidateValues('Veltrano Mining began U.S. production in December.', 'relocation', 'to'),
    ).toContain('US');
  });
  it('reads the country a leader warns or threatens as the one warned, not as an actor', () => {
    expect(
      candidateValues(
        'Trump threatens India with additional tariffs over its oil purchases.',
        'tariff',
        'imposer',
      ),
    ).not.toContain('IN');
    expect(
      candidateValues('Trump warned Canada of higher tariffs on Tuesday.', 'tariff', 'imposer'),
    ).not.toContain('CA');
  });
  it('reads a maker’s descriptor that opens the sentence as no part of a one-word name ("Steelmaker Ferrovale")', () => {
    expect(companies('Steelmaker Ferrovale said it would move production from Canada to Ohio.')).toContain(
      'Ferrovale',
    );
  });
  it('reads cargoes, sales, focus and drilling rigs that a miner moves, and a move to act, as no relocation', () => {
    for (const text of [
      'BHP moved its first cargo of copper concentrate from Chile to China in March.',
      'Glencore shifted more of its coal sales to India as Chinese demand slowed.',
      'Barrick relocated a drilling rig to the northern zone of its Loulo mine in Mali.',
      'Anglo American moved to block the takeover bid in London.',
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
    expect(companies('Hashgrove moved its mining rigs from Kazakhstan to Ethiopia.')).toContain('Hashgrove');
  });
});

describe('fronted clauses, read on sentences written for the purpose (twenty-second session)', () => {
  it('reads a sentence that opens with "By" and a gerund without failing, and its subject as the actor', () => {
    expect(
      candidateValues(
        'By imposing a 25% tariff on Canadian steel, Washington hopes to revive its mills.',
        'tariff',
        'imposer',
      ),
    ).toContain('US');
  });
  it('reads the subject after a participle clause that opens the sentence as the one that moves', () => {
    expect(
      companies('By relocating its rigs to Paraguay, Hive Digital avoided higher power costs.'),
    ).toContain('Hive Digital');
    expect(
      companies('After moving its headquarters to Singapore, Orex Minerals listed its shares.'),
    ).toContain('Orex Minerals');
    expect(companies('By moving production to Vietnam, the Board of Foxlane cut costs.')).not.toContain(
      'Foxlane',
    );
  });
  it('reads a purpose or alternative set off before the subject as no part of the action’s verb group', () => {
    expect(
      candidatesOfType('To avoid tariffs, Veltrano moved production to the United States.', 'relocation').map(
        (c) => c.modality,
      ),
    ).toContain('asserted');
    expect(
      candidatesOfType('Rather than pay duties, Veltrano will move production to India.', 'relocation').map(
        (c) => c.modality,
      ),
    ).toContain('planned');
    expect(
      candidatesOfType(
        'To avoid tariffs, Veltrano did not move production to the United States.',
        'relocation',
      ).map((c) => c.modality),
    ).not.toContain('asserted');
  });
  it('reads a source that reports the sentence after a comma ("…, the Federal Register notice showed") as no entity', () => {
    expect(
      candidateValues(
        'Washington removed the Chinese miner from the Entity List after a review, the Federal Register notice showed.',
        'blacklisting',
        'entity',
      ),
    ).not.toContain('Federal Register');
  });
  it('reads a verb coordinated after a list with an object of its own as that object’s, not the listing’s', () => {
    expect(
      candidateValues(
        'Beijing placed Illumina on its unreliable entity list and imposed export controls on tungsten.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Illumina');
    expect(
      candidatesOfType(
        'Washington added Kestrel Metals to the Entity List in 2019 and removed it in 2023.',
        'blacklisting',
      ).map((c) => c.action),
    ).toContain('remove');
  });
  it('reads goods right before other goods as one phrase under the last ("crude palm oil"), and a generic head as apart', () => {
    expect(
      candidateValues('Malaysia imposed a 10% export duty on crude palm oil last month.', 'tariff', 'goods'),
    ).toContain('crude palm oil');
    expect(
      candidateValues(
        'Zambia plans to ban manganese ore exports from January.',
        'export_restriction',
        'goods',
      ),
    ).toContain('manganese ore');
    expect(
      candidateValues('Trump raised tariffs on steel and aluminum imports to 25%.', 'tariff', 'goods'),
    ).toContain('steel and aluminum');
  });
  it('reads an export control stated without its target and again with it as one control (the slot merges when open)', () => {
    const found = events(
      'The U.S. imposed sweeping export restrictions on advanced AI chips, the Commerce Department said. While U.S. export restrictions ban the most advanced AI chips from entering China, older models are still sold there.',
    ).filter((e) => e.type === 'export_restriction');
    expect(found.map((e) => (e.type === 'export_restriction' ? e.target : null))).toEqual(['CN']);
  });
  it('reads "warning" before a noun ("fired warning shots") as no threat of the measure the sentence then states', () => {
    expect(
      candidatesOfType(
        'On Monday, Washington fired warning shots at Hanoi, slapping Vietnam with 46% tariffs.',
        'tariff',
      ).map((c) => c.modality),
    ).toContain('asserted');
  });
  it('reads an irregular participle after "were" ("were cut to 30%") as the measure’s action, past a phrase set off by commas', () => {
    expect(
      candidatesOfType(
        'India’s tariffs on U.S. motorcycles, once as high as 100%, were cut to 30% in February.',
        'tariff',
      ).map((c) => [c.action, c.slots.rate_pct]),
    ).toContainEqual(['reduce', 30]);
  });
  it('reads a country that gets a measure "in exchange for" something as the one it falls on, not its imposer', () => {
    const text =
      'Trump met Ishiba on Tuesday. Japan agreed to invest $550 billion in exchange for a 15% tariff on its cars.';
    const exchanged = articleCandidates({ text, published: '2025-07-23' }).filter((c) => c.type === 'tariff');
    expect(exchanged.map((c) => [c.slots.imposer, c.slots.target])).toEqual([['US', 'JP']]);
    expect(
      candidateValues(
        'Mexico agreed to deploy 10,000 troops to the border in exchange for a one-month pause on the 25% tariffs.',
        'tariff',
        'imposer',
      ),
    ).not.toContain('MX');
  });
  it('reads a name after a hyphenated tie to another ("Deripaska-linked Rusal") as the object listed or delisted', () => {
    expect(
      candidateValues('OFAC removed Deripaska-linked Rusal from its SDN list.', 'blacklisting', 'entity'),
    ).toContain('Rusal');
  });
  it('reads export controls on goods the lexicon names alike ("semiconductors", "AI chips") in two sentences as one control', () => {
    const found = events(
      'The Commerce Department tightened export controls on advanced semiconductors on Monday. The new rules restrict exports of AI chips to China and 40 other countries, officials said.',
    ).filter((e) => e.type === 'export_restriction');
    expect(found).toHaveLength(1);
  });
  it('reads a country before an anchor that opens with its verb after "now" ("to China now require a license") as no modifier', () => {
    expect(
      candidateValues(
        'The U.S. government said exports of H20 chips to China now require a license.',
        'export_restriction',
        'imposer',
      ),
    ).not.toContain('CN');
  });
  it('reads where something is designated ("designated in Title Eight of the Education Law") as no entity designated', () => {
    expect(
      candidateValues(
        'The U.S. sanctioned Kestrel Metals last year. Under state law, a profession includes those occupations designated in Title Eight of the Education Law.',
        'blacklisting',
        'entity',
      ),
    ).not.toContain('Title Eight');
  });
  it('reads goods up to a negated clause about them ("goods not covered by the USMCA"), and a signing verb as no reading of its own', () => {
    const found = candidatesOfType(
      'Trump signed an executive order raising tariffs on Canadian goods not covered by the USMCA to 35% from 25%.',
      'tariff',
    );
    expect(found.map((c) => c.slots.goods)).not.toContain('goods not');
    expect(
      found.filter((c) => c.action === 'impose').every((c) => c.features.includes('action:default')),
    ).toBe(true);
  });
  it('reads a name after a possessive ("its SealMiner rigs") as something the subject has, not as the one that moves', () => {
    expect(
      companies(
        'Bitdeer said on Tuesday it had started shipping its SealMiner rigs from a new assembly plant in Tennessee.',
      ),
    ).not.toContain('SealMiner');
  });
  it('reads a move of a stock listing as no relocation, and one with the headquarters as one', () => {
    expect(
      candidatesOfType(
        'Rio Tinto will shift its primary listing from London to Sydney, the miner said.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      companies('Rio Tinto will move its headquarters and primary listing from London to Sydney.'),
    ).toContain('Rio Tinto');
  });
  it('reads a fronted clause past a figure’s comma ("4,000 of its rigs"), before a verb the tagger takes for a noun ("cut")', () => {
    expect(
      companies(
        'By relocating 4,000 of its rigs from Kazakhstan to Paraguay, Hashgrove Digital cut its power costs by a third.',
      ),
    ).toContain('Hashgrove Digital');
  });
  it('keeps an enacting verb’s reading when the participle after it follows the anchor ("approved export licences …, easing")', () => {
    expect(
      candidatesOfType(
        'China approved some export licences for rare earth magnets to European automakers, easing a shortage.',
        'export_restriction',
      ).map((c) => [c.action, c.slots.imposer]),
    ).toContainEqual(['ease', 'CN']);
  });
  it('reads a ban on a list of goods before "exports" ("its ban on gallium, germanium and antimony exports") as an export ban', () => {
    expect(
      candidatesOfType(
        'China suspended its ban on gallium, germanium and antimony exports to the U.S. until November 2026.',
        'export_restriction',
      ).map((c) => [c.action, c.slots.imposer, c.slots.target]),
    ).toContainEqual(['remove', 'CN', 'US']);
  });
  it('reads an acronym before a descriptor ("Chinese AI startup Zhipu AI") as part of the description, not the name', () => {
    expect(
      candidateValues(
        'The United States added Chinese AI startup Zhipu AI to its trade blacklist in January.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Zhipu AI');
  });
  it('reads a government that suspends shipments of named goods as restricting them, and a company that halts its own as not', () => {
    expect(
      candidatesOfType(
        'Guinea has suspended bauxite shipments by Axis Minerals after revoking its licence.',
        'export_restriction',
      ).map((c) => c.slots.imposer),
    ).toContain('GN');
    expect(
      candidatesOfType(
        'Chile’s Codelco will halt copper concentrate exports to China in June, Reuters reported.',
        'export_restriction',
      ).flatMap((c) => c.features.filter((f) => f.startsWith('slot:imposer:'))),
    ).not.toContain('slot:imposer:possessive');
  });
  it('reads crews a miner moves to a project as no relocation', () => {
    expect(
      candidatesOfType('Newmont is moving drilling crews to its Ahafo North project in Ghana.', 'relocation'),
    ).toEqual([]);
  });
});

describe('phrases that belong to another measure, read on sentences written for the purpose (twenty-third session)', () => {
  it('reads goods after a later measure noun ("following a similar ban on tin ore") as that measure’s, not the earlier one’s', () => {
    expect(
      candidateValues(
        'Malawi banned exports of raw graphite from March 2024, following a similar ban on tin ore in 2019.',
        'export_restriction',
        'goods',
      ),
    ).not.toContain('tin ore');
    // "… if Tokyo goes ahead with its planned tariffs on Chinese cars": the country after those tariffs is theirs.
    expect(
      candidateValues(
        'Beijing said on Monday it would curb exports of tungsten to Japan if Tokyo goes ahead with its planned tariffs on Chinese electric vehicles.',
        'export_restriction',
        'imposer',
      ),
    ).not.toContain('JP');
  });

  it('reads a name a country owns ("added China’s Huawei", "including Russia’s Rusal") as the one listed', () => {
    const listed = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(listed('Oslo added China’s Zhenhai Drones to its sanctions list on Friday.')).toContain(
      'Zhenhai Drones',
    );
    expect(
      listed(
        'Oslo added 12 firms, including Russia’s Volga Alloys and Kama Steel, to its sanctions list on Friday.',
      ),
    ).toEqual(expect.arrayContaining(['Volga Alloys', 'Kama Steel']));
  });

  it('reads a list its actor calls its own ("Taiwan added … to its entity list") as that actor’s, not the list’s usual keeper', () => {
    const authorities = (text: string) => candidateValues(text, 'blacklisting', 'authority');
    expect(
      authorities('Taiwan has added Norcastle Micro to its entity list, the trade administration said.'),
    ).toEqual(['TW']);
    expect(
      authorities('The Commerce Department added Norcastle Micro to its Entity List on Monday.'),
    ).toEqual(['US']);
  });

  it('reads a country before a coordinated verb ("to data centers in Brazil and shift the business") as no site of the move', () => {
    expect(
      candidateValues(
        'Halvor Chips will stop supplying memory to data centers in Brazil and shift the business to other markets.',
        'relocation',
        'to',
      ),
    ).not.toContain('BR');
  });

  it('reads a mill as a site production moves to ("will build a steel mill in Ohio")', () => {
    expect(
      candidateValues(
        'Kangwon Steel will build a $2 billion steel mill in Ohio to serve American carmakers.',
        'relocation',
        'to',
      ),
    ).toContain('US');
  });

  it('reads a country placed "in" a site after "to" or "from" as where the move goes or leaves, however far the site', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => [c.slots.company, c.slots.from, c.slots.to]);
    expect(
      moves(
        'Tundra Hash has closed its last bitcoin mining site in northern Sweden and moved the machines to a former paper mill in Finland.',
      ),
    ).toContainEqual(['Tundra Hash', null, 'FI']);
    expect(
      moves(
        'Tundra Hash has moved about 6,000 mining machines from its sites in Quebec to a hosting facility in Texas.',
      ),
    ).toContainEqual(['Tundra Hash', 'CA', 'US']);
  });

  it('reads a country that wins an exemption from a measure as the one it falls on, not its imposer', () => {
    const text =
      'Washington put tariffs on imported trucks in May. Norway won an exemption from the 25% tariff on its trucks after talks.';
    const readings = candidatesOfType(text, 'tariff').filter((c) =>
      c.analysis.sentence.text.startsWith('Norway'),
    );
    expect(readings.map((c) => c.slots.imposer)).not.toContain('NO');
    expect(readings.map((c) => [c.action, c.slots.imposer, c.slots.target])).toContainEqual([
      'remove',
      'US',
      'NO',
    ]);
  });

  it('reads a verb after a ban whose words hold another anchor ("ban on tin exports to Japan was suspended") as the ban’s', () => {
    const actions = (text: string) => candidatesOfType(text, 'export_restriction').map((c) => c.action);
    expect(actions('Bolivia’s ban on tin exports to Japan was suspended in November.')).toContain('remove');
  });

  it('reads a country that qualifies the object of a verb before "and" ("on 28 U.S. defence firms and announced a ban") as no actor of the ban', () => {
    const text =
      'Beijing responded within hours. It placed export controls on 28 U.S. defence firms and announced a ban on dual-use exports to them.';
    expect(candidateValues(text, 'export_restriction', 'imposer')).not.toContain('US');
  });

  it('reads the names a later sentence gives to a listing ("Among them were …", "Those added include …")', () => {
    const listed = (second: string) =>
      candidateValues(
        `The Commerce Department on Tuesday added 80 entities to the Entity List. ${second}`,
        'blacklisting',
        'entity',
      );
    expect(listed('Among them were toolmakers Qinling Vacuum and Hexian Optics.')).toEqual(
      expect.arrayContaining(['Qinling Vacuum', 'Hexian Optics']),
    );
    expect(listed('Those added include Qinling Vacuum and Hexian Optics.')).toEqual(
      expect.arrayContaining(['Qinling Vacuum', 'Hexian Optics']),
    );
    expect(
      candidateValues('Among them were Qinling Vacuum and Hexian Optics.', 'blacklisting', 'entity'),
    ).toEqual([]);
  });

  it('reads a list of countries whole with the anchor its first member attaches to, not split with a later anchor', () => {
    const targets = candidatesOfType(
      'Chile will impose a 12.5% tariff on copper rods from Peru and Bolivia under safeguard tariff rules that take effect on May 2.',
      'tariff',
    )
      .filter((c) => c.slots.rate_pct === 12.5)
      .map((c) => c.slots.target);
    expect(targets).toEqual(expect.arrayContaining(['PE', 'BO']));
  });

  it('reads a possibility that a report or speculation states ("a report that Peru may restrict exports") as no threat of the actor', () => {
    expect(
      candidatesOfType(
        'Shares of Andes Copper fell after a report that Peru may restrict exports of copper concentrate.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Peru said it may restrict exports of copper concentrate.', 'export_restriction').map(
        (c) => c.action,
      ),
    ).toContain('threaten');
  });

  it('reads an anchor noun a verb of having takes ("has a manufacturing pipeline in the country") as held, not moved', () => {
    expect(
      candidatesOfType(
        'Canaan is listed in the U.S., and Sorvik has a manufacturing pipeline in the country.',
        'relocation',
      ),
    ).toEqual([]);
    expect(companies('Sorvik has moved its manufacturing to the United States.')).toContain('Sorvik');
  });

  it('reads an exemption that a word four words before ends ("ended the de minimis exemption") as a measure, with no removal', () => {
    const actions = candidatesOfType(
      'Canada scrapped its small-parcel duty exemption for goods from Vietnam on Monday.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).toContain('impose');
    expect(actions).not.toContain('remove');
  });

  it('reads examples after ", including" as part of the goods they illustrate, not as the goods themselves', () => {
    expect(
      candidateValues(
        'Beijing added six battery metals, including cobalt and lithium, to its export control list on Monday.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['battery metals, including cobalt and lithium']);
  });

  it('reads licences required of a company for sales of goods to a country as a control on them', () => {
    expect(
      candidatesOfType(
        'Washington required Lumina to obtain licences for L40 chip sales to China in April.',
        'export_restriction',
      ).map((c) => [c.action, c.slots.imposer, c.slots.target]),
    ).toContainEqual(['impose', 'US', 'CN']);
  });

  it('reads a site bought ("gaining a plant in Australia") as held, not moved to', () => {
    expect(
      candidatesOfType(
        'Andes Copper agreed to buy Pampa Lithium, gaining lithium mines in Argentina and a hydroxide plant in Australia.',
        'relocation',
      ),
    ).toEqual([]);
  });

  it('marks a site a company adds where it is at home, with nowhere it leaves, for the model to weigh', () => {
    const features = (text: string) => candidatesOfType(text, 'relocation').flatMap((c) => c.features);
    // (With no word of replacing imports, such a site is no candidate at all: see the forty-sixth session.)
    expect(
      features(
        'German steelmaker Rheinwerk will build a new plant in Duisburg, Germany, to replace imported slabs.',
      ),
    ).toContain('moves_home');
    expect(features('German steelmaker Rheinwerk will build a new plant in Ohio.')).not.toContain(
      'moves_home',
    );
  });

  it('reads an adverb set off before the subject ("Separately, Northvale said …") as no company', () => {
    expect(
      companies(
        'Separately, Northvale said it would move its headquarters from Toronto to Denver next year.',
      ),
    ).toEqual(['Northvale']);
  });
});

describe('who undergoes a measure and where a move leaves, read on sentences written for the purpose (twenty-fourth session)', () => {
  it('reads a site after "from" ("from its Lakeside plant in Norway") as where the move leaves, not a move of its own', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => [c.slots.from, c.slots.to, c.slots.status]);
    expect(
      moves(
        'Norvik Metals plans to move its zinc refining from its Lakeside plant in Norway to a new facility in Morocco by 2027.',
      ),
    ).toEqual([['NO', 'MA', 'planned']]);
    expect(
      moves(
        'Tolvan Bearings will shift production from its plant in Ohio to a factory in Monterrey, Mexico.',
      ),
    ).toEqual([['US', 'MX', 'planned']]);
  });

  it('reads goods a nationality qualifies ("Australian aluminium will be subject to …") as that country’s, the measure’s target', () => {
    expect(
      candidateValues(
        'Australian aluminium will be subject to a 25% U.S. tariff from March 12.',
        'tariff',
        'target',
      ),
    ).toEqual(['AU']);
    expect(candidateValues('Canadian lumber faces a combined U.S. duty of 35%.', 'tariff', 'target')).toEqual(
      ['CA'],
    );
  });

  it('reads a site noun in apposition to a name ("Kestrel Petrochemical, a Chinese refinery,") as what the company is, not a move', () => {
    expect(
      candidatesOfType(
        'The Treasury on Thursday sanctioned Kestrel Petrochemical, a Chinese refinery, for buying Iranian oil.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidateValues(
        'Kestrel Petrochemical, an independent refinery in China, will move its operations to Indonesia.',
        'relocation',
        'to',
      ),
    ).toContain('ID');
  });

  it('reads the sites a new plant will supply ("to supply its car factories") as held, not moved to', () => {
    expect(
      candidatesOfType(
        'Daeyang Steel will build a $5 billion steel plant in Louisiana to supply its U.S. car factories, which now import steel from South Korea.',
        'relocation',
      ).map((c) => c.slots.status),
    ).toEqual(['planned']);
  });

  it('reads the source of goods that undergo a measure ("Refined copper from Chile was exempted") as its target, not a buyer’s source', () => {
    expect(
      candidateValues(
        'Refined copper from Chile was exempted from the 50% U.S. tariff, which applies only to pipes and wires.',
        'tariff',
        'target',
      ),
    ).toContain('CL');
    expect(
      candidateValues(
        'Washington said any country buying oil from Venezuela would pay a 25% tariff on its trade with the United States.',
        'tariff',
        'target',
      ),
    ).not.toContain('VE');
  });

  it('reads a country qualifying an earlier measure ("match the U.S. 50% tariff by imposing counter-tariffs") as no subject of the later verb', () => {
    const counterImposers = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.features.includes('anchor:counter-tariff') && c.features.includes('actor_option:0'))
        .map((c) => c.slots.imposer);
    expect(
      counterImposers(
        'Ottawa said on Friday it would match the U.S. 50% tariff on steel by imposing counter-tariffs on C$30 billion of American goods.',
      ),
    ).not.toContain('US');
    expect(
      counterImposers(
        'Ottawa said it would answer U.S. tariffs by imposing counter-tariffs on American goods.',
      ),
    ).not.toContain('US');
  });

  it('reads another party’s expectation that the actor will act ("Analysts expect the U.S. to impose …") as a forecast', () => {
    expect(
      candidatesOfType(
        'Analysts at Halden Bank expect the U.S. to impose a 25% tariff on refined copper by the end of the year.',
        'tariff',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Traders expect Beijing to restrict exports of antimony again this year.',
        'export_restriction',
      ),
    ).toEqual([]);
    // The measure read without its verb ("raise … tariffs" as tariffs in force) is the same forecast.
    expect(
      candidatesOfType(
        'Analysts expect Washington to raise tariffs on Chinese steel to 50% later this year.',
        'tariff',
      ),
    ).toEqual([]);
  });

  it('passes over an apposition after a subject that undergoes a measure ("China, the largest buyer, has been hit by …")', () => {
    expect(
      firstImposers(
        'China, the world’s largest buyer of ore, has been hit by a 145% tariff on its exports to the U.S. since April.',
      ),
    ).toEqual(['US']);
  });

  it('reads a belief about a measure ("were briefly thought to be subject to a levy") as no statement of it', () => {
    expect(
      candidatesOfType(
        'Swiss gold bars were briefly thought to be subject to a 39% U.S. levy, before the White House said it would clarify its position.',
        'tariff',
      ),
    ).toEqual([]);
  });

  it('reads whom an ended exemption was for ("exemptions granted to Australia", "duty-free quotas for Japan") as the target', () => {
    const targets = (text: string) =>
      candidatesAfterHeadline(`President Trump signed an order on steel on Monday. ${text}`)
        .filter((c) => c.type === 'tariff' && c.analysis.index > 1)
        .map((c) => c.slots.target);
    expect(
      targets('The order revokes the tariff exemptions previously granted to Australia and Brazil.'),
    ).toEqual(['AU', 'BR']);
    expect(targets('The order will scrap duty-free quotas for Japan and Turkey.')).toEqual(['JP', 'TR']);
    expect(targets('The order will scrap duty-free quotas for suppliers such as Japan and Turkey.')).toEqual([
      'JP',
      'TR',
    ]);
  });

  it('reads goods placed under licensing ("Beijing placed seven rare earths under licensing in April") as an export control', () => {
    const found = candidatesAfterHeadline(
      'China curbs rare earth exports. Beijing first placed seven rare earths under licensing in April.',
    ).filter((c) => c.type === 'export_restriction' && c.analysis.index === 2);
    expect(found.map((c) => [c.slots.imposer, c.slots.goods, c.action])).toEqual([
      ['CN', 'seven rare earths', 'impose'],
    ]);
  });

  it('refuses a type file whose word of alternatives has a "*" (it would match the star literally)', () => {
    const file = JSON.parse(JSON.stringify(getEventTypes()[0]?.spec));
    file.anchors = [{ phrase: 'plac*|put ?* under licensing' }];
    expect(() => parseEventTypeFile(file, 'bad.json')).toThrow(/alternatives/);
  });

  it('reads the country that owns a company’s name ("Vietnam’s Dai Viet Metals plans to shift …") as where it moves from', () => {
    expect(
      candidateValues(
        'Vietnam’s Dai Viet Metals plans to shift part of its tungsten processing to the United States to avoid tariffs.',
        'relocation',
        'from',
      ),
    ).toEqual(['VN']);
  });

  it('reads "its" by the first name of the trigger’s own clause ("…, while Harrow Mining Corp is expanding its U.S. production"), and a rival named so is no part of the name', () => {
    expect(
      companies(
        'Rival Kestrel Devices said it would begin producing rigs in Malaysia, while Harrow Mining Corp is expanding its U.S. production in Pennsylvania.',
      ),
    ).toEqual(['Kestrel Devices', 'Harrow Mining']);
  });

  it('reads the countries told that their goods will face a measure as its targets, not its actors', () => {
    const readings = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => [c.slots.imposer, c.slots.target, c.modality]);
    expect(
      readings(
        'President Donald Trump on Monday told Japan and South Korea that their goods would face 25% tariffs from August 1, and warned he would raise the rate further if they retaliated.',
      ),
    ).toEqual([
      ['US', 'JP', 'modal'],
      ['US', 'KR', 'modal'],
    ]);
  });

  it('reads a capitalised word made an adjective ("the Indonesia-focused miner") as no name in a list of companies', () => {
    expect(
      companies(
        'Ridgeline Nickel, the Indonesia-focused miner, will move its headquarters from Sydney to Singapore, the company said.',
      ),
    ).toEqual(['Ridgeline Nickel']);
  });

  it('gives a participle set off at the end of a sentence (", shifting production from China …") the sentence’s subject', () => {
    expect(
      candidatesOfType(
        'South Korean battery maker Hanseong Energy said on Tuesday it would convert part of its Michigan battery plant to make storage cells, shifting production from China to the United States to avoid tariffs.',
        'relocation',
      ).map((c) => [c.slots.company, c.slots.from]),
    ).toContainEqual(['Hanseong Energy', 'CN']);
  });

  it('reads a possessor after the trigger ("when Tamsin Copper’s new smelter …") as no party a measure names', () => {
    expect(
      candidatesOfType(
        'Indonesia banned exports of bauxite ore in June 2023 and plans to halt shipments of copper concentrate next year, when Tamsin Copper’s new smelter in Gresik is due to reach full capacity.',
        'blacklisting',
      ),
    ).toEqual([]);
  });

  it('reads a possible change of a measure no actor states, and a supposed scenario, as forecasts', () => {
    expect(
      candidatesAfterHeadline(
        'Duties on Canadian lumber could rise to 50% by the end of the year if a Section 232 probe finds a threat to national security.',
      ).filter((c) => c.type === 'tariff'),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'In a worst-case scenario where the U.S. imposes 60% tariffs on all Chinese imports, growth could slow by 2 points, economists estimated.',
        'tariff',
      ),
    ).toEqual([]);
  });

  it('reads a permit required of companies before they export ("require companies to obtain a permit before exporting AI chips") as an export control on those goods', () => {
    const found = articleCandidates({
      title: 'Malaysia tightens controls on AI chip exports',
      text: 'Malaysia will require companies to obtain a permit before exporting or transshipping U.S.-made AI chips, the trade ministry said on Monday.',
      published: null,
    }).filter((c) => c.type === 'export_restriction');
    expect(found.map((c) => [c.slots.imposer, c.slots.goods])).toEqual([['MY', 'AI chips']]);
  });

  it('leaves an office of several words out of a person’s name ("Supreme Court Justice Alvaro de Moraes")', () => {
    expect(
      candidateValues(
        'The U.S. Treasury also sanctioned Brazilian Supreme Court Justice Alvaro de Moraes under the Global Magnitsky Act.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Alvaro de Moraes']);
  });

  it('reads the names a relative clause is said of ("assembled in Malaysia, Thailand and Indonesia, which now face …") as undergoing the measure', () => {
    const found = candidatesAfterHeadline(
      'The U.S. tariffs took effect this week. Most mining rigs are assembled in Malaysia, Thailand and Indonesia, which now face tariffs of 24%, 36% and 32%, respectively.',
    ).filter((c) => c.type === 'tariff' && c.analysis.index === 2);
    expect(found.map((c) => [c.slots.imposer, c.slots.target, c.slots.rate_pct])).toEqual([
      ['US', 'MY', 24],
      ['US', 'TH', 36],
      ['US', 'ID', 32],
    ]);
  });

  it('reads a place a company is said to be based in ("Hollin Devices, the Shenzhen-based maker of rigs,") as its home', () => {
    expect(
      candidateValues(
        'Hollin Devices, the Shenzhen-based maker of mining rigs, began assembling units at a leased warehouse in Houston last month.',
        'relocation',
        'from',
      ),
    ).toEqual(['CN']);
  });

  it('reads a measure on "countries that buy Venezuelan oil" as aimed at no country the goods come from', () => {
    expect(
      candidateValues(
        'Trump threatened to impose 25% tariffs on countries that buy Venezuelan oil, raising concerns about demand.',
        'tariff',
        'target',
      ),
    ).not.toContain('VE');
  });

  it('reads an unknown name that opens a sentence ("Veltrix was sanctioned in 2022") as someone a list names', () => {
    expect(
      candidatesAfterHeadline(
        'The U.S. Treasury on Thursday sanctioned crypto exchange Quorvex. Veltrix was sanctioned in 2022 and shut down in March.',
      )
        .filter((c) => c.type === 'blacklisting')
        .map((c) => c.slots.entity),
    ).toEqual(['Quorvex', 'Veltrix']);
  });

  it('reads a company that halts its own exports ("Harwick Motor has halted exports of some vehicles to China") as no government measure', () => {
    expect(
      candidatesOfType(
        'Harwick Motor has halted exports of some vehicles to China after Beijing imposed 34% retaliatory tariffs on U.S. imports, the automaker said.',
        'export_restriction',
      ),
    ).toEqual([]);
    // A company a list takes off is what the measure acts on, and a ministry is a government.
    expect(
      new Set(
        candidateValues(
          'Valmora Instruments was taken off the Unverified List on Tuesday, the Commerce Department said.',
          'blacklisting',
          'entity',
        ),
      ),
    ).toEqual(new Set(['Valmora Instruments']));
  });

  it('reads a country that says "it" secured a rate ("South Korea said on Thursday it had secured a 15% tariff rate") as its target', () => {
    expect(
      imposersAndTargets(
        'The U.S. imposed tariffs on imported cars in April. South Korea said on Thursday it had secured a 15% tariff rate on its cars.',
        2,
      ),
    ).toEqual([['US', 'KR']]);
  });
});

describe('who levies a measure a country faces, read on sentences written for the purpose (twenty-fifth session)', () => {
  it('reads the country a measure comes "from" as its imposer and the country that faces it as its target', () => {
    expect(
      candidatesOfType('Japan faces a 24% tariff from the United States.', 'tariff')
        .filter((c) => c.features.includes('actor_option:0'))
        .map((c) => [c.slots.imposer, c.slots.target]),
    ).toEqual([['US', 'JP']]);
  });

  it('reads whose plan or order a measure comes under ("under Trump\'s reciprocal plan", "under the U.S. plan") as its imposer', () => {
    expect(firstImposers("Japan will face a 24% tariff under Trump's reciprocal plan.")).toEqual(['US']);
    expect(firstImposers('Brazil will face a 50% duty on coffee under the U.S. executive order.')).toEqual([
      'US',
    ]);
    expect(
      firstImposers(
        'Tariffs on Chinese electric vehicles were raised to 100% in May 2024 under the Biden administration.',
      ),
    ).toEqual(['US', 'US']);
    // A plan named after the measure's target is no scheme of who levies it.
    expect(firstImposers('Japan will face a 24% tariff, under pressure from its own plan.')).toEqual([]);
  });
});

describe('who accepts a measure on whose goods (twenty-fifth session)', () => {
  it('reads a country that agrees to a tariff on another country\'s goods ("agreed to a 15% tariff on Japanese cars") as its imposer', () => {
    expect(firstImposers('The United States agreed to a 15% tariff on Japanese cars.')).toEqual(['US']);
    expect(firstImposers('Washington and Tokyo agreed to a 15% tariff on Japanese cars.')).toContain('US');
    // Where the goods go is not whose they are: the country that agrees undergoes the measure.
    expect(
      imposersAndTargets(
        'The U.S. raised tariffs in April. The European Union agreed to a 15% tariff on most of its exports to the United States.',
        2,
      ),
    ).toEqual([['US', 'EU']]);
  });
});

describe('a company described by what it makes (twenty-fifth session)', () => {
  it('reads "a Chinese manufacturing firm" as a description of the company, not a move of its manufacturing', () => {
    expect(
      candidatesOfType(
        'Orvell Robotics, a major Chinese manufacturing firm, is visiting Vietnam this week.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidateValues(
        'Orvell Robotics, a Chinese manufacturing firm, said it would shift production to Vietnam.',
        'relocation',
        'to',
      ),
    ).toEqual(['VN']);
  });
});

describe('the aim of putting companies on a list (twenty-fifth session)', () => {
  it('reads "added 80 companies to its trade blacklist … to curb China\'s access to AI chips" as the listing alone, no control on goods', () => {
    expect(
      candidatesOfType(
        "The Commerce Department added 80 companies to its trade blacklist on Tuesday, including Halvane Cloud's subsidiaries, to curb China's access to AI chips.",
        'export_restriction',
      ),
    ).toEqual([]);
    // Goods put on a list: the aim says whom the control on them is for.
    expect(
      candidateValues(
        'China placed gallium and germanium on its export control list to restrict shipments to the United States.',
        'export_restriction',
        'target',
      ),
    ).toContain('US');
  });
});

describe('companies given as examples of the subject (twenty-fifth session)', () => {
  it('reads "manufacturers such as Bitmain and MicroBT have begun producing machines in the United States" as both moving', () => {
    expect(
      companies(
        'Chinese ASIC manufacturers such as Bitmain and MicroBT have begun producing machines in the United States to sidestep tariffs.',
      ),
    ).toEqual(['Bitmain', 'MicroBT']);
    // Examples of what the verb acts on are no subject.
    expect(companies('Texas welcomed manufacturers such as Bitmain to its new industrial park.')).toEqual([]);
  });
});

describe('rates given country by country (twenty-fifth session)', () => {
  const targetsAndRates = (text: string, sentence: number) =>
    articleCandidates({ text, published: null })
      .filter(
        (c) => c.type === 'tariff' && c.analysis.index === sentence && c.features.includes('actor_option:0'),
      )
      .map((c) => [c.slots.target, c.slots.rate_pct]);

  it('pairs a rate in brackets with the country before it ("Vietnam (46%), Cambodia (49%) and Laos (48%)")', () => {
    expect(
      targetsAndRates(
        'Trump announced reciprocal tariffs on Wednesday, including Vietnam (46%), Cambodia (49%) and Laos (48%).',
        0,
      ),
    ).toEqual([
      ['VN', 46],
      ['KH', 49],
      ['LA', 48],
    ]);
  });

  it('reads a rate a country "was hit with" or that "the rates include", after a sentence that names the tariffs, as the tariff on it', () => {
    expect(
      targetsAndRates('Trump announced reciprocal tariffs on Wednesday. Vietnam was hit with 46%.', 1),
    ).toEqual([['VN', 46]]);
    expect(
      targetsAndRates(
        'Trump announced reciprocal tariffs on Wednesday. The rates include 46% for Vietnam and 49% for Cambodia.',
        1,
      ),
    ).toEqual([
      ['VN', 46],
      ['KH', 49],
    ]);
    expect(
      targetsAndRates(
        'Trump announced new tariffs on Wednesday. Canada will pay 35% on goods outside the trade pact.',
        1,
      ),
    ).toEqual([['CA', 35]]);
    // A rate of something else a country or company faces is no tariff.
    expect(
      targetsAndRates(
        'Trump announced new tariffs on Wednesday. Shares of Orlen Steel face a 20% drop, analysts said.',
        1,
      ),
    ).toEqual([]);
    // The measure's own word right after the rate is the anchor, read once.
    expect(
      targetsAndRates('Trump announced tariffs on Chinese goods. China was hit with a 34% export duty.', 1),
    ).toEqual([['CN', 34]]);
  });
});

describe('imports spared from a measure (twenty-fifth session)', () => {
  it('reads "exempt imports of some critical minerals, including lithium and cobalt, from tariffs" as a removal', () => {
    expect(
      candidatesOfType(
        "South Korea's finance ministry said on Friday it would exempt imports of some critical minerals, including lithium and cobalt, from tariffs for a year.",
        'tariff',
      ).map((c) => c.action),
    ).toContain('remove');
    // A measure that moves imports acts on them, not on the measure: "tariffs have cut imports".
    expect(
      candidatesOfType('Tariffs have cut imports of Chinese steel by a third.', 'tariff').map(
        (c) => c.action,
      ),
    ).not.toContain('reduce');
  });
});

describe('a licence to sell (twenty-fifth session)', () => {
  it('reads a licence to sell goods in a place ("a license to sell coffee in Boston") as no export control', () => {
    expect(
      candidatesOfType(
        'Exporters of coffee faced new controls. In 1670, Dorothy Jones became the first person to receive a license to sell coffee in Boston.',
        'export_restriction',
      ).filter((c) => c.analysis.index === 1),
    ).toEqual([]);
  });

  it('reads the country a licence lets goods be sold to ("a licence to sell its K40 chips to China") as no imposer', () => {
    const imposers = candidatesOfType(
      'Korvane Systems said it had received a licence to sell its K40 accelerator chips to China, after the U.S. required licences for chip exports.',
      'export_restriction',
    )
      .filter((c) => c.features.includes('actor_option:0'))
      .map((c) => c.slots.imposer);
    expect(imposers).toContain('US');
    expect(imposers).not.toContain('CN');
  });
});

describe('a listing moved with a headquarters (twenty-fifth session)', () => {
  it('reads "move its listing and headquarters to London from Perth" as a move of the headquarters, and a listing alone as none', () => {
    expect(
      candidateValues(
        'Orvane Metals said it would move its listing and headquarters to London from Perth.',
        'relocation',
        'scope',
      ),
    ).toEqual(['headquarters']);
    expect(
      candidatesOfType('Orvane Metals said it would move its listing to New York.', 'relocation'),
    ).toEqual([]);
  });
});

describe('a government that is the object of a verb (twenty-fifth session)', () => {
  it('reads the place a leader visits ("Modi is due to visit the White House on Thursday, with planned tariff reductions") as no actor', () => {
    expect(
      firstImposers(
        'Indian Prime Minister Narendra Modi is due to visit the White House on Thursday, with planned tariff reductions in at least a dozen sectors.',
      ),
    ).not.toContain('US');
    // A verb of saying opens a clause whose subject acts.
    expect(
      firstImposers('Officials said Washington would impose tariffs on Chinese steel on Friday.'),
    ).toEqual(['US']);
  });
});

describe('production moved by saying where it is made instead (twenty-fifth session)', () => {
  it('reads "produce its best-selling RAV4 in the United States instead of Japan" as a move from Japan to the United States', () => {
    expect(
      candidatesOfType(
        'Toyota plans to produce its best-selling RAV4 in the United States instead of Japan.',
        'relocation',
      ).map((c) => [c.slots.company, c.slots.from, c.slots.to]),
    ).toEqual([['Toyota', 'JP', 'US']]);
    expect(candidatesOfType('Varela Foods makes its own bread instead of buying it.', 'relocation')).toEqual(
      [],
    );
  });
});

describe('a measure phased out (twenty-fifth session)', () => {
  it('reads "phase out tariffs" and "phase out its export controls" as removals', () => {
    expect(
      candidatesOfType(
        'The EU plans to phase out tariffs on U.S. industrial goods under the deal.',
        'tariff',
      ).map((c) => c.action),
    ).toContain('remove');
    expect(
      candidatesOfType(
        'China will phase out its export controls on graphite by 2027.',
        'export_restriction',
      ).map((c) => c.action),
    ).toContain('remove');
  });
});

describe('who acts in the sentences before (twenty-fifth session)', () => {
  it('reads a country hit with a measure, or securing a rate, and a former leader as no actor the next sentences inherit', () => {
    const text =
      'President Donald Trump announced new tariffs on dozens of trading partners on Thursday. Switzerland was hit with a 39% tariff after talks collapsed. Brazil was slapped with a 50% levy, partly over the prosecution of former President Jair Bolsonaro. Indonesia secured a 19% tariff rate. The EU will face a 15% tariff on most exports.';
    expect(
      articleCandidates({ text, published: null })
        .filter((c) => c.type === 'tariff' && c.analysis.index > 0 && c.features.includes('actor_option:0'))
        .map((c) => [c.slots.imposer, c.slots.target]),
    ).toEqual([
      ['US', 'CH'],
      ['US', 'BR'],
      ['US', 'ID'],
      ['US', 'EU'],
    ]);
  });
});

describe('a ministry named by its office (twenty-fifth session)', () => {
  it('reads "the commerce ministry" as the government the sentences just before have acting, not the article\'s most named one', () => {
    const text =
      "Beijing said it would impose 15% levies on U.S. coal. It also added Norvane Labs to its unreliable entity list. Separately, the commerce ministry said it would impose export controls on tungsten. Trump's 10% tariff on all Chinese imports took effect on Tuesday. Trump had paused 25% tariffs on Mexico on Monday.";
    expect(
      articleCandidates({ text, published: null })
        .filter((c) => c.type === 'export_restriction' && c.features.includes('actor_option:0'))
        .map((c) => c.slots.imposer),
    ).toEqual(['CN']);
  });
});

describe('a place of two words made an adjective before a listed name (twenty-fifth session)', () => {
  it('reads "and Hong Kong-based Star Shipping" as the member Star Shipping, not "Hong"', () => {
    const entities = candidateValues(
      'The United States imposed sanctions on four Chinese companies, including Zhejiang Qiming Trading and Hong Kong-based Star Shipping, for transporting Iranian oil.',
      'blacklisting',
      'entity',
    );
    expect(entities).toEqual(['Zhejiang Qiming Trading', 'Star Shipping']);
  });
});

describe('goods a consequence names (twenty-fifth session)', () => {
  it('reads "export licences for seven rare earth elements, leaving carmakers short of magnets" as a control on the elements', () => {
    expect(
      candidateValues(
        'China has stopped issuing export licences for seven rare earth elements, leaving carmakers short of magnets.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['seven rare earth elements']);
  });
});

describe('a measure ended (twenty-fifth session)', () => {
  it('reads "lifted its duties on Brazilian steel" as the removal alone, while a rate or a delay also states the measure', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(actions('Argentina lifted its duties on Brazilian steel on Monday.')).toEqual(['remove']);
    expect(actions('Britain will drop its 19% duty on American ethanol.')).toContain('impose');
    expect(actions('Washington said its tariff on Mexican cars is delayed until June.')).toContain('impose');
    // An action word that only describes the measure gives way to the verb that governs its phrase.
    expect(actions('Ottawa dropped most of its retaliatory tariffs on U.S. goods on Monday.')).toEqual([
      'remove',
    ]);
  });
});

describe('chip fabs and sites that go on as before (twenty-fifth session)', () => {
  it('reads "opened its first Arizona fab" as a move of manufacturing, and "its fabs in Taiwan would keep making" as none', () => {
    expect(
      candidatesOfType(
        'Halvorn Semiconductor opened its first Arizona fab in 2024 and plans two more.',
        'relocation',
      ).map((c) => [c.slots.to, c.slots.scope]),
    ).toEqual([['US', 'manufacturing']]);
    expect(
      candidatesOfType(
        'Halvorn Semiconductor said its fabs in Taiwan would keep making its most advanced chips.',
        'relocation',
      ),
    ).toEqual([]);
  });
});

describe('a country acting through its ministry (twenty-fifth session)', () => {
  it('reads "China\'s commerce ministry said it would add seven rare earth elements to its export control list" as China acting, whatever the article names most', () => {
    const text =
      "China's commerce ministry said on Thursday it would add seven rare earth elements to its export control list, in retaliation for U.S. tariffs. The move follows Washington's decision to raise duties on Chinese goods to 54%. Japan, which relies on Chinese rare earths, said it was studying the impact. The ministry also placed 11 U.S. firms on its unreliable entity list. Tokyo has not imposed any countermeasures.";
    const imposers = articleCandidates({ text, published: null })
      .filter((c) => c.type === 'export_restriction' && c.features.includes('actor_option:0'))
      .map((c) => c.slots.imposer);
    expect(imposers).toContain('CN');
    expect(imposers).not.toContain('US');
  });
});

describe('an export control that is lifted (twenty-fifth session)', () => {
  it('reads "lifted export restrictions on chip design software to China" as the lifting alone, not the control as well', () => {
    expect(
      events(
        'The Commerce Department on Monday lifted export restrictions on chip design software to China, Norvale Systems said.',
      ).map((e) => [e.type, 'action' in e ? e.action : null]),
    ).toEqual([['export_restriction', 'remove']]);
  });
});

describe('a list of names that holds a part of a company (twenty-fifth session)', () => {
  it('keeps the name after "Lockheed Martin\'s missile unit and" in the list the verb acts on', () => {
    expect(
      candidateValues(
        "China's commerce ministry on Friday added 11 U.S. firms, including Tarrow Dynamics' missile unit and Belcastle Aero, to its unreliable entity list.",
        'blacklisting',
        'entity',
      ),
    ).toContain('Belcastle Aero');
    expect(
      candidateValues(
        "The Commerce Department added Huawei's cloud unit and SMIC to the Entity List.",
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Huawei', 'SMIC']);
  });
});

describe("a wire story's dateline and a measure a leader says will start (twenty-fifth session)", () => {
  it('reads the place in capitals that opens a wire story ("BEIJING, June 5 (Reuters) -") as no company', () => {
    const entities = candidateValues(
      'BEIJING, June 5 (Reuters) - China has approved some export licence applications for rare earths, the commerce ministry said on Thursday, two months after it placed seven rare earth elements on its export control list.',
      'blacklisting',
      'entity',
    );
    expect(entities).not.toContain('BEIJING');
    expect(
      candidateValues(
        'DUBAI (Reuters) - Washington on Tuesday added Norvista Shipping to its sanctions list, accusing it of moving Iranian oil.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Norvista Shipping']);
  });

  it('reads a leader who says in a relative clause when a measure starts ("a 50% tariff on the metal that President Donald Trump said would take effect on Aug. 1") as its imposer', () => {
    // The headline makes Chile the article's main country; the relative clause names who levies the tariff.
    expect(
      articleCandidates({
        title: 'Chile keeps shipping copper',
        text: "Chile's state-owned Codelco said on Thursday it would keep shipping copper to the United States despite a 50% tariff on the metal that President Donald Trump said would take effect on Aug. 1.",
        published: null,
      })
        .filter((c) => c.type === 'tariff' && c.features.includes('actor_option:0'))
        .map((c) => c.slots.imposer),
    ).toEqual(['US']);
  });
});

describe('read on market reports written for the purpose (twenty-sixth session)', () => {
  it('reads the subject of a clause opened by "after" past an adverb ("after Trump also imposed a levy")', () => {
    expect(firstImposers('The dollar rose after Trump also imposed a 10% levy on Chinese imports.')).toEqual([
      'US',
    ]);
  });

  it('reads the subject of a clause without its relative pronoun ("the 24% tariff Washington slapped on Japanese goods") as the imposer', () => {
    // The sentence before has China acting: only the clause names who levies the tariff.
    expect(
      firstImposers(
        'China cut its tariffs on rice last year. Tokyo said it would not retaliate against the 24% tariff Washington slapped on Japanese goods.',
        1,
      ),
    ).toEqual(['US']);
    // A noun after the anchor with no past verb of the type's is no such clause.
    expect(firstImposers('Japan will keep its 24% tariff Washington talks notwithstanding.')).not.toContain(
      'US',
    );
  });

  it('reads a country that answers a measure ("countermeasures against U.S. steel tariffs", "in response to U.S. tariffs") as none of its imposers', () => {
    expect(
      candidateValues(
        'The European Union prepared countermeasures against U.S. steel tariffs on Monday.',
        'tariff',
        'imposer',
      ),
    ).toEqual(['US']);
    expect(
      candidateValues('China hit back in response to U.S. tariffs on Chinese goods.', 'tariff', 'imposer'),
    ).toEqual(['US']);
  });

  it('reads the company whose decision a site is ("follows MicroBT\'s decision to set up a factory in the U.S.") as the one that moves', () => {
    expect(companies("The shift follows Quarrion's decision to set up a factory in the U.S.")).toEqual([
      'Quarrion',
    ]);
    expect(
      companies("Quarrion's decision earlier this year to set up a factory in the U.S. surprised analysts."),
    ).toEqual(['Quarrion']);
  });

  it('reads the goods a passive measure verb taxes ("Indonesian goods will be taxed at 19%") as its target\'s', () => {
    const found = articleCandidates({
      title: 'Trade deals',
      text: 'Under the deal, the United States will cut its tariff on Japanese cars to 15%. Indonesian goods will be taxed at 19%.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.analysis.index === 1);
    expect(found.map((c) => c.slots.target)).toEqual(['ID']);
  });

  it('reads a country that secured a rate after a tariff was named ("Britain secured a 10% rate on its car exports") as its target', () => {
    const found = events(
      'Trump announced tariffs on dozens of countries in April. Britain secured a 10% rate on its car exports under a quota.',
      'Trade deals',
    );
    expect(slotsOf(found)).toContainEqual(
      expect.objectContaining({ type: 'tariff', imposer: 'US', target: 'GB', rate_pct: 10 }),
    );
  });

  it('keeps where a company is registered out of its name ("Hong Kong-registered Tianjin Star Shipping")', () => {
    expect(
      candidateValues(
        'The Treasury designated Hong Kong-registered Tianjin Orsella Shipping on Thursday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Tianjin Orsella Shipping']);
  });

  it('reads the verb after a relative clause set off by commas as the measure\'s ("The tariffs, which Trump announced in February, were paused for Canada")', () => {
    const found = articleCandidates({
      title: 'Tariff tracker',
      text: 'Trump announced 25% tariffs on Canada and Mexico on Saturday. The tariffs, which Trump announced in February, were paused for Canada and Mexico for a month.',
      published: '2025-02-05',
    }).filter((c) => c.type === 'tariff' && c.analysis.index === 1 && c.action === 'remove');
    expect(found.map((c) => [c.slots.imposer, c.slots.target])).toContainEqual(['US', 'CA']);
    expect(found.map((c) => [c.slots.imposer, c.slots.target])).toContainEqual(['US', 'MX']);
    expect(
      candidatesAfterHeadline(
        "Trump's 25% tariffs on steel and aluminum, which took effect in March, were doubled to 50% in June.",
      ).map((c) => [c.action, c.slots.rate_pct]),
    ).toContainEqual(['raise', 50]);
  });

  it('reads the goods that the parties a measure falls on buy ("a 25% tariff on countries buying Venezuelan oil") as naming no target', () => {
    expect(
      candidateValues('Trump imposed a 25% tariff on countries buying Venezuelan oil.', 'tariff', 'target'),
    ).not.toContain('VE');
  });

  it('reads a country that won a rate in a deal with a leader ("Japan secured a 15% tariff rate in a deal with Trump") as bearing it', () => {
    const found = articleCandidates({
      title: 'News',
      text: 'Trump imposed tariffs on dozens of trading partners in April. Japan secured a 15% tariff rate in a deal with Trump.',
      published: null,
    }).filter((c) => c.type === 'tariff' && c.analysis.index === 1);
    expect(found.map((c) => c.slots.imposer)).not.toContain('JP');
    expect(found.map((c) => c.slots.target)).toContain('JP');
  });

  it('reads the source named after a comma ("made in Japan, the EC Commission said") as no member of the list before it', () => {
    expect(
      candidateValues(
        'The European Community imposed anti-dumping duties of up to 47.8 pct on printers made in Japan, the EC Commission said.',
        'tariff',
        'target',
      ),
    ).toEqual(['JP']);
  });

  it('reads a change others expect of a measure ("Analysts expect the 145% U.S. tariff on Chinese goods to be cut") as a forecast', () => {
    const actions = candidatesAfterHeadline(
      'Analysts expect the 145% U.S. tariff on Chinese goods to be cut.',
    ).map((c) => c.action);
    expect(actions).not.toContain('reduce');
    expect(actions).toContain('impose');
  });

  it('reads a possibility others report (", analysts warned", "he said … they could") as their forecast, and the actor\'s own as its threat', () => {
    const threats = (text: string) =>
      candidatesAfterHeadline(text).filter((c) => c.type === 'export_restriction' && c.action === 'threaten');
    expect(threats('Beijing could restrict exports of gallium in retaliation, analysts warned.')).toEqual([]);
    expect(
      threats('He said China has the upper hand, in the sense that they could restrict exports of magnets.'),
    ).toEqual([]);
    expect(
      threats('Beijing could restrict exports of gallium in retaliation, the commerce ministry said.'),
    ).not.toEqual([]);
  });

  it('reads capacity added at a site of its own ("added 50 MW at its Odessa facility") as no move', () => {
    expect(companies('Quarrion Mining added 50 MW at its Odessa facility.')).toEqual([]);
    expect(companies('Quarrion Mining added a new facility in Texas.')).toEqual(['Quarrion Mining']);
  });

  it('reads "duties of its own on … American products" as a measure on the products, whose its own says who levies it', () => {
    const goods = candidatesAfterHeadline(
      'Canada has vowed to respond with duties of its own on C$155 billion of American products.',
    ).map((c) => c.slots.goods);
    expect(goods).toContain('products');
    expect(goods.join(' ')).not.toContain('own');
  });

  it('keeps a list going past a member\'s description and a nationality ("PVH Group, the owner of Calvin Klein, and U.S. biotech firm Illumina"), and gives the verb coordinated after the list the sentence\'s subject', () => {
    const text =
      'China on Tuesday placed Quarrion Group, the owner of Calvin Klein, and U.S. biotech firm Orsella on its unreliable entity list, and announced export controls on tungsten and indium.';
    expect(candidateValues(text, 'blacklisting', 'entity')).toEqual(['Quarrion Group', 'Orsella']);
    const imposers = articleCandidates({ text, published: null })
      .filter((c) => c.type === 'export_restriction' && c.features.includes('actor_option:0'))
      .map((c) => c.slots.imposer);
    expect(imposers).toEqual(['CN']);
  });

  it('reads "a Pentagon list" as the Pentagon\'s list of Chinese military companies', () => {
    const found = events(
      "The U.S. on Friday removed Quarrion from a Pentagon list of companies with ties to China's military.",
      'Trade blacklist',
    );
    expect(listingsOf(found)).toEqual([['US', 'Quarrion', 'remove', '1260H List']]);
  });

  it('reads "lifted tariffs … to 145%" as raising them, and "lifted its tariffs" alone as their removal', () => {
    const actions = (text: string) => candidatesAfterHeadline(text).map((c) => c.action);
    expect(actions('Trump lifted tariffs on Chinese goods to 145% on Wednesday.')).toContain('raise');
    expect(actions('Trump lifted tariffs on Chinese goods to 145% on Wednesday.')).not.toContain('remove');
    expect(actions('Canada lifted its retaliatory tariffs on U.S. goods on Monday.')).toContain('remove');
  });

  it('reads "rules on exports of …" as an export control', () => {
    const found = events(
      'The United States relaxed rules on exports of chip design software to China.',
      'Export rules',
    );
    expect(
      found.map((e) => (e.type === 'export_restriction' ? [e.action, e.imposer, e.target] : [])),
    ).toEqual([['ease', 'US', 'CN']]);
  });

  it('reads the main clause past a relative clause that interrupts it ("Bitmain, which had moved assembly … to avoid earlier duties, is now opening a plant in Houston") as asserted', () => {
    const found = candidatesAfterHeadline(
      'Quarrion, which had moved assembly to Southeast Asia to avoid earlier duties, is now opening a plant in Houston.',
    ).filter((c) => c.type === 'relocation');
    expect(found.map((c) => [c.slots.company, c.slots.to, c.modality])).toEqual([
      ['Quarrion', 'US', 'asserted'],
    ]);
  });

  it('reads a vow on a condition ("vowed to hit the European Union with a 50% levy unless it cut its own duties") as a threat', () => {
    const actions = candidatesAfterHeadline(
      'Trump vowed to hit the European Union with a 50% levy unless it cut its own duties.',
    ).map((c) => c.action);
    expect(actions).toEqual(['threaten']);
  });

  it('reads "its consolidated list" as a sanctions list, and an anchor word inside a name as no rival anchor ("Office of Financial Sanctions Implementation added …")', () => {
    const found = events(
      "Britain's Office of Financial Sanctions Implementation added Quarrion Metals to its consolidated list.",
      'Sanctions',
    );
    expect(listingsOf(found)).toEqual([['GB', 'Quarrion Metals', 'add', null]]);
  });

  it('reads "the U.S. International Trade Commission" as the agency, not the country name that opens it', () => {
    const text =
      'The U.S. International Trade Commission voted to impose anti-dumping duties on graphite anodes.';
    const { mentions } = analyseSentence({ text, start: 0, end: text.length }, 0, { published: null });
    expect(mentions.filter((m) => m.kind === 'country').map((m) => [m.text, m.form])).toEqual([
      ['U.S. International Trade Commission', 'agency'],
    ]);
  });

  it('merges a threat whose target only the article guessed with the same threat stated without one', () => {
    const found = events(
      'The United States will impose a 50% tariff on goods from the European Union from June 1. The decision comes shortly after the president threatened a 25% tariff on Quarrion. He said if Quarrion does not make phones in the U.S., he will add a 25% tax to all phones abroad.',
      'Trump targets EU and Quarrion',
    );
    expect(found.filter((e) => e.type === 'tariff' && e.action === 'threaten')).toHaveLength(1);
  });
});

describe('read on trade and sanctions reports written for the purpose (twenty-seventh session)', () => {
  it('reads the plan in "plans to shift some of its battery production from China to Vietnam" (a share of the phrase stays in it)', () => {
    const found = candidatesAfterHeadline(
      'Quarrion Energy plans to shift some of its battery cell production from China to Vietnam.',
    ).filter((c) => c.type === 'relocation');
    expect(found.map((c) => [c.slots.company, c.slots.to, c.slots.status])).toEqual([
      ['Quarrion Energy', 'VN', 'planned'],
    ]);
  });

  it('lists the entities "The companies include …" names right after a sentence that sanctions them, and none after another', () => {
    const sanctioned = events(
      'The U.S. Treasury on Thursday imposed sanctions on a dozen companies. The companies include Quarrion Trading and Velmora Shipping, the department said.',
      'Treasury sanctions firms',
    );
    expect(entitiesOf(sanctioned)).toEqual(['Quarrion Trading', 'Velmora Shipping']);
    const tariffed = events(
      "The U.S. added Huawei to the Entity List in 2019. Trump's new 25% tariffs on Chinese electronics will hit many companies that assemble phones in China. The companies include Quarrion and Velmora, which make most of their devices there.",
      'Tariffs hit phone makers',
    );
    expect(entitiesOf(tariffed)).toEqual(['Huawei']);
  });

  it('keeps a member whose home is named by a possessive in the list ("Quarrion Trading and Dubai\'s Velmora Petro FZE")', () => {
    const found = events(
      "The U.S. Treasury on Thursday sanctioned a dozen companies, including Quarrion Trading and Dubai's Velmora Petro FZE, the department said.",
      'Treasury sanctions firms',
    );
    expect(entitiesOf(found)).toEqual(['Quarrion Trading', 'Velmora Petro FZE']);
  });

  it('reads each country of a gapped list after "hit with" its own rate ("Cambodia was hit with 49%, Thailand with 36% and Malaysia with 24%")', () => {
    expect(
      imposersAndTargets(
        'The United States imposed tariffs on dozens of trading partners. Cambodia was hit with 49%, Thailand with 36% and Malaysia with 24%.',
        2,
      ),
    ).toEqual([
      ['US', 'KH'],
      ['US', 'TH'],
      ['US', 'MY'],
    ]);
    const rates = candidatesAfterHeadline(
      'The United States imposed tariffs on dozens of trading partners. Cambodia was hit with 49% and Thailand with 36%.',
    ).flatMap((c) => (c.analysis.index === 2 ? [[c.slots.target, c.slots.rate_pct]] : []));
    expect(rates).toEqual([
      ['KH', 49],
      ['TH', 36],
    ]);
  });

  it('takes a name that "it" takes up for a company, whatever person\'s name it spells ("Steve Madden said it would shift production …")', () => {
    expect(
      companies('Steve Madden said it would shift production to Cambodia and Vietnam, the company said.'),
    ).toEqual(['Steve Madden', 'Steve Madden']);
  });

  it('does not list a nationality after a mere comma with the name before it ("Under the agreement announced by Trump, Vietnamese goods will face a 20% tariff")', () => {
    expect(
      imposersAndTargets(
        'Trump announced a trade deal with Vietnam on Wednesday. Under the agreement announced by Trump, Vietnamese goods will face a 20% tariff.',
        2,
      ),
    ).toEqual([['US', 'VN']]);
  });

  it('reads goods the lexicon does not know after a nationality in a rated part ("25% tariffs on Canadian imports and 10% on Canadian energy")', () => {
    const found = events(
      'Trump ordered 25% tariffs on Canadian imports and 10% on Canadian energy.',
      'Tariffs',
    );
    expect(found.map((e) => (e.type === 'tariff' ? [e.imposer, e.target, e.rate_pct, e.goods] : []))).toEqual(
      [
        ['US', 'CA', 25, 'imports'],
        ['US', 'CA', 10, 'energy'],
      ],
    );
  });

  it('reads a request made of the actor ("asked the U.S. to exempt Japanese steel") as no action of the actor\'s', () => {
    const found = candidatesAfterHeadline(
      "Japan's government has asked the U.S. to exempt Japanese steel from the 25% tariffs President Donald Trump plans to impose next month.",
    );
    expect(found.filter((c) => c.type === 'tariff' && c.slots.imposer === 'US').map((c) => c.action)).toEqual(
      ['impose'],
    );
  });

  it('keeps the listing when the ban it brings follows ("added Quarrion and Velmora Systems to its export control list, banning exports of dual-use items to them")', () => {
    const found = events(
      'China added Quarrion and Velmora Systems to its export control list, banning exports of dual-use items to them.',
      'China lists U.S. firms',
    );
    expect(listingsOf(found)).toEqual(
      expect.arrayContaining([
        ['CN', 'Quarrion', 'add', 'Export Control List'],
        ['CN', 'Velmora Systems', 'add', 'Export Control List'],
      ]),
    );
    expect(found.filter((e) => e.type === 'export_restriction')).toEqual([]);
  });

  it('reads a city and an English word after it as one name ("removed Wuxi Biologics from its Unverified List")', () => {
    const found = events(
      'The U.S. Commerce Department removed 33 entities from its Unverified List on Tuesday, including Wuxi Biologics.',
      'Commerce delists firms',
    );
    expect(listingsOf(found)).toEqual([['US', 'Wuxi Biologics', 'remove', 'Unverified List']]);
  });

  it('reads an anchor that is also an action word as the noun after a rate or a determiner ("… and an additional 10% levy on Chinese goods")', () => {
    expect(
      imposersAndTargets(
        "Wall Street fell as investors weighed the impact of Trump's 25% tariffs on Canadian imports and an additional 10% levy on Chinese goods.",
        1,
      ),
    ).toEqual([
      ['US', 'CA'],
      ['US', 'CN'],
    ]);
  });

  it('lets a clause opened by ", with" detail the measure before it party by party ("agreed to slash reciprocal tariffs, with U.S. duties on Chinese goods falling to 30% …")', () => {
    const tariffs = (text: string) =>
      candidatesAfterHeadline(text)
        .filter((c) => c.type === 'tariff' && c.action === 'reduce' && c.features.includes('actor_option:0'))
        .map((c) => [c.slots.imposer, c.slots.rate_pct]);
    expect(
      tariffs(
        'The U.S. and China agreed to slash reciprocal tariffs for 90 days, with U.S. duties on Chinese goods falling to 30% and Chinese levies on U.S. goods dropping to 10%.',
      ),
    ).toEqual([
      ['US', 30],
      ['CN', 10],
    ]);
    // Only the party the clause details gives up its bare reading.
    expect(
      tariffs(
        'Washington and Beijing agreed to cut their tariffs for 90 days, with the United States lowering duties on Chinese goods to 30%.',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['CN', null],
        ['US', 30],
      ]),
    );
  });

  it('reads a removal word whose list of objects ends with an exemption as taking it away ("eliminating country exceptions and quota deals, as well as product-specific tariff exclusions")', () => {
    const actions = candidatesAfterHeadline(
      'Trump signed proclamations raising the tariff rate on steel to 25% and eliminating country exceptions and quota deals, as well as product-specific tariff exclusions for steel.',
    ).map((c) => c.action);
    expect(actions).not.toContain('remove');
  });

  it('leaves a phrase of a participle clause after the trigger to the participle ("export licenses for rare earth magnets, tightening its grip on the critical minerals")', () => {
    const found = candidatesAfterHeadline(
      "China's commerce ministry said it would stop issuing export licenses for rare earth magnets to U.S. defense contractors, tightening its grip on the critical minerals.",
    ).filter((c) => c.type === 'export_restriction');
    expect(found.map((c) => c.slots.goods)).toContain('rare earth magnets');
    expect(found.map((c) => c.slots.goods)).not.toContain('critical minerals');
  });

  it('takes no company that reports for the entity a ban falls on (", the company said on Tuesday, effectively banning sales of the chip there")', () => {
    const found = candidatesAfterHeadline(
      'The U.S. government told Nvidia it would need a license to export its H20 chips to China, the company said on Tuesday, effectively banning sales of the chip there.',
    );
    expect(found.filter((c) => c.type === 'blacklisting')).toEqual([]);
  });

  it('reads a reprieve granted after a tariff was named as its pause ("On Thursday he granted a one-month reprieve to goods covered by the USMCA")', () => {
    const removals = candidatesAfterHeadline(
      'Trump imposed 25% tariffs on Canadian and Mexican goods on Tuesday. On Thursday he granted a one-month reprieve to goods covered by the USMCA trade pact.',
    ).filter((c) => c.type === 'tariff' && c.action === 'remove');
    expect(removals.map((c) => [c.slots.imposer, c.slots.target])).toEqual([
      ['US', 'CA'],
      ['US', 'MX'],
    ]);
  });

  it('reads a measure a party is warned it would face as threatened ("warned Apple that it would face a 25% tariff on iPhones made abroad")', () => {
    const actions = candidatesAfterHeadline(
      'Trump also warned Apple that it would face a 25% tariff on iPhones made abroad.',
    ).map((c) => c.action);
    expect(actions).toContain('threaten');
    expect(actions).not.toContain('impose');
  });

  it('reads the goods the parties a measure falls on buy ("secondary tariffs on buyers of Russian oil") as naming no target', () => {
    expect(
      candidateValues(
        'Trump threatened secondary tariffs of 25% on buyers of Russian oil if Moscow does not agree to a ceasefire.',
        'tariff',
        'target',
      ),
    ).not.toContain('RU');
  });

  it('lists a vessel its descriptor names with its article ("including Hong Kong-based Sea Horizon Shipping and the tanker Ocean Pearl")', () => {
    const found = events(
      'The U.S. Treasury on Thursday sanctioned 35 entities and vessels involved in shipping Iranian oil, including Hong Kong-based Sea Horizon Shipping and the tanker Ocean Pearl.',
      'Treasury targets shadow fleet',
    );
    expect(entitiesOf(found)).toEqual(expect.arrayContaining(['Sea Horizon Shipping', 'Ocean Pearl']));
  });

  it('reads an action phrase whose wildcards hold goods ("took drone maker Skydio off its export control list")', () => {
    const found = events(
      'Beijing took drone maker Skydio off its export control list on Friday.',
      'China delists Skydio',
    );
    expect(listingsOf(found)).toEqual([['CN', 'Skydio', 'remove', 'Export Control List']]);
  });
});

describe('read on trade and sanctions reports written for the purpose (twenty-eighth session)', () => {
  it('reads a known name that goes on with "Industry" as one company ("Luxshare Precision Industry, a key Apple supplier, …")', () => {
    expect(
      companies(
        'Luxshare Precision Industry, a key Apple supplier, said on Monday it will build a new factory in Mexico, shifting part of its production away from China.',
      ),
    ).toEqual(['Luxshare Precision Industry']);
  });

  it('lists the entities put on an "export restriction list", and reads no export control on goods in the list\'s name', () => {
    const found = events(
      'The U.S. Commerce Department on Tuesday added dozens of Chinese entities to its export restriction list, including Quarrion Group subsidiaries and the Velmora Academy of Artificial Intelligence.',
      'US adds Chinese chip firms to trade blacklist',
    );
    expect(entitiesOf(found)).toEqual(['Quarrion Group', 'Velmora Academy of Artificial Intelligence']);
    expect(found.filter((e) => e.type === 'export_restriction')).toEqual([]);
  });

  it('reads the country of goods "shipped to the U.S." as the target of the tariff they face', () => {
    expect(
      candidateValues(
        'Vietnamese goods shipped to the U.S. will face a 20% tariff under a trade agreement announced on Wednesday.',
        'tariff',
        'target',
      ),
    ).toEqual(['VN']);
  });

  it('leaves the verb after a modal out of the goods ("the tariff could hurt coffee and orange juice shipments")', () => {
    expect(
      candidateValues(
        'Trump imposed a 50% tariff on Brazil. Analysts said the tariff could hurt coffee and orange juice shipments.',
        'tariff',
        'goods',
      ),
    ).not.toContain('could hurt coffee and orange juice');
  });

  it('reads a name between "its" and the noun it qualifies as a brand, and a production verb in the present as no move ("currently assembles its QuarrionMiner machines in Malaysia")', () => {
    const text = 'The company currently assembles its QuarrionMiner machines in Malaysia and Thailand.';
    const { mentions } = analyseSentence({ text, start: 0, end: text.length }, 0, { published: null });
    expect(mentions.filter((m) => m.kind === 'organisation')).toEqual([]);
    expect(
      events(
        `Velmora Digital said it will move part of its rig manufacturing to the United States. ${text}`,
        'Velmora moves',
      ).filter((e) => e.type === 'relocation'),
    ).toHaveLength(1);
  });

  it('names no member of a list by a role alone ("Quarrion Chemical Co and its CEO were designated")', () => {
    const found = events(
      'The United States on Wednesday imposed sanctions on a refinery. Quarrion Chemical Co and its CEO were designated along with several vessels.',
      'US sanctions refinery',
    );
    expect(entitiesOf(found)).toEqual(['Quarrion Chemical']);
  });

  it('lists the entity "Among the firms listed is …" names after a sentence that blacklists', () => {
    const found = events(
      'The European Union adopted its 17th sanctions package against Russia on Tuesday, blacklisting nearly 200 vessels. Among the firms listed is Hong Kong-registered Quarrion Links Ltd, the EU said.',
      'EU lists firms',
    );
    expect(listingsOf(found)).toEqual([['EU', 'Quarrion Links', 'add', null]]);
  });

  it('reads a country\'s name that qualifies the measure ("the Canada and Mexico tariffs") as its target in an article about another party\'s tariffs', () => {
    const found = events(
      'President Trump imposed tariffs on dozens of trading partners this year. The Canada and Mexico tariffs remain at 25% for goods outside the USMCA.',
      'Trump keeps levies',
    ).flatMap((e) => (e.type === 'tariff' && e.rate_pct === 25 ? [[e.imposer, e.target]] : []));
    expect(found).toEqual([
      ['US', 'CA'],
      ['US', 'MX'],
    ]);
  });

  it('keeps a qualifying name as the party that levies a measure that says what it is on, or in an article about its own tariffs', () => {
    expect(
      imposersAndTargets(
        'Hive Digital plans to build a mining site in Paraguay. The US tariff on China raised the cost of mining equipment.',
        2,
      ),
    ).toContainEqual(['US', 'CN']);
    const retaliation = candidatesAfterHeadline(
      'China said on Tuesday it would impose tariffs of up to 15% on U.S. farm goods. The China tariffs take effect on Saturday.',
    ).filter((c) => c.analysis.index === 2 && c.features.includes('actor_option:0'));
    expect(retaliation.map((c) => [c.slots.imposer, c.slots.target])).not.toContainEqual(['US', 'CN']);
  });

  it('reads a town and its state before a site ("to its Belvidere, Illinois plant") as where the move goes, with the move\'s own origin', () => {
    const found = candidatesAfterHeadline(
      'Quarrion Motors will move production of its Velmora Compass from Mexico to its Belvidere, Illinois plant.',
    ).filter((c) => c.type === 'relocation');
    expect(found.map((c) => [c.slots.company, c.slots.from, c.slots.to])).toEqual([
      ['Quarrion Motors', 'MX', 'US'],
    ]);
  });

  it('reads the plural present of production ("Quarrion and Velmora Electronics assemble the phones in India") as no move', () => {
    expect(
      candidatesAfterHeadline(
        'Quarrion and Velmora Electronics assemble the phones in southern India.',
      ).filter((c) => c.type === 'relocation'),
    ).toEqual([]);
  });

  it('reads a move the company "has shelved a plan" to make as negated', () => {
    const found = candidatesAfterHeadline(
      'Quarrion Motors has shelved a plan to shift production of SUVs from Japan to Tennessee, the automaker said.',
    ).filter((c) => c.type === 'relocation');
    expect(found.map((c) => c.modality)).toEqual(['negated']);
  });

  it('reads a grace period granted after a tariff was named as its pause ("He then granted a 60-day grace period to importers")', () => {
    const removals = candidatesAfterHeadline(
      'Trump imposed a 25% tariff on Quarrion steel in March. He then granted a 60-day grace period to importers.',
    ).filter((c) => c.type === 'tariff' && c.action === 'remove');
    expect(removals.map((c) => c.slots.imposer)).toContain('US');
    const given = candidatesAfterHeadline(
      'Trump imposed a 25% tariff on Quarrion steel in March. He then gave importers a 60-day grace period.',
    ).filter((c) => c.type === 'tariff' && c.action === 'remove');
    expect(given.map((c) => c.slots.imposer)).toContain('US');
    expect(
      candidatesAfterHeadline('The agency gave staff a 60-day grace period.').filter(
        (c) => c.type === 'tariff',
      ),
    ).toEqual([]);
  });

  it('lists the entity "Among the new entries is …" names after a sentence that adds to a list', () => {
    const found = events(
      "Japan's trade ministry added 13 entities from China and Iran to its End User List on Friday. Among the new entries is Quarrion Aerospace, a drone maker.",
      'Japan adds firms to list',
    );
    expect(entitiesOf(found)).toEqual(['Quarrion Aerospace']);
  });

  it('reads a vessel "identified as blocked property" as sanctioned, past a relative clause that describes it ("which the company manages")', () => {
    const found = events(
      'The Treasury on Thursday designated Hong Kong-based Velmora Shipping Ltd for transporting Iranian oil. The vessel Star Quarrion, which the company manages, was also identified as blocked property.',
      'OFAC designates shippers',
    );
    expect(entitiesOf(found)).toEqual(expect.arrayContaining(['Velmora Shipping', 'Star Quarrion']));
  });

  it('reads the examples "including" names, not set off by commas, as the subject ("makers including Quarrion and Velmora Solar have built factories")', () => {
    expect(
      companies(
        'Chinese solar panel makers including Quarrion and Velmora Solar have built factories in the United States over the past two years.',
      ),
    ).toEqual(['Quarrion', 'Velmora Solar']);
  });

  it('reads a site a company sold as no move ("sold its Arizona plant to Corning")', () => {
    expect(companies('Quarrion Solar sold its Arizona plant to Velmora Glass in 2025.')).toEqual([]);
  });

  it('ends free goods before the measure\'s verb in "-s" or an adverb ("The reciprocal tariff on Indonesian goods stands at 32%", "goods immediately")', () => {
    expect(
      candidateValues(
        'Washington raised tariffs on mining rigs imported from Malaysia. The reciprocal tariff on Indonesian goods stands at 32%.',
        'tariff',
        'goods',
      ),
    ).not.toContain('goods stands');
    expect(
      candidateValues(
        'Ottawa will impose 25% tariffs on C$30 billion of U.S. goods immediately, the finance minister said.',
        'tariff',
        'goods',
      ),
    ).not.toContain('goods immediately');
  });

  it('reads a seat moved within the country a company is based in as no relocation ("Nevada-based Quarrion Digital completed its reincorporation in Texas")', () => {
    expect(
      companies(
        'Nevada-based Quarrion Digital has completed its reincorporation in Texas, the company said.',
      ),
    ).toEqual([]);
    expect(
      companies(
        'Toronto-based Quarrion Digital has completed its reincorporation in Texas, the company said.',
      ),
    ).toEqual(['Quarrion Digital']);
  });

  it('reads the goods inside a ban\'s own words before goods a purpose clause names ("banned nickel ore exports in 2020 to force miners to build smelters")', () => {
    expect(
      candidateValues(
        'Indonesia banned nickel ore exports in 2020 to force miners to build smelters at home.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['nickel ore']);
  });

  it('reads the main verb past a participle set off after the anchor ("The tariffs, announced in April, were paused for 90 days")', () => {
    const actions = candidatesAfterHeadline(
      'Trump announced reciprocal tariffs in April. The tariffs, announced in April, were paused for 90 days to allow negotiations.',
    )
      .filter((c) => c.type === 'tariff' && c.analysis.index === 2)
      .map((c) => c.action);
    expect(actions).toContain('remove');
  });

  it('reads the object of a noun of the action ("The Commerce Department\'s addition of Velmora Robotics to the Entity List")', () => {
    const found = events(
      "The Commerce Department's addition of Velmora Robotics to the Entity List last week drew protests from Beijing.",
      'Drone maker hit',
    );
    expect(listingsOf(found)).toEqual([['US', 'Velmora Robotics', 'add', 'Entity List']]);
  });

  it('reads a name of English words after a descriptor of a crypto service ("removed crypto mixer Tornado Cash from its sanctions list")', () => {
    const found = events(
      'The Treasury Department has removed crypto mixer Tornado Cash from its sanctions list, months after a court ruling.',
      'Mixer delisted',
    );
    expect(listingsOf(found)).toEqual([['US', 'Tornado Cash', 'remove', null]]);
  });

  it('takes up a name its descriptor opens a sentence with ("Chinese-owned mining firm Quarrion Hash has shipped …") for "the company" after it', () => {
    // Both sentences move something of the firm's (its machines, then its headquarters): no other name is read.
    expect(
      new Set(
        companies(
          'Chinese-owned mining firm Quarrion Hash has shipped 40,000 machines to Ethiopia this year. The company relocated its headquarters to Singapore in 2023.',
        ),
      ),
    ).toEqual(new Set(['Quarrion Hash']));
  });
});

describe('read on trade and sanctions reports written for the purpose (twenty-ninth session)', () => {
  it('reads the pronoun that does the listing as its actor, not as the party listed ("said it had added seven Chinese entities")', () => {
    const found = events(
      'The U.S. Commerce Department said on Thursday it had added seven Chinese entities to its trade blacklist, citing their support for Russia.',
      'Commerce adds Chinese drone makers to trade blacklist',
    );
    expect(found.filter((e) => e.type === 'blacklisting')).toEqual([]);
  });

  it('reads a tariff on goods "imported" with no country as global: other countries the article names are no target ("doubling tariffs on imported steel")', () => {
    const found = events(
      'President Donald Trump signed an order on Tuesday doubling tariffs on imported steel and aluminum to 50%. The move drew criticism from Canada, the largest supplier of steel to the United States.',
      'Trump doubles steel tariffs',
    );
    expect(found.filter((e) => e.type === 'tariff').map((e) => e.target)).toEqual([null]);
  });

  it('reads a pause that governs the tariffs by "on" as the action, not an adjective inside their phrase ("a 90-day pause on most of his new tariffs")', () => {
    const readings = candidatesOfType(
      'Stocks rallied after President Trump announced a 90-day pause on most of his new tariffs, while raising duties on Chinese imports to 125%.',
      'tariff',
    ).filter((c) => c.slots.target === null && c.features.includes('reading:0'));
    expect(readings.map((c) => c.action)).toEqual(['remove']);
  });

  it('reads no origin in goods "not made in" a country ("iPhones not made in the U.S. would face a 25% levy")', () => {
    const text = 'Trump also warned Apple that iPhones not made in the U.S. would face a 25% levy.';
    expect(imposersAndTargets(text, 1)).toEqual([['US', null]]);
  });

  it('lists no party named before for an action on an object it does not name ("months after designating a subsidiary")', () => {
    const found = events(
      'The U.S. Treasury on Friday removed Chinese shipping firm Quarrion Tankers from its sanctions list, months after designating a subsidiary over Iranian oil shipments.',
      'U.S. lifts sanctions on Chinese shipper',
    );
    expect(listingsOf(found)).toEqual([['US', 'Quarrion Tankers', 'remove', null]]);
  });

  it('reads a plan "put on hold" in its own clause as no move, and one put on hold in another clause as no cue ("has put its plans to build a factory in India on hold")', () => {
    expect(
      companies(
        "Quarrion Motors has put its plans to build a factory in India on hold, the country's industry minister said.",
      ),
    ).toEqual([]);
    expect(
      companies(
        'Quarrion Motors plans to build a factory in India, after putting its Mexican project on hold.',
      ),
    ).toEqual(['Quarrion Motors']);
  });

  it('reads goods the lexicon does not know through a range of rates, a collection and coordinated modifiers ("tariffs of 10%-15% on a range of U.S. agricultural and food products")', () => {
    expect(
      candidateValues(
        'China said on Tuesday it would impose additional tariffs of 10%-15% on a range of U.S. agricultural and food products from March 10.',
        'tariff',
        'goods',
      ),
    ).toContain('agricultural and food products');
    expect(
      candidateValues('Canada imposed tariffs on lumber and warned of more.', 'tariff', 'goods'),
    ).toEqual(['lumber']);
  });

  it('reads no goods in a currency after a range of amounts ("a duty of 20–25 Indian rupees per kilogram")', () => {
    expect(
      candidateValues('India imposed a duty of 20–25 Indian rupees per kilogram.', 'tariff', 'goods').filter(
        (goods) => goods !== null,
      ),
    ).toEqual([]);
  });

  it('reads a verb whose object is a plan as acting on the plan, not on the measure ("has scrapped plans to limit nickel ore exports")', () => {
    const found = events(
      'Indonesia has scrapped plans to limit nickel ore exports, the mining ministry said on Monday, after miners complained about oversupply at home.',
      'Indonesia drops nickel export plan',
    );
    expect(found.filter((e) => e.type === 'export_restriction')).toEqual([]);
  });

  it('reads reciprocal tariffs as a global measure: other targets in the article do not fill theirs ("he would announce reciprocal tariffs later this week")', () => {
    const found = events(
      'Trump said on Sunday he would announce reciprocal tariffs later this week. Separately, 10% duties on Chinese goods took effect on Tuesday.',
      'Tariff fears mount',
    );
    expect(found.filter((e) => e.type === 'tariff').map((e) => [e.target, e.rate_pct])).toEqual([
      [null, null],
      ['CN', 10],
    ]);
  });

  it('reads a move stated on a condition after it as no move ("will move its TV production … if the U.S. imposes tariffs")', () => {
    expect(
      companies(
        'Quarrion Electronics will move its TV production from Mexico to Vietnam if the U.S. imposes tariffs on Mexican imports, a company official said.',
      ),
    ).toEqual([]);
    expect(
      companies(
        'Quarrion Electronics will move its TV production from Mexico to Vietnam, a company official said.',
      ),
    ).toEqual(['Quarrion Electronics']);
  });

  it('lists the examples of a group named beside a party ("sanctions on Quarrion Shipping and on several vessels, including the Panama-flagged tanker Star Velmora")', () => {
    const found = events(
      'The United States on Thursday imposed sanctions on Quarrion Shipping and on several vessels, including the Panama-flagged tanker Star Velmora.',
      'US sanctions tankers',
    );
    expect(entitiesOf(found).sort()).toEqual(['Quarrion Shipping', 'Star Velmora']);
  });

  it('gives a rate each country coordinated in its part ("rates of 25% for Japan and South Korea, 32% for Indonesia")', () => {
    expect(
      imposersAndTargets(
        'Trump set tariff rates of 25% for Japan and South Korea, 32% for Indonesia and 36% for Thailand.',
        1,
      ),
    ).toEqual([
      ['US', 'JP'],
      ['US', 'KR'],
      ['US', 'ID'],
      ['US', 'TH'],
    ]);
  });

  it('reads the countries a notice is addressed to as the targets of the measure it states ("letters to Japan and South Korea informing them of 25% tariffs")', () => {
    expect(
      imposersAndTargets(
        'Crypto markets dipped on Monday after President Trump posted letters to Japan and South Korea informing them of 25% tariffs starting Aug. 1.',
        1,
      ),
    ).toEqual([
      ['US', 'JP'],
      ['US', 'KR'],
    ]);
  });

  it('reads what two partners agree to do to duties as each one\'s on the other ("the U.S. and China agreed in May to lower duties")', () => {
    const cuts = candidatesOfType(
      'Analysts said the market has priced in the risk after the U.S. and China agreed in May to lower duties for 90 days.',
      'tariff',
    )
      .filter((c) => c.action === 'reduce' && c.slots.target !== null)
      .map((c) => `${c.slots.imposer}>${c.slots.target}`);
    expect(cuts.sort()).toEqual(['CN>US', 'US>CN']);
  });

  it('reads a reprieve whose "on" opens the measure as its removal, however far back it stands ("secured a 30-day reprieve from the U.S. government on a 25% tariff")', () => {
    const readings = candidatesOfType(
      'Mexico last month secured a 30-day reprieve from the U.S. government on a 25% tariff on its exports.',
      'tariff',
    ).filter((c) => c.slots.imposer === 'US' && c.slots.target === 'MX');
    expect(readings.map((c) => c.action)).toContain('remove');
  });

  it('reads no move in a site that is the subject of its output ("Quarrion\'s Shanghai factory exported 20,000 vehicles")', () => {
    expect(
      companies(
        "Quarrion's Shanghai factory exported 20,000 vehicles to Europe in April, the association said.",
      ),
    ).toEqual([]);
  });

  it('reads no move in a "transfer" that qualifies another noun ("sanctioned the club with a transfer ban")', () => {
    expect(
      companies(
        'The league has sanctioned Velmora United with a transfer ban after it failed to pay a fee owed to a Mexican team.',
      ),
    ).toEqual([]);
  });

  it('reads a measure opened by "any" as none stated ("will respond to any U.S. tariff on its steel exports")', () => {
    expect(
      candidateValues(
        'Brazil will respond to any U.S. tariff on its steel exports with reciprocal measures, President Lula said on Tuesday.',
        'tariff',
        'imposer',
      ),
    ).toEqual([]);
  });

  it('cites the sentence that states the action in words of its own before one that only names the measure ("said it would impose a global tariff")', () => {
    const text =
      '"Everyone is focused on the announcement on U.S. global tariffs this week," a fund manager said. The U.S. government said on Monday it would impose a global tariff on every trading partner that taxes American exports.';
    // Every reading an event, so that the one event holds both sentences whatever the model weighs.
    const model = { ...getEventModel(), threshold: 0 };
    const tariffs = decideEvents(articleCandidates({ text, published: null }), { model }).filter(
      (e) => e.type === 'tariff' && e.action === 'impose' && e.target === null,
    );
    expect(tariffs.map((e) => e.citations?.length)).toEqual([2]);
    expect(tariffs.map((e) => e.citation.quote.slice(0, 24))).toEqual(['The U.S. government said']);
  });

  it('marks a measure named beside the one the sentence states, for the model to weigh ("along with further duties to be detailed next week")', () => {
    const beside = candidatesOfType(
      'Ottawa imposed a 15% tariff on all copper imports on Friday, along with further duties to be detailed next week.',
      'tariff',
    ).map((c) => [c.slots.rate_pct, c.features.includes('beside_measure')]);
    expect(beside).toContainEqual([15, false]);
    expect(beside).toContainEqual([null, true]);
  });

  it('reads a government that allows exports of goods as easing its control, and no company that resumes its own ("Indonesia will allow exports of copper concentrate")', () => {
    const eased = events(
      'Indonesia will allow exports of copper concentrate by Freeport until the end of the year, relaxing a ban that took effect in June.',
      'Indonesia relaxes ore export rules',
    ).flatMap((e) => (e.type === 'export_restriction' ? [[e.imposer, e.action, e.goods]] : []));
    expect(eased).toEqual([['ID', 'ease', 'copper concentrate']]);
    expect(
      candidatesOfType(
        'Quarrion Semiconductor will resume shipments of its H20 chips to China after Washington granted licences, the company said.',
        'export_restriction',
      ).filter((c) => c.action === 'ease'),
    ).toEqual([]);
  });

  it('reads no move in production somewhere that is the subject of what it costs ("said manufacturing in the United States carries higher costs")', () => {
    expect(
      companies('Quarrion Robotics said manufacturing in the United States carries higher costs.'),
    ).toEqual([]);
  });

  it('reads no traded goods of the one who reports ("Trump said imports will face a 100% tariff": the president levies it)', () => {
    expect(
      imposersAndTargets('President Trump said pharmaceutical imports will face a 100% tariff.', 1),
    ).toEqual([['US', null]]);
  });

  it('reads a party that reports what another subject undergoes as no undergoer, and one that reports on its own goods as one ("The White House said Chinese goods now face …", "Japan said its exports will face …")', () => {
    expect(
      imposersAndTargets('The White House said Chinese goods now face tariffs of up to 245%.', 1),
    ).toEqual([['US', 'CN']]);
    const text =
      'Trump sent tariff letters to a dozen trading partners on Monday. Japan said on Friday its exports will face a 25% tariff from August.';
    expect(imposersAndTargets(text, 2)).toEqual([['US', 'JP']]);
  });

  it('reads goods that "will be charged" a tariff as undergoing it ("goods from India will be charged a 25% tariff")', () => {
    const text =
      'Trump signed an order on Wednesday. The administration said goods from India will be charged a 25% tariff starting Aug. 7.';
    const tariffs = candidatesOfType(text, 'tariff').filter((c) => c.features.includes('actor_option:0'));
    expect(
      tariffs.map((c) => [c.slots.imposer, c.slots.target, c.features.includes('slot:target:undergoer')]),
    ).toEqual([['US', 'IN', true]]);
  });

  it('reads no action in a phrase set off before the subject ("Under the order, Indian goods will be taxed at 50%")', () => {
    const text =
      'Trump signed an order doubling the duty on India. Under the order, Indian goods will be taxed at 50% from Aug. 27.';
    const rated = candidatesOfType(text, 'tariff').filter(
      (c) => c.slots.rate_pct === 50 && c.features.includes('actor_option:0'),
    );
    expect(
      rated.map((c) => [c.slots.imposer, c.slots.target, c.features.includes('slot:target:undergoer')]),
    ).toEqual([['US', 'IN', true]]);
  });

  it('reads the pronoun after a relative clause set off by commas as the name before the clause ("Quarrion Hash, which bought rigs from Velmora last year, said it had relocated …")', () => {
    expect(
      companies(
        'Quarrion Hash, which bought mining rigs from Velmora Systems last year, said it had relocated part of its fleet from the U.S. to Ethiopia.',
      ),
    ).toEqual(['Quarrion Hash']);
  });

  it('reads a party that will "charge" a rate on a country\'s goods as levying it, and a rise "averted" as none ("while the U.S. will charge 19% on Indonesian imports")', () => {
    expect(
      imposersAndTargets(
        'Indonesia agreed to remove tariffs on most U.S. goods, while the U.S. will charge 19% on Indonesian imports.',
        1,
      ),
    ).toContainEqual(['US', 'ID']);
    expect(
      candidatesOfType(
        'Washington and Beijing extended their tariff truce by 90 days on Monday, averting a jump in duties to 145%.',
        'tariff',
      ).filter((c) => c.slots.rate_pct === 145 && c.modality !== 'negated'),
    ).toEqual([]);
  });
});

describe('read on trade and sanctions reports written for the purpose (thirtieth session)', () => {
  it('reads an agency named with its department\'s possessive as one source, not as entities ("…, the Commerce Department\'s Bureau of Industry and Security said")', () => {
    const text =
      "Washington took four Malaysian chip distributors off its Entity List on Thursday, the Commerce Department's Bureau of Industry and Security said.";
    expect(events(text)).toEqual([]);
    const agency = analyseSentence({ text, start: 0, end: text.length }, 0, {
      published: null,
    }).mentions.filter((m) => m.form === 'agency');
    expect(agency.map((m) => m.text)).toEqual(["Commerce Department's Bureau of Industry and Security"]);
  });
  it('reads no goods of the clause before "in response to" into the measure it answers ("…, farm machinery and some chemicals, in response to Washington\'s new levies")', () => {
    const text =
      "Brazil said it would impose a 20% tariff on U.S. ethanol and 10% on wheat, farm machinery and some chemicals, in response to Washington's new levies.";
    const answered = candidatesOfType(text, 'tariff').filter((c) => c.slots.imposer === 'US');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.map((c) => c.slots.goods)).toEqual(answered.map(() => null));
  });

  it('ends free goods before a verb coordinated with them ("eliminate tariffs on American cars and cut duties on ethanol")', () => {
    const text =
      'Malaysia said it would eliminate import tariffs on American trucks and cut duties on ethanol, seeking to avoid higher U.S. tariffs.';
    expect(candidateValues(text, 'tariff', 'goods')).not.toContain('trucks and cut duties');
    expect(candidateValues(text, 'tariff', 'goods')).toContain('trucks');
  });
  it('reads a party expecting another to act, two words before the measure, as a forecast ("Analysts expect Ottawa to eventually tighten controls on …")', () => {
    expect(
      events(
        'Analysts expect Ottawa to eventually tighten controls on exports of potash to the United States, though no rule has been published.',
      ),
    ).toEqual([]);
  });
  it('reads quotas replaced with tariffs as tariffs imposed, and tariffs replaced with quotas as none ("replace them with tariffs of 45 pct")', () => {
    const imposed = events(
      'Norway will abolish its cheese import quotas next year and replace them with tariffs of 45 pct, falling to 30 pct by 2030, officials said.',
    );
    expect(slotRecords(imposed).map((e) => [e.action, e.rate_pct])).toContainEqual(['impose', 45]);
    expect(
      candidatesOfType(
        'The ministry said it would replace tariffs on wheat with quotas next year.',
        'tariff',
      ).filter((c) => c.action === 'impose'),
    ).toEqual([]);
  });
  it('reads AI accelerators as chips whose sale a government may bar ("barred Quarrion Devices from selling its Q7 accelerators to China")', () => {
    const found = slotRecords(
      events(
        'Washington has barred Quarrion Devices from selling its Q7 accelerators to China without a licence. The curbs are part of broader export controls on chips.',
      ),
    );
    expect(found.map((e) => [e.type, e.imposer, e.target, e.goods])).toContainEqual([
      'export_restriction',
      'US',
      'CN',
      'accelerators',
    ]);
  });
  it('reads a measure on goods named as imports as applying to every country, taking no target from the article ("a farm levy that makes imported fertilizer dearer")', () => {
    const text =
      'Washington raised tariffs on Chinese steel to 50% on Monday. In March, the president introduced a farm levy that makes imported fertilizer dearer.';
    const second = candidatesOfType(text, 'tariff').filter((c) =>
      c.analysis.sentence.text.startsWith('In March'),
    );
    expect(second.length).toBeGreaterThan(0);
    expect(second.map((c) => c.slots.target)).toEqual(second.map(() => null));
  });
  it('reads the action a measure takes from its own levels as its alone ("a 19% tariff, down from 32%, and goods routed through Laos will face 40%")', () => {
    const found = slotRecords(
      events(
        'Trump announced a trade deal with Laos on Monday. Under the deal, Laotian goods will face a 19% tariff, down from 32%, and goods routed through Laos will face 40%.',
      ),
    );
    expect(found.map((e) => [e.action, e.rate_pct])).toEqual(
      expect.arrayContaining([
        ['reduce', 19],
        ['impose', 40],
      ]),
    );
  });
  it('reads the examples of the parties a measure falls on after a long description of them ("on more than a dozen entities and individuals based in …, including X, Y and Z")', () => {
    const found = slotRecords(
      events(
        'The State Department on Tuesday imposed sanctions on more than a dozen firms and individuals based in India, Thailand, the United Arab Emirates and Kazakhstan, including Lusk Instruments, Corvane Optics and Halvorn Freight, for shipping drone parts.',
      ),
    );
    expect(found.map((e) => e.entity).sort()).toEqual([
      'Corvane Optics',
      'Halvorn Freight',
      'Lusk Instruments',
    ]);
  });
  it('reads each part of a change of level at its own level ("cut duties on Peruvian wine to 5% from 12% and on fruit to 3%")', () => {
    const found = slotRecords(
      events(
        'Chile said on Monday it would cut duties on Peruvian wine to 5% from 12% and on fresh fruit to 3%.',
      ),
    );
    expect(found.map((e) => [e.action, e.imposer, e.goods, e.rate_pct])).toEqual(
      expect.arrayContaining([
        ['reduce', 'CL', 'wine', 5],
        ['reduce', 'CL', 'fresh fruit', 3],
      ]),
    );
  });
  it('reads the approval a government requires to export goods as a control on them ("will need Chinese approval to export magnets")', () => {
    const text =
      "Overseas manufacturers will need Chinese government approval to export magnets made with Chinese rare earths, the ministry said. The rule widens the country's export controls.";
    const controls = candidatesOfType(text, 'export_restriction').filter((c) =>
      c.analysis.sentence.text.startsWith('Overseas'),
    );
    expect(controls.map((c) => [c.action, c.slots.imposer])).toContainEqual(['impose', 'CN']);
  });
  it('reads proposers that open the sentence, capitalised there, as proposing for others ("Senators asked the Commerce Department to add …")', () => {
    const features = candidatesOfType(
      'Senators asked the Commerce Department to add Lusk Photonics to the Entity List on Tuesday.',
      'blacklisting',
    ).flatMap((c) => c.features.filter((f) => f.startsWith('proposed_by:')));
    expect(features).not.toContain('proposed_by:actor');
    expect(
      events('Senators asked the Commerce Department to add Lusk Photonics to the Entity List on Tuesday.'),
    ).toEqual([]);
  });
  it('reads "eliminate|abolish|end them" as the removal of the measure named before, and a verb of saying before such an anchor as no imposition ("announced it will eliminate them")', () => {
    const found = slotRecords(
      events(
        'Peru lowered import duties on laptops to 6% from 12% on Monday and announced it will eliminate them entirely in March.',
      ),
    );
    expect(found.map((e) => e.action).sort()).toEqual(['reduce', 'remove']);
  });
  it('reads the possessor of an exemption as the one granted it, not as the measure\'s imposer ("revoked Mexico\'s exemption from the aluminium tariffs")', () => {
    const text = "Washington revoked Mexico's exemption from the aluminium tariffs on Friday.";
    expect(candidateValues(text, 'tariff', 'imposer')).not.toContain('MX');
    expect(candidateValues(text, 'tariff', 'imposer')).toContain('US');
  });
  it('keeps a name after an indefinite description set off by commas in the list it follows ("sanctioned Lusk Trading, a Dubai-based broker, and Corvane Shipping")', () => {
    const found = slotRecords(
      events(
        'The State Department on Monday sanctioned Lusk Trading, a Dubai-based broker, and Corvane Shipping.',
      ),
    );
    expect(found.map((e) => e.entity).sort()).toEqual(['Corvane Shipping', 'Lusk Trading']);
  });
  it('reads a second reported clause opened by "and that" as a clause of its own ("said the bloc had been difficult and that a 40% duty was warranted")', () => {
    const text =
      'Trump threatened the EU on Friday. In a post, Trump said the bloc had been difficult to deal with and that a 40% duty was warranted.';
    expect(
      candidatesOfType(text, 'tariff').filter(
        (c) => c.analysis.sentence.text.startsWith('In a post') && c.slots.imposer === 'EU',
      ),
    ).toEqual([]);
  });
  it('reads a country right before goods as where they come from, never as the subject that levies a measure ("exempt some U.S. farm machinery from its 25% counter-tariffs")', () => {
    const text =
      'Ottawa said on Monday it would exempt some U.S. farm machinery from its 25% counter-tariffs.';
    expect(candidateValues(text, 'tariff', 'imposer')).not.toContain('US');
    expect(candidateValues(text, 'tariff', 'imposer')).toContain('CA');
  });
  it('reads a party that complies with sanctions as listed on none ("said it had complied with all sanctions")', () => {
    expect(
      events(
        'Lusk Capital said on Tuesday that it had complied with all U.S. sanctions and was not a target of the new measures.',
      ),
    ).toEqual([]);
    expect(
      slotRecords(events('The U.S. Treasury sanctioned Lusk Capital on Tuesday.')).map((e) => e.entity),
    ).toEqual(['Lusk Capital']);
  });
  it('reads a measure capped "at" a level, down from another, as a change of level ("caps U.S. tariffs on cars at 15%, down from the 27.5%")', () => {
    expect(
      slotRecords(
        events(
          'The agreement caps U.S. tariffs on Korean cars at 15%, down from the 25% charged since April.',
        ),
      ).map((e) => [e.action, e.rate_pct]),
    ).toContainEqual(['reduce', 15]);
  });
});

describe('read on trade and sanctions reports written for the purpose (thirty-first session)', () => {
  it('reads a country that responds or reacts to a measure as answering it, not levying it ("Brazil would respond to the 40% U.S. tariff on its coffee")', () => {
    for (const text of [
      'Brazil said it would respond to the 40% U.S. tariff on Brazilian coffee.',
      'Ottawa reacted to the 40% U.S. tariff on Canadian lumber with dismay.',
    ]) {
      const imposers = slotRecords(events(text)).map((e) => e.imposer);
      expect(imposers).toEqual(['US']);
    }
  });
  it('reads the country that answers a measure as the one it falls on ("Chile responded to the 30% U.S. tariff")', () => {
    const found = slotRecords(
      events('Chile responded to the 30% U.S. tariff with levies of its own on U.S. fruit.'),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toContainEqual(['US', 'CL', 30]);
  });
  it('reads a safeguard duty as global: the countries its imports mostly come from are not its target', () => {
    const found = slotRecords(
      events(
        'Peru has imposed a provisional safeguard duty of 14% on imports of zinc sheet for 180 days, the finance ministry said. The duty is meant to slow a surge of cheap imports, mostly from Chile.',
      ),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['PE', null, 14]]);
  });
  it('reads the goods a measure is widened "to cover" as its own, not the goods of the measure it refers back to', () => {
    const goods = slotRecords(
      events(
        'Kazakhstan said on Monday it would impose export controls on tungsten. On Friday, Astana expanded its controls to cover processing equipment for the metal.',
      ),
    ).map((e) => [e.action, e.goods]);
    expect(goods).toContainEqual(['expand', 'processing equipment']);
  });
  it('reads whose plan a measure comes under past a list of its rates ("tariffs of 20%, 25% and 30%, respectively, under Trump\'s tariff plan")', () => {
    const found = slotRecords(
      events(
        "Shoes from Peru, Chile and Ecuador now face tariffs of 20%, 25% and 30%, respectively, under Trump's tariff plan.",
      ),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['US', 'PE', 20],
        ['US', 'CL', 25],
        ['US', 'EC', 30],
      ]),
    );
  });
  it('reads makers of goods ("shoemakers", "a toymaker") as firms, and makers of laws as none', () => {
    const moved = (text: string) => slotRecords(events(text)).map((e) => [e.company, e.to]);
    expect(
      moved('Some shoemakers, such as Quarrion Group, have moved production from China to Vietnam.'),
    ).toEqual([['Quarrion Group', 'VN']]);
    expect(
      moved(
        'Velmora Playthings, a toymaker based in Ohio, has shifted most of its production from China to India.',
      ),
    ).toEqual([['Velmora Playthings', 'IN']]);
    expect(
      moved(
        'Lawmakers, such as Arden Lusk, have moved to block the sale of the plant in Ohio to a Chinese buyer.',
      ),
    ).toEqual([]);
  });
  it('reads the country a clause opens with, not a possessor before it, as the owner of the goods "its" names ("Korea\'s negotiator said Seoul would not accept … the 25% U.S. tariff on its cars")', () => {
    const found = slotRecords(
      events(
        "Korea's chief negotiator said Seoul would reject any deal that kept the 25% U.S. tariff on its cars in place.",
      ),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['US', 'KR', 25]]);
  });
  it('reads a government barring the sale of goods "to" a country as an export control, even where the article says no more of controls', () => {
    const found = slotRecords(
      events('Tokyo barred the sale of advanced lithography tools to Russia in 2023, citing military uses.'),
    ).map((e) => [e.type, e.imposer, e.target, String(e.goods).includes('lithography')]);
    expect(found).toEqual([['export_restriction', 'JP', 'RU', true]]);
    expect(events('Ohio banned the sale of flavoured vapes in 2024, citing health risks.')).toEqual([]);
  });
  it('reads the place a "where" clause opens on as where its move goes ("operates from Singapore, where it moved its headquarters")', () => {
    const moved = slotRecords(
      events('Corvane Logistics now operates from Singapore, where it moved its headquarters in 2022.'),
    ).map((e) => [e.company, e.to, e.scope]);
    expect(moved).toEqual([['Corvane Logistics', 'SG', 'headquarters']]);
  });
  it('reads a legal form that opens a name after a comma as the start of the next listed name ("JSC Velmora Avia, OOO Quarrion Tech")', () => {
    const listed = slotRecords(
      events('The Treasury designated JSC Velmora Avia, OOO Quarrion Tech and Lusk Trading FZE on Friday.'),
    )
      .map((e) => e.entity)
      .sort();
    expect(listed).toEqual(['JSC Velmora Avia', 'Lusk Trading FZE', 'OOO Quarrion Tech']);
  });
  it('carries the clause a relative clause interrupts on to a second object of its preposition ("sanctions on X, which shipped oil, and on Y")', () => {
    const listed = slotRecords(
      events(
        'Britain imposed sanctions on Velmora Petroleum, which it said carried Syrian oil, and on Lusk Shipping.',
      ),
    )
      .map((e) => e.entity)
      .sort();
    expect(listed).toEqual(['Lusk Shipping', 'Velmora Petroleum']);
  });
  it('reads a vessel named after the measure\'s preposition, and its operator set off after "and its …", as parties ("sanctions on the tanker Arden Star and its Dubai-based manager, Velmora Navigation")', () => {
    const listed = slotRecords(
      events(
        'Britain imposed sanctions on the tanker Arden Star and its Dubai-based manager, Velmora Navigation, on Monday.',
      ),
    )
      .map((e) => e.entity)
      .sort();
    expect(listed).toEqual(['Arden Star', 'Velmora Navigation']);
  });
  it('reads the verb that governs a measure past a duration before it ("suspended for 90 days the higher tariffs"), not the adjective inside its phrase', () => {
    const actions = candidatesOfType(
      'Ottawa on Friday suspended for 90 days the higher tariffs it had imposed on U.S. steel.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).toContain('remove');
    expect(actions).not.toContain('raise');
  });
  it('reads "the list" with a party referred back to, and the keeper of the list named before as its authority ("It was put on the list in 2023"), but not the company whose parent was put on it', () => {
    const found = events(
      "Lusk Optics said on Friday it had been taken off Japan's end user list. It was put on the list in 2023. Tokyo had also placed the firm's parent on the list.",
    );
    expect(slotRecords(found).map((e) => [e.action, e.authority, e.entity])).toEqual([
      ['remove', 'JP', 'Lusk Optics'],
      ['add', 'JP', 'Lusk Optics'],
    ]);
    expect(found[1]?.citation.quote).toBe('It was put on the list in 2023.');
  });
  it('reads a measure a country answers as one in place, whatever the answer\'s modality ("said it would not retaliate against the 20% U.S. tariffs"), unless only expected ("potential U.S. tariffs")', () => {
    const modalities = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.modality);
    expect(modalities('Peru said it would not retaliate against the U.S. tariffs on its copper.')).toEqual([
      'asserted',
    ]);
    expect(
      modalities('Peru said it would not retaliate against potential U.S. tariffs on its copper.'),
    ).not.toContain('asserted');
    expect(events('Peru said it would not retaliate against potential U.S. tariffs on its copper.')).toEqual(
      [],
    );
  });
  it('reads a measure that "threatened" something as endangering it, not as a threat ("the 30% U.S. tariff on Chilean wine threatened 3,000 jobs")', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(
      actions('The minister said the 30% U.S. tariff on Chilean wine threatened 3,000 jobs.'),
    ).not.toContain('threaten');
    expect(
      actions('Santiago said it would hold off on the 30% tariffs it had threatened on U.S. wine.'),
    ).toContain('threaten');
  });
  it('reads a tariff "threatened by" its actor as a threat, and only "tariff threats" as the generic noun', () => {
    const found = slotRecords(
      events('The 40% tariff threatened by Ottawa would hit U.S. dairy products.'),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['threaten', 'CA', 'US', 40]]);
    expect(events('Markets shrugged off tariff threats on Monday.')).toEqual([]);
  });
  it('reads a party moved from one list to another as moving no operations', () => {
    expect(
      candidatesOfType(
        'The Commerce Department moved Lusk Photonics from the Unverified List to the Entity List on Tuesday.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Lusk Photonics moved its assembly from China to Malaysia on Tuesday.', 'relocation')
        .length,
    ).toBeGreaterThan(0);
  });
  it('reads a person named by a dated role after a listed company ("and its former owner Arden Lusk") as listed too', () => {
    const listed = slotRecords(
      events('The Treasury lifted sanctions on Velmora Metals and its former owner Arden Lusk on Thursday.'),
    )
      .map((e) => e.entity)
      .sort();
    expect(listed).toEqual(['Arden Lusk', 'Velmora Metals']);
  });
  it('reads a measure in a relative clause ("a deal under which … tariffs will fall to 5%") by that clause\'s own verb', () => {
    const found = slotRecords(
      events(
        'Peru and Chile signed an accord under which Chilean tariffs on Peruvian fruit will fall to 5% from 12%.',
      ),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['reduce', 'CL', 'PE', 5]]);
  });
  it('reads a measure named indefinitely as the subject of "would" with an effect as supposed ("a 25% tariff on Peruvian grapes would raise prices"), and one that "would take effect" as announced', () => {
    const modalities = candidatesOfType(
      'Chile is reviewing its trade rules. Analysts said a 25% tariff on Peruvian grapes would raise prices for shoppers.',
      'tariff',
    )
      .filter((c) => c.analysis.index === 1)
      .map((c) => c.modality);
    // A supposed measure gives no candidate (only a possible one, read as a threat, would).
    expect(modalities).toEqual([]);
    expect(
      slotRecords(events('Santiago said a 25% tariff on Peruvian grapes would take effect on Friday.')).map(
        (e) => [e.imposer, e.target, e.rate_pct],
      ),
    ).toEqual([['CL', 'PE', 25]]);
  });
  it('reads "the 27-nation bloc" as the EU even where the article has not named it before', () => {
    const found = slotRecords(
      events('Washington said it would hit the 27-member bloc with a 30% tariff on cheese.'),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['US', 'EU', 30]]);
  });
  it('reads a range of rates ("tariffs of 10% to 15%") by its high end, as one measure imposed, not raised', () => {
    const found = slotRecords(events('Peru retaliated with tariffs of 10% to 15% on Chilean fruit.')).map(
      (e) => [e.action, e.rate_pct],
    );
    expect(found).toEqual([['impose', 15]]);
  });
  it('dates the action of a timeline\'s line by the date that heads it ("Oct. 9: Ottawa expands its controls …")', () => {
    const found = extractEvents({
      text: 'How the dispute grew:\nMarch 2: Canada restricts exports of potash to the United States.\nOct. 9: Ottawa bans exports of uranium to the United States.',
      published: '2025-12-01',
    });
    const goods = slotRecords(found).map((e) => e.goods);
    expect(found.map((e, k) => [goods[k], e.date])).toEqual([
      ['potash', '2025-03-02'],
      ['uranium', '2025-10-09'],
    ]);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-second session)', () => {
  it('reads a plan reported with its time first ("said last month that it would scrap tariffs") as an announced removal', () => {
    const found = slotRecords(
      events('The European Union said last month that it would scrap tariffs on Ukrainian steel.'),
    ).map((e) => [e.action, e.imposer, e.target, e.goods]);
    expect(found).toEqual([['remove', 'EU', 'UA', 'steel']]);
  });
  it('lists a person named by the role held after parties referred back to ("both firms and their director, X")', () => {
    const text =
      'The Treasury sanctioned Lusk Metals and Arden Ore Trading on Thursday. It added both firms and their director, Tomas Corvane, to its Specially Designated Nationals list.';
    expect(candidateValues(text, 'blacklisting', 'entity')).toEqual([
      'Lusk Metals',
      'Arden Ore Trading',
      'Tomas Corvane',
    ]);
    expect(
      candidateValues(
        'The Treasury sanctioned the company and its chief executive, Arden Lusk, on Friday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Arden Lusk']);
  });
  it('reads a ban on shipments of goods to a country as an export control ("Beijing\'s ban on shipments of gallium to the United States")', () => {
    const found = slotRecords(
      events("The move follows Beijing's ban on shipments of gallium and germanium to the United States."),
    ).map((e) => [e.type, e.imposer, e.target, e.goods]);
    expect(found).toEqual([['export_restriction', 'CN', 'US', 'gallium and germanium']]);
  });
  it('reads a move coordinated after a site closed ("closed its smelter and moved its operations to Y")', () => {
    expect(
      candidateValues(
        'Quarrion Resources closed its smelter and moved its processing operations to Malaysia in March.',
        'relocation',
        'to',
      ),
    ).toEqual(['MY']);
  });
  it('reads the country of goods a nationality qualifies past one modifier ("Chinese active anode material will face")', () => {
    expect(
      candidateValues(
        'Imports of Chinese active anode material will face a 93.5% anti-dumping duty, the Commerce Department said.',
        'tariff',
        'target',
      ),
    ).toEqual(['CN']);
  });
  it('ends the goods before the verb of a change of rate ("the tariff on Brazilian goods rose to 50%")', () => {
    const text =
      'Washington signed the order in July. The tariff on Brazilian goods rose to 50% on Wednesday.';
    const goods = articleCandidates({ text, published: null }).flatMap((c) =>
      c.type === 'tariff' ? [c.slots.goods] : [],
    );
    expect(goods).toContain('goods');
    expect(goods).not.toContain('goods rose');
  });
  it('lists a party named after its kind in apposition ("Velmora Bank and a Chinese refinery, Quarrion Petrochemical"), and moves no site', () => {
    const text = 'The European Union sanctioned Velmora Bank and a Chinese refinery, Quarrion Petrochemical.';
    expect(candidateValues(text, 'blacklisting', 'entity')).toEqual([
      'Velmora Bank',
      'Quarrion Petrochemical',
    ]);
    expect(candidatesOfType(text, 'relocation')).toEqual([]);
    expect(
      candidateValues(
        'Quarrion will build a new refinery, Velmora Refining, in Texas to serve U.S. customers.',
        'relocation',
        'to',
      ),
    ).toEqual(['US']);
  });
  it('reads a measure taken by countries of a class, none named, as no one\'s ("export bans by producer countries")', () => {
    const text =
      'Velmora said export bans by producer countries were reshaping supply chains. Indonesia banned nickel ore exports in 2020.';
    expect(candidatesOfType(text, 'export_restriction').map((c) => c.analysis.index)).toEqual([1]);
  });
  it('reads a company whose board or owners act as the actor ("Velmora Gold\'s shareholders approved a plan to redomicile the company")', () => {
    expect(
      candidateValues(
        "Velmora Gold's shareholders approved a plan to redomicile the company from Jersey to Britain.",
        'relocation',
        'company',
      ),
    ).toEqual(['Velmora Gold']);
  });
  it('reads a second predicate after "but" with the subject of the first ("is based in London but plans to move")', () => {
    expect(
      candidateValues(
        'Lusk Mining is headquartered in London but plans to move its head office to Toronto.',
        'relocation',
        'company',
      ),
    ).toEqual(['Lusk Mining']);
  });
  it('reads the level a rate comes from after the measure\'s own phrase ("a 15% tariff rate on its autos, down from 25%") as a cut', () => {
    const text =
      'Washington and Seoul struck a trade deal in July. South Korea secured a 15% tariff rate on its autos, down from 25%, under the deal.';
    expect(
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'tariff' ? [[c.action, c.slots.target, c.slots.rate_pct]] : [],
      ),
    ).toEqual([['reduce', 'KR', 15]]);
  });
  it('reads parties other than a state as taking no measure on goods ("Myanmar\'s Kachin rebels halted rare earth exports to China")', () => {
    expect(
      candidatesOfType(
        "Laos's northern rebels halted rare earth exports to China after seizing the mining hub.",
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType("Laos's government halted rare earth exports to China.", 'export_restriction'),
    ).toHaveLength(1);
    expect(
      candidateValues(
        'A Commerce Department rule lists Arden Optics among the companies taken off the Entity List.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Arden Optics');
  });
  it('reads a party a relative clause takes up as the one listed ("Quarrion Gold, which was sanctioned by …", "which the United States sanctioned")', () => {
    for (const text of [
      'Quarrion Gold, which was sanctioned by the United States in 2022, sold its stake in the mine.',
      'Quarrion Gold, which the United States sanctioned in 2022, sold its stake in the mine.',
    ])
      expect(
        articleCandidates({ text, published: null }).flatMap((c) =>
          c.type === 'blacklisting' ? [[c.slots.authority, c.slots.entity, c.action]] : [],
        ),
      ).toEqual([['US', 'Quarrion Gold', 'add']]);
  });
  it('moves no operations with an event moved ("moved its developer conference to Las Vegas") or a rank ("moved to the top of the league")', () => {
    expect(
      candidatesOfType(
        'Quarrion Software moved its annual developer conference from San Francisco to Las Vegas.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Velmora FC moved to the top of the league after a win in Madrid.', 'relocation'),
    ).toEqual([]);
    expect(
      candidateValues('Quarrion moved its game console production to Vietnam in 2024.', 'relocation', 'to'),
    ).toEqual(['VN']);
  });
  it('reads a rate levied on goods with the tariff unsaid as the levying party\'s measure ("retaliated … by levying 25 per cent on bourbon")', () => {
    const text =
      'The EU retaliated against the U.S. steel duties by levying 25 per cent on bourbon and motorcycles.';
    expect(
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'tariff' && c.slots.rate_pct !== null
          ? [[c.slots.imposer, c.slots.target, c.slots.rate_pct]]
          : [],
      ),
    ).toEqual([['EU', 'US', 25]]);
  });
  it('reads the pronoun of a measure\'s own clause as the sentence\'s subject ("the 125% tariffs it imposed on American goods")', () => {
    const text =
      'China said it would exempt some U.S. chipmakers from the 125% tariffs it imposed on American goods.';
    expect(
      articleCandidates({ text, published: null })
        .flatMap((c) => (c.type === 'tariff' ? [[c.action, c.slots.imposer, c.slots.target]] : []))
        .sort(),
    ).toEqual([
      ['impose', 'CN', 'US'],
      ['remove', 'CN', 'US'],
    ]);
  });
  it('reads makers that goods go to as parties, not goods ("licensing requirements for rare earth magnets … shipments to automakers")', () => {
    expect(
      candidateValues(
        "China's export licensing requirements for rare earth magnets, introduced in April, have slowed shipments to automakers.",
        'export_restriction',
        'goods',
      ),
    ).toEqual(['rare earth magnets']);
  });
  it('reads a quota on exports, an export suspension and a revoked licence to ship as export controls', () => {
    const controls = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'export_restriction' ? [[c.slots.imposer, c.slots.goods]] : [],
      );
    expect(controls('The Indonesian government imposed a quota on coal exports in January.')).toContainEqual([
      'ID',
      'coal',
    ]);
    expect(controls("Congo's cobalt export suspension began in February.")).toContainEqual(['CD', 'cobalt']);
    expect(
      controls("The Dutch government revoked Quarrion's licence to ship chipmaking equipment to China."),
    ).toEqual([['NL', 'chipmaking equipment']]);
    expect(controls("Mali's government revoked Quarrion's mining licence in March.")).toEqual([]);
  });
  it('reads a heading glued to a sentence that opens with a phrase of time ("… Trade Tensions Last week, Chile raised …") as a sentence of its own', () => {
    const text =
      'Prices held up. Quarrion Shares React to Rising Trade Tensions Last week, Chile raised tariffs on Peruvian copper to 25%.';
    expect(candidatesOfType(text, 'tariff').map((c) => c.analysis.sentence.text)).toContain(
      'Last week, Chile raised tariffs on Peruvian copper to 25%.',
    );
  });
  it('lists a relative or an associate named after the person before ("Arden Lusk, a Velmoran businessman, and his son, Tomas Lusk")', () => {
    expect(
      candidateValues(
        'Britain also sanctioned Arden Lusk, a Velmoran businessman, and his son, Tomas Lusk.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Arden Lusk', 'Tomas Lusk']);
  });
  it('takes no actor from the countries a measure is aimed at by example ("duty-free quotas for suppliers such as Chile, Peru and Zambia")', () => {
    const text =
      'The copper levy ends the duty-free quotas granted to big suppliers such as Chile, Peru and Zambia.';
    const pairs = candidatesOfType(text, 'tariff').map((c) => [c.slots.imposer, c.slots.target]);
    expect(pairs).not.toContainEqual(['CL', 'PE']);
    expect(pairs).not.toContainEqual(['CL', 'ZM']);
  });
  it('ends a name with "AI" before a comma ("Velmora AI, a startup, was among 80 companies added to the Entity List")', () => {
    expect(
      candidateValues(
        'Velmora AI, a startup, was among 80 companies added to the Entity List in March.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Velmora AI']);
  });
  it('reads a place after an adverb as its clause\'s, not the destination of an earlier "to" ("to host machines previously run in China")', () => {
    expect(
      candidateValues(
        'Lusk Mining set up a new data center in Bhutan to host machines previously run in China.',
        'relocation',
        'to',
      ),
    ).toEqual(['BT']);
  });
  it('reads the date of a relative clause that says who acts, and the goods a measure covers ("The tariffs, which Washington imposed in March, cover steel")', () => {
    const found = articleCandidates({
      text: 'The tariffs, which Washington imposed in March, cover steel, aluminium and their derivatives.',
      published: '2025-06-01',
    }).filter((c) => c.type === 'tariff');
    expect(found.map((c) => [c.slots.imposer, c.slots.goods, c.date])).toEqual([
      ['US', 'steel, aluminium', '2025-03'],
    ]);
  });
  it('reads halted approvals for shipments as a control imposed, and limited exports allowed as one eased', () => {
    const controls = (text: string) =>
      articleCandidates({ text, published: null }).flatMap((c) =>
        c.type === 'export_restriction' ? [[c.action, c.slots.imposer, c.slots.goods]] : [],
      );
    expect(controls('Beijing halted approvals for shipments of gallium to the United States.')).toEqual([
      ['impose', 'CN', 'gallium'],
    ]);
    expect(controls('Indonesia will allow limited exports of copper concentrate until June.')).toEqual([
      ['ease', 'ID', 'copper concentrate'],
    ]);
  });
  it('reads a timeline headed by a year or a month and year, and curbs on goods shipments, each dated by its line', () => {
    const found = extractEvents({
      text: 'Timeline\n2023: China restricts graphite exports\nAug 2024: Beijing curbs antimony shipments\nDec 3, 2024: China bans gallium exports to the U.S.',
      published: '2025-06-01',
    });
    expect(slotRecords(found).map((e, k) => [e.goods, found[k]?.date])).toEqual([
      ['graphite', '2023'],
      ['antimony', '2024-08'],
      ['gallium', '2024-12-03'],
    ]);
  });
  it('moves no operations with "a move of its listing"', () => {
    expect(
      candidatesOfType(
        'Arden Gold is considering options including a move of its listing to New York.',
        'relocation',
      ),
    ).toEqual([]);
  });
  it('lists the members of a list whose semicolons separate them ("X of the UAE; Y, based in Hong Kong; and Z of India")', () => {
    const text =
      'The U.S. Treasury on Thursday sanctioned three companies. Among those sanctioned were Velmora Trading FZE of the United Arab Emirates; Corvane Logistics, based in Hong Kong; and Lusk Marine of India.';
    expect(candidateValues(text, 'blacklisting', 'entity')).toEqual([
      'Velmora Trading FZE',
      'Corvane Logistics',
      'Lusk Marine',
    ]);
    // Clauses that semicolons separate stay apart.
    const clauses = articleCandidates({
      text: 'Canada imposed tariffs on U.S. steel; and Mexico imposed duties on Chilean pork.',
      published: null,
    }).flatMap((c) =>
      c.type === 'tariff' && c.features.includes('actor_option:0') ? [[c.slots.imposer, c.slots.target]] : [],
    );
    expect(clauses).toEqual([
      ['CA', 'US'],
      ['MX', 'CL'],
    ]);
  });
  it('reads a state\'s institution named by its country as a party a list can name ("sanctions on Syria\'s central bank")', () => {
    expect(
      articleCandidates({
        text: "Washington eased sanctions on Syria's central bank in May.",
        published: null,
      }).flatMap((c) => (c.type === 'blacklisting' ? [[c.action, c.slots.authority, c.slots.entity]] : [])),
    ).toContainEqual(['remove', 'US', "Syria's central bank"]);
    expect(
      articleCandidates({ text: "Russia's central bank raised rates on Friday.", published: null }),
    ).toEqual([]);
  });
  it('reads an office before a person\'s name ("said Commerce Secretary Howard Lutnick") as no party', () => {
    const text =
      '"The Entity List additions target companies that support Iran\'s drone program," said Commerce Secretary Howard Lutnick, naming Quarrion Avionics.';
    const entities = candidateValues(text, 'blacklisting', 'entity');
    expect(entities).not.toContain('Commerce Secretary');
    expect(entities).toContain('Quarrion Avionics');
  });
  it('takes up the company named last with "the firm" however many sentences back, and with "its" only close by', () => {
    const filler = 'Shares fell 6%. Prices rose. Demand was weak. Exports slowed. Costs climbed.';
    expect(
      candidateValues(
        `Quarrion Steel reported a fall in profit. ${filler} The firm had shifted some rolling operations from Germany to Poland in 2022.`,
        'relocation',
        'company',
      ),
    ).toEqual(['Quarrion Steel']);
    expect(
      candidateValues(
        `Quarrion Steel reported a fall in profit. ${filler} Oil eased from its lows as shrinking Russian production calmed traders.`,
        'relocation',
        'company',
      ),
    ).toEqual([]);
  });
  it('reads a list described by the parties it bars ("removed X from a list of companies barred from U.S. investment")', () => {
    expect(
      articleCandidates({
        text: 'The United States on Friday removed Quarrion Mining from a list of companies barred from U.S. investment.',
        published: null,
      }).flatMap((c) => (c.type === 'blacklisting' ? [[c.action, c.slots.authority, c.slots.entity]] : [])),
    ).toEqual([['remove', 'US', 'Quarrion Mining']]);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-third session)', () => {
  it('reads a word set off before "the company" ("Separately, the company said") as no name in apposition', () => {
    for (const opener of ['Separately', 'Meanwhile']) {
      expect(
        companies(
          `Velmora Metals said on Tuesday it would cut jobs. ${opener}, the company said it had moved its head office from Vancouver to Perth in March.`,
        ),
      ).toEqual(['Velmora Metals']);
    }
    expect(companies('Quarrion, the company behind the Lusk mine, moved its head office to Perth.')).toEqual([
      'Quarrion',
    ]);
  });
  it('reads the place of an alternative set aside ("instead of shipping concentrate to China") as the place left', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => [c.slots.company, c.slots.from, c.slots.to]);
    expect(
      moves(
        'Arden Lithium will build its first lithium hydroxide refinery in Nevada instead of shipping concentrate to China for processing.',
      ),
    ).toEqual([['Arden Lithium', 'CN', 'US']]);
    expect(
      moves(
        'Corvane Motors will make the batteries in Ohio rather than importing them from South Korea, it said.',
      ),
    ).toEqual([['Corvane Motors', 'KR', 'US']]);
  });
  it('lists the party related to a name ("three subsidiaries of X", "Y, a unit of X", "suppliers of X"), not the name', () => {
    const entities = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(
      entities('The U.S. Treasury on Thursday imposed sanctions on three subsidiaries of Quarrion Holdings.'),
    ).toEqual([]);
    expect(entities('Washington sanctioned suppliers of Corvane Aerospace on Monday.')).toEqual([]);
    expect(
      entities(
        'The Treasury sanctioned Lusk Shipping, a subsidiary of Velmora Group, and the tanker Arden Star.',
      ),
    ).toEqual(['Lusk Shipping', 'Arden Star']);
    expect(entities('The Treasury sanctioned Velmora Group and two of its subsidiaries.')).toEqual([
      'Velmora Group',
    ]);
  });
  it('lists the names a colon introduces after the parties they are ("sanctioned three Chinese companies: X, Y and Z")', () => {
    for (const text of [
      'The EU sanctioned three Chinese companies: Quarrion Electronics, Lusk Optics and Arden Components.',
      "The EU's latest sanctions package includes three Chinese companies: Quarrion Electronics, Lusk Optics and Arden Components.",
    ])
      expect(candidateValues(text, 'blacklisting', 'entity')).toEqual([
        'Quarrion Electronics',
        'Lusk Optics',
        'Arden Components',
      ]);
    expect(
      candidateValues(
        'The EU imposed new sanctions on Friday: Quarrion Electronics said it would appeal.',
        'blacklisting',
        'entity',
      ),
    ).toEqual([]);
  });
  it('reads coordinated goods before their trade ("Australia\'s steel and aluminium exports to the United States") as the subject that undergoes, and as the goods', () => {
    const tariffs = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => [c.slots.imposer, c.slots.target, c.slots.goods]);
    expect(
      tariffs(
        "Australia's steel and aluminium exports to the United States will be subject to a 25 per cent tariff.",
      ),
    ).toEqual([['US', 'AU', 'steel and aluminium']]);
    expect(tariffs('Canadian copper exports face a 50% U.S. tariff.')).toEqual([['US', 'CA', 'copper']]);
  });
  it('knows petrol, kerosene and naphtha as energy goods ("a ban on exports of petrol and diesel")', () => {
    expect(
      candidateValues(
        'Chile has imposed a six-month ban on exports of petrol and diesel by road, the energy ministry said.',
        'export_restriction',
        'goods',
      ),
    ).toEqual(['petrol and diesel']);
  });
  it('reads an armed group ("the Kachin Independence Army") as a party that takes no measure of a state, and that may be sanctioned', () => {
    expect(
      articleCandidates({
        text: 'The Kachin Independence Army has halted rare earth exports to China from areas it controls, traders said.',
        published: null,
      }),
    ).toEqual([]);
    expect(
      candidateValues('Washington sanctioned the Rapid Support Forces on Monday.', 'blacklisting', 'entity'),
    ).toEqual(['Rapid Support Forces']);
  });
  it('reads a country before the buyers that goods go to ("supply cathode material to U.S. automakers") as no destination', () => {
    expect(
      candidateValues(
        'Corvane New Energy said its Moroccan plant would supply cathode material to U.S. automakers from next year.',
        'relocation',
        'to',
      ),
    ).not.toContain('US');
  });
  it('reads a block on a company\'s exports ("blocked the company\'s gold exports") as an export control on its goods', () => {
    expect(
      candidatesOfType(
        "Velmora Gold moved its head office to Abidjan. Mali's government has also blocked the company's gold exports since January.",
        'export_restriction',
      ).map((c) => [c.slots.imposer, c.slots.goods]),
    ).toEqual([['ML', 'gold']]);
  });
  it('reads the verb of a relative clause that says who acts on a measure as its action ("the duties on copper, which Washington raised to 50%")', () => {
    const readings = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => [c.action, c.slots.imposer, c.slots.rate_pct]);
    expect(
      readings(
        'Quarrion Motors has little exposure to the duties on copper, which Washington raised to 50% on Friday.',
      ),
    ).toEqual([['raise', 'US', 50]]);
    expect(
      readings('The tariffs on lumber, which Washington lifted in May, had hurt Quarrion Timber.'),
    ).toEqual([['remove', 'US', null]]);
    expect(
      readings('The 25% tariff on steel, which Washington imposed in 2018, still hurts Quarrion.'),
    ).toEqual([['impose', 'US', 25]]);
  });
  it('reads the partner of a tariff deal as who levies its rate, and the deal\'s possessor as the one it hits ("Japan\'s 15% tariff deal with the U.S.")', () => {
    const first = (text: string) =>
      articleCandidates({ text, published: null })
        .filter((c) => c.type === 'tariff' && c.features.includes('actor_option:0'))
        .map((c) => [c.slots.imposer, c.slots.target, c.slots.rate_pct]);
    expect(first("Japan's 15% tariff deal with the U.S. lifted shares of Quarrion Motors.")).toEqual([
      ['US', 'JP', 15],
    ]);
    expect(first("Japan's 15% tariff on U.S. rice hurts Quarrion Foods.")).toEqual([['JP', 'US', 15]]);
  });
  it('reads revoked licences "that allowed" a sale as a control imposed, not eased, with the goods the sale names', () => {
    const controls = (text: string) =>
      candidatesOfType(text, 'export_restriction').map((c) => [c.action, c.slots.imposer, c.slots.goods]);
    expect(
      controls(
        'The Commerce Department revoked licences that allowed Quarrion Tech to sell chips to Lusk Telecom.',
      ),
    ).toEqual([['impose', 'US', 'chips']]);
    expect(controls('Washington revoked the licences that let U.S. firms ship chips to Quarrion.')).toEqual([
      ['impose', 'US', 'chips'],
    ]);
    expect(
      controls('The Commerce Department allowed Quarrion Tech to sell chips to Lusk Telecom.').map(
        (c) => c[0],
      ),
    ).toEqual(['ease']);
  });
  it('reads "won\'t hesitate to slap tariffs" as a threat of them', () => {
    expect(
      candidatesOfType("Beijing said it won't hesitate to slap tariffs on U.S. soybeans.", 'tariff').map(
        (c) => c.action,
      ),
    ).toContain('threaten');
  });
  it('reads a measure that "could" come, in the words of others than its actor, as a forecast ("analysts said a 25% levy on copper imports could come this summer")', () => {
    expect(
      candidatesOfType(
        'Washington is studying copper. Analysts at Quarrion Capital said a 25% levy on copper imports could come as early as this summer.',
        'tariff',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'The White House said a 25% levy on copper imports would take effect on Friday.',
        'tariff',
      ).map((c) => c.slots.rate_pct),
    ).toEqual([25]);
  });
  it('reads a verb before the measure over the verb of the relative clause after it ("suspend the export controls it announced in October")', () => {
    const first = (text: string) =>
      candidatesOfType(text, 'export_restriction')
        .filter((c) => c.features.includes('reading:0'))
        .map((c) => c.action);
    expect(
      first(
        'Indonesia will suspend for one year the sweeping nickel export controls it announced in October.',
      ),
    ).toEqual(['remove']);
    expect(first('Indonesia lifted the export controls Jakarta imposed on nickel in 2023.')).toEqual([
      'remove',
    ]);
    expect(first('Indonesia said the nickel export controls it announced in October remain.')).toEqual([
      'impose',
    ]);
  });
  it('reads general licences issued for exports ("will issue general licences for exports of rare earths") as an easing', () => {
    expect(
      candidatesOfType(
        'China will also issue general licences for exports of rare earths, gallium and graphite, the statement said.',
        'export_restriction',
      )
        .filter((c) => c.features.includes('reading:0'))
        .map((c) => [c.action, c.slots.imposer]),
    ).toEqual([['ease', 'CN']]);
    expect(
      candidatesOfType('China issued new export controls on graphite.', 'export_restriction').map(
        (c) => c.action,
      ),
    ).toEqual(['impose']);
  });
  it('reads a party named before and described after the anchor ("The Treasury sanctioned the company in 2022", "imposed sanctions on the firm") as the one listed', () => {
    const listed = (second: string) =>
      articleCandidates({ text: `Quarrion Nickel rose 20% in Moscow. ${second}`, published: null }).flatMap(
        (c) => (c.type === 'blacklisting' ? [[c.action, c.slots.authority, c.slots.entity]] : []),
      );
    for (const second of [
      'The Treasury had designated the company in April 2022 over its ties to the Kremlin.',
      'The Treasury sanctioned the company in April 2022.',
      'The Treasury imposed sanctions on the firm in April 2022.',
      'The Treasury had sanctioned it in April 2022.',
    ])
      expect(listed(second)).toEqual([['add', 'US', 'Quarrion Nickel']]);
    expect(listed('The sanctions it imposed hurt the economy.')).toEqual([]);
  });
  it('reads a name that labels a line with a colon ("* India: cut import duty on cobalt to zero") as the subject of its predicate', () => {
    const text =
      'Key trade measures this week\n* Mexico: raised tariffs on Chinese cars to 50% from 20% (Sept 10)\n* India: cut import duty on cobalt to zero (Sept 11)\n* Canada: removed most counter-tariffs on U.S. goods (Sept 1)';
    expect(
      articleCandidates({ text, published: '2025-09-12' })
        .filter(
          (c) =>
            c.type === 'tariff' && c.features.includes('actor_option:0') && c.features.includes('reading:0'),
        )
        .map((c) => [c.action, c.slots.imposer]),
    ).toEqual([
      ['raise', 'MX'],
      ['reduce', 'IN'],
      ['remove', 'CA'],
    ]);
  });
  it('reads a measure that moves an effect named with its goods ("lifted copper prices") as no step on the measure, and measures in general that "could" do something as supposed', () => {
    expect(
      candidatesOfType('The U.S. tariff on Chile lifted copper prices.', 'tariff').map((c) => c.action),
    ).not.toContain('remove');
    expect(
      articleCandidates({
        text: 'Washington raised its tariffs on steel on Monday. Duties could also push consumer prices higher, Quarrion Bank economists said.',
        published: null,
      }).filter((c) => c.type === 'tariff' && c.analysis.index === 1),
    ).toEqual([]);
  });
  it('reads what a listing does to the parties it names ("…to its export control list, barring them from buying dual-use items") as no export control on goods', () => {
    const types = articleCandidates({
      text: 'China added Quarrion Defense and Lusk Aero to its export control list, barring them from buying dual-use items.',
      published: null,
    }).map((c) => c.type);
    expect(types).toContain('blacklisting');
    expect(types).not.toContain('export_restriction');
  });
  it('lists the manager or operator named after the parties it serves ("the tankers X and Y and their manager, Z")', () => {
    expect(
      candidateValues(
        'OFAC designated the tankers Arden Star and Lusk Voyager and their manager, Corvane Shipping.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Arden Star', 'Lusk Voyager', 'Corvane Shipping']);
  });
  it('lists members joined by an adverb of sequence ("to Kazakhstan and later to the United States")', () => {
    for (const text of [
      'Velmora Mining moved its machines to Kazakhstan and later to the United States.',
      'Velmora Mining moved its machines to Kazakhstan and then the United States.',
    ])
      expect(candidateValues(text, 'relocation', 'to')).toEqual(['KZ', 'US']);
  });
  it('reads a move under way ("is relocating", "is in the process of moving") as announced, and one done as completed', () => {
    const statuses = (text: string) => candidateValues(text, 'relocation', 'status');
    expect(statuses('Quarrion Mining is relocating its headquarters to Denver.')).toEqual(['announced']);
    expect(statuses('Quarrion Mining is in the process of moving its headquarters to Denver.')).toEqual([
      'announced',
    ]);
    expect(statuses('Quarrion Mining relocated its headquarters to Denver.')).toEqual(['completed']);
  });
  it('reads a state halting or suspending supplies of goods to a country as an export control', () => {
    const controls = (text: string) =>
      candidatesOfType(text, 'export_restriction').map((c) => [
        c.action,
        c.slots.imposer,
        c.slots.target,
        c.slots.goods,
      ]);
    expect(
      controls('Russia halted enriched uranium supplies to the United States, the government said.'),
    ).toEqual([['impose', 'RU', 'US', 'enriched uranium']]);
    expect(controls('Russia suspended supplies of enriched uranium to the United States.')).toEqual([
      ['impose', 'RU', 'US', 'enriched uranium'],
    ]);
    expect(controls('The strike halted copper supplies to smelters.')).toEqual([]);
  });
  it('reads countries rated after a listed measure\'s own rate ("goods from Laos and Myanmar face 40%, Switzerland 39% and Canada 35%") as parts of their own', () => {
    const text =
      'Washington announced new tariffs on its trading partners on Thursday. Under the order, goods from Laos and Myanmar face 40%, Switzerland 39% and Canada 35%.';
    expect(
      articleCandidates({ text, published: null })
        .filter((c) => c.type === 'tariff' && c.analysis.index === 1)
        .map((c) => [c.slots.target, c.slots.rate_pct])
        .sort(),
    ).toEqual([
      ['CA', 35],
      ['CH', 39],
      ['LA', 40],
      ['MM', 40],
    ]);
  });
  it('reads a site that goods are supplied to ("supply nickel to Corvane Batteries\' plant in Hungary") as the buyer\'s, no move of the supplier', () => {
    expect(
      candidatesOfType(
        "Arden Energy signed a deal to supply nickel to Corvane Batteries' plant in Hungary.",
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidateValues('Arden Energy will build a nickel refinery in Hungary.', 'relocation', 'to'),
    ).toEqual(['HU']);
  });
  it('reads work at a site the company has ("hire 500 workers at its Ohio plant") and a work shift ("add a third shift") as no move', () => {
    expect(
      candidatesOfType('Lusk Steel said it would hire 500 workers at its Ohio plant.', 'relocation'),
    ).toEqual([]);
    expect(
      candidatesOfType('Lusk Steel said it would add a night shift at its mill in Indiana.', 'relocation'),
    ).toEqual([]);
    expect(
      candidateValues(
        'Lusk Steel began producing rails at its Ohio plant after closing its Mexican mill.',
        'relocation',
        'to',
      ),
    ).toEqual(['US']);
    expect(candidateValues('Lusk Steel will shift production to Indiana.', 'relocation', 'to')).toEqual([
      'US',
    ]);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-fourth session)', () => {
  it('reads parties moved from one list to another as put on the list they reach', () => {
    expect(
      listingsOf(
        events(
          'The Commerce Department moved Arden Optics, Lusk Micro and Corvane Labs from the Unverified List to the Entity List on Friday.',
        ),
      ).sort(),
    ).toEqual([
      ['US', 'Arden Optics', 'add', 'Entity List'],
      ['US', 'Corvane Labs', 'add', 'Entity List'],
      ['US', 'Lusk Micro', 'add', 'Entity List'],
    ]);
    expect(
      listingsOf(
        events('The Commerce Department added Velmora Tech from the Unverified List to the Entity List.'),
      ),
    ).toEqual([['US', 'Velmora Tech', 'add', 'Entity List']]);
    // A move that reaches no list is no listing, even beside one.
    expect(
      candidatesOfType(
        'The Treasury sanctioned Arden Tankers on Friday for moving Venezuelan crude, adding the firm to the SDN List.',
        'blacklisting',
      ).map((c) => [c.slots.entity, c.slots.list]),
    ).toContainEqual(['Arden Tankers', null]);
  });
  it('reads an exemption that runs out ("let the exemption for Korean steel expire") as the measure imposed on the country', () => {
    const readings = (text: string) =>
      candidatesOfType(text, 'tariff')
        .filter((c) => c.slots.target !== null)
        .map((c) => [c.action, c.slots.target, c.slots.goods]);
    expect(readings('Washington let the tariff exemption for Brazilian aluminum expire on Monday.')).toEqual([
      ['impose', 'BR', 'aluminum'],
    ]);
    expect(readings('Ottawa let the tariff exemption for Mexican steel run out in June.')).toEqual([
      ['impose', 'MX', 'steel'],
    ]);
    expect(
      readings('Washington granted a tariff exemption for Brazilian aluminum on Monday.'),
    ).toContainEqual(['remove', 'BR', 'aluminum']);
  });
  it('reads production a company will do elsewhere "instead", after closing a site, as a move', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => [c.slots.company, c.slots.to]);
    expect(
      moves(
        'Lusk Nickel shut its refinery in Norway last year and will refine the matte in Finland instead.',
      ),
    ).toEqual([['Lusk Nickel', 'FI']]);
  });
  it('reads a control lifted and the participle that dates it ("lifted its ban …, imposed in 2022") as two actions', () => {
    const actions = (text: string) =>
      slotRecords(events(text))
        .filter((e) => e.type === 'export_restriction')
        .map((e) => e.action)
        .sort();
    expect(actions('Zimbabwe on Monday lifted its ban on lithium ore exports, imposed in 2022.')).toEqual([
      'impose',
      'remove',
    ]);
    expect(actions('Zimbabwe on Monday lifted its ban on lithium ore exports.')).toEqual(['remove']);
    expect(
      actions(
        'Zimbabwe will suspend its ban on exports of lithium, tantalum and beryl ore to India, imposed in 2022, until next June.',
      ),
    ).toEqual(['impose', 'remove']);
  });
  it('lists the names set off after the kind of party they are ("two Chinese mining companies, X and Y,")', () => {
    expect(
      entitiesOf(
        events(
          'The Commerce Department added two Chinese battery companies, Arden Cells and Lusk Anode, to the Entity List on Monday.',
        ),
      ).sort(),
    ).toEqual(['Arden Cells', 'Lusk Anode']);
  });
  it('reads a party named before as the subject of a passive listing ("The company had been designated in 2022")', () => {
    const listed = (text: string) =>
      slotRecords(events(text))
        .filter((e) => e.type === 'blacklisting')
        .map((e) => [e.entity, e.action]);
    expect(
      listed(
        'Britain lifted sanctions on Quarrion Holdings on Friday. The company had been designated in 2023 over its ties to a Belarusian fertiliser exporter.',
      ),
    ).toContainEqual(['Quarrion Holdings', 'add']);
    expect(
      listed(
        'Orrin Metals said it would appeal. The company, a Dubai trader of Russian aluminium, was designated by the U.S. Treasury on Thursday.',
      ),
    ).toContainEqual(['Orrin Metals', 'add']);
  });
  it('reads a metal as a corporate word of a mining name ("Velmora Cobalt", "Arden Zinc")', () => {
    // The later sentence's "the company" takes up the name only where the name is read as a company's.
    for (const name of [
      'Velmora Cobalt',
      'Arden Zinc',
      'Lusk Tungsten',
      'Corvane Mines',
      'Kestrel Aluminium',
    ])
      expect(
        slotRecords(
          events(`Britain lifted sanctions on ${name} on Friday. The company had been designated in 2023.`),
        ).map((e) => [e.entity, e.action]),
      ).toContainEqual([name, 'add']);
  });
  it('reads the possessor of what is free of a measure ("cut Turkey\'s tariff-free quota") as whom it is for, not the imposer', () => {
    const actors = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => [c.slots.imposer, c.slots.target]);
    const found = actors("The European Union cut Egypt's tariff-free quota for fertiliser on Tuesday.");
    expect(found).toContainEqual(['EU', 'EG']);
    expect(found).not.toContainEqual(['EG', null]);
  });
  it('reads a site whose construction has begun ("broke ground on a plant in Georgia") as a move announced, not done', () => {
    const statuses = (text: string) => candidateValues(text, 'relocation', 'status');
    expect(
      statuses(
        'Arden Anode broke ground on a cathode plant in Tennessee on Monday to supply U.S. carmakers.',
      ),
    ).toEqual(['announced']);
    expect(
      statuses('Arden Anode opened a cathode plant in Tennessee on Monday to supply U.S. carmakers.'),
    ).toEqual(['completed']);
  });
  it('reads the subject of a verb past a relative clause set off before it ("X, which seized the mine, has halted")', () => {
    const controls = (text: string, title: string) =>
      slotRecords(events(text, title))
        .filter((e) => e.type === 'export_restriction')
        .map((e) => e.imposer);
    expect(
      controls(
        'The Arden Liberation Front, which took the Lusk tin mine in March, has halted exports of tin ore to Thailand.',
        'Myanmar rebels halt tin shipments',
      ),
    ).toEqual([]);
    expect(
      controls(
        'Indonesia, which mines a third of the world tin supply, has halted exports of tin ore to Thailand.',
        'Tin shipments halted',
      ),
    ).toEqual(['ID']);
  });
  it('reads a word after a comma and "and" as the next list member\'s, not the measure\'s action ("tariffs, layoffs, and budget cuts")', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(
      actions(
        'Washington imposed steep tariffs. But worries over tariffs, layoffs, and budget cuts are weighing on hiring.',
      ),
    ).not.toContain('reduce');
    expect(actions('Washington imposed steep tariffs on steel, and later cut them to 10%.')).toContain(
      'reduce',
    );
  });
  it('reads a measure recommended or urged ("the commission recommended a 15% duty") as a proposal, no event', () => {
    const readings = (text: string) =>
      candidatesOfType(text, 'tariff').map((c) => [c.action, c.slots.rate_pct]);
    expect(
      readings(
        "Thailand's trade commission recommended a 15% safeguard duty on imported tinplate on Monday.",
      ),
    ).toEqual([]);
    expect(readings('Thailand imposed a 15% safeguard duty on imported tinplate on Monday.')).toEqual([
      ['impose', 15],
    ]);
    // Advice on something else than the measure leaves the measure stated.
    expect(
      readings('Thai steelmakers urged Bangkok to seek an exemption from the 25% U.S. tariff on tinplate.'),
    ).toContainEqual(['impose', 25]);
  });
  it('reads a possibility on a condition in the article\'s own voice ("could raise tariffs if talks fail") as no threat', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(actions('Chile could raise tariffs on copper wire if the talks collapse.')).toEqual([]);
    expect(actions('Chile said it could raise tariffs on copper wire if the talks collapse.')).toContain(
      'threaten',
    );
    expect(actions('Chile may impose retaliatory tariffs on copper wire from Peru.')).toContain('threaten');
  });
  it('lists names each described by its country ("X of China, Y of Russia and Z of Iran")', () => {
    expect(
      entitiesOf(
        events(
          'The Commerce Department added Orrin Photonics of China, Tamsin Optics of Russia and Kestrel Labs of Iran to the Entity List.',
        ),
      ).sort(),
    ).toEqual(['Kestrel Labs', 'Orrin Photonics', 'Tamsin Optics']);
  });
  it('reads the subject of a warned complement ("warned that Japan would face 25% tariffs") as the target', () => {
    const threats = slotRecords(events('Trump warned that Malaysia would face 30% tariffs.')).map((e) => [
      e.action,
      e.imposer,
      e.target,
      e.rate_pct,
    ]);
    expect(threats).toEqual([['threaten', 'US', 'MY', 30]]);
  });
  it('reads a site a new one replaces ("to replace its plant in Germany") as no destination', () => {
    const destinations = (text: string) => candidateValues(text, 'relocation', 'to');
    expect(destinations('Tamsin Copper opened a smelter in Oman to replace its plant in Austria.')).toEqual([
      'OM',
    ]);
    expect(destinations('Tamsin Copper opened a smelter in Oman that replaces its Austrian plant.')).toEqual([
      'OM',
    ]);
  });
  it('reads a measure detailed party by party after a colon as the details alone', () => {
    const found = slotRecords(
      events(
        'Ottawa and Canberra agreed to trim their duties on farm goods: Canada will cut its tariff on Australian beef to 5% from 12%, and Australia will lower its levy on Canadian canola to 2% from 6%.',
      ),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found.sort()).toEqual([
      ['reduce', 'AU', 'CA', 2],
      ['reduce', 'CA', 'AU', 5],
    ]);
  });
  it('reads exports barred to a named company ("barred exports of U.S. technology to X") as its blacklisting', () => {
    expect(
      listingsOf(
        events('The United States barred exports of U.S. technology to Orrin Semiconductor on Monday.'),
      ),
    ).toEqual([['US', 'Orrin Semiconductor', 'add', null]]);
  });
  it('ends a name of corporate words at a word of a measure in a headline ("Global 25% Steel, Aluminum Tariffs")', () => {
    expect(
      candidateValues('U.S. Imposes 25% Steel, Aluminum Tariffs On Canada', 'tariff', 'goods'),
    ).toContain('Steel, Aluminum');
  });
  it("dates an action by its own words, not by a relative clause about its subject or another action's participle", () => {
    const dated = (text: string) =>
      articleCandidates({ text, published: '2025-06-04' }).map((c) => [c.type, c.action, c.date]);
    expect(
      dated(
        'Pellam Mining, which has been listed in Toronto since 1996, completed the move of its head office to Perth on Monday.',
      ),
    ).toEqual([['relocation', 'move', '2025-06-02']]);
    const lifted = dated('Zimbabwe on Monday lifted its ban on lithium ore exports, imposed in 2022.');
    expect(lifted).toContainEqual(['export_restriction', 'remove', '2025-06-02']);
    expect(lifted).toContainEqual(['export_restriction', 'impose', '2022']);
    expect(dated('Zimbabwe has lifted a ban on lithium ore exports imposed in March.')).toContainEqual([
      'export_restriction',
      'remove',
      null,
    ]);
  });
  it('reads "set rates of X% on A and Y% on B" after a measure as its parts', () => {
    const parts = slotRecords(
      events(
        'Canada will impose provisional duties on silicon metal imports, the finance department said. Ottawa set rates of 19% on China and 11% on Brazil.',
      ),
    )
      .filter((e) => e.rate_pct !== null)
      .map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(parts.sort()).toEqual([
      ['CA', 'BR', 11],
      ['CA', 'CN', 19],
    ]);
  });
  it('reads what others expect or predict an actor will do ("analysts expect the United States to raise tariffs") as a forecast', () => {
    const readings = (text: string) => [
      ...candidatesOfType(text, 'tariff'),
      ...candidatesOfType(text, 'export_restriction'),
    ];
    expect(
      readings(
        'Analysts at Isket Capital expect the United States to raise copper tariffs to 60% later this year.',
      ),
    ).toEqual([]);
    expect(
      readings('Isket Capital analysts predicted that Ottawa would double duties on steel wire to 50%.'),
    ).toEqual([]);
    expect(readings('Traders believe Beijing will restrict exports of tungsten soon.')).toEqual([]);
    expect(readings('Ottawa said it would double duties on steel wire to 50%.').length).toBeGreaterThan(0);
  });
  it('reads export licences issued or granted ("has issued export licences for shipments of X") as an easing', () => {
    const controls = (text: string) =>
      candidatesOfType(text, 'export_restriction').map((c) => [c.action, c.slots.imposer]);
    expect(
      controls(
        'Austria has issued export licences for shipments of tungsten carbide to Serbia after a freeze.',
      ),
    ).toEqual([['ease', 'AT']]);
    expect(
      controls('Austria will require export licences for shipments of tungsten carbide from May.'),
    ).toEqual([['impose', 'AT']]);
  });
  it('reads an abstract noun opening a sentence ("Production will move to Monterrey") as no company', () => {
    expect(
      companies(
        'Pellam Steel will close its wire rod mill in Ohio. Production will move to Saltillo, the company said.',
      ),
    ).not.toContain('Production');
  });
  it('reads goods shipped from a site the company has ("ships its hydroxide from its refinery in Chile") as no move', () => {
    expect(companies('Orrin Lithium ships all its hydroxide from its refinery in Chile.')).toEqual([]);
    expect(
      candidateValues(
        'Orrin Lithium moved production from its plant in Chile to Argentina.',
        'relocation',
        'to',
      ),
    ).toEqual(['AR']);
  });
  it('reads the passive verb of a relative clause after a measure ("duties …, which were raised to 50% in June,") as its action', () => {
    const found = slotRecords(
      events('The Mexican duties on Chinese tinplate, which were raised to 35% in June, remain in place.'),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['raise', 'MX', 'CN', 35]]);
  });
  it('reads names set off after the vessels they are ("added two tankers, X and Y, to the SDN List") as listed', () => {
    expect(
      entitiesOf(
        events('The Treasury on Friday added two tankers, Kestrel Dawn and Isket Star, to the SDN List.'),
      ).sort(),
    ).toEqual(['Isket Star', 'Kestrel Dawn']);
  });
  it('reads an action word in a clause of its own after the measure ("after a six-month exemption expired") as no second action', () => {
    const actions = slotRecords(
      events(
        'Zambia reimposed its ban on manganese ore exports on Monday after a six-month exemption expired.',
      ),
    ).map((e) => e.action);
    expect(actions).toEqual(['impose']);
  });
  it('reads a listing and a head office moved together as a move of headquarters', () => {
    const moves = (text: string) =>
      candidatesOfType(text, 'relocation').map((c) => [c.slots.company, c.slots.to, c.slots.scope]);
    expect(
      moves('Corvane Gold will move its primary listing and head office from Toronto to Sydney next year.'),
    ).toEqual([['Corvane Gold', 'AU', 'headquarters']]);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-fifth session)', () => {
  it('reads names set out after a colon that closes the listing ("Three companies were placed on …: X, Y and Z") as listed', () => {
    expect(
      listingsOf(
        events(
          'Three Chinese companies were placed on the Entity List on Tuesday: Quarrion Metals, Lusk Rare Earths and Corvane Mining.',
        ),
      ),
    ).toEqual([
      ['US', 'Quarrion Metals', 'add', 'Entity List'],
      ['US', 'Lusk Rare Earths', 'add', 'Entity List'],
      ['US', 'Corvane Mining', 'add', 'Entity List'],
    ]);
  });
  it('reads parties counted in one sentence and named at the opening of the next ("The companies, X and Y, …") as listed', () => {
    const listed = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(
      listed(
        'The Commerce Department added two Chinese companies to the Entity List. The companies, Quarrion Metals and Lusk Rare Earths, were accused of supplying the army.',
      ),
    ).toEqual(['Quarrion Metals', 'Lusk Rare Earths']);
    expect(
      listed(
        'Washington added two Chinese companies to the Entity List on Friday. They are Quarrion Metals and Lusk Rare Earths, both graphite processors.',
      ),
    ).toEqual(['Quarrion Metals', 'Lusk Rare Earths']);
    // A name the next sentence gives for another reason is not one of the parties counted.
    expect(
      listed(
        'The EU sanctioned three Russian banks on Monday. Analysts said Kestrel Bank and Pellam Capital would benefit.',
      ),
    ).toEqual([]);
  });
  it('reads a word of goods after the first ("exports of ferrous scrap") as their name, not an action ("scrap")', () => {
    const actions = slotRecords(
      events('Kazakhstan has imposed a six-month ban on exports of ferrous scrap, the ministry said.'),
    ).map((e) => [e.type, e.action, e.goods]);
    expect(actions).toEqual([['export_restriction', 'impose', 'ferrous scrap']]);
  });
  it('reads a site of its own that cuts back or raises output ("its Belgian smelter would cut output") as no move', () => {
    expect(companies('Arden Metals said its Belgian smelter would cut output by 10% this year.')).toEqual([]);
    expect(companies('Pellam Copper said its Peruvian mine would boost output this year.')).toEqual([]);
    expect(companies('Pellam Copper will build a smelter in Chile to replace imports from China.')).toEqual([
      'Pellam Copper',
    ]);
  });
  it('reads what a listing does to the party listed ("restricting its access to U.S. chips", "exports to the firm") as no export control of its own', () => {
    const types = (text: string) => events(text).map((e) => e.type);
    expect(
      types(
        'The Commerce Department added Lusk Semiconductor to the Entity List on Friday, restricting its access to U.S. chips.',
      ),
    ).toEqual(['blacklisting']);
    expect(
      types(
        'The U.S. added Quarrion Tungsten to the Entity List on Friday. The listing restricts U.S. exports to the firm without a licence.',
      ),
    ).toEqual(['blacklisting']);
    expect(
      types(
        'China placed Corbel Dynamics on its export control list on Monday, banning exports of dual-use items including gallium and germanium to the company.',
      ),
    ).toEqual(['blacklisting']);
    // A control on goods beside a listing is still one.
    expect(
      types(
        'China placed Corbel Dynamics on its export control list on Monday and banned exports of gallium to the United States.',
      ).sort(),
    ).toEqual(['blacklisting', 'export_restriction']);
  });
  it('reads what a noun is exposed to ("to reduce exposure to Chinese export controls") as no destination', () => {
    expect(
      candidateValues(
        'Arden Magnets will build a plant in Texas to reduce exposure to Chinese export controls on rare earths.',
        'relocation',
        'to',
      ),
    ).toEqual(['US']);
  });
  it('reads a place in brackets before a legal suffix ("X (Hong Kong) Limited") as part of the name, and the list as going on after it', () => {
    expect(
      entitiesOf(
        events(
          'The Commerce Department added Lusk Materials, Velmora Electronics (Hong Kong) Limited and Quarrion Technology to the Entity List.',
        ),
      ),
    ).toEqual(['Lusk Materials', 'Velmora Electronics (Hong Kong)', 'Quarrion Technology']);
    expect(
      entitiesOf(
        events(
          'The U.S. added Pellam Magnet (Shenzhen) Co., Ltd. and Isket Optics to the Entity List on Tuesday.',
        ),
      ),
    ).toEqual(['Pellam Magnet (Shenzhen)', 'Isket Optics']);
  });
  it('reads names after a noun for vessels, and the names listed with them, as vessels ("four tankers, including the Sea Lumen and the Aster Glory")', () => {
    expect(
      entitiesOf(
        events(
          'The Treasury sanctioned four tankers on Thursday, including the Sea Lumen and the Aster Glory.',
        ),
      ),
    ).toEqual(['Sea Lumen', 'Aster Glory']);
    expect(
      entitiesOf(
        events('Britain sanctioned 20 tankers, among them the Aurora Sky, Blue Ridge and Polar Star.'),
      ),
    ).toEqual(['Aurora Sky', 'Blue Ridge', 'Polar Star']);
  });
  it('reads relief asked for ("will travel to Washington to seek an exemption from the tariffs") as no removal', () => {
    const actions = (text: string) => candidatesOfType(text, 'tariff').map((c) => c.action);
    expect(
      actions(
        "Japan's chief trade negotiator will travel to Washington this week to seek an exemption from the 25% auto tariffs.",
      ),
    ).not.toContain('remove');
    expect(actions('Orrin Steel has applied for a waiver from the 25% U.S. tariff on steel.')).not.toContain(
      'remove',
    );
    expect(actions('Washington granted Japan an exemption from the 25% auto tariffs.')).toContain('remove');
  });
  it('reads a country left out of relief that "now faces" the measure as its target, not a removal by it', () => {
    const found = slotRecords(
      events(
        'The U.S. paused most reciprocal tariffs for 90 days on Wednesday. China was excluded from the reprieve and now faces tariffs of 125%.',
      ),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toContainEqual(['impose', 'US', 'CN', 125]);
    expect(found.filter(([, imposer]) => imposer === 'CN')).toEqual([]);
  });
  it('reads the object inside a verb split by its particle ("took the company off its Entity List") as the party removed', () => {
    expect(
      listingsOf(
        events(
          'Shares of Zhenlu Metals rose 9% after Washington took the company off its Entity List, Zhenlu said.',
        ),
      ),
    ).toEqual([['US', 'Zhenlu Metals', 'remove', 'Entity List']]);
  });
  it('reads the measure named as the subject of its own end ("Sanctions on X were lifted") as no listing too', () => {
    expect(listingsOf(events('Sanctions on Orrin Cobalt Sarl were lifted on Friday, the EU said.'))).toEqual([
      ['EU', 'Orrin Cobalt Sarl', 'remove', null],
    ]);
  });
  it('reads the agent in a participle clause after the listing ("mirroring a measure adopted by the EU") as no authority of it', () => {
    expect(
      listingsOf(
        events(
          'Switzerland on Monday added Tavrin Aluminium Trading AG to its sanctions list, mirroring a measure adopted by the European Union last week.',
        ),
      ).map(([authority]) => authority),
    ).toEqual(['CH']);
  });
  it('reads "its list of sanctioned entities" as a sanctions list, and "its general manager, X" as a person listed', () => {
    expect(
      entitiesOf(
        events('Canada added Pellam Metals and Isket Mining to its list of sanctioned entities on Friday.'),
      ),
    ).toEqual(['Pellam Metals', 'Isket Mining']);
    expect(
      entitiesOf(
        events(
          'The U.S. Treasury sanctioned Quarrion Gold and its general manager, Ahmed Karrar, on Monday.',
        ),
      ).sort(),
    ).toEqual(['Ahmed Karrar', 'Quarrion Gold']);
  });
  it('reads sites kept, dismantled or a subsidiary set up ("will keep its headquarters and smelter in Tennessee") as no move', () => {
    expect(
      companies('Lusk Zinc will keep its headquarters and zinc smelter in Tennessee, the company said.'),
    ).toEqual([]);
    expect(companies('Kestrel Aluminium will dismantle its smelter in Germany next year.')).toEqual([]);
    expect(
      companies('Quarrion Mining has set up a new exploration subsidiary in Perth, the company said.'),
    ).toEqual([]);
    expect(
      companies('Lusk Cells set up a new production unit in Vietnam to replace imports from China.'),
    ).toEqual(['Lusk Cells']);
  });
  it('reads the company after a noun of moving ("The relocation of Oakhurst Minerals\' headquarters to Zug") as the one that moves', () => {
    for (const text of [
      "The relocation of Oakhurst Minerals' headquarters to Zug, Switzerland, was completed on Monday.",
      "Oakhurst Minerals' move to Zug, Switzerland, was completed on Monday.",
    ])
      expect(candidateValues(text, 'relocation', 'company')).toEqual(['Oakhurst Minerals']);
  });
  it('reads a person a role names ("its chief executive, Tom Vale, has moved to Dubai") as no company that moves', () => {
    expect(companies("Quarrion Mining's chief executive, Tom Vale, has moved to Dubai.")).toEqual([]);
  });
  it('reads duty-free access let expire ("let duty-free access for Ukrainian farm goods expire") as the measure imposed again', () => {
    const actions = candidatesOfType(
      'The European Union let duty-free access for Ukrainian farm goods expire on Friday.',
      'tariff',
    ).map((c) => [c.action, c.slots.imposer, c.slots.target]);
    expect(actions).toEqual([['impose', 'EU', 'UA']]);
  });
  it('reads responding with a measure ("responded the same day with countermeasures on U.S. goods") as imposing it', () => {
    const found = slotRecords(
      events('The EU responded the same day with countermeasures on 26 billion euros of U.S. goods.'),
    ).map((e) => [e.type, e.action, e.imposer, e.target]);
    expect(found).toEqual([['tariff', 'impose', 'EU', 'US']]);
  });
  it('reads relief another party hopes for ("Japan hopes Washington will lift the tariffs") as its proposal, no removal', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => e.action);
    expect(
      actions('Japan hopes Washington will lift the 25% tariffs on its steel soon, the minister said.'),
    ).not.toContain('remove');
    expect(
      actions('Officials in Ottawa hope the U.S. duties on lumber might be eased by spring.'),
    ).not.toContain('remove');
    expect(actions('Washington will lift the 25% tariffs on Japanese steel next month.')).toContain('remove');
  });
  it('reads a verb after the measure whose own possessive opens its object ("duties that it hoped Velmora would end its subsidies") as no action on it', () => {
    const actions = candidatesOfType(
      'Canada ordered the duties that it hoped Velmora would end its subsidies.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).toEqual(['impose']);
  });
  it('reads rates set for countries ("The letters set a 25% rate for Japan and South Korea, 40% for Laos") as a tariff on each', () => {
    const found = slotRecords(
      events(
        'President Donald Trump on Monday sent tariff letters to 14 countries. The letters set a 25% rate for Japan and South Korea, 40% for Laos and 36% for Thailand.',
      ),
    )
      .filter((e) => e.rate_pct !== null)
      .map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([
      ['US', 'JP', 25],
      ['US', 'KR', 25],
      ['US', 'LA', 40],
      ['US', 'TH', 36],
    ]);
    // A rate set for something other than a country is no tariff.
    expect(
      candidatesOfType(
        'Trump imposed tariffs on steel last week. The central bank set a 4.5% rate for overnight loans on Wednesday.',
        'tariff',
      ).map((c) => c.slots.rate_pct),
    ).not.toContain(4.5);
  });
  it('reads list members each with a descriptor ("radar specialist X and satellite firm Y") as listed', () => {
    expect(
      entitiesOf(
        events(
          'The Commerce Department added 12 Chinese firms to the Entity List on Tuesday, including drone maker Arden Aerosystems, radar specialist Pellam Dynamics and satellite firm Skyrest Orbital.',
        ),
      ),
    ).toEqual(['Arden Aerosystems', 'Pellam Dynamics', 'Skyrest Orbital']);
  });
  it('reads people named after a possessed plural role ("Kassow\'s co-founders X and Y") as listed, not the possessor', () => {
    expect(
      entitiesOf(
        events("OFAC added Kassow's co-founders Dmitri Vellan and Arkady Smoles to the SDN List on Friday."),
      ),
    ).toEqual(['Dmitri Vellan', 'Arkady Smoles']);
  });
  it('reads a follow-up sentence that "also included" names after a listing as listing them', () => {
    expect(
      entitiesOf(
        events(
          'The Pentagon added 20 firms to its list of Chinese military companies on Monday. The annual update also included memory chipmaker Quanrui Memory and lidar maker Soren Sensing.',
        ),
      ).sort(),
    ).toEqual(['Quanrui Memory', 'Soren Sensing']);
  });
  it('reads suspending countermeasures against a measure ("suspended its planned countermeasures against U.S. tariffs") as no removal of the measure', () => {
    const actions = candidatesOfType(
      'The European Union suspended its planned countermeasures against U.S. tariffs on steel and aluminium for 90 days.',
      'tariff',
    ).map((c) => [c.action, c.slots.imposer]);
    expect(actions).not.toContainEqual(['remove', 'US']);
  });
  it('reads putting a measure on hold ("put most of his reciprocal levies on hold") as its removal, with no goods "hold"', () => {
    const found = candidatesOfType(
      'Markets rallied after President Donald Trump put most of his so-called reciprocal levies on hold for 90 days.',
      'tariff',
    ).map((c) => [c.action, c.slots.goods]);
    expect(found).toContainEqual(['remove', null]);
    expect(found.map(([, goods]) => goods)).not.toContain('hold');
  });
  it('reads a name holding a title of office ("Mines Minister Wellington Dube") as no company that moves', () => {
    expect(
      companies(
        'Mines Minister Wellington Dube said the government pushes Chinese-owned miners to build refineries in the country.',
      ),
    ).toEqual([]);
  });
  it('reads the law a measure is levied under ("a 50% levy under Section 232") as naming who levies it', () => {
    expect(
      firstImposers(
        'Brazil exports steel to the United States. Steel and aluminum, already subject to a 50% levy under Section 232, were left out of the deal.',
        1,
      ),
    ).toEqual(['US']);
  });
  it('reads countries each with a rate after "a 34% rate" ("China will face a 34% rate, Vietnam 46% and Thailand 36%") as a tariff on each', () => {
    const found = slotRecords(
      events(
        'Trump announced sweeping new tariffs on Wednesday. China will face a 34% rate, Vietnam 46% and Thailand 36%, the White House said.',
      ),
    )
      .filter((e) => e.rate_pct !== null)
      .map((e) => [e.target, e.rate_pct]);
    expect(found).toEqual([
      ['CN', 34],
      ['VN', 46],
      ['TH', 36],
    ]);
  });
  it('reads a subject with an adverb set off after it ("Malaysia, meanwhile, said it would ban") as the actor', () => {
    const imposers = slotRecords(
      events(
        'The Philippines plans to ban exports of raw nickel ore from 2027. Malaysia, meanwhile, said last year it would ban exports of unprocessed rare earths.',
      ),
    ).map((e) => [e.imposer, e.goods]);
    expect(imposers).toContainEqual(['MY', 'unprocessed rare earths']);
  });
  it('reads an agent inside the description of the party listed ("X, an Indian refinery partly owned by a Russian oil company") as no authority', () => {
    expect(
      listingsOf(
        events(
          'The EU adopted new sanctions on Monday. The EU also sanctioned Vadinar Coastal Refining, an Indian refinery partly owned by a Russian state oil company.',
        ),
      ).map(([authority, entity]) => [authority, entity]),
    ).toEqual([['EU', 'Vadinar Coastal Refining']]);
  });
  it('reads speeding up or fast-tracking export approvals ("agreed to speed up approvals for exports of rare earth magnets") as easing the control', () => {
    const found = (text: string) => slotRecords(events(text)).map((e) => [e.type, e.action, e.imposer]);
    expect(
      found(
        'Beijing agreed on Friday to speed up approvals for exports of rare earth magnets to the United States.',
      ),
    ).toEqual([['export_restriction', 'ease', 'CN']]);
    expect(
      found(
        'China will fast-track export licences for gallium shipments to Europe, the commerce ministry said.',
      ),
    ).toEqual([['export_restriction', 'ease', 'CN']]);
  });
  it('reads a short name after the full one ("Lumora Solar … Lumora said") as that company, one event', () => {
    const moves = slotRecords(
      events(
        'Lumora Solar will move its cell production from China to Oman next year. Lumora said the Oman plant would start production in 2026.',
      ),
    ).map((e) => [e.company, e.to]);
    expect(moves).toEqual([['Lumora Solar', 'OM']]);
  });
  it('reads the government that says a measure will apply, with no one acting in its words ("Ottawa said imports … will face a 50% surtax"), as its imposer', () => {
    const found = slotRecords(
      events(
        'The United States doubled its tariffs on steel imports to 50% on Wednesday. Separately, Ottawa said imports of steel from countries without a free trade agreement with Canada will face a 50% surtax, curbing the diversion of Chinese metal.',
      ),
    ).map((e) => [e.action, e.imposer, e.rate_pct]);
    expect(found).toContainEqual(['impose', 'CA', 50]);
    expect(found).not.toContainEqual(['impose', 'US', 50]);
  });
  it('reads zero-tariff access given to a partner\'s goods ("will give U.S. products zero-tariff access") as removing its tariffs on them', () => {
    const found = slotRecords(
      events('Vietnam will give U.S. products zero-tariff access to its market under the deal, Trump said.'),
    ).map((e) => [e.action, e.imposer, e.target]);
    expect(found).toEqual([['remove', 'VN', 'US']]);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-sixth session)', () => {
  it('reads each line of a list of countries and rates as the measure announced just before it, on that country at that rate', () => {
    const text = [
      'The White House on Wednesday announced new tariffs on imports from dozens of trading partners. The rates include:',
      '- Brazil: 18%',
      '- Indonesia – 29 percent\n',
      'Economists expect the rates to slow trade.',
    ].join('\n');
    const rated = candidatesOfType(text, 'tariff')
      .filter((c) => c.slots.target !== null)
      .map((c) => [c.slots.imposer, c.action, c.slots.target, c.slots.rate_pct, c.analysis.sentence.text]);
    expect(rated).toEqual([
      ['US', 'impose', 'BR', 18, 'Brazil: 18%'],
      ['US', 'impose', 'ID', 29, 'Indonesia – 29 percent'],
    ]);
    // The same lines after a sentence that announces no measure are shares of something else.
    expect(
      candidatesOfType(
        'Most of the refined cobalt comes from three countries:\n- Brazil: 18%\n- Indonesia: 29%',
        'tariff',
      ),
    ).toEqual([]);
  });
  it('reads a company officer who moves ("Its chairman, Liu Wei, relocated to Budapest") as no company moving', () => {
    const text =
      'Brennock Cells is building a battery plant in Debrecen. Its chairman, Liu Wen, relocated to Budapest to oversee it. Its chief executive, Dana Ruhl, moved to Dubai last year.';
    expect(candidateValues(text, 'relocation', 'company')).toEqual([]);
    // The company itself still moves.
    expect(companies('Brennock Cells relocated its headquarters to Budapest last year.')).toEqual([
      'Brennock Cells',
    ]);
  });
  it('reads a plan or proposal dropped with a word between ("abandoned its own plan", "shelved a proposal to") as no move', () => {
    for (const text of [
      'Tarrow Resources abandoned its own plan to shift its headquarters to Denver after shareholders objected.',
      'Tarrow Resources shelved a proposal to relocate its head office to Denver.',
    ])
      expect(slotRecords(events(text)).filter((e) => e.type === 'relocation')).toEqual([]);
    expect(companies('Tarrow Resources made a proposal to relocate its head office to Denver.')).toEqual([
      'Tarrow Resources',
    ]);
  });
  it('reads a name whose own verb reports ("a measure Kestrel said would not affect it") as no party to the measure', () => {
    const text =
      'Kazakhstan last month imposed a ban on exports of unrefined gold concentrate, a measure Kestrel Gold said would not affect it.';
    const found = slotRecords(events(text)).map((e) => [e.type, e.action]);
    expect(found).toEqual([['export_restriction', 'impose']]);
  });
  it('reads the time stamp that opens an entry of a live blog ("0955 GMT - …") as no name', () => {
    const text = '0955 GMT - Beijing says it is adding Orlen Fiber to its unreliable entity list.';
    expect(candidateValues(text, 'blacklisting', 'entity')).toEqual(['Orlen Fiber']);
    expect(
      candidateValues(
        '0955 GMT - Beijing says it is adding 11 U.S. firms to its unreliable entity list.',
        'blacklisting',
        'entity',
      ),
    ).toEqual([]);
  });
  it('reads sourcing or purchases moved to another country ("shifted sourcing to Canada") as no relocation', () => {
    expect(companies('Lumeta Auto Parts said it had already shifted sourcing to Canada.')).toEqual([]);
    expect(
      companies('Corran Drilling said it would shift purchases to Japanese and Swedish makers.'),
    ).toEqual([]);
    expect(companies('Corran Drilling said it would shift production to Japan.')).toEqual([
      'Corran Drilling',
    ]);
  });
  it('reads names joined by an ampersand ("Halberd & Finch") as one firm, and where someone works as no party', () => {
    expect(
      candidateValues(
        'The Treasury sanctioned Halberd & Finch Trading and Osk Metals on Monday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Halberd & Finch Trading', 'Osk Metals']);
    expect(
      candidateValues(
        'Beijing sanctioned Orlen Fiber. "The listing will be challenged," said Anke Vroom, a sanctions lawyer at Halberd & Finch in Brussels.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Orlen Fiber']);
  });
  it('reads a country\'s department that says it acted ("South Africa\'s trade department says it has lifted") as the actor', () => {
    const text =
      "Japan will seek talks with Washington over the new duties. South Africa's trade department says it has lifted the 5% import tariff on mining equipment from Zambia.";
    const found = slotRecords(events(text)).map((e) => [e.action, e.imposer, e.target]);
    expect(found).toContainEqual(['remove', 'ZA', 'ZM']);
    expect(found.filter((e) => e[1] === 'JP')).toEqual([]);
  });
  it('reads holding off on a tariff ("would hold off on its planned retaliatory tariffs") as a removal', () => {
    const actions = candidatesOfType(
      'Trudeau said Canada would hold off on its planned retaliatory tariffs on U.S. goods.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).toContain('remove');
  });
  it('reads licence requirements on goods ("imposed licence requirements on graphite products") as an export control, import licences not', () => {
    const found = (text: string) =>
      slotRecords(events(text)).map((e) => [e.type, e.imposer, e.action, e.goods]);
    expect(
      found('Beijing imposed licence requirements on several graphite products from December 1, 2023.'),
    ).toEqual([['export_restriction', 'CN', 'impose', 'graphite']]);
    expect(found('India imposed import licence requirements on laptops in August.')).toEqual([]);
  });
  it('reads a measure or action weighed or asked for right before it ("could consider restricting", "studying possible restrictions") as no event', () => {
    const found = (text: string) => slotRecords(events(text)).map((e) => [e.type, e.action]);
    expect(
      found('Analysts said China could also consider restricting exports of indium if trade talks stall.'),
    ).toEqual([]);
    expect(
      found("Kazakhstan's industry ministry said it was studying possible restrictions on tungsten exports."),
    ).toEqual([]);
    expect(
      found('Ottawa is weighing retaliatory tariffs on American dairy and lumber, two people said.'),
    ).toEqual([]);
    // The measure acted on stays, when the weighing is further back.
    expect(found('China restricted exports of indium in 2023.')).toEqual([['export_restriction', 'impose']]);
  });
  it('reads a halved tariff ("halved its tariff on Australian barley to 40.5 per cent") as reduced', () => {
    const actions = slotRecords(
      events('Beijing halved its tariff on Australian barley to 40.5 per cent in 2024.'),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(actions).toEqual([['reduce', 'CN', 'AU', 40.5]]);
  });
  it('reads money or value moved abroad ("helping Russian entities move value abroad") as no relocation', () => {
    expect(
      companies(
        'OFAC sanctioned Moscow-based miner Polarbit Energy, accusing the firm of helping Russian entities move value abroad.',
      ),
    ).toEqual([]);
  });
  it('reads a relative clause that says a measure was later suspended or is now on hold as its removal', () => {
    for (const text of [
      'Ottawa had earlier planned 25% counter-tariffs on U.S. goods, which were later suspended.',
      'Ottawa had earlier planned 25% counter-tariffs on U.S. goods, which are now on hold.',
    ])
      expect(candidatesOfType(text, 'tariff').map((c) => c.action)).toContain('remove');
  });
  it('reads a verb that hits goods with a duty ("would hit Chinese-made rigs with an additional 25% duty") as its action', () => {
    const found = slotRecords(
      events(
        'President Donald Trump warned on Wednesday that he would hit Chinese-made bitcoin mining rigs with an additional 25% duty unless Beijing cuts its own levies.',
      ),
    ).map((e) => [e.action, e.imposer, e.rate_pct]);
    expect(found).toEqual([['threaten', 'US', 25]]);
  });
  it('reads parties counted with a country\'s attributive name ("two U.S. firms, X and Y,") as the names that follow', () => {
    expect(
      candidateValues(
        "China's Ministry of Commerce also added two U.S. firms, Calder Biotech and Pinecrest Apparel, to its Unreliable Entity List.",
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Calder Biotech', 'Pinecrest Apparel']);
  });
  it('reads a measure evaded or circumvented ("to evade the 25% Section 301 duty") as one in place', () => {
    const found = slotRecords(
      events(
        'Customs said the rigs were declared as networking gear to evade the 25% Section 301 duty on Chinese-made computer equipment.',
      ),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['impose', 'US', 'CN', 25]]);
  });
  it('reads a corporate word that is also a place ("Ambergate Maritime") as the end of a company\'s name', () => {
    expect(
      candidateValues(
        'The Treasury sanctioned the tanker Ocean Marigold and its operator Ambergate Maritime for carrying Iranian oil.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Ambergate Maritime');
  });
  it('reads the line after a promotion label ("Also read: X shifts production …") as a sentence that opens with its name', () => {
    const found = slotRecords(
      events(
        'Bitcoin rallied on Tuesday. Also read: Hashforge shifts production from China to Texas. Miners were upbeat.',
      ),
    ).map((e) => [e.company, e.from, e.to]);
    expect(found).toEqual([['Hashforge', 'CN', 'US']]);
  });
  it('reads a country with a word of where it lies ("to neighbouring Kazakhstan") as the target', () => {
    expect(
      candidateValues(
        'Kyrgyzstan banned the export of mining equipment to neighboring Kazakhstan last year.',
        'export_restriction',
        'target',
      ),
    ).toEqual(['KZ']);
  });
  it('reads a relative clause closed before the anchor ("added X, which supplies chips to rig makers, to the Entity List") as no break in the listing', () => {
    expect(
      candidateValues(
        'The Commerce Department added Xinrui Semiconductor, which supplies ASIC chips to rig makers, to the Entity List on Tuesday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Xinrui Semiconductor']);
  });
  it('reads ", as it …" as a clause of its own, whose examples are no parties to the measure before', () => {
    const found = slotRecords(
      events(
        'Zimbabwe will ban exports of unprocessed lithium ore from January, as it pushes miners such as Mbeya Lithium to build local refineries.',
      ),
    ).map((e) => e.type);
    expect(found).toEqual(['export_restriction']);
  });
  it('reads the total that measures sum to (", bringing the total levy on Chinese goods to 20%") as no measure of its own', () => {
    const found = slotRecords(
      events(
        'Trump also said China would be charged an additional 10% duty on that date, bringing the total levy on Chinese goods to 20%.',
      ),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['impose', 'US', 'CN', 10]]);
  });
  it('reads what someone says a government should do ("argued that Canada should impose duties") as a recommendation, no event', () => {
    expect(
      events(
        'An opinion column in the Globe argued that Canada should impose duties of at least 30% on U.S. steel.',
      ),
    ).toEqual([]);
  });
  it('reads a listing set off in brackets after a name ("X (on the Entity List since 2020)") as the name\'s, not its owner\'s', () => {
    const entities = candidateValues(
      "Calderon's main customer, Ostrava Microdevices (on the Entity List since 2020), has sought alternative sources.",
      'blacklisting',
      'entity',
    );
    expect([...new Set(entities)]).toEqual(['Ostrava Microdevices']);
  });
  it('reads a measure that a negated verb would turn ("will not lift its ban on nickel ore exports") as one in place', () => {
    const found = slotRecords(
      events(
        'Indonesia will not lift its ban on nickel ore exports, which took effect in January 2020, the minister said.',
      ),
    ).map((e) => [e.type, e.action, e.imposer]);
    expect(found).toEqual([['export_restriction', 'impose', 'ID']]);
    // A verb of the measure's own direction negated negates it.
    expect(events('Indonesia did not ban nickel ore exports.')).toEqual([]);
  });
  it('reads a change on a condition that others forecast ("Analysts said China could extend the curbs … if") as no event', () => {
    const found = slotRecords(
      events(
        'Japan tightened its chip export rules last month. Analysts said China could extend the curbs to rare earths if tensions escalate.',
      ),
    ).map((e) => e.imposer);
    expect(found).toEqual(['JP']);
  });
  it('reads the name a reporting verb opens with ("…," said Priya Castell) as the speaker, no party', () => {
    const entities = candidateValues(
      'Beijing added Skyforge Robotics to its unreliable entity list. "The list of metals is carefully targeted," said Priya Castell, an analyst at Hexmoor Capital.',
      'blacklisting',
      'entity',
    );
    expect(entities).toEqual(['Skyforge Robotics']);
  });
  it('reads barred exports ("has barred exports of advanced chips to China") as an export control', () => {
    const found = slotRecords(
      events('Washington has barred exports of advanced chips to China since October 2022.'),
    ).map((e) => [e.type, e.imposer, e.target]);
    expect(found).toEqual([['export_restriction', 'US', 'CN']]);
  });
  it('reads a count of kinds that points back ("exports of the two metals") as the goods named before', () => {
    const found = slotRecords(
      events(
        'China banned exports of gallium and germanium to the United States in December. Beijing first restricted exports of the two metals in August 2023.',
      ),
    ).map((e) => e.goods);
    expect(found).toEqual(['gallium and germanium', 'gallium and germanium']);
  });
  it('reads a suspended decision to add parties ("suspended its decision to add X and Y to the list") as their removal', () => {
    const found = slotRecords(
      events(
        'China added Talbridge Aviation to its unreliable entity list in January. It also suspended its decision to add Talbridge Aviation to the unreliable entity list.',
      ),
    ).map((e) => e.action);
    expect(found).toEqual(['add', 'remove']);
  });
  it('reads a member whose descriptor names its trade with a gerund ("gene sequencing firm X") as listed', () => {
    expect(
      candidateValues(
        'Beijing also put U.S. fashion group Stanwick Apparel and gene sequencing firm Norvance Genomics on its unreliable entity list.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Stanwick Apparel', 'Norvance Genomics']);
  });
  it('reads a pair referred back to ("postponed the tariffs on both countries") as the two countries named before', () => {
    const targets = candidatesOfType(
      'Trump imposed 25% tariffs on Canada and Mexico on February 1. He postponed the tariffs on both countries by a month.',
      'tariff',
    )
      .filter((c) => c.action === 'remove')
      .map((c) => c.slots.target);
    expect(targets.sort()).toEqual(['CA', 'MX']);
  });
  it('reads production a new plant replaced ("replaced its production in China") as no move there', () => {
    expect(
      candidateValues(
        'Its rival Nimbex, whose new plant in Vietnam replaced its production in China last year, reported higher margins.',
        'relocation',
        'to',
      ),
    ).toEqual(['VN']);
  });
  it('reads an adverb between a company and its verb ("Dravik also moved", "X already shifted") as no break in the subject', () => {
    expect(
      companies('Dravik Machines makes drills. Dravik also moved its headquarters to Riyadh from Stockholm.'),
    ).toEqual(['Dravik']);
    expect(
      companies(
        'Ostvald Stahl already shifted its rebar production from Germany to the United States in 2022.',
      ),
    ).toEqual(['Ostvald Stahl']);
  });
  it('reads a word of relation that opens the sentence ("Rival X and Y moved") as no part of the first name', () => {
    expect(
      companies(
        'Rival Cindral Hash and Peakvale Digital both moved their hashrate from Russia to Paraguay this spring.',
      ),
    ).toEqual(['Cindral Hash', 'Peakvale Digital']);
  });
  it('reads operations returned to a country ("returned its smelting operations to China from Malaysia") as a move', () => {
    const found = candidatesOfType(
      'Aluminium maker Qorvane Industries returned its smelting operations to China from Malaysia after costs rose.',
      'relocation',
    ).map((c) => [c.slots.company, c.slots.from, c.slots.to]);
    expect(found).toEqual([['Qorvane Industries', 'MY', 'CN']]);
  });
  it('reads "The removals include X and Y" after a removal as removing them, and "identified X as blocked property" as a listing', () => {
    const removed = slotRecords(
      events(
        'The Commerce Department removed 12 entities from the Entity List on Tuesday. The removals include Kavery Atomic Research Centre and Deccan Isotope Laboratories.',
      ),
    ).map((e) => [e.action, e.entity]);
    expect(removed.sort()).toEqual([
      ['remove', 'Deccan Isotope Laboratories'],
      ['remove', 'Kavery Atomic Research Centre'],
    ]);
    expect(
      candidateValues(
        'OFAC sanctioned three tankers. Treasury also identified the tanker Marisol Dawn as blocked property.',
        'blacklisting',
        'entity',
      ),
    ).toContain('Marisol Dawn');
  });
  it('reads a sentence\'s own subject as the authority before the article\'s other actor ("The United States sanctioned X in 2023")', () => {
    const found = slotRecords(
      events(
        'Britain sanctioned three Sudanese gold firms on Thursday. The United States sanctioned Red Dune Gold Mining in 2023.',
      ),
    ).map((e) => [e.authority, e.entity]);
    expect(found).toEqual([['US', 'Red Dune Gold Mining']]);
  });
  it('reads a speaker named after a reporting verb and a role ("said Hashcore\'s attorney, Robert Galloway") as no party', () => {
    const entities = candidateValues(
      'OFAC removed Hashcore Mining from the SDN list on Monday. "We are pleased that Treasury recognized the designation was wrong," said Hashcore\'s attorney, Robert Galloway of Kessler Grant LLP.',
      'blacklisting',
      'entity',
    );
    expect([...new Set(entities)]).toEqual(['Hashcore Mining']);
  });
  it('reads the country of a regime a government names as its own ("under its own Russia sanctions regime") as no authority', () => {
    const found = slotRecords(
      events('Britain on the same day designated Baltkam Metals under its own Russia sanctions regime.'),
    ).map((e) => e.authority);
    expect(found).toEqual(['GB']);
  });
  it('reads what a bill would do ("A bill introduced in the Senate would add X to the SDN List") as no listing', () => {
    expect(events('A bill introduced in the Senate would add Polar Rig Systems to the SDN List.')).toEqual(
      [],
    );
  });
  it('reads the name right after a verb that is its own anchor ("OFAC designated Hashcore in March") as the party', () => {
    const found = slotRecords(
      events(
        "Hashcore Mining runs rigs in Texas. OFAC designated Hashcore in March 2024, accusing it of helping Iran's central bank finance operations.",
      ),
    ).map((e) => e.entity);
    expect(found).toEqual(['Hashcore Mining']);
  });
  it('reads countries that receive letters setting a rate ("X and Y received letters setting a 36% tariff") as its targets', () => {
    expect(
      imposersAndTargets(
        'Trump sent letters to 14 countries on Monday. Cambodia and Thailand received letters setting a 36% tariff.',
        2,
      ),
    ).toEqual(
      expect.arrayContaining([
        ['US', 'KH'],
        ['US', 'TH'],
      ]),
    );
  });
  it('reads a party that agreed to a rate with a time between ("agreed on Sunday to a 15% tariff on its exports to the United States") as its target', () => {
    const found = slotRecords(
      events(
        'The European Union agreed on Sunday to a 15% tariff on most of its exports to the United States.',
      ),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['US', 'EU', 15]]);
  });
  it('reads tariffs a court struck down as removed', () => {
    const found = slotRecords(
      events("The Court of International Trade struck down Trump's reciprocal tariffs on Wednesday."),
    ).map((e) => [e.action, e.imposer]);
    expect(found).toEqual([['remove', 'US']]);
  });
  it('reads a tax on electricity, fuel or emissions ("a 15% tax on mining electricity") as no tariff', () => {
    expect(
      candidatesOfType('Kazakhstan imposed a 15% tax on mining electricity last year.', 'tariff'),
    ).toEqual([]);
    expect(
      candidatesOfType('Kazakhstan imposed a 15% tax on imported mining rigs last year.', 'tariff'),
    ).not.toEqual([]);
  });
  it('reads a speaker with "earlier" before the verb ("Trump had earlier said he would impose … if") as the actor who threatens', () => {
    const found = slotRecords(
      events(
        'Trump had earlier said he would impose tariffs of up to 200% on pharmaceuticals if drugmakers did not move production to the United States.',
      ),
    ).map((e) => [e.action, e.imposer]);
    expect(found).toEqual([['threaten', 'US']]);
  });
  it('reads a possessor further before its measure ("Trump\'s 25% steel and aluminum tariffs take effect") as the imposer', () => {
    const found = slotRecords(
      events(
        "Canada has said it would retaliate if the tariffs stand. Trump's 25% steel and aluminum tariffs take effect March 12.",
      ),
    ).map((e) => [e.imposer, e.rate_pct]);
    expect(found).toContainEqual(['US', 25]);
    expect(found).not.toContainEqual(['CA', 25]);
  });
  it('reads production kept where it is ("will keep production at its plant in Saltillo") as no move', () => {
    expect(
      companies(
        'Kestrel Motors will keep production at its plant in Saltillo, Mexico, unchanged, the company said.',
      ),
    ).toEqual([]);
  });
  it('reads "a move X sees as …" as an opinion of an action, no relocation', () => {
    expect(
      companies(
        'India cut its import duty on high-end motorcycles to 30% from 50% in its budget, a move Nomura sees as an olive branch to Trump.',
      ),
    ).toEqual([]);
  });
  it('reads what traders bet on ("traders bet that tariff relief might be on the way") as no event', () => {
    expect(
      events(
        'Washington imposed 50% tariffs on aluminium imports in June. The aluminium premium fell as traders bet that tariff relief for Canadian metal might be on the way.',
      ).filter((e) => e.type === 'tariff' && e.action === 'remove'),
    ).toEqual([]);
  });
  it('reads a word of relation capitalised first ("Competitor Cyberrig completed …") as no part of the name', () => {
    expect(
      companies('Competitor Cyberrig completed trial production at its new plant in Ohio in June.'),
    ).toEqual(['Cyberrig']);
  });
  it('reads a listing only weighed or talked of as none (the blacklisting type states no proposed listing)', () => {
    expect(
      events(
        'Oil prices rose modestly on Friday as traders weighed talk of tighter sanctions against the prospect of higher OPEC+ supply.',
      ),
    ).toEqual([]);
    expect(getEventTypes().find((t) => t.spec.type === 'blacklisting')?.spec.unstated_modalities).toEqual([
      'proposed',
    ]);
  });
  it('reads what analysts speculated ("analysts speculated that Beijing could take further steps, such as restricting exports") as no event', () => {
    const found = slotRecords(
      events(
        'China restricted gallium exports in 2023. Some analysts speculated that Beijing could take further steps, such as restricting exports of critical minerals to U.S. defence firms.',
      ),
    ).map((e) => e.goods);
    expect(found).toEqual(['gallium']);
  });
  it('reads "added X to its own list" as a listing by whoever keeps the list', () => {
    const found = slotRecords(
      events(
        "OFAC sanctioned Kravex on Monday. The UK's Office of Financial Sanctions Implementation added Kravex to its own list on Tuesday.",
      ),
    ).map((e) => [e.authority, e.entity]);
    expect(found).toContainEqual(['GB', 'Kravex']);
  });
  it('reads a comparative after an article ("with a lower 10% rate on Canadian energy") as no change of the measure', () => {
    const actions = candidatesOfType(
      'Trump had signed an order Saturday imposing 25% tariffs on imports from Canada, with a lower 10% rate on Canadian energy.',
      'tariff',
    ).map((c) => c.action);
    expect(actions).not.toContain('reduce');
  });
  it('reads measures a party expects more of ("said it expects more designations") as none stated', () => {
    expect(
      candidateValues(
        'OFAC sanctioned Kravex on Monday. Compliance firm Chainwatch said it expects more designations in the coming months.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Kravex']);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-seventh session)', () => {
  it('keeps a middle initial inside a person\'s name ("Douglas R. Whitcombe")', () => {
    expect(
      candidateValues(
        'The Treasury also designated retired Lieutenant General Carl E. Brannigan and Douglas R. Whitcombe on Tuesday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Carl E. Brannigan', 'Douglas R. Whitcombe']);
  });
  it('reads a ban others call on the government to impose or call for ("called on the Government to ban", "called for an outright ban") as no event', () => {
    expect(
      events(
        'Civil society groups in Lubumbashi, however, called on the Government to ban the export of copper concentrates.',
      ),
    ).toEqual([]);
    expect(
      events('The Minority in Parliament has called for an outright ban on the export of unrefined gold.'),
    ).toEqual([]);
  });
  it('reads "we" in a company\'s quote as the company the article is about', () => {
    expect(
      companies(
        'Oberlin Cathode Systems reported higher sales on Tuesday. "We completed the transfer of our cathode line from Ulsan to Poland in August," Chief Executive Matthias Kranebitter said.',
      ),
    ).toEqual(['Oberlin Cathode Systems']);
  });
  it('reads a rate a legal text sets or changes after the measure ("subject to a rate of 19 percent", "raises the rate applicable to goods of Switzerland") as the measure on those countries', () => {
    const found = slotRecords(
      events(
        'Washington imposed reciprocal tariffs on dozens of countries in April. Goods of Indonesia and the Philippines shall each be subject to a rate of 19 percent. The Order raises the rate applicable to goods of Switzerland from 31 percent to 39 percent.',
      ),
    ).map((e) => [e.action, e.target, e.rate_pct]);
    expect(found).toContainEqual(['impose', 'ID', 19]);
    expect(found).toContainEqual(['impose', 'PH', 19]);
    expect(found).toContainEqual(['raise', 'CH', 39]);
  });
  it('reads parties counted with where they are ("two entities in Singapore, X and Y,") as the names that follow', () => {
    expect(
      candidateValues(
        'BIS is adding two entities in Singapore, Meridale Trading and Corvane Logistics, to the Entity List.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Meridale Trading', 'Corvane Logistics']);
  });
  it('dates a statement by a bare weekday after its verb ("said Wednesday") and reads a correction\'s misstated figure as no event', () => {
    expect(
      extractEvents({
        text: 'Indonesia banned exports of nickel matte, the energy ministry said Wednesday.',
        published: '2025-06-01',
      }).map((e) => e.date),
    ).toEqual(['2025-05-28']);
    expect(
      events('Correction: An earlier post misstated the rate of the EU duties on U.S. steel as 20%.'),
    ).toEqual([]);
  });
  it('reads a quote closed between "retaliate" and "against" as the answer to a measure in place', () => {
    const found = candidatesOfType(
      'Chile "will not retaliate" against the U.S. copper tariff, its minister said.',
      'tariff',
    )
      .filter((c) => c.slots.imposer === 'US')
      .map((c) => c.modality);
    expect(found).toEqual(['asserted']);
  });
  it('reads defence makers\' names that end in a word of their trade ("Summit Ridge Ordnance") as names', () => {
    expect(
      candidateValues(
        'China added Summit Ridge Ordnance to its unreliable entity list.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Summit Ridge Ordnance']);
  });
  it('reads South Africa\'s trade department and trade commission by their short names ("dtic", "Itac") as acting for ZA', () => {
    const found = slotRecords(
      events(
        'US tariff bites. The Department of Trade, Industry and Competition (dtic) has banned the export of ferrous and non-ferrous scrap metal for six months. Separately, the International Trade Administration Commission of South Africa (Itac) approved an increase in the general customs duty on frozen chicken portions from 37% to 62%.',
      ),
    ).map((e) => [e.type, e.imposer]);
    expect(found).toEqual([
      ['export_restriction', 'ZA'],
      ['tariff', 'ZA'],
    ]);
  });
  it('reads a gapped second clause ("banned nickel ore exports in 2020 and bauxite in June 2023") as the same action on its goods at its date', () => {
    const found = extractEvents({
      text: 'Indonesia banned nickel ore exports in 2020 and bauxite in June 2023.',
      published: '2025-12-01',
    }).map((e) => [(e as unknown as Record<string, unknown>).goods, e.date]);
    expect(found).toEqual([
      ['nickel ore', '2020'],
      ['bauxite', '2023-06'],
    ]);
  });
  it('reads a spam or email blacklist as no sanctions list', () => {
    expect(
      candidatesOfType(
        'Northgate Media said on Monday that it is moving its offices to a larger space in Salford. Its email newsletter was briefly placed on a spam blacklist operated by an anti-spam service.',
        'blacklisting',
      ),
    ).toEqual([]);
  });
  it('reads timeline lines: a heading date set off by a dash, a company or a country in capitals that labels the line', () => {
    const found = extractEvents({
      text: 'April 2, 2025 — Washington imposes a 34% tariff on Chinese goods.\nBrightwater Minerals: Moved its headquarters from London to Toronto in 2019.\nINDONESIA: Banned nickel ore exports in 2020.',
      published: '2025-12-01',
    }).map((e) => {
      const { type, date } = e;
      const slots = e as unknown as Record<string, unknown>;
      return [type, slots.imposer ?? slots.company, date];
    });
    expect(found).toEqual([
      ['tariff', 'US', '2025-04-02'],
      ['relocation', 'Brightwater Minerals', '2019'],
      ['export_restriction', 'ID', '2020'],
    ]);
  });
  it('reads parties a package names, parties "also listed" and "Also targeted were X and Y" after a listing as listed', () => {
    const entities = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(
      entities(
        "Britain on Tuesday announced sanctions against 14 entities helping Russia's metals sector. The package also names Ural Platinum Refining JSC, a palladium processor.",
      ),
    ).toEqual(['Ural Platinum Refining']);
    expect(
      entities(
        'The Commerce Department added 11 Chinese graphite companies to the Entity List on Tuesday. Jiangxi Ruifeng Magnet Technology was also listed.',
      ),
    ).toEqual(['Jiangxi Ruifeng Magnet Technology']);
    expect(
      entities(
        'The Treasury sanctioned Kestrel Gold Refinery on Tuesday. Also targeted were two Chinese importers, Tengchong Heli Mineral Co and Yunnan Jinsha Resources Co.',
      ),
    ).toEqual(['Kestrel Gold Refinery', 'Tengchong Heli Mineral', 'Yunnan Jinsha Resources']);
  });
  it('reads an exemption told after the measure\'s sentence ("Graphite from Canada and Mexico … is exempted", "Canada and Mexico, partners in …, were exempted") as its removal for them', () => {
    const removals = (text: string) =>
      slotRecords(events(text))
        .filter((e) => e.action === 'remove')
        .map((e) => [e.imposer, e.target]);
    expect(
      removals(
        'The U.S. imposed a 25% tariff on processed graphite on Monday. The U.S. exempted graphite from Canada and Mexico.',
      ),
    ).toEqual([
      ['US', 'CA'],
      ['US', 'MX'],
    ]);
    expect(
      removals(
        'President Bush imposed tariffs of up to 30 percent on imported steel on Tuesday. Canada and Mexico, partners in the North American Free Trade Agreement, were exempted, as were most developing countries.',
      ),
    ).toEqual([
      ['US', 'CA'],
      ['US', 'MX'],
    ]);
    // Beside the measure's own word, the verb is that measure's action, no anchor of its own.
    expect(
      candidatesOfType(
        'Washington imposed a 50% tariff on semi-finished copper products on July 30 but exempted refined cathodes.',
        'tariff',
      ).length,
    ).toBeLessThanOrEqual(2);
  });
  it('reads a suspended listing as a removal and goods joined by "and" ("cathodes and scrap") as no action', () => {
    expect(
      slotRecords(
        events(
          'The Ministry of Commerce has also suspended the listing of Mossgrove Seed Company in the unreliable entity list for one year.',
        ),
      ).map((e) => [e.entity, e.action]),
    ).toEqual([['Mossgrove Seed Company', 'remove']]);
    expect(
      slotRecords(
        events('Indonesia imposed a temporary ban on the export of copper cathodes and scrap.'),
      ).map((e) => e.action),
    ).toEqual(['impose']);
  });
  it("reads restrictions imposed on a named party, countermeasures against one and Russia's stop list as listings", () => {
    const found = slotRecords(
      events(
        'The US Treasury imposed restrictions on the Russian mining company Severnaya Rudnaya Kompaniya on Friday. China has decided to take countermeasures against Ironvale Munitions Corporation, in accordance with the Anti-Foreign Sanctions Law. Russia added Trevor Ashdown to its stop list on Tuesday.',
      ),
    ).map((e) => [e.authority, e.entity, e.list]);
    expect(found).toEqual([
      ['US', 'Severnaya Rudnaya Kompaniya', null],
      ['CN', 'Ironvale Munitions', null],
      ['RU', 'Trevor Ashdown', 'Stop List'],
    ]);
    expect(
      candidatesOfType('The US imposed restrictions on exports of gallium to China in 2024.', 'blacklisting'),
    ).toEqual([]);
  });
  it('reads what a company notes or flags that a government could do ("risk factors mention that the EU could impose") as no threat', () => {
    const texts = [
      'In its risk factors, the company noted that China could restrict exports of sulfuric acid additives used in its Chilean plants.',
      "The group's risk factors mention that the EU could impose safeguard duties on Asian cathode material.",
      'Analysts flagged the risk that Canada could impose counter-tariffs on U.S.-made hydraulics.',
      'The Philippines, which debated an ore export ban earlier this year, has not decided.',
    ];
    for (const text of texts) expect(events(text), text).toEqual([]);
  });
  it('reads a report noun that opens a sentence ("Backlog stood at", "Revenue was") and an officer\'s name as no company', () => {
    const moved = (text: string) => slotRecords(events(text)).map((e) => e.company);
    expect(
      moved(
        'Ardent Cell Equipment reported higher quarterly revenue on Tuesday. Backlog stood at $1.9 billion at the end of the quarter. The company said it had begun moving assembly of its calendering machines from Suzhou, China, to Saltillo, Mexico.',
      ),
    ).toEqual(['Ardent Cell Equipment']);
    expect(
      moved(
        'Brightwater Zinc Ltd reported results. Revenue was A$1.31 billion, and zinc output was 210,000 tonnes. The company said it will move its metals trading operations from London to Geneva from January.',
      ),
    ).toEqual(['Brightwater Zinc']);
    expect(
      moved(
        'Pelican Nickel reported a loss. Chief Executive Adaeze Montclair said the company had moved its corporate headquarters from Vancouver to Singapore in July.',
      ),
    ).toEqual(['Pelican Nickel']);
  });
  it('reads what a company pledges to do to its trade, what sanctions did to trade and measures on suppliers as no export restriction', () => {
    const texts = [
      'China took Northfield Sensor Corp off the list after the company pledged to halt sales of drone components to the island.',
      'Oil exports fell as US sanctions have curbed oil sales.',
      'Huaqiang Lithium redomiciled from Shenzhen to Singapore, citing US restrictions on Chinese-owned suppliers of lithium.',
    ];
    for (const text of texts) expect(candidatesOfType(text, 'export_restriction'), text).toEqual([]);
  });
  it('reads a site the company has, adds beside its own, enlarges or keeps as no move there', () => {
    const text = [
      'Korvath Battery is building a second factory in Hefei, Anhui province.',
      'Calverin Power will invest $60 million to expand its existing battery-pack assembly line in San Antonio.',
      'Torvane Instruments is expanding the Suzhou plant by 30% to serve Chinese customers.',
      'Brindle Technology opened a factory in Penang last year but has kept its Dongguan plant running at full capacity.',
      "The new plant will supply European dealers that have until now been served from Zhelan's factory in Changsha.",
    ];
    for (const sentence of text) expect(events(sentence), sentence).toEqual([]);
  });
  it('reads the country of the customers a plant supplies ("supply customers in the United States and Canada") as no destination', () => {
    const found = slotRecords(
      events(
        'Sorvik Steel moved its rod mill from Ohio to Nuevo Leon. Sorvik said the Mexican plant would supply customers in the United States and Canada.',
      ),
    ).map((e) => e.to);
    expect(found).toEqual(['MX']);
  });
  it('reads a move in the agentless passive ("Production was moved from Shenzhen to Monterrey") as the article\'s company\'s', () => {
    const found = slotRecords(
      events(
        'Corvane Audio makes speakers for carmakers. Production was moved from Shenzhen to Monterrey, Mexico, last year, the company said.',
      ),
    ).map((e) => [e.company, e.from, e.to]);
    expect(found).toEqual([['Corvane Audio', 'CN', 'MX']]);
    // A possessor names whose the subject is: the passive is no one else's.
    expect(
      companies(
        "Corvane Audio makes speakers. Kestrel's plant in Ohio will be moved to Mexico, the company said.",
      ),
    ).not.toContain('Corvane Audio');
  });
  it('reads a move that reports gave and the company refuted, rejected or decided against as no event', () => {
    expect(
      companies(
        'Pelrose Devices will not move its smartphone assembly out of Henan, the company said, rejecting reports that it was preparing to relocate to India.',
      ),
    ).toEqual([]);
    expect(
      companies(
        'Taoran Metals was reported by local media to be moving its headquarters to Hong Kong, but the company said the report was inaccurate.',
      ),
    ).toEqual([]);
    expect(
      companies('HashVale considered moving part of its fleet to Ethiopia but decided against it.'),
    ).toEqual([]);
  });
  it('reads a measure that others urge the government to change ("urged New Delhi to raise the safeguard duty") as no event', () => {
    expect(events('Indian steelmakers urged New Delhi to raise the safeguard duty on steel to 25%.')).toEqual(
      [],
    );
  });
  it('reads Mexico\'s compensatory quotas as duties ("set definitive compensatory quotas of 45.5% on coated steel from China")', () => {
    const found = slotRecords(
      events('Mexico set definitive compensatory quotas of 45.5% on coated steel from China.'),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toEqual([['MX', 'CN', 45.5]]);
  });
  it('reads a site of its own named by its country ("evaluating options for its Chinese plant") as no move there', () => {
    expect(
      companies(
        'Lakeshore Anodes said it was "evaluating options" for its Chinese plant but had no plans to relocate.',
      ),
    ).toEqual([]);
  });
  it('reads a move only rumoured ("asked about rumours the company would shift its smelting to Morocco") as no event', () => {
    expect(
      companies(
        '"We are not moving anything anywhere," said Dana Whitlock, chief executive of Dunmore Copper, when asked about rumours the company would shift its smelting to Morocco.',
      ),
    ).toEqual([]);
  });
  it('reads dropping a measure that was only proposed ("dropped a proposed ban on nickel ore exports") as no event', () => {
    expect(
      events(
        'Philippine lawmakers last year dropped a proposed ban on nickel ore exports from the final version of a mining bill.',
      ),
    ).toEqual([]);
    expect(
      slotRecords(events('Indonesia scrapped its ban on bauxite exports in March.')).map((e) => e.action),
    ).toEqual(['remove']);
  });
  it('reads the name of an order ("under Executive Order 13871") as no listed entity', () => {
    expect(
      candidateValues(
        "The Treasury sanctioned Kestrel Gold Refinery on Tuesday. The designations were made under Executive Order 13871, which targets Iran's metals sector.",
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Kestrel Gold Refinery']);
  });
  it('reads outlawing exports, prohibiting shipments of goods and cutting off shipments as export restrictions', () => {
    const found = slotRecords(
      events(
        'Zimbabwe outlawed exports of raw lithium ore in December. Guinea prohibited shipments of bauxite last year. In 2010, China cut off rare earth shipments to Japan.',
      ),
    ).map((e) => [e.imposer, e.goods, e.action]);
    expect(found).toEqual([
      ['ZW', 'raw lithium ore', 'impose'],
      ['GN', 'bauxite', 'impose'],
      ['CN', 'rare earth', 'impose'],
    ]);
  });
  it('reads parties counted with where they are based by a hyphen ("two Malaysian-registered firms, X and Y,") as the names that follow', () => {
    expect(
      candidateValues(
        'The U.S. added two Malaysian-registered firms, Titiwangsa Silicon and Klang Valley Systems, to the Entity List.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Titiwangsa Silicon', 'Klang Valley Systems']);
  });
  it('reads a month set off before the subject ("In March, the …") as no organisation', () => {
    const analysis = analyseSentence(
      { text: 'In March, the U.S. added two Malaysian firms to the Entity List.', start: 0, end: 64 },
      0,
      { published: null },
    );
    expect(analysis.mentions.filter((m) => m.kind === 'organisation').map((m) => m.text)).toEqual([]);
  });
  it('reads a sentence that opens with "In May," as stated, not as a possibility', () => {
    const found = slotRecords(
      events('In May, China removed Ferrandt Drone Systems from its Unreliable Entity List.'),
    ).map((e) => [e.authority, e.entity, e.action]);
    expect(found).toEqual([['CN', 'Ferrandt Drone Systems', 'remove']]);
  });
  it('reads a country\'s rate after the measure ("Bangladesh\'s rate was set at 35%", "Indonesia\'s rate was lowered to 19%") as the measure on it', () => {
    const found = slotRecords(
      events(
        "The United States announced new tariffs on goods from a dozen Asian countries on Thursday. Bangladesh's rate was set at 35%. Indonesia's rate was lowered to 19% after a deal.",
      ),
    ).map((e) => [e.action, e.imposer, e.target, e.rate_pct]);
    expect(found).toContainEqual(['impose', 'US', 'BD', 35]);
    expect(found).toContainEqual(['reduce', 'US', 'ID', 19]);
  });
  it('reads no measure in rate nouns no country owns or with no measure before ("inflation rate", "Brazil\'s rate" alone)', () => {
    expect(
      candidatesOfType("Brazil's rate was raised to 15% by its central bank on Wednesday.", 'tariff'),
    ).toEqual([]);
    expect(
      candidatesOfType(
        "Washington levied tariffs on Brazilian steel in March. Brazil's inflation rate rose to 5% in April.",
        'tariff',
      ).map((c) => c.slots.rate_pct),
    ).not.toContain(5);
  });
  it('reads a country that agreed to a rate or on which one was imposed ("Japan agreed to a 15% rate on its cars", "imposed a 15% rate on Japanese cars")', () => {
    const found = slotRecords(
      events(
        'Washington imposed sweeping tariffs on its trading partners in April. Japan agreed to a 15% rate on its cars after weeks of talks. The U.S. will apply a 20% rate to Thai electronics from August.',
      ),
    ).map((e) => [e.imposer, e.target, e.rate_pct]);
    expect(found).toContainEqual(['US', 'JP', 15]);
    expect(found).toContainEqual(['US', 'TH', 20]);
  });
});

describe('read on mining and trade reports written for the purpose (thirty-eighth session)', () => {
  it('reads semicolons between the members of a list that ends at a named list ("added A; B; and C to the Entity List") as one list', () => {
    expect(
      candidateValues(
        'The Commerce Department added Qilin Ore Trading; Harbin Lantern Metals; and Tianbei Smelting Group to the Entity List.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Qilin Ore Trading', 'Harbin Lantern Metals', 'Tianbei Smelting Group']);
  });
  it('reads an office named without its country ("The Government", "The Ministry of Energy") as the country of the story\'s dateline', () => {
    const imposers = (text: string) => slotRecords(events(text)).map((e) => e.imposer);
    expect(
      imposers(
        'HARARE – The Government has banned the export of raw lithium ore with immediate effect, a minister said on Tuesday.',
      ),
    ).toEqual(['ZW']);
    expect(
      imposers(
        'JAKARTA, June 3 (Reuters) - The Ministry of Energy said on Tuesday it would halt exports of bauxite from next year.',
      ),
    ).toEqual(['ID']);
    expect(
      imposers(
        'RIO DE JANEIRO (Reuters) - The government will raise import tariffs on steel to 25% next month, the ministry said.',
      ),
    ).toEqual(['BR']);
  });
  it('reads a court that blocks, vacates or enjoins a tariff as its removal', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => [e.action, e.imposer, e.target]);
    expect(
      actions("A federal trade court on Wednesday blocked President Trump's tariffs on Chinese goods."),
    ).toContainEqual(['remove', 'US', 'CN']);
    expect(actions('A judge enjoined the 25% U.S. tariffs on Canadian aluminium on Friday.')).toContainEqual([
      'remove',
      'US',
      'CA',
    ]);
  });
  it('reads the U.S. trade courts named without their country ("The Court of International Trade") as the United States', () => {
    expect(
      slotRecords(
        events('The Court of International Trade on Wednesday struck down the tariffs on Chinese goods.'),
      ).map((e) => [e.action, e.imposer, e.target]),
    ).toEqual([['remove', 'US', 'CN']]);
  });
  it('reads a court that annuls or overturns sanctions or a listing ("annulled the listing of X") as the removal of X', () => {
    const listings = (text: string) => slotRecords(events(text)).map((e) => [e.action, e.entity]);
    expect(
      listings(
        "The EU General Court on Wednesday annulled the European Union's sanctions against metals investor Arkady Velminov.",
      ),
    ).toEqual([['remove', 'Arkady Velminov']]);
    expect(listings('The EU General Court annulled the listing of Andrei Gulev on Wednesday.')).toEqual([
      ['remove', 'Andrei Gulev'],
    ]);
  });
  it('reads a site word that describes a company ("Kazakh aluminium smelter operator X") as no move to that country', () => {
    expect(
      candidatesOfType(
        'Aluminium premiums rose after Russian smelter operator Yenisei Light Metals cut output by 5%.',
        'relocation',
      ),
    ).toEqual([]);
  });
  it('reads a step looked out for ("watching for any move by Beijing on export licences") as no measure', () => {
    expect(
      events(
        'Prices were flat at $55,000/t. Traders said they were watching for any move by Beijing on export licences.',
        'Rare earths wrap',
      ),
    ).toEqual([]);
  });
  it('reads a measure that takes away an amount or trade ("export controls removed about 30% of supply", "tariffs … have cut EU exports") as in place, not lifted', () => {
    const actions = slotRecords(
      events("China's antimony export controls removed about 30% of seaborne supply this year."),
    ).map((e) => e.action);
    expect(actions).toEqual(['impose']);
    expect(
      slotRecords(
        events(
          "Trump's 50% tariffs on steel and aluminium have cut EU exports to the United States by a third.",
        ),
      ).map((e) => e.action),
    ).toEqual(['impose']);
  });
  it('reads a bill passed or signed ("parliament passed a bill that bans …") as the measure decided, and one introduced as a proposal', () => {
    expect(
      slotRecords(
        events("Zimbabwe's parliament on Tuesday passed a bill that bans the export of raw lithium ore."),
      ).map((e) => [e.imposer, e.action]),
    ).toEqual([['ZW', 'impose']]);
    expect(
      slotRecords(events('The Philippine Senate approved a bill that bans exports of raw nickel ore.')).map(
        (e) => e.imposer,
      ),
    ).toEqual(['PH']);
    expect(
      events('Philippine lawmakers introduced a bill that would ban exports of raw nickel ore.'),
    ).toEqual([]);
  });
  it('reads a pronoun\'s contracted auxiliary ("We\'ve moved", "We\'re moving") as the auxiliary', () => {
    for (const quote of [
      '"We\'ve moved our headquarters to Abu Dhabi from Sydney," Chief Executive Dana Ferris said.',
      '"We’re moving our headquarters from Sydney to Abu Dhabi," Chief Executive Dana Ferris said.',
    ])
      expect(companies(`Marrowind Lithium reported higher sales. ${quote}`)).toEqual(['Marrowind Lithium']);
  });
  it('reads a speaker\'s label before words of their own ("Eriksen: We moved …") as a person, and "we" as the company', () => {
    expect(
      companies(
        "Nordvik Smelting's chief executive Lars Eriksen spoke to us this week.\nEriksen: We moved our smelting to Malaysia last year, and costs fell.",
      ),
    ).toEqual(['Nordvik Smelting']);
  });
  it('keeps a given name written in two hyphenated parts in a person\'s name ("Lee Jae-hoon", "Chen Wai-ming")', () => {
    expect(
      candidateValues(
        'The US Treasury sanctioned Lee Jae-hoon and Chen Wai-ming on Tuesday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Lee Jae-hoon', 'Chen Wai-ming']);
  });
  it('reads a member\'s support for a measure ("Germany supported EU-wide restrictions", "France backs EU tariffs") as no measure of its own', () => {
    expect(
      events('Germany said on Wednesday it supported EU-wide restrictions on exports of steel scrap.'),
    ).toEqual([]);
    expect(
      events('Spain supports imposing tariffs on Russian ferroalloys, the economy minister said.'),
    ).toEqual([]);
  });
  it('reads who backs the subject ("The EU, backed by Germany, imposed …") as no actor', () => {
    expect(
      slotRecords(
        events('The EU, backed by Germany, imposed tariffs of 25% on Russian ferroalloys on Monday.'),
      ).map((e) => e.imposer),
    ).toEqual(['EU']);
  });
  it('reads work at a site the company has (invested in, reopened, enlarged, added to, supplying) as no move', () => {
    for (const text of [
      'Tallis Copper said it would invest $200 million in its Kitwe smelter.',
      'Ridgeway Nickel said it would reopen its smelter in Sudbury, Ontario, next year.',
      'Fuji Membrane will add two production lines at its existing plant in Ohio.',
      'Koala Rare Earths will expand its cracking and leaching plant in Kuantan, Pahang.',
      "Samarin's mills supply armour plate to the Russian military, the Council said.",
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
    expect(
      companies('Corvel Rare Metals moved magnet production from Ningbo to its plant in Vietnam.'),
    ).toEqual(['Corvel Rare Metals']);
  });
  it('reads a range of rates ("ranging from 21.2% to 32.1%") at its high end', () => {
    expect(
      slotRecords(
        events(
          'The European Commission imposed anti-dumping duties ranging from 21.2% to 32.1% on aluminium extrusions from China.',
        ),
      ).map((e) => e.rate_pct),
    ).toEqual([32.1]);
  });
  it('reads plans dropped ("dropped plans for an export levy") and a measure only proposed ("had been proposed") as no measure', () => {
    expect(
      events(
        'South Africa dropped plans for an export levy on chrome ore. The levy had been proposed last year at 10%.',
      ),
    ).toEqual([]);
  });
  it('reads one party described before its name ("removed a Latvian shipping agent, X, from its list") as that party', () => {
    expect(
      candidateValues(
        'The European Union on Tuesday removed a Latvian shipping agent, Baltic Lines Logistics, from its sanctions list.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Baltic Lines Logistics']);
    expect(
      candidateValues(
        'The Commerce Department added a Chinese graphite maker, Qilu Graphite, to the Entity List.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Qilu Graphite']);
  });
  it('reads a duty extended or renewed ("has extended the anti-dumping duty", "an extension of the duty") as kept in place, not lifted', () => {
    expect(
      slotRecords(
        events('India has extended the anti-dumping duty on Chinese aluminium foil for five years.'),
      ).map((e) => [e.action, e.imposer, e.target]),
    ).toEqual([['impose', 'IN', 'CN']]);
    expect(
      candidatesOfType(
        'India notified an extension of the anti-dumping duty on graphite electrodes from China for five years.',
        'tariff',
      ).map((c) => c.action),
    ).not.toContain('remove');
  });
  it('reads a second party named by what it is to the first ("and his company X", "and its director general Y", "alongside its owner Z") as listed too', () => {
    const entities = (text: string) => candidateValues(text, 'blacklisting', 'entity');
    expect(
      entities('The US Treasury sanctioned Lee Jae-hoon and his company Haeseong Marine on Tuesday.'),
    ).toEqual(['Lee Jae-hoon', 'Haeseong Marine']);
    expect(
      entities(
        'The EU imposed sanctions on Russian steel magnate Viktor Samarin and his holding company Samarin Steel Group.',
      ),
    ).toEqual(['Viktor Samarin', 'Samarin Steel Group']);
    expect(
      entities(
        'The EU added Belarusian steelmaker Zhlobin Metallurgical Works and its director general Anatoly Kravets to its sanctions list.',
      ),
    ).toEqual(['Zhlobin Metallurgical Works', 'Anatoly Kravets']);
    expect(
      entities('The EU sanctioned Ural Zinc Works alongside its owner Timur Zakirov on Friday.'),
    ).toEqual(['Ural Zinc Works', 'Timur Zakirov']);
  });
  it('reads a measure not yet taken, refrained from, declined, escaped or stopped short of as no event', () => {
    for (const text of [
      'Indonesia has yet to impose the export curbs on nickel matte, officials said.',
      'South Korea refrained from imposing anti-dumping duties on Chinese steel plate on Tuesday.',
      'Brazil declined to impose a retaliatory tariff on U.S. ethanol on Monday.',
      'Shenzhen Quorvia Technology escaped being added to the Entity List on Tuesday, the Commerce Department said.',
      'China stopped short of banning exports of rare earth magnets on Monday.',
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads an export ban that expires or lapses as lifted', () => {
    expect(
      slotRecords(events("Guinea's ban on bauxite exports expired on Sunday, the mines ministry said.")).map(
        (e) => e.action,
      ),
    ).toContain('remove');
  });
  it('reads a vessel\'s name whose words are a place or a name of their own ("the tanker Sea Falcon") whole', () => {
    expect(
      candidateValues('Britain sanctioned the tanker Sea Falcon on Friday.', 'blacklisting', 'entity'),
    ).toEqual(['Sea Falcon']);
    expect(
      candidateValues(
        'The US Treasury sanctioned the bulk carriers Ocean Harmony, Ice Falcon and Pacific Dawn on Friday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Ocean Harmony', 'Ice Falcon', 'Pacific Dawn']);
  });
  it('reads battery-material words as a company\'s ("Lumen Cathode", "Kyra Anode", "Orbit Magnet")', () => {
    expect(
      companies('Lumen Cathode opened a factory in Tangier, Morocco, moving production from China.'),
    ).toEqual(['Lumen Cathode']);
    expect(
      companies('Kyra Anode has relocated its anode coating line from Shenzhen to Batam, Indonesia.'),
    ).toEqual(['Kyra Anode']);
  });
  it('reads a site placed with "at" ("to a plant at Haiphong, Vietnam") as the destination', () => {
    expect(
      candidateValues(
        'Corbin Magnet moved magnet production from Ningbo to a plant at Haiphong, Vietnam.',
        'relocation',
        'to',
      ),
    ).toEqual(['VN']);
  });
  it('reads a site goods are delivered to, or a placed site that is the subject of its output, as no move', () => {
    for (const text of [
      "Deliveries to Norvik's plants in Sweden will start in 2026.",
      "The lithium will be shipped to Norvik's factory in Skelleftea, Sweden.",
      "Dalby Cathode's plant in Poland supplied 20% of its revenue last year.",
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
  });
  it('reads a new site in the country the company is said to be based in as no move ("Nanjing-based X … a plant in Anhui")', () => {
    expect(
      candidatesOfType(
        'Nanjing-based Qilin Cathode will open a new cathode plant in Anhui next year.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Wexford Magnet, based in Texas, will open a new magnet plant in Texas next year.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidateValues(
        'Nanjing-based Qilin Cathode will open a new cathode plant in Hungary next year.',
        'relocation',
        'to',
      ),
    ).toEqual(['HU']);
  });
  it('reads each government of a coordinated subject ("Britain and Canada jointly sanctioned X") as listing the party', () => {
    expect(
      slotRecords(
        events('Britain and Canada on Thursday jointly sanctioned Atomredmet Trading, a uranium trader.'),
      )
        .map((e) => e.authority)
        .sort(),
    ).toEqual(['CA', 'GB']);
    expect(
      slotRecords(
        events(
          'The European Union and Britain on Wednesday sanctioned Golden Bridge Logistics, a Dubai shipper.',
        ),
      )
        .map((e) => e.authority)
        .sort(),
    ).toEqual(['EU', 'GB']);
  });
  it("reads a list of asset-freeze targets and Switzerland's SECO as a sanctions list and its keeper, not as parties", () => {
    expect(
      candidateValues(
        "Japan's Ministry of Finance added Pavel Kuzmin and Lena Gold Mining to its list of asset freeze targets.",
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Pavel Kuzmin', 'Lena Gold Mining']);
    expect(
      slotRecords(
        events(
          'SECO added Krasnoyarsk Silicon and its owner Dmitri Vasin to the list of sanctioned persons.',
        ),
      )
        .map((e) => `${e.authority} ${e.entity}`)
        .sort(),
    ).toEqual(['CH Dmitri Vasin', 'CH Krasnoyarsk Silicon']);
  });
  it('reads the parties counted in one sentence and named in the next ("They are X, Y and Z") as listed', () => {
    expect(
      candidateValues(
        'The Treasury on Tuesday added three Chinese firms to the Entity List. They are Qilin Ore Trading, Harbin Lantern Metals and Tianbei Smelting Group.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Qilin Ore Trading', 'Harbin Lantern Metals', 'Tianbei Smelting Group']);
    expect(
      candidateValues(
        'Australia imposed sanctions on three individuals on Monday. They are Kim Chol Su, Ri Myong Ho and Pak Song Il.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Kim Chol Su', 'Ri Myong Ho', 'Pak Song Il']);
  });
  it('reads a party that applies to be removed from a list as asking, not removed', () => {
    const actions = slotRecords(
      events(
        "Sea Eagle Navigation, sanctioned by Canada last year, has applied to be removed from Canada's sanctions list.",
      ),
    ).map((e) => e.action);
    expect(actions).not.toContain('remove');
  });
  it('reads a person described by a job before the name ("former nickel executive X") as the party', () => {
    expect(
      candidateValues(
        'Britain has removed former nickel executive Dmitry Rusakov from its sanctions list on Monday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['Dmitry Rusakov']);
  });
  it('reads the legal forms of Indonesian, Turkish and Brazilian companies ("PT X", "X A.Ş.", "X Ltda.") as company marks', () => {
    expect(
      candidateValues(
        'The Commerce Department added PT Obi Nikel Sejahtera to the Entity List on Tuesday.',
        'blacklisting',
        'entity',
      ),
    ).toEqual(['PT Obi Nikel Sejahtera']);
    expect(
      companies('Kutahya Gumus Madencilik A.Ş. will move its silver refining from Turkey to Egypt.'),
    ).toEqual(['Kutahya Gumus Madencilik']);
    expect(companies('Anadolu Demir Celik A.S. plans to move its smelting from Turkey to Egypt.')).toEqual([
      'Anadolu Demir Celik',
    ]);
  });
  it('reads a rate "for the EU" in a list of rates as the bloc\'s', () => {
    expect(
      slotRecords(
        events('Washington imposed tariffs of 25% for Mexico, 20% for the EU and 10% for Britain.'),
      ).map((e) => `${e.target} ${e.rate_pct}`),
    ).toEqual(['MX 25', 'EU 20', 'GB 10']);
  });
  it('reads the subject of "with X facing" a measure as its target', () => {
    expect(
      candidatesOfType(
        'The United States set new tariffs on Monday, with Vietnam facing a 46% levy.',
        'tariff',
      )
        .filter((c) => c.slots.rate_pct === 46)
        .map((c) => c.slots.target),
    ).toEqual(['VN']);
  });
  it('reads a measure only expected ("is expected to impose", "was expected to announce … add") as a forecast, no event', () => {
    for (const text of [
      'Canada is expected to impose a 25% tariff on Chinese steel next week, officials said.',
      'The U.S. Commerce Department was expected to announce on Thursday that it would add Shenzhen Quorvia Technology to the Entity List.',
    ])
      expect(events(text)).toEqual([]);
    expect(
      slotRecords(events("Canada's new tariffs on Chinese steel are expected to take effect on Monday.")).map(
        (e) => e.imposer,
      ),
    ).toEqual(['CA']);
  });
  it('reads a ban its government refuses to lift as standing, and a lifting others call for and it rejects as none', () => {
    expect(
      slotRecords(
        events(
          'China refused to lift its ban on gallium and germanium exports to the United States on Monday.',
        ),
      ).map((e) => e.action),
    ).toEqual(['impose']);
    expect(
      slotRecords(events('Indonesia rejected calls from Japan to lift its ban on nickel ore exports.')).map(
        (e) => e.action,
      ),
    ).not.toContain('remove');
  });
  it('reads a surname that is also a town\'s name, after a title ("Mines Minister Tendai Moyo"), as no place', () => {
    const found = events(
      'The Government has banned the export of raw lithium ore with immediate effect, Mines Minister Tendai Moyo said on Tuesday.',
    );
    expect(slotRecords(found).map((e) => e.imposer)).not.toContain('UG');
  });
});

describe('read on mining and trade reports written for the purpose (thirty-ninth session)', () => {
  it('reads a second party joined by "along with" or "together with" as listed too', () => {
    for (const text of [
      'The U.S. Treasury on Tuesday sanctioned Marlowe Shipping along with its owner Petra Vasquez.',
      'The U.S. Treasury on Tuesday sanctioned Marlowe Shipping together with Quenby Freight.',
    ])
      expect(slotRecords(events(text)).map((e) => e.entity)).toHaveLength(2);
    expect(
      slotRecords(events('The US imposed 25% tariffs on Canada, with Mexico facing 30% duties.')).map(
        (e) => `${e.target} ${e.rate_pct}`,
      ),
    ).toContain('MX 30');
  });
  it('reads a party "no longer subject to" sanctions or "no longer on" a list as removed', () => {
    for (const text of [
      'Korvath Minerals is no longer subject to UK sanctions, the Foreign Office said on Monday.',
      'Korvath Minerals is no longer on the Entity List after a review, the Commerce Department said.',
    ])
      expect(slotRecords(events(text)).map((e) => e.action)).toEqual(['remove']);
  });
  it('reads the day a relative clause after the measure says it takes effect as its effective date', () => {
    const found = articleCandidates({
      text: 'Zambia announced a 15% duty on imported copper cathodes on May 20, which will take effect on July 1.',
      published: '2025-06-01',
    });
    expect(found.map((c) => `${c.slots.effective_date} ${c.date}`)).toEqual(['2025-07-01 2025-05-20']);
  });
  it('reads a party added to a numbered schedule or annex of a sanctions regulation as listed', () => {
    for (const [text, authority] of [
      ['Canada added Rellon Metals to Schedule 1 of its Russia regulations.', 'CA'],
      ['The EU listed Marlowe Shipping in Annex I of the regulation on Friday.', 'EU'],
      ['Switzerland added Delmar Tungsten to Annex 8 of its Ukraine ordinance.', 'CH'],
    ] as const)
      expect(slotRecords(events(text)).map((e) => `${e.authority} ${e.action}`)).toEqual([
        `${authority} add`,
      ]);
    expect(events('Korvath Minerals will file the papers under Schedule 3 of the Companies Act.')).toEqual(
      [],
    );
  });
  it('reads "paused it", "cut it", "lifted it" after a tariff as a second action on that tariff, dated by its own date', () => {
    const found = extractEvents({
      text: 'The United States raised its tariff on Chinese imports to 145% in April and then cut it to 30% in May.',
      published: '2025-06-01',
    });
    expect(slotRecords(found).map((e, k) => `${e.action} ${e.rate_pct} ${found[k]?.date}`)).toEqual([
      'raise 145 2025-04',
      'reduce 30 2025-05',
    ]);
    for (const text of [
      'Trump imposed a 50% duty on European Union cheese on Friday and paused it on Sunday.',
      'Canada imposed a 25% surtax on U.S. steel in March. Ottawa lifted it in June.',
    ])
      expect(slotRecords(events(text)).map((e) => e.action)).toEqual(['impose', 'remove']);
  });
  it('reads a dateline in capitals of two words ("HONG KONG -") as no name, and a news agency that reports as no party', () => {
    expect(
      slotRecords(
        events(
          'HONG KONG - Korvath Minerals said on Tuesday it regrets the U.S. decision to add it to the Entity List.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Korvath Minerals']);
    for (const text of [
      'China has banned exports of graphite to the United States, the official Xinhua news agency reported.',
      'Russia banned exports of enriched uranium to the United States, the state-run TASS news agency reported.',
    ])
      expect(slotRecords(events(text)).map((e) => e.type)).toEqual(['export_restriction']);
  });
  it('reads a plain adjective that opens the sentence right before a name ("Blue Cedar Hash") as the name\'s first word', () => {
    expect(companies('Blue Cedar Hash moved its mining operations from Kazakhstan to Paraguay.')).toEqual([
      'Blue Cedar Hash',
    ]);
    expect(companies('Red Cedar Computing moved its headquarters from Canada to Singapore.')).toEqual([
      'Red Cedar Computing',
    ]);
    expect(
      companies('Struggling Cedar Hash moved its mining operations from Kazakhstan to Paraguay.'),
    ).toEqual(['Cedar Hash']);
  });
  it('reads a family name\'s lower-case particles ("de la", "do", "dos", "van der") as part of a person\'s name', () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => e.entity);
    expect(entities('The U.S. Treasury sanctioned Juan de la Vega on Thursday.')).toEqual([
      'Juan de la Vega',
    ]);
    expect(entities('The U.S. Treasury sanctioned Ana do Carmo and Maria dos Santos on Thursday.')).toEqual([
      'Ana do Carmo',
      'Maria dos Santos',
    ]);
    expect(entities('The U.S. Treasury sanctioned Pieter van der Berg, a broker, on Thursday.')).toEqual([
      'Pieter van der Berg',
    ]);
  });
  it('reads a report or talk judged after it ("proved unfounded", "fake news", "pure fiction", "no truth to") as no event', () => {
    for (const text of [
      'Reports that China would ban antimony exports proved unfounded.',
      'The commerce ministry said there was no truth to reports that China would ban antimony exports to Japan.',
      'The minister called a newspaper report that Ottawa would impose a 20% levy on Chinese steel "fake news."',
      'Talk that Halden Graphite would move its manufacturing from Sweden to China was pure fiction, its chief said.',
      'The EU rejected suggestions that it planned to impose duties on Norwegian ferrosilicon.',
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads datelines of places filed from together ("SAO PAULO/SANTIAGO -"), with their country ("ULAANBAATAR, Mongolia -") or opening with a small word ("LA PAZ -")', () => {
    for (const dateline of ['SAO PAULO/SANTIAGO -', 'ULAANBAATAR, Mongolia -'])
      expect(
        slotRecords(
          events(
            `${dateline} Zenfold Metals said the U.S. Commerce Department had added it to the Entity List.`,
          ),
        ).map((e) => e.entity),
      ).toEqual(['Zenfold Metals']);
    for (const [dateline, country] of [
      ['KINSHASA/LUBUMBASHI -', 'CD'],
      ['LA PAZ -', 'BO'],
    ])
      expect(
        slotRecords(
          events(`${dateline} The Ministry of Mines said it would ban exports of unprocessed manganese ore.`),
        ).map((e) => e.imposer),
      ).toEqual([country]);
  });
  it('reads a decision to impose reversed as a removal, and a designation rescinded as a delisting', () => {
    expect(
      slotRecords(events('India reversed its decision to impose a 12% duty on Chinese steel.')).map(
        (e) => e.action,
      ),
    ).toContain('remove');
    expect(
      slotRecords(events('The Treasury rescinded the designation of Orlov Ore on Friday.')).map(
        (e) => e.action,
      ),
    ).toEqual(['remove']);
  });
  it('reads a company after the verb of a clause the ban opens ("ban on jade exports hurt X"), or set off before its own verb, as no party', () => {
    for (const text of [
      "Myanmar's 2019 ban on jade exports hurt Korvath Minerals.",
      'After Kazakhstan barred exports of mining rigs, Verran Hashworks moved its fleet to Paraguay.',
    ])
      expect(slotRecords(events(text)).map((e) => e.type)).not.toContain('blacklisting');
    expect(
      slotRecords(events('China banned exports of gallium to Korvath Minerals on Tuesday.')).map(
        (e) => e.entity,
      ),
    ).toContain('Korvath Minerals');
  });
  it('reads the goods after a second measure noun ("and export controls on tungsten") as that measure\'s, not the tariff\'s', () => {
    const found = slotRecords(
      events('China imposed 15% tariffs on US coal and LNG and export controls on tungsten.'),
    );
    expect(found.filter((e) => e.type === 'tariff').map((e) => e.goods)).toEqual(['coal and LNG']);
  });
  it('reads a second predicate after "and" ("and removed Y from the list", "and Commerce added Y to the Unverified List", "and delisted Y") with its own verb', () => {
    const read = (text: string) =>
      slotRecords(events(text))
        .map((e) => `${e.action} ${e.entity} ${e.list}`)
        .sort();
    expect(
      read(
        'The Treasury added Parsa Ore Shipping to the SDN List and removed Tabriz Ferro Alloys from the list.',
      ),
    ).toEqual(['add Parsa Ore Shipping SDN List', 'remove Tabriz Ferro Alloys SDN List']);
    expect(
      read(
        'The Treasury added Parsa Ore Shipping to the SDN List and Commerce added Tabriz Ferro Alloys to the Unverified List.',
      ),
    ).toEqual(['add Parsa Ore Shipping SDN List', 'add Tabriz Ferro Alloys Unverified List']);
    expect(
      read('The Treasury added Parsa Ore Shipping to the SDN List and delisted Tabriz Ferro Alloys.').map(
        (r) => r.split(' ').slice(0, 2).join(' '),
      ),
    ).toEqual(['add Parsa', 'remove Tabriz']);
  });
  it('reads an export ban postponed or delayed as paused, and a verb before a subordinate clause with its own subject as no action on its measure', () => {
    for (const text of [
      'Indonesia has postponed a ban on copper concentrate exports by six months.',
      'Indonesia delayed its bauxite export ban until December.',
    ])
      expect(slotRecords(events(text)).map((e) => e.action)).toContain('remove');
    for (const text of [
      'Shipments were delayed after Indonesia banned bauxite exports in June.',
      'Shipments were delayed after the United States imposed tariffs on Chinese steel in June.',
    ])
      expect(slotRecords(events(text)).map((e) => e.action)).toEqual(['impose']);
  });
  it('reads the parties on the lines after "sanctioned the following companies:" or "added three companies …:" as listed', () => {
    expect(
      slotRecords(
        events(
          'The US Treasury on Tuesday sanctioned the following companies:\n- Korvath Trading LLC\n- Baltrim Metals Ltd\n- Ostrava Ore Partners',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Korvath Trading', 'Baltrim Metals', 'Ostrava Ore Partners']);
    expect(
      slotRecords(
        events(
          'The U.S. added three companies to the Entity List on Wednesday:\nHalvern Drilling Co\nSuntrak Mineral Machinery\nQiyuan Heavy Industries',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Halvern Drilling', 'Suntrak Mineral Machinery', 'Qiyuan Heavy Industries']);
  });
  it('reads a country after ", and" with a verb of its own ("to China, and South Korea restricted …") as the next clause\'s subject, no member of the list', () => {
    const found = slotRecords(
      events(
        'Japan restricted exports of photoresists to China, and South Korea restricted exports of graphite to China.',
      ),
    );
    expect(found.map((e) => `${e.imposer} ${e.target} ${e.goods}`)).toContain('KR CN graphite');
    expect(found.map((e) => e.target)).not.toContain('KR');
  });
  it('reads a dumping margin set on goods as an anti-dumping duty', () => {
    expect(
      slotRecords(
        events(
          'The Commerce Department issued an affirmative final determination on aluminum extrusions from Vietnam, setting a dumping margin of 41.8%.',
        ),
      ).map((e) => `${e.imposer} ${e.target} ${e.rate_pct}`),
    ).toEqual(['US VN 41.8']);
    expect(events('Profit margins at Korvath Steel shrank as dumping by rivals hurt prices.')).toEqual([]);
  });
  it('reads names that a known company\'s name ends or begins ("Tundra Block Inc", "Vale Verde Mineracao"), and names with "Hash", "Bitcoin … Ltd", "and Sons", whole', () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => e.entity);
    expect(entities('The U.S. added Tundra Block Inc to the Entity List.')).toEqual(['Tundra Block']);
    expect(entities('The U.S. added Quarry Hash to the Entity List.')).toEqual(['Quarry Hash']);
    expect(entities('Britain sanctioned Kestrel Bitcoin Ltd on Monday.')).toEqual(['Kestrel Bitcoin']);
    expect(entities('The U.S. Treasury designated Dunmore and Sons on Monday.')).toEqual([
      'Dunmore and Sons',
    ]);
    expect(
      companies('Vale Verde Mineracao said it will move its nickel refining from Brazil to Canada.'),
    ).toEqual(['Vale Verde Mineracao']);
  });
  it('reads mining regions the subdivision data names otherwise ("Lualaba", "East Kalimantan", "Saxony", "Mindanao"), "the Emirates" and names with a curly apostrophe ("Côte d’Ivoire")', () => {
    const moves = (text: string) => slotRecords(events(text)).map((e) => `${e.from}>${e.to}`);
    expect(moves('Ulmek Refining moved its cobalt refining from Finland to Lualaba province.')).toEqual([
      'FI>CD',
    ]);
    expect(moves('Korvath Minerals moved its nickel processing from Japan to East Kalimantan.')).toEqual([
      'JP>ID',
    ]);
    expect(moves('Delmar Tungsten shifted its smelting operations from Saxony to Mindanao.')).toEqual([
      'DE>PH',
    ]);
    expect(moves('Quintar Resources moved its headquarters from Switzerland to the Emirates.')).toEqual([
      'CH>AE',
    ]);
    expect(
      slotRecords(events('The EU imposed a 6% tariff on manganese alloys from Côte d’Ivoire.')).map(
        (e) => e.target,
      ),
    ).toEqual(['CI']);
  });
  it('reads an aside set off by a pair of dashes as interrupting the clause, which goes on after it', () => {
    expect(
      slotRecords(
        events(
          'Brantley Resources said it would move its smelting operations — some 1,200 jobs — from Chile to Peru by next year.',
        ),
      ).map((e) => `${e.company} ${e.from}>${e.to}`),
    ).toEqual(['Brantley Resources CL>PE']);
    expect(
      slotRecords(
        events(
          'The U.S. Commerce Department added Korvath Minerals — a unit of Delmar Group — to the Entity List.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Korvath Minerals']);
    expect(
      slotRecords(events('Canada imposed a 25% tariff – up from 10% – on nickel from Russia.')).map(
        (e) => `${e.goods} ${e.target} ${e.rate_pct}`,
      ),
    ).toEqual(['nickel RU 25']);
  });
  it('reads a measure only feared, risked or in prospect, named indefinitely ("fears of a 25% tariff"), as no event', () => {
    for (const text of [
      'The prospect of an export ban on lithium by Zimbabwe weighed on shares.',
      'Fears of a 25% U.S. tariff on Canadian nickel hit miners on Monday.',
      "Any removal of Korvath Minerals from China's unreliable entity list would require approval.",
    ])
      expect(events(text)).toEqual([]);
    expect(
      slotRecords(
        events('Shares fell on fears over the 25% U.S. tariff on Canadian steel imposed in March.'),
      ).map((e) => e.target),
    ).toEqual(['CA']);
  });
  it('reads the withdrawal, repeal or rollback of a ban or tariff as its removal', () => {
    for (const text of [
      "The withdrawal of Zimbabwe's export ban on lithium concentrate took effect on Monday.",
      "The repeal of Zimbabwe's export ban on lithium concentrate took effect on Monday.",
      'The rollback of U.S. tariffs on Canadian steel lifted shares.',
    ])
      expect(slotRecords(events(text)).map((e) => e.action)).toContain('remove');
  });
  it('reads "Georgia" as the country in an article that names it otherwise ("Tbilisi", "Georgian"), and as the US state elsewhere', () => {
    expect(
      slotRecords(events('Georgia banned exports of manganese ore, the government in Tbilisi said.')).map(
        (e) => e.imposer,
      ),
    ).toEqual(['GE']);
    expect(
      slotRecords(events('Korvath Minerals moved its battery plant from Ontario to Georgia.')).map(
        (e) => e.to,
      ),
    ).toEqual(['US']);
  });
  it('reads a party listed under a named sanctions law ("Special Economic Measures", "Magnitsky") as sanctioned', () => {
    expect(
      slotRecords(
        events('Canada listed Rellon Metals under its Special Economic Measures regulations on Friday.'),
      ).map((e) => `${e.authority} ${e.entity}`),
    ).toEqual(['CA Rellon Metals']);
    expect(events('The Special Economic Measures Act was passed in 1992, Korvath Minerals noted.')).toEqual(
      [],
    );
  });
  it('reads a measure named again in apposition ("a 12% tariff (a so-called safeguard duty) on steel") as one measure', () => {
    for (const text of [
      'India on Friday imposed a 12% tariff (a so-called safeguard duty) on steel imports from China.',
      'India on Friday imposed a 12% tariff, a so-called safeguard duty, on steel imports from China.',
    ])
      expect(slotRecords(events(text)).map((e) => `${e.target} ${e.rate_pct}`)).toEqual(['CN 12']);
  });
  it('reads "end" before a noun it qualifies ("to Russian end users") as no ending of the ban', () => {
    expect(
      slotRecords(events('The U.S. banned chip exports to Russian end users on Monday.')).map(
        (e) => e.action,
      ),
    ).toEqual(['impose']);
  });
  it('reads where exports are "bound for" or "destined for" as the export control\'s target', () => {
    expect(
      slotRecords(events('China banned antimony exports bound for Japan on Monday.')).map((e) => e.target),
    ).toEqual(['JP']);
    expect(
      slotRecords(events('Russia banned exports of titanium destined for the U.S. on Monday.')).map(
        (e) => e.target,
      ),
    ).toEqual(['US']);
  });
  it('reads "scrap" before the goods it names ("exports of scrap aluminium") as no removal', () => {
    expect(
      slotRecords(events('China banned exports of scrap aluminium to Russia on Monday.')).map(
        (e) => e.action,
      ),
    ).toEqual(['impose']);
  });
  it('reads a known company\'s name after an office and a given name ("Premier Doug Ford") as a person\'s surname', () => {
    expect(
      slotRecords(events('Ontario Premier Doug Ford imposed a 25% levy on U.S. steel on Monday.')).map(
        (e) => `${e.imposer} ${e.target} ${e.rate_pct}`,
      ),
    ).toEqual(['CA US 25']);
    expect(companies('Ford moved its battery production from Mexico to Kentucky.')).toEqual(['Ford']);
  });
  it('reads a site "outside" a city as in that city\'s country', () => {
    expect(
      slotRecords(
        events('Castellan Hash moved its mining operations from Sichuan to a site outside Addis Ababa.'),
      ).map((e) => `${e.from}>${e.to}`),
    ).toEqual(['CN>ET']);
  });
  it('reads a miner shipping its rigs or ASICs to another country as moving its mining there, and shipments to customers as none', () => {
    expect(
      slotRecords(events('Delmar Hash shipped 5,000 ASICs from China to Texas.')).map(
        (e) => `${e.company} ${e.from}>${e.to} ${e.scope}`,
      ),
    ).toEqual(['Delmar Hash CN>US mining']);
    expect(events('Bitmain shipped 20,000 machines to customers in the United States in May.')).toEqual([]);
  });
  it('reads a country that "is exempt" or "remains exempt" from a measure as spared, not as its imposer', () => {
    expect(
      slotRecords(events('Canada is exempt from the U.S. steel tariffs.')).map(
        (e) => `${e.action} ${e.imposer} ${e.target}`,
      ),
    ).toEqual(['remove US CA']);
  });
  it('reads a descriptor or "Shares of" right after a dateline ("LONDON - Miner X said") as no part of the name', () => {
    expect(
      companies(
        'LONDON - Miner Korvath Minerals said on Tuesday it would move its headquarters from Britain to Canada.',
      ),
    ).toEqual(['Korvath Minerals']);
    expect(
      slotRecords(
        events(
          'LONDON - Shares of Korvath Minerals fell after the U.S. added the company to the Entity List.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Korvath Minerals']);
  });
  it('reads a country spared by a verb coordinated after the tariff ("and exempted Canada") as exempted from it', () => {
    expect(
      slotRecords(
        events('The United States imposed a 25% tariff on aluminum on Monday and exempted Canada.'),
      ).map((e) => `${e.action} ${e.target}`),
    ).toEqual(['impose null', 'remove CA']);
  });
  it('reads a country left out of a measure ("except for those from Australia") as no target of it', () => {
    expect(
      slotRecords(
        events(
          'The United States set a 25% levy on all imported steel on Monday, except for those from Australia.',
        ),
      ).map((e) => e.target),
    ).not.toContain('AU');
    expect(companies('Korvath moved all its plants except one to Vietnam.')).toEqual(['Korvath']);
  });
  it('reads a list its actor calls its own past the words of its kind ("its strategic high-tech commodities entity list"), and a junta as its country\'s government', () => {
    expect(
      slotRecords(
        events('Taiwan added Brellon Systems to its strategic high-tech commodities entity list.'),
      ).map((e) => e.authority),
    ).toEqual(['TW']);
    expect(
      slotRecords(events('The Burmese junta banned exports of tin ore on Monday.')).map((e) => e.imposer),
    ).toEqual(['MM']);
  });
  it('reads exporters who "must now apply for a licence" as under an export control', () => {
    expect(
      slotRecords(events('China said exporters of antimony must now apply for a licence.')).map(
        (e) => `${e.type} ${e.imposer} ${e.goods}`,
      ),
    ).toEqual(['export_restriction CN antimony']);
  });
  it('reads a name ending in "Trading House" as a company\'s', () => {
    expect(
      slotRecords(events('The U.S. sanctioned Belkali Trading House on Monday.')).map((e) => e.entity),
    ).toEqual(['Belkali Trading House']);
  });
  it('reads parties set off before "both added to the Entity List" as listed', () => {
    expect(
      slotRecords(
        events(
          'Ferrocast Alloys and Qinglan Materials, both added to the U.S. Entity List in 2019, said sales fell.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Ferrocast Alloys', 'Qinglan Materials']);
  });
  it('reads a province that threatens a levy as its country threatening it', () => {
    expect(
      slotRecords(events('Quebec threatened to impose a 25% levy on U.S. aluminum scrap.')).map(
        (e) => `${e.action} ${e.imposer} ${e.target}`,
      ),
    ).toEqual(['threaten CA US']);
  });
  it('reads a province right before its verb as acting for its country, whatever places of another country follow', () => {
    expect(
      slotRecords(events('Ontario halted electricity exports to Michigan, New York and Minnesota.')).map(
        (e) => `${e.imposer} ${e.target}`,
      ),
    ).toEqual(['CA US']);
  });
  it('reads what a previous version of the story said as corrected, no event', () => {
    expect(
      events('A previous version of this story said Canada had imposed a 15% tariff on Brazilian iron ore.'),
    ).toEqual([]);
  });
  it('reads the noun of a material\'s form after its name ("cobalt hydroxide", "tin ingots") as part of the goods', () => {
    const goods = (text: string) => slotRecords(events(text)).map((e) => e.goods);
    expect(goods('Congo banned exports of cobalt hydroxide on Monday.')).toEqual(['cobalt hydroxide']);
    expect(goods('The United States imposed a 25% tariff on aluminum extrusions from Vietnam.')).toEqual([
      'aluminum extrusions',
    ]);
  });
  it('reads what exports are "of", written in capitals ("exports of NPI"), as goods, no party', () => {
    expect(slotRecords(events('Indonesia banned exports of NPI on Monday.')).map((e) => e.type)).toEqual([
      'export_restriction',
    ]);
  });
});

describe('read on mining and trade reports written for the purpose (fortieth session)', () => {
  it('reads an export quota raised as an easing and one cut as a tightening', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.action}`);
    for (const text of [
      'Zambia raised its export quota for cobalt hydroxide by 20% for next year.',
      'Laos increased its quota for antimony exports on Tuesday.',
      "Peru's zinc concentrate export quota was raised to 2 million tonnes.",
    ])
      expect(actions(text)).toEqual(['export_restriction ease']);
    for (const text of [
      'Laos cut its antimony export quotas for the second half.',
      'Zambia reduced its quota for cobalt exports by a third.',
    ])
      expect(actions(text)).toEqual(['export_restriction expand']);
  });
  it('reads a company that an export ban only touches ("affecting X", "forcing X to …", "a blow to X", "has hurt X") as no party listed', () => {
    const types = (text: string) => slotRecords(events(text)).map((e) => e.type);
    for (const text of [
      'Zambia said it would ban exports of raw manganese ore, affecting Korvath Minerals and Delmar Alloys.',
      'Laos banned exports of antimony ore, forcing Quenby Metals to halt shipments.',
      'Namibia banned exports of unprocessed tin, a blow to Rellon Tin and Ostrava Mining.',
      "Zambia's ban on cobalt exports to the United States has hurt Korvath Cobalt Works.",
      "Laos's 2021 ban on tin ore exports pushed refiners such as Quenby Metals to build smelters at home.",
    ])
      expect(types(text)).toEqual(['export_restriction']);
    expect(
      slotRecords(
        events(
          'China banned exports of dual-use items on Monday, targeting Korvath Aerospace and Delmar Defense.',
        ),
      ).map((e) => e.entity ?? e.type),
    ).toEqual(expect.arrayContaining(['Korvath Aerospace', 'Delmar Defense']));
  });
  it('reads a known company\'s name right before an office ("… Mineral Resources Minister …") as the office\'s portfolio', () => {
    expect(
      slotRecords(
        events(
          'Laos will ban exports of tin ore from July 1, Energy and Mineral Resources Minister Tomas Reyes said.',
        ),
      ).map((e) => e.type),
    ).toEqual(['export_restriction']);
  });
  it('reads a move called off ("cancelled its relocation", "suspended its planned move", "… has been put on hold") as no relocation', () => {
    for (const text of [
      'Quenby Gold cancelled its relocation to Ghana from Mali on Tuesday.',
      'Quenby Gold suspended its planned relocation to Senegal.',
      'Quenby Gold said its planned relocation to Ghana from Mali has been put on hold.',
    ])
      expect(events(text)).toEqual([]);
    expect(
      slotRecords(events('Quenby Gold completed its relocation to Ghana from Mali on Tuesday.')),
    ).toHaveLength(1);
  });
  it('reads neither a company described as an "assembler" nor funds or reserves moved abroad as a relocation', () => {
    expect(events('Halifax assembler Korvath Motors said it would change suppliers.')).toEqual([]);
    expect(
      events('Officials said Delmar Bullion had helped the central bank move gold reserves abroad.').filter(
        (e) => e.type === 'relocation',
      ),
    ).toEqual([]);
  });
  it('reads "a sanctioned buyer", a participle that describes no name, as no listing of the parties the sentence names', () => {
    expect(
      slotRecords(
        events(
          'Japan removed Quenby Trading from the End User List after the company cut ties with a sanctioned Iranian buyer.',
        ),
      ).map((e) => e.action),
    ).toEqual(['remove']);
  });
  it('reads exports banned "to" named companies as a listing of each, no export restriction on the goods', () => {
    expect(
      slotRecords(
        events(
          'China on Monday banned exports of dual-use items to Korvath Aerospace and Delmar Defense Systems.',
        ),
      ).map((e) => `${e.type} ${e.entity}`),
    ).toEqual(['blacklisting Korvath Aerospace', 'blacklisting Delmar Defense Systems']);
  });
  it('reads a change of domicile and a continuance into another jurisdiction as a move of headquarters', () => {
    const moves = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.company} ${e.from} ${e.to} ${e.scope} ${e.status}`);
    expect(moves('Delmar Copper Corp will change its domicile from Canada to Luxembourg.')).toEqual([
      'Delmar Copper CA LU headquarters planned',
    ]);
    expect(
      moves(
        'Rellon Gold Corp said on Friday it had completed its continuance into the Cayman Islands from Ontario.',
      ),
    ).toEqual(['Rellon Gold CA KY headquarters completed']);
  });
  it('reads "Shareholders of X voted to …" as X deciding, announced, not done', () => {
    expect(
      slotRecords(
        events('Shareholders of Delmar Copper Corp voted on Thursday to redomicile the company to Jersey.'),
      ).map((e) => `${e.company} ${e.status}`),
    ).toEqual(['Delmar Copper announced']);
  });
  it('reads what a country "would be better served by" or "better off" doing as advice, no measure, and a name after "argues" as its speaker', () => {
    for (const text of [
      'Laos would be better served by a full ban on unprocessed tin exports, argues economist Tomas Reyes.',
      'Laos would be better off banning antimony ore exports, said analyst Petra Vasquez.',
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads a tariff cut still under negotiation ("are in talks to", "close to a deal to") as no event', () => {
    for (const text of [
      'Chile and Peru are in talks to reduce the 12% tariff on Peruvian zinc to zero.',
      'Officials said Lima and Santiago are close to a deal to cut tariffs on copper rod.',
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads the sentence\'s opening subject as the subject of a clause ", and" opens with its verb, over the article\'s main actor', () => {
    const found = slotRecords(
      events(
        'Congo said on Saturday it would extend its suspension of cobalt exports.\n\nLaos banned exports of tin ore in March 2022, and said last week it would ban exports of antimony concentrate from next year.',
      ),
    );
    expect(found.filter((e) => e.goods === 'antimony concentrate').map((e) => e.imposer)).toEqual(['LA']);
  });
  it('reads every member of a list of names the next sentence gives for the parties counted, names found only by the list included', () => {
    expect(
      slotRecords(
        events(
          'Beijing on Tuesday added three U.S. companies to its export control list.\n\nThe companies are Korvath Aerospace, Quenby Geosystems and Delmar Defense Technologies.',
        ),
      ).map((e) => e.entity),
    ).toEqual(
      expect.arrayContaining(['Korvath Aerospace', 'Quenby Geosystems', 'Delmar Defense Technologies']),
    );
  });
  it('reads each of two countries that restrict exports together as imposing the control', () => {
    expect(
      slotRecords(
        events('Japan and the Netherlands restricted sales of lithography equipment to China in 2023.'),
      )
        .map((e) => e.imposer)
        .sort(),
    ).toEqual(['JP', 'NL']);
  });
  it('reads the owner of what a passive verb moves ("X\'s headquarters was moved", "The head office of X was relocated") as the company that moves', () => {
    const moves = (text: string) => slotRecords(events(text)).map((e) => `${e.company} ${e.from} ${e.to}`);
    expect(moves("Quenby Platinum's headquarters was moved to London from Johannesburg last year.")).toEqual([
      'Quenby Platinum ZA GB',
    ]);
    expect(moves('The head office of Quenby Platinum was relocated to Dubai from Perth in 2023.')).toEqual([
      'Quenby Platinum AU AE',
    ]);
    expect(
      moves("Rellon Hash's mining machines were relocated from Kazakhstan to Ethiopia in March."),
    ).toEqual(['Rellon Hash KZ ET']);
  });
  it('reads "Bitcoin" inside a name a corporate word goes on with ("Quenby Bitcoin Mining") as part of the name', () => {
    expect(
      slotRecords(
        events('Quenby Bitcoin Mining relocated 5,000 rigs from Texas to Paraguay last month.'),
      ).map((e) => e.company),
    ).toEqual(['Quenby Bitcoin Mining']);
  });
  it('reads "Surigao del Norte" as a Philippine province, not a place called "Norte" elsewhere', () => {
    expect(
      slotRecords(
        events(
          'The provincial government of Surigao del Norte suspended nickel ore shipments from three mines.',
        ),
      ).map((e) => e.imposer),
    ).toEqual(['PH']);
  });
  it('reads a tariff set at zero ("at 0%", "a zero tariff", "grant zero tariffs") as a cut, not an imposition', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => `${e.action} ${e.rate_pct}`);
    expect(actions('Peru set its tariff on mining trucks from Canada at 0% under a new agreement.')).toEqual([
      'reduce 0',
    ]);
    expect(actions('Chile will apply a zero tariff on copper rod from Peru from April.')).toEqual([
      'remove null',
    ]);
    expect(actions('Lima will grant zero tariffs on Chilean coal and ores, the statement said.')).toEqual([
      'remove null',
    ]);
  });
  it('reads export quotas revoked and permits no longer issued as a control imposed, and permits reinstated as one eased', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.action}`);
    expect(actions("Zambia's mines ministry revoked the cobalt export quotas of Korvath Mining.")).toEqual([
      'export_restriction impose',
    ]);
    expect(actions('Laos will no longer issue export permits for unprocessed tin ore from June 10.')).toEqual(
      ['export_restriction impose'],
    );
    expect(actions('Guinea reinstated the bauxite export permits of Delmar Resources on Monday.')).toEqual([
      'export_restriction ease',
    ]);
  });
  it('reads every vessel of a list whose members carry their numbers in brackets ("X (IMO 9123456), Y (IMO …) and Z")', () => {
    expect(
      slotRecords(
        events(
          'OFAC designated the vessels Quenby Star (IMO 9123456), Rellon Dawn (IMO 9234567) and Delmar Wave (IMO 9345671) on Friday.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Quenby Star', 'Rellon Dawn', 'Delmar Wave']);
  });
  it('reads legal forms as parts of names: none alone, one that opens a name after "and" starts the next, "Co. KG" and "Pvt. Ltd." end no sentence', () => {
    const names = (text: string) => slotRecords(events(text)).map((e) => e.entity ?? e.company);
    expect(
      names(
        'Guangxi Quenby Antimony Smelting Co., Ltd. said it will relocate its smelting operations from China to Vietnam.',
      ),
    ).not.toContain('Ltd');
    expect(
      names(
        'The U.S. Treasury sanctioned OOO Rellon Rare Metals and PJSC Delmar Nickel Combine on Thursday.',
      ),
    ).toEqual(['OOO Rellon Rare Metals', 'PJSC Delmar Nickel Combine']);
    expect(
      names(
        'Korvath Bergbau GmbH & Co. KG will relocate its manufacturing from Germany to Texas, the company said.',
      ),
    ).toHaveLength(1);
    expect(
      names(
        'Washington added Quenby Critical Minerals Limited and Rellon Sands & Minerals Pvt. Ltd. to the Entity List.',
      ),
    ).toEqual(['Quenby Critical Minerals', 'Rellon Sands & Minerals']);
  });
  it('reads a name inside the reason for a sanction ("over gold trading with X") as no party to it', () => {
    expect(
      events('The U.S. Treasury sanctioned two companies over gold trading with the Quenby Support Forces.'),
    ).toEqual([]);
  });
  it('reads "lower U.S. tariffs" as a verb on the tariffs, and what an agreed deal "would" do to them as announced', () => {
    const actions = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.imposer} ${e.target}`);
    expect(actions('The United States will lower U.S. tariffs on Peruvian zinc to 19 percent.')).toEqual([
      'reduce US PE',
    ]);
    expect(
      actions('Chile agreed to a framework deal that would lower Chilean tariffs on Peruvian zinc to 5%.'),
    ).toEqual(['reduce CL PE']);
    expect(events('Chile is negotiating a deal that would lower tariffs on Peruvian zinc to 5%.')).toEqual(
      [],
    );
  });
  it('reads what sanctions do to the parties they name ("…, cutting off their access to dollars for gold sales") as no control on goods', () => {
    expect(
      slotRecords(
        events(
          'The United States imposed sanctions on Quenby Bullion Bank and Rellon Gold Fund, cutting off their access to U.S. dollars for gold sales.',
        ),
      ).map((e) => e.type),
    ).toEqual(['blacklisting', 'blacklisting']);
  });
  it('reads the people the next sentence names after "They are", descriptions before their names included', () => {
    expect(
      slotRecords(
        events(
          'The EU added three people to its sanctions list on Monday. They are mining executive Pavel Orlov, his brother Anton Orlov and lawyer Irina Sokolova.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Pavel Orlov', 'Anton Orlov', 'Irina Sokolova']);
  });
  it('reads "the company\'s owner, X" after a sanctioned company as a second party, as "its owner, X" is', () => {
    expect(
      slotRecords(
        events(
          "Washington sanctioned Quenby Copper Refining and the company's owner, Tomas Reyes, on Friday.",
        ),
      ).map((e) => e.entity),
    ).toEqual(['Quenby Copper Refining', 'Tomas Reyes']);
  });
  it('pairs rates listed together with goods listed after them, "respectively", in order', () => {
    expect(
      slotRecords(
        events(
          'Peru imposed tariffs of 25% and 10% on zinc and copper rod from Chile, respectively, on Tuesday.',
        ),
      ).map((e) => `${e.goods} ${e.rate_pct}`),
    ).toEqual(['zinc 25', 'copper rod 10']);
  });
  it('fills the rate or start day an event left open from the next sentence that refers back to its measure', () => {
    const found = slotRecords(
      events(
        'Peru imposed new tariffs on Chilean copper rod on Tuesday. The duty is 17.5%, the trade ministry said.\n\nChile imposed additional duties of 15% on zinc from Peru on Tuesday. The duties take effect on June 15.',
      ),
    );
    expect(found.map((e) => `${e.imposer} ${e.rate_pct} ${e.effective_date}`)).toEqual([
      'PE 17.5 null',
      'CL 15 2025-06-15',
    ]);
  });
  it("reads a short name that opens the article's one longer name ending in a corporate word as that company, so a restatement merges", () => {
    expect(
      slotRecords(
        events(
          'The Commerce Department added Quenby Rare Materials to the Entity List on Tuesday. Quenby makes magnets. The firm had been put on the list after a months-long review.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Quenby Rare Materials']);
  });
  it('reads no move in a site word that describes a company, in sites in general, or in the nationality of the company that acts', () => {
    expect(
      events('Mexican mill operator Quenby Aceros said it would resume shipments to Texas next week.'),
    ).toEqual([]);
    expect(
      events(
        'Rellon Metals Research said prices could rise. The firm cut its demand forecast for North American smelters.',
      ),
    ).toEqual([]);
    expect(
      slotRecords(
        events(
          'Korvath Nickel built a smelter in Indonesia in 2022. The Chinese company began producing nickel pig iron at the Morowali plant in 2023.',
        ),
      ).map((e) => e.to),
    ).toEqual(['ID']);
  });
  it('reads "first", "twice", "now" between the actor and its verb of threatening as adverbs, the threat the actor\'s', () => {
    expect(
      slotRecords(events('Lima first threatened a 40% tariff on Chilean copper rod in February.')).map(
        (e) => `${e.action} ${e.imposer}`,
      ),
    ).toEqual(['threaten PE']);
  });
  it('reads an actor "ready to", "prepared to", "reserving the right to" or warning it "could" act as threatening, and one ready to lift a measure as nothing', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.action}`);
    for (const text of [
      'Laos is ready to ban exports of antimony ore, the minister said.',
      'Chile reserves the right to restrict exports of lithium concentrate to countries that break its rules, the minister said.',
      'Peru warned it could restrict exports of zinc concentrate to Chile.',
    ])
      expect(actions(text)).toEqual(['export_restriction threaten']);
    expect(events('He was prepared to lift the tariffs on Peruvian zinc, the official said.')).toEqual([]);
  });
  it('reads a measure "on the table" as no event, "or face" a measure as a threat of it, and what a deadline demands of another as no action', () => {
    expect(
      events(
        'A 25% tariff on imported zinc is on the table, a Peruvian trade official said, adding that no decision had been made.',
      ),
    ).toEqual([]);
    const found = slotRecords(
      events(
        'Lima gave Santiago until Friday to lift its copper export controls or face 100% tariffs on Chilean goods.',
      ),
    );
    expect(
      found.filter((e) => e.type === 'tariff').map((e) => `${e.action} ${e.imposer} ${e.target}`),
    ).toEqual(['threaten PE CL']);
    expect(found.filter((e) => e.type === 'export_restriction' && e.action === 'remove')).toEqual([]);
  });
  it('fills the rate an event left open from a definite mention of its measure a few sentences before ("the 40 pct tariffs")', () => {
    const found = decideEvents(
      articleCandidates({
        text: 'Officials said the 40 pct tariffs on Chilean copper rod could be modified. They gave no date. Peru imposed tariffs on Chilean copper rod on April 17, the trade ministry said.',
        published: '2025-06-01',
      }),
      // Between the two sentences' scores (about 0.65 and 0.92): the first is too weak to be an event of its own.
      { model: { ...getEventModel(), threshold: 0.8 } },
    );
    expect(slotRecords(found).map((e) => e.rate_pct)).toEqual([40]);
  });
  it('reads "the ban" after an export ban the article stated as that ban, and a change to it as the change alone', () => {
    const found = slotRecords(
      events(
        'Laos banned exports of raw tin ore last year. Officials said on Friday the ban would be eased in January 2027.',
      ),
    );
    expect(found.map((e) => `${e.action} ${e.goods} ${e.effective_date}`)).toEqual([
      'impose raw tin ore null',
      'ease raw tin ore 2027-01',
    ]);
  });
  it('reads what comes "by" after shipments ("allowing shipments by miners") as who ships, not the goods', () => {
    expect(
      slotRecords(
        events(
          'Laos eased its ban on tin ore exports on Tuesday, allowing shipments by miners that are building smelters.',
        ),
      ).map((e) => `${e.action} ${e.goods}`),
    ).toEqual(['ease tin ore']);
  });
  it('reads goods words that name an office\'s portfolio ("the steel minister") as no goods', () => {
    expect(
      slotRecords(events('Peru imposed 30% duties on Chilean steel, the steel minister said on Monday.')).map(
        (e) => e.goods,
      ),
    ).toEqual(['steel']);
  });
  it('reads "the ban" as the export ban only right after a sentence that states one, and a rate of another measure as no rate of the event', () => {
    const found = slotRecords(
      events(
        'Laos banned exports of raw tin ore last year. In May, the government also imposed a ban on imports of used cars. Officials said the ban would be lifted in January.',
      ),
    );
    expect(found.map((e) => e.action)).toEqual(['impose']);
    const rates = slotRecords(
      events(
        'Peru imposed tariffs on Chilean zinc sheet on Monday. It also renewed anti-dumping duties on seamless steel pipes from Brazil. The duty on the pipes is 12%.',
      ),
    ).map((e) => `${e.target} ${e.rate_pct}`);
    expect(rates).toContain('CL null');
  });
  it("reads a proposal voted against or rejected as no move, and the words of a regulator's name as no goods", () => {
    expect(
      events(
        'Shareholders of Quenby Gold voted against a proposal to change its domicile to Jersey on Tuesday.',
      ),
    ).toEqual([]);
    expect(
      slotRecords(
        events(
          "Zambia will lift its ban on cobalt exports on Oct. 16, the country's strategic minerals regulator said.",
        ),
      ).map((e) => e.goods),
    ).toEqual(['cobalt']);
  });
  it('pairs goods listed before rates with those rates, "respectively", in order', () => {
    expect(
      slotRecords(
        events(
          'Peru said tariffs on Chilean tungsten and antimony oxide will rise to 25% and 30%, respectively.',
        ),
      ).map((e) => `${e.goods} ${e.rate_pct}`),
    ).toEqual(['tungsten 25', 'antimony oxide 30']);
  });
  it('reads a company that "exited" one country "for" another as moving there', () => {
    expect(
      slotRecords(events('Quenby Hash exited Kazakhstan for Oman in March, the bitcoin miner said.')).map(
        (e) => `${e.company} ${e.to}`,
      ),
    ).toEqual(['Quenby Hash OM']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-first session)', () => {
  it('reads the subject of a clause without its relative pronoun, its verb in the present, as the imposer', () => {
    const records = slotRecords(
      events(
        'Peru raised its duty on Chinese steel to 30%. The 10% levy the EU charges on Chinese zinc remains in place.',
      ),
    );
    expect(records.find((e) => e.goods === 'zinc')).toMatchObject({
      imposer: 'EU',
      target: 'CN',
      rate_pct: 10,
    });
  });
  it('reads a measure word that is the verb of a clause without its relative pronoun as no measure of its own', () => {
    const tariffs = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.imposer} ${e.target} ${e.goods} ${e.rate_pct}`);
    expect(
      tariffs('The 35% tariffs the United States levies on Canadian aluminum took effect in March.'),
    ).toEqual(['US CA aluminum 35']);
    expect(tariffs('The United States levies a 25% tariff on Chinese graphite.')).toEqual([
      'US CN graphite 25',
    ]);
  });
  it('reads "the trade ministry" as a nation\'s, never the EU that acted just before', () => {
    const imposers = slotRecords(
      events(
        "Indonesia's nickel exports rose in May. The European Union challenged the rules at the WTO. The trade ministry said on Monday it would impose a 10% duty on nickel matte.",
      ),
    ).map((e) => e.imposer);
    expect(imposers).toEqual(['ID']);
  });
  it('reads the company after "Shares of" when a wire entry\'s time or date opens the sentence', () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => e.entity ?? e.company);
    expect(
      entities(
        'June 3 (Reuters) - Shares of Quorvane Rare Metals slumped 10% after the company was added to the U.S. Entity List.',
      ),
    ).toEqual(['Quorvane Rare Metals']);
    expect(
      entities(
        '1005 GMT - Shares of Delvine Alloys fell 4% after the company said it would move its smelting to Mexico from Canada.',
      ),
    ).toEqual(['Delvine Alloys']);
  });
  it("reads a rate a company's shares moved by as no rate of the measure that follows", () => {
    expect(
      slotRecords(
        events(
          'Korvane shares have fallen 30% since April after U.S. tariffs on Australian lithium took effect.',
        ),
      ).map((e) => e.rate_pct),
    ).toEqual([null]);
  });
  it('reads a demonym before a portfolio and an office ("Zambian Mines Minister") as the government that acts', () => {
    const imposers = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.imposer}`);
    expect(
      imposers(
        'Zambian Mines Minister Joseph Tembo said the country has banned exports of raw copper concentrate.',
      ),
    ).toEqual(['export_restriction ZM']);
    expect(
      imposers(
        'The Mexican Economy Minister said on Tuesday the government will impose a 20% levy on Chinese steel tubes.',
      ),
    ).toEqual(['tariff MX']);
  });
  it('reads levies on profits or output and windfall levies as no tariff, and a tax on imports as one', () => {
    const types = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.action}`);
    for (const text of [
      'Britain imposed a 25% windfall levy on the profits of oil and gas producers.',
      'Guinea raised the levy on bauxite production to 5%.',
      "Peru imposed a windfall levy on copper miners' profits.",
    ])
      expect(types(text)).toEqual([]);
    for (const text of [
      'The UK will impose a tax on imports of aluminium and steel from 2027.',
      'The UK will impose a carbon border tax on imports of aluminium and steel from 2027.',
    ])
      expect(types(text)).toEqual(['tariff impose']);
  });
  it('reads duties no longer collected, expired or lapsed as removed, and an exemption that expires as no removal', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => e.action);
    expect(actions('The United States stopped collecting the 10% tariffs on Chinese goods.')).toContain(
      'remove',
    );
    expect(actions("Japan's 38% tariff on U.S. beef expired on March 31.")).toContain('remove');
    expect(actions('The United States let its tariff waiver for Canadian potash expire.')).not.toContain(
      'remove',
    );
  });
  it("reads an extended tariff truce as a pause of each side's tariffs, not as tariffs imposed", () => {
    expect(
      slotRecords(events('Washington and Beijing extended their tariff truce by another 90 days.'))
        .map((e) => `${e.imposer} ${e.action}`)
        .sort(),
    ).toEqual(['CN remove', 'US remove']);
  });
  it("reads a company's statement that it complies with sanctions as no listing", () => {
    for (const text of [
      'Ferrovane Trading said it complies with all applicable U.S. and EU sanctions.',
      'Ferrovane Trading said it was in full compliance with EU sanctions against Russia.',
    ])
      expect(slotRecords(events(text))).toEqual([]);
  });
  it('reads a party struck from a sanctions list as removed, and a headquarters repatriated as moved', () => {
    expect(
      slotRecords(events('The United Nations struck Halvorn Trading from its sanctions list.')).map(
        (e) => `${e.entity} ${e.action}`,
      ),
    ).toEqual(['Halvorn Trading remove']);
    expect(
      slotRecords(events('Norvale Copper repatriated its headquarters to Canada from Chile in January.')).map(
        (e) => `${e.company} ${e.to}`,
      ),
    ).toEqual(['Norvale Copper CA']);
  });
  it("reads tariffs two countries impose together as each one's, and \"the other's goods\" as each one's on the other", () => {
    const sides = (text: string) =>
      slotRecords(events(text))
        .map((e) => `${e.imposer}>${e.target} ${e.rate_pct}`)
        .sort();
    expect(sides('Canada and Mexico imposed 25% tariffs on US steel wire.')).toEqual([
      'CA>US 25',
      'MX>US 25',
    ]);
    expect(sides("The US and China each raised tariffs on the other's goods to 125%.")).toEqual([
      'CN>US 125',
      'US>CN 125',
    ]);
  });
  it('reads "Brazil\'s Congress", "the Philippine Congress" as that country\'s, not the United States\'', () => {
    const imposers = (text: string) => slotRecords(events(text)).map((e) => e.imposer);
    expect(imposers("Brazil's Congress approved a 20% tariff on steel imports from China.")).toEqual(['BR']);
    expect(imposers('The Philippine Congress passed a ban on exports of raw nickel ore.')).toEqual(['PH']);
  });
  it('reads a site a company runs or is given money for, and staff moved abroad, as no relocation', () => {
    for (const text of [
      'Orvand Steel said its Ohio mill ran at full capacity in May.',
      'Vexholm Lithium qualified for tax credits for its Nevada lithium refinery.',
      "The European Union approved a 1.2 billion euro subsidy for Ardent Magnetics' plant in Estonia.",
      'Greyhollow Copper received a grant for its smelter in Arizona.',
      'Caldermere Nickel moved 30 engineers from Canada to Australia to support the project.',
    ])
      expect(slotRecords(events(text))).toEqual([]);
  });
  it('reads what a court orders or allows, and what a suit seeks, as not done', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.action}`);
    expect(actions('A judge ordered Washington to lift the 25% tariffs on Canadian lumber.')).toEqual([
      'tariff impose',
    ]);
    expect(actions('The WTO authorized Brazil to impose retaliatory tariffs on U.S. cotton.')).toEqual([]);
    expect(
      actions('Korvane Semiconductor sued the Commerce Department to be removed from the Entity List.'),
    ).toEqual([]);
  });
  it('reads a question quoted inside a sentence as stating nothing', () => {
    for (const text of [
      'A reporter asked: "Will Indonesia raise tariffs on Chinese textiles to 30%?"',
      '"Will Indonesia raise tariffs on Chinese textiles to 30%?" a reporter asked.',
    ])
      expect(slotRecords(events(text))).toEqual([]);
  });
  it('reads the names set off after a count of makers or suppliers as the parties listed', () => {
    expect(
      slotRecords(
        events(
          'China added three US drone makers, Skyvale, Aerolune and Corvane Systems, to its Unreliable Entity List.',
        ),
      )
        .map((e) => e.entity)
        .sort(),
    ).toEqual(['Aerolune', 'Corvane Systems', 'Skyvale']);
  });
  it('reads a company described as one on a list in an apposition as listed', () => {
    expect(
      slotRecords(
        events('Orvale Mining, a company on the U.S. Entity List since 2021, reported higher profit.'),
      ).map((e) => `${e.entity} ${e.authority} ${e.action}`),
    ).toEqual(['Orvale Mining US add']);
  });
  it('reads a country named again after ", and" as the subject of its own clause, not a second member of a list', () => {
    expect(
      slotRecords(
        events(
          'The US tightened export controls on advanced chips to China, and China in turn banned exports of rare earth magnets to the US.',
        ),
      )
        .filter((e) => e.goods === 'rare earth magnets')
        .map((e) => `${e.imposer}>${e.target}`),
    ).toEqual(['CN>US']);
  });
  it('reads "export-control" written with a hyphen as the open compound', () => {
    const found = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.entity ?? e.goods}`);
    expect(found('China added Halvern Defense Systems to its export-control list.')).toEqual([
      'blacklisting Halvern Defense Systems',
    ]);
    expect(
      found('China will suspend the export-control measures on rare earths it announced on October 9.'),
    ).toContain('export_restriction rare earths');
  });
  it('reads a wire\'s label ("EXCLUSIVE:", "UPDATE 1-") as no word of the headline or line it opens', () => {
    expect(
      slotRecords(
        events(
          'The company said it would move its mining to Argentina.',
          'EXCLUSIVE: Valtorn Ores leaving Brazil',
        ),
      ).map((e) => e.company),
    ).toEqual(['Valtorn Ores']);
    expect(
      slotRecords(events('UPDATE 1-China bans antimony exports to United States.')).map(
        (e) => `${e.imposer}>${e.target}`,
      ),
    ).toEqual(['CN>US']);
  });
  it('reads "both companies", "the two companies", "the three entities" as the organisations named together just before', () => {
    const parties = (text: string) =>
      slotRecords(events(text))
        .map((e) => e.company ?? e.entity)
        .sort();
    expect(
      parties(
        'Halden Electric and Pedrik Motors build motors in Shenzhen. Both companies said they would move manufacturing to Vietnam.',
      ),
    ).toEqual(['Halden Electric', 'Pedrik Motors']);
    expect(
      parties(
        'Trevane Holdings, Ostrovia Metals and Kell Shipping moved Russian oil. The U.S. Treasury sanctioned the three entities.',
      ),
    ).toEqual(['Kell Shipping', 'Ostrovia Metals', 'Trevane Holdings']);
  });
  it('reads "GoI" and "the Union government" as India, and a duty cut "to nil" as a rate of 0', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.imposer} ${e.action} ${e.rate_pct}`);
    expect(read('GoI has imposed a 20 per cent export duty on iron ore pellets.')).toEqual(['IN impose 20']);
    expect(
      read('India has cut the basic customs duty on copper concentrate to nil from 2.5 per cent.'),
    ).toEqual(['IN reduce 0']);
  });
  it('keeps the events that the rules read on wire entries, offices, levies, listings, sites and courts do not touch', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map(
        (e) => `${e.type} ${e.action ?? ''} ${e.imposer ?? e.authority ?? e.company ?? ''}`,
      );
    expect(
      read(
        'Korvath Mining Company Secretary Anna Reyes said the firm would move its headquarters from Australia to Singapore.',
      ),
    ).toEqual(['relocation  Korvath Mining Company']);
    expect(
      read(
        'Philippine Nickel Industry Association Secretary Dante Bravo said members would stop exporting nickel ore to China.',
      ),
    ).toEqual([]);
    expect(
      read('The United States imposed 50% duties on Chinese semiconductor production equipment.'),
    ).toEqual(['tariff impose US']);
    expect(read('Indonesia scrapped import and excise duties on electric vehicles from China.')).toEqual([
      'tariff remove ID',
    ]);
    expect(read('The EU extended the tariff increases on Russian fertiliser to cover ammonia.')).toEqual([
      'tariff impose EU',
    ]);
    expect(read('European banks cut their exposure to Velmora Oil, sanctioned by the EU on Monday.')).toEqual(
      ['blacklisting add EU'],
    );
    expect(read('Korvath Mining moved its headquarters and staff from London to Toronto.')).toEqual([
      'relocation  Korvath Mining',
    ]);
    expect(read('Korvath Mining repatriated $500 million of cash from Canada to the United States.')).toEqual(
      [],
    );
    expect(
      read('Under a court order, the Treasury removed Velmora Bank from the SDN list on Friday.'),
    ).toEqual(['blacklisting remove US']);
    expect(
      read(
        'The US imposed 25% tariffs on Canadian steel, prompting one mill owner to ask: "Who pays for this?"',
      ),
    ).toEqual(['tariff impose US']);
    expect(
      read(
        'The Treasury sanctioned two Russian oil producers on Friday. The traders, Korvath Commodities and Velmora Resources, said they would stop buying their crude.',
      ),
    ).toEqual([]);
  });
  it('reads a government body\'s name ("Ministry of Industry and Trade", "Mines and Geosciences Bureau") as no company, its owner acting', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.imposer}`);
    for (const [text, expected] of [
      ["Kazakhstan's Ministry of Industry banned exports of copper cathode.", 'export_restriction KZ'],
      [
        "Vietnam's Ministry of Industry and Trade imposed anti-dumping duties of 27.8% on Chinese steel.",
        'tariff VN',
      ],
      [
        "Indonesia's Ministry of Energy and Mineral Resources said it had banned exports of nickel pig iron.",
        'export_restriction ID',
      ],
      [
        'The Philippine Mines and Geosciences Bureau banned exports of raw chromite ore.',
        'export_restriction PH',
      ],
    ])
      expect(read(text as string)).toEqual([expected]);
  });
  it('reads a "state miner" of a country as a company, not the government', () => {
    expect(
      slotRecords(events('Mongolian state miner Khuvsar Coal said it would stop exporting coal to China.')),
    ).toEqual([]);
  });
  it('reads a duty only recommended by another body, or not yet notified, as no measure in place', () => {
    for (const text of [
      'The 30 per cent anti-dumping duty on Chinese solar glass recommended by the DGTR is yet to be notified by the Finance Ministry.',
      "India's 18 per cent anti-dumping duty on Chinese steel wheels has not been notified.",
    ])
      expect(slotRecords(events(text))).toEqual([]);
    expect(
      slotRecords(
        events('The 25% tariff on Chinese graphite imposed by the United States took effect in May.'),
      ).map((e) => e.imposer),
    ).toEqual(['US']);
  });
  it('reads sanctions ended or suspended as lifted, and a party re-added to a list as added', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.entity} ${e.action}`);
    expect(read('Britain ended sanctions on Ardvale Freight on Friday.')).toEqual(['Ardvale Freight remove']);
    expect(read('The EU suspended its sanctions on Tamarin Holdings for six months.')).toEqual([
      'Tamarin Holdings remove',
    ]);
    expect(read('The Commerce Department re-added Vestrel Telecom Co to the Entity List in April.')).toEqual([
      'Vestrel Telecom add',
    ]);
  });
  it('reads a second change of the same tariffs ("before cutting them to 30%", "It raised it to 50%")', () => {
    const read = (text: string) =>
      slotRecords(events(text))
        .map((e) => `${e.imposer} ${e.action} ${e.rate_pct}`)
        .sort();
    expect(
      read(
        'Washington raised tariffs on Chinese imports to 145% in April before cutting them to 30% in May.',
      ),
    ).toContain('US reduce 30');
    expect(
      read(
        'The United States imposed a 25% tariff on Chinese graphite in 2024. It raised it to 50% in June.',
      ),
    ).toContain('US raise 50');
  });
  it('reads "Latin America" and "North America" as regions, not the United States', () => {
    expect(
      slotRecords(
        events(
          'Steel prices in Latin America rose on Monday. The government raised the steel import duty to 20%.',
        ),
      ),
    ).toEqual([]);
  });
  it('reads a country set off with "also hit with" a measure as undergoing it', () => {
    expect(
      slotRecords(events('Brazil, also hit with a 50% U.S. tariff, has filed a complaint at the WTO.')).map(
        (e) => `${e.imposer}>${e.target} ${e.rate_pct}`,
      ),
    ).toEqual(['US>BR 50']);
  });
  it('keeps what the later rules on bodies, state firms, recommendations, ended sanctions and second changes do not touch', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map(
        (e) => `${e.type} ${e.action ?? ''} ${e.imposer ?? e.authority ?? e.company ?? ''}`,
      );
    expect(
      read(
        'The US imposed a 25% tariff on Canadian aluminium in March. Halvern Holdings bought a 20% stake in Tellus Metals in April, which it later raised to 35%.',
      ),
    ).toEqual(['tariff impose US']);
    expect(read('Credit Bureau Holdings relocated its operations from Kenya to Rwanda last year.')).toEqual([
      'relocation  Credit Bureau Holdings',
    ]);
    expect(
      slotRecords(
        events("The EU sanctioned Russia's Ministry of Defence and three arms makers on Tuesday."),
      ).map((e) => e.entity),
    ).toEqual(['Ministry of Defence']);
    expect(
      read(
        'In South Africa, the Committee of Chrome Smelters and Industry suspended exports of chrome ore to China.',
      ),
    ).toEqual([]);
    expect(read('The Indonesian state mining regulator banned exports of raw bauxite from June.')).toEqual([
      'export_restriction impose ID',
    ]);
    expect(
      read("India's 30% duty on Chinese solar glass recommended by the DGTR took effect on Monday."),
    ).toEqual(['tariff impose IN']);
    expect(read('Washington ended talks with Moscow after sanctioning Ural Kobalt in March.')).toEqual([
      'blacklisting add US',
    ]);
  });
  it('reads a line in capitals as a headline in title case', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.imposer}>${e.target}`);
    expect(read('INDONESIA BANS BAUXITE EXPORTS')).toEqual(['export_restriction ID>null']);
    expect(read('MEXICO TO IMPOSE 30% TARIFF ON CHINESE STEEL')).toEqual(['tariff MX>CN']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-second session)', () => {
  it('reads "the controls", "the restrictions" or "them" right after an export control as that control, and "the ban on Tuesday" as the ban', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.imposer} ${e.goods}`);
    expect(
      read(
        'Laos restricted exports of tin concentrate in 2023. Vientiane suspended the controls in November.',
      ),
    ).toEqual(['impose LA tin concentrate', 'remove LA tin concentrate']);
    expect(
      read('Zambia banned exports of raw manganese ore in January. Zambia eased the ban on Tuesday.'),
    ).toEqual(['impose ZM raw manganese ore', 'ease ZM raw manganese ore']);
    expect(
      read('Indonesia imposed curbs on bauxite exports in 2020. It lifted them briefly in 2022.'),
    ).toEqual(['impose ID bauxite', 'remove ID bauxite']);
  });
  it('keeps "them" after an export control that names no measure ("the rules had hurt them") no change of it', () => {
    expect(
      events(
        'Laos restricted exports of tin concentrate in 2023. Buyers in Japan said the rules had hurt them.',
      ),
    ).toHaveLength(1);
  });
  it('reads a tariff "deferred" or "pushed back" as paused, and "pushed back against" it as no pause', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.imposer}>${e.target}`);
    expect(read('Peru deferred its 25% surtax on Chilean zinc until October.')).toEqual([
      'remove PE>CL',
      'impose PE>CL',
    ]);
    expect(
      read('A 25% Peruvian tariff on Chilean zinc, due to start Friday, was pushed back to July 9.'),
    ).toEqual(['remove PE>CL', 'impose PE>CL']);
    expect(read('Peru pushed back its 25% tariff on Chilean zinc to July 9.')).toEqual([
      'remove PE>CL',
      'impose PE>CL',
    ]);
    expect(
      read('Chile pushed back against the 25% Peruvian tariff on zinc on Monday.').map(
        (r) => r.split(' ')[0],
      ),
    ).toEqual(['impose']);
  });
  it('reads the measure a country protests against as levied by the name that qualifies it', () => {
    expect(
      slotRecords(events('Chile protested against the 25% Peruvian tariff on zinc.')).map((e) => e.imposer),
    ).toEqual(['PE']);
  });
  it('reads a company\'s stock listing after its name ("(TSX: KVM)") as no break between it and its verb', () => {
    expect(
      slotRecords(
        events('Quenby Minerals Corp. (TSX: QNB) has moved its head office from Vancouver to Reno, Nevada.'),
      ).map((e) => `${e.company} ${e.from}>${e.to}`),
    ).toEqual(['Quenby Minerals CA>US']);
    expect(
      slotRecords(
        events(
          'The U.S. added Sintera Metals Co. (SSE: 600123) and Velmora Tin Ltd. (Nasdaq Stockholm: VLMT; OTCQX: VLMTF) to the Entity List.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Sintera Metals', 'Velmora Tin']);
  });
  it('reads a site placed in a country that is idled, sold or traded with as no move there', () => {
    const moves = (text: string) => events(text).filter((e) => e.type === 'relocation');
    expect(moves('Quenby Copper said its cathode plant in Peru had been idled.')).toEqual([]);
    expect(moves("Quenby Copper's smelter in Peru is idle.")).toEqual([]);
    expect(moves("Quenby Copper's plant in Peru was sold last year.")).toEqual([]);
    expect(
      moves('Quenby Copper was hit with US sanctions over its dealings with a Russian smelter.'),
    ).toEqual([]);
    expect(
      moves(
        'Quenby Copper opened a new smelter in Peru last year to serve buyers it had supplied from Chile.',
      ),
    ).toHaveLength(1);
  });
  it('reads the suspension or lifting of an export ban that a country announced as the ban removed', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.imposer} ${e.goods}`);
    expect(read('Laos announced the lifting of its ban on tin ore exports to Thailand.')).toEqual([
      'remove LA tin ore',
    ]);
    expect(read('Laos announced the suspension of its tin ore export ban.')).toEqual(['remove LA tin ore']);
    expect(read('Laos announced a suspension of export controls on tin ore.')).toEqual(['remove LA tin ore']);
    expect(read('Laos announced the suspension of tin ore exports.')).toEqual(['impose LA tin ore']);
  });
  it('reads a demonym before a portfolio written in lower case and its minister ("the Zambian mines minister") as the government', () => {
    expect(
      slotRecords(events('Tin ore exports were banned in May, the Zambian mines minister said.')).map(
        (e) => e.imposer,
      ),
    ).toEqual(['ZM']);
  });
  it('reads exports that "will be banned" as a ban, one on a condition as a threat, and goods that cannot be exported profitably as none', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.imposer} ${e.goods}`);
    expect(read('Tin ore exports will be banned from June, the Laotian mines minister said.')).toEqual([
      'impose LA Tin ore',
    ]);
    expect(
      read('Tin ore exports will be banned if smelters run short, the Laotian mines minister said.'),
    ).toEqual(['threaten LA Tin ore']);
    expect(read('Tin ore exports will not be banned, the Laotian mines minister said.')).toEqual([]);
    expect(read('Tin ore cannot be exported profitably at current prices, miners in Laos said.')).toEqual([]);
  });
  it('reads an exemption a country loses, or one that ends, as the tariff applying to it again', () => {
    expect(
      slotRecords(events('Chile will lose its exemption from the 25% Peruvian tariff on zinc.')).map(
        (e) => `${e.action} ${e.imposer}>${e.target}`,
      ),
    ).toEqual(['impose PE>CL']);
    expect(
      candidatesOfType('The exemption for Chilean zinc from Peruvian tariffs ends on June 12.', 'tariff').map(
        (c) => c.action,
      ),
    ).toEqual(['impose']);
  });
  it('reads a sentence whose long words are names but whose short verb is in lower case ("The US put …") as running text', () => {
    expect(slotRecords(events('The US put Quenby Metals on the Entity List.')).map((e) => e.entity)).toEqual([
      'Quenby Metals',
    ]);
  });
  it("reads a spokesperson who reports a measure on a condition as the actor's side, so a threat", () => {
    expect(
      slotRecords(
        events(
          'A ministry spokesperson said Laos would restrict tin ore exports to Thailand if talks failed.',
        ),
      ).map((e) => `${e.action} ${e.imposer}>${e.target}`),
    ).toEqual(['threaten LA>TH']);
  });
  it('reads the names after a count of processors, smelters or miners as the parties', () => {
    expect(
      slotRecords(
        events(
          'Washington added three Chinese tin smelters, Hunan Quenby, Ganzhou Velmora and Jiangxi Sintera, to the Entity List.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Hunan Quenby', 'Ganzhou Velmora', 'Jiangxi Sintera']);
  });
  it('reads a country that loses its exemption as no imposer when another country is named as the speaker', () => {
    expect(
      slotRecords(
        events(
          'The Peruvian trade ministry said Chile would lose its exemption from the 25% tariff on zinc from August 1.',
        ),
      ).map((e) => `${e.imposer}>${e.target}`),
    ).toEqual(['PE>CL']);
  });
  it('reads countries given as examples of the subject ("Several countries, including Peru and Chile, have imposed") as its actors', () => {
    expect(
      slotRecords(
        events(
          'Zinc in Singapore was down 1.1%. Several countries, including Peru and Chile, have imposed anti-dumping duties on Chinese zinc.',
        ),
      )
        .map((e) => e.imposer)
        .sort(),
    ).toEqual(['CL', 'PE']);
  });
  it('reads a one-word name before a relative clause that states its listing ("Rusalco, which was sanctioned …") as the party', () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => e.entity);
    expect(entities('Quenbar, which was sanctioned by the US in 2018, said profit rose.')).toEqual([
      'Quenbar',
    ]);
    expect(entities('Shares of Quenbar, which was sanctioned by the US in 2018, rose 2%.')).toEqual([
      'Quenbar',
    ]);
  });
  it('reads controls widened "to" goods without the word export, and exporters who will need a licence, as export controls', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.imposer} ${e.goods}`);
    expect(read('Laos expands controls to tin and antimony.')).toEqual(['expand LA tin and antimony']);
    expect(
      read(
        'Starting January 1, exporters of tin concentrate from Laos will need a government licence, the ministry said.',
      ),
    ).toEqual(['impose LA tin concentrate']);
  });
  it('reads the present level set off before a change ("now 25%, will double to 50%") as where the change starts', () => {
    expect(
      slotRecords(
        events('The Peruvian tariff on Chilean zinc, now 25%, will double to 50% on January 1.'),
      ).map((e) => e.rate_pct),
    ).toEqual([50]);
  });
  it('reads the countries most imports come from ("mostly from China and Japan") as no targets of the measure', () => {
    expect(
      slotRecords(
        events(
          'Peru will impose a 12% safeguard duty on zinc sheet imports, mostly from China, South Korea and Japan.',
        ),
      ).map((e) => e.target),
    ).toEqual([null]);
  });
  it('reads a dateline with a state and a day ("RENO, Nevada, June 10, 2025 --") as no name, and a name as ending before its officer\'s title', () => {
    expect(
      slotRecords(
        events(
          'RENO, Nevada, June 10, 2025 -- In an interview, Quenby Minerals CEO Dariel Fenwick said: "We moved our head office to Reno last month."',
        ),
      ).map((e) => e.company),
    ).toEqual(['Quenby Minerals']);
  });
  it('reads a company whose addition to or removal from a list is named with its possessive as the party', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.action} ${e.entity}`);
    expect(read("Quenby Mining's addition to the Entity List has unsettled investors.")).toEqual([
      'add Quenby Mining',
    ]);
    expect(read("Quenby Mining Corp's removal from the Entity List in March lifted its shares.")).toEqual([
      'remove Quenby Mining',
    ]);
  });
  it('reads an export control eased in the passive ("were eased by Laos") as eased, not also imposed', () => {
    expect(
      slotRecords(events('Export controls on tin ore were eased by Laos on Monday.')).map((e) => e.action),
    ).toEqual(['ease']);
  });
  it('reads a wire\'s "BRIEF-" label as no word of the company\'s name', () => {
    expect(
      slotRecords(events('BRIEF-Tarvos Minerals to move headquarters to Toronto from London')).map(
        (e) => e.company,
      ),
    ).toEqual(['Tarvos Minerals']);
  });
  it('reads the subject of a sentence as acting in a verb after "and" and a time set off by commas', () => {
    expect(
      slotRecords(
        events(
          'Chile has imposed many duties this year. Peru retaliated with a 34% tariff on Chilean goods and, on April 4, imposed export controls on tin ore.',
        ),
      )
        .filter((e) => e.type === 'export_restriction')
        .map((e) => e.imposer),
    ).toEqual(['PE']);
  });
  it('reads a headline that shelves a plan named by a site ("shelves US refinery plan") as no move', () => {
    expect(events("Australia's Quenby Lithium shelves US refinery plan")).toEqual([]);
  });
  it('reads the one-word subject of a headline\'s "to" and verb ("Quenby to move HQ to Miami") as a name, and "HQ" as none', () => {
    expect(
      slotRecords(
        events(
          'Quenby to move HQ to Miami\n\nThe company will move its headquarters from Santiago to Miami, it said on Tuesday.',
        ),
      ).map((e) => e.company),
    ).toEqual(['Quenby']);
  });
  it('reads a headline\'s subject and "to" before the verb ("Quenby Copper to move HQ to Miami") as a plan, not a move completed', () => {
    expect(slotRecords(events('Quenby Copper to move HQ to Miami')).map((e) => e.status)).toEqual([
      'planned',
    ]);
  });
  it('reads a country\'s goods before "ban" ("Laos\'s tin ore ban took effect") as its export ban, and a ban on another country\'s goods as none', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.imposer} ${e.goods}`);
    expect(
      read(
        "Tin ore exports have fallen this year. Tin prices jumped after Laos's tin ore ban took effect on Monday.",
      ),
    ).toEqual(['export_restriction LA tin ore']);
    expect(read("Tin prices jumped after the EU's Russian steel ban took effect on Monday.")).toEqual([]);
  });
  it('keeps a mention that only refers back to an export control ("since the restrictions", "defended the ban on Tuesday") the control stated before, no event of its own', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.action} ${e.imposer}`);
    expect(
      read(
        'Laos imposed export controls on tin ore in 2023. Tin prices have tripled since the restrictions.',
      ),
    ).toEqual(['impose LA']);
    expect(read('Laos banned tin ore exports in 2020. Officials defended the ban on Tuesday.')).toEqual([
      'impose LA',
    ]);
  });
  it('keeps a decision, a report or a question about tariffs that is deferred or pushed back no pause of them', () => {
    expect(events('The trade ministry pushed back the release of its zinc tariff report to July.')).toEqual(
      [],
    );
    expect(events('Peru deferred a decision on tariffs on Chilean zinc until after the election.')).toEqual(
      [],
    );
    expect(events('The president deferred to Congress on the question of tariffs on Chilean zinc.')).toEqual(
      [],
    );
  });
  it('keeps an exemption that could end, or will end on a condition, no tariff applying again', () => {
    expect(
      events("Chile's exemption from the Peruvian zinc tariff could end next year, analysts said."),
    ).toEqual([]);
  });
  it('reads names after a count that are the agents of a participle ("a move welcomed by three miners, X, Y and Z") as no parties', () => {
    expect(
      events(
        'The US added two Chinese firms to the Entity List, a move welcomed by three miners, Tasman Copper, Redrock Metals and Ovalis.',
      ),
    ).toEqual([]);
  });
  it('keeps an action named by a gerund that is the subject of "would" ("removing the curbs would help exporters") supposed, no event', () => {
    expect(
      slotRecords(
        events(
          'Laos imposed export controls on tin ore in 2023. An official said removing the curbs would help exporters in both countries.',
        ),
      ).map((e) => e.action),
    ).toEqual(['impose']);
    expect(
      events('Lifting the tariffs on Chilean zinc would help Peruvian smelters, analysts said.'),
    ).toEqual([]);
  });
  it('reads a measure named indefinitely that "would be catastrophic" as supposed, and one that "would be imposed" as announced', () => {
    expect(
      slotRecords(
        events(
          'A 25% tariff on Chilean zinc would be catastrophic, said Lorne Vadick, a trade lawyer. Peru has threatened such duties before.',
        ),
      ).map((e) => e.action),
    ).toEqual(['threaten']);
    expect(
      slotRecords(events('A 25% tariff on Chilean zinc would be imposed from June, Peru said.')).map(
        (e) => e.action,
      ),
    ).toEqual(['impose']);
  });
  it('keeps a country\'s goods ban that another country imposed ("China\'s chip ban, imposed by Washington") no export ban of the first', () => {
    expect(
      events(
        "Gallium exports have fallen. Laos's tin ore ban, imposed by Thailand in 2022, has cut exports of refined tin.",
      ).filter((e) => e.type === 'export_restriction' && slotRecords([e])[0]?.imposer === 'LA'),
    ).toEqual([]);
  });
  it('keeps exports that "will be banned" in analysts\' expectation no ban, and "would be Canada\'s response" no judgement', () => {
    expect(
      events(
        'Analysts expect that exports of tin ore will be banned by 2027 as Laos seeks more local refining.',
      ),
    ).toEqual([]);
    expect(
      slotRecords(
        events(
          "A 25% tariff on Chilean zinc would be Peru's response, Lima said on Friday in announcing the measure.",
        ),
      ).map((e) => e.action),
    ).toEqual(['impose']);
  });
  it("reads a levy on miners' electricity bills as no tariff, and one on imported rigs as one", () => {
    expect(events("Laos imposed a 10% levy on bitcoin miners' electricity bills.")).toEqual([]);
    expect(
      slotRecords(events('Laos imposed a 10% levy on imported mining rigs.')).map((e) => e.imposer),
    ).toEqual(['LA']);
  });
  it('reads the measure a country pushes back or retaliates against ("against the 25% Peruvian tariff") as levied by the name qualifying it', () => {
    const imposers = (text: string) => slotRecords(events(text)).map((e) => e.imposer);
    expect(imposers('Chile pushed back against the 25% Peruvian tariff on zinc on Monday.')).toEqual(['PE']);
    expect(imposers('Chile imposed 25% tariffs against Peruvian zinc.')).toEqual(['CL']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-third session)', () => {
  const read = (text: string) =>
    slotRecords(events(text)).map((e) =>
      e.type === 'blacklisting' ? `${e.action} ${e.authority} ${e.entity}` : `${e.action} ${e.imposer}`,
    );
  it('reads sanctions "revoked" as removed', () => {
    expect(read('Australia revoked sanctions on Arkady Brenner, a nickel trader, on Tuesday.')).toEqual([
      'remove AU Arkady Brenner',
    ]);
  });
  it('keeps a trend "reversed" beside a measure no change of the measure', () => {
    expect(
      read(
        "Chinese gallium exports reversed their slide in May despite Beijing's ban on gallium exports to the United States.",
      ),
    ).toEqual(['impose CN']);
    expect(
      read('Peru imposed a 25% tariff on Chilean cement, reversing the steep decline in cement prices.'),
    ).toEqual(['impose PE']);
  });
  it('reads a measure a country decided against lifting as in place, and a move before "but held off on" as made', () => {
    expect(read('Korea opted against lifting its 20% tariff on Japanese steel.')).toEqual(['impose KR']);
    expect(
      slotRecords(
        events(
          'Kestrel Metals moved manufacturing from China to Vietnam, but held off on closing its Chinese plant.',
        ),
      ).map((e) => e.to),
    ).toEqual(['VN']);
    expect(
      slotRecords(
        events('Zentrix Corp opted against expanding in China and will shift manufacturing to India.'),
      ).map((e) => e.to),
    ).toEqual(['IN']);
  });
  it('keeps a fronted phrase that states a condition governing the clause', () => {
    expect(
      slotRecords(
        events('After the deadline passes without a deal, the EU will impose 25% tariffs on U.S. bourbon.'),
      ).map((e) => e.action),
    ).not.toContain('impose');
  });
  it('keeps countermeasures only threatened, or on goods, no sanctions on a firm', () => {
    expect(events('China threatened countermeasures on Redstone Aerospace over the arms sale.')).toEqual([]);
    expect(events('China announced countermeasures on Boeing jets and Airbus parts.')).toEqual([]);
  });
  it('keeps a country named after the agent that opens a clause of its own, or owns what follows, no co-agent', () => {
    expect(
      read('Orlan Energy was sanctioned by the United States and Canada is expected to follow.'),
    ).toEqual(['add US Orlan Energy']);
  });
  it('keeps the dateline country from acting where the sentence names another government', () => {
    expect(read('NEW DELHI - Rice exports were banned by the government of Bangladesh on Friday.')).toEqual([
      'impose BD',
    ]);
    expect(events('BRUSSELS - Exports of scrap steel have been banned, the ministry in Rome said.')).toEqual(
      [],
    );
  });
  it('keeps a measure asked of another country ("asked Japan for a quota") no measure of its own', () => {
    expect(events('The U.S. asked Japan for a quota on the export of cars to the United States.')).toEqual(
      [],
    );
  });
  it('keeps a measure of another kind beside rates itemised for an earlier one', () => {
    expect(
      slotRecords(
        events(
          'The EU imposed safeguard duties on steel, on top of anti-dumping rates of 35% for China and 22% for Taiwan imposed in 2023.',
        ),
      ).map((e) => `${e.target} ${e.rate_pct}`),
    ).toEqual(['null null', 'CN 35', 'TW 22']);
  });
  it('reads a person after stacked titles ("Maj. Gen. Oleg Reznik") as the listed party', () => {
    expect(read('OFAC sanctioned Kestrel Metals and Maj. Gen. Oleg Reznik on Tuesday.')).toEqual([
      'add US Kestrel Metals',
      'add US Oleg Reznik',
    ]);
  });
  it('reads a plan walked back, backtracked on or reversed as no plan, and "decided against" as no action', () => {
    expect(events('Korvath Mining walked back its plan to move production from Germany to Mexico.')).toEqual(
      [],
    );
    expect(events('Kazakhstan backtracked on its plan to ban uranium exports.')).toEqual([]);
    expect(
      events('Korvath Mining made a U-turn on its plan to relocate its headquarters to Switzerland.'),
    ).toEqual([]);
    expect(events('India reversed course on its plan to raise the export duty on iron ore.')).toEqual([]);
    expect(events('The commission decided against imposing duties on Korean zinc plate.')).toEqual([]);
  });
  it('reads "did not just" and "not only did" as adding to the action, not negating it', () => {
    expect(read('China did not just restrict gallium exports; it banned them outright.')).toEqual([
      'impose CN',
    ]);
    expect(
      read('Not only did Peru raise its tariff on Chilean zinc to 60%, it also banned tin exports.'),
    ).toEqual(expect.arrayContaining(['raise PE', 'impose PE']));
  });
  it('keeps "not only a shield from duties" (a noun after "not only") no statement of a tariff', () => {
    expect(
      events('The new smelter is not only a shield from duties, said its owner Korvath Mining.'),
    ).toEqual([]);
  });
  it('reads a phrase fronted before the subject ("After weeks of rumours,") as no cue for the action', () => {
    expect(read('After weeks of rumours, China banned graphite exports to the US on Friday.')).toEqual([
      'impose CN',
    ]);
    expect(read('Despite weeks of speculation, Laos banned tin ore exports on Friday.')).toEqual([
      'impose LA',
    ]);
    expect(events('Amid rumours that Laos would ban tin ore exports, prices rose.')).toEqual([]);
  });
  it('reads China\'s "countermeasures on" named firms as sanctions on them', () => {
    expect(
      read('China imposed countermeasures on Lockfield Aerospace and Brightmere Systems on Friday.'),
    ).toEqual(['add CN Lockfield Aerospace', 'add CN Brightmere Systems']);
  });
  it("reads a commissioner's conditional word as the government's threat", () => {
    expect(
      slotRecords(
        events(
          'The EU trade commissioner said the bloc would impose 20% duties on U.S. steel if talks failed.',
        ),
      ).map((e) => e.action),
    ).toEqual(['threaten']);
  });
  it('reads an institution named with "of" and a place ("Bank of Dandong") as one name', () => {
    expect(read('The UK removed Bank of Tarsk from its sanctions list on Monday.')).toEqual([
      'remove GB Bank of Tarsk',
    ]);
    expect(read('Britain removed Bank of Dandong from its sanctions list.')).toEqual([
      'remove GB Bank of Dandong',
    ]);
    expect(read('OFAC sanctioned Kestrel Metals and Bank of Kunlun on Thursday.')).toEqual([
      'add US Kestrel Metals',
      'add US Bank of Kunlun',
    ]);
  });
  it('reads each of the countries after "by" as acting ("sanctioned by Britain and Canada")', () => {
    expect(read('Orlova Nickel was sanctioned by Britain and Canada last year.').sort()).toEqual([
      'add CA Orlova Nickel',
      'add GB Orlova Nickel',
    ]);
    expect(
      read('Duties of 25% were imposed by Canada and Mexico on Chinese steel last year.').sort(),
    ).toEqual(['impose CA', 'impose MX']);
  });
  it('reads a ban, suspension or quota "on (the) export of" goods, also in the passive, as an export control', () => {
    expect(
      read('The Government of Laos has extended the suspension on export of tin ore by three months.'),
    ).toEqual(['impose LA']);
    expect(read('A ban was imposed on the export of bauxite by Guinea in 2024.')).toEqual(['impose GN']);
    expect(read('The Government of the Philippines has imposed a quota on export of nickel ore.')).toEqual([
      'impose PH',
    ]);
    expect(read('Zambia lifted the suspension on export of manganese ore on Monday.')).toEqual(['remove ZM']);
    expect(
      read('China said exports of graphite will be subject to an export licence from December 1.'),
    ).toEqual(['impose CN']);
  });
  it('reads a measure contemplated, or wanted of the government by others, as none', () => {
    expect(events('The Ministry of Mines is contemplating a ban on nickel ore exports.')).toEqual([]);
    expect(events('Industry groups want the EU to raise its steel duty to 50%.')).toEqual([]);
  });
  it('reads a change word opening the goods after the measure ("duty on cut and polished diamonds") as theirs', () => {
    expect(
      slotRecords(
        events('India raised the basic customs duty on cut and polished diamonds to 7.5 per cent.'),
      ).map((e) => `${e.action} ${e.rate_pct}`),
    ).toEqual(['raise 7.5']);
  });
  it('reads a measure whose anchor goes on to list rates by country as those items only', () => {
    expect(
      slotRecords(
        events(
          'Mexico imposed duties on cold-rolled steel, setting rates of 35% for China, 22% for Taiwan and 18% for South Korea.',
        ),
      ).map((e) => `${e.target} ${e.rate_pct}`),
    ).toEqual(['CN 35', 'TW 22', 'KR 18']);
  });
  it('keeps a measure on all imports with its rate beside the countries it hits', () => {
    expect(
      slotRecords(
        events('The US imposed 25% tariffs on all steel imports, with Canada and Mexico hit hardest.'),
      ).map((e) => `${e.target} ${e.rate_pct}`)[0],
    ).toBe('null 25');
  });
  it('reads a person listed after a title ("and Capt. Ivan Sorokin") as a member, and "Tanker" inside a name as the name\'s', () => {
    expect(
      read('OFAC sanctioned Volga Maritime LLC, Arctic Tanker Services and Capt. Ivan Sorokin on Tuesday.'),
    ).toEqual(['add US Volga Maritime', 'add US Arctic Tanker Services', 'add US Ivan Sorokin']);
    expect(read('OFAC sanctioned Kestrel Metals and Dr Lena Hart on Tuesday.')).toEqual([
      'add US Kestrel Metals',
      'add US Lena Hart',
    ]);
  });
  it('reads a plan dropped in a "but" clause after it ("but the plan was shelved", "but held off") as none', () => {
    expect(
      events('Peru had been expected to raise its tariff on Chilean zinc to 25%, but the plan was shelved.'),
    ).toEqual([]);
    expect(events('The Treasury was set to sanction Borvik Mining but held off.')).toEqual([]);
  });
  it('reads what analysts "say" a government could do as their forecast', () => {
    expect(events('Analysts say the EU could raise its steel duty to 50% next year.')).toEqual([]);
  });
  it('reads an office that is the passive\'s agent, or written "Govt", as the dateline country\'s', () => {
    expect(
      read(
        'LUSAKA - Export of manganese ore has been banned by the Ministry of Mines and Minerals Development.',
      ),
    ).toEqual(['impose ZM']);
    expect(read('HARARE - The Govt has banned exports of lithium ore.')).toEqual(['impose ZW']);
  });
  it('reads a date written with dots day first, and a safeguard measure on goods as a tariff', () => {
    expect(
      events('JAKARTA - The Ministry of Energy on 28.02.2025 imposed a ban on export of bauxite.').map(
        (e) => e.date,
      ),
    ).toEqual(['2025-02-28']);
    expect(read('The EU extended its safeguard measure on steel imports until 2026.')).toEqual(['impose EU']);
  });
  it("reads each listed country's rate with its country when the headline names one of them", () => {
    expect(
      slotRecords(
        events(
          'Mexico imposed duties on cold-rolled steel, setting rates of 35% for China, 22% for Taiwan and 18% for South Korea.',
          'Mexico imposes duties on Chinese steel',
        ),
      ).map((e) => `${e.target} ${e.rate_pct}`),
    ).toEqual(['CN 35', 'TW 22', 'KR 18']);
  });
  it('reads the country after a preposition before "sanctions" ("under US sanctions") as their authority', () => {
    expect(
      read(
        'Tula Resources, which has been under US sanctions since 2018, reported a loss. Britain sanctioned the company last year as well.',
      ),
    ).toEqual(['add US Tula Resources', 'add GB Tula Resources']);
  });
  it('pairs a rate written right after its country ("Vietnam at 46%", "Vietnam 46%") with it', () => {
    const pairs = (text: string) => slotRecords(events(text)).map((e) => `${e.target} ${e.rate_pct}`);
    expect(pairs('The US imposed tariffs on Vietnam at 46%, Thailand at 36% and Malaysia at 24%.')).toEqual([
      'VN 46',
      'TH 36',
      'MY 24',
    ]);
    expect(
      pairs('The US imposed new tariffs on Vietnam 46%, Thailand 36% and Malaysia 24% on Wednesday.'),
    ).toEqual(['VN 46', 'TH 36', 'MY 24']);
  });
  it('pairs the rates listed "respectively" with the members of the acting group in order', () => {
    expect(
      slotRecords(events('Canada and Mexico imposed tariffs of 25% and 20% on U.S. goods, respectively.'))
        .map((e) => `${e.imposer} ${e.rate_pct}`)
        .sort(),
    ).toEqual(['CA 25', 'MX 20']);
  });
  it('reads the company named after "its Chinese subsidiary" or "X\' Beijing unit," as the party, not its owner', () => {
    expect(
      read(
        "The Commerce Department added Hexin Holdings' Chinese subsidiary Shenzhen Hexin Lasers to the Entity List.",
      ),
    ).toEqual(['add US Shenzhen Hexin Lasers']);
    expect(
      read("Washington removed Kallisto Labs' Beijing unit, Kallisto Beijing, from the Entity List."),
    ).toEqual(['remove US Kallisto Beijing']);
    expect(
      slotRecords(
        events('Orvane said its Chinese subsidiary Orvane Shenzhen would move manufacturing to Vietnam.'),
      ).map((e) => e.company),
    ).toEqual(['Orvane Shenzhen']);
  });
  it('reads export licences withdrawn, or revoked in the passive, and exports frozen, as a tightened export control', () => {
    expect(read('Mongolia withdrew the coal export licences of five companies on Monday.')).toEqual([
      'impose MN',
    ]);
    expect(read('The lithium export licence of Atacama Salts was revoked by Chile last week.')).toEqual([
      'impose CL',
    ]);
    expect(read('Morocco froze exports of phosphate rock on Friday.')).toEqual(['impose MA']);
  });
  it('reads exemptions for a list of countries that expire, or one revoked in the passive, as the tariff back on each', () => {
    const read2 = (text: string) => slotRecords(events(text)).map((e) => `${e.action} ${e.target}`);
    expect(
      read2('The exemptions for Canada and Mexico from the U.S. aluminum tariffs expired on Tuesday.'),
    ).toEqual(['impose CA', 'impose MX']);
    expect(
      read2(
        'The exemptions for Canada, Mexico and Brazil from the U.S. steel tariffs will expire on Friday.',
      ),
    ).toEqual(['impose CA', 'impose MX', 'impose BR']);
    expect(read2("Argentina's exemption from the U.S. steel tariff was revoked on Monday.")).toEqual([
      'impose AR',
    ]);
    expect(read2('The U.S. steel tariff was revoked on Monday.')).toEqual(['remove null']);
  });
  it('reads an export ban in the future passive that goes on from a measure stated just before as its next step', () => {
    const goods = articleCandidates({
      text: 'The Philippines will ban exports of nickel ore from 2027. Shipments of chromite ore will be banned from 2028.',
      published: '2025-06-01',
    })
      .filter((c) => c.type === 'export_restriction')
      .map((c) => `${c.slots.imposer} ${c.slots.goods}`);
    expect(goods).toEqual(['PH nickel ore', 'PH chromite ore']);
    expect(
      articleCandidates({
        text: 'The Philippines will ban exports of nickel ore from 2027. Analysts expect that shipments of chromite ore will be banned too.',
        published: '2025-06-01',
      }).filter((c) => c.type === 'export_restriction' && c.slots.goods === 'chromite ore'),
    ).toEqual([]);
  });
  it('reads the country a company leaves for another ("left Germany for Texas") as where it moves from', () => {
    const moves = (text: string) => slotRecords(events(text)).map((e) => `${e.company} ${e.from}>${e.to}`);
    expect(moves('Kestrel Metals left Germany for Texas last year.')).toEqual(['Kestrel Metals DE>US']);
  });
  it('reads state approval required for exports of goods as an export control', () => {
    expect(read('Bolivia will require state approval for all lithium carbonate exports from July.')).toEqual([
      'impose BO',
    ]);
  });
  it("keeps a day after a unit's noun, or a source between commas, no unit's name", () => {
    expect(
      read("The U.S. Treasury sanctioned Karmond Shipping's Dubai unit Monday, saying it moved Iranian oil."),
    ).toEqual(['add US Karmond Shipping']);
    expect(
      slotRecords(
        events("Lunaris Group's Chinese unit, Reuters reported, will move production to Vietnam."),
      ).map((e) => e.company),
    ).not.toContain('Reuters');
  });
  it('keeps a future ban that names its own country, condition or proposal from continuing the measure before', () => {
    const goods = (text: string) =>
      articleCandidates({ text, published: '2025-06-01' })
        .filter((c) => c.type === 'export_restriction')
        .map((c) => c.slots.goods);
    expect(
      goods(
        'India banned rice exports last year. Exports of sugar will be banned from October if the monsoon fails.',
      ),
    ).not.toContain('sugar');
    expect(
      goods(
        'China restricted exports of graphite on Monday. Exports of rare earths will be banned from 2026 under a proposal by lawmakers.',
      ),
    ).not.toContain('rare earths');
  });
  it('keeps export licence applications withdrawn by a company no export control', () => {
    expect(
      read(
        'Kestrel Metals withdrew its export licence applications for tungsten after China tightened controls.',
      ),
    ).toEqual(['expand CN']);
  });
  it('reads a French, Spanish or Portuguese company name whole over its particles and the place after them', () => {
    expect(read('The Treasury sanctioned Minera Andina del Sur S.A. on Tuesday.')).toEqual([
      'add US Minera Andina del Sur',
    ]);
    expect(
      slotRecords(events('Société Minière du Katanga moved its headquarters from Congo to Belgium.')).map(
        (e) => `${e.company} ${e.from}>${e.to}`,
      ),
    ).toEqual(['Société Minière du Katanga CD>BE']);
  });
  it('reads "a license is required for exports of" goods as an export control', () => {
    expect(
      read(
        'The U.S. government informed Lumora Chips that a license is required for exports of its AI accelerator boards to China.',
      ),
    ).toEqual(['impose US']);
  });
  it('reads a tariff truce that lapses as no removal of the tariffs', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => e.action);
    expect(actions('The US tariff truce with Canada lapsed on Friday.')).not.toContain('remove');
  });
  it('keeps a sale out of a country, a truce that ends tariffs, two names opened alike and an unwanted move as they are', () => {
    expect(events('Drastik Industries exited India for $1.2 billion.')).toEqual([]);
    expect(
      slotRecords(events("The truce ended China's 125% tariffs on US goods.")).map((e) => e.action),
    ).toContain('remove');
    expect(read('The US sanctioned Industrias Kornholt and Industrias Plensa on Monday.')).toEqual([
      'add US Industrias Kornholt',
      'add US Industrias Plensa',
    ]);
    expect(read('The US sanctioned Zenmark do Brasil on Monday.')).toEqual(['add US Zenmark do Brasil']);
    expect(
      events('Shareholders of Zenmark Mining did not want the company to move its headquarters to Canada.'),
    ).toEqual([]);
  });
  it('reads countries given "among them" with their rates as the tariff\'s targets, as "including" does', () => {
    expect(
      slotRecords(
        events(
          'The US imposed new tariffs on dozens of countries, among them Vietnam (46%) and Sri Lanka (44%).',
        ),
      ).map((e) => `${e.target} ${e.rate_pct}`),
    ).toEqual(['VN 46', 'LK 44']);
  });
  it('reads the unit named right after its noun before a verb of saying ("its subsidiary Orvane Shenzhen said") as a unit', () => {
    expect(
      slotRecords(
        events('Orvane said its subsidiary Orvane Shenzhen said it would move manufacturing to Vietnam.'),
      ).map((e) => e.company),
    ).toEqual(['Orvane Shenzhen']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-fourth session)', () => {
  it('reads a filing\'s defined term ("the Company\'s inclusion") as no company named "Company"', () => {
    const entities = slotRecords(
      events(
        "Orvane Minerals Ltd said the Commerce Department had added the company to the Entity List. The Company's inclusion on the Entity List took effect on May 5.",
      ),
    ).map((e) => e.entity);
    expect(entities).not.toContain('Company');
    expect(entities).toContain('Orvane Minerals');
  });
  it('reads a reprieve granted to a country from a tariff as its removal for that country', () => {
    expect(
      slotRecords(
        events(
          'The United States granted Canada a reprieve from its 25% tariff on steel imports on Tuesday.',
        ),
      )
        .filter((e) => e.action === 'remove')
        .map((e) => `${e.imposer} ${e.target} ${e.rate_pct}`),
    ).toEqual(['US CA 25']);
  });
  it('reads a country\'s office after "after" or "since" as the subject of the clause it opens, and as a possessor', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.imposer ?? e.authority} ${e.action}`);
    expect(read('Prices rose after the Chilean government banned lithium exports.')).toEqual([
      'export_restriction CL impose',
    ]);
    expect(read('Shares fell after the British government sanctioned Norvik Nickel.')).toEqual([
      'blacklisting GB add',
    ]);
    expect(read('Prices jumped after the Chinese commerce ministry banned antimony exports.')).toEqual([
      'export_restriction CN impose',
    ]);
    expect(
      read(
        "Analysts cut targets after the Congolese government's decision to extend its cobalt export ban by three months.",
      ),
    ).toEqual(['export_restriction CD expand']);
  });
  it('reads a measure named as what may come ("the risk of export curbs", "the possibility of a ban") as none stated', () => {
    expect(events('"The risk of export curbs on cobalt from Congo is rising," the bank wrote.')).toEqual([]);
    expect(events('There is a growing risk of Chilean export restrictions on lithium.')).toEqual([]);
    expect(events('Traders are pricing in the possibility of a cobalt export ban in Congo.')).toEqual([]);
  });
  it('keeps a measure that raises a risk, or the risk a measure brings, as stated', () => {
    expect(
      slotRecords(events('Chile banned lithium exports, raising the risk of shortages.')).map(
        (e) => e.imposer,
      ),
    ).toEqual(['CL']);
  });
  it('reads a gathering where a company speaks ("the Denver Gold Forum", "the Mining Indaba") as no company', () => {
    expect(
      slotRecords(
        events(
          'Speaking at the Denver Gold Forum, Halvorsen Minerals chief executive Ingrid Dahl said the company will shift its headquarters from London to Toronto.',
        ),
      ).map((e) => e.company),
    ).toEqual(['Halvorsen Minerals']);
    expect(
      slotRecords(
        events(
          'At the Mining Indaba in Cape Town, Kestrel Cobalt said it would move its refining from China to Morocco.',
        ),
      ).map((e) => e.company),
    ).toEqual(['Kestrel Cobalt']);
  });
  it("reads a wire story's note on its update as no statement, and the story after it on its own", () => {
    const found = events(
      '(Adds comment from ministry in paragraph 4; updates 25% tariff figure in paragraph 6)\nLIMA, May 3 - Peru banned exports of copper scrap on Friday.',
    );
    expect(found.map((e) => e.type)).toEqual(['export_restriction']);
    expect(found[0]?.citation.quote).toBe('LIMA, May 3 - Peru banned exports of copper scrap on Friday.');
  });
  it('reads a lone common acronym ("HQ") as no company', () => {
    expect(companies('Indonesian nickel firm shifts HQ to Singapore.')).not.toContain('HQ');
  });
  it('reads a removed duty on ore of a stated metal content with no rate and no duty imposed', () => {
    expect(
      slotRecords(
        events('India removed the export duty on iron ore fines with less than 58% iron content on Tuesday.'),
      ).map((e) => `${e.action} ${e.rate_pct}`),
    ).toEqual(['remove null']);
  });
  it('reads a measure that ceases to apply, to have effect or to be implemented as removed', () => {
    const actions = (text: string) => slotRecords(events(text)).map((e) => `${e.type} ${e.action}`);
    expect(actions('Beijing said the 15% tariffs on US coal would cease to apply from Friday.')).toContain(
      'tariff remove',
    );
    expect(
      actions('China said its export ban on gallium to the US ceased to have effect on Monday.'),
    ).toContain('export_restriction remove');
  });
  it('reads the subject after a passive participle clause that opens the sentence as its party, whatever its verb', () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => e.entity);
    expect(
      entities(
        'After being added to the Entity List in April, Zhonglin Rare Earth Materials said it would shift sales to Southeast Asia.',
      ),
    ).toEqual(['Zhonglin Rare Earth Materials']);
    expect(
      entities(
        'Having been added to the Entity List in April, Zhonglin Rare Earth Materials said it would shift sales to Southeast Asia.',
      ),
    ).toEqual(['Zhonglin Rare Earth Materials']);
    expect(
      entities(
        'Added to the Entity List in April, Zhonglin Rare Earth Materials said it would shift sales to Asia.',
      ),
    ).toEqual(['Zhonglin Rare Earth Materials']);
  });
  it('keeps the subject after an active clause that opens the sentence apart from its action', () => {
    expect(
      slotRecords(
        events(
          'After the US added Korvath Shipping to the Entity List, Verran Metals said it would cut ties.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Korvath Shipping']);
  });
  it('reads names that end in a word of computing ("Suntrek Computing") as companies by their shape', () => {
    expect(
      slotRecords(
        events(
          'The Commerce Department expanded the Entity List on Monday. The department had added Suntrek Computing to the list in April.',
        ),
      ).map((e) => e.entity),
    ).toEqual(['Suntrek Computing']);
  });
  it('reads the name listed after a part of a company named by its shape ("Tarrow Technologies\' missile unit and …")', () => {
    expect(
      slotRecords(
        events(
          "China's commerce ministry on Friday added 11 U.S. firms, including Tarrow Technologies' missile unit and Belcastle Aero, to its unreliable entity list.",
        ),
      ).map((e) => e.entity),
    ).toEqual(['Tarrow Technologies', 'Belcastle Aero']);
  });
  it('reads a verb that acts on a measure\'s effect ("reduce exposure to US tariffs") as no change of the measure', () => {
    expect(
      slotRecords(
        events(
          'Kurobe Semitec said it plans to relocate its assembly lines from Suzhou to Penang, Malaysia, by 2027 to reduce exposure to US tariffs on Chinese goods.',
        ),
      )
        .filter((e) => e.action === 'reduce')
        .map((e) => e.imposer),
    ).toEqual([]);
  });
  it('reads the country before a measure\'s rate ("the US 25% tariff") as its imposer, and who talks over it as none', () => {
    expect(
      slotRecords(events('Tokyo will continue talks over the US 25% tariff on Japanese cars.')).map(
        (e) => `${e.imposer} ${e.target} ${e.rate_pct}`,
      ),
    ).toEqual(['US JP 25']);
  });
  it('reads a move in progress named by its site ("is relocating its plant from China to Vietnam") as announced', () => {
    expect(
      slotRecords(events('Kessler Wire is relocating its plant from China to Vietnam.')).map((e) => e.status),
    ).toEqual(['announced']);
  });
  it("reads where goods were made or finished as their origin: the tariff's target, no imposer and no move", () => {
    expect(
      slotRecords(events('Canada will apply a 25% surtax on steel melted and poured in China.')).map(
        (e) => `${e.imposer} ${e.target}`,
      ),
    ).toEqual(['CA CN']);
    expect(
      slotRecords(
        events(
          'The US set new auto tariffs on Friday. Vehicles assembled in Mexico by Korvath Motors will face a 25% tariff.',
        ),
      )
        .filter((e) => e.rate_pct === 25)
        .map((e) => `${e.imposer} ${e.target}`),
    ).toEqual(['US MX']);
    expect(events('Fenwick Solar said panels assembled in Malaysia would be exempt.')).toEqual([]);
  });
  it('reads "scrap" after a material as the goods\' form ("nickel scrap"), not as a removal', () => {
    expect(
      slotRecords(events('Indonesia banned exports of nickel scrap on Monday.')).map(
        (e) => `${e.action} ${e.goods}`,
      ),
    ).toEqual(['impose nickel scrap']);
    expect(
      slotRecords(events('Indonesia will scrap its ban on nickel exports.')).map((e) => e.action),
    ).toContain('remove');
  });
  it('reads a group of countries an export ban leaves out ("to countries outside the OECD") as no listed party', () => {
    expect(
      slotRecords(events('Britain banned exports of aluminium scrap to countries outside the OECD.')).map(
        (e) => e.type,
      ),
    ).toEqual(['export_restriction']);
    expect(
      slotRecords(
        events(
          'Kazakhstan banned exports of tungsten concentrate to countries outside the Eurasian Economic Union.',
        ),
      ).map((e) => e.type),
    ).toEqual(['export_restriction']);
  });
  it('reads an action someone is kept from ("barred Korvath Metals from moving its smelter to China") as not done', () => {
    expect(events('The government barred Korvath Metals from moving its smelter to China.')).toEqual([]);
    expect(
      events(
        'The Dutch government barred Orisma Optics from shipping its most advanced lithography machines to China.',
      ).map((e) => e.type),
    ).not.toContain('relocation');
  });
  it('reads Goa, an Indian state with a name too short for the derived gazetteer, as India', () => {
    expect(slotRecords(events('Goa banned exports of iron ore on Monday.')).map((e) => e.imposer)).toEqual([
      'IN',
    ]);
  });
  it('reads "the province" as the country of the state or province named in the sentences before', () => {
    expect(
      slotRecords(
        events(
          'Saskatchewan Premier Lena Dorsey spoke on Monday. The province will halt uranium exports to the United States from July.',
        ),
      ).map((e) => `${e.imposer} ${e.target}`),
    ).toEqual(['CA US']);
  });
  it('reads the licence requirement a listing brings on its party as the listing, no export restriction of its own', () => {
    expect(
      events(
        'The U.S. added Tianhe Avionics to its Military End-User List on Friday, requiring licenses for exports of items such as aircraft parts and sensors to the company.',
      ).map((e) => e.type),
    ).toEqual(['blacklisting']);
    expect(
      events(
        'The Commerce Department added Velor Photonics to the Entity List. The listing imposes a license requirement for all items subject to the Export Administration Regulations.',
      ).map((e) => e.type),
    ).toEqual(['blacklisting']);
  });
  it('keeps a licence requirement for exports to a country after a listing as an export restriction', () => {
    expect(
      events(
        'The U.S. added Tianhe Avionics to the Entity List and will require licenses for exports of gallium to China.',
      )
        .map((e) => e.type)
        .sort(),
    ).toEqual(['blacklisting', 'export_restriction']);
  });
  it("keeps the readings the adversarial probes found the session's rules overreaching on", () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) =>
        `${e.type} ${e.action ?? ''} ${e.imposer ?? e.authority ?? ''} ${e.entity ?? e.company ?? ''}`.trim(),
      );
    expect(read('Washington held talks on the 25% tariff it imposed on Japanese cars in April.')).toEqual([
      'tariff impose US',
    ]);
    expect(read('The EU suspended the effect of its 25% tariff on US bourbon for six months.')).toContain(
      'tariff remove EU',
    );
    expect(read('Nothing stopped Dravo Industries from moving its plant to Vietnam last year.')).toEqual([
      'relocation   Dravo Industries',
    ]);
    expect(
      slotRecords(
        events('Steel volumes above the quota will be taxed at 25% under the new EU safeguard.'),
      ).map((e) => e.rate_pct),
    ).toEqual([25]);
    expect(
      read(
        "Zinc Metals Group's Chinese unit was added to the Entity List on Tuesday, the Commerce Department said.",
      ),
    ).toEqual(['blacklisting add US Zinc Metals Group']);
    expect(
      read(
        'Halvorsen Minerals cited the risks of the 25% US tariffs on Canadian nickel in its annual report.',
      ),
    ).toEqual(['tariff impose US']);
    expect(
      read('(Updates to the Entity List on Tuesday added Kestrel Cobalt and Zhonglin Rare Earth.)'),
    ).toHaveLength(2);
    expect(
      read(
        "After being added to the Entity List in April, Kestrel Securities said Zhonglin Rare Earth's US sales would halve.",
      ),
    ).toEqual([]);
    expect(
      read(
        "Canadian officials met Chinese buyers in Shanghai. The province will halt uranium exports to the US, Saskatchewan's premier said.",
      ),
    ).not.toContain('export_restriction impose CN');
  });
  it('reads a month alone set off by a comma ("In February, Pinecrest Mining") as no member of a list of names', () => {
    const names = (text: string) =>
      // (An article without a publication day, whose months are no dates.)
      analyseSentence({ text, start: 0, end: text.length }, 0, { published: null })
        .mentions.filter((m) => m.kind === 'organisation')
        .map((m) => m.value);
    expect(names('In February, Pinecrest Mining moved its smelting to Vietnam.')).toEqual([
      'Pinecrest Mining',
    ]);
    expect(names('The US sanctioned Korvath Mining, May Bank and June Holdings.')).toEqual([
      'Korvath Mining',
      'May Bank',
      'June Holdings',
    ]);
  });
  it('reads the level a change goes "to as much as", however far after the anchor, as its rate', () => {
    expect(
      slotRecords(
        events(
          'Mexico raised import tariffs on steel, textiles and footwear from countries without a free trade agreement to as much as 35%.',
        ),
      ).map((e) => `${e.action} ${e.rate_pct}`),
    ).toEqual(['raise 35']);
  });
  it('reads a rule restricting exports that is revoked, rescinded or scrapped as the restriction removed', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.imposer} ${e.action} ${e.goods}`);
    expect(
      read(
        'The Commerce Department revoked the rule restricting exports of AI chips to dozens of countries.',
      ),
    ).toEqual(['US remove AI chips']);
    expect(read('China issued a rule restricting exports of graphite to the United States.')).toEqual([
      'CN impose graphite',
    ]);
  });
  it('reads goods that enter or ship duty-free under an agreement as a standing status, no removal', () => {
    expect(
      events('Australian lithium enters Japan duty-free under a bilateral trade pact, the miner said.'),
    ).toEqual([]);
    expect(
      slotRecords(events('The EU granted Ukrainian steel duty-free access until June.')).map((e) => e.action),
    ).toContain('remove');
  });
  it('reads a tariff lifted by a number of percentage points as raised', () => {
    expect(
      slotRecords(
        events(
          'The Philippines lifted its import tariff on galvanised steel sheet by 5 percentage points, to 12.5 per cent, on Monday.',
        ),
      ).map((e) => `${e.action} ${e.rate_pct}`),
    ).toContain('raise 12.5');
    expect(
      slotRecords(
        events(
          'The Philippines lifted its import tariff on galvanised steel sheet by 5 percentage points, to 12.5 per cent, on Monday.',
        ),
      ).map((e) => e.action),
    ).not.toContain('remove');
  });
  it('reads parties "listed under" a sanctions regime as added, and a company listed under a ticker as no listing', () => {
    expect(
      slotRecords(
        events(
          'The Council of the EU on Monday listed Uralsk Foundry Group under its Russia sanctions regime.',
        ),
      ).map((e) => `${e.authority} ${e.action} ${e.entity}`),
    ).toEqual(['EU add Uralsk Foundry Group']);
    expect(
      events(
        'The US sanctioned Korvath Mining on Monday. Korvath, which is listed in Hong Kong under the ticker 1234, said it would appeal.',
      )[0]?.citations,
    ).toHaveLength(1);
  });
  it('reads a president who opens the next clause (", and President Joko Widodo later extended …") as no listed party', () => {
    expect(
      events(
        'Indonesia banned exports of nickel ore in 2020, and President Joko Widodo later extended the policy to bauxite.',
      ).map((e) => e.type),
    ).toEqual(['export_restriction']);
    expect(
      slotRecords(
        events('The US banned exports to Korvath Mining and its chief executive, Ivan Petrov.'),
      ).map((e) => e.entity),
    ).toEqual(['Korvath Mining', 'Ivan Petrov']);
  });
  it('reads an agency named with its country after "of", or opening with a measure\'s word, as no second measure', () => {
    expect(
      slotRecords(
        events(
          'Vietnam imposed tariffs of 12.5% on galvanised steel from China, the Trade Remedies Authority of Vietnam said.',
        ),
      ).map((e) => `${e.imposer} ${e.target}`),
    ).toEqual(['VN CN']);
    expect(
      slotRecords(
        events(
          'Australia imposed duties on aluminium extrusions from Malaysia at 6.8%, the Anti-Dumping Commission said.',
        ),
      ).map((e) => `${e.imposer} ${e.target} ${e.rate_pct}`),
    ).toEqual(['AU MY 6.8']);
  });
  it('keeps measures near a listing word or a party word, and rates of comparisons, as the third probe found them', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.imposer} ${e.target} ${e.rate_pct ?? ''}`.trim());
    expect(
      read('In response to the listing, Beijing banned exports of gallium to the United States.'),
    ).toEqual(['export_restriction CN US']);
    expect(
      read(
        'The United States imposed 50% tariffs on Indian steel, a heavy blow to the company, which ships most of its output there.',
      ),
    ).toEqual(['tariff US IN 50']);
    expect(
      read(
        'The US raised its tariff on Chinese steel, and steel prices in Chicago climbed to as much as 30% above Asian levels.',
      ),
    ).toEqual(['tariff US CN']);
    expect(
      read(
        'The International Trade Commission of the United States voted to impose duties on Chinese graphite anodes.',
      ),
    ).toEqual(['tariff US CN']);
    expect(
      slotRecords(events('Canada lifted its tariff on US whiskey, boosting shipments by 40%.')).map(
        (e) => e.action,
      ),
    ).toContain('remove');
  });
  it('reads goods exempted from safeguard quotas as the safeguard removed for their country', () => {
    expect(
      slotRecords(events('The EU exempted Ukrainian steel from its safeguard quotas until June 2026.'))
        .filter((e) => e.action === 'remove')
        .map((e) => `${e.imposer} ${e.target} ${e.goods}`),
    ).toEqual(['EU UA steel']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-fifth session)', () => {
  it('reads tariff lines, headings and items as units of a schedule, not measures', () => {
    expect(
      slotRecords(
        events('Mexico raised tariffs on 1,463 tariff lines from China to 35%, the economy ministry said.'),
      ).map((e) => `${e.action} ${e.imposer} ${e.target} ${e.rate_pct}`),
    ).toEqual(['raise MX CN 35']);
    expect(events('The decree covers 1,463 tariff lines, including steel and textiles.')).toEqual([]);
  });
  it('gives a measure to the owner of the decision to take it, not to the country that answers it', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.action} ${e.imposer} ${e.target}`);
    expect(read("Canada criticised Washington's decision to impose 25% tariffs on Canadian steel.")).toEqual([
      'tariff impose US CA',
    ]);
    expect(
      read(
        "Beijing firmly opposes the European Union's final decision to impose countervailing duties of up to 35.3 percent on electric vehicles from China, the ministry said.",
      ),
    ).toEqual(['tariff impose EU CN']);
    expect(
      read(
        'China voiced strong dissatisfaction with the US decision to raise tariffs on Chinese graphite to 93.5 percent.',
      ),
    ).toEqual(['tariff raise US CN']);
    expect(
      read(
        "China lodged representations over Japan's decision to restrict exports of semiconductor equipment to China.",
      ),
    ).toEqual(['export_restriction impose JP CN']);
  });
  it('reads a ban on trade in named goods as a measure on the goods, not a listing of a party named nearby', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.action} ${e.imposer ?? e.authority}`);
    expect(
      read(
        "A court in Lubumbashi suspended the Democratic Republic of Congo's ban on cobalt exports, after a challenge by trader Ndeko Metals.",
      ),
    ).toEqual(['export_restriction remove CD']);
    expect(
      read(
        "Paltrow Antimony said it had felt no impact from China's ban on antimony exports to the United States.",
      ),
    ).toEqual(['export_restriction impose CN']);
    expect(
      slotRecords(
        events(
          'South Korea banned copper exports by Hanul Precision for two years, the trade ministry said.',
        ),
      ).map((e) => `${e.type} ${e.entity}`),
    ).toContain('blacklisting Hanul Precision');
  });
  it('reads a perfect without "been" as active: who had added or lifted is no party listed', () => {
    expect(
      slotRecords(
        events(
          "Kelmar Tungsten said China's Commerce Ministry had added tungsten and bismuth to its export control list in February.",
        ),
      ).map((e) => `${e.type} ${e.action}`),
    ).toEqual(['export_restriction expand']);
    expect(
      slotRecords(
        events(
          'Ostrava Mining said the European Union had lifted sanctions on its chairman, Pavel Drozdov, in its latest review.',
        ),
      ).map((e) => `${e.action} ${e.authority} ${e.entity}`),
    ).toEqual(['remove EU Pavel Drozdov']);
  });
  it("reads an agency the country's own mention covers as the country acting, not a listed party", () => {
    expect(
      events('The Entity List is a trade blacklist kept by the U.S. Bureau of Industry and Security.'),
    ).toEqual([]);
    expect(
      slotRecords(events("The EU sanctioned Russia's Ministry of Defence on Friday.")).map((e) => e.entity),
    ).toEqual(['Ministry of Defence']);
  });
  it('reads "lifted it to 145%" as a raise, and dates a second verb after a comma by its own date', () => {
    const found = events(
      'Washington imposed a 10% tariff on Chinese goods in December, doubled it to 20% in January, and lifted it to 145% in February.',
    ).map((e) => `${'action' in e ? e.action : ''} ${'rate_pct' in e ? e.rate_pct : ''} ${e.date}`);
    expect(found).toContain('raise 145 2025-02');
    expect(found).toContain('raise 20 2025-01');
    expect(found).toContain('impose 10 2024-12');
    expect(found).toHaveLength(3);
  });
  it("reads a measure named indefinitely that could follow or is expected, in anyone's words but the actor's, as a forecast", () => {
    expect(
      events('Indonesia is the top tin exporter. Analysts say a ban on tin exports could follow.'),
    ).toEqual([]);
    expect(
      events('Indonesia is the top tin exporter. A ban on tin exports is expected next year, analysts say.'),
    ).toEqual([]);
    expect(
      slotRecords(
        events(
          'Indonesia is the top tin exporter. A ban on tin exports is expected to take effect in June, the ministry said.',
        ),
      ).map((e) => `${e.type} ${e.imposer}`),
    ).toEqual(['export_restriction ID']);
  });
  it('reads a measure that "no" opens as the object of its verb as none', () => {
    expect(
      slotRecords(events('Brazil levies 2% on copper imports, while Indonesia imposes no duty at all.')).map(
        (e) => e.imposer,
      ),
    ).toEqual(['BR']);
    expect(
      slotRecords(events('The EU imposed no less than 25% duties on Chinese steel.')).map((e) => e.imposer),
    ).toEqual(['EU']);
  });
  it('knows states and regions by the short or English names news uses, and stroked letters written plain', () => {
    const read = (text: string) => slotRecords(events(text)).map((e) => `${e.from} ${e.to}`);
    expect(
      read('Corrado Wire will move its wire production from Shandong to Coahuila, executives said.'),
    ).toEqual(['CN MX']);
    expect(
      read('Tamsworth Castings will transfer its foundry work from Muncie, Indiana, to Querétaro.'),
    ).toEqual(['US MX']);
    expect(read('Lindqvist Auto will shift battery assembly from Bavaria to Silesia.')).toEqual(['DE PL']);
    expect(read('Pinecrest Furniture moved production from Guangdong to Dong Nai last year.')).toEqual([
      'CN VN',
    ]);
  });
  it('reads names that end in a product word of local industry ("Brenner Tool", "Hartwell Valve") as companies', () => {
    const companies = (text: string) => slotRecords(events(text)).map((e) => `${e.company} ${e.to}`);
    expect(
      companies('Lorain was dealt a blow Tuesday when Brenner Tool said it would move its plant to Mexico.'),
    ).toEqual(['Brenner Tool MX']);
    expect(
      companies("Dayton Mayor Jim Ross criticized Hartwell Valve's plan to move production to Mexico."),
    ).toEqual(['Hartwell Valve MX']);
  });
  it('reads production ended somewhere, made there for years, or a site of its own opening its clause as no move there', () => {
    const destinations = (text: string) => slotRecords(events(text)).map((e) => e.to);
    expect(
      destinations(
        'Wexford Lighting said Tuesday it will end production in Jackson, Tennessee, and relocate it to a new plant in Saltillo.',
      ),
    ).toEqual(['MX']);
    expect(
      destinations(
        'Corvell Automotive, which has built brake assemblies in Windsor for three decades, said Monday it will relocate manufacturing to Michigan.',
      ),
    ).toEqual(['US']);
    expect(
      destinations('Hartwell Valve will expand its Monterrey plant. Its Ohio plant is unaffected.'),
    ).toEqual([]);
  });
  it('reads a revoked or annulled sanctions designation as a removal, and renewed sanctions as no listing', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.action} ${e.authority} ${e.entity}`);
    expect(
      read('Australia has revoked the sanctions designation of mining investor Stepan Korolenko.'),
    ).toEqual(['remove AU Stepan Korolenko']);
    expect(
      read(
        'The EU General Court on Wednesday annulled the sanctions listing of metals trader Grigor Paltsev.',
      ),
    ).toEqual(['remove EU Grigor Paltsev']);
    expect(
      read(
        'The EU added Grigor Paltsev to its sanctions list in 2022. The Council kept him on the list when it renewed the sanctions in March.',
      ).filter((e) => e.startsWith('add')),
    ).toHaveLength(1);
  });
  it("reads the country that labels a brief's line or semicolon item as the actor of its predicate", () => {
    const actors = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.imposer ?? e.authority}`);
    expect(
      actors(
        'China: Beijing adds antimony to export control list.\nIndia: government cuts import duty on copper scrap to 2.5% from 5%.\nKazakhstan: government bans uranium exports until 2026.',
      ),
    ).toEqual(['export_restriction CN', 'tariff IN', 'export_restriction KZ']);
    expect(
      actors(
        'Chile — 10% duty on Chinese steel; Peru — bans copper scrap exports; Japan — adds Haeyang Marine to its sanctions list.',
      ).sort(),
    ).toEqual(['blacklisting JP', 'export_restriction PE', 'tariff CL']);
  });
  it('reads a measure named definitely that is no longer paid as in place, and "European" goods as the EU\'s', () => {
    expect(
      slotRecords(
        events('We no longer pay the 60% US tariff on Chinese graphite since moving production.'),
      ).map((e) => `${e.imposer} ${e.target} ${e.rate_pct}`),
    ).toEqual(['US CN 60']);
    expect(
      slotRecords(
        events(
          'China warned on Friday that it would impose duties on European pork unless Brussels dropped its probe.',
        ),
      ).map((e) => `${e.action} ${e.imposer} ${e.target}`),
    ).toEqual(['threaten CN EU']);
  });
  it("reads a region's adjective before a descriptor as describing the name after it, not as the name", () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => `${e.action} ${e.entity}`);
    expect(
      entities('Canada has removed Siberian nickel producer Taimyrsk Metals from its sanctions list.'),
    ).toEqual(['remove Taimyrsk Metals']);
    expect(entities('The US added Siberian miner Taiga Compute to the SDN list on Tuesday.')).toEqual([
      'add Taiga Compute',
    ]);
  });
  it("reads an agency inside a list's name as the list's keeper, not a listed party", () => {
    expect(
      slotRecords(
        events("Beijing-based Hashwell Pool was placed on the Commerce Department's Entity List on Tuesday."),
      ).map((e) => e.entity),
    ).toEqual(['Hashwell Pool']);
  });
  it('reads goods shipped to a site, the place of an alternative after "rather than", and names after a reference', () => {
    const moves = (text: string) => slotRecords(events(text)).map((e) => `${e.company} ${e.from} ${e.to}`);
    expect(
      moves('Qilan Lithium previously shipped all of its spodumene concentrate to its refinery in Sichuan.'),
    ).toEqual([]);
    expect(
      moves(
        'Zambezi Copper said the company would build a smelter in Zambia rather than ship concentrate to China.',
      ),
    ).toEqual(['Zambezi Copper CN ZM']);
    expect(
      moves(
        'Lumacell Energy said on Monday it had moved its manufacturing from China to Vietnam. The firm began mass production at a new factory near Haiphong in March, it said in a filing to the Taiwan Stock Exchange.',
      ).every((m) => m.startsWith('Lumacell Energy')),
    ).toBe(true);
  });
  it('reads a baseline tariff as global, with no target from the article', () => {
    const found = slotRecords(
      events(
        'Washington suspended the 24% tariff on Malaysian goods for 90 days, leaving a 10% baseline levy in place.',
      ),
    ).filter((e) => e.rate_pct === 10);
    expect(found.map((e) => `${e.imposer} ${e.target}`)).toEqual(['US null']);
  });
  it('lists every name of a reported clause\'s subject (and keeps names a list goes on with after "and the")', () => {
    const entities = (text: string) => slotRecords(events(text)).map((e) => e.entity);
    expect(
      entities(
        'The Ministry of Commerce on Friday announced that Tessaline Instruments, Varro Aerospace and Quillon Defense Corp have been added to the export control list.',
      ),
    ).toEqual(['Tessaline Instruments', 'Varro Aerospace', 'Quillon Defense']);
    expect(
      entities(
        'China said it had decided to take countermeasures against the Arctic Rights Alliance and the Northern Policy Institute.',
      ),
    ).toEqual(['Arctic Rights Alliance', 'Northern Policy Institute']);
  });
  it('keeps the readings the adversarial probes of the forty-fifth session found overreached', () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) =>
        [e.type, e.action, e.imposer ?? e.authority ?? e.company, e.target ?? e.entity ?? e.to].join(' '),
      );
    // A country labelling an item of a list of one actor's measures by partner is whom the measure is for.
    expect(
      read("Washington's new rates, by partner: Canada — 35% tariff on lumber; Japan — 15% tariff on cars."),
    ).not.toContain('tariff impose CA null');
    // "heading" is a verb after a tariff.
    expect(
      read(
        'With a 50% tariff heading into effect on Friday, Norvik Metals rushed copper cathode to US ports.',
      ),
    ).toHaveLength(1);
    // Governments list each other's bodies.
    expect(read('Iran blacklisted the U.S. Treasury Department on Sunday.')).toEqual([
      'blacklisting add IR U.S. Treasury Department',
    ]);
    // "no" that opens another noun phrase negates nothing.
    expect(read('Trump imposed with no warning new tariffs on Canadian lumber on Friday.')).toEqual([
      'tariff impose US CA',
    ]);
    // Who the report is according to is who "the company" is.
    expect(
      read('It will relocate its headquarters from London to Dubai, according to Corvane Resources.'),
    ).toEqual(['relocation  Corvane Resources AE']);
    // Goods in a trade case's capitals are no company.
    expect(
      read(
        'Norvik Precision makes parts in Ohio. Duties on Ball Bearings from Japan were raised to 60%. The company will move production from Japan to Thailand.',
      ),
    ).toContain('relocation  Norvik Precision TH');
    // "European" in a longer name is that name's.
    expect(
      read(
        'Canada cut tariffs on goods from the European Free Trade Association countries to zero in January.',
      ),
    ).not.toContain('tariff reduce CA EU');
    // Sanctions renewed on a named party list it.
    expect(read('Canada renewed its sanctions on Harlow Nickel on Monday for a further year.')).toEqual([
      'blacklisting add CA Harlow Nickel',
    ]);
    // A site leased for years, a site that opened, a place "sooner rather than later", a new smelter goods go to.
    expect(
      read(
        'Kestrel Cable has leased a factory in Monterrey for five years to replace imports from its Chinese plant.',
      ),
    ).toEqual(['relocation  Kestrel Cable MX']);
    expect(
      read(
        'Kestrel Solar stopped importing panels from Malaysia. Its Texas factory opened in March and now supplies all US customers.',
      ),
    ).toEqual(['relocation  Kestrel Solar US']);
    expect(
      read('Kestrel Motors will relocate its battery assembly sooner rather than later to Texas.'),
    ).toEqual(['relocation  Kestrel Motors US']);
    expect(
      read('Kestrel Nickel ships all its ore to a new smelter it built in Sulawesi, Indonesia.'),
    ).toEqual(['relocation  Kestrel Nickel ID']);
    // Another rate after a tariff's sentence is not the tariff's.
    expect(
      read(
        'Ottawa imposed a tariff on US aluminium on Wednesday. Separately, the Bank of Canada held its policy rate. The rate is 2.75%.',
      ).join(),
    ).not.toContain('2.75');
  });
  it("dates a measure restated with its earliest stage ('first flagged last year') by the statement, one event", () => {
    const found = extractEvents({
      text: 'Malaysia will stop exports of unprocessed rare earths, officials said on Monday. The ban, first flagged last year, will be enforced from September 1.',
      published: '2025-07-20',
    });
    expect(found.map((e) => `${e.type} ${e.date}`)).toEqual(['export_restriction 2025-07-14']);
  });
  it('reads a place of past production as left', () => {
    expect(
      slotRecords(
        events(
          'Lindqvist Werke has started production at its battery cell factory in Quebec, shifting output previously made in Germany.',
        ),
      ).map((e) => `${e.type} ${e.to}`),
    ).toEqual(['relocation CA']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-sixth session)', () => {
  it("reads a global measure's own rate beside the countries' rates as an event of its own", () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'target', 'rate_pct');
    expect(
      read(
        'On April 2, the White House announced a 10% baseline tariff on all imports, with higher rates of 34% on China and 46% on Vietnam.',
      ).sort(),
    ).toEqual(['impose US CN 34', 'impose US VN 46', 'impose US null 10']);
  });
  it("lists the holder of a role set off by commas, not the company whose role it is ('X's owner, Y')", () => {
    const read = (text: string) => slotLines(text, 'authority', 'entity');
    expect(read("Britain sanctioned Kestrel Shipping's owner, Pavel Orlov, on Tuesday.")).toEqual([
      'GB Pavel Orlov',
    ]);
    expect(read("The US sanctioned Halvard Nickel's chief executive, Oleg Vasnin, in March.")).toEqual([
      'US Oleg Vasnin',
    ]);
    expect(read('The Treasury sanctioned Halvard Nickel and its owner, Oleg Vasnin, in March.')).toEqual([
      'US Halvard Nickel',
      'US Oleg Vasnin',
    ]);
  });
  it("reads a licence for exports 'to these parties' after a listing as the listing's consequence, not a control on goods", () => {
    const read = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.entity ?? e.goods} ${e.target ?? ''}`.trim());
    expect(
      read(
        'BIS added Zhenhua Ore and Baoli Metals to the Entity List. Exports of any item subject to the EAR to these parties now require a license, with a presumption of denial.',
      ).sort(),
    ).toEqual(['blacklisting Baoli Metals', 'blacklisting Zhenhua Ore']);
    expect(
      read(
        'BIS added Zhenhua Ore to the Entity List. Separately, exports of gallium to China now require a license.',
      ),
    ).toEqual(['blacklisting Zhenhua Ore', 'export_restriction gallium CN']);
  });
  it('reads a plant wound down or phased out as left, not reached', () => {
    const read = (text: string) => slotLines(text, 'company', 'to');
    expect(
      read(
        'Quellen Battery will wind down its module plant in Rayong, Thailand, and ramp up output at its new facility in Batam, Indonesia.',
      ),
    ).toEqual(['Quellen Battery ID']);
    expect(
      read('Dunmore Drives is phasing out production in Tianjin and moving it to its plant in Chennai.'),
    ).toEqual(['Dunmore Drives IN']);
  });
  it('reads a move others press a company to make, or the one it is urged not to make, as no move', () => {
    const read = (text: string) => slotLines(text, 'company', 'to');
    expect(
      read('The United Auto Workers union urged Pelling Auto to move its axle production to Mexico.'),
    ).toEqual([]);
    expect(
      read(
        'The United Auto Workers union urged Pelling Auto to keep its axle production in Ohio rather than move it to Mexico.',
      ),
    ).toEqual([]);
    expect(
      read('Investors pressed Nolan Motors to move its battery assembly from China to the United States.'),
    ).toEqual([]);
    expect(read('Shareholders want Corrin Cathode to shift production to the United States.')).toEqual([]);
    expect(read('Nolan Motors plans to move its battery assembly from China to the United States.')).toEqual([
      'Nolan Motors US',
    ]);
  });
  it("reads a town set before its region, after a comma, as the region's ('Athens, Georgia')", () => {
    const read = (text: string) => slotLines(text, 'from', 'to');
    expect(
      read('Brenholt Engines will move engine output from Monterrey, Mexico, to Athens, Georgia.'),
    ).toEqual(['MX US']);
    expect(read('Brenholt Engines will move engine output from Mexico to London, Ontario.')).toEqual([
      'MX CA',
    ]);
    expect(
      slotRecords(events('The US imposed tariffs on Canada, Mexico, and China.')).map((e) => e.target),
    ).toEqual(['CA', 'MX', 'CN']);
  });
  it("reads a measure named by 'those'/'these' as the earlier one again, each of its targets", () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'target');
    expect(
      read(
        'Washington imposed 25% tariffs on steel from Canada and Mexico on Feb. 1. Two days later, the White House paused those duties for 30 days.',
      ),
    ).toEqual(['impose US CA', 'impose US MX', 'remove US CA', 'remove US MX']);
    expect(
      read(
        'The 25% US tariffs on imports from Canada and Mexico took effect on March 4. On March 6, the President exempted USMCA-qualifying goods from these tariffs.',
      ),
    ).toEqual(['impose US CA', 'impose US MX', 'remove US CA', 'remove US MX']);
  });
  it('keeps the readings the first adversarial probe of the forty-sixth session found overreached', () => {
    const parties = (text: string) => slotRecords(events(text)).map((e) => e.entity);
    expect(
      parties("Britain sanctioned Varga Logistics' founder, Dmitri Varga, and the company itself on Monday."),
    ).toEqual(['Varga Logistics', 'Dmitri Varga']);
    expect(
      slotRecords(
        events(
          'BIS added Quarry Labs and Nettle AI to the Entity List. In addition, exports of advanced chips to these parties and to Russia now require a license.',
        ),
      ).map((e) => e.type),
    ).toContain('export_restriction');
    const destinations = (text: string) => slotRecords(events(text)).map((e) => e.to);
    expect(
      destinations('Kilmore Tyres will move production from China to plants in Monterrey, Georgia and Ohio.'),
    ).toEqual(['MX', 'US']);
    expect(destinations('Caspian Rugs moved weaving from Turkey to Tabriz, Azerbaijan.')).toContain('IR');
    expect(
      slotRecords(
        events(
          'Investors pressed Nolan Motors to explain why it moved battery production from China to Texas.',
        ),
      ).map((e) => `${e.to} ${e.status}`),
    ).toEqual(['US completed']);
  });
  it('reads goods bought as the reason for a measure as neither its goods nor its target', () => {
    const read = (text: string) => slotLines(text, 'imposer', 'target', 'goods', 'rate_pct');
    expect(
      read(
        'The US President warned that India would face a tariff of 25 per cent for buying Russian crude oil.',
      ),
    ).toEqual(['US IN null 25']);
    expect(read('Trump imposed an additional 25% tariff on India for its purchases of Russian oil.')).toEqual(
      ['US IN null 25'],
    );
    expect(read('The EU imposed duties of 25% for imports of steel from Russia.')).toEqual([
      'EU RU steel 25',
    ]);
  });
  it("reads an ore's grade as no rate, and a measure being drafted as no measure", () => {
    expect(
      slotRecords(
        events(
          'Indonesia will impose an export levy of 5 per cent on nickel pig iron. The levy would apply to products with nickel content below 15 per cent.',
        ),
      ).map((e) => e.rate_pct),
    ).not.toContain(15);
    expect(events("Zambia's mines ministry is drafting a 15% export duty on manganese ore.")).toEqual([]);
    expect(events('South Africa is drafting rules that would ban chrome ore exports.')).toEqual([]);
  });
  it('reads output and assembling moved as manufacturing', () => {
    const scope = (text: string) => slotLines(text, 'to', 'scope');
    expect(scope('Brenholt Engines will move engine output from Monterrey, Mexico, to Ohio.')).toEqual([
      'US manufacturing',
    ]);
    expect(
      scope('Voltaic Semi started assembling rigs in Austin in March, after years in Shenzhen.'),
    ).toEqual(['US manufacturing']);
  });
  it("reads a listing's additions named with their nationality ('The Chinese additions are X and Y')", () => {
    expect(
      slotRecords(
        events(
          "The Commerce Department added five entities to the Entity List on Tuesday. The Chinese additions are Zhongshan Ferrotech Materials and Xi'an Boreal Titanium Co. The Pakistani addition is Karakoram Composite Works.",
        ),
      ).map((e) => `${e.authority} ${e.entity}`),
    ).toEqual([
      'US Zhongshan Ferrotech Materials',
      "US Xi'an Boreal Titanium",
      'US Karakoram Composite Works',
    ]);
  });
  it("reads a move coordinated with a future verb, through the noun's determiner, as future ('will close X and move the production')", () => {
    const status = (text: string) => slotLines(text, 'to', 'status');
    expect(
      status(
        'Kyoei Holdings said it will close its plant in Shenzhen, China, and move the production to Penang, Malaysia.',
      ),
    ).toEqual(['MY announced']);
    expect(
      status(
        'Kyoei Holdings will wind down its factory in Suzhou and shift its brake production to Monterrey by 2027.',
      ),
    ).toEqual(['MX planned']);
    expect(
      status(
        'Kyoei Holdings closed its plant in Shenzhen, China, last year, and moved the production to Penang, Malaysia.',
      ),
    ).toEqual(['MY completed']);
  });
  it('reads a site opened at the home the sentence states, with no word of a move or a return, as no relocation', () => {
    const read = (text: string) => slotLines(text, 'company', 'to');
    expect(
      read('Chinese producer Hengda Aluminium started up a new smelter in Inner Mongolia last month.'),
    ).toEqual([]);
    expect(
      read('Corrin Cathode, an Indonesian miner, opened a nickel smelter in North Maluku, Indonesia.'),
    ).toEqual([]);
    expect(read('American toolmaker Brandt Tools will bring production back to Ohio.')).toEqual([
      'Brandt Tools US',
    ]);
    expect(read('Japanese chipmaker Kioxen will open a memory chip plant in Arizona next year.')).toEqual([
      'Kioxen US',
    ]);
  });
  it('reads a measure forecast or braced for, named indefinitely, as a forecast', () => {
    expect(events('Goldline Bank forecasts US duties on copper of 30% from October.')).toEqual([]);
    expect(events('Traders brace for a US tariff of 25% on Indonesian nickel products.')).toEqual([]);
    expect(
      slotRecords(
        events(
          'Traders brace for the 25% US tariff on Indonesian nickel products, which takes effect on Friday.',
        ),
      ).map((e) => `${e.imposer} ${e.target} ${e.rate_pct}`),
    ).toEqual(['US ID 25']);
  });
  it('keeps two measures of one sentence on goods that only share a word apart', () => {
    expect(
      slotRecords(
        events(
          'Zimbabwe banned exports of raw lithium ore in 2022 and said it will ban lithium concentrate exports from January 2027.',
        ),
      ).map((e) => e.goods),
    ).toEqual(['raw lithium ore', 'lithium concentrate']);
  });
  it('keeps the readings the second adversarial probe of the forty-sixth session found overreached', () => {
    const deadline = events(
      "Indonesia's mining ministry set an Oct. 1 deadline for bauxite exporters, after which it will ban exports of bauxite ore.",
    );
    expect(deadline.map((e) => e.date)).toEqual([null]);
    expect(slotRecords(deadline).map((e) => e.effective_date)).toEqual(['2025-10-01']);
    const tariffs = (text: string) => slotLines(text, 'action', 'imposer', 'target', 'goods');
    expect(
      tariffs(
        'The US imposed 25% tariffs on Canadian steel in March, and Canada retaliated with 25% levies on US steel. On Friday, Washington paused those duties.',
      ),
    ).toContain('remove US CA steel');
    expect(
      tariffs(
        'Canada imposed a 25% levy on US cars in March. Washington on Friday paused those duties on Canadian cars.',
      ),
    ).toContain('remove US CA cars');
    expect(
      tariffs('Mexico imposed a 35% tariff for importing Chinese cars without a local partner.'),
    ).toEqual(['impose MX CN cars']);
    expect(
      slotRecords(
        events(
          'Japanese carmaker Tsubame Motors opened a plant in Japan to make the SUVs it previously built in Mexico.',
        ),
      ).map((e) => e.to),
    ).toEqual(['JP']);
    expect(
      events(
        'China imposed export controls on seven rare earth elements in April, controls on medium and heavy rare earths that stalled magnet shipments.',
      ),
    ).toHaveLength(1);
    expect(
      slotRecords(events('Baltic Ore moved from Sweden to Norway after banks cut its credit lines.')).map(
        (e) => e.scope,
      ),
    ).not.toContain('manufacturing');
  });
  it('keeps the readings the third adversarial probe of the forty-sixth session found overreached', () => {
    const tariffs = (text: string) =>
      slotRecords(events(text)).map((e) => `${e.type} ${e.action} ${e.imposer ?? ''}`);
    expect(
      tariffs(
        'The US imposed 50% tariffs on Chinese goods in April. China then banned exports of antimony to American buyers. Beijing suspended the measure in November.',
      ),
    ).not.toContain('tariff remove US');
    expect(
      tariffs(
        "Trump imposed 10% tariffs on Colombian coffee in March. Separately, Colombia's congress postponed the measure on mining royalties.",
      ),
    ).toEqual(['tariff impose US']);
    expect(tariffs('Exporters brace for 25% tariffs, which take effect on Friday, Trump said.')).toEqual([
      'tariff impose US',
    ]);
    const found = events(
      'On Nov. 10, Washington is set to raise tariffs on Chinese graphite to 60%, officials said.',
    );
    expect(slotRecords(found).map((e) => e.effective_date)).toEqual(['2025-11-10']);
  });
  it('reads a licensing requirement or regime suspended as a control lifted, and licences suspended as a control', () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'goods');
    expect(
      read(
        'China said it would suspend the export licensing requirements on seven medium and heavy rare earths for one year.',
      ),
    ).toEqual(['remove CN heavy rare earths']);
    expect(read('China suspended its export licensing regime for gallium on Monday.')).toEqual([
      'remove CN gallium',
    ]);
    expect(read('China suspended export licences for rare earth magnets in April.')).toEqual([
      'impose CN rare earth magnets',
    ]);
  });
  it('keeps the readings the fourth adversarial probe of the forty-sixth session found overreached', () => {
    const tariffs = (text: string) => slotLines(text, 'action', 'imposer', 'target');
    expect(
      tariffs(
        "Mexico's senate passed a mining royalty bill while the US kept 25% tariffs on Mexican steel. Lawmakers postponed the measure until September.",
      ),
    ).toEqual(['impose US MX']);
    expect(
      tariffs('Economists predict tariffs imposed by Washington in April on Chinese goods will cut growth.'),
    ).toEqual(['impose US CN']);
    expect(
      slotRecords(events('US tariffs of 30% on South African citrus are slated to begin on November 1.')).map(
        (e) => e.effective_date,
      ),
    ).toEqual(['2025-11-01']);
    expect(
      slotRecords(
        events(
          'American solar maker Sunreach opened a factory in Texas, shifting production previously done in Asia.',
        ),
      ).map((e) => e.to),
    ).toEqual(['US']);
    expect(
      events(
        'The US removed three companies from the Unverified List on Monday. The rule listed Hexin Optical, Lanmu Devices and Porter Bay Electronics.',
      ).filter((e) => e.type === 'blacklisting' && e.action === 'add'),
    ).toEqual([]);
  });
  it('reads the property a sanctions office identifies as blocked, a few words away, as its party', () => {
    expect(
      slotRecords(
        events(
          'OFAC also identified the tanker Ocean Crest as blocked property in which Kestrel Shipping has an interest.',
        ),
      ).map((e) => `${e.authority} ${e.entity}`),
    ).toEqual(['US Ocean Crest']);
  });
});

describe('read on mining and trade reports written for the purpose (forty-seventh session)', () => {
  it('reads a ban officials say they would study as no event, like one they are studying', () => {
    expect(events('Manila officials said they would study a ban on nickel ore exports.')).toEqual([]);
    expect(
      slotLines(
        'Manila officials said the Philippines would ban nickel ore exports from June.',
        'imposer',
        'goods',
      ),
    ).toEqual(['PH nickel ore']);
  });
  it('reads a measure after a "without" phrase that qualifies a noun and closes before it as stated, not negated', () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'rate_pct');
    expect(
      read(
        'Ottawa set tariff-rate quotas on steel from countries without free-trade deals, with above-quota shipments facing a 50% surtax.',
      ),
    ).toContain('impose CA 50');
    expect(read('Without a deal by Friday, Ottawa will impose a 50% surtax on steel.')).toEqual([]);
  });
  it('reads an action someone falsely claims, or one a speaker asks us to suppose ("let\'s say"), as no event', () => {
    expect(
      events('Critics on social media falsely claimed that Chile banned copper exports last year.'),
    ).toEqual([]);
    expect(events("Let's say Canada imposed a 25% tariff on American steel tomorrow.")).toEqual([]);
    expect(slotLines('Officials said Chile banned copper exports last year.', 'imposer', 'goods')).toEqual([
      'CL copper',
    ]);
  });
  it('lists the name set in apposition after a definite description of one party ("the drone maker, X,")', () => {
    const read = (text: string) => slotLines(text, 'authority', 'entity');
    expect(read('China added the drone maker, Skyward Aero, to its export control list.')).toEqual([
      'CN Skyward Aero',
    ]);
    expect(
      read('Beijing added its former partner, Sunmoor Materials, to its Unreliable Entity List.'),
    ).toEqual(['CN Sunmoor Materials']);
    expect(
      read(
        'Velt Dynamics sells parts to Taiwan. China added the company, which denies it, to its export control list.',
      ),
    ).toEqual(['CN Velt Dynamics']);
  });
  it('reads Savannah as the Georgian port city, not the Ghanaian region of that name', () => {
    expect(
      slotLines(
        'Brightline Motors will move part of its production to Georgia, building a plant near Savannah.',
        'company',
        'to',
      ),
    ).toEqual(['Brightline Motors US']);
  });
  it('reads a department called by its one word at the head of the sentence ("Commerce added …") as the government, no company', () => {
    const read = (text: string) => slotLines(text, 'action', 'authority', 'entity');
    expect(read('Commerce added Zhenyuan Drilling to the Entity List in 2021.')).toEqual([
      'add US Zhenyuan Drilling',
    ]);
    expect(read('Commerce has removed Zhenyuan Drilling from the Entity List.')).toEqual([
      'remove US Zhenyuan Drilling',
    ]);
    expect(read('Kestrel Mining added Zhenyuan Drilling to its supplier list.')).toEqual([]);
  });
  it('gives a pronoun the name that opens its own clause after ", and", not the names of the clause before', () => {
    expect(
      slotLines(
        'Corvel Fashions and Linnet Wear said they had no plans to relocate, and Pardo Denim has delayed its planned move to Egypt.',
        'company',
        'to',
      ),
    ).toEqual(['Pardo Denim EG']);
  });
  it('reads measures named with no action, actor, target or rate, and no goods but words that follow them, as general talk', () => {
    const read = (text: string) => slotLines(text, 'imposer', 'goods');
    expect(
      read(
        'Kinshasa halted cobalt exports in February to lift prices. Export bans, tariff walls and blacklists do not move a single ore body.',
      ),
    ).toEqual(['CD cobalt']);
    expect(
      read(
        'The US restricted exports of advanced chips to China in 2022. Myth one: export controls stop technology flows.',
      ),
    ).toEqual(['US advanced chips']);
  });
  it('reads the country that secures a rate "from" another as its target, and the other as its imposer', () => {
    const read = (text: string) => slotLines(text, 'imposer', 'target', 'rate_pct');
    expect(read('Vietnam secured a 20% tariff rate from the United States.')).toEqual(['US VN 20']);
    expect(read('China imposed a 15% tariff on goods from the United States.')).toEqual(['CN US 15']);
  });
  it('keeps the subject that "will continue to face" a measure as its target', () => {
    expect(
      slotLines('Mexican goods will continue to face a 25% US tariff.', 'imposer', 'target', 'rate_pct'),
    ).toEqual(['US MX 25']);
  });
  it('reads licences granted or applications approved for exports as an easing', () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'goods');
    expect(
      read(
        "China's commerce ministry has approved some applications to export rare earths to European firms.",
      ),
    ).toEqual(['ease CN rare earths']);
    expect(read('India placed laptop imports under a licensing regime in August.')).toEqual([]);
  });
  it('reads a rule on exports rescinded or scrapped as a control removed', () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer');
    expect(
      read(
        'Nvidia shares rose after US officials spoke. In May, the administration scrapped a Biden-era rule on AI chip exports.',
      ),
    ).toEqual(['remove US']);
  });
  it('reads goods a government is considering adding to its control list as weighed, no event', () => {
    const read = (text: string) => slotLines(text, 'imposer', 'goods');
    expect(
      read('China is considering adding some battery cathode materials to its export control list.'),
    ).toEqual([]);
    expect(read('China is adding some battery cathode materials to its export control list.')).toContain(
      'CN battery cathode materials',
    );
  });
  it('reads the country a measure was "announced for" as its target, and countries that "face the highest rate of" one', () => {
    const read = (text: string) => slotLines(text, 'imposer', 'target', 'rate_pct');
    expect(
      read(
        'Trump set new tariffs on Thursday. The rate is well below the 46% duty announced for Vietnam in April.',
      ),
    ).toContain('US VN 46');
    expect(
      read(
        'Trump set new tariffs on Thursday. Laos and Myanmar face the highest rate of 40%, while Syria faces 41%.',
      ),
    ).toEqual(expect.arrayContaining(['US LA 40', 'US MM 40', 'US SY 41']));
  });
  it('reads goods that "were excluded", after a tariff, as removed from it, and people excluded from anything as nothing', () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'goods');
    expect(read('The US imposed a 50% tariff on copper. Refined cathodes were excluded.')).toEqual([
      'impose US copper',
      'remove US cathodes',
    ]);
    expect(
      read('The US imposed a 50% tariff on copper. Steel workers were excluded from the talks.'),
    ).toEqual(['impose US copper']);
  });
  it('keeps a measure that something else "does not affect" in place, and reads a planned increase postponed as a pause', () => {
    const read = (text: string) => slotLines(text, 'action', 'imposer', 'rate_pct');
    expect(
      read(
        'The pact does not affect the 50% US duties on steel and aluminium, which rest on a separate law.',
      ),
    ).toEqual(['impose US 50']);
    expect(read('The US did not impose the 25% tariff on Japanese cars.')).toEqual([]);
    expect(read('Canada postponed a planned increase in its retaliatory tariffs on US steel.')).toEqual([
      'remove CA null',
    ]);
  });
  it('reads the owner of what "will be moved" as the company that moves ("Kessring Lighting\'s desk lamp production will be moved")', () => {
    const read = (text: string) => slotLines(text, 'company', 'from', 'to');
    expect(read("Kessring Lighting's desk lamp production will be moved to Vietnam from China.")).toEqual([
      'Kessring Lighting CN VN',
    ]);
    expect(read("Harlow Audio's iPhone speaker production will be moved to India from China.")).toEqual([
      'Harlow Audio CN IN',
    ]);
  });
  it('reads a move to a site whose cost stands before it ("to a new $300 million factory in Dayton, Ohio") as a move there', () => {
    expect(
      slotLines(
        'Brannock Tools will move production of wrenches from its plant in Wroclaw, Poland, to a new $300 million factory in Dayton, Ohio.',
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Brannock Tools PL US']);
  });
  it('keeps what the adversarial probe of these rules found they overreached on (guard)', () => {
    const read = (text: string) =>
      slotLines(text, 'type', 'action', 'imposer', 'target', 'company', 'to').map((line) =>
        line.replace(/ undefined/g, ''),
      );
    expect(
      read('Guinea might study a ban on bauxite exports, but warned that revenue would suffer.'),
    ).toEqual([]);
    expect(
      read(
        'US Customs said Harlow Metals wrongly claimed an exemption from the 25% US tariff on Chinese aluminium.',
      ),
    ).toContain('tariff impose US CN');
    expect(read('Let us say clearly that Canada imposed 25% tariffs on US steel in March.')).toEqual([
      'tariff impose CA US',
    ]);
    expect(
      read(
        'Keta Gold will relocate its mining operations from Burkina Faso to the Savannah Region of Ghana.',
      ),
    ).toEqual(['relocation Keta Gold GH']);
    expect(
      read(
        'Tarrow Steel cut 500 jobs, and Bloomberg reported its move of rolling mills from Germany to Poland.',
      ),
    ).toEqual(['relocation Tarrow Steel PL']);
    expect(read('China placed imports of US beef under a licensing regime.')).toEqual([]);
    expect(read('Zambia refused to scrap a rule that capped exports of copper concentrate.')).toEqual([
      'export_restriction impose ZM null',
    ]);
    expect(read('Pharmaceuticals remain excluded from the 39% US tariff on Swiss goods.')).toContain(
      'tariff remove US CH',
    );
    expect(
      read('The ruling does not include the 50% US tariff on Brazilian coffee, which was never imposed.'),
    ).toEqual([]);
  });
  it('lists the partners a listed party is coordinated with, counted ("and two of its subsidiaries, Y and Z,")', () => {
    expect(
      slotLines(
        'The Commerce Department added Shenzhen Skyhawk Aeronautics and two of its subsidiaries, Skyhawk Power Systems and Skyhawk Imaging, to the Entity List.',
        'entity',
      ).sort(),
    ).toEqual(['Shenzhen Skyhawk Aeronautics', 'Skyhawk Imaging', 'Skyhawk Power Systems']);
  });
  it('keeps a measure named definitely as what a move escapes ("to escape the 50% US tariff on Indian goods") in place', () => {
    const read = (text: string) => slotLines(text, 'type', 'imposer', 'target', 'rate_pct');
    expect(
      read('Harlow Textiles moved production to Vietnam to escape the 50% US tariff on Indian goods.'),
    ).toContain('tariff US IN 50');
    expect(read('Harlow Textiles moved production to Vietnam to escape tariffs.')).toEqual([
      'relocation undefined undefined undefined',
    ]);
  });
  it('reads no government body called by its one word ("the Commission") as a company that moves', () => {
    expect(
      events(
        'MEPs urged the Commission to take tougher action against cheap steel imports, warning that mills in Belgium and Spain were idling furnaces.',
      ),
    ).toEqual([]);
  });
  it('reads an indefinite measure judged by what it "would be" ("would be self-defeating", in quotes too) as supposed', () => {
    expect(
      events(
        'Congo halted cobalt exports in May. Analysts argued that a ban on cobalt exports would be self-defeating.',
      ).length,
    ).toBe(1);
    expect(
      events(
        'Trump met miners on Monday. "A 30% tariff on Canadian lumber would be a mistake," the note said.',
      ),
    ).toEqual([]);
  });
  it('lists the names a pronoun for a sanctions package "also lists" after the package is stated', () => {
    const read = (text: string) => slotLines(text, 'authority', 'entity');
    expect(
      read(
        'The EU adopted its 18th sanctions package on Friday. It also lists Kestrel Maritime and Sandhaven Shipping.',
      ),
    ).toEqual(['EU Kestrel Maritime', 'EU Sandhaven Shipping']);
    expect(read('Kestrel Mining reported record output. It also lists its shares in Toronto.')).toEqual([]);
  });
  it('keeps what the second adversarial probe of these rules found they overreached on (guard)', () => {
    expect(events("Corvane Holdings' stock listing will be moved to London from New York.")).toEqual([]);
    expect(
      events("Marlowe Electronics' shipments will be moved through ports in Vietnam rather than Shanghai."),
    ).toEqual([]);
    expect(events('Peru granted more licences for small-scale gold mines in the Amazon.')).toEqual([]);
    expect(
      slotLines(
        "India's 20% duty on gold remains in place. Silver and platinum are excluded from the new rules announced on Friday.",
        'action',
        'goods',
      ),
    ).toEqual(['impose gold']);
    expect(
      slotLines(
        'Washington said a 25% tariff on steel from Ostland would be a response to dumping, and the Commerce Department announced it on Friday.',
        'imposer',
        'rate_pct',
      ),
    ).toEqual(['US 25']);
    expect(
      slotLines(
        'Importers rushed goods to US ports before new tariffs on Chinese furniture took effect. The rate on freight from Shanghai to Los Angeles rose to $5,200 per container.',
        'imposer',
        'target',
      ),
    ).toEqual(['US CN']);
  });
  it('reads "rates of 25% for Japan and South Korea, 30% for South Africa" as each country\'s tariff, with no tariff sentence before', () => {
    expect(
      slotLines(
        'Trump sent letters on Monday setting rates of 25% for Japan and South Korea, 30% for South Africa and 40% for Laos.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['US JP 25', 'US KR 25', 'US ZA 30', 'US LA 40']);
    expect(events('The central bank kept setting rates of 4.5% for overnight loans.')).toEqual([]);
    expect(
      events(
        'US tariffs weigh on Asia. Unemployment rates of 4% for Japan and 3% for South Korea held steady.',
      ),
    ).toEqual([]);
  });
});

describe('read on official notices, company announcements and trade reports written for the purpose (forty-eighth session)', () => {
  it('gives each country of a group in a gapped rate list its rate ("Brunei and Moldova 25%, and Iraq and Libya 30%")', () => {
    expect(
      slotLines(
        'Trump said the Philippines will face a 20% tariff, Brunei and Moldova 25%, and Iraq, Libya and Algeria 30%.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['PH 20', 'BN 25', 'MD 25', 'IQ 30', 'LY 30', 'DZ 30']);
    expect(
      slotLines(
        'Vietnam faces a 46% tariff from Washington. Exports from Cambodia and Laos rose 20% last year.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['VN 46']);
  });
  it('reads a measure a consultation, hearing or probe is about as no measure the verb that opened it took', () => {
    expect(
      events(
        'Ottawa is launching a 30-day consultation on potential surtaxes on imports of steel from countries without a trade deal.',
      ),
    ).toEqual([]);
    expect(
      events('Canada launched a consultation on surtaxes on imports of aluminium from Ostland.'),
    ).toEqual([]);
    expect(
      slotLines(
        'Canada imposed a 25% surtax on imports of US steel in March.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['CA US 25']);
  });
  it('reads no agency as what it "is adding" to a list (a progressive is active), and names by a lower-case "plc" or a board', () => {
    expect(events('Commerce is adding four entities to the Entity List.')).toEqual([]);
    expect(
      slotLines('Commerce is adding Ostrava Metals and Kelby Tech to the Entity List.', 'entity'),
    ).toEqual(['Ostrava Metals', 'Kelby Tech']);
    expect(slotLines('Kelby Tech is being added to the Entity List.', 'entity')).toEqual(['Kelby Tech']);
    expect(
      slotLines(
        'Harrowfield plc said it has relocated its head office from London to Dubai.',
        'company',
        'to',
      ),
    ).toEqual(['Harrowfield AE']);
    expect(
      slotLines(
        "The Board of Kappa Four Ltd has resolved to relocate the company's headquarters from Perth to Denver.",
        'company',
        'to',
      ),
    ).toEqual(['Kappa Four US']);
  });
  it('reads a move that a study or an assessment of its merits is about as still to come, not done', () => {
    expect(
      slotLines(
        'Kilbride Minerals has commissioned a study into moving its processing operations to Vietnam.',
        'status',
      ),
    ).not.toContain('completed');
    expect(
      slotLines(
        'Kilbride Minerals is assessing the merits of relocating its processing to Vietnam.',
        'status',
      ),
    ).not.toContain('completed');
    expect(
      slotLines(
        'Kilbride Minerals completed a feasibility study and moved its processing to Vietnam.',
        'status',
      ),
    ).toEqual(['completed']);
  });
  it('reads "US$ 0.57" as a currency, not the United States, and the origin of goods however long their phrase', () => {
    expect(
      slotLines(
        'Mexico imposed a duty of US$ 0.57 per kilogram on imports of seamless steel tubes originating in China.',
        'imposer',
        'target',
      ),
    ).toEqual(['MX CN']);
    expect(
      slotLines('Mexico imposed a duty of US$ 20 per tonne on seamless steel tubes from the US.', 'target'),
    ).toEqual(['US']);
  });
  it('reads the person a company\'s ranked role names ("chief financial officer X") as the one who acts or is listed', () => {
    expect(
      events(
        'Quartzline Mining chief executive Gregory Hale has moved his family from Toronto to a home in Vancouver.',
      ),
    ).toEqual([]);
    expect(
      events(
        'Blackreef Resources chief financial officer Naomi Kerr has relocated from Johannesburg to London.',
      ),
    ).toEqual([]);
    expect(slotLines('The US sanctioned Rusal chief financial officer Oleg Varin.', 'entity')).toEqual([
      'Oleg Varin',
    ]);
    expect(slotLines("The US sanctioned Rusal's vice president Oleg Varin.", 'entity')).toEqual([
      'Oleg Varin',
    ]);
    expect(
      slotLines(
        'Foxconn chairman Young Liu said the company would move production to India.',
        'company',
        'to',
      ),
    ).toEqual(['Foxconn IN']);
  });
  it('reads excise duty on fuel, fuel and fund levies, and a levy on profits, as no tariff; "sanctioned" money or a safety breach as no listing', () => {
    expect(events('Zimbabwe raised excise duty on diesel by 10%.')).toEqual([]);
    expect(events('South Africa raised the road accident fund levy on diesel by 8 cents a litre.')).toEqual(
      [],
    );
    expect(
      events(
        "Mongolia's parliament passed a windfall tax on coal producers on Friday, levying 30% on profits above a benchmark price.",
      ),
    ).toEqual([]);
    expect(
      slotLines('Washington is levying 25% on steel from Canada.', 'imposer', 'target', 'rate_pct'),
    ).toEqual(['US CA 25']);
    expect(
      events(
        "India's coal ministry sanctioned 500 crore rupees for the development of the Talcher West coal block.",
      ),
    ).toEqual([]);
    expect(
      events(
        "Brazil's mining agency sanctioned Coppervale Mineração for a safety breach at its tailings dam.",
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'The US sanctioned Kestrel Metals for supplying drone parts to Russia.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Kestrel Metals']);
  });
  it('lists the members of a notice\'s numbered list, and the parties "the following US entities:" stand for', () => {
    expect(
      slotLines(
        'BIS adds the following entities to the Entity List: (1) Qingmar Rare Metals Co., Ltd.; (2) Hexun Tungsten Trading Co.; and (3) Suotai Alloys Co.',
        'entity',
      ),
    ).toEqual(['Qingmar Rare Metals', 'Hexun Tungsten Trading', 'Suotai Alloys']);
    expect(
      slotLines(
        'The Ministry of Commerce decided to include the following US entities in the Unreliable Entity List: Bramwell Defense Systems Inc., Ostrava Aerotech LLC and Keldon Marine Technologies.',
        'authority',
        'entity',
      ),
    ).toEqual(['CN Bramwell Defense Systems', 'CN Ostrava Aerotech', 'CN Keldon Marine Technologies']);
    expect(events('China added 16 US entities to its export control list.')).toEqual([]);
  });
  it('keeps a measure avoided that its own rate names ("to avoid U.S. tariffs of 145% on Chinese goods") in place', () => {
    expect(
      slotLines(
        'Corvane Magnetics is moving its magnet alloy manufacturing from China to Mexico to avoid U.S. tariffs of 145% on Chinese goods.',
        'type',
        'rate_pct',
      ),
    ).toContain('tariff 145');
    expect(
      slotLines(
        'Corvane Magnetics is moving its manufacturing from China to Mexico to avoid U.S. tariffs on Chinese goods.',
        'type',
      ),
    ).toEqual(['relocation']);
    expect(events('The US did not impose tariffs of 25% on Mexico.')).toEqual([]);
  });
  it("lists a person an owner's or a boss's description opens, on a Mexican list of blocked persons, and no sanctions agency", () => {
    expect(
      slotLines(
        "Mexico's Financial Intelligence Unit added mine owner Ernesto Salcido Ruiz and the company Minera Tres Cruces SA de CV to its Blocked Persons List.",
        'authority',
        'entity',
      ).sort(),
    ).toEqual(['MX Ernesto Salcido Ruiz', 'MX Minera Tres Cruces SA de CV']);
    expect(
      slotLines(
        'The United Kingdom also froze the assets of Carvajal Reyes, according to a notice from the Office of Financial Sanctions Implementation.',
        'entity',
      ),
    ).not.toContain('Office of Financial Sanctions Implementation');
  });
  it('reads official wording of export controls: "shall not be permitted", "shall be banned", an export policy from free to restricted', () => {
    expect(
      slotLines(
        "China's Ministry of Commerce issued an announcement on Tuesday. The export of gallium, germanium and antimony to the United States shall not be permitted.",
        'type',
        'imposer',
        'target',
      ),
    ).toEqual(['export_restriction CN US']);
    expect(
      slotLines(
        "China's commerce ministry made the announcement on Tuesday. Exports of gallium shall be banned from August.",
        'imposer',
        'goods',
      ),
    ).toEqual(['CN gallium']);
    expect(events('Analysts expect more curbs. Exports of gallium will be banned from August.')).toEqual([]);
    expect(
      slotLines(
        "India's foreign trade regulator amended the export policy of iron ore pellets from 'Free' to 'Restricted' on Monday.",
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['IN impose iron ore pellets']);
    expect(
      slotLines('India amended the export policy of iron ore from prohibited to free on Friday.', 'action'),
    ).toEqual(['remove']);
  });
  it('reads exports barred "to these entities" after a listing as the listing\'s consequence, no measure on goods', () => {
    expect(
      slotLines(
        "China's Ministry of Commerce added Bramwell Defense Systems and Ostrava Aerotech to its export control list on Tuesday. Exports of dual-use items to these entities are prohibited.",
        'type',
      ),
    ).toEqual(['blacklisting', 'blacklisting']);
    expect(slotLines('China banned exports of gallium to the United States.', 'type', 'target')).toEqual([
      'export_restriction US',
    ]);
  });
  it('keeps what the adversarial probe of these rules found they overreached on (guard)', () => {
    const read = (text: string) => slotLines(text, 'type', 'action', 'target', 'rate_pct');
    expect(
      read('Washington said Lesotho faces a 50% tariff, Botswana and Namibia 20% unemployment.'),
    ).toEqual(['tariff impose LS 50']);
    expect(
      read('Washington said India will face a 26% tariff, Pakistan and Bangladesh 29% and 37% respectively.'),
    ).toEqual(['tariff impose IN 26', 'tariff impose PK 29', 'tariff impose BD 37']);
    expect(
      slotLines(
        'A study of Kelby Tech being added to the Entity List in 2023 showed its sales fell by half.',
        'entity',
      ),
    ).toEqual(['Kelby Tech']);
    expect(
      slotLines(
        'Quartzline Mining chief executive Gregory Hale moved its headquarters from Toronto to Vancouver in March.',
        'company',
      ),
    ).toEqual(['Quartzline Mining']);
    expect(
      slotLines(
        'India reduced import and excise duties on spirits from Britain to 75% under the trade deal.',
        'action',
      ),
    ).toEqual(['reduce']);
    expect(
      slotLines(
        "The EU's carbon levy on imports of steel and cement, known as CBAM, will be charged from 2026.",
        'imposer',
      ),
    ).toEqual(['EU']);
    expect(
      slotLines('Washington is levying 10% on imports, denting earnings at retailers.', 'rate_pct'),
    ).toEqual(['10']);
    expect(
      slotLines('The EU sanctioned Ural Capital Funding Ltd and its director Oleg Pesk on Monday.', 'entity'),
    ).toContain('Oleg Pesk');
    expect(
      slotLines(
        'The Treasury sanctioned Pacific Growth Funds, a Cyprus-registered manager, on Friday.',
        'entity',
      ),
    ).toEqual(['Pacific Growth Funds']);
    expect(
      slotLines(
        'The US sanctioned Kestrel Tankers for environmental violations of the price cap regime.',
        'entity',
      ),
    ).toEqual(['Kestrel Tankers']);
    expect(events('Galvan Wire could avoid 25% duties if it moves production to Texas.')).toEqual([]);
    expect(events('Japan managed to avoid a 25% tariff on its cars by striking a deal with the US.')).toEqual(
      [],
    );
    expect(
      events(
        'Britain avoided tariffs of 25% on its cars after signing a deal with Washington, which would instead charge 10%.',
      ).filter((e) => e.type === 'tariff' && e.rate_pct === 25),
    ).toEqual([]);
  });
  it('reads a site of its own that duties hurt or made uncompetitive as one the company has, not one it moves to', () => {
    expect(
      slotLines(
        'Ardent Anodes said US duties on Chinese graphite anodes, which Washington raised to 93.5% in July, made its Chinese plant uncompetitive.',
        'type',
      ),
    ).not.toContain('relocation');
    expect(slotLines('Ardent Anodes said tariffs had hurt its US plant.', 'type')).not.toContain(
      'relocation',
    );
    expect(slotLines('Ardent Anodes will build its first US plant in Texas.', 'type', 'to')).toEqual([
      'relocation US',
    ]);
  });
  it("reads a measure shelved, remitted or stayed, a suspension of countermeasures, and of a listing's measures, as its removal", () => {
    const read = (text: string) => slotLines(text, 'type', 'action', 'imposer', 'authority', 'target');
    expect(
      read('China shelved the sweeping rare earth export controls it announced on October 9 for one year.'),
    ).toContain('export_restriction remove CN undefined null');
    expect(read('Canada will remit its 25% counter-tariffs on US steel and aluminum.')).toContain(
      'tariff remove CA undefined US',
    );
    expect(
      read('Camex granted a one-year stay of the anti-dumping duties on Chinese cold-rolled steel sheet.'),
    ).toContain('tariff remove BR undefined CN');
    expect(
      read(
        'The European Union suspended its countermeasures against US steel and aluminum tariffs for 90 days.',
      ),
    ).toContain('tariff remove EU undefined US');
    expect(
      slotLines(
        'China said it would suspend for 90 days the measures adding Corvane Aerospace and Pellmark Systems to its unreliable entity list.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Corvane Aerospace', 'remove Pellmark Systems']);
    expect(
      slotLines('China added Corvane Aerospace to its unreliable entity list in April.', 'action'),
    ).toEqual(['add']);
  });
  it('reads delistings by their official words, a rescinded designation as a removal, and a listing "had been added in 2024" after one as background', () => {
    expect(
      slotLines(
        'The United Kingdom has de-designated the oil tankers Severn Aurora and Calloway Star, the Foreign Office said.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Severn Aurora', 'remove Calloway Star']);
    expect(
      slotLines(
        'The Commerce Department rescinded the Entity List designation of Lumensa Solar JSC on Thursday.',
        'action',
      ),
    ).toEqual(['remove']);
    expect(
      slotLines(
        'The US removed Vantura Magnetics from the Entity List on Tuesday. The Shenzhen-based firm had been added in 2024.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Vantura Magnetics', 'add Vantura Magnetics']);
    expect(
      events('Tesla said its sales fell in China. The company had been added to the index in 2020.'),
    ).toEqual([]);
  });
  it('reads "warned on Monday it would impose" as the speaker\'s threat, past the time phrase', () => {
    expect(
      slotLines(
        'The US warned on Monday it would impose a 25% tariff on Japanese cars.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['threaten US JP']);
    expect(
      events(
        'Industry groups warned on Monday it would raise prices if the US imposed a 25% tariff on Japanese cars.',
      ),
    ).toEqual([]);
  });
  it('keeps what the second adversarial probe of these rules found they overreached on (guard)', () => {
    const read = (text: string) => slotLines(text, 'type', 'action');
    expect(
      read(
        "Exports of lithium carbonate shall be prohibited for five years under a draft decree that Bolivia's congress rejected on Tuesday.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Under US sanctions, shipments of Iranian oil to China are not allowed, but trade continues through Malaysia.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        "Kazakh miners supply several Chinese utilities. Exports of uranium to these companies are prohibited from July under a new decree, Kazakhstan's energy ministry said.",
        'type',
        'imposer',
      ),
    ).toEqual(['export_restriction KZ']);
    expect(read('Mexico froze its tariffs on Chinese steel at 15% for another six months.')).not.toContain(
      'tariff remove',
    );
    expect(
      read(
        'China froze export licences for rare earth magnets on Tuesday, halting shipments to US carmakers.',
      ),
    ).not.toContain('export_restriction remove');
    expect(read('Germany suspended its countermeasures against Russian disinformation on Monday.')).toEqual(
      [],
    );
    expect(read('Japan delayed its countermeasures to Chinese cyberattacks until next year.')).toEqual([]);
    expect(
      read(
        'The US sanctioned Tarsk Optics on Tuesday. Its shares were first listed on the exchange of Dalian Commodity in 2015.',
      ),
    ).toEqual(['blacklisting add']);
    expect(
      read(
        'The US sanctioned Tarsk Optics on Tuesday. A clause was added in 2024 to its contract with Brenner Tools.',
      ),
    ).toEqual(['blacklisting add']);
    expect(
      slotLines(
        'The EU sanctioned Drovna Metals on Monday. The company had been added to the board of Krasny Holdings in 2021.',
        'entity',
      ),
    ).toEqual(['Drovna Metals']);
  });
  it('lists each nationality of goods coordinated after a measure ("on Canadian potash and Mexican fluorspar")', () => {
    expect(
      slotLines('The US imposed 25% tariffs on Canadian potash and Mexican fluorspar.', 'target', 'rate_pct'),
    ).toEqual(['CA 25', 'MX 25']);
    expect(
      slotLines(
        'The US imposed tariffs on Canadian steel, and Mexican officials said they would respond.',
        'target',
      ),
    ).toEqual(['CA']);
  });
  it("reads a vessel's IMO number as no part of its name, so the list goes on past it", () => {
    expect(
      slotLines(
        'The UK sanctioned the tanker Sea Falcon IMO 9312456 and the tanker Lyra Star IMO 9287731.',
        'entity',
      ),
    ).toEqual(['Sea Falcon', 'Lyra Star']);
  });
  it('reads goods that "will face a lower 10% rate" after a tariff as its part at that rate, and export inspections as a control', () => {
    expect(
      slotLines(
        'The United States imposed 25% tariffs on Canadian goods on Tuesday, but Canadian potash will face a lower 10% rate.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['CA 25', 'CA 10']);
    expect(events('Banks cut rates on mortgages. Borrowers will face a lower 5% rate next year.')).toEqual(
      [],
    );
    expect(
      slotLines('China imposed export inspections on urea shipments on Monday.', 'type', 'imposer', 'goods'),
    ).toEqual(['export_restriction CN urea']);
  });
  it('reads work a company keeps where it is, or that will remain there, as no move', () => {
    expect(events('An SPG spokeswoman said all production would remain in Morocco.')).toEqual([]);
    expect(
      events(
        'Fjordsil said it would keep all silicon metal production in Norway and had no plans to move furnaces to the United States.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'Fjordsil will move its production to the United States and keep its headquarters in Norway.',
        'to',
        'scope',
      ),
    ).toEqual(['US manufacturing']);
  });
  it('keeps what the third adversarial probe of these rules found they overreached on (guard)', () => {
    const read = (text: string) => slotLines(text, 'type', 'action', 'target');
    expect(
      read('The EU imposed 20% duties on Chinese steel and Japanese automakers said they would adapt.'),
    ).toEqual(['tariff impose CN']);
    expect(
      read(
        'The US imposed 25% tariffs on Canadian potash and Mexican fluorspar producers said they were unaffected.',
      ),
    ).toEqual(['tariff impose CA']);
    expect(
      slotLines(
        'OFAC designated Marlow Shipping, owner of the Nereid Dawn (IMO 9185432), and the IMO secretary-general criticised the move.',
        'entity',
      ),
    ).not.toContain('IMO');
    expect(
      slotLines(
        "The Board of Directors of Kestrel Mining Ltd approved the move of the company's headquarters to Singapore from Australia.",
        'company',
        'to',
      ),
    ).toEqual(['Kestrel Mining SG']);
    expect(
      slotLines(
        'Quartzline Mining chief executive Gregory Hale moved production to Mexico from Ohio last year.',
        'company',
        'to',
      ),
    ).toEqual(['Quartzline Mining MX']);
    expect(events('U.S. export inspections of corn rose 12% last week, the USDA said.')).toEqual([]);
    expect(
      read(
        'Chief executive Harold Brisk, whose cancer is in remission, said the 25% US tariff on Canadian potash would hurt sales.',
      ),
    ).toEqual(['tariff impose CA']);
    expect(
      events(
        'Kestrel Mining said it would transition its operations to renewable power at its smelter in Spain.',
      ),
    ).toEqual([]);
  });
  it('reads delays in export licences as no measure, licences no longer approved as a control, and quotas on exports as one', () => {
    expect(
      events(
        "Japan's trade minister raised the delays in rare earth export licences with his Chinese counterpart on Tuesday.",
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'China has stopped approving licences for rare earth magnet exports to US defence contractors.',
        'action',
        'target',
      ),
    ).toEqual(['impose US']);
    expect(slotLines('Russia imposed a quota on exports of nickel.', 'type', 'imposer', 'goods')).toEqual([
      'export_restriction RU nickel',
    ]);
  });
  it('reads a country a ban "does not cover" or leaves out "except for shipments to" as no target of it', () => {
    expect(
      slotLines(
        'Belarus banned exports of potash by rail on Monday. The ban does not cover shipments to Russia.',
        'target',
      ),
    ).not.toContain('RU');
    expect(
      slotLines(
        'Kazakhstan banned exports of coal by road for six months, except for shipments to Uzbekistan.',
        'imposer',
        'target',
      ),
    ).toEqual(['KZ null']);
    expect(slotLines('Indonesia banned nickel ore exports to China and India on Monday.', 'target')).toEqual([
      'CN',
      'IN',
    ]);
  });
  it('reads a measure whose own text "shall" ban goods under a rule "adopted" as stated (adopted is no draft)', () => {
    expect(
      slotLines(
        "Indonesia's mining ministry published the rule on Monday. Exports of bauxite shall be banned from 2026 under the rule adopted last week.",
        'type',
        'imposer',
        'goods',
      ),
    ).toEqual(['export_restriction ID bauxite']);
  });
});

describe('read on export-policy wires and trade-remedy notices written for the purpose (forty-ninth session)', () => {
  it('reads vessels set out after a colon, parted by semicolons, and hull numbers as parts of their names', () => {
    expect(
      slotLines(
        'The Treasury sanctioned the following vessels: Orrin Dawn, Sea Lattice and Blue Kestrel.',
        'entity',
      ),
    ).toEqual(['Orrin Dawn', 'Sea Lattice', 'Blue Kestrel']);
    expect(
      slotLines(
        'The Treasury sanctioned the following tankers: Orrin Dawn; Sea Lattice; and Blue Kestrel.',
        'entity',
      ),
    ).toEqual(['Orrin Dawn', 'Sea Lattice', 'Blue Kestrel']);
    expect(
      slotLines('The Treasury sanctioned the tankers Marlin 22, Orrin Dawn and Keel Star II.', 'entity'),
    ).toEqual(['Marlin 22', 'Orrin Dawn', 'Keel Star II']);
  });
  it('reads a name a removal verb takes after a listing as removed, not added', () => {
    expect(
      slotLines(
        'The Commerce Department added eight entities to the Entity List and removed Harlow Devices and Jessop Tools.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Harlow Devices', 'remove Jessop Tools']);
    expect(
      slotLines(
        'The Commerce Department added eight entities to the Entity List on Tuesday, while removing Harlow Devices from it.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Harlow Devices']);
    expect(
      slotLines(
        'The Commerce Department added Vantor Systems to the Entity List and removed Harlow Devices.',
        'action',
        'entity',
      ).sort(),
    ).toEqual(['add Vantor Systems', 'remove Harlow Devices']);
    // Without a listing before it, "removed" is no anchor: a board removing its chief names no one delisted.
    expect(events('The board of Vantor Systems removed Chief Executive Dana Whitlock on Friday.')).toEqual(
      [],
    );
    expect(
      slotLines(
        'The Commerce Department added Vantor Systems to the Entity List and removed its chief executive.',
        'action',
        'entity',
      ),
    ).toEqual(['add Vantor Systems']);
  });
  it("dates an action by the date its sentence states over the day of the wire's dateline", () => {
    const dated = (text: string) => extractEvents({ text, published: '2025-06-10' }).map((e) => e.date);
    expect(
      dated('WINDHOEK, June 5 - Namibia banned the export of unprocessed lithium in June 2023.'),
    ).toEqual(['2023-06']);
    // Another verb's date ("a shift that began in 1988") leaves the dateline's day to the action.
    expect(
      dated(
        'TAIPEI, June 2 - Corvane Toys said it has moved its toy production from Taiwan to Vietnam, completing a shift that began in 2019.',
      ),
    ).toEqual(['2025-06-02']);
  });
  it('reads duties petitioned or asked for, across whom the request is addressed to, as no measure', () => {
    expect(
      events(
        'Domestic producers Marrow Steel and Bellwether Coil petitioned the Commerce Department on Tuesday for anti-dumping duties of up to 180% on rebar from Algeria and Egypt.',
      ),
    ).toEqual([]);
    expect(
      events(
        'A coalition of U.S. graphite producers filed petitions asking the Commerce Department and the ITC to levy anti-dumping duties against anode material from China.',
      ),
    ).toEqual([]);
    expect(
      events(
        'Britain has pushed for the 25% tariff on its steel to be lifted, the business secretary said on Monday.',
      ),
    ).toEqual([]);
    // The measure granted stays one, whoever asked for it.
    expect(
      slotLines(
        'The Commerce Department on Tuesday imposed anti-dumping duties of up to 180% on rebar from Algeria and Egypt, which domestic producers had asked for.',
        'target',
      ),
    ).toEqual(['DZ', 'EG']);
  });
  it('reads what a government may do, in the words of analysts or a consultancy closing the sentence, as no threat', () => {
    for (const text of [
      'Congo may extend its cobalt export suspension if prices fail to recover, analysts at Swiss bank Harbor & Stone said in a note.',
      'Congo may extend its cobalt export suspension, said Marta Oyelaran, an analyst at Redrock Metals Research.',
      'Indonesia could ban bauxite exports as early as next year, according to consultancy Redrock Metals.',
    ])
      expect(slotLines(text, 'action').filter((action) => action === 'threaten')).toEqual([]);
    expect(
      slotLines('Indonesia could ban bauxite exports next year, according to the energy ministry.', 'action'),
    ).toEqual(['threaten']);
  });
  it('reads a ban overturned, let expire or expiring as removed', () => {
    expect(slotLines('Ghana overturned its ban on exports of raw lithium ore.', 'action')).toEqual([
      'remove',
    ]);
    expect(slotLines('Congo let its cobalt export ban expire on Saturday.', 'action')).toContain('remove');
    expect(slotLines("Congo's cobalt export ban expires on June 22.", 'action')).toContain('remove');
    // A court overturning something else removes no ban that follows.
    expect(
      slotLines('A court overturned the ruling, and Ghana banned exports of raw lithium ore.', 'action'),
    ).toEqual(['impose']);
  });
  it('reads exports a government will permit as eased, and will no longer (or not) allow as banned', () => {
    expect(
      slotLines('Indonesia will permit exports of copper concentrate until December.', 'action', 'goods'),
    ).toEqual(['ease copper concentrate']);
    expect(
      slotLines(
        'Nigeria said on Tuesday it would no longer allow exports of unprocessed lithium ore.',
        'action',
        'imposer',
      ),
    ).toEqual(['impose NG']);
    expect(
      slotLines(
        'Malaysia said it would not allow the export of rare earth raw materials.',
        'action',
        'imposer',
      ),
    ).toEqual(['impose MY']);
    // Exports not allowed to resume are neither eased nor newly banned.
    expect(events('Malaysia did not allow exports of rare earths to resume.')).toEqual([]);
  });
  it('reads exports halted by weather, a strike or protesters, or by a company that said it would, as no measure', () => {
    for (const text of [
      'Heavy rains halted bauxite exports from the port of Kamsar in Guinea.',
      'A strike halted copper exports from Zambia.',
      'Protesters blocked lithium exports from Salta province in Argentina.',
      'Bauxite exports from Guinea were halted by heavy rains.',
      'Korvane Mining said it would halt cobalt exports from Congo.',
      'The company said on Monday that it would halt exports of its concentrate through Durban port.',
    ])
      expect(events(text)).toEqual([]);
    expect(slotLines('Guinea halted bauxite exports from the port of Kamsar.', 'imposer')).toEqual(['GN']);
    expect(slotLines('Congo said it would halt cobalt exports for four months.', 'imposer')).toEqual(['CD']);
  });
  it('keeps a comparative that opens a measure\'s phrase ("Higher U.S. tariffs … took effect") its change (guard)', () => {
    expect(
      slotLines(
        'Republicans are rolling out their policies of higher tariffs on imported steel from Canada.',
        'action',
      ).filter((action) => action === 'raise'),
    ).toEqual([]);
    expect(slotLines('Higher U.S. tariffs on Canadian steel took effect on June 4.', 'action')).toEqual([
      'raise',
    ]);
    expect(slotLines("Taiwan's cabinet approved lower import tariffs on cars.", 'action')).toEqual([
      'reduce',
    ]);
  });
  it('reads sourcing shifted from one country to another, across words of what is sourced, as no move', () => {
    expect(
      events('Korvane Energy said it would shift its anode material sourcing from China to South Korea.'),
    ).toEqual([]);
    expect(
      slotLines('Korvane Energy will shift its battery cell production from China to Hungary.', 'from', 'to'),
    ).toEqual(['CN HU']);
  });
  it('reads licences a government has begun issuing for exports as an easing', () => {
    expect(
      slotLines(
        'The Commerce Department has begun issuing licenses to Veltrix Corp to export its H30 chips to China.',
        'type',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['export_restriction ease US CN']);
  });
  it('reads no government body that closes the sentence by saying it as the party a pronoun stands for', () => {
    expect(events('It also took three Pakistani firms off the list, the Commerce Department said.')).toEqual(
      [],
    );
    expect(
      slotLines(
        'Korvath Metals was named in the filing. It was added to the Entity List in 2020, the Commerce Department said.',
        'entity',
      ),
    ).toEqual(['Korvath Metals']);
  });
  it('reads output raised, resumed or reported at a site, an anniversary of a plant and a first plant "outside" a country as no move', () => {
    for (const text of [
      'Tarn Valley Nickel increased production at its Sudbury operations in Ontario by 15% in May.',
      'Merapi Nickel said production at its smelter in Sulawesi, Indonesia, rose 20% in May.',
      'Andes Cobre resumed production at its mine in Chile after a strike.',
      'Korean battery maker Zenthe Batteries marked the tenth anniversary of its plant near Wroclaw, Poland.',
      "The Debrecen plant will be Xinhe New Energy's first factory outside China.",
    ])
      expect(events(text)).toEqual([]);
    // "outside" a city is near it.
    expect(
      slotLines('Chipforge plans to assemble bitcoin miners at a new site outside Columbus, Ohio.', 'to'),
    ).toEqual(['US']);
  });
  it('reads "the miner" or "the company" as the company spoken of, not the firm of analysts or brokers "at" it', () => {
    expect(
      slotLines(
        'Brokers at Tillman Partners raised their rating on Inverdale Resources. The miner will move its headquarters from London to Dubai.',
        'company',
      ),
    ).toEqual(['Inverdale Resources']);
    // (guard) A rating agency acting on the company, and the staff "at" it, leave the company the referent.
    expect(
      slotLines(
        "Fitch Ratings cut Tallow Mining's rating. The miner said it would move its head office from Perth to Singapore.",
        'company',
      ),
    ).toEqual(['Tallow Mining']);
    expect(
      slotLines(
        'Sales at Halberd Chemicals fell, and the firm moved production from Belgium to Texas on Monday.',
        'company',
      ),
    ).toEqual(['Halberd Chemicals']);
  });
  it('reads "its rival X" after a verb of saying as the mover X, dated by its own date rather than the day of saying', () => {
    const moves = events(
      'Dunfield Resources said on Friday that its rival Caraway Minerals moved its headquarters from London to New York in 2024.',
    );
    expect(slotRecords(moves).map((e) => e.company)).toEqual(['Caraway Minerals']);
    expect(moves.map((e) => e.date)).toEqual(['2024']);
  });
  it('reads a verb on an estimate ("lowered its export forecast on new U.S. tariffs") as no change of the measure', () => {
    expect(
      candidatesOfType('A Seoul bank lowered its export forecast on new U.S. tariffs.', 'tariff').map(
        (c) => c.action,
      ),
    ).not.toContain('reduce');
    expect(slotLines('Japan will lower tariffs on U.S. farm goods.', 'action')).toEqual(['reduce']);
  });
  it('reads "Shareholders of X" or "The board of X" approving a move as X moving', () => {
    expect(
      slotLines(
        "Shareholders of Copperline Resources voted on Friday to approve the company's redomiciliation from Australia to the United States.",
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Copperline Resources AU US']);
    expect(
      slotLines(
        'Shareholders of Inverdale Resources on Tuesday approved the plan to move its headquarters from London to Dubai.',
        'company',
        'to',
      ),
    ).toEqual(['Inverdale Resources AE']);
  });
  it('reads a list of names with their suffixes between "took" and "off" as removed', () => {
    expect(
      slotLines(
        'The Commerce Department took Harborview Trading Pte Ltd and Gulf Crest Electronics LLC off the Entity List.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Harborview Trading', 'remove Gulf Crest Electronics']);
  });
  it('reads vessels set out after a colon without "and", and after "to its sanctions list:"', () => {
    expect(
      slotLines(
        'The Treasury sanctioned the following tankers: Marlin 22; Keel Star II; Ocean Lattice.',
        'entity',
      ),
    ).toEqual(['Marlin 22', 'Keel Star II', 'Ocean Lattice']);
    expect(
      slotLines(
        'The EU added the following vessels to its sanctions list: Polar Wind; Star Lattice; Ocean Pearl.',
        'entity',
      ),
    ).toEqual(['Polar Wind', 'Star Lattice', 'Ocean Pearl']);
  });
  it('reads exports "of" goods from a long place name as suspended, unless a company suspended them', () => {
    expect(
      slotLines(
        'Exports of cobalt from the Democratic Republic of Congo were suspended for four months in February.',
        'imposer',
        'goods',
      ),
    ).toEqual(['CD cobalt']);
    expect(
      events('Exports of copper from the mine in northern Zambia were halted by the company last week.'),
    ).toEqual([]);
    expect(slotLines('South Korea banned all exports by Hanul Precision for two years.', 'type')).toContain(
      'blacklisting',
    );
  });
  it("counts the days a wire story names from its dateline's day", () => {
    expect(
      extractEvents({
        text: 'WASHINGTON, June 5 - The United States raised tariffs on steel to 50% on Monday.',
        published: '2025-06-10',
      }).map((e) => e.date),
    ).toEqual(['2025-06-02']);
  });
  it('keeps what the adversarial probes of these rules found they overreached on (guard)', () => {
    expect(
      slotLines(
        'Trump asked the Commerce Department on Monday to impose tariffs of 50% on imported copper.',
        'imposer',
        'rate_pct',
      ),
    ).toEqual(['US 50']);
    for (const text of [
      'Indonesia may ban exports of copper concentrate next year, according to people familiar with the matter.',
      'Indonesia could ban nickel ore exports next year, Energy Minister Bahlil Lahadalia said, according to consultancy Meridian Metals Research.',
    ])
      expect(slotLines(text, 'action')).toEqual(['threaten']);
    expect(
      slotLines(
        "Niger's government suspended uranium exports by Orano during the unrest, the mines ministry said.",
        'imposer',
      ),
    ).toEqual(['NE']);
    expect(
      slotLines(
        "Zambia's Energy Regulation Board said it would halt fuel exports to Congo.",
        'imposer',
        'target',
      ),
    ).toEqual(['ZM CD']);
    expect(
      slotLines(
        'Kestrel Electronics resumed production in Vietnam on Tuesday after moving its assembly lines from China.',
        'to',
      ),
    ).toEqual(['VN']);
    expect(
      extractEvents({
        text: 'Mexico will raise tariffs on Chinese cars to 50%, taking effect on Jan. 1, the economy ministry said.',
        published: '2025-06-10',
      }).map((e) => (e as unknown as Record<string, unknown>).effective_date),
    ).toEqual(['2026-01-01']);
  });
  it('reads a name after "its rival" as a company, and "the company" in words of brokers as not their firm', () => {
    expect(
      slotLines(
        'Kirin Motors said its rival Sakura Auto moved its production from Japan to Mexico.',
        'company',
        'to',
      ),
    ).toEqual(['Sakura Auto MX']);
    expect(
      slotLines(
        'Torvane Steel is based in Ohio. Brokers at Ashford Securities said the company would move its headquarters to Toronto.',
        'company',
      ),
    ).toEqual(['Torvane Steel']);
  });
  it('reads whose list it is ("the US Commerce Department\'s Unverified List") as no party on it', () => {
    expect(
      slotLines(
        "Steppe Tech Supply was removed from the US Commerce Department's Unverified List on Tuesday.",
        'action',
        'entity',
      ),
    ).toEqual(['remove Steppe Tech Supply']);
  });
  it('reads a year a comparison reaches back to ("its highest since 2012") as no date of the action', () => {
    expect(
      extractEvents({
        text: 'Nickel fell to its lowest since 2021 after Indonesia said it would restrict exports of nickel pig iron from September.',
        published: '2025-06-10',
      }).map((e) => e.date),
    ).toEqual([null]);
    expect(
      extractEvents({
        text: 'Indonesia has banned nickel ore exports since 2020.',
        published: '2025-06-10',
      }).map((e) => e.date),
    ).toEqual(['2020']);
  });
  it('reads a country that names a UN sanctions committee as its regime, not the authority', () => {
    expect(
      slotLines(
        "The UN Security Council's Libya sanctions committee on Tuesday removed two individuals, Khalid Mansour al-Badri and Faraj Saleh Omar, from its sanctions list.",
        'authority',
      ),
    ).not.toContain('LY');
  });
  it('ends goods of trade before a verb a rate follows ("imports reached 145%")', () => {
    expect(
      slotLines('Gold hit a record after U.S. tariffs on Chinese imports reached 145%.', 'goods', 'rate_pct'),
    ).toEqual(['imports 145']);
  });
  it('keeps a person whose title or kin word comes after "and" in the list of those sanctioned', () => {
    expect(slotLines('The EU sanctioned Sergei Vashkevich and Colonel Igor Lapko.', 'entity')).toEqual([
      'Sergei Vashkevich',
      'Igor Lapko',
    ]);
    expect(slotLines('The UK sanctioned Mr Viktor Ostrogin and Ms Larisa Belenkova.', 'entity')).toEqual([
      'Viktor Ostrogin',
      'Larisa Belenkova',
    ]);
    expect(
      slotLines(
        'The Treasury sanctioned Oleg Marchenko, his son Ivan Marchenko and daughter Daria Marchenko.',
        'entity',
      ),
    ).toEqual(['Oleg Marchenko', 'Ivan Marchenko', 'Daria Marchenko']);
  });
  it('reads a notice\'s list numbered "1. X; 2. Y" after a colon as one sentence of names', () => {
    expect(
      slotLines(
        'MOFCOM decided to add the following entities to the unreliable entity list: 1. Hartwell Aerosystems Inc.; 2. Korvane Defense Technologies LLC; 3. Stellmar Avionics Corporation.',
        'entity',
      ),
    ).toEqual(['Hartwell Aerosystems', 'Korvane Defense Technologies', 'Stellmar Avionics']);
  });
  it('reads a measure in reports the sentence calls untrue or false as denied', () => {
    for (const text of [
      'The Ministry of Commerce said on June 9 that reports that China would ban exports of coking coal are untrue.',
      'Reports that Indonesia will ban bauxite exports are false, the minister said.',
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads a government body ("the Office of Strategic Capital") as no mover, and the expansion of a company\'s site as no move', () => {
    expect(
      events(
        'Kestrel Lithium said it had secured a $400 million loan from the U.S. Office of Strategic Capital to build a lithium hydroxide refinery in Louisiana.',
      ),
    ).toEqual([]);
    expect(
      events("The investment will fund expansion of Corvane's Black Mesa separation facility in Nevada."),
    ).toEqual([]);
  });
  it('keeps what the third adversarial probe of these rules found they overreached on (guard)', () => {
    expect(
      slotLines(
        'Reports that Indonesia banned nickel ore exports are true, but claims of a bauxite ban are false.',
        'imposer',
        'goods',
      ),
    ).toEqual(['ID nickel ore']);
    expect(
      slotLines(
        "The expansion of Coralis Steel's plant in Monterrey follows the company's move of production from Ohio to Mexico last year.",
        'company',
        'to',
      ),
    ).toEqual(['Coralis Steel MX']);
    expect(
      slotLines(
        'Engineers at Pallister Rail said the company moved its factory from Germany to Czech Republic in 2024.',
        'company',
      ),
    ).toEqual(['Pallister Rail']);
  });
  it('reads "lifted the freeze on X" in an article on sanctions as X removed, and "its first tariff … since 2019" as undated by 2019', () => {
    expect(
      slotLines(
        'Japan lifted sanctions on two Russian banks on Tuesday. Tokyo also lifted the freeze on Baltic Amber Trading, a Latvian shipping agent.',
        'action',
        'entity',
      ),
    ).toContain('remove Baltic Amber Trading');
    expect(events('Korvath Metals lifted the freeze on hiring at its Ontario mine.')).toEqual([]);
    expect(
      extractEvents({
        text: 'Washington imposed its first tariff on Chinese steel since 2019 on Monday.',
        published: '2025-06-10',
      }).map((e) => e.date),
    ).toEqual(['2025-06-09']);
  });
});

describe('read on sanctions, trade-remedy and resource-policy probes written for the purpose (fiftieth session)', () => {
  it('reads an effect taken off a quantity ("shave 0.3 percentage point off growth") as no rate', () => {
    expect(
      candidateValues(
        'Moravec said U.S. tariffs would shave about 0.3 percentage point off euro-zone growth.',
        'tariff',
        'rate_pct',
      ),
    ).toEqual([null]);
    expect(
      slotLines(
        'The United States raised its tariff on Brazilian pig iron by 10 percentage points to 35%.',
        'rate_pct',
      ),
    ).toEqual(['35']);
  });
  it('reads a condition by inversion with a lower-case subject ("Should tariffs rise further, …") as no action', () => {
    expect(
      events(
        'Should tariffs on Canadian aluminum rise further, Northvale Aluminum would consider moving some casting to Ohio.',
      ),
    ).toEqual([]);
    expect(
      events('Should Ottawa impose tariffs on steel, Korvath Metals would move its plant to Ohio.'),
    ).toEqual([]);
    expect(
      slotLines('Northvale Aluminum will move some casting to Ohio from Quebec.', 'company', 'to'),
    ).toEqual(['Northvale Aluminum US']);
  });
  it("reads a level a measure may reach after a country's name as a forecast, and a possibility before a long noun phrase as others' forecast", () => {
    expect(
      events(
        'Tariffs on refined copper imports into the United States could rise to 50% next year, analysts said.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'Trump said tariffs on copper imports into the United States could reach 50% next year.',
        'action',
        'imposer',
        'rate_pct',
      ),
    ).toEqual(['threaten US 50']);
    expect(events('Analysts said Chile could raise its lithium export levy to 10% next year.')).toEqual([]);
    expect(
      slotLines('Chile said it could raise its lithium export levy to 10% next year.', 'action', 'imposer'),
    ).toEqual(['threaten CL']);
  });
  it('reads a name after "the port of" as a place, and a participle describing the buyers goods go to as no action', () => {
    expect(
      slotLines('Mexico banned exports of iron ore through the port of Lazaro Cardenas.', 'type', 'action'),
    ).toEqual(['export_restriction impose']);
    expect(
      slotLines(
        'Bolivia will restrict exports of lithium carbonate to buyers approved by the state company.',
        'type',
        'action',
      ),
    ).toEqual(['export_restriction impose']);
    expect(
      slotLines(
        'Bolivia will allow exports of lithium carbonate to buyers approved by the state company.',
        'type',
        'action',
      ),
    ).toEqual(['export_restriction ease']);
  });
  it('reads list members after a description, a possessed role or a colon, and a name a place word stands inside', () => {
    expect(
      slotLines(
        'Australia imposed sanctions on Sarcheshmeh Smelting Co, an Iranian copper producer, and its marketing agent, Gulfstar Metals.',
        'entity',
      ),
    ).toEqual(['Sarcheshmeh Smelting', 'Gulfstar Metals']);
    expect(
      slotLines('The EU imposed sanctions on Magnit Steel and the coking coal miner Dravik Ugol.', 'entity'),
    ).toEqual(['Magnit Steel', 'Dravik Ugol']);
    expect(
      slotLines(
        'The U.S. sanctioned Tengri Gold Refinery and three executives: Azamat Usenov, Larisa Pak and Bakyt Omurov.',
        'entity',
      ).sort(),
    ).toEqual(['Azamat Usenov', 'Bakyt Omurov', 'Larisa Pak', 'Tengri Gold Refinery']);
    expect(
      slotLines(
        'The U.S. sanctioned three executives: Azamat Usenov, Larisa Pak and Bakyt Omurov.',
        'entity',
      ).sort(),
    ).toEqual(['Azamat Usenov', 'Bakyt Omurov', 'Larisa Pak']);
    expect(
      slotLines(
        'The Treasury sanctioned Krasnoyarsk Precious Refinery and Golden Falcon DMCC, a sales agent.',
        'entity',
      ),
    ).toEqual(['Krasnoyarsk Precious Refinery', 'Golden Falcon DMCC']);
  });
  it("reads orders a company postpones, a ruling that is stayed, a measure set off as a condition and a levy asked of a government as no measure's action", () => {
    expect(
      events(
        "'Customers are postponing orders until there is more clarity on duties,' one machinery maker in the U.S. said.",
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'An appeals court stayed a lower-court ruling that had struck down the 40% U.S. tariffs on Chinese graphite.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['impose US CN']);
    expect(
      slotLines('A trade court ruling struck down the 40% U.S. tariffs on Chinese graphite.', 'action'),
    ).toContain('remove');
    expect(
      events(
        'Analysts at Corbel said a 25% U.S. tariff on refined copper, if imposed, would shift flows to Asia.',
      ),
    ).toEqual([]);
    expect(
      events(
        'The industry group Mining Forward asked the Canadian government for a 10% levy on raw lithium exports.',
      ),
    ).toEqual([]);
  });
  it("reads a company's own head office moving as the company's move", () => {
    expect(
      slotLines(
        "Korvath Copper posted higher quarterly profit on Monday. The company's head office will move from Perth to Phoenix.",
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Korvath Copper AU US']);
  });
  it('reads a passive exemption in a clause of its own as a removal, not one from something else than a measure', () => {
    expect(
      slotLines(
        'The U.S. imposed 25% tariffs on Canadian goods on March 4, but two days later goods covered by the USMCA trade pact were exempted.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['impose US CA', 'remove US CA']);
    expect(
      slotLines(
        'Washington raised tariffs on Chinese batteries to 50%, but smaller importers were exempted from new filing rules.',
        'action',
      ),
    ).not.toContain('remove');
  });
  it('keeps what the adversarial probe of these rules found they overreached on (guard)', () => {
    expect(
      slotLines(
        'Should the talks fail, the United States would impose a 25% tariff on Mexican steel, Lutnick warned.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['threaten US MX']);
    expect(
      slotLines(
        'Were the talks to collapse, Beijing would ban rare earth exports to the United States, the commerce ministry warned.',
        'action',
        'imposer',
      ),
    ).toEqual(['threaten CN']);
    expect(slotLines('Britain sanctioned the port of Kavkaz on Tuesday.', 'entity')).toEqual(['Kavkaz']);
    expect(
      events(
        "Cordillera Lithium reported record output. The company's operations will move into a new phase in Chile next year.",
      ),
    ).toEqual([]);
    expect(
      events(
        "Cordillera Lithium reported record output. The company's plant will move to three shifts in Mexico.",
      ),
    ).toEqual([]);
    expect(
      slotLines(
        "Canada's finance ministry asked parliament for a 25% levy on Chinese steel.",
        'imposer',
        'target',
      ),
    ).toEqual(['CA CN']);
    expect(events('A 25% tariff on copper, if approved by Congress, would take effect in May.')).toEqual([]);
    expect(
      slotLines(
        "An appeals court stayed the ruling, which struck down Trump's tariffs on Mexican goods.",
        'action',
      ),
    ).not.toContain('remove');
  });
  it('reads concentrate shipped to a smelter as no move, end-use reviews of exports as a control, and "the list" after an unknown name', () => {
    expect(
      events(
        'Brightwater Antimony Corp said it had shipped its first antimony-gold concentrate from its Stibnite Ridge mine in Idaho to a smelter in Montana.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        "China's commerce ministry said it would tighten end-use reviews of graphite exports to the United States.",
        'type',
        'imposer',
        'target',
        'goods',
      ),
    ).toEqual(['export_restriction CN US graphite']);
    expect(
      slotLines(
        'The Commerce Department removed Zhenhai Permag from the Entity List on Monday. Zhenhai Permag had been added to the list in 2023.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Zhenhai Permag', 'add Zhenhai Permag']);
  });
  it("reads analysts expecting a government to raise a country's duty as a forecast, and a range of duties as no raise", () => {
    expect(
      events(
        "Analysts at Kotwal Securities expect the government to raise India's safeguard duty on flat steel to 15 per cent next year.",
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'The European Commission has imposed provisional anti-dumping duties on stainless steel from China. Duties on Chinese producers range from 12.4 per cent to 35.6 per cent.',
        'action',
      ),
    ).not.toContain('raise');
  });
  it('keeps what the second adversarial probe of these rules found they overreached on (guard)', () => {
    expect(
      slotLines(
        "Shares of Lindqvist Metals, a major gallium buyer, were unchanged on Monday, and China's commerce ministry said it will impose export controls on gallium.",
        'action',
      ),
    ).toEqual(['impose']);
    expect(
      slotLines(
        "Two of the firm's directors, Lin Bo and Marta Kess, were questioned by police, and the Treasury will add Corvane Shipping to the SDN List.",
        'entity',
      ),
    ).toEqual(['Corvane Shipping']);
    expect(slotLines('The European Union extended its sanctions to the port of Primorsk.', 'entity')).toEqual(
      ['Primorsk'],
    );
    expect(
      slotLines(
        'U.S. steel prices stayed high even after a ruling that struck down the 50% tariffs on steel.',
        'action',
      ),
    ).toContain('remove');
    expect(
      slotLines(
        "Canada's 25% surtax on U.S. steel, once introduced, was passed straight on to builders.",
        'imposer',
        'target',
      ),
    ).toEqual(['CA US']);
    expect(
      slotLines(
        'Volkner Components is sending engineers to a new plant in Mexico that will take over seat-frame production from Ohio.',
        'company',
        'to',
      ),
    ).toEqual(['Volkner Components MX']);
    expect(events('Muthoot Finance on Monday lowered the rate on gold loans to 9%.')).toEqual([]);
  });
  it('reads the risk of a measure as none, a company delisting from an exchange as no list, and a reporting period as no word of a name', () => {
    expect(events('Traders weighed the risk of new US import duties.')).toEqual([]);
    expect(events('Investors weighed the risk of US sanctions on Kestrel Mining.')).toEqual([]);
    expect(events('Tallow Creek Gold will leave London and delist from the LSE.')).toEqual([]);
    expect(slotLines('OFAC delisted Tallow Creek Gold from the SDN List.', 'action', 'entity')).toEqual([
      'remove Tallow Creek Gold',
    ]);
    expect(
      slotLines(
        'We completed the move of our silicon manganese production from South Africa to Oman in August.',
        'company',
        'to',
      ).length,
    ).toBe(0);
    expect(
      extractEvents({
        title: 'Stellar Mining Q3 call: margins recover',
        text: 'We completed the move of our silicon manganese production from South Africa to Oman in August.',
        published: '2025-10-20',
      }).map((e) => ('company' in e ? e.company : null)),
    ).toEqual(['Stellar Mining']);
  });
  it('reads an exemption in a participle clause after "while" as a removal, and a ban on exports to the parties just listed as their listing only', () => {
    expect(
      slotLines(
        'The United States imposed a 50% tariff on copper wire, while exempting refined cathode.',
        'action',
        'imposer',
      ),
    ).toEqual(['impose US', 'remove US']);
    expect(
      slotLines(
        'China added Stenwick Defense Systems and Arlo Aerospace to its export control list, prohibiting the export of dual-use items to the two companies.',
        'type',
      ),
    ).toEqual(['blacklisting', 'blacklisting']);
  });
  it('keeps what the third adversarial probe of these rules found they overreached on (guard)', () => {
    expect(
      slotLines(
        "Analysts voiced concerns over Canada's surtax on Chinese aluminium, which took effect on Friday at a rate of 25%.",
        'imposer',
        'target',
      ),
    ).toEqual(['CA CN']);
    expect(
      slotLines(
        'Q1 Minerals said on Monday it had moved its headquarters from Johannesburg to Perth.',
        'company',
      ),
    ).toEqual(['Q1 Minerals']);
    expect(slotLines('The U.S. added Q4 Metals Trading to the Entity List on Friday.', 'entity')).toEqual([
      'Q4 Metals Trading',
    ]);
    expect(
      slotLines(
        'Indonesia raised its export levy on nickel pig iron to 10% on Monday, while exempting smelters from new licensing rules until 2027.',
        'action',
      ),
    ).toEqual(['raise']);
    expect(
      slotLines(
        'Washington raised its tariff on imported steel to 50%, while exempting imports from Canada and Mexico.',
        'action',
        'target',
      ),
    ).toEqual(['raise null', 'remove CA', 'remove MX']);
  });
  it('reads a level others expect a measure to reach as a forecast, parties counted with two words of their trade, "another" before an apposition, and a measure a relative clause says was imposed', () => {
    expect(
      slotLines(
        'Indonesia imposed an export levy on nickel pig iron last year. Analysts at Kembla Research expect the levy to rise to 10% by 2028.',
        'rate_pct',
      ),
    ).toEqual(['null']);
    expect(
      slotLines(
        'The U.S. Commerce Department on Friday added three Chinese rare earth processors to its Entity List. The companies are Shenmao Rare Earth Group, Lianhua Magnetic Materials and Ganbei Alloy Technology.',
        'entity',
      ),
    ).toEqual(['Shenmao Rare Earth Group', 'Lianhua Magnetic Materials', 'Ganbei Alloy Technology']);
    expect(
      slotLines(
        'Washington added another magnet maker, Ningxi Magnetics, to the Entity List in 2022.',
        'entity',
      ),
    ).toEqual(['Ningxi Magnetics']);
    expect(
      slotLines(
        'Beijing also suspended its ban on exports of gallium to the United States, which it had imposed in December 2024.',
        'action',
      ),
    ).toEqual(['remove', 'impose']);
  });
  it('reads what a future waits for ("would keep its tariffs until … were removed") as no action, and a past "until" as one', () => {
    expect(
      slotLines(
        'Canada said it would keep its counter-tariffs on U.S. steel until all U.S. duties on Canadian goods were removed.',
        'action',
      ),
    ).not.toContain('remove');
    expect(
      slotLines('The tariffs stayed in force until the EU lifted them in May.', 'action', 'imposer'),
    ).toEqual(['remove EU']);
  });
  it('keeps what the fourth adversarial probe of these rules found they overreached on (guard)', () => {
    expect(
      slotLines('Concerns over U.S. sanctions on Rusal, imposed in April, hit aluminium markets.', 'entity'),
    ).toEqual(['Rusal']);
    expect(
      slotLines(
        'Fears about Chinese export controls on graphite, in force since December, hit Korean anode makers.',
        'imposer',
      ),
    ).toEqual(['CN']);
    expect(
      slotLines(
        "Zimbabwe's mines ministry said it expects its ban on raw lithium ore exports to go into force on January 1.",
        'type',
        'imposer',
      ),
    ).toEqual(['export_restriction ZW']);
    expect(
      slotLines(
        'Zambia imposed a 10% levy on copper concentrate exports, while exempting smelters operating in the country.',
        'action',
      ),
    ).toEqual(['impose']);
    expect(
      slotLines(
        'Japan on Tuesday added 14 foreign entities to its End User List, the Ministry of Economy, Trade and Industry said.',
        'entity',
      ),
    ).toEqual([]);
  });
  it('lists a name after a member whose description holds another name ("Li Wen, a director of Hualong Metals, and Zhou Ping")', () => {
    expect(
      slotLines(
        'The U.S. Treasury sanctioned Li Wen, a director of Hualong Metals, and Zhou Ping.',
        'entity',
      ),
    ).toEqual(['Li Wen', 'Zhou Ping']);
    expect(
      slotLines('The U.S. Treasury sanctioned Hualong Metals and Zhou Ping on Tuesday.', 'entity'),
    ).toEqual(['Hualong Metals', 'Zhou Ping']);
  });
  it('keeps what the fifth adversarial probe of these rules found they overreached on (guard)', () => {
    expect(
      slotLines(
        'Indonesia will maintain its ban on nickel ore exports until domestic smelters reach full capacity and will impose a 10% export duty on nickel matte from June.',
        'type',
        'goods',
      ),
    ).toContain('tariff nickel matte');
    expect(
      slotLines(
        'Concerns over U.S. tariffs on Canadian lumber, which rose to 14.4% in August, weighed on sawmills.',
        'imposer',
        'rate_pct',
      ),
    ).toEqual(['US 14.4']);
    expect(
      slotLines('China expects U.S. tariffs on Chinese goods to be cut to 10% under the deal.', 'action'),
    ).not.toContain('reduce');
    expect(
      slotLines(
        'The U.S. Treasury sanctioned Ivan Petrov, the chief executive of Arkona Metals, and Arkona said it would challenge the decision.',
        'entity',
      ),
    ).toEqual(['Ivan Petrov']);
    expect(
      slotLines(
        'The EU sanctioned a Belarusian state body, the State Authority for Military Industry, the Council said.',
        'action',
      ),
    ).toEqual(['add']);
    expect(
      slotLines(
        'Washington redoubled its efforts to add Chinese chipmakers to the Entity List, adding Hexin Micro on Friday.',
        'entity',
      ),
    ).toEqual(['Hexin Micro']);
  });
  it('reads goods "from Canada" that face a duty as the target, and a suspension set off from its ban by "until" and a date as the removal', () => {
    expect(
      slotLines(
        'The United States imposed a 25 percent tariff on Canadian goods. Energy resources from Canada face a 10 percent duty.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['CA 25', 'CA 10']);
    expect(
      slotLines(
        "China's commerce ministry said on Sunday it would suspend until Nov. 27, 2026, a ban on exports of gallium to the United States.",
        'action',
      ),
    ).toContain('remove');
    expect(
      events(
        'But the tribunal cut the miner some slack in March 2023, deciding not to levy a penalty, once it found the firm had cooperated.',
      ),
    ).toEqual([]);
  });
  it('keeps what the sixth adversarial probe of these rules found they overreached on (guard), and reads a ban a relative clause says was imposed, and a place before "-based" as no member', () => {
    expect(
      slotLines(
        "Soybean buyers from China face a 25% tariff on U.S. soybeans after Beijing's retaliation last month.",
        'imposer',
        'target',
      ),
    ).toEqual(['CN US']);
    expect(
      slotLines(
        'Washington will pause until Aug. 1, 2026, talks with Beijing, the 145% tariffs on Chinese goods remaining in force.',
        'action',
      ),
    ).not.toContain('remove');
    expect(
      slotLines(
        'India on Saturday lifted the ban on onion exports that it had imposed in December.',
        'action',
      ),
    ).toEqual(['remove', 'impose']);
    expect(
      slotLines(
        'OFAC sanctioned Marlin Crest Shipping and Oceanic Vega Ltd, two Hong Kong-based companies.',
        'entity',
      ),
    ).toEqual(['Marlin Crest Shipping', 'Oceanic Vega']);
  });
});

describe('read on resource-nationalism, sanctions, tariff-format and relocation probes written for the purpose (fifty-first session)', () => {
  it('reads a control named again by a demonstrative ("relaxed that ban", "those restrictions") as the earlier one', () => {
    const earlier = 'Bolivia banned exports of indium to Japan in January.';
    for (const [later, action] of [
      ['In May, the ministry relaxed that ban for two solar makers.', 'ease'],
      ['The ministry lifted those restrictions in May.', 'remove'],
      ['The ministry loosened this ban in May.', 'ease'],
    ] as const) {
      expect(slotLines(`${earlier} ${later}`, 'action', 'goods')).toContain(`${action} indium`);
    }
  });
  it('reads a mine moved from one way of working to another ("from open-pit to underground mining") as no relocation', () => {
    expect(
      candidatesOfType(
        'Ardent Copper said its mine in northern Chile has moved from open-pit to underground mining this year.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Ardent Copper will move to underground mining at its Peruvian mine.', 'relocation'),
    ).toEqual([]);
    expect(companies('Ardent Copper moved its mining from Peru to Chile last year.')).toEqual([
      'Ardent Copper',
    ]);
  });
  it('reads a measure whose passive verb has proposers for agent ("floated by some lawmakers") as their proposal', () => {
    const earlier = 'The United States imposed a 25% tariff on steel in March.';
    expect(
      slotLines(`${earlier} A 10% duty on bauxite has been floated by some lawmakers.`, 'goods'),
    ).toEqual(['steel']);
    expect(
      slotLines(`${earlier} A 10% duty on bauxite was proposed by U.S. senators on Tuesday.`, 'goods'),
    ).toEqual(['steel']);
    // (A proposal then acted on, and a measure only described by who backed it, stay.)
    expect(
      slotLines(
        `${earlier} A 10% duty on bauxite was requested by domestic producers and imposed by Commerce.`,
        'goods',
      ),
    ).toContain('bauxite');
    expect(
      slotLines(
        `${earlier} A 10% duty on bauxite, backed by U.S. producers, took effect on Tuesday.`,
        'goods',
      ),
    ).toContain('bauxite');
  });
  it('reads a measure others "see" changing ("Analysts see tariffs on crushers rising to 20%") as a forecast, and ends unlisted goods at the verb of a change', () => {
    const earlier = 'The European Union raised duties on crushers to 15% in May.';
    expect(
      slotLines(`${earlier} Analysts see tariffs on crushers rising to 20% next year.`, 'rate_pct'),
    ).toEqual(['15']);
    expect(
      slotLines(`${earlier} Analysts see the EU raising tariffs on crushers to 20% next year.`, 'rate_pct'),
    ).toEqual(['15']);
    expect(candidateValues('EU tariffs on crushers rose to 20% in May.', 'tariff', 'goods')).toContain(
      'crushers',
    );
    expect(candidateValues('EU tariffs on rock drills doubled to 20% in May.', 'tariff', 'goods')).toContain(
      'rock drills',
    );
  });
  it('reads a company whose legal form opens its name before a place ("PT Sulawesi Raya Nickel") as one listed party', () => {
    expect(
      slotLines(
        'The US Treasury removed PT Sulawesi Tenggara Nickel from the SDN List on Wednesday.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Sulawesi Tenggara Nickel']);
  });
  it('reads the parties a sanctions sentence counted, named in the next as "The vessels are the …" or "Among the companies are …"', () => {
    const earlier =
      'The U.S. Treasury on Tuesday sanctioned Corvane Navigation and three tankers it manages.';
    expect(
      slotLines(`${earlier} The vessels are the Amber Dawn, the Kestrel Sound and the Tarvik.`, 'entity'),
    ).toEqual(['Corvane Navigation', 'Amber Dawn', 'Kestrel Sound', 'Tarvik']);
    expect(
      slotLines(`${earlier} Among the companies are Ural Zinc Refinery JSC and Meridian Ore FZE.`, 'entity'),
    ).toEqual(['Corvane Navigation', 'Ural Zinc Refinery', 'Meridian Ore FZE']);
    // (What the parties are, or who owns them, names no one listed.)
    expect(slotLines(`${earlier} The vessels are owned by Zeta Shipping of Dubai.`, 'entity')).toEqual([
      'Corvane Navigation',
    ]);
  });
  it('reads a verb contrasted with a negated one set off by commas ("delayed, but did not cancel, its tariffs") as stated', () => {
    expect(
      slotLines(
        'Norway delayed, but did not cancel, its planned 25% duties on U.S. steel pipes, pushing them back 90 days.',
        'action',
      ),
    ).toEqual(['remove', 'impose']);
    expect(
      slotLines('Norway suspended, but did not scrap, its 25% duties on U.S. steel pipes.', 'action'),
    ).toContain('remove');
    expect(slotLines('Norway did not cancel its 25% duties on U.S. steel pipes.', 'action')).not.toContain(
      'remove',
    );
  });
  it('reads a ban referred back to with the year it was taken ("The ban, imposed in 2020, …") as the ban the article spoke of', () => {
    const found = events(
      'Bolivia said it will not lift its ban on tin ore exports. The ban, imposed in 2020, forced miners to build smelters.',
    );
    expect(found.map((e) => e.id)).toEqual([...new Set(found.map((e) => e.id))]);
    expect(
      slotLines(
        'Bolivia said it will not lift its ban on tin ore exports. The ban, imposed in 2020, forced miners to build smelters.',
        'action',
        'goods',
      ),
    ).toEqual(['impose tin ore']);
  });
  it("reads a moratorium on a mineral's mining and exports as an export control", () => {
    expect(
      slotLines(
        'Guyana has lifted its three-year moratorium on bauxite mining and exports, the ministry said.',
        'action',
        'goods',
      ),
    ).toEqual(['remove bauxite']);
    expect(
      candidatesOfType(
        'The moratorium on coal mining permits in the province hurt exports.',
        'export_restriction',
      ),
    ).toEqual([]);
  });
  it('reads a country describing the party a passive listing acts on ("The US firm was added to the list") as no authority', () => {
    expect(
      slotLines(
        "China's commerce ministry said on Monday it had removed Brightfell Robotics from its Unreliable Entity List. The US firm was added to the list in October.",
        'action',
        'authority',
      ),
    ).toEqual(['remove CN', 'add CN']);
  });
  it('reads trade "to the firms" a listing a few sentences back named as the listing\'s consequence, and a "list of export-ban targets" as no control', () => {
    expect(
      candidatesOfType(
        'The Commerce Department added five companies to the Entity List on Monday. The designations include Orlen Carbide and Verkhne Alloys. The other three are registered in Kazakhstan. Exports of tungsten carbide to the firms now require a license.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'Japan also added Arktika Palladium itself to its list of export ban targets.',
        'export_restriction',
      ),
    ).toEqual([]);
  });
  it('reads the place of where an alternative set aside would have gone ("instead of shipping concentrate to its refinery in Canada") as no destination', () => {
    expect(
      slotLines(
        'Altiplano Lithium will build a lithium carbonate plant in Bolivia, instead of shipping brine concentrate to its refinery in Canada.',
        'to',
      ),
    ).toEqual(['BO']);
  });
  it('reads what an exemption spares a party from ("Britain was exempted from the increase") as not done to it', () => {
    expect(
      slotLines(
        'The United States raised tariffs on copper to 50% on June 4. Britain was exempted from the increase.',
        'action',
        'target',
      ),
    ).toEqual(['raise null', 'remove GB']);
  });
  it('reads "the ban" referring back to a ban earlier in its own sentence ("banned … in 2014 and relaxed the ban in 2017")', () => {
    expect(
      slotLines('Jakarta banned nickel ore exports in 2014 and relaxed the ban in 2017.', 'action', 'goods'),
    ).toEqual(['impose nickel ore', 'ease nickel ore']);
  });
  it('reads a range a copula states ("is 11% to 14%") as no change of level', () => {
    expect(
      candidateValues("Brazil's normal tariff on drill rigs is 11% to 14%.", 'tariff', 'rate_pct'),
    ).toEqual([14]);
    expect(slotLines("Brazil's normal tariff on drill rigs is 11% to 14%.", 'action')).not.toContain('raise');
    expect(slotLines('Brazil raised its tariff on drill rigs from 11% to 14%.', 'action')).toContain('raise');
  });
  it('reads an exemption of a group no country names ("Countries with free trade agreements will be exempt") as lifting nothing', () => {
    for (const exempted of [
      'Imports from the Southern African Development Community are exempt.',
      'Countries with free trade agreements with Turkey will be exempt.',
    ])
      expect(slotLines(`Turkey imposed a 15% duty on steel wire. ${exempted}`, 'action')).toEqual(['impose']);
    expect(
      slotLines(
        'Turkey imposed a 15% duty on steel wire. Imports from Britain will be exempt.',
        'action',
        'target',
      ),
    ).toContain('remove GB');
  });
  it('reads a new measure others expect ("Analysts expect a 25% duty on refined cathode by the autumn") as a forecast', () => {
    const earlier = 'The United States imposed tariffs on copper wire in March.';
    for (const expected of [
      'Analysts at Marlow Capital expect a 25% duty on refined cathode by the autumn.',
      'Traders expect new U.S. tariffs on refined cathode.',
    ])
      expect(candidateValues(`${earlier} ${expected}`, 'tariff', 'goods')).toEqual(['copper wire']);
  });
  it('reads the lines a listing\'s lead-in introduces ("The designations include:" over "- X;", "- the vessel Y.")', () => {
    const text =
      'OFAC on Wednesday designated a network that sold Iranian steel to buyers in Asia. The designations include:\n- Persepolis Steel Trading FZE, a front company;\n- Zagros Metal Exports Ltd, registered in Hong Kong;\n- the vessel Caspian Lotus.\nTreasury said the network earned millions.';
    expect(slotLines(text, 'entity')).toEqual([
      'Persepolis Steel Trading FZE',
      'Zagros Metal Exports',
      'Caspian Lotus',
    ]);
  });
  it('reads vessels a colon and "the" introduce after a count ("sanctioned two vessels: the Sagar Kiran and the Nila Tara")', () => {
    expect(
      slotLines('OFAC on Friday sanctioned two vessels: the Sagar Kiran and the Nila Tara.', 'entity'),
    ).toEqual(['Sagar Kiran', 'Nila Tara']);
  });
  it('keeps what the first adversarial probe of these rules found they overreached on (guard)', () => {
    // A demonstrative points to the measure just named, here visa restrictions, not the export control before it.
    expect(
      slotLines(
        'China restricted exports of antimony in September. China also imposed visa restrictions on some foreign executives last year. It relaxed those restrictions in March.',
        'action',
      ),
    ).toEqual(['impose']);
    // A vessel's name may end in a region's ("the Sea Falcon", Falcon a Venezuelan state).
    expect(
      slotLines(
        'The U.S. Treasury on Tuesday sanctioned Corvane Navigation and three tankers it manages. The vessels are the Ocean Pearl, the Blue Marlin and the Sea Falcon.',
        'entity',
      ),
    ).toEqual(expect.arrayContaining(['Corvane Navigation', 'Ocean Pearl', 'Blue Marlin', 'Sea Falcon']));
    // "drops" may be goods, not a verb of a level's change.
    expect(
      candidateValues('Canada raised its duty on US cough drops to 10% in June.', 'tariff', 'goods'),
    ).toContain('cough drops');
  });
  it('reads a rate paid by a nationality\'s mills ("while Russian mills will pay 13.2 pct") as on that country', () => {
    expect(
      candidateValues(
        'Turkey imposed anti-dumping duties on cold-rolled coil. Chinese producers face a duty of 21.4 percent, while Russian mills will pay 13.2 pct.',
        'tariff',
        'target',
      ),
    ).toContain('RU');
    // (Who bears a duty at home is not its target.)
    expect(
      candidateValues('American consumers will pay the 25% tariffs on Chinese steel.', 'tariff', 'target'),
    ).not.toContain('US');
  });
  it('reads a later part of a change of level that names only another origin ("from Russia to 20% and from India to 15%")', () => {
    expect(
      slotLines(
        'Turkey raised additional duties on steel rebar from Russia to 20% and from India to 15% on Monday.',
        'target',
        'rate_pct',
        'goods',
      ),
    ).toEqual(['RU 20 steel rebar', 'IN 15 steel rebar']);
  });
  it('reads a measure extended to the goods of new origins ("to imports consigned from Thailand") as imposed on each', () => {
    expect(
      slotLines(
        'The European Commission extended its anti-dumping duties on Chinese aluminium foil, of up to 28.5%, to imports consigned from Thailand and Vietnam.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['CN 28.5', 'TH 28.5', 'VN 28.5']);
    expect(
      candidateValues('The EU extended its duties on Chinese bicycles until 2027.', 'tariff', 'target'),
    ).toEqual(['CN']);
  });
  it('reads export permits extended or renewed as an easing, and governments agreeing to coordinate export controls as no control', () => {
    expect(
      slotLines(
        'Indonesia extended export permits for copper concentrate held by two miners until December.',
        'action',
      ),
    ).toEqual(['ease']);
    expect(
      candidatesOfType(
        'Japan and the United States agreed to coordinate export controls on critical minerals and processing technologies.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(slotLines('China extended its export controls to graphite anodes.', 'action')).toEqual(['expand']);
  });
  it('reads goods added to a "dual-use" export control list, or to a "list of items requiring export approval", as a control', () => {
    expect(
      candidateValues(
        'The European Union has added equipment for refining germanium and gallium to its dual-use export control list.',
        'export_restriction',
        'goods',
      ),
    ).toContain('germanium and gallium');
    expect(
      candidateValues(
        "Japan's trade ministry said it would add technology for making graphite anodes to its list of items requiring export approval.",
        'export_restriction',
        'imposer',
      ),
    ).toContain('JP');
    expect(
      candidatesOfType(
        'The EU added three Chinese firms to its dual-use export control list.',
        'export_restriction',
      ),
    ).toEqual([]);
  });
  it('reads the company of a passive move from its "by" phrase ("will be relocated … by Arvola Mining Machines")', () => {
    expect(
      companies(
        'Production of underground loaders will be relocated from Shanghai to Mexico by Arvola Mining Machines next year.',
      ),
    ).toEqual(['Arvola Mining Machines']);
    expect(
      companies('Kestrel Metals moved its smelting to Oman, a decision welcomed by Oman Aluminium Holding.'),
    ).toEqual(['Kestrel Metals']);
    // (Who builds, finances or criticises a plant abroad moves nothing: the third adversarial probe's guard.)
    for (const text of [
      'A new factory in Mexico was built by Ferro Construcciones for Hallen Auto.',
      'A new factory in Vietnam was financed by Orchid Capital.',
      'Plans to move production from China to Mexico were criticized by the United Auto Workers union.',
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
  });
  it('keeps what the second adversarial probe of these rules found they overreached on (guard), and reads "The sanctioned parties include:" over list lines', () => {
    // Permits described as extended, then revoked, are no easing.
    expect(
      candidateValues(
        'Indonesia said extended export permits for copper concentrate held by Larva Minerals were revoked on Tuesday.',
        'export_restriction',
        'action',
      ),
    ).not.toContain('ease');
    // Goods an indirect question asks about are put under no control.
    expect(
      candidatesOfType(
        'China said it would review which other metals to add to the export control list.',
        'export_restriction',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType(
        'China said it would review which goods to add to its dual-use export control list next year.',
        'export_restriction',
      ),
    ).toEqual([]);
    // Names a colon and "the" open keep the action of the verb before them.
    expect(
      slotLines(
        'Canada lifted sanctions on two ships: the Sea Lark and the Golden Wave, on Monday after an appeal.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Sea Lark', 'remove Golden Wave']);
    expect(
      slotLines(
        'OFAC on Wednesday sanctioned a network that sold Iranian steel. The sanctioned parties include:\n- Persepolis Steel Trading FZE, registered in the United Arab Emirates;\n- Zagros Metal Exports Ltd, registered in Hong Kong.\nTreasury said the network earned millions.',
        'entity',
      ),
    ).toEqual(['Persepolis Steel Trading FZE', 'Zagros Metal Exports']);
  });
  it('reads every origin a measure is extended to, however long their list, once per reading', () => {
    expect(
      candidateValues(
        'The EU extended its duties on Chinese steel wire to imports from Cambodia, Malaysia, Thailand and Vietnam, and said Japan was not affected.',
        'tariff',
        'target',
      ).filter((target) => target !== 'CN'),
    ).toEqual(['KH', 'MY', 'TH', 'VN']);
  });
  it('reads a move with no object whose subject is a person\'s pronoun ("after he resigned … and moved to Israel") as the person\'s own', () => {
    expect(
      candidatesOfType(
        'Oleg Tarvin, the former chief executive of Tarvana Mining, was delisted after he resigned from the company and moved to Israel.',
        'relocation',
      ),
    ).toEqual([]);
    expect(companies('Tarvana Mining said it moved to Israel in 2020.')).toEqual(['Tarvana Mining']);
  });
  it('reads "the change of the company\'s legal domicile" (and "the transfer of its incorporation") as a move of headquarters', () => {
    expect(
      slotLines(
        "Shareholders of Alpen Minerals approved the change of the company's legal domicile from the Netherlands to Switzerland.",
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Alpen Minerals NL CH']);
    expect(companies('Alpen Minerals approved the transfer of its incorporation to Jersey.')).toEqual([
      'Alpen Minerals',
    ]);
    expect(companies("Alpen Minerals changed the company's legal domicile to Jersey in May.")).toEqual([
      'Alpen Minerals',
    ]);
    expect(candidatesOfType("The change of the company's auditors was approved.", 'relocation')).toEqual([]);
  });
  it('reads work a verb of making then judges ("making assembly in China impractical") as no move', () => {
    expect(
      candidateValues(
        'Crestline Coating Systems will move final assembly from Suzhou, China, to Penang, Malaysia. The Commerce Department in March restricted exports to China of certain components used in its machines, making assembly in China impractical.',
        'relocation',
        'to',
      ),
    ).toEqual(['MY']);
    expect(companies('Kestrel Motors made the move to Mexico in 2024.')).toEqual(['Kestrel Motors']);
  });
  it('reads producers that "will pay" a rate as undergoing it, not as parties that act', () => {
    expect(
      candidateValues(
        'India imposed anti-dumping duties on stainless steel from China and Indonesia. Chinese producers will pay 24.5%, while Indonesian producers will pay 12%.',
        'tariff',
        'rate_pct',
      ),
    ).toEqual(expect.arrayContaining([24.5, 12]));
    expect(
      candidatesOfType('Chinese producers halted gallium exports in May.', 'export_restriction'),
    ).toEqual([]);
  });
  it('keeps what the fourth adversarial probe of these rules found they overreached on (guard)', () => {
    // A rate that a later sentence states stays off a measure of another kind named before: no merging across kinds.
    expect(
      slotLines(
        'India imposed a safeguard duty on solar glass in 2024. India imposed anti-dumping duties on solar glass from China on Monday. Chinese producers will pay 35%.',
        'rate_pct',
        'date',
      ),
    ).not.toContain('35 2024');
    // A royalty producers pay is no duty; nor is a rate paid before a change.
    expect(
      candidateValues(
        'Indonesia imposed an export levy on nickel ore in 2025. Nickel producers will pay a 10% royalty from July.',
        'tariff',
        'rate_pct',
      ),
    ).not.toContain(10);
    expect(
      candidateValues(
        'The United States raised its tariff on Chinese steel to 50% on Monday. Chinese producers paid 25% before the increase.',
        'tariff',
        'rate_pct',
      ),
    ).not.toContain(25);
    // Shares, funds or cargo moved by a company are no relocation of its work.
    for (const text of [
      'Shares were transferred by Halden Metals to its Chilean unit in May.',
      'Funds were moved by Orrin Labs from Switzerland to Singapore last year.',
      'The cargo was shifted by Marsk Lines from Rotterdam to Antwerp after the strike.',
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
  });
  it('reads a year and a month of it as one time ("banned … in 2023" and "The ban, imposed in July 2023"), and dates a removal by its own phrase, not by a participle set off before it', () => {
    expect(
      slotLines(
        'Bolivia banned exports of tin ore in 2023. The ban, imposed in July 2023, was lifted in March.',
        'action',
        'goods',
      ),
    ).toEqual(['impose tin ore', 'remove tin ore']);
    expect(
      extractEvents({
        text: 'Bolivia banned exports of tin ore in 2023. The ban, imposed in July 2023, was lifted in March.',
        published: '2026-06-01',
      }).map((e) => e.date),
    ).toEqual(['2023', '2026-03']);
  });
});

describe('read on export-licensing, designation, trade-remedy and relocation probes written for the purpose (fifty-second session)', () => {
  it('reads a town or capital that opens a company name set off by an apposition as part of the name', () => {
    expect(companies('Galway Pumps, a maker of slurry pumps, moved its headquarters to Singapore.')).toEqual([
      'Galway Pumps',
    ]);
    expect(
      companies(
        'The board of Harare Smelting, a copper refiner, approved moving the headquarters to London.',
      ),
    ).toEqual(['Harare Smelting']);
    // A place alone before an apposition names no company.
    expect(
      companies('The miner left Kitwe, a copper town, and moved its headquarters from Zambia to Canada.'),
    ).not.toContain('Kitwe');
  });
  it("reads a country's own exporters needing licences as that country's export control", () => {
    expect(
      slotLines(
        'Since May, Chinese exporters have needed permits to ship indium.',
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['CN impose indium']);
    expect(
      slotLines(
        'Vietnam’s exporters must now obtain licences to ship tungsten concentrate.',
        'imposer',
        'goods',
      ),
    ).toEqual(['VN tungsten concentrate']);
    // Exporters who talk about another country's measure are bound by nothing of their own.
    expect(
      candidatesOfType('Chinese exporters say the US ban on chips hurts their sales.', 'export_restriction'),
    ).not.toContainEqual(expect.objectContaining({ slots: expect.objectContaining({ imposer: 'CN' }) }));
  });
  it('reads licences named by their kind ("dual-use", "government approval") and lists named by their goods', () => {
    expect(
      slotLines(
        'Beijing required exporters of yttrium and scandium to obtain dual-use licences.',
        'imposer',
        'goods',
      ),
    ).toEqual(['CN yttrium and scandium']);
    expect(
      slotLines(
        'Malaysia will require exporters of bauxite to obtain government approval from June.',
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['MY impose bauxite']);
    expect(
      slotLines(
        'China added dysprosium and lutetium to its rare earth export control list.',
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['CN expand dysprosium and lutetium']);
  });
  it('reads a suspension "on" exports as the measure, and its lifting as a removal', () => {
    expect(
      slotLines('Sierra Leone has lifted a suspension on iron ore exports.', 'imposer', 'action', 'goods'),
    ).toEqual(['SL remove iron ore']);
    expect(
      slotLines('Zimbabwe imposed a suspension on lithium ore exports.', 'imposer', 'action', 'goods'),
    ).toEqual(['ZW impose lithium ore']);
  });
  it('reads a dropped provision that "would have" banned exports as no measure, and one that had banned them as lifted', () => {
    expect(
      events('Philippine lawmakers dropped a provision that would have banned exports of nickel ore.'),
    ).toEqual([]);
    expect(
      slotLines(
        'Philippine lawmakers dropped a provision that had banned exports of nickel ore.',
        'action',
        'goods',
      ),
    ).toEqual(['remove nickel ore']);
  });
  it('reads parties restated after a removal ("The firms are …") as removed, not added', () => {
    expect(
      slotLines(
        'The Commerce Department removed two companies from the Unverified List. The firms are Talvik Optics and Merrow Alloys.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Talvik Optics', 'remove Merrow Alloys']);
    expect(
      slotLines(
        'The Treasury added two companies to the SDN List. The firms are Talvik Optics and Merrow Alloys.',
        'action',
        'entity',
      ),
    ).toEqual(['add Talvik Optics', 'add Merrow Alloys']);
  });
  it('reads parties an authority names after counting them ("The Treasury named X and Y", "They were identified as …"), not a company naming its officers', () => {
    expect(
      slotLines(
        'Washington on Tuesday sanctioned two tin trading houses. The Treasury named Ruvuma Metals and Kagera Trading Group.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Ruvuma Metals', 'US Kagera Trading Group']);
    expect(
      slotLines(
        'Britain sanctioned two shipping firms. They were identified as Halcyon Marine Holdings and Tesmer Freight Ltd.',
        'authority',
        'entity',
      ),
    ).toEqual(['GB Halcyon Marine Holdings', 'GB Tesmer Freight']);
    expect(
      slotLines(
        'The EU sanctioned two firms. The company named Oleg Varin as its new chief executive.',
        'entity',
      ),
    ).toEqual([]);
  });
  it('reads every member of a list that semicolons separate, members described or not ("X, a Dubai company; Y, a ship manager; and the vessel Z")', () => {
    expect(
      slotLines(
        'Australia sanctioned Brightwater Bunkering Ltd, a Dubai company; Idris Kamal, a ship manager; and the vessel Amber Tide.',
        'entity',
      ).sort(),
    ).toEqual(['Amber Tide', 'Brightwater Bunkering', 'Idris Kamal']);
    expect(
      slotLines('Japan sanctioned Corvel Metals; Anton Salko; and Pelagic Freight.', 'entity').sort(),
    ).toEqual(['Anton Salko', 'Corvel Metals', 'Pelagic Freight']);
  });
  it('reads a conditional measure its government\'s executive body reports (", the Commission said", ", the department said") as a threat', () => {
    expect(
      slotLines(
        'The EU will impose duties of 30% on U.S. whiskey if the talks collapse, the Commission said.',
        'imposer',
        'action',
      ),
    ).toEqual(['EU threaten']);
    expect(
      slotLines(
        'Japan will impose a 15% tariff on U.S. beef unless the quota is restored, the trade department said.',
        'imposer',
        'action',
      ),
    ).toEqual(['JP threaten']);
  });
  it('reads the change a party is exempted from ("exempted Chilean copper from the increase") as no change for it', () => {
    expect(
      slotLines(
        'Washington raised copper duties to 40%. It exempted Chilean copper from the increase.',
        'action',
        'target',
      ),
    ).toEqual(['raise null', 'remove CL']);
  });
  it("reads a government's own proposal of a measure as its plan, and others' proposals as none", () => {
    expect(
      slotLines(
        'Brazil proposed retaliatory duties on U.S. ethanol.',
        'imposer',
        'action',
        'target',
        'goods',
      ),
    ).toEqual(['BR impose US ethanol']);
    expect(events('Senators proposed a 30% tariff on Mexican cement.')).toEqual([]);
    expect(events('Brazil proposed talks on the U.S. tariffs on ethanol.')).toEqual([]);
  });
  it('reads people a miner resettles ("relocate about 300 families", "relocate two villages") as no move of its own work', () => {
    expect(
      candidatesOfType(
        'Kasai Copper will relocate about 300 families in Lualaba province, Congo, to make way for its pit.',
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType('Ruvuma Graphite will resettle two villages near Nachingwea, Tanzania.', 'relocation'),
    ).toEqual([]);
  });
  it('reads a company invited or encouraged by others to build or move abroad as no move of its own', () => {
    expect(events('Officials in Hanoi invited Sorrel Cathodes to build a plant in Vietnam.')).toEqual([]);
    expect(events('Manila encouraged Sorrel Cathodes to move its refining to the Philippines.')).toEqual([]);
    expect(slotLines('Sorrel Cathodes will move its refining to the Philippines.', 'company', 'to')).toEqual([
      'Sorrel Cathodes PH',
    ]);
  });
  it('keeps the guards of the names a place opens, of exporters bound by their own controls and of parties named after a count', () => {
    // A place before a day, or places alone, before ", the company said" open no company's name.
    expect(
      slotLines('Arvo Minerals moved its headquarters to Perth Monday, the company said.', 'company', 'to'),
    ).toEqual(['Arvo Minerals AU']);
    expect(
      slotLines(
        'Borealis Nickel will shift production from Norway to Sudbury Ontario, the company said.',
        'company',
        'to',
      ),
    ).toEqual(['Borealis Nickel CA']);
    // Exporters who need another country's licence are bound by that country's control.
    expect(
      slotLines('Chinese exporters now need U.S. licences to buy American chips.', 'imposer', 'goods'),
    ).not.toContain('CN chips');
    expect(
      slotLines(
        'Indian exporters need permits from Brussels to ship steel into the EU above the quota.',
        'imposer',
      ),
    ).not.toContain('IN');
    // Only a government names the parties it acted on, and a role given ("as their customers") names no party.
    expect(
      events(
        'The EU sanctioned four firms on Friday. Analysts named Arvo Mining and Kestrel Metals as the likely next targets.',
      ),
    ).toEqual([]);
    expect(
      events(
        'The U.S. sanctioned three Chinese refiners. The Treasury named Arvo Trading and Kestrel Oil as their customers.',
      ),
    ).toEqual([]);
    // A member after "; and the" with a verb of its own is no member.
    expect(
      slotLines(
        'Britain sanctioned Arvo Trading, a Dubai company; and the Kestrel Group, a rival, welcomed the decision.',
        'entity',
      ),
    ).toEqual(['Arvo Trading']);
  });
  it("keeps a government's offers, another's measures and proposals given up out of its own proposals", () => {
    for (const text of [
      'Beijing proposed that Washington lift its export controls on chips in return for rare earth supplies.',
      'Canada has proposed dropping its retaliatory tariffs if Washington lifts its steel duties.',
      'The U.S. proposed 25% tariffs on Chinese cranes last year, but never imposed them.',
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads a newswire state abbreviation only after its town, so a name ending a sentence stays whole ("… Beifang Ore.")', () => {
    expect(slotLines('Washington sanctioned Qinghai Redstone Ore.', 'entity')).toEqual([
      'Qinghai Redstone Ore',
    ]);
    expect(
      slotLines('Harlan Tool will relocate its plant to Bend, Ore., from Mexico.', 'to', 'from'),
    ).toEqual(['US MX']);
  });
  it('reads what analysts write a government could do as their forecast, and a verb acting on prices as no action on the measure', () => {
    expect(events('Analysts wrote that Peru could tighten copper export rules.')).toEqual([]);
    expect(events('Mira Castell wrote that the US could raise tariffs on Korean steel to 50%.')).toEqual([]);
    expect(
      slotLines(
        'China added bismuth to its export control list in February, which lifted prices.',
        'action',
        'goods',
      ),
    ).toEqual(['expand bismuth']);
  });
  it("reads a move to a project's next phase, and supplies to foreign smelters, as no relocation", () => {
    for (const text of [
      'Kestrel Iron said it had moved to the second phase of development at its Koolan project in Western Australia.',
      'Surigao Laterite is the largest supplier of nickel ore to Chinese smelters.',
    ])
      expect(candidatesOfType(text, 'relocation')).toEqual([]);
  });
  it("reads a company's own export permit extended as an easing and suspended as a control, and a shelved bill's ban as none", () => {
    expect(
      slotLines(
        "Indonesia extended PT Mitra Tambang Selatan's copper concentrate export permit by six months.",
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['ID ease copper concentrate']);
    expect(
      slotLines(
        "Indonesia suspended PT Karang Bauksit Utama's bauxite export permit.",
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['ID impose bauxite']);
    expect(events('Philippine lawmakers shelved a bill that would ban chromite ore exports.')).toEqual([]);
  });
  it("reads an office another country's possessive opens as that country's (\"Zambia's Treasury\")", () => {
    expect(slotLines("Zambia's Treasury has introduced a 10% export tax on manganese.", 'imposer')).toEqual([
      'ZM',
    ]);
  });
  it('reads the parties of a designation notice: no order cited by its initials, names with abbreviations on list lines, "The designated entities are:"', () => {
    expect(
      slotLines(
        'Today, OFAC is designating the following entities pursuant to E.O. 13846:\n• Varzaneh Alloy Trading FZE, a UAE-based trader;\n• Tabas Coke Exports Co., based in Yazd.',
        'entity',
      ),
    ).toEqual(['Varzaneh Alloy Trading FZE', 'Tabas Coke Exports']);
    expect(
      slotLines(
        'OFAC on Tuesday sanctioned two firms over coal shipments. The designated entities are: Hunchun Ore Trading Co., Ltd.; and Tumen Bay Shipping.',
        'entity',
      ),
    ).toEqual(['Hunchun Ore Trading', 'Tumen Bay Shipping']);
  });
  it("reads who enacts sanctions, a relative clause's subject, a package that leaves a party out and a party spared as no sanctioned party, and a court striking sanctions down as a removal", () => {
    for (const text of [
      'The measures bring Canada in line with sanctions imposed by the Group of Seven.',
      "The latest EU sanctions package did not include Norilsk Cobalt, the region's top producer.",
      'Washington spared Norilsk Cobalt from its latest round of sanctions.',
    ])
      expect(events(text)).toEqual([]);
    expect(
      slotLines(
        'Britain sanctioned Varn Metals, alongside two individuals, whom the Foreign Office did not name.',
        'entity',
      ),
    ).toEqual(['Varn Metals']);
    expect(
      slotLines('An EU court struck down sanctions on Pavel Dorin on Wednesday.', 'action', 'entity'),
    ).toEqual(['remove Pavel Dorin']);
  });
  it('reads a member a description set off by a comma introduces ("and a Dubai-based trading firm, X"), not a name the description\'s own phrase ends with', () => {
    expect(
      slotLines(
        'OFAC sanctioned Sirjan Alloy Co and a company controlled by the group, Volkov Holdings.',
        'entity',
      ),
    ).toEqual(['Sirjan Alloy']);
    expect(
      slotLines(
        'The US Treasury sanctioned Sirjan Alloy Co and a Dubai-based trading firm, Corvina Trade Ltd.',
        'entity',
      ),
    ).toEqual(['Sirjan Alloy', 'Corvina Trade']);
  });
  it('reads a party "is exempt from the increase" as spared, a plan "ended" as given up, and risk factors listing measures as no measure', () => {
    expect(
      slotLines(
        'The United States raised tariffs on copper imports to 50% from 25%. Peru is exempt from the increase.',
        'action',
        'target',
      ),
    ).toEqual(['raise null', 'remove PE']);
    expect(events('Serra Alta Ferro ended its plan to relocate to Portugal.')).toEqual([]);
    for (const text of [
      'Dunmore Gold has mines in Ghana. Risks include export restrictions.',
      'Dunmore Gold has mines in Ghana. Risks include tariffs, sanctions and changes in export controls.',
    ])
      expect(events(text)).toEqual([]);
  });
  it("reads a plant a company builds in its own country, said so by a country's name before its descriptor, as no relocation", () => {
    expect(events('US steelmaker Talbot Steel will build a plant in Ohio.')).toEqual([]);
    expect(
      slotLines('US steelmaker Talbot Steel will build a plant in Mexico.', 'company', 'to', 'from'),
    ).toEqual(['Talbot Steel MX US']);
    // A joint venture's foreign partner still moves.
    expect(
      slotLines(
        "South Korea's Daeyang Chemical and US steelmaker Talbot Steel will build an anode plant in Ohio.",
        'company',
      ),
    ).toContain('Daeyang Chemical');
  });
  it('keeps the guards of written reports, of exemptions from named sanctions and of sanctions appeals', () => {
    expect(
      slotLines(
        'As we wrote on Monday, Malaysia may ban bauxite exports, the mines minister said.',
        'imposer',
        'action',
      ),
    ).toEqual(['MY threaten']);
    expect(
      slotLines(
        'Zambia will ban cobalt exports from June. Shipments of copper ore will be banned from 2026, the minister wrote.',
        'goods',
      ),
    ).toEqual(['cobalt', 'copper ore']);
    expect(
      slotLines('Treasury exempted Larkin Refinery from its sanctions on Pelova Oil.', 'entity'),
    ).toEqual(['Pelova Oil']);
    expect(events('The EU General Court struck down the sanctions appeal filed by Yuri Belan.')).toEqual([]);
    expect(slotLines('The U.S. sanctioned a smuggling ring coordinated by Yuri Belan.', 'entity')).toEqual([
      'Yuri Belan',
    ]);
    expect(
      slotLines("Indonesia revoked the suspension of Kestrel Nikel's nickel ore export permit.", 'action'),
    ).toEqual(['remove']);
    expect(
      slotLines("Indonesia extended a ban on Kestrel Nikel's nickel ore export permit.", 'action'),
    ).toEqual(['impose']);
  });
  it("reads where a site's buyers are, or where its output is shipped, as no place the company moves to", () => {
    expect(
      slotLines(
        "China's Brightwell Cobalt is building a precursor plant in Sulawesi, Indonesia. Brightwell said the plant would supply cathode makers in South Korea and Japan.",
        'to',
      ),
    ).toEqual(['ID']);
    // Where it now serves buyers from is still where it leaves.
    expect(
      slotLines(
        'Hanra Appliances plans to build a dryer factory in Georgia to supply American stores that it now serves from plants in Mexico, the company said.',
        'to',
        'from',
      ),
    ).toEqual(['US MX']);
  });
  it("keeps a country's name that ends a clause before a verb and a descriptor from being the company's home", () => {
    for (const text of [
      'US tariffs led toolmaker Brandt Werkzeug to open a factory in Michigan.',
      'US tariffs forced parts maker Brandt Teile to build a plant in Ohio.',
    ])
      expect(slotLines(text, 'to')).toEqual(['US']);
  });
  it('reads a deadline for a tariff extended as its postponement, and countries told by a government that their goods will be taxed as its targets', () => {
    expect(
      slotLines(
        'Trump extended the deadline for the 30% tariff on EU goods to August 1.',
        'action',
        'target',
        'rate_pct',
      ),
    ).toContain('remove EU 30');
    expect(
      slotLines(
        'Cambodia and Laos were told by Washington that their goods would be taxed at 36%.',
        'imposer',
        'target',
      ),
    ).toEqual(['US KH', 'US LA']);
  });
  it('reads a gapped list of rates whose members may take an article ("China will face 34%, the European Union 20%, …")', () => {
    expect(
      slotLines(
        'Trump announced new tariffs: China will face 34%, the European Union 20%, Japan 24% and Vietnam 46%.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['CN 34', 'EU 20', 'JP 24', 'VN 46']);
  });
  it('keeps the guards of deadlines extended and of countries told of measures', () => {
    // An exemption given longer is not taken away; a deadline for refund claims postpones no tariff.
    expect(
      slotLines('India extended the deadline for duty-free imports of silver from the UAE.', 'action'),
    ).not.toContain('impose');
    expect(events('Washington extended the deadline for tariff refund claims on Chinese goods.')).toEqual([]);
    // What a party is told of another country's measure, of an exemption, or of something else names no imposer.
    expect(
      slotLines(
        'Japan was told by the European Commission that its steel would face U.S. tariffs of 50%.',
        'imposer',
      ),
    ).not.toContain('EU');
    expect(
      events('Peru was told by Washington that its copper would be spared from the 50% tariff.'),
    ).toEqual([]);
    expect(
      slotLines(
        'Canadian miners were told by Ottawa that their permits would be reviewed after China imposed 100% tariffs on Canadian canola oil.',
        'imposer',
        'target',
      ),
    ).toEqual(['CN CA']);
  });
  it('reads a participle clause that sets out how a measure just named works ("…, requiring licences for …") as that measure, not a second one', () => {
    expect(
      slotLines(
        'China restricted exports of antimony in September 2024, requiring licences for shipments of certain grades.',
        'imposer',
        'goods',
      ),
    ).toEqual(['CN antimony']);
    expect(
      slotLines(
        'Japan expanded export controls on chipmaking equipment on Monday, requiring licences for more lithography tools shipped to China.',
        'imposer',
        'action',
        'target',
        'goods',
      ),
    ).toEqual(['JP expand CN chipmaking equipment']);
  });
  it('reads an import tax named by one more word ("import adjustment tax") as a tariff, not "import and tax" nor a port\'s surcharge', () => {
    expect(
      slotLines(
        'Ghana plans to introduce a 10% import adjustment tax on aluminium sheets.',
        'imposer',
        'goods',
        'rate_pct',
      ),
    ).toEqual(['GH aluminium sheets 10']);
    for (const text of [
      'The utility applied a fuel surcharge of 3% on bills.',
      'The port of Durban imposed a congestion surcharge of 8% on coal exports.',
      "South Africa's new import and tax regime for mining equipment takes effect in July.",
    ])
      expect(events(text)).toEqual([]);
  });
  it('reads a verb in the past coordinated after a plan given up as a step of its own ("scrapped its plan to … and banned …")', () => {
    expect(
      slotLines(
        'Malaysia scrapped its plan to build refineries and banned bauxite exports.',
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['MY impose bauxite']);
    // A verb that shares the plan's "to" is given up with it.
    expect(events('Malaysia scrapped its plan to build refineries and ban bauxite exports.')).toEqual([]);
  });
  it('reads a trade in "-ing" of hosting, brokering or leasing as a descriptor before a name ("hosting provider X")', () => {
    expect(
      slotLines('The US Treasury added hosting provider Karatau Compute to the SDN list.', 'list', 'entity'),
    ).toEqual(['SDN List Karatau Compute']);
  });
  it('keeps the guards of participle clauses and of plans given up', () => {
    // A clause "meaning" another government's measure, and a measure after the clause's end, are measures of their own.
    expect(
      slotLines(
        "China banned gallium exports to the US, meaning Washington's restrictions on chip exports to China drew a direct response.",
        'imposer',
      ),
    ).toEqual(['CN', 'US']);
    expect(
      slotLines(
        'Indonesia banned nickel ore exports, requiring local processing, and restricted bauxite exports in 2023.',
        'goods',
      ),
    ).toEqual(['nickel ore', 'bauxite']);
    // A hedge over the plan given up and the verb after it stands.
    expect(
      events('Analysts said Jakarta may have scrapped its plan to build smelters and banned ore exports.'),
    ).toEqual([]);
  });
  it('reads licences no longer approved past more words of goods as a control, and general licences received as an easing', () => {
    expect(
      slotLines(
        'China has stopped approving rare earth magnet export licences for defence contractors.',
        'action',
        'goods',
      ),
    ).toEqual(['impose rare earth magnet']);
    expect(
      slotLines(
        "Magnet makers have received general export licences from China's commerce ministry for shipments of rare earth magnets.",
        'imposer',
        'action',
      ),
    ).toEqual(['CN ease']);
  });
});

describe('read on tariff, export-control and false-positive probes written for the purpose (fifty-third session)', () => {
  it("reads a measure's possible rise in the actor's own word as a threat, and a possible step back as no rate of the measure", () => {
    expect(
      slotLines('Trump said tariffs on Mexican steel could rise to 50%.', 'action', 'target', 'rate_pct'),
    ).toEqual(['threaten MX 50']);
    expect(
      slotLines(
        'Lutnick said the duty on Canadian lumber may increase to 45% later this year.',
        'action',
        'rate_pct',
      ),
    ).toEqual(['threaten 45']);
    expect(events('Trump said tariffs on Chinese goods could come down to 80%.')).toEqual([]);
    // The measure's own rate, before the possible cut, still names it.
    expect(
      slotLines(
        "Washington's 25% tariff on Canadian steel could be cut to 10% next month, Lutnick said.",
        'action',
        'rate_pct',
      ),
    ).toEqual(['impose 25']);
    // Without the actor's word the possible rise stays a forecast.
    expect(events('Duties on Canadian lumber could rise to 50% next year.')).toEqual([]);
  });
  it("reads no move in a site's reported results", () => {
    expect(
      candidatesOfType(
        "Lindqvist Nickel's plant in Sulawesi contributed much of the increase.",
        'relocation',
      ),
    ).toEqual([]);
    expect(
      candidatesOfType("Corran Steel's smelter in Ohio accounted for a third of sales.", 'relocation'),
    ).toEqual([]);
    expect(
      slotLines(
        "Hashforge's new plant in Houston started production in May, replacing rigs it shipped from Malaysia.",
        'company',
        'to',
      ),
    ).toEqual(['Hashforge US']);
  });
  it('reads no listing by a body that governs a sport or a market', () => {
    expect(
      events(
        "Zimbabwe's football association has blacklisted Dynamos Harare Rovers from registering new players.",
      ),
    ).toEqual([]);
    expect(events('The Lusaka stock exchange blacklisted two brokers on Monday.')).toEqual([]);
    expect(
      slotLines(
        'The Treasury blacklisted Harare Rovers, a club linked to the ruling party.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Harare Rovers']);
  });
  it('reads where goods named before the measure come from and go to as its target and imposer', () => {
    expect(
      slotLines(
        'Aluminium sheet imported into the US from Malaysia faces a 24% duty.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['US MY 24']);
    expect(
      slotLines(
        'Ferrochrome exported from South Africa to the United States will face a 30% tariff.',
        'imposer',
        'target',
      ),
    ).toEqual(['US ZA']);
    expect(
      slotLines(
        'Zinc alloy shipped to the United States from Thailand will be subject to a 36% levy.',
        'imposer',
        'target',
      ),
    ).toEqual(['US TH']);
    // A route after the measure's word is read as before ("on steel imported from Japan").
    expect(
      slotLines('The United States imposed a 25% duty on steel imported from Japan.', 'imposer', 'target'),
    ).toEqual(['US JP']);
  });
  it('reads duties analysts expect as a forecast', () => {
    expect(
      events('Analysts expect US duties on copper of around 25% once the Section 232 probe concludes.'),
    ).toEqual([]);
    expect(
      slotLines('Miners expect the 25% US tariff on copper to stay in place.', 'imposer', 'rate_pct'),
    ).toEqual(['US 25']);
  });
  it('reads a company that says it halted shipments, named after its descriptor, as no government acting', () => {
    expect(
      events(
        'Copper rods exported from Chile to the United States face a 50% levy from August 1. Chilean wire maker Andes Hilo said it had halted shipments.',
      ).map((e) => e.type),
    ).toEqual(['tariff']);
  });
  it('reads a measure on every country of a class as one, with no target, whatever examples follow', () => {
    expect(
      slotLines(
        'Mexico will raise tariffs on steel imports from countries without a trade agreement to 35%. The measure mainly affects shipments from China and South Korea.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['MX null 35']);
    expect(
      slotLines(
        'South Korea will impose tariffs on steel plate from countries with which it has no free trade agreement, including China and Russia.',
        'imposer',
        'target',
      ),
    ).toEqual(['KR null']);
    // Examples of a measure that names no class still expand.
    expect(
      slotLines(
        'South Korea will impose tariffs on steel plate from Asian suppliers, including China and Russia.',
        'target',
      ),
    ).toEqual(['CN', 'RU']);
  });
  it('reads a party named with its alias ("also known as", "formerly known as", "trading as") as listed', () => {
    expect(
      slotLines(
        'The Commerce Department added Xun Metals Co., also known as Xunda Nonferrous Trading, to its Entity List.',
        'list',
        'entity',
      ),
    ).toEqual(['Entity List Xun Metals']);
    expect(
      slotLines(
        'The Commerce Department added Gaoyuan Lithium Technology, formerly known as Qinghai Saltlake Chem, to the Entity List.',
        'entity',
      ),
    ).toEqual(['Gaoyuan Lithium Technology']);
    expect(
      slotLines('Xun Metals, also known as Xunda Trading, was added to the Entity List on Monday.', 'entity'),
    ).toEqual(['Xun Metals']);
    // "as" that opens a clause still closes the verb's reach.
    expect(
      slotLines(
        'The Commerce Department added Xun Metals to the Entity List, as Beijing had warned.',
        'entity',
      ),
    ).toEqual(['Xun Metals']);
  });
  it('reads trade-remedy names of Taiwan and Korea ("Chinese Taipei", "Korea RP")', () => {
    expect(
      slotLines(
        'India imposed anti-dumping duties of 20% on steel from Korea RP and Chinese Taipei.',
        'imposer',
        'target',
      ),
    ).toEqual(['IN KR', 'IN TW']);
  });
  it('reads the unit a duty is charged per as no goods', () => {
    expect(
      slotLines(
        'Peru imposed definitive antidumping duties of US$ 4.10 per square meter on imports of porcelain ceramic tiles.',
        'imposer',
        'goods',
      ),
    ).toEqual(['PE porcelain ceramic tiles']);
    expect(
      slotLines(
        'India imposed a duty of $120 per square metre on solar glass from Vietnam.',
        'goods',
        'target',
      ),
    ).toEqual(['solar glass VN']);
  });
  it('reads no destination inside the course not taken ("instead of shipping concentrate to China")', () => {
    expect(
      slotLines(
        'Cobrix Metals will build a cobalt sulphate refinery in Tulsa, Oklahoma, instead of shipping concentrate from its Queensland mine to China.',
        'company',
        'to',
      ),
    ).toEqual(['Cobrix Metals US']);
    expect(slotLines('Cobrix Metals will move production to Texas instead of China.', 'to', 'from')).toEqual([
      'US CN',
    ]);
  });
  it("reads a short form before a company's noun as what it makes, and someone who left a post as no company moving", () => {
    expect(
      slotLines(
        'Ubuntu Platinum, the Johannesburg-based PGM producer, has completed the transfer of its head office to London.',
        'company',
        'to',
      ),
    ).toEqual(['Ubuntu Platinum GB']);
    expect(
      slotLines(
        'Kestrel Lithium, the Perth-based REE explorer, will move its head office to Toronto.',
        'company',
      ),
    ).toEqual(['Kestrel Lithium']);
    expect(events('Arkady Melnis resigned from the company in 2022 and moved to Cyprus.')).toEqual([]);
  });
  it("reads what a bill would do as proposed, exports to the listed entities as a listing's, and a measure kept apart from as none", () => {
    expect(
      events('The Philippine Senate passed a bill that would ban raw nickel ore exports within five years.'),
    ).toEqual([]);
    expect(
      events(
        "China's Ministry of Commerce placed two U.S. firms, Falconridge Avionics and Tidewater Robotics, on its export control list. Exports of dual-use items to the listed entities are prohibited.",
      ).map((e) => e.type),
    ).toEqual(['blacklisting', 'blacklisting']);
    expect(
      events(
        'Halvorsen Magnetics will move its rare-earth magnet production from China to Estonia. "Our customers in Europe want supply chains independent of Chinese export controls," said CEO Ingrid Solberg.',
      ).map((e) => e.type),
    ).toEqual(['relocation']);
  });
  it('keeps the readings the adversarial probes of the fifty-third session found overreached', () => {
    // A state named in capitals lists parties; a short form before a company's unit names a party.
    expect(
      slotLines(
        'The Russian Federation has added Harlow Dynamics to its list of sanctioned entities.',
        'authority',
        'entity',
      ),
    ).toEqual(['RU Harlow Dynamics']);
    expect(slotLines('The US added the ZTX unit to the Entity List on Friday.', 'entity')).toEqual(['ZTX']);
    // A company that quit a country, and then moved, moves.
    expect(
      slotLines(
        'Sever Metals quit Russia in 2022 and moved to Kazakhstan, where it now runs two gold mines.',
        'company',
        'to',
      ),
    ).toEqual(['Sever Metals KZ']);
    // A government that anticipates its own measure announces it; an expected measure that took effect is one.
    expect(
      slotLines(
        'Canada anticipates counter-tariffs of 25% on US goods from Tuesday, Prime Minister Justin Trudeau said.',
        'imposer',
        'target',
      ),
    ).toEqual(['CA US']);
    expect(
      slotLines(
        'The expected 25% tariffs on Canadian steel took effect on Tuesday, the White House said.',
        'imposer',
        'target',
      ),
    ).toEqual(['US CA']);
    // An export duty on goods on their way is levied where they come from, not where they go.
    expect(
      events(
        'Cobalt exported from Congo to China is subject to a 10% export duty, the Congolese mines ministry said.',
      ).map((e) => (e as { imposer?: string }).imposer),
    ).not.toContain('CN');
    // A new site replacing output abroad, whose first results are told, and an alternative set off by commas.
    expect(
      slotLines(
        "Fenwick Footwear's new Indian factory, replacing Chinese output, recorded its first sales in June.",
        'to',
      ),
    ).toEqual(['IN']);
    expect(
      slotLines(
        'Palisade Furniture will relocate, rather than closing, its factory to Vietnam from China.',
        'to',
        'from',
      ),
    ).toEqual(['VN CN']);
    // A rise an order already signed sets out is a raise.
    expect(
      slotLines(
        'Trump said on Tuesday the steel tariff could rise to 50% as early as Wednesday under the order he signed that morning.',
        'action',
      ),
    ).toEqual(['raise']);
  });
  it('reads a party that remains on a list or under sanctions as listed, and the agent of its listing as who delists it', () => {
    expect(
      slotLines('Tall Pines Commodities remains on the SDN List.', 'authority', 'list', 'entity'),
    ).toEqual(['US SDN List Tall Pines Commodities']);
    expect(slotLines('Tall Pines Commodities remains under US sanctions.', 'authority', 'entity')).toEqual([
      'US Tall Pines Commodities',
    ]);
    expect(
      slotLines(
        'Tall Pines Commodities, designated by OFAC in 2021, was delisted on Monday.',
        'action',
        'authority',
      ),
    ).toEqual(['remove US', 'add US']);
    // Being "on track" near sanctions on another puts no one on a list.
    expect(
      events('Tall Pines Commodities is on track to resume exports despite US sanctions on its rival.').map(
        (e) => e.type,
      ),
    ).not.toContain('blacklisting');
  });
  it('reads an exchange as no company referred to, goods brought onto an exchange as no listing, and retaliation denied as no measure', () => {
    expect(
      slotLines(
        'Tallowbrook Resources said it would move its headquarters from Perth to Toronto. The company also plans to list its shares on the Toronto Stock Exchange in the third quarter. The firm has already shifted part of its nickel processing from Indonesia to a plant in Nevada.',
        'company',
        'to',
      ),
    ).toEqual(['Tallowbrook Resources CA', 'Tallowbrook Resources US']);
    expect(
      events(
        'In 2024 Washington and London banned imports of new Russian aluminum, copper and nickel onto the LME and CME.',
      ).map((e) => e.type),
    ).not.toContain('blacklisting');
    expect(events('Washington has not retaliated with export curbs of its own on antimony.')).toEqual([]);
    // Not retaliating against a measure leaves it stated.
    expect(
      slotLines(
        'Canada has not retaliated against the 25% US tariffs on Canadian steel.',
        'imposer',
        'target',
      ),
    ).toEqual(['US CA']);
  });
  it('reads the parts "those from X" take in a gapped list of rates', () => {
    expect(
      slotLines(
        'Imports from China will face a 20.1% duty, those from Russia 18.5% and those from Turkey 9.3%, the European Commission said.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['EU CN 20.1', 'EU RU 18.5', 'EU TR 9.3']);
    expect(
      slotLines(
        'Indian shipments of glass fibre from China will pay 30.4% and those from Thailand 12.7%.',
        'target',
        'rate_pct',
      ),
    ).not.toContain('TH 30.4');
  });
  it('reads a measure that expired past a relative clause on it as removed, besides the measure the clause states', () => {
    expect(
      slotLines(
        'Anti-dumping duties that Australia imposed in 2019 on galvanised steel from South Korea expired on Monday.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['impose AU KR', 'remove AU KR']);
    // A measure that "was due to expire" says what would run out, and is still the measure.
    expect(
      slotLines('The 25% duty on Korean steel that Australia imposed was due to expire in 2026.', 'action'),
    ).not.toContain('remove');
  });
  it('reads countermeasures against goods as a tariff, and their suspension as a removal', () => {
    expect(
      slotLines(
        'The EU suspended its planned countermeasures against U.S. goods for 90 days.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['remove EU US']);
    expect(
      slotLines(
        'The EU adopted countermeasures against U.S. goods worth 4 billion euros.',
        'action',
        'target',
      ),
    ).toEqual(['impose US']);
    // Countermeasures against a country, no goods named, are a retaliation vow.
    expect(events('The EU will take countermeasures against the United States if talks fail.')).toEqual([]);
  });
  it('keeps the readings the last adversarial probe of the fifty-third session found overreached', () => {
    // A measure expected but stated as taken, or enacted later in the sentence, stands; relief expected stands.
    expect(
      slotLines(
        'Norvex Industries expects U.S. tariffs of 25% on imported steel, imposed by President Trump in March, to lift its costs.',
        'imposer',
        'rate_pct',
      ),
    ).toEqual(['US 25']);
    expect(
      slotLines(
        'The Brazilian government is expecting U.S. tariffs of 50% on its goods from August 1, after President Trump signed the order.',
        'imposer',
        'target',
      ),
    ).toEqual(['US BR']);
    // A crypto exchange is a company "the firm" refers to.
    expect(
      slotLines(
        'Coinvale Exchange said its trading volumes doubled. The firm will move its headquarters from Singapore to the UAE next year.',
        'company',
        'to',
      ),
    ).toEqual(['Coinvale Exchange AE']);
    // A possible rise under a law, which no actor is said to state, is a forecast.
    expect(
      events(
        'Tariffs on imported cars could rise to 25% on January 1 under the law signed by President Trump in March.',
      ),
    ).toEqual([]);
    // Goods put on a list of critical minerals are on no export control.
    expect(
      events(
        'China restricted graphite exports in 2023. On Tuesday the U.S. Interior Department added copper and potash to its list of critical minerals.',
      ).filter((e) => (e as { imposer?: string }).imposer === 'US'),
    ).toEqual([]);
  });
  it('reads "in response to put" as the subject\'s own step, and goods a class refers back to as those named before', () => {
    expect(
      slotLines(
        'The EU imposed a 50% tariff on American whiskey. Washington threatened in response to put a 200% tariff on French wine and champagne.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['impose EU US', 'threaten US FR']);
    expect(
      slotLines(
        'In July 2023 Beijing restricted exports of gallium and germanium. A year later it banned shipments of both metals to the United States outright.',
        'target',
        'goods',
      ),
    ).toEqual(['null gallium and germanium', 'US gallium and germanium']);
  });
  it('reads a permit a government grants a company to export as an easing of its control', () => {
    expect(
      slotLines(
        'Zimbabwe gave Bikita Ridge Minerals a special export permit for an extra 50,000 tonnes of lithium concentrate.',
        'imposer',
        'action',
        'goods',
      ),
    ).toEqual(['ZW ease lithium concentrate']);
    // A bank's loan is no permit.
    expect(events('The bank granted Sumbawa Raya Copper a loan to export more concentrate.')).toEqual([]);
  });
  it('reads the goods a trade phrase names before the anchor, whatever head noun closes their list', () => {
    const found = slotLines(
      "China's commerce ministry added U.S. drone maker Norvale Defense to its export control list on Thursday. It also said exports of tungsten, tellurium, bismuth, molybdenum and indium-related items would require licences.",
      'goods',
    );
    expect(found.some((goods) => goods.startsWith('tungsten'))).toBe(true);
    expect(found).not.toContain('drone');
  });
  it('reads a date a clause opened by "since" gives its own verb as no date of the action', () => {
    const dated = extractEvents({
      text: 'The EU removed Hanlin Shipping from its sanctions list, the first removal from the list since it was created in 2022.',
      published: '2025-03-10',
    }).map((e) => e.date);
    expect(dated).not.toContain('2022');
  });
  it('keeps the readings the fourth adversarial probe of the fifty-third session found overreached', () => {
    // A bill signed after it is named is law; a council's permit to ship cargo is no export control.
    expect(
      slotLines(
        'Congress passed a bill that would add Zhenlong Robotics to the Entity List, and the president signed it into law on Friday.',
        'entity',
      ),
    ).toEqual(['Zhenlong Robotics']);
    expect(
      events(
        'A city council granted Harbourline Logistics a special permit to ship oversized cargo through the city.',
      ),
    ).toEqual([]);
    // "responded to double US tariffs": "double" qualifies the tariffs it answers.
    expect(
      slotLines(
        'Canada responded to double US tariffs on its steel by imposing 25% duties on US goods.',
        'imposer',
        'target',
      ),
    ).toContain('US CA');
    // A ban on goods to parties no one names stays a ban on goods.
    expect(
      slotLines(
        'China banned exports of drone parts to the designated parties in its new control list.',
        'goods',
      ),
    ).toEqual(['drone parts']);
    // "both metals" after a sentence that names other goods than the measure before keeps its own word.
    expect(
      slotLines(
        'The United States imposed a levy of 25% on aluminium and steel in March. Prices of copper and zinc surged this week on supply worries. On Monday India imposed 10% duties on both metals, the finance ministry said.',
        'imposer',
        'goods',
      ),
    ).not.toContain('IN aluminium and steel');
  });
  it("reads the date a relative clause gives its own verb as that verb's, not the removal's", () => {
    const found = extractEvents({
      text: 'Anti-dumping duties that Australia imposed in 2019 on galvanised steel from South Korea expired on Monday.',
      published: '2025-03-10',
    }).map((e) => `${(e as { action?: string }).action} ${e.date}`);
    expect(found).toEqual(['impose 2019', 'remove 2025-03-10']);
  });
});

describe('read on court, trade-remedy, timeline and export-licensing probes written for the purpose (fifty-fourth session)', () => {
  /** Each event's action, date and the named slots, on one line. */
  const actionLines = (text: string, ...names: string[]) =>
    slotRecords(events(text)).map((e, k) =>
      [e.action, events(text)[k]?.date ?? '', ...names.map((name) => String(e[name]))].join(' '),
    );
  it('reads a measure changed after a relative clause that dates its first imposition as two actions', () => {
    expect(
      actionLines(
        'Tariffs that the EU imposed on Chinese aluminium foil in 2018 were raised to 25% on Monday.',
        'rate_pct',
      ).sort(),
    ).toEqual(['impose 2018 null', 'raise 2025-03-10 25']);
    expect(
      actionLines(
        'Duties on Turkish rebar, first imposed by Canada in 2019, were raised to 30% on Monday.',
        'rate_pct',
      ).sort(),
    ).toEqual(['impose 2019 null', 'raise 2025-03-10 30']);
    expect(
      actionLines(
        'The 25% duties that Washington imposed on Canadian nickel in March were cut to 10% on Friday.',
        'rate_pct',
      ).sort(),
    ).toEqual(['impose 2025-03 25', 'reduce 2025-03-07 10']);
  });
  it('keeps the rate of a measure imposed "up to" a level, and of a change stated by one verb', () => {
    expect(slotLines('The EU imposed tariffs of up to 25% on Chinese steel.', 'action', 'rate_pct')).toEqual([
      'impose 25',
    ]);
    expect(
      slotLines('The EU raised its tariffs on Chinese steel to 25% on Monday.', 'action', 'rate_pct'),
    ).toEqual(['raise 25']);
  });
  it('reads a measure lifted after an unmarked relative clause of announcing as lifted, in the voice of the sentence', () => {
    expect(
      actionLines(
        'The ban on germanium exports that Bolivia announced in 2023 was lifted on Monday.',
        'goods',
      ).sort(),
    ).toEqual(['impose 2023 germanium', 'remove 2025-03-10 germanium']);
    const modalities = articleCandidates({
      text: 'The tariffs on zinc, which Washington announced in March, were lifted on Monday.',
      published: '2025-03-10',
    }).flatMap((c) => (c.action === 'remove' ? [c.modality] : []));
    expect(modalities).toEqual(['asserted']);
    expect(
      articleCandidates({
        text: 'The tariffs that Trump announced in April were paused on Wednesday.',
        published: '2025-03-10',
      }).flatMap((c) => (c.action === 'remove' ? [c.modality] : [])),
    ).toEqual(['asserted']);
  });
  it('keeps what officials say of a measure theirs', () => {
    expect(events('The tariffs that officials said were lifted remain in force.')).toEqual([]);
  });
  it('dates an easing by its own day, not the year a relative clause gives the controls', () => {
    expect(
      articleCandidates({
        text: 'The change loosens export controls on graphite anodes that Seoul introduced in 2021.',
        published: '2025-03-10',
      }).flatMap((c) => (c.action === 'ease' ? [c.date] : [])),
    ).toEqual([null]);
  });
  it('dates a measure by the clause without its pronoun that says when it was imposed, not by the ruling on it', () => {
    const dates = events(
      'A court on Wednesday annulled the anti-dumping duties the European Commission imposed on steel wire from India in 2021.',
    ).map((e) => `${(e as { action?: string }).action} ${e.date}`);
    expect(dates).toContain('impose 2021');
    expect(dates).not.toContain('impose 2025-03-05');
  });
  it('reads a change by a number of percentage points as no rate, and the level after it as the rate', () => {
    expect(
      slotLines('Seoul and Ottawa agreed to cut their tariffs on zinc by 12 percentage points.', 'rate_pct'),
    ).toEqual(['null', 'null']);
    expect(
      slotLines(
        'The United States raised its tariff on Peruvian zinc by 10 percentage points to 35%.',
        'action',
        'rate_pct',
      ),
    ).toEqual(['raise 35']);
  });
  it('reads a relative clause whose verb moves a market ("which has lifted U.S. premiums") as no change to the measure', () => {
    expect(
      slotLines(
        'The smelter cited the 50% U.S. tariff on imported zinc, which has lifted U.S. premiums, as a reason to restart.',
        'action',
      ),
    ).not.toContain('remove');
    expect(
      slotLines(
        'The tariffs on zinc, which Washington lifted on Monday, had hurt Peruvian miners.',
        'action',
      ),
    ).toContain('remove');
  });
  it('dates an action by itself, not by a relative clause inside a participle clause after it', () => {
    const dated = (text: string) => events(text).map((e) => e.date ?? null);
    expect(
      dated(
        'Harlow Alloys will bring battery production back to Ohio from Finland, reversing a move it made in 2019.',
      ),
    ).toEqual([null]);
    expect(
      dated('Zambia banned exports of manganese ore, tightening curbs it first introduced in 2021.'),
    ).toEqual([null]);
    // A date the action's own participle governs stays its date.
    expect(
      dated('Zambia banned exports of manganese ore on Monday, tightening curbs it introduced in 2021.'),
    ).toEqual(['2025-03-10']);
  });
  it('reads a move under way, also in reported speech and with a modified site, as announced', () => {
    const statusOf = (text: string) =>
      events(text).flatMap((e) => (e.type === 'relocation' ? [e.status] : []));
    expect(statusOf('Dalvik Cells is moving its anode production from China to Georgia.')).toEqual([
      'announced',
    ]);
    expect(statusOf('Dalvik Cells said it was moving its anode production from China to Georgia.')).toEqual([
      'announced',
    ]);
    expect(statusOf('Dalvik Cells moved its anode production from China to Georgia.')).toEqual(['completed']);
    expect(
      statusOf('Unlike its rivals, the battery maker is relocating its headquarters to Austin, Texas.'),
    ).not.toContain('completed');
  });
  it('reads gapped goods that keep the preposition or head noun of the measure ("and of bauxite in 2023", "and bauxite exports in June 2023")', () => {
    const lines = (text: string) => events(text).map((e) => `${(e as { goods?: string }).goods} ${e.date}`);
    expect(lines('Ghana banned exports of manganese ore in 2019 and of bauxite in 2022.')).toEqual([
      'manganese ore 2019',
      'bauxite 2022',
    ]);
    expect(
      lines('Ghana banned manganese ore exports in March 2019 and bauxite exports in June 2022.'),
    ).toEqual(['manganese ore 2019-03', 'bauxite 2022-06']);
    expect(lines('Ghana banned manganese ore exports in 2019 and bauxite exports rose in 2022.')).toEqual([
      'manganese ore 2019',
    ]);
  });
  it('keeps the day of an action stated by a verb before the measure, and the level after its own word', () => {
    expect(
      actionsDated('Peru on Monday imposed export controls on antimony that it announced in February.'),
    ).toEqual(['impose 2025-03-10']);
    expect(
      actionsDated(
        'The Treasury removed Harbin Alloys from the SDN List, saying it acted on Monday after the firm changed owners.',
      ),
    ).toEqual(['remove 2025-03-10']);
    expect(
      slotLines(
        'The tariffs on Chinese zinc that Washington raised to 145% in January were lowered to 30% on Monday.',
        'action',
        'rate_pct',
      ),
    ).toContain('reduce 30');
  });
  it('reads a participle right after the measure and its goods ("tariffs on steel imposed by Trump in 2018") as said of the measure', () => {
    expect(
      events('The tariffs on zinc imposed by Trump in 2018 were raised to 50% on Monday.')
        .map((e) => `${(e as { action?: string }).action} ${e.date} ${(e as { rate_pct?: number }).rate_pct}`)
        .sort(),
    ).toEqual(['impose 2018 null', 'raise 2025-03-10 50']);
    // A predicate of the measure is none: "climbed to 104% on Wednesday" dates the measure.
    expect(
      articleCandidates({
        text: 'The US tariff on Chinese zinc climbed to 104% on Wednesday.',
        published: '2025-03-10',
      }).map((c) => c.date),
    ).not.toContain(null);
  });
  it('reads duties "being discussed" or "under consideration" as no measure, and a range after "of" as no change', () => {
    expect(
      events('A trade source in Hanoi said duties of 20% to 40% on steel were being discussed.'),
    ).toEqual([]);
    expect(events("Vietnam's 25% duty on Chinese zinc is under consideration.")).toEqual([]);
    expect(slotLines('Vietnam imposed duties of 20% to 40% on Chinese zinc.', 'action', 'rate_pct')).toEqual([
      'impose 40',
    ]);
    expect(
      candidatesOfType('Vietnam imposed duties of 20% to 40% on Chinese zinc.', 'tariff').map(
        (c) => c.action,
      ),
    ).not.toContain('raise');
    expect(
      slotLines('Vietnam raised its duty on Chinese zinc from 20% to 40%.', 'action', 'rate_pct'),
    ).toEqual(['raise 40']);
  });
  it('reads a site a company is said to help or finance as held by another, and "its Russia sanctions list" as the list of the delisting', () => {
    expect(
      companies(
        'Treasury designated Dubai-based Sarkan Metals Trading for helping a Russian smelter evade curbs.',
      ),
    ).toEqual([]);
    expect(companies('Sarkan Metals is financing a copper smelter in Zambia.')).toEqual([]);
    expect(companies('Dubai-based Sarkan Metals opened a copper smelter in Zambia.')).toContain(
      'Sarkan Metals',
    );
    expect(
      listingsOf(
        events('Britain delisted Greek shipowner Halkis Tankers from its Russia sanctions list.'),
      ).map((l) => l[2]),
    ).toEqual(['remove']);
    expect(
      listingsOf(events('Britain added Halkis Tankers to its Russia sanctions list.')).map((l) => l[2]),
    ).toEqual(['add']);
  });
  it('reads a country after an indefinite article that qualifies another noun ("an EU case over its ban") as no subject', () => {
    expect(
      slotLines('The Philippines is fighting an EU case over its nickel ore export ban.', 'imposer'),
    ).toEqual(['PH']);
    expect(slotLines('Canada faces a US tariff of 25% on zinc.', 'imposer', 'target')).toEqual(['US CA']);
  });
  it('keeps a label of three capitals before its colon as written, so that an acronym names its country ("DRC: extended …")', () => {
    expect(
      slotLines(
        'Weekly digest. DRC: extended its cobalt export ban. Gabon: lifted a ban on manganese ore exports.',
        'imposer',
      ),
    ).toEqual(['CD', 'GA']);
    expect(slotLines('INDONESIA: Banned nickel ore exports.', 'imposer')).toEqual(['ID']);
  });
  it('reads a licence that parties on a list need ("Companies on the list require a licence …") as the listing, no export control', () => {
    expect(
      slotLines(
        'The Commerce Department added 14 graphite refiners to the Entity List. Companies on the list require a licence to receive U.S.-origin items.',
        'type',
      ).filter((line) => line === 'export_restriction'),
    ).toEqual([]);
    expect(
      candidatesOfType('China will require a licence to export graphite anodes.', 'export_restriction')
        .length,
    ).toBeGreaterThan(0);
  });
  it('reads a site of its own that a company hires for, past the object ("hired ten engineers for its plant in Poland"), as held', () => {
    expect(companies('Leipzig-based Ostwald Metall hired ten engineers for its plant in Poland.')).toEqual(
      [],
    );
    expect(companies('Ostwald Metall moved production to its plant in Poland.')).toContain('Ostwald Metall');
  });
  it('reads sites an adjective relates goods to ("essential to American wire mills") as sites in general, and people "from" a country as no target', () => {
    expect(companies('Santiago said its cathodes were essential to American wire mills.')).toEqual([]);
    expect(companies('Kestrel Copper moved production to Mexican plants.')).toContain('Kestrel Copper');
    expect(
      slotLines(
        'Borneo Smelting said it had hired 40 engineers from Germany to commission its new smelter. Indonesia has banned exports of copper concentrate since January.',
        'imposer',
        'target',
      ),
    ).toEqual(['ID null']);
  });
  it('writes a surname alone as the full name the article gave the one person it names ("Selyanin" after "Viktor Selyanin")', () => {
    expect(
      entitiesOf(
        events(
          'The European Union has removed Russian businessman Arkady Volnov from its sanctions list. Volnov had been placed under EU sanctions in 2022.',
        ),
      ),
    ).toEqual(['Arkady Volnov', 'Arkady Volnov']);
  });
  it('goes on with a list that semicolons divide past a member described after a comma ("Omar Bassiri, a Lebanese national; and …")', () => {
    expect(
      entitiesOf(
        events(
          'The UK sanctioned four people on Thursday. Those named include Idris Halabi, a Lebanese national; and Pyotr Zharkov, a Russian citizen.',
        ),
      ),
    ).toEqual(expect.arrayContaining(['Idris Halabi', 'Pyotr Zharkov']));
    expect(
      entitiesOf(
        events(
          'The UK sanctioned Idris Halabi, a Lebanese national; the move follows earlier steps against his network.',
        ),
      ),
    ).toEqual(['Idris Halabi']);
  });
  it('keeps a move told beside staffing its site, and the origin of a move to plural plants', () => {
    expect(
      companies(
        'Tovar Motors is hiring for its new plant in Mexico, to which it is relocating production from China.',
      ),
    ).toContain('Tovar Motors');
    expect(
      slotLines(
        'Calder Tyres will move production from Japan to plants in Thailand.',
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Calder Tyres JP TH']);
  });
  it('reads the "listing" of a stock market before its document ("its listing prospectus") as no listing on a blacklist', () => {
    expect(
      events(
        'Halvorsen Metals said in its listing prospectus that it could face U.S. sanctions exposure if its Russian offtake partner were designated.',
      ),
    ).toEqual([]);
    expect(
      listingsOf(
        events('The EU announced the listing of Halvorsen Metals under its Russia sanctions regime.'),
      ).map((l) => l[1]),
    ).toEqual(['Halvorsen Metals']);
  });
  it('reads "reverse its ban" as a removal, and a measure of its own that it will not reverse as in place', () => {
    expect(
      slotLines('Zimbabwe said it would not reverse its ban on lithium ore exports.', 'action', 'goods'),
    ).toEqual(['impose lithium ore']);
    expect(slotLines('Zimbabwe reversed its ban on lithium ore exports on Monday.', 'action')).toContain(
      'remove',
    );
    expect(events('The plant uses reverse osmosis to treat water.')).toEqual([]);
  });
  it('reads a measure announced in a participle after its goods and changed after it as two actions, and "lifted duties of 10% to 25%" as a removal', () => {
    expect(
      slotLines(
        'Tariffs on Chinese zinc announced by Mexico last year were doubled to 50% on Monday.',
        'action',
        'rate_pct',
      ).sort(),
    ).toEqual(['impose null', 'raise 50']);
    expect(slotLines('Canada lifted duties of 10% to 25% on Russian potash.', 'action')).not.toContain(
      'raise',
    );
    expect(slotLines('Canada lifted its duty on Russian potash from 10% to 25%.', 'action')).toContain(
      'raise',
    );
  });
  it('dates no action by a participle on the goods that states none ("steel dumped by Chinese mills in 2024")', () => {
    expect(
      events('Canada raised tariffs on zinc dumped by Chinese smelters in 2024.').map((e) => e.date),
    ).toEqual([null]);
  });
  it('reads a measure "for all origins" or "regardless of origin" as global, with no target from the article', () => {
    expect(
      slotLines(
        'Peru raised its tariff on flat steel from all origins to 25% on Tuesday. Most of the affected shipments come from China.',
        'action',
        'target',
      ),
    ).toEqual(['raise null']);
  });
  it('keeps goods that a verb of their own follows after "and" out of a gapped measure ("and bauxite exports in 2023 fell")', () => {
    expect(
      slotLines(
        'Ghana banned manganese ore exports in 2019, and bauxite exports in 2022 fell by a third.',
        'goods',
      ),
    ).toEqual(['manganese ore']);
    expect(
      slotLines(
        'Ghana banned exports of manganese ore in 2019 and of bauxite in 2022, officials said.',
        'goods',
      ),
    ).toEqual(['manganese ore', 'bauxite']);
  });
  it('reads the "it" a government body adds to or removes from a list as the company named before, not the body', () => {
    expect(
      entitiesOf(
        events(
          'Corvath Micro makes chips for drones. In 2019, the US Commerce Department added it to the Entity List. In 2021, the Commerce Department removed it from the list.',
        ),
      ),
    ).toEqual(['Corvath Micro', 'Corvath Micro']);
  });
  it('keeps apart a measure called earlier in another sentence ("The increase adds to an earlier 10% levy")', () => {
    expect(
      slotLines(
        'Turkey has raised tariffs on passenger cars imported from China by 40 percentage points on Saturday. The increase adds to an earlier 10% levy.',
        'rate_pct',
      ),
    ).toEqual(['null', '10']);
  });
  it('keeps what the fourth adversarial probe showed the start read right', () => {
    // A participle after a measure inside the phrase of a change dates the change.
    expect(
      actionsDated('A cut in duties on US lobster announced by Brussels in August lowered the rate to zero.'),
    ).toEqual(['reduce 2024-08']);
    // "its import duty of 10% to 15%": one measure's change, not a range.
    expect(slotLines('India lifted its import duty of 10% to 15% on gold.', 'action', 'rate_pct')).toEqual([
      'raise 15',
    ]);
    // A negated participle on the goods leaves the day after it to the action.
    expect(
      actionsDated('The US imposed tariffs on goods from Canada not covered by the USMCA on Tuesday.'),
    ).toEqual(['impose 2025-03-04']);
    // A state company named like a government body that says what was done to it is what "it" stands for.
    expect(
      entitiesOf(
        events(
          'The Shaanxi Nonferrous Commission, a state-owned smelter, said the US had added it to the Entity List.',
        ),
      ),
    ).toEqual(['Shaanxi Nonferrous Commission']);
    // Words that make a measure global, far after it, may name another measure.
    expect(
      slotLines(
        'Turkey imposed an extra 40% tariff on vehicles from China besides duties on all imports.',
        'target',
      ),
    ).toContain('CN');
  });
  it('keeps a participle after a measure modified inside another noun\u2019s phrase said of that noun ("cut in export duties … announced in January")', () => {
    expect(
      actionsDated("Argentina's cut in export duties on wheat announced in January was extended."),
    ).toEqual(['reduce 2025-01']);
    expect(
      actionsDated(
        'Relief from duties on Canadian potash granted by Washington in January was extended to December.',
      ),
    ).toContain('remove 2025-01');
  });
  it('reads "lifted tariffs of up to 25%" as a removal, the ceiling of its rates no level it is lifted to', () => {
    expect(slotLines('The EU lifted tariffs of up to 25% on Ukrainian zinc.', 'action')).toContain('remove');
    expect(slotLines('The EU lifted tariffs of up to 25% on Ukrainian zinc.', 'action')).not.toContain(
      'raise',
    );
  });
  it('reads a rate set for makers or sellers ("41.7% for all other Chinese producers") as naming no goods of its own', () => {
    expect(
      slotLines(
        'India imposed anti-dumping duties on Chinese graphite electrodes, ranging from 9.2% for Tangshan Carbon to 41.7% for all other Chinese producers.',
        'goods',
      ),
    ).not.toContain('producers');
  });
});

describe('read on resource-nation export-control, market-wrap and sanctions-brief probes written for the purpose (fifty-fifth session)', () => {
  it('dates the imposition, not the removal, from an unmarked relative clause after the measure’s phrase ("the quota on uranium exports it introduced last year")', () => {
    expect(
      actionsDated(
        'Kazakhstan has removed the quota on natural uranium exports it introduced last year, the ministry said on Monday.',
      ),
    ).toEqual(['remove 2025-03-10', 'impose 2024']);
    expect(
      actionsDated(
        'China has suspended a ban on exports of gallium, germanium and antimony to Japan that it imposed last December, the commerce ministry said on Monday.',
      ),
    ).toEqual(['remove 2025-03-10', 'impose 2024-12']);
    expect(actionsDated('The ban on nickel exports Jakarta introduced in 2020 was eased on Monday.')).toEqual(
      ['impose 2020', 'ease 2025-03-10'],
    );
    // The trade's own nouns in the measure's phrase are no verbs ("on steel imports it imposed in 2023").
    expect(
      actionsDated(
        'Vietnam scrapped the 8% duty on steel imports it imposed in 2023, the ministry said on Monday.',
      ),
    ).toEqual(['remove 2025-03-10', 'impose 2023']);
    // A head noun the measure's word modifies is the measure still ("the export licensing regime introduced in 2021").
    expect(
      actionsDated('Bolivia scrapped the lithium export licensing regime introduced in 2021.'),
    ).toContain('impose 2021');
    expect(
      actionsDated('Bolivia scrapped the lithium export licensing regime introduced in 2021.'),
    ).not.toContain('remove 2021');
  });
  it('reads the name before an anchor that is a verb in the past as its subject, not as a qualifier of a measure ("The EU delisted X")', () => {
    const authorities = events('The U.S. sanctioned Rosmetal Holding. The EU delisted Pelagos Maritime.').map(
      (e) => `${(e as { entity?: string }).entity} ${(e as { authority?: string }).authority}`,
    );
    expect(authorities).toEqual(['Rosmetal Holding US', 'Pelagos Maritime EU']);
  });
  it('reads tariff threats against no named country as generic, and a verb of imposing before a threat as repeating it', () => {
    expect(
      candidatesOfType(
        'Aluminium prices fell on Monday. Trump repeated his tariff threats against trading partners.',
        'tariff',
      ),
    ).toEqual([]);
    expect(
      slotLines('Trump renewed his tariff threats against Canada on Friday.', 'action', 'target'),
    ).toEqual(['threaten CA']);
    expect(slotLines('Trump renewed tariff threats against the European Union.', 'action', 'target')).toEqual(
      ['threaten EU'],
    );
  });
  it('reads a site named by its country that a report says is, or goes on doing, as one the company has ("said the Finnish plant was old")', () => {
    expect(events('Norvik said the Finnish plant was old.')).toEqual([]);
    expect(events('Tianlu said its Congolese plant was running at full capacity.')).toEqual([]);
    // A site said to have been made is news still.
    expect(slotLines('Norvik said the Finnish plant was opened in March.', 'company', 'to')).toEqual([
      'Norvik FI',
    ]);
  });
  it('reads "stop imposing", "no longer require" and "stop enforcing" as the measure’s end, not as imposing it', () => {
    expect(slotLines('The US will stop imposing tariffs on Canadian steel.', 'action', 'target')).toEqual([
      'remove CA',
    ]);
    expect(slotLines('The US will no longer impose tariffs on Canadian steel.', 'action', 'target')).toEqual([
      'remove CA',
    ]);
    expect(slotLines('China will stop requiring licences for graphite exports.', 'action', 'goods')).toEqual([
      'remove graphite',
    ]);
    expect(
      slotLines('China will no longer require licences for graphite exports.', 'action', 'goods'),
    ).toEqual(['remove graphite']);
    expect(slotLines('China will stop enforcing export controls on graphite.', 'action', 'goods')).toEqual([
      'remove graphite',
    ]);
    // Stopping the goods themselves is a ban still.
    expect(slotLines('China stopped exports of gallium to Japan.', 'action', 'target')).toEqual([
      'impose JP',
    ]);
  });
  it('reads a measure that industry or lawmakers propose in a clause their "that" opens as their proposal ("association proposed that the government set a quota")', () => {
    expect(
      events(
        "Indonesia's smelter association proposed that the government set a quota on nickel matte exports.",
      ),
    ).toEqual([]);
    expect(events('Senators proposed that Commerce impose tariffs on Chinese graphite.')).toEqual([]);
    // The measure a proposal of relief names is in place all the same.
    expect(
      slotLines(
        'Brazilian farmers urged Brasilia to seek relief from the 50% U.S. tariff on coffee.',
        'imposer',
      ),
    ).toContain('US');
  });
  it('lists the people named after "executives of X" or "the chief executive of X", not the company they work for', () => {
    expect(
      entitiesOf(events('Canada sanctioned three executives of Zolotoy Mining, including CEO Pavel Grekov.')),
    ).toEqual(['Pavel Grekov']);
    expect(
      entitiesOf(events('Canada sanctioned the chief executive of Zolotoy Mining, Pavel Grekov.')),
    ).toEqual(['Pavel Grekov']);
    expect(events('Canada sanctioned executives of Zolotoy Mining.')).toEqual([]);
    // A company listed beside its people is listed still.
    expect(entitiesOf(events('Britain sanctioned Zolotoy Mining and two of its directors.'))).toEqual([
      'Zolotoy Mining',
    ]);
  });
  it('refers "the ban" back to the measure stated before a sentence that states no measure ("Miners welcomed the decision.")', () => {
    expect(
      actionsDated(
        'Indonesia has postponed a ban on bauxite ore exports. Miners welcomed the decision. The government first announced the ban in 2023.',
      ),
    ).toContain('impose 2023');
    // Not past a sentence that states a measure of another type.
    expect(
      candidatesOfType(
        'Indonesia has postponed a ban on bauxite ore exports. Washington raised tariffs on Chinese steel. The government first announced the ban in 2023.',
        'export_restriction',
      ).filter((c) => c.analysis.index === 2),
    ).toEqual([]);
  });
  it('reads a move a company applied to make as planned, and goods added to "its list of controlled exports" as a widened control', () => {
    expect(
      slotLines(
        'Tuvan Rare Earths applied to relocate its processing from Australia to Malaysia.',
        'to',
        'status',
      ),
    ).toEqual(['MY planned']);
    expect(
      slotLines('China added antimony trioxide to its list of controlled exports.', 'action', 'goods'),
    ).toEqual(['expand antimony trioxide']);
    expect(
      slotLines('China removed gallium from its list of restricted exports.', 'action', 'goods'),
    ).toEqual(['remove gallium']);
    // Parties put on such a list are no goods.
    expect(events('Beijing added 12 US firms to its list of controlled exports.')).toEqual([]);
  });
  it('lists vessels named in apposition after a counted noun for them ("three tankers, the Mira Sun, the Kestrel Bay and the Nordvik")', () => {
    expect(
      entitiesOf(events('The EU sanctioned three tankers, the Mira Sun, the Kestrel Bay and the Nordvik.')),
    ).toEqual(['Mira Sun', 'Kestrel Bay', 'Nordvik']);
    // A source set off after the noun names no vessel.
    expect(events('The US sanctioned two tankers, the Foreign Ministry said on Monday.')).toEqual([]);
  });
  it('keeps a relative clause after another clause set off by commas from dating the measure before it, a site said to be complete or new as news, and a measure that lifts investment as no removal', () => {
    expect(
      actionsDated(
        'China lifted the ban on gallium exports, the ministry said on Monday, and a quota on graphite that it imposed last December.',
      ),
    ).not.toContain('impose 2024-12');
    expect(
      slotLines(
        'Halden Rare Earths said the Texas plant was complete and would begin processing ore in July.',
        'company',
        'to',
      ),
    ).toEqual(['Halden Rare Earths US']);
    expect(
      slotLines(
        'Voltera Cells said the Hungarian plant was its new production base after it moved manufacturing out of China.',
        'to',
      ),
    ).toEqual(['HU']);
    expect(
      slotLines(
        'Indonesia banned nickel ore exports on Tuesday. Shares fell 5%. The ban is expected to lift smelter investment.',
        'action',
      ),
    ).toEqual(['impose']);
  });
  it('reads a surname the article gave a person in full as that person, no company that moves, and "moved into" a business as no move', () => {
    expect(
      events(
        'Kestrel Minerals chief executive Sarah Baumann will relocate to Dubai next month, the company said. Baumann will relocate to Dubai to be closer to investors in the Gulf.',
      ),
    ).toEqual([]);
    // A single word that names a company still moves it.
    expect(slotLines('Baumann will relocate its smelter to Dubai.', 'company', 'to')).toEqual(['Baumann AE']);
    expect(
      events(
        'Blackwater Coal Corp is moving into battery metals with the purchase of a lithium project in Nevada.',
      ),
    ).toEqual([]);
    // A site moved into is news still.
    expect(slotLines('Kestrel Devices moved into a new factory in Texas last year.', 'to')).toEqual(['US']);
  });
  it('reads names set off by dashes in apposition as the list they stand for ("three Chinese magnet producers — X, Y and Z — to the Entity List")', () => {
    expect(
      entitiesOf(
        events(
          'The Commerce Department on Thursday added three Chinese magnet producers — Baotou Lanxin, Ganzhou Fengyuan and Ningbo Tiancheng — to the Entity List.',
        ),
      ),
    ).toEqual(['Baotou Lanxin', 'Ganzhou Fengyuan', 'Ningbo Tiancheng']);
    // An aside in lower case stays a clause of its own.
    expect(
      slotLines(
        'Kestrel Devices moved its smelting operations — some 1,200 jobs — from Chile to Peru.',
        'from',
        'to',
      ),
    ).toEqual(['CL PE']);
  });
  it('reads a ban on goods’ sales to a country ("banned antimony sales to the US") and a government’s controls named by their goods ("the rare earth controls") as export controls', () => {
    expect(
      slotLines('In December 2024, Beijing banned antimony sales to the US.', 'action', 'target', 'goods'),
    ).toEqual(['impose US antimony']);
    expect(slotLines('China banned gallium and germanium sales to Japan.', 'goods')).toEqual([
      'gallium and germanium',
    ]);
    expect(
      slotLines(
        'China imposed export curbs on gallium in 2023. In October, Beijing suspended the rare earth controls.',
        'action',
        'goods',
      ),
    ).toEqual(['impose gallium', 'remove rare earth']);
    // Controls of another kind are no measure on goods' export.
    expect(
      events('Argentina imposed capital controls in 2019. The country’s currency controls were lifted.'),
    ).toEqual([]);
  });
  it('reads work a company halts, a mill it expands, and a plant a home producer opens at home as no move', () => {
    expect(events('Magnova Motors said it had halted one assembly line in Germany.')).toEqual([]);
    expect(events('Corran Steel said it would expand a mill in Wales.')).toEqual([]);
    expect(events('Tavish Anodes, a US producer, said it would open a plant in Louisiana.')).toEqual([]);
    // A site added new, or a producer from abroad, is news still.
    expect(slotLines('Kestrel Metals will add a new smelter in Oman.', 'to')).toEqual(['OM']);
    expect(
      slotLines('Tavish Anodes, a Chinese producer, said it would open a plant in Louisiana.', 'to'),
    ).toEqual(['US']);
    expect(
      slotLines('Magnova Motors will close its assembly in Ohio and move assembly to Mexico.', 'to'),
    ).toEqual(['MX']);
  });
  it('reads exemptions ended for countries, after the tariff is stated, as the tariff imposed on each', () => {
    expect(
      slotLines(
        'Trump imposed 25% tariffs on steel in 2018. In February 2025, the administration ended exemptions for the European Union, Japan and South Korea.',
        'action',
        'target',
      ),
    ).toEqual(['impose null', 'impose EU', 'impose JP', 'impose KR']);
    // Without a tariff stated, an exemption ended is of anything.
    expect(
      events(
        'In February 2025, the administration ended exemptions for the European Union, Japan and South Korea.',
      ),
    ).toEqual([]);
  });
  it('keeps a country moved into with a factory a move, a company halting its own sales no export control, a site that replaces imports news, and exemptions ended for others than countries no tariff', () => {
    expect(
      slotLines(
        'Brenner Auto Parts is moving into Mexico with a new factory to replace exports from Germany.',
        'to',
      ),
    ).toEqual(['MX']);
    expect(
      events(
        'Kasanga Cobalt halted cobalt sales to China after a payment dispute. Export restrictions are common in Africa.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'Hanseong Battery will expand a plant in Georgia to serve U.S. carmakers instead of shipping cells from Korea.',
        'to',
      ),
    ).toEqual(['US']);
    expect(
      slotLines(
        'The United States imposed tariffs on Chinese graphite last year. The Interior Department ended exemptions from royalty fees for small miners on Monday.',
        'action',
        'target',
      ),
    ).toEqual(['impose CN']);
    expect(
      events('Pelora Batteries upgraded its lithium controls at the Nevada plant after a fire.'),
    ).toEqual([]);
  });
  it('dates an action from the date right after its own verb and the pronoun it takes ("lifted the ban in 2017 and reimposed it in 2020")', () => {
    expect(
      actionsDated(
        'Indonesia banned nickel ore exports in 2014, lifted the ban in 2017 and reimposed it in 2020.',
      ),
    ).toEqual(['impose 2014', 'remove 2017', 'impose 2020']);
  });
  it('reads OJSC and CJSC as company suffixes, and a list line whose name ends in an abbreviated suffix ("Co., Ltd.") as a line of the list', () => {
    expect(
      entitiesOf(
        events(
          'The United States sanctioned the following entities:\n- Keremet Trade Bank OJSC\n- Korvath Trading LLC',
        ),
      ),
    ).toEqual(['Keremet Trade Bank', 'Korvath Trading']);
    expect(
      entitiesOf(
        events(
          'The United States sanctioned the following entities:\n- Korvath Trading Co., Ltd\n- Baltrim Metals Ltd',
        ),
      ),
    ).toEqual(['Korvath Trading', 'Baltrim Metals']);
  });
  it('reads the subject a relative clause set off by commas interrupts as undergoing the measure after it ("Norway and Iceland, which are part of the EEA, will be exempted")', () => {
    expect(
      slotLines(
        'The EU will impose safeguard duties on ferroalloys. Norway and Iceland, which are part of the European Economic Area, will be exempted.',
        'action',
        'target',
      ),
    ).toEqual(['impose null', 'remove NO', 'remove IS']);
    expect(
      slotLines(
        "The US imposed tariffs. China, which exports most of the world's rare earths, was hit with 50% tariffs on Monday.",
        'imposer',
        'target',
      ),
    ).toEqual(['US CN']);
    // A relative clause that holds the measure is read as before.
    expect(
      slotLines(
        'The US imposed tariffs. Indonesia, which now faces a 32% tariff, will send negotiators.',
        'target',
      ),
    ).toEqual(['ID']);
  });
  it('reads a ban on sales to a country as an export control, and one on sales to others at home as none', () => {
    expect(events('Nigeria banned fuel sales to unregistered vehicles.')).toEqual([]);
    expect(events('Ghana banned gold sales to unlicensed dealers from July.')).toEqual([]);
    expect(slotLines('China banned rare earth magnet sales to US carmakers.', 'target')).toEqual(['US']);
  });
});

describe('read on trade-remedy, follow-up and modality probes written for the purpose (fifty-sixth session)', () => {
  it('reads a pronoun raised or cut to a percentage, right after the tariff\u2019s sentence, as a change of that tariff', () => {
    const tariff = 'Washington imposed a 25% tariff on Canadian aluminium in March.';
    expect(slotLines(`${tariff} It was raised to 50% on June 4.`, 'action', 'target', 'rate_pct')).toEqual([
      'impose CA 25',
      'raise CA 50',
    ]);
    expect(slotLines(`${tariff} It was cut to 10% in May.`, 'action', 'rate_pct')).toEqual([
      'impose 25',
      'reduce 10',
    ]);
    // Not across a sentence about something else, nor "the rate" of a central bank, nor to a rating.
    expect(
      slotLines(`${tariff} Inflation in Canada rose to 2.9%. It was cut to 2.1% in May.`, 'action'),
    ).toEqual(['impose']);
    expect(
      slotLines(`${tariff} The rate was cut to 2.5% on Wednesday, the Bank of Canada said.`, 'action'),
    ).toEqual(['impose']);
    expect(slotLines(`${tariff} It was raised to a buy rating on June 4 by analysts.`, 'action')).toEqual([
      'impose',
    ]);
    // Nothing of the kind far from any tariff, nor another figure raised ("its output target").
    expect(
      slotLines(`${tariff} Alcora said its output target was raised to 2 million tonnes.`, 'action'),
    ).toEqual(['impose']);
    expect(events('The smelter restarted in April. It was raised to 80% of capacity in May.')).toEqual([]);
  });
  it('reads an action the actor does "not rule out" as a possibility: a threat where the type has one, no event otherwise', () => {
    expect(slotLines('Congo did not rule out banning cobalt exports.', 'action')).toEqual(['threaten']);
    expect(events('Canada didn\u2019t rule out retaliatory tariffs on U.S. steel.')).toEqual([]);
    expect(events('Washington has not ruled out adding Norvask Palladium to the SDN List.')).toEqual([]);
    expect(events('Pelloro has not ruled out moving its refining from Chile to Peru.')).toEqual([]);
    // A rule-out that is not negated is a denial, as before; a measure beside it stands.
    expect(events('Ottawa ruled out tariffs on US steel.')).toEqual([]);
    expect(slotLines('The Treasury sanctioned Norvask Palladium in May.', 'entity')).toEqual([
      'Norvask Palladium',
    ]);
  });
  it('reads a measure whose likelihood the clause predicates ("are unlikely", "looks increasingly likely") as supposed, and one "likely to stay" as in place', () => {
    expect(events('Analysts say new U.S. tariffs on Chilean copper are unlikely.')).toEqual([]);
    expect(events('Analysts say a new ban on alumina exports by Indonesia is unlikely before 2026.')).toEqual(
      [],
    );
    expect(events('A US tariff on Chilean copper now looks increasingly likely, traders said.')).toEqual([]);
    expect(slotLines("Trump's 25% tariffs on steel are likely to stay in place.", 'rate_pct')).toEqual([
      '25',
    ]);
    expect(slotLines("Trump's 25% tariff on steel is likely here to stay.", 'rate_pct')).toEqual(['25']);
  });
  it('joins a later definite phrase that repeats a measure\u2019s rate ("The 37% duty on Chinese silicon metal") to the measure its kind word named, and keeps a rate-less kind or other goods apart', () => {
    expect(
      slotLines(
        'The US imposed anti-dumping duties of 30% on tungsten from China. The 30% duty on Chinese graphite also hurt miners.',
        'goods',
      ),
    ).toEqual(['tungsten', 'graphite']);
    expect(
      slotLines(
        'The U.S. imposed anti-dumping duties of 37% on silicon metal from China. The 37% duty on Chinese silicon metal hurt exporters.',
        'rate_pct',
      ),
    ).toEqual(['37']);
    expect(
      slotLines(
        'The US imposed reciprocal tariffs on Chinese goods in April. The 10% tariff on Chinese steel took effect in May.',
        'goods',
        'rate_pct',
      ),
    ).toEqual(['goods null', 'steel 10']);
  });
  it('reads goods added to a measure referred back to ("added germanium to the controls") as the goods it is widened to, and a widening to other goods as its own action', () => {
    expect(
      slotLines(
        'China restricted exports of gallium in 2023. Beijing added germanium to the controls in May.',
        'action',
        'goods',
      ),
    ).toEqual(['impose gallium', 'expand germanium']);
    expect(
      slotLines(
        'China restricted exports of rare earth magnets. Beijing widened the curbs to rare earth oxides.',
        'action',
        'goods',
      ),
    ).toEqual(['impose rare earth magnets', 'expand rare earth oxides']);
    // A restatement of the same goods stays one event.
    expect(
      slotLines(
        'China banned exports of gallium to the US. Beijing later tightened the gallium ban.',
        'action',
      ),
    ).toEqual(['impose']);
  });
  it('reads a pronoun or "the increase" lifted, suspended or postponed in the passive, right after the measure\u2019s sentence, as its removal, and an active "it had halted" as none', () => {
    expect(
      slotLines('Congo banned cobalt exports in February. It was lifted on Friday.', 'action', 'goods'),
    ).toEqual(['impose cobalt', 'remove cobalt']);
    expect(
      slotLines('India imposed a 20% duty on steel imports in March. It has been suspended.', 'action'),
    ).toEqual(['impose', 'remove']);
    expect(
      slotLines(
        'Mexico planned to raise its steel tariff to 35% on July 1. The hike was postponed on Friday.',
        'action',
      ),
    ).toEqual(['raise', 'remove']);
    expect(
      slotLines(
        'The US restricted exports of AI chips to China in January. It had halted the shipments of Nvidia in April.',
        'action',
      ),
    ).not.toContain('remove');
    expect(
      slotLines(
        'India imposed a 20% duty on steel imports in March. The rally was halted on Friday.',
        'action',
      ),
    ).toEqual(['impose']);
    // A pronoun that does not open its clause, or a change that goes on to something else, is another thing's.
    for (const text of [
      'Mexico imposed a 30% duty on Chinese steel. Kestrel Tube said it was lifted by the news.',
      'China banned exports of antimony to the United States. It was suspended from the Shanghai exchange, Tenmark said of its shares.',
      'Mexico imposed a 25% tariff on Chinese steel. It was lifted off its foundations by a crane.',
    ])
      expect(slotLines(text, 'action'), text).not.toContain('remove');
    expect(
      slotLines(
        'Canada imposed a 25% tariff on US steel in March. On Friday, it was suspended for 90 days.',
        'action',
      ),
    ).toEqual(['impose', 'remove']);
    // Only the sentence right before: a pronoun after a sentence about something else is that thing.
    expect(
      slotLines(
        'China imposed controls on tungsten exports in February. A tungsten mine flooded. It was suspended on Friday, the company said.',
        'action',
      ),
    ).toEqual(['impose']);
  });
  it('reads a singular measure named by "that" or "this" ("raised that duty to 30%") as the last measure stated, and a "that" of saying as none', () => {
    expect(
      slotLines(
        'Ottawa imposed a 25% tariff on US potash on Monday. On Wednesday it put a 10% tariff on Mexican zinc. Two days later, it raised that duty to 30%.',
        'action',
        'target',
        'rate_pct',
      ),
    ).toEqual(['impose US 25', 'impose MX 10', 'raise MX 30']);
    expect(
      slotLines(
        'The US imposed a 25% tariff on Canadian steel. Officials said that tariff revenue rose.',
        'action',
      ),
    ).toEqual(['impose']);
  });
  it('reads a measure "set at" a level with the level it comes from ("set at 15%, down from 27.5%") as the change the levels state', () => {
    expect(
      slotLines(
        'The US tariff on Japanese cars was set at 15%, down from 27.5%, under the deal.',
        'action',
        'rate_pct',
      ),
    ).toEqual(['reduce 15']);
    expect(slotLines('The US set a 50% tariff on Peruvian copper, up from 25%.', 'action')).toEqual([
      'raise',
    ]);
    expect(slotLines('The US set a 25% tariff on Peruvian copper on Monday.', 'action')).toEqual(['impose']);
  });
  it('reads a demonstrative that stands for the goods ("those from Thailand face 36%") as the goods of the country after it', () => {
    expect(
      slotLines(
        'Machines from Malaysia face a 24% U.S. duty, while those from Thailand face 36%.',
        'target',
        'rate_pct',
      ),
    ).toEqual(['TH 36', 'MY 24']);
  });
  it('reads a move called off, halted or put on hold as none, a move delayed as planned, and a plant bought or taken over as none', () => {
    for (const text of [
      'Tessaro Magnetics called off its planned move of production from China to Mexico.',
      'Tessaro Magnetics called off plans to move production from China to Mexico.',
      'Tessaro Magnetics halted the transfer of its production lines from China to Mexico.',
      'Tessaro Magnetics put its Mexican factory project on hold.',
      'Kovacs Metals has bought an aluminium rolling mill in Germany.',
      'Kovacs Metals completed its takeover of a German zinc plant.',
    ])
      expect(events(text), text).toEqual([]);
    expect(slotLines('Tessaro Magnetics delayed its move to Mexico until 2027.', 'to', 'status')).toEqual([
      'MX planned',
    ]);
    expect(
      slotLines('Tessaro Magnetics moved its production from China to Mexico.', 'from', 'to', 'status'),
    ).toEqual(['CN MX completed']);
  });
  it('reads a verb after "and" whose object a determiner opens ("closed its plant in China and opened a refinery in Morocco") as a verb, not a modifier of the site', () => {
    expect(
      slotLines(
        'Halvorsen Refining closed its plant in China and opened a refinery in Morocco.',
        'to',
        'status',
      ),
    ).toEqual(['MA completed']);
    expect(events('Halvorsen Refining shut its cracking and leaching plant in Chile.')).toEqual([]);
  });
  it('reads "Battery" as a word that ends a company\u2019s name ("Hollins Battery"), not a person\u2019s', () => {
    expect(
      slotLines('Hollins Battery will move its production from China to Mexico.', 'company', 'to'),
    ).toEqual(['Hollins Battery MX']);
  });
  it('reads a measure\u2019s bare word whose actor and goods only the article\u2019s main ones fill ("the abuse of export controls" in a quote) as a generic reference', () => {
    expect(
      slotLines(
        'Washington raised tariffs on copper imports to 50%. "We oppose the abuse of export controls," an official in Beijing said.',
        'action',
      ),
    ).toEqual(['raise']);
  });
  it('reads a warning after a measure by those who watch or bear it ("analysts warned of shortages") as their reaction, no threat', () => {
    expect(
      slotLines('After China restricted gallium exports, analysts warned of shortages.', 'action'),
    ).toEqual(['impose']);
    expect(
      slotLines(
        'When Indonesia banned exports of nickel ore in January 2020, critics warned that Jakarta was sacrificing revenue.',
        'action',
      ),
    ).toEqual(['impose']);
    expect(slotLines('China imposed curbs on gallium and warned it could widen them.', 'action')).toContain(
      'threaten',
    );
  });
  it('reads a step still to come that a clause after it says is not decided ("but no decision had been made") as supposed, and a step taken as before', () => {
    expect(
      events(
        'Korvane said it was considering building a small assembly line in Texas, but no decision had been made.',
      ),
    ).toEqual([]);
    expect(
      slotLines('Korvane moved its refinery to Texas in May, but no decision has been made.', 'to', 'status'),
    ).toEqual(['US completed']);
  });
  it('reads "Commerce" alone as the US Commerce Department, not as a word of another office or name', () => {
    expect(
      slotLines(
        'Commerce imposed anti-dumping duties of 12% on silicon metal from Angola in May.',
        'imposer',
        'target',
      ),
    ).toEqual(['US AO']);
    expect(
      slotLines(
        'Commerce Minister Piyush Goyal said India would impose a 12% duty on Chinese steel.',
        'imposer',
      ),
    ).toEqual(['IN']);
    expect(events('The Chamber of Commerce said its members had cut steel orders.')).toEqual([]);
  });
  it('reads "Commerce Secretary" as the US department\u2019s secretary, and a short name whose longer name ends "Rare Earth" as that company', () => {
    expect(
      slotLines(
        'Commerce Secretary Harlan Voss said 25% tariffs on Brazilian steel would take effect on Friday.',
        'imposer',
        'target',
      ),
    ).toEqual(['US BR']);
    expect(
      slotLines(
        'Lanxu Rare Earth will move magnet production from China to Vietnam. Lanxu said its factory in Hanoi would open in 2026.',
        'company',
      ),
    ).toEqual(['Lanxu Rare Earth']);
  });
  it('reads a measure dropped "to zero" as its removal alone, not also as one imposed at 0%', () => {
    expect(slotLines('Indonesia will drop tariffs on U.S. goods to zero.', 'action', 'rate_pct')).toEqual([
      'remove 0',
    ]);
    expect(slotLines('Indonesia cut its tariff on US wheat to 0% from 5%.', 'action')).toEqual(['reduce']);
  });
  it('reads those who make or ship goods in a country ("Exporters in Vietnam face duties of 20%") as that country\u2019s goods, not its government', () => {
    expect(
      slotLines(
        'The US imposed tariffs on tungsten bars in May. Exporters in Vietnam face duties of 20%.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['US null null', 'US VN 20']);
    expect(events('Exporters in Vietnam face duties of 20% on tungsten bars.')).toEqual([]);
  });
});

describe('read on export-control, blacklisting and format probes written for the purpose (fifty-seventh session)', () => {
  it('reads no party of a ban on named goods in a clause, a source or a phrase after it', () => {
    const types = (text: string) => events(text).map((e) => e.type);
    expect(
      types(
        'Malawi banned exports of raw graphite ore in May 2024, and on Monday the Ministry of Natural Resources widened the ban to mica.',
      ),
    ).not.toContain('blacklisting');
    expect(
      types(
        'Guinea has barred exports of bauxite from the Koundara mine operated by Dutch group Vellamo Bauxite.',
      ),
    ).not.toContain('blacklisting');
    expect(
      types(
        'Zimbabwe has no plans to lift its ban on lithium ore exports despite an OECD report against it.',
      ),
    ).not.toContain('blacklisting');
  });
  it('still reads a ban on the exports of a named company as its listing', () => {
    expect(
      slotLines(
        'South Korea banned exports of machine tools by Hanvel Precision for two years on Tuesday.',
        'type',
        'entity',
      ),
    ).toContain('blacklisting Hanvel Precision');
  });
  it('reads a name set off after a description of one party or of several ("a Dubai-based metals distributor, X,") as the listed party', () => {
    expect(
      slotLines(
        'The Commerce Department removed a Turkish metals distributor, Marmaris Alloys AS, from the Unverified List on Tuesday.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Marmaris Alloys AS']);
    expect(
      slotLines(
        'BIS added two Dubai-based dealers, Corvane Metals FZE and Tallis Ore Trading LLC, to the Entity List.',
        'entity',
      ),
    ).toEqual(['Corvane Metals FZE', 'Tallis Ore Trading']);
    expect(
      slotLines(
        'The Treasury added a Hong Kong-based trading house, Veldren Resources Ltd, to the SDN List on Friday.',
        'entity',
      ),
    ).toEqual(['Veldren Resources']);
  });
  it('reads the companies a sentence names after a listing as listed by the keeper of the list named just before', () => {
    expect(
      slotLines(
        'Three Chinese firms were added to the U.S. Entity List on Friday. The companies include Vostra Tools Ltd and Hemlin Optics.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Vostra Tools', 'US Hemlin Optics']);
  });
  it('reads a listing that posts or reports only claim as unconfirmed, not as stated', () => {
    expect(
      events(
        'Chilean miner Pampa Roja said on Monday it had not been sanctioned, after social media posts claimed it had been added to the Entity List.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'The U.S. added Orvane Metals to the Entity List, after media reports suggested it shipped drones to Russia.',
        'entity',
      ),
    ).toEqual(['Orvane Metals']);
  });
  it('reads a name before a law\u2019s noun ("the Special Economic Measures (Belarus) Regulations") as the law\u2019s, no listed party', () => {
    expect(
      slotLines(
        'Canada announced new sanctions against Belarus on June 2, listing four entities under the Special Economic Measures (Belarus) Regulations.',
        'entity',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'The Treasury sanctioned Veldren Resources under the Global Magnitsky Act on Friday.',
        'entity',
      ),
    ).toEqual(['Veldren Resources']);
  });
  it('reads a "by" phrase after the verb that a measure\u2019s noun is the subject of as that verb\u2019s, not the measure\u2019s', () => {
    expect(
      events(
        'Treasury said the delisting followed the company\u2019s sale of its stake by businessman Anton Kerel, who remains sanctioned.',
      ).filter((e) => e.type === 'blacklisting'),
    ).toEqual([]);
    expect(
      slotLines(
        'The designation of Orvane Metals by the Treasury on Friday hit its shares.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Orvane Metals']);
  });
  it('reads what a measure spares in a relative clause whose subject it is ("the ban, which exempted concentrates") as its terms, not its removal', () => {
    expect(
      events(
        'Mozambique on Tuesday banned exports of graphite concentrate from January 2027. The decision widens the country\u2019s 2023 ban on exports of raw graphite ore, which exempted flake produced at licensed plants.',
      ).map((e) => (e as { action?: string }).action),
    ).toEqual(['impose']);
  });
  it('reads a press release dateline with its day first or after a wire name and a double dash as the day "today" is', () => {
    const dated = (text: string) => extractEvents({ text, published: '2025-06-10' }).map((e) => e.date);
    expect(
      dated(
        'LIMA, 9 June 2025 -- Andorra Cobre Corp. today announced it will move its headquarters from Canada to Peru.',
      ),
    ).toEqual(['2025-06-09']);
    expect(
      dated(
        'LIMA, June 9, 2025 /PRNewswire/ -- Andorra Cobre Corp. today announced it will move its headquarters from Canada to Peru.',
      ),
    ).toEqual(['2025-06-09']);
  });
  it('reads a move announced as already made ("announced it had moved", "announced that it has completed the relocation") as completed', () => {
    const status = (text: string) => slotLines(text, 'status');
    expect(
      status('Andorra Cobre Corp. announced on Monday it had moved its headquarters from Canada to Peru.'),
    ).toEqual(['completed']);
    expect(
      status(
        'Andorra Cobre Corp. today announced that it has completed the relocation of its headquarters from Canada to Peru.',
      ),
    ).toEqual(['completed']);
    expect(
      status(
        'Andorra Cobre Corp. announced on Monday it has decided to move its headquarters from Canada to Peru.',
      ),
    ).toEqual(['announced']);
  });
  it('reads no agency a dateline credits as a party to the story', () => {
    expect(
      slotLines(
        'QUITO, June 5 (Andean Wire) - Canadian-owned Cobre Sierra is shifting its mining operations from Peru to Ecuador. Cobre Sierra said the move would take two years.',
        'company',
      ),
    ).not.toContain('Andean Wire');
    expect(
      slotLines(
        'QUITO, June 5 (Andean Wire) - Canadian-owned Cobre Sierra SA is shifting its mining operations from Peru to Ecuador.',
        'company',
        'to',
      ),
    ).toEqual(['Cobre Sierra EC']);
  });
  it('reads "export control" before a noun it qualifies ("export control issues", "export control policy") as no measure', () => {
    expect(
      events(
        'China has no plan to ban exports of magnets to the EU, the ministry said on Thursday. The ministry said it is willing to strengthen dialogue with the EU on export control issues.',
      ),
    ).toEqual([]);
  });
  it('reads a body named after a list and followed by its short name in brackets and a verb of saying as the source, not a member', () => {
    expect(
      slotLines(
        'South Africa will impose anti-dumping duties of 31% on steel wire from Vietnam, the International Trade Administration Commission (Itac) said on Wednesday.',
        'imposer',
        'target',
      ),
    ).toEqual(['ZA VN']);
  });
  it('reads a numbered part of a regulation ("Annex I") as no party, and "its Russia sanctions regulation" as the regime named', () => {
    expect(
      slotLines(
        'The Council of the European Union has removed non-executive director Pavel Orlenko from Annex I of its Russia sanctions regulation, the company said.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Pavel Orlenko']);
  });
  it('reads the party a possessed description sets off before its name ("the Company\u2019s wholly-owned subsidiary, X,", "the company\u2019s vessel, the Y,") as the listed party', () => {
    expect(
      slotLines(
        'BIS has added the Company\u2019s wholly-owned subsidiary, Ningde Ruixin Magnetics Co., Ltd., to the Entity List.',
        'entity',
      ),
    ).toEqual(['Ningde Ruixin Magnetics Co']);
    expect(
      slotLines(
        'Britain sanctioned Baltic Star Shipping in May. The UK government also removed the company\u2019s vessel, the Polar Dawn, from the list.',
        'action',
        'entity',
      ),
    ).toEqual(['add Baltic Star Shipping', 'remove Polar Dawn']);
  });
  it('reads the agent of a participle after the measure ("the mine operated by Canada\u2019s X") as who runs it, not the measure\u2019s actor', () => {
    expect(
      slotLines(
        'Burkina Faso\u2019s government has blocked gold exports from the Tanlouka complex operated by Canada\u2019s Voltaic Gold Corp, the company said on Monday.',
        'imposer',
      ),
    ).toEqual(['BF']);
    expect(
      slotLines('Gold exports were blocked on Monday by Burkina Faso\u2019s government.', 'imposer'),
    ).toEqual(['BF']);
  });
  it('reads goods put under the "restricted" or "prohibited" category of an export policy as restricted, and ores of titanium, rare earths and tantalum by their mineral names', () => {
    expect(
      slotLines(
        'India has placed exports of zircon sand under the \u2018restricted\u2019 category, meaning shippers need a licence.',
        'type',
        'action',
        'imposer',
      ),
    ).toEqual(['export_restriction impose IN']);
    expect(
      slotLines('India moved exports of monazite to the prohibited category on Monday.', 'goods'),
    ).toEqual(['monazite']);
    expect(
      slotLines('Mozambique has banned exports of ilmenite and rutile concentrate from May 1.', 'goods')
        .length,
    ).toBe(1);
  });
  it('reads exports "already prohibited" as a standing restriction', () => {
    expect(
      slotLines(
        'India restricted exports of zircon sand on Monday. An official said monazite exports were already prohibited.',
        'goods',
      ),
    ).toEqual(['zircon', 'monazite']);
  });
  it('reads "the subsidiary" as the party an earlier sentence described as the subsidiary, not its parent', () => {
    expect(
      slotLines(
        'The board of Qinling Precision Holdings Limited announces that the US Department of Commerce has removed the Company\u2019s subsidiary, Qinling Photonics Co., Ltd., from the Unverified List. The subsidiary had been placed on the list in 2023 after an end-use check could not be completed.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Qinling Photonics Co', 'add Qinling Photonics Co']);
  });
  it('keeps what the session\u2019s adversarial probe showed the start read right: a tightened export control regime, a listing under a sanctions regulation, imports put in a restricted category', () => {
    expect(
      slotLines(
        'Beijing tightened its export control regime for drones on Monday, adding long-range models.',
        'action',
        'goods',
      ),
    ).toEqual(['expand drones']);
    expect(
      slotLines(
        'Japan expanded its export control system on Friday to cover 23 types of chipmaking equipment.',
        'action',
      ),
    ).toEqual(['expand']);
    expect(
      slotLines(
        'The EU\u2019s sanctions regulation on Russia was amended on Friday to list Baltic Freight Lines.',
        'entity',
      ),
    ).toEqual(['Baltic Freight Lines']);
    expect(
      events(
        'India placed imports of laptops under the \u2018restricted\u2019 category, requiring licences.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'Pakistan moved exports of wheat from the \u2018prohibited\u2019 to the \u2018restricted\u2019 category on Monday.',
        'action',
      ),
    ).toEqual(['ease']);
  });
  it('reads what reports suggest or allege as unconfirmed, and "announced that it had moved its plant" as a completed move', () => {
    expect(
      events('Reports suggested Indonesia had banned bauxite exports, but the ministry denied it.'),
    ).toEqual([]);
    expect(slotLines('Indonesia banned bauxite exports in June, reports said.', 'type', 'imposer')).toEqual([
      'export_restriction ID',
    ]);
    expect(
      slotLines(
        'Andorra Cobre Corp. announced that it had moved its smelting from Canada to Peru.',
        'status',
      ),
    ).toEqual(['completed']);
  });
  it('reads names joined into a law\u2019s name ("the Sanctions and Anti-Money Laundering Act") as the law\u2019s, no listed parties', () => {
    expect(
      slotLines(
        'Britain sanctioned Corran Mining under the Sanctions and Anti-Money Laundering Act, the Foreign Office said.',
        'entity',
      ),
    ).toEqual(['Corran Mining']);
  });
  it('reads SAB, SAA, SAE and NL as legal forms after a company\u2019s name', () => {
    expect(
      slotLines(
        'Mexico\u2019s Aceros Bajío SAB will build a zinc refinery near Corpus Christi, Texas, instead of exporting metal from Mexico.',
        'company',
        'to',
      ),
    ).toEqual(['Aceros Bajío US']);
  });
  it('reads a move that another asks of the company ("the ministry has asked X Co to move") as no move of the company\u2019s', () => {
    expect(
      events(
        'Indonesia\u2019s investment ministry has asked Haneul Cell Co to move part of its cell production from South Korea to a new industrial park in Central Java.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'Haneul Cell Co said it would move its cell production from South Korea to Indonesia, as the ministry had asked.',
        'company',
        'to',
      ),
    ).toEqual(['Haneul Cell ID']);
  });
  it('reads a measure let run out ("allowed its duties on … from India to expire", "let its surtax lapse") as its removal', () => {
    expect(
      slotLines(
        'The European Union allowed its anti-dumping duties on cold-rolled stainless steel flat products from India to expire on Tuesday.',
        'action',
        'imposer',
        'target',
      ),
    ).toEqual(['remove EU IN']);
    expect(
      slotLines(
        'Canada allowed its surtax on Chinese steel wire products from Jiangsu province to stay in force until 2026.',
        'action',
      ),
    ).not.toContain('remove');
  });
  it('reads rigs shipped by the thousand ("shipped 12,000 of its mining rigs from Kazakhstan to Texas") as a move', () => {
    expect(
      slotLines(
        'Corvex Hash, a bitcoin mining company, said it had shipped 12,000 of its mining rigs from Kazakhstan to a new site in West Texas.',
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Corvex Hash KZ US']);
  });
  it('reads "its" after "and" that owns a second measure ("Canada\u2019s 100 per cent surtax on … and its 25 per cent surtax on …") as the first possessor\u2019s', () => {
    expect(
      slotLines(
        'China said the move answers Canada\u2019s 100 per cent surtax on Chinese electric vehicles and its 25 per cent surtax on Chinese steel and aluminium, imposed last October.',
        'imposer',
        'target',
        'rate_pct',
      ).sort(),
    ).toEqual(['CA CN 100', 'CA CN 25']);
  });
  it('keeps what the session\u2019s second adversarial probe showed the start read right: rigs sent away for repair, a category move whose goods are not named', () => {
    expect(
      events('Halcyon Mining shipped 3,000 of its rigs back to China for repair, the company said.'),
    ).toEqual([]);
    expect(
      events(
        'India placed exports of onions under the \u2018prohibited\u2019 category on Friday, the DGFT said.',
      ),
    ).toEqual([]);
  });
  it('reads "the vessel" or "the subsidiary" after the action word as the party an earlier sentence described in that role (a tanker for a vessel)', () => {
    expect(
      slotLines(
        'The U.S. Treasury on Tuesday sanctioned Baltic Reach Shipping, which manages the tanker Coral Dawn. The vessel was added to the UK sanctions list on Wednesday.',
        'authority',
        'entity',
      ),
    ).toContain('GB Coral Dawn');
    expect(
      slotLines(
        'Tianlong Group said its subsidiary, Tianlong Microelectronics, faced new curbs. The U.S. added the subsidiary to the Entity List on Friday.',
        'entity',
      ),
    ).toEqual(['Tianlong Microelectronics']);
  });
  it('reads goods qualified by a nationality or a hyphened word ("imports of Russian titanium", "the chip-making technology") as the named goods of a ban, which lists no party after them', () => {
    const types = (text: string) => events(text).map((e) => e.type);
    expect(
      types('Canada banned imports of Russian titanium despite objections from Avalon Aerospace.'),
    ).not.toContain('blacklisting');
    expect(
      types('China banned exports of the chip-making technology developed by Ximen Semiconductor on Monday.'),
    ).not.toContain('blacklisting');
  });
  it('reads a measure\u2019s bare word in a quote that only the article\u2019s places and goods fill ("our exposure to export curbs") as generic', () => {
    expect(
      events(
        'June 9 - Trevanne Lithium plans to move its lithium processing from China to Argentina by 2027, the company said. "It reduces our exposure to export curbs," chief executive Mara Ostrand said.',
      ).map((e) => e.type),
    ).toEqual(['relocation']);
  });
  it('keeps what the session\u2019s third adversarial probe showed the start read right: production moved "for sale" in a market, a move beside a site put up for sale', () => {
    expect(
      slotLines(
        'Korvath Mobility moved production of its e-scooters from China to Mexico for sale to American buyers, the company said on Tuesday.',
        'to',
      ),
    ).toEqual(['MX']);
    expect(
      slotLines(
        'Northwind Digital moved its mining operations from Kazakhstan to Texas in March and put its Almaty site up for sale.',
        'to',
      ),
    ).toEqual(['US']);
  });
  it('reads a court annulling a listing and a removal from an asset-freeze list as removals, not a stock exchange revoking a listing', () => {
    expect(
      slotLines(
        'The EU General Court on Wednesday annulled the listing of Sergei Markelov, a former metals executive.',
        'action',
        'entity',
      ),
    ).toEqual(['remove Sergei Markelov']);
    expect(
      slotLines(
        'Japan\u2019s Ministry of Finance removed the bulk carrier Vostok Pioneer from its asset-freeze list on Friday.',
        'authority',
        'entity',
      ),
    ).toEqual(['JP Vostok Pioneer']);
    expect(events('The exchange revoked the listing of Orlen Metals on Friday.')).toEqual([]);
  });
  it('reads production that a verb funds or backs ("helped fund Russian defence production") as no move', () => {
    expect(events('OFAC said Tomsvet Holdings had helped fund Russian defence production.')).toEqual([]);
    expect(
      slotLines('Tomsvet Holdings will shift production from Russia to Kazakhstan.', 'company', 'to'),
    ).toEqual(['Tomsvet Holdings KZ']);
  });
  it('reads a ban that lawmakers in a capital propose as their proposal, and a step weighed "but had made no decision" as undecided', () => {
    expect(
      events('Lawmakers in Manila have proposed a ban on raw nickel ore exports within five years.'),
    ).toEqual([]);
    expect(
      events('Greatwall Cathode said it was considering a plant in Hungary but had made no decision.'),
    ).toEqual([]);
    expect(
      events(
        'Greatwall Cathode will move its plant from China to Hungary, though it has yet to make a final decision.',
      ),
    ).toEqual([]);
  });
  it('reads delays "of" some days "for" export licences as slow processing, no measure', () => {
    expect(
      events(
        'China restricted exports of dysprosium in April. European magnet users have reported delays of up to 45 days for Chinese export licences.',
      ).map((e) => e.citation.quote.slice(0, 8)),
    ).toEqual(['China re']);
  });
  it('reads a government suspending "the measures against" named firms as their removal from its lists', () => {
    expect(
      slotLines(
        'China\u2019s commerce ministry suspended the measures against Harlow Dynamics and Skyreach Aerosystems on Monday.',
        'authority',
        'action',
        'entity',
      ),
    ).toEqual(['CN remove Harlow Dynamics', 'CN remove Skyreach Aerosystems']);
    expect(events('Beijing suspended the measures against U.S. defence firms for 90 days.')).toEqual([]);
  });
});

describe('read on tariff, export-control and sanctions probes written for the purpose (fifty-eighth session)', () => {
  it('reads a government delaying or slowing export licences as slow processing, no lifted control', () => {
    expect(
      events(
        'China has delayed export licences for rare earth magnets to European carmakers, suppliers said.',
      ),
    ).toEqual([]);
    expect(events('Beijing has slowed its export approvals for gallium since April.')).toEqual([]);
    expect(events('China has held up export licences for antimony, traders said.')).toEqual([]);
    expect(
      slotLines('China delayed its export controls on graphite until December.', 'imposer', 'action'),
    ).toEqual(['CN remove']);
  });
  it('reads the counted relatives set before their names as members of the list ("and its three units, X, Y and Z")', () => {
    expect(
      slotLines(
        'The Treasury sanctioned Halvard Trading, along with two of its affiliates, Brisk Marine and Oldport Shipping.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Halvard Trading', 'US Brisk Marine', 'US Oldport Shipping']);
    expect(
      slotLines(
        'The EU sanctioned Velmont Group and its two subsidiaries, Kerr Holdings and Fane Capital.',
        'authority',
        'entity',
      ),
    ).toEqual(['EU Velmont Group', 'EU Kerr Holdings', 'EU Fane Capital']);
    expect(
      slotLines(
        'The EU sanctioned Velmont Group and its subsidiaries, Britain\u2019s Foreign Office said.',
        'authority',
        'entity',
      ),
    ).toEqual(['EU Velmont Group']);
  });
  it('reads "outlawed" shipments as a ban, as "banned" shipments are', () => {
    expect(
      slotLines('Indonesia outlawed nickel ore shipments in 2020.', 'imposer', 'action', 'goods'),
    ).toEqual(['ID impose nickel ore']);
    expect(
      slotLines('Jakarta outlawed raw nickel ore exports in 2020.', 'imposer', 'action', 'goods'),
    ).toEqual(['ID impose raw nickel ore']);
  });
  it('reads a party "among the individuals subject to an asset freeze" as sanctioned by the authority named before', () => {
    expect(
      slotLines(
        'The EU adopted new sanctions on Monday. Viktor Semyonov was among the individuals subject to an asset freeze and travel ban.',
        'authority',
        'action',
        'entity',
      ),
    ).toEqual(['EU add Viktor Semyonov']);
    expect(
      events('Analysts said Viktor Semyonov was among the investors subject to new sanctions risk.'),
    ).toEqual([]);
  });
  it('reads a measure asked of a government "on Tuesday" as the asker\u2019s proposal, as without the day', () => {
    expect(
      events(
        'The Hardmetal Producers Association asked the U.S. government on Tuesday to impose a 50% duty on tungsten carbide imports from China.',
      ),
    ).toEqual([]);
    expect(
      events(
        'The Hardmetal Producers Association asked the U.S. government on March 3 to impose a 50% duty on tungsten carbide imports from China.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'The Trump administration on Tuesday moved to impose a 50% duty on tungsten carbide imports from China.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['US CN 50']);
    expect(
      slotLines(
        'Kestrel Alloys asked the Indonesian government to ease its ban on nickel ore exports.',
        'imposer',
        'action',
      ),
    ).toEqual(['ID impose']);
  });
  it('reads "other countries face" a rate as a measure on no country named before, and a level "left at" as no new level', () => {
    expect(
      slotLines(
        'The United States exempted British steel from its tariff increase on Tuesday, leaving the rate on U.K. shipments at 25% while other countries face 50%.',
        'action',
        'target',
        'rate_pct',
      ),
    ).toContain('raise null 50');
    expect(
      slotLines(
        'The United States exempted British steel from its tariff increase on Tuesday, leaving the rate on U.K. shipments at 25% while other countries face 50%.',
        'action',
        'target',
        'rate_pct',
      ),
    ).not.toContain('raise GB 25');
    expect(
      slotLines('Canada kept its surtax on U.S. steel at 25% on Monday.', 'imposer', 'target', 'rate_pct'),
    ).toEqual(['CA US 25']);
    expect(
      slotLines(
        'Japan raised its duty on U.S. beef to 38.5%, keeping its duty on cars at 10%.',
        'goods',
        'rate_pct',
      ),
    ).toEqual(['beef 38.5', 'cars 10']);
  });
  it('reads approvals of export licences that "have slowed" as slow processing, no easing', () => {
    expect(
      events(
        'Approvals of export licences for rare earth magnets have slowed sharply in recent weeks, leaving European automakers short of parts. One carmaker said its plant in Bavaria had paused a line.',
      ),
    ).toEqual([]);
    expect(events('Indonesia has slowed approvals of nickel export licences, traders said.')).toEqual([]);
    expect(
      events(
        'Approvals of export licences for tungsten from China have been held up for weeks, buyers said.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'China resumed approvals of export licences for rare earth magnets to European carmakers.',
        'imposer',
        'action',
      ),
    ).toEqual(['CN ease']);
  });
  it('reads miners allowed "to resume" work as parties, not the mining machines of the goods lexicon', () => {
    expect(
      slotLines(
        'Guinea\u2019s government has relaxed restrictions on bauxite exports that were imposed last month, allowing licensed miners to resume loading at Kamsar.',
        'action',
        'goods',
      ),
    ).toEqual(['impose bauxite', 'ease bauxite']);
    expect(
      slotLines('Kazakhstan banned exports of crypto miners to Russia last year.', 'goods', 'target'),
    ).toEqual(['crypto miners RU']);
  });
  it('reads the party a challenge or complaint comes "from" as none an article\u2019s measures target', () => {
    expect(
      slotLines(
        'Indonesia has banned exports of unprocessed bauxite, an official said on Monday. The country outlawed nickel ore shipments in 2020, a policy that drew a WTO challenge from the European Union.',
        'imposer',
        'target',
      ),
    ).toEqual(['ID null', 'ID null']);
  });
  it('reads "semiconductor manufacturing equipment" as one goods phrase, chipmaking equipment', () => {
    expect(
      slotLines(
        'The U.S. Commerce Department added dozens of types of semiconductor manufacturing equipment to its export control list.',
        'imposer',
        'goods',
      ),
    ).toEqual(['US semiconductor manufacturing equipment']);
  });
  it('reads parties the sentence before named that "were added in April" as added then, as "first added" ones are', () => {
    expect(
      slotLines(
        'China\u2019s commerce ministry said on Wednesday it would remove Pellinore Optics and Tremont Sensor Corp from its export control list. The two companies were added in April.',
        'authority',
        'action',
        'entity',
      ),
    ).toEqual([
      'CN remove Pellinore Optics',
      'CN remove Tremont Sensor',
      'CN add Pellinore Optics',
      'CN add Tremont Sensor',
    ]);
    expect(
      slotLines(
        'The U.S. added Jiangyin Brightpath Lidar to the Entity List on Monday. A new smelting line was added in 2021.',
        'entity',
      ),
    ).toEqual(['Jiangyin Brightpath Lidar']);
  });
  it('reads the party that requests or calls come "from" as none the measure is on, in the sentence too', () => {
    expect(
      slotLines('Japan cut tariffs on wine following requests from the EU.', 'imposer', 'target'),
    ).toEqual(['JP null']);
    expect(
      slotLines(
        'Japan lowered its tariff on beef to 20% after calls from Australia.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['JP null 20']);
    expect(slotLines('The EU imposed duties on steel from China.', 'imposer', 'target')).toEqual(['EU CN']);
  });
  it('reads goods a country qualifies in a participle clause after the measure (", leaving the rate on U.K. shipments") as none of the measure\u2019s', () => {
    const features = candidatesOfType(
      'The United States raised tariffs on steel to 50%, leaving the rate on U.K. shipments at 25%.',
      'tariff',
    ).flatMap((c) => c.features);
    expect(features).not.toContain('slot:target:goods_modifier');
  });
  it('reads a foundry as a site production moves to, as a plant or a smelter is', () => {
    expect(
      slotLines(
        'Auto parts maker Torvald Castings opened a new foundry in Saltillo, Mexico, on Thursday, taking over work previously done at its plant in Changzhou, China.',
        'company',
        'to',
        'scope',
      ),
    ).toEqual(['Torvald Castings MX manufacturing']);
    expect(events('Torvald Castings runs a foundry in Ohio.')).toEqual([]);
  });
  it('reads an EU Council release: "adopted restrictive measures against", "Among those listed is X", "The Council also listed Y"', () => {
    expect(
      slotLines(
        'The Council today adopted restrictive measures against 9 individuals and 6 entities responsible for supporting the Lukashenko regime, the EU said. Among those listed is Belkalii Logistics JSC, a company transporting potash through Russian ports. The Council also listed Minsk businessman Andrei Zhuravsky.',
        'authority',
        'action',
        'entity',
      ),
    ).toEqual(['EU add Belkalii Logistics', 'EU add Andrei Zhuravsky']);
    expect(
      slotLines(
        'The Council adopted restrictive measures against Velmont Group, the EU said on Monday.',
        'entity',
      ),
    ).toEqual(['Velmont Group']);
  });
  it('reads rigs shipped in an approximate number ("about 15,000 mining rigs") as moved, as a plain number is', () => {
    expect(
      slotLines(
        'Arkhash Digital has shipped about 15,000 mining rigs from Kazakhstan to a new site near Abilene, Texas.',
        'company',
        'from',
        'to',
      ),
    ).toEqual(['Arkhash Digital KZ US']);
  });
  it('reads a measure that "expires in 2026" as its term, no removal', () => {
    expect(
      events(
        'The European Commission launched a public consultation on a possible replacement for the steel safeguard measure, which expires in 2026.',
      ),
    ).toEqual([]);
    expect(slotLines('The EU steel safeguard measure expires in 2026.', 'imposer', 'action')).not.toContain(
      'EU remove',
    );
  });
  it('reads the subject after an opening day ("On Thursday, the U.S. Treasury sanctioned X, accusing it …") as no appositive of the day', () => {
    expect(
      slotLines(
        'Kinshasa first halted shipments in February. On Thursday, the U.S. Treasury sanctioned Kivu Ridge Minerals, accusing it of funding armed groups.',
        'type',
        'authority',
      ),
    ).toContain('blacklisting US');
    const features = candidatesOfType(
      'On Thursday, the U.S. Treasury sanctioned Kivu Ridge Minerals, accusing it of smuggling.',
      'blacklisting',
    ).flatMap((c) => c.features);
    expect(features).toContain('slot:authority:subject');
  });
  it('reads a government named by its office after a fronted capital ("In Washington, the administration …") as that capital\u2019s', () => {
    expect(
      slotLines(
        'The European Commission on Monday proposed sanctions on Russian nickel. In Washington, the Treasury Department on Thursday designated Veltrana Shipping and its chief executive, Arkady Volsky.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Veltrana Shipping', 'US Arkady Volsky']);
    expect(
      slotLines(
        'China restricted antimony exports last year. In Washington, the administration said on Monday it would pause for 90 days the 46% tariff on antimony ingots from Vietnam that it announced in April.',
        'type',
        'action',
        'imposer',
      ),
    ).toEqual(['export_restriction impose CN', 'tariff remove US', 'tariff impose US']);
  });
  it('reads a party\u2019s financier, described before the name ("and its financier, Belgian businessman X"), as listed too', () => {
    expect(
      slotLines(
        'The U.S. Treasury sanctioned Kivu Ridge Minerals and its financier, Belgian businessman Marc Devaux.',
        'entity',
      ),
    ).toEqual(['Kivu Ridge Minerals', 'Marc Devaux']);
    expect(
      slotLines(
        'The U.S. Treasury sanctioned Kivu Ridge Minerals and its chief executive, Russian businessman Ivan Petrov.',
        'entity',
      ),
    ).toEqual(['Kivu Ridge Minerals', 'Ivan Petrov']);
    expect(
      slotLines(
        'The U.S. Treasury sanctioned Kivu Ridge Minerals, Belgian businessman Marc Devaux said.',
        'entity',
      ),
    ).toEqual(['Kivu Ridge Minerals']);
  });
  it('reads an industry body named in full ("The U.S. Magnet Coalition has called for a 30% duty") as a proposer, no actor', () => {
    expect(
      events(
        'China restricted rare earth exports in April. The U.S. Magnet Coalition has called for a 30% tariff on imported magnets to protect the new plants.',
      ).map((e) => e.type),
    ).toEqual(['export_restriction']);
  });
  it('reads the sites goods are supplied to ("choked supply to car factories") as no goods of the measure', () => {
    expect(
      slotLines(
        'China on Monday eased export licensing for seven medium and heavy rare earths, weeks after the curbs choked supply to car factories in Europe.',
        'action',
        'goods',
      ),
    ).not.toContain('ease car');
  });
  it('reads a participle with its own time right after the measure ("the ban … imposed last December") as the measure itself', () => {
    expect(
      slotLines(
        'MOFCOM announced that it would suspend the ban on exports of gallium, germanium and antimony to the United States imposed last December.',
        'imposer',
        'action',
        'target',
      ),
    ).toEqual(['CN remove US', 'CN impose US']);
    expect(
      slotLines('Indonesia lifted the ban on bauxite exports imposed in 2023.', 'imposer', 'action'),
    ).toEqual(['ID remove', 'ID impose']);
  });
  it('reads "the Council" of an article on "restrictive measures" as the EU\u2019s, whatever country the measures are against', () => {
    expect(
      slotLines(
        'The Council adopted restrictive measures against Iran. Among those listed is Tehran Avia Parts Co. The Council also listed Reza Kamali, a procurement agent.',
        'authority',
        'entity',
      ),
    ).toEqual(['EU Tehran Avia Parts', 'EU Reza Kamali']);
  });
  it('reads a body that speaks after a comma ("…, the Gecex committee said") as no member of the country list before it', () => {
    expect(
      slotLines(
        'Brazil raised its import tariff on rebar from China to 25%, the Gecex committee said on June 25, 2025.',
        'imposer',
        'target',
        'rate_pct',
      ),
    ).toEqual(['BR CN 25']);
    expect(
      slotLines(
        'Seoul imposed duties on steel plate from China and Japan, the Korea trade commission said.',
        'imposer',
        'target',
      ),
    ).toEqual(['KR CN', 'KR JP']);
  });
  it('reads those "listed on the Moscow Exchange" or "listed as top exporters" as no listing, in an article on restrictive measures too', () => {
    expect(
      events(
        'The Council adopted restrictive measures against Russia. Among those listed on the Moscow Exchange is Polar Nickel Holdings, whose shares fell 4%.',
      ),
    ).toEqual([]);
    expect(
      events(
        'The Council adopted restrictive measures against Russia. Among those listed as top exporters of nickel is Norilsk Polar Mining, which was not sanctioned.',
      ),
    ).toEqual([]);
    expect(
      slotLines(
        'The U.S. added five firms to the Entity List on Monday. Among those listed on the Entity List is Polar Nickel Holdings.',
        'authority',
        'entity',
      ),
    ).toEqual(['US Polar Nickel Holdings']);
  });
});
