import { useState } from 'preact/hooks';
import { api } from '../api';
import type { FailedJob, QueueCounts } from '../types';
import { ErrorBox, formatTime, useLoad } from '../ui';

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'];

/** Queue health: jobs per state, the failed jobs with retry and drop, and the link to Bull Board. */
export function QueuesPage() {
  const queues = useLoad(async () => {
    const { queues } = await api<{ queues: QueueCounts[] }>('/v1/queues');
    const failed = await Promise.all(
      queues.map((queue) =>
        queue.counts.failed
          ? api<{ jobs: FailedJob[] }>(`/v1/queues/${queue.name}/failed?limit=20`).then((page) => page.jobs)
          : [],
      ),
    );
    return queues.map((queue, index) => ({ queue, failed: failed[index] ?? [] }));
  }, []);
  const [error, setError] = useState<unknown>(null);

  const act = async (queue: string, job: FailedJob, method: 'POST' | 'DELETE') => {
    setError(null);
    const path = `/v1/queues/${queue}/jobs/${encodeURIComponent(job.id)}`;
    try {
      await api(method === 'POST' ? `${path}/retry` : path, { method });
      queues.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section>
      <h1>Queues</h1>
      <p>
        <a href="/admin/queues" target="_blank" rel="noopener">
          Open the queue dashboard
        </a>{' '}
        <button type="button" onClick={queues.reload}>
          Refresh
        </button>
      </p>
      <ErrorBox error={queues.error ?? error} />
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>Queue</th>
              {STATES.map((state) => (
                <th key={state}>{state}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {queues.data?.map(({ queue }) => (
              <tr key={queue.name}>
                <th scope="row">{queue.name}</th>
                {STATES.map((state) => (
                  <td key={state} class={state === 'failed' && queue.counts.failed ? 'failed' : undefined}>
                    {queue.counts[state] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {queues.data
        ?.filter(({ failed }) => failed.length)
        .map(({ queue, failed }) => (
          <section key={queue.name}>
            <h2>Failed in {queue.name}</h2>
            <ul class="plain">
              {failed.map((job) => (
                <li key={job.id} class="job">
                  <code>{job.id}</code> {job.name} · {job.attempts_made} attempts ·{' '}
                  {formatTime(job.finished_at)}
                  <div class="error-text">{job.failed_reason}</div>
                  <button type="button" onClick={() => act(queue.name, job, 'POST')}>
                    Retry
                  </button>{' '}
                  <button type="button" onClick={() => act(queue.name, job, 'DELETE')}>
                    Drop
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
