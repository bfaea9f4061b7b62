// A line with no break in it (an address list from a paper's first page, a long link) wraps
// inside the reader's pane: it ran past the pane's edge and was cut off there.
import { join } from 'node:path';
import type { ImportReport } from '../../shared/model.js';
import { callApi, expect, openInReader, screenshotDir, test } from './fixtures.js';

test('a word longer than the pane is wide wraps inside the pane, not past its edge', async ({ app: page }) => {
  const addresses = '{gal,brendan,shaver,danderson,dmandelin,mrbkap,graydon,bz,jorendorff,jruderman,edwsmith,rreitmai}@mozilla.com';
  const link = `https://example.org/reports/${'harbour-quay-survey-'.repeat(8)}2024.pdf`;
  const report = await callApi<ImportReport>(page, 'articles.importText', {
    text: `The authors of the paper can be reached at ${addresses} for questions.\n\nThe survey is at ${link} and was published in March.`,
    title: 'Authors and sources',
  });
  await openInReader(page, report.imported[0]!.id);
  const scroller = page.locator('.pane-scroll').first();
  await expect(scroller.getByText(addresses, { exact: false })).toBeVisible();
  const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  for (const text of [addresses, link]) {
    const block = scroller.locator('p', { hasText: text });
    expect(await block.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
  }
  await page.screenshot({ path: join(screenshotDir, 'reader-wrap.png') });
});
