// exports.run and exports.importBundle: one module per format, all fed by loadReportData.
import { randomUUID } from 'node:crypto';
import type { ExportFile, ExportFormat } from '../../../shared/model.js';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import type { CoreContext, Handlers, Namespaced } from '../context.js';
import { exportBundle } from './bundle.js';
import { importBundle } from './bundle-import.js';
import { renderClaimReviews } from './claimreview.js';
import { renderCsv } from './csv.js';
import { slug } from './escape.js';
import { renderHtmlReport, reportFileName } from './html.js';
import { renderMarkdown } from './markdown.js';
import { htmlToPdf } from './pdf.js';
import { loadReportData, type ExportTarget, type ReportData } from './report-data.js';
import { renderWebAnnotations } from './w3c.js';
import { localisedForPeople, translatorFor } from './words.js';
import { renderAnswerKey, renderWorksheet, unverdictedWarnings } from './worksheet.js';

type RunInput = ParsedInputOf<'exports.run'>;

/** A file's text and what it lacks (shown by the export dialog and the CLI). */
interface Rendered {
  text: string;
  warnings: string[];
}

const plain = (render: (d: ReportData) => string) => (d: ReportData): Rendered => ({ text: render(d), warnings: [] });
/** A format people read: the built-in statuses and techniques in the report's language. */
const forPeople = (render: (d: ReportData) => Rendered) => (d: ReportData): Rendered => render(localisedForPeople(d));
/**
 * JSON-LD as pasted into a page's <script type="application/ld+json"> (Google reads ClaimReview
 * there): < > & written as \u escapes, so that a note holding "</script>" or "<!--" cannot end
 * the script or hide the page after it. JSON parsers read the same values.
 */
const jsonLd = (v: unknown) => JSON.stringify(v, null, 2).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';

const formats: Record<
  Exclude<ExportFormat, 'pdf' | 'bundle'>,
  { fileName(d: ReportData): string; mimeType: string; render(data: ReportData): Rendered }
> = {
  html: { fileName: reportFileName, mimeType: 'text/html', render: forPeople(plain(renderHtmlReport)) },
  md: { fileName: (d) => `${slug(d.title)}.md`, mimeType: 'text/markdown', render: forPeople(plain(renderMarkdown)) },
  csv: { fileName: (d) => `${slug(d.title)}.csv`, mimeType: 'text/csv', render: plain(renderCsv) },
  w3c: {
    fileName: (d) => `${slug(d.title)}.annotations.jsonld`,
    mimeType: 'application/ld+json',
    render: plain((d) => jsonLd(renderWebAnnotations(d))),
  },
  claimreview: {
    fileName: (d) => `${slug(d.title)}.claimreview.jsonld`,
    mimeType: 'application/ld+json',
    render: (d) => {
      const { reviews, warnings } = renderClaimReviews(d);
      return { text: jsonLd(reviews), warnings };
    },
  },
  worksheet: {
    fileName: (d) => `${slug(d.title)}-worksheet.html`,
    mimeType: 'text/html',
    render: forPeople((d) => ({ text: renderWorksheet(d), warnings: unverdictedWarnings(d) })),
  },
  'answer-key': {
    fileName: (d) => `${slug(d.title)}-answer-key.html`,
    mimeType: 'text/html',
    render: forPeople((d) => ({ text: renderAnswerKey(d), warnings: unverdictedWarnings(d) })),
  },
};

const pdfPages = { report: formats.html, worksheet: formats.worksheet, 'answer-key': formats['answer-key'] };

function targetOf(input: RunInput): ExportTarget {
  if (input.articleId !== undefined) return { articleId: input.articleId };
  if (input.collectionId !== undefined) return { collectionId: input.collectionId };
  return { articleIds: input.articleIds! };
}

export async function runExport(ctx: CoreContext, input: RunInput): Promise<ExportFile> {
  const jobId = randomUUID();
  const target = targetOf(input);
  if (input.format === 'bundle') {
    const { fileName, json: body } = exportBundle(ctx.db, target);
    return { fileName, mimeType: 'application/json', dataBase64: Buffer.from(body, 'utf8').toString('base64'), warnings: [] };
  }
  const data = loadReportData(
    ctx.db,
    target,
    input.reviewer,
    (done, total, label) => ctx.emit('export.progress', { jobId, done, total, label }),
    input.language,
  );
  if (input.format === 'pdf') {
    const page = pdfPages[input.pdfOf ?? 'report'];
    const { text, warnings } = page.render(data);
    const t = translatorFor(data.language).getFixedT(data.language, 'reports');
    ctx.emit('export.progress', { jobId, done: data.articles.length, total: data.articles.length, label: t('report.printing') });
    const pdf = await htmlToPdf(ctx, text);
    return {
      fileName: page.fileName(data).replace(/\.html$/, '.pdf'),
      mimeType: 'application/pdf',
      dataBase64: Buffer.from(pdf).toString('base64'),
      warnings,
    };
  }
  const f = formats[input.format];
  const { text, warnings } = f.render(data);
  return { fileName: f.fileName(data), mimeType: f.mimeType, dataBase64: Buffer.from(text, 'utf8').toString('base64'), warnings };
}

export function exportHandlers(ctx: CoreContext): Handlers<Namespaced<'exports'>> {
  return {
    'exports.run': (input) => runExport(ctx, input),
    'exports.importBundle': (input) => {
      const report = importBundle(ctx.db, Buffer.from(input.dataBase64, 'base64'), input.name);
      for (const what of ['taxonomies', 'articles', 'collections', 'annotations'] as const) ctx.emit('library.changed', { what });
      return report;
    },
  };
}
