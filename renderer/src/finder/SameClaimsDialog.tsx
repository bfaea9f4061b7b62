// Same-claim suggestions across the open panes: sentence pairs that seem to state the same
// thing, best first, with what they share. Accepting creates the claims and the link.
import { useEffect, useState } from 'react';
import type { SameClaimSuggestion } from '../../../shared/model.js';
import { reloadOpen } from '../annotate/annotationStore.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

export function SameClaimsDialog({ articleIds, onClose }: { articleIds: string[]; onClose: () => void }) {
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
    showToast('Linked as the same claim.');
  };

  return (
    <Dialog title="Same-claim suggestions" onClose={onClose} className="same-claims-dialog">
      {!pairs && <p className="muted">Comparing the articles…</p>}
      {pairs?.length === 0 && <p>No sentences of these articles seem to state the same thing.</p>}
      <ol className="same-claim-list">
        {pairs?.map((p) => (
          <li key={`${p.a.articleId}-${p.a.start}-${p.b.articleId}-${p.b.start}`} className="same-claim">
            <div className="same-claim-pair">
              {[p.a, p.b].map((x) => (
                <blockquote key={x.articleId}>
                  <p>{x.text}</p>
                  <footer className="muted">{x.articleTitle}</footer>
                </blockquote>
              ))}
            </div>
            <p className="muted same-claim-shared">
              {Math.round(p.score * 100)}% alike
              {p.shared.figures.length > 0 && ` · figures: ${p.shared.figures.join(', ')}`}
              {p.shared.entities.length > 0 && ` · names: ${p.shared.entities.join(', ')}`}
              {p.shared.words.length > 0 && ` · words: ${p.shared.words.slice(0, 8).join(', ')}`}
            </p>
            <p className="dialog-actions">
              <button type="button" onClick={() => drop(p)}>
                Not the same
              </button>
              <button type="button" className="primary" onClick={() => void accept(p)}>
                Link as the same claim
              </button>
            </p>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
