import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared corpora live beside the repository (../shared), never inside it; a fresh clone has none,
 * and tests that need them skip, saying so.
 */
export const sharedDir =
  process.env.ASSAY_SHARED_DIR ?? resolve(fileURLToPath(new URL('../../../../shared', import.meta.url)));
export const newsDir = join(sharedDir, 'corpora/news');
export const readabilityDir = join(sharedDir, 'corpora/html/readability');
export const hasSharedCorpora = existsSync(newsDir) && existsSync(readabilityDir);
export const skipNote = hasSharedCorpora ? '' : ' (skipped: ../shared not found beside the repository)';

export function newsArticle(id: string): string {
  return readFileSync(join(newsDir, `${id}.txt`), 'utf8');
}

export function newsArticleIds(): string[] {
  return readdirSync(newsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort();
}

export function readabilityPages(): { name: string; html: string }[] {
  return readdirSync(readabilityDir)
    .filter((name) => existsSync(join(readabilityDir, name, 'source.html')))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(readabilityDir, name, 'source.html'), 'utf8') }));
}
