import { describe, expect, it } from 'vitest';
import { safeHref } from '../app/safe-href.js';

// Issue 12, finding 4: a page's `javascript:` canonical became the citation link in the UI.
describe('safeHref, which every link to another site in the UI goes through', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHref('https://news.example.com/a?b=1')).toBe('https://news.example.com/a?b=1');
    expect(safeHref('HTTP://Example.com')).toBe('http://example.com/');
  });

  it('refuses every other scheme, however it is spelled, and relative or empty URLs', () => {
    for (const url of [
      'javascript:alert(document.domain)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/v1/events',
      '',
      null,
      undefined,
    ]) {
      expect(safeHref(url), String(url)).toBeNull();
    }
  });
});
