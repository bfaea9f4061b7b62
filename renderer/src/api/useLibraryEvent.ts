// Reload something whenever the core says that part of the library changed.
import { useEffect, useRef } from 'react';
import type { Events } from '../../../shared/contract/index.js';
import { gloss } from './client.js';

type What = Events['library.changed']['what'];

export function useLibraryChanged(what: readonly What[], reload: (change: Events['library.changed']) => void): void {
  const latest = useRef(reload);
  latest.current = reload;
  const key = what.join(',');
  useEffect(
    () =>
      gloss.events.onLibraryChanged((e) => {
        if (key.split(',').includes(e.what)) latest.current(e);
      }),
    [key],
  );
}

/** An article's id after a change that may have given it another (a sync: the same text on the hub). */
export function idAfter(renamed: Events['library.changed']['renamed'], id: string): string {
  return renamed && Object.hasOwn(renamed, id) ? renamed[id]! : id;
}
