// Text a person types reads in its own direction, whatever the interface's: an English note in
// the Arabic interface ends with its full stop on the right, an Arabic title in the English one
// starts on the right. Every field for free text follows the text it holds (dir="auto"); dates
// and web addresses stay left to right.
import type { Locator, Page } from '@playwright/test';
import type { ImportReport } from '../../shared/model.js';
import { join } from 'node:path';
import { callApi, expect, screenshotDir, selectPhrase, test } from './fixtures.js';

const arabic = 'قال المجلس إن الجسر كلف ٤٠ مليون يورو.';
const english = 'Needs a source: the figure is not in the council report.';

/** Types `text` in each free-text field of `scope` and says which direction each then reads in. */
async function directions(scope: Locator, text: string): Promise<Record<string, string>> {
  const fields = scope.locator('textarea, input[type=text]:not(.date-text):not([inputmode=url])');
  await expect(fields.first()).toBeVisible();
  const found: Record<string, string> = {};
  for (const field of await fields.all()) {
    await field.fill(text);
    const { name, direction } = await field.evaluate((el: HTMLInputElement) => ({
      name: [...(el.labels?.[0]?.childNodes ?? [])].filter((n) => n !== el).map((n) => n.textContent).join('').trim() || el.placeholder,
      direction: el.matches(':dir(rtl)') ? 'rtl' : 'ltr',
    }));
    found[name] = direction;
  }
  return found;
}

const all = (found: Record<string, string>, direction: string) => Object.fromEntries(Object.keys(found).map((name) => [name, direction]));

async function expectAll(scope: Locator, text: string, direction: 'ltr' | 'rtl') {
  const found = await directions(scope, text);
  expect(found).toEqual(all(found, direction));
}

async function inReader(page: Page) {
  const { imported } = await callApi<ImportReport>(page, 'articles.importText', {
    title: 'Harbour bridge',
    text: 'The new harbour bridge cost 40 million euros, the council said on Tuesday, far more than the 25 million euros planned when the work began three years ago.\n\nCouncillors asked for the contracts to be published before the next meeting of the council.',
  });
  await page.goto(`${new URL(page.url()).origin}/#read=${imported[0]!.id}`);
  await page.reload();
  await expect(page.locator('.pane')).toHaveCount(1);
}

test('in the English interface, Arabic typed in a dialog reads right to left', async ({ app: page }) => {
  const collection = await callApi<{ id: string }>(page, 'collections.create', { name: 'Bridges' });
  const { imported } = await callApi<ImportReport>(page, 'articles.importText', { text: 'The bridge cost 40 million euros.', title: 'Harbour bridge' });
  await callApi(page, 'collections.addArticles', { id: collection.id, articleIds: [imported[0]!.id] });
  await page.reload();
  const dialog = page.getByRole('dialog');

  await page.getByRole('button', { name: 'Paste text…' }).click();
  await expectAll(dialog, arabic, 'rtl');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'New collection…' }).click();
  await expectAll(dialog, arabic, 'rtl');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings…' }).click();
  await expectAll(dialog, arabic, 'rtl');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Tags…' }).click();
  await expectAll(dialog.locator('form').filter({ has: page.getByPlaceholder('New tag…') }), arabic, 'rtl');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Classroom' }).click();
  await page.getByRole('button', { name: 'New assignment…' }).click();
  await expectAll(dialog, arabic, 'rtl');
  // A due date stays as the interface writes dates.
  await expect(dialog.locator('.date-text')).toHaveAttribute('dir', 'ltr');
});

test('in the Arabic interface, an English note and evidence title read left to right', async ({ app: page }) => {
  await page.evaluate(() => localStorage.setItem('gloss.language', 'ar'));
  await inReader(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await selectPhrase(page, 0, 4);
  await page.keyboard.press('3');
  const editor = page.locator('.popover');
  await expectAll(editor, english, 'ltr');
  await page.screenshot({ path: join(screenshotDir, 'note-ltr-in-ar.png') });
});

test('Mark text takes the words in their own direction', async ({ app: page }) => {
  await inReader(page);
  await page.getByRole('button', { name: 'Mark text…' }).click();
  await expectAll(page.getByRole('dialog', { name: 'Mark text' }), arabic, 'rtl');
});
