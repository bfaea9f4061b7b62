import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/index.js';
import { createAnnotation, getAnnotation, listAnnotations } from '../../../electron/core/annotations.js';
import { openTestLibrary, spanOf, type TestLibrary } from './fixtures.js';

const BODY =
  'The mayor said the new bridge will cost nothing. Critics call the plan a disgrace. ' +
  'Officials insist the river is safe to swim in.';

let lib: TestLibrary;
let articleId: string;
beforeEach(async () => {
  lib = await openTestLibrary();
  articleId = lib.addArticle(BODY, 'Bridge row');
});
afterEach(() => lib.close());

describe('creating and listing annotations', () => {
  it('stores the span, its quote, status, techniques, note and evidence, and lists them in text order', async () => {
    const later = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'the river is safe to swim in') });
    const created = await lib.ok('annotations.create', {
      articleId,
      ...spanOf(BODY, 'will cost nothing'),
      statusTagId: 'status:false',
      tagIds: ['technique:exaggeration-minimisation', 'technique:loaded-language'],
      note: 'The budget line says 40 million.',
      evidence: [
        { url: 'https://example.org/budget.pdf', title: 'City budget 2024', note: 'p. 12' },
        { title: 'Phone call with the council' },
      ],
    });

    expect(created.quote).toEqual({
      exact: 'will cost nothing',
      prefix: 'The mayor said the new bridge ',
      suffix: '. Critics call the plan a disgra',
    });
    expect(created.statusTagId).toBe('status:false');
    expect([...created.tagIds].sort()).toEqual(['technique:exaggeration-minimisation', 'technique:loaded-language']);
    expect(created.note).toBe('The budget line says 40 million.');
    expect(created.evidence.map((e) => [e.url, e.title, e.note])).toEqual([
      ['https://example.org/budget.pdf', 'City budget 2024', 'p. 12'],
      [null, 'Phone call with the council', ''],
    ]);
    expect(created.orphaned).toBe(false);
    expect(created.conflict).toBeNull();

    const listed = await lib.ok('annotations.list', { articleId });
    expect(listed.map((a) => a.quote.exact)).toEqual(['will cost nothing', 'the river is safe to swim in']);
    expect(listed[0]).toEqual(created);
    expect(listed[1]!.id).toBe(later.id);
    expect(lib.events).toContain('library.changed:annotations');
  });

  it('takes the prefix and suffix only as far as the text goes', async () => {
    const first = await lib.ok('annotations.create', { articleId, start: 0, end: 9 });
    expect(first.quote).toMatchObject({ exact: 'The mayor', prefix: '' });
    const last = await lib.ok('annotations.create', { articleId, start: BODY.length - 5, end: BODY.length });
    expect(last.quote).toMatchObject({ exact: 'm in.', suffix: '' });
  });

  it('lists an article with 2,000 annotations complete, each with its own tags and evidence', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    const body = words.join(' ');
    const big = lib.addArticle(body, 'Long');
    let at = 0;
    // One outer transaction: this is about what the list returns, not 2,000 disk syncs.
    lib.db.transaction(() => words.forEach((word, i) => {
      const input = contract['annotations.create'].input.parse({
        articleId: big,
        start: at,
        end: at + word.length,
        tagIds: i % 2 ? ['technique:doubt'] : [],
        evidence: [{ title: `source ${i}` }],
      });
      createAnnotation(lib.ctx, input);
      at += word.length + 1;
    }))();
    const all = listAnnotations(lib.db, big);
    expect(all.map((a) => a.quote.exact)).toEqual(words);
    expect(all[7]!.tagIds).toEqual(['technique:doubt']);
    expect(all[8]!.tagIds).toEqual([]);
    expect(all[1999]!.evidence.map((e) => e.title)).toEqual(['source 1999']);
  });
});

