// Undo and redo over every annotation change in the library, one linear history.
// Steps are undone from the newest back; redo replays the most recently undone; a new
// change after some undos discards the steps that could have been redone.
import type { HistoryStep } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { getAnnotation } from './read.js';
import { applySnapshot, type Snapshot } from './snapshot.js';

type Action = HistoryStep['action'];

interface StepRow {
  seq: number;
  annotation_id: string;
  action: Action;
  before: string | null;
  after: string | null;
}

export function recordChange(db: Db, annotationId: string, action: Action, before: Snapshot | null, after: Snapshot | null): void {
  // Undone steps are always the newest ones, so a look at the last step says if there are any.
  const last = sql(db, 'SELECT undone FROM annotation_history ORDER BY seq DESC LIMIT 1').get() as { undone: number } | undefined;
  if (last?.undone === 1) sql(db, 'DELETE FROM annotation_history WHERE undone = 1').run();
  sql(db, 'INSERT INTO annotation_history (annotation_id, action, before, after, at) VALUES (?, ?, ?, ?, ?)').run(
    annotationId,
    action,
    before && JSON.stringify(before),
    after && JSON.stringify(after),
    nowIso(),
  );
}

export function undo(db: Db): HistoryStep | null {
  return step(db, 'SELECT * FROM annotation_history WHERE undone = 0 ORDER BY seq DESC LIMIT 1', 'before', 1);
}

export function redo(db: Db): HistoryStep | null {
  return step(
    db,
    `SELECT * FROM annotation_history WHERE seq > coalesce((SELECT seq FROM annotation_history WHERE undone = 0 ORDER BY seq DESC LIMIT 1), 0)
     ORDER BY seq LIMIT 1`,
    'after',
    0,
  );
}

function step(db: Db, pick: string, side: 'before' | 'after', undone: 0 | 1): HistoryStep | null {
  return db.transaction(() => {
    for (;;) {
      const row = sql(db, pick).get() as StepRow | undefined;
      if (!row) return null;
      const exists = sql(db, 'SELECT article_id FROM annotations WHERE id = ?').get(row.annotation_id) as
        | { article_id: string }
        | undefined;
      if (!exists) {
        // The annotation went with its article for good: its steps cannot be replayed.
        sql(db, 'DELETE FROM annotation_history WHERE annotation_id = ?').run(row.annotation_id);
        continue;
      }
      const json = row[side];
      applySnapshot(db, row.annotation_id, json === null ? null : (JSON.parse(json) as Snapshot));
      sql(db, 'UPDATE annotation_history SET undone = ? WHERE seq = ?').run(undone, row.seq);
      return {
        annotationId: row.annotation_id,
        articleId: exists.article_id,
        action: row.action,
        annotation: json === null ? null : getAnnotation(db, row.annotation_id),
      };
    }
  }).immediate();
}
