// The built-in statuses and techniques show in the interface's language while they keep their
// default names; a name or definition the user wrote is shown as written, in every language.
import { describe, expect, it } from 'vitest';
import statusDefaults from '../../../resources/taxonomies/status.json' with { type: 'json' };
import techniqueDefaults from '../../../resources/taxonomies/technique.json' with { type: 'json' };
import { localiseTaxonomies } from '../../../shared/i18n/builtinTaxonomies.js';
import { languages } from '../../../shared/i18n/languages.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import type { Taxonomy } from '../../../shared/model.js';

const builtins: Taxonomy[] = [statusDefaults, techniqueDefaults].map((file) => ({
  id: file.id,
  name: file.name,
  kind: file.kind as Taxonomy['kind'],
  builtin: true,
  tags: file.tags.map((t, position) => ({ ...t, taxonomyId: file.id, position, removed: false })),
}));

function strict(language: (typeof languages)[number]['code']) {
  const missing: string[] = [];
  return { translator: createTranslator(language, (key) => missing.push(key)), missing };
}

describe('built-in taxonomies in the interface language', () => {
  it.each(languages.map((l) => l.code).filter((c) => c !== 'en'))('%s: every built-in name and definition is translated', (code) => {
    const { translator, missing } = strict(code);
    const shown = localiseTaxonomies(builtins, translator);
    for (const [i, taxonomy] of shown.entries()) {
      expect(taxonomy.name).not.toBe(builtins[i]!.name);
      for (const [j, tag] of taxonomy.tags.entries()) {
        expect(tag.name, tag.id).not.toBe(builtins[i]!.tags[j]!.name);
        expect(tag.description, tag.id).not.toBe(builtins[i]!.tags[j]!.description);
      }
    }
    expect(missing).toEqual([]);
  });

  it('in Spanish, "True" reads "Verdadero"; a renamed status and a changed definition stay as the user wrote them', () => {
    const { translator } = strict('es');
    const status = structuredClone(builtins[0]!);
    status.tags[1]!.name = 'Largely accurate';
    status.tags[2]!.description = 'Our desk: half right.';
    const [shown] = localiseTaxonomies([status], translator);
    expect(shown!.tags[0]).toMatchObject({ id: 'status:true', name: 'Verdadero', description: 'Preciso, sin omisiones importantes.' });
    expect(shown!.tags[1]!.name).toBe('Largely accurate');
    expect(shown!.tags[2]).toMatchObject({ name: 'Mixto', description: 'Our desk: half right.' });
  });

  it("a user's own taxonomy is never translated, even with a tag named like a built-in", () => {
    const { translator } = strict('fr');
    const own: Taxonomy = { ...structuredClone(builtins[0]!), id: 'mine', name: 'Fact-check status', builtin: false };
    expect(localiseTaxonomies([own], translator)).toEqual([own]);
  });

  it('English shows the library as stored', () => {
    expect(localiseTaxonomies(builtins, strict('en').translator)).toBe(builtins);
  });
});
