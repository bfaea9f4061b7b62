// One pane's claims in text order, filterable by status and tag. Clicking one jumps to it;
// hovering one lights up its links in the other panes; Delete on one deletes it (undoably).
// Over a narrow pane's text it is an overlay with its own close button.
// The list is virtualised and paged (claimPages.ts): an article with thousands of claims shows
// the rows on screen, fetched as they come near; the arrow keys, Home and End move through all.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model.js';
import { shortened, unquoted } from '../../../shared/quote.js';
import { jumpTo, setHovered } from '../reader/interaction.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { Choice, optionsOf } from '../ui/Choice.js';
import { readingNoLayout } from '../ui/virtualList.js';
import { annotationStore, deleteAnnotation } from './annotationStore.js';
import { useClaimPages } from './claimPages.js';
import { ConflictChoice } from './ConflictChoice.js';

const EMPTY: Annotation[] = [];
/** A first guess at a row's height; each row is measured once shown. */
const ROW_ESTIMATE = 64;
const ROW_GAP = 6;
/** Keys that move focus through the list, to the row they lead to. */
const moves: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

interface Props {
  articleId: string;
  paneLabel: string;
  activeId: string | null;
  /** A claim picked in the list (it may be far from the text on screen). */
  onOpen: (claim: Annotation) => void;
  /** Given when the list lies over the text. */
  onClose?: () => void;
}

