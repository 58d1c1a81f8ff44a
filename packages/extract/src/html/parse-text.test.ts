import { articleSchema } from '@assay/schema';
import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.js';

const REUTERS_STYLE = `CHINA STEEL OUTPUT RISES
 
  Chinese steel output rose 5 pct in
January, the ministry said.

  Iron ore imports  were flat.



Shares closed higher.
`;

describe('parseText', () => {
  it('takes the first line as the title and the rest, verbatim, as the text', () => {
    const article = parseText(REUTERS_STYLE, { url: 'file.txt', published: '1987-03-02' });
    expect(article.title).toBe('CHINA STEEL OUTPUT RISES');
    expect(REUTERS_STYLE.endsWith(article.text)).toBe(true);
    expect(article.text.startsWith('  Chinese steel')).toBe(true);
    expect(article.published).toBe('1987-03-02');
    expect(article.url).toBe('file.txt');
    expect(articleSchema.parse(article)).toEqual(article);
  });

  it('splits paragraphs on blank lines, keeps hard line breaks, and offsets point into text', () => {
    const article = parseText(REUTERS_STYLE);
    const paragraphs = article.paragraphs.map((span) => article.text.slice(span.start, span.end));
    expect(paragraphs).toEqual([
      'Chinese steel output rose 5 pct in\nJanuary, the ministry said.',
      'Iron ore imports  were flat.',
      'Shares closed higher.',
    ]);
  });

  it('handles CRLF line endings and a missing body', () => {
    const article = parseText('Title\r\n\r\nFirst.\r\n\r\nSecond.');
    expect(article.title).toBe('Title');
    expect(article.paragraphs.map((span) => article.text.slice(span.start, span.end))).toEqual([
      'First.',
      'Second.',
    ]);
    expect(parseText('Only a title')).toMatchObject({ title: 'Only a title', text: '', paragraphs: [] });
  });
});
