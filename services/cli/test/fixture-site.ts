import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FixtureArticle {
  id: string;
  title: string;
  body: string;
  published: string;
}

export interface FixtureSite {
  base: string;
  articles: FixtureArticle[];
  /** Requests seen, by path, in order. */
  requests: string[];
  /** Paths answered 304 Not Modified to a conditional GET. */
  notModified: string[];
  /** Articles reached through the flaky page, the redirect chain, tracking-parameter links and a canonical copy. */
  special: { flaky: string; redirected: string; tracked: string; duplicated: string };
  close(): Promise<void>;
}

const sharedNews = resolve(
  process.env.ASSAY_SHARED_DIR ?? fileURLToPath(new URL('../../../../shared', import.meta.url)),
  'corpora/news',
);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Articles for the fixture site: the real news texts in ../shared when present (read in place), else
 * texts made here from templates, so the end-to-end test runs on a fresh clone too.
 */
export function fixtureArticles(count: number): FixtureArticle[] {
  if (existsSync(sharedNews)) {
    return readdirSync(sharedNews)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, count)
      .map((file, i) => {
        const text = readFileSync(join(sharedNews, file), 'utf8');
        const [title = '', ...rest] = text.split('\n');
        return {
          id: file.replace(/\.txt$/, ''),
          title: title.trim(),
          body: rest.join('\n').trim(),
          published: day(i),
        };
      });
  }
  return Array.from({ length: count }, (_, i) => templateArticle(i));
}

const COMPANIES = [
  'Bitmain',
  'Canaan',
  'MicroBT',
  'Bitdeer',
  'Bitfarms',
  'CleanSpark',
  'Riot Platforms',
  'Hut 8',
];
const PLACES = [
  'Singapore',
  'Malaysia',
  'the United States',
  'Canada',
  'Paraguay',
  'Ethiopia',
  'Norway',
  'Kazakhstan',
];
const IMPOSERS = ['Washington', 'The European Union', 'Canada', 'Japan', 'Brussels', 'India'];
const TARGETS = ['Chinese', 'Vietnamese', 'Russian', 'Malaysian', 'Thai', 'Indonesian'];
const ENTITIES = ['Sophgo', 'Huawei', 'Hikvision', 'YMTC', 'SMIC', 'Inspur'];

