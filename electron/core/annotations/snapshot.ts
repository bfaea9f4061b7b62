// The part of an annotation a person edits, as undo history stores it (before/after JSON)
// and puts it back. Positions are not in it: they follow the text, not the user's edits.
import type { Evidence } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';

export interface Snapshot {
  statusTagId: string | null;
  tagIds: string[];
  note: string;
  evidence: Evidence[];
}

/** The state of a live annotation, or null when it is deleted or gone. */
export function snapshotOf(db: Db, id: string): Snapshot | null {
  const row = sql(db, 'SELECT status_tag_id, note FROM annotations WHERE id = ? AND deleted_at IS NULL').get(id) as
    | { status_tag_id: string | null; note: string }
    | undefined;
  if (!row) return null;
  const tagIds = (
    sql(db, 'SELECT tag_id FROM annotation_tags JOIN tags ON tags.id = tag_id WHERE annotation_id = ? ORDER BY tags.position, tags.name')
      .all(id) as Array<{ tag_id: string }>
  ).map((r) => r.tag_id);
  const evidence = sql(db, 'SELECT id, url, title, note FROM evidence WHERE annotation_id = ? ORDER BY position')
    .all(id) as Evidence[];
  return { statusTagId: row.status_tag_id, tagIds, note: row.note, evidence };
}

/** What a deleted annotation had when it was deleted: it keeps its tags and evidence. */
export function trashedSnapshotOf(db: Db, id: string): Snapshot {
  const row = sql(db, 'SELECT status_tag_id, note FROM annotations WHERE id = ?').get(id) as { status_tag_id: string | null; note: string };
  const tagIds = (sql(db, 'SELECT tag_id FROM annotation_tags WHERE annotation_id = ? ORDER BY tag_id').all(id) as Array<{ tag_id: string }>).map(
    (r) => r.tag_id,
  );
  const evidence = sql(db, 'SELECT id, url, title, note FROM evidence WHERE annotation_id = ? ORDER BY position').all(id) as Evidence[];
  return { statusTagId: row.status_tag_id, tagIds, note: row.note, evidence };
}

/** Equal states; the order of technique tags carries no meaning. */
export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  const canonical = (s: Snapshot) => JSON.stringify({ ...s, tagIds: [...s.tagIds].sort() });
  return canonical(a) === canonical(b);
}

/** Makes the annotation's state equal to the snapshot; null moves it to the trash. */
export function applySnapshot(db: Db, id: string, snapshot: Snapshot | null): void {
  const now = nowIso();
  if (snapshot === null) {
    sql(db, 'UPDATE annotations SET deleted_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(now, now, id);
    return;
  }
  sql(db, 
    'UPDATE annotations SET status_tag_id = ?, note = ?, deleted_at = NULL, updated_at = ?, revision = revision + 1 WHERE id = ?',
  ).run(snapshot.statusTagId, snapshot.note, now, id);
  writeTagsAndEvidence(db, id, snapshot);
}

export function writeTagsAndEvidence(db: Db, id: string, snapshot: Snapshot): void {
  sql(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
  const addTag = sql(db, 'INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
  for (const tagId of snapshot.tagIds) addTag.run(id, tagId);
  sql(db, 'DELETE FROM evidence WHERE annotation_id = ?').run(id);
  const addEvidence = sql(db, 'INSERT INTO evidence (id, annotation_id, url, title, note, position) VALUES (?, ?, ?, ?, ?, ?)');
  snapshot.evidence.forEach((e, position) => addEvidence.run(e.id, id, e.url, e.title, e.note, position));
}
