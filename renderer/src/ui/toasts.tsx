// Short messages at the bottom of the window: errors from the core, confirmations.
// A module-level store so that any component (or plain function) can report without props.
import type { Result } from '../../../shared/result.js';
import { createStore } from '../api/store.js';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

const toasts = createStore<Toast[]>([]);
let nextId = 1;

export function showToast(message: string, kind: Toast['kind'] = 'info'): void {
  const toast = { id: nextId++, kind, message };
  toasts.set((list) => [...list.slice(-4), toast]);
  setTimeout(() => dismissToast(toast.id), kind === 'error' ? 8000 : 4000);
}

export function dismissToast(id: number): void {
  toasts.set((list) => list.filter((t) => t.id !== id));
}

/** The value of an ok Result, or null after showing the error to the person. */
export function valueOrToast<T>(result: Result<T>): T | null {
  if (result.ok) return result.value;
  showToast(result.error.message, 'error');
  return null;
}

export function Toasts() {
  const list = toasts.use();
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
