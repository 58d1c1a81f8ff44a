import { actorCodeSchema, countryCodeSchema } from '@assay/schema';
import { z } from 'zod';

/**
 * Shapes of the gazetteer data files in `packages/extract/data/`. The data is validated when loaded,
 * so a bad edit to a data file fails loudly and names the entry and field.
 */

export const countryEntrySchema = z.object({
  /** ISO 3166-1 alpha-2, or EU / UN. */
  code: actorCodeSchema,
  /** Names as written in English news: official, short and common forms, abbreviations ("U.S.", "UK"). */
  names: z.array(z.string().min(1)).min(1),
  /** Adjectives and demonyms: "Chinese", "Japanese", "American". */
  demonyms: z.array(z.string().min(1)),
  /** Words that stand for the government: capitals and seats of power, agencies, administrations. */
  metonyms: z.array(z.string().min(1)),
  /**
   * Names that are ordinary words or people's names too ("Chad", "Jordan", "Turkey"): the country only where
   * the name stands alone, not inside a longer capitalised name ("Chad Smith", "Michael Jordan").
   */
  ambiguous: z.array(z.string().min(1)).default([]),
  /**
   * Names the country shares with a place elsewhere, read as that place ("Georgia", a US state) unless the
   * article names the country otherwise too ("Tbilisi", "Georgian").
   */
  shared_with_places: z.array(z.string().min(1)).default([]),
});

export const companyEntrySchema = z.object({
  /** Canonical name, as the company styles itself in short form: "Bitmain", "Rio Tinto". */
  name: z.string().min(1),
  /** Other names it is reported under: legal names, former names, tickers in prose ("MARA"). */
  aliases: z.array(z.string().min(1)),
  /** Home country (where headquartered), ISO alpha-2. */
  country: countryCodeSchema,
  sector: z.enum(['bitcoin-mining-hardware', 'bitcoin-mining', 'metal-mining', 'semiconductors', 'other']),
});

export const sanctionsListEntrySchema = z.object({
  /** Canonical list name used in events: "Entity List", "SDN List". */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Who keeps the list: a country code, EU or UN. */
  authority: actorCodeSchema,
});

export const agencyEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  authority: actorCodeSchema,
  /** Whether the name is only unambiguous with a country in front ("Commerce Ministry"). */
  needs_country: z.boolean().default(false),
});

export const countriesFileSchema = z.array(countryEntrySchema);
export const companiesFileSchema = z.array(companyEntrySchema);
export const authoritiesFileSchema = z.object({
  lists: z.array(sanctionsListEntrySchema),
  agencies: z.array(agencyEntrySchema),
});

export type CountryEntry = z.infer<typeof countryEntrySchema>;
export type CompanyEntry = z.infer<typeof companyEntrySchema>;
export type SanctionsListEntry = z.infer<typeof sanctionsListEntrySchema>;
export type AgencyEntry = z.infer<typeof agencyEntrySchema>;

/** Places below country level (US states and their newswire abbreviations, cities) and the country they are in. */
export const placesFileSchema = z.record(countryCodeSchema, z.array(z.string().min(1)));
export type PlacesFile = z.infer<typeof placesFileSchema>;

/** People who act for a country or bloc in trade news (heads of government, trade and commerce chiefs). */
export const leadersFileSchema = z.record(actorCodeSchema, z.array(z.string().min(1)));
