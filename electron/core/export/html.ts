// The report as one self-contained HTML file: inline styles, no scripts, no network; prints well.
import type { TFunction } from 'i18next';
import type { Annotation, Tag } from '../../../shared/model.js';
import { langAttrs, quoteHtml, renderBlocks } from './body-html.js';
import { CHART_FONT_PX, renderChart } from './chart.js';
import { articleOf, statusOf, statusesUsed, techniquesOf } from './claims.js';
import { esc, isolated, safeColor, slug, urlHtml } from './escape.js';
import { evidenceList } from './evidence.js';
import { renderFiguresSection } from './figures-html.js';
import { reviewerNames, type ReportArticle, type ReportData } from './report-data.js';
import { pageLangAttrs, reportDay, translatorFor } from './words.js';

/** Font stacks with Arabic, CJK and colour emoji fallbacks, so that printed PDFs hold those characters. */
const fallbacks = '"Noto Sans Arabic","Noto Sans CJK SC","Noto Sans CJK JP","Noto Color Emoji","Apple Color Emoji","Segoe UI Emoji"';
export const sansFonts = `system-ui,-apple-system,"Segoe UI","Noto Sans",${fallbacks},sans-serif`;
export const serifFonts = `Georgia,"Noto Serif","Noto Naskh Arabic","Noto Serif CJK SC",${fallbacks},serif`;

export const baseCss = `
*{box-sizing:border-box}
body{font:15px/1.6 ${sansFonts};color:#1d1d1f;max-width:76rem;margin:2rem auto;padding:0 1.5rem;overflow-wrap:break-word;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2.5rem 0 .25rem}h3{font-size:1.1rem}
h1,h2,h3,caption{break-after:avoid}
.meta{color:#5f6368;font-size:.9rem;margin:0 0 1rem}
a{color:#1a56b0}
mark{color:inherit;padding:0 .05em;border-bottom:2px solid #9e9e9e;background:#9e9e9e33}
sup.ref{font-size:.7em;line-height:0;margin-inline-start:.1em}sup.ref a{text-decoration:none;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:1rem 0}
th,td{border:1px solid #d5d5d5;padding:.35rem .5rem;vertical-align:top;text-align:start}
th{background:#f3f3f3}
thead{display:table-header-group}
table.claims{table-layout:fixed}
.claims .c-num{width:2.6rem}.claims .c-quote{width:20%}.claims .c-status{width:15%}.claims .c-tags{width:17%}.claims .c-evidence{width:18%}
.claims .chip{border-inline-start-width:.45em}
.claims ul{margin:0;padding-inline-start:1.1rem}
/* an item running the other way from its list (dir="auto" evidence) has its bullet on its own start side */
.claims ul:dir(rtl)>li:dir(ltr){margin-left:1.1rem}.claims ul:dir(ltr)>li:dir(rtl){margin-right:1.1rem}
.chip{display:inline-block;border-inline-start:.7em solid #9e9e9e;padding:0 .4em;background:#f4f4f4;border-radius:.2em}
.tag{display:inline-block;border:1px solid #ccc;border-radius:.8em;padding:0 .45em;margin:0 0 .2em;margin-inline-end:.2em;font-size:.85em}
.note{white-space:pre-wrap}
.warn{color:#a4262c}
.print-url{display:none}
@page{size:A4;margin:16mm}
@media print{body{margin:0;max-width:none;padding:0;font-size:10.5pt}a{color:inherit}a.back{display:none}.print-url{display:block;font-size:.85em;color:#444}th,td{padding:.3rem .35rem}}
`;

/** The columns of a claims table (the report's and the answer key's), sized so that each stays readable on A4. */
export const claimsColumns =
  '<colgroup><col class="c-num"><col class="c-quote"><col class="c-status"><col class="c-tags"><col class="c-note"><col class="c-evidence"></colgroup>';

const reportCss = `
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:.5rem 0 1rem;font-size:.88rem}
.row{display:grid;grid-template-columns:minmax(0,1fr) 18rem;gap:0 2rem;align-items:start}
.row > .text{grid-column:1}
.text{font-family:${serifFonts};font-size:1.02rem}
.notes{grid-column:2;font-size:.85rem;border-inline-start:2px solid #e2e2e2;margin:1em 0;padding-inline-start:1.6rem}
.notes li{margin:0 0 .6rem}
.chart{max-width:100%;height:auto;font:${CHART_FONT_PX}px ${sansFonts};direction:ltr}
.chart-label{font-weight:600}.chart-kind,.chart-total{fill:#5f6368}.chart-count{fill:#111;paint-order:stroke;stroke:#fff;stroke-width:3px;font-weight:600}
.chart-legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.25rem 0 1rem;font-size:.85rem}
.swatch{display:inline-block;width:.8em;height:.8em;margin-inline-end:.4em;vertical-align:-.05em}
.compare td{width:44%}.compare th.relation{width:12%;background:none}
.relation{font-weight:600}
@media print{section.article-section:not(:first-of-type){break-before:page}.row{grid-template-columns:minmax(0,1fr) 15rem;gap:0 1.2rem}.chart{width:100%}}
`;

