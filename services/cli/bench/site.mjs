// The benchmark's news site: N article pages built from the shared news corpus (read in place, never
// copied), or from generated text without ../shared, served on 127.0.0.1 with a sitemap index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sharedNews = resolve(
  process.env.ASSAY_SHARED_DIR ?? fileURLToPath(new URL('../../../../shared', import.meta.url)),
  'corpora/news',
);

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const day = (i) => new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);

const DESKS = ['Markets', 'Energy', 'Mining', 'Trade', 'Technology', 'Policy', 'Commodities'];
const CITIES = ['London', 'Singapore', 'New York', 'Hong Kong', 'Toronto', 'Sydney', 'Frankfurt', 'Tokyo'];

/** The base texts: `{ title, paragraphs }`, and where they came from. */
function baseTexts() {
  if (existsSync(sharedNews)) {
    const files = readdirSync(sharedNews)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    if (files.length > 0) {
      return {
        origin: `${files.length} texts of ${sharedNews} (read in place), cycled with variations`,
        texts: files.map((file) => {
          const [title = '', ...rest] = readFileSync(join(sharedNews, file), 'utf8').split('\n');
          return { title: title.trim(), paragraphs: splitParagraphs(rest.join('\n')) };
        }),
      };
    }
  }
  return { origin: 'generated text (../shared/corpora/news not found)', texts: generatedTexts(60) };
}

function splitParagraphs(body) {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function generatedTexts(count) {
  const companies = ['Bitmain', 'Canaan', 'MicroBT', 'Bitdeer', 'Bitfarms', 'CleanSpark', 'Hut 8'];
  const places = ['Singapore', 'Malaysia', 'the United States', 'Canada', 'Paraguay', 'Norway'];
  const imposers = ['Washington', 'The European Union', 'Canada', 'Japan', 'India'];
  const targets = ['Chinese', 'Vietnamese', 'Russian', 'Malaysian', 'Thai'];
  const entities = ['Sophgo', 'Huawei', 'Hikvision', 'YMTC', 'SMIC', 'Inspur'];
  return Array.from({ length: count }, (_, i) => {
    const pick = (list, k = 1) => list[(i * k) % list.length];
    const lead = [
      `${pick(companies)} relocated its headquarters to ${pick(places, 3)}, the company said on Monday.`,
      `${pick(imposers)} imposed a ${10 + (i % 9) * 5}% tariff on ${pick(targets, 5)} mining equipment, officials said.`,
      `The Commerce Department added ${pick(entities)} to the Entity List, citing national security concerns.`,
    ][i % 3];
    return {
      title: `Mining industry report number ${i}`,
      paragraphs: [
        lead,
        `Analysts said the decision reflects a wider shift in the industry. Prices moved by ${i % 7} points during the session, and trading volumes were above their monthly average.`,
        'Executives declined to comment on the timing. Several suppliers said they were reviewing their contracts and expected further guidance within weeks.',
        'Further details were not disclosed.',
      ],
    };
  });
}

/**
 * `count` articles: text `i % texts` in variant `floor(i / texts)`, which rotates the later paragraphs,
 * adds a dateline and a closing note, and gives the page its own title, date and URL, so that no two
 * pages have the same content hash.
 */
export function benchArticles(count) {
  const { origin, texts } = baseTexts();
  const articles = Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length];
    const variant = Math.floor(i / texts.length);
    const [first = '', ...later] = text.paragraphs;
    const shift = later.length > 0 ? variant % later.length : 0;
    const city = CITIES[i % CITIES.length];
    return {
      id: `a${String(i).padStart(5, '0')}`,
      title: variant === 0 ? text.title : `${text.title} (update ${variant})`,
      desk: DESKS[i % DESKS.length],
      published: day(i),
      paragraphs: [
        `${city}, ${day(i)}.`,
        first,
        ...later.slice(shift),
        ...later.slice(0, shift),
        `This is report ${i} of the ${DESKS[i % DESKS.length]} desk; it was last updated at ${String(i % 24).padStart(2, '0')}:00.`,
      ],
    };
  });
  return { origin, articles };
}

export function articleHtml(base, a, related) {
  const body = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const links = related
    .map((r) => `<li><a href="${base}/articles/${r.id}.html">${escapeHtml(r.title)}</a></li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(a.title)} | Bench News</title>
<link rel="canonical" href="${base}/articles/${a.id}.html">
<meta property="og:site_name" content="Bench News">
<meta property="article:published_time" content="${a.published}T08:00:00Z">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="/">Bench News</a><nav><a href="/markets">Markets</a> <a href="/energy">Energy</a>
<a href="/mining">Mining</a> <a href="/trade">Trade</a> <a href="/policy">Policy</a></nav></header>
<main><article><h1>${escapeHtml(a.title)}</h1><p class="byline">By the ${a.desk} desk</p>
<time datetime="${a.published}">${a.published}</time>
${body}</article>
<aside><h2>Related</h2><ul>${links}</ul></aside></main>
<footer>Bench News · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body></html>`;
}

/**
 * Serves the pages (rendered once, up front) and a sitemap index over sitemaps of `perSitemap` URLs.
 * `requests` counts what was asked for.
 */
export async function startBenchSite(articles, { perSitemap = 500 } = {}) {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const body = routes.get(path);
    site.requests++;
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': body.type, 'content-length': body.data.length });
    res.end(body.data);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const routes = new Map();
  const pages = articles.map((a, i) => {
    const related = [1, 2, 3].map((k) => articles[(i + k * 37) % articles.length]);
    return { url: `${base}/articles/${a.id}.html`, html: articleHtml(base, a, related) };
  });
  for (const page of pages) {
    routes.set(new URL(page.url).pathname, {
      type: 'text/html; charset=utf-8',
      data: Buffer.from(page.html),
    });
  }
  const sitemaps = [];
  for (let start = 0; start < articles.length; start += perSitemap) {
    const name = `/sitemap-${sitemaps.length + 1}.xml`;
    sitemaps.push(`${base}${name}`);
    const entries = articles
      .slice(start, start + perSitemap)
      .map((a) => `<url><loc>${base}/articles/${a.id}.html</loc><lastmod>${a.published}</lastmod></url>`)
      .join('');
    routes.set(name, {
      type: 'application/xml',
      data: Buffer.from(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>`,
      ),
    });
  }
  routes.set('/sitemap.xml', {
    type: 'application/xml',
    data: Buffer.from(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps
        .map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`)
        .join('')}</sitemapindex>`,
    ),
  });
  const site = {
    base,
    pages,
    sitemaps,
    requests: 0,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return site;
}
