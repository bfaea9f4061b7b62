// Issue 8, the keyboard and the small things: "/" and "?", Delete, date filters, key badges,
// the library following changes made outside the app, filters that stay, one message at a
// time, evidence URLs without a scheme, and one date format (right-to-left articles included).
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { openCore } from '../../electron/core/api.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { callApi, expect, expectAccessible, importSamples, screenshotDir, selectPhrase, test } from './fixtures.js';

const rows = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem');

test('keyboard: / searches, ? lists the shortcuts, Delete removes a claim, one Tab stop per date and its calendar, badges that read right', async ({ app: page }) => {
  await importSamples(page);
  const search = page.getByRole('searchbox', { name: 'Search articles and notes' });

  await page.locator('.brand').click();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('');

  await test.step('the date filters take one Tab stop each, and one for each calendar', async () => {
    const from = page.getByRole('textbox', { name: 'From' });
    await page.getByRole('button', { name: 'More filters' }).click();
    await from.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'From: choose on a calendar' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'To' })).toBeFocused();
    await from.fill('2024-13-40');
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await from.fill('2024-03-20');
    await expect(from).not.toHaveAttribute('aria-invalid');
    await expect(rows(page)).not.toHaveCount(5);
    await from.fill('');
    await expect(rows(page)).toHaveCount(5);
  });

  await rows(page).first().locator('.article-open').click();
  await expect(page.locator('.pane-scroll')).toBeFocused();

  await test.step('? lists the shortcuts', async () => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Undo the last change in this pane’s article');
    await page.screenshot({ path: join(screenshotDir, 'shortcuts.png') });
    await expectAccessible(page, 'the shortcuts dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  await test.step('key badges are upper case: the "l" of Loaded language cannot read as "1"', async () => {
    await selectPhrase(page, 0, 4);
    const popover = page.getByRole('dialog', { name: 'New claim' });
    await expect(popover.getByRole('button', { name: /^Loaded language/ }).locator('kbd')).toHaveText('L');
    await page.keyboard.press('l');
    await expect(page.getByRole('dialog', { name: 'Edit claim' })).toBeVisible();
  });

  await test.step('Delete removes the claim being edited, and Ctrl+Z brings it back', async () => {
    await page.keyboard.press('Delete');
    await expect(page.getByRole('dialog', { name: /claim/ })).toHaveCount(0);
    await expect(page.locator('.claim-item')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.claim-item')).toHaveCount(1);
  });

  await test.step('Delete on a claim of the list removes that claim', async () => {
    await page.locator('.claim-button').first().focus();
    await page.keyboard.press('Delete');
    await expect(page.locator('.claim-item')).toHaveCount(0);
    await expect(page.getByText('Claim deleted. Ctrl+Z brings it back.')).toBeVisible();
  });

  await page.locator('.pane-scroll').focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('main', { name: 'Library' })).toBeVisible();
  await expect(search).toBeFocused();
});

test('the library shows what another process (the CLI) adds, without a reload', async ({ app: page, dataDir }) => {
  await importSamples(page);
  await expect(rows(page)).toHaveCount(5);
  const cli = await openCore(dataDir);
  try {
    const r = await dispatch(cli.api, 'articles.importText', { title: 'Added from the command line', text: 'A short article the CLI imported while the window was open.' });
    expect(r.ok).toBe(true);
  } finally {
    cli.close();
  }
  await expect(rows(page)).toHaveCount(6, { timeout: 10_000 });
  await expect(page.locator('.article-title', { hasText: 'Added from the command line' })).toBeVisible();
});

test('filters and sort stay as they were set, across the reader and a reload', async ({ app: page }) => {
  await importSamples(page);
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  await sort.selectOption({ label: 'Title' });
  await page.getByRole('button', { name: /Descending order/ }).click();
  await expect(page.getByRole('button', { name: /^Ascending order/ })).toBeVisible();
  const listed = () => rows(page).locator('.article-title').allTextContents();
  await expect.poll(async () => {
    const t = await listed();
    return t.length >= 5 && t.every((title, i) => i === 0 || t[i - 1]!.localeCompare(title) <= 0);
  }, 'the list is re-sorted by title, ascending').toBe(true);
  const titles = await listed();

  await rows(page).first().locator('.article-open').click();
  await expect(page.locator('.pane')).toHaveCount(1);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(sort).toHaveValue('title');
  await expect(rows(page).locator('.article-title')).toHaveText(titles);
  await page.reload();
  await expect(sort).toHaveValue('title');
  await expect(page.getByRole('button', { name: /Ascending order; switch to descending|Descending order/ })).toHaveText('↑ Asc');
  await expect(rows(page).locator('.article-title')).toHaveText(titles);
});

test('one message at a time, the earlier ones in a list', async ({ app: page }) => {
  await importSamples(page);
  await rows(page).first().locator('.article-open').click();
  await page.locator('.pane-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Nothing to undo in this article.')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Nothing to redo in this article.')).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(1);
  await expect(page.locator('.toast')).not.toContainText('Nothing to undo');
  await page.getByRole('button', { name: 'Earlier messages (1)' }).click();
  const earlier = page.getByRole('region', { name: 'Earlier messages' });
  await expect(earlier).toContainText('Nothing to undo in this article.');
  await page.screenshot({ path: join(screenshotDir, 'messages.png') });
  await expectAccessible(page, 'the earlier messages');
});

test('an evidence URL typed without a scheme gets https://', async ({ app: page }) => {
  await importSamples(page);
  await rows(page).first().locator('.article-open').click();
  await selectPhrase(page, 0, 4);
  await page.keyboard.press('3');
  const popover = page.getByRole('dialog', { name: 'Edit claim' });
  await popover.getByLabel('Evidence URL').fill('example.org/budget-2024');
  await popover.getByLabel('Evidence title').fill('Budget');
  await popover.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(popover.getByRole('link', { name: 'Budget' })).toHaveAttribute('href', 'https://example.org/budget-2024');
});

test('dates read one way everywhere, in a right-to-left article too', async ({ app: page }) => {
  await callApi(page, 'library.loadDemo', {});
  await page.reload();
  const arabic = (await callApi<Array<{ id: string; outlet: string | null; title: string }>>(page, 'articles.list', {})).find((a) => a.outlet === 'صدى الميناء')!;
  const row = rows(page).filter({ hasText: arabic.title });
  await expect(row.locator('time')).toHaveText('15 Mar 2025');
  await row.locator('.article-open').click();
  const date = page.locator('.pane-meta time');
  await expect(date).toHaveText('15 Mar 2025');
  // As drawn: the day on the left, the year on the right (not turned around by the Arabic outlet).
  const order = await date.evaluate((el) => {
    const text = el.firstChild as Text;
    const at = (s: string) => {
      const r = document.createRange();
      r.setStart(text, text.data.indexOf(s));
      r.setEnd(text, text.data.indexOf(s) + s.length);
      return r.getBoundingClientRect().left;
    };
    return at('15') < at('Mar') && at('Mar') < at('2025');
  });
  expect(order).toBe(true);
  await page.screenshot({ path: join(screenshotDir, 'reader-rtl-date.png') });
});
