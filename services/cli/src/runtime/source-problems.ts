/**
 * What a fetch record's error says, in the words operators read everywhere (console, `assay status`, the
 * UI): refused is policy (robots.txt, the address guard) and stays so; skipped is a page fetched fine that
 * makes no article (a duplicate, not HTML); anything else failed (network, HTTP error, binary content),
 * and the crawler retries what may pass later.
 */
export type FetchOutcome = 'ok' | 'failed' | 'refused' | 'skipped';

export function fetchOutcome(record: { status: number | null; error: string | null }): FetchOutcome {
  if (record.error?.startsWith('refused:')) return 'refused';
  if (record.error?.startsWith('skipped:')) return 'skipped';
  if (record.error || record.status === null || record.status >= 400) return 'failed';
  return 'ok';
}

/**
 * The cause without what differs between pages of one source: the URL a job's reason starts with, other
 * URLs, and numbers of bytes or milliseconds. "HTTP 404" for forty pages is one cause.
 */
export function causeOf(reason: string): string {
  return reason
    .replace(/^https?:\/\/\S+?: /, '')
    .replace(/https?:\/\/\S*[^\s:;,.)]/g, '<url>')
    .replace(/^refused: /, '')
    .trim();
}

interface Problem {
  cause: string;
  outcome: 'failed' | 'refused';
  count: number;
}

/**
 * Prints why a source fails, once per source and cause (the first time; later ones are counted), and
 * when it recovers (a good fetch after problems), so the console explains itself without repeating each
 * retry.
 */
export class SourceProblems {
  private readonly bySource = new Map<string, Map<string, Problem>>();

  constructor(private readonly write: (line: string) => void) {}

  /** A fetch record as the store receives it (alone, or travelling with its article). */
  fetched(record: { sourceId: string | null; url: string; status: number | null; error: string | null }) {
    const outcome = fetchOutcome(record);
    const source = record.sourceId ?? '(no source)';
    if (outcome === 'ok') return this.recovered(source, record.url);
    if (outcome === 'skipped') return;
    this.problem(source, outcome, record.error ?? `HTTP ${record.status}`, record.url);
  }

  /** A job that failed: `retrying` when BullMQ will try it again. */
  jobFailed(source: string | null, reason: string, retrying: boolean) {
    this.problem(
      source ?? '(no source)',
      reason.startsWith('refused:') ? 'refused' : 'failed',
      reason,
      null,
      retrying,
    );
  }

  /** An article of the source was stored: it works, whatever failed before. */
  stored(source: string, url: string) {
    this.recovered(source, url);
  }

  private problem(
    source: string,
    outcome: 'failed' | 'refused',
    reason: string,
    url: string | null,
    retrying?: boolean,
  ) {
    const cause = causeOf(reason);
    let problems = this.bySource.get(source);
    if (!problems) {
      problems = new Map();
      this.bySource.set(source, problems);
    }
    const known = problems.get(cause);
    if (known) {
      known.count++;
      return;
    }
    problems.set(cause, { cause, outcome, count: 1 });
    const what = outcome === 'refused' ? 'refused (policy)' : 'failed';
    const then = retrying === undefined ? '' : retrying ? '; retrying' : '; not retried';
    this.write(
      `source ${source} ${what}: ${cause}${url ? ` (${url})` : ''}${then}; the same cause again is counted, not repeated`,
    );
  }

  private recovered(source: string, url: string) {
    const problems = this.bySource.get(source);
    if (!problems?.size) return;
    const failures = [...problems.values()].reduce((sum, p) => sum + p.count, 0);
    this.bySource.delete(source);
    this.write(`source ${source} recovered: fetched ${url} (after ${failures} failed or refused)`);
  }
}
