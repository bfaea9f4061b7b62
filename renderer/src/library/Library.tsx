// The library view: collections and filters, search as you type, the article list, imports
// (drop, picker, paste), and actions on the selected articles.
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { ArticleSummary, Collection, LibraryInfo, SearchHit } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { ExportDialog, type ExportTarget } from '../export/ExportDialog.js';
import { FiguresDialog } from '../finder/FiguresDialog.js';
import { MAX_PANES } from '../reader/Reader.js';
import { Choice, optionsOf } from '../ui/Choice.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { ArticleList } from './ArticleList.js';
import { CollectionsPanel } from './CollectionsPanel.js';
import { FilterBar } from './FilterBar.js';
import { listInput, noFilters, type Filters } from './filters.js';
import { importFiles } from './importer.js';
import { ImportButtons, ImportStatus } from './ImportPanel.js';
import { SearchResults } from './SearchResults.js';

interface Props {
  all: ArticleSummary[];
  onOpen: (ids: string[]) => void;
}

export function Library({ all, onOpen }: Props) {
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [collections, setCollections] = useState<Collection[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [dragging, setDragging] = useState(false);
  const [exporting, setExporting] = useState<ExportTarget | null>(null);
  const [figuresOf, setFiguresOf] = useState<string | null>(null);

  const reloadArticles = useCallback(async () => {
    const list = valueOrToast(await gloss.articles.list(listInput(filters)));
    if (list) setArticles(list);
  }, [filters]);
  const reloadCollections = useCallback(async () => {
    const list = valueOrToast(await gloss.collections.list({}));
    if (list) setCollections(list);
  }, []);
  const reloadInfo = useCallback(async () => setInfo(valueOrToast(await gloss.library.info({}))), []);

  useEffect(() => void reloadArticles(), [reloadArticles]);
  useEffect(() => {
    void reloadCollections();
    void reloadInfo();
  }, [reloadCollections, reloadInfo]);
  useLibraryChanged(['articles', 'annotations'], () => {
    void reloadArticles();
    void reloadInfo();
  });
  useLibraryChanged(['collections'], () => void reloadCollections());

  // Search as you type, a moment after the last key; a newer query wins over an older answer.
  useEffect(() => {
    const query = q.trim();
    if (!query) return setHits(null);
    let live = true;
    const t = setTimeout(async () => {
      const result = await gloss.search.query({ q: query, limit: 50 });
      if (live) setHits(valueOrToast(result) ?? []);
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q]);

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chosen = [...selected].filter((id) => articles.some((a) => a.id === id) || all.some((a) => a.id === id));

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length) void importFiles(files, filters.collectionId || undefined);
  };

  const addToCollection = async (collectionId: string) => {
    if (!collectionId || !chosen.length) return;
    const c = valueOrToast(await gloss.collections.addArticles({ id: collectionId, articleIds: chosen }));
    if (c) {
      showToast(`Added ${chosen.length} to “${c.name}”.`);
      void reloadCollections();
    }
  };
  const removeFromCollection = async () => {
    const c = valueOrToast(await gloss.collections.removeArticles({ id: filters.collectionId, articleIds: chosen }));
    if (c) {
      showToast(`Removed ${chosen.length} from “${c.name}”.`);
      setSelected(new Set());
      void reloadCollections();
      void reloadArticles();
    }
  };
  const loadDemo = async () => {
    const report = valueOrToast(await gloss.library.loadDemo({}));
    if (report) showToast(`Loaded the demo library: ${report.imported.length} articles.`);
    void reloadInfo();
    void reloadArticles();
  };

  const currentCollection = collections.find((c) => c.id === filters.collectionId);

  return (
    <main
      className={`library${dragging ? ' dragging' : ''}`}
      aria-label="Library"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={onDrop}
    >
      <CollectionsPanel
        collections={collections}
        current={filters.collectionId}
        total={all.length}
        onPick={(id) => {
          setFilters((f) => ({ ...f, collectionId: id }));
          setSelected(new Set());
        }}
        onChanged={() => void reloadCollections()}
      />
      <div className="library-main">
        <div className="toolbar" role="toolbar" aria-label="Library tools">
          <label className="search">
            <span className="visually-hidden">Search articles and notes</span>
            <input type="search" placeholder="Search articles and notes…" value={q} onChange={(e) => setQ(e.target.value)} />
          </label>
          <ImportButtons collectionId={filters.collectionId || undefined} />
          {currentCollection && (
            <button type="button" onClick={() => setExporting({ collectionId: currentCollection.id })}>
              Export collection…
            </button>
          )}
          {currentCollection && (
            <button type="button" onClick={() => setFiguresOf(currentCollection.id)}>
              Figures…
            </button>
          )}
        </div>
        {info?.firstRun && all.length === 0 && (
          <div className="first-run" role="region" aria-label="Getting started">
            <h2>Your library is empty</h2>
            <p>Drop article files (.txt, .md, .html) anywhere here, import or paste them, or start with the demo library to see how Gloss works.</p>
            <button type="button" className="primary" onClick={loadDemo}>
              Load the demo library
            </button>
          </div>
        )}
        <ImportStatus />
        <FilterBar filters={filters} all={all} onChange={setFilters} />
        {chosen.length > 0 && (
          <div className="selection-bar" role="region" aria-label="Selected articles">
            <span>{chosen.length} selected</span>
            <button type="button" className="primary" disabled={chosen.length > MAX_PANES} onClick={() => onOpen(chosen)}>
              {chosen.length > MAX_PANES ? `Read up to ${MAX_PANES} side by side` : chosen.length === 1 ? 'Read' : 'Read side by side'}
            </button>
            <Choice
              label="Add the selected articles to a collection"
              hideLabel
              value=""
              placeholder="Add to collection…"
              options={optionsOf(collections)}
              onChange={(id) => void addToCollection(id)}
            />
            {currentCollection && (
              <button type="button" onClick={removeFromCollection}>
                Remove from “{currentCollection.name}”
              </button>
            )}
            <button type="button" onClick={() => setExporting({ articleIds: chosen })}>
              Export…
            </button>
            <button type="button" onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
          </div>
        )}
        {hits ? (
          <SearchResults q={q.trim()} hits={hits} onOpen={(id) => onOpen([id])} />
        ) : (
          <>
            <p className="muted list-count" role="status">
              {articles.length} {articles.length === 1 ? 'article' : 'articles'}
              {currentCollection && ` in “${currentCollection.name}”`}
            </p>
            <ArticleList articles={articles} selected={selected} onToggle={toggle} onOpen={(id) => onOpen([id])} />
          </>
        )}
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
      {exporting && <ExportDialog target={exporting} onClose={() => setExporting(null)} />}
      {figuresOf && <FiguresDialog of={{ collectionId: figuresOf }} onClose={() => setFiguresOf(null)} />}
    </main>
  );
}
