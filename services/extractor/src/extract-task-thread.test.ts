import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const threadEntry = fileURLToPath(new URL('../dist/extract-task-thread.cjs', import.meta.url));

// Pools created and destroyed while their threads are still loading the task, as a Ctrl-C during
// `assay start` does, then a task run through the entry; in a child process, since a crash there aborts the
// whole process. The crash with the old ES-module entry depended on timing: this loop does not reproduce it
// every time, so what it proves is that the CommonJS entry loads, survives early destruction and runs tasks.
const script = `
const { Piscina } = require('piscina');
const { gzipSync } = require('node:zlib');
(async () => {
  for (let i = 0; i < 20; i++) {
    const pool = new Piscina({ filename: process.argv[1], minThreads: 2, maxThreads: 2 });
    await new Promise((resolve) => setTimeout(resolve, (i * 37) % 600));
    await pool.destroy();
  }
  const pool = new Piscina({ filename: process.argv[1], minThreads: 1, maxThreads: 1 });
  const page = await pool.run({ url: 'https://example.test/a', finalUrl: 'https://example.test/a', contentType: 'text/plain', body: { encoding: 'gzip+base64', data: gzipSync('Chile imposed a 10% tariff on Peruvian copper on Monday.').toString('base64'), bytes: 56 }, title: null, published: '2025-03-10' });
  await pool.destroy();
  process.stdout.write(page.kind);
})();
`;

describe('the extractor thread entry', () => {
  it('survives pools destroyed while their threads load, and still runs a task', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, threadEntry], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      timeout: 60_000,
    });
    expect(stdout).toBe('article');
  }, 90_000);
});
