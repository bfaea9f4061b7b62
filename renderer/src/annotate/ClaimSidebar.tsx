// One pane's claims in text order, filterable by status and tag. Clicking one jumps to it;
// hovering one lights up its links in the other panes; Delete on one deletes it (undoably).
// Over a narrow pane's text it is an overlay with its own close button.
import { memo, useState } from 'react';
import type { Annotation } from '../../../shared/model.js';
import { jumpTo, setHovered } from '../reader/interaction.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { Choice, optionsOf } from '../ui/Choice.js';
import { deleteAnnotation, isPending } from './annotationStore.js';
import { ConflictChoice } from './ConflictChoice.js';

interface Props {
  paneLabel: string;
  annotations: readonly Annotation[];
  activeId: string | null;
  onOpen: (id: string) => void;
  /** Given when the list lies over the text. */
  onClose?: () => void;
}

export function ClaimSidebar({ paneLabel, annotations, activeId, onOpen, onClose }: Props) {
  const { statuses, techniques } = useTags();
  const [status, setStatus] = useState('');
  const [tag, setTag] = useState('');
  const shown = annotations.filter(
    (a) =>
      !isPending(a) &&
      (!status || (status === 'none' ? !a.statusTagId : a.statusTagId === status)) &&
      (!tag || a.tagIds.includes(tag)),
  );

  return (
    <aside className={`claim-sidebar${onClose ? ' overlay' : ''}`} aria-label={`Claims in ${paneLabel}`}>
      {onClose && (
        <div className="sidebar-top">
          <h3>Claims</h3>
          <button type="button" className="icon-button" aria-label="Hide the claims list" onClick={onClose}>
            ×
          </button>
        </div>
      )}
      <div className="sidebar-filters">
        <Choice
          label="Filter claims by status"
          hideLabel
          value={status}
          placeholder="All statuses"
          options={[{ value: 'none', label: 'No status' }, ...optionsOf(statuses)]}
          onChange={setStatus}
        />
        <Choice label="Filter claims by technique" hideLabel value={tag} placeholder="All techniques" options={optionsOf(techniques)} onChange={setTag} />
      </div>
      <p className="muted sidebar-count">
        {shown.length} of {annotations.filter((a) => !isPending(a)).length} claims
      </p>
      <ul className="claim-list">
        {shown.map((a) => (
          <ClaimItem key={a.id} annotation={a} active={a.id === activeId} onOpen={onOpen} />
        ))}
      </ul>
    </aside>
  );
}

/** One claim; memoised, so tagging one claim does not re-render the whole list. */
const ClaimItem = memo(function ClaimItem({ annotation: a, active, onOpen }: { annotation: Annotation; active: boolean; onOpen: (id: string) => void }) {
  const { byId } = useTags();
  const st = a.statusTagId ? byId.get(a.statusTagId) : undefined;
  return (
    <li
      className={`claim-item${active ? ' active' : ''}${a.orphaned ? ' orphaned' : ''}`}
      onMouseEnter={() => setHovered(a.id)}
      onMouseLeave={() => setHovered(null)}
    >
      <button
        type="button"
        className="claim-button"
        onFocus={() => setHovered(a.id)}
        onBlur={() => setHovered(null)}
        onKeyDown={(e) => {
          if (e.key !== 'Delete') return;
          e.preventDefault();
          void deleteAnnotation(a.id);
        }}
        aria-keyshortcuts="Delete"
        onClick={() => {
          if (!a.orphaned) jumpTo(a.id);
          onOpen(a.id);
        }}
      >
        <span className="claim-quote">“{a.quote.exact.length > 140 ? a.quote.exact.slice(0, 138) + '…' : a.quote.exact}”</span>
        <span className="chips">
          {a.orphaned && <span className="chip chip-orphan">Orphaned: text not found</span>}
          {st && (
            <span className="chip" style={{ borderColor: st.color }}>
              <span className="swatch" style={{ backgroundColor: st.color }} aria-hidden="true" />
              {st.name}
              {st.removed && ' (removed)'}
            </span>
          )}
          {a.tagIds.map((id) => {
            const t = byId.get(id);
            return (
              <span key={id} className="chip chip-technique" style={{ borderColor: t?.color }}>
                {t?.name ?? 'unknown tag'}
                {t?.removed && ' (removed)'}
              </span>
            );
          })}
          {a.links.length > 0 && <span className="chip">{a.links.length} linked</span>}
        </span>
        {a.orphaned && (
          <span className="claim-note">
            Its old context, to place it by hand: …{a.quote.prefix}<mark>{a.quote.exact.length > 60 ? a.quote.exact.slice(0, 58) + '…' : a.quote.exact}</mark>
            {a.quote.suffix}…
          </span>
        )}
        {a.note && <span className="claim-note">{a.note}</span>}
      </button>
      {a.conflict && <ConflictChoice annotation={a} />}
    </li>
  );
});
