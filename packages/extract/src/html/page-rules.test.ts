/**
 * Issue 15's rules, each on a small page written for this repository: published dates and their conflicts,
 * bylines, share bars and bylines out of the text, and page types (listings, products, a near-empty page).
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from './byline.js';
import { isChromeLine } from './clean-article.js';
import { sameMoment } from './page-metadata.js';
import { articleProbability, pageFeatures } from './page-type.js';
import { parseHtml } from './parse-html.js';
import { datesInText, parseDateText } from './published-date.js';

const PROSE = [
  'The smelter restarted its second furnace on Monday after a six-week strike over pay and shift patterns ended with a three-year agreement.',
  'Managers said output would be back to its usual rate of about 1,200 tonnes of copper cathode a day by the end of the month, subject to inspections.',
  'Union leaders said the deal raised base pay by eleven percent over three years and restored the overtime rates that had been cut last year.',
  'Buyers in the region had drawn down their stocks during the stoppage, and traders expect premiums to ease as shipments resume from the port.',
]
  .map((text) => `<p>${text}</p>`)
  .join('\n');

function page({
  head = '',
  top = '',
  body = PROSE,
  h1 = 'Copper smelter restarts after strike',
} = {}): string {
  return `<html lang="en"><head><title>${h1} | Metals Daily</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
    <article><h1>${h1}</h1>${top}<div class="article-body">${body}</div></article>
    <footer>© Metals Daily</footer></body></html>`;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('published date', () => {
  it('reads datePublished inside a JSON-LD @graph, not dateModified', () => {
    const head = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Metals Daily' },
        { '@type': 'WebPage', datePublished: '2025-03-03T09:00:00Z', dateModified: '2025-06-01T10:00:00Z' },
      ],
    });
    expect(parseHtml(page({ head })).published).toBe('2025-03-03T09:00:00Z');
  });

  it('reads JSON-LD written into a <meta name="script:ld+json"> (as some Next.js sites do)', () => {
    const value = JSON.stringify({ '@type': 'Article', datePublished: '2025-11-17T09:00:00-05:00' });
    const head = `<meta name="script:ld+json" content="${value.replaceAll('"', '&quot;')}">`;
    expect(parseHtml(page({ head })).published).toBe('2025-11-17T09:00:00-05:00');
  });

  it('prefers the article JSON-LD over meta tags', () => {
    const head = `${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2025-03-03' })}<meta property="article:published_time" content="2025-03-04">`;
    expect(parseHtml(page({ head })).published).toBe('2025-03-03');
  });

  it('takes the date shown by the headline over a different one in the metadata', () => {
    const head = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2019-01-10',
    });
    expect(parseHtml(page({ head, top: '<p>Published March 5, 2025</p>' })).published).toBe('2025-03-05');
    const byline = '<div class="byline"><span>Jane Roe</span><span>12 May 2024</span></div>';
    expect(parseHtml(page({ head, top: byline })).published).toBe('2024-05-12');
  });

  it('keeps the metadata when the shown date is the same moment in another zone, or its numbers swapped', () => {
    const head = '<meta property="article:published_time" content="2025-07-05T01:30:00+00:00">';
    expect(parseHtml(page({ head, top: '<p>July 4, 2025</p>' })).published).toBe('2025-07-05T01:30:00+00:00');
    const swapped = '<meta property="article:published_time" content="2024-09-10T08:00:00Z">';
    expect(parseHtml(page({ head: swapped, top: '<p>10.09.2024</p>' })).published).toBe(
      '2024-09-10T08:00:00Z',
    );
  });

  it('does not take an unlabelled shown date that is the modified date for the published one', () => {
    const head = `${jsonLd({ '@context': 'https://schema.org', '@type': 'BlogPosting', datePublished: '2023-02-01T09:00:00Z', dateModified: '2025-10-26T12:00:00Z' })}`;
    expect(parseHtml(page({ head, top: '<p>October 26, 2025</p>' })).published).toBe('2023-02-01T09:00:00Z');
  });

  it('does not take a shown date from a list of other posts above the headline, or an infobox far below', () => {
    const head = '<meta property="article:published_time" content="2024-06-03T10:00:00Z">';
    const ticker =
      '<ul class="ticker"><li>[ December 8, 2025 ] Ten quiet beaches for the winter season</li></ul>';
    const html = page({ head }).replace('<article>', `${ticker}<article>`);
    expect(parseHtml(html).published).toBe('2024-06-03T10:00:00Z');
    const infobox = `${PROSE}${PROSE}<table><tr><td>Founded</td><td>26 September 1907</td></tr></table>${PROSE}`;
    expect(parseHtml(page({ head, body: infobox })).published).toBe('2024-06-03T10:00:00Z');
  });

  it('takes a "Published …" line in a date-marked element at the foot of the article over other metadata', () => {
    const head = '<meta property="article:published_time" content="2025-11-29T12:00:00-05:00">';
    const foot = `${PROSE}${PROSE}${PROSE}<div class="article-published">Published <time>August 13, 2025</time></div>`;
    expect(parseHtml(page({ head, body: foot })).published).toBe('2025-08-13');
    // Not from an element that does not say it holds a date (a quoted press release, say), nor the same moment.
    const quoted = `${PROSE}${PROSE}${PROSE}<p>Published August 13, 2025</p>`;
    expect(parseHtml(page({ head, body: quoted })).published).toBe('2025-11-29T12:00:00-05:00');
    const same = `${PROSE}${PROSE}${PROSE}<div class="post-date">Posted on November 29, 2025</div>`;
    expect(parseHtml(page({ head, body: same })).published).toBe('2025-11-29T12:00:00-05:00');
  });

  it('takes a shown date two zones cannot reconcile with the metadata timestamp', () => {
    const head = '<meta property="article:published_time" content="2025-12-19T22:02:58Z">';
    expect(parseHtml(page({ head, top: '<div>Dec 18, 2025</div>' })).published).toBe('2025-12-18');
    expect(sameMoment('2025-12-20', '2025-12-19T22:02:58Z')).toBe(true);
    expect(sameMoment('2025-12-18', '2025-12-19')).toBe(false);
  });

  it('keeps the metadata when the URL gives the same day, and reads a swapped numeric date by the URL', () => {
    const head = '<meta property="article:published_time" content="2021-01-18T19:55+01:00">';
    const url = 'https://notes.example/2021/01/18/tool-choices';
    expect(parseHtml(page({ head, top: '<p>Note added 2021-08-09</p>' }), { url }).published).toBe(
      '2021-01-18T19:55+01:00',
    );
    const blog = 'https://wine.example/blog/2023/october/03/styles/';
    expect(parseHtml(page({ top: '<div class="blog-date">03/10/2023</div>' }), { url: blog }).published).toBe(
      '2023-10-03',
    );
  });

  it('reads the dates of a page that opens a second <body>', () => {
    const html = page({ top: '<p>November 2, 2022</p>' }).replace(
      '<body>',
      '<body><div>Skip to content</div></body><body>',
    );
    expect(parseHtml(html).published).toBe('2022-11-02');
  });

  it('keeps the metadata when a shown <time> contradicts its own datetime', () => {
    const head = '<meta property="article:published_time" content="2015-09-17T16:57:43+01:00">';
    const top = '<time datetime="17:00, 24 December 2015">Friday 25 December 2015</time>';
    expect(parseHtml(page({ head, top })).published).toBe('2015-09-17T16:57:43+01:00');
  });

  it("finds the headline in the article's own <header>, not in the page header", () => {
    const head = '<meta property="article:published_time" content="2020-01-01T10:00:00Z">';
    const html = page({ head, top: '<p>June 3, 2024</p>' })
      .replace('<nav>', '<header class="site"><h1>Metals Daily</h1></header><nav>')
      .replace(
        /<h1>Copper smelter restarts after strike<\/h1>/,
        '<header class="entry"><h1>Copper smelter restarts after strike</h1></header>',
      );
    expect(parseHtml(html).published).toBe('2024-06-03');
    // A <header> in <main> is the story's, even outside <article>; an <h1> repeating the title is the headline.
    const inMain = `<html><head><title>Pay talks | Metals Daily</title>${head}</head><body><main><header><h1>Copper smelter restarts</h1><div>June 3, 2024</div></header>${PROSE}</main></body></html>`;
    expect(parseHtml(inMain).published).toBe('2024-06-03');
  });

  it('reads a visible "Published …" line by the headline, before an "Updated …" one', () => {
    const top =
      '<div class="meta"><span>Updated June 1, 2025</span> <p>Published 3 March 2025 at 10:42</p></div>';
    expect(parseHtml(page({ top })).published).toBe('2025-03-03');
  });

  it('falls back to the updated date when it is the only one stated', () => {
    expect(parseHtml(page({ top: '<p>Last updated on 17 December 2024</p>' })).published).toBe('2024-12-17');
  });

  it('takes the first dated short line on the page when nothing by the headline has a date', () => {
    const body = `${PROSE.repeat(3)}<div class="post-info"><span>Filed under Markets</span><span>December 17, 2025</span></div>`;
    expect(parseHtml(page({ body })).published).toBe('2025-12-17');
  });

  it('takes an "Updated …" line anywhere on the page when nothing else dates it', () => {
    const body = `${PROSE.repeat(6)}<p class="pub-dates">Updated March 13, 2024</p>`;
    expect(parseHtml(page({ body })).published).toBe('2024-03-13');
  });

  it("reads the article's own <footer> (its byline and date), never the site's", () => {
    const body = `${PROSE}<footer class="author-meta"><span>Ana Ruiz</span> <span>March 30, 2023</span></footer>`;
    expect(parseHtml(page({ body })).published).toBe('2023-03-30');
    const siteFooter = page().replace('© Metals Daily', 'Site updated May 2, 2024');
    expect(parseHtml(siteFooter).published).toBeNull();
  });

  it('reads a <time> element by its text when it has no datetime', () => {
    expect(parseHtml(page({ top: '<time>Mar. 3, 2025</time>' })).published).toBe('2025-03-03');
  });

  it('never takes a date in the future of the crawl', () => {
    const head = '<meta property="article:published_time" content="2999-01-01T00:00:00Z">';
    const article = parseHtml(page({ head }), { url: 'https://metals.example/2024/05/17/smelter' });
    expect(article.published).toBe('2024-05-17');
  });

  it('keeps the day in the URL when a UTC timestamp moved it by one', () => {
    const head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">';
    const article = parseHtml(page({ head }), { url: 'https://blog.example/2025/12/18/comfort-watches/' });
    expect(article.published).toBe('2025-12-18');
  });

  it('parses the written forms of a date, day and month ordered by the page language', () => {
    expect(parseDateText('Published March 3, 2025')).toBe('2025-03-03');
    expect(parseDateText('3rd of March, 2025')).toBe('2025-03-03');
    expect(parseDateText('Sept. 25, 2018')).toBe('2018-09-25');
    expect(parseDateText('03/04/2025', true)).toBe('2025-03-04');
    expect(parseDateText('03/04/2025', false)).toBe('2025-04-03');
    expect(parseDateText('25/12/2024', true)).toBe('2024-12-25');
    expect(datesInText('February 30, 2024')).toEqual([]);
    expect(parseDateText('Nick Mead 2022-11-23T08:10+02:00')).toBe('2022-11-23');
  });

  it('reads other meta names saying "published", a date before a time (often the render time)', () => {
    const head =
      '<meta name="published-time" content="2026-01-09T08:45:32Z"><meta name="published-date" content="2021-02-16">';
    expect(parseHtml(page({ head })).published).toBe('2021-02-16');
    expect(parseHtml(page({ head: '<meta name="published" content="July 17, 2025">' })).published).toBe(
      '2025-07-17',
    );
  });

  it('takes the modified time only when nothing says when the page was published', () => {
    const modified = '<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">';
    expect(parseHtml(page({ head: modified })).published).toBe('2023-06-12T10:39:42+00:00');
    const both = `${modified}<meta property="article:published_time" content="2021-01-05T09:00:00Z">`;
    expect(parseHtml(page({ head: both })).published).toBe('2021-01-05T09:00:00Z');
  });

  it('reads "Last Updated: June 2022", a labelled month and year with no day, as 2022-06 when nothing else dates the page', () => {
    const top = '<p class="page-meta">Last Updated: June 2022</p>';
    expect(parseHtml(page({ top })).published).toBe('2022-06');
  });

  it('takes "originally published on 14 March 2024" with no metadata date and no "Published" line, over a date shown by the headline', () => {
    const note =
      '<p><em>This column was originally published on 14 March 2024 in the Quarrion Daily.</em></p>';
    const body = `${PROSE}${PROSE}${note}`;
    expect(parseHtml(page({ top: '<p>May 2, 2024</p>', body })).published).toBe('2024-03-14');
    // The month first, or the paper named before the day, says it too.
    for (const wording of [
      'originally published on March 14, 2024',
      'first published in The Quarrion Daily on 14 March 2024',
    ]) {
      const told = `${PROSE}${PROSE}<p><em>This column was ${wording}.</em></p>`;
      expect(parseHtml(page({ top: '<p>May 2, 2024</p>', body: told })).published).toBe('2024-03-14');
    }
    // A "Published …" line of the page's own, or a metadata date, says when this copy was published.
    const labelled = '<div class="post-date">Published May 2, 2024</div>';
    expect(parseHtml(page({ top: labelled, body })).published).toBe('2024-05-02');
    const head = '<meta property="article:published_time" content="2024-05-02T08:00:00Z">';
    expect(parseHtml(page({ head, top: '<p>May 2, 2024</p>', body })).published).toBe('2024-05-02T08:00:00Z');
  });

  it('reads the datetime 2024-03-09 of a <time> that shows "March 10, 2024", not its text, when no metadata dates the page', () => {
    const html = `<html lang="en"><head><title>Ferry timetable changes | Quarrion Daily</title></head><body>
      <div class="story"><h1>Ferry timetable changes</h1>
      <div class="story-meta">By Wren Halloway <time datetime="2024-03-09T21:15:00-08:00">Sunday, March 10, 2024</time></div>
      ${PROSE}</div></body></html>`;
    expect(parseHtml(html).published).toBe('2024-03-09T21:15:00-08:00');
  });

  it('keeps the metadata date over "… the deadline is April 15, 2025." (a date inside a sentence) by the headline', () => {
    const head = '<meta property="article:published_time" content="2025-01-20T09:00:00Z">';
    const top =
      '<p>Growers have twelve weeks to apply for the grant, and the deadline is April 15, 2025.</p>';
    expect(parseHtml(page({ head, top })).published).toBe('2025-01-20T09:00:00Z');
  });

  it('reads 02/12/2025 as 2 December when the page writes out "December 2, 2025" and never February 12', () => {
    const top = '<div class="story-meta">02/12/2025</div>';
    const filed = '<p class="filed">Filed from Port Quarrion, December 2, 2025</p>';
    expect(parseHtml(page({ top, body: `${PROSE.repeat(3)}${filed}` })).published).toBe('2025-12-02');
    // With no written-out day, or with February 12 written out too, the page language's order stands.
    expect(parseHtml(page({ top })).published).toBe('2025-02-12');
    const both = `${PROSE.repeat(3)}${filed}<p>Talks began on February 12, 2025</p>`;
    expect(parseHtml(page({ top, body: both })).published).toBe('2025-02-12');
  });

  it("takes the WebPage item's 2025-03-03T18:30:00+00:00 over the article's datePublished 2025-03-04T00:00:00+00:00 (a day typed at midnight)", () => {
    const head = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2025-03-03T18:30:00+00:00' },
        {
          '@type': 'NewsArticle',
          headline: 'Copper smelter restarts after strike',
          datePublished: '2025-03-04T00:00:00+00:00',
        },
      ],
    });
    expect(parseHtml(page({ head })).published).toBe('2025-03-03T18:30:00+00:00');
    // A WebPage timestamp on another day, or an article timestamp that is not midnight, leaves the article's.
    const later = head.replace('2025-03-03T18:30', '2025-02-27T18:30');
    expect(parseHtml(page({ head: later })).published).toBe('2025-03-04T00:00:00+00:00');
    const timed = head.replace('2025-03-04T00:00:00', '2025-03-04T06:10:00');
    expect(parseHtml(page({ head: timed })).published).toBe('2025-03-04T06:10:00+00:00');
  });
});

describe('author', () => {
  it('joins the people of a JSON-LD author array and leaves organisations out', () => {
    const head = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Jane Okafor' },
        { '@type': 'Person', name: 'Li Wei' },
        { '@type': 'Organization', name: 'Metals Daily' },
      ],
    });
    expect(parseHtml(page({ head })).byline).toBe('Jane Okafor, Li Wei');
  });

  it("gives the site's name as the author when the page names none (og:site_name, else <title>'s site part)", () => {
    const head = '<meta property="og:site_name" content="Ore Weekly">';
    expect(parseHtml(page({ head })).byline).toBe('Ore Weekly');
    expect(parseHtml(page()).byline).toBe('Metals Daily');
    const top = '<div class="byline">By <a rel="author" href="/staff/jane">Jane Okafor</a></div>';
    expect(parseHtml(page({ head, top })).byline).toBe('Jane Okafor');
  });

  it("finds the byline in the article's own <footer>", () => {
    const body = `${PROSE.repeat(6)}<footer class="entry-footer"><p class="entry-meta"><span class="entry-author">Posted By: <a href="/author/ana">Ana</a></span> · <span>In: <a href="/markets">Markets</a></span></p></footer>`;
    expect(parseHtml(page({ body })).byline).toBe('Ana');
  });

  it('passes over a meta author that is the site itself for the byline in the page', () => {
    const head =
      '<meta name="author" content="Metals Daily"><meta property="og:site_name" content="Metals Daily">';
    const top =
      '<div class="byline">By <a rel="author" href="/staff/jane">Jane Okafor</a>, Senior Reporter</div>';
    expect(parseHtml(page({ head, top })).byline).toBe('Jane Okafor');
  });

  it('keeps the site-named author when no person is named (a personal site, a company blog)', () => {
    const head = '<meta name="author" content="Jane Okafor">';
    const article = parseHtml(page({ head }), { url: 'https://janeokafor.example/notes/smelter' });
    expect(article.byline).toBe('Jane Okafor');
  });

  it('reads the "Written by" label of the Twitter card meta tags when nothing else names the author', () => {
    const head =
      '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Albert Swann">';
    expect(parseHtml(page({ head })).byline).toBe('Albert Swann');
  });

  it('reads an author box further down the page, and a site called "Jane Roe\'s blog"', () => {
    const box = `${PROSE}<div class="about"><h3>Written by Cassidy Horton</h3><p>Cassidy writes on metals.</p></div>`;
    expect(parseHtml(page({ body: box })).byline).toBe('Cassidy Horton');
    const contributors = `${PROSE}<div class="tags"><strong>Contributors:</strong> Janet Loughrey</div>`;
    expect(parseHtml(page({ body: contributors })).byline).toBe('Janet Loughrey');
    const blog = '<meta property="og:site_name" content="Colin Watson\'s blog">';
    expect(parseHtml(page({ head: blog })).byline).toBe('Colin Watson');
  });

  it('reads a "By …" line by the headline', () => {
    expect(parseHtml(page({ top: '<p>By Staff Reporter · 2025-01-02</p>' })).byline).toBe('Staff Reporter');
  });

  it('reads a link to an author page, and a "Written by" label with the name on the next line', () => {
    expect(parseHtml(page({ top: '<div><a href="/authors/jane-okafor">Jane Okafor</a></div>' })).byline).toBe(
      'Jane Okafor',
    );
    const top = '<div class="meta"><p>Written by</p><p>Edzel Tabing</p></div>';
    expect(parseHtml(page({ top })).byline).toBe('Edzel Tabing');
  });

  it('cleans bylines to names: no "By", dates, job titles or run-in text', () => {
    expect(cleanByline('Sofia Gonzalez December')).toBe('Sofia Gonzalez');
    // "May" is a surname as often as a month: cut only with a day after it.
    expect(cleanByline('Tom May')).toBe('Tom May');
    expect(cleanByline('Tom May 12, 2025')).toBe('Tom');
    expect(cleanByline('Dec 23\n  Written By Linny and Peter')).toBe('Linny and Peter');
    expect(cleanByline('April Fulton')).toBe('April Fulton');
    expect(cleanByline('By Scott Pletcher')).toBe('Scott Pletcher');
    expect(cleanByline('Posted By: Kiersten')).toBe('Kiersten');
    expect(cleanByline('Author Posted by Soliant')).toBe('Soliant');
    expect(cleanByline('Articles by Juliette')).toBe('Juliette');
    expect(cleanByline('5 min read')).toBeNull();
    expect(cleanByline('Member Login')).toBeNull();
    expect(cleanByline('Sat, 20 Dec, 2025 - 06:36')).toBeNull();
    expect(cleanByline('Written ByStephen JesudunsinAI Writer, Embarque')).toBe('Stephen Jesudunsin');
    expect(cleanByline('Luke KimDecember 17, 2025')).toBe('Luke Kim');
    expect(cleanByline('By Dr. Vahid Osman - Mar 27, 2024')).toBe('Dr. Vahid Osman');
    expect(cleanByline('Author: Ashley Biancuzzo, Associate Editor, PCWorld')).toBe('Ashley Biancuzzo');
    expect(cleanByline('Dakota Hebert\n  July 3, 2025')).toBe('Dakota Hebert');
    expect(cleanByline('Posted by:Idle Cartulary')).toBe('Idle Cartulary');
    expect(cleanByline('https://example.com/user/jane')).toBeNull();
    expect(cleanByline('About the Author')).toBeNull();
  });
});

describe('main text', () => {
  it('leaves the byline, dateline and share bar at the top of the article out of the text', () => {
    const top =
      '<div class="meta-row"><p>By Staff Reporter · 2025-01-02</p><p>January 2, 2025</p><ul><li><a href="#">Share on X</a></li><li><a href="#">Share on LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>';
    const article = parseHtml(page({ body: `${top}${PROSE}` }));
    expect(article.text).not.toMatch(/Share on|Staff Reporter|January 2, 2025/);
    expect(article.text).toMatch(/^The smelter restarted/);
  });

  it('reads the panels of an accordion folded shut, not other hidden blocks', () => {
    const accordion = `<div class="faq-accordion"><h3>What did the union win?</h3>
      <div class="accordion-panel" style="display:none"><p>A raise of eleven percent over three years, and the old overtime rates back.</p></div>
      <h3>When will output recover?</h3>
      <div class="accordion-panel" hidden><p>By the end of the month, once the furnace inspections are done, the managers said, and once the port has cleared the ships waiting to load.</p></div></div>
      <div class="promo-box" style="display:none"><p>Subscribe to our newsletter for daily copper prices.</p></div>`;
    const article = parseHtml(page({ body: `${PROSE}${accordion}` }));
    expect(article.text).toContain('A raise of eleven percent over three years');
    expect(article.text).toContain('once the furnace inspections are done');
    expect(article.text).not.toContain('Subscribe');
  });

  it("leaves a table of contents (a list of links to the page's own sections) and its label out", () => {
    const toc = `<p>Contents</p><ul><li><a href="#strike">The strike</a></li><li><a href="#deal">The deal</a></li>
      <li><a href="#output">Output</a></li></ul>`;
    const links = `<ul><li><a href="/markets/zinc">Zinc prices slide</a></li><li><a href="/markets/tin">Tin output rises</a></li></ul>`;
    const article = parseHtml(page({ body: `${toc}${PROSE}<h2 id="deal">The deal</h2>${PROSE}${links}` }));
    expect(article.text).not.toMatch(/Contents|The strike/);
    expect(article.text).toContain('The deal');
  });

  it('leaves a box of other posts ("Related articles" and what follows it) out, and keeps a layout label over the article', () => {
    const related = `<div class="box"><h3>Related articles:</h3><ul><li><a href="/zinc">Zinc prices slide as mines reopen</a></li>
      <li><a href="/tin">Tin output rises in Peru</a></li></ul><p>Smelter workers in Chile vote on a new contract, a story from last week.</p></div>`;
    const article = parseHtml(page({ body: `${PROSE}${related}` }));
    expect(article.text).not.toMatch(/Related articles|Zinc prices|Tin output|Smelter workers in Chile/);
    expect(article.text).toMatch(/^The smelter restarted/);
    // A label the layout puts over the article itself holds the article: it stays.
    const labelled = parseHtml(page({ body: `<div><h3>Latest news</h3><div>${PROSE}</div></div>` }));
    expect(labelled.text).toMatch(/The smelter restarted/);
  });

  it('leaves photo credits under pictures out, and keeps captions that describe the picture', () => {
    const figures = `<figure><img src="a.jpg" alt=""><figcaption>Photo by Ana Ruiz / Getty Images</figcaption></figure>
      ${PROSE}
      <figure><img src="b.jpg" alt=""><figcaption>Credit: Metals Daily</figcaption></figure>
      <figure><img src="c.jpg" alt=""><figcaption>Workers leave the smelter gate at the end of the last shift before the strike.</figcaption></figure>`;
    const article = parseHtml(page({ body: figures }));
    expect(article.text).not.toMatch(/Ana Ruiz|Credit: Metals Daily/);
    expect(article.text).toContain('Workers leave the smelter gate');
  });

  it('reads the content React streams into a hidden boundary (<div hidden id="S:0">), not other hidden blocks', () => {
    const html = `<html><head><title>Copper smelter restarts after strike</title></head><body>
      <main><div>Loading…</div></main>
      <div hidden id="S:0"><article><h1>Copper smelter restarts after strike</h1>${PROSE}</article></div>
      <div hidden id="promo"><p>${'Subscribe to our newsletter for the latest copper news. '.repeat(5)}</p></div>
      <script>$RC("B:0","S:0")</script></body></html>`;
    const article = parseHtml(html);
    expect(article.text).toContain('The smelter restarted its second furnace');
    expect(article.text).not.toContain('Subscribe');
    expect(article.isArticle).toBe(true);
  });

  it('takes the whole <article> when the search kept one of its sections and missed most of its paragraphs', () => {
    // The list of names is full of commas and scores high; the story's sections sit deeper and score apart.
    const names = `Thanks to ${'Ann, Bo, Cy, Di, Ed, Flo, Gus, Hal, Ivy, Jo, '.repeat(4)}and all.`;
    const thanks = `<div class="thanks"><h3>Thanks</h3><p>${names}</p><p>${names}</p><p>${names}</p></div>`;
    const sentences = [
      'The plant restarted its second furnace after the strike and the first shipments left the port this week. Output should reach its usual rate by the end of the month once the inspectors sign off the new lining.',
      'Buyers had drawn down their stocks during the stoppage and are now asking for earlier delivery dates. The union said the agreement restores the overtime rates that were cut during last year before the slowdown.',
    ];
    const part = (heading: string) =>
      `<div class="part"><h3>${heading}</h3><div><div>${sentences.map((text) => `<p>${text}</p>`).join('')}</div></div></div>`;
    const html = `<html><head><title>Smelter report</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Smelter report</h1>${part('What happened')}${part('What comes next')}${part('Prices')}${part('Jobs')}${thanks}</article>
      <footer>© Metals Daily</footer></body></html>`;
    const text = parseHtml(html).text;
    expect(text).toContain('The plant restarted its second furnace');
    expect(text).toContain('Thanks to Ann');
  });

  it('searches again with fewer filters when the first search kept a small part of the page text', () => {
    const disclosure = `<div class="disclosure"><p>${'Some links on this page earn us a commission from the companies named, which does not change our reviews. '.repeat(6)}</p></div>`;
    const story = `<div class="sidebar-layout"><div class="story">${PROSE.repeat(8)}</div></div>`;
    const html = `<html><head><title>Copper smelter restarts</title></head><body>${disclosure}${story}</body></html>`;
    expect(parseHtml(html).text).toContain('The smelter restarted its second furnace');
  });

  it('does not search again for a short article under a long comment thread', () => {
    const comment = (n: number) =>
      `<li class="comment"><p>Reader ${n} wrote that the strike was long overdue and that the union should have asked for more, given how much the smelter earned last year from copper prices.</p></li>`;
    const thread = `<div id="comments" class="comment-thread"><ul>${Array.from({ length: 40 }, (_, n) => comment(n)).join('')}</ul></div>`;
    const html = `<html><head><title>Copper smelter restarts</title></head><body><article><h1>Copper smelter restarts</h1>${PROSE}</article>${thread}</body></html>`;
    const text = parseHtml(html).text;
    expect(text).toContain('The smelter restarted its second furnace');
    expect(text).not.toContain('Reader 7 wrote');
  });

  it('leaves the author box at the end and an affiliate notice at the top out of the text', () => {
    const notice =
      '<p><em>This guide contains affiliate links: we may earn a small commission when you buy.</em></p>';
    const bio =
      '<div class="author-bio"><h4>Jane Roe</h4><p>Jane Roe covers metals and mining for the paper and has reported from three continents. Before that, she spent ten years at a commodities desk, pricing copper, zinc and nickel for traders.</p></div>';
    const text = parseHtml(page({ top: notice, body: `${PROSE}${bio}` })).text;
    expect(text).toContain('The smelter restarted its second furnace');
    expect(text).not.toContain('affiliate');
    expect(text).not.toContain('Jane Roe covers');
    const none = '<p>No affiliate links here: every smelter we visited paid its own way and so did we.</p>';
    expect(parseHtml(page({ top: none })).text).toContain('No affiliate links');
  });

  it('keeps headings and list items', () => {
    const body = `${PROSE}<h2>What the deal changes</h2><ul><li>Base pay rises eleven percent over three years for every grade.</li><li>Overtime rates return to where they were before last year's cut.</li></ul>`;
    const article = parseHtml(page({ body }));
    expect(article.text).toContain('What the deal changes');
    expect(article.text).toContain('Base pay rises eleven percent');
  });

  it('tells chrome lines from content', () => {
    expect(isChromeLine('Share on X · Share on LinkedIn · Email')).toBe(true);
    expect(isChromeLine('By Staff Reporter · 2025-01-02')).toBe(true);
    expect(isChromeLine('Published 3 March 2025 at 10:42')).toBe(true);
    expect(isChromeLine('3 March 2025', false)).toBe(false);
    expect(isChromeLine('Share prices fell by a third after the strike.')).toBe(false);
  });
});

/** A page's signals as an article page gives them, without its address. */
const ARTICLE_SIGNALS = {
  bodyChars: 1000,
  linkChars: 20,
  links: 2,
  types: [],
  ogType: null,
  prices: 0,
  forms: 0,
  h1s: 1,
  h2s: 0,
  listItems: 0,
  hasDate: false,
  hasAuthor: false,
  urlHasDate: false,
};

