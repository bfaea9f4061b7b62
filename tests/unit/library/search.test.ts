import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/model.js';
import { parseSnippet, toFtsQuery } from '../../../electron/core/search.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

/** The highlighted words of a hit, as a reader sees them. */
const marked = (hit: SearchHit) => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));

describe('search.query', () => {
  let lib: TestLibrary;
  let lighthouse: string;
  let orchard: string;
  let tunnel: string;

  beforeAll(async () => {
    lib = await openTestLibrary();
    [lighthouse, orchard, tunnel] = (await importArticles(lib, [
      ['lighthouse.md', markdown('Lighthouse keeper retires', 'After forty years the keeper handed over the keys.', 'Visitors thanked him with a party on the pier.')],
      ['orchard.md', markdown('Orchard harvest doubles', 'Growers picked twice as many apples as last year, thanks to a mild spring.')],
      ['tunnel.md', markdown('Tunnel works delayed', 'Digging under the river stopped after water seeped into the shaft.', 'The lighthouse road stays open.')],
    ])) as [string, string, string];
    await annotate(lib, orchard, 'twice as many apples', { note: 'The cooperative reports a smaller increase; check the statistics office.' });
  });
  afterAll(() => lib.close());

  const search = (q: string, limit?: number) => lib.call('search.query', limit ? { q, limit } : { q });

  it('finds a word in titles and bodies, title matches first, with the matched words highlighted', async () => {
    const hits = await search('lighthouse ');
    expect(hits.map((h) => h.articleId)).toEqual([lighthouse, tunnel]);
    for (const hit of hits) {
      expect(hit.matchedIn).toBe('article');
      expect(marked(hit).map((w) => w.toLowerCase())).toContain('lighthouse');
      expect(hit.snippet).not.toMatch(/[\uE000\uE001]/);
    }
    expect(hits[1]!.snippet).toContain('The lighthouse road stays open');
    expect(hits[1]).toMatchObject({ title: 'Tunnel works delayed' });
  });

  it('matches the last word as a prefix while typing', async () => {
    const hits = await search('river sha');
    expect(hits.map((h) => h.articleId)).toEqual([tunnel]);
    expect(marked(hits[0]!)).toEqual(expect.arrayContaining(['river', 'shaft']));
    expect(await search('river sha ')).toEqual([]);
  });

  it('does not search a one-letter word still being typed over the library, only once it is ended or grows', async () => {
    expect(await search('l')).toEqual([]);
    expect((await search('river s')).map((h) => h.articleId)).toEqual([tunnel]);
    expect(toFtsQuery('river s')).toBe('"river"');
    expect((await search('li')).map((h) => h.articleId)).toEqual([lighthouse, tunnel]);
    expect(await search('a ')).not.toEqual([]);
  });

  it('finds words in annotation notes and says so', async () => {
    const [hit] = await search('cooperative');
    expect(hit).toMatchObject({ articleId: orchard, matchedIn: 'note' });
    expect(marked(hit!)).toEqual(['cooperative']);
    expect(hit!.snippet).toContain('smaller increase');
  });

  it('returns no hits, not an error, for input that is FTS5 syntax', async () => {
    for (const q of ['"', 'NEAR(', '*', 'AND', 'OR lighthouse', '(', ')', '-', '^', 'title:', '"unterminated', 'a" OR "b', '{', '+', ':', 'NOT', '\u0301', '']) {
      const result = await lib.call('search.query', { q });
      expect(Array.isArray(result), q).toBe(true);
    }
    expect((await search('OR lighthouse')).map((h) => h.articleId)).toEqual([]);
    expect(await search('title:lighthouse')).toEqual([]);
  });

  it('hides trashed articles and the notes on them', async () => {
    await lib.call('articles.delete', { id: orchard });
    expect(await search('cooperative')).toEqual([]);
    expect(await search('apples')).toEqual([]);
    await lib.call('articles.restore', { id: orchard });
    expect((await search('apples')).map((h) => h.articleId)).toEqual([orchard]);
  });

  it('respects the limit', async () => {
    expect(await search('the', 1)).toHaveLength(1);
  });
});

describe('search text handling', () => {
  it('never hands FTS5 syntax through: each word is a quoted phrase, the last a prefix while typing', () => {
    expect(toFtsQuery('rafah NEAR(x')).toBe('"rafah" "NEAR(x"*');
    expect(toFtsQuery('say "no" ')).toBe('"say" """no"""');
    expect(toFtsQuery('* ( ) " -')).toBeNull();
  });

  it('turns a marked snippet into plain text with match ranges, whatever the body contained', () => {
    const { snippet, highlights } = parseSnippet('…the \uE000river\uE001 ran\n\n\uE000dry\uE001 \uE001…');
    expect(snippet).toBe('…the river ran dry …');
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(['river', 'dry']);
  });
});
