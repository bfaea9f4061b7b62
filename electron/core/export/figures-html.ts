// The "Figures" section of a collection report: each measure the articles state, where each
// outlet stands, and whether they can all be right (electron/core/finder/figures.ts).
import type { Language } from '../../../shared/i18n/languages.js';
import type { Article, FigureGroup } from '../../../shared/model.js';
import { figureReport } from '../finder/figures.js';
import { langAttrs } from './body-html.js';
import { esc } from './escape.js';
import { reportDay, translatorFor } from './words.js';

export function renderFiguresSection(articles: Article[], language: Language): string {
  const t = translatorFor(language).getFixedT(language, 'reports');
  const groups = figureReport(articles).groups.filter((g) => g.verdict !== 'single');
  if (groups.length === 0) return '';
  const verdicts: Record<FigureGroup['verdict'], string> = {
    single: t('figures.single'),
    agree: t('figures.agree'),
    disagree: t('figures.disagree'),
    unknownMeasure: t('figures.unknownMeasure'),
    otherPeriods: t('figures.otherPeriods'),
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sections = groups.map((g) => {
    const rows = g.mentions.map((m) => {
      const article = byId.get(m.articleId);
      const own = article ? ` ${langAttrs(article)}` : '';
      const figure = `<span${own}>${esc(m.quantity.text)}</span>`;
      return (
        `<tr><td class="figure">${m.quantity.negated ? t('figures.negated', { figure }) : figure}</td><td${own}>${esc(m.outlet ?? m.articleTitle)}</td>` +
        `<td>${esc(reportDay(m.publishedAt, language) ?? t('figures.undated'))}</td><td${own}>${esc(m.sentence.text)}</td></tr>`
      );
    });
    const conflicts = g.conflicts.map(
      ([i, j]) => `<li>${t('figures.conflict', { first: esc(g.mentions[i]!.quantity.text), second: esc(g.mentions[j]!.quantity.text) })}</li>`,
    );
    return (
      `<h3>${t('figures.group', { label: esc(g.label), verdict: verdicts[g.verdict] })}</h3>` +
      `<table class="compare"><thead><tr><th>${t('figures.figure')}</th><th>${t('figures.outlet')}</th><th>${t('figures.date')}</th><th>${t(
        'figures.sentence',
      )}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
      (conflicts.length ? `<ul>${conflicts.join('')}</ul>` : '')
    );
  });
  return `<h2>${t('figures.heading')}</h2><p class="meta">${t('figures.intro')}</p>${sections.join('')}`;
}
