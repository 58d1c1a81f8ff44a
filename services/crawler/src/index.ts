export { type Crawler, type CrawlerOptions, crawlerSettings, createCrawler } from './crawler-worker.js';
