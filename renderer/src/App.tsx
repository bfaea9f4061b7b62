// The window: a header (team, tags, theme, shortcuts), then the library, the reader or the classroom.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticleSummaries } from './api/useArticles.js';
import { useLibraryChanged } from './api/useLibraryEvent.js';
import { installHighlightStyles } from './annotate/highlightStyles.js';
import { listenForOpenedFiles } from './classroom/opened.js';
import { Library, type LibraryFocus, type OpenRequest } from './library/Library.js';
import { requestFocus, revealMatch } from './reader/interaction.js';
import { idsFromHash, MAX_PANES, readerLayout, renameOpen, setOpen } from './reader/layout.js';
import { refreshTeamStatus, startAutoSync, teamStore, teamSummary } from './team/teamStore.js';
import { reloadTaxonomies, taxonomyStore } from './taxonomy/taxonomies.js';
import { isTyping } from './ui/keys.js';
import { later, preloadLater } from './ui/later.js';
import { useTheme } from './ui/theme.js';
import { Toasts } from './ui/toasts.js';

type View = 'library' | 'reader' | 'classroom';

const Reader = later(() => import('./reader/Reader.js').then((m) => m.Reader));
const Classroom = later(() => import('./classroom/Classroom.js').then((m) => m.Classroom));
const ReplacePaneDialog = later(() => import('./reader/ReplacePaneDialog.js').then((m) => m.ReplacePaneDialog));
const SettingsDialog = later(() => import('./records/SettingsDialog.js').then((m) => m.SettingsDialog));
const TeamPanel = later(() => import('./team/TeamPanel.js').then((m) => m.TeamPanel));
const TaxonomyEditor = later(() => import('./taxonomy/TaxonomyEditor.js').then((m) => m.TaxonomyEditor));
const ShortcutsDialog = later(() => import('./ui/ShortcutsDialog.js').then((m) => m.ShortcutsDialog));
/** When the other views' chunks are fetched: after the start, so they never delay the first rows. */
const PRELOAD_AFTER_MS = 1000;

/** An address naming articles (#read=…) opens them; otherwise the reader keeps its last panes. */
function initialView(): View {
  const ids = idsFromHash();
  if (ids.length) setOpen(ids);
  return ids.length ? 'reader' : 'library';
}

