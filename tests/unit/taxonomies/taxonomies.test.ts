import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAnnotation } from '../../../electron/core/annotations.js';
import { ensureBuiltinTaxonomies, findTag, listTaxonomies } from '../../../electron/core/taxonomies.js';
import { openTestLibrary, spanOf, type TestLibrary } from '../annotations/fixtures.js';

let lib: TestLibrary;
beforeEach(async () => {
  lib = await openTestLibrary();
});
afterEach(() => lib.close());

const byId = (id: string) => listTaxonomies(lib.db).find((t) => t.id === id)!;

describe('built-in taxonomies', () => {
  it('offer the ClaimReview statuses with ratings and keys 1-9, and the persuasion techniques', () => {
    const status = byId('status');
    expect(status).toMatchObject({ kind: 'status', builtin: true });
    expect(status.tags.map((t) => [t.name, t.ratingValue, t.key])).toEqual([
      ['True', 6, '1'],
      ['Mostly true', 5, '2'],
      ['Mixed', 4, '3'],
      ['Misleading', 3, '4'],
      ['Mostly false', 2, '5'],
      ['False', 1, '6'],
      ['Unverifiable', null, '7'],
      ['Needs context', null, '8'],
      ['Not yet checked', null, '9'],
    ]);
    const technique = byId('technique');
    expect(technique.tags.map((t) => t.name)).toEqual([
      'Loaded language',
      'Name calling',
      'Exaggeration or minimisation',
      'Appeal to fear',
      'Doubt',
      'Flag-waving',
      'Causal oversimplification',
      'Whataboutism',
      'Unnamed source',
      'Opinion presented as fact',
      'Missing context',
    ]);
  });

  it('give every tag its own colour within a taxonomy and its own key across all of them', () => {
    const tags = listTaxonomies(lib.db).flatMap((t) => t.tags);
    const keys = tags.map((t) => t.key);
    expect(keys.every((k) => k !== null)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    for (const taxonomy of listTaxonomies(lib.db)) {
      expect(new Set(taxonomy.tags.map((t) => t.color)).size).toBe(taxonomy.tags.length);
    }
  });

  it('are added once, and a second start keeps what the user changed', async () => {
    await lib.ok('tags.update', { id: 'status:false', name: 'Fabricated', key: null });
    await lib.ok('tags.remove', { id: 'technique:doubt' });
    ensureBuiltinTaxonomies(lib.db);
    expect(listTaxonomies(lib.db).flatMap((t) => t.tags)).toHaveLength(20);
    expect(byId('status').tags.find((t) => t.id === 'status:false')).toMatchObject({ name: 'Fabricated', key: null });
    expect(byId('technique').tags.find((t) => t.id === 'technique:doubt')!.removed).toBe(true);
  });
});

describe('finding a tag as a person types it', () => {
  it('matches a name in any case, or an id, and refuses the wrong kind with the valid names', () => {
    expect(findTag(lib.db, 'mostly FALSE').id).toBe('status:mostly-false');
    expect(findTag(lib.db, 'technique:whataboutism', 'technique').name).toBe('Whataboutism');
    expect(() => findTag(lib.db, 'False', 'technique')).toThrow(/status tag, not a technique tag/);
    expect(() => findTag(lib.db, 'Propaganda', 'status')).toThrow(/Valid names: True, Mostly true, Mixed/);
  });
});

describe('editing tags', () => {
  it('creates, renames, recolours and reorders tags', async () => {
    const satire = await lib.ok('tags.create', { taxonomyId: 'technique', name: 'Satire', color: '#123ABC', key: 'z' });
    expect(satire).toMatchObject({ name: 'Satire', color: '#123abc', key: 'z', removed: false, position: 11 });
    const renamed = await lib.ok('tags.update', { id: satire.id, name: 'Satire or parody', color: '#000000', description: 'Not meant literally.' });
    expect(renamed).toMatchObject({ name: 'Satire or parody', color: '#000000', description: 'Not meant literally.', key: 'z' });

    const reordered = await lib.ok('tags.reorder', { taxonomyId: 'technique', tagIds: [satire.id, 'technique:doubt'] });
    expect(reordered.tags.slice(0, 3).map((t) => t.id)).toEqual([satire.id, 'technique:doubt', 'technique:loaded-language']);
    expect(reordered.tags).toHaveLength(12);
    expect(lib.events).toContain('library.changed:taxonomies');
  });

  it('refuses a key or name already taken, naming the tag that has it', async () => {
    const key = await lib.call('tags.create', { taxonomyId: 'technique', name: 'Satire', color: '#123abc', key: '6' });
    expect(key).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!key.ok && key.error.message).toMatch(/already used by the tag "False"/);
    const name = await lib.call('tags.update', { id: 'technique:doubt', name: 'loaded LANGUAGE' });
    expect(name).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const foreign = await lib.call('tags.reorder', { taxonomyId: 'technique', tagIds: ['status:true'] });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badKey = await lib.call('tags.update', { id: 'technique:doubt', key: 'F1' });
    expect(badKey).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps a removed tag on the annotations that used it, flagged removed, and refuses it on new ones', async () => {
    const body = 'They are traitors, the senator said.';
    const articleId = lib.addArticle(body);
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(body, 'traitors'), tagIds: ['technique:name-calling'] });
    const removed = await lib.ok('tags.remove', { id: 'technique:name-calling' });
    expect(removed.removed).toBe(true);

    expect(getAnnotation(lib.db, a.id).tagIds).toEqual(['technique:name-calling']);
    expect(byId('technique').tags.find((t) => t.id === 'technique:name-calling')).toMatchObject({ removed: true, name: 'Name calling' });
    // Editing the note keeps the removed tag that was already there.
    await lib.ok('annotations.update', { id: a.id, note: 'checked', tagIds: ['technique:name-calling', 'technique:loaded-language'] });

    const fresh = await lib.call('annotations.create', { articleId, ...spanOf(body, 'senator'), tagIds: ['technique:name-calling'] });
    expect(fresh).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // Its key went free; restoring comes back without it once another tag took it.
    await lib.ok('tags.create', { taxonomyId: 'technique', name: 'Nationalism', color: '#00aa00', key: 'n' });
    const restored = await lib.ok('tags.restore', { id: 'technique:name-calling' });
    expect(restored).toMatchObject({ removed: false, key: null });
  });
});

