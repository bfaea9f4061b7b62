// Editing the tags of a taxonomy. Nothing is deleted: a removed tag stays so that the
// annotations that used it keep a record, and can be restored.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import type { Tag, Taxonomy } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { GlossError } from '../errors.js';
import { assertKeyFree, assertNameFree, getTag, getTaxonomy, tagUsingKey } from './store.js';

export function createTag(db: Db, input: ParsedInputOf<'tags.create'>): Tag {
  return db.transaction(() => {
    const taxonomy = getTaxonomy(db, input.taxonomyId);
    assertNameFree(db, taxonomy.id, input.name);
    assertKeyFree(db, input.key);
    const id = randomUUID();
    const position = Math.max(-1, ...taxonomy.tags.map((t) => t.position)) + 1;
    sql(db, 
      `INSERT INTO tags (id, taxonomy_id, name, description, color, key, position, rating_value)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL)`,
    ).run(id, taxonomy.id, input.name, input.description, input.color.toLowerCase(), input.key, position);
    return getTag(db, id);
  }).immediate();
}

export function updateTag(db: Db, input: ParsedInputOf<'tags.update'>): Tag {
  return db.transaction(() => {
    const tag = getTag(db, input.id);
    if (input.name !== undefined) assertNameFree(db, tag.taxonomyId, input.name, tag.id);
    if (input.key !== undefined && !tag.removed) assertKeyFree(db, input.key, tag.id);
    sql(db, 
      `UPDATE tags SET name = coalesce(?, name), color = coalesce(?, color), description = coalesce(?, description),
       key = CASE WHEN ? THEN ? ELSE key END WHERE id = ?`,
    ).run(
      input.name ?? null,
      input.color?.toLowerCase() ?? null,
      input.description ?? null,
      input.key !== undefined ? 1 : 0,
      input.key ?? null,
      tag.id,
    );
    return getTag(db, tag.id);
  }).immediate();
}

/** The listed tags take the first places in the given order; tags not listed keep their order after them. */
export function reorderTags(db: Db, input: ParsedInputOf<'tags.reorder'>): Taxonomy {
  return db.transaction(() => {
    const taxonomy = getTaxonomy(db, input.taxonomyId);
    const own = new Set(taxonomy.tags.map((t) => t.id));
    const listed = new Set<string>();
    for (const id of input.tagIds) {
      if (!own.has(id)) throw new GlossError('invalid_input', { key: 'taxonomies.tagNotInTaxonomy', params: { id, name: taxonomy.name } });
      if (listed.has(id)) throw new GlossError('invalid_input', { key: 'taxonomies.tagTwice', params: { id } });
      listed.add(id);
    }
    const order = [...input.tagIds, ...taxonomy.tags.map((t) => t.id).filter((id) => !listed.has(id))];
    const setPosition = sql(db, 'UPDATE tags SET position = ? WHERE id = ?');
    order.forEach((id, position) => setPosition.run(position, id));
    return getTaxonomy(db, taxonomy.id);
  }).immediate();
}

export function removeTag(db: Db, id: string): Tag {
  const tag = getTag(db, id);
  if (!tag.removed) sql(db, 'UPDATE tags SET removed_at = ? WHERE id = ?').run(nowIso(), id);
  return getTag(db, id);
}

/** A restored tag whose key was taken meanwhile comes back without a key rather than failing. */
export function restoreTag(db: Db, id: string): Tag {
  return db.transaction(() => {
    const tag = getTag(db, id);
    if (!tag.removed) return tag;
    assertNameFree(db, tag.taxonomyId, tag.name, tag.id);
    const keyTaken = tag.key !== null && tagUsingKey(db, tag.key, tag.id) !== null;
    sql(db, 'UPDATE tags SET removed_at = NULL, key = CASE WHEN ? THEN NULL ELSE key END WHERE id = ?').run(keyTaken ? 1 : 0, id);
    return getTag(db, id);
  }).immediate();
}
