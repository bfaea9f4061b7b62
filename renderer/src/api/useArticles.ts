// A few named articles' summaries (the open panes, an assignment's), fetched by id and again
// when articles change; and the latest articles, for a picker. The page never holds the whole
// library: at 100,000 articles that alone was 36 MB and seconds before anything showed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model.js';
import { valueOrToast } from '../ui/toasts.js';
import { gloss } from './client.js';
import { useLibraryChanged } from './useLibraryEvent.js';

/** Reloads with `fetch` now, when `key` changes and when articles change; a late answer to an older request is dropped. */
function useFetched<T>(key: string, initial: T, fetch: () => Promise<T | null>): T {
  const [value, setValue] = useState<T>(initial);
  const generation = useRef(0);
  const latest = useRef(fetch);
  latest.current = fetch;
  const load = useCallback(async () => {
    const mine = ++generation.current;
    const next = await latest.current();
    if (next !== null && mine === generation.current) setValue(next);
  }, [key]); // `key` says when `fetch` would fetch something else
  useEffect(() => void load(), [load]);
  useLibraryChanged(['articles'], () => void load());
  return value;
}

const MAX_IDS = 1000; // what list.summaries takes in one call

export function useArticleSummaries(ids: readonly string[]): ReadonlyMap<string, ArticleSummary> {
  return useFetched<ReadonlyMap<string, ArticleSummary>>(ids.join(','), new Map(), async () => {
    if (ids.length === 0) return new Map();
    const rows = valueOrToast(await gloss.list.summaries({ ids: [...new Set(ids)].slice(0, MAX_IDS) }));
    return rows && new Map(rows.map((r) => [r.id, r] as const));
  });
}

/** The articles imported last, newest first. */
export function useLatestArticles(limit: number): ArticleSummary[] {
  return useFetched(String(limit), [] as ArticleSummary[], async () => valueOrToast(await gloss.list.window({ sort: 'createdAt', order: 'desc', limit }))?.rows ?? null);
}
