// The claim finder in the reader: a pane's Suggestions list worked by keyboard, the Figures
// view of the open panes with one-click linking, and same-claim suggestions across panes.
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { callApi, expect, expectAccessible, importSamples, openInReader, screenshotDir, test } from './fixtures.js';

const WIRE = [
  'Talks resumed in Cairo on Monday. The health ministry in Gaza said more than 31,000 Palestinians have been killed since October.',
  'Nearly 2 million people have been displaced, according to the United Nations. It was a quiet morning in the city.',
  'Only 112 aid trucks crossed on Sunday, fewer than a quarter of the daily need.',
].join('\n\n');
const DAILY = [
  'Over 32,000 Palestinians have been killed in the war, according to Gaza health officials.',
  'The group says fewer than 50 aid trucks crossed on Sunday. Thank you for reading.',
].join('\n\n');

/** The core computes figures and pairs on demand: on a busy machine that takes longer than an expect's default wait. */
const COMPUTED = { timeout: 30_000 };

async function twoArticles(page: Page): Promise<[string, string]> {
  test.slow(); // many steps, each a round trip to the core, on a machine shared with other work
  const a = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text: WIRE, title: 'Continental Wire: talks resume' });
  const b = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text: DAILY, title: 'Daily Blaze: the toll' });
  await callApi(page, 'articles.update', { id: a.imported[0]!.id, outlet: 'Continental Wire', publishedAt: '2024-03-10' });
  await callApi(page, 'articles.update', { id: b.imported[0]!.id, outlet: 'Daily Blaze', publishedAt: '2024-03-19' });
  return [a.imported[0]!.id, b.imported[0]!.id];
}

test('Suggestions: ranked sentences with reasons; A accepts as a claim, D dismisses and stays dismissed', async ({ app: page }) => {
  const [wire] = await twoArticles(page);
  await openInReader(page, wire);
  await page.getByRole('button', { name: 'Suggestions' }).click();
  const panel = page.getByRole('complementary', { name: /Suggestions for/ });
  const items = panel.locator('.suggestion');
  await expect(items.first()).toContainText('31,000 Palestinians', COMPUTED);
  await expect(items.first()).toContainText('figure');
  await expect(panel).not.toContainText('It was a quiet morning');
  await page.screenshot({ path: join(screenshotDir, 'finder-suggestions.png') });
  await expectAccessible(page, 'Suggestions list');

  const count = await items.count();
  await items.first().focus();
  await page.keyboard.press('a');
  await expect(page.locator('.claim-sidebar .claim-item')).toHaveCount(1);
  await expect(page.locator('.claim-sidebar .claim-item')).toContainText('Not yet checked');
  await expect(items).toHaveCount(count - 1);

  const dismissed = (await items.first().locator('.suggestion-text').textContent())!;
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('d');
  await expect(items).toHaveCount(count - 2);
  await page.reload();
  await page.getByRole('button', { name: 'Suggestions' }).click();
  await expect(panel.locator('.suggestion').first()).toBeVisible();
  await expect(panel).not.toContainText(dismissed);
});

test('Suggestions on an article in Arabic say that they read English only', async ({ app: page }) => {
  const text = 'قال وزير الصحة إن عدد القتلى تجاوز اثنين وثلاثين ألفاً منذ بداية الحرب.\n\nوأضاف أن المستشفيات في رفح لم تعد قادرة على استقبال الجرحى.';
  const imported = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title: 'المستشفيات في رفح' });
  await openInReader(page, imported.imported[0]!.id);
  await page.getByRole('button', { name: 'Suggestions' }).click();
  const panel = page.getByRole('complementary', { name: /Suggestions for/ });
  await expect(panel).toContainText('The suggestions were learnt from English sentences: in this article, in Arabic,');
  await page.screenshot({ path: join(screenshotDir, 'finder-suggestions-other-language.png') });
  await expectAccessible(page, 'Suggestions on an Arabic article');
});

test('Suggestions in Arabic: the finder’s words in the chosen language, the list mirrored', async ({ app: page }) => {
  const [wire] = await twoArticles(page);
  await openInReader(page, wire);
  await page.getByRole('button', { name: 'Suggestions' }).click();
  await expect(page.locator('.suggestion').first()).toContainText('31,000 Palestinians', COMPUTED);
  await page.getByRole('button', { name: 'Settings…' }).click();
  await page.locator('#settings-language').selectOption('ar');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = page.getByRole('complementary', { name: /^اقتراحات لـ/ });
  await expect(panel).toContainText('تستحق التحقق');
  await expect(panel.locator('.suggestion').first().locator('.chip').first()).toHaveText('رقم');
  await expect(panel.getByRole('button', { name: 'قبول' }).first()).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'finder-suggestions-ar.png') });
  await expectAccessible(page, 'Suggestions list in Arabic');
});

