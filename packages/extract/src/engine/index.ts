import type { Article, ExtractedEvent } from '@assay/schema';
import { articleCandidates, decideEvents } from './extract.js';

export type { Candidate } from './candidates.js';
export { canonicalGoods, eventId } from './event-id.js';
export { type ArticleInput, articleCandidates, decideEvents, MAX_SENTENCE_CHARS } from './extract.js';
export {
  type EventModel,
  expandFeatures,
  fitCalibration,
  getEventModel,
  logit,
  modelFileSchema,
  score,
  trainLogistic,
} from './model.js';
export {
  compileEventType,
  type EventType,
  type EventTypeFile,
  getEventTypes,
  parseEventTypeFile,
} from './taxonomy.js';

export interface ExtractOptions {
  /** The article's published date, for relative dates; defaults to `article.published`. */
  published?: string | null;
}

/**
 * Extracts the events an article states, one per real-world action, each citing every sentence that
 * states it (the clearest first). Event types come from the taxonomy files; the model decides.
 */
export function extractEvents(
  article: Pick<Article, 'text' | 'published'> & { title?: string | null },
  options: ExtractOptions = {},
): ExtractedEvent[] {
  const published = options.published ?? article.published ?? null;
  return decideEvents(articleCandidates({ text: article.text, published, title: article.title ?? null }));
}
