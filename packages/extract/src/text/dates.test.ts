import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';

const isoOf = (text: string, published?: string | null) => findDates(text, published).map((d) => d.iso);

describe('findDates', () => {
  it('reads absolute dates at the precision given', () => {
    expect(isoOf('announced on April 3, 2025 and again on 9 May 2025, after November 2024')).toEqual([
      '2025-04-03',
      '2025-05-09',
      '2024-11',
    ]);
  });

  it('resolves dates relative to the published date', () => {
    expect(isoOf('Duties of 8.54 pct had been set last October.', '1987-03-11')).toEqual(['1986-10']);
    expect(isoOf('began production earlier this year', '2025-06-01')).toEqual(['2025']);
    expect(isoOf('to take effect on April 17.', '1987-04-03')).toEqual(['1987-04-17']);
    expect(isoOf('sanctions begin on 1 March, and again on the 3rd of June', '2004-02-27')).toEqual([
      '2004-03-01',
      '2004-06-03',
    ]);
    expect(isoOf('lifted in March and again last month', '2025-06-01')).toEqual(['2025-03', '2025-05']);
    expect(isoOf('moved in November', '2025-06-01')).toEqual(['2024-11']);
    // A deadline is the first such month from the article's on: "delayed until March" in February.
    expect(isoOf('delayed them until March', '2025-02-12')).toEqual(['2025-03']);
    expect(isoOf('a deal by January', '2025-11-20')).toEqual(['2026-01']);
  });

  it('reads a weekday as the latest such day up to the published one, and yesterday and today', () => {
    // 2025-03-12 is a Wednesday.
    expect(isoOf('said on Monday', '2025-03-12')).toEqual(['2025-03-10']);
    expect(isoOf('announced on Wednesday', '2025-03-12')).toEqual(['2025-03-12']);
    expect(isoOf('imposed last Thursday', '2025-03-12')).toEqual(['2025-03-06']);
    expect(isoOf('said yesterday', '2025-03-01')).toEqual(['2025-02-28']);
    expect(isoOf('on Monday', '2025-03')).toEqual([]);
  });

  it('reads a date that opens the sentence, and no month in a modal "may"', () => {
    expect(isoOf('In April, Chile restricted copper exports.', '2025-06-02')).toEqual(['2025-04']);
    expect(isoOf('In 2018, Peru imposed duties.', '2025-06-02')).toEqual(['2018']);
    expect(isoOf('On Monday, Peru said it would respond.', '2025-03-12')).toEqual(['2025-03-10']);
    expect(isoOf('This may raise costs, and next May the duties rise.', '2025-03-12')).toEqual(['2025-05']);
  });

  it('reads a date ahead when the verb that governs it speaks of the future', () => {
    // 2025-06-03 is a Tuesday.
    expect(
      isoOf('Canada said on Tuesday it will impose tariffs, effective on Friday.', '2025-06-03'),
    ).toEqual(['2025-06-03', '2025-06-06']);
    expect(isoOf('The EU will levy duties on Russian fertiliser from July.', '2025-06-03')).toEqual([
      '2025-07',
    ]);
    expect(isoOf('In January, Mexico will raise tariffs on cars.', '2025-06-03')).toEqual(['2026-01']);
    expect(isoOf('Seoul and Canberra agreed to scrap their tariffs from July.', '2025-06-03')).toEqual([
      '2025-07',
    ]);
    expect(isoOf('The duties take effect on Friday.', '2025-06-03')).toEqual(['2025-06-06']);
    // The past, and a date just gone that a step starts from, stay where they were.
    expect(isoOf('The duties took effect in July.', '2025-06-03')).toEqual(['2024-07']);
    expect(isoOf('China raised tariffs on soybeans in July, officials said.', '2025-06-03')).toEqual([
      '2024-07',
    ]);
    expect(isoOf('Zaire agreed to limit exports for 12 months from March 1.', '1987-03-03')).toEqual([
      '1987-03-01',
    ]);
    // A weekday points ahead only by a verb close to it: news dates its statements by weekday.
    expect(
      isoOf(
        'Trump announced plans to impose fresh 25% tariffs on all steel and aluminium imports on Sunday.',
        '2025-02-11',
      ),
    ).toEqual(['2025-02-09']);
  });

  it('reads a year after "from", "by" or "until" as the year, and no span of years', () => {
    expect(isoOf('Zimbabwe will ban lithium exports from 2027.', '2025-06-03')).toEqual(['2027']);
    expect(isoOf('The plant will move to Texas by 2028.', '2025-06-03')).toEqual(['2028']);
    expect(isoOf('Output grew from 2019 to 2022.', '2025-06-03')).toEqual([]);
    expect(isoOf('Its share rose from 4% in 2019 to 38% today.', '2025-06-03')).toContain('2019');
  });

  it('reads "since 2019" as the year', () => {
    expect(isoOf('Huawei, on the Entity List since 2019, unveiled a chip.', '2025-06-03')).toEqual(['2019']);
  });

  it('reads a month after a passive verb by its auxiliary ("would be lifted in September" is ahead)', () => {
    expect(isoOf('the surtax would be lifted in September', '2025-06-01')).toEqual(['2025-09']);
    expect(isoOf('the surtax was lifted in September', '2025-06-01')).toEqual(['2024-09']);
  });

  it('leaves relative dates unresolved without a published date', () => {
    expect(isoOf('began production earlier this year', null)).toEqual([]);
  });

  it('gives no date for a day that does not exist or a year out of range', () => {
    expect(findDates('on May 99, 2024 and February 30, 2025', '2025-06-01')).toEqual([]);
    expect(findDates('in March', '+275760-09-13')).toEqual([]);
    expect(findDates('last month', '10000-01-01')).toEqual([]);
  });

  it('reads a start after a past verb as the nearer of the day before and the day ahead ("imposed tariffs, effective March 10")', () => {
    expect(isoOf('Velmora imposed tariffs on soybeans, effective March 10.', '2025-06-01')).toEqual([
      '2025-03-10',
    ]);
    expect(isoOf('Velmora imposed tariffs on soybeans, effective March 20.', '2025-03-15')).toEqual([
      '2025-03-20',
    ]);
    expect(isoOf('Velmora imposed tariffs on soybeans, effective January 5.', '2025-12-20')).toEqual([
      '2026-01-05',
    ]);
    expect(isoOf('Velmora will impose tariffs on soybeans, effective March 10.', '2025-06-01')).toEqual([
      '2026-03-10',
    ]);
  });

  it('reads a span\'s start or end with no tense to tell as the nearer month ("are subject to a duty from March")', () => {
    expect(isoOf('Zinc from Velmora is subject to a 15% duty from March.', '2025-02-18')).toEqual([
      '2025-03',
    ]);
    expect(isoOf('Zinc from Velmora is subject to a 15% duty from March.', '2025-06-01')).toEqual([
      '2025-03',
    ]);
    expect(isoOf('Velmora imposed a 15% duty on zinc from March.', '2025-02-18')).toEqual(['2024-03']);
  });

  it('reads a word in "-ed" after a determiner or preposition as an adjective, not the verb that dates the month ("will ban exports of unprocessed ore from July")', () => {
    expect(isoOf('Velmora will ban exports of unprocessed lithium ore from July.', '2025-06-01')).toEqual([
      '2025-07',
    ]);
    expect(isoOf('Velmora will ban exports of refined cobalt from January.', '2025-06-01')).toEqual([
      '2026-01',
    ]);
    expect(isoOf('Velmora banned exports of lithium ore in July.', '2025-06-01')).toEqual(['2024-07']);
  });
});

