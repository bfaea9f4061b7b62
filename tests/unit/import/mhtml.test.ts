// Pages saved as one file: an .mhtml Chromium writes (CDP Page.captureSnapshot), and a
// hand-made one in a legacy charset with base64 parts.
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile } from '../../../electron/core/import/index.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { chromiumLaunchOptions, chromiumPath } from '../../e2e/chromium.js';

const URL = 'https://news.example/2024/03/quay-cracks';
const FIRST = 'Inspectors found cracks in eleven of the forty piers of the old quay, “more than we were told”, a councillor said.';
const LAST = 'The engineers’ report, with costs for each option, is due in the summer.';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cracks found in harbour quay | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2024-03-12T08:00:00Z">
<style>body{font-family:serif}</style><script>window.tracking = true;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Cracks found in harbour quay</h1><p class="byline">By Ana Pérez</p>
<p>${FIRST}</p><p>Ferries will keep running while engineers decide which berths can stay open through the winter; the café on the quay stays open too.</p>
<img src="/photo.png" alt="The quay"><p>${LAST}</p></article>
<aside>Most read: Lottery results</aside><footer>© 2024 Harbour Gazette. All rights reserved.</footer></body></html>`;

const RUSSIAN = 'Городской совет во вторник одобрил план ремонта старого моста через гавань, закрытого после осенних штормов.';

/** windows-1251 bytes of a text, from the platform's own decoder read backwards. */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => byChar.get(c)!));
}

describe.skipIf(!chromiumPath())('saved web pages (.mhtml)', () => {
  let saved: Uint8Array;

  beforeAll(async () => {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      await page.route('https://news.example/**', (route) =>
        route.request().url() === URL
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE })
          : route.fulfill({ contentType: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64') }),
      );
      await page.goto(URL);
      const cdp = await page.context().newCDPSession(page);
      const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
      saved = new TextEncoder().encode(data);
    } finally {
      await browser.close();
    }
  }, 60_000);
  afterAll(() => closeHtmlWorker());

  it('imports the article of a page Chromium saved as one file, like the page itself', async () => {
    const a = await prepareFile('quay.mhtml', saved);
    expect(a.originalType).toBe('multipart/related');
    expect(a.title).toBe('Cracks found in harbour quay');
    expect(a.outlet).toBe('Harbour Gazette');
    expect(a.author).toBe('Ana Pérez');
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.sourceUrl).toBe(URL);
    expect(a.language).toBe('en');
    const paragraphs = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(paragraphs[0]).toBe(FIRST);
    expect(paragraphs.at(-1)).toBe(LAST);
    expect(a.body).toContain('the café on the quay');
    expect(a.body).not.toMatch(/Home|Lottery|All rights reserved|tracking/);
  });

  it('reads a part in a legacy charset with base64 transfer encoding, and refuses a file with no HTML part', async () => {
    const mhtml = savedPage('windows-1251', cp1251(`<html><head><title>Мост откроют весной</title></head><body><article><h1>Мост откроют весной</h1><p>${RUSSIAN}</p></article></body></html>`));
    const a = await prepareFile('most.mht', mhtml);
    expect(a.encoding).toBe('windows-1251');
    expect(a.title).toBe('Мост откроют весной');
    expect(a.body).toBe(RUSSIAN);
    expect(a.language).toBe('ru');
    expect(a.sourceUrl).toBe('https://news.example/ru/most');

    const e = await glossErrorOf(prepareFile('empty.mhtml', new TextEncoder().encode('Subject: nothing\r\n\r\nJust text.')));
    expect(e.code).toBe('unsupported_file');
    expect(e.message).toContain('empty.mhtml');
  });

  it('reads a windows-1252 part with its curly quotes, not as Latin-1 control characters', async () => {
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const html = new Uint8Array([
      ...ascii('<html><head><title>Quay</title></head><body><article><p>The mayor called it '), 0x93,
      ...ascii('the worst storm in memory'), 0x94, ...ascii(' on Friday, as the harbour stayed shut for a third day.</p></article></body></html>'),
    ]);
    const a = await prepareFile('quay.mhtml', savedPage('windows-1252', html));
    expect(a.encoding).toBe('windows-1252');
    expect(a.body).toBe('The mayor called it “the worst storm in memory” on Friday, as the harbour stayed shut for a third day.');
  });
});

/** A page saved as one file, as Blink saves it: its HTML part in `charset`, base64-encoded. */
function savedPage(charset: string, html: Uint8Array): Uint8Array {
  const lines = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example/ru/most',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc----"',
    '',
    '',
    '------MultipartBoundary--abc----',
    `Content-Type: text/html; charset=${charset}`,
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://news.example/ru/most',
    '',
    Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n'),
    '',
    '------MultipartBoundary--abc------',
    '',
  ];
  return new TextEncoder().encode(lines.join('\r\n'));
}
