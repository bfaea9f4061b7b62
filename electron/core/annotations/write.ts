// Creating, editing and deleting annotations: each change one transaction with its history step.
import { randomUUID } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import type { TagsParam } from '../../../shared/i18n/errorParams.js';
import type { Annotation, Evidence } from '../../../shared/model.js';
import type { CoreContext } from '../context.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { GlossError, notFound } from '../errors.js';
import { getTags, listTaxonomies } from '../taxonomies/store.js';
import { recordChange } from './history.js';
import { quoteOf, snapToGraphemes } from './quote.js';
import { getAnnotation } from './read.js';
import { applySnapshot, sameSnapshot, snapshotOf, writeTagsAndEvidence, type Snapshot } from './snapshot.js';

type EvidenceInput = Omit<Evidence, 'id'>;

/** The tags of a kind, for a message that lists them (each door names them in its language). */
function tagsOfKind(db: Db, kind: 'status' | 'technique'): TagsParam {
  return {
    tags: listTaxonomies(db)
      .filter((t) => t.kind === kind)
      .flatMap((t) => t.tags.filter((tag) => !tag.removed).map(({ id, name }) => ({ id, name }))),
  };
}

/**
 * The status must be a fact-check status and the tags techniques. A removed tag may stay on an
 * annotation that already had it but is not applied anew.
 */
export function checkTags(db: Db, statusTagId: string | null, tagIds: string[], alreadyHad: ReadonlySet<string>): void {
  const wanted = statusTagId === null ? tagIds : [statusTagId, ...tagIds];
  const tags = getTags(db, wanted);
  for (const id of wanted) {
    const tag = tags.get(id);
    if (!tag) throw notFound('tag', id);
    if (tag.removed && !alreadyHad.has(id)) {
      throw new GlossError('invalid_input', { key: 'annotations.tagRemoved', params: { name: { tag: { id, name: tag.name } } } });
    }
  }
  if (statusTagId !== null && tags.get(statusTagId)!.kind !== 'status') {
    const { name } = tags.get(statusTagId)!;
    throw new GlossError('invalid_input', { key: 'annotations.notAStatus', params: { name: { tag: { id: statusTagId, name } }, names: tagsOfKind(db, 'status') } });
  }
  for (const id of tagIds) {
    if (tags.get(id)!.kind === 'status') {
      const { name } = tags.get(id)!;
      throw new GlossError('invalid_input', { key: 'annotations.notATechnique', params: { name: { tag: { id, name } }, names: tagsOfKind(db, 'technique') } });
    }
  }
}

/** Keeps the ids of evidence that did not change, so an unchanged list is no change at all. */
function withIds(input: EvidenceInput[], current: Evidence[]): Evidence[] {
  const unused = [...current];
  return input.map((e) => {
    const i = unused.findIndex((c) => c.url === e.url && c.title === e.title && c.note === e.note);
    const id = i === -1 ? randomUUID() : unused.splice(i, 1)[0]!.id;
    return { id, url: e.url, title: e.title, note: e.note };
  });
}

function changed(ctx: CoreContext): void {
  ctx.emit('library.changed', { what: 'annotations' });
}

/**
 * A span that starts or ends inside a grapheme (half an emoji, a letter without its combining
 * mark) is widened to take the whole grapheme.
 */
export function createAnnotation(ctx: CoreContext, input: ParsedInputOf<'annotations.create'>): Annotation {
  const { db } = ctx;
  const id = db.transaction(() => {
    const article = sql(db, 'SELECT body FROM articles WHERE id = ? AND deleted_at IS NULL').get(input.articleId) as
      | { body: string }
      | undefined;
    if (!article) throw notFound('article', input.articleId);
    const { body } = article;
    if (input.end <= input.start) {
      throw new GlossError('invalid_input', { key: 'annotations.spanEmpty', params: { start: input.start, end: input.end } });
    }
    if (input.end > body.length) {
      throw new GlossError('invalid_input', { key: 'annotations.spanPastEnd', params: { start: input.start, end: input.end, length: body.length } });
    }
    const { start, end } = snapToGraphemes(body, input.start, input.end);
    if (isBlank(body.slice(start, end))) throw new GlossError('invalid_input', { key: 'annotations.blankSpan' });
    const tagIds = [...new Set(input.tagIds)];
    checkTags(db, input.statusTagId, tagIds, new Set());

    const id = randomUUID();
    const now = nowIso();
    const quote = quoteOf(body, start, end);
    sql(db, 
      `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, status_tag_id, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.articleId, start, end, quote.exact, quote.prefix, quote.suffix, input.statusTagId, input.note, now, now);
    const snapshot: Snapshot = {
      statusTagId: input.statusTagId,
      tagIds,
      note: input.note,
      evidence: withIds(input.evidence, []),
    };
    writeTagsAndEvidence(db, id, snapshot);
    recordChange(db, id, 'create', null, snapshotOf(db, id));
    return id;
  }).immediate();
  changed(ctx);
  return getAnnotation(db, id);
}

/** Nothing a reader could see: the report and the reader would have no words to highlight. */
function isBlank(text: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(text);
}

export function updateAnnotation(ctx: CoreContext, input: ParsedInputOf<'annotations.update'>): Annotation {
  const { db } = ctx;
  const didChange = db.transaction(() => {
    const before = snapshotOf(db, input.id);
    if (!before) throw notFound('annotation', input.id);
    const next: Snapshot = {
      statusTagId: input.statusTagId !== undefined ? input.statusTagId : before.statusTagId,
      tagIds: input.tagIds ? [...new Set(input.tagIds)] : before.tagIds,
      note: input.note ?? before.note,
      evidence: input.evidence ? withIds(input.evidence, before.evidence) : before.evidence,
    };
    // An edit that changes nothing leaves no step to undo and no new revision.
    if (sameSnapshot(before, next)) return false;
    checkTags(db, next.statusTagId, next.tagIds, new Set([...before.tagIds, before.statusTagId ?? '']));
    applySnapshot(db, input.id, next);
    recordChange(db, input.id, 'update', before, snapshotOf(db, input.id));
    return true;
  }).immediate();
  if (didChange) changed(ctx);
  return getAnnotation(db, input.id);
}

/** Moves the annotation to the trash; annotations.undo brings it back. */
export function deleteAnnotation(ctx: CoreContext, id: string): { id: string } {
  const { db } = ctx;
  db.transaction(() => {
    const before = snapshotOf(db, id);
    if (!before) throw notFound('annotation', id);
    applySnapshot(db, id, null);
    recordChange(db, id, 'delete', before, null);
  }).immediate();
  changed(ctx);
  return { id };
}