describe('page type', () => {
  it('calls a news page an article', () => {
    const article = parseHtml(page(), { url: 'https://metals.example/news/2025/03/03/smelter-restarts' });
    expect(article.isArticle).toBe(true);
    expect(article.notArticleReason).toBeNull();
  });

  it('calls a news page with no URL an article: address features unknown, not those of a home page', () => {
    expect(parseHtml(page()).isArticle).toBe(true);
    const text = { words: 100, paragraphs: 4, longParagraphs: 4 };
    const unknown = pageFeatures({ ...ARTICLE_SIGNALS, path: null }, text);
    expect(unknown).not.toHaveProperty('pathDepth');
    expect(articleProbability(unknown)).toBeGreaterThan(
      articleProbability(pageFeatures({ ...ARTICLE_SIGNALS, path: '/' }, text)),
    );
  });

  it('reads documentation and forum subdomains and service paths as address features', () => {
    const text = { words: 300, paragraphs: 6, longParagraphs: 5 };
    const at = (host: string, path: string) => pageFeatures({ ...ARTICLE_SIGNALS, host, path }, text);
    expect(at('docs.example.com', '/en/5.1/ref/middleware/')).toMatchObject({ hostDocs: 1, hostForum: 0 });
    expect(at('community.example.com', '/thread-1.html')).toMatchObject({ hostDocs: 0, hostForum: 1 });
    expect(at('www.example.com', '/services/consulting/')).toMatchObject({ urlService: 1 });
    expect(articleProbability(at('docs.example.com', '/guide/install'))).toBeLessThan(
      articleProbability(at('www.example.com', '/guide/install')),
    );
  });

  it('never calls a page with under 40 words of text an article', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}</body></html>`;
    const article = parseHtml(deep);
    expect(article.isArticle).toBe(false);
    expect(article.notArticleReason).toBe('too little text (1 words)');
  });

  it('calls a section front made of headline links a listing', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/news/story-${i}">Copper prices move as smelters restart across the region, part ${i}</a><span>March ${(i % 27) + 1}, 2025</span></li>`,
    ).join('');
    const html = `<html><head><title>Markets | Metals Daily</title><meta property="og:type" content="website"></head><body><h1>Markets</h1><ul>${items}</ul></body></html>`;
    const article = parseHtml(html, { url: 'https://metals.example/category/markets/' });
    expect(article.isArticle).toBe(false);
    expect(article.notArticleReason).toMatch(/listing|running text/);
  });

  it('calls a shop page with a JSON-LD Product and prices a product page', () => {
    const head = `${jsonLd({ '@context': 'https://schema.org', '@type': 'Product', name: 'Copper wire 2.5 mm', offers: { '@type': 'Offer', price: '19.99' } })}<meta property="og:type" content="product">`;
    const body = `<p>Copper wire, 2.5 mm, 50 m reel. $19.99 Add to cart.</p><p>Solid annealed copper conductor for domestic wiring, rated to 450/750 V, sold by the reel with free delivery on orders over $50.</p><form><input name="qty"><button>Add to cart</button></form><p>$24.99 for two reels, $44.99 for four reels.</p>`;
    const article = parseHtml(page({ head, body, h1: 'Copper wire 2.5 mm' }), {
      url: 'https://shop.example/products/copper-wire',
    });
    expect(article.isArticle).toBe(false);
    expect(article.notArticleReason).toBe('a product page');
  });
});
