// Issue 8, the reader: it keeps its layout, opens articles beside the open ones, undo belongs
// to a pane's article, the claim editor stays clear of what it must not cover, and four panes
// at 1280×720 stay readable.
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { unquoted } from '../../shared/quote.js';
import { callApi, expect, expectAccessible, importSamples, screenshotDir, selectPhrase, test } from './fixtures.js';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxOf = async (l: Locator): Promise<Box> => {
  const b = (await l.boundingBox())!;
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
};

/** Where the claim being edited is painted (its gloss-active range), on screen. */
function activeClaimBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const [first] = [...(CSS.highlights.get('gloss-active') ?? [])] as StaticRange[];
    const range = document.createRange();
    range.setStart(first!.startContainer, first!.startOffset);
    range.setEnd(first!.endContainer, first!.endOffset);
    const rects = [...range.getClientRects()];
    return {
      top: Math.min(...rects.map((r) => r.top)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
      left: Math.min(...rects.map((r) => r.left)),
      right: Math.max(...rects.map((r) => r.right)),
    };
  });
}

/** Scrolls pane `pane` so that its `block`-th long paragraph starts near the bottom of the pane. */
async function scrollBlockToBottom(page: Page, pane: number, block: number): Promise<void> {
  await page.locator('.pane-scroll').nth(pane).evaluate((scroller, block) => {
    const blocks = [...scroller.querySelectorAll<HTMLElement>('p[data-start]')].filter((p) => (p.textContent ?? '').length > 120);
    const top = blocks[block]!.getBoundingClientRect().top;
    scroller.scrollTop += top - (scroller.getBoundingClientRect().bottom - 70);
  }, block);
}

async function readSideBySide(page: Page, rows: number[]): Promise<void> {
  const list = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  for (const i of rows) await list.nth(i).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Read side by side' }).click();
  await expect(page.locator('.pane')).toHaveCount(rows.length);
}

const scrollRatio = (page: Page, pane: number) =>
  page.locator('.pane-scroll').nth(pane).evaluate((el) => Math.round((el.scrollTop / (el.scrollHeight - el.clientHeight)) * 100) / 100);

test('the reader keeps its panes, widths, scroll and sync across the library, a reload and an address', async ({ app: page }) => {
  await importSamples(page);
  const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  const titles = await rows.locator('.article-title').allTextContents();
  await readSideBySide(page, [0, 1]);
  await expect(page.locator('.pane-scroll').first(), 'focus goes to the reader').toBeFocused();

  const splitter = page.getByRole('separator').first();
  await splitter.focus();
  await splitter.press('ArrowRight');
  await splitter.press('ArrowRight');
  const split = await splitter.getAttribute('aria-valuenow');
  expect(Number(split)).toBeGreaterThan(52);
  await page.getByLabel('Synchronised scroll').check();
  await page.locator('.pane-scroll').nth(1).evaluate((el) => {
    el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.5;
  });
  await expect.poll(() => scrollRatio(page, 0)).toBeCloseTo(0.5, 1);

  await test.step('to the library and back', async () => {
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: 'Reader (2)' }).click();
    await expect(page.locator('.pane')).toHaveCount(2);
    await expect(splitter).toHaveAttribute('aria-valuenow', split!);
    await expect(page.getByLabel('Synchronised scroll')).toBeChecked();
    await expect.poll(() => scrollRatio(page, 1)).toBeCloseTo(0.5, 1);
  });

  await test.step('a reload', async () => {
    await page.waitForTimeout(400); // the layout is saved once scrolling settles
    await page.reload();
    await expect(page.locator('.pane')).toHaveCount(2);
    await expect(splitter).toHaveAttribute('aria-valuenow', split!);
    await expect(page.getByLabel('Synchronised scroll')).toBeChecked();
    await expect.poll(() => scrollRatio(page, 1)).toBeCloseTo(0.5, 1);
  });

  await test.step('an article opened from the library goes beside the open ones', async () => {
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await rows.nth(2).locator('.article-open').click();
    await expect(page.locator('.pane')).toHaveCount(3);
    await expect(page.locator('.pane-title h2')).toHaveText([titles[0]!, titles[1]!, titles[2]!]);
    await expect(page.locator('.pane-scroll').nth(2)).toBeFocused();
  });

  await test.step('a search hit opens beside them and scrolls to the match', async () => {
    const body = (await callApi<Array<{ id: string; title: string }>>(page, 'articles.list', {})).find((a) => a.title === titles[3])!;
    const text = (await callApi<{ body: string }>(page, 'articles.get', { id: body.id })).body;
    // A word from late in the fourth article that the others do not have.
    const word = text
      .slice(Math.floor(text.length * 0.8))
      .split(/\W+/)
      .find((w) => w.length > 7)!;
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByPlaceholder(/Search articles/).fill(word);
    await page.locator('.search-results .hit', { hasText: titles[3]! }).first().click();
    await expect(page.locator('.pane')).toHaveCount(4);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('gloss-flash')?.size ?? 0)).toBe(1);
    await expect.poll(() => scrollRatio(page, 3)).toBeGreaterThan(0.3);
  });

  await test.step('with four open, a fifth asks which pane to replace', async () => {
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await rows.nth(4).locator('.article-open').click();
    const dialog = page.getByRole('dialog', { name: 'Four articles are open' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, 'the replace-a-pane dialog');
    await dialog.getByRole('button', { name: new RegExp(`^Pane 2: `) }).click();
    await expect(page.locator('.pane-title h2')).toHaveText([titles[0]!, titles[4]!, titles[2]!, titles[3]!]);
  });

  await test.step('going to a #read= address in the same tab opens it', async () => {
    const ids = (await callApi<Array<{ id: string; title: string }>>(page, 'articles.list', {})).filter((a) => a.title === titles[1]).map((a) => a.id);
    await page.evaluate((id) => (location.hash = `#read=${id}`), ids[0]!);
    await expect(page.locator('.pane')).toHaveCount(1);
    await expect(page.locator('.pane-title h2')).toHaveText([titles[1]!]);
  });
});

