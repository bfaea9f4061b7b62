// A pane's "Suggestions": the sentences the claim finder ranks as worth checking, with the
// reason. On a focused suggestion, A (or Enter) accepts it as a claim "Not yet checked" and D
// (or Delete) dismisses it; a dismissal can be undone from the list's footer.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimSuggestion } from '../../../shared/model.js';
import { loadAnnotations } from '../annotate/annotationStore.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

interface Props {
  articleId: string;
  paneLabel: string;
  /** Scrolls the text to a sentence. */
  onShow: (start: number, end: number) => void;
}

export function SuggestionsPanel({ articleId, paneLabel, onShow }: Props) {
  const [list, setList] = useState<ClaimSuggestion[] | null>(null);
  const [lastDismissed, setLastDismissed] = useState<ClaimSuggestion | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const reload = useCallback(async () => {
    const value = valueOrToast(await gloss.finder.suggest({ articleId }));
    if (value) setList(value);
  }, [articleId]);
  useEffect(() => void reload(), [reload]);
  useLibraryChanged(['annotations'], () => void reload());

  /** After the list changes under the keyboard, focus stays at the same place in it. */
  const focusAt = (index: number) =>
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLElement>('.suggestion');
      items?.[Math.min(index, items.length - 1)]?.focus();
    });

  const accept = async (s: ClaimSuggestion, index: number) => {
    const claim = valueOrToast(await gloss.finder.accept({ articleId, start: s.start, end: s.end }));
    if (!claim) return;
    await loadAnnotations(articleId);
    await reload();
    showToast('Suggestion added as a claim (Not yet checked).');
    focusAt(index);
  };
  const dismiss = async (s: ClaimSuggestion, index: number) => {
    if (!valueOrToast(await gloss.finder.dismiss({ articleId, text: s.text }))) return;
    setLastDismissed(s);
    setList((l) => l && l.filter((x) => x !== s));
    focusAt(index);
  };
  const undoDismiss = async () => {
    if (!lastDismissed || !valueOrToast(await gloss.finder.restore({ articleId, text: lastDismissed.text }))) return;
    setLastDismissed(null);
    await reload();
  };

  return (
    <aside className="suggestions" aria-label={`Suggestions for ${paneLabel}`}>
      <p className="muted sidebar-count">
        {list === null ? 'Reading the article…' : `${list.length} sentences worth checking`}
        <br />
        <span className="key-help">A accept · D dismiss</span>
      </p>
      <ul className="suggestion-list" ref={listRef}>
        {list?.map((s, i) => (
          <li
            key={`${s.start}-${s.end}`}
            className="suggestion"
            tabIndex={0}
            aria-label={`${s.text} Score ${Math.round(s.score * 100)} percent.${s.reasons.length ? ` Has ${s.reasons.join(', ')}.` : ''}`}
            onFocus={() => onShow(s.start, s.end)}
            onClick={() => onShow(s.start, s.end)}
            onKeyDown={(e) => {
              if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
              const key = e.key.toLowerCase();
              if (key === 'a' || key === 'enter') void accept(s, i);
              else if (key === 'd' || key === 'delete') void dismiss(s, i);
              else if (key === 'arrowdown') focusAt(i + 1);
              else if (key === 'arrowup') focusAt(Math.max(0, i - 1));
              else return;
              e.preventDefault();
            }}
          >
            <span className="suggestion-text">{s.text}</span>
            <span className="suggestion-meta">
              <span className="score" title="How likely a fact-checker would check it">
                {Math.round(s.score * 100)}%
              </span>
              {s.reasons.map((r) => (
                <span key={r} className="chip">
                  {r}
                </span>
              ))}
            </span>
            <span className="suggestion-actions">
              <button type="button" tabIndex={-1} onClick={(e) => (e.stopPropagation(), void accept(s, i))}>
                Accept
              </button>
              <button type="button" tabIndex={-1} onClick={(e) => (e.stopPropagation(), void dismiss(s, i))}>
                Dismiss
              </button>
            </span>
          </li>
        ))}
      </ul>
      {lastDismissed && (
        <p className="suggestion-undo">
          Dismissed. <button type="button" onClick={() => void undoDismiss()}>Undo</button>
        </p>
      )}
    </aside>
  );
}
