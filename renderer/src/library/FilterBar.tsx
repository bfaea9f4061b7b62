// Filters by outlet, date, status and tag, and the sort order.
import { useTags } from '../taxonomy/taxonomies.js';
import { Choice, optionsOf } from '../ui/Choice.js';
import { DateField } from './DateField.js';
import { noFilters, type Filters } from './filters.js';

interface Props {
  filters: Filters;
  /** The library's outlets, to pick one from. */
  outlets: string[];
  onChange: (f: Filters) => void;
}

const sorts: Array<{ value: Filters['sort']; label: string }> = [
  { value: 'createdAt', label: 'Date added' },
  { value: 'publishedAt', label: 'Date published' },
  { value: 'title', label: 'Title' },
  { value: 'outlet', label: 'Outlet' },
  { value: 'annotationCount', label: 'Number of claims' },
];

export function FilterBar({ filters, outlets, onChange }: Props) {
  const { statuses, techniques } = useTags();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = (Object.keys(noFilters) as Array<keyof Filters>).some((k) => k !== 'sort' && k !== 'order' && k !== 'collectionId' && filters[k] !== noFilters[k]);
  return (
    <div className="filter-bar" role="group" aria-label="Filters and sorting">
      <Choice label="Outlet" value={filters.outlet} placeholder="Any" options={outlets.map((o) => ({ value: o, label: o }))} onChange={(outlet) => set({ outlet })} />
      <DateField label="From" value={filters.from} onChange={(from) => set({ from })} />
      <DateField label="To" value={filters.to} onChange={(to) => set({ to })} />
      <Choice label="Status" value={filters.statusTagId} placeholder="Any" options={optionsOf(statuses)} onChange={(statusTagId) => set({ statusTagId })} />
      <Choice label="Technique" value={filters.tagId} placeholder="Any" options={optionsOf(techniques)} onChange={(tagId) => set({ tagId })} />
      <Choice label="Sort by" value={filters.sort} options={sorts} onChange={(sort) => set({ sort: sort as Filters['sort'] })} />
      <button
        type="button"
        aria-label={filters.order === 'asc' ? 'Ascending order; switch to descending' : 'Descending order; switch to ascending'}
        onClick={() => set({ order: filters.order === 'asc' ? 'desc' : 'asc' })}
      >
        {filters.order === 'asc' ? '↑ Asc' : '↓ Desc'}
      </button>
      {active && (
        <button type="button" onClick={() => onChange({ ...noFilters, collectionId: filters.collectionId, sort: filters.sort, order: filters.order })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
