// The layout rules on text runs placed by hand, as pdf.js reports them (no Chromium needed).
import { describe, expect, it } from 'vitest';
import { layoutPages, type Run } from '../../../electron/core/import/pdf-layout.js';

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
});
