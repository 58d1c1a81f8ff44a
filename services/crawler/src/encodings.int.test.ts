import { parseHtml } from '@assay/extract';
import { decompressBody } from '@assay/queue';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { redis, startFixtureSite, startTestCrawler, waitUntil } from '../test/harness.js';

/**
 * One page per legacy charset, none of them named in the Content-Type header: the crawler has only the
 * page's own <meta>, its BOM, or (windows-1252) the fallback for bytes that are not UTF-8 to go on.
 * The texts are written for this test; each uses characters its charset encodes and UTF-8 does not share.
 */
const PAGES = [
  {
    path: '/gbk.html',
    charset: 'gbk',
    declaration: '<meta charset="gbk">',
    title: '矿机制造商宣布迁往新加坡',
    text: '这家矿机制造商周一表示，将把总部从北京迁往新加坡，以避开新的出口关税。',
  },
  {
    path: '/big5.html',
    charset: 'big5',
    declaration: '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
    title: '礦業公司遷往馬來西亞',
    text: '這家礦業公司週二宣布，將把營運中心從台北遷往吉隆坡，並簽下新的電力合約。',
  },
  {
    path: '/shift-jis.html',
    charset: 'shift_jis',
    declaration: '<meta charset="Shift_JIS">',
    title: '鉱山会社が本社をカナダへ移転',
    text: 'この鉱山会社は水曜日、本社を東京からトロントへ移すと発表した。関税の引き上げが理由だという。',
  },
  {
    path: '/windows-1252.html',
    charset: 'windows-1252',
    declaration: '',
    title: 'Le fabricant déménage à Zürich',
    text: 'Le fabricant a déménagé son siège à Zürich – «une décision coûteuse», a dit la présidente; 5 € par action.',
  },
  {
    path: '/utf-16le-bom.html',
    charset: 'utf-16le',
    declaration: '',
    title: 'Ø Bergverk flytter til Tromsø',
    text: 'Selskapet flytter hovedkontoret til Tromsø, sa styreleder Åse Ødegård torsdag.',
  },
];

function pageBytes(page: (typeof PAGES)[number]): Buffer {
  const html = `<!doctype html><html><head>${page.declaration}<title>${page.title}</title></head><body><article><h1>${page.title}</h1><p>${page.text}</p><p>${page.text}</p></article></body></html>`;
  // Only the UTF-16 page carries a BOM: it is the one charset a BOM can name and a <meta> cannot.
  return iconv.encode(html, page.charset, { addBOM: page.charset === 'utf-16le' });
}

describe.skipIf(!redis.available)(`the crawler on pages in legacy charsets${redis.note}`, () => {
  it('decodes GBK, Big5, Shift_JIS, windows-1252 and a UTF-16 BOM page without a header charset', async () => {
    const bodies = new Map(PAGES.map((page) => [page.path, pageBytes(page)]));
    const site = await startFixtureSite((req, res) => {
      const body = bodies.get(req.url ?? '');
      if (body === undefined) return void res.writeHead(404).end();
      // No charset parameter: the page itself has to say, or be guessed.
      res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    });
    const crawler = startTestCrawler();
    const { crawl, extract } = crawler;
    try {
      for (const page of PAGES)
        await crawl.add({ kind: 'page', url: `${site.base}${page.path}`, sourceId: 'charsets' });
      await waitUntil(async () => (await extract.queue.getWaitingCount()) >= PAGES.length, 20_000);
      const payloads = new Map(
        (await extract.queue.getJobs(['waiting'])).map((job) => [new URL(job.data.url).pathname, job.data]),
      );
      for (const page of PAGES) {
        const payload = payloads.get(page.path);
        expect(payload, page.path).toBeDefined();
        if (payload === undefined) continue;
        // What the extractor does with the payload: the article has the text, not mojibake.
        const article = parseHtml(decompressBody(payload.body), { url: payload.finalUrl });
        expect(article.title, page.path).toBe(page.title);
        expect(article.text, page.path).toContain(page.text);
        expect(article.text, page.path).not.toContain('\ufffd');
      }
    } finally {
      await crawler.close();
      await site.close();
    }
  }, 30_000);
});
