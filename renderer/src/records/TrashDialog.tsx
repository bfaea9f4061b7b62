// The trash: articles deleted from the library, each restorable with its claims, and
// "Empty trash", which asks first because it cannot be undone.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function TrashDialog({ onClose }: { onClose: () => void }) {
  const [trashed, setTrashed] = useState<ArticleSummary[] | null>(null);
  const [confirming, setConfirming] = useState(false);

  const reload = useCallback(async () => {
    const list = valueOrToast(await gloss.articles.list({ inTrash: true, sort: 'title', order: 'asc' }));
    if (list) setTrashed(list);
  }, []);
  useEffect(() => void reload(), [reload]);
  useLibraryChanged(['articles'], () => void reload());

  const restore = async (a: ArticleSummary) => {
    if (valueOrToast(await gloss.articles.restore({ id: a.id }))) showToast(`Restored “${a.title}” to the library.`);
  };
  const empty = async () => {
    setConfirming(false);
    const result = valueOrToast(await gloss.articles.emptyTrash({}));
    if (result) showToast(`Deleted ${plural(result.deleted, 'article')} for good.`);
  };

  if (confirming && trashed) {
    const claims = trashed.reduce((n, a) => n + a.annotationCount, 0);
    return (
      <ConfirmDialog
        title="Empty trash"
        message={`Delete ${plural(trashed.length, 'article')} and ${plural(claims, 'claim')} for good? This cannot be undone.`}
        confirmLabel="Empty trash"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void empty()}
      />
    );
  }

  return (
    <Dialog title="Trash" onClose={onClose} className="trash-dialog">
      {trashed === null ? (
        <p role="status">Loading…</p>
      ) : trashed.length === 0 ? (
        <p className="muted">The trash is empty. Articles you delete wait here until you empty it.</p>
      ) : (
        <>
          <p className="muted">{plural(trashed.length, 'article')} in the trash. Restoring one brings back its claims too.</p>
          <ul className="trash-list" aria-label="Articles in the trash">
            {trashed.map((a) => (
              <li key={a.id}>
                <span className="trash-article">
                  <span className="article-title" dir="auto">
                    {a.title}
                  </span>
                  <span className="article-meta">
                    {[a.outlet, a.publishedAt?.slice(0, 10), plural(a.annotationCount, 'claim')].filter(Boolean).join(' · ')}
                  </span>
                </span>
                <button type="button" onClick={() => void restore(a)} aria-label={`Restore ${a.title}`}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="danger" disabled={!trashed?.length} onClick={() => setConfirming(true)}>
          Empty trash…
        </button>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
