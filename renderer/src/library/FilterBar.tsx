// Filters by outlet, date, status and tag, and the sort order.
import type { ArticleSummary } from '../../../shared/model.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { noFilters, type Filters } from './filters.js';

interface Props {
  filters: Filters;
  all: ArticleSummary[];
  onChange: (f: Filters) => void;
}

const sorts: Array<[Filters['sort'], string]> = [
  ['createdAt', 'Date added'],
  ['publishedAt', 'Date published'],
  ['title', 'Title'],
  ['outlet', 'Outlet'],
  ['annotationCount', 'Number of claims'],
];

export function FilterBar({ filters, all, onChange }: Props) {
  const { statuses, techniques } = useTags();
  const outlets = [...new Set(all.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active = (Object.keys(noFilters) as Array<keyof Filters>).some((k) => k !== 'sort' && k !== 'order' && k !== 'collectionId' && filters[k] !== noFilters[k]);
  return (
    <div className="filter-bar" role="group" aria-label="Filters and sorting">
      <label>
        Outlet
        <select value={filters.outlet} onChange={(e) => set({ outlet: e.target.value })}>
          <option value="">Any</option>
          {outlets.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        To
        <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label>
        Status
        <select value={filters.statusTagId} onChange={(e) => set({ statusTagId: e.target.value })}>
          <option value="">Any</option>
          {statuses.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Technique
        <select value={filters.tagId} onChange={(e) => set({ tagId: e.target.value })}>
          <option value="">Any</option>
          {techniques.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as Filters['sort'] })}>
          {sorts.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
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
