// An article's claims a window at a time (shared/contract/claimWindows.ts): the ids come from
// the (article_id, start) index, then only those claims are loaded with their tags, evidence,
// links and conflicts, so an answer stays small however many claims the article has.
import type { ClaimsInText, ClaimWindow } from '../../../shared/contract/claimWindows.js';
import type { Db } from '../db.js';
import { notFound } from '../errors.js';
import { sql } from '../statements.js';
import { annotationsByIds } from './read.js';

function liveArticle(db: Db, articleId: string): void {
  if (!sql(db, 'SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').get(articleId)) throw notFound('article', articleId);
}

function countClaims(db: Db, articleId: string): number {
  return (sql(db, 'SELECT count(*) AS n FROM annotations WHERE article_id = ? AND deleted_at IS NULL').get(articleId) as { n: number }).n;
}

const ids = (rows: unknown[]) => (rows as Array<{ id: string }>).map((r) => r.id);

/** The live claims overlapping [from, to) (a claim is never empty: end > start). */
export function claimsInText(db: Db, articleId: string, from: number, to: number): ClaimsInText {
  liveArticle(db, articleId);
  const rows = sql(db, `SELECT id FROM annotations WHERE article_id = ? AND start < ? AND "end" > ? AND deleted_at IS NULL`).all(
    articleId,
    Math.max(to, from + 1),
    from,
  );
  return { annotations: annotationsByIds(db, ids(rows)), total: countClaims(db, articleId) };
}

export interface WindowQuery {
  articleId: string;
  offset: number;
  limit: number;
  statusTagId?: string | undefined;
  tagId?: string | undefined;
}

/** A window of the article's claims list: text order, filtered by status ('none': without one) and tag. */
export function claimWindow(db: Db, q: WindowQuery): ClaimWindow {
  liveArticle(db, q.articleId);
  const conditions = ['a.article_id = ?', 'a.deleted_at IS NULL'];
  const params: unknown[] = [q.articleId];
  if (q.statusTagId === 'none') conditions.push('a.status_tag_id IS NULL');
  else if (q.statusTagId) {
    conditions.push('a.status_tag_id = ?');
    params.push(q.statusTagId);
  }
  if (q.tagId) {
    conditions.push('EXISTS (SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id AND t.tag_id = ?)');
    params.push(q.tagId);
  }
  const where = conditions.join(' AND ');
  const matching = (sql(db, `SELECT count(*) AS n FROM annotations a WHERE ${where}`).get(...params) as { n: number }).n;
  const rows = sql(db, `SELECT a.id FROM annotations a WHERE ${where} ORDER BY a.start, a."end", a.created_at LIMIT ? OFFSET ?`).all(
    ...params,
    q.limit,
    q.offset,
  );
  const total = q.statusTagId || q.tagId ? countClaims(db, q.articleId) : matching;
  return { annotations: annotationsByIds(db, ids(rows)), offset: q.offset, matching, total };
}
