import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { watchOutsideChanges } from '../../../electron/core/outside-changes.js';
import { openTestLibrary, type TestLibrary } from './harness.js';

let lib: TestLibrary;
let other: Core;
beforeEach(async () => {
  lib = await openTestLibrary();
  other = await openCore(lib.dataDir); // the CLI, say, on the same library
});
afterEach(() => {
  other.close();
  lib.close();
});

const seen = (lib: TestLibrary) => lib.events.filter((e) => e.event === 'library.changed').map((e) => (e.payload as { what: string }).what);

describe('changes made to the library by another process', () => {
  it('tell the window that every part of the library may have changed', async () => {
    const stop = watchOutsideChanges(lib.core.db, lib.core.ctx.emit, 20);
    await new Promise((r) => setTimeout(r, 60));
    expect(seen(lib)).toEqual([]);
    const r = await dispatch(other.api, 'collections.create', { name: 'From the CLI' });
    expect(r.ok).toBe(true);
    await expect.poll(() => seen(lib)).toEqual(['articles', 'annotations', 'collections', 'taxonomies']);
    stop();
  });

  it('say nothing about the window\'s own writes, which announce themselves', async () => {
    const stop = watchOutsideChanges(lib.core.db, () => lib.events.push({ event: 'library.changed', payload: { what: 'articles' } }), 20);
    lib.events.length = 0;
    await lib.call('collections.create', { name: 'Mine' });
    const own = lib.events.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(lib.events.length).toBe(own);
    stop();
  });
});
