// Settings: the interface's language, and the reviewer profile, which exports name as the
// author of reviews and reports.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../../../shared/i18n/languages.js';
import type { ReviewerProfile } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { setLanguage, useLanguage } from '../i18n.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { errorText } from '../errorText.js';
import { FormError } from '../ui/FormError.js';

type Form = Required<Record<keyof ReviewerProfile, string>>;

const blank: Form = { name: '', organization: '', organizationUrl: '', publishBaseUrl: '' };

/** One field of the profile, with its label and hint from the catalogue (records:settings.<name>). */
function Field({ name, type = 'text', form, onChange }: { name: keyof Form; type?: 'text' | 'url'; form: Form; onChange: (form: Form) => void }) {
  const { t } = useTranslation('records');
  return (
    <div className="field">
      <label htmlFor={`settings-${name}`}>{t(`settings.${name}.label`)}</label>
      <input
        id={`settings-${name}`}
        name={name}
        type={type}
        dir={type === 'text' ? 'auto' : undefined}
        value={form[name]}
        maxLength={type === 'url' ? 2000 : 200}
        placeholder={type === 'url' ? 'https://…' : undefined}
        aria-describedby={`settings-${name}-hint`}
        onChange={(e) => onChange({ ...form, [name]: e.target.value })}
      />
      <span id={`settings-${name}-hint`} className="muted hint">
        {t(`settings.${name}.hint`)}
      </span>
    </div>
  );
}

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void gloss.profile.get({}).then((r) => {
      const profile = valueOrToast(r);
      setForm({ ...blank, ...profile });
    });
  }, []);

  const save = async () => {
    if (!form) return;
    const result = await gloss.profile.set(form);
    if (!result.ok) return setError(errorText(result.error));
    showToast(t('settings.saved'));
    onClose();
  };

  return (
    <Dialog title={t('settings.title')} onClose={onClose} className="settings-dialog">
      <div className="field">
        <label htmlFor="settings-language">{t('settings.language.label')}</label>
        <select
          id="settings-language"
          value={language}
          aria-describedby="settings-language-hint"
          onChange={(e) => {
            if (isLanguage(e.target.value)) void setLanguage(e.target.value);
          }}
        >
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <span id="settings-language-hint" className="muted hint">
          {t('settings.language.hint')}
        </span>
      </div>
      {!form ? (
        <p role="status">{t('common:loading')}</p>
      ) : (
        <form
          className="stack settings-profile"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3 className="report-heading">{t('settings.profile.heading')}</h3>
          <p className="muted">{t('settings.profile.about')}</p>
          <Field name="name" form={form} onChange={setForm} />
          <Field name="organization" form={form} onChange={setForm} />
          <Field name="organizationUrl" type="url" form={form} onChange={setForm} />
          <Field name="publishBaseUrl" type="url" form={form} onChange={setForm} />
          {error && <FormError message={error} />}
          <div className="dialog-actions">
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
