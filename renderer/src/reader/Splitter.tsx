// A drag handle between two panes; arrow keys move it too (a focusable separator).
import { useRef } from 'react';

interface Props {
  index: number; // between pane index and index + 1
  value: number; // the left pane's share of the pair, percent
  onResize: (index: number, deltaPx: number) => void;
  label: string;
}

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
        onResize(index, e.clientX - last.current);
        last.current = e.clientX;
      }}
      onPointerUp={() => (last.current = null)}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 80 : 24;
        if (e.key === 'ArrowLeft') onResize(index, -step);
        else if (e.key === 'ArrowRight') onResize(index, step);
        else return;
        e.preventDefault();
      }}
    />
  );
}
