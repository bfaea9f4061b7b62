// What the teacher hands back: the class's results as CSV, a class report (HTML, or PDF through
// the same printer as every report) and one feedback sheet per student.
import { stringify } from 'csv-stringify/sync';
import type { ClassScores, KeyClaimResult, StudentResult, VerdictMatch } from '../../../shared/classroom.js';
import type { Article, ExportFile, Tag } from '../../../shared/model.js';
import { getArticle } from '../articles.js';
import type { CoreContext } from '../context.js';
import { neutralise } from '../export/csv.js';
import { esc, slug } from '../export/escape.js';
import { baseCss } from '../export/html.js';
import { htmlToPdf } from '../export/pdf.js';
import { blocksOf, segmentize } from '../export/segments.js';
import { langAttrs } from '../export/body-html.js';
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

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
const decimal = (x: number | null) => (x === null ? '—' : x.toFixed(3));

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
    ].map(neutralise),
  );
  return '\uFEFF' + stringify([[...classCsvColumns], ...rows], { record_delimiter: '\r\n' });
}

const classCss = `
.bar{display:flex;height:1rem;min-width:8rem;border-radius:.2rem;overflow:hidden;background:#eee}
.bar span{display:block;height:100%}.bar .found{background:#2e7d32}.bar .agree{background:#1a56b0}
.shade{border-radius:.15em;padding:0 .05em}
.right{color:#1b5e20}.adjacent{color:#8d6e00}.wrong,.none{color:#a4262c}
.text{font-family:Georgia,"Noto Serif","Noto Naskh Arabic",serif}
.formula{font-size:.85rem;color:#5f6368}
`;

function page(title: string, lang: string, body: string[]): string {
  return [
    '<!doctype html>',
    `<html lang="${esc(lang)}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${esc(title)}</title><style>${baseCss}${classCss}</style></head>`,
    '<body>',
    ...body,
    '</body></html>',
    '',
  ].join('\n');
}

interface Names {
  tag(id: string | null): string;
}

function namesOf(ctx: CoreContext): Names {
  const tags = new Map<string, Tag>(listTaxonomies(ctx.db).flatMap((t) => t.tags.map((tag) => [tag.id, tag] as const)));
  return { tag: (id) => (id === null || id === 'none' ? 'no verdict' : (tags.get(id)?.name ?? id)) };
}

function distribution(counts: Record<string, number>, names: Names): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${esc(names.tag(id))} ${n}`)
    .join(', ');
}

function keyRow(k: KeyClaimResult, students: number, names: Names): string {
  const found = students ? k.foundBy / students : 0;
  return `<tr><td>${k.number}</td><td>“${esc(k.exact)}”</td><td>${esc(names.tag(k.statusTagId))}</td>
<td><div class="bar" role="img" aria-label="found by ${k.foundBy} of ${students}"><span class="found" style="width:${(found * 100).toFixed(1)}%"></span></div>${k.foundBy} of ${students}</td>
<td>${distribution(k.verdicts, names) || '—'}</td><td>${distribution(k.techniques, names) || '—'}</td>
<td><div class="bar" role="img" aria-label="agreement with the key ${percent(k.agreementWithKey)}"><span class="agree" style="width:${((k.agreementWithKey ?? 0) * 100).toFixed(1)}%"></span></div>${percent(k.agreementWithKey)}</td>
<td>${decimal(k.alpha.nominal)}</td></tr>`;
}

function studentRow(s: StudentResult): string {
  return `<tr><td>${esc(s.name)}${s.replaced ? ` <span class="meta">(handed in ${s.replaced + 1} times; the last is kept)</span>` : ''}</td><td>${s.found}</td><td>${s.missed}</td><td>${s.extra}</td><td>${s.right}</td><td>${s.adjacent}</td><td>${s.wrong + s.noVerdict}</td><td>${percent(s.techniqueOverlap)}</td><td><strong>${s.score}</strong></td></tr>`;
}

/** The article with each part shaded by how many students marked it. */
function shadedText(article: Article, segments: ClassScores['coverage'][number]['segments'], students: number): string {
  const spans = segments.map((s, i) => ({ id: String(i), ...s }));
  return blocksOf(article.body, article.blocks)
    .map((b) => {
      const html = segmentize(spans, b.start, b.end)
        .map((seg) => {
          const text = esc(article.body.slice(seg.start, seg.end));
          const count = seg.spans[0]?.count ?? 0;
          if (!count) return text;
          const alpha = (0.12 + 0.68 * (count / Math.max(1, students))).toFixed(2);
          return `<span class="shade" style="background:rgba(230,81,0,${alpha})" title="${count} of ${students} students">${text}</span>`;
        })
        .join('');
      return b.kind === 'heading' ? `<h3>${html}</h3>` : `<p>${html}</p>`;
    })
    .join('\n');
}

export function renderClassReport(ctx: CoreContext, scores: ClassScores): string {
  const names = namesOf(ctx);
  const n = scores.students.length;
  const a = scores.assignment;
  const body = [
    `<h1>${esc(a.title)} — class results</h1>`,
    `<p class="meta">${a.task === 'find' ? 'Find and judge' : 'Judge these claims'} · ${n} student${n === 1 ? '' : 's'} · ${scores.keyClaims.length} claims in the key${a.dueDate ? ` · due ${esc(a.dueDate)}` : ''}</p>`,
    `<p>Agreement among students on verdicts (Krippendorff's alpha): nominal <strong>${decimal(scores.agreement.nominal)}</strong>, ordinal <strong>${decimal(scores.agreement.ordinal)}</strong>.</p>`,
    '<h2>The key claims</h2>',
    '<table><thead><tr><th>#</th><th>Claim</th><th>Key</th><th>Found</th><th>Verdicts given</th><th>Techniques seen</th><th>Agree with key</th><th>α</th></tr></thead><tbody>',
    ...scores.keyClaims.map((k) => keyRow(k, n, names)),
    '</tbody></table>',
    '<h2>Students</h2>',
    `<p class="formula">${esc(scores.formula)}</p>`,
    '<table><thead><tr><th>Student</th><th>Found</th><th>Missed</th><th>Extra</th><th>Right</th><th>Adjacent</th><th>Wrong</th><th>Techniques</th><th>Score</th></tr></thead><tbody>',
    ...scores.students.map(studentRow),
    '</tbody></table>',
  ];
  if (scores.hints.length) {
    body.push(
      '<h2>Marked by several students, not in the key</h2><ul>',
      ...scores.hints.map((h) => `<li>“${esc(h.exact)}” — ${h.students} students</li>`),
      '</ul>',
    );
  }
  for (const cov of scores.coverage) {
    const article = getArticle(ctx.db, cov.articleId);
    body.push(`<h2 ${langAttrs(article)}>${esc(article.title)}</h2>`, `<p class="meta">Shaded by how many students marked each part.</p>`);
    body.push(`<div class="text" ${langAttrs(article)}>${shadedText(article, cov.segments, n)}</div>`);
  }
  return page(`${a.title} — class results`, 'en', body);
}

