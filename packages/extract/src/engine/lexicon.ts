import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
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

const dataFile = join(dirname(fileURLToPath(import.meta.url)), '../../data/goods.json');
let cached: PhraseIndex<string> | undefined;

export function getGoodsIndex(): PhraseIndex<string> {
  if (cached) return cached;
  const parsed = goodsFileSchema.safeParse(JSON.parse(readFileSync(dataFile, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`data/goods.json: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const index = new PhraseIndex<string>();
  for (const entry of parsed.data)
    for (const alias of entry.aliases) index.add(compilePhrase(alias), entry.name);
  cached = index;
  return index;
}
