/**
 * Hostile pages (issue 13): time linear in the page, no script text at any depth, capped titles and
 * bylines, real dates only, no control characters, and a budget that fails a page with its reason.
 */
import { articleSchema } from '@assay/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BYLINE_CHARS, MAX_TITLE_CHARS } from './limits.js';
import { HtmlBudgetError, MAX_HTML_CHARS, parseHtml } from './parse-html.js';

/** Control characters that must never reach the article (tab, line and form feeds, carriage return may). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Generous, for a loaded shared test machine (pnpm bench:hostile holds the 1 s target); before the fix
 * these inputs took 6 to 21 seconds each, and their doublings four times as long.
 */
const HOSTILE_MS = 8000;
/** For the small generated pages of the property tests: milliseconds alone, seconds on a loaded machine. */
const PROPERTY_MS = 5000;
/**
 * For a whole property test: each of its hundreds of generated pages is held to PROPERTY_MS, and together they
 * take tens of seconds on two loaded cores.
 */
const PROPERTY_RUNS_MS = 120_000;

function timed(html: string) {
  const start = performance.now();
  const article = parseHtml(html);
  return { article, ms: performance.now() - start };
}

const paragraph = (text: string) =>
  `<p>${text} The miner said it would move its plant, citing tariffs and costs.</p>`;

describe('parseHtml on the inputs that were super-linear', () => {
  const inputs: [string, () => string][] = [
    ['100,000 unclosed <span>s', () => '<span>'.repeat(100_000)],
    ['<div> and 50,000 <br>s', () => `<div>${'<br>'.repeat(50_000)}`],
    ['80,000 sibling <div>s', () => `<body>${'<div>a</div>'.repeat(80_000)}</body>`],
    ['50,000 <h1>s', () => `<body>${'<h1>Heading'.repeat(50_000)}</body>`],
    [
      '150 nested sections around a 2 MB paragraph',
      () => `${'<section>'.repeat(150)}<p>${'words, '.repeat(300_000)}</p>${'</section>'.repeat(150)}`,
    ],
  ];
  for (const [name, make] of inputs) {
    it(`${name}: a valid article in under ${HOSTILE_MS} ms`, () => {
      const { article, ms } = timed(make());
      expect(articleSchema.safeParse(article).success).toBe(true);
      expect(ms).toBeLessThan(HOSTILE_MS);
    });
  }
});

describe('parseHtml keeps non-content text out at any depth', () => {
  it('drops <script>, <style>, <template> and <noscript> text below the depth cap', () => {
    const deep = '<div>'.repeat(2_000);
    const html = `<html><body>${deep}<p>Kept words.</p><script>var apiKey="SECRET"</script><style>.x{color:red}</style><template>TEMPLATE</template><noscript>NOSCRIPT</noscript><p>More kept words.</p></body></html>`;
    const { text } = parseHtml(html);
    expect(text).toContain('Kept words.');
    expect(text).toContain('More kept words.');
    for (const hidden of ['SECRET', 'color:red', 'TEMPLATE', 'NOSCRIPT']) expect(text).not.toContain(hidden);
  });

  it('drops them beyond the sibling cap too', () => {
    const html = `<body>${'<div>a</div>'.repeat(11_000)}<div><script>var apiKey="SECRET"</script>tail</div></body>`;
    const { text } = parseHtml(html);
    expect(text).toContain('tail');
    expect(text).not.toContain('SECRET');
  });

  it('still reads JSON-LD from a <script>', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'From JSON-LD',
    });
    const html = `<html><head><script type="application/ld+json">${jsonLd}</script></head><body>${paragraph('Body.')}</body></html>`;
    expect(parseHtml(html).title).toBe('From JSON-LD');
  });
});

describe('parseHtml caps titles and bylines', () => {
  it(`cuts a 1 MB og:title to ${MAX_TITLE_CHARS} characters ending with …`, () => {
    const html = `<html><head><meta property="og:title" content="${'T'.repeat(1_000_000)}"></head><body>${paragraph('Body.')}</body></html>`;
    const { title } = parseHtml(html);
    expect(title).toHaveLength(MAX_TITLE_CHARS);
    expect(title.endsWith('…')).toBe(true);
  });

  it('cuts the title of a page whose </title> never comes', () => {
    const html = `<html><head><title>${'word '.repeat(200_000)}`;
    expect(parseHtml(html).title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });

  it(`cuts a byline to ${MAX_BYLINE_CHARS} characters`, () => {
    const html = `<html><head><meta name="author" content="${'Jane Okafor and '.repeat(100)}Tom"></head><body>${paragraph('Body.')}</body></html>`;
    expect(parseHtml(html).byline?.length ?? 0).toBeLessThanOrEqual(MAX_BYLINE_CHARS);
  });
});

describe('parseHtml gives real publication dates or none', () => {
  const withDate = (date: string) =>
    `<html><head><meta property="article:published_time" content="${date}"></head><body>${paragraph('Body.')}</body></html>`;
  for (const date of [
    '275760-09-13',
    '-271821-04-20',
    '10000-01-01',
    '500-01-01',
    '+050000-01-01T00:00:00Z',
    '2024-02-31',
    '2024-05-17T25:61:99Z',
    '2024-05-17T10:00:00+99:99',
  ]) {
    it(`has no date for ${date}`, () => {
      expect(parseHtml(withDate(date)).published).toBeNull();
    });
  }

  it('keeps a real one', () => {
    expect(parseHtml(withDate('2024-02-29T10:00:00Z')).published).toBe('2024-02-29T10:00:00Z');
  });

  it('has no date later than the year after the crawl', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    expect(parseHtml(withDate('2026-01-01'), { now }).published).toBeNull();
  });
});