export function ClaimSidebar({ articleId, paneLabel, activeId, onOpen, onClose }: Props) {
  const { t } = useTranslation('annotate');
  const { statuses, techniques } = useTags();
  const [status, setStatus] = useState('');
  const [tagId, setTagId] = useState('');
  const pages = useClaimPages(articleId, { status, tagId });
  // The pane's copies are the freshest (an edit shows there before the core says claims changed).
  const loaded = annotationStore.use().get(articleId) ?? EMPTY;
  const fresh = useMemo(() => new Map(loaded.map((a) => [a.id, a])), [loaded]);
  const rowAt = (index: number): Annotation | undefined => {
    const row = pages.at(index);
    const mine = row && fresh.get(row.id);
    return mine && mine.revision >= row.revision ? mine : row;
  };

  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: pages.matching,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    gap: ROW_GAP,
    // Room for the focus ring of the first and the last row, which the scroller would clip.
    paddingStart: ROW_GAP,
    paddingEnd: ROW_GAP,
    overscan: 6,
    // A row's size comes from the ResizeObserver once the frame has laid it out. Read as each row
    // is put on the page (the library's default), it forced a layout per row: the first rows of
    // a long article's list were one task of 80–170 ms while it opened.
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize[0];
      if (box) return Math.round(box.blockSize);
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(el))) ?? ROW_ESTIMATE;
    },
    // Rows are keyed by position (the default), not by claim id: a row measured while its page
    // was on its way keeps its size when its claims come. Keyed by id, the rows at the end fell
    // back to the estimate as the last page arrived, and a list just scrolled to its end was
    // corrected eight rows or so away from it, never showing its last row.
    // A list at its end stays there while the rows near the end are measured.
    anchorTo: 'end',
    // The list's size from the ResizeObserver too, and no scroll to the top it is at (virtualList.ts).
    ...readingNoLayout,
    // Rows are placed (their transform) and the list sized by the virtualiser itself, and React
    // renders only when other rows come into view: a row measured, or the list moved within the
    // rows it shows, re-rendered every row on screen, a second render in the frame.
    directDomUpdates: true,
    // The rows a scroll brings are rendered in a task of their own, not inside the scroll event:
    // there they made each frame of a fast scroll one task with the scroll, the render, the
    // layout, the measuring and the paint, over 50 ms with a garbage collection in it. A jump of
    // more than the rows kept past each edge (overscan) shows them a frame later.
    useFlushSync: false,
  });
  // Another filter is another list: it starts at its top.
  const filterBy = (set: (value: string) => void) => (value: string) => {
    set(value);
    virtual.scrollToOffset(0);
  };
  const rows = virtual.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  const { want } = pages;
  useEffect(() => want(first, last), [want, first, last]);

  // Focus moved by a key goes to its row once the row is rendered and its claim has come.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    const button = scroller.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"] .claim-button`);
    if (!button) return;
    button.focus();
    setFocusIndex(null);
  });
  // The rows get one key handler for good, so that a scroll re-renders only the rows it brings;
  // it calls the latest, which knows the list as it is now.
  const moveFocus = useRef<(index: number, e: React.KeyboardEvent) => void>(() => undefined);
  const onKeyDown = useCallback((index: number, e: React.KeyboardEvent) => moveFocus.current(index, e), []);
  moveFocus.current = (index, e) => {
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const to = move(index, pages.matching);
    // Through the virtualiser, never by scrollTop: it follows its own scroll until it lands, where
    // a row measured before the browser reported a scrollTop written behind its back would have
    // it correct the position it last knew, undoing the move.
    if (to === 0) virtual.scrollToOffset(0);
    else if (to === pages.matching - 1) virtual.scrollToEnd();
    else virtual.scrollToIndex(to, { align: 'auto' });
    setFocusIndex(to);
  };

  return (
    <aside className={`claim-sidebar${onClose ? ' overlay' : ''}`} aria-label={t('sidebar.label', { pane: paneLabel })}>
      {onClose && (
        <div className="sidebar-top">
          <h3>{t('sidebar.title')}</h3>
          <button type="button" className="icon-button" aria-label={t('sidebar.hide')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
      <div className="sidebar-filters">
        <Choice
          label={t('sidebar.filterStatus')}
          hideLabel
          value={status}
          placeholder={t('sidebar.allStatuses')}
          options={[{ value: 'none', label: t('sidebar.noStatus') }, ...optionsOf(statuses)]}
          onChange={filterBy(setStatus)}
        />
        <Choice
          label={t('sidebar.filterTechnique')}
          hideLabel
          value={tagId}
          placeholder={t('sidebar.allTechniques')}
          options={optionsOf(techniques)}
          onChange={filterBy(setTagId)}
        />
      </div>
      <p className="muted sidebar-count">{t('sidebar.count', { shown: pages.matching, total: pages.total })}</p>
      <div className="claim-scroll" ref={scroller}>
        <ul className="claim-list" ref={virtual.containerRef}>
          {rows.map((row) => {
            const claim = rowAt(row.index);
            return claim ? (
              <ClaimItem
                key={row.key}
                index={row.index}
                setSize={pages.matching}
                measure={virtual.measureElement}
                annotation={claim}
                active={claim.id === activeId}
                onOpen={onOpen}
                onKeyDown={onKeyDown}
              />
            ) : (
              <li key={row.key} data-index={row.index} ref={virtual.measureElement} className="claim-row-loading muted">
                {t('common:loading')}
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}

interface ItemProps {
  index: number;
  setSize: number;
  /** Measures the row and places it in the list. */
  measure: (el: Element | null) => void;
  annotation: Annotation;
  active: boolean;
  onOpen: (claim: Annotation) => void;
  onKeyDown: (index: number, e: React.KeyboardEvent) => void;
}


/** One claim; memoised, so tagging one claim does not re-render the whole list. */
const ClaimItem = memo(function ClaimItem({ index, setSize, measure, annotation: a, active, onOpen, onKeyDown }: ItemProps) {
  const { t } = useTranslation('annotate');
  const { byId } = useTags();
  const st = a.statusTagId ? byId.get(a.statusTagId) : undefined;
  const tagName = (tag: { name: string; removed: boolean } | undefined) =>
    !tag ? t('claim.unknownTag') : tag.removed ? t('claim.removedTag', { name: tag.name }) : tag.name;
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      className={`claim-item${active ? ' active' : ''}${a.orphaned ? ' orphaned' : ''}`}
      onMouseEnter={() => setHovered(a.id)}
      onMouseLeave={() => setHovered(null)}
    >
      <button
        type="button"
        className="claim-button"
        onFocus={() => setHovered(a.id)}
        onBlur={() => setHovered(null)}
        onKeyDown={(e) => {
          if (e.key !== 'Delete') return onKeyDown(index, e);
          e.preventDefault();
          void deleteAnnotation(a.id);
        }}
        aria-keyshortcuts="Delete ArrowDown ArrowUp Home End"
        onClick={() => {
          onOpen(a);
          if (!a.orphaned) jumpTo(a.id);
        }}
      >
        {/* The article's words, read in their own direction inside a list of the interface's. */}
        <span className="claim-quote" dir="auto">
          {t('claim.quote', { text: shortened(unquoted(a.quote.exact), 140) })}
        </span>
        <span className="chips">
          {a.orphaned && <span className="chip chip-orphan">{t('claim.orphaned')}</span>}
          {st && (
            <span className="chip" style={{ borderColor: st.color }}>
              <span className="swatch" style={{ backgroundColor: st.color }} aria-hidden="true" />
              {tagName(st)}
            </span>
          )}
          {a.tagIds.map((id) => {
            const tag = byId.get(id);
            return (
              <span key={id} className="chip chip-technique" style={{ borderColor: tag?.color }}>
                {tagName(tag)}
              </span>
            );
          })}
          {a.links.length > 0 && <span className="chip">{t('claim.linked', { count: a.links.length })}</span>}
        </span>
        {a.orphaned && (
          <span className="claim-note">
            {t('claim.oldContext')} …{a.quote.prefix}
            <mark>{shortened(a.quote.exact, 60)}</mark>
            {a.quote.suffix}…
          </span>
        )}
        {a.note && (
          <span className="claim-note" dir="auto">
            {a.note}
          </span>
        )}
      </button>
      {a.conflict && <ConflictChoice annotation={a} />}
    </li>
  );
});
