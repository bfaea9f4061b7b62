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

type Form = Required<Record<keyof ReviewerProfile, string>>;

const blank: Form = { name: '', organization: '', organizationUrl: '', publishBaseUrl: '' };

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

  const field = (key: keyof Form, type = 'text') => (
    <div className="field">
      <label htmlFor={`settings-${key}`}>{t(`settings.${key}.label`)}</label>
      <input
        id={`settings-${key}`}
        name={key}
        type={type}
        value={form![key]}
        maxLength={type === 'url' ? 2000 : 200}
        placeholder={type === 'url' ? 'https://…' : undefined}
        aria-describedby={`settings-${key}-hint`}
        onChange={(e) => setForm({ ...form!, [key]: e.target.value })}
      />
      <span id={`settings-${key}-hint`} className="muted hint">
        {t(`settings.${key}.hint`)}
      </span>
    </div>
  );

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
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3 className="report-heading">{t('settings.profile.heading')}</h3>
          <p className="muted">{t('settings.profile.about')}</p>
          {field('name')}
          {field('organization')}
          {field('organizationUrl', 'url')}
          {field('publishBaseUrl', 'url')}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
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
