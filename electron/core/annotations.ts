// Annotations: claims marked in an article's text, with a fact-check status, technique tags,
// a note, evidence, links to the same claim elsewhere, and undo over every change.
// The parts live in ./annotations/; this is what the rest of the core and the API use.
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { notFound } from './errors.js';
import { sql } from './statements.js';
import { resolveConflict } from './annotations/conflicts.js';
import { historyPreview, redo, undo } from './annotations/history.js';
import { linkClaims, unlinkClaims } from './annotations/links.js';
import { getAnnotation, listAnnotations } from './annotations/read.js';
import { claimsInText, claimWindow } from './annotations/windows.js';
import { createAnnotation, deleteAnnotation, updateAnnotation } from './annotations/write.js';

export { getAnnotation, listAnnotations } from './annotations/read.js';
export { createAnnotation } from './annotations/write.js';
export { reanchorAnnotations } from './annotations/reanchor.js';

export function annotationHandlers(ctx: CoreContext): Handlers<Namespaced<'annotations'>> {
  const { db } = ctx;
  const changed = <T>(value: T): T => {
    ctx.emit('library.changed', { what: 'annotations' });
    return value;
  };
  return {
    'annotations.list': ({ articleId }) => {
      if (!sql(db, 'SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').get(articleId)) {
        throw notFound('article', articleId);
      }
      return listAnnotations(db, articleId);
    },
    'annotations.inText': ({ articleId, from, to }) => claimsInText(db, articleId, from, to),
    'annotations.window': (query) => claimWindow(db, query),
    'annotations.get': ({ id }) => getAnnotation(db, id),
    'annotations.create': (input) => createAnnotation(ctx, input),
    'annotations.update': (input) => updateAnnotation(ctx, input),
    'annotations.delete': ({ id }) => deleteAnnotation(ctx, id),
    'annotations.undo': ({ articleId }) => {
      const step = undo(db, articleId);
      return step ? changed(step) : null;
    },
    'annotations.redo': ({ articleId }) => {
      const step = redo(db, articleId);
      return step ? changed(step) : null;
    },
    'annotations.history': ({ articleId }) => historyPreview(db, articleId),
    'annotations.link': (input) => changed(linkClaims(db, input)),
    'annotations.unlink': ({ id }) => changed(unlinkClaims(db, id)),
    'annotations.resolveConflict': ({ id, keep }) => changed(resolveConflict(db, id, keep)),
  };
}