describe('taxonomy files', () => {
  it('round-trips: an exported taxonomy imported into another library is the same taxonomy', async () => {
    await lib.ok('tags.create', { taxonomyId: 'technique', name: 'Satire', color: '#123abc', key: 'z' });
    const exported = await lib.ok('taxonomies.export', { id: 'technique' });
    expect(exported.fileName).toBe('bias-and-persuasion-techniques.gloss-taxonomy.json');
    const file = JSON.parse(exported.json);
    expect(file).toMatchObject({ format: 'gloss-taxonomy', version: 1, id: 'technique', kind: 'technique' });
    expect(file.tags[0]).toEqual({
      id: 'technique:loaded-language',
      name: 'Loaded language',
      description: expect.any(String),
      color: '#0072b2',
      key: 'l',
      ratingValue: null,
    });

    const other = await openTestLibrary();
    try {
      const imported = await other.ok('taxonomies.import', { json: exported.json });
      const strip = (t: typeof imported) => t.tags.map(({ taxonomyId: _t, ...tag }) => tag);
      expect(strip(imported)).toEqual(strip(byId('technique')));
      expect(imported.id).toBe('technique');
    } finally {
      other.close();
    }
  });

  it('imports a taxonomy without an id as a new one, dropping keys that are already in use', async () => {
    const json = JSON.stringify({
      format: 'gloss-taxonomy',
      version: 1,
      name: 'Sourcing',
      kind: 'technique',
      tags: [
        { name: 'Anonymous official', color: '#aa0000', key: 'u' },
        { name: 'Press release', color: '#00aa00', key: 'p' },
      ],
    });
    const imported = await lib.ok('taxonomies.import', { json });
    expect(imported).toMatchObject({ name: 'Sourcing', kind: 'technique', builtin: false });
    expect(imported.tags.map((t) => [t.name, t.key])).toEqual([
      ['Anonymous official', null],
      ['Press release', 'p'],
    ]);
    expect(listTaxonomies(lib.db).map((t) => t.name)).toEqual(['Fact-check status', 'Bias and persuasion techniques', 'Sourcing']);
  });

  it('updates the tags of an existing taxonomy by id and adds new ones', async () => {
    const file = JSON.parse((await lib.ok('taxonomies.export', { id: 'status' })).json);
    file.tags[0].name = 'Correct';
    file.tags.push({ name: 'Satire', color: '#777777', key: null, ratingValue: null });
    const imported = await lib.ok('taxonomies.import', { json: JSON.stringify(file) });
    expect(imported.tags).toHaveLength(10);
    expect(imported.tags[0]).toMatchObject({ id: 'status:true', name: 'Correct', key: '1' });
    expect(imported.tags[9]).toMatchObject({ name: 'Satire', removed: false });
  });

  it('refuses broken, foreign, inconsistent and oversized files with a clear error and changes nothing', async () => {
    const before = listTaxonomies(lib.db);
    const cases: Array<[string, string, RegExp]> = [
      ['{"format": "gloss-taxonomy", ', 'parse_failed', /not valid JSON/],
      ['[1, 2, 3]', 'invalid_input', /not a Gloss taxonomy file/],
      ['['.repeat(400_000) + ']'.repeat(400_000), 'invalid_input', /not a Gloss taxonomy file/],
      [JSON.stringify({ format: 'other', version: 1, name: 'x', kind: 'status', tags: [] }), 'invalid_input', /format/],
      [
        JSON.stringify({ format: 'gloss-taxonomy', version: 1, name: 'x', kind: 'technique', tags: [{ name: 'a', color: 'red' }] }),
        'invalid_input',
        /tags\.0\.color: a colour like/,
      ],
      [
        JSON.stringify({
          format: 'gloss-taxonomy',
          version: 1,
          name: 'x',
          kind: 'technique',
          tags: [
            { name: 'a', color: '#000000', key: 'x' },
            { name: 'b', color: '#000000', key: 'x' },
          ],
        }),
        'invalid_input',
        /share the key "x"/,
      ],
      [
        JSON.stringify({ format: 'gloss-taxonomy', version: 1, name: 'x', kind: 'technique', tags: [{ name: '<script>', color: '#000000', id: '../../etc' }] }),
        'invalid_input',
        /tags\.0\.id/,
      ],
      [
        JSON.stringify({ format: 'gloss-taxonomy', version: 1, name: 'x', kind: 'technique', tags: Array.from({ length: 501 }, (_, i) => ({ name: `t${i}`, color: '#000000' })) }),
        'invalid_input',
        /tags/,
      ],
      [JSON.stringify({ format: 'gloss-taxonomy', version: 1, id: 'status', name: 'x', kind: 'technique', tags: [] }), 'conflict', /holds status tags/],
    ];
    for (const [json, code, message] of cases) {
      const result = await lib.call('taxonomies.import', { json });
      expect(result, json.slice(0, 80)).toMatchObject({ ok: false, error: { code } });
      expect(!result.ok && result.error.message).toMatch(message);
    }
    const huge = await lib.call('taxonomies.import', { json: ' '.repeat(1_000_001) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(listTaxonomies(lib.db)).toEqual(before);
  });
});
