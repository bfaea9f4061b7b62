/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The report, the worksheet and the answer key as printed (Chromium's PDF, read back with
// pdftotext; pages as PNG in tests/e2e/screenshots/ for a person to look at).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportFixture, exportFile, type Fixture } from '../../fixtures/export/collection.js';
import { chromiumLaunchOptions, chromiumPath } from '../../e2e/chromium.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
const longString = 'https://example.org/' + '0123456789abcdef'.repeat(16);

describe.skipIf(!chromiumPath() || !hasPoppler)('printed exports', { timeout: 180_000 }, () => {
  let dir: ReturnType<typeof tempDir>;
  let f: Fixture;
  let browser: Browser;
  const pdfs: Record<string, string> = {};

  /** Text of the PDF (or of one page), whitespace normalised: where a line wraps depends on the fonts. */
  const text = (file: string, page?: number) =>
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

  beforeAll(async () => {
    dir = tempDir('gloss-print-');
    f = await buildExportFixture(join(dir.path, 'library'));
    // A long unbroken string in a note and an Arabic paragraph in an English article.
    const ledgerClaims = await f.call('annotations.list', { articleId: f.articleIds.ledger });
    await f.call('annotations.update', { id: ledgerClaims[0]!.id, note: `See ${longString}` });
    browser = await chromium.launch(chromiumLaunchOptions());
    mkdirSync(screenshots, { recursive: true });
    for (const old of readdirSync(screenshots).filter((n) => n.startsWith('print-'))) rmSync(join(screenshots, old));
    for (const [name, input] of [
      ['report', { format: 'pdf', collectionId: f.collectionId }],
      ['one-article', { format: 'pdf', articleId: f.articleIds.ledger }],
      ['worksheet', { format: 'pdf', pdfOf: 'worksheet', collectionId: f.collectionId }],
      ['answer-key', { format: 'pdf', pdfOf: 'answer-key', collectionId: f.collectionId }],
    ] as const) {
      const file = await exportFile(f, input);
      pdfs[name] = join(dir.path, `${name}.pdf`);
      writeFileSync(pdfs[name]!, file.bytes);
      execFileSync('pdftoppm', ['-png', '-r', '60', pdfs[name]!, join(screenshots, `print-${name}`)]);
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    f?.core.close();
    dir?.remove();
  });

  it('prints evidence URLs beside their titles, and no back-link arrows', () => {
    // Spaces removed: a URL wraps inside its narrow column.
    const report = text(pdfs.report!).replace(/ /g, '');
    expect(report).toContain('https://example.org/un-ocha/briefing-7-may');
    expect(report).toContain('WHOfuelestimatehttps://example.org/who/fuel-estimate');
    expect(report).not.toContain('↩');
    expect(text(pdfs['answer-key']!).replace(/ /g, '')).toContain('WHOfuelestimatehttps://example.org/who/fuel-estimate');
  });

  it('makes PDFs a screen reader can read and a reader can navigate: tagged, with bookmarks to the headings', () => {
    for (const name of ['report', 'answer-key']) {
      expect(execFileSync('pdfinfo', [pdfs[name]!], { encoding: 'utf8' }), name).toMatch(/Tagged:\s+yes/);
      const outline = /<outline>([\s\S]*?)<\/outline>/.exec(execFileSync('pdftohtml', ['-xml', '-stdout', '-i', pdfs[name]!], { encoding: 'utf8' }))?.[1] ?? '';
      expect(outline, name).toContain(f.collectionName);
    }
    const outline = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', pdfs.report!], { encoding: 'utf8' });
    expect(outline).toMatch(/<item page="\d+">Crossing closed as talks stall<\/item>/);
  });

  it('starts a one-article report’s article on page 1', () => {
    const first = text(pdfs['one-article']!, 1);
    expect(first).toContain('Crossing closed as talks stall');
    expect(first).toContain('The only crossing into the south');
  });

  it('holds the emoji and astral characters of the articles', () => {
    expect(text(pdfs.report!)).toContain('closed for a month 😡');
  });

  /** The page in Chromium as printed on A4 (794 CSS pixels wide). */
  async function printed(format: 'html' | 'answer-key') {
    const file = await exportFile(f, { format, collectionId: f.collectionId });
    const path = join(dir.path, file.fileName);
    writeFileSync(path, file.bytes);
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(pathToFileURL(path).href);
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  for (const format of ['html', 'answer-key'] as const) {
    it(`runs nothing of the ${format === 'html' ? 'report' : 'answer key'} past the edge of the paper: long strings wrap`, async () => {
      const page = await printed(format);
      const past = await page.evaluate(() => {
        const edge = document.body.getBoundingClientRect().right + 1;
        return [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > edge || (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1))
          .map((el) => `${el.tagName}.${el.getAttribute('class')}: ${el.textContent?.slice(0, 40)}`);
      });
      expect(past).toEqual([]);
      await page.close();
    });
  }

  it('lays each margin note beside its paragraph, lets tall table rows break across pages, and wraps the chart legend', async () => {
    const page = await printed('html');
    const layout = await page.evaluate(() => ({
      notes: [...document.querySelectorAll<HTMLElement>('sup.ref a[id^="ref-"]')].map((ref) => {
        const n = ref.id.slice(4);
        const note = document.getElementById(`note-${n}`)!;
        const row = ref.closest('.row');
        const r = (row ?? document.body).getBoundingClientRect();
        const top = note.getBoundingClientRect().top;
        return { n, sameRow: row !== null && note.closest('.row') === row, besideRow: top >= r.top && top < r.bottom };
      }),
      rowBreak: getComputedStyle(document.querySelector('table.claims tr')!).breakInside,
      legend: [...document.querySelectorAll('.chart-legend li')].map((li) => li.textContent),
    }));
    expect(layout.notes.length).toBe(f.claims.length);
    for (const note of layout.notes) expect(note, `note ${note.n}`).toMatchObject({ sameRow: true, besideRow: true });
    expect(layout.rowBreak).not.toBe('avoid');
    expect(layout.legend).toContain('Exaggeration or minimisation');
    await page.close();
  });

  it('prints the report’s claims table and the answer key with every verdict and technique unbroken', () => {
    const verdicts = ['Mostly true', 'Unverifiable', 'Needs context', 'Mostly false', 'Misleading'];
    const expected = {
      'answer-key': ['Verdict', 'Techniques', 'Evidence', 'Exaggeration or minimisation', 'Unnamed source', ...verdicts],
      report: ['Bias techniques', 'Evidence', 'Contradicts', 'Exaggeration or minimisation', ...verdicts],
    };
    for (const [name, words] of Object.entries(expected)) {
      const printed = ` ${text(pdfs[name]!)} `;
      for (const w of words) expect(printed, `${name}: ${w}`).toContain(` ${w} `);
    }
    // Screenshots of every page, for a person to look at.
    for (const name of Object.keys(pdfs)) {
      expect(readdirSync(screenshots).filter((n) => n.startsWith(`print-${name}-`)).length).toBe(pages(pdfs[name]!));
    }
  });
});
