// The library as a virtualised list: only the rows on screen exist in the DOM.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ArticleSummary } from '../../../shared/model.js';
import type { DetailField } from '../records/ArticleDetailsDialog.js';
import { MetaLine } from '../ui/dates.js';
import { StatusChips } from './StatusChips.js';

interface Props {
  articles: ArticleSummary[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  /** Opens "Article details", at a field when the row offers to add a missing one. */
  onDetails: (id: string, focus?: DetailField) => void;
}

export function ArticleList({ articles, selected, onToggle, onOpen, onDetails }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 8,
  });
  return (
    <div className="article-list" ref={scroller}>
      <ul role="list" aria-label="Articles" className="article-list-inner" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((row) => {
          const a = articles[row.index]!;
          return (
            <li
              key={a.id}
              className={`article-row${selected.has(a.id) ? ' selected' : ''}`}
              aria-setsize={articles.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, height: row.size }}
            >
              <input type="checkbox" checked={selected.has(a.id)} onChange={() => onToggle(a.id)} aria-label={`Select ${a.title}`} />
              <button type="button" className="article-open" onClick={() => onOpen(a.id)}>
                <span className="article-title">{a.title}</span>
                <span className="article-meta">
                  <MetaLine parts={[a.outlet, `${a.wordCount} words`]} date={a.publishedAt} />
                </span>
              </button>
              {!a.outlet && (
                <button type="button" className="add-missing" aria-label={`Add the outlet of ${a.title}`} onClick={() => onDetails(a.id, 'outlet')}>
                  + outlet
                </button>
              )}
              {!a.publishedAt && (
                <button type="button" className="add-missing" aria-label={`Add the date of ${a.title}`} onClick={() => onDetails(a.id, 'publishedAt')}>
                  + date
                </button>
              )}
              <StatusChips counts={a.statusCounts} />
              <button type="button" className="icon-button" aria-label={`Details of ${a.title}`} title="Article details" onClick={() => onDetails(a.id)}>
                ✎
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
