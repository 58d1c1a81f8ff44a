export {
  type ArticleInput,
  articleCandidates,
  type Candidate,
  canonicalGoods,
  compileEventType,
  decideEvents,
  type EventModel,
  type EventType,
  type EventTypeFile,
  type ExtractOptions,
  eventId,
  expandFeatures,
  extractEvents,
  getEventModel,
  getEventTypes,
  modelFileSchema,
  parseEventTypeFile,
  score,
  trainLogistic,
} from './engine/index.js';
export { HtmlBudgetError, MAX_HTML_CHARS, parseHtml, parseText, TIME_BUDGET_MS } from './html/index.js';
export { type Sentence, splitSentences } from './text/sentences.js';
