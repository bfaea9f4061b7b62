// Making an assignment (teacher) and opening one from a file (student).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentTask } from '../../../shared/classroom.js';
import type { Collection } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useArticleSummaries } from '../api/useArticles.js';
import { DateField } from '../ui/DateField.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { download, readForApi } from './files.js';
import { errorText } from '../errorText.js';
import { FormError } from '../ui/FormError.js';

interface NewAssignmentProps {
  onClose: () => void;
  onCreated: (a: Assignment) => void;
  /** With no collection to make it from: where collections are made. */
  onLibrary: () => void;
}

export function NewAssignmentDialog({ onClose, onCreated, onLibrary }: NewAssignmentProps) {
  const { t } = useTranslation('classroom');
  const [collections, setCollections] = useState<Collection[]>([]);
  const [collectionId, setCollectionId] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [task, setTask] = useState<AssignmentTask>('find');
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void gloss.collections.list({}).then((r) => {
      // An empty collection has nothing to assign.
      const list = valueOrToast(r)?.filter((c) => c.articleIds.length > 0);
      if (!list) return;
      setCollections(list);
      if (list[0]) pick(list[0]);
    });
  }, []);
  const collection = collections.find((c) => c.id === collectionId);
  const articles = useArticleSummaries(collection?.articleIds ?? []);
  function pick(c: Collection) {
    setCollectionId(c.id);
    setChosen(new Set(c.articleIds));
    setTitle((t) => t || c.name);
  }

  async function create() {
    setBusy(true);
    setError(null);
    const made = await gloss.assignments.create({
      collectionId,
      articleIds: collection && chosen.size < collection.articleIds.length ? [...chosen] : undefined,
      task,
      ...(title.trim() ? { title: title.trim() } : {}),
      instructions,
      ...(due ? { dueDate: due } : {}),
    });
    if (!made.ok) {
      setBusy(false);
      setError(errorText(made.error));
      return;
    }
    const file = valueOrToast(await gloss.assignments.file({ id: made.value.id }));
    setBusy(false);
    if (file) {
      download(file);
      showToast(t('new.saved', { file: file.fileName }));
    }
    onCreated(made.value);
  }

  return (
    <Dialog title={t('new.title')} onClose={onClose} className="assignment-dialog">
      {collections.length === 0 ? (
        <>
          <p>{t('new.needCollection')}</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onLibrary}>
              {t('new.toLibrary')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label>
            {t('new.collection')}
            <select value={collectionId} onChange={(e) => pick(collections.find((c) => c.id === e.target.value)!)}>
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('new.collectionOption', { name: c.name, count: c.articleIds.length })}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="stack plain">
            <legend>{t('new.articles')}</legend>
            {collection?.articleIds.map((id) => (
              <label key={id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(id)}
                  onChange={(e) => setChosen((s) => {
                    const next = new Set(s);
                    if (e.target.checked) next.add(id);
                    else next.delete(id);
                    return next;
                  })}
                />
                {articles.get(id)?.title ?? id}
              </label>
            ))}
          </fieldset>
          <fieldset className="stack plain">
            <legend>{t('new.task')}</legend>
            <label className="check">
              <input type="radio" name="task" checked={task === 'find'} onChange={() => setTask('find')} />
              {t('new.find')}
            </label>
            <label className="check">
              <input type="radio" name="task" checked={task === 'judge'} onChange={() => setTask('judge')} />
              {t('new.judge')}
            </label>
          </fieldset>
          <label>
            {t('new.titleLabel')}
            <input type="text" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} required />
          </label>
          <label>
            {t('new.instructions')}
            <textarea rows={4} dir="auto" value={instructions} onChange={(e) => setInstructions(e.target.value)} />
          </label>
          <DateField label={t('new.due')} value={due} onChange={setDue} />
          {error && <FormError message={error} />}
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common:cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy || chosen.size === 0}>
              {t('new.make')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

export function OpenAssignmentDialog({ file, onClose, onOpened }: { file: File; onClose: () => void; onOpened: (a: Assignment) => void }) {
  const { t } = useTranslation('classroom');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={t('open.title')} onClose={onClose}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const opened = await gloss.assignments.open({ file: await readForApi(file), student: name.trim() });
          if (!opened.ok) return setError(errorText(opened.error));
          showToast(t('open.opened', { title: opened.value.title }));
          onOpened(opened.value);
        }}
      >
        <p>
          <strong>{file.name}</strong>
        </p>
        <label>
          {t('open.name')}
          <input type="text" dir="auto" value={name} onChange={(e) => setName(e.target.value)} required autoComplete="name" />
        </label>
        {error && <FormError message={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('open.open')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
