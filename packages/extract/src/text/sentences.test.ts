import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('keeps offsets exact', () => {
    const text = 'First sentence here. Second one!\n\nA new paragraph? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'First sentence here.',
      'Second one!',
      'A new paragraph?',
      'Yes.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split on initialisms, titles, corporate suffixes or state abbreviations', () => {
    const text =
      'U.S. officials met Mr. Tamura of Toshiba Corp. in Washington. The plant moves to Dixon, Ill., from Evans City, Pa., next year.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'U.S. officials met Mr. Tamura of Toshiba Corp. in Washington.',
      'The plant moves to Dixon, Ill., from Evans City, Pa., next year.',
    ]);
  });

  it('ends a sentence at an initialism followed by a new sentence', () => {
    const text = 'Exports rose to the U.S. The ministry said so.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Exports rose to the U.S.',
      'The ministry said so.',
    ]);
  });

  it('treats wire-copy hard wraps as spaces and indented lines as paragraph starts', () => {
    const text = 'Prime Minister Nakasone sounded\na conciliatory note.\n    "Japan wants talks," he said.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Prime Minister Nakasone sounded\na conciliatory note.',
      '"Japan wants talks," he said.',
    ]);
  });

  it('splits text a feed glued together: a full stop without a space, a heading run into a sentence', () => {
    const text =
      'Orevale opened a mine in Chile.In an interview, its chief said more would follow. Growth beyond the Andes and riskOrevale has sites in Peru.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Orevale opened a mine in Chile.',
      'In an interview, its chief said more would follow.',
      'Growth beyond the Andes and risk',
      'Orevale has sites in Peru.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // A heading ending in an acronym: "… refocuses on USThe chief said"; acronyms in lower-case plural stay whole.
    const acronym =
      'Orevale sells its Peru site, refocuses on USThe chief said ASICs and CEOs of IPOs agreed.';
    expect(splitSentences(acronym).map((s) => s.text)).toEqual([
      'Orevale sells its Peru site, refocuses on US',
      'The chief said ASICs and CEOs of IPOs agreed.',
    ]);
    // Names in camel case, domains and abbreviations stay whole.
    const whole =
      'BlackRock, iPhone and eBay rose. See miningweekly.com for more. Mr.Tamura and Toshiba Corp.Ltd agreed.';
    expect(splitSentences(whole).map((s) => s.text)).toEqual([
      'BlackRock, iPhone and eBay rose.',
      'See miningweekly.com for more.',
      'Mr.Tamura and Toshiba Corp.Ltd agreed.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    const text = 'He said: "It is over." Then he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['He said: "It is over."', 'Then he left.']);
  });
  it('reads each item of a bulleted list as a sentence, without its bullet, and keeps a dash inside a line', () => {
    const text =
      'Key points\n\n- Ottawa says talks have stalled\n- A 30% levy would start in June\n* Quarrion shares fell\n\n0915 GMT - Copper rose.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Key points',
      'Ottawa says talks have stalled',
      'A 30% levy would start in June',
      'Quarrion shares fell',
      '0915 GMT - Copper rose.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('reads each dated line of a timeline as a sentence, and keeps a hard-wrapped line that opens with a number', () => {
    const text =
      'How the row grew:\nMarch 3: Quarrion files a complaint\n2024: Velmora sets quotas\n12 June 2025: talks resume.\n\nThe levy rose\n12 points in a year.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'How the row grew:',
      'March 3: Quarrion files a complaint',
      '2024: Velmora sets quotas',
      '12 June 2025: talks resume.',
      'The levy rose\n12 points in a year.',
    ]);
  });
  it('ends a sentence at a common word that spells an abbreviation ("iron ore.", "fell ill.", "a no."), not at the abbreviation', () => {
    const text =
      'Quarrion shipped less iron ore. The ministry said so. Two miners fell ill. They recovered. The answer was a no. Velmora Corp. moved to Portland, Ore. from Lusk in No. 2 position.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Quarrion shipped less iron ore.',
      'The ministry said so.',
      'Two miners fell ill.',
      'They recovered.',
      'The answer was a no.',
      'Velmora Corp. moved to Portland, Ore. from Lusk in No. 2 position.',
    ]);
  });
});