test('Ctrl+Z undoes the change of its own pane’s article, and the buttons say what they will undo', async ({ app: page }) => {
  await importSamples(page);
  await readSideBySide(page, [0, 1]);
  const popover = page.getByRole('dialog', { name: /claim/ });
  const items = (pane: number) => page.locator('.pane').nth(pane).locator('.claim-item');

  const first = await selectPhrase(page, 0, 4);
  await page.keyboard.press('6'); // False
  await expect(items(0)).toContainText('False');
  await page.keyboard.press('Escape');
  await selectPhrase(page, 1, 4);
  await page.keyboard.press('2'); // Mostly true
  await expect(items(1)).toContainText('Mostly true');
  await page.keyboard.press('7'); // Unverifiable
  await expect(items(1)).toContainText('Unverifiable');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);

  // In pane 1, the last change there: its status.
  await page.locator('.pane-scroll').nth(1).focus();
  const undo = page.locator('.history-button').first();
  await expect(undo).toHaveText(/^Undo: status of “/);
  // Pane 0: three Ctrl+Z take back its status and its claim, and nothing of pane 1.
  await page.locator('.pane-scroll').first().focus();
  // The quote is isolated (FSI…PDI), so that a right-to-left one keeps its order.
  await expect(undo).toHaveText(`Undo: new claim “\u2068${first.length > 24 ? first.slice(0, first.slice(0, 24).lastIndexOf(' ')) + '…' : first}\u2069”`);
  await page.keyboard.press('Control+z');
  await expect(items(0)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Nothing to undo in this article.')).toBeVisible();
  await expect(items(1)).toHaveCount(1);
  await expect(items(1)).toContainText('Unverifiable');
  await expect(undo).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Redo: new claim/ })).toBeEnabled();

  // Back in pane 1, its own history is whole.
  await page.locator('.pane-scroll').nth(1).focus();
  await page.keyboard.press('Control+z');
  await expect(items(1)).toContainText('Mostly true');
  await expect(items(0)).toHaveCount(0);
});

