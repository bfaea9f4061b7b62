/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report and the worksheet as a reader sees them, in a real Chromium (Debian's),
// with screenshots to tests/e2e/screenshots/ for a person to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportFixture, exportFile, type Fixture } from '../../fixtures/export/collection.js';
import { chromiumLaunchOptions, chromiumPath } from '../../e2e/chromium.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');

describe.skipIf(!chromiumPath())('reports in Chromium', () => {
  let dir: ReturnType<typeof tempDir>;
  let f: Fixture;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir('gloss-report-view-');
    f = await buildExportFixture(join(dir.path, 'library'));
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    f?.core.close();
    dir?.remove();
  });

  async function open(format: 'html' | 'worksheet' | 'answer-key', width = 1280, language: 'en' | 'ar' = 'en') {
    const file = await exportFile(f, { format, collectionId: f.collectionId, language });
    const path = join(dir.path, file.fileName);
    writeFileSync(path, file.bytes);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path).href);
    return { page, requests, url: pathToFileURL(path).href };
  }

  it('shows every claim highlighted in the text and in the table, loading nothing else', async () => {
    const { page, requests, url } = await open('html');
    expect(requests).toEqual([url]);
    const text = await page.evaluate(() => document.body.innerText);
    for (const c of f.claims) expect(text).toContain(`“${c.exact}”`);

    const marks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.text mark[id^="claim-"]')].map((m) => {
        const r = m.getBoundingClientRect();
        return { n: m.dataset.claim, visible: r.width > 0 && r.height > 0, background: getComputedStyle(m).backgroundColor };
      }),
    );
    expect(marks.map((m) => Number(m.n))).toEqual(f.claims.map((_, i) => i + 1));
    expect(marks.every((m) => m.visible)).toBe(true);
    // Coloured by status: a True claim and a False claim do not share a colour.
    expect(marks[0]!.background).not.toBe(marks[11]!.background);

    const rtl = await page.evaluate(() => {
      const el = [...document.querySelectorAll<HTMLElement>('.text')].find((e) => e.lang === 'ar' || e.dir === 'rtl');
      return el ? getComputedStyle(el).direction : null;
    });
    expect(rtl).toBe('rtl');

    // A number in the text leads to its note.
    await page.click('a[href="#note-4"]');
    expect(await page.evaluate(() => location.hash)).toBe('#note-4');
    expect(await page.locator('#note-4').innerText()).toContain('worst case');

    expect(await page.locator('svg.chart title').first().textContent()).toMatch(/statuses and bias techniques/);

    mkdirSync(screenshots, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, 'report.png'), fullPage: true });
    await page.close();
  });

  for (const format of ['html', 'answer-key'] as const) {
    it(`${format}: in an Arabic page, keeps the bullet of an English evidence title inside its cell`, async () => {
      const { page } = await open(format, 1000, 'ar');
      // The bullet sits outside an item, on the side its own text starts: the left for an English title in a right-to-left list.
      const room = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('ul.evidence li')].map((li) => {
          const item = li.getBoundingClientRect();
          const cell = li.closest('td')!.getBoundingClientRect();
          const em = parseFloat(getComputedStyle(li).fontSize);
          return { text: li.innerText, room: (getComputedStyle(li).direction === 'ltr' ? item.left - cell.left : cell.right - item.right) / em };
        }),
      );
      expect(room.length).toBeGreaterThan(0);
      for (const r of room) expect(r.room, r.text).toBeGreaterThanOrEqual(1.1);
      await page.close();
    });
  }

  it('the worksheet shows numbered claims and room to answer, and no verdict', async () => {
    const { page } = await open('worksheet', 1000);
    const text = await page.evaluate(() => document.body.innerText);
    for (const c of f.claims) expect(text).toContain(c.exact);
    // The verdicts are listed once, as choices; none is given next to a claim.
    const choices = await page.locator('.choices').innerText();
    for (const v of ['Mostly true', 'Misleading', 'Mostly false', 'Unverifiable', 'Needs context']) {
      expect(choices).toContain(v);
      expect(text.replace(choices, '')).not.toContain(v);
    }
    expect(await page.locator('.answer').count()).toBe(f.claims.length);
    expect(await page.locator('.answer .line').count()).toBe(3 * f.claims.length);
    await page.screenshot({ path: join(screenshots, 'worksheet.png'), fullPage: true });
    await page.close();
  });
});
