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

export function formatRate(label, result, unit) {
  return (
    `${label.padEnd(28)} ${result.itemsPerSecond.toFixed(1).padStart(8)} ${unit}/s  ` +
    `${result.mbPerSecond.toFixed(2).padStart(6)} MB/s  peak RSS ${result.peakRssMb.toFixed(0)} MB`
  );
}
