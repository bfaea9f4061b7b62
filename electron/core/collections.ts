// Collections: named sets of articles to read and report on together. Deleting one only
// marks it, and frees its name; the articles stay in the library.
import { randomUUID } from 'node:crypto';
import type { Collection } from '../../shared/model.js';
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { nowIso, type Db } from './db.js';
import { GlossError, notFound } from './errors.js';
import { sql } from './statements.js';

interface CollectionRow {
  id: string;
  name: string;
  created_at: string;
}

// CROSS JOIN keeps the members the outer loop: left to itself the planner walked every live
// article and looked each up among the members (10 ms a call at 100,000 articles, none in a
// collection), and the library asks for the collections as it starts.
const memberSql = `SELECT ca.collection_id AS collectionId, ca.article_id AS articleId
  FROM collection_articles ca CROSS JOIN articles a ON a.id = ca.article_id AND a.deleted_at IS NULL`;

function withMembers(db: Db, rows: CollectionRow[], oneId?: string): Collection[] {
  const members = (
    oneId
      ? db.prepare(`${memberSql} WHERE ca.collection_id = ? ORDER BY ca.position`).all(oneId)
      : db.prepare(`${memberSql} ORDER BY ca.collection_id, ca.position`).all()
  ) as Array<{ collectionId: string; articleId: string }>;
  const byCollection = new Map<string, string[]>();
  for (const m of members) {
    let ids = byCollection.get(m.collectionId);
    if (!ids) byCollection.set(m.collectionId, (ids = []));
    ids.push(m.articleId);
  }
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, articleIds: byCollection.get(r.id) ?? [] }));
}

export function listCollections(db: Db): Collection[] {
  const rows = db
    .prepare('SELECT id, name, created_at FROM collections WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE')
    .all() as CollectionRow[];
  return withMembers(db, rows);
}

/** A live collection with its (non-trashed) articles in the order they were added; not_found otherwise. */
export function getCollection(db: Db, id: string): Collection {
  const row = db.prepare('SELECT id, name, created_at FROM collections WHERE id = ? AND deleted_at IS NULL').get(id) as
    | CollectionRow
    | undefined;
  if (!row) throw notFound('collection', id);
  return withMembers(db, [row], id)[0]!;
}

/** A live collection by id, or by name ignoring case; null when there is none. */
export function findCollection(db: Db, nameOrId: string): Collection | null {
  const row = db
    .prepare(
      `SELECT id, name, created_at FROM collections
       WHERE deleted_at IS NULL AND (id = @id OR name = @name COLLATE NOCASE)
       ORDER BY id = @id DESC LIMIT 1`,
    )
    .get({ id: nameOrId, name: nameOrId.trim() }) as CollectionRow | undefined;
  return row ? withMembers(db, [row], row.id)[0]! : null;
}

function assertNameFree(db: Db, name: string, exceptId: string | null): void {
  const clash = db
    .prepare('SELECT name FROM collections WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE AND id IS NOT ?')
    .get(name, exceptId) as { name: string } | undefined;
  if (clash) {
    throw new GlossError('conflict', { key: 'collections.nameTaken', params: { name: clash.name } });
  }
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new GlossError('invalid_input', { key: 'collections.nameMissing' });
  return trimmed;
}

export function createCollection(ctx: CoreContext, name: string): Collection {
  const clean = checkedName(name);
  assertNameFree(ctx.db, clean, null);
  const id = randomUUID();
  ctx.db.prepare('INSERT INTO collections (id, name, created_at) VALUES (?, ?, ?)').run(id, clean, nowIso());
  ctx.emit('library.changed', { what: 'collections' });
  return getCollection(ctx.db, id);
}

function renameCollection(ctx: CoreContext, id: string, name: string): Collection {
  getCollection(ctx.db, id);
  const clean = checkedName(name);
  assertNameFree(ctx.db, clean, id);
  ctx.db.prepare('UPDATE collections SET name = ? WHERE id = ?').run(clean, id);
  ctx.emit('library.changed', { what: 'collections' });
  return getCollection(ctx.db, id);
}

function deleteCollection(ctx: CoreContext, id: string): { id: string } {
  getCollection(ctx.db, id);
  ctx.db.prepare('UPDATE collections SET deleted_at = ? WHERE id = ?').run(nowIso(), id);
  ctx.emit('library.changed', { what: 'collections' });
  return { id };
}

function assertArticlesExist(db: Db, articleIds: string[], trashedToo = false): void {
  const missing = db
    .prepare(
      `SELECT j.value AS id FROM json_each(?) j
       WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = j.value ${trashedToo ? '' : 'AND a.deleted_at IS NULL'})`,
    )
    .pluck()
    .all(JSON.stringify(articleIds)) as string[];
  if (missing.length > 0) {
    throw new GlossError('not_found', { key: 'collections.missingArticles', params: { id: missing[0]!, more: missing.length - 1 } }, { missing });
  }
}

/** Puts an article after the last one of a collection; one already in it keeps its place. */
export function appendToCollection(db: Db, id: string, articleId: string): void {
  sql(
    db,
    `INSERT OR IGNORE INTO collection_articles (collection_id, article_id, position)
     VALUES (@id, @articleId, (SELECT coalesce(max(position), -1) + 1 FROM collection_articles WHERE collection_id = @id))`,
  ).run({ id, articleId });
}

/** Adds articles to a collection in the order given; ones already in it keep their place. */
export function addToCollection(ctx: CoreContext, id: string, articleIds: string[]): Collection {
  getCollection(ctx.db, id);
  assertArticlesExist(ctx.db, articleIds);
  ctx.db.transaction(() => {
    for (const articleId of articleIds) appendToCollection(ctx.db, id, articleId);
  }).immediate();
  ctx.emit('library.changed', { what: 'collections' });
  return getCollection(ctx.db, id);
}

function removeFromCollection(ctx: CoreContext, id: string, articleIds: string[]): Collection {
  getCollection(ctx.db, id);
  assertArticlesExist(ctx.db, articleIds, true);
  ctx.db
    .prepare('DELETE FROM collection_articles WHERE collection_id = ? AND article_id IN (SELECT value FROM json_each(?))')
    .run(id, JSON.stringify(articleIds));
  ctx.emit('library.changed', { what: 'collections' });
  return getCollection(ctx.db, id);
}

export function collectionHandlers(ctx: CoreContext): Handlers<Namespaced<'collections'>> {
  return {
    'collections.list': () => listCollections(ctx.db),
    'collections.create': ({ name }) => createCollection(ctx, name),
    'collections.rename': ({ id, name }) => renameCollection(ctx, id, name),
    'collections.delete': ({ id }) => deleteCollection(ctx, id),
    'collections.addArticles': ({ id, articleIds }) => addToCollection(ctx, id, articleIds),
    'collections.removeArticles': ({ id, articleIds }) => removeFromCollection(ctx, id, articleIds),
  };
}
