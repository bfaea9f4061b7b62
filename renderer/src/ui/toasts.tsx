// Short messages at the bottom of the window: errors from the core, confirmations.
// A module-level store so that any component (or plain function) can report without props.
import { useSyncExternalStore } from 'react';
import type { Result } from '../../../shared/result.js';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(message: string, kind: Toast['kind'] = 'info'): void {
  const toast = { id: nextId++, kind, message };
  toasts = [...toasts.slice(-4), toast];
  emit();
  setTimeout(() => dismissToast(toast.id), kind === 'error' ? 8000 : 4000);
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

/** The value of an ok Result, or null after showing the error to the person. */
export function valueOrToast<T>(result: Result<T>): T | null {
  if (result.ok) return result.value;
  showToast(result.error.message, 'error');
  return null;
}

export function Toasts() {
  const list = useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => toasts,
  );
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
          <span>{t.message}</span>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
