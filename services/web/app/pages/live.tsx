import { useEffect, useState } from 'preact/hooks';
import { ApiError, followFeed, type StreamState } from '../api';
import type { FeedMessage, Me } from '../types';
import { can, ErrorBox, formatTime, StatusBadge, summary } from '../ui';

/** The newest this many changes are kept on screen. */
const KEEP = 200;
/** On opening, the panel starts this many changes back. */
const BACKFILL = 20;

/** Follows the SSE feed: the latest changes, then every change to an event as it is committed. */
export function LivePage({ me }: { me: Me }) {
  // Operators follow the feed but may not open events.
  const readsEvents = can(me.role, 'analyst', 'subscriber');
  const [messages, setMessages] = useState<FeedMessage[]>([]);
  const [state, setState] = useState<StreamState>({ state: 'connecting' });

  useEffect(() => {
    const abort = new AbortController();
    followFeed(
      (message) => setMessages((list) => [message, ...list].slice(0, KEEP)),
      setState,
      abort.signal,
      BACKFILL,
    );
    return () => abort.abort();
  }, []);

  return (
    <section>
      <h1>Live feed</h1>
      <p role="status" class={`stream stream-${state.state}`}>
        {state.state === 'open'
          ? 'Following the feed'
          : state.state === 'connecting'
            ? 'Connecting…'
            : 'Disconnected'}
      </p>
      {state.state === 'error' && <ErrorBox error={new ApiError(state.problem)} />}
      {messages.length === 0 && <p>No changes yet.</p>}
      <ol class="feed" aria-live="polite">
        {messages.map((message) => (
          <li key={message.id}>
            <span class="meta">{formatTime(message.time)}</span>{' '}
            <span class="change">{message.type.replace('assay.event.', '')}</span>{' '}
            <StatusBadge status={message.data.review_status} />{' '}
            {readsEvents ? (
              <a href={`#/events/${encodeURIComponent(message.subject)}`}>{summary(message.data)}</a>
            ) : (
              summary(message.data)
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
