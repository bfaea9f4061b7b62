// The library on a small screen (a school laptop): the articles keep most of the window, with the
// import report, the filters and the selection's actions all still there and reachable.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, expectAccessible, importPicker, screenshotDir, test } from './fixtures.js';

const ARTICLES = 32;

/** Thirty-two short articles, each its own words (none is a duplicate of another). */
function articleFiles() {
  return Array.from({ length: ARTICLES }, (_, i) => ({
    name: `council-${i + 1}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Council report number ${i + 1}\n\nThe council met on day ${i + 1} and voted ${i + 3} to ${i} on the harbour budget.\n`),
  }));
}

/** How many article rows are wholly inside both the list's scroll box and the window. */
function rowsFullyVisible(page: Page): Promise<number> {
  return page.evaluate(() => {
    const list = document.querySelector('.article-list')!.getBoundingClientRect();
    const bottom = Math.min(list.bottom, innerHeight);
    return [...document.querySelectorAll('.article-row[data-id]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.height > 0 && r.top >= list.top - 0.5 && r.bottom <= bottom + 0.5;
    }).length;
  });
}

/** After a resize: the list has measured itself and drawn its rows. */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.locator('.article-row[data-id]').first()).toBeVisible();
}

/** Fills the library, leaves the import report up, and selects two articles. */
async function busyLibrary(page: Page) {
  await importPicker(page).setInputFiles(articleFiles());
  await expect(page.locator('.import-report')).toBeVisible();
  const rows = page.locator('.article-row[data-id]');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(8);
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
}

const sizes = [
  { width: 1280, height: 800, rows: 9 },
  { width: 1024, height: 700, rows: 8 },
  { width: 1024, height: 600, rows: 5 },
];

test('at 1024×700 and 1024×600 the list shows 8 and 5 whole rows under the import report, the filters and the selection', async ({ app: page }) => {
  await busyLibrary(page);
  for (const { width, height, rows } of sizes) {
    await page.setViewportSize({ width, height });
    await settled(page);
    await page.screenshot({ path: join(screenshotDir, `library-compact-en-${width}x${height}.png`) });
    expect.soft(await rowsFullyVisible(page), `whole rows at ${width}×${height}`).toBeGreaterThanOrEqual(rows);
  }
});

test('in Arabic the small window keeps the rows too', async ({ app: page }) => {
  await page.evaluate(() => localStorage.setItem('gloss.language', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.locator('input[type=file]').first().setInputFiles(articleFiles());
  await expect(page.locator('.import-report')).toBeVisible();
  const rows = page.locator('.article-row[data-id]');
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(8);
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  for (const { width, height, rows: wanted } of sizes) {
    await page.setViewportSize({ width, height });
    await settled(page);
    await page.screenshot({ path: join(screenshotDir, `library-compact-ar-${width}x${height}.png`) });
    expect.soft(await rowsFullyVisible(page), `whole rows at ${width}×${height}`).toBeGreaterThanOrEqual(wanted);
  }
});

test('at 1024×600 every control of the library is on screen and reached with Tab, the folded filters too', async ({ app: page }) => {
  await busyLibrary(page);
  await page.setViewportSize({ width: 1024, height: 600 });
  const controls = [
    page.getByRole('searchbox', { name: 'Search' }),
    page.getByRole('button', { name: 'Import files…' }),
    page.getByRole('button', { name: 'Paste text…' }),
    page.getByRole('button', { name: 'Trash…' }),
    page.getByRole('button', { name: 'Check and restore…' }),
    page.getByRole('button', { name: 'Dismiss' }),
    page.getByRole('combobox', { name: /^Outlet/ }),
    page.getByRole('combobox', { name: /^Sort by/ }),
    page.getByRole('button', { name: 'Descending' }),
    page.getByRole('button', { name: 'More filters' }),
    page.getByRole('button', { name: 'Read side by side' }),
    page.getByRole('region', { name: 'Selected articles' }).getByRole('combobox'),
    page.getByRole('button', { name: 'Export…' }),
    page.getByRole('button', { name: 'Move to trash' }),
    page.getByRole('button', { name: 'Clear selection' }),
  ];
  const focused: string[] = [];
  const reached = async () => {
    focused.length = 0;
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    for (let i = 0; i < 40; i++) {
      focused.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 300) ?? ''));
      await page.keyboard.press('Tab');
    }
  };
  await reached();
  for (const control of controls) {
    await expect(control).toBeInViewport({ ratio: 1 });
    const html = await control.evaluate((el) => el.outerHTML.slice(0, 300));
    expect(focused, `Tab reaches ${html}`).toContain(html);
  }

  // The dates, status and technique open under "More filters", which then says how many are on.
  const more = page.getByRole('button', { name: 'More filters' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: /^Status/ })).toBeHidden();
  await more.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['From', 'To']) await expect(page.getByRole('textbox', { name, exact: true })).toBeInViewport({ ratio: 1 });
  for (const name of [/^Status/, /^Technique/]) await expect(page.getByRole('combobox', { name })).toBeInViewport({ ratio: 1 });
  await page.getByRole('textbox', { name: 'From', exact: true }).fill('01/01/2020');
  await page.getByRole('textbox', { name: 'From', exact: true }).press('Tab');
  await more.click();
  await expect(page.getByRole('button', { name: 'More filters (1 on)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  await expectAccessible(page, 'library at 1024×600');
});

test('the import report is one line; the notes on each file open under "Show details", at once when a file failed', async ({ app: page }) => {
  await importPicker(page).setInputFiles(articleFiles().slice(0, 2));
  await expect(page.locator('.import-report')).toContainText('Imported 2 articles');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await importPicker(page).setInputFiles(articleFiles().slice(0, 3));
  const report = page.locator('.import-report');
  await expect(report).toContainText('Imported 1 article');
  const duplicate = report.getByRole('listitem').filter({ hasText: 'council-1.txt' });
  await expect(duplicate).toBeHidden();
  await report.getByText('Show details').click();
  await expect(duplicate).toBeVisible();

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await importPicker(page).setInputFiles({ name: 'budget.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  await expect(report.getByRole('listitem').filter({ hasText: 'budget.xlsx' })).toBeVisible();
});
