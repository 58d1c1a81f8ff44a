export {
  type AllowList,
  createAddressGuard,
  createAllowList,
  createPublicUrlCheck,
  isBlockedAddress,
  parseAllowEntry,
  portOf,
} from './address-guard.js';
export { canonicalizeUrl, findCanonicalUrl } from './canonical-url.js';
export {
  type CharsetSource,
  type DetectedCharset,
  declaredCharset,
  decodeText,
  normalizeCharset,
} from './charset.js';
export { type FetchOptions, type FetchResult, fetchResource, parseRetryAfter } from './fetch-resource.js';
export {
  AddressRefusedError,
  createGuardedDispatcher,
  type GuardedDispatcherOptions,
} from './guarded-dispatcher.js';
export { extractListingLinks, type ListingOptions } from './listing-links.js';
export { type Feed, type FeedItem, parseFeed } from './parse-feed.js';
export { parseSitemap, type Sitemap, type SitemapEntry } from './parse-sitemap.js';
export {
  createRobotsCache,
  type RobotsCache,
  type RobotsCacheOptions,
  type RobotsResponse,
  type RobotsVerdict,
} from './robots.js';
