import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html.js';

const BODY =
  '<body><div><p>Some article text, long enough to be scored as a paragraph of content.</p></div></body>';

function titleOf(head: string, body = BODY): string {
  return parseHtml(`<html><head>${head}</head>${body}</html>`).title;
}

describe('article title', () => {
  it('strips a site-name suffix after | or -', () => {
    expect(titleOf('<title>Miners strike over pay in the north | Daily Post</title>')).toBe(
      'Miners strike over pay in the north',
    );
    expect(titleOf('<title>Miners strike over pay in the north - Daily Post</title>')).toBe(
      'Miners strike over pay in the north',
    );
  });

  it('strips a site-name prefix when the suffix is what remains too short', () => {
    expect(titleOf('<title>Daily Post | Miners strike over pay in the north</title>')).toBe(
      'Miners strike over pay in the north',
    );
  });

  it('keeps a short title whole rather than cutting it to a fragment', () => {
    expect(titleOf('<title>Gold rally | Daily Post</title>')).toBe('Gold rally | Daily Post');
  });

  it('prefers og:title and JSON-LD over <title>', () => {
    expect(titleOf('<title>Ignored | Site</title><meta property="og:title" content="From OpenGraph">')).toBe(
      'From OpenGraph',
    );
    const jsonLd =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"From JSON-LD"}</script>';
    expect(titleOf(`<meta property="og:title" content="From OpenGraph">${jsonLd}`)).toBe('From JSON-LD');
  });

  it('falls back to the only <h1> when <title> is missing', () => {
    expect(titleOf('', `<body><h1>Nickel output rises</h1>${BODY.slice(6)}`)).toBe('Nickel output rises');
  });

  it('decodes entities, including doubly escaped ones in meta values', () => {
    expect(titleOf('<meta property="og:title" content="Rio &amp;amp; BHP &#8211; talks">')).toBe(
      'Rio & BHP – talks',
    );
  });
});
