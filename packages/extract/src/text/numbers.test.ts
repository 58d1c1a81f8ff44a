import { describe, expect, it } from 'vitest';
import { findMoney, findRates } from './numbers.js';

describe('findRates', () => {
  it('marks a market move as not a rate that is set', () => {
    const rates = findRates(
      'Steel shares jumped 17.9% on the news of 25% tariffs, knocking 1% off the index.',
    );
    expect(rates.map((r) => [r.value, r.isMove])).toEqual([
      [17.9, true],
      [25, false],
      [1, true],
    ]);
  });

  it('reads the ways news writes a percentage', () => {
    const text =
      'a 30% import duty, 100 pct tariffs, tariffs of 100 per cent, 25 percent, five per cent and 1.96 pct';
    expect(findRates(text).map((r) => r.value)).toEqual([30, 100, 100, 25, 5, 1.96]);
  });

  it('reads no rate in a share of something, but one of the value', () => {
    expect(findRates('Lima removed duties on 90 per cent of goods from Chile.')).toEqual([]);
    expect(findRates("Chile produced 45% of the world's copper.")).toEqual([]);
    expect(findRates('a duty of 12% of the value of each shipment').map((r) => r.value)).toEqual([12]);
  });

  it('reads the low end of a range of makers\' rates ("ranging from 7.8% for one maker to 35.3%") as a rate of its own, and of a plain range ("varying from 2% to 9%") as none', () => {
    const rates = findRates(
      'duties ranging from 7.8% for one maker to 35.3% for another, and varying from 2% to 9%',
    );
    expect(rates.map((r) => r.isPrevious)).toEqual([false, false, true, false]);
  });

  it('reads "a reprieve from 25% tariffs" as the rate of the measure named after it, not a level changed from', () => {
    const rates = findRates(
      'a one-month reprieve from 25% tariffs, and duties raised to 50% from 25% tariffs',
    );
    expect(rates.map((r) => [r.value, r.isPrevious])).toEqual([
      [25, false],
      [50, false],
      [25, true],
    ]);
  });

  it('marks the rate a change starts from', () => {
    const rates = findRates('tariffs of 100 per cent - up from about five per cent - take effect');
    expect(rates.map((r) => [r.value, r.isPrevious])).toEqual([
      [100, false],
      [5, true],
    ]);
  });

  it('marks the low end of a range ("between 14.2% and 56.5%"), not a rate stated between others', () => {
    const rates = findRates('duties of between 14.2% and 56.5%, and a rate between the 10% and 20% bands');
    expect(rates.map((r) => [r.value, r.isPrevious])).toEqual([
      [14.2, true],
      [56.5, false],
      [10, false],
      [20, false],
    ]);
  });
});

describe('findRates over a range', () => {
  it('reads the low end of "10% to 15%" as no rate of its own, and "cut to 10% to boost trade" as one rate', () => {
    expect(findRates('levies of 10% to 15% on farm goods').map((r) => [r.value, r.isPrevious])).toEqual([
      [10, true],
      [15, false],
    ]);
    expect(findRates('cut the duty to 10% to boost trade').map((r) => r.isPrevious)).toEqual([false]);
  });
});

describe('findRates in British style', () => {
  it('reads "25pc" and "25 pc" as percentages, and "10 PC units" or "300 pcs" as none', () => {
    expect(findRates('a 25pc surtax and a levy of 12.5 pc').map((r) => r.value)).toEqual([25, 12.5]);
    expect(findRates('sold 10 PC units and shipped 300 pcs')).toEqual([]);
  });
});

describe('findMoney', () => {
  it('reads symbols, scales and wire-style currencies', () => {
    const money = findMoney('worth $12 billion, as much as 300 mln dlrs and US$5m');
    expect(money.map((m) => [m.amount, m.currency])).toEqual([
      [12e9, 'USD'],
      [300e6, 'USD'],
      [5e6, 'USD'],
    ]);
  });
  it('reads "down from the 27.5%" as the level a change comes from, and "exempted from the 25% tariff" as no level', () => {
    expect(
      findRates('caps the duty at 15%, down from the 27.5% now charged').map((r) => [r.value, r.isPrevious]),
    ).toEqual([
      [15, false],
      [27.5, true],
    ]);
    expect(findRates('exempted cars from the 25% tariff').map((r) => r.isPrevious)).toEqual([false]);
    // A level a change leaves as it was is no level the change sets; a main verb of keeping states the measure's own.
    expect(
      findRates(
        'exempted British steel, leaving the rate on U.K. shipments at 25% while others face 50%',
      ).map((r) => r.isPrevious),
    ).toEqual([true, false]);
    expect(findRates('Canada kept its surtax on U.S. steel at 25%').map((r) => r.isPrevious)).toEqual([
      false,
    ]);
  });
});

