import { type ExtractedPage, extractPage, type PageInput } from './extract-article.js';

/**
 * Runs in a worker thread (piscina), so a page that makes the parser spin can be stopped by time. It gets
 * only what extraction reads and returns only what it makes: every field crossing the thread boundary is
 * copied, and the compressed body is already on the main thread for the store job.
 */
export default function extractTask(page: PageInput): ExtractedPage {
  return extractPage(page);
}
