// Evidence as the report and the answer key show it. Only http(s) URLs go out (an older library
// may hold another scheme); on paper the URL is printed beside its title, since it cannot be clicked.
import type { TFunction } from 'i18next';
import type { Evidence } from '../../../shared/model.js';
import { httpUrl } from '../urls.js';
import { esc, link, urlHtml } from './escape.js';

export function evidenceList(evidence: readonly Evidence[], t: TFunction): string {
  const items = evidence.map((e) => {
    const url = httpUrl(e.url);
    const title = e.title ? link(url, e.title) : url ? urlHtml(url) : esc(t('reports:claims.evidence'));
    const printed = url && e.title ? ` <span class="print-url" dir="ltr">${esc(url)}</span>` : '';
    return `<li dir="auto">${title}${printed}${e.note ? ` — ${esc(e.note)}` : ''}</li>`;
  });
  return items.length ? `<ul class="evidence">${items.join('')}</ul>` : '';
}

/** The evidence URLs fit to export: http and https only. */
export function evidenceUrls(evidence: readonly Evidence[]): string[] {
  return evidence.map((e) => httpUrl(e.url)).filter((u): u is string => u !== null);
}
