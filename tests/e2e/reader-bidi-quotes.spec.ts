// An Arabic claim with an English name in it, quoted by the English interface: the claim editor
// the Undo button, the link bar and the linked claim's editor show its words in the order the article does (right to left), not
// reordered around the name by the left-to-right text they sit in.
import { join } from 'node:path';
import type { ImportReport } from '../../shared/model.js';
import { readsRightToLeft } from './bidi.js';
import { callApi, expect, openInReader, pointOfText, screenshotDir, selectPhrase, test } from './fixtures.js';

const arabic = 'وقال المتحدث John Smith في مؤتمر صحفي إن المساعدات الإنسانية لا تصل إلا إلى جزء صغير من السكان، مضيفا أن الوضع يزداد سوءا يوما بعد يوم.';
const phrase = 'المتحدث John Smith في';

test('an Arabic claim quoted in the English interface keeps its word order', async ({ app: page }) => {
  const report = await callApi<ImportReport>(page, 'articles.importText', { text: arabic, title: 'المساعدات' });
  const aid = await callApi<ImportReport>(page, 'articles.importText', { text: 'The spokesman John Smith said that humanitarian aid reaches only a small part of the population of the north, adding that it is getting worse every day.', title: 'Aid' });
  await openInReader(page, report.imported[0]!.id, aid.imported[0]!.id);
  const text = page.locator('.pane .article p[data-start]').first();
  await expect(text).toBeVisible();
  expect(await readsRightToLeft(text, 'المتحدث', 'في'), 'the article itself').toBe(true);

  // A claim in the English pane, to link the Arabic one to.
  const english = await selectPhrase(page, 1, 4);
  await page.keyboard.press('2');
  await page.keyboard.press('Escape');

  await text.evaluate((p, phrase) => {
    const node = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf(phrase));
    range.setEnd(node, node.data.indexOf(phrase) + phrase.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const rect = range.getBoundingClientRect();
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.left, clientY: rect.bottom - 2 }));
  }, phrase);
  const quote = page.locator('.popover-quote');
  await expect(quote).toContainText('John Smith');
  await page.keyboard.press('6'); // False
  const undo = page.locator('.history-button').first();
  await expect(undo).toContainText('John Smith');
  await page.screenshot({ path: join(screenshotDir, 'reader-bidi-quotes.png') });
  expect.soft(await readsRightToLeft(quote, 'المتحدث', 'في'), 'the claim editor’s quote').toBe(true);
  expect.soft(await readsRightToLeft(undo, 'المتحدث', 'في'), 'the Undo button').toBe(true);

  await page.getByRole('dialog', { name: /claim/ }).getByRole('button', { name: 'Link to… same claim' }).click();
  const bar = page.getByRole('region', { name: 'Link claims' });
  await expect(bar).toContainText('John Smith');
  expect.soft(await readsRightToLeft(bar, 'المتحدث', 'في'), 'the link bar').toBe(true);
  const at = await pointOfText(page, 1, english);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByText('Claims linked.')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('.pane').nth(1).locator('.claim-button').first().click();
  const linked = page.getByRole('dialog', { name: /claim/ }).locator('.link-other');
  await expect(linked).toContainText('John Smith');
  expect(await readsRightToLeft(linked, 'المتحدث', 'في'), 'the claim linked, in the other claim’s editor').toBe(true);
});
