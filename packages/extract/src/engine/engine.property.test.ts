import { extractedEventSchema } from '@assay/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../index.js';

// Words that reach every part of the engine: anchors, actions, actors, lists, goods, rates and dates,
// with noise and punctuation, in any order.
const WORDS = [
  'China',
  'the U.S.',
  'Washington',
  'Beijing',
  'EU',
  'Canadian',
  'Texas',
  'Sugon',
  'Hygon Ltd',
  'Bitmain',
  'imposed',
  'raised',
  'lifted',
  'threatened',
  'added',
  'removed',
  'moved',
  'relocate',
  'banned',
  'exports',
  'tariffs',
  'duty',
  'export controls',
  'Entity List',
  'SDN List',
  'sanctioned',
  'production',
  'headquarters',
  'on',
  'to',
  'from',
  'by',
  'and',
  ',',
  '.',
  ';',
  '?',
  'not',
  'if',
  'could',
  'said',
  'it',
  'the company',
  'gallium',
  'steel',
  'rare earths',
  'chips',
  '25%',
  '100 pct',
  'May 99, 2024',
  'February 30, 2025',
  'last month',
  'in March',
  'on April 17',
  '\n\n',
  '“',
  '”',
  'tariff-free',
  'ALSO READ:',
  "'s access to",
  'from obtaining',
  'from entering',
  'his',
  'earlier',
  'first term',
  'in 2018',
  'until March',
  'hearings on the',
  'Shanghai',
];

const article = fc.record({
  text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 120 }).map((words) => words.join(' ')),
  published: fc.constantFrom(null, '2025-06-18', '1987-04-01', '+275760-09-13', '2024-02-31'),
});

describe('extractEvents on any input', () => {
  it('returns schema-valid events whose citations are the article text at their offsets', () => {
    fc.assert(
      fc.property(article, ({ text, published }) => {
        for (const event of extractEvents({ text, published })) {
          expect(extractedEventSchema.safeParse(event).success).toBe(true);
          for (const c of event.citations ?? [event.citation])
            expect(text.slice(c.start, c.end)).toBe(c.quote);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
