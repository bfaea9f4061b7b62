// The library view: collections and filters, search as you type, the article list, imports
// (drop, picker, paste), and actions on the selected articles.
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSearchedAlone } from '../../../shared/ideographs.js';
import type { Collection, LibraryInfo, SearchHit } from '../../../shared/model.js';
import { answeredValue, gloss, takeAnswered } from '../api/client.js';
import { idAfter, useLibraryChanged } from '../api/useLibraryEvent.js';
import type { ExportTarget } from '../export/ExportDialog.js';
import { MAX_PANES } from '../reader/layout.js';
import type { DetailField } from '../records/ArticleDetailsDialog.js';
import { Choice, optionsOf } from '../ui/Choice.js';
import { later } from '../ui/later.js';
import { showToast, valueOrToast } from '../ui/toasts.js';
import { ArticleList, type RowFocus } from './ArticleList.js';
import { useArticleWindows, type ListSource } from './articleWindows.js';
import { CollectionsPanel } from './CollectionsPanel.js';
import { FilterBar } from './FilterBar.js';
import { filterStore, listInput } from './filters.js';
import { importFiles, preloadImport } from './importer.js';
import { ImportButtons, ImportStatus } from './ImportPanel.js';
import { SearchResults } from './SearchResults.js';

const ExportDialog = later(() => import('../export/ExportDialog.js').then((m) => m.ExportDialog));
const FiguresDialog = later(() => import('../finder/FiguresDialog.js').then((m) => m.FiguresDialog));
const ArticleDetailsDialog = later(() => import('../records/ArticleDetailsDialog.js').then((m) => m.ArticleDetailsDialog));
const TrashDialog = later(() => import('../records/TrashDialog.js').then((m) => m.TrashDialog));
const HealthDialog = later(() => import('./HealthDialog.js').then((m) => m.HealthDialog));

/** One article to open, and for a search hit the words it matched, to scroll to. */
export interface OpenRequest {
  id: string;
  match?: { context: string; term: [number, number] };
}

interface Props {
  /** Read exactly these, side by side. */
  onOpen: (ids: string[]) => void;
  /** Open one more beside whatever is open. */
  onOpenOne: (request: OpenRequest) => void;
  /** Where keyboard focus goes when this changes: the search field ("/"), "New collection…"
   * (a teacher sent from the Classroom to make one), or the list (the reader's last pane closed:
   * that article's row when it is on screen). */
  focus: LibraryFocus | null;
}

export type LibraryFocus = { on: 'search' | 'newCollection'; seq: number } | { on: 'list'; row: string; seq: number };

/** How long a row to focus is waited for (the list is read again after the change that asked). */
const FOCUS_ROW_WAIT_MS = 5000;

/** The matched words of a hit and the text before them, as the snippet shows them. */
function matchOf(hit: SearchHit): OpenRequest['match'] {
  const first = [...hit.highlights].sort((a, b) => a[0] - b[0])[0];
  if (hit.matchedIn !== 'article' || !first) return undefined;
  const from = Math.max(0, first[0] - 40);
  return { context: hit.snippet.slice(from, first[1]), term: [first[0] - from, first[1] - from] };
}

/** Where the list's windows come from; an error shows as a toast. */
const listSource: ListSource = {
  window: (input) => gloss.list.window(input),
  count: (input) => gloss.list.count(input),
  onError: (message) => showToast(message, 'error'),
  answered: { window: (input) => takeAnswered('list.window', input), count: (input) => takeAnswered('list.count', input) },
};

