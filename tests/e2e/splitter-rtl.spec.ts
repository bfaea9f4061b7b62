// A pane divider goes where it is moved in either direction of the interface: in Arabic, where
// the first pane is on the right, the Right arrow and a drag to the right moved it to the left.
import type { Page } from '@playwright/test';
import { expect, importSamples, test } from './fixtures.js';

const centre = async (page: Page) => {
  const box = (await page.getByRole('separator').first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

for (const language of ['en', 'ar']) {
  test(`a pane divider moves the way it is pushed (${language})`, async ({ app: page }) => {
    await importSamples(page);
    if (language !== 'en') {
      await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    const rows = page.locator('.article-row');
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.locator('.selection-bar button.primary').click();
    await expect(page.locator('.pane')).toHaveCount(2);
    const splitter = page.getByRole('separator').first();

    const start = await centre(page);
    await splitter.focus();
    await splitter.press('ArrowRight');
    await expect.poll(async () => (await centre(page)).x).toBeGreaterThan(start.x + 10);
    const afterKey = await centre(page);
    await splitter.press('ArrowLeft');
    await expect.poll(async () => (await centre(page)).x).toBeLessThan(afterKey.x - 10);

    const before = await centre(page);
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x - 60, before.y, { steps: 6 });
    await page.mouse.up();
    const dragged = (await centre(page)).x;
    expect(dragged).toBeLessThan(before.x - 40);
    expect(dragged).toBeGreaterThan(before.x - 80);
  });
}