test('Figures: the open panes’ figures by measure, where each outlet stands, and one click links two as claims', async ({ app: page }) => {
  const ids = await twoArticles(page);
  await openInReader(page, ...ids);
  await page.getByRole('button', { name: 'Figures…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Figures' });
  await expect(dialog.locator('.figure-group').first()).toBeVisible(COMPUTED);
  const group = (name: RegExp) => dialog.locator('.figure-group').filter({ has: page.getByRole('heading', { name }) });
  const tolls = group(/^deaths \(Palestinians\)/);
  await expect(tolls).toContainText('Agree');
  await expect(tolls).toContainText('more than 31,000');
  await expect(tolls).toContainText('Over 32,000');
  await expect(tolls).toContainText('2024-03-10');
  const trucks = group(/^aid trucks/);
  await expect(trucks).toContainText('Disagree');
  await page.screenshot({ path: join(screenshotDir, 'finder-figures.png') });
  await expectAccessible(page, 'Figures view');

  await trucks.getByRole('button', { name: 'Link as contradicting' }).click();
  await expect(page.getByText('Linked as contradicting claims.')).toBeVisible();
  await page.keyboard.press('Escape');
  const claims = page.locator('.claim-sidebar .claim-item');
  await expect(claims).toHaveCount(2);
  await expect(claims.first()).toContainText('1 linked');
});

test('Figures: counts of no known measure and rates of other periods are listed, not called contradictory', async ({ app: page }) => {
  test.slow();
  const texts = [
    ['Wire: hunger', 'About 2.3 million people face famine, the agency said.\n\nOnly 5 trucks a day entered Gaza.'],
    ['Blaze: protest', 'Some 250 people gathered outside the hospital.\n\nBefore the war, 500 trucks a day entered Gaza.'],
  ];
  const ids: string[] = [];
  for (const [title, text] of texts) {
    const { imported } = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title });
    await callApi(page, 'articles.update', { id: imported[0]!.id, outlet: title!.split(':')[0], publishedAt: '2024-03-19' });
    ids.push(imported[0]!.id);
  }
  await openInReader(page, ...ids);
  await page.getByRole('button', { name: 'Figures…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Figures' });
  await expect(dialog.locator('.figure-group').first()).toBeVisible(COMPUTED);
  const group = (name: RegExp) => dialog.locator('.figure-group').filter({ has: page.getByRole('heading', { name }) });
  await expect(group(/^people/)).toContainText('Not compared: these may not count the same thing');
  await expect(group(/^people/)).toContainText('About 2.3 million');
  await expect(group(/^people/)).toContainText('Some 250');
  await expect(group(/^aid trucks a day/)).toContainText('Not compared: rates of different or unknown days or periods');
  // As a heading is written: the first letter raised, not every word's ("Aid Trucks A Day").
  const shown = await group(/^aid trucks a day/).locator('h3 .figure-measure').evaluate((h) => (h as HTMLElement).innerText);
  expect(shown).toBe('Aid trucks a day');
  await expect(dialog.getByText('Disagree')).toHaveCount(0);
  await expect(dialog.getByRole('button')).toHaveCount(1); // only the dialog's close button
  await page.screenshot({ path: join(screenshotDir, 'finder-figures-not-compared.png') });
});

test('Same claims: a ranked pair across the panes, accepted as linked claims', async ({ app: page }) => {
  const ids = await twoArticles(page);
  await openInReader(page, ...ids);
  await page.getByRole('button', { name: 'Same claims…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Same-claim suggestions' });
  const first = dialog.locator('.same-claim').first();
  await expect(first).toBeVisible(COMPUTED);
  await expect(first).toContainText('more than 31,000 Palestinians have been killed');
  await expect(first).toContainText('Over 32,000 Palestinians have been killed');
  await expect(first).toContainText('names: Gaza');
  await page.screenshot({ path: join(screenshotDir, 'finder-same-claim.png') });
  await expectAccessible(page, 'same-claim suggestions');

  await first.getByRole('button', { name: 'Link as the same claim' }).click();
  await expect(page.getByText('Linked as the same claim.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.claim-sidebar .claim-item', { hasText: 'linked' })).toHaveCount(2);
});

test('Figures of a collection, from the library: the sample outlets’ death tolls side by side', async ({ app: page }) => {
  test.slow();
  await importSamples(page);
  const articles = await callApi<Array<{ id: string }>>(page, 'articles.list', {});
  const collection = await callApi<{ id: string }>(page, 'collections.create', { name: 'Rafah' });
  await callApi(page, 'collections.addArticles', { id: collection.id, articleIds: articles.map((a) => a.id) });
  await page.reload();
  await page.locator('.collection-pick', { hasText: 'Rafah' }).click();
  await page.getByRole('button', { name: 'Figures…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Figures' });
  const tolls = dialog.locator('.figure-group').first();
  await expect(tolls).toBeVisible(COMPUTED);
  await expect(tolls.getByRole('heading')).toContainText('deaths (Palestinians)');
  await expect(tolls).toContainText('over 31,000');
  await expect(tolls).toContainText('over 32,000');
  await expect(tolls).toContainText('Agree');
  await page.screenshot({ path: join(screenshotDir, 'finder-figures-collection.png') });
  await expectAccessible(page, 'Figures view of a collection');
});