describe('parseHtml removes control characters', () => {
  it('takes NUL and other controls out of text and title, and mends broken UTF-16', () => {
    const html = `<html><head><title>Tariff\u0000 news\u0007 today</title></head><body><p>Copper\u0000 exports\u001b rose \ud800by a third, the ministry said on Tuesday in a statement.</p></body></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe('Tariff news today');
    expect(article.text).toContain('Copper exports rose \ufffdby a third');
    expect(article.text).not.toMatch(CONTROL);
  });

  it('takes out controls written as character references, on a page with no raw control character', () => {
    const html = `<html><head><title>Zinc&#7; output&#x1b; climbs</title></head><body><p data-x="&#1;">Zinc&#0001; output rose&#x0B; by a fifth&#127;, the ministry said on Tuesday in a statement.</p></body></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe('Zinc output climbs');
    expect(article.text).toContain('Zinc output rose by a fifth, the ministry');
    expect(article.text).not.toMatch(CONTROL);
  });
});

describe('parseHtml removes control characters that JSON-LD escapes', () => {
  it('cleans strings decoded from JSON escapes in the metadata', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Zinc\u0000 output climbs',
      author: { '@type': 'Person', name: 'Ann\u0000 Lee\u0007' },
    });
    const html = `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><p>${'Zinc output rose by a fifth, the ministry said on Tuesday in a statement. '.repeat(4)}</p></body></html>`;
    const article = parseHtml(html);
    expect(article.byline).toBe('Ann Lee');
    expect(article.title).not.toMatch(CONTROL);
  });
});

describe('parseHtml budgets', () => {
  it('refuses a page over the size budget with the reason', () => {
    expect(() => parseHtml('a'.repeat(MAX_HTML_CHARS + 1))).toThrow(HtmlBudgetError);
    expect(() => parseHtml('a'.repeat(MAX_HTML_CHARS + 1))).toThrow(/over the size budget/);
  });

  it('stops a page over the time budget with the reason', () => {
    expect(() => parseHtml(`<body>${paragraph('Body.').repeat(200)}</body>`, { timeBudgetMs: 0 })).toThrow(
      /over the time budget/,
    );
  });
});

/** Tag soup: tags (any nesting, unclosed, misnested), attributes, entities, text with controls and commas. */
const tagNames = [
  'div',
  'p',
  'span',
  'a',
  'h1',
  'h2',
  'section',
  'article',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'br',
  'script',
  'style',
  'template',
  'noscript',
  'title',
  'meta',
  'time',
  'body',
  'html',
  'head',
  'svg',
  'textarea',
];
const soupPiece = fc.oneof(
  fc.constantFrom(...tagNames).map((name) => `<${name}>`),
  fc.constantFrom(...tagNames).map((name) => `</${name}>`),
  fc.constantFrom(
    '<meta property="og:title" content="A title">',
    '<meta property="article:published_time" content="2024-02-31">',
    '<time datetime="99999-01-01">x</time>',
    '<a href="#x">link</a>',
    '<div class="comment sidebar">',
    '<p class="byline">By Jane</p>',
    '&amp;',
    '&#0;',
    '<!-- comment -->',
    '<![CDATA[x]]>',
  ),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Copper exports rose by a third, the ministry said. ',
    'var apiKey="SECRET"; ',
    '\u0000',
    ', , ,',
  ),
);

describe('parseHtml on any input (property)', () => {
  // Compile the parser and the content search first, so the first generated page is not timed cold.
  for (let i = 0; i < 3; i++) parseHtml(`<body>${paragraph('Warm up.').repeat(20)}</body>`);

  it(
    'returns a schema-valid article with capped fields and no control characters, fast',
    () => {
      fc.assert(
        fc.property(fc.array(soupPiece, { maxLength: 300 }), fc.nat({ max: 400 }), (pieces, nesting) => {
          const html = '<div>'.repeat(nesting) + pieces.join('');
          const { article, ms } = timed(html);
          expect(articleSchema.safeParse(article).success).toBe(true);
          expect(article.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
          expect(article.byline?.length ?? 0).toBeLessThanOrEqual(MAX_BYLINE_CHARS);
          expect(article.text).not.toMatch(CONTROL);
          for (const span of article.paragraphs) expect(span.end).toBeLessThanOrEqual(article.text.length);
          expect(ms).toBeLessThan(PROPERTY_MS);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_RUNS_MS,
  );

  it(
    'never lets script text through, whatever surrounds it',
    () => {
      // Whole tags and text without "<" around it: a stray "<a" would make "<a<script>" one tag named so, and
      // its text ordinary text, in browsers as here.
      const wholePieces = fc.oneof(
        fc.constantFrom(...tagNames).map((name) => `<${name}>`),
        fc.constantFrom(...tagNames).map((name) => `</${name}>`),
        fc.constantFrom(
          '<a href="#x">link</a>',
          '<div class="comment sidebar">',
          '<!-- comment -->',
          '&amp;',
        ),
        fc.string({ maxLength: 40 }).map((text) => text.replace(/</g, ' ')),
      );
      fc.assert(
        fc.property(fc.array(wholePieces, { maxLength: 100 }), fc.nat({ max: 300 }), (pieces, nesting) => {
          const html = `${'<span>'.repeat(nesting)}${pieces.join('')}<script>SECRET_TOKEN</script>${pieces.join('')}`;
          expect(parseHtml(html).text).not.toContain('SECRET_TOKEN');
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_RUNS_MS,
  );
});
