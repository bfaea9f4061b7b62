// What a PDF's producer fills in (its Title and Author fields) and a PDF with almost no text, on
// PDFs written by hand (tests/helpers/tiny-pdf.ts): no Chromium needed.
import { afterAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile } from '../../../electron/core/import/index.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { tinyPdf, type TinyLine } from '../../helpers/tiny-pdf.js';

const BODY: TinyLine[] = [
  'The council voted on Tuesday to repair the harbour bridge, which',
  'closed after the autumn storms. Work starts within weeks, said the',
  'mayor, and the ferry adds two crossings a day until it reopens.',
].map((text, i) => ({ text, x: 72, y: 760 - i * 15 }));

afterAll(() => closeHtmlWorker());

describe('PDF fields', () => {
  it('does not take a file or job name in the Title field, nor a login name in the Author field, for the article’s', async () => {
    for (const field of ['sag-39-3-4-0902-21:sag-0', 'Microsoft Word - draft3.doc', 'harbour_report_final']) {
      const a = await prepareFile('bridge.pdf', tinyPdf([BODY], { Title: field, Author: 'tubitak' }));
      expect(a.title).toBe('The council voted on Tuesday to repair the harbour bridge, which closed after the autumn…');
      expect(a.author).toBeNull();
    }
    const named = await prepareFile('bridge.pdf', tinyPdf([BODY], { Title: 'Harbour bridge to reopen in spring', Author: 'Jane Doe' }));
    expect([named.title, named.author]).toEqual(['Harbour bridge to reopen in spring', 'Jane Doe']);
  });

  it('says that a PDF with only a few words of text holds no article, not that its pages are pictures', async () => {
    // Two runs, as a word processor sets a word: "Dra" (17.7 pt wide in 11 pt Helvetica) and "ft" (in another size, so pdf.js keeps them apart).
    const e = await glossErrorOf(prepareFile('stub.pdf', tinyPdf([[{ text: 'Dra', x: 72, y: 760 }, { text: 'ft v.0.01', x: 89.8, y: 760, size: 11.2 }]])));
    expect(e.code).toBe('empty_file');
    expect(e.message).toBe('"stub.pdf" holds only a few words of text ("Draft v.0.01"), not an article. Check that it is the file you meant, or paste the article\'s text.');
  });

  it('says that a PDF that cannot be read is damaged or cut short, and to get it again', async () => {
    const whole = tinyPdf([BODY]);
    const e = await glossErrorOf(prepareFile('cut.pdf', whole.subarray(0, 200)));
    expect(e.code).toBe('parse_failed');
    expect(e.message).toMatch(/^"cut\.pdf" could not be read as a PDF \(.*\): it is damaged, or incomplete as a download cut short is\. Download or save it again/);
  });
});
