// Article PDFs printed by Chromium from HTML written here, as a fact-checker's PDFs come from
// a newsroom's layout: one and two columns, running headers and footers with page numbers,
// a heading hierarchy, an Arabic page, and a "scan" that is only an image.
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions, chromiumPath } from '../e2e/chromium.js';

export const HEADER = 'Harbour Gazette · Special report';
export const FOOTER_NOTE = 'harbourgazette.example/reports';

const LOREM = [
  'Inspectors walked the length of the old quay on Monday and found cracks in eleven of its forty piers, more than the council had been told in the spring survey.',
  'The harbour master said ferries would keep running on the usual timetable while engineers decide which berths can stay open through the winter storms.',
  'Residents of the waterfront streets asked why the repairs promised two years ago never began, and whether the money set aside for them was spent elsewhere.',
  'A spokesperson for the council said the budget for the works had been approved in full and that contracts would be signed before the end of the month.',
  'Fishermen who moor at the northern berths have been told to move their boats to the marina, where the fees are higher and the spaces fewer.',
  'The engineers expect to publish a full report in the summer, with costs for each of the three options the council will have to choose between.',
];

export interface PdfArticle {
  title: string;
  date: string;
  /** Sections: a heading (level 2 unless said) and its paragraphs. */
  sections: Array<{ heading: string; level?: 2 | 3; paragraphs: string[] }>;
}

/** About `pages` pages of text: the six paragraphs above, varied by section so that no two repeat. */
export function longArticle(sectionCount: number): PdfArticle {
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    heading: `Section ${s + 1}: what the inspectors found`,
    paragraphs: LOREM.map((p, i) => `${p} (Item ${s * LOREM.length + i + 1} of the report.)`),
  }));
  return { title: 'Cracks found in forty-year-old harbour quay', date: 'March 12, 2024', sections };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `|` in a paragraph marks a soft hyphen, where Chromium may break the word at a line end. */
export function articleHtml(a: PdfArticle, opts: { columns?: 1 | 2; lang?: string; dir?: 'rtl'; pt?: number } = {}): string {
  const body = a.sections
    .map((s) => `<h${s.level ?? 2}>${esc(s.heading)}</h${s.level ?? 2}>${s.paragraphs.map((p) => `<p>${esc(p).replace(/\|/g, '&shy;')}</p>`).join('')}`)
    .join('');
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"${opts.dir ? ` dir="${opts.dir}"` : ''}><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<style>
  body { font: ${opts.pt ?? 11}pt/1.45 "DejaVu Serif", serif; margin: 0; }
  :lang(ar) body, body:lang(ar) { font-family: "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }
  h1 { font: bold 24pt/1.2 "DejaVu Sans", sans-serif; margin: 0 0 6pt; column-span: all; }
  h2 { font: bold 14pt/1.3 "DejaVu Sans", sans-serif; margin: 14pt 0 4pt; break-after: avoid; }
  h3 { font: bold 12.5pt/1.3 "DejaVu Sans", sans-serif; margin: 10pt 0 4pt; break-after: avoid; }
  .date { font-size: 10pt; margin: 0 0 12pt; column-span: all; }
  p { margin: 0 0 8pt; text-align: justify; hyphens: manual; }
  main { ${opts.columns === 2 ? 'column-count: 2; column-gap: 24pt;' : ''} }
</style></head><body><main><h1>${esc(a.title)}</h1><p class="date">${esc(a.date)}</p>${body}</main></body></html>`;
}

/** Chromium's page header and footer: a running title, a site line and "Page N of M". */
const headerFooter = {
  displayHeaderFooter: true,
  headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;font-family:sans-serif">${HEADER}</div>`,
  footerTemplate: `<div style="font-size:8pt;width:100%;display:flex;justify-content:space-between;padding:0 15mm;font-family:sans-serif"><span>${FOOTER_NOTE}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  margin: { top: '22mm', bottom: '22mm', left: '18mm', right: '18mm' },
};

/** Chromium's own header and footer, with the print dialog's default margins. */
const browserHeaderFooter = { displayHeaderFooter: true, margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' } };

export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static available(): boolean {
    return chromiumPath() !== undefined;
  }

  static async open(): Promise<PdfPrinter> {
    return new PdfPrinter(await chromium.launch(chromiumLaunchOptions()));
  }

  /**
   * `report`: the running head and foot above; `browser`: what Chromium's print dialog adds by
   * default (the date and title, the address and "1/3"), as close to the text as it sets them.
   */
  async print(html: string, furniture: 'report' | 'browser' = 'report'): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await page.setContent(html);
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, ...(furniture === 'report' ? headerFooter : browserHeaderFooter) }));
    } finally {
      await page.close();
    }
  }

  /** A page that is only a picture of text, as a scanner makes: no text layer at all. */
  async printScan(): Promise<Uint8Array> {
    const page = await this.browser.newPage({ viewport: { width: 700, height: 400 } });
    try {
      await page.setContent(`<p style="font:20px serif;padding:20px">${esc(LOREM[0]!)} ${esc(LOREM[1]!)}</p>`);
      const png = (await page.screenshot()).toString('base64');
      await page.setContent(`<img style="width:100%" src="data:image/png;base64,${png}">`);
      return new Uint8Array(await page.pdf({ format: 'A4' }));
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
