// What the teacher hands back: the class's results as CSV, a class report (HTML, or PDF through
// the same printer as every report) and one feedback sheet per student.
// Written in the language asked for (the `reports` catalogue); the CSV's columns stay machine names.
import type { TFunction } from 'i18next';
import type { ClassScores, KeyClaimResult, StudentResult, VerdictMatch } from '../../../shared/classroom.js';
import { formatNumber } from '../../../shared/i18n/format.js';
import { defaultLanguage, localeOf, type Language } from '../../../shared/i18n/languages.js';
import type { Article, ExportFile, Tag } from '../../../shared/model.js';
import { getArticle } from '../articles.js';
import type { CoreContext } from '../context.js';
import { spreadsheetCsv } from '../export/csv.js';
import { esc, isolated, slug } from '../export/escape.js';
import { baseCss } from '../export/html.js';
import { htmlToPdf } from '../export/pdf.js';
import { blocksOf, segmentize } from '../export/segments.js';
import { langAttrs, quoteHtml } from '../export/body-html.js';
import { pageLangAttrs, reportDay, translatorFor } from '../export/words.js';
import { localiseTaxonomies } from '../../../shared/i18n/builtinTaxonomies.js';
import { listTaxonomies } from '../taxonomies.js';
import { classScores } from './class.js';

export const classCsvColumns = [
  'student',
  'handed_in_at',
  'hand_ins_replaced',
  'found',
  'missed',
  'extra',
  'verdicts_right',
  'verdicts_adjacent',
  'verdicts_wrong',
  'no_verdict',
  'technique_overlap',
  'score',
] as const;

export function renderClassCsv(scores: ClassScores): string {
  const rows = scores.students.map((s) =>
    [
      s.name,
      s.handedInAt,
      String(s.replaced),
      String(s.found),
      String(s.missed),
      String(s.extra),
      String(s.right),
      String(s.adjacent),
      String(s.wrong),
      String(s.noVerdict),
      s.techniqueOverlap === null ? '' : s.techniqueOverlap.toFixed(3),
      String(s.score),
    ],
  );
  return spreadsheetCsv(classCsvColumns, rows);
}

const classCss = `
.bar{display:flex;height:1rem;min-width:8rem;border-radius:.2rem;overflow:hidden;background:#eee}
.bar span{display:block;height:100%}.bar .found{background:#2e7d32}.bar .agree{background:#1a56b0}
.shade{border-radius:.15em;padding:0 .05em}
.right{color:#1b5e20}.adjacent{color:#8d6e00}.wrong,.none{color:#a4262c}
.text{font-family:Georgia,"Noto Serif","Noto Naskh Arabic",serif}
.formula{font-size:.85rem;color:#5f6368}
`;

/** `title` is HTML: the translated words with their arguments escaped. */
function page(title: string, language: Language, body: string[]): string {
  return [
    '<!doctype html>',
    `<html ${pageLangAttrs(language)}>`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${title}</title><style>${baseCss}${classCss}</style></head>`,
    '<body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

/** The words, tag names and numbers of one class report or feedback sheet, in its language. */
interface Words {
  language: Language;
  t: TFunction;
  tag(id: string | null): string;
  number(n: number): string;
  percent(x: number | null): string;
  /** Krippendorff's alpha and the like: three decimals. */
  decimal(x: number | null): string;
}

function wordsOf(ctx: CoreContext, language: Language): Words {
  const t = translatorFor(language).getFixedT(language, 'reports');
  const taxonomies = localiseTaxonomies(listTaxonomies(ctx.db), translatorFor(language));
  const tags = new Map<string, Tag>(taxonomies.flatMap((x) => x.tags.map((tag) => [tag.id, tag] as const)));
  const decimals = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return {
    language,
    t,
    tag: (id) => (id === null || id === 'none' ? t('class.noVerdict') : (tags.get(id)?.name ?? id)),
    number: (n) => formatNumber(n, language),
    percent: (x) => (x === null ? t('class.none') : t('class.percent', { value: x })),
    decimal: (x) => (x === null ? t('class.none') : decimals.format(x)),
  };
}

function distribution(counts: Record<string, number>, w: Words): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${esc(w.tag(id))} ${w.number(n)}`)
    .join(', ');
}

