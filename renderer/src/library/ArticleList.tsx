// The library as a virtualised list: only the rows on screen exist in the DOM, and only the
// windows of rows near the screen are fetched (articleWindows.ts). A row not fetched yet shows
// as a placeholder of the same height.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailField } from '../records/ArticleDetailsDialog.js';
import { MetaLine } from '../ui/dates.js';
import { readingNoLayout } from '../ui/virtualList.js';
import type { ArticleWindows } from './articleWindows.js';
import { StatusChips } from './StatusChips.js';

const EDIT_ICON = '✎';
/** A row's height: its title and meta lines and little more, so a small window shows eight. */
const ROW_HEIGHT = 56;

/** Focus goes to the row `prefer` when it is on screen, else to the first row on screen not `gone`, once there is one. */
export interface RowFocus {
  gone: ReadonlySet<string>;
  prefer?: string;
}

interface Props {
  windows: ArticleWindows;
  /** The number of rows (the count, or the rows fetched while it is not known yet). */
  count: number;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  /** Opens "Article details", at a field when the row offers to add a missing one. */
  onDetails: (id: string, focus?: DetailField) => void;
  focusRow: RowFocus | null;
  onRowFocused: () => void;
}

export function ArticleList({ windows, count, selected, onToggle, onOpen, onDetails, focusRow, onRowFocused }: Props) {
  const { t } = useTranslation('library');
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Its size from the ResizeObserver, and no scroll to the top it is at (virtualList.ts).
    ...readingNoLayout,
    // Until the ResizeObserver has reported, the list is taken to fill the window: the first
    // render has the rows on screen (at 0 × 0 it would have none, and the frame painted none).
    initialRect: { width: innerWidth, height: innerHeight },
  });
  // Other filters or another order: back to the first row.
  useEffect(() => virtual.scrollToOffset(0), [windows, virtual]);
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => windows.show(first, last), [windows, first, last]);
  // Each render may have brought the row (the list is read again after the change that asked);
  // focus is moved only from the page, where it fell, never from where the person put it since.
  useEffect(() => {
    if (!focusRow || (document.activeElement && document.activeElement !== document.body)) return;
    const rows = [...(scroller.current?.querySelectorAll<HTMLElement>('.article-row[data-id]') ?? [])];
    const row = rows.find((li) => li.dataset.id === focusRow.prefer) ?? rows.find((li) => !focusRow.gone.has(li.dataset.id!));
    if (!row) return;
    row.querySelector<HTMLElement>('.article-open')?.focus();
    onRowFocused();
  });
  return (
    <div className="article-list" ref={scroller}>
      <ul role="list" aria-label={t('list.label')} className="article-list-inner" style={{ height: virtual.getTotalSize() }}>
        {items.map((item) => {
          const a = windows.row(item.index);
          const place = { 'aria-setsize': count, 'aria-posinset': item.index + 1, style: { transform: `translateY(${item.start}px)`, height: item.size } };
          if (!a) return <li key={`placeholder-${item.index}`} className="article-row placeholder" aria-busy="true" {...place} />;
          return (
            <li key={a.id} className={`article-row${selected.has(a.id) ? ' selected' : ''}`} data-id={a.id} {...place}>
              <input type="checkbox" checked={selected.has(a.id)} onChange={() => onToggle(a.id)} aria-label={t('row.select', { title: a.title })} />
              {/* A title cut to one line shows whole when pointed at. */}
              <button type="button" className="article-open" title={a.title} onClick={() => onOpen(a.id)}>
                <span className="article-title" dir="auto">{a.title}</span>
                <span className="article-meta">
                  <MetaLine parts={[a.outlet, t('row.words', { count: a.wordCount })]} date={a.publishedAt} />
                </span>
              </button>
              {!a.outlet && (
                <button type="button" className="add-missing" aria-label={t('row.addOutletLabel', { title: a.title })} onClick={() => onDetails(a.id, 'outlet')}>
                  {t('row.addOutlet')}
                </button>
              )}
              {!a.publishedAt && (
                <button type="button" className="add-missing" aria-label={t('row.addDateLabel', { title: a.title })} onClick={() => onDetails(a.id, 'publishedAt')}>
                  {t('row.addDate')}
                </button>
              )}
              <StatusChips counts={a.statusCounts} />
              <button type="button" className="icon-button" aria-label={t('row.details', { title: a.title })} title={t('row.detailsTitle')} onClick={() => onDetails(a.id)}>
                {EDIT_ICON}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