describe('refusing what cannot be annotated', () => {
  it('gives not_found for an unknown article and invalid_input for a span outside the text', async () => {
    const unknown = await lib.call('annotations.create', { articleId: 'no-such-article', start: 0, end: 3 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const past = await lib.call('annotations.create', { articleId, start: BODY.length + 10, end: BODY.length + 20 });
    expect(past).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!past.ok && past.error.message).toMatch(/past the end of the article/);

    const backwards = await lib.call('annotations.create', { articleId, start: 10, end: 4 });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const negative = await lib.call('annotations.create', { articleId, start: -1, end: 4 });
    expect(negative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(listAnnotations(lib.db, articleId)).toEqual([]);
  });

  it('refuses a span of only spaces, line breaks or invisible characters, which nothing could highlight', async () => {
    const gap = ' \n\u00a0\u3000\u200b\n ';
    const gapsId = lib.addArticle(`Words first.${gap}Words after.`, 'Gaps');
    const between = BODY.indexOf(' Critics');
    for (const [id, start, end] of [[articleId, between, between + 1], [gapsId, 12, 12 + gap.length]] as const) {
      const blank = await lib.call('annotations.create', { articleId: id, start, end });
      expect(blank).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'annotations.blankSpan' } });
      expect(!blank.ok && blank.error.message).toMatch(/holds only spaces, line breaks or invisible characters/);
      expect(listAnnotations(lib.db, id)).toEqual([]);
    }
  });

  it('refuses unknown tags and tags of the wrong kind, and saves nothing', async () => {
    const span = spanOf(BODY, 'a disgrace');
    const unknown = await lib.call('annotations.create', { articleId, ...span, tagIds: ['technique:no-such'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const statusAsTechnique = await lib.call('annotations.create', { articleId, ...span, tagIds: ['status:false'] });
    expect(statusAsTechnique).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!statusAsTechnique.ok && statusAsTechnique.error.message).toMatch(/"False" is a fact-check status/);

    const techniqueAsStatus = await lib.call('annotations.create', { articleId, ...span, statusTagId: 'technique:name-calling' });
    expect(techniqueAsStatus).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!techniqueAsStatus.ok && techniqueAsStatus.error.message).toMatch(/not a fact-check status. Statuses: True/);

    const extraField = await lib.call('annotations.create', { articleId, ...span, colour: 'red' } as never);
    expect(extraField).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(listAnnotations(lib.db, articleId)).toEqual([]);
  });
});

