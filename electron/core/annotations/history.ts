// Undo and redo of annotation changes, one linear history per article: undo in one pane never
// reaches a claim in another. Steps are undone from the newest back; redo replays the most
// recently undone; a new change in an article discards the steps of that article that could
// have been redone.
import type { HistoryPreview, HistoryStep } from '../../../shared/model.js';
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

// Steps whose annotation went with its article for good have no article: they never match.
const OF_ARTICLE = 'annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)';
const NEXT_UNDO = `SELECT * FROM annotation_history WHERE undone = 0 AND ${OF_ARTICLE} ORDER BY seq DESC LIMIT 1`;
// Undone steps of an article are always its newest ones, so the oldest of them is the next redo.
const NEXT_REDO = `SELECT * FROM annotation_history WHERE undone = 1 AND ${OF_ARTICLE} ORDER BY seq LIMIT 1`;

export function recordChange(db: Db, annotationId: string, action: Action, before: Snapshot | null, after: Snapshot | null): void {
  const { article_id: articleId } = sql(db, 'SELECT article_id FROM annotations WHERE id = ?').get(annotationId) as { article_id: string };
  sql(db, `DELETE FROM annotation_history WHERE undone = 1 AND ${OF_ARTICLE}`).run(articleId);
  sql(db, 'INSERT INTO annotation_history (annotation_id, action, before, after, at) VALUES (?, ?, ?, ?, ?)').run(
    annotationId,
    action,
    before && JSON.stringify(before),
    after && JSON.stringify(after),
    nowIso(),
  );
}

export function undo(db: Db, articleId: string): HistoryStep | null {
  return step(db, NEXT_UNDO, articleId, 'before', 1);
}

export function redo(db: Db, articleId: string): HistoryStep | null {
  return step(db, NEXT_REDO, articleId, 'after', 0);
}

/** What undo and redo would do next in this article, for the buttons to say so. */
export function historyPreview(db: Db, articleId: string): { undo: HistoryPreview | null; redo: HistoryPreview | null } {
  return { undo: preview(db, sql(db, NEXT_UNDO).get(articleId) as StepRow | undefined), redo: preview(db, sql(db, NEXT_REDO).get(articleId) as StepRow | undefined) };
}

function preview(db: Db, row: StepRow | undefined): HistoryPreview | null {
  if (!row) return null;
  const { exact } = sql(db, 'SELECT exact FROM annotations WHERE id = ?').get(row.annotation_id) as { exact: string };
  return { annotationId: row.annotation_id, action: row.action, exact, fields: row.action === 'update' ? changedFields(row) : [] };
}

function changedFields(row: StepRow): HistoryPreview['fields'] {
  const before = JSON.parse(row.before ?? 'null') as Snapshot | null;
  const after = JSON.parse(row.after ?? 'null') as Snapshot | null;
  if (!before || !after) return [];
  const fields: HistoryPreview['fields'] = [];
  if (before.statusTagId !== after.statusTagId) fields.push('status');
  if ([...before.tagIds].sort().join() !== [...after.tagIds].sort().join()) fields.push('techniques');
  if (before.note !== after.note) fields.push('note');
  if (JSON.stringify(before.evidence) !== JSON.stringify(after.evidence)) fields.push('evidence');
  return fields;
}

function step(db: Db, pick: string, articleId: string, side: 'before' | 'after', undone: 0 | 1): HistoryStep | null {
  return db.transaction(() => {
    const row = sql(db, pick).get(articleId) as StepRow | undefined;
    if (!row) return null;
    const described = preview(db, row)!;
    const json = row[side];
    applySnapshot(db, row.annotation_id, json === null ? null : (JSON.parse(json) as Snapshot));
    sql(db, 'UPDATE annotation_history SET undone = ? WHERE seq = ?').run(undone, row.seq);
    return { ...described, articleId, annotation: json === null ? null : getAnnotation(db, row.annotation_id) };
  }).immediate();
}
