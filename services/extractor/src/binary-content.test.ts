import { describe, expect, it } from 'vitest';
import { binaryContentReason } from './binary-content.js';

describe('binaryContentReason', () => {
  it('passes HTML and text, tabs, line breaks and form feeds included', () => {
    expect(binaryContentReason('<html><body><p>Sophgo moved.</p></body></html>')).toBeNull();
    expect(binaryContentReason('Title\r\n\r\n\tBody text.\fMore.')).toBeNull();
    expect(binaryContentReason('')).toBeNull();
  });

  it('refuses a body with a NUL anywhere, saying where', () => {
    const page = `<html><body>${'a'.repeat(20_000)}\u0000</body></html>`;
    expect(binaryContentReason(page)).toBe(
      `binary content: a NUL byte at character ${page.indexOf('\u0000')}, not HTML or text`,
    );
  });

  it('refuses a body whose start is mostly control characters, and not one with a few', () => {
    const png = `\u0089PNG\r\n\u001a\n${'\u0001\u0002\u0003\u0004x'.repeat(100)}`;
    expect(binaryContentReason(png)).toMatch(/^binary content: \d+ control characters in the first \d+/);
    expect(binaryContentReason(`<p>${'text '.repeat(100)}\u001b[0m</p>`)).toBeNull();
  });
});
