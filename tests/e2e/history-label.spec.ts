// The Undo and Redo buttons keep the beginning of the quote when their words do not fit, in an
// English and in an Arabic interface: cut at the button's end, an English quote in an Arabic label
// lost its first words ("«…yahu has cancelled»"). The whole label stays in the tooltip.
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { expect, expectAccessible, importSamples, screenshotDir, selectPhrase, test } from './fixtures.js';

/** Whether the quote is cut, and whether its first word is drawn inside the button. */
function firstWordShown(button: Locator, word: string) {
  return button.evaluate((button, word) => {
    const quote = button.querySelector('.history-quote') ?? button;
    const text = [...quote.childNodes].find((n): n is Text => n instanceof Text && n.data.includes(word))!;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf(word));
    range.setEnd(text, text.data.indexOf(word) + word.length);
    const drawn = range.getBoundingClientRect();
    const box = button.getBoundingClientRect();
    return { cut: quote.scrollWidth > quote.clientWidth + 1, shown: drawn.left >= box.left && drawn.right <= box.right };
  }, word);
}

for (const { language, undo } of [
  { language: 'en', undo: 'Undo: ' },
  { language: 'ar', undo: 'تراجع: ' },
]) {
  test(`the Undo button in ${language} keeps the quote's first words when it is cut`, async ({ app: page }) => {
    await importSamples(page);
    await page.evaluate((language) => localStorage.setItem('gloss.language', language), language);
    await page.setViewportSize({ width: 900, height: 800 }); // a toolbar too narrow for the whole label
    await page.reload();
    await page.locator('.article-row').first().locator('.article-open').click();
    const exact = await selectPhrase(page, 0, 6);
    await page.keyboard.press('6');
    await page.keyboard.press('Escape');
    const button = page.locator('.reader .toolbar .history-button').first();
    await expect(button).toHaveText(new RegExp(`^${undo}`));
    await expect(button).toHaveAttribute('title', new RegExp(exact.split(' ')[0]!));
    await page.locator('.reader .toolbar').screenshot({ path: join(screenshotDir, `undo-label-${language}.png`) });
    const at = await firstWordShown(button, exact.split(' ')[0]!);
    expect(at.cut).toBe(true);
    expect(at.shown).toBe(true);
    await expectAccessible(page, `reader in ${language}`);
  });
}
