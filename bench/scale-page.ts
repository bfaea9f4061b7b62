// The library as a person sees it, for the scale bench: the app in browser mode (the built
// renderer, Chromium) beside a plain page that renders the same first and last 100 rows from a
// bare query. Times are the page's own clock: navigation → the first row in the page (painted
// early, before the app is there, when the page kept from the last start has the same rows:
// renderer/src/earlyPaint.ts), → the first row of the app itself (interactive), and a jump to the end (scrolled to the bottom / asked for the last rows) → the last row in the page.
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { startHost } from '../electron/host/server.js';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.js';
import { repoRoot } from '../tests/helpers/corpus.js';
import { median } from './stats.js';

export interface PageTimes {
  firstRows: number;
  firstRowsInteractive: number;
  /** The first start in a fresh browser: nothing kept from an earlier one, nothing cached. */
  firstRowsFirstStart: number;
  /** A start with no page kept (as after a change in the library), the browser's caches warm. */
  firstRowsNothingKept: number;
  jumpToEnd: number;
  plainFirstRows: number;
  plainJumpToEnd: number;
}

const RUNS = 3;
const staticDir = join(repoRoot, 'dist', 'renderer');

/**
 * Waits, a frame at a time, for an element; answers the page's clock then. (A string: tsx would
 * name the inner function with a helper the page does not have.)
 */
function shown(page: Page, selector: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    const look = () => (document.querySelector(${JSON.stringify(selector)}) ? done(performance.now()) : requestAnimationFrame(look));
    look();
  })`) as Promise<number>;
}

/** Navigation → the first row on the page, early or the app's; → the app's own first row. */
function firstRows(page: Page): Promise<[number, number]> {
  return page.evaluate(`new Promise((done) => {
    let shown;
    const look = () => {
      shown ??= document.querySelector('[aria-posinset="1"] .article-title') ? performance.now() : undefined;
      if (document.querySelector('#root [aria-posinset="1"] .article-title')) done([shown, performance.now()]);
      else requestAnimationFrame(look);
    };
    look();
  })`) as Promise<[number, number]>;
}

/** The plain page: 100 rows of the bare table, newest first, and the last 100 on asking. */
function plainServer(bare: Database.Database): Promise<Server> {
  const rows = (sql: string) => bare.prepare(sql).all() as Array<{ pk: number; title: string }>;
  const html = `<!doctype html><meta charset="utf-8"><title>plain</title><ol id="rows"></ol><script>
    const show = (rows) => { document.getElementById('rows').innerHTML = rows.map((r) => '<li data-pk="' + r.pk + '">' + r.title.replace(/</g, '&lt;') + '</li>').join(''); };
    fetch('/first').then((r) => r.json()).then(show);
    window.jumpToEnd = () => fetch('/last').then((r) => r.json()).then((rows) => show(rows.reverse()));
  </script>`;
  const server = createServer((request, response) => {
    if (request.url === '/first') return response.end(JSON.stringify(rows('SELECT pk, title FROM articles ORDER BY created_at DESC, pk DESC LIMIT 100')));
    if (request.url === '/last') return response.end(JSON.stringify(rows('SELECT pk, title FROM articles ORDER BY created_at ASC, pk ASC LIMIT 100')));
    response.setHeader('content-type', 'text/html');
    response.end(html);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Null when the renderer is not built (`node scripts/build.mjs renderer`). */
export async function measurePages(dataDir: string, bare: Database.Database, total: number): Promise<PageTimes | null> {
  if (!existsSync(join(staticDir, 'index.html'))) return null;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const host = await startHost({ dataDir, port: 0, staticDir });
  const plain = await plainServer(bare);
  const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
  const times: Record<keyof PageTimes, number[]> = { firstRows: [], firstRowsInteractive: [], firstRowsFirstStart: [], firstRowsNothingKept: [], jumpToEnd: [], plainFirstRows: [], plainJumpToEnd: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const firstStart = await context.newPage();
    await firstStart.goto(host.url, { waitUntil: 'commit' });
    times.firstRowsFirstStart.push((await firstRows(firstStart))[0]);
    await firstStart.waitForFunction(() => localStorage.getItem('gloss.earlyPaint') !== null);
    await firstStart.close();
    for (let run = 0; run < RUNS; run++) {
      // The page kept from the last start gone before the page's first script looks for it; the
      // app keeps its page again, for the next run.
      const unkept = await context.newPage();
      await unkept.addInitScript(() => localStorage.removeItem('gloss.earlyPaint'));
      await unkept.goto(host.url, { waitUntil: 'commit' });
      times.firstRowsNothingKept.push((await firstRows(unkept))[0]);
      await unkept.waitForFunction(() => localStorage.getItem('gloss.earlyPaint') !== null);
      await unkept.close();

      const app = await context.newPage();
      await app.goto(host.url, { waitUntil: 'commit' });
      const [shownAt, interactiveAt] = await firstRows(app);
      times.firstRows.push(shownAt);
      times.firstRowsInteractive.push(interactiveAt);
      await app.locator('.article-list').evaluate((el) => {
        (window as unknown as { jumpedAt: number }).jumpedAt = performance.now();
        el.scrollTop = el.scrollHeight;
      });
      const lastRow = await shown(app, `[aria-posinset="${total}"] .article-title`);
      times.jumpToEnd.push(lastRow - (await app.evaluate(() => (window as unknown as { jumpedAt: number }).jumpedAt)));
      await app.close();

      const page = await context.newPage();
      await page.goto(plainUrl, { waitUntil: 'commit' });
      times.plainFirstRows.push(await shown(page, '#rows li'));
      const jumped = await page.evaluate(() => {
        const at = performance.now();
        void (window as unknown as { jumpToEnd: () => Promise<void> }).jumpToEnd();
        return at;
      });
      times.plainJumpToEnd.push((await shown(page, '#rows li[data-pk="1"]')) - jumped);
      await page.close();
    }
  } finally {
    await browser.close();
    await host.close();
    plain.close();
  }
  return {
    firstRows: median(times.firstRows),
    firstRowsInteractive: median(times.firstRowsInteractive),
    firstRowsFirstStart: times.firstRowsFirstStart[0]!,
    firstRowsNothingKept: median(times.firstRowsNothingKept),
    jumpToEnd: median(times.jumpToEnd),
    plainFirstRows: median(times.plainFirstRows),
    plainJumpToEnd: median(times.plainJumpToEnd),
  };
}
