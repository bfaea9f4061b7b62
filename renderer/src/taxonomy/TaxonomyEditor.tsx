// Edit the fact-check statuses and bias techniques: add, rename, recolour, reorder, set keys,
// remove and restore; import and export a taxonomy as JSON.
import { useRef, useState } from 'react';
import type { Tag, Taxonomy } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { downloadFile } from '../ui/download.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { TagRow } from './TagRow.js';
import { reloadTaxonomies, taxonomyStore } from './taxonomies.js';

function TaxonomySection({ taxonomy, onRemove }: { taxonomy: Taxonomy; onRemove: (t: Tag) => void }) {
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
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[aria-label="Move ${CSS.escape(tag.name)} ${delta < 0 ? 'up' : 'down'}"]`)?.focus());
    }
  };

  return (
    <section className="taxonomy" aria-label={taxonomy.name}>
      <header className="row">
        <h3>
          {taxonomy.name} <span className="muted">({taxonomy.kind === 'status' ? 'one per claim' : 'any number per claim'})</span>
        </h3>
        <button
          type="button"
          onClick={async () => {
            const file = valueOrToast(await gloss.taxonomies.export({ id: taxonomy.id }));
            if (file) downloadFile(file.fileName, file.json, 'application/json');
          }}
        >
          Export JSON
        </button>
      </header>
      <ul className="tag-rows" aria-label={`Tags of ${taxonomy.name}; Alt+Up and Alt+Down reorder`}>
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
          <span className="visually-hidden">Colour of the new tag</span>
          <input type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        </label>
        <label>
          <span className="visually-hidden">Name of the new tag in {taxonomy.name}</span>
          <input type="text" placeholder="New tag…" value={name} required onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Add tag</button>
      </form>
    </section>
  );
}

export function TaxonomyEditor({ onClose }: { onClose: () => void }) {
  const taxonomies = taxonomyStore.use();
  const [removing, setRemoving] = useState<Tag | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <Dialog title="Tags" onClose={onClose} className="taxonomy-editor">
      <div className="row">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import taxonomy JSON…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Choose a taxonomy JSON file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            const t = valueOrToast(await gloss.taxonomies.import({ json: await file.text() }));
            if (t) {
              showToast(`Imported the taxonomy “${t.name}”.`);
              await reloadTaxonomies();
            }
          }}
        />
      </div>
      {taxonomies.map((t) => (
        <TaxonomySection key={t.id} taxonomy={t} onRemove={setRemoving} />
      ))}
      {removing && (
        <ConfirmDialog
          title="Remove tag"
          message={`Remove “${removing.name}”? It disappears from the pickers; claims already tagged with it keep it (shown as removed), and you can restore it here.`}
          confirmLabel="Remove tag"
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
