// While a link is being made: what it links from, a list of the other panes' claims to pick
// from (the keyboard way; focus goes there), and cancel. Clicking a highlight in another pane
// works too.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bidiIsolated, shortened, unquoted } from '../../../shared/quote.js';
import { annotationStore, findAnnotation, isPending } from '../annotate/annotationStore.js';
import { interaction, stopLinking } from './interaction.js';
import { completeLink } from './linking.js';

interface Props {
  articleIds: string[];
  titleOf: (articleId: string) => string;
}

export function LinkBar({ articleIds, titleOf }: Props) {
  const { t } = useTranslation('reader');
  const { linking } = interaction.use();
  const all = annotationStore.use();
  const [choice, setChoice] = useState('');
  const picker = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    setChoice('');
    picker.current?.focus();
  }, [linking]);
  useEffect(() => {
    if (!linking) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && stopLinking();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [linking]);
  if (!linking) return null;
  const from = findAnnotation(linking.fromId);
  const groups = articleIds
    .filter((id) => id !== from?.articleId)
    .map((id) => ({ id, title: titleOf(id), claims: (all.get(id) ?? []).filter((a) => !a.orphaned && !isPending(a)) }))
    .filter((g) => g.claims.length);

  return (
    <div className="link-bar" role="region" aria-label={t('link.region')} data-keep-clear>
      <span>
        {t('link.from', { quote: from ? bidiIsolated(shortened(unquoted(from.quote.exact), 50)) : '' })} <strong>{t(`relation.${linking.relation}`)}</strong>
        {t('link.how')}
      </span>
      <label>
        <span className="visually-hidden">{t('link.picker')}</span>
        <select ref={picker} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{groups.length ? t('link.choose') : t('link.none')}</option>
          {groups.map((g) => (
            <optgroup key={g.id} label={g.title}>
              {g.claims.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('link.option', { title: shortened(g.title, 30), quote: bidiIsolated(shortened(unquoted(a.quote.exact), 70)) })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="button" className="primary" disabled={!choice} onClick={() => void completeLink(choice)}>
        {t('link.link')}
      </button>
      <button type="button" onClick={stopLinking}>
        {t('common:cancel')}
      </button>
    </div>
  );
}
