// "Article details": the record of one article (title, outlet, author, date, source, language and
// direction) edited in a form, the text corrected, and the article moved to the trash.
import { useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../shared/contract/index.js';
import type { Article } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { CorrectText } from './CorrectText.js';
import { errorText } from '../errorText.js';

export type DetailField = 'title' | 'outlet' | 'author' | 'publishedAt' | 'sourceUrl' | 'language';

interface Props {
  articleId: string;
  /** The field to put the cursor in (a library row's "Add outlet" opens here at the outlet). */
  focus?: DetailField;
  onClose: () => void;
  /** The article went to the trash. */
  onDeleted?: () => void;
}

type Form = Record<DetailField, string> & { direction: '' | 'ltr' | 'rtl' };

function formOf(a: Article): Form {
  return {
    title: a.title,
    outlet: a.outlet ?? '',
    author: a.author ?? '',
    publishedAt: a.publishedAt?.slice(0, 10) ?? '',
    sourceUrl: a.sourceUrl ?? '',
    language: a.language ?? '',
    direction: a.direction,
  };
}

/** Only what changed; an emptied field is cleared (null). The direction follows the language unless chosen. */
function changesOf(a: Article, form: Form): Omit<InputOf<'articles.update'>, 'id'> {
  const before = formOf(a);
  const changes: Record<string, string | null> = {};
  for (const key of ['title', 'outlet', 'author', 'publishedAt', 'sourceUrl', 'language'] as const) {
    const value = form[key].trim();
    if (value !== before[key]) changes[key] = key === 'title' ? value : value || null;
  }
  if (form.direction && form.direction !== before.direction) changes.direction = form.direction;
  return changes;
}

export function ArticleDetailsDialog({ articleId, focus, onClose, onDeleted }: Props) {
  const [article, setArticle] = useState<Article | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<'details' | 'correct'>('details');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    void gloss.articles.get({ id: articleId }).then((r) => {
      const a = valueOrToast(r);
      if (!a) return onClose();
      setArticle(a);
      setForm(formOf(a));
    });
  }, [articleId, onClose]);

  // The form appears after the dialog took focus: the cursor goes to the field asked for, or the title.
  const loaded = form !== null;
  useEffect(() => {
    if (loaded) formRef.current?.querySelector<HTMLInputElement>(`[name=${focus ?? 'title'}]`)?.focus();
  }, [loaded, focus]);

  const save = async () => {
    if (!article || !form) return;
    const changes = changesOf(article, form);
    if (Object.keys(changes).length === 0) return onClose();
    const result = await gloss.articles.update({ id: articleId, ...changes });
    if (!result.ok) return setError(errorText(result.error));
    showToast(`Saved the details of “${result.value.title}”.`);
    onClose();
  };

  const moveToTrash = async () => {
    setConfirmDelete(false);
    if (!valueOrToast(await gloss.articles.delete({ id: articleId }))) return;
    showToast(`Moved “${article?.title}” to the trash. Restore it from Trash in the library.`);
    onDeleted?.();
    onClose();
  };

  if (confirmDelete && article) {
    return (
      <ConfirmDialog
        title="Move to trash"
        message={`Move “${article.title}” and its ${article.annotationCount} claims to the trash? You can restore it from Trash in the library.`}
        confirmLabel="Move to trash"
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void moveToTrash()}
      />
    );
  }
  if (mode === 'correct' && article) {
    return <CorrectText article={article} onClose={onClose} onBack={() => setMode('details')} />;
  }

  const field = (key: DetailField, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label>
      {label}
      <input
        name={key}
        type="text"
        dir="auto"
        value={form![key]}
        onChange={(e) => setForm({ ...form!, [key]: e.target.value })}
        {...props}
      />
    </label>
  );

  return (
    <Dialog title="Article details" onClose={onClose} className="details-dialog">
      {!form || !article ? (
        <p role="status">Loading…</p>
      ) : (
        <form
          ref={formRef}
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {field('title', 'Title', { required: true, maxLength: 200 })}
          <div className="details-grid">
            {field('outlet', 'Outlet', { maxLength: 200, placeholder: 'e.g. The Coastal Courier' })}
            {field('author', 'Author', { maxLength: 200 })}
            {field('publishedAt', 'Published', { type: 'date' })}
            {field('language', 'Language', { maxLength: 35, placeholder: 'e.g. en, ar, pt-BR', 'aria-describedby': 'details-language-hint' })}
            <label>
              Text direction
              <select value={form.direction} onChange={(e) => setForm({ ...form, direction: e.target.value as Form['direction'] })}>
                <option value="ltr">Left to right</option>
                <option value="rtl">Right to left</option>
              </select>
            </label>
          </div>
          <p id="details-language-hint" className="muted hint">
            A language tag (en, ar, fr-CA). Changing it sets the direction to the language’s own, unless you choose one.
          </p>
          {field('sourceUrl', 'Source URL', { type: 'url', maxLength: 2000, placeholder: 'https://…' })}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions details-actions">
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Move to trash…
            </button>
            <button type="button" onClick={() => setMode('correct')}>
              Correct the text…
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
