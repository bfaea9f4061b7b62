// Short messages at the bottom of the window: errors from the core, confirmations. One shows at
// a time; the ones it replaced stay in a list under "Earlier messages".
// A module-level store so that any component (or plain function) can report without props.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../shared/result.js';
import { createStore } from '../api/store.js';
import { errorText } from '../errorText.js';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** A button in the message that takes back what it reports. */
  undo?: () => void;
}

const EARLIER_KEPT = 20;
const toasts = createStore<{ current: Toast | null; earlier: Toast[] }>({ current: null, earlier: [] });
let nextId = 1;

export function showToast(message: string, kind: Toast['kind'] = 'info', undo?: () => void): void {
  const toast = { id: nextId++, kind, message, undo };
  toasts.set(({ current, earlier }) => ({ current: toast, earlier: current ? [current, ...earlier].slice(0, EARLIER_KEPT) : earlier }));
  // A message with a button stays long enough to reach it from the keyboard.
  setTimeout(() => dismissToast(toast.id), kind === 'error' || undo ? 8000 : 4000);
}

/** Hides the message if it is still the one showing; it stays in the list. */
export function dismissToast(id: number): void {
  toasts.set((s) => (s.current?.id === id ? { current: null, earlier: [s.current, ...s.earlier].slice(0, EARLIER_KEPT) } : s));
}

/**
 * A reload the person did not ask for failed: shown, unless its article has left the library (a
 * sync emptied it from the trash, or gave it the id of the same text on the hub), which the
 * article's pane says itself or leaves for the new id.
 */
export function reloadFailed(error: ApiError): void {
  if (error.code !== 'not_found') showToast(errorText(error), 'error');
}

/** The value of an ok Result, or null after showing the error to the person. */
export function valueOrToast<T>(result: Result<T>): T | null {
  if (result.ok) return result.value;
  showToast(errorText(result.error), 'error');
  return null;
}

export function Toasts() {
  const { t } = useTranslation('common');
  const { current, earlier } = toasts.use();
  const [listOpen, setListOpen] = useState(false);
  // Messages shown before this one; the current one is not repeated in its own list.
  const older = earlier.filter((t) => t.id !== current?.id);
  return (
    <div className="toasts">
      {listOpen && older.length > 0 && (
        <section className="toast-history" aria-label={t('toasts.earlier')}>
          <ul>
            {older.map((t) => (
              <li key={t.id} className={`toast-${t.kind}`}>
                {t.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div role="status" aria-live="polite">
        {current && (
          <div className={`toast toast-${current.kind}`} role={current.kind === 'error' ? 'alert' : undefined}>
            <span>{current.message}</span>
            {current.undo && (
              <button
                type="button"
                onClick={() => {
                  dismissToast(current.id);
                  current.undo!();
                }}
              >
                {t('toasts.undo')}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('toasts.dismiss')} onClick={() => dismissToast(current.id)}>
              ×
            </button>
          </div>
        )}
      </div>
      {older.length > 0 && (current || listOpen) && (
        <button type="button" className="toast-more" aria-expanded={listOpen} onClick={() => setListOpen((o) => !o)}>
          {listOpen ? t('toasts.hideEarlier') : t('toasts.earlierCount', { count: older.length })}
        </button>
      )}
    </div>
  );
}
