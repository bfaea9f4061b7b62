// Search in the scripts FTS5's own tokenizer reads badly: Arabic with its vowel marks or another
// form of alef, Hebrew with its points, Chinese, Japanese and Thai, which have no spaces between
// words, Hindi's vowel signs, and Korean, whose nouns carry their particles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/model.js';
import { isIdeograph } from '../../../shared/ideographs.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

const marked = (hit: SearchHit) => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));

describe('search beyond Latin script', () => {
  let lib: TestLibrary;
  let arabic: string;
  let hebrew: string;
  let japanese: string;
  let chinese: string;

  beforeAll(async () => {
    lib = await openTestLibrary();
    [arabic, hebrew, japanese, chinese] = (await importArticles(lib, [
      ['ar.md', markdown('إسرائيل ترفض الانتقادات', 'قَالَ رَئِيسُ الوُزَرَاءِ إنّ العملية في رفح ستستمر رغم الضغوط.', 'وأضاف أن المساعدات ستصل إلى غزة خلال الأسبوع.')],
      ['he.md', markdown('הממשלה דנה בתקציב', 'השר אָמַר כי התקציב יאושר בשבוע הבא.')],
      ['ja.md', markdown('東京で地震', '東京で十二日に地震があった。被害は確認されていない。')],
      ['zh.md', markdown('北京新闻', '北京市政府今天宣布了新的交通计划。')],
    ])) as [string, string, string, string];
    await annotate(lib, arabic, 'رفح', { note: 'تحقّقْ من الأرقامِ مع وزارةِ الصحة' });
  });
  afterAll(() => lib.close());

  const ids = async (q: string) => (await lib.call('search.query', { q })).map((h) => h.articleId);

  it('finds vowelled Arabic by its bare letters, and highlights the word as written', async () => {
    expect(await ids('قال ')).toEqual([arabic]);
    expect(await ids('رئيس الوزراء')).toEqual([arabic]);
    const [hit] = await lib.call('search.query', { q: 'رئيس ' });
    expect(marked(hit!)).toEqual(['رَئِيسُ']);
    expect(hit!.snippet).toContain('قَالَ رَئِيسُ الوُزَرَاءِ');
  });

  it('finds Arabic whatever form of alef, yeh or teh marbuta was typed', async () => {
    expect(await ids('اسرائيل ')).toEqual([arabic]); // the title has إسرائيل
    expect(await ids('إن العمليه')).toEqual([arabic]); // the text has إنّ العملية
    expect(await ids('الي غزة')).toEqual([arabic]); // the text has إلى
  });

  it('finds pointed Hebrew by its letters', async () => {
    expect(await ids('אמר ')).toEqual([hebrew]);
    const [hit] = await lib.call('search.query', { q: 'אמר ' });
    expect(marked(hit!)).toEqual(['אָמַר']);
  });

  it('finds Chinese and Japanese words inside a sentence, and a single character', async () => {
    expect(await ids('地震')).toEqual([japanese]);
    expect(await ids('十二日')).toEqual([japanese]);
    expect(await ids('交通计划')).toEqual([chinese]);
    expect((await ids('京')).sort()).toEqual([japanese, chinese].sort()); // 東京 and 北京: one character is a word
    const [hit] = await lib.call('search.query', { q: '十二日' });
    expect(marked(hit!)).toEqual(['十二日']);
    expect(hit!.snippet).toContain('東京で十二日に地震があった');
  });

  it('finds an Arabic note by its bare letters', async () => {
    const hits = await lib.call('search.query', { q: 'الارقام ' });
    expect(hits.map((h) => [h.articleId, h.matchedIn])).toEqual([[arabic, 'note']]);
    expect(marked(hits[0]!)).toEqual(['الأرقامِ']);
  });
});

