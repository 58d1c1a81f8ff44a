import type { FeedMessage } from './types';

/** An RFC 9457 problem, as the API sends it; network failures are turned into one too. */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

const KEY_ITEM = 'assay.key';

const DASHBOARD_SESSION = '/v1/session/dashboard';

/**
 * The queue dashboard is reached by a plain link, which cannot carry the Authorization header, so the
 * API sets a cookie for it: HttpOnly (no script here can read it back), SameSite=Strict, path
 * /admin/queues. `keepalive` lets the clearing request outlive a closing tab.
 */
function dashboardCookie(key: string, on: boolean): void {
  void fetch(DASHBOARD_SESSION, {
    method: on ? 'POST' : 'DELETE',
    headers: { authorization: `Bearer ${key}` },
    keepalive: true,
  }).catch(() => {});
}

function clearOnLeave(): void {
  const key = sessionStorage.getItem(KEY_ITEM);
  if (key) dashboardCookie(key, false);
}

/**
 * The key lives in sessionStorage: it is gone when the tab closes and is never written to disk. The
 * dashboard cookie of an operator is cleared at sign-out and when the tab goes away (set again on reload).
 */
export const session = {
  get key(): string | null {
    return sessionStorage.getItem(KEY_ITEM);
  },
  set(key: string, withDashboardCookie: boolean) {
    sessionStorage.setItem(KEY_ITEM, key);
    if (withDashboardCookie) {
      dashboardCookie(key, true);
      window.addEventListener('pagehide', clearOnLeave);
    }
  },
  clear() {
    window.removeEventListener('pagehide', clearOnLeave);
    const key = sessionStorage.getItem(KEY_ITEM);
    sessionStorage.removeItem(KEY_ITEM);
    if (key) dashboardCookie(key, false);
  },
};

/** Called when the API answers 401 to a signed-in request: the key was revoked or is wrong. */
let onUnauthorized: (problem: Problem) => void = () => {};
export function setUnauthorizedHandler(handler: (problem: Problem) => void) {
  onUnauthorized = handler;
}

function headers(key: string | null, extra: Record<string, string> = {}): Record<string, string> {
  return key ? { authorization: `Bearer ${key}`, ...extra } : extra;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { title: body.title ?? response.statusText, status: response.status, ...body };
  } catch {
    return { title: response.statusText || 'Request failed', status: response.status };
  }
}

async function send(path: string, init: RequestInit, key: string | null): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError({ title: 'The API cannot be reached', status: 0, detail: String(error) });
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    if (response.status === 401 && key === session.key) onUnauthorized(problem);
    throw new ApiError(problem);
  }
  return response;
}

/** A JSON request to the API with the session's key (or `key`, at sign-in). */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; key?: string } = {},
): Promise<T> {
  const key = options.key ?? session.key;
  const json = options.body !== undefined;
  const response = await send(
    path,
    {
      method: options.method ?? 'GET',
      headers: headers(key, json ? { 'content-type': 'application/json' } : {}),
      body: json ? JSON.stringify(options.body) : undefined,
    },
    key,
  );
  // Some answers carry no body: 204, and the 202 of a job retry.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Downloads a response as a file: export needs the Authorization header, so a plain link will not do. */
export async function download(path: string, filename: string): Promise<void> {
  const response = await send(path, { headers: headers(session.key) }, session.key);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** `{a: 'x', b: undefined}` → `?a=x`: empty filters are left out. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type StreamState = { state: 'connecting' | 'open' } | { state: 'error'; problem: Problem };

/**
 * Follows /v1/feed/stream until `signal` aborts. EventSource cannot send the Authorization header, so
 * the stream is read with fetch and parsed here; after a drop it reconnects with Last-Event-ID, so
 * nothing is missed or repeated.
 */
export async function followFeed(
  onMessage: (message: FeedMessage) => void,
  onState: (state: StreamState) => void,
  signal: AbortSignal,
  backfill = 0,
): Promise<void> {
  let lastId: string | undefined;
  if (backfill > 0) {
    // Start `backfill` changes back from the newest, so the panel is not empty on arrival.
    try {
      const { head } = await api<{ head: number }>('/v1/feed?limit=1');
      lastId = String(Math.max(0, head - backfill));
    } catch {
      // Without the head, follow from the present.
    }
  }
  while (!signal.aborted) {
    onState({ state: 'connecting' });
    try {
      const key = session.key;
      const response = await send(
        '/v1/feed/stream',
        { headers: headers(key, lastId ? { 'last-event-id': lastId } : {}), signal },
        key,
      );
      if (!response.body) throw new ApiError({ title: 'The feed sent no body', status: response.status });
      onState({ state: 'open' });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value.replace(/\r\n?/g, '\n');
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message = parseBlock(block);
          if (message.id) lastId = message.id;
          if (message.data) onMessage(JSON.parse(message.data) as FeedMessage);
          end = buffer.indexOf('\n\n');
        }
      }
      onState({ state: 'error', problem: { title: 'The feed closed; reconnecting', status: 0 } });
    } catch (error) {
      if (signal.aborted) return;
      const problem =
        error instanceof ApiError
          ? error.problem
          : { title: 'The feed broke off', status: 0, detail: String(error) };
      onState({ state: 'error', problem });
      // A key the API refuses will not start working by retrying.
      if (problem.status === 401 || problem.status === 403) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/** One SSE message: `id:` and `data:` fields; comment lines (heartbeats) and `event:` are not needed. */
function parseBlock(block: string): { id?: string; data?: string } {
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('id:')) id = line.slice(3).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  return { id, data: data.length ? data.join('\n') : undefined };
}
