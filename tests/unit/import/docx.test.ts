// Word files generated with the `docx` package, as a newsroom's statements and drafts come.
import {
  AlignmentType,
  CarriageReturn,
  ColumnBreak,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  SimpleField,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WpsShapeRun,
} from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile, type PreparedArticle } from '../../../electron/core/import/index.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { wordFile, zipOf } from '../../helpers/zip.js';

// A 1×1 PNG: the picture itself does not matter, only that it never reaches the text.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const TITLE = 'Statement on the harbour quay repairs';
const FIRST = 'The council confirms that inspectors found cracks in eleven of the forty piers of the old quay.';
const LAST = 'Questions from the press can be sent to the council’s press office until Friday.';

async function statement(): Promise<Uint8Array> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    comments: { children: [{ id: 0, author: 'Editor', children: [new Paragraph('Check this figure with the engineers.')] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph('Published 12 March 2024'),
          new Paragraph({
            children: [new CommentRangeStart(0), new TextRun(FIRST), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })],
          }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } })] }),
          new Paragraph({ text: 'What happens next', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Ferries keep to the usual timetable.', bullet: { level: 0 } }),
          new Paragraph({ text: 'The northern berths close on Monday.', bullet: { level: 0 } }),
          new Paragraph({ text: '“Safety comes before convenience,” the harbour master said.', style: 'Quote' }),
          new Paragraph(LAST),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * What Word saves when a document is given a password (MS-OFFCRYPTO): not a ZIP but an OLE
 * compound file whose streams are EncryptionInfo and the EncryptedPackage (here empty).
 */
function encryptedWordFile(): Uint8Array {
  const file = Buffer.alloc(512 * 3);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(file);
  file.writeUInt16LE(0x3e, 24); // minor version
  file.writeUInt16LE(3, 26); // major version: 512-byte sectors
  file.writeUInt16LE(0xfffe, 28); // byte order
  file.writeUInt16LE(9, 30); // sector shift
  file.writeUInt16LE(6, 32); // mini sector shift
  file.writeUInt32LE(1, 44); // one FAT sector
  file.writeUInt32LE(1, 48); // the directory starts at sector 1
  file.writeUInt32LE(4096, 56); // mini stream cutoff
  file.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  file.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  file.fill(0xff, 76, 512);
  file.writeUInt32LE(0, 76); // the FAT is sector 0
  const fat = 512;
  file.fill(0xff, fat, fat + 512);
  file.writeUInt32LE(0xfffffffd, fat);
  file.writeUInt32LE(0xfffffffe, fat + 4);
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) => {
    const at = 1024 + i * 128;
    file.write(name, at, 'utf16le');
    file.writeUInt16LE((name.length + 1) * 2, at + 64);
    file[at + 66] = i === 0 ? 5 : 2; // root storage, streams
    file[at + 67] = 1; // black
    file.writeUInt32LE(i === 1 ? 2 : 0xffffffff, at + 68); // left sibling
    file.writeUInt32LE(0xffffffff, at + 72); // right sibling
    file.writeUInt32LE(i === 0 ? 1 : 0xffffffff, at + 76); // child
    file.writeUInt32LE(0xfffffffe, at + 116); // start sector
  });
  return new Uint8Array(file);
}

function kinds(a: PreparedArticle): Array<[string, string]> {
  return a.blocks.map((b) => [b.kind, a.body.slice(b.start, b.end)]);
}

