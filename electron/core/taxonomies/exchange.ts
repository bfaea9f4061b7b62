// Taxonomies in and out as JSON (format.ts), and the built-in defaults from resources/taxonomies.
import { randomUUID } from 'node:crypto';
import type { Taxonomy } from '../../../shared/model.js';
import statusDefaults from '../../../resources/taxonomies/status.json' with { type: 'json' };
import techniqueDefaults from '../../../resources/taxonomies/technique.json' with { type: 'json' };
import type { Db } from '../db.js';
import { sql } from '../statements.js';
import { describeIssues, GlossError } from '../errors.js';
import { TAXONOMY_FORMAT, TAXONOMY_FORMAT_VERSION, taxonomyFile, type TaxonomyFile } from './format.js';
import { getTaxonomy, tagUsingKey } from './store.js';

/** Parsed when first used, so that a broken resource file fails loudly in the tests. */
export function builtinTaxonomies(): TaxonomyFile[] {
  return [statusDefaults, techniqueDefaults].map((file) => taxonomyFile.parse(file));
}

/** Adds the built-in taxonomies and any built-in tag missing from them; what the user changed stays. */
export function ensureBuiltinTaxonomies(db: Db): void {
  const files = builtinTaxonomies();
  const tagExists = sql(db, 'SELECT 1 FROM tags WHERE id = ?');
  const insertTag = sql(db, 
    `INSERT INTO tags (id, taxonomy_id, name, description, color, key, position, rating_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    files.forEach((file, position) => {
      sql(db, 'INSERT OR IGNORE INTO taxonomies (id, name, kind, builtin, position) VALUES (?, ?, ?, 1, ?)').run(
        file.id!,
        file.name,
        file.kind,
        position,
      );
      file.tags.forEach((tag, i) => {
        if (tagExists.get(tag.id!)) return;
        const key = tag.key !== null && tagUsingKey(db, tag.key) === null ? tag.key : null;
        insertTag.run(tag.id!, file.id!, tag.name, tag.description, tag.color, key, i, tag.ratingValue);
      });
    });
  }).immediate();
}

export function exportTaxonomy(db: Db, id: string): { fileName: string; json: string } {
  const taxonomy = getTaxonomy(db, id);
  const file: TaxonomyFile = {
    format: TAXONOMY_FORMAT,
    version: TAXONOMY_FORMAT_VERSION,
    id: taxonomy.id,
    name: taxonomy.name,
    kind: taxonomy.kind,
    tags: taxonomy.tags
      .filter((t) => !t.removed)
      .map((t) => ({ id: t.id, name: t.name, description: t.description, color: t.color, key: t.key, ratingValue: t.ratingValue })),
  };
  const slug = taxonomy.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'taxonomy';
  return { fileName: `${slug}.gloss-taxonomy.json`, json: JSON.stringify(file, null, 2) + '\n' };
}

function parseFile(json: string): TaxonomyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new GlossError('parse_failed', { key: 'taxonomies.notJson', params: { detail: (e as Error).message } });
  }
  const parsed = taxonomyFile.safeParse(raw);
  if (!parsed.success) {
    const { details, first } = describeIssues(parsed.error, 20);
    throw new GlossError(
      'invalid_input',
      { key: 'taxonomies.notTaxonomyFile', params: { format: TAXONOMY_FORMAT, version: TAXONOMY_FORMAT_VERSION, detail: first } },
      details,
    );
  }
  return parsed.data;
}

interface ExistingTag {
  id: string;
  taxonomy_id: string;
  name: string;
}

/**
 * A file whose id names a taxonomy here updates it: its tags are matched by id, else by name,
 * updated and restored; new ones are added; tags the file does not list are left as they are.
 * Any other file becomes a new taxonomy. A key already used by a tag outside the file is
 * dropped (keys are a local keyboard choice) rather than failing the import.
 */
export function importTaxonomy(db: Db, json: string): Taxonomy {
  const file = parseFile(json);
  return db.transaction(() => {
    const existing = file.id
      ? (sql(db, 'SELECT id, kind FROM taxonomies WHERE id = ?').get(file.id) as { id: string; kind: string } | undefined)
      : undefined;
    if (existing && existing.kind !== file.kind) {
      throw new GlossError('conflict', { key: 'taxonomies.kindClash', params: { id: existing.id, kind: existing.kind } });
    }
    const taxonomyId = existing?.id ?? file.id ?? randomUUID();
    if (existing) {
      sql(db, 'UPDATE taxonomies SET name = ? WHERE id = ?').run(file.name, taxonomyId);
    } else {
      const { next } = sql(db, 'SELECT coalesce(max(position), -1) + 1 AS next FROM taxonomies').get() as { next: number };
      sql(db, 'INSERT INTO taxonomies (id, name, kind, builtin, position) VALUES (?, ?, ?, 0, ?)').run(
        taxonomyId,
        file.name,
        file.kind,
        next,
      );
    }

    const own = sql(db, 'SELECT id, taxonomy_id, name FROM tags WHERE taxonomy_id = ?').all(taxonomyId) as ExistingTag[];
    const byId = sql(db, 'SELECT id, taxonomy_id, name FROM tags WHERE id = ?');
    const taken = new Set<string>();
    const ids = file.tags.map((tag) => {
      const free = own.filter((t) => !taken.has(t.id));
      const match = free.find((t) => t.id === tag.id) ?? free.find((t) => t.name.toLowerCase() === tag.name.toLowerCase());
      // An id used by another taxonomy's tag is not taken over.
      const id = match?.id ?? (tag.id && !byId.get(tag.id) ? tag.id : randomUUID());
      taken.add(id);
      return id;
    });
    const matched = new Set(own.map((t) => t.id));
    const clearKey = sql(db, 'UPDATE tags SET key = NULL WHERE id = ?');
    for (const id of ids) if (matched.has(id)) clearKey.run(id);

    const update = sql(db, 
      `UPDATE tags SET name = ?, description = ?, color = ?, key = ?, rating_value = ?, position = ?, removed_at = NULL WHERE id = ?`,
    );
    const insert = sql(db, 
      `INSERT INTO tags (name, description, color, key, rating_value, position, id, taxonomy_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    file.tags.forEach((tag, position) => {
      const id = ids[position]!;
      const key = tag.key !== null && tagUsingKey(db, tag.key, id) === null ? tag.key : null;
      const values = [tag.name, tag.description, tag.color.toLowerCase(), key, tag.ratingValue, position, id] as const;
      if (matched.has(id)) update.run(...values);
      else insert.run(...values, taxonomyId);
    });
    // Tags the file leaves out keep their relative order after the ones it lists.
    const rest = own.filter((t) => !ids.includes(t.id));
    const setPosition = sql(db, 'UPDATE tags SET position = ? WHERE id = ?');
    rest.forEach((t, i) => setPosition.run(file.tags.length + i, t.id));
    return getTaxonomy(db, taxonomyId);
  }).immediate();
}
