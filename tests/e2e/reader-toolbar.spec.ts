// The reader's toolbar stays one line at 1024 × 700, in English and Arabic: Undo and Redo, once
// they describe their steps ("Undo: status of “…”"), narrow instead of pushing the pane picker to
// a second line, which moved the panes and the text being annotated down under the pointer.
import { join } from 'node:path';
import { expect, expectAccessible, importSamples, screenshotDir, selectPhrase, test } from './fixtures.js';

for (const language of ['en', 'ar']) {
  test(`the reader's toolbar keeps to one line as Undo and Redo describe their steps (${language})`, async ({ app: page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await importSamples(page);
    if (language !== 'en') {
      await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    }
    const rows = page.locator('.article-row');
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.locator('.selection-bar button.primary').click();
    await expect(page.locator('.pane')).toHaveCount(2);
    const toolbar = page.locator('.reader .toolbar');
    // The pane picker is there (the latest articles have come).
    await expect(toolbar.locator('select')).toBeVisible();
    const panesTop = async () => (await page.locator('.panes').boundingBox())!.y;
    const before = await panesTop();

    // A status, then a technique; one undone: Undo and Redo both describe a step.
    await selectPhrase(page, 0, 6);
    await page.keyboard.press('3');
    await expect(page.locator('.pane').first().locator('.claim-item')).toHaveCount(1);
    await page.keyboard.press('l');
    await expect(page.locator('.pane').first().locator('.claim-item .chip')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await page.locator('.pane-scroll').first().focus();
    await page.keyboard.press('Control+z');
    const [undo, redo] = [toolbar.locator('.history-button').first(), toolbar.locator('.history-button').last()];
    await expect(redo).toBeEnabled();
    await expect(undo).toBeEnabled();
    await page.screenshot({ path: join(screenshotDir, `reader-toolbar-1024-${language}.png`) });
    expect(await panesTop()).toBe(before);
    // Every control of the toolbar is in the window, each wholly.
    for (const control of await toolbar.locator('button, select, input').all()) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
    }
    await expect(undo).toHaveAttribute('title', /“|«/);
    await expectAccessible(page, 'the reader at 1024 × 700');
  });
}
