import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from './harness.js';

describe('library.loadDemo', () => {
  let lib: TestLibrary;
  beforeEach(async () => {
    lib = await openTestLibrary();
  });
  afterEach(() => lib.close());

  async function snapshot() {
    const articles = await lib.call('articles.list', {});
    const annotations = (await Promise.all(articles.map((a) => lib.call('annotations.list', { articleId: a.id })))).flat();
    return { articles, annotations, collections: await lib.call('collections.list', {}) };
  }

  it('loads invented articles from several outlets, with claims and links, in a demo collection', async () => {
    expect((await lib.call('library.info', {})).firstRun).toBe(true);
    const report = await lib.call('library.loadDemo', {});
    expect(report.failed).toEqual([]);
    expect(report.imported.length).toBeGreaterThanOrEqual(4);

    const { articles, annotations, collections } = await snapshot();
    expect(new Set(articles.map((a) => a.outlet)).size).toBe(articles.length);
    expect(articles.some((a) => a.direction === 'rtl')).toBe(true);
    expect(articles.every((a) => a.publishedAt && a.author && a.wordCount >= 200)).toBe(true);
    expect(annotations.length).toBeGreaterThanOrEqual(10);
    expect(annotations.every((a) => !a.orphaned)).toBe(true);
    expect(annotations.filter((a) => a.statusTagId).length).toBeGreaterThanOrEqual(8);
    expect(annotations.some((a) => a.tagIds.length > 0 && a.note)).toBe(true);
    const links = annotations.flatMap((a) => a.links);
    expect(links.some((l) => l.relation === 'contradicts')).toBe(true);
    expect(links.some((l) => l.relation === 'same-claim')).toBe(true);
    expect(links.every((l) => l.other.articleId !== annotations.find((a) => a.links.includes(l))!.articleId)).toBe(true);

    expect(collections).toHaveLength(1);
    expect(collections[0]!.name).toMatch(/^Demo: /);
    expect([...collections[0]!.articleIds].sort()).toEqual(articles.map((a) => a.id).sort());

    const info = await lib.call('library.info', {});
    expect(info).toMatchObject({ demoLoaded: true, firstRun: false, articleCount: articles.length });
    // The demo's claims are not the person's own edits: undo leaves them alone.
    for (const a of articles) expect(await lib.call('annotations.undo', { articleId: a.id })).toBeNull();
  });

  it('adds nothing the second time', async () => {
    await lib.call('library.loadDemo', {});
    const before = await snapshot();
    const again = await lib.call('library.loadDemo', {});
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toHaveLength(before.articles.length);
    const after = await snapshot();
    expect(after.articles.map((a) => a.id)).toEqual(before.articles.map((a) => a.id));
    expect(after.annotations.map((a) => a.id).sort()).toEqual(before.annotations.map((a) => a.id).sort());
    expect(after.annotations.flatMap((a) => a.links)).toHaveLength(before.annotations.flatMap((a) => a.links).length);
    expect(after.collections).toEqual(before.collections);
  });

  it('makes the demo searchable, notes included', async () => {
    await lib.call('library.loadDemo', {});
    expect((await lib.call('search.query', { q: 'Halvesby' })).length).toBeGreaterThanOrEqual(3);
    expect((await lib.call('search.query', { q: 'maintenance log' })).map((h) => h.matchedIn)).toEqual(['note']);
    // The Blaze has a note about "spills" too, but the articles' own text comes first, titles weighing most.
    const spill = await lib.call('search.query', { q: 'spill ' });
    expect(spill.map((h) => h.matchedIn).every((m) => m === 'article')).toBe(true);
    expect(spill[0]!.title.toLowerCase()).toContain('spill');
  });
});
