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
import { renderHtmlReport } from './html.js';
import { renderMarkdown } from './markdown.js';
import { htmlToPdf } from './pdf.js';
import { loadReportData, type ExportTarget, type ReportData } from './report-data.js';
import { renderWebAnnotations } from './w3c.js';
import { renderAnswerKey, renderWorksheet } from './worksheet.js';

type RunInput = ParsedInputOf<'exports.run'>;

const text = (s: string) => Buffer.from(s, 'utf8');
const json = (v: unknown) => text(JSON.stringify(v, null, 2) + '\n');

const formats: Record<
  Exclude<ExportFormat, 'pdf' | 'bundle'>,
  { suffix: string; mimeType: string; render(data: ReportData): Buffer }
> = {
  html: { suffix: '.html', mimeType: 'text/html', render: (d) => text(renderHtmlReport(d)) },
  md: { suffix: '.md', mimeType: 'text/markdown', render: (d) => text(renderMarkdown(d)) },
  csv: { suffix: '.csv', mimeType: 'text/csv', render: (d) => text(renderCsv(d)) },
  w3c: { suffix: '.annotations.jsonld', mimeType: 'application/ld+json', render: (d) => json(renderWebAnnotations(d)) },
  claimreview: { suffix: '.claimreview.jsonld', mimeType: 'application/ld+json', render: (d) => json(renderClaimReviews(d)) },
  worksheet: { suffix: '-worksheet.html', mimeType: 'text/html', render: (d) => text(renderWorksheet(d)) },
  'answer-key': { suffix: '-answer-key.html', mimeType: 'text/html', render: (d) => text(renderAnswerKey(d)) },
};

const pdfPages = { report: renderHtmlReport, worksheet: renderWorksheet, 'answer-key': renderAnswerKey };

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
    return { fileName, mimeType: 'application/json', dataBase64: text(body).toString('base64') };
  }
  const data = loadReportData(ctx.db, target, (done, total, label) =>
    ctx.emit('export.progress', { jobId, done, total, label }),
  );
  const base = slug(data.title);
  if (input.format === 'pdf') {
    const variant = input.pdfOf ?? 'report';
    ctx.emit('export.progress', { jobId, done: data.articles.length, total: data.articles.length, label: 'Printing to PDF' });
    const pdf = await htmlToPdf(ctx, pdfPages[variant](data));
    return {
      fileName: `${base}${variant === 'report' ? '' : `-${variant}`}.pdf`,
      mimeType: 'application/pdf',
      dataBase64: Buffer.from(pdf).toString('base64'),
    };
  }
  const f = formats[input.format];
  return { fileName: base + f.suffix, mimeType: f.mimeType, dataBase64: f.render(data).toString('base64') };
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
