import { describe, expect, it } from 'vitest';
import { extractListingLinks } from './listing-links.js';
import { readFixture } from './test-fixtures.js';

const pageUrl = 'https://www.example.com/sections/mining';
const html = readFixture('listing.html');

describe('extractListingLinks', () => {
  it('without selector or pattern: same-host links, canonical, once each, in order, not the page itself', () => {
    expect(extractListingLinks(html, pageUrl, {})).toEqual([
      'https://www.example.com/',
      'https://www.example.com/2025/06/03/lithium-miner-moves-hq',
      'https://www.example.com/tags/lithium',
      'https://www.example.com/2025/06/02/graphite-tariff',
      'https://www.example.com/about',
    ]);
  });

  it('with a selector: only the selected links, from any host', () => {
    expect(extractListingLinks(html, pageUrl, { linkSelector: 'article h2 a' })).toEqual([
      'https://www.example.com/2025/06/03/lithium-miner-moves-hq',
      'https://www.example.com/2025/06/02/graphite-tariff',
      'https://partner.example.org/2025/06/01/syndicated',
    ]);
  });

  it('with a selector naming the elements around the links', () => {
    expect(extractListingLinks(html, pageUrl, { linkSelector: 'h2.headline' })).toHaveLength(3);
  });

  it('with a URL pattern: only links matching it', () => {
    expect(extractListingLinks(html, pageUrl, { urlPattern: '/\\d{4}/\\d{2}/\\d{2}/' })).toEqual([
      'https://www.example.com/2025/06/03/lithium-miner-moves-hq',
      'https://www.example.com/2025/06/02/graphite-tariff',
      'https://partner.example.org/2025/06/01/syndicated',
    ]);
  });

  it('with both: selected links that match the pattern', () => {
    expect(
      extractListingLinks(html, pageUrl, {
        linkSelector: 'article a',
        urlPattern: '^https://www\\.example\\.com/20',
      }),
    ).toEqual([
      'https://www.example.com/2025/06/03/lithium-miner-moves-hq',
      'https://www.example.com/2025/06/02/graphite-tariff',
    ]);
  });

  it('resolves relative links against <base href>', () => {
    const page = '<base href="https://www.example.com/archive/"><a href="story-1">1</a><a href="/top">2</a>';
    expect(extractListingLinks(page, pageUrl, {})).toEqual([
      'https://www.example.com/archive/story-1',
      'https://www.example.com/top',
    ]);
  });
});
