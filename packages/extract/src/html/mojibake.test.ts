import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';
import { parseHtml } from './parse-html.js';

/** What a UTF-8 text becomes when its bytes are read as Latin-1: C1 controls where the bytes 0x80–0x9F were. */
function latin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('decodes UTF-8 read as Latin-1, C1 controls and all', () => {
    const garbled = latin1('A DIY Investor’s Guide — “calculators” for 2025');
    expect(garbled).toContain('\u0080');
    expect(repairMojibake(garbled)).toBe('A DIY Investor’s Guide — “calculators” for 2025');
  });

  it('decodes UTF-8 read as Windows-1252, accents and emoji too', () => {
    expect(repairMojibake('The cafÃ©â€™s menu ðŸ˜€ costs Â£4')).toBe('The café’s menu 😀 costs £4');
  });

  it('leaves text alone that holds no sequence real text never writes', () => {
    for (const text of ['Français – été, à bientôt', 'Ã©tude', 'Â£4 and Ã© alone', 'plain ASCII']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('keeps a sequence that does not decode as UTF-8', () => {
    // "â€" with no third byte, then a letter: not UTF-8, so not a misreading of it.
    expect(repairMojibake('Investorâ€™s and â€x')).toBe('Investor’s and â€x');
  });
});

describe('parseHtml on a double-encoded page', () => {
  it('reads its title and text as the publisher wrote them', () => {
    const html =
      latin1(`<!doctype html><html><head><meta charset="utf-8"><title>The Investor’s Guide – Money Site</title></head>
<body><article><h1>The Investor’s Guide</h1>
<p>Retirement calculators differ in what they ask: some want only your savings, others want a year-by-year plan of what you earn and spend, and the results differ too.</p>
<p>We tried a dozen of them with the same numbers, from the simplest to the most detailed, and compared what each one said about when the money runs out.</p>
<p>What follows is each calculator’s result, its strengths and its blind spots, with the one we would pick for a first look and the one for a detailed plan.</p>
</article></body></html>`);
    const article = parseHtml(html);
    expect(article.title).toBe("The Investor's Guide");
    expect(article.text).toContain('each calculator’s result');
    expect(article.text).not.toMatch(/[\u0080-\u009f]/);
  });
});
