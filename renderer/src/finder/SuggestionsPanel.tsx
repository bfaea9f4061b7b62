// A pane's "Suggestions": the sentences the claim finder ranks as worth checking, with the
// reason. On a focused suggestion, A (or Enter) accepts it as a claim "Not yet checked" and D
// (or Delete) dismisses it; a dismissal can be undone from the list's footer.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLanguageName } from '../../../shared/i18n/format.js';
import { suggestionsRead, type ClaimSuggestion } from '../../../shared/model.js';
import { loadAnnotations } from '../annotate/annotationStore.js';
import { gloss } from '../api/client.js';
import { useLibraryChanged } from '../api/useLibraryEvent.js';
import { currentLanguage } from '../i18n.js';
import { reloadFailed, showToast, valueOrToast } from '../ui/toasts.js';
import { useReasonLabel } from './reasons.js';

interface Props {
  articleId: string;
  /** The article's language, when known: the model reads English only (suggestionsRead). */
  language: string | null;
  paneLabel: string;
  /** Scrolls the text to a sentence. */
  onShow: (start: number, end: number) => void;
}

export function SuggestionsPanel({ articleId, language, paneLabel, onShow }: Props) {
  const { t } = useTranslation('finder');
  const otherLanguage = suggestionsRead(language) ? null : language;
  const reasonLabel = useReasonLabel();
  const [list, setList] = useState<ClaimSuggestion[] | null>(null);
  const [lastDismissed, setLastDismissed] = useState<ClaimSuggestion | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const reload = useCallback(async () => {
    const result = await gloss.finder.suggest({ articleId });
    if (!result.ok) return reloadFailed(result.error);
    setList(result.value);
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
    showToast(t('suggestions.accepted'));
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
    <aside className="suggestions" aria-label={t('suggestions.label', { pane: paneLabel })}>
      <p className="muted sidebar-count">
        {list === null ? t('suggestions.reading') : t('suggestions.count', { count: list.length })}
        <br />
        <span className="key-help">{t('suggestions.keys')}</span>
      </p>
      {otherLanguage && (
        <p className="muted suggestions-language">
          {t('suggestions.englishOnly', { language: formatLanguageName(otherLanguage, currentLanguage()) })}
        </p>
      )}
      <ul className="suggestion-list" ref={listRef}>
        {list?.map((s, i) => (
          <li
            key={`${s.start}-${s.end}`}
            className="suggestion"
            tabIndex={0}
            aria-label={[
              t('suggestions.item', { text: s.text, score: Math.round(s.score * 100) }),
              ...(s.reasons.length ? [t('suggestions.itemReasons', { reasons: s.reasons.map(reasonLabel).join(', ') })] : []),
            ].join(' ')}
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
            <span className="suggestion-text" dir="auto">{s.text}</span>
            <span className="suggestion-meta">
              <span className="score" title={t('suggestions.scoreTitle')}>
                {Math.round(s.score * 100)}%
              </span>
              {s.reasons.map((r) => (
                <span key={r} className="chip">
                  {reasonLabel(r)}
                </span>
              ))}
            </span>
            <span className="suggestion-actions">
              <button type="button" tabIndex={-1} onClick={(e) => (e.stopPropagation(), void accept(s, i))}>
                {t('suggestions.accept')}
              </button>
              <button type="button" tabIndex={-1} onClick={(e) => (e.stopPropagation(), void dismiss(s, i))}>
                {t('suggestions.dismiss')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {lastDismissed && (
        <p className="suggestion-undo">
          {t('suggestions.dismissed')}{' '}
          <button type="button" onClick={() => void undoDismiss()}>
            {t('suggestions.undo')}
          </button>
        </p>
      )}
    </aside>
  );
}
