// Dates in the classroom as the teacher reads and types them: a due date is typed as the library's
// date filters take dates, in the interface language's order (stored as YYYY-MM-DD); the refusal of
// an earlier hand-in gives its times in the interface's language, not as ISO timestamps.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { Assignment } from '../../shared/classroom.js';
import type { ImportReport } from '../../shared/model.js';
import { ANSWERS_FORMAT, CLASSROOM_FILE_VERSION, answersHash } from '../../electron/core/classroom/files.js';
import { callApi, expect, screenshotDir, test } from './fixtures.js';

async function anAssignment(page: Page): Promise<Assignment> {
  const { imported } = await callApi<ImportReport>(page, 'articles.importText', { text: 'The bridge cost 40 million euros, the council said.', title: 'Harbour bridge' });
  const collection = await callApi<{ id: string }>(page, 'collections.create', { name: 'Bridges' });
  await callApi(page, 'collections.addArticles', { id: collection.id, articleIds: [imported[0]!.id] });
  return callApi<Assignment>(page, 'assignments.create', { collectionId: collection.id, task: 'find', title: 'Bridges homework' });
}

/** Ana's answers file (no claims), handed in at `handedInAt`, as the file picker gets it. */
function answersFile(assignment: Assignment, name: string, handedInAt: string) {
  const content = { assignmentId: assignment.id, assignmentTitle: assignment.title, student: { id: 'ana-id', name: 'Ana' }, handedInAt, answers: [] };
  const file = { format: ANSWERS_FORMAT, version: CLASSROOM_FILE_VERSION, ...content, hash: answersHash(content) };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

const moment = (page: Page, iso: string, locale: string) =>
  page.evaluate(({ iso, locale }) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }), { iso, locale });

for (const [language, locale, picker] of [
  ['es', 'es', 'Elegir archivos de respuestas'],
  ['ar', 'ar', 'اختيار ملفات الإجابات'],
] as const) {
  test(`an earlier hand-in is refused with its times in the interface's language (${language})`, async ({ app: page }) => {
    const assignment = await anAssignment(page);
    await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.locator('nav.views button').nth(2).click();
    const input = page.locator(`input[type=file][aria-label="${picker}"]`);
    const [earlier, later] = ['2026-11-19T09:05:00.000Z', '2026-11-21T16:40:00.000Z'];
    await input.setInputFiles(answersFile(assignment, 'ana-2.glossanswers', later));
    await input.setInputFiles(answersFile(assignment, 'ana-1.glossanswers', earlier));
    const refusal = page.locator('.toast').filter({ hasText: 'ana-1.glossanswers' });
    await expect(refusal).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, `classroom-earlier-hand-in-${language}.png`) });
    await expect(refusal).toContainText(await moment(page, earlier, locale));
    await expect(refusal).toContainText(await moment(page, later, locale));
    await expect(refusal).not.toContainText('2026-11-');
    // The message names the file itself: the toast does not say it twice.
    expect((await refusal.innerText()).split('ana-1.glossanswers')).toHaveLength(2);
  });
}

for (const [language, labels] of [
  ['es', { library: 'Biblioteca', classroom: 'Aula', more: 'Más filtros', from: 'Desde', newAssignment: 'Nueva tarea…', dialog: 'Nueva tarea', due: 'Fecha de entrega', make: 'Crear el archivo de la tarea' }],
  ['ar', { library: 'المكتبة', classroom: 'الفصل', more: 'مزيد من عوامل التصفية', from: 'من', newAssignment: 'واجب جديد…', dialog: 'واجب جديد', due: 'موعد التسليم', make: 'إنشاء ملف الواجب' }],
] as const) {
  test(`a due date is typed as the library's date filters take dates (${language})`, async ({ app: page }) => {
    await anAssignment(page);
    await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.getByRole('button', { name: labels.more }).click();
    const from = page.getByRole('group').getByLabel(labels.from, { exact: true });
    const placeholder = await from.getAttribute('placeholder');
    await from.fill('10/3/2024');
    await from.blur();
    await page.screenshot({ path: join(screenshotDir, `dates-library-filter-${language}.png`) });
    await expect(from).toHaveValue('10/03/2024');

    await page.getByRole('button', { name: labels.classroom }).click();
    await page.getByRole('button', { name: labels.newAssignment }).click();
    const dialog = page.getByRole('dialog', { name: labels.dialog });
    const due = dialog.getByLabel(labels.due, { exact: true });
    await dialog.screenshot({ path: join(screenshotDir, `dates-due-empty-${language}.png`) });
    // One format in both places: the same placeholder, a date shown the same way.
    expect(placeholder).toBeTruthy();
    await expect(due).toHaveAttribute('placeholder', placeholder!);
    // A day that is not one is not taken, and the assignment is not made without it.
    await due.fill('31/02/2026');
    await expect(due).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: labels.make }).click();
    await expect(dialog).toBeVisible();
    expect(await callApi<Assignment[]>(page, 'assignments.list', {})).toHaveLength(1);
    await due.fill('1/12/2026');
    await due.blur();
    await expect(due).toHaveValue('01/12/2026');
    await dialog.screenshot({ path: join(screenshotDir, `dates-due-typed-${language}.png`) });
    await dialog.getByRole('button', { name: labels.make }).click();
    await expect(dialog).toHaveCount(0);
    const made = await callApi<Assignment[]>(page, 'assignments.list', {});
    expect(made.map((a) => a.dueDate)).toContain('2026-12-01');
  });
}
