// Same-claim suggestions across the open panes: sentence pairs that seem to state the same
// thing, best first, with what they share. Accepting creates the claims and the link.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SameClaimSuggestion } from '../../../shared/model.js';
import { reloadOpen } from '../annotate/annotationStore.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

export function SameClaimsDialog({ articleIds, onClose }: { articleIds: string[]; onClose: () => void }) {
  const { t } = useTranslation('finder');
  const [pairs, setPairs] = useState<SameClaimSuggestion[] | null>(null);
  useEffect(() => {
    void gloss.finder.sameClaims({ articleIds }).then((r) => setPairs(valueOrToast(r) ?? []));
  }, [articleIds]);

  const drop = (p: SameClaimSuggestion) => setPairs((list) => list && list.filter((x) => x !== p));
  const accept = async (p: SameClaimSuggestion) => {
    const span = (x: SameClaimSuggestion['a']) => ({ articleId: x.articleId, start: x.start, end: x.end });
    if (!valueOrToast(await gloss.finder.link({ from: span(p.a), to: span(p.b), relation: 'same-claim' }))) return;
    drop(p);
    await reloadOpen();
    showToast(t('linkedSame'));
  };

  return (
    <Dialog title={t('sameClaims.title')} onClose={onClose} className="same-claims-dialog">
      {!pairs && <p className="muted">{t('sameClaims.comparing')}</p>}
      {pairs?.length === 0 && <p>{t('sameClaims.none')}</p>}
      <ol className="same-claim-list">
        {pairs?.map((p) => (
          <li key={`${p.a.articleId}-${p.a.start}-${p.b.articleId}-${p.b.start}`} className="same-claim">
            <div className="same-claim-pair">
              {[p.a, p.b].map((x) => (
                <blockquote key={x.articleId}>
                  <p dir="auto">{x.text}</p>
                  <footer className="muted">{x.articleTitle}</footer>
                </blockquote>
              ))}
            </div>
            <p className="muted same-claim-shared">
              {t('sameClaims.alike', { percent: Math.round(p.score * 100) })}
              {p.shared.figures.length > 0 && t('sameClaims.figures', { list: p.shared.figures.join(', ') })}
              {p.shared.entities.length > 0 && t('sameClaims.names', { list: p.shared.entities.join(', ') })}
              {p.shared.words.length > 0 && t('sameClaims.words', { list: p.shared.words.slice(0, 8).join(', ') })}
            </p>
            <p className="dialog-actions">
              <button type="button" onClick={() => drop(p)}>
                {t('sameClaims.notSame')}
              </button>
              <button type="button" className="primary" onClick={() => void accept(p)}>
                {t('linkSame')}
              </button>
            </p>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