describe('bare weekdays of wire copy (fortieth session)', () => {
  it('dates a verb a bare weekday stands before, and a decision a weekday owns, by the latest such day', () => {
    const isos = (text: string) => findDates(text, '2025-06-01').map((d) => d.iso);
    expect(isos('The Commerce Department Thursday added Korvath Mining to the Entity List.')).toEqual([
      '2025-05-29',
    ]);
    expect(isos("Following Wednesday's decision by Lima to ban exports of tin ore, prices rose.")).toEqual([
      '2025-05-28',
    ]);
    expect(isos('Monday Mining said output rose.')).toEqual([]);
  });

  it('reads a date written with dots day first, and no impossible one', () => {
    expect(isoOf('imposed on 28.05.2025 and lifted on 01.07.2025')).toEqual(['2025-05-28', '2025-07-01']);
    expect(isoOf('version 31.13.2025 of the rules')).toEqual([]);
    expect(isoOf('under Decree No. 12.04.2025 on zinc')).toEqual([]);
  });
});

describe('bare forms after a modal (forty-fourth session)', () => {
  it('reads a month after "will cut" or "to set" as ahead, and after a past "cut" as gone', () => {
    expect(isoOf('The EU will cut the volumes of its quotas by a third from July.', '2025-06-01')).toEqual([
      '2025-07',
    ]);
    expect(isoOf('The ministry plans to set a new quota in July.', '2025-06-01')).toEqual(['2025-07']);
    expect(isoOf('The EU cut the volumes of its quotas in July.', '2025-06-01')).toEqual(['2024-07']);
  });

  it("reads a day months ahead of the article, under a past verb, as last year's, and a year that heads a line with a dash", () => {
    expect(isoOf('On Nov. 25, Trump threatened tariffs on Mexico.', '2025-06-01')).toEqual(['2024-11-25']);
    expect(isoOf('Ottawa retaliated on 12 December.', '2025-02-03')).toEqual(['2024-12-12']);
    // A day a few months ahead stays this year's: a past verb may set a day to come.
    expect(isoOf('Washington set a July 9 deadline for talks.', '2025-05-02')).toEqual(['2025-07-09']);
    expect(isoOf('2021 — Indonesia bans exports of nickel ore.', '2025-06-01')).toEqual(['2021']);
    expect(isoOf('2021 - Indonesia bans exports of nickel ore.', '2025-06-01')).toEqual(['2021']);
    expect(isoOf('2021 – 2023 was a period of bans.', '2025-06-01')).toEqual([]);
  });
  it('reads a day after a participle of coming into force whichever way is nearer the article', () => {
    expect(
      isoOf('The Senate approved tariffs on Chinese cars, taking effect on Jan. 1.', '2025-12-10'),
    ).toEqual(['2026-01-01']);
    expect(isoOf('Canada imposed a surtax on steel, taking effect on March 4.', '2025-06-10')).toEqual([
      '2025-03-04',
    ]);
  });
});
