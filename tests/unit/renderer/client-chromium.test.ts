/// <reference lib="dom" />
// The renderer's browser-mode client in Chromium against a real host: calls and events go over
// the socket; with no socket the app keeps working over POST; a call in flight when the socket
// drops says so instead of hanging or being sent twice.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GlossClient } from '../../../shared/contract/index.js';
import type { Result } from '../../../shared/result.js';
import { startHost, type Host } from '../../../electron/host/server.js';
import { chromiumLaunchOptions, chromiumPath } from '../../e2e/chromium.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';

type ClientWindow = Window & { glossClient: GlossClient; events: unknown[] };

describe.skipIf(!chromiumPath())('the browser-mode client in Chromium', () => {
  let browser: Browser;
  const site = tempDir('gloss-client-site-');
  beforeAll(async () => {
    // A page holding nothing but the client, served by the host like the app (same origin, CSP).
    const bundle = await build({
      stdin: { contents: "import { gloss } from './renderer/src/api/client.ts'; window.glossClient = gloss;", resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
    });
    writeFileSync(join(site.path, 'client.js'), bundle.outputFiles[0]!.text);
    writeFileSync(join(site.path, 'index.html'), '<!doctype html><title>client</title><script src="/client.js"></script>');
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    site.remove();
  });

  let host: Host;
  let data: ReturnType<typeof tempDir>;
  let page: Page;
  let posts: string[];
  beforeEach(async () => {
    data = tempDir('gloss-client-data-');
    host = await startHost({ dataDir: data.path, port: 0, staticDir: site.path });
    page = await browser.newPage();
    posts = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
    });
  });
  afterEach(async () => {
    await page.close();
    await host.close();
    data.remove();
  });

  const open = async () => {
    await page.goto(host.url);
    await page.waitForFunction(() => 'glossClient' in window);
  };
  const importText = (text: string) =>
    page.evaluate((text) => (window as unknown as ClientWindow).glossClient.articles.importText({ text }), text) as Promise<Result<{ imported: Array<{ id: string }> }>>;

  it('calls and events go over the socket, with no POST', async () => {
    await open();
    await page.evaluate(() => {
      const w = window as unknown as ClientWindow;
      w.events = [];
      w.glossClient.events.onLibraryChanged((payload) => w.events.push(payload));
    });
    const result = await importText('The harbour board granted the permit on Tuesday.');
    expect(result.ok && result.value.imported).toHaveLength(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as ClientWindow).events)).toEqual([{ what: 'articles', ids: [result.ok ? result.value.imported[0]!.id : ''] }]);
    expect(posts).toEqual([]);
  });

  it('keeps working over POST when the socket is refused', async () => {
    await page.routeWebSocket(/\/api\/socket$/, (ws) => ws.close());
    await open();
    const result = await importText('Residents said no meeting was ever announced.');
    expect(result.ok && result.value.imported).toHaveLength(1);
    expect(posts).toEqual(['/api/articles.importText']);
  });

  it('a call in flight when the socket drops resolves to an error, and is not sent again', async () => {
    // The socket reaches the host, but drops as the import goes out (after the host got it or not).
    await page.routeWebSocket(/\/api\/socket$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        if (String(message).includes('"articles.importText"')) void ws.close();
        else server.send(message);
      });
    });
    await open();
    await page.evaluate(() => (window as unknown as ClientWindow).glossClient.library.info({}));
    const result = await importText('The permit was granted after a consultation.');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('unavailable');
    expect(!result.ok && result.error.message).toMatch(/may or may not have been done/);
    expect(posts).toEqual([]);
  });
});
