// The versions of an annotation this library has sent or received in exchange files, by the
// hash of what a person edits on it (status, tags, note, evidence).
import { createHash } from 'node:crypto';
import type { Evidence } from '../../../shared/model.js';
import type { Db } from '../db.js';

/** What a person edits on an annotation, hashed: equal hashes mean the same version. */
export function versionHash(a: { statusTagId: string | null; tagIds: string[]; note: string; evidence: Array<Omit<Evidence, 'id'>> }): string {
  const content = [a.statusTagId, [...a.tagIds].sort(), a.note, a.evidence.map((e) => [e.url, e.title, e.note])];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function rememberVersions(db: Db, annotationId: string, hashes: Iterable<string>): void {
  const insert = db.prepare('INSERT OR IGNORE INTO annotation_versions (annotation_id, content_hash) VALUES (?, ?)');
  for (const h of hashes) insert.run(annotationId, h);
}

export function knownVersions(db: Db, annotationId: string): string[] {
  return (
    db
      .prepare('SELECT content_hash FROM annotation_versions WHERE annotation_id = ? ORDER BY content_hash')
      .all(annotationId) as Array<{ content_hash: string }>
  ).map((r) => r.content_hash);
}
