// The rows of the library list, fetched from the core a window at a time as the list scrolls:
// the page never holds the whole library. Windows are pages of PAGE rows by position. A page
// after a loaded one is asked for after its last row (keyset, one index seek in the core), the
// last page from the end, any other by its offset (a jump). The count is asked apart.
// After a change in the library the rows on screen are asked for again and stay shown until
// their new values come; rows scrolled away are dropped.
import { useEffect, useMemo, useReducer } from 'react';
import type { InputOf } from '../../../shared/contract/index.js';
import type { ArticleWindow } from '../../../shared/contract/list.js';
import type { ArticleSummary } from '../../../shared/model.js';
import type { Result } from '../../../shared/result.js';

export const PAGE = 100;
/** Rows fetched beyond those on screen, either way, so that scrolling rarely waits. */
const AHEAD = 30;

export type ListInput = Omit<InputOf<'list.window'>, 'after' | 'offset' | 'last' | 'limit'>;

export interface ListSource {
  window: (input: InputOf<'list.window'>) => Promise<Result<ArticleWindow>>;
  count: (input: InputOf<'list.count'>) => Promise<Result<{ total: number }>>;
  onError: (message: string) => void;
  /** Answers already here (asked for before the list existed), each taken once. */
  answered?: {
    window: (input: InputOf<'list.window'>) => Result<ArticleWindow> | undefined;
    count: (input: InputOf<'list.count'>) => Result<{ total: number }> | undefined;
  };
}

/** What a list asks for first: its count (the filters without the order), then its first window. */
export function firstRequests(input: ListInput): [InputOf<'list.count'>, InputOf<'list.window'>] {
  const { sort: _sort, order: _order, ...filters } = input;
  return [filters, { ...input, offset: 0, limit: PAGE }];
}

export class ArticleWindows {
  /** Rows by position, each with the version of the list it was read from. */
  private rows = new Map<number, { row: ArticleSummary; version: number }>();
  /** Pages asked for in this version and not answered yet. */
  private loading = new Set<number>();
  private version = 0;
  private visible: [number, number] = [0, PAGE - 1];
  private closed = true;
  /** The number of rows, once the core has said (null before the first answer). */
  total: number | null = null;
  /** The first window was here when the list was made: its first render shows the rows. */
  private readonly startedWithRows: boolean;

  constructor(
    private readonly input: ListInput,
    private readonly source: ListSource,
    private readonly changed: () => void,
  ) {
    this.startedWithRows = this.takeAnswered();
  }

  /** The rows to lay out: the count, or the rows here while it is not known yet. */
  get length(): number {
    return this.total ?? this.rows.size;
  }

  row(index: number): ArticleSummary | undefined {
    return this.rows.get(index)?.row;
  }

  /** The rows on screen now (inclusive): fetches what they and the rows near them lack. */
  show(first: number, last: number): void {
    this.visible = [Math.max(0, first - AHEAD), last + AHEAD];
    // Before open() (the list's effect runs before its parent's) the first window is open()'s to ask for.
    if (!this.closed) this.fill();
  }

  /** The library changed: count again and read the rows on screen again. */
  refresh(): void {
    this.version++;
    this.loading.clear();
    const [first, last] = this.visible;
    for (const index of this.rows.keys()) if (index < first || index > last) this.rows.delete(index);
    this.askCount();
    this.fill();
  }

  /** Starts asking for the first rows and the count, or for what of them was not here at the start. */
  open(): void {
    this.closed = false;
    if (!this.startedWithRows) return this.refresh();
    if (this.total === null) this.askCount();
    this.fill();
  }

  /** Stops applying answers: the list has other filters now. */
  close(): void {
    this.closed = true;
  }

  private takeAnswered(): boolean {
    const [count, first] = firstRequests(this.input);
    const window = this.source.answered?.window(first);
    if (!window?.ok) return false;
    const total = this.source.answered?.count(count);
    this.total = this.place(0, window.value) ?? (total?.ok ? total.value.total : null);
    return true;
  }

  private askCount(): void {
    const version = this.version;
    void this.source.count(firstRequests(this.input)[0]).then((result) => {
      if (this.closed || version !== this.version) return;
      if (!result.ok) return this.source.onError(result.error.message);
      this.setTotal(result.value.total);
      this.fill();
    });
  }

  /** Puts a window's rows in their places; answers the number of rows when the window was the last. */
  private place(start: number, { rows, offset, next }: ArticleWindow): number | null {
    // From the end, the rows start where the core counted them from (an import may have moved it).
    const at = offset ?? start;
    rows.forEach((row, i) => this.rows.set(at + i, { row, version: this.version }));
    return next === null ? at + rows.length : null;
  }

  private setTotal(total: number): void {
    this.total = total;
    for (const index of this.rows.keys()) if (index >= total) this.rows.delete(index);
    this.changed();
  }

  private fill(): void {
    const end = this.total === null ? PAGE - 1 : Math.min(this.visible[1], this.total - 1);
    for (let page = Math.floor(this.visible[0] / PAGE); page * PAGE <= end; page++) {
      if (this.loading.has(page) || this.isCurrent(page)) continue;
      // The page after one on its way is asked for after that one's last row, once it is here.
      if (this.loading.has(page - 1)) continue;
      this.fetch(page);
    }
  }

  private isCurrent(page: number): boolean {
    const end = Math.min((page + 1) * PAGE, this.total ?? (page + 1) * PAGE);
    for (let i = page * PAGE; i < end; i++) if (this.rows.get(i)?.version !== this.version) return false;
    return true;
  }

  private fetch(page: number): void {
    const version = this.version;
    const start = page * PAGE;
    const before = this.rows.get(start - 1);
    let where: Pick<InputOf<'list.window'>, 'after' | 'offset' | 'last' | 'limit'>;
    if (page > 0 && before?.version === version) where = { after: before.row.id, limit: PAGE };
    else if (page > 0 && this.total !== null && start + PAGE >= this.total) where = { last: true, limit: this.total - start };
    else where = { offset: start, limit: PAGE };
    this.loading.add(page);
    void this.source.window({ ...this.input, ...where }).then((result) => {
      if (this.closed || version !== this.version) return;
      this.loading.delete(page);
      if (!result.ok) return this.source.onError(result.error.message);
      const total = this.place(start, result.value);
      if (total !== null) this.setTotal(total);
      else this.changed();
      this.fill();
    });
  }
}

/** The list's windows for these filters, made anew when they change; re-renders as rows arrive. */
export function useArticleWindows(input: ListInput, source: ListSource): ArticleWindows {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const key = JSON.stringify(input);
  const windows = useMemo(() => new ArticleWindows(input, source, rerender), [key]);
  useEffect(() => {
    windows.open();
    return () => windows.close();
  }, [windows]);
  return windows;
}
