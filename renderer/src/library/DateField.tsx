// A date filter typed as YYYY-MM-DD: one Tab stop (Chromium's date input takes three, one per
// part), taken once it is a real date or empty, and marked invalid meanwhile.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (day: string) => void }) {
  const { t } = useTranslation('library');
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const invalid = text.trim() !== '' && !isDay(text.trim());
  return (
    <label>
      {label}
      <input
        type="text"
        className="date-field"
        inputMode="numeric"
        placeholder={t('date.placeholder')}
        aria-invalid={invalid || undefined}
        title={invalid ? t('date.invalid') : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const day = e.target.value.trim();
          if (day === '' || isDay(day)) onChange(day);
        }}
      />
    </label>
  );
}
