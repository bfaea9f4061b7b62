// A date field's calendar button: one more Tab stop after the typed field, named for its field in
// the interface's language; it opens the browser's date picker on a hidden date input, and the day
// chosen there lands in the field written as the field writes days, and is kept: the library's
// filters, an assignment's due date, an article's publication date.
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import type { Assignment } from '../../shared/classroom.js';
import type { Article, ImportReport } from '../../shared/model.js';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

/** Presses the calendar button, then chooses `day` as the browser's picker does: it sets the hidden input and fires input and change. */
async function chooseOnCalendar(button: Locator, day: string): Promise<void> {
  await button.click();
  await button.locator('xpath=following-sibling::input[@type="date"]').evaluate((input: HTMLInputElement, day) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, day);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, day);
}

async function inLanguage(page: Page, language: string): Promise<void> {
  await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const [language, labels] of [
  ['es', { from: 'Desde', to: 'Hasta', calendar: 'Desde: elegir en un calendario', more: 'Más filtros', classroom: 'Aula', newAssignment: 'Nueva tarea…', dialog: 'Nueva tarea', due: 'Fecha de entrega', make: 'Crear el archivo de la tarea', details: 'Datos del artículo', published: 'Publicado', save: 'Guardar', library: 'Biblioteca' }],
  ['ar', { from: 'من', to: 'إلى', calendar: 'من: الاختيار من التقويم', more: 'مزيد من عوامل التصفية', classroom: 'الفصل', newAssignment: 'واجب جديد…', dialog: 'واجب جديد', due: 'موعد التسليم', make: 'إنشاء ملف الواجب', details: 'تفاصيل المقال', published: 'تاريخ النشر', save: 'حفظ', library: 'المكتبة' }],
] as const) {
  test(`a day chosen on the calendar is written in the field and kept (${language})`, async ({ app: page }) => {
    const { imported } = await callApi<ImportReport>(page, 'articles.importText', { text: 'The bridge cost 40 million euros, the council said.', title: 'Harbour bridge' });
    const article = imported[0]!;
    await callApi(page, 'articles.update', { id: article.id, publishedAt: '2024-06-01' });
    const collection = await callApi<{ id: string }>(page, 'collections.create', { name: 'Bridges' });
    await callApi(page, 'collections.addArticles', { id: collection.id, articleIds: [article.id] });
    await inLanguage(page, language);
    const filters = page.getByRole('group').first();
    const from = filters.getByRole('textbox', { name: labels.from, exact: true });
    const calendar = filters.getByRole('button', { name: labels.calendar });

    await test.step('the library filter', async () => {
      await filters.getByRole('button', { name: labels.more }).click();
      await from.focus();
      await page.keyboard.press('Tab');
      await expect(calendar).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(filters.getByRole('textbox', { name: labels.to, exact: true })).toBeFocused();
      await chooseOnCalendar(calendar, '2024-03-10');
      await expect(from).toHaveValue('10/03/2024');
      await expect(from).not.toHaveAttribute('aria-invalid');
      await page.screenshot({ path: join(screenshotDir, `date-calendar-filter-${language}.png`) });
      // The article, of 1 June 2024, stays from 10 March 2024 on; from a day to come it goes.
      const rows = page.locator('.article-title');
      await expect(rows).toHaveCount(1);
      await chooseOnCalendar(calendar, '2099-01-02');
      await expect(from).toHaveValue('02/01/2099');
      await expect(rows).toHaveCount(0);
      await page.reload();
      await expect(from).toHaveValue('02/01/2099');
      await chooseOnCalendar(calendar, '2024-03-10');
      await expect(rows).toHaveCount(1);
    });

    await test.step("an article's publication date", async () => {
      await page.locator('.article-row').first().locator('button.icon-button').click();
      const dialog = page.getByRole('dialog', { name: labels.details });
      const published = dialog.getByRole('textbox', { name: labels.published });
      await expect(published).toHaveValue('01/06/2024');
      await chooseOnCalendar(dialog.getByRole('button', { name: `${labels.published}${language === 'es' ? ': elegir en un calendario' : ': الاختيار من التقويم'}` }), '2025-11-04');
      await expect(published).toHaveValue('04/11/2025');
      await dialog.screenshot({ path: join(screenshotDir, `date-calendar-details-${language}.png`) });
      await expectAccessible(page, 'the article details with its calendar button');
      await dialog.getByRole('button', { name: labels.save, exact: true }).click();
      await expect(dialog).toHaveCount(0);
      const saved = await callApi<Article>(page, 'articles.get', { id: article.id });
      expect(saved.publishedAt).toContain('2025-11-04');
    });

    await test.step("an assignment's due date", async () => {
      await page.getByRole('button', { name: labels.classroom }).click();
      await page.getByRole('button', { name: labels.newAssignment }).click();
      const dialog = page.getByRole('dialog', { name: labels.dialog });
      const due = dialog.getByRole('textbox', { name: labels.due });
      // A day already typed is where the calendar opens.
      await due.fill('٣/١٢/٢٠٢٦');
      const button = dialog.locator('.date-calendar button');
      await button.click();
      await expect(dialog.locator('.date-calendar input[type=date]')).toHaveValue('2026-12-03');
      await chooseOnCalendar(button, '2026-12-01');
      await expect(due).toHaveValue('01/12/2026');
      await dialog.screenshot({ path: join(screenshotDir, `date-calendar-due-${language}.png`) });
      await expectAccessible(page, 'the new assignment with its calendar button');
      await dialog.getByRole('button', { name: labels.make }).click();
      await expect(dialog).toHaveCount(0);
      const made = await callApi<Assignment[]>(page, 'assignments.list', {});
      expect(made.map((a) => a.dueDate)).toEqual(['2026-12-01']);
    });
  });
}

test('the calendar button sits beside its field, on its side in either direction (en, ar)', async ({ app: page }) => {
  for (const language of ['en', 'ar']) {
    await inLanguage(page, language);
    await page.locator('.filter-bar .more-filters').click();
    const field = page.locator('.filter-bar .date-field').first();
    const text = field.locator('input.date-text');
    const button = field.getByRole('button');
    const [t, b] = [(await text.boundingBox())!, (await button.boundingBox())!];
    // Beside the text, on the side the writing goes to, on the same line, and no taller than it.
    if (language === 'en') expect(b.x).toBeGreaterThanOrEqual(t.x + t.width - 1);
    else expect(b.x + b.width).toBeLessThanOrEqual(t.x + 1);
    expect(Math.abs(b.y + b.height / 2 - (t.y + t.height / 2))).toBeLessThan(3);
    expect(b.height).toBeLessThanOrEqual(t.height + 1);
    await page.locator('.filter-bar').screenshot({ path: join(screenshotDir, `date-calendar-bar-${language}.png`) });
    await expectAccessible(page, `the library's filters (${language})`);
  }
});
