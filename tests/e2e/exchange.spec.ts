// A colleague's exchange file, opened on another machine: chosen in the import picker like any
// article file, merged into the library, its claims painted in the reader.
import { join } from 'node:path';
import { startHost } from '../../electron/host/server.js';
import { repoRoot } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { callApi, expect, importPicker, openInReader, paintedClaims, test } from './fixtures.js';

const text = 'The mayor said turnout reached 80 percent, a record for the district.\n\nObservers counted far fewer voters at the polls.';

test('an exchange file chosen in the import picker merges into another library', async ({ app: colleague, browser }) => {
  const report = await callApi<{ imported: Array<{ id: string }> }>(colleague, 'articles.importText', { text, title: 'Turnout disputed' });
  const articleId = report.imported[0]!.id;
  const start = text.indexOf('turnout reached 80 percent');
  await callApi(colleague, 'annotations.create', { articleId, start, end: start + 'turnout reached 80 percent'.length, statusTagId: 'status:mostly-false', note: 'Observers disagree' });
  const file = await callApi<{ fileName: string; dataBase64: string }>(colleague, 'exports.run', { format: 'bundle', articleId });

  const dir = tempDir('gloss-e2e-other-');
  const other = await startHost({ dataDir: dir.path, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
  const page = await browser.newPage();
  try {
    await page.goto(other.url);
    await importPicker(page).setInputFiles({ name: 'from-colleague.gloss', mimeType: 'application/json', buffer: Buffer.from(file.dataBase64, 'base64') });
    await expect(page.getByText(/Merged from-colleague\.gloss: 1 new article/)).toBeVisible();
    await expect(page.getByText(/Imported 0 articles/)).toHaveCount(0);
    await expect(page.getByText('Turnout disputed')).toBeVisible();

    await openInReader(page, articleId);
    const item = page.locator('.claim-sidebar .claim-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('turnout reached 80 percent');
    await expect(item).toContainText('Observers disagree');
    await expect.poll(() => paintedClaims(page)).toBe(1);
  } finally {
    await page.close();
    await other.close();
    dir.remove();
  }
});
