import { describe, expect, it } from 'vitest';
import { parseSitemap } from './parse-sitemap.js';
import { readFixture } from './test-fixtures.js';

describe('parseSitemap', () => {
  it('reads a sitemap index: child sitemaps with lastmod', () => {
    const sitemap = parseSitemap(readFixture('sitemap-index.xml'), 'https://www.example.com/sitemap.xml');
    expect(sitemap).toEqual({
      kind: 'index',
      entries: [
        {
          url: 'https://www.example.com/sitemaps/news.xml',
          lastmod: '2025-06-03T10:00:00.000Z',
          title: null,
          published: null,
        },
        {
          url: 'https://www.example.com/sitemaps/archive-2025-05.xml?page=2&type=post',
          lastmod: '2025-05-31T00:00:00.000Z',
          title: null,
          published: null,
        },
        { url: 'https://www.example.com/sitemaps/relative.xml', lastmod: null, title: null, published: null },
      ],
    });
  });

  it('reads a Google News sitemap: news title and publication date, not image titles', () => {
    const sitemap = parseSitemap(readFixture('news-sitemap.xml'), 'https://www.example.com/news-sitemap.xml');
    expect(sitemap.kind).toBe('urlset');
    expect(sitemap.entries).toEqual([
      {
        url: 'https://www.example.com/business/2025/06/03/rare-earths-blacklist.html',
        lastmod: '2025-06-03T11:00:00.000Z',
        title: 'Commerce adds rare-earth processors to Entity List & tightens rules',
        published: '2025-06-03T07:45:00.000Z',
      },
      {
        url: 'https://www.example.com/business/2025/06/02/copper-tariff.html',
        lastmod: null,
        title: 'Copper tariff threatened',
        published: '2025-06-02T00:00:00.000Z',
      },
      {
        url: 'https://www.example.com/business/2024/plain-page.html',
        lastmod: '2024-01-01T00:00:00.000Z',
        title: null,
        published: null,
      },
    ]);
  });

  it('reads a urlset with a single url and prefixed sitemap elements', () => {
    const body =
      '<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://a.example/1</sm:loc></sm:url></sm:urlset>';
    expect(parseSitemap(body, 'https://a.example/sitemap.xml')).toEqual({
      kind: 'urlset',
      entries: [{ url: 'https://a.example/1', lastmod: null, title: null, published: null }],
    });
    expect(parseSitemap('<urlset></urlset>', 'https://a.example/')).toEqual({ kind: 'urlset', entries: [] });
  });

  it('throws a clear error on anything else', () => {
    expect(() => parseSitemap(readFixture('rss.xml'), 'https://a.example/')).toThrow(
      /^not a sitemap: no <urlset> or <sitemapindex> root element/,
    );
    expect(() => parseSitemap('<html><body>404</body></html>', 'https://a.example/')).toThrow(
      /^not a sitemap/,
    );
    expect(() => parseSitemap('', 'https://a.example/')).toThrow(/^not a sitemap/);
  });
});
