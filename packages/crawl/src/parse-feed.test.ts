import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { readFixture } from './test-fixtures.js';

describe('parseFeed', () => {
  it('reads RSS 2.0: links or permalink guids, resolved and canonicalized, dates as ISO', () => {
    const feed = parseFeed(readFixture('rss.xml'), 'https://news.example.com/feeds/markets.rss');
    expect(feed.title).toBe('Mining Weekly — Markets');
    expect(feed.items).toEqual([
      {
        url: 'https://news.example.com/markets/lithium-miner-moves',
        title: 'Lithium miner moves headquarters to Perth',
        published: '2025-06-03T08:15:00.000Z',
      },
      {
        url: 'https://news.example.com/markets/graphite-tariff?id=7&page=2',
        title: 'U.S. raises tariff on <b>graphite</b> anodes',
        published: '2025-06-02T21:00:00.000Z',
      },
      {
        url: 'https://news.example.com/markets/guid-permalink',
        title: 'Guid is the permalink',
        published: '2025-06-01T07:30:00.000Z',
      },
      { url: 'https://news.example.com/markets/undated', title: 'Undated', published: null },
    ]);
  });

  it('reads Atom: the alternate link, else the id when it is a URL; published, else updated', () => {
    const feed = parseFeed(readFixture('atom.xml'), 'https://desk.example.org/atom.xml');
    expect(feed.title).toBe('Commodities Desk');
    expect(feed.items).toEqual([
      {
        url: 'https://desk.example.org/2025/06/eu-sanctions',
        title: 'EU adds refiner to sanctions list',
        published: '2025-06-03T08:00:00.000Z',
      },
      {
        url: 'https://desk.example.org/2025/06/relative?a=1&b=2',
        title: 'Only updated, relative link',
        published: '2025-06-02T12:00:00.000Z',
      },
      {
        url: 'https://desk.example.org/2025/06/id-url',
        title: 'Id is the URL',
        published: '2025-06-01T12:00:00.000Z',
      },
    ]);
  });

  it('reads JSON Feed: url, else an id that is a URL; non-http URLs left out', () => {
    const feed = parseFeed(readFixture('feed.json'), 'https://json.example.net/feed.json');
    expect(feed.title).toBe('Ore & Metal JSON');
    expect(feed.items).toEqual([
      {
        url: 'https://json.example.net/posts/cobalt-export-ban?lang=en',
        title: 'Congo extends cobalt export ban',
        published: '2025-05-30T19:00:00.000Z',
      },
      { url: 'https://json.example.net/posts/id-only', title: null, published: '2025-05-29T08:00:00.000Z' },
    ]);
  });

  it('reads RSS 1.0 (RDF)', () => {
    const feed = parseFeed(readFixture('rdf.xml'), 'https://rdf.example.com/index.rdf');
    expect(feed).toEqual({
      title: 'RDF Wire',
      items: [
        {
          url: 'https://rdf.example.com/stories/nickel-quota',
          title: 'Indonesia cuts nickel ore quota',
          published: '2025-05-28T06:00:00.000Z',
        },
      ],
    });
  });

  it('throws a clear error on anything else', () => {
    expect(() => parseFeed('<!doctype html><html><body>Hello</body></html>', 'https://x.example/')).toThrow(
      /^not a feed: .*starts with "<!doctype html>/,
    );
    expect(() => parseFeed(readFixture('news-sitemap.xml'), 'https://x.example/')).toThrow(/^not a feed/);
    expect(() => parseFeed('', 'https://x.example/')).toThrow(/^not a feed/);
    expect(() => parseFeed('<rss><channel><title>cut off', 'https://x.example/')).toThrow(/^not a feed/);
  });
});
