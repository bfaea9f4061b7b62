// Exporting from the app in browser mode: the Export dialog downloads the file it was asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, screenshotDir, test } from './fixtures.js';

test('export selected articles as a report and as CSV from the Export dialog', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Load the demo library' }).click();
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Export…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Export 2 articles as')).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'export-dialog.png') });
  await expectAccessible(page, 'export dialog');

  const report = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const html = await report;
  expect(html.suggestedFilename()).toMatch(/\.html$/);
  const text = readFileSync((await html.path())!, 'utf8');
  expect(text).toMatch(/^<!doctype html>/);
  expect(text.match(/<section class="article-section"/g)).toHaveLength(2);
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Exported ${html.suggestedFilename()}`)).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByLabel(/Claims as CSV/).check();
  const csv = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await csv;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('article_id,article_title,outlet');
});

test('the Export dialog says what a ClaimReview file lacks and how to supply it', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Load the demo library' }).click();
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel(/ClaimReview/).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.claimreview\.jsonld$/);
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8')).length).toBeGreaterThan(0);

  // The file is written, and the dialog stays open to say what it lacks.
  const warnings = dialog.getByRole('status');
  await expect(warnings).toContainText('url is missing: set where reports are published with --publish-url or in Settings');
  await expect(warnings).toContainText('author is missing');
  await page.screenshot({ path: join(screenshotDir, 'export-dialog-warnings.png') });
  await expectAccessible(page, 'export dialog with warnings');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
});
