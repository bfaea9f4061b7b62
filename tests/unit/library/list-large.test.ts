import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, markdown, openTestLibrary, textFile, type TestLibrary } from './harness.js';

// Listing most of a large library takes another path (one pass over all annotations) than a page.
describe('articles.list over a library of 700 articles', () => {
  let lib: TestLibrary;
  let ids: string[];
  let collectionId: string;

  beforeAll(async () => {
    lib = await openTestLibrary();
    const files = Array.from({ length: 700 }, (_, i) =>
      textFile(`n${i}.md`, markdown(`Notice ${i}`, `Public notice number ${i} about road works on street ${i}.`)),
    );
    const report = await lib.call('articles.import', { files });
    expect(report.imported).toHaveLength(700);
    ids = report.imported.map((a) => a.id);
    await annotate(lib, ids[10]!, 'road works', { statusTagId: 'status:mixed' });
    await annotate(lib, ids[10]!, 'Public notice');
    await annotate(lib, ids[650]!, 'road works', { statusTagId: 'status:true' });
    collectionId = (await lib.call('collections.create', { name: 'Roads' })).id;
    await lib.call('collections.addArticles', { id: collectionId, articleIds: [ids[3]!, ids[650]!] });
  });
  afterAll(() => lib.close());

  it('gives every article its own counts and collections, whole or paged', async () => {
    const all = await lib.call('articles.list', {});
    const page = await lib.call('articles.list', { sort: 'title', order: 'asc', limit: 50 });
    expect(all).toHaveLength(700);
    for (const list of [all, page]) {
      for (const a of list) {
        const i = ids.indexOf(a.id);
        expect(a.title).toBe(`Notice ${i}`);
        expect(a.annotationCount).toBe(i === 10 ? 2 : i === 650 ? 1 : 0);
        expect(a.collectionIds).toEqual(i === 3 || i === 650 ? [collectionId] : []);
      }
    }
    const byId = new Map(all.map((a) => [a.id, a]));
    expect(byId.get(ids[10]!)!.statusCounts).toEqual({ 'status:mixed': 1, none: 1 });
    expect(byId.get(ids[650]!)!.statusCounts).toEqual({ 'status:true': 1 });
    expect(all[0]!.id).toBe(ids[699]); // newest first by default
    expect((await lib.call('articles.list', { sort: 'annotationCount', order: 'desc', limit: 2 })).map((a) => a.id)).toEqual([
      ids[10],
      ids[650],
    ]);
  });
});