describe('splitSentences: a company suffix before a new sentence', () => {
  it('ends a sentence at a company suffix when an ordinary word opens the next ("Ltd. Businessman X was …")', () => {
    expect(
      splitSentences(
        'OFAC sanctioned Kassala Minerals Ltd. Businessman Yasir El-Mahdi was also sanctioned.',
      ).map((s) => s.text),
    ).toEqual(['OFAC sanctioned Kassala Minerals Ltd.', 'Businessman Yasir El-Mahdi was also sanctioned.']);
    expect(splitSentences('He works at Acme Inc. The firm moved to Texas.').map((s) => s.text)).toEqual([
      'He works at Acme Inc.',
      'The firm moved to Texas.',
    ]);
  });
  it('keeps a suffix inside a longer name or before an officer\'s title ("Co. Ltd.", "Corp. President X")', () => {
    expect(splitSentences('Samsung Electronics Co. Ltd. said so.')).toHaveLength(1);
    expect(splitSentences('Tokyo Electric Power Co. Holdings said so.')).toHaveLength(1);
    expect(splitSentences('Nippon Steel Corp. President Eiji Hashimoto said so.')).toHaveLength(1);
  });
});

describe('splitSentences: the line of a list', () => {
  it('ends a list item at its line, so the line after it is a sentence of its own', () => {
    expect(
      splitSentences(
        'The rates include:\n\n- Japan: 25%\n- United Kingdom: 10%\nOther countries will face 10%.',
      ).map((s) => s.text),
    ).toEqual(['The rates include:', 'Japan: 25%', 'United Kingdom: 10%', 'Other countries will face 10%.']);
    // Wrapped wire copy still reads on over its line ends.
    expect(splitSentences('Wire copy wraps\nits lines here.')).toHaveLength(1);
  });
});