describe('editing, deleting, undo and redo', () => {
  it('updates only the fields given', async () => {
    const a = await lib.ok('annotations.create', {
      articleId,
      ...spanOf(BODY, 'a disgrace'),
      statusTagId: 'status:not-checked',
      tagIds: ['technique:name-calling'],
      note: 'first thought',
    });
    const b = await lib.ok('annotations.update', { id: a.id, statusTagId: 'status:needs-context', note: 'opinion of critics' });
    expect(b).toMatchObject({ statusTagId: 'status:needs-context', note: 'opinion of critics', tagIds: ['technique:name-calling'] });
    expect(b.revision).toBe(a.revision + 1);
    const c = await lib.ok('annotations.update', { id: a.id, tagIds: [], evidence: [{ title: 'Poll' }] });
    expect(c).toMatchObject({ statusTagId: 'status:needs-context', tagIds: [], evidence: [{ title: 'Poll' }] });
    expect(getAnnotation(lib.db, a.id)).toEqual(c);
  });

  it('undoes and redoes a deletion, then an edit, in order', async () => {
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'cost nothing'), statusTagId: 'status:false' });
    await lib.ok('annotations.update', { id: a.id, note: 'checked the budget' });
    await lib.ok('annotations.delete', { id: a.id });
    expect(await lib.ok('annotations.list', { articleId })).toEqual([]);
    expect(await lib.call('annotations.update', { id: a.id, note: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const undoDelete = await lib.ok('annotations.undo', { articleId });
    expect(undoDelete).toMatchObject({ annotationId: a.id, articleId, action: 'delete' });
    expect(undoDelete!.annotation).toMatchObject({ note: 'checked the budget', statusTagId: 'status:false' });
    expect((await lib.ok('annotations.list', { articleId })).map((x) => x.id)).toEqual([a.id]);

    const undoEdit = await lib.ok('annotations.undo', { articleId });
    expect(undoEdit).toMatchObject({ action: 'update', annotation: { note: '' } });

    const undoCreate = await lib.ok('annotations.undo', { articleId });
    expect(undoCreate).toMatchObject({ action: 'create', annotation: null });
    expect(await lib.ok('annotations.list', { articleId })).toEqual([]);
    expect(await lib.ok('annotations.undo', { articleId })).toBeNull();

    expect(await lib.ok('annotations.redo', { articleId })).toMatchObject({ action: 'create', annotation: { note: '' } });
    expect(await lib.ok('annotations.redo', { articleId })).toMatchObject({ action: 'update', annotation: { note: 'checked the budget' } });
    expect(await lib.ok('annotations.redo', { articleId })).toMatchObject({ action: 'delete', annotation: null });
    expect(await lib.ok('annotations.list', { articleId })).toEqual([]);
    expect(await lib.ok('annotations.redo', { articleId })).toBeNull();
  });

  it('says what each step undone or redone was, as the buttons describe the next one', async () => {
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'cost nothing'), statusTagId: 'status:false' });
    await lib.ok('annotations.update', { id: a.id, tagIds: ['technique:loaded-language'], note: 'see the budget' });
    const next = await lib.ok('annotations.history', { articleId });
    const undone = await lib.ok('annotations.undo', { articleId });
    expect(undone).toMatchObject({ ...next.undo, action: 'update', exact: 'cost nothing', fields: ['techniques', 'note'] });
    expect(await lib.ok('annotations.undo', { articleId })).toMatchObject({ action: 'create', exact: 'cost nothing', fields: [] });
    expect(await lib.ok('annotations.redo', { articleId })).toMatchObject({ action: 'create', exact: 'cost nothing' });
    expect(await lib.ok('annotations.redo', { articleId })).toMatchObject({ action: 'update', fields: ['techniques', 'note'] });
  });

  it('forgets the steps that could have been redone once a new change is made', async () => {
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'a disgrace') });
    await lib.ok('annotations.update', { id: a.id, note: 'one' });
    await lib.ok('annotations.undo', { articleId });
    await lib.ok('annotations.update', { id: a.id, note: 'two' });
    expect(await lib.ok('annotations.redo', { articleId })).toBeNull();
    expect(getAnnotation(lib.db, a.id).note).toBe('two');
    expect(await lib.ok('annotations.undo', { articleId })).toMatchObject({ action: 'update', annotation: { note: '' } });
  });

  it('undoes and redoes only the given article\'s changes, and says what the next step is', async () => {
    const otherBody = 'The council says the bridge is free for taxpayers.';
    const otherId = lib.addArticle(otherBody, 'Council statement');
    const mine = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'will cost nothing') });
    const theirs = await lib.ok('annotations.create', { articleId: otherId, ...spanOf(otherBody, 'free for taxpayers') });
    await lib.ok('annotations.update', { id: mine.id, statusTagId: 'status:false' });
    await lib.ok('annotations.update', { id: theirs.id, note: 'see the budget' });

    expect(await lib.ok('annotations.history', { articleId })).toEqual({
      undo: { annotationId: mine.id, action: 'update', exact: 'will cost nothing', fields: ['status'] },
      redo: null,
    });
    // Three undos in this article never reach the claim in the other one.
    expect(await lib.ok('annotations.undo', { articleId })).toMatchObject({ annotationId: mine.id, action: 'update' });
    expect(await lib.ok('annotations.undo', { articleId })).toMatchObject({ annotationId: mine.id, action: 'create' });
    expect(await lib.ok('annotations.undo', { articleId })).toBeNull();
    expect(getAnnotation(lib.db, theirs.id)).toMatchObject({ note: 'see the budget' });
    expect(await lib.ok('annotations.history', { articleId })).toMatchObject({ undo: null, redo: { action: 'create', exact: 'will cost nothing' } });

    // A change in the other article keeps this article's redo.
    await lib.ok('annotations.update', { id: theirs.id, tagIds: ['technique:doubt'] });
    expect(await lib.ok('annotations.history', { articleId: otherId })).toMatchObject({ undo: { fields: ['techniques'] } });
    expect(await lib.ok('annotations.redo', { articleId })).toMatchObject({ annotationId: mine.id, action: 'create' });
    expect(await lib.ok('annotations.undo', { articleId: otherId })).toMatchObject({ annotationId: theirs.id, action: 'update' });
    expect(getAnnotation(lib.db, theirs.id)).toMatchObject({ tagIds: [], note: 'see the budget' });
  });

  it('leaves no undo step for an edit that changes nothing', async () => {
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'a disgrace'), note: 'same' });
    const b = await lib.ok('annotations.update', { id: a.id, note: 'same' });
    expect(b.revision).toBe(a.revision);
    expect(await lib.ok('annotations.undo', { articleId })).toMatchObject({ action: 'create' });
  });
});

