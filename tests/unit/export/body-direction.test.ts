// A paragraph in another script than its article reads in its own direction (dir="auto"), and so
// does a claim linked from another article.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderBody } from '../../../electron/core/export/body-html.js';
import { renderHtmlReport } from '../../../electron/core/export/html.js';
import { renderWorksheet } from '../../../electron/core/export/worksheet.js';
import { article, reportData, statusTags } from '../../fixtures/export/report-data.js';

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

/** The element of `scope` holding exactly `words`, when it says its own direction. */
const ownDirection = (scope: Element, words: string) =>
  [...scope.querySelectorAll('[dir]')].find((e) => e.textContent === words)?.getAttribute('dir');

describe('names, quotes and URLs in another direction than the line around them', () => {
  it('gives an Arabic outlet and author their own direction in the line under an article’s title', () => {
    const data = reportData([
      {
        article: article('The minister said the economy grew.', { outlet: 'الجزيرة', author: 'أحمد علي', publishedAt: '2024-03-10' }),
        claims: [{ quote: 'the economy grew', status: statusTags.false }],
      },
    ]);
    // Left to the English line, "10" was drawn between the author and "Mar 2024".
    for (const html of [renderHtmlReport(data), renderWorksheet(data)]) {
      const meta = parseHTML(html).document.querySelector('section.article-section p.meta')!;
      expect(meta.textContent).toContain('10 Mar 2024');
      expect(ownDirection(meta, 'الجزيرة')).toBe('auto');
    }
    const meta = parseHTML(renderHtmlReport(data)).document.querySelector('section.article-section p.meta')!;
    expect(ownDirection(meta, 'أحمد علي')).toBe('auto');
  });

  it('reads a linked claim of an article outside the report, and that article’s title, each in its own direction', () => {
    const data = reportData([
      { article: article('The minister said the economy grew by 5% last year.'), claims: [{ quote: 'the economy grew by 5%', status: statusTags.false }] },
    ]);
    const [claim] = data.articles[0]!.annotations;
    claim!.links = [
      {
        id: 'link-1', fromId: claim!.id, toId: 'other', relation: 'contradicts',
        other: { annotationId: 'other', articleId: 'article-ar', articleTitle: 'تقرير الاقتصاد', exact: 'نما الاقتصاد بنسبة 5%' },
      },
    ];
    const { document } = parseHTML(renderHtmlReport(data));
    const link = document.querySelector('table.claims td ul li')!;
    // Left to the English line's direction, the Arabic title is drawn inside the quotation marks
    // and the 5% at the quote's other end.
    for (const words of ['نما الاقتصاد بنسبة 5%', 'تقرير الاقتصاد']) expect(ownDirection(link, words), words).toBe('auto');
  });

  it('writes every URL shown as text left to right, in an Arabic report too', () => {
    const url = 'https://example.org/ledger/bridge/';
    const data = reportData(
      [
        {
          article: article('The minister said the economy grew.', { sourceUrl: url }),
          claims: [{ quote: 'the economy grew', status: statusTags.false, evidence: [{ url, title: '' }, { url, title: 'تقرير الأمم المتحدة' }] }],
        },
      ],
      { language: 'ar' },
    );
    // In a right-to-left line the final "/" was drawn before the "https:" ("/https://example.org/ledger/bridge").
    const { document } = parseHTML(renderHtmlReport(data));
    const shown = [...document.querySelectorAll('a, span')].filter((e) => e.textContent === url);
    expect(shown).toHaveLength(3); // the article's address, an evidence link without a title, the printed URL of one with a title
    for (const e of shown) expect(e.getAttribute('dir')).toBe('ltr');
  });
});

