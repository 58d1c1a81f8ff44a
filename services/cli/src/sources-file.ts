import { readFile } from 'node:fs/promises';
import { type Source, sourceSchema } from '@assay/schema';
import { parse as parseYaml } from 'yaml';

export interface SourcesFileResult {
  sources: Source[];
  /** One line per entry that was skipped, naming the entry and the field. */
  problems: string[];
}

/**
 * Reads a sources file (YAML or JSON: a list, or `{ sources: [...] }`). Each entry is validated on its
 * own: a bad entry is reported with its field and skipped, the rest still load.
 */
export async function loadSourcesFile(path: string): Promise<SourcesFileResult> {
  const text = await readFile(path, 'utf8');
  let document: unknown;
  try {
    document = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new Error(
      `${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  const entries = Array.isArray(document) ? document : (document as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of sources, or { sources: [...] }`);

  const sources: Source[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const label = `${path}: sources[${index}]${typeof entry?.id === 'string' ? ` (${entry.id})` : ''}`;
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      return;
    }
    if (parsed.data.kind === 'listing' && !parsed.data.link_selector && !parsed.data.url_pattern) {
      problems.push(`${label}: link_selector: a listing source needs link_selector or url_pattern`);
      return;
    }
    if (ids.has(parsed.data.id)) {
      problems.push(`${label}: id: "${parsed.data.id}" is used twice; the first one is kept`);
      return;
    }
    ids.add(parsed.data.id);
    sources.push(parsed.data);
  });
  return { sources, problems };
}
