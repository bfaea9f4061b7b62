// Article text, titles, notes, tag names and colours are untrusted: no export turns them into markup.
import { describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../electron/core/export/html.js';
import { renderMarkdown } from '../../../electron/core/export/markdown.js';
import type { ReportData } from '../../../electron/core/export/report-data.js';
import { renderAnswerKey, renderWorksheet } from '../../../electron/core/export/worksheet.js';
import type { Annotation, Article, Tag, Taxonomy } from '../../../shared/model.js';

const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const body = `Intro ${evil} and </mark></p><script>alert(3)</script> end.`;

function data(): ReportData {
  const status: Tag = {
    id: 's1', taxonomyId: 't1', name: `False ${evil}`, description: '', color: 'red;}</style><script>alert(4)</script>',
    key: null, position: 0, ratingValue: 1, removed: false,
  };
  const technique: Tag = { ...status, id: 'x1', taxonomyId: 't2', name: `Loaded ${evil}`, color: '#123456' };
  const taxonomies: Taxonomy[] = [
    { id: 't1', name: 'Status', kind: 'status', builtin: false, tags: [status] },
    { id: 't2', name: 'Techniques', kind: 'technique', builtin: false, tags: [technique] },
  ];
  const article: Article = {
    id: 'a"1', title: `Title ${evil}`, outlet: `Outlet "${evil}`, author: evil, publishedAt: '2024-05-07',
    sourceUrl: 'javascript:alert(5)', language: 'en" onload="x', direction: 'ltr', createdAt: '', updatedAt: '',
    wordCount: 10, annotationCount: 1, statusCounts: {}, collectionIds: [], body, blocks: [], contentHash: '',
    originalName: null, originalType: null,
  };
  const start = body.indexOf('<img');
  const annotation: Annotation = {
    id: 'n1', articleId: article.id, start, end: start + evil.length,
    quote: { exact: evil, prefix: '', suffix: '' }, statusTagId: 's1', tagIds: ['x1'], note: `Note ${evil}`,
    evidence: [{ id: 'e1', url: 'javascript:alert(6)', title: `Evidence ${evil}`, note: evil }],
    links: [], orphaned: false, conflict: null, createdAt: '', updatedAt: '', revision: 1,
  };
  return {
    title: `Report ${evil}`, collection: null, articles: [{ article, annotations: [annotation] }], taxonomies,
    tags: new Map([[status.id, status], [technique.id, technique]]), numbers: new Map([['n1', 1]]),
    reviewer: {}, generatedAt: '2024-05-07T00:00:00.000Z', language: 'en',
  };
}

describe('hostile text in exports', () => {
  for (const [name, render] of [
    ['report', renderHtmlReport],
    ['worksheet', renderWorksheet],
    ['answer key', renderAnswerKey],
  ] as const) {
    it(`the ${name} shows it as text`, () => {
      const html = render(data());
      expect(html).not.toMatch(/<script|<img|href="javascript:|onload="/i);
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });
  }

  it('the Markdown shows it as text', () => {
    const md = renderMarkdown(data());
    expect(md).not.toMatch(/(?<!\\)<(script|img)|javascript:/i);
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
  });
});
