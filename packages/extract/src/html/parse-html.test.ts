import { readFileSync } from 'node:fs';
import { articleSchema } from '@assay/schema';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../test/fixtures/html/${name}`, import.meta.url), 'utf8');
}

describe('parseHtml on a news page with boilerplate', () => {
  const article = parseHtml(fixture('news-article.html'), { url: 'https://mining.example/news?id=7' });

  it('returns a valid Article', () => {
    expect(articleSchema.parse(article)).toEqual(article);
  });

  it('reads metadata from JSON-LD, meta tags and <html lang>', () => {
    expect(article.title).toBe('Copper smelter restarts after strike');
    expect(article.byline).toBe('Jane Okafor');
    expect(article.published).toBe('2024-03-14T08:30:00+02:00');
    expect(article.language).toBe('en-GB');
    expect(article.site_name).toBe('Mining Daily Ltd');
    expect(article.url).toBe('https://mining.example/news?id=7');
  });

  it('resolves a relative canonical URL against the page URL', () => {
    expect(article.canonical_url).toBe('https://mining.example/news/copper-smelter-restarts');
  });

  it('keeps the article paragraphs in order', () => {
    const paragraphs = article.paragraphs.map((span) => article.text.slice(span.start, span.end));
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The Kitwe copper smelter resumed operations on Thursday/);
    expect(paragraphs[3]).toMatch(/left out of the deal\.$/);
    expect(article.text).toBe(paragraphs.join('\n\n'));
  });

  it('collapses whitespace inside a paragraph', () => {
    expect(article.text).toContain('that had halted production at one');
    for (const paragraph of article.text.split('\n\n')) expect(paragraph).not.toMatch(/\s{2}|\n/);
  });

  it('decodes entities', () => {
    expect(article.text).toContain('the country’s largest');
    expect(article.text).toContain('Café Capital & Partners');
  });

  it('leaves out navigation, share bar, related list, comments, footer and cookie banner', () => {
    for (const boilerplate of [
      'Markets',
      'Share on',
      'Zinc prices',
      'Great news',
      'rights reserved',
      'cookies',
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
  });

  it('leaves out scripts and styles', () => {
    expect(article.text).not.toMatch(/analytics|position: fixed/);
  });
});

describe('parseHtml metadata fallbacks', () => {
  it('takes the OpenGraph title, date, URL and locale', () => {
    const article = parseHtml(fixture('og-date.html'));
    expect(article.title).toBe('Lithium & cobalt prices slip in quiet trading');
    expect(article.published).toBe('2023-11-02T16:05:00Z');
    expect(article.canonical_url).toBe('https://example.com/markets/lithium-note');
    expect(article.language).toBe('fr-FR');
  });

  it('takes the date from a <time datetime> and strips the site name from <title>', () => {
    const article = parseHtml(fixture('time-element.html'));
    expect(article.published).toBe('2022-07-09T11:00:00+08:00');
    expect(article.title).toBe('Port reopens to ore carriers');
    expect(article.text).toContain('The iron ore port at Port Hedland reopened');
  });

  it('takes the date from the URL when the page gives none', () => {
    const article = parseHtml(fixture('url-date.html'), {
      url: 'https://news.example/2024/05/17/gold-takeover/',
    });
    expect(article.published).toBe('2024-05-17');
    expect(article.title).toBe('Gold miner agrees takeover');
  });

  it('has no date, canonical URL or language when nothing gives one', () => {
    const article = parseHtml(fixture('url-date.html'));
    expect(article.published).toBeNull();
    expect(article.canonical_url).toBeNull();
    expect(article.language).toBeNull();
  });

  it('copes with a fragment without <html> or <body>', () => {
    const article = parseHtml(
      '<p>Only a paragraph, with enough words to count as the article text here.</p>',
    );
    expect(article.title).toBe('');
    expect(article.text).toBe('Only a paragraph, with enough words to count as the article text here.');
  });
});

describe('hostile pages', () => {
  it('keeps the text of a page nested 5,000 levels deep, with depth capped instead of searched', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Washington imposed a 25% tariff on Chinese steel.</p>${'</div>'.repeat(5000)}</body></html>`;
    const article = parseHtml(html);
    expect(article.text).toContain('Washington imposed a 25% tariff on Chinese steel.');
  });
});

describe('parseHtml reads character references as a browser does', () => {
  const paragraph =
    'Smelters in Zambia and Chile said output rose &mdash; and prices held &copy 2025 &notit; as well as &#x2014; again. ';
  const page = `<html><head><title>Copper &amp; cobalt output rises</title>
    <link rel="canonical" href="https://example.com/story?id=1&not=2&amp;lang=en"></head>
    <body><article><h1>Copper &amp; cobalt output rises</h1><p>${paragraph.repeat(8)}</p>
    <textarea>&amp; kept</textarea></article></body></html>`;
  const article = parseHtml(page);

  it('decodes text and the title, legacy references without a semicolon included', () => {
    expect(article.title).toBe('Copper & cobalt output rises');
    expect(article.text).toContain('output rose — and prices held © 2025 ¬it; as well as — again.');
  });

  it('decodes attribute values by the attribute rules (no legacy reference before "=")', () => {
    expect(article.canonical_url).toBe('https://example.com/story?id=1&not=2&lang=en');
  });
});
