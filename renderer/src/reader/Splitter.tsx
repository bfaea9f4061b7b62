// A drag handle between two panes; arrow keys move it too (a focusable separator).
import { useRef } from 'react';

interface Props {
  index: number; // between pane index and index + 1
  value: number; // the first pane's share of the pair, percent
  /** Grows pane `index` by deltaPx, and shrinks the next one by as much. */
  onResize: (index: number, deltaPx: number) => void;
  label: string;
}

/** Right-to-left, pane `index` is the one to the right of its divider: moving right shrinks it. */
const sign = (el: Element) => (getComputedStyle(el).direction === 'rtl' ? -1 : 1);

export function Splitter({ index, value, onResize, label }: Props) {
  const last = useRef<number | null>(null);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      onPointerDown={(e) => {
        last.current = e.clientX;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (last.current === null) return;
        onResize(index, sign(e.currentTarget) * (e.clientX - last.current));
        last.current = e.clientX;
      }}
      onPointerUp={() => (last.current = null)}
      onKeyDown={(e) => {
        const step = (e.shiftKey ? 80 : 24) * sign(e.currentTarget);
        if (e.key === 'ArrowLeft') onResize(index, -step);
        else if (e.key === 'ArrowRight') onResize(index, step);
        else return;
        e.preventDefault();
      }}
    />
  );
}
