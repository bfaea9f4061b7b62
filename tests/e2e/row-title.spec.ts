// At 1024 px a long title is cut to one line in the library's list; pointing at the row shows it
// whole (as a pane's header does), where nothing did.
import { callApi, expect, test } from './fixtures.js';

test('a title cut short in the list shows whole when pointed at', async ({ app: page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const title = 'Amid growing concern over the harbour bridge, the council says its cost will not rise again before the next election';
  await callApi(page, 'articles.importText', { title, text: 'The bridge cost 40 million euros, the council said.' });
  await page.reload();
  const row = page.locator('.article-row').filter({ hasText: title.slice(0, 30) });
  const shown = row.locator('.article-title');
  expect(await shown.evaluate((s) => s.scrollWidth > s.clientWidth + 1), 'the title is cut at 1024 px').toBe(true);
  await expect(row.locator('.article-open')).toHaveAttribute('title', title);
});
