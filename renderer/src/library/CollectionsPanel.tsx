// Collections in the side bar: pick one to filter by, create, rename, delete.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { valueOrToast } from '../ui/toasts.js';

const EDIT_ICON = '✎';
const DELETE_ICON = '🗑';

interface Props {
  /** Focus goes to "New collection…" when this changes (and is not 0). */
  focusNew: number;
  collections: Collection[];
  current: string;
  /** The library's article count; null until the core has said (no number rather than a wrong 0). */
  total: number | null;
  onPick: (id: string) => void;
  onChanged: () => void;
}

export function CollectionsPanel({ focusNew, collections, current, total, onPick, onChanged }: Props) {
  const { t } = useTranslation('library');
  const newButton = useRef<HTMLButtonElement>(null);
  const allButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNew) newButton.current?.focus();
  }, [focusNew]);
  const [naming, setNaming] = useState<{ id?: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<Collection | null>(null);

  const save = async () => {
    if (!naming?.name.trim()) return;
    const result = naming.id
      ? await gloss.collections.rename({ id: naming.id, name: naming.name })
      : await gloss.collections.create({ name: naming.name });
    const c = valueOrToast(result);
    if (c) {
      setNaming(null);
      onChanged();
      onPick(c.id);
    }
  };

  return (
    <nav className="collections" aria-label={t('collections.label')}>
      <h2>{t('collections.label')}</h2>
      <ul>
        <li>
          <button type="button" ref={allButton} className="collection-pick" aria-current={current === '' ? 'true' : undefined} onClick={() => onPick('')}>
            {t('collections.all')} {total !== null && <span className="muted">{total}</span>}
          </button>
        </li>
        {collections.map((c) => (
          <li key={c.id} className="collection-row">
            <button type="button" className="collection-pick" aria-current={current === c.id ? 'true' : undefined} onClick={() => onPick(c.id)}>
              {c.name} <span className="muted">{c.articleIds.length}</span>
            </button>
            <button type="button" className="icon-button" aria-label={t('collections.rename', { name: c.name })} onClick={() => setNaming({ id: c.id, name: c.name })}>
              {EDIT_ICON}
            </button>
            <button type="button" className="icon-button" aria-label={t('collections.delete', { name: c.name })} onClick={() => setDeleting(c)}>
              {DELETE_ICON}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" ref={newButton} onClick={() => setNaming({ name: '' })}>
        {t('collections.new')}
      </button>
      {naming && (
        <Dialog title={naming.id ? t('collections.renameTitle') : t('collections.newTitle')} onClose={() => setNaming(null)}>
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label>
              {t('collections.name')}
              <input type="text" dir="auto" required value={naming.name} onChange={(e) => setNaming({ ...naming, name: e.target.value })} />
            </label>
            <div className="dialog-actions">
              <button type="button" onClick={() => setNaming(null)}>
                {t('common:cancel')}
              </button>
              <button type="submit" className="primary">
                {naming.id ? t('collections.renameButton') : t('collections.create')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('collections.deleteTitle')}
          message={t('collections.deleteMessage', { name: deleting.name })}
          confirmLabel={t('collections.deleteConfirm')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const id = deleting.id;
            setDeleting(null);
            if (valueOrToast(await gloss.collections.delete({ id }))) {
              if (current === id) onPick('');
              // Its row, whose button had focus, goes.
              allButton.current?.focus();
              onChanged();
            }
          }}
        />
      )}
    </nav>
  );
}
