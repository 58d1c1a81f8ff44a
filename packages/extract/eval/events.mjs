// Quality of event extraction, measured the way users run it: `assay extract --jsonl` over the dev gold
// articles in ../shared (read in place), scored by ../shared/eval/score-events.mjs.
// Usage: node eval/events.mjs [--verbose] [--check]   (--check exits 1 when a target is missed)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedDir } from './html-corpus.mjs';

export const TARGETS = { strictF1: 0.85, strictPrecision: 0.9, negativesWithFalseEvents: 0 };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = join(repoRoot, 'services/cli/dist/main.js');

export function evaluateEvents({ verbose = false } = {}) {
  const shared = sharedDir();
  const goldPath = join(shared, 'eval/dev/gold.jsonl');
  const scorer = join(shared, 'eval/score-events.mjs');
  if (!existsSync(goldPath) || !existsSync(scorer)) {
    console.log(`events: skipped: ${goldPath} not found (the shared corpora sit beside the repository)`);
    return { skipped: true, passed: true };
  }
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "pnpm build" first`);

  const gold = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const inputs = gold.map((article) => join(shared, article.file));
  const command = ['extract', '--jsonl', ...inputs];
  const predictions = execFileSync(process.execPath, [cli, ...command], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });

  const workDir = mkdtempSync(join(tmpdir(), 'assay-eval-'));
  try {
    const predPath = join(workDir, 'pred.jsonl');
    writeFileSync(predPath, predictions);
    const human = spawnSync(
      process.execPath,
      [scorer, '--gold', goldPath, '--pred', predPath, ...(verbose ? ['--verbose'] : [])],
      {
        encoding: 'utf8',
      },
    );
    console.log(
      `events: pnpm --silent assay ${['extract', '--jsonl', '<dev gold articles>'].join(' ')} | score-events.mjs`,
    );
    process.stdout.write(`${human.stdout.trimEnd().replace(/^/gm, '  ')}\n`);
    const summary = JSON.parse(
      execFileSync(process.execPath, [scorer, '--gold', goldPath, '--pred', predPath, '--json'], {
        encoding: 'utf8',
      }).split('\nstrict F1')[0],
    );
    const strict = summary.strict.all;
    const passed =
      strict.f1 >= TARGETS.strictF1 &&
      strict.precision >= TARGETS.strictPrecision &&
      summary.negative_articles_with_false_events <= TARGETS.negativesWithFalseEvents;
    console.log(
      `events: strict F1 ${strict.f1.toFixed(3)} (target >= ${TARGETS.strictF1}), precision ${strict.precision.toFixed(3)} (>= ${TARGETS.strictPrecision}), negatives with a false event ${summary.negative_articles_with_false_events}/${summary.negatives} (target 0): ${passed ? 'PASS' : 'FAIL'}`,
    );
    return { skipped: false, passed, summary };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { passed } = evaluateEvents({ verbose: process.argv.includes('--verbose') });
  if (process.argv.includes('--check') && !passed) process.exitCode = 1;
}
