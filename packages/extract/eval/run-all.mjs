// `pnpm eval`: every quality measurement, against the targets in the README. Exits 1 when one is missed.
// Needs ../shared (the corpora beside the repository); without it each part says so and skips.
import { evaluateEvents } from './events.mjs';
import { evalHtml } from './html.mjs';
import { evalWcxb, readabilityInWorker } from './wcxb.mjs';

const verbose = process.argv.includes('--verbose');
// The reference's score on the WCXB pages takes longest and does not depend on this code: it runs on the
// second core meanwhile.
const readabilityScore = readabilityInWorker();
const events = evaluateEvents({ verbose });
console.log('');
const html = await evalHtml({ verbose });
console.log('');
const wcxb = await evalWcxb({ verbose, readabilityScore });
const failed = [!events.passed && 'events', html && !html.ok && 'html', wcxb && !wcxb.ok && 'wcxb'].filter(
  Boolean,
);
if (failed.length > 0) {
  console.error(`eval: targets missed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
