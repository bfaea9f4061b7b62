// An annotation changed on both sides (an exchange file or the team hub): show theirs, who made
// it, and let the person choose.
import type { Annotation } from '../../../shared/model.js';
import { useTags } from '../taxonomy/taxonomies.js';
import { resolveConflict } from './annotationStore.js';

export function ConflictChoice({ annotation }: { annotation: Annotation }) {
  const { byId } = useTags();
  const theirs = annotation.conflict;
  if (!theirs) return null;
  const status = theirs.theirs.statusTagId ? byId.get(theirs.theirs.statusTagId)?.name ?? 'unknown status' : 'no status';
  return (
    <div className="conflict" role="group" aria-label="Conflicting version">
      <p>
        <strong>Changed elsewhere</strong> ({theirs.theirs.updatedBy ? `by ${theirs.theirs.updatedBy}, ` : ''}
        {theirs.source}): {theirs.theirs.deleted ? 'deleted' : status}
        {!theirs.theirs.deleted && theirs.theirs.tagIds.length > 0 && `, ${theirs.theirs.tagIds.map((id) => byId.get(id)?.name ?? id).join(', ')}`}
        {!theirs.theirs.deleted && theirs.theirs.note && ` — “${theirs.theirs.note}”`}
        {!theirs.theirs.deleted && theirs.theirs.evidence?.map((e) => ` · ${e.title || e.url}`).join('')}
      </p>

      <div className="row">
        <button type="button" onClick={() => resolveConflict(annotation.id, 'ours')}>
          Keep mine
        </button>
        <button type="button" onClick={() => resolveConflict(annotation.id, 'theirs')}>
          Keep theirs
        </button>
      </div>
    </div>
  );
}
