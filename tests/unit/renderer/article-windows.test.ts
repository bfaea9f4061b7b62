// The library page's windows over a real core: the rows it shows at each scroll position are
// the rows of the whole list there, fetched a window at a time (after the window before, from
// the end, or by offset for a jump); a change reads the rows on screen again and drops the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract/index.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { ArticleWindows, firstRequests, PAGE, type ListInput, type ListSource } from '../../../renderer/src/library/articleWindows.js';
import type { ArticleWindow } from '../../../shared/contract/list.js';
import type { Result } from '../../../shared/result.js';
import { markdown, openTestLibrary, textFile, type TestLibrary } from '../library/harness.js';

const ARTICLES = 1_050;
let lib: TestLibrary;

beforeAll(async () => {
  lib = await openTestLibrary();
  const files = Array.from({ length: ARTICLES }, (_, i) => textFile(`n${i}.md`, markdown(`Notice ${String(i).padStart(4, '0')}`, `Public notice number ${i}.`)));
  for (let from = 0; from < ARTICLES; from += 500) await lib.call('articles.import', { files: files.slice(from, from + 500) });
}, 60_000);
afterAll(() => lib.close());

/** Windows over the test library, with every call they make and a way to wait for the answers. */
function windowsOf(input: ListInput, answered?: ListSource['answered']) {
  const calls: Array<InputOf<'list.window'>> = [];
  const errors: string[] = [];
  let pending = 0;
  const track = <T>(p: Promise<T>) => {
    pending++;
    return p.finally(() => pending--);
  };
  const source: ListSource = {
    window: (w) => {
      calls.push(w);
      return track(dispatch(lib.core.api, 'list.window', w)) as ReturnType<ListSource['window']>;
    },
    count: (c) => track(dispatch(lib.core.api, 'list.count', c)) as ReturnType<ListSource['count']>,
    onError: (message) => errors.push(message),
    answered,
  };
  const windows = new ArticleWindows(input, source, () => {});
  const settled = async () => {
    while (pending > 0) await new Promise((done) => setTimeout(done, 1));
  };
  const shown = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => windows.row(first + i)?.id);
  return { windows, calls, errors, settled, shown };
}

describe('the library page in windows', () => {
  it('shows at every scroll position the rows the whole list has there, a window at a time', async () => {
    const whole = (await lib.call('articles.list', { sort: 'title', order: 'asc' })).map((a) => a.id);
    const { windows, calls, errors, settled, shown } = windowsOf({ sort: 'title', order: 'asc' });
    windows.open();
    await settled();
    expect(windows.total).toBe(ARTICLES);
    expect(shown(0, 20)).toEqual(whole.slice(0, 21));

    // Scrolling on: the next window is asked for after the last row of the one before.
    windows.show(90, 110);
    await settled();
    expect(shown(90, 110)).toEqual(whole.slice(90, 111));
    expect(calls.at(-1)).toMatchObject({ after: whole[PAGE - 1], limit: PAGE });

    // A jump to the middle asks for that window by its offset, not for every row before it.
    windows.show(600, 615);
    await settled();
    expect(shown(600, 615)).toEqual(whole.slice(600, 616));
    expect(calls.some((c) => c.offset === 500)).toBe(true);

    // The end: the last window from the end.
    windows.show(ARTICLES - 12, ARTICLES - 1);
    await settled();
    expect(shown(ARTICLES - 12, ARTICLES - 1)).toEqual(whole.slice(-12));
    expect(calls.some((c) => c.last === true)).toBe(true);
    for (const c of calls) expect(c.limit).toBeLessThanOrEqual(PAGE);
    expect(errors).toEqual([]);
    windows.close();
  });

  it('after an import reads the rows on screen again, in their new places, and forgets the others', async () => {
    const { windows, calls, settled, shown } = windowsOf({ sort: 'title', order: 'asc' });
    windows.open();
    await settled();
    windows.show(300, 310);
    await settled();
    windows.show(0, 10);
    await settled();
    // Titles sorting first, as an import would bring them.
    const report = await lib.call('articles.import', {
      files: [0, 1, 2].map((i) => textFile(`a${i}.md`, markdown(`Aardvark ${i}`, `Aardvark report ${i}.`))),
    });
    const before = calls.length;
    windows.refresh();
    await settled();
    const whole = (await lib.call('articles.list', { sort: 'title', order: 'asc' })).map((a) => a.id);
    expect(windows.total).toBe(ARTICLES + 3);
    expect(shown(0, 10)).toEqual(whole.slice(0, 11));
    expect(shown(0, 2)).toEqual(report.imported.map((a) => a.id));
    // Only the window on screen was read again; the rows far away are gone, to be read when shown.
    expect(calls.length - before).toBe(1);
    expect(windows.row(305)).toBeUndefined();
    windows.close();
  });

  it('under a filter lists only what the filter keeps, and an answer for old filters is not applied', async () => {
    const [first] = await lib.call('articles.list', { sort: 'title', order: 'asc', limit: 1 });
    await lib.call('articles.update', { id: first!.id, outlet: 'Harbour Post' });
    const { windows, settled } = windowsOf({ sort: 'createdAt', order: 'desc', outlet: 'harbour post' });
    windows.open();
    windows.close();
    await settled();
    expect(windows.total).toBeNull();
    const again = windowsOf({ sort: 'createdAt', order: 'desc', outlet: 'harbour post' });
    again.windows.open();
    await again.settled();
    expect(again.windows.total).toBe(1);
    expect(again.windows.row(0)?.id).toBe(first!.id);
    again.windows.close();
  });

  it('asks for the first window once at the start, though the list says what it shows before the library opens it', async () => {
    const { windows, calls, settled, shown } = windowsOf({ sort: 'createdAt', order: 'desc' });
    // React runs the list's effect (show) before its parent's (open).
    windows.show(0, 13);
    windows.open();
    await settled();
    expect(calls).toHaveLength(1);
    expect(shown(0, 13).every(Boolean)).toBe(true);
    windows.close();
  });

  it('shows from its first render a first window and count already here, and asks only for what was not', async () => {
    const input: ListInput = { sort: 'title', order: 'asc' };
    const [countInput, firstInput] = firstRequests(input);
    const early = {
      window: (await dispatch(lib.core.api, 'list.window', firstInput)) as Result<ArticleWindow>,
      count: (await dispatch(lib.core.api, 'list.count', countInput)) as Result<{ total: number }>,
    };
    const whole = (await lib.call('articles.list', { sort: 'title', order: 'asc' })).map((a) => a.id);

    const both = windowsOf(input, { window: () => early.window, count: () => early.count });
    expect(both.windows.total).toBe(whole.length);
    expect(both.shown(0, PAGE - 1)).toEqual(whole.slice(0, PAGE));
    both.windows.show(0, 13);
    both.windows.open();
    await both.settled();
    expect(both.calls).toEqual([]);
    both.windows.close();

    // The window was here, the count not yet: only the count is asked for.
    const rowsOnly = windowsOf(input, { window: () => early.window, count: () => undefined });
    expect(rowsOnly.shown(0, 13)).toEqual(whole.slice(0, 14));
    rowsOnly.windows.open();
    await rowsOnly.settled();
    expect(rowsOnly.calls).toEqual([]);
    expect(rowsOnly.windows.total).toBe(whole.length);
    rowsOnly.windows.close();
  });
});
