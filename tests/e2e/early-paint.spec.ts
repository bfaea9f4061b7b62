// The library's first rows are on the screen before the app is (renderer/src/earlyPaint.ts): at a
// start whose first rows are those the app last rendered, the page shows them while the app's
// code is still on its way (held back here), in the same place and with the same text as the
// app's rows once it is there, in English and in Arabic; and a row clicked as soon as the app is
// there opens its article.
import type { Page, Route } from '@playwright/test';
import { join } from 'node:path';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

interface Row {
  text: string;
  box: [number, number, number, number];
}

/** The rows under `scope` as a person sees them: their text and where they are. */
function rowsIn(page: Page, scope: string): Promise<Row[]> {
  return page.locator(`${scope} .article-row`).evaluateAll((rows) =>
    rows.map((row) => {
      const { x, y, width, height } = row.getBoundingClientRect();
      return { text: (row as HTMLElement).innerText, box: [x, y, width, height].map(Math.round) as Row['box'] };
    }),
  );
}

/** What shows around the rows: the collections with their counts, and where each filter is. */
function furnitureIn(page: Page, scope: string): Promise<{ collections: string; filters: Row[] }> {
  return page.locator(scope).evaluate((root) => ({
    collections: (root.querySelector('.collections') as HTMLElement).innerText,
    filters: [...root.querySelectorAll('.filter-bar label')].map((label) => {
      const { x, y, width, height } = label.getBoundingClientRect();
      return { text: (label as HTMLElement).innerText, box: [x, y, width, height].map(Math.round) as Row['box'] };
    }),
  }));
}

/** Holds the app's chunk back until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/mount-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Starts the page again (the app keeps what its render looked like), then once more with the app held back: the rows shown early, and the app's. */
async function earlyAndApp(page: Page, shot: string): Promise<{ early: Row[]; app: Row[] }> {
  await page.reload();
  await expect(page.locator('#root [aria-posinset="1"] .article-title')).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gloss.earlyPaint') !== null)).toBe(true);
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('#early-paint [aria-posinset="1"] .article-title')).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, `${shot}-early.png`) });
  // Not the app yet: nothing in its root, nothing to click or focus.
  expect(await page.locator('#root').evaluate((root) => root.childElementCount)).toBe(0);
  const early = await rowsIn(page, '#early-paint');
  const earlyFurniture = await furnitureIn(page, '#early-paint');
  release();
  await expect(page.locator('#root [aria-posinset="1"] .article-title')).toBeVisible();
  await expect(page.locator('#early-paint')).toHaveCount(0);
  // Nothing moves when the app takes over: the counts and the filters were those of the app's
  // page once its start's answers were in, not of its first render.
  await expect.poll(() => furnitureIn(page, '#root')).toEqual(earlyFurniture);
  await page.screenshot({ path: join(screenshotDir, `${shot}-app.png`) });
  await page.unroute(/\/assets\/mount-[^/]*\.js$/);
  return { early, app: await rowsIn(page, '#root') };
}

test('the first rows shown before the app are its rows, in their place, and the app takes over from them', async ({ app: page }) => {
  test.setTimeout(120_000);
  const files = Array.from({ length: 20 }, (_, i) => {
    const n = String(i).padStart(2, '0');
    const text = `Harbour report ${n}\n\nBy the Harbour Post, 2025-03-${n.replace(/^0/, '1')}\n\n${i * 7} boats came in and ${i % 5} left before noon, the harbour master said.`;
    return { name: `report-${n}.txt`, dataBase64: Buffer.from(text).toString('base64') };
  });
  await callApi(page, 'articles.import', { files });

  const english = await earlyAndApp(page, 'early-paint-library');
  expect(english.early.length).toBeGreaterThan(5);
  expect(english.early).toEqual(english.app.slice(0, english.early.length));

  // Clicked as soon as the app is there: the row opens its article.
  const first = page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first();
  const title = await first.locator('.article-title').innerText();
  await first.locator('.article-open').click();
  await expect(page.locator('.pane-title h2')).toHaveText(title);
  await page.getByRole('button', { name: 'Library' }).click();

  await page.evaluate(() => localStorage.setItem('gloss.language', 'ar'));
  // The first start in Arabic is not painted early (the page kept was English); the next is.
  const arabic = await earlyAndApp(page, 'early-paint-library-ar');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(arabic.early.length).toBeGreaterThan(5);
  expect(arabic.early).toEqual(arabic.app.slice(0, arabic.early.length));
  expect(arabic.early[0]!.text).not.toEqual(english.early[0]!.text);
  await expectAccessible(page, 'library in Arabic after an early paint');
});

test('a library changed since the app last rendered it is not painted early', async ({ app: page }) => {
  const files = ['One', 'Two'].map((n) => ({ name: `${n}.txt`, dataBase64: Buffer.from(`Report ${n}\n\nText of report ${n}.`).toString('base64') }));
  await callApi(page, 'articles.import', { files: files.slice(0, 1) });
  await page.reload();
  await expect(page.locator('#root [aria-posinset="1"] .article-title')).toHaveText('Report One');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gloss.earlyPaint') !== null)).toBe(true);
  await callApi(page, 'articles.import', { files: files.slice(1) });
  const release = await holdTheApp(page);
  await page.reload({ waitUntil: 'commit' });
  // The answers came (the core is quick) and differ from those kept: nothing is painted early.
  await page.waitForTimeout(1000);
  await expect(page.locator('#early-paint')).toHaveCount(0);
  release();
  await expect(page.locator('#root [aria-posinset="1"] .article-title')).toHaveText('Report Two');
});

test("the window's first render has the first rows and their count, with nothing kept, and never a wrong library size", async ({ app: page }) => {
  const files = ['One', 'Two', 'Three'].map((n) => ({ name: `${n}.txt`, dataBase64: Buffer.from(`Report ${n}\n\nText of report ${n}.`).toString('base64') }));
  await callApi(page, 'articles.import', { files });
  // What the app's first commit put in #root, before any later render could add to it.
  await page.addInitScript(() => {
    localStorage.removeItem('gloss.earlyPaint');
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (!root?.hasChildNodes()) return;
      observer.disconnect();
      const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      (window as unknown as { firstRender: unknown }).firstRender = {
        rows: root.querySelectorAll('.article-row:not(.placeholder)').length,
        count: text('.list-count'),
        all: text('.collection-pick'),
      };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.locator('#root .article-row')).toHaveCount(3);
  const first = (await page.evaluate(() => (window as unknown as { firstRender: unknown }).firstRender)) as { rows: number; count: string; all: string };
  expect({ rows: first.rows, count: first.count }).toEqual({ rows: 3, count: '3 articles' });
  // The library's size comes from another read, which may come after the wait: never a wrong number.
  expect(first.all).toMatch(/^All articles( 3)?$/);
  await expect(page.locator('#root .collection-pick').first()).toHaveText(/^All articles\s*3$/);
});
