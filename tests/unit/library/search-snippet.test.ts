import { describe, expect, it } from 'vitest';
import { buildSnippet, queryPhrases } from '../../../electron/core/search-snippet.js';
import { searchText } from '../../../electron/core/search-text.js';

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

  // Texts of some 40 words each, the query word in the first sentence.
  const scripts: Array<[language: string, text: string, query: string]> = [
    ['en', 'The council met in the morning and discussed the budget for the coming year at some length, before the mayor spoke about the bridge and the harbour plan that the town had argued over since the spring floods left the lower streets under water.', 'mayor'],
    ['zh', '北京市政府今天上午召开新闻发布会，宣布了新的交通计划。根据这项计划，未来五年内将新建十二条地铁线路，并对现有公交系统进行全面改造，以缓解城市日益严重的交通拥堵问题。', '交通'],
    ['ja', '東京都は十二日、首都直下地震に備えた新しい防災計画を発表した。計画では、今後十年間で避難所を倍増させ、高齢者や障害者の避難を支援する体制を整えるとしている。', '防災'],
    ['th', 'เกิดแผ่นดินไหวขนาดใหญ่ที่กรุงเทพเมื่อวันที่สิบสองเดือนนี้ ประชาชนจำนวนมากต้องอพยพออกจากอาคารสูง เจ้าหน้าที่กล่าวว่ายังไม่มีรายงานผู้เสียชีวิต แต่มีผู้ได้รับบาดเจ็บเล็กน้อยหลายราย', 'แผ่นดินไหว'],
    ['ko', '서울에서 열린 회의에서 대통령은 경제 정책을 발표했다. 정부는 내년부터 중소기업 지원을 크게 늘리고 청년 일자리를 만들기 위한 예산을 두 배로 늘리겠다고 밝혔다. 이에 대해 야당은 재정 건전성을 해칠 수 있다며 우려를 나타냈고, 전문가들은 구체적인 재원 마련 방안이 필요하다고 지적했다.', '경제'],
  ];
  const wordsIn = (text: string, language: string) => [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].filter((w) => w.isWordLike).length;

  it.each(scripts)('shows about as many words in %s as in English, where a character or a letter is a token', (language, text, query) => {
    expect(wordsIn(text, language)).toBeGreaterThan(35);
    const s = marked(text, [searchText(query)])!;
    expect(s.words).toEqual([query]);
    expect(s.snippet.endsWith('…')).toBe(true);
    expect(wordsIn(s.snippet, language)).toBeGreaterThanOrEqual(20);
    expect(wordsIn(s.snippet, language)).toBeLessThanOrEqual(32);
  });

  it('ends a Thai or Japanese snippet at the end of a word', () => {
    for (const [language, text, query] of scripts.filter(([l]) => l === 'th' || l === 'ja')) {
      const shown = marked(text, [searchText(query)])!.snippet.replace(/…$/, '');
      expect(text.startsWith(shown)).toBe(true);
      const ends = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].map((w) => w.index + w.segment.length);
      expect(ends).toContain(shown.length);
    }
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