const verdictWords: Record<Exclude<VerdictMatch, 'none'>, string> = { right: 'right', adjacent: 'close', wrong: 'wrong' };

export function renderFeedbackSheet(ctx: CoreContext, scores: ClassScores, student: StudentResult): string {
  const names = namesOf(ctx);
  const tagList = (ids: string[]) => ids.map((id) => esc(names.tag(id))).join(', ') || '—';
  const body = [
    `<h1>${esc(scores.assignment.title)}</h1>`,
    `<p class="meta">Feedback for ${esc(student.name)} · handed in ${esc(student.handedInAt.slice(0, 10))}</p>`,
    `<p>Your score: <strong>${student.score}</strong> of 100. You found ${student.found} of ${scores.keyClaims.length} claims; verdicts right ${student.right}, close ${student.adjacent}, wrong ${student.wrong + student.noVerdict}.</p>`,
    `<p class="formula">${esc(scores.formula)}</p>`,
    '<table><thead><tr><th>#</th><th>Claim</th><th>Your verdict</th><th>Key</th><th>Your techniques</th><th>Key techniques</th><th>Your reasons</th><th>Teacher\'s note</th></tr></thead><tbody>',
    ...scores.keyClaims.map((k, i) => {
      const c = student.claims[i]!;
      const yours = c.found ? `<span class="${c.verdict ?? ''}">${esc(names.tag(c.statusTagId))}${c.verdict && c.verdict !== 'none' ? ` (${verdictWords[c.verdict]})` : ''}</span>` : '<span class="none">not found</span>';
      return `<tr><td>${k.number}</td><td>“${esc(k.exact)}”</td><td>${yours}</td><td>${esc(names.tag(k.statusTagId))}</td><td>${c.found ? tagList(c.tagIds) : '—'}</td><td>${tagList(k.tagIds)}</td><td class="note">${esc(c.justification)}</td><td class="note">${esc(k.note)}</td></tr>`;
    }),
    '</tbody></table>',
  ];
  if (student.extras.length) {
    body.push('<h2>Also marked by you</h2><ul>', ...student.extras.map((e) => `<li>“${esc(e.exact)}”</li>`), '</ul>');
  }
  return page(`${scores.assignment.title} — ${student.name}`, 'en', body);
}

const asFile = (fileName: string, mimeType: string, data: Uint8Array | string): ExportFile => ({
  fileName,
  mimeType,
  dataBase64: Buffer.from(data).toString('base64'),
});

export async function exportClass(ctx: CoreContext, input: { assignmentId: string; what: 'csv' | 'report' | 'feedback'; pdf: boolean }): Promise<ExportFile[]> {
  const scores = classScores(ctx.db, input.assignmentId);
  const base = slug(scores.assignment.title);
  if (input.what === 'csv') return [asFile(`${base}-class.csv`, 'text/csv', renderClassCsv(scores))];
  const pages =
    input.what === 'report'
      ? [{ name: `${base}-class-report`, html: renderClassReport(ctx, scores) }]
      : scores.students.map((s) => ({ name: `${base}-feedback-${slug(s.name)}`, html: renderFeedbackSheet(ctx, scores, s) }));
  const files: ExportFile[] = [];
  for (const p of pages) {
    files.push(input.pdf ? asFile(`${p.name}.pdf`, 'application/pdf', await htmlToPdf(ctx, p.html)) : asFile(`${p.name}.html`, 'text/html', p.html));
  }
  return files;
}
