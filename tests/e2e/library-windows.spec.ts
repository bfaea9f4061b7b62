// A library of a few thousand articles, made through the API: the list shows its first rows,
// a jump to the middle or the end shows the rows there, and a filter narrows the count, all from
// windows of rows: the page never asks the core for more than one window at a time.
import { join } from 'node:path';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

const ARTICLES = 3_000;
const BATCH = 1_000;
const number = (i: number) => String(i).padStart(4, '0');

test('a library of 3,000 articles is listed a window at a time: first rows, a jump, the end, a filter', async ({ app: page }) => {
  test.setTimeout(120_000);
  const ids: string[] = [];
  for (let from = 0; from < ARTICLES; from += BATCH) {
    const files = Array.from({ length: BATCH }, (_, k) => {
      const i = from + k;
      const text = `Report ${number(i)} from the harbour\n\nHarbour report number ${i}: ${i * 7} boats came in and ${i % 13} left before noon, the harbour master said.`;
      return { name: `report-${number(i)}.txt`, dataBase64: Buffer.from(text).toString('base64') };
    });
    const report = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.import', { files });
    ids.push(...report.imported.map((a) => a.id));
  }
  expect(ids).toHaveLength(ARTICLES);
  for (const id of ids.slice(0, 30)) await callApi(page, 'articles.update', { id, outlet: 'Harbour Post' });

  // What the page asks for, from a fresh load of this library.
  const asked: Array<{ method: string; input: Record<string, unknown> }> = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      const call = JSON.parse(String(payload)) as { method?: string; input?: Record<string, unknown> };
      if (call.method) asked.push({ method: call.method, input: call.input ?? {} });
    }),
  );
  await page.reload();
  const list = page.getByRole('list', { name: 'Articles' });
  const rows = list.getByRole('listitem');
  await expect(page.locator('.list-count')).toHaveText('3,000 articles');
  await expect(rows.first()).toContainText(/Report \d{4} from the harbour/);
  // Only the rows near the screen are in the page.
  expect(await rows.count()).toBeLessThan(60);

  await page.getByLabel('Sort by').selectOption('title');
  await page.getByRole('button', { name: /Descending order/ }).click();
  await expect(rows.first()).toContainText('Report 0000 from the harbour');

  const scroller = page.locator('.article-list');
  // The middle: rows are 56 px high, so this puts row 1,500 at the top.
  await scroller.evaluate((el) => (el.scrollTop = 1_500 * 56));
  await expect(list.locator('[aria-posinset="1501"]')).toContainText('Report 1500 from the harbour');

  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = list.locator(`[aria-posinset="${ARTICLES}"]`);
  await expect(last).toContainText('Report 2999 from the harbour');
  await expect(last).toBeInViewport();
  await page.screenshot({ path: join(screenshotDir, 'library-windows-end.png') });
  await expectAccessible(page, 'library at its end');

  await page.getByRole('combobox', { name: 'Outlet', exact: true }).selectOption('Harbour Post');
  await expect(page.locator('.list-count')).toHaveText('30 articles');
  // Back at the top of the narrowed list.
  await expect(list.locator('[aria-posinset="1"]')).toContainText('Report 0000 from the harbour');
  await expect(list.locator('[aria-posinset="1"]')).toBeInViewport();

  const windows = asked.filter((a) => a.method === 'list.window');
  expect(windows.length).toBeGreaterThan(2);
  for (const w of windows) expect(w.input.limit).toBeLessThanOrEqual(100);
  expect(asked.some((a) => a.method === 'list.window' && a.input.last === true)).toBe(true);
  // The jump to the middle asked for the rows there, not for every row before them.
  expect(asked.some((a) => a.method === 'list.window' && typeof a.input.offset === 'number' && a.input.offset > 1_000)).toBe(true);

  // The reader names its article and offers the latest ones to add, without the whole list either.
  await list.locator('[aria-posinset="1"]').locator('.article-open').click();
  await expect(page.locator('.pane-title').first()).toContainText('Report 0000 from the harbour');
  await expect(page.getByRole('combobox', { name: 'Open another article beside these' }).locator('option')).toHaveCount(101);
  expect(asked.map((a) => a.method)).not.toContain('articles.list');
});
