import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, findCanonicalUrl } from './canonical-url.js';

describe('canonicalizeUrl', () => {
  it('lower-cases scheme and host, drops the default port and fragment, keeps path case', () => {
    expect(canonicalizeUrl('HTTPS://News.Example.COM:443/World/Story-ABC.html#comments')).toBe(
      'https://news.example.com/World/Story-ABC.html',
    );
    expect(canonicalizeUrl('http://example.com:80')).toBe('http://example.com/');
    expect(canonicalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops tracking parameters, whatever their case, and sorts the rest by name', () => {
    expect(
      canonicalizeUrl(
        'https://example.com/a?utm_source=x&z=1&UTM_Medium=y&fbclid=f&gclid=g&ref=tw&a=2&__twitter_impression=true&_ga=1&spm=a.b',
      ),
    ).toBe('https://example.com/a?a=2&z=1');
  });

  it('keeps the order of repeated parameters and the original encoding of values', () => {
    expect(canonicalizeUrl('https://example.com/s?tag=b&q=a%2Fb+c&tag=a')).toBe(
      'https://example.com/s?q=a%2Fb+c&tag=b&tag=a',
    );
  });

  it('leaves no trailing "?" or empty pairs', () => {
    expect(canonicalizeUrl('https://example.com/a?')).toBe('https://example.com/a');
    expect(canonicalizeUrl('https://example.com/a?utm_source=x')).toBe('https://example.com/a');
    expect(canonicalizeUrl('https://example.com/a?&&b=1&')).toBe('https://example.com/a?b=1');
  });

  it('resolves relative URLs against a base', () => {
    expect(canonicalizeUrl('../b?x=1#f', 'https://example.com/dir/sub/page')).toBe(
      'https://example.com/dir/b?x=1',
    );
    expect(canonicalizeUrl('//cdn.example.com/x', 'https://example.com/')).toBe('https://cdn.example.com/x');
  });

  it('returns null for anything but an absolute http(s) URL', () => {
    expect(canonicalizeUrl('/relative/without/base')).toBeNull();
    expect(canonicalizeUrl('mailto:a@example.com')).toBeNull();
    expect(canonicalizeUrl('javascript:alert(1)', 'https://example.com/')).toBeNull();
    expect(canonicalizeUrl('ftp://example.com/file')).toBeNull();
    expect(canonicalizeUrl('http://')).toBeNull();
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('HTTP://Example.com/P?b=2&a=1&utm_x=3#h');
    expect(once).toBe('http://example.com/P?a=1&b=2');
    expect(canonicalizeUrl(once ?? '')).toBe(once);
  });
});

describe('findCanonicalUrl', () => {
  const pageUrl = 'https://www.example.com/news/story?utm_source=x';

  it('reads link rel=canonical, resolved and canonicalized', () => {
    const html = '<head><link rel="Canonical" href="/news/Story?b=1&a=2&utm_medium=y#top"></head>';
    expect(findCanonicalUrl(html, pageUrl)).toBe('https://www.example.com/news/Story?a=2&b=1');
  });

  it('prefers the canonical link to og:url', () => {
    const html =
      '<meta property="og:url" content="https://www.example.com/og"><link rel="canonical" href="https://www.example.com/link">';
    expect(findCanonicalUrl(html, pageUrl)).toBe('https://www.example.com/link');
  });

  it('falls back to og:url, also when the canonical link is not http(s)', () => {
    expect(findCanonicalUrl('<meta property="og:url" content="https://m.example.com/x">', pageUrl)).toBe(
      'https://m.example.com/x',
    );
    const html =
      '<link rel="canonical" href="android-app://com.example/x"><meta property="og:url" content="/from-og">';
    expect(findCanonicalUrl(html, pageUrl)).toBe('https://www.example.com/from-og');
  });

  it('resolves against <base href>', () => {
    const html = '<base href="https://static.example.com/root/"><link rel="canonical" href="story">';
    expect(findCanonicalUrl(html, pageUrl)).toBe('https://static.example.com/root/story');
  });

  it('returns null without a usable declaration', () => {
    expect(findCanonicalUrl('<p>nothing here</p>', pageUrl)).toBeNull();
    expect(findCanonicalUrl('<link rel="canonical" href="javascript:void(0)">', pageUrl)).toBeNull();
    expect(findCanonicalUrl('<link rel="canonical" href="  ">', pageUrl)).toBeNull();
  });
});
