import { useState } from 'preact/hooks';
import { api } from '../api';
import { ExternalLink } from '../links';
import type { Fetch, Source } from '../types';
import { ErrorBox, formatTime, useLoad } from '../ui';

/** How many recent fetches each source shows. */
const FETCHES = 5;

function schedule(source: Source): string {
  return 'cron' in source.schedule
    ? `cron ${source.schedule.cron}`
    : `every ${source.schedule.every_minutes} min`;
}

/** Sources with their schedules: pause, resume, run now, and the last fetches with their errors. */
export function SourcesPage() {
  const sources = useLoad(async () => {
    const { sources } = await api<{ sources: Source[] }>('/v1/sources');
    const fetches = await Promise.all(
      sources.map((source) =>
        api<{ fetches: Fetch[] }>(
          `/v1/sources/${encodeURIComponent(source.id)}/fetches?limit=${FETCHES}`,
        ).then((page) => page.fetches),
      ),
    );
    return sources.map((source, index) => ({ source, fetches: fetches[index] ?? [] }));
  }, []);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const act = async (source: Source, action: 'pause' | 'resume' | 'run') => {
    setError(null);
    try {
      await api(`/v1/sources/${encodeURIComponent(source.id)}/${action}`, { method: 'POST' });
      setNotice(
        { pause: 'Paused', resume: 'Resumed', run: 'Crawl queued for' }[action] +
          ` ${source.name ?? source.id}`,
      );
      sources.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section>
      <h1>Sources</h1>
      <ErrorBox error={sources.error ?? error} />
      <p class="notice" role="status">
        {notice}
      </p>
      {sources.data?.length === 0 && <p>No sources yet: add them with the API or `assay start --sources`.</p>}
      {sources.data?.map(({ source, fetches }) => {
        const last = fetches[0];
        return (
          <section class="source" key={source.id} aria-label={source.name ?? source.id}>
            <h2>
              {source.name ?? source.id}{' '}
              <span class={source.enabled ? 'badge badge-confirmed' : 'badge'}>
                {source.enabled ? 'active' : 'paused'}
              </span>
            </h2>
            <p class="meta">
              {source.kind} · <ExternalLink href={source.url}>{source.url}</ExternalLink> · {schedule(source)}
              {last && ` · last fetch ${formatTime(last.fetched_at)}`}
            </p>
            <div class="actions">
              {source.enabled ? (
                <button type="button" onClick={() => act(source, 'pause')}>
                  Pause
                </button>
              ) : (
                <button type="button" onClick={() => act(source, 'resume')}>
                  Resume
                </button>
              )}
              <button type="button" onClick={() => act(source, 'run')}>
                Run now
              </button>
            </div>
            {fetches.length > 0 && (
              <div class="scroll">
                <table>
                  <caption>Last fetches</caption>
                  <thead>
                    <tr>
                      <th>When</th>
                      <th>URL</th>
                      <th>Status</th>
                      <th>Time</th>
                      <th>Error</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fetches.map((fetch) => (
                      <tr key={fetch.id} class={fetch.error ? 'failed' : undefined}>
                        <td>{formatTime(fetch.fetched_at)}</td>
                        <td class="url">{fetch.url}</td>
                        <td>{fetch.status ?? '—'}</td>
                        <td>{Math.round(fetch.duration_ms)} ms</td>
                        <td>{fetch.error ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </section>
  );
}
