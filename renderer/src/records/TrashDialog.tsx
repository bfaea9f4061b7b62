// The trash: articles deleted from the library, each restorable with its claims, and
// "Empty trash", which asks first because it cannot be undone.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { MetaLine } from '../ui/dates.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

export function TrashDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('records');
  const [trashed, setTrashed] = useState<ArticleSummary[] | null>(null);
  /** The assignment each trashed article of one belongs to: emptying the trash leaves those. */
  const [assigned, setAssigned] = useState<ReadonlyMap<string, string>>(new Map());
  const [confirming, setConfirming] = useState(false);

  const reload = useCallback(async () => {
    const [list, assignments] = await Promise.all([gloss.articles.list({ inTrash: true, sort: 'title', order: 'asc' }), gloss.assignments.list({})]);
    const value = valueOrToast(list);
    if (!value) return;
    setAssigned(new Map(assignments.ok ? assignments.value.flatMap((a) => a.articleIds.map((id) => [id, a.title] as const)) : []));
    setTrashed(value);
  }, []);
  const deletable = trashed?.filter((a) => !assigned.has(a.id)) ?? [];
  useEffect(() => void reload(), [reload]);
  useLibraryChanged(['articles'], () => void reload());

  const restore = async (a: ArticleSummary) => {
    if (valueOrToast(await gloss.articles.restore({ id: a.id }))) showToast(t('trash.restored', { title: a.title }));
  };
  const empty = async () => {
    setConfirming(false);
    const result = valueOrToast(await gloss.articles.emptyTrash({ ids: (trashed ?? []).map((a) => a.id) }));
    if (!result) return;
    const kept = result.inAssignments ? ` ${t('trash.inAssignments', { count: result.inAssignments })}` : '';
    showToast(t('trash.emptied', { count: result.deleted }) + kept);
  };

  if (confirming && trashed) {
    const claims = deletable.reduce((n, a) => n + a.annotationCount, 0);
    return (
      <ConfirmDialog
        title={t('trash.empty.title')}
        message={t('trash.empty.message', { articles: deletable.length, claims })}
        confirmLabel={t('trash.empty.title')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void empty()}
      />
    );
  }

  return (
    <Dialog title={t('trash.title')} onClose={onClose} className="trash-dialog">
      {trashed === null ? (
        <p role="status">{t('common:loading')}</p>
      ) : trashed.length === 0 ? (
        <p className="muted">{t('trash.isEmpty')}</p>
      ) : (
        <>
          <p className="muted">{t('trash.count', { count: trashed.length })}</p>
          <ul className="trash-list" aria-label={t('trash.list')}>
            {trashed.map((a) => (
              <li key={a.id}>
                <span className="trash-article">
                  <span className="article-title" dir="auto">
                    {a.title}
                  </span>
                  <span className="article-meta">
                    <MetaLine parts={[a.outlet, t('trash.claims', { count: a.annotationCount })]} date={a.publishedAt} />
                  </span>
                  {assigned.has(a.id) && <span className="article-meta">{t('trash.inAssignment', { title: assigned.get(a.id) })}</span>}
                </span>
                <button type="button" onClick={() => void restore(a)} aria-label={t('trash.restoreOne', { title: a.title })}>
                  {t('trash.restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="danger" disabled={!deletable.length} onClick={() => setConfirming(true)}>
          {t('trash.emptyButton')}
        </button>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Dialog>
  );
}
