// Articles in the library: list with filters, read, edit metadata, correct the text, trash.
import type { ParsedInputOf } from '../../shared/contract/index.js';
import type { Article, ArticleSummary, Block, ReanchorReport } from '../../shared/model.js';
import { reanchorAnnotations } from './annotations.js';
import { contentHash, countWords, importFiles, importText } from './article-import.js';
import { getCollection } from './collections.js';
import { preloadParser } from './import/html.js';
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { nowIso, type Db } from './db.js';
import { GlossError, notFound } from './errors.js';
import { readBlocks, verifyArticleText } from './library-check.js';
import { readOriginal } from './originals.js';
import { sql } from './statements.js';
import { SUMMARY_COLUMNS, summariesByIds, withCounts, type SummaryRow } from './summaries.js';

export type ArticleFilter = Partial<ParsedInputOf<'articles.list'>>;

interface ArticleRow extends SummaryRow {
  body: string;
  blocks: string;
  content_hash: string;
  original_name: string | null;
  original_type: string | null;
}

/** The whole article, trashed or not; not_found when there is no such id. */
export function getArticle(db: Db, id: string): Article {
  const row = sql(
    db,
    `SELECT ${SUMMARY_COLUMNS}, a.body, a.blocks, a.content_hash, a.original_name, a.original_type
     FROM articles a WHERE a.id = ?`,
  ).get(id) as ArticleRow | undefined;
  if (!row) throw notFound('article', id);
  verifyArticleText(id, row.title, row.body, row.content_hash);
  const [summary] = withCounts(db, [row]);
  return {
    ...summary!,
    body: row.body,
    blocks: readBlocks(id, row.title, row.blocks, row.body.length),
    contentHash: row.content_hash,
    originalName: row.original_name,
    originalType: row.original_type,
  };
}

const nullsLast = (column: string, order: string) => `${column} IS NULL, ${column} ${order}`;

export const sortColumns: Record<NonNullable<ArticleFilter['sort']>, (order: string) => string> = {
  title: (o) => `a.title COLLATE NOCASE ${o}`,
  publishedAt: (o) => nullsLast('a.published_at', o),
  outlet: (o) => nullsLast('a.outlet COLLATE NOCASE', o),
  createdAt: (o) => `a.created_at ${o}`,
  annotationCount: (o) => `a.claim_count ${o}`,
};

