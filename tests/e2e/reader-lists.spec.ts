// A page's numbered list reads in the reader as it did on the page: its numbers, no bullet beside them.
import { join } from 'node:path';
import type { ImportReport } from '../../shared/model.js';
import { callApi, expect, openInReader, screenshotDir, test } from './fixtures.js';

test('a numbered list shows its numbers and no bullets; a bulleted one its bullets', async ({ app: page }) => {
  const html = `<!doctype html><html lang="en"><head><title>Demands</title></head><body><article><h1>Demands</h1>
    <p>The ministry made its demands of the council on Monday, after the vote on the harbour, and gave it a week to answer them.</p>
    <ol><li>Stop the works on the quay.</li><li>Publish the report.</li></ol><ul><li>A bullet stays.</li></ul>
    <p>The council has not answered yet, a spokesman for the mayor said on Tuesday evening.</p></article></body></html>`;
  const report = await callApi<ImportReport>(page, 'articles.import', { files: [{ name: 'demands.html', dataBase64: Buffer.from(html).toString('base64') }] });
  await openInReader(page, report.imported[0]!.id);
  const items = page.locator('.article-text li');
  await expect(items).toHaveText(['1. Stop the works on the quay.', '2. Publish the report.', 'A bullet stays.']);
  await page.screenshot({ path: join(screenshotDir, 'reader-lists.png') });
  const markers = await items.evaluateAll((lis) => lis.map((li) => getComputedStyle(li).listStyleType));
  expect(markers).toEqual(['none', 'none', 'disc']);
});
