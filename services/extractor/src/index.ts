export { extractArticle } from './extract-article.js';
export { createExtractor, type Extractor, type ExtractorOptions } from './extractor-worker.js';
