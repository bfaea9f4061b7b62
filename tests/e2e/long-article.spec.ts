// An article with 5,000 claims (issue 11): the pane paints the claims near its screen, and the
// claims list shows a window of rows, yet every claim can be reached by scrolling and keys.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { registerSearchText } from '../../electron/core/search-text.js';
import type { Page } from '@playwright/test';
import { callApi, expect, expectAccessible, openInReader, paintedClaims, screenshotDir, test } from './fixtures.js';

const CLAIMS = 5_000;
const PARAGRAPHS = 1_000;

/** An article of 1,000 paragraphs with five claims each, put in the library as the CLI or another window would. */
async function seedLongArticle(page: Page, dataDir: string): Promise<string> {
  const paragraphs = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `Item ${i + 1}. The ministry said spending rose sharply, the auditor found gaps in every ledger, unions disputed the figures, and the council promised a review within weeks.`,
  );
  const imported = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text: paragraphs.join('\n\n'), title: 'Audit hearing' });
  const articleId = imported.imported[0]!.id;
  const { body } = await callApi<{ body: string }>(page, 'articles.get', { id: articleId });
  const db = new Database(join(dataDir, 'library.sqlite'));
  registerSearchText(db); // the search triggers call it
  const insert = db.prepare(
    `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, status_tag_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?)`,
  );
  const quotes = ['The ministry said', 'spending rose sharply', 'the auditor found gaps', 'unions disputed the figures', 'the council promised a review'];
  const now = new Date().toISOString();
  db.transaction(() => {
    let from = 0;
    for (let p = 0; p < PARAGRAPHS; p++) {
      for (const [k, quote] of quotes.entries()) {
        const start = body.indexOf(quote, from);
        const n = p * quotes.length + k;
        insert.run(`claim-${String(n).padStart(4, '0')}`, articleId, start, start + quote.length, quote, k === 1 ? 'status:false' : null, now, now);
        from = start + quote.length;
      }
    }
  })();
  db.close();
  return articleId;
}

test('an article with 5,000 claims opens with a window of its claims painted and listed', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000);
  const articleId = await seedLongArticle(page, dataDir);

  await openInReader(page, articleId);
  const pane = page.locator('.pane');
  const sidebar = page.locator('.claim-sidebar');
  await expect(pane.getByRole('button', { name: 'Claims (5000)' })).toBeVisible({ timeout: 30_000 }); // a busy machine
  await expect(sidebar.locator('.sidebar-count')).toHaveText('5,000 of 5,000 claims');
  await expect(sidebar.locator('.claim-item').first()).toContainText('The ministry said');

  // Only what is near the screen is painted, and only a window of rows exists.
  await expect.poll(() => paintedClaims(page)).toBeGreaterThan(10);
  expect(await paintedClaims(page)).toBeLessThan(CLAIMS / 10);
  expect(await sidebar.locator('.claim-item').count()).toBeLessThan(60);

  // A filter asks the core: every fifth claim is False.
  await sidebar.getByLabel('Filter claims by status').selectOption('status:false');
  await expect(sidebar.locator('.sidebar-count')).toHaveText('1,000 of 5,000 claims');
  await expect(sidebar.locator('.claim-item').first()).toContainText('spending rose sharply');
  await page.screenshot({ path: join(screenshotDir, 'reader-5000-claims.png') });
  await expectAccessible(page, 'reader with an article of 5,000 claims');

  // In Arabic the list and its counts read right to left.
  await page.evaluate(() => localStorage.setItem('gloss.language', 'ar'));
  await page.reload();
  await expect(page.locator('.claim-sidebar .sidebar-count')).toHaveText('5,000 من 5,000 ادعاء', { timeout: 30_000 });
  await page.screenshot({ path: join(screenshotDir, 'reader-5000-claims-ar.png') });
});

