// A claim selected with its quotation marks is quoted once in what people read, and kept
// exactly as selected in what machines read.
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../electron/core/export/html.js';
import { renderMarkdown } from '../../../electron/core/export/markdown.js';
import { renderAnswerKey, renderWorksheet } from '../../../electron/core/export/worksheet.js';
import { renderWebAnnotations } from '../../../electron/core/export/w3c.js';
import { article, reportData, statusTags } from '../../fixtures/export/report-data.js';

const quote = '“Nobody told us anything.”';
const data = reportData([{ article: article(`A resident said: ${quote} The council disagreed.`), claims: [{ quote, status: statusTags.false }] }]);

describe('a claim selected with its quotation marks', () => {
  for (const [name, render] of [
    ['the HTML report', renderHtmlReport],
    ['the Markdown report', renderMarkdown],
    ['the worksheet', renderWorksheet],
    ['the answer key', renderAnswerKey],
  ] as const) {
    it(`is quoted once in ${name}`, () => {
      const text = render(data).replace(/<[^>]+>/g, '');
      expect(text).toContain('“Nobody told us anything.”');
      expect(text).not.toMatch(/““|””/);
    });
  }

  it('keeps its words exactly as selected in the Web Annotation export', () => {
    expect(JSON.stringify(renderWebAnnotations(data))).toContain(`"exact":${JSON.stringify(quote)}`);
  });
});
