// Claim links: the same claim (or a contradicting one) in two different articles.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import type { ClaimLink } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { GlossError, notFound } from '../errors.js';
import { getAnnotation } from './read.js';

function liveArticleOf(db: Db, annotationId: string): string {
  const row = sql(db, 
      `SELECT a.article_id FROM annotations a JOIN articles art ON art.id = a.article_id
       WHERE a.id = ? AND a.deleted_at IS NULL AND art.deleted_at IS NULL`,
    )
    .get(annotationId) as { article_id: string } | undefined;
  if (!row) throw notFound('annotation', annotationId);
  return row.article_id;
}

/** Linking a pair already linked (either way round) changes the relation of that link rather than adding one. */
export function linkClaims(db: Db, input: ParsedInputOf<'annotations.link'>): ClaimLink {
  const id = db.transaction(() => {
    if (input.fromId === input.toId) throw new GlossError('invalid_input', { key: 'annotations.linkToItself' });
    if (liveArticleOf(db, input.fromId) === liveArticleOf(db, input.toId)) {
      throw new GlossError('invalid_input', { key: 'annotations.linkSameArticle' });
    }
    const existing = sql(db, 
        `SELECT id FROM claim_links WHERE deleted_at IS NULL
         AND ((from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?))`,
      )
      .get(input.fromId, input.toId, input.toId, input.fromId) as { id: string } | undefined;
    if (existing) {
      sql(db, 'UPDATE claim_links SET relation = ? WHERE id = ?').run(input.relation, existing.id);
      return existing.id;
    }
    const id = randomUUID();
    sql(db, 'INSERT INTO claim_links (id, from_id, to_id, relation, created_at) VALUES (?, ?, ?, ?, ?)').run(
      id,
      input.fromId,
      input.toId,
      input.relation,
      nowIso(),
    );
    return id;
  }).immediate();
  return getAnnotation(db, input.fromId).links.find((l) => l.id === id)!;
}

/** Marks the link deleted; the row stays as a record. */
export function unlinkClaims(db: Db, id: string): { id: string } {
  const result = sql(db, 'UPDATE claim_links SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(nowIso(), id);
  if (result.changes === 0) throw notFound('claim link', id);
  return { id };
}
