// Reading taxonomies and tags, and the lookups other modules validate against.
import type { Tag, Taxonomy, TaxonomyKind } from '../../../shared/model.js';
import type { Db } from '../db.js';
import { sql } from '../statements.js';
import { GlossError, notFound } from '../errors.js';

interface TagRow {
  id: string;
  taxonomy_id: string;
  name: string;
  description: string;
  color: string;
  key: string | null;
  position: number;
  rating_value: number | null;
  removed_at: string | null;
}

interface TaxonomyRow {
  id: string;
  name: string;
  kind: TaxonomyKind;
  builtin: number;
}

export type TagWithKind = Tag & { kind: TaxonomyKind };

function toTag(r: TagRow): Tag {
  return {
    id: r.id,
    taxonomyId: r.taxonomy_id,
    name: r.name,
    description: r.description,
    color: r.color,
    key: r.key,
    position: r.position,
    ratingValue: r.rating_value,
    removed: r.removed_at !== null,
  };
}

/** Every taxonomy with all its tags, removed ones included (flagged) so editors can restore them. */
export function listTaxonomies(db: Db): Taxonomy[] {
  const taxonomies = sql(db, 'SELECT id, name, kind, builtin FROM taxonomies ORDER BY position, name').all() as TaxonomyRow[];
  const tags = sql(db, 'SELECT * FROM tags ORDER BY position, name').all() as TagRow[];
  const byTaxonomy = new Map<string, Tag[]>(taxonomies.map((t) => [t.id, []]));
  for (const row of tags) byTaxonomy.get(row.taxonomy_id)?.push(toTag(row));
  return taxonomies.map((t) => ({ id: t.id, name: t.name, kind: t.kind, builtin: t.builtin === 1, tags: byTaxonomy.get(t.id)! }));
}

export function getTaxonomy(db: Db, id: string): Taxonomy {
  const taxonomy = listTaxonomies(db).find((t) => t.id === id);
  if (!taxonomy) throw notFound('taxonomy', id);
  return taxonomy;
}

export function getTag(db: Db, id: string): Tag {
  const row = sql(db, 'SELECT * FROM tags WHERE id = ?').get(id) as TagRow | undefined;
  if (!row) throw notFound('tag', id);
  return toTag(row);
}

/** Tags by id with their taxonomy's kind, for validating many at once. */
export function getTags(db: Db, ids: readonly string[]): Map<string, TagWithKind> {
  const found = new Map<string, TagWithKind>();
  if (ids.length === 0) return found;
  const rows = sql(db, 
      `SELECT tags.*, taxonomies.kind FROM tags JOIN taxonomies ON taxonomies.id = tags.taxonomy_id
       WHERE tags.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Array<TagRow & { kind: TaxonomyKind }>;
  for (const row of rows) found.set(row.id, { ...toTag(row), kind: row.kind });
  return found;
}

/**
 * A tag by id or by name (case-insensitive), as a person types it on the command line.
 * Removed tags are found by id only. With a kind, a tag of the other kind is refused.
 */
export function findTag(db: Db, nameOrId: string, kind?: TaxonomyKind): Tag {
  const wanted = nameOrId.trim();
  const all = sql(db, 'SELECT tags.*, taxonomies.kind FROM tags JOIN taxonomies ON taxonomies.id = tags.taxonomy_id ORDER BY taxonomies.position, tags.position')
    .all() as Array<TagRow & { kind: TaxonomyKind }>;
  const match =
    all.find((r) => r.id === wanted) ??
    all.find((r) => r.removed_at === null && r.name.toLowerCase() === wanted.toLowerCase());
  if (match && kind && match.kind !== kind) {
    throw new GlossError('invalid_input', { key: 'taxonomies.wrongKind', params: { name: match.name, kind } });
  }
  if (!match) {
    const valid = all.filter((r) => r.removed_at === null && (!kind || r.kind === kind)).map((r) => r.name);
    throw new GlossError('not_found', { key: 'taxonomies.noTagNamed', params: { kind: kind ?? 'any', name: wanted, valid: valid.join(', ') } });
  }
  return toTag(match);
}

/** The active tag other than exceptId that already uses this key, if any: keys are unique across all taxonomies. */
export function tagUsingKey(db: Db, key: string, exceptId?: string): Tag | null {
  const row = sql(db, 'SELECT * FROM tags WHERE key = ? AND removed_at IS NULL AND id IS NOT ? LIMIT 1')
    .get(key, exceptId ?? null) as TagRow | undefined;
  return row ? toTag(row) : null;
}

export function assertKeyFree(db: Db, key: string | null, exceptId?: string): void {
  if (key === null) return;
  const other = tagUsingKey(db, key, exceptId);
  if (other) {
    throw new GlossError('conflict', { key: 'taxonomies.keyTaken', params: { key, name: other.name } }, {
      tagId: other.id,
    });
  }
}

export function assertNameFree(db: Db, taxonomyId: string, name: string, exceptId?: string): void {
  const names = sql(db, 'SELECT id, name FROM tags WHERE taxonomy_id = ? AND removed_at IS NULL')
    .all(taxonomyId) as Array<{ id: string; name: string }>;
  const other = names.find((t) => t.id !== exceptId && t.name.toLowerCase() === name.toLowerCase());
  if (other) throw new GlossError('conflict', { key: 'taxonomies.nameTaken', params: { name: other.name } });
}
