// "Figures": every figure the open articles (or a collection's) state, grouped by what it measures, where each
// outlet stands and whether they agree. One click links two figures' sentences as claims.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimRelation, FigureGroup, FigureMention, FigureReport } from '../../../shared/model.js';
import { reloadOpen } from '../annotate/annotationStore.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

/** The pairs worth one click: those that cannot both be right, else one per pair of articles. */
function linkablePairs(g: FigureGroup): Array<{ a: FigureMention; b: FigureMention; relation: ClaimRelation }> {
  if (g.verdict === 'disagree') return g.conflicts.map(([i, j]) => ({ a: g.mentions[i]!, b: g.mentions[j]!, relation: 'contradicts' }));
  if (g.verdict !== 'agree') return [];
  const firsts = g.mentions.filter((m, i) => g.mentions.findIndex((x) => x.articleId === m.articleId) === i);
  return firsts.slice(1).map((b) => ({ a: firsts[0]!, b, relation: 'same-claim' }));
}

const spanOf = (m: FigureMention) => ({ articleId: m.articleId, start: m.sentence.start, end: m.sentence.end });
const sourceOf = (m: FigureMention) => m.outlet ?? m.articleTitle;

export type FiguresOf = { articleIds: string[] } | { collectionId: string };

export function FiguresDialog({ of, onClose }: { of: FiguresOf; onClose: () => void }) {
  const { t } = useTranslation('finder');
  const verdict: Record<FigureGroup['verdict'], string> = {
    single: t('figures.verdict.single'),
    agree: t('figures.verdict.agree'),
    disagree: t('figures.verdict.disagree'),
    unknownMeasure: t('figures.verdict.unknownMeasure'),
    otherPeriods: t('figures.verdict.otherPeriods'),
  };
  const [report, setReport] = useState<FigureReport | null>(null);
  const idPrefix = useId();
  const key = JSON.stringify(of);
  useEffect(() => {
    void gloss.finder.figures(JSON.parse(key) as FiguresOf).then((r) => setReport(valueOrToast(r)));
  }, [key]);

  const link = async (a: FigureMention, b: FigureMention, relation: ClaimRelation) => {
    if (!valueOrToast(await gloss.finder.link({ from: spanOf(a), to: spanOf(b), relation }))) return;
    await reloadOpen();
    showToast(relation === 'same-claim' ? t('linkedSame') : t('figures.linkedContradicting'));
  };

  return (
    <Dialog title={t('figures.title')} onClose={onClose} className="figures-dialog">
      {!report && <p className="muted">{t('figures.reading')}</p>}
      {report && report.groups.length === 0 && <p>{t('figures.none')}</p>}
      {report?.groups.map((g, i) => (
        <section key={g.label} className="figure-group" aria-labelledby={`${idPrefix}-${i}`}>
          <h3 id={`${idPrefix}-${i}`}>
            <span className="figure-measure">{g.label}</span> <span className={`verdict verdict-${g.verdict}`}>{verdict[g.verdict]}</span>
          </h3>
          <table className="figure-table">
            <thead>
              <tr>
                <th scope="col">{t('figures.column.figure')}</th>
                <th scope="col">{t('figures.column.source')}</th>
                <th scope="col">{t('figures.column.date')}</th>
                <th scope="col">{t('figures.column.sentence')}</th>
              </tr>
            </thead>
            <tbody>
              {g.mentions.map((m) => (
                <tr key={`${m.articleId}-${m.quantity.start}`}>
                  <td className="figure-value">
                    {m.quantity.negated ? t('figures.negated', { figure: m.quantity.text }) : m.quantity.text}
                  </td>
                  <td>{sourceOf(m)}</td>
                  <td>{m.publishedAt?.slice(0, 10) ?? t('figures.undated')}</td>
                  <td className="figure-sentence" dir="auto">{m.sentence.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {linkablePairs(g).map(({ a, b, relation }) => (
            <p key={`${spanOf(a).start}-${spanOf(b).start}-${b.articleId}`} className="figure-pair">
              {t(relation === 'contradicts' ? 'figures.pairContradicts' : 'figures.pairSame', {
                a: a.quantity.text,
                aSource: sourceOf(a),
                b: b.quantity.text,
                bSource: sourceOf(b),
              })}{' '}
              <button type="button" onClick={() => void link(a, b, relation)}>
                {relation === 'contradicts' ? t('figures.linkContradicting') : t('linkSame')}
              </button>
            </p>
          ))}
        </section>
      ))}
    </Dialog>
  );
}
