// A person's session in browser mode: import the samples, search, read two side by side,
// mark and tag a claim in each (one by mouse, one by key), note, link, reload, delete and undo.
import { join } from 'node:path';
import {
  expect,
  expectAccessible,
  importSamples,
  paintedClaims,
  pointOfText,
  screenshotDir,
  selectPhrase,
  test,
} from './fixtures.js';

test('import, search, annotate two articles side by side, link, reload, undo a delete', async ({ app: page }) => {
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await importSamples(page);
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(5);
  await page.screenshot({ path: join(screenshotDir, 'library.png') });
  await expectAccessible(page, 'library');

  await test.step('search as you type shows marked snippets', async () => {
    const firstTitle = (await rows.first().locator('.article-title').textContent())!;
    const word = firstTitle.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
    await page.getByRole('searchbox', { name: 'Search articles and notes' }).fill(word);
    const results = page.getByRole('region', { name: `Search results for ${word}` });
    await expect(results.locator('mark').first()).toBeVisible();
    expect((await results.locator('mark').first().textContent())!.toLowerCase()).toContain(word.toLowerCase().slice(0, 4));
    await page.screenshot({ path: join(screenshotDir, 'search.png') });
    await page.getByRole('searchbox', { name: 'Search articles and notes' }).fill('');
    await expect(rows).toHaveCount(5);
  });

  await test.step('open two articles side by side', async () => {
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Read side by side' }).click();
    await expect(page.locator('.pane')).toHaveCount(2);
    await expect(page.locator('.pane .article').nth(1)).toBeVisible();
  });

  const sidebar = (pane: number) => page.locator('.pane').nth(pane).locator('.claim-sidebar');
  const popover = page.getByRole('dialog', { name: /claim/ });

  const first = await test.step('tag a phrase in the first pane with the mouse, with a note', async () => {
    const exact = await selectPhrase(page, 0);
    await expect(popover).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, 'popover.png') });
    await popover.getByRole('button', { name: /^Misleading/ }).click();
    await expect(sidebar(0).locator('.claim-item')).toHaveCount(1);
    await expect(sidebar(0).locator('.claim-item')).toContainText('Misleading');
    await popover.getByLabel('Note').fill('Figure needs a source.');
    await popover.getByLabel('Note').blur();
    await expect(sidebar(0)).toContainText('Figure needs a source.');
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    return exact;
  });

  const second = await test.step('tag a phrase in the second pane with a number key, over the socket', async () => {
    const posts: string[] = [];
    const record = (request: { url(): string }) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) posts.push(request.url());
    };
    page.on('request', record);
    const exact = await selectPhrase(page, 1, 5);
    await expect(popover).toBeVisible();
    await page.keyboard.press('6'); // False
    await expect(sidebar(1).locator('.claim-item')).toContainText('False');
    await expect(popover.getByRole('button', { name: /^False/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    page.off('request', record);
    expect(posts, 'the app calls the core over its WebSocket, not POST /api/…').toEqual([]);
    return exact;
  });
  expect(await paintedClaims(page)).toBe(2);

  await test.step('link the two claims by clicking the other highlight', async () => {
    await sidebar(0).locator('.claim-button').first().click();
    await expect(popover).toBeVisible();
    await popover.getByRole('button', { name: 'Link to… same claim' }).click();
    await expect(page.getByRole('region', { name: 'Link claims' })).toBeVisible();
    const at = await pointOfText(page, 1, second);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByText('Claims linked.')).toBeVisible();
    await expect(sidebar(0)).toContainText('1 linked');
    await expect(sidebar(1)).toContainText('1 linked');
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
  });

  await test.step('hovering a linked claim outlines its partner in the other pane', async () => {
    const at = await pointOfText(page, 0, first);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('gloss-flash'))).toBe(false);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('gloss-linked')?.size ?? 0)).toBe(1);
    await page.screenshot({ path: join(screenshotDir, 'reader-two-panes.png') });
    await page.mouse.move(5, 5);
  });
  await expectAccessible(page, 'reader');

  await test.step('after a reload everything is still there', async () => {
    await page.reload();
    await expect(page.locator('.pane')).toHaveCount(2);
    await expect(sidebar(0).locator('.claim-item')).toHaveCount(1);
    await expect(sidebar(1).locator('.claim-item')).toHaveCount(1);
    await expect(sidebar(0)).toContainText('Figure needs a source.');
    await expect(sidebar(0)).toContainText('Misleading');
    await expect(sidebar(1)).toContainText('False');
    await expect(sidebar(0)).toContainText('1 linked');
    await expect.poll(() => paintedClaims(page)).toBe(2);
    await sidebar(1).locator('.claim-button').first().click();
    await expect(popover.locator('.links')).toContainText(first.slice(0, 30));
    await page.keyboard.press('Escape');
  });

  await test.step('remove the link, then take it back from the message', async () => {
    await sidebar(1).locator('.claim-button').first().click();
    await popover.getByRole('button', { name: 'Remove link' }).click();
    await expect(sidebar(0)).not.toContainText('1 linked');
    await expect(sidebar(1)).not.toContainText('1 linked');
    const message = page.locator('.toast', { hasText: 'removed.' });
    await expect(message).toContainText(`Link to “${first.slice(0, 20)}`);
    await page.screenshot({ path: join(screenshotDir, 'link-removed.png') });
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect(sidebar(0)).toContainText('1 linked');
    await expect(sidebar(1)).toContainText('1 linked');
    await page.keyboard.press('Escape');
  });

  await test.step('delete a claim, then bring it back with Ctrl+Z', async () => {
    await sidebar(1).locator('.claim-button').first().click();
    await popover.getByRole('button', { name: 'Delete claim' }).click();
    await expect(sidebar(1).locator('.claim-item')).toHaveCount(0);
    await expect.poll(() => paintedClaims(page)).toBe(1);
    // Undo belongs to the pane's article: Ctrl+Z in the pane whose claim was deleted.
    await page.locator('.pane-scroll').nth(1).focus();
    await page.keyboard.press('Control+z');
    await expect(sidebar(1).locator('.claim-item')).toHaveCount(1);
    await expect(sidebar(1)).toContainText('False');
    await expect.poll(() => paintedClaims(page)).toBe(2);
  });

  await test.step('dark theme', async () => {
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('gloss-flash'))).toBe(false);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.screenshot({ path: join(screenshotDir, 'reader-two-panes-dark.png') });
    await expectAccessible(page, 'reader in the dark theme');
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.screenshot({ path: join(screenshotDir, 'library-dark.png') });
  });
});
