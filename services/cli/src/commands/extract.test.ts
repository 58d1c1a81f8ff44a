import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from './extract.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const sample = fileURLToPath(new URL('../../samples/mining-hardware-moves.html', import.meta.url));

async function run(args: string[], stdin: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await runExtract(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {
      yield* stdin;
    })(),
  });
  return { code, stdout, stderr, lines: stdout.trim().split('\n').filter(Boolean) };
}

describe('assay extract', () => {
  // Written for this test: a dated text article whose event is dated relative to publication.
  const datedArticle =
    'Date: 2025-06-18\nMiner moves rigs\n\nNorvik Mining moved its mining rigs to Texas from Kazakhstan last month, the company said.\n';

  it('reads standard input for -, with the published date from a Date: first line', async () => {
    const { code, lines } = await run(['--jsonl', '-'], [datedArticle]);
    expect(code).toBe(0);
    const line = JSON.parse(lines[0] ?? '');
    expect(line.input).toBe('-');
    expect(line.article.title).toBe('Miner moves rigs');
    expect(line.article.published).toBe('2025-06-18');
    const relocation = line.events.find((e: { type: string }) => e.type === 'relocation');
    expect(relocation).toMatchObject({ company: 'Norvik Mining', to: 'US', date: '2025-05' });
  });

  it('takes --published for inputs that do not state a date, and refuses one that is not a date', async () => {
    const undated = datedArticle.replace(/^Date: .*\n/, '');
    const { lines } = await run(['--jsonl', '--published', '2024-02-10', '-'], [undated]);
    expect(JSON.parse(lines[0] ?? '').article.published).toBe('2024-02-10');
    const bad = await run(['--published', '2024-02-31', '-'], [undated]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published: "2024-02-31" is not a date/);
  });

  it('prints one JSON line per input with the article and its events', async () => {
    const { code, lines } = await run(['--jsonl', sample]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '');
    expect(line.input).toBe(sample);
    expect(line.article.title).toBe('Miner makers move production as tariffs bite');
    expect(line.article.published).toMatch(/^2025-06-12/);
    expect(Object.keys(line.article).sort()).toEqual([
      'byline',
      'language',
      'published',
      'text',
      'title',
      'url',
    ]);
    const types = line.events.map((e: { type: string }) => e.type).sort();
    expect(types).toEqual(['blacklisting', 'relocation', 'relocation', 'tariff']);
    for (const event of line.events) {
      expect(line.article.text.slice(event.citation.start, event.citation.end)).toBe(event.citation.quote);
    }
  });

  it('reads directories recursively, .txt as text and .html as HTML', async () => {
    const { code, lines } = await run(['--jsonl', join(fixtures, 'articles')]);
    expect(code).toBe(0);
    const byInput = new Map(lines.map((l) => JSON.parse(l)).map((l) => [l.input.replace(fixtures, ''), l]));
    expect([...byInput.keys()]).toEqual(['articles/nested/relocation-page.html', 'articles/tariff-note.txt']);
    expect(byInput.get('articles/tariff-note.txt').article.title).toBe('Ministry confirms new duties');
    expect(byInput.get('articles/tariff-note.txt').events).toMatchObject([
      { type: 'tariff', imposer: 'EU', target: 'CN', rate_pct: 17.4, action: 'impose' },
    ]);
    expect(byInput.get('articles/nested/relocation-page.html').events).toMatchObject([
      { type: 'relocation', company: 'Bitfarms', to: 'US', scope: 'headquarters', status: 'completed' },
    ]);
  });

  it('prints a readable summary with each event, its slots and its quote', async () => {
    const { code, stdout, stderr } = await run([sample]);
    expect(code).toBe(0);
    expect(stdout).toContain('blacklisting US Entity List: add Sophgo');
    expect(stdout).toContain('“The Commerce Department added Sophgo to the Entity List last month');
    expect(stderr).toContain('1 input read, 4 events found');
  });

  describe('bad input', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'assay-cli-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('names each bad input, goes on with the others and exits non-zero', async () => {
      const big = join(dir, 'huge.html');
      await writeFile(big, `<html><body>${'<p>padding text</p>'.repeat(600_000)}</body></html>`);
      const missing = join(dir, 'missing.txt');
      const { code, lines, stderr } = await run([
        '--jsonl',
        missing,
        join(fixtures, 'empty.txt'),
        join(fixtures, 'archive.txt'),
        big,
        sample,
      ]);
      expect(code).toBe(1);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '').input).toBe(sample);
      expect(stderr).toContain(`${missing}: no such file or directory`);
      expect(stderr).toContain(`${join(fixtures, 'empty.txt')}: empty input`);
      expect(stderr).toContain(`${join(fixtures, 'archive.txt')}: binary content`);
      expect(stderr).toMatch(new RegExp(`${big}: file is [\\d.]+ MB, over the 10 MB limit`));
      expect(stderr).toContain('4 failed');
    });

    it('refuses a call without inputs or with an unknown option', async () => {
      expect((await run([])).code).toBe(2);
      const unknown = await run(['--nope', sample]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("Unknown option '--nope'");
    });
  });

  describe('URLs', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/old') {
          res.writeHead(301, { location: '/article' }).end();
        } else if (req.url === '/article') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(
            '<html><head><title>Ban widened</title></head><body><article><p>The Commerce Department added Bitmain Technologies to the Entity List on Friday, officials said, in a move that affects its US sales.</p></article></body></html>',
          );
        } else if (req.url === '/huge') {
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = Buffer.alloc(1024 * 1024, 'a');
          let sent = 0;
          const pump = () => {
            while (sent < 12 && res.write(chunk)) sent++;
            if (sent < 12) res.once('drain', pump);
            else res.end();
          };
          pump();
        } else {
          res.writeHead(404).end('not here');
        }
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.close();
    });

    it('fetches a URL once, following redirects', async () => {
      const { code, lines } = await run(['--jsonl', `${base}/old`]);
      expect(code).toBe(0);
      const line = JSON.parse(lines[0] ?? '');
      expect(line.article.title).toBe('Ban widened');
      expect(line.events).toMatchObject([
        { type: 'blacklisting', entity: 'Bitmain Technologies', list: 'Entity List', action: 'add' },
      ]);
    });

    it('reports HTTP errors and pages over 10 MB by URL', async () => {
      const { code, stderr } = await run(['--jsonl', `${base}/missing`, `${base}/huge`]);
      expect(code).toBe(1);
      expect(stderr).toContain(`${base}/missing: HTTP 404`);
      expect(stderr).toContain(`${base}/huge: page is over the 10 MB limit`);
    });
  });
});

const builtCli = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

describe.skipIf(!existsSync(builtCli))('the built assay binary', () => {
  it('runs extract through the packages built exports', () => {
    const result = spawnSync(process.execPath, [builtCli, 'extract', '--jsonl', sample], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).events.length).toBeGreaterThan(0);
  });

  it('exits non-zero and names the input when one is bad', () => {
    const result = spawnSync(process.execPath, [builtCli, 'extract', 'no-such-file.txt', sample], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no-such-file.txt: no such file or directory');
    expect(result.stdout).toContain('Sophgo');
  });
});
