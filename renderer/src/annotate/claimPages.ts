// The claims list of one article, a page at a time (annotations.window): the virtualised
// sidebar asks for the pages of the rows it is about to show, and everything loaded is asked
// again when the core says claims changed, so a long article's list never travels whole.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { reloadFailed } from '../ui/toasts.js';

export const PAGE_SIZE = 100;

export interface ClaimFilter {
  /** A status tag id, 'none' for claims without a status, or '' for all. */
  status: string;
  tagId: string;
}

export interface ClaimPages {
  /** The claim at a position of the filtered list, once its page has come. */
  at(index: number): Annotation | undefined;
  matching: number;
  total: number;
  /** Rows first..last are about to be shown: fetches the pages they are on. */
  want(first: number, last: number): void;
}

export function useClaimPages(articleId: string, filter: ClaimFilter): ClaimPages {
  const [pages, setPages] = useState<ReadonlyMap<number, Annotation[]>>(new Map());
  const [counts, setCounts] = useState({ matching: 0, total: 0 });
  /** Pages asked for under the current filter (loaded or on their way). */
  const asked = useRef(new Set<number>());
  /** Bumped by a new filter, so that answers for the old one are dropped. */
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (page: number) => {
      const asOf = generation.current;
      const result = await gloss.annotations.window({
        articleId,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
        ...(filter.status ? { statusTagId: filter.status } : {}),
        ...(filter.tagId ? { tagId: filter.tagId } : {}),
      });
      if (asOf !== generation.current) return;
      if (!result.ok) {
        asked.current.delete(page);
        return reloadFailed(result.error);
      }
      setPages((prev) => new Map(prev).set(page, result.value.annotations));
      setCounts({ matching: result.value.matching, total: result.value.total });
    },
    [articleId, filter.status, filter.tagId],
  );

  useEffect(() => {
    generation.current++;
    asked.current = new Set([0]);
    setPages(new Map());
    void fetchPage(0);
  }, [fetchPage]);

  // Claims changed (a new one, a tag, an undo, an import): the loaded pages again; the rows
  // shown stay until their new versions come.
  useLibraryChanged(['annotations', 'articles'], () => {
    for (const page of asked.current) void fetchPage(page);
  });

  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (asked.current.has(page)) continue;
        asked.current.add(page);
        void fetchPage(page);
      }
    },
    [fetchPage],
  );

  const at = useCallback((index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  return { at, want, ...counts };
}
