// Reading annotations with everything that hangs on them. An article's annotations load in
// five queries however many there are (the reader opens articles with thousands).
import { z } from 'zod';
import type { Annotation, AnnotationConflict, ClaimLink, ClaimRelation, Evidence } from '../../../shared/model.js';
import type { Db } from '../db.js';
import { sql } from '../statements.js';
import { notFound } from '../errors.js';
import { clockSchema, type Clock } from './clock.js';

/** A row of `annotations` as SQLite gives it. */
export interface AnnotationRow {
  id: string;
  article_id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status_tag_id: string | null;
  note: string;
  orphaned: number;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  created_by: string | null;
  updated_by: string | null;
}

interface LinkRow {
  id: string;
  from_id: string;
  to_id: string;
  relation: ClaimRelation;
  mine: string;
  other_id: string;
  other_article: string;
  other_title: string;
  other_exact: string;
}

interface ConflictRow {
  id: string;
  annotation_id: string;
  theirs: string;
  source: string;
  created_at: string;
}

/** Which annotations to load: `a` is the annotations table in every query below. */
type Scope = { articleId: string } | { id: string } | { ids: string[] };

function where(scope: Scope): { sql: string; param: string } {
  if ('ids' in scope) return { sql: 'a.id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL', param: JSON.stringify(scope.ids) };
  return 'articleId' in scope
    ? { sql: 'a.article_id = ? AND a.deleted_at IS NULL', param: scope.articleId }
    : { sql: 'a.id = ? AND a.deleted_at IS NULL', param: scope.id };
}

function load(db: Db, scope: Scope): Annotation[] {
  const w = where(scope);
  const rows = sql(db, `SELECT a.* FROM annotations a WHERE ${w.sql} ORDER BY a.start, a."end", a.created_at`)
    .all(w.param) as AnnotationRow[];
  if (rows.length === 0) return [];

  const tagIds = new Map<string, string[]>();
  const tagRows = sql(db, 
      `SELECT at.annotation_id, at.tag_id FROM annotation_tags at
       JOIN annotations a ON a.id = at.annotation_id JOIN tags t ON t.id = at.tag_id
       WHERE ${w.sql} ORDER BY t.position, t.name`,
    )
    .all(w.param) as Array<{ annotation_id: string; tag_id: string }>;
  for (const r of tagRows) push(tagIds, r.annotation_id, r.tag_id);

  const evidence = new Map<string, Evidence[]>();
  const evidenceRows = sql(db, 
      `SELECT e.id, e.annotation_id, e.url, e.title, e.note FROM evidence e
       JOIN annotations a ON a.id = e.annotation_id WHERE ${w.sql} ORDER BY e.position`,
    )
    .all(w.param) as Array<Evidence & { annotation_id: string }>;
  for (const { annotation_id, ...e } of evidenceRows) push(evidence, annotation_id, e);

  const links = new Map<string, ClaimLink[]>();
  const otherEnd = (mine: string, other: string) => `
    SELECT l.id, l.from_id, l.to_id, l.relation, l.created_at, a.id AS mine, o.id AS other_id,
           o.article_id AS other_article, art.title AS other_title, o.exact AS other_exact
    FROM annotations a
    JOIN claim_links l ON l.${mine} = a.id AND l.deleted_at IS NULL
    JOIN annotations o ON o.id = l.${other} AND o.deleted_at IS NULL
    JOIN articles art ON art.id = o.article_id AND art.deleted_at IS NULL
    WHERE ${w.sql}`;
  const linkRows = sql(db, `SELECT * FROM (${otherEnd('from_id', 'to_id')} UNION ALL ${otherEnd('to_id', 'from_id')}) ORDER BY created_at, id`)
    .all(w.param, w.param) as LinkRow[];
  for (const r of linkRows) {
    push(links, r.mine, {
      id: r.id,
      fromId: r.from_id,
      toId: r.to_id,
      relation: r.relation,
      other: { annotationId: r.other_id, articleId: r.other_article, articleTitle: r.other_title, exact: r.other_exact },
    });
  }

  const conflicts = new Map<string, AnnotationConflict>();
  const conflictRows = sql(db, 
      `SELECT c.id, c.annotation_id, c.theirs, c.source, c.created_at FROM annotation_conflicts c
       JOIN annotations a ON a.id = c.annotation_id WHERE ${w.sql} AND c.resolved_at IS NULL
       ORDER BY c.created_at, c.rowid`,
    )
    .all(w.param) as ConflictRow[];
  // The latest open conflict is the one shown.
  for (const c of conflictRows) conflicts.set(c.annotation_id, toConflict(c));

  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    start: r.start,
    end: r.end,
    quote: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    statusTagId: r.status_tag_id,
    tagIds: tagIds.get(r.id) ?? [],
    note: r.note,
    evidence: evidence.get(r.id) ?? [],
    links: links.get(r.id) ?? [],
    orphaned: r.orphaned === 1,
    conflict: conflicts.get(r.id) ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revision: r.revision,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
  }));
}

const theirsSchema = z.object({
  statusTagId: z.string().nullable().default(null),
  tagIds: z.array(z.string()).default([]),
  note: z.string().default(''),
  evidence: z.array(z.object({ id: z.string(), url: z.string().nullable(), title: z.string(), note: z.string() })).optional(),
  deleted: z.boolean().default(false),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  exact: z.string().optional(),
  clock: clockSchema.default({}),
  updatedAt: z.string().optional(),
  updatedBy: z.string().nullable().default(null),
});

/** Their version as the merge stored it (older rows have only status, tags, note and time). */
export function parseTheirs(json: string, createdAt: string): AnnotationConflict['theirs'] & { clock: Clock } {
  const theirs = theirsSchema.parse(JSON.parse(json));
  return { ...theirs, updatedAt: theirs.updatedAt ?? createdAt };
}

function toConflict(c: ConflictRow): AnnotationConflict {
  const { clock: _clock, ...theirs } = parseTheirs(c.theirs, c.created_at);
  return { id: c.id, theirs, source: c.source, createdAt: c.created_at };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The live annotations of an article in text order. */
export function listAnnotations(db: Db, articleId: string): Annotation[] {
  return load(db, { articleId });
}

/** Live annotations by id, in text order (a window's worth: the ids are one query parameter). */
export function annotationsByIds(db: Db, ids: string[]): Annotation[] {
  return ids.length ? load(db, { ids }) : [];
}

/** A live annotation; a deleted one is not found. */
export function getAnnotation(db: Db, id: string): Annotation {
  const found = load(db, { id })[0];
  if (!found) throw notFound('annotation', id);
  return found;
}
