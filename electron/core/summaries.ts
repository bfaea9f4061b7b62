// Article summaries as the library list shows them: metadata plus claim counts and collections,
// gathered for a whole page of articles with two grouped queries rather than one per article.
import type { ArticleSummary, Direction } from '../../shared/model.js';
import type { Db } from './db.js';
import { sql } from './statements.js';

export const SUMMARY_COLUMNS = `a.id, a.title, a.outlet, a.author, a.published_at, a.source_url, a.language,
  a.direction, a.created_at, a.updated_at, a.word_count`;

export interface SummaryRow {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published_at: string | null;
  source_url: string | null;
  language: string | null;
  direction: Direction;
  created_at: string;
  updated_at: string;
  word_count: number;
}

const WHOLE_LIBRARY_FROM = 500;

// Kept by triggers (migration 005-library-windows): no scan of the annotations.
const countsSql = `SELECT article_id AS articleId, status, n FROM article_claim_counts WHERE 1`;
const membershipsSql = `SELECT ca.article_id AS articleId, ca.collection_id AS collectionId
  FROM collection_articles ca JOIN collections c ON c.id = ca.collection_id WHERE c.deleted_at IS NULL`;
const onlyArticles = (column: string) => `AND ${column} IN (SELECT value FROM json_each(?))`;

const countsForSql = `${countsSql} ${onlyArticles('article_id')}`;
const countsAllSql = countsSql;
const membershipsForSql = `${membershipsSql} ${onlyArticles('ca.article_id')} ORDER BY c.name`;
const membershipsAllSql = `${membershipsSql} ORDER BY c.name`;

/** Adds annotation counts, counts by status and live collections to rows, keeping their order. */
export function withCounts(db: Db, rows: SummaryRow[]): ArticleSummary[] {
  if (rows.length === 0) return [];
  const summaries = new Map<string, ArticleSummary>();
  for (const r of rows) {
    summaries.set(r.id, {
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      author: r.author,
      publishedAt: r.published_at,
      sourceUrl: r.source_url,
      language: r.language,
      direction: r.direction,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      wordCount: r.word_count,
      annotationCount: 0,
      statusCounts: {},
      collectionIds: [],
    });
  }
  // For a page, look the page's articles up; for most of the library, one pass over everything is cheaper.
  const some = rows.length <= WHOLE_LIBRARY_FROM;
  const ids = some ? [JSON.stringify(rows.map((r) => r.id))] : [];
  const counts = sql(db, some ? countsForSql : countsAllSql).all(...ids) as Array<{ articleId: string; status: string; n: number }>;
  for (const c of counts) {
    const summary = summaries.get(c.articleId);
    if (!summary) continue;
    summary.annotationCount += c.n;
    summary.statusCounts[c.status] = c.n;
  }
  const memberships = sql(db, some ? membershipsForSql : membershipsAllSql).all(...ids) as Array<{ articleId: string; collectionId: string }>;
  for (const m of memberships) summaries.get(m.articleId)?.collectionIds.push(m.collectionId);
  return [...summaries.values()];
}

/** Summaries of the given articles (trashed ones included), in the order given; unknown ids are skipped. */
export function summariesByIds(db: Db, ids: string[]): ArticleSummary[] {
  const rows = sql(db, `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as SummaryRow[];
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
  return withCounts(db, rows);
}
