import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

describe('articles: read, edit, correct, trash', () => {
  let lib: TestLibrary;
  let id: string;
  beforeEach(async () => {
    lib = await openTestLibrary();
    [id] = (await importArticles(lib, [
      ['storm.md', markdown('Storm closes the coast road', 'High winds closed the coast road on Friday night.', 'The road reopened at noon on Saturday after crews cleared fallen trees.')],
    ])) as [string];
  });
  afterEach(() => lib.close());

  it('gives the whole article with blocks that cut the body into its paragraphs', async () => {
    const article = await lib.call('articles.get', { id });
    expect(article.title).toBe('Storm closes the coast road');
    const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').map((b) => article.body.slice(b.start, b.end));
    expect(paragraphs).toContain('High winds closed the coast road on Friday night.');
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article.originalName).toBe('storm.md');
    expect((await lib.fail('articles.get', { id: 'missing' })).code).toBe('not_found');
  });

  it('updates metadata, clearing a field with null, and search sees the new title', async () => {
    const updated = await lib.call('articles.update', { id, title: 'Gale shuts coastal route', outlet: 'Coast Times', publishedAt: '2024-02-02' });
    expect(updated).toMatchObject({ title: 'Gale shuts coastal route', outlet: 'Coast Times', publishedAt: '2024-02-02' });
    const cleared = await lib.call('articles.update', { id, outlet: null });
    expect(cleared).toMatchObject({ title: 'Gale shuts coastal route', outlet: null, publishedAt: '2024-02-02' });
    expect((await lib.call('search.query', { q: 'gale' })).map((h) => h.articleId)).toEqual([id]);
  });

  it('corrects the text, re-anchoring claims that survive and orphaning the one that does not', async () => {
    const kept = await annotate(lib, id, 'High winds', { statusTagId: 'status:true' });
    const shifted = await annotate(lib, id, 'crews cleared fallen trees');
    const lost = await annotate(lib, id, 'on Friday night');

    const counts = await lib.call('articles.correctText', {
      id,
      body: 'Storm closes the coast road\r\n\r\nHigh winds closed the coast road on Thursday evening.\r\n\r\n\r\nThe road reopened on Saturday after council crews cleared fallen trees.',
    });
    expect(counts.unchanged + counts.shifted).toBe(2);
    expect(counts.orphaned).toBe(1);

    const article = await lib.call('articles.get', { id });
    expect(article.body).not.toContain('\r');
    expect(article.blocks.map((b) => article.body.slice(b.start, b.end))).toEqual([
      'Storm closes the coast road',
      'High winds closed the coast road on Thursday evening.',
      'The road reopened on Saturday after council crews cleared fallen trees.',
    ]);
    const annotations = new Map((await lib.call('annotations.list', { articleId: id })).map((a) => [a.id, a]));
    for (const a of [kept, shifted]) {
      const now = annotations.get(a.id)!;
      expect(now.orphaned).toBe(false);
      expect(article.body.slice(now.start, now.end)).toBe(a.quote.exact);
    }
    expect(annotations.get(lost.id)!.orphaned).toBe(true);
    expect((await lib.call('search.query', { q: 'thursday' })).map((h) => h.articleId)).toEqual([id]);
    expect(await lib.call('search.query', { q: 'friday' })).toEqual([]);
  });

  it('refuses a correction that makes it a copy of another article', async () => {
    const [other] = await importArticles(lib, [['other.md', markdown('Ferry timetable changes', 'Summer sailings start in May.')]]);
    const otherBody = (await lib.call('articles.get', { id: other! })).body;
    expect((await lib.fail('articles.correctText', { id, body: otherBody })).code).toBe('conflict');
  });

  it('moves an article to the trash with its claims and brings both back', async () => {
    await annotate(lib, id, 'High winds', { note: 'Met office data confirms gusts' });
    expect(await lib.call('articles.delete', { id })).toEqual({ id });
    expect(await lib.call('articles.list', {})).toEqual([]);
    expect((await lib.call('library.info', {})).articleCount).toBe(0);
    const restored = await lib.call('articles.restore', { id });
    expect(restored).toMatchObject({ id, annotationCount: 1 });
    expect((await lib.call('articles.list', {})).map((a) => a.id)).toEqual([id]);
    expect((await lib.fail('articles.delete', { id: 'missing' })).code).toBe('not_found');
  });
});
