// The reader beyond the main session: three panes, resizing by keyboard, synchronised scroll,
// right-to-left text, technique keys, sidebar filters, evidence.
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { callApi, expect, importSamples, openInReader, screenshotDir, selectPhrase, test } from './fixtures.js';

const arabic = [
  'قالت الحكومة يوم الثلاثاء إن أسعار الخبز ستنخفض بنسبة عشرين في المئة خلال الشهر المقبل، وهو ادعاء شكك فيه خبراء الاقتصاد الذين تحدثوا إلى الصحفيين في العاصمة.',
  'وأضاف المتحدث باسم الوزارة أن الخطة ستكلف مليار دينار، لكنه لم يقدم أي تفاصيل عن مصادر التمويل أو الجدول الزمني للتنفيذ، مما أثار انتقادات واسعة من المعارضة.',
].join('\n\n');

/** Opens a pane's claims list unless it is showing (a narrow pane hides it until asked). */
async function showClaims(pane: Locator): Promise<void> {
  const button = pane.getByRole('button', { name: /^Claims/ });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

test('three panes: resize by keyboard, synchronised scroll, right-to-left text, technique keys', async ({ app: page }) => {
  await importSamples(page);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste an article' });
  await paste.getByLabel('Title').fill('أسعار الخبز');
  await paste.getByLabel('Article text').fill(arabic);
  await paste.getByRole('button', { name: 'Import' }).click();
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(rows).toHaveCount(6);
  await rows.nth(0).getByRole('checkbox').check(); // newest first: the pasted article
  await rows.nth(1).getByRole('checkbox').check();
  await rows.nth(2).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Read side by side' }).click();
  await expect(page.locator('.pane')).toHaveCount(3);

  await expect(page.locator('.pane .article').first()).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.pane .article').nth(1)).toHaveAttribute('dir', 'ltr');

  const splitter = page.getByRole('separator').first();
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await splitter.press('ArrowRight');
  await splitter.press('ArrowRight');
  await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(before);

  await page.getByLabel('Synchronised scroll').check();
  const scrollers = page.locator('.pane-scroll');
  await scrollers.nth(1).evaluate((el) => {
    el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    el.dispatchEvent(new Event('scroll'));
  });
  await expect.poll(() => scrollers.nth(2).evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight))).toBeGreaterThan(0.4);

  // A technique by its letter key, then a status by its number, on one claim.
  await scrollers.nth(1).evaluate((el) => (el.scrollTop = 0));
  await selectPhrase(page, 1, 4);
  const popover = page.getByRole('dialog', { name: /claim/ });
  await page.keyboard.press('l'); // Loaded language
  await expect(popover.getByRole('button', { name: /^Loaded language/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('3'); // Mixed
  await expect(popover.getByRole('button', { name: /^Mixed/ })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('gt-')))).toBe(true);

  await popover.getByLabel('Evidence URL').fill('https://example.org/fact-check');
  await popover.getByLabel('Evidence title').fill('Statistics office figures');
  await popover.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(popover.getByRole('link', { name: 'Statistics office figures' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Three panes: each is narrow, so its claims list lies over the text when asked for.
  await showClaims(page.locator('.pane').nth(1));
  const sidebar = page.locator('.pane').nth(1).locator('.claim-sidebar');
  await expect(sidebar.locator('.claim-item')).toContainText('Loaded language');
  await sidebar.getByLabel('Filter claims by status').selectOption({ label: 'False' });
  await expect(sidebar.locator('.claim-item')).toHaveCount(0);
  await sidebar.getByLabel('Filter claims by status').selectOption({ label: 'Mixed' });
  await expect(sidebar.locator('.claim-item')).toHaveCount(1);

  // Selecting in right-to-left text works the same way.
  await selectPhrase(page, 0, 3, 0);
  await page.keyboard.press('7');
  await showClaims(page.locator('.pane').first());
  await expect(page.locator('.pane').first().locator('.claim-item')).toContainText('Unverifiable');
  await page.screenshot({ path: join(screenshotDir, 'reader-three-panes-rtl.png') });
});

test('an article that is gone says so in its pane instead of loading forever', async ({ app: page }) => {
  await openInReader(page, 'no-such-article');
  await expect(page.locator('.pane').getByRole('alert')).toContainText('could not be opened');
});

test('a claim can be made without a mouse', async ({ app: page }) => {
  await importSamples(page);
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await rows.first().getByRole('button').first().focus(); // the row's title opens it
  await page.keyboard.press('Enter');
  const words = await page.locator('.pane .article p').nth(1).evaluate((p) => p.textContent!.split(' ').slice(2, 6).join(' '));
  await page.getByRole('button', { name: 'Mark text…' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: 'New claim' });
  await expect(popover).toBeFocused();
  await page.keyboard.press('2'); // Mostly true
  await expect(page.locator('.claim-item')).toContainText(words);
  await expect(page.locator('.claim-item')).toContainText('Mostly true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('dialog', { name: 'Edit claim' }).locator(':focus')).toHaveCount(1);
});

test('one claim editor at a time: a tag key or Delete acts on the claim in the editor just opened, not on one in another pane', async ({ app: page }) => {
  const ids: string[] = [];
  for (const [title, text] of [
    ['Harbour bridge', 'The council said the new harbour bridge will cost 40 million euros, far less than the old estimate of the engineers who studied the site.'],
    ['Council statement', 'The council confirms that the new harbour bridge will cost 52 million euros, not 40 million as reported in the press last week.'],
  ]) {
    const { imported } = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { title, text });
    ids.push(imported[0]!.id);
  }
  await openInReader(page, ...ids);
  const [first, second] = [page.locator('.pane').nth(0), page.locator('.pane').nth(1)];
  await selectPhrase(page, 0, 6);
  await page.keyboard.press('3'); // Mixed
  await expect(first.locator('.claim-item')).toContainText('Mixed');

  // A claim marked in the other pane while the first one's editor is still open.
  await selectPhrase(page, 1, 6);
  await expect(page.getByRole('dialog', { name: /claim/ })).toHaveCount(1);
  await expect(page.getByRole('dialog', { name: 'New claim' })).toBeFocused();
  await page.keyboard.press('6'); // False
  await expect(second.locator('.claim-item')).toContainText('False');
  await expect(first.locator('.claim-item')).toContainText('Mixed');

  await page.keyboard.press('Delete');
  await expect(second.locator('.claim-item')).toHaveCount(0);
  await expect(first.locator('.claim-item')).toHaveCount(1);
});

test('a long article paints its claims as they scroll into view, and lets go of those scrolled far away', async ({ app: page }) => {
  const paragraphs = Array.from(
    { length: 120 },
    (_, i) => `Paragraph ${i + 1} of the inquiry transcript. The harbour board said the dredging permit was granted after a public consultation, while residents said no meeting was ever announced in the district.`,
  );
  const imported = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text: paragraphs.join('\n\n'), title: 'Inquiry transcript' });
  const id = imported.imported[0]!.id;
  const { body } = await callApi<{ body: string }>(page, 'articles.get', { id });
  const claim = (quote: string) => {
    const start = body.indexOf(quote);
    return callApi(page, 'annotations.create', { articleId: id, start, end: start + quote.length, statusTagId: 'status:false' });
  };
  await claim('Paragraph 2 of the inquiry transcript');
  await claim('Paragraph 120 of the inquiry transcript');
  await openInReader(page, id);

  const painted = () =>
    page.evaluate(() => {
      const texts: string[] = [];
      CSS.highlights.get('gs-statusfalse')?.forEach((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      });
      return texts.sort();
    });
  await expect.poll(painted).toEqual(['Paragraph 2 of the inquiry transcript']);
  await page.locator('.pane-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(painted).toEqual(['Paragraph 120 of the inquiry transcript']);
  await page.screenshot({ path: join(screenshotDir, 'reader-long-article-end.png') });
  await page.locator('.pane-scroll').evaluate((el) => (el.scrollTop = 0));
  await expect.poll(painted).toEqual(['Paragraph 2 of the inquiry transcript']);
});
