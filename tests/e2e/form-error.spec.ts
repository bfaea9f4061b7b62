// Why a dialog did not do what was asked is in sight: at 1024 × 700 "New assignment" scrolls, and
// its message ("A “judge these claims” assignment needs claims to judge: …") sat under the last
// field, out of view, while the button that was pressed had let focus fall to the page: a press
// did nothing that could be seen. The message comes into view, clear of the actions at the
// bottom, and takes the focus the button dropped.
import { join } from 'node:path';
import type { ImportReport } from '../../shared/model.js';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

for (const [language, labels] of [
  ['en', { classroom: 'Classroom', newAssignment: 'New assignment…', dialog: 'New assignment', make: 'Make the assignment file', needs: 'needs claims to judge' }],
  ['ar', { classroom: 'الفصل', newAssignment: 'واجب جديد…', dialog: 'واجب جديد', make: 'إنشاء ملف الواجب', needs: '' }],
] as const) {
  test(`a refused assignment says why where it can be seen (${language})`, async ({ app: page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    const ids: string[] = [];
    for (const title of ['Harbour bridge', 'Bridge tolls']) {
      const { imported } = await callApi<ImportReport>(page, 'articles.importText', { text: `${title}: the bridge cost 40 million euros, the council said.`, title });
      ids.push(imported[0]!.id);
    }
    const collection = await callApi<{ id: string }>(page, 'collections.create', { name: 'Bridges' });
    await callApi(page, 'collections.addArticles', { id: collection.id, articleIds: ids });
    if (language !== 'en') {
      await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
      await page.reload();
    }
    await page.getByRole('button', { name: labels.classroom }).click();
    await page.getByRole('button', { name: labels.newAssignment }).click();
    const dialog = page.getByRole('dialog', { name: labels.dialog });
    await dialog.getByRole('radio').nth(1).check();
    await dialog.getByRole('button', { name: labels.make }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toBeVisible();
    if (labels.needs) await expect(alert).toContainText(labels.needs);
    await expect(alert).toBeFocused();
    await page.screenshot({ path: join(screenshotDir, `form-error-assignment-${language}.png`) });
    // In the window, and what is drawn at its middle is the message, not the actions over it.
    const seen = await alert.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.top >= 0 && r.bottom <= innerHeight && !!at && el.contains(at);
    });
    expect(seen).toBe(true);
    await expectAccessible(page, 'the refused assignment');
  });
}
