import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ExtractedEvent } from '@assay/schema';
import type { StoreArticleInput } from '../src/types.js';

/** An event's slots alone: what a test states, the fixture adds id, date, confidence and citation. */
export type EventSlots = ExtractedEvent extends infer E
  ? E extends ExtractedEvent
    ? Omit<E, 'id' | 'date' | 'confidence' | 'citation'>
    : never
  : never;

/** Events the tests share: one of each type. */
export const SOPHGO = {
  type: 'blacklisting',
  authority: 'US',
  list: 'Entity List',
  entity: 'Sophgo',
  action: 'add',
} as const satisfies EventSlots;
export const GRAPHITE = {
  type: 'tariff',
  imposer: 'US',
  target: 'CN',
  goods: 'graphite',
  rate_pct: 25,
  action: 'impose',
  effective_date: null,
} as const satisfies EventSlots;
export const BITMAIN = {
  type: 'relocation',
  company: 'Bitmain',
  from: 'CN',
  to: 'SG',
  scope: 'headquarters',
  status: 'announced',
} as const satisfies EventSlots;

export interface EventSpec {
  slots: EventSlots;
  quote: string;
  confidence?: number;
  date?: string | null;
}

export interface ArticleOptions {
  fetchedAt?: string;
  canonical?: string | null;
  title?: string;
  sourceId?: string;
  siteName?: string;
}

/** The id the extractor gives an event: a hash of its type and slots. */
export const eventIdOf = (slots: EventSlots) =>
  `${slots.type}_${createHash('sha256').update(JSON.stringify(slots)).digest('hex').slice(0, 16)}`;

/** A store payload: an article whose text is `sentences` joined, citing each spec's quote where it occurs. */
export function articlePayload(
  url: string,
  sentences: string[],
  specs: EventSpec[],
  options: ArticleOptions = {},
): StoreArticleInput & { kind: 'article' } {
  const fetchedAt = options.fetchedAt ?? '2025-04-03T10:00:00Z';
  const text = sentences.join(' ');
  const html = `<html><body><p>${text}</p></body></html>`;
  const events = specs.map((spec) => {
    const start = text.indexOf(spec.quote);
    if (start < 0) throw new Error(`quote not in text: ${spec.quote}`);
    return {
      ...spec.slots,
      id: eventIdOf(spec.slots),
      date: spec.date ?? null,
      confidence: spec.confidence ?? 0.8,
      citation: { quote: spec.quote, start, end: start + spec.quote.length },
    } as ExtractedEvent;
  });
  return {
    kind: 'article',
    url,
    finalUrl: url,
    sourceId: options.sourceId ?? 'test-source',
    contentHash: createHash('sha256').update(html).digest('hex'),
    fetchedAt,
    article: {
      url,
      canonical_url: options.canonical ?? null,
      title: options.title ?? `Title of ${url}`,
      byline: null,
      published: fetchedAt.slice(0, 10),
      language: 'en',
      site_name: options.siteName ?? 'Test News',
      text,
      paragraphs: [{ start: 0, end: text.length }],
    },
    events,
    html: {
      encoding: 'gzip+base64',
      data: gzipSync(html).toString('base64'),
      bytes: Buffer.byteLength(html),
    },
  };
}
