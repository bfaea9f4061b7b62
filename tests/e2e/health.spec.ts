// Library → Check and restore: a backup, damage found by a check, the article put back.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { registerSearchText } from '../../electron/core/search-text.js';
import type { ArticleSummary, LibraryInfo } from '../../shared/model.js';
import { callApi, expect, expectAccessible, importSamples, screenshotDir, test } from './fixtures.js';

test('a damaged article is named by a check and restored from the latest backup', async ({ app: page }) => {
  test.slow(); // a backup, two full checks and a rebuild of the search index
  await importSamples(page);
  await page.getByRole('button', { name: 'Check and restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check and restore' });
  await expect(dialog).toContainText('has not been checked yet');
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(dialog.getByRole('list', { name: 'Backups' })).toContainText(today);

  // A failing disk changes some bytes of one article's text.
  const { dataDir } = await callApi<LibraryInfo>(page, 'library.info', {});
  const [victim] = await callApi<ArticleSummary[]>(page, 'articles.list', { sort: 'title', order: 'asc' });
  const db = new Database(join(dataDir, 'library.sqlite'));
  registerSearchText(db); // the search triggers call it
  db.prepare("UPDATE articles SET body = 'X' || substr(body, 2) WHERE id = ?").run(victim!.id);
  db.close();

  await dialog.getByRole('button', { name: 'Check now' }).click();
  await expect(dialog.getByRole('list', { name: 'Damaged articles' })).toHaveText(victim!.title);
  await expectAccessible(page, 'Check and restore dialog with damage');
  await page.screenshot({ path: join(screenshotDir, 'health-damaged.png') });

  await dialog.getByRole('button', { name: `Restore it from the backup of ${today}` }).click();
  await expect(page.getByText(`Restored 1 article from the backup of ${today}.`)).toBeVisible();
  await expect(dialog).toContainText('Sound when checked');
  await page.screenshot({ path: join(screenshotDir, 'health-restored.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Gloss found damage' })).toHaveCount(0);
});
