import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSourcesFile } from './sources-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-sources-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadSourcesFile', () => {
  it('loads the default sources file', async () => {
    const { sources, problems } = await loadSourcesFile(
      fileURLToPath(new URL('../sources/default-sources.yaml', import.meta.url)),
    );
    expect(problems).toEqual([]);
    expect(sources.length).toBeGreaterThanOrEqual(5);
  });

  it('reports each bad entry with its field and keeps the good ones', async () => {
    const path = join(dir, 'sources.yaml');
    await writeFile(
      path,
      [
        'sources:',
        '  - { id: good, kind: feed, url: "https://example.com/feed" }',
        '  - { id: Bad Id, kind: feed, url: "https://example.com/feed" }',
        '  - { id: no-url, kind: sitemap }',
        '  - { id: every, kind: feed, url: "https://example.com/a", schedule: { every_minutes: 0 } }',
        '  - { id: listing, kind: listing, url: "https://example.com/news" }',
        '  - { id: good, kind: url, url: "https://example.com/b" }',
      ].join('\n'),
    );
    const { sources, problems } = await loadSourcesFile(path);
    expect(sources.map((s) => s.id)).toEqual(['good']);
    expect(sources[0]?.schedule).toEqual({ every_minutes: 60 });
    expect(problems).toEqual([
      expect.stringMatching(/sources\[1\] \(Bad Id\): id: must be lower-case/),
      expect.stringMatching(/sources\[2\] \(no-url\): url:/),
      expect.stringMatching(/sources\[3\] \(every\): schedule/),
      expect.stringMatching(/sources\[4\] \(listing\): link_selector: a listing source needs/),
      expect.stringMatching(/sources\[5\] \(good\): id: "good" is used twice/),
    ]);
  });

  it('reads JSON too, and says when the file is not a list of sources', async () => {
    const path = join(dir, 'sources.json');
    await writeFile(path, JSON.stringify([{ id: 'one', kind: 'url', url: 'https://example.com/x' }]));
    expect((await loadSourcesFile(path)).sources).toHaveLength(1);
    await writeFile(path, '{"feeds": []}');
    await expect(loadSourcesFile(path)).rejects.toThrow(/expected a list of sources/);
  });
});
