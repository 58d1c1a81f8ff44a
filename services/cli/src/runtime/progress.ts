import type { PipelineCounters } from './pipeline.js';

/** Prints a progress line when something has moved, at most every `intervalMs`. */
export function reportProgress(
  counters: PipelineCounters,
  /** The sources scheduled now (`assay sources add` and the API change them while this runs). */
  sources: () => Promise<number>,
  write: (line: string) => void,
  intervalMs = 2000,
): () => void {
  let last = '';
  let stopped = false;
  const timer = setInterval(async () => {
    const scheduled = await sources().catch(() => '?');
    if (stopped) return;
    const line = `sources ${scheduled} scheduled · ${counters.sourcesRead} source reads · ${counters.pagesFetched} pages fetched · ${counters.articlesExtracted} extracted · ${counters.articlesStored} stored · ${counters.eventsFound} new events${counters.failed ? ` · ${counters.failed} failed attempts` : ''}`;
    if (line !== last) write(line);
    last = line;
  }, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
