// Settling a conflict a merge kept: keep our version, or take theirs (undoably). Either way the
// result has seen both versions (their clocks merged) and is a new change of ours, so the other
// side takes it at the next exchange or sync and its own conflict is settled with it.
import type { Annotation } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { GlossError } from '../errors.js';
import { mergeClocks, parseClock } from './clock.js';
import { recordChange } from './history.js';
import { getAnnotation, parseTheirs } from './read.js';
import { applySnapshot, snapshotOf, type Snapshot } from './snapshot.js';
import { checkTags } from './write.js';

/**
 * `id` is the conflict's id or its annotation's (then its latest open conflict is settled).
 * Returns the annotation, or null when the choice leaves it in the trash.
 */
export function resolveConflict(db: Db, id: string, keep: 'ours' | 'theirs'): Annotation | null {
  return db.transaction(() => {
    const conflict = sql(db, 
        `SELECT c.id, c.annotation_id, c.theirs, c.created_at, a.clock FROM annotation_conflicts c JOIN annotations a ON a.id = c.annotation_id
         WHERE (c.id = ? OR c.annotation_id = ?) AND c.resolved_at IS NULL ORDER BY c.created_at DESC, c.rowid DESC LIMIT 1`,
      )
      .get(id, id) as { id: string; annotation_id: string; theirs: string; created_at: string; clock: string } | undefined;
    if (!conflict) throw new GlossError('not_found', { key: 'annotations.noOpenConflict', params: { id } });
    const annotationId = conflict.annotation_id;
    const theirs = parseTheirs(conflict.theirs, conflict.created_at);
    sql(db, 'UPDATE annotations SET clock = ? WHERE id = ?').run(JSON.stringify(mergeClocks(parseClock(conflict.clock), theirs.clock)), annotationId);
    const before = snapshotOf(db, annotationId);
    if (keep === 'theirs') {
      const next: Snapshot | null = theirs.deleted
        ? null
        : { statusTagId: theirs.statusTagId, tagIds: [...new Set(theirs.tagIds)], note: theirs.note, evidence: theirs.evidence ?? before?.evidence ?? [] };
      if (next) checkTags(db, next.statusTagId, next.tagIds, new Set([...next.tagIds, next.statusTagId ?? '']));
      if (theirs.start !== undefined && theirs.end !== undefined && theirs.exact !== undefined) {
        sql(db, 'UPDATE annotations SET start = ?, "end" = ?, exact = ? WHERE id = ?').run(theirs.start, theirs.end, theirs.exact, annotationId);
      }
      applySnapshot(db, annotationId, next);
      recordChange(db, annotationId, next === null ? 'delete' : before === null ? 'create' : 'update', before, snapshotOf(db, annotationId));
    } else {
      // Keeping ours is a change too: the merged version the other side will take.
      sql(db, 'UPDATE annotations SET revision = revision + 1, updated_at = ? WHERE id = ?').run(nowIso(), annotationId);
    }
    sql(db, 'UPDATE annotation_conflicts SET resolved_at = ? WHERE annotation_id = ? AND resolved_at IS NULL').run(nowIso(), annotationId);
    return snapshotOf(db, annotationId) ? getAnnotation(db, annotationId) : null;
  }).immediate();
}
