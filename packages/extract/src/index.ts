export { eventId } from './events/event-id.js';
export { type ExtractOptions, extractEvents } from './events/extract-events.js';
export { parseHtml, parseText } from './html/index.js';
export { type Sentence, splitSentences } from './text/sentences.js';
