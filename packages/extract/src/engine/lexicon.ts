import { z } from 'zod';
import { loadDataFile } from '../data-file.js';
import { compilePhrase, PhraseIndex } from './phrases.js';

/** The goods lexicon (`data/goods.json`): canonical goods and the words that name them. */
const goodsFileSchema = z.array(
  z.object({
    name: z.string().min(1),
    aliases: z
      .array(
        z
          .string()
          .min(1)
          .regex(/^[^A-Z]*$/, 'aliases are written in lower case'),
      )
      .min(1),
  }),
);

/** Canonical goods too general to tell two measures apart ("goods", "imports"). */
export const GENERIC_GOODS = 'goods';

let cached: PhraseIndex<string> | undefined;

export function getGoodsIndex(): PhraseIndex<string> {
  if (cached) return cached;
  const index = new PhraseIndex<string>();
  for (const entry of loadDataFile('goods.json', goodsFileSchema))
    for (const alias of entry.aliases) index.add(compilePhrase(alias), entry.name);
  cached = index;
  return index;
}

/** A data file that lists lower-case nouns of one class, with a description of the class. */
const nounListSchema = z.object({
  description: z.string(),
  nouns: z.array(z.string().regex(/^[a-z]+$/, 'nouns are single lower-case words')).min(1),
});

const nounSets = new Map<string, ReadonlySet<string>>();

/** The nouns of a noun-list data file, read and validated once. */
function nounsOf(file: string): ReadonlySet<string> {
  let nouns = nounSets.get(file);
  if (!nouns) {
    nouns = new Set(loadDataFile(file, nounListSchema).nouns);
    nounSets.set(file, nouns);
  }
  return nouns;
}

/** Whether a lower-case word names countries as a class ("countries", "trading partners"): `data/collective-polities.json`. */
export function isCollectivePolity(norm: string): boolean {
  return nounsOf('collective-polities.json').has(norm);
}

/** Whether a lower-case word names the form of a material after its name ("hydroxide", "ingots"): `data/goods-forms.json`. */
export function isGoodsForm(norm: string): boolean {
  return nounsOf('goods-forms.json').has(norm);
}

/** Whether a lower-case word is a common noun of business reports ("revenue", "backlog"): `data/report-nouns.json`. */
export function isReportNoun(norm: string): boolean {
  return nounsOf('report-nouns.json').has(norm);
}

/** Whether a lower-case word names what interrupts trade without governing it ("rains", "strike"): `data/disruption-nouns.json`. */
export function isDisruptionNoun(norm: string): boolean {
  return nounsOf('disruption-nouns.json').has(norm);
}
