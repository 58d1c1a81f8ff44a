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

  it('reads a line break inside the headline as a space', () => {
    expect(
      titleOf(
        '<title>Copper miners move north | Daily Post</title>',
        `<body><h1>Copper miners move north<br>What it means for smelters</h1>${BODY.slice(6)}`,
      ),
    ).toBe('Copper miners move north What it means for smelters');
  });

  it('falls back to the only <h1> when <title> is missing', () => {
    expect(titleOf('', `<body><h1>Nickel output rises</h1>${BODY.slice(6)}`)).toBe('Nickel output rises');
  });

  it('decodes entities, including doubly escaped ones in meta values', () => {
    expect(titleOf('<meta property="og:title" content="Rio &amp;amp; BHP &#8211; talks">')).toBe(
      'Rio & BHP – talks',
    );
  });

  it('cuts the site name named by og:site_name or the host, after any separator', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Nickel prices slide as supply returns – Mining Weekly"><meta property="og:site_name" content="Mining Weekly">',
      ),
    ).toBe('Nickel prices slide as supply returns');
    const page =
      '<html><head><title>Copper Outlook: What Comes Next • The Ore Report</title></head><body></body></html>';
    expect(parseHtml(page, { url: 'https://www.orereport.com/copper' }).title).toBe(
      'Copper Outlook: What Comes Next',
    );
  });

  it('keeps a dash that belongs to the headline when it names no site', () => {
    expect(titleOf('<meta property="og:title" content="Lithium - the metal everyone wants">')).toBe(
      'Lithium - the metal everyone wants',
    );
  });

  it('drops a section or tagline after " | "', () => {
    expect(titleOf('<title>Why tariffs on graphite matter | Opinion</title>')).toBe(
      'Why tariffs on graphite matter',
    );
  });

  it('takes the headline as displayed in the <h1> when it agrees with the metadata title', () => {
    const head =
      '<meta property="og:title" content="Graphite Tariffs 2025: What Buyers Need To Know | Metals Daily">';
    const body = `<body><h1>Graphite tariffs in 2025: what buyers need to know</h1>${BODY.slice(6)}`;
    expect(titleOf(head, body)).toBe('Graphite tariffs in 2025: what buyers need to know');
  });

  it('ignores an <h1> that is the site logo or sits in the navigation', () => {
    const head = '<title>Open flow for programmable logic - Silicon Notes</title>';
    const body = `<body><h1>Silicon Notes</h1><nav><h1>Open flow menu</h1></nav>${BODY.slice(6)}`;
    expect(titleOf(head, body)).toBe('Open flow for programmable logic');
  });

  it('prefers the metadata title to an <h1> with a date or source run into it', () => {
    const head = '<meta property="og:title" content="Preparing a transition in the smelter">';
    const body = `<body><h1>Dec 18 2025 Preparing a transition in the smelter</h1>${BODY.slice(6)}`;
    expect(titleOf(head, body)).toBe('Preparing a transition in the smelter');
  });

  it('takes the one <h1> that rewords the metadata title, not an <h1> on another subject', () => {
    const head = '<meta property="og:title" content="Copper Smelting Trends for 2026 | Metals Daily">';
    const reworded = `<body><h1>Top 5 Copper Smelting Trends to Watch</h1>${BODY.slice(6)}`;
    expect(titleOf(head, reworded)).toBe('Top 5 Copper Smelting Trends to Watch');
    const chrome = `<body><h1>Good Morning Miners Club</h1>${BODY.slice(6)}`;
    expect(titleOf(head, chrome)).toBe('Copper Smelting Trends for 2026');
    const two = `<body><h1>Top 5 Copper Smelting Trends</h1><h1>Smelting Trends Elsewhere Today</h1>${BODY.slice(6)}`;
    expect(titleOf(head, two)).toBe('Copper Smelting Trends for 2026');
  });

  it('lets the words of the URL decide between an <h1> and the metadata title it rewords', () => {
    const head = '<meta property="og:title" content="Copper Smelting Trends for 2026 | Metals Daily">';
    const html = `<html><head>${head}</head><body><h1>Top 5 Copper Smelting Trends to Watch</h1>${BODY.slice(6)}</html>`;
    const at = (url: string) => parseHtml(html, { url }).title;
    expect(at('https://metals.example/news/copper-smelting-trends-for-2026/')).toBe(
      'Copper Smelting Trends for 2026',
    );
    expect(at('https://metals.example/news/top-5-copper-smelting-trends-to-watch')).toBe(
      'Top 5 Copper Smelting Trends to Watch',
    );
    // A path that spells no title (an id, two words) leaves the <h1>.
    expect(at('https://metals.example/news/48213.html')).toBe('Top 5 Copper Smelting Trends to Watch');
    expect(at('https://metals.example/copper-trends')).toBe('Top 5 Copper Smelting Trends to Watch');
  });

  it('leaves such an <h1> in the text, and drops one that repeats the metadata title', () => {
    const head = '<meta property="og:title" content="Copper Smelting Trends for 2026 | Metals Daily">';
    const prose =
      '<p>Smelters in three countries raised output this year, and buyers expect the premiums paid for copper cathode to ease further as new capacity comes online.</p>';
    const reworded = parseHtml(
      `<html><head>${head}</head><body><article><h1>Top 5 Copper Smelting Trends to Watch</h1>${prose.repeat(4)}</article></body></html>`,
    );
    expect(reworded.title).toBe('Top 5 Copper Smelting Trends to Watch');
    expect(reworded.text).toContain('Top 5 Copper Smelting Trends to Watch');
    const same = parseHtml(
      `<html><head>${head}</head><body><article><h1>Copper smelting trends for 2026</h1>${prose.repeat(4)}</article></body></html>`,
    );
    expect(same.title).toBe('Copper smelting trends for 2026');
    expect(same.text).not.toContain('Copper smelting trends');
  });

  it('takes the metadata title for an upper-cased <h1> that rewords it', () => {
    const head =
      '<meta property="og:title" content="Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros">';
    const body = `<body><h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1>${BODY.slice(6)}`;
    expect(titleOf(head, body)).toBe('Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros');
  });

  it("keeps the metadata's quotes and case when the <h1> differs from it only in those", () => {
    const quoted = '<meta property="og:title" content="Miners\' pay deal: what\'s in it">';
    expect(titleOf(quoted, `<body><h1>Miners’ pay deal: what’s in it</h1>${BODY.slice(6)}`)).toBe(
      "Miners' pay deal: what's in it",
    );
    const cased = '<meta property="og:title" content="Tips for Buying Copper Futures">';
    expect(titleOf(cased, `<body><h1>TIPS FOR BUYING COPPER FUTURES</h1>${BODY.slice(6)}`)).toBe(
      'Tips for Buying Copper Futures',
    );
    // Other differences (dashes, punctuation, title case) keep the headline as displayed.
    const dashed = '<meta property="og:title" content="Copper - A Buyer\'s Guide">';
    expect(titleOf(dashed, `<body><h1>Copper – a buyer's guide</h1>${BODY.slice(6)}`)).toBe(
      "Copper – a buyer's guide",
    );
  });

  it('cuts the site name printed in the <h1> too', () => {
    const head =
      '<title>Best copper mines to visit – Ore Journal - Ore Journal</title><meta property="og:site_name" content="Ore Journal">';
    expect(titleOf(head, `<body><h1>Best copper mines to visit – Ore Journal</h1>${BODY.slice(6)}`)).toBe(
      'Best copper mines to visit',
    );
  });

  it('drops a one-word section label the metadata title does not have ("Blog: …")', () => {
    const head =
      '<meta property="og:title" content="How smelters price their copper cathode | Ore Journal"><meta property="og:site_name" content="Ore Journal">';
    expect(
      titleOf(head, `<body><h1>Blog: How smelters price their copper cathode</h1>${BODY.slice(6)}`),
    ).toBe('How smelters price their copper cathode');
  });

  it('prefers the <h1> that opens "Headline — Site" to the banner <h1> naming the site, without its permalink mark', () => {
    const head = '<title>Smelting: From Ore to Cathode — handbook for metal workers</title>';
    const body = `<body><div class="banner"><h1>handbook for metal workers</h1></div><div class="doc"><h1>Smelting: From Ore to Cathode<a class="headerlink" href="#smelting">¶</a></h1>${BODY.slice(6)}`;
    expect(titleOf(head, body)).toBe('Smelting: From Ore to Cathode');
  });
});