/** Watches the claims list for `ms`: the frames in which it stood short of its end, and where. */
function framesShortOfEnd(page: Page, ms: number): Promise<string[]> {
  return page.evaluate(async (ms) => {
    const list = document.querySelector<HTMLElement>('.claim-scroll')!;
    const short: string[] = [];
    const until = performance.now() + ms;
    while (performance.now() < until) {
      const gap = list.scrollHeight - list.clientHeight - list.scrollTop;
      if (gap > 1) short.push(`${Math.round(gap)} px short (at ${Math.round(list.scrollTop)} of ${list.scrollHeight})`);
      await new Promise(requestAnimationFrame);
    }
    return short;
  }, ms);
}

test('the claims list stays at its end when End or the wheel takes it there as the article opens', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000);
  const articleId = await seedLongArticle(page, dataDir);
  const sidebar = page.locator('.claim-sidebar');
  const lastRow = sidebar.locator('.claim-item[aria-posinset="5000"]');
  for (let round = 1; round <= 3; round++) {
    await openInReader(page, articleId);
    // End on the first row as soon as it is there, while the pane's claims and the list's pages
    // are still coming: the rows at the end arrive, are measured, and the list must stay at its end.
    await sidebar.locator('.claim-button').first().press('End');
    await expect(lastRow).toContainText('the council promised a review');
    await expect(lastRow.locator('.claim-button')).toBeFocused();
    expect(await framesShortOfEnd(page, 1_500), `round ${round}: End`).toEqual([]);
    await page.screenshot({ path: join(screenshotDir, 'reader-5000-claims-end.png') });

    await page.keyboard.press('Home');
    await expect(sidebar.locator('.claim-item[aria-posinset="1"] .claim-button')).toBeFocused();

    // The same by the wheel, all the way down as soon as the first rows show.
    await openInReader(page, articleId);
    await sidebar.locator('.claim-item').first().waitFor();
    await sidebar.locator('.claim-scroll').hover();
    await page.mouse.wheel(0, 10_000_000);
    await expect(lastRow).toBeInViewport();
    expect(await framesShortOfEnd(page, 1_500), `round ${round}: wheel`).toEqual([]);
  }
});

/** The paragraph of the article's item `n` ("Item n. …") in the first pane. */
const itemParagraph = (page: Page, n: number) => page.locator('.pane .article p[data-start]', { hasText: new RegExp(`^Item ${n}\\. `) });

test('a claim at the end of the 5,000-claim article can be jumped to as soon as it opens, and the whole text comes', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000);
  const articleId = await seedLongArticle(page, dataDir);
  const sidebar = page.locator('.claim-sidebar');
  await openInReader(page, articleId);

  // The last claim, picked in the list as soon as the list shows: the text goes to it and marks it as the one being edited.
  await sidebar.locator('.claim-button').first().press('End');
  const lastRow = sidebar.locator('.claim-item[aria-posinset="5000"] .claim-button');
  await expect(lastRow).toBeFocused();
  await lastRow.press('Enter');
  const active = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('gloss-active') ?? [])][0] as AbstractRange | undefined;
      if (!range) return null;
      const live = new Range();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const box = live.getBoundingClientRect();
      const view = document.querySelector('.pane-scroll')!.getBoundingClientRect();
      return { text: live.toString(), paragraph: live.startContainer.textContent!.slice(0, 10), onScreen: box.top >= view.top && box.bottom <= view.bottom };
    });
  await expect.poll(active).toEqual({ text: 'the council promised a review', paragraph: 'Item 1000.', onScreen: true });
  await page.screenshot({ path: join(screenshotDir, 'reader-5000-claims-jump-to-last.png') });

  // Every paragraph is on the page, once and in order, each holding its words.
  const { body } = await callApi<{ body: string }>(page, 'articles.get', { id: articleId });
  await expect.poll(() => page.locator('.pane .article [data-start]').count()).toBe(PARAGRAPHS);
  const texts = await page.locator('.pane .article [data-start]').evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end')), el.textContent]));
  expect(texts.map(([start, end]) => body.slice(start as number, end as number))).toEqual(texts.map(([, , text]) => text));
  expect(texts.map(([, , text]) => (text as string).split('.')[0])).toEqual(Array.from({ length: PARAGRAPHS }, (_, i) => `Item ${i + 1}`));
});