describe('rates written in words or in points (fortieth session)', () => {
  it('reads numbers written in words up to 999, compounds and hundreds included', () => {
    expect(
      findRates(
        'forty-five percent, twenty five per cent, a fourteen percent duty, two hundred percent, a hundred and fifty pct, nine percent',
      ).map((r) => r.value),
    ).toEqual([45, 25, 14, 200, 150, 9]);
  });
  it('reads "10 percentage points" as a rate of 10', () => {
    expect(findRates('raised its tariff by an additional 10 percentage points').map((r) => r.value)).toEqual([
      10,
    ]);
  });
});

describe('moves and chances (forty-first session)', () => {
  it('reads a percentage after "fallen", "slumped" or "rallied" as a move, not a rate that is set', () => {
    for (const text of [
      'shares have fallen 30% since April',
      'the stock slumped 12% on Monday',
      'copper rallied 4%',
    ])
      expect(findRates(text).map((r) => r.isMove)).toEqual([true]);
  });
  it('reads a percentage chance as no rate', () => {
    expect(findRates('traders see a 60% chance the EU lifts its 25% duties').map((r) => r.value)).toEqual([
      25,
    ]);
  });
});

describe('levels of economic quantities (forty-second session)', () => {
  it('reads the level an economic or market quantity moves to or by as a move, not a rate that is set', () => {
    for (const text of [
      'The central bank cut its key rate by 25 basis points to 4.25%, citing the tariffs.',
      'Inflation rose to 3.1% in June.',
      'The unemployment rate rose to 7% as the duties hit manufacturers.',
      'The 10-year yield climbed to 4.5% after the announcement.',
      'The broker raised its price target on the miner by 15%.',
      'The Canadian dollar weakened 0.3% ahead of the tariff deadline.',
    ])
      expect(findRates(text).map((r) => r.isMove)).toEqual([true]);
  });
  it('keeps the level a tariff rate or a duty moves to a rate that is set', () => {
    expect(findRates('The tariff rate on steel rose to 25% on Monday.').map((r) => r.isMove)).toEqual([
      false,
    ]);
    expect(findRates('Prices of zinc fell after Peru raised duties to 25%.').map((r) => r.isMove)).toEqual([
      false,
    ]);
  });
});

describe('contents (forty-fourth session)', () => {
  it('reads how much of a metal an ore or a product holds as no rate', () => {
    const values = (text: string) => findRates(text).map((r) => r.value);
    expect(values('removed the export duty on iron ore fines with less than 58% iron content')).toEqual([]);
    expect(values('a 10% export duty on nickel pig iron with a nickel content of 1.7%')).toEqual([10]);
    expect(values('a 25% tariff on 62% Fe iron ore fines')).toEqual([25]);
    expect(values('a 15% duty on ore of high purity')).toEqual([15]);
  });
});

describe('quota volumes (forty-fourth session)', () => {
  it("reads a change of a quota's volume as a move, not a rate set", () => {
    const moves = (text: string) => findRates(text).map((r) => r.isMove);
    expect(moves('will cut the volumes of its steel tariff-rate quotas by 47% from July')).toEqual([true]);
    expect(moves('raised its tariff-rate quota for aluminium by 20% this year')).toEqual([true]);
    expect(moves('raised its tariff on aluminium by 20% this year')).toEqual([false]);
  });
});

describe('effects taken off a quantity (fiftieth session)', () => {
  it('reads a share taken off a quantity as a move, and one taken off a tariff as a rate', () => {
    const moves = (text: string) => findRates(text).map((r) => r.isMove);
    expect(moves('tariffs would shave about 0.3 percentage point off growth')).toEqual([true]);
    expect(moves('the tariffs could knock 1.5% off output')).toEqual([true]);
    expect(moves('a cut of 5% off the tariff on steel')).toEqual([false]);
  });
  it('reads a rate on a named value ("78.5% of the FOB value") as a rate', () => {
    expect(findRates('The duty will remain at 78.5% of the FOB value.').map((r) => r.value)).toEqual([78.5]);
    expect(findRates('about 60% of the customs value of the shipment').map((r) => r.value)).toEqual([60]);
    expect(findRates('on 90% of the shipments').map((r) => r.value)).toEqual([]);
  });
});
