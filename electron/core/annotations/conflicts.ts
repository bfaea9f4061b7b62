// Settling a conflict an exchange file brought in: keep our version, or take theirs (undoably).
import type { Annotation } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { GlossError } from '../errors.js';
import { recordChange } from './history.js';
import { getAnnotation, parseTheirs } from './read.js';
import { applySnapshot, snapshotOf } from './snapshot.js';
import { checkTags } from './write.js';

/** `id` is the conflict's id or its annotation's (then its latest open conflict is settled). */
export function resolveConflict(db: Db, id: string, keep: 'ours' | 'theirs'): Annotation {
  return db.transaction(() => {
    const conflict = sql(db, 
        `SELECT id, annotation_id, theirs FROM annotation_conflicts
         WHERE (id = ? OR annotation_id = ?) AND resolved_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1`,
      )
      .get(id, id) as { id: string; annotation_id: string; theirs: string } | undefined;
    if (!conflict) throw new GlossError('not_found', `There is no open conflict for ${id}; it may have been settled already.`);
    const before = snapshotOf(db, conflict.annotation_id);
    if (!before) throw new GlossError('not_found', 'The annotation of this conflict was deleted; undo the deletion to settle it.');
    if (keep === 'theirs') {
      const theirs = parseTheirs(conflict.theirs, '');
      const next = { ...before, statusTagId: theirs.statusTagId, tagIds: [...new Set(theirs.tagIds)], note: theirs.note };
      checkTags(db, next.statusTagId, next.tagIds, new Set([...next.tagIds, next.statusTagId ?? '']));
      applySnapshot(db, conflict.annotation_id, next);
      recordChange(db, conflict.annotation_id, 'update', before, snapshotOf(db, conflict.annotation_id));
    }
    sql(db, 'UPDATE annotation_conflicts SET resolved_at = ? WHERE id = ?').run(nowIso(), conflict.id);
    return getAnnotation(db, conflict.annotation_id);
  }).immediate();
}
