export { createAddressGuard, isBlockedAddress } from './address-guard.js';
export { canonicalizeUrl, findCanonicalUrl } from './canonical-url.js';
export { type FetchOptions, type FetchResult, fetchResource } from './fetch-resource.js';
export { extractListingLinks, type ListingOptions } from './listing-links.js';
export { type Feed, type FeedItem, parseFeed } from './parse-feed.js';
export { parseSitemap, type Sitemap, type SitemapEntry } from './parse-sitemap.js';
