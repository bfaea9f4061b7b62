// Taxonomies and their tags: the fact-check statuses and the bias techniques a claim is tagged with.
import type { Handlers, CoreContext, Namespaced } from './context.js';
import { exportTaxonomy, importTaxonomy } from './taxonomies/exchange.js';
import { listTaxonomies } from './taxonomies/store.js';
import { createTag, removeTag, reorderTags, restoreTag, updateTag } from './taxonomies/tags.js';

export { ensureBuiltinTaxonomies } from './taxonomies/exchange.js';
export { findTag, listTaxonomies } from './taxonomies/store.js';

/** Passes a result through after telling the window that the taxonomies changed. */
function notifier(ctx: CoreContext) {
  return <T>(value: T): T => {
    ctx.emit('library.changed', { what: 'taxonomies' });
    return value;
  };
}

export function taxonomyHandlers(ctx: CoreContext): Handlers<Namespaced<'taxonomies'>> {
  const changed = notifier(ctx);
  return {
    'taxonomies.list': () => listTaxonomies(ctx.db),
    'taxonomies.export': ({ id }) => exportTaxonomy(ctx.db, id),
    'taxonomies.import': ({ json }) => changed(importTaxonomy(ctx.db, json)),
  };
}

export function tagHandlers(ctx: CoreContext): Handlers<Namespaced<'tags'>> {
  const changed = notifier(ctx);
  return {
    'tags.create': (input) => changed(createTag(ctx.db, input)),
    'tags.update': (input) => changed(updateTag(ctx.db, input)),
    'tags.reorder': (input) => changed(reorderTags(ctx.db, input)),
    'tags.remove': ({ id }) => changed(removeTag(ctx.db, id)),
    'tags.restore': ({ id }) => changed(restoreTag(ctx.db, id)),
  };
}