function keyRow(article: Article | undefined, k: KeyClaimResult, students: number, w: Words): string {
  const { t } = w;
  const found = students ? k.foundBy / students : 0;
  const outOf = { found: w.number(k.foundBy), students: w.number(students) };
  const quote = quoteHtml(t, article, k.exact);
  return `<tr><td>${k.number}</td><td>${quote}</td><td>${esc(w.tag(k.statusTagId))}</td>
<td><div class="bar" role="img" aria-label="${t('class.foundBy', outOf)}"><span class="found" style="width:${(found * 100).toFixed(1)}%"></span></div>${t('class.outOf', outOf)}</td>
<td>${distribution(k.verdicts, w) || t('class.none')}</td><td>${distribution(k.techniques, w) || t('class.none')}</td>
<td><div class="bar" role="img" aria-label="${t('class.agreementBar', { percent: w.percent(k.agreementWithKey) })}"><span class="agree" style="width:${((k.agreementWithKey ?? 0) * 100).toFixed(1)}%"></span></div>${w.percent(k.agreementWithKey)}</td>
<td>${w.decimal(k.alpha.nominal)}</td></tr>`;
}

function studentRow(s: StudentResult, w: Words): string {
  const n = w.number;
  const replaced = s.replaced ? ` <span class="meta">${w.t('class.replaced', { count: s.replaced + 1 })}</span>` : '';
  return `<tr><td>${esc(s.name)}${replaced}</td><td>${n(s.found)}</td><td>${n(s.missed)}</td><td>${n(s.extra)}</td><td>${n(s.right)}</td><td>${n(s.adjacent)}</td><td>${n(s.wrong + s.noVerdict)}</td><td>${w.percent(s.techniqueOverlap)}</td><td><strong>${n(s.score)}</strong></td></tr>`;
}

/** The article with each part shaded by how many students marked it. */
function shadedText(article: Article, segments: ClassScores['coverage'][number]['segments'], students: number, t: TFunction): string {
  const spans = segments.map((s, i) => ({ id: String(i), ...s }));
  return blocksOf(article.body, article.blocks)
    .map((b) => {
      const html = segmentize(spans, b.start, b.end)
        .map((seg) => {
          const text = esc(article.body.slice(seg.start, seg.end));
          const count = seg.spans[0]?.count ?? 0;
          if (!count) return text;
          const alpha = (0.12 + 0.68 * (count / Math.max(1, students))).toFixed(2);
          return `<span class="shade" style="background:rgba(230,81,0,${alpha})" title="${t('class.shadeTitle', { count, students })}">${text}</span>`;
        })
        .join('');
      return b.kind === 'heading' ? `<h3>${html}</h3>` : `<p>${html}</p>`;
    })
    .join('\n');
}

const headerRow = (cells: string[]) => `<tr>${cells.map((c) => `<th>${c}</th>`).join('')}</tr>`;

export function renderClassReport(ctx: CoreContext, scores: ClassScores, language: Language = defaultLanguage): string {
  const w = wordsOf(ctx, language);
  const { t } = w;
  const n = scores.students.length;
  const a = scores.assignment;
  const articles = new Map(scores.coverage.map((c) => [c.articleId, getArticle(ctx.db, c.articleId)]));
  const strong = (x: number | null) => `<strong>${w.decimal(x)}</strong>`;
  const meta = [
    a.task === 'find' ? t('class.find') : t('class.judge'),
    t('class.students', { count: n }),
    t('class.keyClaims', { count: scores.keyClaims.length }),
    ...(a.dueDate ? [t('class.due', { date: reportDay(a.dueDate, language) })] : []),
  ];
  const body = [
    `<h1>${t('class.title', { title: isolated(a.title) })}</h1>`,
    `<p class="meta">${esc(meta.join(' · '))}</p>`,
    `<p>${t('class.agreement', { nominal: strong(scores.agreement.nominal), ordinal: strong(scores.agreement.ordinal) })}</p>`,
    `<h2>${t('class.keyHeading')}</h2>`,
    `<table><thead>${headerRow([
      t('claims.number'),
      t('class.claim'),
      t('class.key'),
      t('class.found'),
      t('class.verdictsGiven'),
      t('class.techniquesSeen'),
      t('class.agreeWithKey'),
      t('class.alpha'),
    ])}</thead><tbody>`,
    ...scores.keyClaims.map((k) => keyRow(articles.get(k.articleId), k, n, w)),
    '</tbody></table>',
    `<h2>${t('class.studentsHeading')}</h2>`,
    `<p class="formula">${t('class.formula')}</p>`,
    `<table><thead>${headerRow([
      t('class.student'),
      t('class.found'),
      t('class.missed'),
      t('class.extra'),
      t('class.right'),
      t('class.adjacent'),
      t('class.wrong'),
      t('class.techniques'),
      t('class.score'),
    ])}</thead><tbody>`,
    ...scores.students.map((s) => studentRow(s, w)),
    '</tbody></table>',
  ];
  if (scores.hints.length) {
    body.push(
      `<h2>${t('class.hintsHeading')}</h2><ul>`,
      ...scores.hints.map((h) => `<li>${t('class.hint', { quote: quoteHtml(t, undefined, h.exact), count: h.students })}</li>`),
      '</ul>',
    );
  }
  for (const cov of scores.coverage) {
    const article = articles.get(cov.articleId)!;
    body.push(`<h2 ${langAttrs(article)}>${esc(article.title)}</h2>`, `<p class="meta">${t('class.shaded')}</p>`);
    body.push(`<div class="text" ${langAttrs(article)}>${shadedText(article, cov.segments, n, t)}</div>`);
  }
  return page(t('class.title', { title: esc(a.title) }), language, body);
}

