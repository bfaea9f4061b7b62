// What undo and redo would do next in one article, kept current as claims change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryPreview } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';

export interface HistoryNext {
  undo: HistoryPreview | null;
  redo: HistoryPreview | null;
}

export function useHistory(articleId: string | undefined): HistoryNext {
  const [next, setNext] = useState<HistoryNext>({ undo: null, redo: null });
  const current = useRef(articleId);
  current.current = articleId;
  const reload = useCallback(async () => {
    if (!articleId) return setNext({ undo: null, redo: null });
    const result = await gloss.annotations.history({ articleId });
    // An answer about the article the buttons showed before is not about this one.
    if (result.ok && current.current === articleId) setNext(result.value);
  }, [articleId]);
  useEffect(() => void reload(), [reload]);
  useLibraryChanged(['annotations'], () => void reload());
  return next;
}
