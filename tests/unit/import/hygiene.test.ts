// Text that shows something other than what it says: separators no tool breaks on, and
// bidirectional controls that reorder a title or a name on screen.
import { afterAll, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile, prepareText } from '../../../electron/core/import/index.js';

const enc = (s: string) => new TextEncoder().encode(s);
const sentence = 'The port authority said the dredging of the outer channel would finish in the spring.';

afterAll(() => closeHtmlWorker());

it('makes U+2029 a paragraph break and U+2028 and U+0085 line breaks', async () => {
  const md = await prepareFile('note.md', enc(`# Dredging\n\nFirst: ${sentence}\u2029Second: ${sentence}\u2028Third: ${sentence}\u0085Fourth.`));
  const blocks = md.blocks.map((b) => md.body.slice(b.start, b.end));
  expect(blocks[0]).toBe(`First: ${sentence}`);
  // A line break inside a Markdown paragraph is a soft one: the lines stay one paragraph.
  expect(blocks[1]).toBe(`Second: ${sentence} Third: ${sentence} Fourth.`);
  expect(md.body).not.toMatch(/[\u2028\u2029\u0085]/);
  const pasted = await prepareText(`One: ${sentence}\u2029Two: ${sentence}`);
  expect(pasted.blocks).toHaveLength(2);
});

it('makes a form feed (a page break, as pdftotext writes) a paragraph break, in ASCII and in UTF-8', async () => {
  for (const dash of ['-', '—']) {
    const a = await prepareFile('report.txt', enc(`Port works ${dash} a report\n\n${sentence}\n\f2\nThe work begins in May.\n`));
    expect(a.blocks.map((b) => a.body.slice(b.start, b.end))).toEqual([sentence, '2', 'The work begins in May.']);
  }
});

it('drops soft hyphens and word joiners, which split a word for search, from the title and the text', async () => {
  const page = `<html><head><title>Inter&shy;national court rules</title></head><body><article><p>The inter&shy;national court ruled on Friday that the cross\u2060ing must open. ${sentence}</p></article></body></html>`;
  const a = await prepareFile('ruling.html', enc(page));
  expect(a.title).toBe('International court rules');
  expect(a.body).toBe(`The international court ruled on Friday that the crossing must open. ${sentence}`);
});

it('removes bidi override and isolate controls from the title, outlet and author and shows them in the body', async () => {
  const page = `<!doctype html><html><head><title>Invoice \u202Etxt.exe</title>
    <meta name="author" content="Ann \u2066Lee\u2069"><meta property="og:site_name" content="The \u202DCourier\u202C"></head>
    <body><article><h1>Invoice \u202Etxt.exe</h1><p>${sentence} The file was named invoice\u202Etxt.exe and sent by \u2067mail\u2069.</p></article></body></html>`;
  const a = await prepareFile('page.html', enc(page));
  expect(a.title).toBe('Invoice txt.exe');
  expect(a.author).toBe('Ann Lee');
  expect(a.outlet).toBe('The Courier');
  expect(a.body).toContain('named invoice⟦RLO⟧txt.exe and sent by ⟦RLI⟧mail⟦PDI⟧.');
  expect(a.body).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  for (const b of a.blocks) expect(b.end).toBeLessThanOrEqual(a.body.length);
  expect(a.body.slice(a.blocks.at(-1)!.start, a.blocks.at(-1)!.end)).toMatch(/⟦PDI⟧\.$/);
});

it('takes the <h1> of a page without <title> as its title, not the heading and the first paragraph', async () => {
  const a = await prepareFile('page.html', enc(`<!doctype html><html><body><h1>Harbour plan approved</h1><p>${sentence}</p><p>${sentence}</p></body></html>`));
  expect(a.title).toBe('Harbour plan approved');
  expect(a.body.startsWith(sentence)).toBe(true);
});
