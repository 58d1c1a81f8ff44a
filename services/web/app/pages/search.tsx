import { useState } from 'preact/hooks';
import { api, download, query } from '../api';
import type { AssayEvent, EventCounts, Me } from '../types';
import {
  Confidence,
  can,
  ErrorBox,
  type EventFilter,
  FilterBar,
  filterParams,
  formatTime,
  StatusBadge,
  summary,
  useLoad,
  useUrlFilter,
} from '../ui';

interface SearchFilter extends EventFilter {
  q?: string;
}

/** Every event, by text and filters; analysts export the current filter as CSV or JSON Lines. */
export function SearchPage({ me }: { me: Me }) {
  const [filter, setFilter] = useUrlFilter<SearchFilter>({});
  const [pages, setPages] = useState<{ events: AssayEvent[]; next_cursor: string | null }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const params = { ...filterParams(filter), q: filter.q };
  const key = JSON.stringify(params);
  const first = useLoad(() => {
    setPages([]);
    return api<{ events: AssayEvent[]; next_cursor: string | null }>(
      `/v1/events${query({ ...params, limit: 50 })}`,
    );
  }, [key]);
  const counts = useLoad(() => api<EventCounts>(`/v1/events/counts${query(params)}`), [key]);
  const loaded = first.data ? [first.data, ...pages] : [];
  const events = loaded.flatMap((page) => page.events);
  const next = loaded.at(-1)?.next_cursor;

  const more = async () => {
    try {
      const page = await api<{ events: AssayEvent[]; next_cursor: string | null }>(
        `/v1/events${query({ ...params, limit: 50, cursor: next ?? undefined })}`,
      );
      setPages([...pages, page]);
    } catch (failure) {
      setError(failure);
    }
  };
  const exportAs = (format: 'csv' | 'jsonl') =>
    download(`/v1/events/export${query({ ...params, format })}`, `assay-events.${format}`).catch(setError);

  return (
    <section>
      <h1>Search</h1>
      <FilterBar
        filter={filter}
        onChange={(next) => setFilter({ ...next, q: filter.q })}
        counts={counts.data}
      >
        <label>
          Text
          <input
            type="search"
            value={filter.q ?? ''}
            onChange={(e) => setFilter({ ...filter, q: e.currentTarget.value || undefined })}
            placeholder="in slots or quotes"
          />
        </label>
      </FilterBar>
      <p>
        {counts.data ? `${counts.data.total} events` : ''}
        {can(me.role, 'analyst') && (
          <>
            {' '}
            <button type="button" onClick={() => exportAs('csv')}>
              Export CSV
            </button>{' '}
            <button type="button" onClick={() => exportAs('jsonl')}>
              Export JSONL
            </button>
          </>
        )}
      </p>
      <ErrorBox error={first.error ?? counts.error ?? error} />
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>Event</th>
              <th>Type</th>
              <th>Status</th>
              <th>Confidence</th>
              <th>Last seen</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <a href={`#/events/${encodeURIComponent(event.id)}`}>{summary(event)}</a>
                </td>
                <td>{event.type}</td>
                <td>
                  <StatusBadge status={event.review_status} />
                </td>
                <td>
                  <Confidence value={event.confidence} />
                </td>
                <td>{formatTime(event.last_seen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next && (
        <button type="button" onClick={more}>
          More
        </button>
      )}
    </section>
  );
}