/** The report's file name: also the page ClaimReview urls point into when it is published. */
export function reportFileName(data: ReportData): string {
  return `${slug(data.title)}.html`;
}

/** The id of a claim's row in the claims table: stable across exports, unlike its number. */
export function reviewAnchor(a: Annotation): string {
  return `review-${a.id}`;
}

/** One CSS class per status in use, so that a mark is coloured by its claim's status. */
export function statusCss(statuses: Tag[]): string {
  return statuses
    .map((t, i) => {
      const c = safeColor(t.color);
      return `mark.st-${i}{background:${c}38;border-bottom-color:${c}}.chip.st-${i}{border-inline-start-color:${c}}`;
    })
    .join('\n');
}

export function statusClass(data: ReportData, statuses: Tag[], a: Annotation): string {
  const status = statusOf(data, a);
  const i = status ? statuses.indexOf(status) : -1;
  return i >= 0 ? `st-${i}` : 'st-none';
}

/** "Gloss report · 2 articles · 5 claims · generated 9 May 2024 · Reviewed by Ana Ruiz": the line under a report's title, as text. */
export function reportMeta(data: ReportData, t: TFunction): string[] {
  const names = reviewerNames(data.reviewer);
  return [
    t('report.kind'),
    t('report.articles', { count: data.articles.length }),
    t('report.claims', { count: data.articles.reduce((n, a) => n + a.annotations.length, 0) }),
    t('report.generated', { date: reportDay(data.generatedAt, data.language) }),
    ...(names ? [t('report.reviewedBy', { names })] : []),
  ];
}

