// Article records: the details form (library row and pane header), text corrections with their
// re-anchoring result, the trash, and the reviewer profile in Settings.
import { join } from 'node:path';
import type { Annotation, ArticleSummary } from '../../shared/model.js';
import { callApi, expect, expectAccessible, importSamples, openInReader, screenshotDir, test } from './fixtures.js';

test('a row without an outlet offers to add it; the details form saves, and the list, filter and sort use it at once', async ({ app: page }) => {
  await importSamples(page);
  const rows = page.getByRole('list', { name: 'Articles', exact: true }).getByRole('listitem');
  const row = rows.filter({ has: page.getByRole('button', { name: /^Add the outlet of / }) }).first();
  await row.getByRole('button', { name: /^Add the outlet of / }).click();

  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await expect(dialog.getByLabel('Outlet')).toBeFocused();
  await dialog.getByLabel('Title').fill('Aardvark Gazette reports the crossing reopened');
  await dialog.getByLabel('Outlet').fill('Aardvark Gazette');
  await dialog.getByLabel('Author').fill('Rana Haddad');
  await dialog.getByLabel('Published', { exact: true }).fill('2024-05-07');
  await dialog.getByLabel('Source URL').fill('https://gazette.example/crossing');
  await page.screenshot({ path: join(screenshotDir, 'article-details.png') });
  await expectAccessible(page, 'Article details dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  const edited = rows.filter({ hasText: 'Aardvark Gazette reports the crossing reopened' });
  await expect(edited).toContainText('Aardvark Gazette · 7 May 2024');
  await expect(edited.getByRole('button', { name: /^Add the (outlet|date) of / })).toHaveCount(0);
  await page.getByLabel('Sort by').selectOption('outlet');
  await page.getByRole('button', { name: /Descending order/ }).click();
  await expect(rows.first()).toContainText('Aardvark Gazette');
  await page.getByRole('group', { name: 'Filters and sorting' }).getByLabel(/^Outlet/).selectOption('Aardvark Gazette');
  await expect(rows).toHaveCount(1);
});

test('a bad value in the details form is explained and nothing is lost', async ({ app: page }) => {
  await importSamples(page);
  await page.getByRole('button', { name: /^Details of / }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Language').fill('not a language');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('a language tag like en');
  await expect(dialog.getByLabel('Language')).toHaveValue('not a language');
  await dialog.getByLabel('Language').fill('ar');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
});

test('the pane header opens the details; a text correction shows which claims moved or were orphaned', async ({ app: page }) => {
  await importSamples(page);
  const [article] = await callApi<ArticleSummary[]>(page, 'articles.list', { sort: 'title', order: 'asc' });
  const { body } = await callApi<{ body: string }>(page, 'articles.get', { id: article!.id });
  // Two claims: one on words the correction removes, one on words it leaves.
  const words = body.split(/\s+/).filter((w) => /^[A-Za-z]{5,}$/.test(w));
  const lost = words[3]!;
  const kept = words[words.length - 2]!;
  const at = (w: string, from = 0) => body.indexOf(w, from);
  const lostAt = at(lost);
  const keptAt = body.lastIndexOf(kept);
  await callApi<Annotation>(page, 'annotations.create', { articleId: article!.id, start: lostAt, end: lostAt + lost.length });
  await callApi<Annotation>(page, 'annotations.create', { articleId: article!.id, start: keptAt, end: keptAt + kept.length });
  await openInReader(page, article!.id);

  await page.getByRole('button', { name: `Details of ${article!.title}` }).click();
  await page.getByRole('dialog', { name: 'Article details' }).getByRole('button', { name: 'Correct the text…' }).click();
  const correct = page.getByRole('dialog', { name: 'Correct the text' });
  const text = correct.getByRole('textbox');
  await expect(text).toHaveValue(body);
  await text.fill(body.slice(0, lostAt) + body.slice(lostAt + lost.length));
  await expectAccessible(page, 'Correct the text dialog');
  await correct.getByRole('button', { name: 'Save correction' }).click();

  const result = page.getByRole('dialog', { name: 'Text corrected' });
  await expect(result).toContainText('1 shifted with the text, 0 found again with changed words, 1 orphaned');
  await expect(result.getByRole('listitem')).toHaveText([`“${lost}”`]);
  await page.screenshot({ path: join(screenshotDir, 'text-corrected.png') });
  await expectAccessible(page, 'Text corrected dialog');
  await result.getByRole('button', { name: 'Done' }).click();
  // The pane shows the corrected text without a reload.
  await expect(page.locator('.pane .article')).not.toContainText(body.slice(lostAt - 20, lostAt + lost.length));
});

test('articles go to the trash, come back with their claims, and the trash empties only when confirmed', async ({ app: page }) => {
  await importSamples(page);
  const rows = page.getByRole('list', { name: 'Articles', exact: true }).getByRole('listitem');
  const [first, second] = await callApi<ArticleSummary[]>(page, 'articles.list', {});
  const { body } = await callApi<{ body: string }>(page, 'articles.get', { id: first!.id });
  await callApi<Annotation>(page, 'annotations.create', { articleId: first!.id, start: 0, end: body.indexOf(' ') });

  await rows.filter({ hasText: first!.title }).getByRole('checkbox').check();
  await rows.filter({ hasText: second!.title }).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(rows).toHaveCount(3);

  await page.getByRole('button', { name: 'Trash…' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await expect(trash.getByRole('list', { name: 'Articles in the trash' }).getByRole('listitem')).toHaveCount(2);
  await expect(trash).toContainText('1 claim');
  await page.screenshot({ path: join(screenshotDir, 'trash.png') });
  await expectAccessible(page, 'Trash dialog');

  await trash.getByRole('button', { name: `Restore ${first!.title}` }).click();
  await expect(trash.getByRole('list', { name: 'Articles in the trash' }).getByRole('listitem')).toHaveCount(1);
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: first!.title })).toBeVisible();

  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty trash' });
  await expect(confirm).toContainText('Delete 1 article and 0 claims for good? This cannot be undone.');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'Empty trash confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Trash' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('dialog', { name: 'Trash' }).getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('dialog', { name: 'Empty trash' }).getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('dialog', { name: 'Trash' })).toContainText('The trash is empty');
  expect(await callApi<ArticleSummary[]>(page, 'articles.list', { inTrash: true })).toEqual([]);
  expect((await callApi<ArticleSummary[]>(page, 'articles.list', {})).find((a) => a.id === first!.id)?.annotationCount).toBe(1);
});

