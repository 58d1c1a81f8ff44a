import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../api';
import { ExternalLink } from '../links';
import type { Article, AssayEvent, Citation, EventType, HistoryEntry, Me } from '../types';

const REVIEWS: string[] = ['confirmed', 'corrected', 'rejected'];

import {
  Confidence,
  can,
  ErrorBox,
  formatTime,
  SLOTS,
  StatusBadge,
  summary,
  toProblem,
  useLoad,
} from '../ui';

export function EventPage({ id, me, edit }: { id: string; me: Me; edit: boolean }) {
  const path = `/v1/events/${encodeURIComponent(id)}`;
  const event = useLoad(() => api<AssayEvent>(path), [path]);
  const history = useLoad(() => api<{ history: HistoryEntry[] }>(`${path}/history`), [path]);
  const [mode, setMode] = useState<'view' | 'reject' | 'edit'>(edit ? 'edit' : 'view');
  const [actionError, setActionError] = useState<unknown>(null);
  const reviewer = can(me.role, 'analyst');
  const changed = () => {
    setMode('view');
    event.reload();
    history.reload();
  };

  if (!event.data) return event.error ? <ErrorBox error={event.error} /> : <p class="loading">Loading…</p>;
  const current = event.data;

  const confirm = async () => {
    setActionError(null);
    try {
      await api(`${path}/confirm`, { method: 'POST' });
      changed();
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <article class="event">
      <h1>{summary(current)}</h1>
      <p class="meta">
        <StatusBadge status={current.review_status} /> <span class="type">{current.type}</span> · confidence{' '}
        <Confidence value={current.confidence} />
        {current.corrected && ' · corrected'}
        {current.reviewed_by && ` · reviewed by ${current.reviewed_by} ${formatTime(current.reviewed_at)}`}
        {current.review_reason && ` · reason: ${current.review_reason}`}
      </p>
      <ErrorBox error={actionError} />
      {reviewer && mode === 'view' && (
        <div class="actions">
          <button type="button" onClick={confirm} disabled={current.review_status === 'confirmed'}>
            Confirm
          </button>
          <button type="button" onClick={() => setMode('reject')}>
            Reject…
          </button>
          <button type="button" onClick={() => setMode('edit')}>
            Correct slots…
          </button>
        </div>
      )}
      {reviewer && mode === 'reject' && (
        <RejectForm event={current} onCancel={() => setMode('view')} onRejected={changed} />
      )}
      {reviewer && mode === 'edit' ? (
        <EditForm event={current} onCancel={() => setMode('view')} onSaved={changed} />
      ) : (
        <Slots event={current} />
      )}

      <h2>Citations ({current.citations.length})</h2>
      {current.citations.map((citation) => (
        <CitationView key={`${citation.article_id}:${citation.start}`} citation={citation} />
      ))}

      <h2>History</h2>
      <ErrorBox error={history.error} />
      {history.data && <History entries={history.data.history} />}
    </article>
  );
}

function Slots({ event }: { event: AssayEvent }) {
  return (
    <dl class="slots">
      {[...SLOTS[event.type], 'date'].map((name) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{event[name] === null || event[name] === undefined ? '—' : String(event[name])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Asks for the reason, which the API requires and the feed's retraction carries. */
export function RejectForm({
  event,
  onCancel,
  onRejected,
}: {
  event: AssayEvent;
  onCancel: () => void;
  onRejected: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  // Focused by hand, as the form is drawn (not after: the first keys typed would be lost): the
  // autofocus attribute works once per page load, and sign-in has used it.
  useLayoutEffect(() => {
    box.current?.focus();
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await api(`/v1/events/${encodeURIComponent(event.id)}/reject`, { method: 'POST', body: { reason } });
      onRejected();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form
      class="panel"
      aria-label="Reject"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label>
        Why reject “{summary(event)}”?
        <textarea
          ref={box}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
          required
          rows={2}
        />
      </label>
      <ErrorBox error={error} />
      <button type="submit">Reject</button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

interface Field {
  kind: 'text' | 'country' | 'number' | 'date' | 'choice';
  required?: boolean;
  choices?: string[];
}

/** How each slot is edited and checked before it is sent; the API checks again (and knows the codes). */
const FIELDS: Record<EventType, Record<string, Field>> = {
  relocation: {
    company: { kind: 'text', required: true },
    from: { kind: 'country' },
    to: { kind: 'country', required: true },
    scope: { kind: 'choice', choices: ['headquarters', 'operations', 'manufacturing', 'mining'] },
    status: { kind: 'choice', choices: ['completed', 'announced', 'planned'] },
  },
  tariff: {
    imposer: { kind: 'country', required: true },
    target: { kind: 'country' },
    goods: { kind: 'text' },
    rate_pct: { kind: 'number' },
    action: { kind: 'choice', choices: ['impose', 'raise', 'reduce', 'remove', 'threaten'] },
    effective_date: { kind: 'date' },
  },
  blacklisting: {
    authority: { kind: 'country', required: true },
    list: { kind: 'text' },
    entity: { kind: 'text', required: true },
    action: { kind: 'choice', choices: ['add', 'remove'] },
  },
  export_restriction: {
    imposer: { kind: 'country', required: true },
    target: { kind: 'country' },
    goods: { kind: 'text', required: true },
    action: { kind: 'choice', choices: ['impose', 'expand', 'ease', 'remove', 'threaten'] },
    effective_date: { kind: 'date' },
  },
};

/** A form value as the slot's JSON value, or a message saying why it is not one. */
function parseField(field: Field, raw: string): { value: unknown } | { message: string } {
  const text = raw.trim();
  if (!text) return field.required ? { message: 'is required' } : { value: null };
  if (field.kind === 'country') {
    return /^[A-Za-z]{2}$/.test(text)
      ? { value: text.toUpperCase() }
      : { message: 'must be a two-letter country code such as US (or EU, UN)' };
  }
  if (field.kind === 'number') {
    const number = Number(text);
    return Number.isFinite(number) && number >= 0
      ? { value: number }
      : { message: 'must be a number, 0 or more' };
  }
  if (field.kind === 'date') {
    return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)
      ? { value: text }
      : { message: 'must be a date such as 2025-04-03 (or 2025-04, 2025)' };
  }
  return { value: text };
}

function EditForm({
  event,
  onCancel,
  onSaved,
}: {
  event: AssayEvent;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const fields = FIELDS[event.type];
  const initial = Object.fromEntries(
    Object.keys(fields).map((name) => [name, event[name] === null ? '' : String(event[name] ?? '')]),
  );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const slots: Record<string, unknown> = {};
    const problems: Record<string, string> = {};
    for (const [name, field] of Object.entries(fields)) {
      if (values[name] === initial[name]) continue;
      const parsed = parseField(field, values[name] ?? '');
      if ('message' in parsed) problems[name] = parsed.message;
      else slots[name] = parsed.value;
    }
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (!Object.keys(slots).length) {
      setError(new Error('nothing was changed'));
      return;
    }
    try {
      await api(`/v1/events/${encodeURIComponent(event.id)}`, {
        method: 'PATCH',
        body: { slots, reason: reason.trim() || undefined },
      });
      onSaved();
    } catch (failure) {
      // The API names the slot it refused (body.slots.to): show it next to that field.
      const named = Object.fromEntries(
        (toProblem(failure).errors ?? [])
          .filter((e) => e.field.startsWith('body.slots.'))
          .map((e) => [e.field.slice('body.slots.'.length), e.message]),
      );
      setErrors(named);
      setError(failure instanceof ApiError && Object.keys(named).length ? null : failure);
    }
  };

  return (
    <form
      class="panel edit"
      aria-label="Correct slots"
      ref={form}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      {Object.entries(fields).map(([name, field]) => {
        const id = `slot-${name}`;
        const set = (e: Event) =>
          setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value });
        return (
          <div class="field" key={name}>
            <label for={id}>
              {name}
              {field.required && ' *'}
            </label>
            {field.kind === 'choice' ? (
              <select id={id} value={values[name]} onChange={set}>
                {field.choices?.map((choice) => (
                  <option key={choice}>{choice}</option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                value={values[name]}
                onInput={set}
                inputMode={field.kind === 'number' ? 'decimal' : undefined}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={errors[name] ? `${id}-error` : undefined}
              />
            )}
            {errors[name] && (
              <span class="field-error" id={`${id}-error`}>
                {name} {errors[name]}
              </span>
            )}
          </div>
        );
      })}
      <div class="field">
        <label for="slot-reason">reason</label>
        <input id="slot-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </div>
      <ErrorBox error={error} />
      <button type="submit">Save correction</button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** A citation: the article's text with the quoted sentence highlighted and scrolled into view. */
function CitationView({ citation }: { citation: Citation }) {
  const article = useLoad(
    () =>
      citation.article_id
        ? api<Article>(`/v1/articles/${encodeURIComponent(citation.article_id)}`)
        : Promise.resolve(null),
    [citation.article_id],
  );
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const container = box.current;
    const mark = container?.querySelector('mark');
    if (!container || !mark) return;
    // Measured on screen, not with offsetTop: offsetTop counts from the nearest positioned ancestor,
    // which is not the box, and the difference went negative, leaving the sentence below the visible part.
    const below = mark.getBoundingClientRect().top - container.getBoundingClientRect().top;
    // A line or two of context above the sentence, less in a short box.
    container.scrollTop += below - Math.min(32, container.clientHeight / 4);
  }, [article.data]);
  const text = article.data?.text;
  // The offsets are into the article's text; if they do not hold (they always should), show the quote alone.
  const fits = text !== undefined && text.slice(citation.start, citation.end) === citation.quote;

  return (
    <section class="citation">
      <h3>
        <ExternalLink href={citation.url}>{citation.title}</ExternalLink>
        <span class="meta"> {citation.published ?? ''}</span>
      </h3>
      <ErrorBox error={article.error} />
      <section
        class="article-text"
        ref={box}
        aria-label={`Text of ${citation.title}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to scroll by keyboard
        tabIndex={0}
      >
        {fits ? (
          <>
            {text.slice(0, citation.start)}
            <mark>{citation.quote}</mark>
            {text.slice(citation.end)}
          </>
        ) : (
          <mark>{citation.quote}</mark>
        )}
      </section>
    </section>
  );
}

function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <div class="scroll">
      <table class="history">
        <thead>
          <tr>
            <th>When</th>
            <th>Change</th>
            <th>Who</th>
            <th>Reason</th>
            <th>Slots</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={entry.id}>
              <td>{formatTime(entry.at)}</td>
              <td>{entry.change}</td>
              {/* Subscribers are not told who reviewed: their review entries come without an actor. */}
              <td>{entry.actor ?? (REVIEWS.includes(entry.change) ? 'an analyst' : 'pipeline')}</td>
              <td>{entry.reason ?? ''}</td>
              <td>
                <SlotChanges before={entries[index - 1]?.slots} after={entry.slots} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What changed in the slots since the entry before: `to: DE → FR`. */
function SlotChanges({
  before,
  after,
}: {
  before?: Record<string, unknown>;
  after: Record<string, unknown>;
}) {
  const changes = Object.keys(after).filter(
    (name) => name !== 'type' && before && JSON.stringify(before[name]) !== JSON.stringify(after[name]),
  );
  if (!before) return <span class="meta">first report</span>;
  if (!changes.length) return <span class="meta">no change</span>;
  return (
    <ul class="plain">
      {changes.map((name) => (
        <li key={name}>
          {name}: {JSON.stringify(before[name] ?? null)} → {JSON.stringify(after[name] ?? null)}
        </li>
      ))}
    </ul>
  );
}
