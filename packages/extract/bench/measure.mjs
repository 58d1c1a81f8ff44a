// Timing helpers shared by the benchmarks: warm up, then time whole passes over the inputs.

const MIN_TIMED_MS = 2000;
const MIN_PASSES = 3;

/**
 * Runs `work` over every input once to warm up (JIT, caches), then in whole passes until both
 * MIN_PASSES and MIN_TIMED_MS are reached. Returns items/s, MB/s and the process's peak RSS so far.
 */
export function measure(inputs, work) {
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0);
  for (const input of inputs) work(input);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  while (passes < MIN_PASSES || elapsed < MIN_TIMED_MS) {
    for (const input of inputs) work(input);
    passes++;
    elapsed = performance.now() - start;
  }
  const seconds = elapsed / 1000;
  return {
    itemsPerSecond: (inputs.length * passes) / seconds,
    mbPerSecond: (bytes * passes) / 1e6 / seconds,
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
