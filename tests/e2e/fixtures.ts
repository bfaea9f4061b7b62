// Each test gets browser mode over a fresh, empty library: startHost in the test process,
// a temporary data folder, and a page that has already opened the tokened URL.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type Host } from '../../electron/host/server.js';
import { corpusDir, repoRoot } from '../helpers/corpus.js';
import { callApi } from '../helpers/page-api.js';
import { tempDir } from '../helpers/tmp.js';

export const screenshotDir = join(repoRoot, 'tests', 'e2e', 'screenshots');

export const test = base.extend<{ dataDir: string; host: Host; app: Page }>({
  // The library's folder, for a test that changes it from outside the app (as the CLI would).
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = tempDir('gloss-e2e-');
    await use(dir.path);
    dir.remove();
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost({ dataDir, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
    await use(host);
    await host.close();
  },
  app: async ({ page, host }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
    });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Gloss' })).toBeVisible();
    await use(page);
    expect(problems, 'the page logged no errors (CSP violations, exceptions)').toEqual([]);
  },
});

export { callApi, expect };

/** The five sample articles: the shared corpus when this machine has it, else the project's own. */
export function sampleArticles(): string[] {
  const dir = corpusDir() ?? join(repoRoot, 'tests', 'fixtures', 'articles');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/.test(f))
    .sort()
    .slice(0, 5)
    .map((f) => join(dir, f));
}

/** The import picker's hidden file input: tests hand it files directly. */
export function importPicker(page: Page) {
  return page.locator('input[type=file][aria-label="Choose article files to import"]');
}

export async function importSamples(page: Page): Promise<void> {
  await importPicker(page).setInputFiles(sampleArticles());
  await expect(page.getByText(/Imported 5 articles/)).toBeVisible();
  // The list refreshes just after the report, and a row not yet read is a placeholder of the
  // same height: tests that read its rows wait for five titles.
  const titles = page.getByRole('list', { name: 'Articles' }).locator('.article-title');
  await expect.poll(() => titles.count()).toBeGreaterThanOrEqual(5);
}

/** axe-core on the page as it is: no serious or critical violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `axe on the ${what}`).toEqual([]);
}

/**
 * Selects a phrase in pane `pane` (the first words of its first long paragraph) as a person
 * would with the mouse, and lets go: the claim popover opens. Returns the selected text.
 */
export async function selectPhrase(page: Page, pane: number, words = 6, skipBlocks = 0): Promise<string> {
  await page.locator('.pane .article').nth(pane).locator('p[data-start]').first().waitFor();
  return page.evaluate(
    ({ pane, words, skipBlocks }) => {
      const article = document.querySelectorAll<HTMLElement>('.pane .article')[pane]!;
      const blocks = [...article.querySelectorAll<HTMLElement>('p[data-start]')].filter((p) => (p.textContent ?? '').length > 120);
      const text = blocks[skipBlocks]!.firstChild as Text;
      const end = text.data.split(' ').slice(0, words).join(' ').length;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, end);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      article.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom - 2 }));
      return range.toString();
    },
    { pane, words, skipBlocks },
  );
}

/** How many ranges the page paints as claims, per CSS.highlights (status colours and untagged). */
export async function paintedClaims(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('gs-') || name === 'gloss-untagged') n += h.size;
    });
    return n;
  });
}

/** The centre of the first painted range of a pane's claim with this text, to click it. */
export async function pointOfText(page: Page, pane: number, exact: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ pane, exact }) => {
      const article = document.querySelectorAll<HTMLElement>('.pane .article')[pane]!;
      for (const el of article.querySelectorAll<HTMLElement>('[data-start]')) {
        const i = (el.textContent ?? '').indexOf(exact);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(el.firstChild!, i + 2);
        range.setEnd(el.firstChild!, i + 3);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`"${exact}" is not in pane ${pane}`);
    },
    { pane, exact },
  );
}


/** Opens articles in the reader by their address (#read=…), as a reload of such a page would. */
export async function openInReader(page: Page, ...articleIds: string[]): Promise<void> {
  // A new page that starts with the address: a change of the hash alone in the page open now can
  // come before the app listens for it, and the app's start then takes the hash away again.
  const address = page.url().replace(/#.*$/, '') + `#read=${articleIds.join(',')}`;
  await page.goto('about:blank');
  await page.goto(address);
}
