// The scale bench's "article with 5,000 claims opened", in a real page (Debian Chromium, browser
// mode): navigation → the text shown, → the claims near the screen painted (each to the frame
// after), the longest task while opening, and while scrolling the text and the claims list to
// their ends. Its peer is a plain page over the same database: the text and every claim from two
// bare SELECTs, the paragraphs as <p>, every claim painted with the Highlight API, every claim's
// quote in a plain <ul>. BENCH_ARTICLE_TRACE=file.json records the last opening in the app as a
// Chromium trace.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { startHost } from '../electron/host/server.js';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.js';
import { repoRoot } from '../tests/helpers/corpus.js';
import { median } from './stats.js';

export interface ArticleOpen {
  textShown: number;
  claimsPainted: number;
  longestOpening: number;
  longestScrolling: number;
}

/**
 * Runs in every page before its scripts: marks the first text and first highlight, each at the
 * frame after, and keeps long tasks. Each run opens the article as for the first time: without
 * the reader's saved layout, which would bring the text back where the run before left it (at its end).
 */
const probe = `
  window.__bench = { tasks: [] };
  if (location.protocol === 'http:') localStorage.clear();
  addEventListener('click', () => (window.__bench.clicked ??= performance.now()), true);
  const framed = (key) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => (window.__bench[key] ??= performance.now());
    c.port2.postMessage(null);
  });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (!document.querySelector('article p')) return;
    observer.disconnect();
    framed('text');
  }).observe(document, { childList: true, subtree: true });
  const add = Highlight.prototype.add;
  Highlight.prototype.add = function (range) {
    if (!window.__bench.painting) { window.__bench.painting = true; queueMicrotask(() => framed('claims')); }
    return add.call(this, range);
  };
`;

const longest = (tasks: Array<[number, number]>, from: number, to = Infinity) =>
  Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d));

/** Opens `url` in a fresh page and measures it; `text` and `list` are the scrolling text and the claims list. */
async function openOnce(page: Page, url: string, text: string, list: string): Promise<ArticleOpen> {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __bench: { claims?: number } }).__bench.claims !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(1000); // what opening leaves queued (the list's first pages) runs too
  const opened = await page.evaluate(() => performance.now());
  // Scrolling: a screen a frame, the text to its end, then the claims list to its end.
  await page.evaluate(
    async ({ text, list }) => {
      for (const selector of [text, list]) {
        const el = document.querySelector<HTMLElement>(selector)!;
        while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
          el.scrollTop += el.clientHeight;
          await new Promise(requestAnimationFrame);
        }
      }
    },
    { text, list },
  );
  await page.waitForTimeout(500);
  const b = await page.evaluate(() => (window as unknown as { __bench: { text: number; claims: number; tasks: Array<[number, number]> } }).__bench);
  return { textShown: b.text, claimsPainted: b.claims, longestOpening: longest(b.tasks, 0, opened), longestScrolling: longest(b.tasks, opened) };
}

/**
 * Opens the app on its library, then the article from its row (the first: the newest), as a
 * person does with the app already open: click → the text shown, → the claims near the screen
 * painted, and the longest task from the click until a second after. The row is clicked once the
 * start is over (the later views' chunks are fetched a second after it), as a person reads the
 * list before choosing.
 */
