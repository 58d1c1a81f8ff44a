export { type Crawler, type CrawlerOptions, createCrawler } from './crawler-worker.js';
