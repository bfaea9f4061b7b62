// An Arabic claim with an English name in it, quoted by the English interface: the claim editor
// and the Undo button show its words in the order the article does (right to left), not
// reordered around the name by the left-to-right text they sit in.
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import type { ImportReport } from '../../shared/model.js';
import { callApi, expect, openInReader, screenshotDir, test } from './fixtures.js';

const arabic = 'وقال المتحدث John Smith في مؤتمر صحفي إن المساعدات الإنسانية لا تصل إلا إلى جزء صغير من السكان، مضيفا أن الوضع يزداد سوءا يوما بعد يوم.';
const phrase = 'المتحدث John Smith في';

/** Whether `first` is drawn to the right of `last` inside the element (as right-to-left reading puts it). */
function readsRightToLeft(element: Locator, first: string, last: string): Promise<boolean> {
  return element.evaluate(
    (el, { first, last }) => {
      const box = (word: string) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const i = node.data.indexOf(word);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + word.length);
          return range.getBoundingClientRect();
        }
        throw new Error(`no "${word}"`);
      };
      return box(first).left > box(last).right;
    },
    { first, last },
  );
}

test('an Arabic claim quoted in the English interface keeps its word order', async ({ app: page }) => {
  const report = await callApi<ImportReport>(page, 'articles.importText', { text: arabic, title: 'المساعدات' });
  await openInReader(page, report.imported[0]!.id);
  const text = page.locator('.pane .article p[data-start]').first();
  await expect(text).toBeVisible();
  expect(await readsRightToLeft(text, 'المتحدث', 'في'), 'the article itself').toBe(true);

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
  expect(await readsRightToLeft(undo, 'المتحدث', 'في'), 'the Undo button').toBe(true);
});