export function renderHtmlReport(data: ReportData): string {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const statuses = statusesUsed(data);
  const multi = data.articles.length > 1;
  const parts: string[] = [
    '<!doctype html>',
    `<html ${pageLangAttrs(data.language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${t('report.pageTitle', { title: esc(data.title) })}</title>`,
    `<style>${baseCss}${reportCss}${statusCss(statuses)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1 dir="auto">${esc(data.title)}</h1>`,
    `<p class="meta">${esc(reportMeta(data, t).join(' · '))}</p>`,
    statuses.length
      ? `<div class="legend" role="group" aria-label="${t('report.statusColours')}">${statuses
          .map((t, i) => `<span class="chip st-${i}" dir="auto">${esc(t.name)}</span>`)
          .join('')}</div>`
      : '',
    '</header>',
  ];
  if (multi) {
    parts.push('<section class="overview">', `<h2>${t('report.overview')}</h2>`, renderChart(data));
    parts.push(renderComparison(data, statuses, t), renderFiguresSection(data.articles.map((a) => a.article), data.language), '</section>');
  }
  for (const ra of data.articles) parts.push(renderArticle(data, statuses, ra, t));
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

/**
 * An article as rows of one block and the notes of the claims that end in it, so that on screen
 * and on every printed page a margin note stays beside its paragraph.
 */
function renderArticle(data: ReportData, statuses: Tag[], { article, annotations }: ReportArticle, t: TFunction): string {
  const n = (a: Annotation) => data.numbers.get(a.id)!;
  const day = reportDay(article.publishedAt, data.language);
  const meta = [
    article.outlet ? isolated(article.outlet) : null,
    article.author ? t('report.byAuthor', { author: isolated(article.author) }) : null,
    day ? esc(day) : null,
  ].filter((x): x is string => !!x);
  const note = (a: Annotation) =>
    `<li id="note-${n(a)}" value="${n(a)}">${chip(data, statuses, a, t)} ${techniquesOf(data, a)
      .map((t) => `<span class="tag" dir="auto">${esc(t.name)}</span>`)
      .join('')}${a.note ? `<div class="note" dir="auto">${esc(a.note)}</div>` : ''}${
      a.orphaned
        ? // Not marked in the text: the links to the claim (its number, a linked claim) land on this notice.
          `<div class="warn" id="claim-${n(a)}">${t('claims.notFound')}</div>`
        : ` <a class="back" href="#ref-${n(a)}" aria-label="${t('report.backToClaim', { number: n(a) })}">↩</a>`
    }</li>`;
  const row = (html: string, claims: Annotation[]) =>
    `<div class="row"><div class="text" ${langAttrs(article)}>${html}</div>${
      claims.length ? `<ol class="notes">${[...claims].sort((x, y) => n(x) - n(y)).map(note).join('')}</ol>` : ''
    }</div>`;
  const blocks = renderBlocks(article, annotations, {
    numbers: data.numbers,
    markClass: (a) => statusClass(data, statuses, a),
    refHref: (num) => `#note-${num}`,
    refId: (num) => `ref-${num}`,
  });
  const orphans = annotations.filter((a) => a.orphaned);
  return [
    `<section class="article-section" id="article-${esc(article.id)}">`,
    `<h2 ${langAttrs(article)}>${esc(article.title)}</h2>`,
    `<p class="meta">${meta.join(' · ')}${article.sourceUrl ? ` · ${urlHtml(article.sourceUrl)}` : ''}</p>`,
    '<div class="article">',
    ...blocks.map((b) => row(b.kind === 'list-item' ? `<ul>${b.html}</ul>` : b.html, b.ending)),
    orphans.length ? row('', orphans) : '',
    '</div>',
    annotations.length ? claimsTable(data, statuses, annotations, t) : `<p class="meta">${t('report.noClaims')}</p>`,
    '</section>',
  ].join('\n');
}

function chip(data: ReportData, statuses: Tag[], a: Annotation, t: TFunction): string {
  const status = statusOf(data, a);
  return `<span class="chip ${statusClass(data, statuses, a)}" dir="auto">${esc(status?.name ?? t('claims.noStatus'))}</span>`;
}

function claimsTable(data: ReportData, statuses: Tag[], annotations: Annotation[], t: TFunction): string {
  const rows = annotations.map((a) => {
    const num = data.numbers.get(a.id)!;
    const article = articleOf(data, a.articleId)!;
    const links = a.links
      .map((l) => {
        const other = data.numbers.get(l.other.annotationId);
        const claim = other !== undefined ? `<a href="#claim-${other}">#${other}</a>` : quoteHtml(t, undefined, l.other.exact);
        const args = { claim, article: isolated(l.other.articleTitle) };
        return `<li>${l.relation === 'contradicts' ? t('claims.contradicts', args) : t('claims.sameClaimAs', args)}</li>`;
      })
      .join('');
    return `<tr id="${esc(reviewAnchor(a))}"><td><a href="#claim-${num}">${num}</a></td><td>${quoteHtml(t, article, a.quote.exact)}${
      a.orphaned ? ` <span class="warn">${t('claims.notFoundInline')}</span>` : ''
    }</td><td>${chip(data, statuses, a, t)}</td><td>${techniquesOf(data, a)
      .map((tag) => `<span class="tag" dir="auto">${esc(tag.name)}</span>`)
      .join('')}</td><td><div class="note" dir="auto">${esc(a.note)}</div>${links ? `<ul>${links}</ul>` : ''}</td><td>${evidenceList(a.evidence, t)}</td></tr>`;
  });
  return `<table class="claims"><caption class="meta">${t('claims.caption')}</caption>${claimsColumns}<thead>${claimsHeader(t, [t('claims.status'), t('claims.techniques'), t('claims.note')])}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The header row of a claims table (the report's and the answer key's): number, quote, the three columns given, evidence. */
export function claimsHeader(t: TFunction, middle: [string, string, string]): string {
  return `<tr>${[t('claims.number'), t('claims.quote'), ...middle, t('claims.evidence')].map((h) => `<th>${h}</th>`).join('')}</tr>`;
}

/** Links between claims of different articles in the report, one row each. */
function renderComparison(data: ReportData, statuses: Tag[], t: TFunction): string {
  const byId = new Map(data.articles.flatMap((x) => x.annotations.map((a) => [a.id, a] as const)));
  const seen = new Set<string>();
  const rows: string[] = [];
  for (const { annotations } of data.articles) {
    for (const a of annotations) {
      for (const l of a.links) {
        if (seen.has(l.id) || !data.numbers.has(l.other.annotationId) || l.other.articleId === a.articleId) continue;
        seen.add(l.id);
        const from = byId.get(l.fromId);
        const to = byId.get(l.toId);
        if (!from || !to) continue;
        rows.push(
          `<tr><th scope="row" class="relation">${l.relation === 'contradicts' ? t('compare.contradicts') : t('compare.sameClaim')}</th>${side(
            data,
            statuses,
            from,
            t,
          )}${side(data, statuses, to, t)}</tr>`,
        );
      }
    }
  }
  if (rows.length === 0) return '';
  return `<h2>${t('compare.heading')}</h2><table class="compare"><thead><tr><th>${t('compare.link')}</th><th>${t('compare.claim')}</th><th>${t(
    'compare.linkedClaim',
  )}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function side(data: ReportData, statuses: Tag[], a: Annotation, t: TFunction): string {
  const article = articleOf(data, a.articleId)!;
  const num = data.numbers.get(a.id)!;
  return `<td><div class="meta">${article.outlet ? isolated(article.outlet) : t('compare.unknownOutlet')} · <span ${langAttrs(article)}>${esc(
    article.title,
  )}</span></div><a href="#claim-${num}">#${num}</a> ${quoteHtml(t, article, a.quote.exact)} ${chip(data, statuses, a, t)}</td>`;
}