async function openFromLibrary(page: Page, url: string, title: string): Promise<ArticleOpen> {
  await page.goto(url);
  const row = page.locator('#root .article-open', { hasText: title });
  await row.waitFor();
  await page.waitForTimeout(2000);
  await row.click();
  await page.waitForFunction(() => (window as unknown as { __bench: { claims?: number } }).__bench.claims !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(1000);
  const b = await page.evaluate(() => (window as unknown as { __bench: { clicked: number; text: number; claims: number; tasks: Array<[number, number]> } }).__bench);
  return { textShown: b.text - b.clicked, claimsPainted: b.claims - b.clicked, longestOpening: longest(b.tasks, b.clicked), longestScrolling: NaN };
}

const medianOf = (runs: ArticleOpen[]): ArticleOpen => ({
  textShown: median(runs.map((r) => r.textShown)),
  claimsPainted: median(runs.map((r) => r.claimsPainted)),
  longestOpening: median(runs.map((r) => r.longestOpening)),
  longestScrolling: median(runs.map((r) => r.longestScrolling)),
});

const plainPage = `<!doctype html><meta charset="utf-8"><title>plain</title>
<style>body{display:flex;margin:0;height:100vh}#text{flex:1;overflow:auto;padding:0 24px}#claims{width:250px;overflow:auto}
::highlight(claim){background:#fde68a}</style>
<div id="text"><article></article></div><ul id="claims"></ul>
<script>
fetch('/article').then((r) => r.json()).then(({ body, claims }) => {
  const article = document.querySelector('article');
  let at = 0;
  const nodes = [];
  for (const part of body.split('\\n\\n')) {
    const p = document.createElement('p');
    p.textContent = part;
    article.append(p);
    nodes.push([at, p.firstChild]);
    at += part.length + 2;
  }
  requestAnimationFrame(() => setTimeout(() => {
    const highlight = new Highlight();
    CSS.highlights.set('claim', highlight);
    const list = document.querySelector('#claims');
    let i = 0;
    for (const [start, end, exact] of claims) {
      while (i + 1 < nodes.length && nodes[i + 1][0] <= start) i++;
      const [from, node] = nodes[i];
      if (end - from <= node.length) highlight.add(new StaticRange({ startContainer: node, startOffset: start - from, endContainer: node, endOffset: end - from }));
      const li = document.createElement('li');
      li.textContent = exact;
      list.append(li);
    }
  }));
});
</script>`;

/** Gloss and the plain page over the library in `dataDir`, `runs` times each, interleaved; medians. */
export async function measureArticleOpen(
  dataDir: string,
  articleId: string,
  runs = 3,
): Promise<{ gloss: ArticleOpen; plain: ArticleOpen; fromLibrary: ArticleOpen }> {
  if (spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: repoRoot, stdio: ['ignore', 2, 2] }).status !== 0) {
    throw new Error('The renderer did not build.');
  }
  const db = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
  const { title } = db.prepare('SELECT title FROM articles WHERE id = ?').get(articleId) as { title: string };
  const plain = http.createServer((req, res) => {
    if (req.url === '/article') {
      const { body } = db.prepare('SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string };
      const claims = db.prepare('SELECT start, "end", exact FROM annotations WHERE article_id = ? AND deleted_at IS NULL ORDER BY start').raw().all(articleId);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ body, claims }));
    } else res.writeHead(200, { 'content-type': 'text/html' }).end(plainPage);
  });
  await new Promise<void>((done) => plain.listen(0, '127.0.0.1', done));
  const host = await startHost({ dataDir, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(probe);
    const page = await context.newPage();
    await page.goto(host.url); // the token becomes the page's cookie
    const app = `${host.url.replace(/\/\?token=.*/, '/')}#read=${articleId}`;
    const bare = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
    const glossRuns: ArticleOpen[] = [];
    const plainRuns: ArticleOpen[] = [];
    const libraryRuns: ArticleOpen[] = [];
    const trace = process.env.BENCH_ARTICLE_TRACE;
    for (let r = 0; r < runs; r++) {
      await page.goto('about:blank');
      // The last opening as a Chromium trace (DevTools' Performance panel reads it): which task is the longest, and what it does.
      if (trace && r === runs - 1) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] });
      glossRuns.push(await openOnce(page, app, '.pane-scroll', '.claim-scroll'));
      process.stderr.write(`article opened in the app: ${JSON.stringify(glossRuns.at(-1))}\n`);
      if (trace && r === runs - 1) await browser.stopTracing();
      await page.goto('about:blank');
      plainRuns.push(await openOnce(page, bare, '#text', '#claims'));
      await page.goto('about:blank');
      libraryRuns.push(await openFromLibrary(page, app.replace(/#.*/, ''), title));
      process.stderr.write(`article opened from the library: ${JSON.stringify(libraryRuns.at(-1))}\n`);
    }
    return { gloss: medianOf(glossRuns), plain: medianOf(plainRuns), fromLibrary: medianOf(libraryRuns) };
  } finally {
    await browser.close();
    await host.close();
    plain.close();
    db.close();
  }
}