test('the toolbar’s Undo and Redo keep keyboard focus when the one pressed has nothing more to do', async ({ app: page }) => {
  await importSamples(page);
  await page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first().locator('.article-open').click();
  await selectPhrase(page, 0, 4);
  await page.keyboard.press('6'); // False: one step, "new claim"
  await expect(page.locator('.claim-item')).toContainText('False');
  await page.keyboard.press('Escape');
  const undo = page.getByRole('button', { name: /^Undo: new claim/ });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.claim-item')).toHaveCount(0);
  // Undo has nothing left and is off: focus is on Redo, so Enter takes the step back.
  const redo = page.getByRole('button', { name: /^Redo: new claim/ });
  await expect(redo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.claim-item')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Undo: new claim/ })).toBeFocused();
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('four panes stay readable: titles, claim lists, lines of 45 characters or more', async ({ app: page }) => {
    await importSamples(page);
    await readSideBySide(page, [0, 1, 2, 3]);
    const panes = page.locator('.pane');
    await expect(panes.locator('.article').nth(3)).toBeVisible();

    // Alike: every pane narrow, its claim list out of the text's way until asked for.
    await expect(panes).toHaveClass([/narrow/, /narrow/, /narrow/, /narrow/]);
    await expect(page.locator('.claim-sidebar')).toHaveCount(0);
    // Characters per line over a long paragraph of each pane: its length by its lines.
    const perLine = await page.locator('.pane-scroll').evaluateAll((scrollers) =>
      scrollers.map((scroller) => {
        const p = [...scroller.querySelectorAll('p[data-start]')].find((el) => (el.textContent ?? '').length > 300)!;
        const range = document.createRange();
        range.selectNodeContents(p);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        // The last line is usually short: count only the full ones.
        const full = lines.size - 1;
        const lastTop = Math.max(...lines);
        const text = p.firstChild as Text;
        let inFull = 0;
        for (let i = 0; i < text.data.length; i++) {
          const r = document.createRange();
          r.setStart(text, i);
          r.setEnd(text, i + 1);
          if (Math.round(r.getBoundingClientRect().top) < lastTop - 2) inFull++;
        }
        return Math.round(inFull / full);
      }),
    );
    for (const n of perLine) expect(n, `characters on a line in each pane: ${perLine.join(', ')}`).toBeGreaterThanOrEqual(45);

    // Full titles: in the title attribute, and unclamped on hover.
    const titles = await callApi<Array<{ title: string }>>(page, 'articles.list', {});
    const cut = await panes.locator('.pane-title h2').evaluateAll((hs) => hs.findIndex((h) => h.scrollHeight > h.clientHeight + 1));
    expect(cut, 'a long title is cut to two lines').toBeGreaterThanOrEqual(0);
    const longest = panes.locator('.pane-title h2').nth(cut);
    await expect(longest).toHaveAttribute('title', /.+/);
    expect(titles.map((t) => t.title)).toContain(await longest.getAttribute('title'));
    await page.screenshot({ path: join(screenshotDir, 'reader-four-panes-1280.png') });
    // Each pane's × on its title's line, in the corner, not after the buttons on a line of its own.
    for (let i = 0; i < 4; i++) {
      const pane = panes.nth(i);
      const [close, title, details, header] = await Promise.all([
        boxOf(pane.getByRole('button', { name: /^Close/ })),
        boxOf(pane.locator('.pane-title')),
        boxOf(pane.getByRole('button', { name: /^Details/ })),
        boxOf(pane.locator('.pane-header')),
      ]);
      expect(close.bottom, `pane ${i + 1}: × above the buttons`).toBeLessThanOrEqual(details.top);
      expect(close.top, `pane ${i + 1}: × on the title's line`).toBeLessThan(title.bottom);
      expect(header.right - close.right, `pane ${i + 1}: × in the corner`).toBeLessThan(16);
    }
    const full = panes.nth(cut).locator('.full-title');
    // The pointer is where "Read side by side" was clicked, which may be over a pane's header.
    await page.mouse.move(5, 700);
    await expect(full).toBeHidden();
    await longest.hover();
    await expect(full).toBeVisible();
    await expect(full).toHaveText((await longest.getAttribute('title'))!);
    await expect.poll(() => full.evaluate((h) => h.scrollHeight <= h.clientHeight + 1)).toBe(true);
    await page.mouse.move(5, 700);
    await panes.nth(cut).getByRole('button', { name: 'Mark text…' }).focus();
    await expect(full, 'and when its header has focus').toBeVisible();
    await page.screenshot({ path: join(screenshotDir, 'reader-four-panes-full-title.png') });

    // The claim list of a narrow pane lies over its text and closes again.
    await panes.nth(1).getByRole('button', { name: /^Claims/ }).click();
    const list = panes.nth(1).locator('.claim-sidebar');
    await expect(list).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, 'reader-four-panes-claims-open.png') });
    await expectAccessible(page, 'four panes with a claim list open');
    await list.getByRole('button', { name: 'Hide the claims list' }).click();
    await expect(list).toHaveCount(0);
  });

  test('the claim editor opens beside the claim, clear of it, of the top bar and of the link bar', async ({ app: page }) => {
    await importSamples(page);
    await readSideBySide(page, [0, 1, 2, 3]);
    const popover = page.getByRole('dialog', { name: /claim/ });
    // The top bar and the reader's toolbar (Undo stays in reach).
    const header = await boxOf(page.getByRole('toolbar', { name: 'Reader tools' }));
    const inWindow = (b: Box) => b.top >= header.bottom && b.bottom <= 720 && b.left >= 0 && b.right <= 1280;

    // A claim to link to, in pane 2.
    await selectPhrase(page, 2, 4);
    await page.keyboard.press('6');
    await page.keyboard.press('Escape');

    // Near the bottom of pane 0 (whose editor would not fit below it).
    await scrollBlockToBottom(page, 0, 4);
    const phrase = await selectPhrase(page, 0, 6, 4);
    await expect(popover).toBeVisible();
    await page.keyboard.press('3');
    await expect(popover.getByRole('button', { name: /^Mixed/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(popover).toHaveCSS('opacity', '1');
    const claim = await activeClaimBox(page);
    const box = await boxOf(popover);
    expect(claim.bottom, 'the claim is near the bottom of the window').toBeGreaterThan(560);
    expect(overlap(box, claim), 'the editor does not cover its claim').toBe(false);
    expect(inWindow(box), `the editor is inside the window, under the top bar: ${JSON.stringify(box)}`).toBe(true);
    await page.screenshot({ path: join(screenshotDir, 'claim-editor-near-bottom.png') });

    // Link mode: the link bar opens above the panes; focus goes to its picker.
    await popover.getByRole('button', { name: 'Link to… same claim' }).click();
    const bar = page.getByRole('region', { name: 'Link claims' });
    await expect(bar).toBeVisible();
    const picker = bar.getByLabel('Claim to link to');
    await expect(picker).toBeFocused();
    // Quoted once, even when the words selected begin with a quotation mark (in the Rafah samples, these do).
    await expect(bar).toContainText(`Linking “\u2068${unquoted(phrase)}\u2069” as same claim`);
    // The bar pushes the panes down: the pane scrolls (smoothly) to keep the claim in view, and
    // the editor follows it. Once that settles:
    await expect
      .poll(async () => {
        const [editor, claim, linkBar] = [await boxOf(popover), await activeClaimBox(page), await boxOf(bar)];
        return {
          editorCoversBar: overlap(editor, linkBar),
          editorCoversClaim: overlap(editor, claim),
          editorInWindow: inWindow(editor),
          claimInView: claim.top >= linkBar.bottom && claim.bottom <= 720,
        };
      }, 'in link mode the claim stays in view and the editor beside it, clear of the link bar')
      .toEqual({ editorCoversBar: false, editorCoversClaim: false, editorInWindow: true, claimInView: true });
    await page.screenshot({ path: join(screenshotDir, 'claim-editor-link-mode.png') });
    await expectAccessible(page, 'the claim editor in link mode');

    // The picker's entries name their article.
    const pane2Title = (await page.locator('.pane-title h2').nth(2).getAttribute('title'))!;
    const option = picker.locator('option').nth(1);
    await expect(option).toContainText(pane2Title.slice(0, 30));
    await expect(picker.locator('optgroup')).toHaveAttribute('label', pane2Title);
    await picker.selectOption({ index: 1 });
    await bar.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(page.getByText('Claims linked.')).toBeVisible();
    // Focus is back on the claim it was linked from.
    await expect(page.getByRole('dialog', { name: 'Edit claim' })).toBeFocused();
    await expect(page.getByRole('dialog', { name: 'Edit claim' }).locator('.links')).toContainText('Same claim');
  });
});
