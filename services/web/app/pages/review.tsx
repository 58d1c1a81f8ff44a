import { useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api';
import type { AssayEvent, EventCounts } from '../types';
import {
  Confidence,
  ErrorBox,
  type EventFilter,
  FilterBar,
  filterParams,
  isTyping,
  StatusBadge,
  summary,
  useLoad,
  useUrlFilter,
} from '../ui';
import { RejectForm } from './event';

/**
 * The review queue: new events, lowest confidence first. j/k move, Enter opens, c confirms, r rejects
 * (asking for the reason), e opens the event to correct it.
 */
export function ReviewPage() {
  const [filter, setFilter] = useUrlFilter<EventFilter>({ status: 'new' });
  const [selected, setSelectedState] = useState(0);
  // Keys pressed faster than the page renders must act on the row they selected, not the one drawn.
  const selection = useRef(0);
  const setSelected = (index: number) => {
    selection.current = index;
    setSelectedState(index);
  };
  const [rejecting, setRejecting] = useState<AssayEvent | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const params = filterParams(filter);
  const key = JSON.stringify(params);
  const events = useLoad(
    () =>
      api<{ events: AssayEvent[] }>(
        `/v1/events${query({ ...params, sort: 'confidence', order: 'asc', limit: 100 })}`,
      ).then((page) => page.events),
    [key],
  );
  // Counted without the type and status filters, so that each choice shows how many it would give.
  const counts = useLoad(
    () => api<EventCounts>(`/v1/events/counts${query({ ...params, type: undefined, status: undefined })}`),
    [key],
  );
  const list = events.data ?? [];
  const current = list[Math.min(selected, list.length - 1)];
  const rows = useRef<HTMLDivElement>(null);
  const latest = useRef(list);
  latest.current = list;

  const act = async (event: AssayEvent, action: () => Promise<unknown>, done: string) => {
    setActionError(null);
    try {
      await action();
      setNotice(`${done}: ${summary(event)}`);
      events.reload();
      counts.reload();
    } catch (error) {
      setActionError(error);
    }
  };
  const confirm = (event: AssayEvent) =>
    act(
      event,
      () => api(`/v1/events/${encodeURIComponent(event.id)}/confirm`, { method: 'POST' }),
      'Confirmed',
    );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const list = latest.current;
      const index = Math.min(selection.current, list.length - 1);
      const row = list[index];
      if (isTyping(event) || rejecting || !row) return;
      const open = (suffix = '') => {
        location.hash = `#/events/${encodeURIComponent(row.id)}${suffix}`;
      };
      const keys: Record<string, () => void> = {
        j: () => setSelected(Math.min(index + 1, list.length - 1)),
        k: () => setSelected(Math.max(index - 1, 0)),
        c: () => confirm(row),
        r: () => setRejecting(row),
        e: () => open('?edit'),
        Enter: () => open(),
      };
      const run = keys[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    rows.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current?.id]);

  return (
    <section>
      <h1>Review queue</h1>
      <p class="hint">
        <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>c</kbd> confirm · <kbd>r</kbd> reject ·{' '}
        <kbd>e</kbd> edit
      </p>
      <FilterBar
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setSelected(0);
        }}
        counts={counts.data}
      />
      <ErrorBox error={events.error ?? counts.error} />
      <ErrorBox error={actionError} />
      <p class="notice" role="status">
        {notice}
      </p>
      {rejecting && (
        <RejectForm
          event={rejecting}
          onCancel={() => setRejecting(null)}
          onRejected={() => {
            setNotice(`Rejected: ${summary(rejecting)}`);
            setRejecting(null);
            events.reload();
            counts.reload();
          }}
        />
      )}
      {events.data && list.length === 0 && <p>No events match these filters.</p>}
      <div
        class="queue"
        role="listbox"
        aria-label="Events"
        tabIndex={0}
        aria-activedescendant={current ? `row-${current.id}` : undefined}
        ref={rows}
      >
        {list.map((event, index) => {
          const isCurrent = event === current;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: j/k/Enter on the page do what a click does
            <div
              key={event.id}
              id={`row-${event.id}`}
              tabIndex={-1}
              role="option"
              aria-selected={isCurrent}
              class={isCurrent ? 'selected' : undefined}
              onClick={() => setSelected(index)}
            >
              <Confidence value={event.confidence} />
              <span class="type">{event.type}</span>
              <a href={`#/events/${encodeURIComponent(event.id)}`}>{summary(event)}</a>
              <span class="quote">“{event.citations[0]?.quote}”</span>
              <span class="row-actions">
                <StatusBadge status={event.review_status} />
                <button type="button" onClick={() => confirm(event)}>
                  Confirm
                </button>
                <button type="button" onClick={() => setRejecting(event)}>
                  Reject
                </button>
              </span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
