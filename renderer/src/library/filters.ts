// The library's filters and sort order, as the list.window input. They stay as they were set
// while the reader is shown and across reloads (localStorage).
import type { InputOf } from '../../../shared/contract/index.js';
import { createStore } from '../api/store.js';
import type { ListInput } from './articleWindows.js';

export interface Filters {
  collectionId: string;
  outlet: string;
  from: string;
  to: string;
  statusTagId: string;
  tagId: string;
  sort: NonNullable<InputOf<'list.window'>['sort']>;
  order: NonNullable<InputOf<'list.window'>['order']>;
}

export const noFilters: Filters = { collectionId: '', outlet: '', from: '', to: '', statusTagId: '', tagId: '', sort: 'createdAt', order: 'desc' };

export function listInput(f: Filters): ListInput {
  const input: ListInput = { sort: f.sort, order: f.order };
  if (f.collectionId) input.collectionId = f.collectionId;
  if (f.outlet) input.outlet = f.outlet;
  if (f.from) input.from = f.from;
  if (f.to) input.to = f.to;
  if (f.statusTagId) input.statusTagId = f.statusTagId;
  if (f.tagId) input.tagId = f.tagId;
  return input;
}

const KEY = 'gloss.libraryFilters';

function load(): Filters {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Record<keyof Filters, unknown>> | null;
    const f = { ...noFilters };
    for (const k of Object.keys(noFilters) as Array<keyof Filters>) {
      if (typeof saved?.[k] === 'string') (f as Record<keyof Filters, string>)[k] = saved[k];
    }
    return f;
  } catch {
    return noFilters;
  }
}

export const filterStore = createStore<Filters>(load());
filterStore.subscribe(() => localStorage.setItem(KEY, JSON.stringify(filterStore.get())));
