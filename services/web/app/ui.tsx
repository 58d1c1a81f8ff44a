import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, type Problem } from './api';
import { type AssayEvent, EVENT_TYPES, type EventCounts, type EventType, type Role } from './types';

/** What each role may open; admin keys may do everything. */
export function can(role: Role, ...roles: Role[]): boolean {
  return role === 'admin' || roles.includes(role);
}

export function toProblem(error: unknown): Problem {
  return error instanceof ApiError
    ? error.problem
    : { title: 'Something went wrong', status: 0, detail: String(error) };
}

/** An API error, in words: its title, its detail and each field it names. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = toProblem(error);
  return (
    <div class="error" role="alert">
      <strong>
        {problem.title}
        {problem.status ? ` (${problem.status})` : ''}
      </strong>
      {problem.detail && problem.detail !== problem.title && <div>{problem.detail}</div>}
      {problem.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Loads data when `deps` change; `reload` fetches again (after an action). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  // Callers list what `load` depends on in `deps`.
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
      },
      (failure) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, reload };
}

export const SLOTS: Record<EventType, string[]> = {
  relocation: ['company', 'from', 'to', 'scope', 'status'],
  tariff: ['imposer', 'target', 'goods', 'rate_pct', 'action', 'effective_date'],
  blacklisting: ['authority', 'list', 'entity', 'action'],
  export_restriction: ['imposer', 'target', 'goods', 'action', 'effective_date'],
};

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : String(value);

/** One line that says what the event is. */
export function summary(event: AssayEvent): string {
  const e = event as Record<string, unknown>;
  switch (event.type) {
    case 'relocation':
      return `${show(e.company)} moves ${show(e.scope)} ${show(e.from)} → ${show(e.to)} (${show(e.status)})`;
    case 'tariff':
      return `${show(e.imposer)} ${show(e.action)}s tariff on ${show(e.target)}: ${show(e.goods)}${e.rate_pct == null ? '' : ` ${e.rate_pct}%`}`;
    case 'blacklisting':
      return `${show(e.authority)} ${show(e.list)}: ${show(e.action)} ${show(e.entity)}`;
    case 'export_restriction':
      return `${show(e.imposer)} ${show(e.action)}s export restriction on ${show(e.goods)} → ${show(e.target)}`;
  }
}

export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { hour12: false });
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge badge-${status}`}>{status}</span>;
}

export function Confidence({ value }: { value: number }) {
  return <span class="confidence">{Math.round(value * 100)}%</span>;
}

export interface EventFilter {
  type?: string;
  entity?: string;
  country?: string;
  since?: string;
  until?: string;
  status?: string;
}

/**
 * A page's filter kept in the URL (`#/review?type=tariff&status=new`), so that a reload or a shared link
 * shows the same events. The address is replaced, not pushed: filtering does not fill the history.
 */
export function useUrlFilter<F extends object>(defaults: F): [F, (next: F) => void] {
  const [filter, setFilter] = useState<F>(() => {
    const search = location.hash.split('?')[1];
    if (!search) return defaults;
    const fromUrl: Record<string, string | undefined> = {};
    for (const [name, value] of new URLSearchParams(search)) fromUrl[name] = value || undefined;
    return fromUrl as F;
  });
  const update = (next: F) => {
    setFilter(next);
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(next))
      if (typeof value === 'string' && value) params.set(name, value);
    // A default the user cleared stays cleared after a reload.
    for (const name of Object.keys(defaults)) if (!params.has(name)) params.set(name, '');
    const path = location.hash.split('?')[0] || '#';
    const search = params.toString();
    history.replaceState(null, '', search ? `${path}?${search}` : path);
  };
  return [filter, update];
}

/** The filters shared by the review queue and search, with the counts for the current filter. */
export function FilterBar({
  filter,
  onChange,
  counts,
  children,
}: {
  filter: EventFilter;
  onChange: (filter: EventFilter) => void;
  counts: EventCounts | undefined;
  children?: ComponentChildren;
}) {
  const set = (name: keyof EventFilter) => (event: Event) =>
    onChange({ ...filter, [name]: (event.currentTarget as HTMLInputElement).value || undefined });
  const count = (group: Record<string, number> | undefined, name: string) =>
    counts ? ` (${group?.[name] ?? 0})` : '';
  return (
    <form class="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Type
        <select value={filter.type ?? ''} onChange={set('type')}>
          <option value="">all{counts ? ` (${counts.total})` : ''}</option>
          {EVENT_TYPES.map((type) => (
            <option value={type} key={type}>
              {type}
              {count(counts?.by_type, type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Company
        <input type="search" value={filter.entity ?? ''} onChange={set('entity')} placeholder="any" />
      </label>
      <label>
        Country
        <input
          value={filter.country ?? ''}
          onChange={set('country')}
          placeholder="e.g. US"
          maxLength={2}
          size={4}
          pattern="[A-Za-z]{2}"
          title="An ISO code such as US, or EU / UN"
        />
      </label>
      <label>
        Since
        <input type="date" value={filter.since ?? ''} onChange={set('since')} />
      </label>
      <label>
        Until
        <input type="date" value={filter.until ?? ''} onChange={set('until')} />
      </label>
      <label>
        Status
        <select value={filter.status ?? ''} onChange={set('status')}>
          <option value="">any</option>
          {(['new', 'confirmed', 'rejected'] as const).map((status) => (
            <option value={status} key={status}>
              {status}
              {count(counts?.by_status, status)}
            </option>
          ))}
        </select>
      </label>
      {children}
    </form>
  );
}

/** The filter as API query parameters (the country upper-cased, as the API expects). */
export function filterParams(filter: EventFilter): Record<string, string | undefined> {
  return { ...filter, country: filter.country?.toUpperCase() };
}

/** True when a key press is typing in a field, so page shortcuts must leave it alone. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return (
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    !!target?.closest('input, textarea, select, [contenteditable="true"]')
  );
}
