// The reader's layout: which articles are open, their widths, where each was scrolled to, and
// synchronised scrolling. Kept while the library is shown and across reloads (localStorage);
// the open articles are also in the address (#read=…), which wins when it names any.
import { createStore } from '../api/store.js';
import { idAfter } from '../api/useLibraryEvent.js';

/** Side by side beyond four, each pane is too narrow to read. */
export const MAX_PANES = 4;

export interface ReaderLayout {
  ids: string[];
  /** Relative widths, one per open article. */
  widths: number[];
  sync: boolean;
}

const KEY = 'gloss.reader';

type Saved = ReaderLayout & { scroll: Record<string, number> };

function load(): Saved {
  const fresh: Saved = { ids: [], widths: [], sync: false, scroll: {} };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
    if (!saved || !Array.isArray(saved.ids)) return fresh;
    const ids = saved.ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_PANES);
    const widths =
      Array.isArray(saved.widths) && saved.widths.length === ids.length && saved.widths.every((w) => typeof w === 'number' && w > 0)
        ? saved.widths
        : ids.map(() => 1);
    const scroll = typeof saved.scroll === 'object' && saved.scroll ? saved.scroll : {};
    return { ids, widths, sync: saved.sync === true, scroll };
  } catch {
    return fresh; // a damaged entry is a fresh start, not a broken reader
  }
}

const saved = load();
export const readerLayout = createStore<ReaderLayout>({ ids: saved.ids, widths: saved.widths, sync: saved.sync });
/** Where each article was left, as the share (0–1) of its text above the top of its pane, by
 * article id: saved, but no one re-renders for them. A place in the text, not in the scrollable
 * height: a long text is on the page a part at a time (progressive.ts), and a place in it needs
 * only the text up to it. */
const scroll = saved.scroll;

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function save(): void {
  clearTimeout(saveTimer);
  const open = readerLayout.get();
  const kept = Object.fromEntries(open.ids.filter((id) => id in scroll).map((id) => [id, scroll[id]!]));
  localStorage.setItem(KEY, JSON.stringify({ ...open, scroll: kept }));
}
/** Scrolling moves many times a second: one write once it settles is enough. */
function saveSoon(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 250);
}
readerLayout.subscribe(saveSoon);
addEventListener('pagehide', save);

export function idsFromHash(hash = location.hash): string[] {
  const m = /^#read=(.+)$/.exec(hash);
  return m ? [...new Set(m[1]!.split(',').map(decodeURIComponent))].filter(Boolean).slice(0, MAX_PANES) : [];
}

/** Opens exactly these articles; panes that stay keep their widths. */
export function setOpen(ids: string[]): void {
  readerLayout.set((l) => {
    if (ids.join() === l.ids.join()) return l;
    const widths = ids.map((id) => {
      const i = l.ids.indexOf(id);
      return i >= 0 && l.ids.length === ids.length ? l.widths[i]! : 1;
    });
    return { ...l, ids, widths };
  });
}

export function setWidths(widths: number[]): void {
  readerLayout.set((l) => ({ ...l, widths }));
}

export function setSync(sync: boolean): void {
  readerLayout.set((l) => ({ ...l, sync }));
}

export function savedScroll(id: string): number {
  return scroll[id] ?? 0;
}

export function setScroll(id: string, ratio: number): void {
  scroll[id] = ratio;
  saveSoon();
}

/** Open articles that took another id (a sync found their text on the hub) stay open, where they were read to. */
export function renameOpen(renamed: Record<string, string>): void {
  for (const [from, to] of Object.entries(renamed)) {
    if (Object.hasOwn(scroll, from)) scroll[to] = scroll[from]!;
  }
  const now = (id: string) => idAfter(renamed, id);
  readerLayout.set((l) => (l.ids.some((id) => now(id) !== id) ? { ...l, ids: l.ids.map(now) } : l));
}
