// One to four articles side by side: resizable panes, optional synchronised scrolling,
// undo/redo of claim changes, and linking claims across panes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model.js';
import { annotationStore, forgetArticle, redo, undo } from '../annotate/annotationStore.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { FiguresDialog } from '../finder/FiguresDialog.js';
import { SameClaimsDialog } from '../finder/SameClaimsDialog.js';
import { Choice } from '../ui/Choice.js';
import { isTyping } from '../ui/keys.js';
import { LinkBar } from './LinkBar.js';
import { Pane } from './Pane.js';
import { Splitter } from './Splitter.js';

const MIN_PANE_PX = 240;
/** Side by side beyond four, each pane is too narrow to read. */
export const MAX_PANES = 4;

interface Props {
  articleIds: string[];
  library: ArticleSummary[];
  onChange: (ids: string[]) => void;
  onBack: () => void;
}

export function Reader({ articleIds, library, onChange, onBack }: Props) {
  const [widths, setWidths] = useState<number[]>(() => articleIds.map(() => 1));
  const [sync, setSync] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [finder, setFinder] = useState<'figures' | 'same-claims' | null>(null);
  const scrollers = useRef<Array<HTMLElement | null>>([]);
  const panesRef = useRef<HTMLDivElement>(null);
  const driver = useRef<{ index: number; until: number } | null>(null);

  useEffect(() => setWidths(articleIds.map(() => 1)), [articleIds.length]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) void undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') void redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const open = new Set(articleIds);
    for (const id of annotationStore.get().keys()) if (!open.has(id)) forgetArticle(id);
  }, [articleIds]);

  const registerScroller = useCallback((i: number, el: HTMLElement | null) => {
    scrollers.current[i] = el;
  }, []);

  const onPaneScroll = useCallback(
    (i: number) => {
      if (!sync) return;
      const now = performance.now();
      // Scrolls we caused in the other panes fire events too; only the pane the person moves leads.
      if (driver.current && driver.current.index !== i && now < driver.current.until) return;
      driver.current = { index: i, until: now + 150 };
      const src = scrollers.current[i];
      if (!src) return;
      const ratio = src.scrollTop / Math.max(1, src.scrollHeight - src.clientHeight);
      scrollers.current.forEach((el, j) => {
        if (el && j !== i) el.scrollTop = ratio * (el.scrollHeight - el.clientHeight);
      });
    },
    [sync],
  );

  const onResize = useCallback((i: number, deltaPx: number) => {
    const total = panesRef.current?.clientWidth ?? 1000;
    setWidths((w) => {
      const sum = w.reduce((a, b) => a + b, 0);
      const px = w.map((x) => (x / sum) * total);
      const a = px[i]! + deltaPx;
      const b = px[i + 1]! - deltaPx;
      if (a < MIN_PANE_PX || b < MIN_PANE_PX) return w;
      const next = [...px];
      next[i] = a;
      next[i + 1] = b;
      return next.map((x) => (x / total) * sum);
    });
  }, []);

  const titleOf = (id: string) => library.find((a) => a.id === id)?.title ?? 'article';
  const addable = library.filter((a) => !articleIds.includes(a.id));
  const sum = widths.reduce((a, b) => a + b, 0) || 1;

  return (
    <main className="reader" aria-label="Reader">
      <div className="toolbar" role="toolbar" aria-label="Reader tools">
        <label className="check">
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />
          Synchronised scroll
        </label>
        <button type="button" onClick={() => void undo()} title="Ctrl+Z">
          Undo
        </button>
        <button type="button" onClick={() => void redo()} title="Ctrl+Shift+Z">
          Redo
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          Export…
        </button>
        <button type="button" onClick={() => setFinder('figures')}>
          Figures…
        </button>
        {articleIds.length > 1 && (
          <button type="button" onClick={() => setFinder('same-claims')}>
            Same claims…
          </button>
        )}
        {articleIds.length < MAX_PANES && addable.length > 0 && (
          <Choice
            label="Open another article beside these"
            hideLabel
            value=""
            placeholder="Add a pane…"
            options={addable.map((a) => ({ value: a.id, label: a.title }))}
            onChange={(id) => id && onChange([...articleIds, id])}
          />
        )}
      </div>
      {exporting && (
        <ExportDialog
          target={articleIds.length === 1 ? { articleId: articleIds[0]! } : { articleIds }}
          onClose={() => setExporting(false)}
        />
      )}
      {finder === 'figures' && <FiguresDialog of={{ articleIds }} onClose={() => setFinder(null)} />}
      {finder === 'same-claims' && <SameClaimsDialog articleIds={articleIds} onClose={() => setFinder(null)} />}
      <LinkBar articleIds={articleIds} />
      <div className="panes" ref={panesRef}>
        {articleIds.map((id, i) => (
          <div key={id} className="pane-slot" style={{ flexBasis: `${(widths[i] ?? 1) / sum * 100}%` }}>
            <Pane
              articleId={id}
              index={i}
              paneCount={articleIds.length}
              registerScroller={registerScroller}
              onPaneScroll={onPaneScroll}
              onClose={() => {
                const rest = articleIds.filter((x) => x !== id);
                if (rest.length) onChange(rest);
                else onBack();
              }}
            />
            {i < articleIds.length - 1 && (
              <Splitter
                index={i}
                value={((widths[i] ?? 1) / ((widths[i] ?? 1) + (widths[i + 1] ?? 1))) * 100}
                onResize={onResize}
                label={`Resize ${titleOf(id)} and ${titleOf(articleIds[i + 1]!)}`}
              />
            )}
          </div>
        ))}
      </div>
    </main>
  );
}
