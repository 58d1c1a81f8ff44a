// Timing helpers shared by the benchmarks: warm up, then time whole passes over the inputs.

// A long-running worker's rate is the one that matters: V8 keeps optimising the engine's code for
// several passes over the corpus (the first pass runs at about half the steady rate), so the warm-up
// lasts at least three seconds (and one pass), as long as the timed part.
const MIN_WARMUP_MS = 3000;
const MIN_TIMED_MS = 3000;
const MIN_PASSES = 3;

function runPasses(inputs, work, minPasses, minMs) {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (done < minPasses || elapsed < minMs) {
    for (const input of inputs) work(input);
    done++;
    elapsed = performance.now() - start;
  }
  return { done, elapsed };
}

/**
 * Runs `work` in whole passes over the inputs to warm up (JIT, caches), then times whole passes until
 * both MIN_PASSES and MIN_TIMED_MS are reached. Returns items/s, MB/s and the process's peak RSS so far.
 */
export function measure(inputs, work) {
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0);
  runPasses(inputs, work, 1, MIN_WARMUP_MS);
  const { done, elapsed } = runPasses(inputs, work, MIN_PASSES, MIN_TIMED_MS);
  const seconds = elapsed / 1000;
  return {
    itemsPerSecond: (inputs.length * done) / seconds,
    mbPerSecond: (bytes * done) / 1e6 / seconds,
    // maxRSS is in kilobytes and is the peak of the whole process up to now.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/**
 * Times two ways of doing the same work (`works`, by name) in alternating whole passes over the inputs,
 * after a warm-up of each, each pass timed with the collection of its own garbage, so that both see the
 * same machine and neither pays for the other's heap: measured one after the other, a shared machine's
 * slow minute fell on one of them, and Readability ran on the heap it had grown, which moved their ratio
 * between 2.7x and 5.8x. Returns one result per name, as `measure` does; each peak RSS is the process's
 * after that way's own warm-up, and the first way warms up first so that its figure is not the second's.
 */
export function measureAlternating(inputs, works) {
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0);
  const entries = Object.entries(works);
  const timing = new Map();
  for (const [name, work] of entries) {
    runPasses(inputs, work, 1, MIN_WARMUP_MS);
    timing.set(name, { done: 0, elapsed: 0, peakRssMb: process.resourceUsage().maxRSS / 1024 });
  }
  const finished = () =>
    [...timing.values()].every(({ done, elapsed }) => done >= MIN_PASSES && elapsed >= MIN_TIMED_MS);
  globalThis.gc?.();
  while (!finished()) {
    for (const [name, work] of entries) {
      // Each pass collects its own garbage before the clock stops, so each pays for its own and neither for
      // the other's (linkedom leaves gigabytes); `pnpm bench` runs node with --expose-gc.
      const start = performance.now();
      const pass = runPasses(inputs, work, 1, 0);
      globalThis.gc?.();
      const entry = timing.get(name);
      entry.done += pass.done;
      entry.elapsed += performance.now() - start;
    }
  }
  return Object.fromEntries(
    [...timing].map(([name, { done, elapsed, peakRssMb }]) => {
      const seconds = elapsed / 1000;
      return [
        name,
        {
          itemsPerSecond: (inputs.length * done) / seconds,
          mbPerSecond: (bytes * done) / 1e6 / seconds,
          peakRssMb,
        },
      ];
    }),
  );
}

export function formatRate(label, result, unit) {
  return (
    `${label.padEnd(28)} ${result.itemsPerSecond.toFixed(1).padStart(8)} ${unit}/s  ` +
    `${result.mbPerSecond.toFixed(2).padStart(6)} MB/s  peak RSS ${result.peakRssMb.toFixed(0)} MB`
  );
}
