// The taxonomies as the UI sees them: loaded once, reloaded when the library says they changed,
// with the built-in statuses and techniques in the interface's language (builtinTaxonomies.ts).
import { localiseTaxonomies } from '../../../shared/i18n/builtinTaxonomies.js';
import type { Tag, Taxonomy } from '../../../shared/model.js';
import { answeredValue, gloss } from '../api/client.js';
import { createStore } from '../api/store.js';
import { i18n } from '../i18n.js';
import { valueOrToast } from '../ui/toasts.js';

export const taxonomyStore = createStore<Taxonomy[]>([]);

/** As the library stores them, to show again in another language. */
let stored: Taxonomy[] = [];

function show(list: Taxonomy[]): void {
  if (list === stored) return; // the early answer, shown already
  stored = list;
  taxonomyStore.set(localiseTaxonomies(list, i18n));
}

export async function reloadTaxonomies(): Promise<void> {
  const list = valueOrToast(await gloss.taxonomies.list({}));
  if (list) show(list);
}

/** The taxonomies the page's first script asked for, if they have come: shown by the app's first render. */
export function showAnsweredTaxonomies(): void {
  const list = answeredValue('taxonomies.list', {});
  if (list) show(list);
}

i18n.on('languageChanged', () => taxonomyStore.set(localiseTaxonomies(stored, i18n)));

export interface TagIndex {
  statuses: Tag[]; // active, in order
  techniques: Tag[]; // active, in order
  byId: Map<string, Tag>; // every tag, removed ones too, so old annotations still show theirs
}

let cachedFor: Taxonomy[] | null = null;
let cached: TagIndex = { statuses: [], techniques: [], byId: new Map() };

export function tagIndex(taxonomies: Taxonomy[]): TagIndex {
  if (taxonomies === cachedFor) return cached;
  const byId = new Map<string, Tag>();
  const statuses: Tag[] = [];
  const techniques: Tag[] = [];
  for (const t of taxonomies) {
    const sorted = [...t.tags].sort((a, b) => a.position - b.position);
    for (const tag of sorted) {
      byId.set(tag.id, tag);
      if (!tag.removed) (t.kind === 'status' ? statuses : techniques).push(tag);
    }
  }
  cachedFor = taxonomies;
  cached = { statuses, techniques, byId };
  return cached;
}

export function useTags(): TagIndex {
  return tagIndex(taxonomyStore.use());
}
