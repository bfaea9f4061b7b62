// Classroom worksheets. The student copy marks and numbers the claims in one neutral colour and
// leaves room to answer; it never carries a verdict, a technique name, a note or evidence.
// The answer key lists all of those by claim number.
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages.js';
import type { Tag } from '../../../shared/model.js';
import { langAttrs, quoteHtml, renderBody } from './body-html.js';
import { choices, hasVerdict, statusOf, techniquesOf } from './claims.js';
import { esc, isolated } from './escape.js';
import { evidenceList } from './evidence.js';
import { baseCss, claimsColumns, claimsHeader, serifFonts } from './html.js';
import type { ReportData } from './report-data.js';
import { pageLangAttrs, reportDay, translatorFor } from './words.js';

const worksheetCss = `
mark{background:#ffd60052;border-bottom:2px solid #c9a400}
.text{font-family:${serifFonts};font-size:1.05rem}
.answers{list-style:none;padding:0}
.answer{border:1px solid #bbb;border-radius:.3rem;padding:.6rem .8rem;margin:.8rem 0;break-inside:avoid}
.answer .quote{margin:0 0 .5rem}
.field{display:grid;grid-template-columns:8rem 1fr;align-items:end;gap:.5rem;margin:.55rem 0}
.field .line{border-bottom:1px solid #777;height:1.6rem}
.field.tall .line{height:3.2rem;border:1px solid #777;border-radius:.2rem}
.name{display:flex;gap:2rem;margin:1rem 0}.name span{flex:1;border-bottom:1px solid #777}
.choices{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem;font-size:.9rem;break-inside:avoid}
.choices h2{font-size:1rem;margin:.5rem 0 .25rem}.choices dl{margin:0}
.choices dt{font-weight:600;display:inline}.choices dd{display:inline;margin:0}.choices dd::after{content:"";display:block;margin-bottom:.3rem}
@media print{section.article-section{break-before:page}section.article-section:first-of-type{break-before:auto}}
`;

function page(title: string, language: Language, body: string[]): string {
  return [
    '<!doctype html>',
    `<html ${pageLangAttrs(language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title>`,
    `<style>${baseCss}${worksheetCss}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function renderWorksheet(data: ReportData): string {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const body: string[] = [
    `<h1 dir="auto">${esc(data.title)}</h1>`,
    `<p class="meta">${t('worksheet.instructions')}</p>`,
    `<div class="name"><span>${t('worksheet.name')}</span><span>${t('worksheet.date')}</span></div>`,
    renderChoices(data, t),
  ];
  for (const { article, annotations } of data.articles) {
    const day = reportDay(article.publishedAt, data.language);
    const meta = [article.outlet ? isolated(article.outlet) : null, day ? esc(day) : null].filter((x): x is string => !!x);
    const claims = annotations.filter((a) => !a.orphaned);
    body.push(
      '<section class="article-section">',
      `<h2 ${langAttrs(article)}>${esc(article.title)}</h2>`,
      meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : '',
      `<div class="text" ${langAttrs(article)}>${renderBody(article, claims, {
        numbers: data.numbers,
        markClass: () => 'claim',
        refHref: (n) => `#answer-${n}`,
      })}</div>`,
      '<ol class="answers">',
      claims.map((a) => {
        const n = data.numbers.get(a.id)!;
        return `<li class="answer" id="answer-${n}"><p class="quote"><strong>${t('worksheet.claim', { number: n })}</strong> ${quoteHtml(
          t,
          article,
          a.quote.exact,
        )}</p>${field(t('worksheet.verdict'))}${field(t('worksheet.techniquesField'))}${field(t('worksheet.evidence'), true)}</li>`;
      }).join('\n'),
      '</ol>',
      '</section>',
    );
  }
  return page(t('worksheet.pageTitle', { title: esc(data.title) }), data.language, body);
}

/** The verdicts and techniques to choose from, each with its one-line definition. */
function renderChoices(data: ReportData, t: TFunction): string {
  const { verdicts, techniques } = choices(data);
  const list = (title: string, tags: Tag[]) =>
    tags.length
      ? `<section><h2>${title}</h2><dl>${tags
          .map((t) => {
            const definition = t.description.trim().split('\n')[0];
            return `<dt dir="auto">${esc(t.name)}</dt>${definition ? `<dd dir="auto"> — ${esc(definition)}</dd>` : '<dd></dd>'}`;
          })
          .join('')}</dl></section>`
      : '';
  return `<div class="choices">${list(t('worksheet.verdicts'), verdicts)}${list(t('worksheet.techniques'), techniques)}</div>`;
}

/** Claims a worksheet numbers but whose answer the key cannot give. */
export function unverdictedWarnings(data: ReportData): string[] {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const n = data.articles.reduce((sum, { annotations }) => sum + annotations.filter((a) => !a.orphaned && !hasVerdict(data, a)).length, 0);
  return n === 0 ? [] : [t('warnings.noVerdict', { count: n })];
}

function field(label: string, tall = false): string {
  return `<div class="field${tall ? ' tall' : ''}"><span>${label}</span><div class="line"></div></div>`;
}

export function renderAnswerKey(data: ReportData): string {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const title = t('answerKey.title', { title: esc(data.title) });
  const body: string[] = [`<h1>${t('answerKey.title', { title: isolated(data.title) })}</h1>`, `<p class="meta">${t('answerKey.intro')}</p>`];
  for (const { article, annotations } of data.articles) {
    const claims = annotations.filter((a) => !a.orphaned);
    if (!claims.length) continue;
    body.push(
      `<h2 ${langAttrs(article)}>${esc(article.title)}</h2>`,
      `<table class="claims">${claimsColumns}<thead>${claimsHeader(t, [
        t('answerKey.verdict'),
        t('answerKey.techniques'),
        t('answerKey.notes'),
      ])}</thead><tbody>`,
      claims.map((a) => {
        return `<tr><td>${data.numbers.get(a.id)}</td><td>${quoteHtml(t, article, a.quote.exact)}</td><td>${esc(
          statusOf(data, a)?.name ?? t('claims.noStatus'),
        )}</td><td>${esc(
          techniquesOf(data, a)
            .map((t) => t.name)
            .join(', '),
        )}</td><td><div class="note" dir="auto">${esc(a.note)}</div></td><td>${evidenceList(a.evidence, t)}</td></tr>`;
      }).join('\n'),
      '</tbody></table>',
    );
  }
  return page(title, data.language, body);
}