export function Library({ onOpen, onOpenOne, focus }: Props) {
  const { t } = useTranslation('library');
  const filters = filterStore.use();
  const setFilters = filterStore.set;
  const searchField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focus?.on === 'search') searchField.current?.focus();
  }, [focus]);
  const windows = useArticleWindows(listInput(filters), listSource);
  // What the page's first script asked for and has come is in the first render (and so in the page
  // kept for the next start's early paint); the effects' reads below take those same answers.
  const [outlets, setOutlets] = useState<string[]>(() => answeredValue('list.outlets', {}) ?? []);
  const [collections, setCollections] = useState<Collection[]>(() => answeredValue('collections.list', {}) ?? []);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [info, setInfo] = useState<LibraryInfo | null>(() => answeredValue('library.info', {}) ?? null);
  const [dragging, setDragging] = useState(false);
  const [exporting, setExporting] = useState<ExportTarget | null>(null);
  const [details, setDetails] = useState<{ id: string; focus?: DetailField } | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [health, setHealth] = useState(false);
  const [figuresOf, setFiguresOf] = useState<string | null>(null);
  // What had focus went away (the demo's button, the selection's bar, a row moved to the trash):
  // it goes to the list's first row still there, not to the page.
  const [rowFocus, setRowFocus] = useState<RowFocus | null>(null);
  const focusList = (gone: string[] = []) => setRowFocus({ gone: new Set(gone) });
  useEffect(() => {
    if (focus?.on === 'list') setRowFocus({ gone: new Set(), prefer: focus.row });
  }, [focus]);
  // Asked for while the list was not shown (search results were), it is not taken later.
  useEffect(() => {
    if (!rowFocus) return;
    const timer = setTimeout(() => setRowFocus(null), FOCUS_ROW_WAIT_MS);
    return () => clearTimeout(timer);
  }, [rowFocus]);

  const reloadOutlets = useCallback(async () => setOutlets(valueOrToast(await gloss.list.outlets({})) ?? []), []);
  // The selection keeps only articles still in the library (not moved to the trash meanwhile).
  // Only the ids asked about can go: one selected while the answer was on its way stays.
  const pruneSelection = useCallback(async (ids: string[]) => {
    if (!ids.length) return;
    const live = valueOrToast(await gloss.list.summaries({ ids }));
    if (!live) return;
    const gone = new Set(ids);
    for (const a of live) gone.delete(a.id);
    setSelected((s) => new Set([...s].filter((id) => !gone.has(id))));
  }, []);
  const reloadCollections = useCallback(async () => {
    const list = valueOrToast(await gloss.collections.list({}));
    if (list) setCollections(list);
  }, []);
  const reloadInfo = useCallback(async () => setInfo(valueOrToast(await gloss.library.info({}))), []);
  // The check run in the background after an unclean shutdown may have found damage.
  const [damaged, setDamaged] = useState(0);
  const reloadDamage = useCallback(async () => {
    const check = valueOrToast(await gloss.library.lastCheck({}));
    setDamaged(check ? check.damagedArticles.length + (check.problems.length > 0 ? 1 : 0) : 0);
  }, []);
  useEffect(() => void reloadDamage(), [reloadDamage]);

  useEffect(() => {
    void reloadCollections();
    void reloadInfo();
    void reloadOutlets();
  }, [reloadCollections, reloadInfo, reloadOutlets]);
  // Only the rows on screen are read again, whatever changed (an import names what it added,
  // but new rows may sort anywhere).
  useLibraryChanged(['articles', 'annotations'], ({ what, renamed }) => {
    windows.refresh();
    void reloadInfo();
    if (what === 'articles') {
      void reloadOutlets();
      void reloadCollections(); // their counts leave out the trash
      // A selected article a sync gave the hub's id stays selected.
      if (renamed) setSelected((s) => new Set([...s].map((id) => idAfter(renamed, id))));
      void pruneSelection([...selected].map((id) => idAfter(renamed, id)));
    }
  });
  useLibraryChanged(['collections'], () => void reloadCollections());

  // Search as you type, a moment after the last key; a newer query wins over an older answer.
  useEffect(() => {
    const query = q.trim();
    // One letter would match most of a large library (the core leaves it out too): the list stays.
    // One Chinese or Japanese character, or one Korean syllable, is a word, and is searched.
    if ([...query].length < 2 && !isSearchedAlone(query)) return setHits(null);
    let live = true;
    const timer = setTimeout(async () => {
      const result = await gloss.search.query({ q: query, limit: 50 });
      // A newer key's search replaced this one in the core: its answer is on the way.
      if (!live || (!result.ok && result.error.code === 'cancelled')) return;
      setHits(valueOrToast(result) ?? []);
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chosen = [...selected];

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
      showToast(t('selection.added', { count: chosen.length, name: c.name }));
      void reloadCollections();
    }
  };
  const removeFromCollection = async () => {
    const c = valueOrToast(await gloss.collections.removeArticles({ id: filters.collectionId, articleIds: chosen }));
    if (c) {
      showToast(t('selection.removed', { count: chosen.length, name: c.name }));
      setSelected(new Set());
      void reloadCollections();
      windows.refresh();
    }
  };
  const moveToTrash = async () => {
    let moved = 0;
    for (const id of chosen) if (valueOrToast(await gloss.articles.delete({ id }))) moved++;
    setSelected(new Set());
    focusList(chosen);
    showToast(t('selection.moved', { count: moved }));
  };
  const loadDemo = async () => {
    const report = valueOrToast(await gloss.library.loadDemo({}));
    if (report) {
      showToast(t('firstRun.loaded', { count: report.imported.length }));
      focusList();
    }
    void reloadInfo();
    windows.refresh();
  };

  const closeDetails = useCallback(() => setDetails(null), []);
  const currentCollection = collections.find((c) => c.id === filters.collectionId);

  return (
    <main
      className={`library${dragging ? ' dragging' : ''}`}
      aria-label={t('view.label')}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        if (!dragging) preloadImport();
        setDragging(true);
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={onDrop}
    >
      <CollectionsPanel
        focusNew={focus?.on === 'newCollection' ? focus.seq : 0}
        collections={collections}
        current={filters.collectionId}
        total={info?.articleCount ?? null}
        onPick={(id) => {
          setFilters((f) => ({ ...f, collectionId: id }));
          setSelected(new Set());
        }}
        onChanged={() => void reloadCollections()}
      />
      <div className="library-main">
        <div className="toolbar" role="toolbar" aria-label={t('view.tools')}>
          <label className="search">
            <span className="visually-hidden">{t('view.searchLabel')}</span>
            <input
              ref={searchField}
              type="search"
              placeholder={t('view.searchPlaceholder')}
              aria-keyshortcuts="/"
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          </label>
          <ImportButtons collectionId={filters.collectionId || undefined} />
          {currentCollection && (
            <button type="button" disabled={currentCollection.articleIds.length === 0} onClick={() => setExporting({ collectionId: currentCollection.id })}>
              {t('view.exportCollection')}
            </button>
          )}
          <button type="button" onClick={() => setTrashOpen(true)}>
            {t('view.trash')}
          </button>
          <button type="button" onClick={() => setHealth(true)}>
            {t('view.checkAndRestore')}
          </button>
          {currentCollection && (
            <button type="button" disabled={currentCollection.articleIds.length === 0} onClick={() => setFiguresOf(currentCollection.id)}>
              {t('view.figures')}
            </button>
          )}
        </div>
        {info?.firstRun && info.articleCount === 0 && (
          <div className="first-run" role="region" aria-label={t('firstRun.region')}>
            <h2>{t('firstRun.heading')}</h2>
            <p>{t('firstRun.text')}</p>
            <button type="button" className="primary" onClick={loadDemo}>
              {t('firstRun.loadDemo')}
            </button>
          </div>
        )}
        {damaged > 0 && (
          <div className="damage-notice" role="alert">
            <span>{t('damage.notice')}</span>
            <button type="button" onClick={() => setHealth(true)}>
              {t('damage.seeAndRestore')}
            </button>
          </div>
        )}
        <ImportStatus />
        <FilterBar filters={filters} outlets={outlets} onChange={setFilters} />
        {/* The count's row carries the selection's actions: selecting adds no row above the list. */}
        <div className="list-head">
          {!hits && (
            <p className="muted list-count" role="status">
              {windows.total !== null &&
                (currentCollection ? t('list.countIn', { count: windows.total, name: currentCollection.name }) : t('list.count', { count: windows.total }))}
            </p>
          )}
          {chosen.length > 0 && (
            <div className="selection-bar" role="region" aria-label={t('selection.region')}>
              <span>{t('selection.count', { count: chosen.length })}</span>
              <button type="button" className="primary" disabled={chosen.length > MAX_PANES} onClick={() => onOpen(chosen)}>
                {chosen.length > MAX_PANES ? t('selection.readUpTo', { max: MAX_PANES }) : chosen.length === 1 ? t('selection.read') : t('selection.readSideBySide')}
              </button>
              <Choice
                label={t('selection.addTo')}
                hideLabel
                value=""
                placeholder={t('selection.addToPlaceholder')}
                options={optionsOf(collections)}
                onChange={(id) => void addToCollection(id)}
              />
              {currentCollection && (
                <button type="button" onClick={removeFromCollection}>
                  {t('selection.removeFrom', { name: currentCollection.name })}
                </button>
              )}
              <button type="button" onClick={() => setExporting({ articleIds: chosen })}>
                {t('selection.export')}
              </button>
              <button type="button" onClick={() => void moveToTrash()}>
                {t('selection.moveToTrash')}
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>
                {t('selection.clear')}
              </button>
            </div>
          )}
        </div>
        {hits ? (
          <SearchResults q={q.trim()} hits={hits} onOpen={(hit) => onOpenOne({ id: hit.articleId, match: matchOf(hit) })} />
        ) : (
          <>
            {currentCollection?.articleIds.length === 0 && (
              <p className="empty-collection">
                {t('collections.empty', { name: currentCollection.name, all: t('collections.all'), addTo: t('selection.addToPlaceholder') })}
              </p>
            )}
            <ArticleList
              windows={windows}
              count={windows.length}
              selected={selected}
              onToggle={toggle}
              onOpen={(id) => onOpenOne({ id })}
              onDetails={(id, focus) => setDetails({ id, focus })}
              focusRow={rowFocus}
              onRowFocused={() => setRowFocus(null)}
            />
          </>
        )}
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('view.dropOverlay')}
        </div>
      )}
      {exporting && <ExportDialog target={exporting} onClose={() => setExporting(null)} />}
      {details && <ArticleDetailsDialog articleId={details.id} focus={details.focus} onClose={closeDetails} onDeleted={() => focusList([details.id])} />}
      {trashOpen && <TrashDialog onClose={() => setTrashOpen(false)} />}
      {health && (
        <HealthDialog
          onClose={() => {
            setHealth(false);
            void reloadDamage();
          }}
        />
      )}
      {figuresOf && <FiguresDialog of={{ collectionId: figuresOf }} onClose={() => setFiguresOf(null)} />}
    </main>
  );
}