test('the 5,000-claim article opens again at the words it was left at', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000);
  const articleId = await seedLongArticle(page, dataDir);
  await openInReader(page, articleId);
  const topOf = (n: number) => itemParagraph(page, n).evaluate((p) => Math.abs(Math.round(p.getBoundingClientRect().top - p.closest('.pane-scroll')!.getBoundingClientRect().top)));

  await expect(itemParagraph(page, 700)).toHaveCount(1);
  await itemParagraph(page, 700).evaluate((p) => {
    const view = p.closest('.pane-scroll')!;
    view.scrollTop += p.getBoundingClientRect().top - view.getBoundingClientRect().top;
  });
  expect(await topOf(700)).toBe(0);
  await page.waitForTimeout(400); // the place is saved once scrolling settles
  await page.reload();
  await expect(itemParagraph(page, 700)).toHaveCount(1);
  await expect.poll(() => topOf(700)).toBe(0);
});

/** The claims list's rows in its view, in order on screen: their place in the list and their edges. */
function rowsInView(page: Page): Promise<{ rows: Array<{ at: number; top: number; bottom: number }>; top: number; bottom: number }> {
  return page.evaluate(() => {
    const view = document.querySelector('.claim-scroll')!.getBoundingClientRect();
    const rows = [...document.querySelectorAll<HTMLElement>('.claim-scroll li')]
      .map((li) => ({ at: Number(li.dataset.index), box: li.getBoundingClientRect() }))
      .filter(({ box }) => box.bottom > view.top && box.top < view.bottom)
      .sort((a, b) => a.box.top - b.box.top)
      .map(({ at, box }) => ({ at, top: Math.round(box.top), bottom: Math.round(box.bottom) }));
    return { rows, top: Math.round(view.top), bottom: Math.round(view.bottom) };
  });
}

test('the claims list scrolled fast, a screen a frame, settles with its rows in order, stacked and filling the view', async ({ app: page, dataDir }) => {
  test.setTimeout(240_000);
  const articleId = await seedLongArticle(page, dataDir);
  await openInReader(page, articleId);
  const sidebar = page.locator('.claim-sidebar');
  await sidebar.locator('.claim-item').first().waitFor({ timeout: 30_000 });
  for (const screens of [40, 25]) {
    // The rows a scroll brings render after the frame of the scroll and are placed as they are measured.
    await page.evaluate(async (screens) => {
      const list = document.querySelector<HTMLElement>('.claim-scroll')!;
      for (let i = 0; i < screens; i++) {
        list.scrollTop += list.clientHeight;
        await new Promise(requestAnimationFrame);
      }
    }, screens);
    await expect(sidebar.locator('.claim-row-loading')).toHaveCount(0);
    await expect
      .poll(async () => {
        const { rows, top, bottom } = await rowsInView(page);
        const problems: string[] = [];
        const GAP = 6; // between rows: an edge of the view may fall in one
        if (!rows.length || rows[0]!.top > top + GAP || rows.at(-1)!.bottom < bottom - GAP) problems.push(`the view ${top}-${bottom} is not filled: ${JSON.stringify(rows)}`);
        for (let i = 1; i < rows.length; i++) {
          if (rows[i]!.at !== rows[i - 1]!.at + 1) problems.push(`row ${rows[i]!.at} follows row ${rows[i - 1]!.at}`);
          if (rows[i]!.top < rows[i - 1]!.bottom) problems.push(`row ${rows[i]!.at} overlaps row ${rows[i - 1]!.at}`);
        }
        return problems;
      })
      .toEqual([]);
  }
  await page.screenshot({ path: join(screenshotDir, 'reader-5000-claims-scrolled.png') });
  // The rows shown are the claims of those places: the list reads in the text's order.
  const { rows } = await rowsInView(page);
  const first = rows[0]!.at;
  const quotes = ['The ministry said', 'spending rose sharply', 'the auditor found gaps', 'unions disputed the figures', 'the council promised a review'];
  await expect(sidebar.locator(`.claim-item[data-index="${first}"]`)).toContainText(quotes[first % 5]!);
});
