// A paragraph in another script than its article reads in its own direction (dir="auto").
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../electron/core/export/body-html.js';
import { article } from '../../fixtures/export/report-data.js';

const opts = { numbers: new Map<string, number>(), markClass: () => '', refHref: (n: number) => `#${n}` };

describe('block direction', () => {
  it('gives an Arabic paragraph of an English article dir="auto", and the English ones none', () => {
    const html = renderBody(article('The minister spoke.\n\nقال الوزير إن المعبر مغلق.\n\n“Quoted” words.'), [], opts);
    expect(html).toBe('<p>The minister spoke.</p>\n<p dir="auto">قال الوزير إن المعبر مغلق.</p>\n<p>“Quoted” words.</p>');
  });

  it('gives an English paragraph of an Arabic article dir="auto"', () => {
    const html = renderBody(article('قال الوزير.\n\nBBC News reported it.\n\n2024: قال', { direction: 'rtl', language: 'ar' }), [], opts);
    expect(html).toBe('<p>قال الوزير.</p>\n<p dir="auto">BBC News reported it.</p>\n<p>2024: قال</p>');
  });
});
