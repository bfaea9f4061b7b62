// Search as you type in Arabic, Japanese and Thai: a query typed without vowel marks finds the
// vowelled text and marks the word as written; one Japanese character is a word, and is searched;
// a Thai word is found inside a sentence written without spaces; a snippet in Chinese or Thai shows
// about as many words as one in English, not 24 characters or letters; one Korean syllable is a
// word, searched alone.
import { join } from 'node:path';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

test('finds vowelled Arabic typed bare, and Japanese and Thai words inside a sentence', async ({ app: page }) => {
  for (const [title, text] of [
    ['رئيس الوزراء يتحدث عن رفح', 'قَالَ رَئِيسُ الوُزَرَاءِ إنّ العملية في رفح ستستمر رغم الضغوط الدولية.'],
    ['東京で地震', '東京で十二日に地震があった。被害は確認されていない。'],
    ['ข่าวภัยพิบัติ', 'เกิดแผ่นดินไหวที่กรุงเทพเมื่อวันที่สิบสอง ประธานาธิบดีปูตินส่งสารแสดงความเสียใจ'],
    ['선거 자금', '그는 선거를 위해 돈을 모았다. 돈바스 지역에서는 전투가 계속됐다.'],
    ['上海新闻', '上海市政府今天上午召开新闻发布会，宣布了新的交通计划。根据这项计划，未来五年内将新建十二条地铁线路，并对现有公交系统进行全面改造。'],
  ]) {
    await callApi(page, 'articles.importText', { text, title });
  }
  await page.reload();
  const box = page.getByRole('searchbox', { name: 'Search articles and notes' });

  await box.fill('قال');
  const arabic = page.getByRole('region', { name: 'Search results for قال' });
  await expect(arabic.locator('mark')).toHaveText(['قَالَ']);
  // Read right to left in the English page: the sentence's full stop ends it on the left.
  const direction = (selector: string) => arabic.locator(selector).evaluate((el) => getComputedStyle(el).direction);
  expect([await direction('.snippet'), await direction('.article-title')]).toEqual(['rtl', 'rtl']);
  await page.screenshot({ path: join(screenshotDir, 'search-arabic.png') });

  await box.fill('地震');
  const japanese = page.getByRole('region', { name: 'Search results for 地震' });
  await expect(japanese.locator('mark')).toHaveText(['地震']);
  await expect(japanese.getByText('東京で十二日に地震があった。')).toBeVisible();

  await box.fill('京');
  await expect(page.getByRole('region', { name: 'Search results for 京' }).locator('mark')).toHaveText(['京']);
  await page.screenshot({ path: join(screenshotDir, 'search-japanese.png') });
  await expectAccessible(page, 'search results in Japanese');

  await box.fill('แผ่นดินไหว');
  const thai = page.getByRole('region', { name: 'Search results for แผ่นดินไหว' });
  await expect(thai.locator('mark')).toHaveText(['แผ่นดินไหว']);
  await expect(thai.getByText('เกิดแผ่นดินไหวที่กรุงเทพ', { exact: false })).toBeVisible();
  await expect(thai.locator('.snippet')).toContainText('ประธานาธิบดีปูตินส่งสารแสดงความเสียใจ');
  await page.screenshot({ path: join(screenshotDir, 'search-thai.png') });

  await box.fill('交通');
  const chinese = page.getByRole('region', { name: 'Search results for 交通' });
  await expect(chinese.locator('mark')).toHaveText(['交通']);
  await expect(chinese.locator('.snippet')).toContainText('未来五年内将新建十二条地铁线路');

  // One Korean syllable is a word, searched alone: 돈 (money) with its particle, not inside 돈바스 (Donbas).
  await box.fill('돈');
  await expect(page.getByRole('region', { name: 'Search results for 돈' }).locator('mark')).toHaveText(['돈을']);
});
