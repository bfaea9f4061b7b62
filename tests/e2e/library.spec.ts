// The library: first run, imports that fail or repeat, pasting, collections, filters, sorting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { expect, importPicker, importSamples, sampleArticles, screenshotDir, test } from './fixtures.js';

test('first run offers the demo library', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Load the demo library' }).click();
  await expect(page.getByText(/Loaded the demo library/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your library is empty' })).toHaveCount(0);
});

test('each file that cannot be imported says why, and duplicates are noted', async ({ app: page }) => {
  const dir = tempDir('gloss-e2e-files-');
  try {
    const binary = join(dir.path, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
    const sheet = join(dir.path, 'budget.xlsx');
    writeFileSync(sheet, 'PK');
    const [first] = sampleArticles();
    await importPicker(page).setInputFiles([first!, binary, sheet]);
    const report = page.locator('.import-report');
    await expect(report).toContainText('Imported 1 article');
    await expect(report).toContainText('2 could not be imported');
    await expect(report.locator('li', { hasText: 'scan.txt' })).toBeVisible();
    await expect(report.locator('li', { hasText: 'budget.xlsx' })).toContainText('Not an article file Gloss reads');

    await importPicker(page).setInputFiles([first!]);
    await expect(report).toContainText('1 already in the library');
  } finally {
    dir.remove();
  }
});

test('paste an article, make a collection, filter and sort', async ({ app: page }) => {
  await importSamples(page);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste an article' });
  await paste.getByLabel('Title').fill('Aardvark sightings rise');
  await paste.getByLabel('Article text').fill('Aardvark sightings rose sharply this spring, wildlife officers said on Tuesday.\n\nThe officers said the rise was "unprecedented", a claim other researchers disputed.');
  await paste.getByRole('button', { name: 'Import' }).click();
  await expect(paste).toHaveCount(0);
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(6);

  await page.getByLabel('Sort by').selectOption('title');
  await page.getByRole('button', { name: /Descending order/ }).click();
  await expect(rows.first()).toContainText('Aardvark sightings rise');

  await page.getByRole('button', { name: 'New collection…' }).click();
  await page.getByRole('dialog', { name: 'New collection' }).getByLabel('Name').fill('Animals');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(rows).toHaveCount(0); // the new, empty collection is shown
  await page.getByRole('button', { name: /^All articles/ }).click();
  await rows.first().getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByLabel('Add the selected articles to a collection').selectOption({ label: 'Animals' });
  await expect(page.getByText('Added 2 to “Animals”.')).toBeVisible();
  await page.getByRole('button', { name: /^Animals/ }).click();
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Rename collection Animals' }).click();
  await page.getByRole('dialog', { name: 'Rename collection' }).getByLabel('Name').fill('Wildlife');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Wildlife/ })).toBeVisible();

  await rows.first().getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Remove from “Wildlife”' }).click();
  await expect(rows).toHaveCount(1);
});

test('drop many files: a progress bar while they import, then one report', async ({ app: page }) => {
  await page.evaluate(() => {
    // Remember whether a progress bar showed at any moment: imports of small files are quick.
    new MutationObserver(() => {
      if (document.querySelector('progress')) document.body.dataset.sawProgress = 'yes';
    }).observe(document.body, { childList: true, subtree: true });
    const transfer = new DataTransfer();
    for (let i = 1; i <= 60; i++) {
      const text = `Town ${i} votes on a new library\n\nResidents of town number ${i} will vote on Sunday on whether to build a library, officials said. Turnout in town ${i} is expected to be high, with ${i * 37} people registered.`;
      transfer.items.add(new File([text], `town-${i}.txt`, { type: 'text/plain' }));
    }
    const target = document.querySelector('main.library')!;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await expect(page.locator('.import-report')).toContainText('Imported 60 articles');
  await expect(page.locator('.list-count')).toHaveText('60 articles');
  expect(await page.evaluate(() => document.body.dataset.sawProgress)).toBe('yes');
});

test('a new, empty collection says how to put articles in it', async ({ app: page }) => {
  await importSamples(page);
  await page.getByRole('button', { name: 'New collection…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New collection' });
  await dialog.getByLabel('Name').fill('Year 10');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('status').filter({ hasText: '0 articles in “Year 10”' })).toBeVisible();
  const hint = page.locator('.empty-collection');
  await expect(hint).toHaveText(
    '“Year 10” is empty. Files you import while it is open go into it; or open “All articles”, tick the articles you want and choose “Year 10” in “Add to collection…”.',
  );
  await page.screenshot({ path: join(screenshotDir, 'library-empty-collection.png') });
  // Nothing to export or compare yet.
  await expect(page.getByRole('button', { name: 'Export collection…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Figures…' })).toBeDisabled();

  // Following it.
  await page.getByRole('button', { name: /^All articles/ }).click();
  await expect(hint).toHaveCount(0);
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await rows.first().getByRole('checkbox').check();
  await page.getByRole('combobox', { name: 'Add the selected articles to a collection' }).selectOption({ label: 'Year 10' });
  await page.getByRole('button', { name: /^Year 10/ }).click();
  await expect(rows).toHaveCount(1);
  await expect(hint).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export collection…' })).toBeEnabled();
});
