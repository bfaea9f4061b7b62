// The one merge of another library's version of an annotation into ours, used by exchange
// files and by the team hub. Version vectors tell who changed what since the last common
// version: a version that has seen ours is taken (undoably), one ours has seen is ignored, and
// one changed on both sides is kept beside ours as a conflict. Both libraries reach the same
// verdict whatever the order in which they meet, and merging the same version again is a no-op.
import { randomUUID } from 'node:crypto';
import type { TextQuoteSelector } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { placeInText } from './anchoring.js';
import { compareClocks, mergeClocks, parseClock, sortedClock, type Clock } from './clock.js';
import { recordChange } from './history.js';
import { parseTheirs } from './read.js';
import { snapshotOf, trashedSnapshotOf, writeTagsAndEvidence, type Snapshot } from './snapshot.js';

/** Another library's version, with its tag, article and evidence ids already mapped to ours. */
export interface IncomingAnnotation {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: TextQuoteSelector;
  orphaned: boolean;
  content: Snapshot;
  deleted: boolean;
  clock: Clock;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export type MergeOutcome = 'added' | 'updated' | 'conflict' | 'unchanged';

/** What a merge compares: what a person edits, the span, and whether it is in the trash. */
interface Version {
  content: Snapshot;
  deleted: boolean;
  start: number;
  end: number;
  exact: string;
}

interface Row {
  revision: number;
  deleted_at: string | null;
  clock: string;
  start: number;
  end: number;
  exact: string;
}

export function mergeAnnotation(db: Db, theirs: IncomingAnnotation, source: string): MergeOutcome {
  const row = sql(db, 'SELECT revision, deleted_at, clock, start, "end", exact FROM annotations WHERE id = ?').get(theirs.id) as
    | Row
    | undefined;
  if (!row) {
    // A deletion of something we never had changes nothing.
    if (theirs.deleted) return 'unchanged';
    insert(db, theirs);
    return 'added';
  }
  const ours = ourVersion(db, theirs.id, row);
  const ourClock = parseClock(row.clock);
  const same = sameVersion(ours, theirs);
  switch (compareClocks(ourClock, theirs.clock)) {
    case 'after':
      return 'unchanged';
    case 'equal':
      // Equal clocks with different content only happen to annotations from before clocks.
      return same ? 'unchanged' : keepConflict(db, theirs, source);
    case 'before':
      take(db, theirs, row, ours);
      return 'updated';
    case 'concurrent':
      if (!same) return keepConflict(db, theirs, source);
      // Both sides made the same change: the versions are one.
      sql(db, 'UPDATE annotations SET clock = ? WHERE id = ?').run(JSON.stringify(mergeClocks(ourClock, theirs.clock)), theirs.id);
      settleSeen(db, theirs.id, theirs.clock);
      return 'unchanged';
  }
}

/** Annotations with a conflict awaiting a choice, live ones and ones in the trash. */
export function countOpenConflicts(db: Db): number {
  return (sql(db, 'SELECT count(DISTINCT annotation_id) AS n FROM annotation_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

function ourVersion(db: Db, id: string, row: Row): Version {
  const content = snapshotOf(db, id) ?? trashedSnapshotOf(db, id);
  return { content, deleted: row.deleted_at !== null, start: row.start, end: row.end, exact: row.exact };
}

/** Evidence ids may differ between libraries; the order of technique tags carries no meaning. */
function canonical(v: Version): string {
  const c = v.content;
  return JSON.stringify([
    v.deleted,
    v.start,
    v.end,
    v.exact,
    c.statusTagId,
    [...c.tagIds].sort(),
    c.note,
    c.evidence.map((e) => [e.url, e.title, e.note]),
  ]);
}

function sameVersion(ours: Version, theirs: IncomingAnnotation): boolean {
  return canonical(ours) === canonical({ ...theirs, exact: theirs.quote.exact });
}

function insert(db: Db, a: IncomingAnnotation): void {
  const place = anchor(bodyOf(db, a.articleId), a);
  sql(db, 
    `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, status_tag_id, note, orphaned,
       revision, clock, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.id, a.articleId, place.start, place.end, a.quote.exact, a.quote.prefix, a.quote.suffix, a.content.statusTagId,
    a.content.note, place.orphaned ? 1 : 0, a.revision, JSON.stringify(sortedClock(a.clock)), a.createdAt, a.updatedAt,
    a.createdBy, a.updatedBy,
  );
  writeTagsAndEvidence(db, a.id, a.content);
}

/** Theirs has seen ours and changed it since: it becomes ours, as an undoable step. */
function take(db: Db, a: IncomingAnnotation, row: Row, ours: Version): void {
  const place = anchor(bodyOf(db, articleOf(db, a.id)), a);
  sql(db, 
    `UPDATE annotations SET status_tag_id = ?, note = ?, start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = ?,
       deleted_at = ?, revision = ?, clock = ?, updated_at = ?, created_by = coalesce(created_by, ?), updated_by = ? WHERE id = ?`,
  ).run(
    a.content.statusTagId, a.content.note, place.start, place.end, a.quote.exact, a.quote.prefix, a.quote.suffix,
    place.orphaned ? 1 : 0, a.deleted ? (row.deleted_at ?? a.updatedAt) : null, Math.max(row.revision + 1, a.revision),
    JSON.stringify(sortedClock(a.clock)), a.updatedAt, a.createdBy, a.updatedBy, a.id,
  );
  writeTagsAndEvidence(db, a.id, a.content);
  const before = ours.deleted ? null : ours.content;
  const after = a.deleted ? null : snapshotOf(db, a.id);
  if (before !== null || after !== null) recordChange(db, a.id, after === null ? 'delete' : before === null ? 'create' : 'update', before, after);
  settleSeen(db, a.id, a.clock);
}

/** Theirs and ours both changed since they last met: ours stays, theirs waits for a choice. */
function keepConflict(db: Db, a: IncomingAnnotation, source: string): MergeOutcome {
  const open = sql(db, 'SELECT theirs, created_at FROM annotation_conflicts WHERE annotation_id = ? AND resolved_at IS NULL').all(a.id) as Array<{
    theirs: string;
    created_at: string;
  }>;
  const known = open.some((c) => ['equal', 'after'].includes(compareClocks(parseTheirs(c.theirs, c.created_at).clock, a.clock)));
  if (known) return 'unchanged';
  settleSeen(db, a.id, a.clock);
  const theirs = {
    statusTagId: a.content.statusTagId,
    tagIds: a.content.tagIds,
    note: a.content.note,
    evidence: a.content.evidence,
    deleted: a.deleted,
    start: a.start,
    end: a.end,
    exact: a.quote.exact,
    clock: sortedClock(a.clock),
    updatedAt: a.updatedAt,
    updatedBy: a.updatedBy,
  };
  sql(db, 'INSERT INTO annotation_conflicts (id, annotation_id, theirs, source, created_at) VALUES (?, ?, ?, ?, ?)').run(
    randomUUID(), a.id, JSON.stringify(theirs), source, nowIso(),
  );
  return 'conflict';
}

/** Open conflicts with a version that `clock` has seen are settled by it. */
function settleSeen(db: Db, id: string, clock: Clock): void {
  const open = sql(db, 'SELECT id, theirs, created_at FROM annotation_conflicts WHERE annotation_id = ? AND resolved_at IS NULL').all(id) as Array<{
    id: string;
    theirs: string;
    created_at: string;
  }>;
  const settle = sql(db, 'UPDATE annotation_conflicts SET resolved_at = ? WHERE id = ?');
  for (const c of open) {
    if (['before', 'equal'].includes(compareClocks(parseTheirs(c.theirs, c.created_at).clock, clock))) settle.run(nowIso(), c.id);
  }
}

function articleOf(db: Db, id: string): string {
  return (sql(db, 'SELECT article_id FROM annotations WHERE id = ?').get(id) as { article_id: string }).article_id;
}

function bodyOf(db: Db, articleId: string): string {
  return (sql(db, 'SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string }).body;
}

/**
 * Their place in our text, which may differ from theirs (a correction one side has not seen yet):
 * only where the quote has its context (placeInText), never its first occurrence whatever its
 * neighbours; else orphaned, for a person to place.
 */
function anchor(body: string, a: IncomingAnnotation): { start: number; end: number; orphaned: boolean } {
  if (a.orphaned && body.slice(a.start, a.end) === a.quote.exact) return { start: a.start, end: a.end, orphaned: true };
  const found = placeInText(body, { ...a.quote, start: a.start, end: a.end });
  if (found !== null) return { start: found, end: found + a.quote.exact.length, orphaned: false };
  const start = Math.min(a.start, body.length - 1);
  return { start, end: Math.min(Math.max(a.end, start + 1), body.length), orphaned: true };
}
