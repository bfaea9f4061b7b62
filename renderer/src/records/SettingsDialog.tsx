// Settings: the reviewer profile, which exports name as the author of reviews and reports.
import { useEffect, useState } from 'react';
import type { ReviewerProfile } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

type Form = Required<Record<keyof ReviewerProfile, string>>;

const blank: Form = { name: '', organization: '', organizationUrl: '', publishBaseUrl: '' };

export function SettingsDialog({ onClose }: { onClose: () => void }) {
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
    if (!result.ok) return setError(result.error.message);
    showToast('Saved the reviewer profile.');
    onClose();
  };

  const field = (key: keyof Form, label: string, hint: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`settings-${key}`}>{label}</label>
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
        {hint}
      </span>
    </div>
  );

  return (
    <Dialog title="Settings" onClose={onClose} className="settings-dialog">
      {!form ? (
        <p role="status">Loading…</p>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3 className="report-heading">Reviewer profile</h3>
          <p className="muted">Who reviewed the claims. Reports and ClaimReview exports name you (or your organisation) as their author.</p>
          {field('name', 'Your name', 'As it should appear in report bylines.')}
          {field('organization', 'Organisation', 'The fact-check desk or school; ClaimReview names it as the author when set.')}
          {field('organizationUrl', 'Organisation website', 'Its home page.', 'url')}
          {field('publishBaseUrl', 'Where reports are published', 'Each claim review gets a stable address under it.', 'url')}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
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
