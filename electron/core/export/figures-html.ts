// The "Figures" section of a collection report: each measure the articles state, where each
// outlet stands, and whether they can all be right (electron/core/finder/figures.ts).
import type { Article } from '../../../shared/model.js';
import { figureReport } from '../finder/figures.js';
import { esc } from './escape.js';

const VERDICT = { single: 'one article', agree: 'the articles agree', disagree: 'the articles disagree' };

export function renderFiguresSection(articles: Article[]): string {
  const groups = figureReport(articles).groups.filter((g) => g.verdict !== 'single');
  if (groups.length === 0) return '';
  const sections = groups.map((g) => {
    const rows = g.mentions.map(
      (m) =>
        `<tr><td class="figure">${m.quantity.negated ? 'not ' : ''}${esc(m.quantity.text)}</td><td>${esc(m.outlet ?? m.articleTitle)}</td>` +
        `<td>${esc(m.publishedAt?.slice(0, 10) ?? 'undated')}</td><td>${esc(m.sentence.text)}</td></tr>`,
    );
    const conflicts = g.conflicts.map(
      ([i, j]) => `<li>“${esc(g.mentions[i]!.quantity.text)}” and “${esc(g.mentions[j]!.quantity.text)}” cannot both be right.</li>`,
    );
    return (
      `<h3>${esc(g.label)}: ${VERDICT[g.verdict]}</h3>` +
      `<table class="compare"><thead><tr><th>Figure</th><th>Outlet</th><th>Date</th><th>Sentence</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
      (conflicts.length ? `<ul>${conflicts.join('')}</ul>` : '')
    );
  });
  return `<h2>Figures</h2><p class="meta">Figures stated by more than one article, allowing for hedges (“over”, “about”) and for the articles’ dates.</p>${sections.join('')}`;
}
