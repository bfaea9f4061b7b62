// Filters by outlet, date, status and tag, and the sort order, in one row: the outlet and the
// order always, the dates, status and technique behind "More filters", which says how many are on.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTags } from '../taxonomy/taxonomies.js';
import { Choice, optionsOf } from '../ui/Choice.js';
import { DateField } from '../ui/DateField.js';
import { noFilters, type Filters } from './filters.js';

interface Props {
  filters: Filters;
  /** The library's outlets, to pick one from. */
  outlets: string[];
  onChange: (f: Filters) => void;
}

/** The filters behind "More filters". */
const folded = ['from', 'to', 'statusTagId', 'tagId'] as const;

const sorts: Array<Filters['sort']> = ['createdAt', 'publishedAt', 'title', 'outlet', 'annotationCount'];

export function FilterBar({ filters, outlets, onChange }: Props) {
  const { t } = useTranslation('library');
  const { statuses, techniques } = useTags();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const on = (k: keyof Filters) => filters[k] !== noFilters[k];
  const active = (['outlet', ...folded] as const).some(on);
  const foldedOn = folded.filter(on).length;
  // Open from the start when one of them is on (kept from the last session).
  const [open, setOpen] = useState(() => foldedOn > 0);
  const more = useId();
  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <Choice label={t('filters.outlet')} value={filters.outlet} placeholder={t('filters.any')} options={outlets.map((o) => ({ value: o, label: o }))} onChange={(outlet) => set({ outlet })} />
      <Choice
        label={t('filters.sortBy')}
        value={filters.sort}
        options={sorts.map((value) => ({ value, label: t(`filters.sort.${value}`) }))} onChange={(sort) => set({ sort: sort as Filters['sort'] })} />
      <button
        type="button"
        aria-label={filters.order === 'asc' ? t('filters.ascending') : t('filters.descending')}
        onClick={() => set({ order: filters.order === 'asc' ? 'desc' : 'asc' })}
      >
        {filters.order === 'asc' ? t('filters.asc') : t('filters.desc')}
      </button>
      <button type="button" className="more-filters" aria-expanded={open} aria-controls={more} onClick={() => setOpen(!open)}>
        {foldedOn ? t('filters.moreActive', { count: foldedOn }) : t('filters.more')}
      </button>
      {active && (
        <button type="button" onClick={() => onChange({ ...noFilters, collectionId: filters.collectionId, sort: filters.sort, order: filters.order })}>
          {t('filters.clear')}
        </button>
      )}
      <div id={more} className="filter-more" hidden={!open}>
        <DateField label={t('filters.from')} value={filters.from} onChange={(from) => set({ from })} />
        <DateField label={t('filters.to')} value={filters.to} onChange={(to) => set({ to })} />
        <Choice label={t('filters.status')} value={filters.statusTagId} placeholder={t('filters.any')} options={optionsOf(statuses)} onChange={(statusTagId) => set({ statusTagId })} />
        <Choice label={t('filters.technique')} value={filters.tagId} placeholder={t('filters.any')} options={optionsOf(techniques)} onChange={(tagId) => set({ tagId })} />
      </div>
    </div>
  );
}
