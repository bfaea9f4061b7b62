// File types in Arabic sentences read as they are written, left to right: the welcome's
// "(.txt, …, .docx)", the Export dialog's "(.gloss)" and the list under a file the library turns back, not "(txt, … .docx.)" or "(gloss.)" with
// a dot thrown to the far end by the right-to-left sentence around it.
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { callApi, expect, screenshotDir, test } from './fixtures.js';

/** Where `token`'s dot, its first letter and the "(" before it are drawn, in the element's first text. */
function placesOf(el: Locator, token: string) {
  return el.evaluate((el, token) => {
    const text = [...el.childNodes].find((n): n is Text => n instanceof Text && n.data.includes(token))!;
    const x = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    const dot = text.data.indexOf(token);
    return { dot: x(dot), letter: x(dot + 1), open: x(text.data.lastIndexOf('(', dot)) };
  }, token);
}

function expectReadLeftToRight(at: { dot: number; letter: number; open: number }) {
  expect(at.dot).toBeLessThan(at.letter);
  expect(at.open).toBeGreaterThan(at.letter);
}

test.beforeEach(async ({ app: page }) => {
  await page.evaluate(() => localStorage.setItem('gloss.language', 'ar'));
});

test('the Arabic welcome writes ".txt" with its dot in front', async ({ app: page }) => {
  await page.reload();
  const welcome = page.getByRole('region', { name: 'البداية' }).locator('p');
  await expect(welcome).toContainText('.txt');
  await page.getByRole('region', { name: 'البداية' }).screenshot({ path: join(screenshotDir, 'welcome-ar.png') });
  expectReadLeftToRight(await placesOf(welcome, '.txt'));
});

test('the Arabic Export dialog writes ".gloss" with its dot in front', async ({ app: page }) => {
  await callApi(page, 'articles.importText', { text: 'The bridge cost 40 million euros, the council said.', title: 'Harbour bridge' });
  await page.reload();
  await page.locator('.article-row').first().getByRole('checkbox').check();
  await page.getByRole('region', { name: 'المقالات المحددة' }).getByRole('button', { name: 'تصدير…' }).click();
  const dialog = page.getByRole('dialog');
  const label = dialog.locator('label > span').filter({ hasText: '.gloss' });
  await expect(label).toBeVisible();
  await dialog.screenshot({ path: join(screenshotDir, 'export-ar.png') });
  expectReadLeftToRight(await placesOf(label, '.gloss'));
});

test('the Arabic message for a file the library does not take writes ".txt" and ".gloss" with their dots in front', async ({ app: page }) => {
  await page.reload();
  await page.locator('input[type=file][aria-label="اختيار ملفات مقالات لاستيرادها"]').setInputFiles({ name: 'budget.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
  const message = page.locator('.import-report li', { hasText: 'budget.xlsx' });
  await expect(message).toContainText('.gloss');
  await message.screenshot({ path: join(screenshotDir, 'not-article-ar.png') });
  const text = message.locator(':scope, :scope *').filter({ hasText: '.txt' }).last();
  expectReadLeftToRight(await placesOf(text, '.txt'));
  expectReadLeftToRight(await placesOf(text, '.gloss'));
});
