// The tag editor: add, rename, recolour, set a key, reorder, remove (asking first), restore, export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, screenshotDir, test } from './fixtures.js';

test('edit the bias techniques and export them as JSON', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  await expect(dialog).toBeVisible();
  const techniques = dialog.getByRole('region', { name: /technique/i });

  await techniques.getByLabel(/Name of the new tag/).fill('Cherry picking');
  await techniques.getByRole('button', { name: 'Add tag' }).click();
  const name = techniques.getByLabel('Name of Cherry picking');
  await expect(name).toHaveValue('Cherry picking');

  await name.fill('Cherry-picking');
  await name.press('Enter');
  await expect(techniques.getByLabel('Name of Cherry-picking')).toBeVisible();
  await techniques.getByLabel('Keyboard key for Cherry-picking').fill('k');
  await techniques.getByLabel('Keyboard key for Cherry-picking').blur();
  await techniques.getByLabel('Colour of Cherry-picking').fill('#123456');
  const definition = techniques.getByLabel('Definition of Cherry-picking');
  await definition.fill('Only the facts that suit the claim, the rest left out.');
  await definition.press('Enter');
  await expect(definition).not.toBeFocused();

  const names = () => techniques.locator('.tag-row:not(.removed) .name-field input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const before = await names();
  expect(before.at(-1)).toBe('Cherry-picking');
  await techniques.getByRole('button', { name: 'Move Cherry-picking up' }).click();
  await expect.poll(names).toEqual([...before.slice(0, -2), 'Cherry-picking', before.at(-2)]);
  await techniques.getByRole('button', { name: 'Move Cherry-picking up' }).press('Alt+ArrowUp');
  await expect.poll(async () => (await names()).indexOf('Cherry-picking')).toBe(before.length - 3);
  await expect(techniques.getByRole('button', { name: 'Move Cherry-picking up' })).toBeFocused();
  await expectAccessible(page, 'tag editor');
  await page.screenshot({ path: join(screenshotDir, 'tag-editor.png') });

  await techniques.getByRole('button', { name: 'Remove Cherry-picking' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove tag' });
  await expect(confirm).toContainText('keep it');
  await confirm.getByRole('button', { name: 'Remove tag' }).click();
  await expect(techniques.locator('.tag-row.removed')).toHaveCount(1);
  await techniques.getByRole('button', { name: 'Restore' }).click();
  await expect(techniques.locator('.tag-row.removed')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await techniques.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const json = readFileSync(file, 'utf8');
  expect(json).toContain('Cherry-picking');
  expect(json.toLowerCase()).toContain('#123456');
  expect(JSON.parse(json).tags.find((t: { name: string }) => t.name === 'Cherry-picking').description).toBe(
    'Only the facts that suit the claim, the rest left out.',
  );

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
