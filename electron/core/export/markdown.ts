// The report as Markdown (GitHub flavour): claims in bold with footnotes, then a claims table.
import type { Annotation } from '../../../shared/model.js';
import { statusOf, techniquesOf } from './claims.js';
import { httpUrl } from '../urls.js';
import type { ReportArticle, ReportData } from './report-data.js';
import { blocksOf, segmentize, spansOf } from './segments.js';

/** Backslash-escapes what Markdown would read as syntax, so article text stays text. */
export function mdEscape(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~#!]/g, '\\$&')
    .replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/gm, '$1\\$2')
    .replace(/\n/g, '  \n');
}

function cell(text: string): string {
  return mdEscape(text.replace(/\s*\n\s*/g, ' ')).replace(/ {2}$/g, '');
}

export function renderMarkdown(data: ReportData): string {
  const claims = data.articles.reduce((n, a) => n + a.annotations.length, 0);
  const out = [
    `# ${cell(data.title)}`,
    '',
    `Gloss report · ${data.articles.length} article${data.articles.length === 1 ? '' : 's'} · ${claims} claim${
      claims === 1 ? '' : 's'
    } · generated ${data.generatedAt.slice(0, 10)}`,
    '',
  ];
  for (const ra of data.articles) out.push(...renderArticle(data, ra));
  return out.join('\n');
}

function renderArticle(data: ReportData, { article, annotations }: ReportArticle): string[] {
  const num = (a: Annotation) => data.numbers.get(a.id)!;
  const href = httpUrl(article.sourceUrl);
  const meta = [article.outlet, article.author && `by ${article.author}`, article.publishedAt?.slice(0, 10)]
    .filter((x): x is string => !!x)
    .map(cell)
    .concat(href ? [`<${href}>`] : []);
  const out = [`## ${cell(article.title)}`, '', meta.length ? `*${meta.join(' · ')}*` : '', ''];

  // Claims are bold; overlapping claims make one bold run, followed by each claim's footnote.
  const spans = spansOf(annotations.filter((a) => !a.orphaned), article.body.length);
  for (const block of blocksOf(article.body, article.blocks)) {
    let line = '';
    let run = '';
    let ended: number[] = [];
    const flush = () => {
      if (run.trim()) line += `**${run}**${ended.map((n) => `[^${n}]`).join('')}`;
      else line += run;
      run = '';
      ended = [];
    };
    for (const seg of segmentize(spans, block.start, block.end)) {
      const text = mdEscape(article.body.slice(seg.start, seg.end));
      if (seg.spans.length === 0) {
        flush();
        line += text;
      } else {
        run += text;
        for (const s of seg.spans) if (Math.min(s.end, block.end) === seg.end) ended.push(num(s));
      }
    }
    flush();
    const prefix = block.kind === 'heading' ? '### ' : block.kind === 'quote' ? '> ' : block.kind === 'list-item' ? '- ' : '';
    out.push(prefix + line, '');
  }

  if (annotations.length) {
    out.push('| # | Quote | Status | Bias techniques | Note | Evidence |', '|---|---|---|---|---|---|');
    for (const a of annotations) {
      const evidence = a.evidence
        .map((e) => {
          const href = httpUrl(e.url);
          return href ? `${cell(e.title || href)} <${href}>` : cell(e.title || e.url || '');
        })
        .join('; ');
      out.push(
        `| ${num(a)} | “${cell(a.quote.exact)}”${a.orphaned ? ' (not found in the current text)' : ''} | ${cell(
          statusOf(data, a)?.name ?? 'no status',
        )} | ${techniquesOf(data, a)
          .map((t) => cell(t.name))
          .join(', ')} | ${cell(a.note)} | ${evidence} |`,
      );
    }
    out.push('');
    for (const a of annotations) {
      if (a.orphaned) continue;
      const status = statusOf(data, a)?.name ?? 'no status';
      const techniques = techniquesOf(data, a).map((t) => t.name);
      out.push(`[^${num(a)}]: ${cell([status, ...techniques].join(' · '))}${a.note ? ` — ${cell(a.note)}` : ''}`);
    }
    out.push('');
  } else {
    out.push('*No claims marked in this article.*', '');
  }
  return out;
}