/** The WHERE of a listing: library or trash, and the filters given. */
export function filterClauses(filter: ArticleFilter): { where: string[]; params: unknown[] } {
  const where = [filter.inTrash ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.collectionId) {
    where.push('EXISTS (SELECT 1 FROM collection_articles ca WHERE ca.article_id = a.id AND ca.collection_id = ?)');
    params.push(filter.collectionId);
  }
  if (filter.outlet) {
    where.push('a.outlet = ? COLLATE NOCASE');
    params.push(filter.outlet);
  }
  if (filter.from) {
    where.push('a.published_at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    // Compare at the precision given, so that to=2024-03-10 includes 2024-03-10T18:00Z.
    where.push('substr(a.published_at, 1, ?) <= ?');
    params.push(filter.to.length, filter.to);
  }
  if (filter.statusTagId) {
    where.push('EXISTS (SELECT 1 FROM article_claim_counts c WHERE c.article_id = a.id AND c.status = ?)');
    params.push(filter.statusTagId);
  }
  if (filter.tagId) {
    // Not correlated: the articles with the tag are found once, not looked for per article
    // (which took 20 s over 3,000 articles).
    where.push(
      `a.id IN (SELECT an.article_id FROM annotation_tags t JOIN annotations an ON an.id = t.annotation_id
                WHERE t.tag_id = ? AND an.deleted_at IS NULL)`,
    );
    params.push(filter.tagId);
  }
  return { where, params };
}

/** Articles in the library (or in the trash with inTrash), filtered, sorted and paged. */
export function listArticles(db: Db, filter: ArticleFilter = {}): ArticleSummary[] {
  const { where, params } = filterClauses(filter);
  const order = filter.order === 'asc' ? 'ASC' : 'DESC';
  const sort = filter.sort ?? 'createdAt';
  let text = `SELECT ${SUMMARY_COLUMNS} FROM articles a
    WHERE ${where.join(' AND ')} ORDER BY ${sortColumns[sort](order)}, a.pk ${order}`;
  if (filter.limit !== undefined || filter.offset) {
    text += ' LIMIT ? OFFSET ?';
    params.push(filter.limit ?? -1, filter.offset ?? 0);
  }
  // The filters make a bounded set of texts, so each is compiled once per connection.
  return withCounts(db, sql(db, text).all(...params) as SummaryRow[]);
}

function requireArticle(db: Db, id: string): { body: string; content_hash: string; deleted_at: string | null } {
  const row = sql(db, 'SELECT body, content_hash, deleted_at FROM articles WHERE id = ?').get(id) as
    | { body: string; content_hash: string; deleted_at: string | null }
    | undefined;
  if (!row) throw notFound('article', id);
  return row;
}

/** A corrected text as the library stores it: NFC, \n line endings, one paragraph per blank-line-separated run. */
export function canonicalParagraphs(text: string): { body: string; blocks: Block[] } {
  const body = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const blocks: Block[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (end: number) => {
    const chunk = body.slice(start, end);
    const lead = chunk.length - chunk.trimStart().length;
    const trimmedEnd = start + chunk.trimEnd().length;
    if (trimmedEnd > start + lead) blocks.push({ kind: 'paragraph', start: start + lead, end: trimmedEnd });
  };
  for (const m of body.matchAll(separator)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(body.length);
  return { body, blocks };
}

export function correctText(ctx: CoreContext, id: string, text: string): ReanchorReport {
  const { db } = ctx;
  const old = requireArticle(db, id);
  const { body, blocks } = canonicalParagraphs(text);
  if (!body) throw new GlossError('invalid_input', { key: 'articles.emptyCorrection' });
  const hash = contentHash(body);
  const twin = db.prepare('SELECT id, title FROM articles WHERE content_hash = ? AND id <> ?').get(hash, id) as
    | { id: string; title: string }
    | undefined;
  if (twin) {
    throw new GlossError('conflict', { key: 'articles.sameText', params: { title: twin.title } });
  }
  const report = db.transaction(() => replaceText(db, id, old.body, body, blocks, hash)).immediate();
  ctx.emit('library.changed', { what: 'articles' });
  return report;
}

/** Puts a new text in place of `oldBody` and re-anchors the article's claims on it; the caller checks it and holds the transaction. */
export function replaceText(db: Db, id: string, oldBody: string, body: string, blocks: Block[], hash = contentHash(body)): ReanchorReport {
  sql(db, 'UPDATE articles SET body = ?, blocks = ?, word_count = ?, content_hash = ?, updated_at = ? WHERE id = ?').run(
    body,
    JSON.stringify(blocks),
    countWords(body),
    hash,
    nowIso(),
    id,
  );
  return reanchorAnnotations(db, id, oldBody, body);
}

const metadataColumns = {
  title: 'title',
  outlet: 'outlet',
  author: 'author',
  publishedAt: 'published_at',
  sourceUrl: 'source_url',
  language: 'language',
  direction: 'direction',
} as const;

/** The direction a language is written in, where the runtime knows it. */
function directionOf(language: string): 'ltr' | 'rtl' | undefined {
  // Intl.Locale#textInfo (a getter in V8) is not in TypeScript's lib yet.
  const info = (new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
  return info?.direction === 'rtl' ? 'rtl' : info?.direction === 'ltr' ? 'ltr' : undefined;
}

function updateMetadata(ctx: CoreContext, given: ParsedInputOf<'articles.update'>): ArticleSummary {
  requireArticle(ctx.db, given.id);
  const input = given.language && !given.direction ? { ...given, direction: directionOf(given.language) } : given;
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [field, column] of Object.entries(metadataColumns)) {
    const value = input[field as keyof typeof metadataColumns];
    if (value === undefined) continue;
    sets.push(`${column} = ?`);
    params.push(typeof value === 'string' && field !== 'title' ? value.trim() || null : value);
  }
  if (sets.length > 0) {
    ctx.db.prepare(`UPDATE articles SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...params, nowIso(), input.id);
    ctx.emit('library.changed', { what: 'articles' });
  }
  return summariesByIds(ctx.db, [input.id])[0]!;
}

function setDeleted(ctx: CoreContext, id: string, deleted: boolean): void {
  requireArticle(ctx.db, id);
  const now = nowIso();
  ctx.db
    .prepare(
      deleted
        ? 'UPDATE articles SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL'
        : 'UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL',
    )
    .run(...(deleted ? [now, now, id] : [now, id]));
  ctx.emit('library.changed', { what: 'articles' });
}

/**
 * The one deletion for good: the articles in the trash, their annotations, and their undo
 * history. An article of an assignment stays: the answers handed in are read against its text.
 */
function emptyTrash(ctx: CoreContext, ids?: string[]): { deleted: number; inAssignments: number } {
  const { db } = ctx;
  const chosen = ids ? [JSON.stringify(ids)] : [];
  const trashed = `SELECT id FROM articles WHERE deleted_at IS NOT NULL${ids ? ' AND id IN (SELECT value FROM json_each(?))' : ''}`;
  const deletable = `${trashed} AND id NOT IN (SELECT article_id FROM assignment_articles)`;
  const { deleted, inAssignments } = db.transaction(() => {
    // The undo history names annotations without a foreign key: it goes by hand, so that undo
    // never replays a change onto an article that is gone.
    db.prepare(`DELETE FROM annotation_history WHERE annotation_id IN (SELECT id FROM annotations WHERE article_id IN (${deletable}))`).run(...chosen);
    return {
      deleted: db.prepare(`DELETE FROM articles WHERE id IN (${deletable})`).run(...chosen).changes,
      inAssignments: db.prepare(`SELECT count(*) FROM (${trashed})`).pluck().get(...chosen) as number,
    };
  }).immediate();
  if (deleted > 0) ctx.emit('library.changed', { what: 'articles' });
  return { deleted, inAssignments };
}

export function articleHandlers(ctx: CoreContext): Handlers<Namespaced<'articles'>> {
  return {
    'articles.list': (input) => listArticles(ctx.db, input),
    'articles.get': ({ id }) => getArticle(ctx.db, id),
    'articles.import': async ({ files, collectionId }) => {
      if (collectionId) getCollection(ctx.db, collectionId);
      return importFiles(ctx, files, collectionId);
    },
    'articles.preloadImport': () => {
      preloadParser();
      return {};
    },
    'articles.importText': ({ text, title, collectionId }) => {
      if (collectionId) getCollection(ctx.db, collectionId);
      return importText(ctx, text, title, collectionId);
    },
    'articles.update': (input) => updateMetadata(ctx, input),
    'articles.correctText': ({ id, body }) => correctText(ctx, id, body),
    'articles.delete': ({ id }) => {
      setDeleted(ctx, id, true);
      return { id };
    },
    'articles.restore': ({ id }) => {
      setDeleted(ctx, id, false);
      return summariesByIds(ctx.db, [id])[0]!;
    },
    'articles.emptyTrash': ({ ids }) => emptyTrash(ctx, ids),
    'articles.original': ({ id }) => readOriginal(ctx.db, id),
  };
}
