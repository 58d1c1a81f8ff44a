import type { Reporter, TestModule } from 'vitest/node';

/** What a skipped test tells about itself: where it is, its full name, and `ctx.skip(note)`'s note. */
export interface SkippedTest {
  module: string;
  fullName: string;
  note: string | undefined;
}

/**
 * The reasons tests were skipped, one line per file and reason. A reason is `ctx.skip`'s note or the
 * "(skipped: …)" that the integration suites put in their titles (no Redis, no PostgreSQL, no chromium,
 * no build). Tests skipped only because a filter (`-t`, `.only`) left them out have neither and are not
 * listed.
 */
export function skipReasonLines(skipped: readonly SkippedTest[]): string[] {
  const counts = new Map<string, number>();
  for (const test of skipped) {
    const reason = test.note ?? /\(skipped: ([^)]*)\)/.exec(test.fullName)?.[1];
    if (!reason) continue;
    const key = `${test.module}: ${reason}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} (${n} test${n === 1 ? '' : 's'})`);
}

/**
 * The default reporter folds a file's skipped tests into a count; this one prints why, after the run,
 * so a green run without Redis or PostgreSQL does not look like one that ran everything.
 */
export default class SkipReasonsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const skipped: SkippedTest[] = [];
    for (const module of modules) {
      for (const test of module.children.allTests('skipped')) {
        const result = test.result();
        skipped.push({
          module: module.relativeModuleId,
          fullName: test.fullName,
          note: result.state === 'skipped' ? result.note : undefined,
        });
      }
    }
    const lines = skipReasonLines(skipped);
    if (lines.length)
      process.stdout.write(`\n Skipped, and why:\n${lines.map((l) => `   ${l}\n`).join('')}\n`);
  }
}
