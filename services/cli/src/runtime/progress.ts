import type { PipelineCounters } from './pipeline.js';

/** Prints a progress line when something has moved, at most every `intervalMs`. */
export function reportProgress(
  counters: PipelineCounters,
  sources: () => number,
  write: (line: string) => void,
  intervalMs = 2000,
): () => void {
  let last = '';
  const timer = setInterval(() => {
    const line = `sources ${sources()} scheduled · ${counters.sourcesRead} source reads · ${counters.pagesFetched} pages fetched · ${counters.articlesExtracted} extracted · ${counters.articlesStored} stored · ${counters.eventsFound} new events${counters.failed ? ` · ${counters.failed} failed attempts` : ''}`;
    if (line !== last) write(line);
    last = line;
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
