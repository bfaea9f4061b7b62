// The message after Ctrl+Z names the step the core undid, even when the toolbar's description of
// the next step has not caught up yet (a tag key then Ctrl+Z at once): it said "Undone: new claim
// “…”" while the core had undone the techniques just added, and the claim was still there.
import { expect, importSamples, selectPhrase, test } from './fixtures.js';

test('Ctrl+Z straight after a change says that change was undone', async ({ app: page }) => {
  // The answers to "what would undo do next" are held back while `holding`: the toolbar keeps the
  // description it had, as it does for a moment after each change.
  let holding = false;
  const held: Array<() => void> = [];
  await page.routeWebSocket(/\/api\/socket/, (ws) => {
    const server = ws.connectToServer();
    const historyCalls = new Set<number>();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as { id: number; method: string };
      if (call.method === 'annotations.history') historyCalls.add(call.id);
      server.send(message);
    });
    server.onMessage((message) => {
      const answer = JSON.parse(String(message)) as { id?: number };
      if (holding && answer.id !== undefined && historyCalls.has(answer.id)) held.push(() => ws.send(message));
      else ws.send(message);
    });
  });
  await page.reload();
  await importSamples(page);
  await page.locator('.article-row').first().locator('.article-open').click();
  const exact = await selectPhrase(page, 0, 4);
  await page.keyboard.press('3');
  const undo = page.locator('.reader .toolbar .history-button').first();
  await expect(undo).toHaveText(/^Undo: new claim/);

  holding = true;
  await page.keyboard.press('l');
  const claim = page.locator('.claim-item');
  await expect(claim.locator('.chip')).toHaveCount(2);
  await expect(undo).toHaveText(/^Undo: new claim/);
  await page.keyboard.press('Escape');
  await page.locator('.pane-scroll').focus();
  await page.keyboard.press('Control+z');
  await expect(claim.locator('.chip')).toHaveCount(1);
  await expect(claim).toHaveCount(1);
  // The quote is isolated (FSI…PDI) in the message.
  await expect(page.locator('.toast')).toContainText(new RegExp(`^Undone: techniques of “\u2068?${exact.split(' ').slice(0, 3).join(' ')}`));
  holding = false;
  for (const send of held.splice(0)) send();
  await expect(undo).toHaveText(/^Undo: new claim/);
});