describe('search in Thai, Hindi and Korean', () => {
  let lib: TestLibrary;
  let thai: string;
  let hindi: string;
  let korean: string;
  let english: string;
  let japanese: string;
  let donbas: string;
  let money: string;

  beforeAll(async () => {
    lib = await openTestLibrary();
    [thai, hindi, korean, english, japanese, donbas, money] = (await importArticles(lib, [
      ['th.md', markdown('ข่าวภัยพิบัติ', 'เกิดแผ่นดินไหวที่กรุงเทพเมื่อวันที่สิบสอง ประธานาธิบดีปูตินส่งสารแสดงความเสียใจ', 'การส่งออกข้าวของไทยลดลงร้อยละห้า')],
      ['hi.md', markdown('सीमा पर गश्त', 'भारतीय सेना ने सीमा पर गश्त बढ़ाई।')],
      ['ko.md', markdown('정상회담', '서울에서 열린 회의에서 대통령은 경제 정책을 발표했다.')],
      ['en.md', markdown('Flood update', 'Posted: ✔️Verified by the agency. Thanks to all volunteers ❤️')],
      ['ja.md', markdown('火災', '葛\u{E0100}飾区で火災があった。')],
      ['donbas.md', markdown('동부 전선', '돈바스 지역에서 전투가 계속됐다.')],
      ['money.md', markdown('선거 자금', '그는 선거를 위해 돈을 모았다.')],
    ])) as [string, string, string, string, string, string, string];
  });
  afterAll(() => lib.close());

  const ids = async (q: string) => (await lib.call('search.query', { q })).map((h) => h.articleId);

  it('finds a Thai word inside a sentence, and highlights it', async () => {
    expect(await ids('แผ่นดินไหว ')).toEqual([thai]);
    const [hit] = await lib.call('search.query', { q: 'แผ่นดินไหว' });
    expect(marked(hit!)).toEqual(['แผ่นดินไหว']);
    expect(hit!.snippet).toContain('เกิดแผ่นดินไหวที่กรุงเทพ');
    // A dictionary segmenter cuts this name otherwise inside the sentence than on its own.
    const [name] = await lib.call('search.query', { q: 'ปูติน ' });
    expect(marked(name!)).toEqual(['ปูติน']);
  });

  it('keeps the Thai tone mark that tells two words apart', async () => {
    expect(await ids('ข้าว ')).toEqual([thai]); // rice
    expect(await ids('ขาว ')).toEqual([]); // white
  });

  it('keeps Hindi vowel signs in the word: army is not found for gold', async () => {
    const [hit] = await lib.call('search.query', { q: 'सेना ' }); // army
    expect(hit!.articleId).toBe(hindi);
    expect(marked(hit!)).toEqual(['सेना']);
    expect(await ids('सोना ')).toEqual([]); // gold
  });

  it('finds a Korean noun followed by its particle, in any place of the query', async () => {
    expect(await ids('서울 ')).toEqual([korean]);
    const [hit] = await lib.call('search.query', { q: '서울 경제 정책' });
    expect(hit!.articleId).toBe(korean);
    expect(marked(hit!)).toEqual(['서울에서', '경제', '정책을']);
    expect(await ids('회의 대통령')).toEqual([korean]);
  });

  it('finds a Korean word of one syllable with its particle, not as the start of longer words', async () => {
    // 돈 (money) is the first syllable of 돈바스 (Donbas) too.
    const hits = await lib.call('search.query', { q: '돈 ' });
    expect(hits.map((h) => h.articleId)).toEqual([money]);
    expect(marked(hits[0]!)).toEqual(['돈을']);
    expect(await ids('돈 모았다')).toEqual([money]);
    expect(await ids('돈')).toEqual([money]); // one syllable is a word, searched as it is typed, as one Han character is
    expect(await ids('돈바스 ')).toEqual([donbas]);
    expect(await ids('돈바')).toEqual([donbas]);
  });

  it('reads a word with a variation selector beside it as the word (an emoji, a variant of a Han character)', async () => {
    expect(await ids('verified ')).toEqual([english]);
    expect(await ids('volunteers ')).toEqual([english]);
    expect(await ids('verif')).toEqual([english]);
    const [hit] = await lib.call('search.query', { q: '葛飾' });
    expect(hit!.articleId).toBe(japanese);
    expect(marked(hit!)).toEqual(['葛\u{E0100}飾']);
  });
});

describe('which characters are words of their own', () => {
  it('is every letter of the Han, Hiragana and Katakana scripts (and no Latin, Arabic or Hangul one)', () => {
    const cjk = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]$/u;
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (cjk.test(ch) && /^\p{L}$/u.test(ch) && !isIdeograph(ch)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
    expect(isIdeograph('𠀋')).toBe(true); // a Han character outside the BMP
    for (const ch of ['a', 'é', 'ب', 'א', '한', '1']) expect(isIdeograph(ch)).toBe(false);
  });
});
