import type { PipelineCounters } from './pipeline.js';

/**
 * The counts: fetches that failed, were refused or were skipped are counted as the fetch records the UI
 * shows per source; why is printed once per source and cause as it happens (source-problems.ts).
 */
export function progressLine(scheduled: number | string, c: PipelineCounters): string {
  const fetches = [
    c.fetchesFailed ? `${c.fetchesFailed} failed` : '',
    c.fetchesRefused ? `${c.fetchesRefused} refused` : '',
    c.fetchesSkipped ? `${c.fetchesSkipped} skipped` : '',
  ].filter(Boolean);
  return `sources ${scheduled} scheduled · ${c.sourcesRead} source reads · ${c.pagesFetched} pages fetched · ${c.articlesExtracted} extracted · ${c.articlesStored} stored · ${c.eventsFound} new events${fetches.length ? ` · fetches ${fetches.join(', ')}` : ''}`;
}

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
    const line = progressLine(scheduled, counters);
    if (line !== last) write(line);
    last = line;
  }, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