describe('short lines without a sentence end (thirty-seventh session)', () => {
  it('reads a byline, a share bar or a table row much shorter than the full lines as a sentence of its own', () => {
    const text = [
      'By Jane Doe',
      'Share: Facebook X LinkedIn Email',
      'Tessaro Metals Corp. said on Tuesday it would move its refining operations from Sudbury, Ontario, to a new plant in Texas, citing U.S. tariffs.',
      'Related coverage',
      'The company said the move would be completed by the end of next year, creating about 300 jobs near Houston.',
    ].join('\n');
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'By Jane Doe',
      'Share: Facebook X LinkedIn Email',
      'Tessaro Metals Corp. said on Tuesday it would move its refining operations from Sudbury, Ontario, to a new plant in Texas, citing U.S. tariffs.',
      'Related coverage',
      'The company said the move would be completed by the end of next year, creating about 300 jobs near Houston.',
    ]);
  });
  it('keeps hard-wrapped lines of wire copy, short ones included, in their sentence', () => {
    const text = [
      '    WASHINGTON, March 5 - President Bush imposed tariffs of up to 30',
      'percent on a wide range of imported steel products on Tuesday,',
      'giving domestic mills three years of relief from foreign',
      'competition. Imports from',
      'Canada were exempted.',
    ].join('\n');
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe('Singapore and Malaysian company suffixes (thirty-seventh session)', () => {
  it('does not end a sentence at "Pte." or "Sdn." inside a name, and ends it after one before an ordinary word', () => {
    expect(
      splitSentences(
        'Two entities, Meridale Trading Pte. Ltd. and Corvane Logistics Pte. Ltd., are being added. Kuala Sdn. Bhd. Businessman Y left.',
      ).map((s) => s.text),
    ).toEqual([
      'Two entities, Meridale Trading Pte. Ltd. and Corvane Logistics Pte. Ltd., are being added.',
      'Kuala Sdn. Bhd.',
      'Businessman Y left.',
    ]);
  });
  it('does not end a sentence at a military title ("Brig. Gen. Aung Naing Soe")', () => {
    expect(splitSentences('Canada also sanctioned Brig. Gen. Aung Naing Soe on Monday.')).toHaveLength(1);
  });
});

describe('a short line over one paragraph (thirty-ninth session)', () => {
  it('reads a dateline or byline alone on its line above a single paragraph as a sentence of its own', () => {
    expect(
      splitSentences(
        'CAPE TOWN\nKaroo Platinum Ltd said on Tuesday it would move its smelting operations from South Africa to Botswana.',
      ).map((s) => s.text),
    ).toEqual([
      'CAPE TOWN',
      'Karoo Platinum Ltd said on Tuesday it would move its smelting operations from South Africa to Botswana.',
    ]);
    expect(splitSentences('Imports from\nCanada were exempted from the new duties.')).toHaveLength(1);
  });
});

describe('lines after a colon (thirty-ninth session)', () => {
  it('reads each line after a line that ends with a colon, numbered or not, as a sentence of its own', () => {
    expect(
      splitSentences(
        'The U.S. added three companies to the Entity List on Wednesday:\nHalvern Drilling Co\nSuntrak Mineral Machinery',
      ).map((s) => s.text),
    ).toEqual([
      'The U.S. added three companies to the Entity List on Wednesday:',
      'Halvern Drilling Co',
      'Suntrak Mineral Machinery',
    ]);
    expect(
      splitSentences('The designated entities are:\n1. Korvath Trading LLC (UAE)\n2. Baltrim Metals Ltd').map(
        (s) => s.text,
      ),
    ).toEqual(['The designated entities are:', 'Korvath Trading LLC (UAE)', 'Baltrim Metals Ltd']);
    expect(splitSentences('The new rates are:\nVietnam: 46%\nThailand: 36%')).toHaveLength(3);
  });
});

describe('other bullets (forty-first session)', () => {
  it('reads lines opened by "●", "▪" or "■" as a list, each its own sentence without its bullet', () => {
    expect(
      splitSentences(
        '● Laos banned exports of gallium\n▪ Japan imposed a 10% tariff on Korean steel\n■ Peru banned exports of copper ore',
      ).map((s) => s.text),
    ).toEqual([
      'Laos banned exports of gallium',
      'Japan imposed a 10% tariff on Korean steel',
      'Peru banned exports of copper ore',
    ]);
  });
});

describe('photo credits (forty-first session)', () => {
  it('ends a sentence at a line that ends with a photo credit, and not at a line with a slash elsewhere', () => {
    expect(
      splitSentences(
        'A worker at a nickel smelter, March 3, 2024. REUTERS/Ana Vell/File Photo\nTalbrook Resources said it would move.',
      ).map((s) => s.text),
    ).toEqual([
      'A worker at a nickel smelter, March 3, 2024.',
      'REUTERS/Ana Vell/File Photo',
      'Talbrook Resources said it would move.',
    ]);
    expect(
      splitSentences(
        'The US/China dispute over gallium and germanium exports\ndragged on into the summer months.',
      ).length,
    ).toBe(1);
  });

  it('does not split after "viz." that introduces a list', () => {
    const text = 'Duties apply to wheels from viz. China, Japan and Korea. The ministry said so.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Duties apply to wheels from viz. China, Japan and Korea.',
      'The ministry said so.',
    ]);
  });
});

describe('lines in brackets (forty-fourth session)', () => {
  it('ends a sentence at a line wholly in brackets, and not at a bracket that closes a wrapped line', () => {
    expect(
      splitSentences(
        '(Adds comment from ministry in paragraph 4)\nLIMA, May 3 - Peru banned exports of copper scrap.',
      ).map((s) => s.text),
    ).toEqual([
      '(Adds comment from ministry in paragraph 4)',
      'LIMA, May 3 - Peru banned exports of copper scrap.',
    ]);
    expect(
      splitSentences(
        'The ministry (which oversees mining)\nbanned exports of copper scrap in the spring of this year.',
      ).length,
    ).toBe(1);
  });
});
