// Loads the WCXB development pages from the shared corpora, read in place (never copied into the repo).
// Layout (see ../shared/corpora/html/SOURCES.md): metadata.json lists each page's type; html/<id>.html.gz is
// the page byte for byte; ground-truth/<id>.json holds url and ground_truth {title, author, publish_date,
// main_content}.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDir } from './html-corpus.mjs';

export function wcxbDir() {
  return join(sharedDir(), 'corpora/html/wcxb-dev');
}

/**
 * Each page as { id, pageType, domain, url, html, expected: { title, author, published, text } }, sorted by
 * id, or null without ../shared. Empty expectations are null.
 */
export function loadWcxbCases() {
  const dir = wcxbDir();
  const metadataPath = join(dir, 'metadata.json');
  if (!existsSync(metadataPath)) return null;
  const { files } = JSON.parse(readFileSync(metadataPath, 'utf8'));
  return Object.keys(files)
    .sort()
    .map((id) => {
      const truth = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
      const expected = truth.ground_truth ?? {};
      const internalType = truth._internal?.page_type?.primary;
      const pageType = files[id].page_type ?? internalType ?? 'article';
      return {
        id,
        pageType: pageType === 'category' ? 'collection' : pageType,
        domain: files[id].domain,
        url: truth.url ?? null,
        html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
        expected: {
          title: expected.title || null,
          author: expected.author || null,
          published: expected.publish_date || null,
          text: expected.main_content || null,
        },
      };
    });
}
