// PDFs printed by Chromium from HTML written in tests/helpers/pdf-fixtures.ts, read back through pdf.js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile, type PreparedArticle } from '../../../electron/core/import/index.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { FOOTER_NOTE, HEADER, PdfPrinter, articleHtml, longArticle, type PdfArticle } from '../../helpers/pdf-fixtures.js';

function texts(a: PreparedArticle): string[] {
  return a.blocks.map((b) => a.body.slice(b.start, b.end));
}

function expectNoRunningHeads(a: PreparedArticle): void {
  expect(a.body).not.toContain(HEADER);
  expect(a.body).not.toContain(FOOTER_NOTE);
  expect(a.body).not.toMatch(/Page \d+ of \d+/);
}

const ARABIC: PdfArticle = {
  title: 'إعادة فتح جسر الميناء في الربيع',
  date: '2024-03-12',
  sections: [
    {
      heading: 'ما وجده المهندسون',
      paragraphs: [
        'وافق مجلس المدينة يوم الثلاثاء على خطة لإصلاح الجسر القديم في الميناء، الذي أغلق بعد عواصف الخريف. وقال رئيس المجلس إن العمل سيبدأ خلال أسابيع.',
        'وقال المهندسون إن الأضرار التي لحقت بدعائم الجسر أكبر مما كان متوقعا، وإن الأعمال ستستغرق أربعة أشهر على الأقل.',
      ],
    },
    { heading: 'غضب السكان', paragraphs: ['ويشكو سكان الأحياء الساحلية من أن الطريق البديل يستغرق نحو ساعة، ويطالبون بتشغيل عبارة إضافية.'] },
  ],
};

/** Words the font writes with a lam-alef ligature (الثلاثاء, لإصلاح, الأسبوع): in 12 pt Chromium marks each with an empty space. */
const LAM_ALEF: PdfArticle = {
  title: 'العبارات تضيف رحلتين يوميا',
  date: '2024-03-12',
  sections: [
    {
      heading: 'جدول جديد للعبارات',
      paragraphs: [
        'وافق مجلس المدينة يوم الثلاثاء على خطة لإصلاح الجسر القديم في الميناء، الذي أغلق بعد عواصف الخريف. وقال رئيس المجلس إن العمل سيبدأ خلال أسابيع قليلة من الآن.',
        'ويشكو سكان الأحياء الساحلية من أن الطريق البديل يستغرق نحو ساعة، ويطالبون بتشغيل عبارة إضافية في ساعات الذروة صباحا ومساء.',
        'وأعلنت شركة العبارات أنها ستضيف رحلتين يوميا ابتداء من الأسبوع المقبل، على أن تراجع الجدول بعد شهر بحسب عدد الركاب.',
      ],
    },
  ],
};

/** Four paragraphs in two columns: the second is cut by the column break, mid-sentence. */
const CUT: PdfArticle = {
  title: 'العبارات',
  date: '2024-03-12',
  sections: [
    {
      heading: 'جدول',
      paragraphs: [
        LAM_ALEF.sections[0]!.paragraphs[0]!,
        'وقال المهندسون إن الأضرار التي لحقت بدعائم الجسر أكبر مما كان متوقعا، وإن الأعمال ستستغرق أربعة أشهر على الأقل قبل أن يعاد فتحه أمام السيارات.',
        LAM_ALEF.sections[0]!.paragraphs[1]!,
        LAM_ALEF.sections[0]!.paragraphs[2]!,
      ],
    },
  ],
};

/** Right-to-left text with numbers and Latin words in it, which a line shows left to right inside it. */
const HEBREW: PdfArticle = {
  title: 'המבצע ברפיח יימשך',
  date: '2024-03-19',
  sections: [
    {
      heading: 'ראש הממשלה נגד הלחץ',
      paragraphs: [
        'ונתניהו אמר ב-19 במרץ 2024 כי המבצע ברפיח (Rafah) יימשך, למרות ההתנגדות של ארצות הברית ושל ה-NATO.',
        'לדברי משרד הבריאות בעזה נהרגו יותר מ-31,000 בני אדם, ונשיא ארצות הברית Joe Biden קרא להפסקת אש מיידית.',
      ],
    },
  ],
};
const ARABIC_MIXED: PdfArticle = {
  title: 'بايدن ونتنياهو',
  date: '2024-03-10',
  sections: [
    {
      heading: 'خلاف حول رفح',
      paragraphs: [
        'قال الرئيس الأمريكي جو بايدن (Joe Biden) يوم 10 مارس 2024 إن أكثر من 31,000 فلسطيني قتلوا، بحسب وزارة الصحة في غزة.',
        'ونشر التقرير الكامل على الموقع www.example.org أمس، وفيه أرقام كل معبر.',
      ],
    },
  ],
};

