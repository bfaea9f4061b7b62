// The collection chart: per article, one stacked bar of statuses and one of bias techniques,
// as inline SVG with text labels and a <title>/<desc> for screen readers.
import { formatNumber } from '../../../shared/i18n/format.js';
import type { Tag } from '../../../shared/model.js';
import { statusOf, statusesUsed, techniquesOf, techniquesUsed } from './claims.js';
import { esc, safeColor } from './escape.js';
import type { ReportData } from './report-data.js';
import { translatorFor } from './words.js';

const LABEL_W = 80;
const BAR_W = 600;
const BAR_H = 16;
const TITLE_H = 18;
const ROW_H = TITLE_H + 2 * BAR_H + 16;
const WIDTH = LABEL_W + BAR_W + 60;
/** The size of the chart's text in px; labels are fitted to the chart's width at it. */
export const CHART_FONT_PX = 12;
/** Claims with no status, named in the report's language. */
const NONE: Tag = {
  id: 'none',
  taxonomyId: '',
  name: '',
  description: '',
  color: '#bdbdbd',
  key: null,
  position: 1e9,
  ratingValue: null,
  removed: false,
};

interface Bar {
  parts: Array<{ tag: Tag; count: number }>;
  total: number;
}

export function renderChart(data: ReportData): string {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const num = (n: number) => formatNumber(n, data.language);
  const none: Tag = { ...NONE, name: t('claims.noStatus') };
  const statuses = [...statusesUsed(data), none];
  const techniques = techniquesUsed(data);
  const rows = data.articles.map(({ article, annotations }) => {
    const statusCount = new Map<string, number>();
    const techniqueCount = new Map<string, number>();
    for (const a of annotations) {
      const s = statusOf(data, a)?.id ?? 'none';
      statusCount.set(s, (statusCount.get(s) ?? 0) + 1);
      for (const t of techniquesOf(data, a)) techniqueCount.set(t.id, (techniqueCount.get(t.id) ?? 0) + 1);
    }
    return {
      label: article.outlet ? `${article.outlet}: ${article.title}` : article.title,
      status: bar(statuses, statusCount),
      technique: bar(techniques, techniqueCount),
    };
  });
  // One scale for both bars, so that a longer bar always means more.
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.status.total, r.technique.total)));
  const legendItems = [...statuses.filter((s) => s !== none || rows.some((r) => r.status.parts.some((p) => p.tag === none))), ...techniques];
  const height = rows.length * ROW_H + 20;

  const out: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${t('chart.title')}</title>`,
    `<desc id="chart-desc">${esc(
      rows
        .map((r) =>
          t('chart.article', {
            label: r.label,
            statuses: r.status.parts.map((p) => `${num(p.count)} ${p.tag.name}`).join(', ') || t('chart.noClaims'),
            techniques: r.technique.parts.map((p) => `${num(p.count)} ${p.tag.name}`).join(', ') || t('chart.none'),
          }),
        )
        .join(' '),
    )}</desc>`,
  ];
  rows.forEach((r, i) => {
    const y = 10 + i * ROW_H;
    const bars = y + TITLE_H;
    out.push(
      `<text x="0" y="${y + 12}" class="chart-label">${esc(fitLabel(r.label))}<title>${esc(r.label)}</title></text>`,
      `<text x="${LABEL_W - 8}" y="${bars + BAR_H - 4}" text-anchor="end" class="chart-kind">${t('chart.statuses')}</text>`,
      `<text x="${LABEL_W - 8}" y="${bars + 2 * BAR_H - 2}" text-anchor="end" class="chart-kind">${t('chart.techniques')}</text>`,
      ...stack(r.status, LABEL_W, bars, scale, num),
      ...stack(r.technique, LABEL_W, bars + BAR_H + 2, scale, num),
    );
  });
  out.push('</svg>');
  // The legend is HTML below the chart, so that long tag names wrap instead of being cut.
  out.push(
    `<ul class="chart-legend">${legendItems
      .map((tag) => `<li><span class="swatch" style="background:${safeColor(tag.color)}"></span><span dir="auto">${esc(tag.name)}</span></li>`)
      .join('')}</ul>`,
  );
  return out.join('\n');
}

function bar(order: Tag[], counts: Map<string, number>): Bar {
  const parts = order.filter((t) => counts.has(t.id)).map((tag) => ({ tag, count: counts.get(tag.id)! }));
  return { parts, total: parts.reduce((n, p) => n + p.count, 0) };
}

function stack(b: Bar, x0: number, y: number, scale: number, num: (n: number) => string): string[] {
  const out: string[] = [];
  let x = x0;
  for (const p of b.parts) {
    const w = (p.count / scale) * BAR_W;
    out.push(
      `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${safeColor(p.tag.color)}"><title>${esc(
        `${p.tag.name}: ${num(p.count)}`,
      )}</title></rect>`,
    );
    if (w >= 14) {
      out.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + BAR_H - 4}" text-anchor="middle" class="chart-count">${num(p.count)}</text>`);
    }
    x += w;
  }
  out.push(`<text x="${(x + 4).toFixed(1)}" y="${y + BAR_H - 4}" class="chart-total">${num(b.total)}</text>`);
  return out;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * How wide a grapheme is drawn, in ems, erring wide: an SVG text does not wrap, and what runs
 * past the chart's edge is cut off. Measured in Chromium at the chart's bold 12 px: an emoji
 * 1.25, a CJK character 1, a capital 0.7 (W 0.97), a line of English 0.49 on average.
 */
function ems(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 1.3;
  if (WIDE.test(grapheme)) return 1;
  return /\p{Lu}/u.test(grapheme) ? 0.8 : 0.62;
}

/** The label as far as it fits the chart's width, cut between graphemes, with an ellipsis. */
function fitLabel(label: string): string {
  const room = WIDTH / CHART_FONT_PX;
  const parts = [...graphemes.segment(label)].map((g) => g.segment);
  if (parts.reduce((sum, g) => sum + ems(g), 0) <= room) return label;
  let used = 1; // the ellipsis: 0.86 em
  let kept = 0;
  while (used + ems(parts[kept]!) <= room) used += ems(parts[kept++]!);
  return parts.slice(0, kept).join('') + '…';
}
