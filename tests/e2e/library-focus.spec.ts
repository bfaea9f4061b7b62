// Focus is not dropped to the page when what had it goes away in the library: the demo's button
// once the demo is loaded, the selection's bar once its articles went to the trash, a row moved
// to the trash from its details, a collection's row once it is deleted, a reader pane's close
// button. A person at the keyboard goes on from the list (or "All articles", or the text of the
// pane in the closed one's place), not from the top of the window.
import type { Page } from '@playwright/test';
import { expect, importSamples, test } from './fixtures.js';

const list = (page: Page) => page.getByRole('list', { name: 'Articles' });
const focusedRow = (page: Page) => list(page).locator('.article-open:focus');

test('focus stays in the library when the control that had it goes', async ({ app: page }) => {
  await test.step('loading the demo: the first article', async () => {
    await page.getByRole('button', { name: 'Load the demo library' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Load the demo library' })).toHaveCount(0);
    await expect(focusedRow(page)).toHaveCount(1);
  });

  const titles = await list(page).locator('.article-title').allTextContents();
  await test.step('moving the selection to the trash: the first article left', async () => {
    for (const title of titles.slice(0, 2)) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
    await page.getByRole('region', { name: /selected/i }).getByRole('button', { name: 'Move to trash' }).click();
    await expect(list(page).locator('.article-title', { hasText: titles[0]! })).toHaveCount(0);
    await expect(focusedRow(page)).toHaveText(new RegExp(escape(titles[2]!)));
  });

  await test.step("moving an article to the trash from its details: the first article left", async () => {
    await page.getByRole('button', { name: `Details of ${titles[2]}` }).click();
    await page.getByRole('dialog', { name: 'Article details' }).getByRole('button', { name: 'Move to trash…' }).click();
    await page.getByRole('dialog', { name: 'Move to trash' }).getByRole('button', { name: 'Move to trash' }).click();
    await expect(list(page).locator('.article-title', { hasText: titles[2]! })).toHaveCount(0);
    await expect(focusedRow(page)).toHaveText(new RegExp(escape(titles[3]!)));
  });

  await test.step('deleting a collection: All articles', async () => {
    await page.getByRole('button', { name: 'New collection…' }).click();
    await page.keyboard.type('Lesson');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete collection Lesson' }).click();
    await page.getByRole('dialog', { name: 'Delete collection' }).getByRole('button', { name: 'Delete collection' }).click();
    await expect(page.getByRole('button', { name: 'Delete collection Lesson' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^All articles/ })).toBeFocused();
  });
});

test("closing a pane: the text of the pane in its place, then the closed article's row", async ({ app: page }) => {
  await importSamples(page);
  const titles = await list(page).locator('.article-title').allTextContents();
  for (const title of titles.slice(0, 3)) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
  await page.getByRole('button', { name: 'Read side by side' }).click();
  await expect(page.locator('.pane')).toHaveCount(3);
  const text = (title: string) => page.getByLabel(`Text of ${title}`, { exact: true });
  await page.getByRole('button', { name: `Close ${titles[1]}` }).click();
  await expect(page.locator('.pane')).toHaveCount(2);
  await expect(text(titles[2]!)).toBeFocused();
  await page.getByRole('button', { name: `Close ${titles[2]}` }).click();
  await expect(text(titles[0]!)).toBeFocused();
  await page.getByRole('button', { name: `Close ${titles[0]}` }).click();
  await expect(page.getByRole('main', { name: 'Library' })).toBeVisible();
  await expect(focusedRow(page)).toHaveText(new RegExp(escape(titles[0]!)));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
