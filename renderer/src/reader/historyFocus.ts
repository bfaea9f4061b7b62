// The toolbar's Undo and Redo keep keyboard focus. The button pressed turns itself off once there
// is nothing more to undo (or redo), and a disabled button drops focus to the page; the other
// button has a step to take just then (the one taken back), so focus goes there.
import { useEffect, useRef } from 'react';
import type { HistoryNext } from '../annotate/useHistory.js';

export function useHistoryFocus(history: HistoryNext) {
  const undo = useRef<HTMLButtonElement>(null);
  const redo = useRef<HTMLButtonElement>(null);
  const pressed = useRef<'undo' | 'redo' | null>(null);

  useEffect(() => {
    const which = pressed.current;
    pressed.current = null;
    const [own, other] = which === 'undo' ? [undo.current, redo.current] : [redo.current, undo.current];
    if (!which || !own?.disabled || other?.disabled) return;
    if (document.activeElement === own || document.activeElement === document.body) other?.focus();
  }, [history]);

  return { undo, redo, press: (which: 'undo' | 'redo') => (pressed.current = which) };
}
