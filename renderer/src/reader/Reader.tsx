// One to four articles side by side: resizable panes, optional synchronised scrolling,
// undo/redo of the claim changes of the pane in use, and linking claims across panes.
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticleSummaries, useLatestArticles } from '../api/useArticles.js';
import { annotationStore, forgetArticle, historyStep } from '../annotate/annotationStore.js';
import { useHistory } from '../annotate/useHistory.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { FiguresDialog } from '../finder/FiguresDialog.js';
import { SameClaimsDialog } from '../finder/SameClaimsDialog.js';
import { Choice } from '../ui/Choice.js';
import { isTyping } from '../ui/keys.js';
import { MAX_PANES, readerLayout, setOpen, setSync, setWidths } from './layout.js';
import { requestFocus } from './interaction.js';
import { LinkBar } from './LinkBar.js';
import { Pane } from './Pane.js';
import { Splitter } from './Splitter.js';
import { useHistoryFocus } from './historyFocus.js';
import { HistoryLabel } from './HistoryLabel.js';
import { describeStep } from './undoLabel.js';

const MIN_PANE_PX = 240;
/** The "add a pane" picker offers the latest articles; any other is opened from the library. */
const LATEST_IN_PICKER = 100;

interface Props {
  /** The last pane was closed, this article's. */
  onBack: (closedId: string) => void;
}

/** The article of the pane an event happened in (the claim editor says whose claim it edits). */
function articleOf(target: EventTarget | null): string | undefined {
  return (target instanceof Element ? target.closest<HTMLElement>('[data-article-id]') : null)?.dataset.articleId;
}

export function Reader({ onBack }: Props) {
  const { t } = useTranslation('reader');
  const { ids: articleIds, widths, sync } = readerLayout.use();
  const openArticles = useArticleSummaries(articleIds);
  const latest = useLatestArticles(LATEST_IN_PICKER);
  const [exporting, setExporting] = useState(false);
  // The pane in use: the last one clicked or focused. Undo and Redo act on its article.
  const [activeId, setActiveId] = useState(articleIds[0]);
  const active = activeId && articleIds.includes(activeId) ? activeId : articleIds[0];
  const history = useHistory(active);
  const historyButtons = useHistoryFocus(history);
  const [finder, setFinder] = useState<'figures' | 'same-claims' | null>(null);
  const scrollers = useRef<Array<HTMLElement | null>>([]);
  const panesRef = useRef<HTMLDivElement>(null);
  const driver = useRef<{ index: number; until: number } | null>(null);

  const step = useCallback((which: 'undo' | 'redo', articleId: string | undefined) => {
    if (articleId) void historyStep(which, articleId);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      const which = key === 'z' && !e.shiftKey ? 'undo' : (key === 'z' && e.shiftKey) || key === 'y' ? 'redo' : null;
      if (!which) return;
      e.preventDefault();
      step(which, articleOf(e.target) ?? active);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, active]);

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
    const w = readerLayout.get().widths;
    const slots = [...(panesRef.current?.querySelectorAll<HTMLElement>(':scope > .pane-slot') ?? [])];
    const px = slots.map((el) => el.getBoundingClientRect().width);
    if (px.length !== w.length) return;
    const a = px[i]! + deltaPx;
    const b = px[i + 1]! - deltaPx;
    if (a < MIN_PANE_PX || b < MIN_PANE_PX) return;
    const total = px.reduce((x, y) => x + y, 0);
    const sum = w.reduce((x, y) => x + y, 0);
    const next = [...px];
    next[i] = a;
    next[i + 1] = b;
    setWidths(next.map((x) => (x / total) * sum));
  }, []);

  const titleOf = (id: string) => openArticles.get(id)?.title ?? t('reader.article');
  const addable = latest.filter((a) => !articleIds.includes(a.id));
  const undoLabel = history.undo ? t('history.undoStep', { step: describeStep(history.undo) }) : t('history.undo');
  const redoLabel = history.redo ? t('history.redoStep', { step: describeStep(history.redo) }) : t('history.redo');
  /** In the pane in use, said when there are several. */
  const where = (what: string) => (articleIds.length > 1 && active ? t('history.inArticle', { what, title: titleOf(active) }) : what);

  return (
    <main className="reader" aria-label={t('reader.label')}>
      <div className="toolbar" role="toolbar" aria-label={t('reader.tools')} data-keep-clear>
        <label className="check">
          <input type="checkbox" checked={sync} onChange={(e) => setSync(e.target.checked)} />
          {t('reader.sync')}
        </label>
        <button
          type="button"
          className="history-button"
          ref={historyButtons.undo}
          disabled={!history.undo}
          onClick={() => {
            historyButtons.press('undo');
            step('undo', active);
          }}
          aria-label={where(history.undo ? undoLabel : t('history.nothingToUndo'))}
          title={`${where(undoLabel)} (Ctrl+Z)`}
        >
          <HistoryLabel text={undoLabel} />
        </button>
        <button
          type="button"
          className="history-button"
          ref={historyButtons.redo}
          disabled={!history.redo}
          onClick={() => {
            historyButtons.press('redo');
            step('redo', active);
          }}
          aria-label={where(history.redo ? redoLabel : t('history.nothingToRedo'))}
          title={`${where(redoLabel)} (Ctrl+Shift+Z)`}
        >
          <HistoryLabel text={redoLabel} />
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          {t('reader.export')}
        </button>
        <button type="button" onClick={() => setFinder('figures')}>
          {t('reader.figures')}
        </button>
        {articleIds.length > 1 && (
          <button type="button" onClick={() => setFinder('same-claims')}>
            {t('reader.sameClaims')}
          </button>
        )}
        {articleIds.length < MAX_PANES && addable.length > 0 && (
          <Choice
            label={t('reader.addPaneLabel')}
            hideLabel
            value=""
            placeholder={t('reader.addPane')}
            options={addable.map((a) => ({ value: a.id, label: a.title }))}
            onChange={(id) => id && setOpen([...articleIds, id])}
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
            <LinkBar articleIds={articleIds} titleOf={titleOf} />
      <div className="panes" ref={panesRef}>
        {articleIds.map((id, i) => (
          <Fragment key={id}>
            <div
              className={`pane-slot${id === active && articleIds.length > 1 ? ' active' : ''}`}
              style={{ flex: `${widths[i] ?? 1} 1 0` }}
              onFocusCapture={() => setActiveId(id)}
              onPointerDownCapture={() => setActiveId(id)}
            >
              <Pane
                articleId={id}
                index={i}
                paneCount={articleIds.length}
                registerScroller={registerScroller}
                onPaneScroll={onPaneScroll}
                onClose={() => {
                  const rest = articleIds.filter((x) => x !== id);
                  setOpen(rest);
                  // Its close button goes with it: focus goes to the text of the pane in its place.
                  if (rest.length) requestFocus(rest[Math.min(i, rest.length - 1)]!);
                  else onBack(id);
                }}
              />
            </div>
            {i < articleIds.length - 1 && (
              <Splitter
                index={i}
                value={((widths[i] ?? 1) / ((widths[i] ?? 1) + (widths[i + 1] ?? 1))) * 100}
                onResize={onResize}
                label={t('reader.resize', { first: titleOf(id), second: titleOf(articleIds[i + 1]!) })}
              />
            )}
          </Fragment>
        ))}
      </div>
    </main>
  );
}
