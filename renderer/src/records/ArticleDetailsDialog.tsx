// "Article details": the record of one article (title, outlet, author, date, source, language and
// direction) edited in a form, the text corrected, and the article moved to the trash.
import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract/index.js';
import type { Article } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { DateField } from '../ui/DateField.js';
import { ConfirmDialog, Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { CorrectText } from './CorrectText.js';
import { errorText } from '../errorText.js';
import { FormError } from '../ui/FormError.js';

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

/** One field of the record, labelled from the catalogue (records:details.field.<name>). */
function Field({ name, values, onEdit, ...props }: { name: DetailField; values: Form; onEdit: (values: Form) => void } & InputHTMLAttributes<HTMLInputElement>) {
  const { t } = useTranslation('records');
  return (
    <label>
      {t(`details.field.${name}`)}
      <input name={name} type="text" dir="auto" value={values[name]} onChange={(e) => onEdit({ ...values, [name]: e.target.value })} {...props} />
    </label>
  );
}

export function ArticleDetailsDialog({ articleId, focus, onClose, onDeleted }: Props) {
  const { t } = useTranslation('records');
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
    showToast(t('details.saved', { title: result.value.title }));
    onClose();
  };

  const moveToTrash = async () => {
    setConfirmDelete(false);
    if (!valueOrToast(await gloss.articles.delete({ id: articleId }))) return;
    showToast(t('details.trashed', { title: article?.title ?? '' }));
    onDeleted?.();
    onClose();
  };

  if (confirmDelete && article) {
    return (
      <ConfirmDialog
        title={t('details.trash.title')}
        message={t('details.trash.message', { title: article.title, count: article.annotationCount })}
        confirmLabel={t('details.trash.title')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => void moveToTrash()}
      />
    );
  }
  if (mode === 'correct' && article) {
    return <CorrectText article={article} onClose={onClose} onBack={() => setMode('details')} />;
  }

  return (
    <Dialog title={t('details.title')} onClose={onClose} className="details-dialog">
      {!form || !article ? (
        <p role="status">{t('common:loading')}</p>
      ) : (
        <form
          ref={formRef}
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Field name="title" values={form} onEdit={setForm} required maxLength={200} />
          <div className="details-grid">
            <Field name="outlet" values={form} onEdit={setForm} maxLength={200} placeholder={t('details.outletExample')} />
            <Field name="author" values={form} onEdit={setForm} maxLength={200} />
            <DateField name="publishedAt" label={t('details.field.publishedAt')} value={form.publishedAt} onChange={(publishedAt) => setForm({ ...form, publishedAt })} />
            <Field
              name="language"
              values={form}
              onEdit={setForm}
              maxLength={35}
              placeholder={t('details.languageExample')}
              aria-describedby="details-language-hint"
            />
            <label>
              {t('details.direction.label')}
              <select value={form.direction} onChange={(e) => setForm({ ...form, direction: e.target.value as Form['direction'] })}>
                <option value="ltr">{t('details.direction.ltr')}</option>
                <option value="rtl">{t('details.direction.rtl')}</option>
              </select>
            </label>
          </div>
          <p id="details-language-hint" className="muted hint">
            {t('details.languageHint')}
          </p>
          <Field name="sourceUrl" values={form} onEdit={setForm} type="url" maxLength={2000} placeholder="https://…" />
          {error && <FormError message={error} />}
          <div className="dialog-actions details-actions">
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t('details.moveToTrash')}
            </button>
            <button type="button" onClick={() => setMode('correct')}>
              {t('details.correct')}
            </button>
            <span className="spacer" />
            <button type="button" onClick={onClose}>
              {t('common:cancel')}
            </button>
            <button type="submit" className="primary">
              {t('common:save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