describe('page title', () => {
  it('keeps the metadata title as written, site name included, beside the headline', () => {
    const article = parseHtml(
      `<html><head><meta property="og:title" content="Smelter restarts after a long winter | The Ore Report">
      <meta property="og:site_name" content="The Ore Report"></head>${BODY}</html>`,
    );
    expect(article.title).toBe('Smelter restarts after a long winter');
    expect(article.pageTitle).toBe('Smelter restarts after a long winter | The Ore Report');
  });

  it('is the metadata title where the displayed <h1> is worded differently', () => {
    const article = parseHtml(
      `<html><head><meta property="og:title" content="Zinc miners brace for lower prices - Ore Weekly"></head>
      <body><article><h1>Lower zinc prices worry the miners</h1>${BODY.slice(6, -7)}</article></body></html>`,
    );
    expect(article.pageTitle).toBe('Zinc miners brace for lower prices - Ore Weekly');
  });

  it("types the headline's apostrophes plain and keeps the page title's as written", () => {
    const article = parseHtml(
      `<html><head><meta property="og:title" content="Why the smelter’s ‘quiet year’ ended early"></head>${BODY}</html>`,
    );
    expect(article.title).toBe("Why the smelter's 'quiet year' ended early");
    expect(article.pageTitle).toBe('Why the smelter’s ‘quiet year’ ended early');
  });

  it('types full-width punctuation in a Latin-script headline as ASCII, and keeps it in a CJK one', () => {
    const page = (title: string) =>
      `<html><head><meta property="og:title" content="${title}"></head>${BODY}</html>`;
    expect(parseHtml(page('Why did the smelter stop？')).title).toBe('Why did the smelter stop?');
    expect(parseHtml(page('冶炼厂为何停产？')).title).toBe('冶炼厂为何停产？');
  });

  it('takes the title-case spelling where the <h1> is the same words in sentence case', () => {
    const head = '<meta property="og:title" content="How to Read a Smelter Balance Sheet">';
    const body = `<body><article><h1>How to read a smelter balance sheet</h1>${BODY.slice(6, -7)}</article></body>`;
    expect(titleOf(head, body)).toBe('How to Read a Smelter Balance Sheet');
    // One minor word capitalised differently is a house style: the <h1> as displayed.
    const minor = '<meta property="og:title" content="Copper Review And Outlook for Miners">';
    const shown = `<body><article><h1>Copper Review and Outlook for Miners</h1>${BODY.slice(6, -7)}</article></body>`;
    expect(titleOf(minor, shown)).toBe('Copper Review and Outlook for Miners');
  });

  it('takes the og:title where the JSON-LD headline is it cut short', () => {
    const full =
      'Five smelters restart in the north after a long winter of low prices (And One That Will Not)';
    const cut = full.slice(0, full.indexOf(' of low'));
    const head = `<meta property="og:title" content="${full} - Ore Weekly"><meta property="og:site_name" content="Ore Weekly">
      <script type="application/ld+json">{"@type":"Article","headline":"${cut}"}</script>`;
    expect(titleOf(head)).toBe(full);
  });

  it('drops the domain a site prints before its headline without a separator', () => {
    const page = `<html><head><title>orenotes.net Furnace restarts</title></head><body><article>
      <h1>orenotes.net Furnace restarts</h1>${BODY.slice(6, -7)}</article></body></html>`;
    expect(parseHtml(page, { url: 'https://www.orenotes.net/2025/furnace' }).title).toBe('Furnace restarts');
    expect(parseHtml(page).title).toBe('orenotes.net Furnace restarts');
  });

  it('takes the metadata title where the <h1> lost characters to a wrong charset', () => {
    const head = '<meta property="og:title" content="Smelter Basics: A Beginner\'s Guide">';
    expect(titleOf(head, `<body><h1>Smelter Basics? Beginner? Guide</h1>${BODY.slice(6)}`)).toBe(
      "Smelter Basics: A Beginner's Guide",
    );
    // A question the headline asks is no lost character: the <h1> as displayed.
    const asked = '<meta property="og:title" content="Why Smelters Close: Costs Explained">';
    expect(titleOf(asked, `<body><h1>Why do smelters close? Costs explained</h1>${BODY.slice(6)}`)).toBe(
      'Why do smelters close? Costs explained',
    );
  });

  it('takes the capitalised metadata spelling of an <h1> lower-cased for display', () => {
    const head = '<meta property="og:title" content="History of tin | Origin, Trade, Facts | Ore Weekly">';
    expect(titleOf(head, `<body><article><h1>history of tin</h1>${BODY.slice(6, -7)}</article></body>`)).toBe(
      'History of tin',
    );
    const same = '<meta property="og:title" content="History of tin">';
    expect(titleOf(same, `<body><article><h1>history of tin</h1>${BODY.slice(6, -7)}</article></body>`)).toBe(
      'History of tin',
    );
  });

  it('takes the metadata spelling where the <h1> only renders its dashes or ellipses', () => {
    const head = '<meta property="og:title" content="Smelters Are Not Needed--Bacteria Can Do It">';
    expect(titleOf(head, `<body><h1>Smelters Are Not Needed—Bacteria Can Do It</h1>${BODY.slice(6)}`)).toBe(
      'Smelters Are Not Needed--Bacteria Can Do It',
    );
  });
});
