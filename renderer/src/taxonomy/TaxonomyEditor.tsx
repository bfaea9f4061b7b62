// Edit the fact-check statuses and bias techniques: add, rename, recolour, reorder, set keys,
// remove and restore; import and export a taxonomy as JSON.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag, Taxonomy } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { downloadFile } from '../ui/download.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { TagRow } from './TagRow.js';
import { reloadTaxonomies, taxonomyStore } from './taxonomies.js';

function TaxonomySection({ taxonomy, onRemove }: { taxonomy: Taxonomy; onRemove: (t: Tag) => void }) {
  const { t } = useTranslation('taxonomy');
  const [name, setName] = useState('');
  const [color, setColor] = useState('#888888');
  const tags = [...taxonomy.tags].sort((a, b) => a.position - b.position);
  const active = tags.filter((t) => !t.removed);
  const removed = tags.filter((t) => t.removed);

  const move = async (tag: Tag, delta: -1 | 1) => {
    const ids = active.map((t) => t.id);
    const i = ids.indexOf(tag.id);
    [ids[i], ids[i + delta]] = [ids[i + delta]!, ids[i]!];
    if (valueOrToast(await gloss.tags.reorder({ taxonomyId: taxonomy.id, tagIds: ids }))) {
      await reloadTaxonomies();
      // Keep focus on the moved tag's row so Alt+arrows can move it again.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-tag="${CSS.escape(tag.id)}"] [data-move=${delta < 0 ? 'up' : 'down'}]`)?.focus(),
      );
    }
  };

  return (
    <section className="taxonomy" aria-label={taxonomy.name}>
      <header className="row">
        <h3>
          {taxonomy.name} <span className="muted">{t('section.perClaim', { kind: taxonomy.kind })}</span>
        </h3>
        <button
          type="button"
          onClick={async () => {
            const file = valueOrToast(await gloss.taxonomies.export({ id: taxonomy.id }));
            if (file) downloadFile(file.fileName, file.json, 'application/json');
          }}
        >
          {t('section.export')}
        </button>
      </header>
      <ul className="tag-rows" aria-label={t('section.tagsOf', { name: taxonomy.name })}>
        {active.map((t, i) => (
          <TagRow key={t.id} tag={t} first={i === 0} last={i === active.length - 1} onMove={move} onRemove={onRemove} />
        ))}
        {removed.map((t) => (
          <TagRow key={t.id} tag={t} first last onMove={move} onRemove={onRemove} />
        ))}
      </ul>
      <form
        className="row add-tag"
        onSubmit={async (e) => {
          e.preventDefault();
          if (valueOrToast(await gloss.tags.create({ taxonomyId: taxonomy.id, name, color }))) {
            setName('');
            await reloadTaxonomies();
          }
        }}
      >
        <label>
          <span className="visually-hidden">{t('section.newColour')}</span>
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </label>
        <label>
          <span className="visually-hidden">{t('section.newName', { name: taxonomy.name })}</span>
          <input type="text" dir="auto" placeholder={t('section.newPlaceholder')} value={name} required onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('section.add')}</button>
      </form>
    </section>
  );
}

export function TaxonomyEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('taxonomy');
  const taxonomies = taxonomyStore.use();
  const [removing, setRemoving] = useState<Tag | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <Dialog title={t('editor.title')} onClose={onClose} className="taxonomy-editor">
      <div className="row">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('editor.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t('editor.chooseFile')}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const imported = valueOrToast(await gloss.taxonomies.import({ json: await file.text() }));
            if (imported) {
              showToast(t('editor.imported', { name: imported.name }));
              await reloadTaxonomies();
            }
          }}
        />
      </div>
      {taxonomies.map((taxonomy) => (
        <TaxonomySection key={taxonomy.id} taxonomy={taxonomy} onRemove={setRemoving} />
      ))}
      {removing && (
        <ConfirmDialog
          title={t('remove.title')}
          message={t('remove.message', { name: removing.name })}
          confirmLabel={t('remove.title')}
          onCancel={() => setRemoving(null)}
          onConfirm={async () => {
            const id = removing.id;
            setRemoving(null);
            if (valueOrToast(await gloss.tags.remove({ id }))) await reloadTaxonomies();
          }}
        />
      )}
    </Dialog>
  );
}
