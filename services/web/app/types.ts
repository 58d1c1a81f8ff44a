/** The shapes of the public /v1 API that the UI reads (see GET /openapi.json). */

export type Role = 'admin' | 'operator' | 'analyst' | 'subscriber';
export type ReviewStatus = 'new' | 'confirmed' | 'rejected';
export type EventType = 'relocation' | 'tariff' | 'blacklisting' | 'export_restriction';
export const EVENT_TYPES: readonly EventType[] = [
  'relocation',
  'tariff',
  'blacklisting',
  'export_restriction',
];

export interface Me {
  id: string;
  name: string;
  role: Role;
}

export interface Citation {
  article_id?: string;
  url: string | null;
  title: string;
  published: string | null;
  quote: string;
  start: number;
  end: number;
}

/** An event: its type's slots plus the review fields. */
export interface AssayEvent {
  id: string;
  type: EventType;
  date: string | null;
  confidence: number;
  citations: Citation[];
  review_status: ReviewStatus;
  corrected: boolean;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_reason: string | null;
  first_seen: string;
  last_seen: string;
  [slot: string]: unknown;
}

export interface EventCounts {
  total: number;
  by_status: Record<string, number>;
  by_type: Record<string, number>;
}

export interface HistoryEntry {
  id: number;
  change: string;
  actor: string | null;
  reason: string | null;
  review_status: ReviewStatus | null;
  slots: Record<string, unknown>;
  confidence: number;
  at: string;
}

export interface Article {
  id: string;
  url: string;
  title: string;
  published: string | null;
  site_name: string | null;
  text: string;
  citations: { event_id: string; quote: string; start: number; end: number }[];
}

export interface Source {
  id: string;
  name?: string;
  kind: string;
  url: string;
  schedule: { every_minutes: number } | { cron: string };
  enabled: boolean;
  updated_at: string;
}

export interface Fetch {
  id: string;
  url: string;
  status: number | null;
  bytes: number;
  duration_ms: number;
  error: string | null;
  fetched_at: string;
}

export interface QueueCounts {
  name: string;
  counts: Record<string, number>;
}

export interface FailedJob {
  id: string;
  name: string;
  failed_reason: string;
  attempts_made: number;
  finished_at: string | null;
}

export interface FeedMessage {
  id: string;
  type: string;
  subject: string;
  time: string;
  data: AssayEvent;
}
