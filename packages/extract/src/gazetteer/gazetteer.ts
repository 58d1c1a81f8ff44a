import type { ActorCode, CountryCode } from '@assay/schema';
import { loadDataFile } from '../data-file.js';
import {
  authoritiesFileSchema,
  companiesFileSchema,
  countriesFileSchema,
  leadersFileSchema,
  placesFileSchema,
} from './data-schema.js';
import { type PhraseMatch, PhraseMatcher } from './phrase-matcher.js';

/** `leader`: a head of government or trade official standing for the country ("Trump imposed"). */
export type CountryMentionKind = 'name' | 'demonym' | 'metonym' | 'leader';

export interface CountryRef {
  code: ActorCode;
  kind: CountryMentionKind;
  /** A name that is also a common word or a person's name ("Turkey", "Chad"): the country only standing alone. */
  ambiguous?: true;
}
export interface CompanyRef {
  name: string;
  country: CountryCode;
}
export interface ListRef {
  name: string;
  authority: ActorCode;
}
export interface AgencyRef {
  name: string;
  authority: ActorCode;
  needsCountry: boolean;
}

export type CountryMention = PhraseMatch<CountryRef>;
export type CompanyMention = PhraseMatch<CompanyRef>;
export type ListMention = PhraseMatch<ListRef>;
export type AgencyMention = PhraseMatch<AgencyRef>;
export type PlaceMention = PhraseMatch<CountryCode>;

export interface Gazetteer {
  countries(text: string): CountryMention[];
  companies(text: string): CompanyMention[];
  lists(text: string): ListMention[];
  agencies(text: string): AgencyMention[];
  /** Places below country level (states, cities), resolved to their country. */
  places(text: string): PlaceMention[];
  /** The canonical company for a name found in text, if the gazetteer knows it. */
  company(name: string): CompanyRef | undefined;
  /** The country that shares a place's name ("Georgia"), for an article that names that country otherwise. */
  countrySharingName(name: string): CountryCode | undefined;
}

let cached: Gazetteer | undefined;

/** The gazetteer that ships with the package, loaded and indexed once. */
export function getGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const countries = new PhraseMatcher<CountryRef>(true);
  const sharedNames = new Map<string, CountryCode>();
  for (const entry of loadDataFile('countries.json', countriesFileSchema)) {
    for (const name of entry.shared_with_places) sharedNames.set(name, entry.code as CountryCode);
    const ambiguous = new Set(entry.ambiguous);
    const add = (surface: string, kind: CountryMentionKind) => {
      // Ambiguous names ("Chad", "Jordan") are marked, for the reader to take only where they stand alone;
      // capitals stand for governments either way.
      countries.add(
        surface,
        ambiguous.has(surface) && kind !== 'metonym'
          ? { code: entry.code, kind, ambiguous: true }
          : { code: entry.code, kind },
      );
    };
    for (const name of entry.names) add(name, 'name');
    for (const demonym of entry.demonyms) add(demonym, 'demonym');
    for (const metonym of entry.metonyms) add(metonym, 'metonym');
  }

  // Heads of government and trade officials stand for their country when they act ("Reagan imposed").
  for (const [code, names] of Object.entries(loadDataFile('leaders.json', leadersFileSchema))) {
    for (const name of names) countries.add(name, { code, kind: 'leader' });
  }

  const companies = new PhraseMatcher<CompanyRef>(true);
  const companiesByKey = new Map<string, CompanyRef>();
  for (const entry of loadDataFile('companies.json', companiesFileSchema)) {
    const ref = { name: entry.name, country: entry.country };
    for (const surface of [entry.name, ...entry.aliases]) {
      companies.add(surface, ref);
      companiesByKey.set(surface.toLowerCase(), ref);
    }
  }

  const authorities = loadDataFile('authorities.json', authoritiesFileSchema);
  const lists = new PhraseMatcher<ListRef>(false);
  for (const entry of authorities.lists) {
    const ref = { name: entry.name, authority: entry.authority };
    for (const surface of [entry.name, ...entry.aliases]) lists.add(surface, ref);
  }
  const agencies = new PhraseMatcher<AgencyRef>(true);
  for (const entry of authorities.agencies) {
    const ref = { name: entry.name, authority: entry.authority, needsCountry: entry.needs_country };
    for (const surface of [entry.name, ...entry.aliases]) agencies.add(surface, ref);
  }

  const places = new PhraseMatcher<CountryCode>(true);
  for (const [code, names] of Object.entries(loadDataFile('places.json', placesFileSchema))) {
    // The schema has checked every key is an ISO code; Object.entries only widens it back to string.
    for (const name of names) places.add(name, code as CountryCode);
  }
  // States, provinces and main cities of every country, derived from maintained data packages
  // (scripts/build-places.mjs). A name that is also a country's own name or demonym stays the country's.
  const countryWords = new Set(
    loadDataFile('countries.json', countriesFileSchema).flatMap((c) => [
      ...c.names,
      ...c.demonyms,
      ...c.metonyms,
    ]),
  );
  for (const [code, names] of Object.entries(loadDataFile('places-derived.json', placesFileSchema))) {
    for (const name of names) if (!countryWords.has(name)) places.add(name, code as CountryCode);
  }

  return {
    countries: (text) => countries.findAll(text),
    companies: (text) => companies.findAll(text),
    lists: (text) => lists.findAll(text),
    agencies: (text) => agencies.findAll(text),
    places: (text) => places.findAll(text),
    company: (name) => companiesByKey.get(name.toLowerCase()),
    countrySharingName: (name) => sharedNames.get(name),
  };
}
