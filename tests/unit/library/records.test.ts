// Article records as a person fixes them: language and direction, the trash emptied for good,
// and a text correction that says which claims it moved or lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

describe('article records', () => {
  let lib: TestLibrary;
  let id: string;
  beforeEach(async () => {
    lib = await openTestLibrary();
    [id] = (await importArticles(lib, [
      ['storm.md', markdown('Storm closes the coast road', 'High winds closed the coast road on Friday night.', 'The road reopened at noon on Saturday after crews cleared fallen trees.')],
    ])) as [string];
  });
  afterEach(() => lib.close());

  it('sets the language, and the direction follows it unless given', async () => {
    expect(await lib.call('articles.update', { id, language: 'ar' })).toMatchObject({ language: 'ar', direction: 'rtl' });
    expect(await lib.call('articles.update', { id, language: 'en-GB' })).toMatchObject({ language: 'en-GB', direction: 'ltr' });
    expect(await lib.call('articles.update', { id, language: 'he', direction: 'ltr' })).toMatchObject({ language: 'he', direction: 'ltr' });
    expect(await lib.call('articles.update', { id, language: null })).toMatchObject({ language: null, direction: 'ltr' });
    expect((await lib.fail('articles.update', { id, language: 'not a language' })).code).toBe('invalid_input');
  });

  it('lists, sorts and exports with the edited values at once', async () => {
    const [other] = (await importArticles(lib, [['other.md', markdown('Ferry timetable changes', 'Summer sailings start in May.')]])) as [string];
    await lib.call('articles.update', { id, outlet: 'Zeta Times', sourceUrl: 'https://zeta.example/storm' });
    await lib.call('articles.update', { id: other, outlet: 'Alpha Post' });
    expect((await lib.call('articles.list', { outlet: 'zeta times' })).map((a) => a.id)).toEqual([id]);
    expect((await lib.call('articles.list', { sort: 'outlet', order: 'asc' })).map((a) => a.outlet)).toEqual(['Alpha Post', 'Zeta Times']);
    await annotate(lib, id, 'High winds');
    const file = await lib.call('exports.run', { format: 'w3c', articleId: id });
    const w3c = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')) as { first: { items: Array<{ target: { source: string } }> } };
    expect(w3c.first.items[0]!.target.source).toBe('https://zeta.example/storm');
  });

  it('empties the trash for good, with the claims and their undo history, and keeps the rest', async () => {
    const [kept] = (await importArticles(lib, [['other.md', markdown('Ferry timetable changes', 'Summer sailings start in May.')]])) as [string];
    await annotate(lib, id, 'High winds', { note: 'gusts of 90 km/h' });
    await annotate(lib, kept, 'Summer sailings');
    await lib.call('articles.delete', { id });
    expect(await lib.call('articles.emptyTrash', {})).toEqual({ deleted: 1, inAssignments: 0 });
    expect(await lib.call('articles.list', { inTrash: true })).toEqual([]);
    expect((await lib.fail('articles.restore', { id })).code).toBe('not_found');
    expect((await lib.call('articles.list', {})).map((a) => a.id)).toEqual([kept]);
    expect(await lib.call('search.query', { q: 'gusts' })).toEqual([]);
    // Undo reaches the claim on the article that is left, not the one deleted for good.
    expect((await lib.call('annotations.undo', { articleId: kept }))?.articleId).toBe(kept);
    expect(await lib.call('annotations.undo', { articleId: kept })).toBeNull();
    expect(await lib.call('articles.emptyTrash', {})).toEqual({ deleted: 0, inAssignments: 0 });
  });

  it('empties the trash of an article whose suggestions were dismissed, and the dismissals go with it', async () => {
    const [first] = await lib.call('finder.suggest', { articleId: id, all: true });
    await lib.call('finder.dismiss', { articleId: id, text: first!.text });
    await lib.call('articles.delete', { id });
    expect(await lib.call('articles.emptyTrash', {})).toEqual({ deleted: 1, inAssignments: 0 });
    expect(lib.core.db.prepare('SELECT count(*) FROM suggestion_dismissals').pluck().get()).toBe(0);
  });

  it('keeps in the trash an article an assignment is read against, and says so', async () => {
    const [other] = (await importArticles(lib, [['other.md', markdown('Ferry timetable changes', 'Summer sailings start in May.')]])) as [string];
    const collection = await lib.call('collections.create', { name: 'Coast' });
    await lib.call('collections.addArticles', { id: collection.id, articleIds: [id] });
    await lib.call('assignments.create', { collectionId: collection.id, task: 'find', title: 'Storm' });
    await lib.call('articles.delete', { id });
    await lib.call('articles.delete', { id: other });
    expect(await lib.call('articles.emptyTrash', {})).toEqual({ deleted: 1, inAssignments: 1 });
    expect((await lib.call('articles.list', { inTrash: true })).map((a) => a.id)).toEqual([id]);
    await lib.call('articles.restore', { id });
    expect((await lib.call('articles.list', {})).map((a) => a.id)).toEqual([id]);
  });

  it('keeps a pasted text with half a character whole: its paragraphs, its claims and its original', async () => {
    const text = 'Broken \ud800 character here.\n\nThen the ministry said spending rose sharply.';
    const pasted = (await lib.call('articles.importText', { text, title: 'Pasted' })).imported[0]!.id;
    const article = await lib.call('articles.get', { id: pasted });
    expect(article.body).toBe('Broken \ufffd character here.\n\nThen the ministry said spending rose sharply.');
    expect(article.blocks.map((b) => article.body.slice(b.start, b.end))).toEqual(['Broken \ufffd character here.', 'Then the ministry said spending rose sharply.']);
    expect((await annotate(lib, pasted, 'spending rose')).quote.exact).toBe('spending rose');
    const original = await lib.call('articles.original', { id: pasted });
    expect(Buffer.from(original.dataBase64, 'base64').toString('utf8')).toBe(article.body);
  });

  it('says which claims a correction shifted or orphaned', async () => {
    const kept = await annotate(lib, id, 'crews cleared fallen trees');
    const lost = await annotate(lib, id, 'on Friday night');
    const report = await lib.call('articles.correctText', {
      id,
      body: 'Storm closes the coast road\n\nStrong winds closed the coast road.\n\nThe road reopened at noon on Saturday after crews cleared fallen trees.',
    });
    expect(report).toMatchObject({ shifted: 1, orphaned: 1 });
    expect(report.claims.map((c) => [c.id, c.quote.exact, c.outcome])).toEqual(
      expect.arrayContaining([
        [kept.id, 'crews cleared fallen trees', 'shifted'],
        [lost.id, 'on Friday night', 'orphaned'],
      ]),
    );
  });

  it('gives a live claim by id', async () => {
    const claim = await annotate(lib, id, 'High winds');
    expect(await lib.call('annotations.get', { id: claim.id })).toMatchObject({ id: claim.id, quote: { exact: 'High winds' } });
    await lib.call('annotations.delete', { id: claim.id });
    expect((await lib.fail('annotations.get', { id: claim.id })).code).toBe('not_found');
  });
});
