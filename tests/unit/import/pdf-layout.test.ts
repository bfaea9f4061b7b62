// The layout rules on text runs placed by hand, as pdf.js reports them (no Chromium needed).
import { describe, expect, it } from 'vitest';
import { layoutPages, titleDraft, type Run } from '../../../electron/core/import/pdf-layout.js';

const SIZE = 11;
const PITCH = 15;

/** Lines of body text from the top of a column downwards, one run each. */
function lines(texts: string[], x: number, top: number, width = 230): Run[] {
  return texts.map((text, i) => ({ text, x, y: top - i * PITCH, width: Math.min(width, text.length * 5.5), size: SIZE, rtl: false }));
}

function page(n: number, body: Run[]): Run[] {
  return [
    { text: 'The Harbour Gazette', x: 250, y: 810, width: 100, size: 8, rtl: false },
    ...body,
    { text: `Page ${n} of 3`, x: 500, y: 30, width: 50, size: 8, rtl: false },
  ];
}

describe('PDF layout', () => {
  it('drops a running head and page numbers that recur on every page, and keeps the page of each block', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, lines([`Paragraph ${n} begins with a line of text that is long enough to fill the`, 'column and ends here.'], 50, 760, 480)),
    );
    const drafts = layoutPages(pages);
    expect(drafts.map((d) => [d.text, d.page])).toEqual([
      ['Paragraph 1 begins with a line of text that is long enough to fill the column and ends here.', 1],
      ['Paragraph 2 begins with a line of text that is long enough to fill the column and ends here.', 2],
      ['Paragraph 3 begins with a line of text that is long enough to fill the column and ends here.', 3],
    ]);
  });

  it('reads the left column before the right one, joins a word hyphenated at a line end, and keeps a compound’s hyphen', () => {
    const left = lines(['The council met on Monday to dis-', 'cuss the forty-', 'year-old quay and its piers, one', 'by one, with the engineers who', 'had inspected them in the spring.', 'Left column ends.', 'And one more line for the left.'], 50, 700);
    const right = lines(['The right column starts here and', 'continues with the second para-', 'graph of the article until its', 'end, which is this sentence.', 'A forty-year-old quay is old.', 'Right column ends.', 'And one more line on the right.'], 320, 700);
    const drafts = layoutPages([[...left, ...right]]);
    const text = drafts.map((d) => d.text).join(' ');
    expect(text.indexOf('The council met')).toBeLessThan(text.indexOf('The right column'));
    expect(text).toContain('to discuss the forty-year-old quay');
    expect(text).toContain('the second paragraph of the article');
  });

  it('makes bullet lines list items and larger type headings', () => {
    const runs: Run[] = [
      { text: 'What happens next', x: 50, y: 760, width: 200, size: 16, rtl: false },
      ...lines(['• Ferries keep to the usual timetable.', '• The northern berths close on Monday.'], 50, 730),
    ];
    expect(layoutPages([runs]).map((d) => [d.kind, d.text])).toEqual([
      ['heading', 'What happens next'],
      ['list-item', 'Ferries keep to the usual timetable.'],
      ['list-item', 'The northern berths close on Monday.'],
    ]);
  });

  it('reads two columns under a title and authors that span them, and a table under them row by row', () => {
    const run = (text: string, x: number, y: number, width: number, size = SIZE): Run => ({ text, x, y, width, size, rtl: false });
    const header = [
      run('Trace-based Specialization of Harbour Repairs', 120, 760, 360, 18),
      ...Array.from({ length: 10 }, (_, i) => run(`Author ${i} · Harbour Institute of Technology, Department of Quays ${i}`, 110, 730 - i * 14, 380)),
    ];
    // The columns' lines are full (justified) and their baselines do not line up across the gutter.
    const column = (side: string, x: number, top: number) =>
      Array.from({ length: 20 }, (_, i) => run(`${side} column line ${String(i).padStart(2, '0')} of the article text runs on`, x, top - i * 13, 240));
    const table = [
      [run('Age (years)', 50, 250, 60), run('24.21', 200, 250, 25), run('3.41', 330, 250, 20), run('18.00', 450, 250, 25)],
      [run('Height (cm)', 50, 236, 60), run('173.2', 200, 236, 25), run('7.04', 330, 236, 20), run('162', 450, 236, 15)],
    ].flat();
    const drafts = layoutPages([[...header, ...column('Left', 50, 560), ...column('Right', 320, 557), ...table]]);
    const text = drafts.map((d) => d.text).join('\n');
    expect(text).toContain(Array.from({ length: 20 }, (_, i) => `Left column line ${String(i).padStart(2, '0')} of the article text runs on`).join(' '));
    expect(text.indexOf('Left column line 19')).toBeLessThan(text.indexOf('Right column line 00'));
    expect(text).toContain('Right column line 18 of the article text runs on Right column line 19');
    expect(text).toContain('Age (years) 24.21 3.41 18.00');
    expect(text).toContain('Height (cm) 173.2 7.04 162');
  });

  it('puts superscripts and subscripts into their line, beside the word they follow', () => {
    const run = (text: string, x: number, y: number, width: number, size = SIZE): Run => ({ text, x, y, width, size, rtl: false });
    const drafts = layoutPages([
      [
        ...lines(['The council said the quay was built in the year before', 'the war and that its piers stand on rock.'], 50, 760, 480),
        run('The old quay is 40 years old', 50, 700, 140),
        run('1', 190, 704.5, 4, 7),
        // The other column's line, set a little higher, lies between the mark and its line.
        run('Results', 320, 702.5, 40),
        run(', its deck covers 5 km', 194, 700, 110),
        run('2', 304, 704.5, 4, 7),
        run('The ferries burn less CO', 50, 685, 125),
        run('2', 175, 682, 4, 7),
        run(' than the buses did, and the current I', 179, 685, 190),
        run('sc', 369, 682, 7, 7),
        run(' fell.', 376, 685, 30),
      ],
    ]);
    const text = drafts.map((d) => d.text).join('\n');
    expect(text).toContain('The old quay is 40 years old¹, its deck covers 5 km²');
    expect(text).toContain('less CO₂ than the buses did, and the current Isc fell.');
    expect(drafts.map((d) => d.text)).not.toContain('1');
  });

  it('drops running heads set apart on left- and right-hand pages', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => [
      ...(n === 1 ? [] : [{ text: n % 2 === 0 ? `${n} J. Doe et al. · Harbour Studies 12 (2024)` : `Port repairs in the north ${n}`, x: n % 2 === 0 ? 50 : 350, y: 810, width: 200, size: 8, rtl: false }]),
      ...lines([`Paragraph ${n} begins with a line of text that is long enough to fill the`, `column, and it goes on for page ${n} with a second line that is as long`, `as the first one was and ends here on page ${n}.`], 50, 760, 480),
    ]);
    expect(layoutPages(pages).map((d) => d.text)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Paragraph ${n} begins with a line of text that is long enough to fill the column, and it goes on for page ${n} with a second line that is as long as the first one was and ends here on page ${n}.`),
    );
  });

  it('keeps a paragraph whole when one glyph in it is set in larger type', () => {
    const run = (text: string, x: number, y: number, width: number, size = SIZE): Run => ({ text, x, y, width, size, rtl: false });
    const drafts = layoutPages([
      [
        ...lines(['Morphological properties of the structure were measured at room'], 50, 760, 480),
        run('temperature. The scan area was set as 5', 50, 745, 200),
        run('×', 255, 745, 8, 14),
        run('5 μm and the scan rate was 2 Hz in all of the', 266, 745, 220),
        ...lines(['measurements that the team made in the spring.'], 50, 730, 480),
      ],
    ]);
    expect(drafts.map((d) => [d.kind, d.text])).toEqual([
      ['paragraph', 'Morphological properties of the structure were measured at room temperature. The scan area was set as 5 × 5 μm and the scan rate was 2 Hz in all of the measurements that the team made in the spring.'],
    ]);
  });

  it('takes the title from the largest heading on page one, not a journal name its citation line repeats', () => {
    const run = (text: string, y: number, size: number): Run => ({ text, x: 50, y, width: text.length * size * 0.5, size, rtl: false });
    const drafts = layoutPages([
      [
        run('Harbour Engineering Letters 137 (2015) 1–5', 800, 8),
        run('Harbour Engineering Letters', 770, 18),
        run('Repairing a forty-year-old quay', 730, 15),
        ...lines(['The council met on Monday to discuss the quay and its piers with the', 'engineers who had inspected them.'], 50, 690, 480),
      ],
    ]);
    expect(titleDraft(drafts)?.text).toBe('Repairing a forty-year-old quay');
  });

  it('goes on with a paragraph the column cut past a note in smaller type at its foot, and leaves out a figure’s unreadable symbol glyphs', () => {
    const left = lines(['Dynamic languages are used for small scripts as', 'well as for whole programs.', 'JavaScript, for example, is the standard for', 'writing programs that run in a web page, and for', 'the scripts of a server, the standard for the', 'client-side web programming'], 50, 700);
    const note: Run = { text: 'Copyright 2009 ACM 978-1-60558-392-1/09/06 $5.00', x: 50, y: 605, width: 200, size: 8, rtl: false };
    const right = lines(['and is used for the application logic of the', 'browser-based office programs.', 'Compilers for typed languages rely on types.', 'They make fast code from them every time,', 'which a compiler for dynamic languages cannot', 'do, since it does not know the types at all.'], 320, 700);
    const glyphs: Run = { text: '\uf0b4 \uf0a3', x: 320, y: 600, width: 20, size: SIZE, rtl: false };
    const drafts = layoutPages([[...left, note, ...right, glyphs]]);
    expect(drafts.map((d) => d.text)).toEqual([
      'Dynamic languages are used for small scripts as well as for whole programs.',
      'JavaScript, for example, is the standard for writing programs that run in a web page, and for the scripts of a server, the standard for the client-side web programming and is used for the application logic of the browser-based office programs.',
      'Copyright 2009 ACM 978-1-60558-392-1/09/06 $5.00',
      'Compilers for typed languages rely on types. They make fast code from them every time, which a compiler for dynamic languages cannot do, since it does not know the types at all.',
    ]);
  });
});
