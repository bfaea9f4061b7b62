import { describe, expect, it } from 'vitest';
import { buildSnippet, queryPhrases } from '../../../electron/core/search-snippet.js';

const marked = (text: string, q: string[], prefix = false) => {
  const s = buildSnippet(text, queryPhrases(q.map((word, i) => ({ text: word, prefix: prefix && i === q.length - 1 }))));
  return s && { snippet: s.snippet, words: s.highlights.map(([a, b]) => s.snippet.slice(a, b)) };
};

describe('article snippets', () => {
  it('marks whole words whatever their case and accents, as FTS5 matched them', () => {
    expect(marked('Aid reached Rafah. Crossings at RAFAH and Rafahville stayed shut.', ['rafah'])?.words).toEqual(['Rafah', 'RAFAH']);
    expect(marked('Le café de la Défense ferme.', ['defense'])?.words).toEqual(['Défense']);
  });

  it('extends the word still being typed to the whole word, and matches a hyphenated word as its parts in a row', () => {
    expect(marked('Families moved to al-Mawasi on Tuesday.', ['al-mawasi'])?.words).toEqual(['al-Mawasi']);
    expect(marked('Families moved to al-Mawasi on Tuesday.', ['tues'], true)?.words).toEqual(['Tuesday']);
    expect(marked('Families moved to al-Mawasi on Tuesday.', ['tues'])).toBeNull();
  });

  it('shows the sentence that holds the most query words, with ellipses where text is cut', () => {
    const text = [
      'The council met in the morning and discussed the budget for the coming year at some length.',
      'Later the mayor spoke about the bridge.',
      'Much later, after lunch, the bridge repairs and the mayor came up again, with a vote on the bridge and on the harbour plan.',
      'Everyone went home.',
    ].join('\n\n');
    const s = marked(text, ['mayor', 'harbour'])!;
    expect(s.snippet.startsWith('…Much later, after lunch')).toBe(true);
    expect(s.snippet.endsWith('…')).toBe(true);
    expect(s.words).toEqual(['mayor', 'harbour']);
  });

  it('collapses runs of whitespace and keeps the marks on the words', () => {
    const s = marked('Water   ran \t out in the north.', ['out'])!;
    expect(s.snippet).toBe('Water ran out in the north.');
    expect(s.words).toEqual(['out']);
  });

  it('returns null when no query word is in the text', () => {
    expect(marked('Nothing to see here.', ['rafah'])).toBeNull();
  });
});

describe('search.query snippets', () => {
  it("falls back to FTS5's snippet of that same article when the text does not show the indexed word", async () => {
    const { importArticles, markdown, openTestLibrary } = await import('./harness.js');
    const lib = await openTestLibrary();
    try {
      const [first, second] = await importArticles(lib, [
        ['one.md', markdown('First', 'A zebra crossed the road near the school.')],
        ['two.md', markdown('Second', 'Another zebra stood by the lake.')],
      ]);
      // The index still holds "zebra" for the second article, its stored text no longer does.
      lib.core.db.exec("DROP TRIGGER articles_fts_update; UPDATE articles SET body = 'Quiet day by the lake.' WHERE title = 'Second'");
      const hits = await lib.call('search.query', { q: 'zebra ' });
      expect(hits.map((h) => h.articleId).sort()).toEqual([first, second].sort());
      expect(hits.find((h) => h.articleId === second)!.snippet).not.toContain('school');
    } finally {
      lib.close();
    }
  });
});
