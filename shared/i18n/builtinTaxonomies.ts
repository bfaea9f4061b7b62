// The built-in statuses and techniques in the reader's language. Names and definitions are the
// library's data (exported, synced, matched by the CLI), so they stay stored in English; a
// built-in that still carries its default English text is shown as the catalogue says for its
// stable id (taxonomy:builtin.<taxonomy>.tags.<slug>), and anything the user wrote stays theirs.
import type { Taxonomy } from '../model.js';
import type { Translator } from './translator.js';

/** The text shown for a catalogue key of `taxonomy`: its translation when `stored` is still its English default. */
function shownBy(translator: Translator): (key: string, stored: string) => string {
  const english = translator.getFixedT('en', 'taxonomy');
  const local = translator.getFixedT(null, 'taxonomy');
  return (key, stored) => (translator.exists(key, { ns: 'taxonomy', lng: 'en' }) && english(key) === stored ? local(key) : stored);
}

export function localiseTaxonomies(taxonomies: Taxonomy[], translator: Translator): Taxonomy[] {
  if (translator.language === 'en') return taxonomies;
  const shown = shownBy(translator);

  return taxonomies.map((taxonomy) => {
    if (!taxonomy.builtin) return taxonomy;
    const base = `builtin.${taxonomy.id}`;
    return {
      ...taxonomy,
      name: shown(`${base}.name`, taxonomy.name),
      tags: taxonomy.tags.map((tag) => {
        const slug = tag.id.startsWith(`${taxonomy.id}:`) ? tag.id.slice(taxonomy.id.length + 1) : null;
        if (!slug) return tag;
        return { ...tag, name: shown(`${base}.tags.${slug}.name`, tag.name), description: shown(`${base}.tags.${slug}.description`, tag.description) };
      }),
    };
  });
}

/** One tag's name as shown, from its stable id (`status:mostly-true`) and its stored name. */
export function localTagName(tag: { id: string; name: string }, translator: Translator): string {
  const colon = tag.id.indexOf(':');
  if (translator.language === 'en' || colon === -1) return tag.name;
  return shownBy(translator)(`builtin.${tag.id.slice(0, colon)}.tags.${tag.id.slice(colon + 1)}.name`, tag.name);
}
