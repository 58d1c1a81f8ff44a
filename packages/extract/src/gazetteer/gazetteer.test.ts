import { describe, expect, it } from 'vitest';
import { getGazetteer } from './gazetteer.js';

const gazetteer = getGazetteer();
const codes = (text: string) => gazetteer.countries(text).map((m) => [m.text, m.value.code]);

describe('gazetteer', () => {
  it('normalises country names, short names and abbreviations to ISO codes', () => {
    expect(codes('the United States, the U.S., Britain and South Korea')).toEqual([
      ['United States', 'US'],
      ['U.S.', 'US'],
      ['Britain', 'GB'],
      ['South Korea', 'KR'],
    ]);
  });

  it('reads demonyms and metonyms, including possessives', () => {
    expect(codes("Japanese exporters, Beijing's response and the Trump administration")).toEqual([
      ['Japanese', 'JP'],
      ['Beijing', 'CN'],
      ['the Trump administration', 'US'],
    ]);
    expect(codes('Brussels and the European Union')).toEqual([
      ['Brussels', 'EU'],
      ['European Union', 'EU'],
    ]);
  });

  it("marks the names that are ordinary words or people's names too, for the reader to take by context", () => {
    expect(
      gazetteer
        .countries('Chad, Jordan and Turkey, not Peru')
        .map((m) => [m.text, m.value.ambiguous ?? false]),
    ).toEqual([
      ['Chad', true],
      ['Jordan', true],
      ['Turkey', true],
      ['Peru', false],
    ]);
  });

  it('maps company aliases to canonical names and home countries', () => {
    const found = gazetteer.companies('Marathon Digital and Riot Blockchain outbid Rio Tinto plc.');
    expect(found.map((m) => [m.text, m.value.name, m.value.country])).toEqual([
      ['Marathon Digital', 'MARA Holdings', 'US'],
      ['Riot Blockchain', 'Riot Platforms', 'US'],
      ['Rio Tinto plc', 'Rio Tinto', 'GB'],
    ]);
  });

  it('knows sanctions lists and who keeps them, whatever the case', () => {
    const found = gazetteer.lists("added to the entity list and China's Unreliable Entity List");
    expect(found.map((m) => [m.value.name, m.value.authority])).toEqual([
      ['Entity List', 'US'],
      ['Unreliable Entity List', 'CN'],
    ]);
  });

  it('places states, newswire abbreviations and cities in their country', () => {
    expect(gazetteer.places('Dixon, Ill., Houston and Shenzhen').map((m) => m.value)).toEqual([
      'US',
      'US',
      'CN',
    ]);
  });

  it('takes no word of business news or person\'s name for a place ("Meta", "Brent crude", "Paul Atkins", "the Gulf")', () => {
    expect(
      gazetteer.places(
        'Meta, Brent crude, Paul Atkins, the Gulf, a Source, Luxor, Santos and Vladimir Putin',
      ),
    ).toEqual([]);
  });
});
