// The claim editor in a small window: at 1024×700 with two panes open, in English and in French
// (whose words are longer) and in Arabic, its quote, its close button and its actions stay within the window;
// what does not fit scrolls inside the editor.
import { join } from 'node:path';
import { expect, importSamples, screenshotDir, selectPhrase, test } from './fixtures.js';

test.use({ viewport: { width: 1024, height: 700 } });

for (const language of ['en', 'fr', 'ar'] as const) {
  test(`the claim editor's actions are in the window at 1024×700 with two panes (${language})`, async ({ app: page }) => {
    await importSamples(page);
    const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    for (const i of [0, 1]) await rows.nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Read side by side' }).click();
    await expect(page.locator('.pane')).toHaveCount(2);
    if (language !== 'en') {
      await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('.pane')).toHaveCount(2);
    }

    // A claim in the middle of the pane, where the editor fits whole on neither side of it.
    await page.locator('.pane-scroll').first().evaluate((scroller) => {
      const block = [...scroller.querySelectorAll<HTMLElement>('p[data-start]')].filter((p) => (p.textContent ?? '').length > 120)[1]!;
      const { top, bottom } = scroller.getBoundingClientRect();
      scroller.scrollTop += block.getBoundingClientRect().top - (top + bottom) / 2;
    });
    await selectPhrase(page, 0, 6, 1);
    const editor = page.locator('.popover');
    await expect(editor).toHaveCSS('opacity', '1');
    await page.screenshot({ path: join(screenshotDir, `claim-editor-1024x700-${language}-new.png`) });
    const inWindow = async () => {
      const box = (await editor.boundingBox())!;
      expect(box.y + box.height, 'the editor ends inside the window').toBeLessThanOrEqual(700);
      await expect(editor.locator('.popover-header button')).toBeInViewport({ ratio: 1 });
    };
    await inWindow();
    const save = editor.locator('.popover-actions button.primary');
    await expect(save).toBeInViewport({ ratio: 1 });
    await save.click();

    // Saved: its Delete is the editor's last action.
    const remove = editor.locator('.popover-actions button.danger');
    await expect(remove).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, `claim-editor-1024x700-${language}-saved.png`) });
    await inWindow();
    await expect(remove).toBeInViewport({ ratio: 1 });
  });
}
