// `pnpm eval`: every quality measurement, against the targets in the README. Exits 1 when one is missed.
// Needs ../shared (the corpora beside the repository); without it each part says so and skips.
import { evaluateEvents } from './events.mjs';
import { evalHtml } from './html.mjs';
import { evalWcxb } from './wcxb.mjs';

const verbose = process.argv.includes('--verbose');
const events = evaluateEvents({ verbose });
console.log('');
const html = await evalHtml({ verbose });
console.log('');
const wcxb = await evalWcxb({ verbose });
const failed = [!events.passed && 'events', html && !html.ok && 'html', wcxb && !wcxb.ok && 'wcxb'].filter(
  Boolean,
);
if (failed.length > 0) {
  console.error(`eval: targets missed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
