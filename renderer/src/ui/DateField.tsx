// A day typed as the interface's language writes it ("10/03/2024"; shared/i18n/dayInput.ts), in one
// Tab stop (Chromium's date input takes three, one per part, and follows the browser's language
// rather than the window's). The value is YYYY-MM-DD: taken once the text is a real day or empty;
// meanwhile the field is marked invalid and its form is not sent. The button beside it opens the
// browser's own calendar on a date input that is never shown, laid under the button so that the
// calendar opens there; the day chosen is written in the field as if typed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayPattern, dayText, parseDay } from '../../../shared/i18n/dayInput.js';
import { useLanguage } from '../i18n.js';

interface Props {
  label: string;
  value: string;
  onChange: (day: string) => void;
  /** The input's name, for a form that focuses a field by it. */
  name?: string;
}

const CALENDAR_ICON = '🗓';

export function DateField({ label, value, onChange, name }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState(() => dayText(value, language));
  // A new value from outside is shown; one the text already means keeps the text as typed.
  useEffect(() => setText((typed) => (parseDay(typed, language) === value ? typed : dayText(value, language))), [value, language]);
  const day = parseDay(text, language);
  const problem = day === null ? t('date.invalid', { example: dayText('2024-03-25', language) }) : '';
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.setCustomValidity(problem), [problem]);
  const calendar = useRef<HTMLInputElement>(null);
  const take = useRef<(day: string) => void>(() => {});
  take.current = (chosen) => {
    setText(dayText(chosen, language));
    onChange(chosen);
  };
  // The calendar's choice is read from the native event: React's onChange would miss a value set
  // by a script before its event, as a test's or an extension's is.
  useEffect(() => {
    const picker = calendar.current!;
    const chosen = () => {
      if (picker.value) take.current(picker.value);
    };
    picker.addEventListener('change', chosen);
    return () => picker.removeEventListener('change', chosen);
  }, []);
  const { order, separator } = dayPattern(language);
  return (
    <span className="date-field">
      <label>
        {label}
        <input
          ref={input}
          type="text"
          name={name}
          className="date-text"
          dir="ltr"
          inputMode="numeric"
          placeholder={order.map((part) => t(`date.${part}`)).join(separator)}
          aria-invalid={day === null || undefined}
          title={problem || undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const typed = parseDay(e.target.value, language);
            if (typed !== null) onChange(typed);
          }}
          onBlur={() => {
            if (day) setText(dayText(day, language));
          }}
        />
      </label>
      <span className="date-calendar">
        <button
          type="button"
          className="icon-button"
          aria-label={t('date.calendar', { label })}
          title={t('date.calendarTitle')}
          onClick={() => {
            const picker = calendar.current!;
            picker.value = day ?? '';
            picker.showPicker();
          }}
        >
          {CALENDAR_ICON}
        </button>
        <input ref={calendar} type="date" tabIndex={-1} aria-hidden="true" />
      </span>
    </span>
  );
}
