// The report as Markdown (GitHub flavour): claims in bold with footnotes, then a claims table.
import type { TFunction } from 'i18next';
import type { Annotation } from '../../../shared/model.js';
import { unquoted } from '../../../shared/quote.js';
import { statusOf, techniquesOf } from './claims.js';
import { httpUrl } from '../urls.js';
import { reportMeta } from './html.js';
import type { ReportArticle, ReportData } from './report-data.js';
import { blocksOf, segmentize, spansOf } from './segments.js';
import { reportDay, translatorFor } from './words.js';

/**
 * Backslash-escapes only what CommonMark or GitHub Markdown would read as syntax, so article
 * text stays text and reads as written in the raw file: emphasis, code, links, HTML tags,
 * entities, table pipes and strikethrough anywhere; headings, quotes, lists, rules and setext
 * underlines only at the start of a line (`startsLine`: whether the text begins one). Line
 * breaks become hard breaks.
 */
export function mdEscape(text: string, startsLine = true): string {
  const inline = text
    .replace(/\\(?=[!-/:-@[-`{-~]|\n|$)/g, '\\\\')
    .replace(/[*`[\]|~]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&');
  return inline
    .replace(/(^|\n)( {0,3})(#{1,6}(?=\s|$)|>|[-+=](?=[\s\-+=]|$)|\d{1,9}(?=[.)](?:\s|$)))/g, (m, br: string, sp: string, mark: string, at: number) =>
      at === 0 && !startsLine ? m : /^\d/.test(mark) ? `${br}${sp}${mark}\\` : `${br}${sp}\\${mark}`,
    )
    .replace(/\n/g, '  \n');
}

/** An ATX heading whose text keeps a final run of `#` (CommonMark reads it as a closing sequence). */
function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text.replace(/(^|[ \t])(#+[ \t]*)$/, '$1\\$2')}`;
}

/**
 * `**text**` after `before`. CommonMark opens ** before punctuation or a symbol only after a
 * space or punctuation, so after a letter (وقال"…", closed😡) the text's leading punctuation and
 * symbols stay outside the bold; the footnote after it still marks the claim. A claim followed by
 * its footnote reference always closes.
 */
function bold(text: string, before: string): string {
  if (before === '' || /[\s\p{P}\p{S}]$/u.test(before)) return `**${text}**`;
  const outside = /^[\s\p{P}\p{S}]*/u.exec(text)![0];
  const rest = text.slice(outside.length);
  return rest ? `${outside}**${rest}**` : text;
}

/** A table cell (or any one-line field): line breaks kept as <br>, since a cell is one line. */
function cell(text: string): string {
  return text
    .trim()
    .split(/\s*\n\s*/)
    .map((line) => mdEscape(line, false))
    .join('<br>');
}

export function renderMarkdown(data: ReportData): string {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const out = [heading(1, cell(data.title)), '', reportMeta(data, t).map(cell).join(' · '), ''];
  for (const ra of data.articles) renderArticle(data, ra, out, t);
  return out.join('\n');
}

/** Appends the article's lines to `out` (no spread: an article may have millions of lines). */
function renderArticle(data: ReportData, { article, annotations }: ReportArticle, out: string[], t: TFunction): void {
  const num = (a: Annotation) => data.numbers.get(a.id)!;
  const href = httpUrl(article.sourceUrl);
  const meta = [article.outlet, article.author && t('report.byAuthor', { author: article.author }), reportDay(article.publishedAt, data.language)]
    .filter((x): x is string => !!x)
    .map(cell)
    .concat(href ? [`<${href}>`] : []);
  out.push(heading(2, cell(article.title)), '', meta.length ? `*${meta.join(' · ')}*` : '', '');

  // Claims are bold; overlapping claims make one bold run, followed by each claim's footnote.
  const spans = spansOf(annotations.filter((a) => !a.orphaned), article.body.length);
  for (const block of blocksOf(article.body, article.blocks)) {
    let line = '';
    let run = '';
    let ended: number[] = [];
    // Spaces stay outside the ** (CommonMark does not open or close emphasis next to a space).
    const flush = () => {
      const inner = run.trim();
      const lead = run.slice(0, run.length - run.trimStart().length);
      line += inner ? `${lead}${bold(inner, line + lead)}${ended.map((n) => `[^${n}]`).join('')}${run.slice(run.trimEnd().length)}` : run;
      run = '';
      ended = [];
    };
    for (const seg of segmentize(spans, block.start, block.end)) {
      const startsLine = seg.spans.length === 0 && (seg.start === block.start || article.body[seg.start - 1] === '\n');
      const text = mdEscape(article.body.slice(seg.start, seg.end), startsLine);
      if (seg.spans.length === 0) {
        flush();
        line += text;
      } else {
        run += text;
        for (const s of seg.spans) if (Math.min(s.end, block.end) === seg.end) ended.push(num(s));
      }
    }
    flush();
    const prefix = block.kind === 'quote' ? '> ' : block.kind === 'list-item' ? '- ' : '';
    out.push(block.kind === 'heading' ? heading(3, line) : prefix + line, '');
  }

  if (annotations.length) {
    const header = [t('claims.number'), t('claims.quote'), t('claims.status'), t('claims.techniques'), t('claims.note'), t('claims.evidence')];
    out.push(`| ${header.map(cell).join(' | ')} |`, '|---|---|---|---|---|---|');
    for (const a of annotations) {
      const evidence = a.evidence
        .map((e) => {
          const href = httpUrl(e.url);
          return href ? `${cell(e.title || href)} <${href}>` : cell(e.title);
        })
        .filter(Boolean)
        .join('; ');
      out.push(
        `| ${num(a)} | ${t('claims.quoted', { text: cell(unquoted(a.quote.exact)) })}${a.orphaned ? ` ${t('claims.notFoundInline')}` : ''} | ${cell(
          statusOf(data, a)?.name ?? t('claims.noStatus'),
        )} | ${techniquesOf(data, a)
          .map((t) => cell(t.name))
          .join(', ')} | ${cell(a.note)} | ${evidence} |`,
      );
    }
    out.push('');
    for (const a of annotations) {
      if (a.orphaned) continue;
      const status = statusOf(data, a)?.name ?? t('claims.noStatus');
      const techniques = techniquesOf(data, a).map((t) => t.name);
      out.push(`[^${num(a)}]: ${cell([status, ...techniques].join(' · '))}${a.note ? ` — ${cell(a.note)}` : ''}`);
    }
    out.push('');
  } else {
    out.push(`*${t('report.noClaims')}*`, '');
  }
}
