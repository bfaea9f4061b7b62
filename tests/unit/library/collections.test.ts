import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

describe('collections', () => {
  let lib: TestLibrary;
  let a: string;
  let b: string;
  beforeEach(async () => {
    lib = await openTestLibrary();
    [a, b] = (await importArticles(lib, [
      ['a.md', markdown('Dam inspection due', 'Engineers will inspect the dam in April.')],
      ['b.md', markdown('Library extends hours', 'The town library will open until nine on weekdays.')],
    ])) as [string, string];
  });
  afterEach(() => lib.close());

  it('creates, renames, adds and removes articles in order', async () => {
    const c = await lib.call('collections.create', { name: '  Local news  ' });
    expect(c).toMatchObject({ name: 'Local news', articleIds: [] });
    await lib.call('collections.addArticles', { id: c.id, articleIds: [b, a] });
    await lib.call('collections.addArticles', { id: c.id, articleIds: [a] });
    const renamed = await lib.call('collections.rename', { id: c.id, name: 'Town' });
    expect(renamed).toMatchObject({ id: c.id, name: 'Town', articleIds: [b, a] });
    const removed = await lib.call('collections.removeArticles', { id: c.id, articleIds: [b] });
    expect(removed.articleIds).toEqual([a]);
    expect(await lib.call('collections.list', {})).toEqual([removed]);
    const [summary] = await lib.call('articles.list', { sort: 'title', order: 'asc' });
    expect(summary!.collectionIds).toEqual([c.id]);
  });

  it('refuses a second live collection with the same name, whatever its case', async () => {
    const first = await lib.call('collections.create', { name: 'Elections' });
    const error = await lib.fail('collections.create', { name: 'elections' });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Elections');
    const other = await lib.call('collections.create', { name: 'Budget' });
    expect((await lib.fail('collections.rename', { id: other.id, name: 'ELECTIONS' })).code).toBe('conflict');
    // Renaming to its own name in another case is fine.
    expect((await lib.call('collections.rename', { id: first.id, name: 'ELECTIONS' })).name).toBe('ELECTIONS');
  });

  it('frees the name of a deleted collection and keeps its articles in the library', async () => {
    const c = await lib.call('collections.create', { name: 'Drafts' });
    await lib.call('collections.addArticles', { id: c.id, articleIds: [a] });
    await lib.call('collections.delete', { id: c.id });
    expect(await lib.call('collections.list', {})).toEqual([]);
    expect((await lib.call('articles.list', {})).every((x) => x.collectionIds.length === 0)).toBe(true);
    expect(await lib.call('articles.list', {})).toHaveLength(2);
    expect((await lib.call('collections.create', { name: 'Drafts' })).articleIds).toEqual([]);
    expect((await lib.fail('collections.rename', { id: c.id, name: 'Old' })).code).toBe('not_found');
  });

  it('refuses unknown article ids and changes nothing', async () => {
    const c = await lib.call('collections.create', { name: 'Mixed' });
    const error = await lib.fail('collections.addArticles', { id: c.id, articleIds: [a, 'no-such-article'] });
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('no-such-article');
    expect((await lib.call('collections.list', {}))[0]!.articleIds).toEqual([]);
    expect((await lib.fail('collections.addArticles', { id: 'missing', articleIds: [a] })).code).toBe('not_found');
  });
});
