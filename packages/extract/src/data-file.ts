import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

// Data ships beside src/ and dist/ alike, so one relative path serves tests and the built package.
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../data');

/** A JSON file of `data/`, validated: a bad edit fails loudly, naming the file, the entry and the field. */
export function loadDataFile<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  return parseData(JSON.parse(readFileSync(join(dataDir, file), 'utf8')), schema, `data/${file}`);
}

export function parseData<S extends z.ZodType>(json: unknown, schema: S, source: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
