export { type CompressedBody, compressBody, compressedBodySchema, decompressBody } from './body.js';
export { queueContext, redisConnection } from './connection.js';
export {
  createTypedWorker,
  defineQueue,
  describeInvalidPayload,
  type Processor,
  type QueueContext,
  type QueueDefinition,
  SIGNATURE_FIELD,
  TypedQueue,
  verifySignature,
} from './define-queue.js';
export {
  DELIVER_BACKOFF_TYPE,
  type DeliverPayload,
  deliverBackoff,
  deliverPayloadSchema,
  deliverQueue,
} from './deliver-queue.js';
export { contentHash, extractJobId, pageJobId, storeJobId } from './job-ids.js';
export {
  CRAWL_BACKOFF_TYPE,
  type CrawlPagePayload,
  type CrawlPayload,
  type CrawlSourcePayload,
  crawlBackoff,
  crawlPagePayloadSchema,
  crawlPayloadSchema,
  crawlQueue,
  crawlSourcePayloadSchema,
  type ExtractPayload,
  extractPayloadSchema,
  extractQueue,
  type FetchRecord,
  fetchRecordSchema,
  foreignCanonicalUrl,
  httpUrlSchema,
  type PageFetch,
  pageFetchSchema,
  QUEUES,
  type StoreArticlePayload,
  type StorePayload,
  storeArticlePayloadSchema,
  storePayloadSchema,
  storeQueue,
  trustedCanonicalUrl,
} from './queues.js';
export {
  adaptedIntervalMinutes,
  intervalBounds,
  runSourceNow,
  scheduledSourceIds,
  scheduleSource,
  unscheduleSource,
} from './source-schedules.js';
