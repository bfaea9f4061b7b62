// The window: a header (tags, theme), then either the library or the reader.
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../shared/model.js';
import { gloss } from './api/client.js';
import { useLibraryChanged } from './api/useLibraryEvent.js';
import { installHighlightStyles } from './annotate/highlightStyles.js';
import { Library } from './library/Library.js';
import { MAX_PANES, Reader } from './reader/Reader.js';
import { TaxonomyEditor } from './taxonomy/TaxonomyEditor.js';
import { reloadTaxonomies, taxonomyStore } from './taxonomy/taxonomies.js';
import { useTheme } from './ui/theme.js';
import { Toasts, valueOrToast } from './ui/toasts.js';

function readingFromHash(): string[] {
  const m = /^#read=(.+)$/.exec(location.hash);
  return m ? m[1]!.split(',').map(decodeURIComponent).slice(0, MAX_PANES) : [];
}

export function App() {
  const [theme, toggleTheme] = useTheme();
  const [reading, setReading] = useState<string[]>(readingFromHash);
  const [view, setView] = useState<'library' | 'reader'>(() => (readingFromHash().length ? 'reader' : 'library'));
  useEffect(() => {
    // The open articles live in the address, so a reload comes back to the same panes.
    const hash = view === 'reader' && reading.length ? `#read=${reading.map(encodeURIComponent).join(',')}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [view, reading]);
  const open = useCallback((ids: string[]) => {
    setReading(ids);
    setView(ids.length ? 'reader' : 'library');
  }, []);
  const [all, setAll] = useState<ArticleSummary[]>([]);
  const [editingTags, setEditingTags] = useState(false);
  const taxonomies = taxonomyStore.use();

  const reloadAll = useCallback(async () => {
    const list = valueOrToast(await gloss.articles.list({ sort: 'title', order: 'asc' }));
    if (list) setAll(list);
  }, []);

  useEffect(() => {
    void reloadTaxonomies();
    void reloadAll();
  }, [reloadAll]);
  useEffect(() => installHighlightStyles(taxonomies), [taxonomies]);
  useLibraryChanged(['taxonomies'], () => void reloadTaxonomies());
  // An import names the articles it added: fetch those rows, not the whole list again.
  useLibraryChanged(['articles'], ({ ids }) => {
    if (!ids) return void reloadAll();
    if (ids.length === 0) return;
    void gloss.list.summaries({ ids }).then((result) => {
      const added = valueOrToast(result);
      if (!added) return;
      // As the core sorts (title COLLATE NOCASE); the list is sorted already, so this is one pass.
      const key = (a: ArticleSummary) => a.title.toLowerCase();
      const byTitle = (a: ArticleSummary, b: ArticleSummary) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
      setAll((list) => {
        const fresh = new Set(added.map((a) => a.id));
        return [...list.filter((a) => !fresh.has(a.id)), ...added].sort(byTitle);
      });
    });
  });

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">Gloss</h1>
        <nav aria-label="Views" className="views">
          <button type="button" aria-current={view === 'library' ? 'page' : undefined} onClick={() => setView('library')}>
            Library
          </button>
          <button type="button" aria-current={view === 'reader' ? 'page' : undefined} disabled={!reading.length} onClick={() => setView('reader')}>
            Reader{reading.length ? ` (${reading.length})` : ''}
          </button>
        </nav>
        <div className="header-actions">
          <button type="button" onClick={() => setEditingTags(true)}>
            Tags…
          </button>
          <button type="button" aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} onClick={toggleTheme}>
            {theme === 'dark' ? '☀ Light' : '☾ Dark'}
          </button>
        </div>
      </header>
      {view === 'reader' && reading.length ? (
        <Reader articleIds={reading} library={all} onChange={open} onBack={() => setView('library')} />
      ) : (
        <Library all={all} onOpen={open} />
      )}
      {editingTags && <TaxonomyEditor onClose={() => setEditingTags(false)} />}
      <Toasts />
    </div>
  );
}