test('emptying the trash leaves an article an assignment is read against, and says so before and after', async ({ app: page }) => {
  await importSamples(page);
  const [first, second] = await callApi<ArticleSummary[]>(page, 'articles.list', {});
  const { id: collectionId } = await callApi<{ id: string }>(page, 'collections.create', { name: 'Lesson' });
  await callApi(page, 'collections.addArticles', { id: collectionId, articleIds: [first!.id] });
  await callApi(page, 'assignments.create', { collectionId, task: 'find', title: 'Spot the claims' });
  const lesson = page.getByRole('navigation', { name: 'Collections' }).getByRole('button', { name: /^Lesson/ });
  await expect(lesson).toHaveText('Lesson 1');
  await callApi(page, 'articles.delete', { id: first!.id });
  await callApi(page, 'articles.delete', { id: second!.id });
  // A collection counts the articles in the library, not those in the trash.
  await expect(lesson).toHaveText('Lesson 0');

  await page.getByRole('button', { name: 'Trash…' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  const items = trash.getByRole('list', { name: 'Articles in the trash' }).getByRole('listitem');
  await expect(items.filter({ hasText: first!.title })).toContainText('Stays when the trash is emptied: part of the assignment “Spot the claims”.');
  await expect(items.filter({ hasText: second!.title })).not.toContainText('Stays when');
  await page.screenshot({ path: join(screenshotDir, 'trash-assignment.png') });
  await trash.getByRole('button', { name: 'Empty trash…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Empty trash' });
  await expect(confirm).toContainText('Delete 1 article and 0 claims for good?');
  await confirm.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted 1 article for good.' })).toContainText(
    '1 article stays in the trash: it belongs to an assignment, whose answers are scored against its text.',
  );
  await expect(items).toHaveCount(1);
  await expect(trash.getByRole('button', { name: 'Empty trash…' })).toBeDisabled();
});

test('Settings keeps the reviewer profile', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Settings…' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana Ruiz');
  await settings.getByLabel('Organisation', { exact: true }).fill('Coast Check');
  await settings.getByLabel('Organisation website').fill('coastcheck');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toBeVisible(); // the browser refuses a URL without a scheme: nothing saved yet
  await settings.getByLabel('Organisation website').fill('https://coastcheck.example');
  await expectAccessible(page, 'Settings dialog');
  await page.screenshot({ path: join(screenshotDir, 'settings.png') });
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toHaveCount(0);
  expect(await callApi(page, 'profile.get', {})).toEqual({ name: 'Ana Ruiz', organization: 'Coast Check', organizationUrl: 'https://coastcheck.example' });
  await page.reload();
  await page.getByRole('button', { name: 'Settings…' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name')).toHaveValue('Ana Ruiz');
});

test('in a window 700 px high, Settings shows its Save and Cancel without scrolling', async ({ app: page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('button', { name: 'Settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  // Measured once the profile has come and the form is laid out, not while it says "Loading".
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeVisible();
  const body = await dialog.locator('.dialog-body').boundingBox();
  for (const name of ['Save', 'Cancel']) {
    const button = await dialog.getByRole('button', { name }).boundingBox();
    expect(button!.y + button!.height, name).toBeLessThanOrEqual(body!.y + body!.height);
  }
});
