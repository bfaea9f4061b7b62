// Counts of an article's claims by status, as small chips in the status colours.
import { useTranslation } from 'react-i18next';
import { useTags } from '../taxonomy/taxonomies.js';

export function StatusChips({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation('library');
  const { byId, statuses } = useTags();
  const order = new Map(statuses.map((t, i) => [t.id, i]));
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  if (!entries.length) return <span className="muted">{t('chips.none')}</span>;
  return (
    <span className="chips">
      {entries.map(([id, n]) => {
        const tag = byId.get(id);
        const name = tag?.name ?? t('chips.noStatus');
        return (
          <span key={id} className="chip" title={t('chips.count', { count: n, name })} aria-label={t('chips.count', { count: n, name })}>
            <span className="swatch" style={{ backgroundColor: tag?.color ?? 'transparent' }} aria-hidden="true" />
            {n}
          </span>
        );
      })}
    </span>
  );
}