/** Japanese, which Chromium sets in Noto Sans CJK, whose glyphs for 十, 二, 日, 工… are mapped to the Kangxi radicals ⼗, ⼆, ⽇, ⼯. */
const JAPANESE: PdfArticle = {
  title: '港の岸壁を修理へ',
  date: '2024-03-12',
  sections: [
    {
      heading: '工事は来年の春から',
      paragraphs: [
        '東京都議会は十二日、老朽化した港の岸壁を修理する計画を承認した。工事は来年の春に始まり、約二年かかる見込みだという。',
        '市の担当者によると、費用は約四十億円で、国の補助金も使われる。近所の人々の間では、工事中の騒音を心配する声も上がっている。',
      ],
    },
  ],
};

/** Arabic with its vowels written, as a teacher's reading text is (no shadda: Chromium's shadda with a vowel has no character in the PDF). */
const VOCALISED = 'ذَهَبَ الوَلَدُ إِلَى المَدْرَسَةِ يَوْمَ السَبْتِ، وَقَرَأَ كِتَابًا جَدِيدًا عَنِ البَحْرِ وَالمِينَاءِ، وَكَتَبَ عَنْهُ فِي دَفْتَرِهِ.';

describe.skipIf(!PdfPrinter.available())('PDF import', () => {
  let printer: PdfPrinter;
  const pdf: Record<string, Uint8Array> = {};
  const article = longArticle(3);
  // A heading hierarchy: the middle section gets a third-level heading of its own.
  const hierarchy: PdfArticle = { ...article, sections: [article.sections[0]!, { ...article.sections[1]!, heading: 'Inside the piers', level: 3 }, article.sections[2]!] };

  beforeAll(async () => {
    printer = await PdfPrinter.open();
    pdf.oneColumn = await printer.print(articleHtml(hierarchy));
    pdf.twoColumns = await printer.print(articleHtml(article, { columns: 2 }));
    pdf.browserOneColumn = await printer.print(articleHtml(article), 'browser');
    pdf.browserTwoColumns = await printer.print(articleHtml(article, { columns: 2 }), 'browser');
    pdf.browserOnePage = await printer.print(articleHtml(longArticle(1)), 'browser');
    pdf.arabic = await printer.print(articleHtml(ARABIC, { lang: 'ar', dir: 'rtl' }));
    pdf.lamAlef = await printer.print(articleHtml(LAM_ALEF, { lang: 'ar', dir: 'rtl', pt: 12 }));
    pdf.hebrew = await printer.print(articleHtml(HEBREW, { lang: 'he', dir: 'rtl' }));
    pdf.arabicMixed = await printer.print(articleHtml(ARABIC_MIXED, { lang: 'ar', dir: 'rtl' }));
    pdf.japanese = await printer.print(articleHtml(JAPANESE, { lang: 'ja' }));
    pdf.vocalised = await printer.print(articleHtml({ title: 'دَرْسُ القِرَاءَةِ', date: '2024-03-12', sections: [{ heading: 'فِي المَدْرَسَةِ', paragraphs: [VOCALISED] }] }, { lang: 'ar', dir: 'rtl', pt: 12 }));
    pdf.arabicCut = await printer.print(articleHtml(CUT, { lang: 'ar', dir: 'rtl', columns: 2 }));
    pdf.arabicColumns = await printer.print(articleHtml({ ...ARABIC, sections: [...ARABIC.sections, ...LAM_ALEF.sections] }, { lang: 'ar', dir: 'rtl', columns: 2 }));
    const plan: PdfArticle = {
      title: 'Waterfront plan announced',
      date: 'March 12, 2024',
      sections: [{ heading: 'The plan', paragraphs: ['The extra|ordinary re|construction of the water|front in|fra|struc|ture was an|nounced by the harbour com|mis|sion|ers, whose forty-year-old ware|houses will be de|mol|ished by the end of the year.'.repeat(3)] }],
    };
    pdf.hyphenated = await printer.print(articleHtml(plan, { columns: 2 }));
    // In 12 pt one of the soft hyphens falls where the line does not break, in "commis|sioners".
    pdf.softHyphens = await printer.print(articleHtml(plan, { pt: 12 }));
    pdf.scan = await printer.printScan();
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
    await closeHtmlWorker();
  });

  it('rebuilds a one-column article over several pages: title, date, headings of two levels, paragraphs, and the page of each block', async () => {
    const a = await prepareFile('quay.pdf', pdf.oneColumn!);
    expect(a.originalType).toBe('application/pdf');
    expect(a.title).toBe(article.title);
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.language).toBe('en');
    const expected = hierarchy.sections.flatMap((s) => [s.heading, ...s.paragraphs]);
    expect(texts(a)).toEqual(expected);
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.body.slice(b.start, b.end))).toEqual(hierarchy.sections.map((s) => s.heading));
    expectNoRunningHeads(a);
    expect(a.blocks[0]!.page).toBe(1);
    expect(a.blocks.at(-1)!.page).toBeGreaterThan(1);
    const pages = a.blocks.map((b) => b.page!);
    expect(pages).toEqual([...pages].sort((x, y) => x - y));
  });

  it('reads two columns in order, joining paragraphs the column break cut', async () => {
    const a = await prepareFile('quay-columns.pdf', pdf.twoColumns!);
    expect(a.title).toBe(article.title);
    expect(a.publishedAt).toBe('2024-03-12');
    expect(texts(a)).toEqual(article.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
    expectNoRunningHeads(a);
  });

  it('drops the header and footer a browser prints (date, title, address, "1/3"), close as they are set to the text', async () => {
    for (const [name, bytes] of [['printed.pdf', pdf.browserOneColumn!], ['printed-columns.pdf', pdf.browserTwoColumns!]] as const) {
      const a = await prepareFile(name, bytes);
      expect(a.title).toBe(article.title);
      expect(texts(a)).toEqual(article.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
      expect(a.body).not.toContain('about:blank');
      expect(a.body).not.toMatch(/\d+\/\d+/);
    }
  });

  it('drops the header and footer a browser prints on an article of one page, with no other page to compare', async () => {
    const short = longArticle(1);
    const a = await prepareFile('printed-short.pdf', pdf.browserOnePage!);
    expect(a.title).toBe(short.title);
    expect(texts(a)).toEqual(short.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
  });

  it('reads an Arabic page right to left, in its letters rather than the font’s presentation forms', async () => {
    const a = await prepareFile('jisr.pdf', pdf.arabic!);
    expect(a.title).toBe(ARABIC.title);
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.language).toBe('ar');
    expect(a.direction).toBe('rtl');
    expect(texts(a)).toEqual(ARABIC.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
    expectNoRunningHeads(a);
  });

  it('reads the columns of an Arabic page from the right one', async () => {
    const a = await prepareFile('jisr-columns.pdf', pdf.arabicColumns!);
    expect(a.title).toBe(ARABIC.title);
    expect(texts(a)).toEqual([...ARABIC.sections, ...LAM_ALEF.sections].flatMap((s) => [s.heading, ...s.paragraphs]));
  });

  it('joins an Arabic paragraph the column break cut, though Arabic has no lower case to tell', async () => {
    const a = await prepareFile('abbarat-columns.pdf', pdf.arabicCut!);
    expect(texts(a)).toEqual(CUT.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
  });

  it('reads right-to-left lines with numbers and Latin words in them in their logical order', async () => {
    for (const [name, bytes, article] of [['rafiah.pdf', pdf.hebrew!, HEBREW], ['biden.pdf', pdf.arabicMixed!, ARABIC_MIXED]] as const) {
      const a = await prepareFile(name, bytes);
      expect(a.direction).toBe('rtl');
      expect(texts(a)).toEqual(article.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
    }
  });

  it('reads Chinese characters as the characters, not the Kangxi radicals that look the same', async () => {
    const a = await prepareFile('ganpeki.pdf', pdf.japanese!);
    expect(a.language).toBe('ja');
    expect(texts(a)).toEqual(JAPANESE.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
  });

  it('puts the vowel marks of vocalised Arabic on their letters, not before them or on a line of their own', async () => {
    const a = await prepareFile('dars.pdf', pdf.vocalised!);
    expect(texts(a)[1]).toBe(VOCALISED);
  });

  it('keeps an Arabic word whole where the font joins lam and alef in one glyph', async () => {
    const a = await prepareFile('abbarat.pdf', pdf.lamAlef!);
    expect(texts(a)).toEqual(LAM_ALEF.sections.flatMap((s) => [s.heading, ...s.paragraphs]));
  });

  it('joins words hyphenated at line ends and keeps the hyphens of compound words', async () => {
    const a = await prepareFile('plan.pdf', pdf.hyphenated!);
    const paragraph = texts(a)[1]!;
    expect(paragraph).toBe('The extraordinary reconstruction of the waterfront infrastructure was announced by the harbour commissioners, whose forty-year-old warehouses will be demolished by the end of the year.'.repeat(3));
    expectNoRunningHeads(a);
  });

  it('keeps a word whole where its soft hyphen did not break the line', async () => {
    const a = await prepareFile('plan-12pt.pdf', pdf.softHyphens!);
    expect(texts(a)[1]).toBe('The extraordinary reconstruction of the waterfront infrastructure was announced by the harbour commissioners, whose forty-year-old warehouses will be demolished by the end of the year.'.repeat(3));
  });

  it('refuses a scan (pages that are only pictures) saying that it has no text layer', async () => {
    const e = await glossErrorOf(prepareFile('scan.pdf', pdf.scan!));
    expect(e.code).toBe('unsupported_file');
    expect(e.message).toContain('scan.pdf');
    expect(e.message).toMatch(/no text layer/);
  });

  it('refuses a damaged PDF and a file named .pdf that is not one, naming the file', async () => {
    const damaged = await glossErrorOf(prepareFile('cut.pdf', pdf.oneColumn!.subarray(0, 600)));
    expect(damaged.code).toBe('parse_failed');
    expect(damaged.message).toContain('cut.pdf');
    const fake = await glossErrorOf(prepareFile('notes.pdf', new TextEncoder().encode('Just some notes, not a PDF.')));
    expect(fake.code).toBe('unsupported_file');
    expect(fake.message).toMatch(/not a PDF/);
  });
});
