// File types in Arabic sentences read as they are written, left to right: the welcome's
// "(.txt, …, .docx)", the Export dialog's "(.gloss)", the list under a file the library turns back
// and the file types and file name in a refused file's message, not "(txt, … .docx.)" or
// "(gloss.)" with a dot thrown to the far end by the right-to-left sentence around it.
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

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

/** Where each of `words` begins to be drawn, in an element that is one text. */
function startsOf(el: Locator, words: string[]) {
  return el.evaluate((el, words) => {
    const node = el.firstChild as Text;
    return words.map((word) => {
      const r = document.createRange();
      const at = node.data.indexOf(word);
      r.setStart(node, at);
      r.setEnd(node, at + 1);
      return r.getBoundingClientRect().left;
    });
  }, words);
}

test('the Arabic message for a binary file writes its name and ".pdf" left to right', async ({ app: page }) => {
  await page.reload();
  const program = Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);
  await page.locator('input[type=file][aria-label="اختيار ملفات مقالات لاستيرادها"]').setInputFiles({ name: '2024-report.txt', mimeType: 'text/plain', buffer: program });
  const message = page.locator('.import-report li', { hasText: 'report.txt' });
  await expect(message).toContainText('ملفًا ثنائيًا');
  await message.screenshot({ path: join(screenshotDir, 'binary-file-ar.png') });
  const [year, report, dot, pdf, dotDocx, docx] = await startsOf(message, ['2024', 'report', '.pdf', 'pdf', '.docx', 'docx']);
  expect(year).toBeLessThan(report!);
  expect(dot).toBeLessThan(pdf!);
  expect(dotDocx).toBeLessThan(docx!);
  await expectAccessible(page, 'Arabic import report');
});

test('the Arabic message for an answers file that is not one writes ".glossanswers" with its dot in front', async ({ app: page }) => {
  await page.reload();
  await page.locator('nav.views button').nth(2).click();
  await page.locator('input[type=file][aria-label="اختيار ملفات الإجابات"]').setInputFiles({ name: 'ana-answers.txt', mimeType: 'text/plain', buffer: Buffer.from('not the answers') });
  const toast = page.locator('.toast').filter({ hasText: 'ana-answers.txt' });
  await expect(toast).toContainText('.glossanswers');
  await toast.screenshot({ path: join(screenshotDir, 'not-answers-ar.png') });
  const text = toast.locator(':scope, :scope *').filter({ hasText: '.glossanswers' }).last();
  expectReadLeftToRight(await placesOf(text, '.glossanswers'));
});
