import { createHash } from 'node:crypto';

const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);

// BullMQ job ids may not contain ":" (it separates key parts), so ids use "-".

/** A page is crawled once per canonical URL, however many feeds and pages link to it. */
export const pageJobId = (canonicalUrl: string) => `page-${digest(canonicalUrl)}`;

/** The same content at the same URL is extracted and stored once; changed content is new work. */
export const extractJobId = (url: string, contentHash: string) => `extract-${digest(url, contentHash)}`;
export const storeJobId = (url: string, contentHash: string) => `store-${digest(url, contentHash)}`;

export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex');
