// Claims in states a person has to notice: orphaned after a text correction, and in conflict
// after an exchange file brought another version of them.
import { type Page } from '@playwright/test';
import { join } from 'node:path';
import { callApi, expect, expectAccessible, openInReader, paintedClaims, screenshotDir, test } from './fixtures.js';

const text =
  'The council said the new bridge will cost 410 million, far above the first estimate.\n\nCritics called the overrun a disgrace and demanded an inquiry into the spending.';

async function articleWithClaims(page: Page): Promise<{ articleId: string; first: string; second: string }> {
  const report = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text, title: 'Bridge costs' });
  const articleId = report.imported[0]!.id;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const first = await callApi<{ id: string }>(page, 'annotations.create', { articleId, ...at('will cost 410 million'), statusTagId: 'status:mixed', note: 'Ask the council' });
  const second = await callApi<{ id: string }>(page, 'annotations.create', { articleId, ...at('a disgrace'), statusTagId: 'status:false' });
  return { articleId, first: first.id, second: second.id };
}

test('a claim whose text was corrected away is shown as orphaned, not painted somewhere else', async ({ app: page }) => {
  const { articleId } = await articleWithClaims(page);
  await callApi(page, 'articles.correctText', { id: articleId, body: text.replace('will cost 410 million', 'has an unknown price') });
  await openInReader(page, articleId);
  const sidebar = page.locator('.claim-sidebar');
  await expect(sidebar.locator('.claim-item')).toHaveCount(2);
  await expect(sidebar.locator('.claim-item.orphaned')).toContainText('Orphaned: text not found');
  await expect(sidebar.locator('.claim-item.orphaned')).toContainText('will cost 410 million');
  // Its old context, to place it by hand.
  await expect(sidebar.locator('.claim-item.orphaned')).toContainText('the new bridge will cost 410 million, far above the first');
  await expect.poll(() => paintedClaims(page)).toBe(1);
  await sidebar.screenshot({ path: join(screenshotDir, 'orphaned-claim-context.png') });
  await expectAccessible(page, 'the claims sidebar with an orphaned claim');
});

test('a claim changed on both sides shows both versions until the person keeps one', async ({ app: page }) => {
  const { articleId, first } = await articleWithClaims(page);
  const file = await callApi<{ dataBase64: string }>(page, 'exports.run', { format: 'bundle', articleId });
  await callApi(page, 'annotations.update', { id: first, note: 'My version of the note' });
  const bundle = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
  const a = bundle.annotations.find((x: { id: string }) => x.id === first);
  // The colleague's library changed it: one more change counted for their replica.
  a.note = 'Their version of the note';
  a.clock = { ...a.clock, colleague: 1 };
  a.updatedAt = new Date(Date.now() + 60_000).toISOString();
  const theirs = Buffer.from(JSON.stringify(bundle)).toString('base64');
  const report = await callApi<{ conflicts: number }>(page, 'exports.importBundle', { name: 'colleague.gloss', dataBase64: theirs });
  expect(report.conflicts).toBe(1);

  await openInReader(page, articleId);
  const item = page.locator('.claim-sidebar .claim-item', { hasText: 'will cost 410 million' });
  await expect(item).toContainText('My version of the note');
  const conflict = item.getByRole('group', { name: 'Conflicting version' });
  await expect(conflict).toContainText('Their version of the note');
  await conflict.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(item.getByRole('group', { name: 'Conflicting version' })).toHaveCount(0);
  await expect(item).toContainText('Their version of the note');
});