export function renderFeedbackSheet(ctx: CoreContext, scores: ClassScores, student: StudentResult, language: Language = defaultLanguage): string {
  const w = wordsOf(ctx, language);
  const { t } = w;
  const verdictWords: Record<Exclude<VerdictMatch, 'none'>, string> = {
    right: t('feedback.right'),
    adjacent: t('feedback.adjacent'),
    wrong: t('feedback.wrong'),
  };
  const tagList = (ids: string[]) => ids.map((id) => esc(w.tag(id))).join(', ') || t('class.none');
  const articles = new Map(scores.coverage.map((c) => [c.articleId, getArticle(ctx.db, c.articleId)]));
  const quote = (articleId: string, exact: string) => quoteHtml(t, articles.get(articleId), exact);
  const body = [
    `<h1 dir="auto">${esc(scores.assignment.title)}</h1>`,
    `<p class="meta">${t('feedback.for', { student: esc(student.name), date: esc(reportDay(student.handedInAt, language)!) })}</p>`,
    `<p>${t('feedback.score', {
      score: `<strong>${w.number(student.score)}</strong>`,
      found: w.number(student.found),
      total: w.number(scores.keyClaims.length),
      right: w.number(student.right),
      close: w.number(student.adjacent),
      wrong: w.number(student.wrong + student.noVerdict),
    })}</p>`,
    `<p class="formula">${t('class.formula')}</p>`,
    `<table><thead>${headerRow([
      t('claims.number'),
      t('class.claim'),
      t('feedback.yourVerdict'),
      t('class.key'),
      t('feedback.yourTechniques'),
      t('feedback.keyTechniques'),
      t('feedback.yourReasons'),
      t('feedback.teacherNote'),
    ])}</thead><tbody>`,
    ...scores.keyClaims.map((k, i) => {
      const c = student.claims[i]!;
      const yours = c.found
        ? `<span class="${c.verdict ?? ''}">${esc(w.tag(c.statusTagId))}${c.verdict && c.verdict !== 'none' ? ` (${verdictWords[c.verdict]})` : ''}</span>`
        : `<span class="none">${t('feedback.notFound')}</span>`;
      return `<tr><td>${k.number}</td><td>${quote(k.articleId, k.exact)}</td><td>${yours}</td><td>${esc(w.tag(k.statusTagId))}</td><td>${
        c.found ? tagList(c.tagIds) : t('class.none')
      }</td><td>${tagList(k.tagIds)}</td><td class="note" dir="auto">${esc(c.justification)}</td><td class="note" dir="auto">${esc(k.note)}</td></tr>`;
    }),
    '</tbody></table>',
  ];
  if (student.extras.length) {
    body.push(`<h2>${t('feedback.extras')}</h2><ul>`, ...student.extras.map((e) => `<li>${quote(e.articleId, e.exact)}</li>`), '</ul>');
  }
  return page(t('feedback.title', { title: esc(scores.assignment.title), student: esc(student.name) }), language, body);
}

const asFile = (fileName: string, mimeType: string, data: Uint8Array | string): ExportFile => ({
  fileName,
  mimeType,
  dataBase64: Buffer.from(data).toString('base64'),
});

export async function exportClass(
  ctx: CoreContext,
  input: { assignmentId: string; what: 'csv' | 'report' | 'feedback'; pdf: boolean; language?: Language },
): Promise<ExportFile[]> {
  const scores = classScores(ctx.db, input.assignmentId);
  const base = slug(scores.assignment.title);
  if (input.what === 'csv') return [asFile(`${base}-class.csv`, 'text/csv', renderClassCsv(scores))];
  const pages =
    input.what === 'report'
      ? [{ name: `${base}-class-report`, html: renderClassReport(ctx, scores, input.language) }]
      : scores.students.map((s) => ({ name: `${base}-feedback-${slug(s.name)}`, html: renderFeedbackSheet(ctx, scores, s, input.language) }));
  const files: ExportFile[] = [];
  for (const p of pages) {
    files.push(input.pdf ? asFile(`${p.name}.pdf`, 'application/pdf', await htmlToPdf(ctx, p.html)) : asFile(`${p.name}.html`, 'text/html', p.html));
  }
  return files;
}
