// Scores Readability on linkedom on the WCXB development pages in a worker thread, so that `pnpm eval`
// runs this reference (most of the WCXB evaluation's time) on the second core while the rest runs on the
// first. Posts the score (see wcxb.mjs), or null without ../shared.
import { parentPort } from 'node:worker_threads';
import { readability, score } from './wcxb.mjs';
import { loadWcxbCases } from './wcxb-corpus.mjs';

const cases = loadWcxbCases();
parentPort?.postMessage(cases ? score(cases, readability) : null);