describe('claim links across articles', () => {
  it('links claims in two articles, shows the link from both sides, and unlinks', async () => {
    const otherBody = 'A council spokesperson said the bridge is free for taxpayers.';
    const otherId = lib.addArticle(otherBody, 'Council statement');
    const mine = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'will cost nothing') });
    const theirs = await lib.ok('annotations.create', { articleId: otherId, ...spanOf(otherBody, 'free for taxpayers') });

    const link = await lib.ok('annotations.link', { fromId: mine.id, toId: theirs.id, relation: 'same-claim' });
    expect(link.other).toEqual({ annotationId: theirs.id, articleId: otherId, articleTitle: 'Council statement', exact: 'free for taxpayers' });

    const fromOtherSide = (await lib.ok('annotations.list', { articleId: otherId }))[0]!.links;
    expect(fromOtherSide).toHaveLength(1);
    expect(fromOtherSide[0]).toMatchObject({ id: link.id, relation: 'same-claim', other: { annotationId: mine.id, articleTitle: 'Bridge row', exact: 'will cost nothing' } });

    const relinked = await lib.ok('annotations.link', { fromId: theirs.id, toId: mine.id, relation: 'contradicts' });
    expect(relinked.id).toBe(link.id);
    expect(getAnnotation(lib.db, mine.id).links.map((l) => l.relation)).toEqual(['contradicts']);

    // A deleted end hides the link until the deletion is undone.
    await lib.ok('annotations.delete', { id: theirs.id });
    expect(getAnnotation(lib.db, mine.id).links).toEqual([]);
    await lib.ok('annotations.undo', { articleId: otherId });
    expect(getAnnotation(lib.db, mine.id).links).toHaveLength(1);

    await lib.ok('annotations.unlink', { id: link.id });
    expect(getAnnotation(lib.db, mine.id).links).toEqual([]);
    expect(getAnnotation(lib.db, theirs.id).links).toEqual([]);
    expect(await lib.call('annotations.unlink', { id: link.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to link two claims of the same article', async () => {
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'will cost nothing') });
    const b = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'a disgrace') });
    const result = await lib.call('annotations.link', { fromId: a.id, toId: b.id, relation: 'same-claim' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await lib.call('annotations.link', { fromId: a.id, toId: 'nope', relation: 'same-claim' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('conflicts from an exchange file', () => {
  function addConflict(annotationId: string, theirs: object): string {
    const id = `conflict-${Math.random()}`;
    lib.db
      .prepare('INSERT INTO annotation_conflicts (id, annotation_id, theirs, source, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, annotationId, JSON.stringify(theirs), 'colleague.gloss', new Date().toISOString());
    return id;
  }

  it('shows the open conflict, takes theirs on request (undoably), and keeps ours on request', async () => {
    const a = await lib.ok('annotations.create', { articleId, ...spanOf(BODY, 'a disgrace'), statusTagId: 'status:mixed', note: 'ours' });
    const theirs = { statusTagId: 'status:false', tagIds: ['technique:name-calling'], note: 'theirs', updatedAt: '2024-05-01T10:00:00.000Z' };
    addConflict(a.id, theirs);
    expect(getAnnotation(lib.db, a.id).conflict).toMatchObject({ theirs, source: 'colleague.gloss' });

    const resolved = await lib.ok('annotations.resolveConflict', { id: a.id, keep: 'theirs' });
    expect(resolved).toMatchObject({ statusTagId: 'status:false', tagIds: ['technique:name-calling'], note: 'theirs', conflict: null });
    await lib.ok('annotations.undo', { articleId });
    expect(getAnnotation(lib.db, a.id)).toMatchObject({ statusTagId: 'status:mixed', note: 'ours' });

    const second = addConflict(a.id, { ...theirs, note: 'theirs again' });
    const kept = await lib.ok('annotations.resolveConflict', { id: second, keep: 'ours' });
    expect(kept).toMatchObject({ note: 'ours', conflict: null });
    expect(await lib.call('annotations.resolveConflict', { id: a.id, keep: 'ours' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