export function App() {
  const { t } = useTranslation('common');
  const [theme, toggleTheme] = useTheme();
  // Before the layout is read: an address naming articles sets the open panes in the first
  // render, so the page does not render the library first and then the reader.
  const [view, setView] = useState<View>(initialView);
  const { ids: reading } = readerLayout.use();
  const [replacing, setReplacing] = useState<OpenRequest | null>(null);
  const [showingKeys, setShowingKeys] = useState(false);
  const [libraryFocus, setLibraryFocus] = useState<LibraryFocus | null>(null);
  useEffect(() => {
    // The open articles live in the address too, so a reload comes back to the same panes.
    const hash = view === 'reader' && reading.length ? `#read=${reading.map(encodeURIComponent).join(',')}` : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [view, reading]);
  useEffect(() => {
    const onHash = () => {
      const ids = idsFromHash();
      if (!ids.length) return;
      setOpen(ids);
      setView('reader');
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  /** "Read side by side": exactly these articles, focus in the first one's text. */
  const openSet = useCallback((ids: string[]) => {
    setOpen(ids);
    setView(ids.length ? 'reader' : 'library');
    if (ids[0]) requestFocus(ids[0]);
  }, []);

  const show = (request: OpenRequest) => {
    setView('reader');
    requestFocus(request.id);
    if (request.match) revealMatch(request.id, request.match.context, request.match.term);
  };
  /** One article from a row or a search hit: beside the open ones (with four open, asks which to replace). */
  const openOne = (request: OpenRequest) => {
    const open = readerLayout.get().ids;
    if (open.includes(request.id)) return show(request);
    if (open.length >= MAX_PANES) return setReplacing(request);
    setOpen([...open, request.id]);
    show(request);
  };

  const [editingTags, setEditingTags] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [teamOpen, setTeamOpen] = useState(false);
  const team = teamStore.use();
  const taxonomies = taxonomyStore.use();
  const openArticles = useArticleSummaries(reading);

  useEffect(() => {
    void reloadTaxonomies();
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => requestIdleCallback(preloadLater), PRELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    void refreshTeamStatus();
    return startAutoSync();
  }, []);
  useEffect(() => listenForOpenedFiles(setView), []);
  useEffect(() => installHighlightStyles(taxonomies), [taxonomies]);
  useLibraryChanged(['annotations', 'articles'], (change) => {
    if (change.renamed) renameOpen(change.renamed);
    void refreshTeamStatus();
  });
  useLibraryChanged(['taxonomies'], () => void reloadTaxonomies());
  // "/" goes to search and "?" lists the shortcuts, from anywhere but a text field or a dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return;
      if (e.key === '/') {
        setView('library');
        setLibraryFocus((f) => ({ on: 'search', seq: (f?.seq ?? 0) + 1 }));
      } else if (e.key === '?') setShowingKeys(true);
      else return;
      e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const titleOf = (id: string) => openArticles.get(id)?.title ?? t('app.untitled');

  return (
    <div className="app">
      <header className="app-header" data-keep-clear>
        <h1 className="brand">Gloss</h1>
        <nav aria-label={t('app.views')} className="views">
          <button type="button" aria-current={view === 'library' ? 'page' : undefined} onClick={() => setView('library')}>
            {t('app.library')}
          </button>
          <button type="button" aria-current={view === 'reader' ? 'page' : undefined} disabled={!reading.length} onClick={() => setView('reader')}>
            {reading.length ? t('app.readerCount', { count: reading.length }) : t('app.reader')}
          </button>
          <button type="button" aria-current={view === 'classroom' ? 'page' : undefined} onClick={() => setView('classroom')}>
            {t('app.classroom')}
          </button>
        </nav>
        <div className="header-actions">
          <button type="button" onClick={() => setTeamOpen(true)} className={`team-button team-${team.phase}`}>
            {t('app.team', { state: teamSummary(team) })}
          </button>
          <button type="button" onClick={() => setShowingKeys(true)} aria-keyshortcuts="?">
            {t('app.shortcuts')} <kbd aria-hidden="true">?</kbd>
          </button>
          <button type="button" onClick={() => setEditingTags(true)}>
            {t('app.tags')}
          </button>
          <button type="button" onClick={() => setSettingsOpen(true)}>
            {t('app.settings')}
          </button>
          <button type="button" aria-label={theme === 'dark' ? t('app.theme.toLight') : t('app.theme.toDark')} onClick={toggleTheme}>
            {theme === 'dark' ? t('app.theme.light') : t('app.theme.dark')}
          </button>
        </div>
      </header>
      {view === 'reader' && reading.length ? (
        <Reader
          onBack={(closedId) => {
            setView('library');
            setLibraryFocus((f) => ({ on: 'list', row: closedId, seq: (f?.seq ?? 0) + 1 }));
          }}
        />
      ) : view === 'classroom' ? (
        <Classroom
          onOpen={openSet}
          onLibrary={() => {
            setView('library');
            setLibraryFocus((f) => ({ on: 'newCollection', seq: (f?.seq ?? 0) + 1 }));
          }}
        />
      ) : (
        <Library onOpen={openSet} onOpenOne={openOne} focus={libraryFocus} />
      )}
      {editingTags && <TaxonomyEditor onClose={() => setEditingTags(false)} />}
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {showingKeys && <ShortcutsDialog onClose={() => setShowingKeys(false)} />}
      {replacing && (
        <ReplacePaneDialog
          title={titleOf(replacing.id)}
          open={reading.map((id) => ({ id, title: titleOf(id) }))}
          onCancel={() => setReplacing(null)}
          onReplace={(old) => {
            setOpen(reading.map((id) => (id === old ? replacing.id : id)));
            setReplacing(null);
            show(replacing);
          }}
        />
      )}
      {teamOpen && <TeamPanel onClose={() => setTeamOpen(false)} />}
      <Toasts />
    </div>
  );
}