describe('Word (.docx) import', () => {
  afterAll(() => closeHtmlWorker());

  it('keeps headings, paragraphs, list items and quotes, and drops pictures and comments', async () => {
    const a = await prepareFile('statement.docx', await statement());
    expect(a.originalType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.language).toBe('en');
    expect(kinds(a)).toEqual([
      ['paragraph', FIRST],
      ['heading', 'What happens next'],
      ['list-item', 'Ferries keep to the usual timetable.'],
      ['list-item', 'The northern berths close on Monday.'],
      ['quote', '“Safety comes before convenience,” the harbour master said.'],
      ['paragraph', LAST],
    ]);
    expect(a.body).not.toContain('Check this figure');
    expect(a.leftOut).toEqual({ comments: 1, struck: 0 });
  });

  it('leaves struck-through words (single or double) out of the sentence, and counts them and the comments for the report', async () => {
    const comment = (id: number, text: string) => ({ id, author: 'Editor', children: [new Paragraph(text)] });
    const doc = new Document({
      comments: { children: [comment(0, 'Which figure is right?'), comment(1, 'Source?')] },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('Repairs to the quay will cost '),
                new TextRun({ text: '€2 million', strike: true }),
                new TextRun(' €3 million, the council said.'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
            new Paragraph({
              // Struck through twice (w:dstrike), as legal redlines often are.
              children: [new TextRun('Work starts on '), new TextRun({ text: 'Monday', doubleStrike: true }), new TextRun(' Tuesday'), new CommentReference(1), new TextRun('.')],
            }),
          ],
        },
      ],
    });
    const a = await prepareFile('costs.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.body).toBe('Repairs to the quay will cost €3 million, the council said.\n\nWork starts on Tuesday.');
    expect(a.leftOut).toEqual({ comments: 2, struck: 2 });
  });

  it('keeps footnotes at the end with the number the text refers to them by, without the back link’s arrow', async () => {
    const doc = new Document({
      footnotes: {
        1: { children: [new Paragraph('Council survey of the quay, March 2024, p. 12.')] },
        2: { children: [new Paragraph('Interview with the harbour master, 11 March 2024.')] },
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Inspectors found cracks in eleven of the forty piers of the old quay'), new FootnoteReferenceRun(1), new TextRun('.')] }),
            new Paragraph({ children: [new TextRun('The ferries keep to their timetable while the engineers decide what to repair'), new FootnoteReferenceRun(2), new TextRun('.')] }),
          ],
        },
      ],
    });
    const a = await prepareFile('sourced.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(kinds(a)).toEqual([
      ['paragraph', 'Inspectors found cracks in eleven of the forty piers of the old quay[1].'],
      ['paragraph', 'The ferries keep to their timetable while the engineers decide what to repair[2].'],
      ['list-item', '[1] Council survey of the quay, March 2024, p. 12.'],
      ['list-item', '[2] Interview with the harbour master, 11 March 2024.'],
    ]);
  });

  it('numbers a numbered list’s items as Word shows them, going on past the paragraphs between them and starting again where Word does', async () => {
    const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: n, format, text, alignment: AlignmentType.START });
    const item = (text: string, n: number, instance?: number) => new Paragraph({ text, numbering: { reference: 'demands', level: n, ...(instance ? { instance } : {}) } });
    const doc = new Document({
      numbering: { config: [{ reference: 'demands', levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)'), level(2, LevelFormat.UPPER_ROMAN, '%3.')] }] },
      sections: [
        {
          children: [
            new Paragraph('The residents list their demands.'),
            item('Reopen the bridge.', 0),
            item('Within a month.', 1),
            item('Or two.', 1),
            item('At the latest.', 2),
            new Paragraph('The council answered the first at once.'),
            item('Run a second ferry.', 0),
            item('At night too.', 1),
            new Paragraph('The harbour master has two of his own:'),
            item('Dredge the channel.', 0, 2),
            item('Light the pier.', 0, 2),
          ],
        },
      ],
    });
    const a = await prepareFile('demands.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(kinds(a)).toEqual([
      ['paragraph', 'The residents list their demands.'],
      ['list-item', '1. Reopen the bridge.'],
      ['list-item', 'a) Within a month.'],
      ['list-item', 'b) Or two.'],
      ['list-item', 'I. At the latest.'],
      ['paragraph', 'The council answered the first at once.'],
      ['list-item', '2. Run a second ferry.'],
      ['list-item', 'a) At night too.'],
      ['paragraph', 'The harbour master has two of his own:'],
      ['list-item', '1. Dredge the channel.'],
      ['list-item', '2. Light the pier.'],
    ]);
  });

  it('numbers a list from where Word starts it, on across another w:num of the same list, and levels written "%1.%2"', async () => {
    const numbering =
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="7">` +
      `<w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl></w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num></w:numbering>`;
    const p = (text: string, numId?: number, ilvl = 0) =>
      `<w:p>${numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const a = await prepareFile(
      'chapters.docx',
      wordFile(p('Third demand onwards, as the council numbered them.') + p('Repair the quay.', 1) + p('Its piers.', 1, 1) + p('Its deck.', 1, 1) + p('A bullet stays a bullet.', 3) + p('Dredge the channel.', 2), { 'word/numbering.xml': numbering }),
    );
    expect(kinds(a).slice(1)).toEqual([
      ['list-item', '3. Repair the quay.'],
      ['list-item', '3.1 Its piers.'],
      ['list-item', '3.2 Its deck.'],
      ['list-item', 'A bullet stays a bullet.'],
      ['list-item', '4. Dredge the channel.'],
    ]);
  });

  it('gives the address a note’s link cites, and leaves the note marks out of a title made of the first sentence', async () => {
    const doc = new Document({
      footnotes: {
        1: { children: [new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/quay-survey', children: [new TextRun('Council survey of the quay')] }), new TextRun(', p. 12.')] })] },
        2: { children: [new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/minutes', children: [new TextRun('https://example.org/minutes')] })] })] },
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Eleven of the forty piers are cracked'), new FootnoteReferenceRun(1), new TextRun('.'), new FootnoteReferenceRun(2), new TextRun(' The council meets on Monday.')] }),
          ],
        },
      ],
    });
    const a = await prepareFile('piers.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.title).toBe('Eleven of the forty piers are cracked');
    expect(kinds(a)).toEqual([
      ['paragraph', 'Eleven of the forty piers are cracked[1].[2] The council meets on Monday.'],
      ['list-item', '[1] Council survey of the quay (https://example.org/quay-survey), p. 12.'],
      ['list-item', '[2] https://example.org/minutes'],
    ]);
  });

  it('imports a reading list that is all links: a document’s own links are no site menu', async () => {
    const reading = ['Council survey of the quay', 'Minutes of the harbour board', 'Engineers’ report on the piers', 'Ferry timetable for the winter'];
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Reading list', heading: HeadingLevel.HEADING_1 }),
            ...reading.map((r, i) => new Paragraph({ children: [new ExternalHyperlink({ link: `https://example.org/${i}`, children: [new TextRun(r)] })] })),
          ],
        },
      ],
    });
    const a = await prepareFile('reading.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.title).toBe('Reading list');
    for (const r of reading) expect(a.body).toContain(r);
  });

  it('reads a file as Word shows it whatever mammoth style map it carries, and says that a document of only pictures has no text', async () => {
    const run = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const mapped = await prepareFile('mapped.docx', wordFile(run('The ferry adds two crossings a day.') + run('The bridge reopens in spring.'), { 'mammoth/style-map': 'p => h1' }));
    expect(kinds(mapped)).toEqual([
      ['paragraph', 'The ferry adds two crossings a day.'],
      ['paragraph', 'The bridge reopens in spring.'],
    ]);
    const pictures = new Document({ sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } })] })] }] });
    for (const [name, bytes] of [['empty.docx', wordFile('<w:p><w:r></w:r></w:p>')], ['photo.docx', new Uint8Array(await Packer.toBuffer(pictures))]] as const) {
      const e = await glossErrorOf(prepareFile(name, bytes));
      expect(e.code).toBe('empty_file');
      expect(e.message).toBe(`"${name}" has no text: the Word document is empty, or holds only pictures or drawings. Check that it is the file you meant, or paste the article's text.`);
    }
  });

  it('marks footnotes and endnotes as Word does: each counted apart, endnotes in Roman numerals or the format the file sets', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Council survey, p. 12.')] }, 2: { children: [new Paragraph('Harbour master, 11 March.')] } },
      endnotes: { 1: { children: [new Paragraph('Minutes of the council, 12 March.')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Eleven piers are cracked'), new FootnoteReferenceRun(1), new TextRun(', the ferries run'), new FootnoteReferenceRun(2), new TextRun(' and the council agreed'), new EndnoteReferenceRun(1), new TextRun('.')] }),
          ],
        },
      ],
    });
    const both = await prepareFile('both.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(both.body).toBe('Eleven piers are cracked[1], the ferries run[2] and the council agreed[i].\n\n[1] Council survey, p. 12.\n\n[2] Harbour master, 11 March.\n\n[i] Minutes of the council, 12 March.');

    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const lettered = await prepareFile(
      'lettered.docx',
      wordFile('<w:p><w:r><w:t>The council agreed</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>', {
        'word/endnotes.xml': `<w:endnotes ${w}><w:endnote w:id="1"><w:p><w:r><w:t>Minutes, 12 March.</w:t></w:r></w:p></w:endnote></w:endnotes>`,
        'word/settings.xml': `<w:settings ${w}><w:endnotePr><w:numFmt w:val="upperLetter"/><w:numStart w:val="3"/></w:endnotePr></w:settings>`,
      }),
    );
    expect(lettered.body).toBe('The council agreed[C].\n\n[C] Minutes, 12 March.');
  });

  it('keeps a table a row to a paragraph, its cells side by side, so that each figure stays with its row', async () => {
    const row = (...cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = new Document({
      sections: [{ children: [new Paragraph(FIRST), new Table({ rows: [row('Pier', 'Cracks'), row('North', '11'), row('South', '4')] }), new Paragraph(LAST)] }],
    });
    const a = await prepareFile('piers.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(kinds(a)).toEqual([
      ['paragraph', FIRST],
      ['paragraph', 'Pier · Cracks'],
      ['paragraph', 'North · 11'],
      ['paragraph', 'South · 4'],
      ['paragraph', LAST],
    ]);
  });

  it('leaves out a table of contents, which would otherwise give its heading as the title and its lines as text', async () => {
    const contents = (text: string, page: number) => new Paragraph({ style: 'TOC1', children: [new TextRun(text), new TextRun({ children: [new Tab(), String(page)] })] });
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'TOCHeading', name: 'TOC Heading' }, { id: 'TOC1', name: 'toc 1' }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Contents', style: 'TOCHeading' }),
            contents('What the inspectors found', 1),
            contents('What happens next', 2),
            new Paragraph({ text: 'What the inspectors found', heading: HeadingLevel.HEADING_1 }),
            new Paragraph(FIRST),
            new Paragraph({ text: 'What happens next', heading: HeadingLevel.HEADING_1 }),
            new Paragraph(LAST),
          ],
        },
      ],
    });
    const a = await prepareFile('report.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.title).toBe('What the inspectors found');
    expect(kinds(a)).toEqual([
      ['paragraph', FIRST],
      ['heading', 'What happens next'],
      ['paragraph', LAST],
    ]);
  });

  it('keeps the text a simple field shows (a caption’s number, a date, a link), never its instruction', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Table '), new SimpleField('SEQ Table \\* ARABIC', '1'), new TextRun(': cracks found per pier')] }),
            new Paragraph({
              children: [
                new TextRun('The survey of '),
                new SimpleField('DATE \\@ "d MMMM yyyy"', '11 March 2024'),
                new TextRun(' is in '),
                new SimpleField('HYPERLINK "https://example.org/quay-survey"', 'the council’s report'),
                new TextRun('.'),
              ],
            }),
          ],
        },
      ],
    });
    const a = await prepareFile('fields.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.body).toBe('Table 1: cracks found per pier\n\nThe survey of 11 March 2024 is in the council’s report.');
  });

  it('keeps words apart across a carriage return, a page break and a column break inside a paragraph', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun({ children: ['Harbour Office', new CarriageReturn(), '12 Quay Street'] }),
                new TextRun('. Inspectors found cracks in eleven'),
                new PageBreak(),
                new TextRun('of the forty piers of the'),
                new ColumnBreak(),
                new TextRun('old quay.'),
              ],
            }),
          ],
        },
      ],
    });
    const a = await prepareFile('breaks.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(a.body).toBe('Harbour Office 12 Quay Street. Inspectors found cracks in eleven of the forty piers of the old quay.');
  });

  it('keeps the text of a right-to-left embedding or override (w:dir, w:bdo)', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const a = await prepareFile(
      'names.docx',
      wordFile(`<w:p>${run('The mayor, ')}<w:dir w:val="rtl">${run('سامي الخطيب')}</w:dir>${run(', and the engineer ')}<w:bdo w:val="rtl">${run('דנה לוי')}</w:bdo>${run(' signed the report.')}</w:p>`),
    );
    expect(a.body).toBe('The mayor, سامي الخطيب, and the engineer דנה לוי signed the report.');
  });

  it('leaves out the placeholder a template’s empty content control shows, and keeps one that was filled in', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const control = (props: string, text: string) => `<w:sdt><w:sdtPr>${props}</w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;
    const a = await prepareFile(
      'template.docx',
      wordFile(
        `<w:p>${run('Contact: ')}${control('<w:alias w:val="Contact"/><w:showingPlcHdr/>', 'Click or tap here to enter text.')}</w:p>` +
          `<w:p>${run('Location: ')}${control('<w:alias w:val="Location"/>', 'Harbour Office, Quay Street')}</w:p>`,
      ),
    );
    expect(a.body).toBe('Contact:\n\nLocation: Harbour Office, Quay Street');
  });

  it('takes the title and author from the file’s properties when the text gives none, but not a placeholder’s, nor over the text’s own', async () => {
    const file = async (properties: { title?: string; creator?: string }, ...paragraphs: Paragraph[]) =>
      new Uint8Array(await Packer.toBuffer(new Document({ ...properties, sections: [{ children: paragraphs }] })));

    const plain = await prepareFile('statement.docx', await file({ title: 'Harbour quay: the council’s statement', creator: 'Jane Doe' }, new Paragraph(FIRST), new Paragraph(LAST)));
    expect([plain.title, plain.author]).toEqual(['Harbour quay: the council’s statement', 'Jane Doe']);
    expect(plain.body).toBe(`${FIRST}\n\n${LAST}`);
    // Names and titles in scripts written without spaces or capitals are no logins or file names.
    for (const [title, creator] of [
      ['2024年度港湾報告', '山田太郎'],
      ['تقرير 2024', 'محمد'],
    ] as const) {
      const named = await prepareFile('statement.docx', await file({ title, creator }, new Paragraph(FIRST), new Paragraph(LAST)));
      expect([named.title, named.author]).toEqual([title, creator]);
    }

    const own = await prepareFile(
      'statement.docx',
      await file({ title: 'Press release template', creator: 'Jane Doe' }, new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }), new Paragraph('By John Roe'), new Paragraph(FIRST)),
    );
    expect([own.title, own.author]).toEqual([TITLE, 'John Roe']);

    const bare = await prepareFile('statement.docx', await file({}, new Paragraph(FIRST), new Paragraph(LAST)));
    for (const [title, creator] of [
      ['Untitled document', 'Microsoft Office User'],
      ['statement', 'Un-named'],
      ['Document1', 'Windows User'],
      ['harbour_statement_final_v3', 'jdoe'],
      ['Microsoft Word - statement draft.doc', 'j.doe'],
    ] as const) {
      const junk = await prepareFile('statement.docx', await file({ title, creator }, new Paragraph(FIRST), new Paragraph(LAST)));
      expect([junk.title, junk.author]).toEqual([bare.title, null]);
    }
  });

  it('reads a document as Word shows it: changes accepted, a field’s result, a text box once, no header or footer', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const field = (instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const box = (text: string) => `<w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent>`;
    const a = await prepareFile(
      'tracked.docx',
      wordFile(
        `<w:p>${run('The repairs will cost ')}<w:del w:id="1" w:author="Editor"><w:r><w:delText>£2 million</w:delText></w:r></w:del><w:ins w:id="2" w:author="Editor">${run('£3 million')}</w:ins>${run(', according to ')}${field('HYPERLINK "https://example.org/quay-survey"', 'the survey')}${run(' (page ')}${field('PAGEREF _Ref1 \\h', '4')}${run(').')}</w:p>` +
          `<w:moveFrom w:id="3" w:author="Editor"><w:p>${run('The ferries keep to their timetable.')}</w:p></w:moveFrom>` +
          `<w:p>${run('Work starts in ')}<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">${run('April')}</w:smartTag>${run('.')}</w:p>` +
          `<w:moveTo w:id="4" w:author="Editor"><w:p>${run('The ferries keep to their timetable.')}</w:p></w:moveTo>` +
          `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>${box('Eleven piers cracked')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('Eleven piers cracked')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      ),
    );
    expect(a.body).toBe('The repairs will cost £3 million, according to the survey (page 4).\n\nWork starts in April.\n\nThe ferries keep to their timetable.\n\nEleven piers cracked');

    const doc = new Document({
      endnotes: { 1: { children: [new Paragraph('Council survey of the quay, March 2024.')] } },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('EMBARGOED UNTIL 10:00')] }) },
          footers: { default: new Footer({ children: [new Paragraph('Harbour Council · Page 1')] }) },
          children: [new Paragraph({ children: [new TextRun(FIRST.slice(0, -1)), new EndnoteReferenceRun(1), new TextRun('.')] }), new Paragraph(LAST)],
        },
      ],
    });
    const noted = await prepareFile('noted.docx', new Uint8Array(await Packer.toBuffer(doc)));
    // Word shows endnotes as i, ii, iii unless the file says otherwise.
    expect(noted.body).toBe(`${FIRST.slice(0, -1)}[i].\n\n${LAST}\n\n[i] Council survey of the quay, March 2024.`);
  });

  it('keeps a word set with a phonetic guide (ruby), without the guide', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const ruby = (base: string, reading: string) => `<w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/></w:rubyPr><w:rt>${run(reading)}</w:rt><w:rubyBase>${run(base)}</w:rubyBase></w:ruby>`;
    const a = await prepareFile('minato.docx', wordFile(`<w:p>${run('市長は')}${ruby('港', 'みなと')}${run('の桟橋四十本のうち十一本にひびが見つかったと発表した。')}</w:p>`));
    expect(a.body).toBe('市長は港の桟橋四十本のうち十一本にひびが見つかったと発表した。');
  });

  it('keeps the text of a text box written as a drawing only, with no older copy beside it', async () => {
    const box = (text: string) => new WpsShapeRun({ type: 'wps', children: [new Paragraph(text)], transformation: { width: 200, height: 80 } });
    const doc = new Document({ sections: [{ children: [new Paragraph(FIRST), new Paragraph({ children: [box('Eleven of the forty piers are cracked.')] }), new Paragraph(LAST)] }] });
    const drawn = await prepareFile('boxed.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(drawn.body).toBe(`${FIRST}\n\nEleven of the forty piers are cracked.\n\n${LAST}`);

    // The same in mc:AlternateContent without its mc:Fallback (whose VML copy is what was read).
    const wps = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
    const choice = `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="Text Box 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${wps}"><wps:wsp xmlns:wps="${wps}"><wps:txbx><w:txbxContent><w:p><w:r><w:t>Eleven of the forty piers are cracked.</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent>`;
    const chosen = await prepareFile('chosen.docx', wordFile(`<w:p><w:r><w:t>${FIRST}</w:t></w:r><w:r>${choice}</w:r></w:p>`));
    expect(chosen.body).toBe(`${FIRST}\n\nEleven of the forty piers are cracked.`);
  });

  it('leaves out hidden text, which Word neither shows nor prints', async () => {
    const run = (text: string, hidden = '') => `<w:r><w:rPr>${hidden}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const a = await prepareFile(
      'hidden.docx',
      wordFile(`<w:p>${run('Inspectors found cracks in ')}${run('[check: 9 or 11?] ', '<w:vanish/>')}${run('eleven', '<w:vanish w:val="false"/>')}${run(' of the forty piers.')}</w:p>`),
    );
    expect(a.body).toBe('Inspectors found cracks in eleven of the forty piers.');
  });

  it('refuses a .docx that is not a Word file, and a damaged one, naming the file', async () => {
    const fake = await glossErrorOf(prepareFile('notes.docx', new TextEncoder().encode('plain notes')));
    expect(fake.code).toBe('unsupported_file');
    expect(fake.message).toContain('notes.docx');
    const zip = (await statement()).subarray(0, 200);
    const damaged = await glossErrorOf(prepareFile('cut.docx', zip));
    expect(damaged.code).toBe('parse_failed');
    expect(damaged.message).toContain('cut.docx');
  });

  it('says that a ZIP of something else named .docx (an OpenDocument text, a spreadsheet) is not a Word document', async () => {
    const odt = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml': '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:text/></office:body></office:document-content>',
    });
    const sheet = zipOf({
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    });
    for (const [name, bytes] of [['minutes.docx', odt], ['figures.docx', sheet]] as const) {
      const e = await glossErrorOf(prepareFile(name, bytes));
      expect(e.code).toBe('unsupported_file');
      expect(e.message).toContain(name);
      expect(e.message).toMatch(/not a Word \(\.docx\) document/);
    }
  });

  it('says that a Word file saved with a password is protected by one, not that it is something else', async () => {
    const e = await glossErrorOf(prepareFile('embargoed.docx', encryptedWordFile()));
    expect(e.code).toBe('unsupported_file');
    expect(e.message).toContain('embargoed.docx');
    expect(e.message).toMatch(/protected by a password/);
  });
});
