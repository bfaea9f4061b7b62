// Search hits with the matched words marked: the snippet is split into text and <mark>
// elements by React, never parsed as HTML.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/model.js';
import { MetaLine } from '../ui/dates.js';

export function Snippet({ text, highlights }: { text: string; highlights: Array<[number, number]> }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <span className="snippet" dir="auto">{parts}</span>;
}

export function SearchResults({ q, hits, onOpen }: { q: string; hits: SearchHit[]; onOpen: (hit: SearchHit) => void }) {
  const { t } = useTranslation('library');
  return (
    <section className="search-results" aria-label={t('search.results', { q })}>
      <p className="muted" role="status">
        {hits.length === 0 ? t('search.none', { q }) : t('search.count', { count: hits.length, q })}
      </p>
      <ul>
        {hits.map((h) => (
          <li key={`${h.articleId}-${h.matchedIn}`}>
            <button type="button" className="hit" onClick={() => onOpen(h)}>
              <span className="article-title" dir="auto">{h.title}</span>
              <span className="article-meta">
                <MetaLine parts={[h.outlet, h.matchedIn === 'note' ? t('search.inNote') : null]} date={h.publishedAt} />
              </span>
              <Snippet text={h.snippet} highlights={h.highlights} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
