import type { ExtractPayload } from '@assay/queue';
import { extractArticle } from './extract-article.js';

/** Runs in a worker thread (piscina), so a page that makes the parser spin can be stopped by time. */
export default function extractTask(payload: ExtractPayload) {
  return extractArticle(payload);
}
