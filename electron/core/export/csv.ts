// Claims as CSV: one row a claim, the columns below in this order (documented in docs/exports.md).
// RFC 4180 quoting by csv-stringify, UTF-8 with a BOM, formula-like cells neutralised.
import { stringify } from 'csv-stringify/sync';
import { statusOf, techniquesOf } from './claims.js';
import { evidenceUrls } from './evidence.js';
import type { ReportData } from './report-data.js';

export const csvColumns = [
  'article_id',
  'article_title',
  'outlet',
  'published_at',
  'claim_id',
  'claim_number',
  'quote',
  'start',
  'end',
  'status',
  'techniques',
  'note',
  'evidence_urls',
  'linked_claims',
  'orphaned',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula;
 * a leading single quote makes it text (OWASP's advice for CSV injection).
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A table as spreadsheets open it: UTF-8 with a BOM, CRLF between rows, formula-like cells
 * neutralised, and every cell with a line break quoted (csv-stringify quotes only its record
 * delimiter, CRLF; a spreadsheet also ends a row at a bare LF or CR).
 */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows.map((row) => row.map(neutralise))], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/**
 * Names in one cell, `; ` between them. A name holding `;` or `"` is quoted as a CSV field is
 * (its `"` doubled), so that the list splits back into the names: a CSV record with `; ` as
 * its delimiter (or `;` and leading spaces skipped).
 */
function nameList(names: string[]): string {
  return names.map((n) => (/[;"]/.test(n) ? `"${n.replaceAll('"', '""')}"` : n)).join('; ');
}

export function claimRows(data: ReportData): string[][] {
  const rows: string[][] = [];
  for (const { article, annotations } of data.articles) {
    for (const a of annotations) {
      const row: Record<(typeof csvColumns)[number], string> = {
        article_id: article.id,
        article_title: article.title,
        outlet: article.outlet ?? '',
        published_at: article.publishedAt ?? '',
        claim_id: a.id,
        claim_number: String(data.numbers.get(a.id)),
        quote: a.quote.exact,
        start: String(a.start),
        end: String(a.end),
        status: statusOf(data, a)?.name ?? '',
        techniques: nameList(techniquesOf(data, a).map((t) => t.name)),
        note: a.note,
        evidence_urls: evidenceUrls(a.evidence).join(' '),
        linked_claims: a.links.map((l) => `${l.relation}:${l.other.annotationId}`).join(' '),
        orphaned: a.orphaned ? 'true' : 'false',
      };
      rows.push(csvColumns.map((c) => row[c]));
    }
  }
  return rows;
}

export function renderCsv(data: ReportData): string {
  return spreadsheetCsv(csvColumns, claimRows(data));
}