function day(i: number): string {
  return new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

function templateArticle(i: number): FixtureArticle {
  const company = COMPANIES[i % COMPANIES.length] ?? 'Bitmain';
  const place = PLACES[(i * 3) % PLACES.length] ?? 'Singapore';
  const imposer = IMPOSERS[i % IMPOSERS.length] ?? 'Washington';
  const target = TARGETS[(i * 5) % TARGETS.length] ?? 'Chinese';
  const entity = ENTITIES[i % ENTITIES.length] ?? 'Sophgo';
  const rate = 10 + (i % 9) * 5;
  const kind = i % 3;
  const lead =
    kind === 0
      ? `${company} relocated its headquarters to ${place}, the company said on Monday.`
      : kind === 1
        ? `${imposer} imposed a ${rate}% tariff on ${target} mining equipment, officials said.`
        : `The Commerce Department added ${entity} to the Entity List, citing national security concerns.`;
  return {
    id: `story-${String(i).padStart(3, '0')}`,
    title: `Mining industry report number ${i}`,
    body: `${lead}\n\nAnalysts said the decision reflects a wider shift in the industry. Market ${i} saw prices move by ${i % 7} points during the session.\n\nFurther details were not disclosed.`,
    published: day(i),
  };
}

export function articlePage(base: string, a: FixtureArticle): string {
  const paragraphs = a.body
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.replace(/\s+/g, ' ').trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(a.title)} | Fixture News</title>
<link rel="canonical" href="${base}/articles/${a.id}.html">
<meta property="article:published_time" content="${a.published}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>${escapeHtml(a.title)}</h1>${paragraphs}</article>
<footer>Fixture News · <a href="/about">About</a></footer></body></html>`;
}

/**
 * A local news site: an RSS feed and a sitemap index listing the articles, duplicates under tracking
 * parameters and under a second URL with rel=canonical, a page that fails with 500 once, and a
 * redirect chain. Never the internet.
 */
export async function startFixtureSite(count = 60): Promise<FixtureSite> {
  const articles = fixtureArticles(count);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const requests: string[] = [];
  const notModified: string[] = [];
  const flakyServed = new Set<string>();
  const [flaky, redirected, tracked] = articles.slice(-3).map((a) => a.id) as [string, string, string];
  // Listed in the feed under its own URL, and in the sitemap as a copy whose rel=canonical points back.
  const duplicated = articles[1]?.id ?? '';
  const half = Math.ceil((articles.length - 3) / 2);
  let base = '';

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push(url.pathname + url.search);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const articleUrl = (id: string) => `${base}/articles/${id}.html`;

    if (url.pathname === '/feed.xml' && req.headers['if-none-match'] === '"feed-v1"') {
      notModified.push(url.pathname);
      res.writeHead(304, { etag: '"feed-v1"' });
      return res.end();
    }
    if (url.pathname === '/feed.xml') {
      res.setHeader('etag', '"feed-v1"');
      const items = [
        ...articles.slice(0, half).map((a) => ({ a, link: articleUrl(a.id) })),
        {
          a: byId.get(tracked) as FixtureArticle,
          link: `${articleUrl(tracked)}?utm_source=rss&utm_medium=feed#top`,
        },
        { a: byId.get(flaky) as FixtureArticle, link: `${base}/flaky/${flaky}.html` },
        { a: byId.get(redirected) as FixtureArticle, link: `${base}/old/${redirected}` },
        // Not HTML: fetched, skipped, and the reason recorded.
        { a: byId.get(flaky) as FixtureArticle, link: `${base}/files/annual-report.pdf` },
        // Disallowed by robots.txt: must never be requested.
        { a: byId.get(flaky) as FixtureArticle, link: `${base}/private-section/${flaky}.html` },
        // Same server, but under a name the crawler is not allowed to reach (loopback, not allowlisted).
        {
          a: byId.get(flaky) as FixtureArticle,
          link: `${base.replace('127.0.0.1', 'localhost')}/articles/private.html`,
        },
      ];
      return send(
        200,
        'application/rss+xml',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture News</title><link>${base}/</link><description>Fixture</description>${items
          .map(
            ({ a, link }) =>
              `<item><title>${escapeHtml(a.title)}</title><link>${escapeHtml(link)}</link><pubDate>${new Date(`${a.published}T08:00:00Z`).toUTCString()}</pubDate></item>`,
          )
          .join('')}</channel></rss>`,
      );
    }
    if (url.pathname === '/files/annual-report.pdf') {
      return send(200, 'application/pdf', '%PDF-1.4 not an article');
    }
    if (url.pathname === '/robots.txt') {
      return send(200, 'text/plain', 'User-agent: *\nDisallow: /private-section/\n');
    }
    if (url.pathname === '/news') {
      // A section page: article links among navigation, as listing sources read it.
      const links = articles
        .slice(0, 10)
        .map(
          (a) =>
            `<li><a class="headline" href="/articles/${a.id}.html?ref=section">${escapeHtml(a.title)}</a></li>`,
        );
      return send(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><ul>${links.join('')}</ul></body></html>`,
      );
    }
    if (url.pathname === '/sitemap.xml') {
      return send(
        200,
        'application/xml',
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-articles.xml</loc></sitemap></sitemapindex>`,
      );
    }
    if (url.pathname === '/sitemap-articles.xml') {
      const entries = [
        ...articles.slice(half - 3, articles.length - 3).map((a) => articleUrl(a.id)),
        `${articleUrl(tracked)}?utm_campaign=sitemap&fbclid=abc`,
        `${base}/copy/${duplicated}.html`,
        `${articleUrl(articles[0]?.id ?? '')}?utm_source=sitemap`,
      ];
      return send(
        200,
        'application/xml',
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries
          .map((loc) => `<url><loc>${escapeHtml(loc)}</loc><lastmod>2025-02-01</lastmod></url>`)
          .join('')}</urlset>`,
      );
    }
    const match = /^\/(articles|flaky|copy|old|older)\/([\w-]+?)(?:\.html)?$/.exec(url.pathname);
    const article = match ? byId.get(match[2] ?? '') : undefined;
    if (!match || !article) return send(404, 'text/plain', 'not found');
    switch (match[1]) {
      case 'flaky':
        if (!flakyServed.has(article.id)) {
          flakyServed.add(article.id);
          return send(500, 'text/plain', 'temporary failure');
        }
        return send(200, 'text/html; charset=utf-8', articlePage(base, article));
      case 'old':
        res.writeHead(301, { location: `/older/${article.id}` });
        return res.end();
      case 'older':
        res.writeHead(302, { location: `/articles/${article.id}.html` });
        return res.end();
      default:
        return send(200, 'text/html; charset=utf-8', articlePage(base, article));
    }
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    articles,
    requests,
    notModified,
    special: { flaky, redirected, tracked, duplicated },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
