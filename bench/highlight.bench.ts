// Painting claims in Chromium: the renderer's own painting module (CSS Custom Highlight API)
// against mark.js (wrapping each span in a <mark>), on one 8,000-word article with 2,000
// spans; then the round trip from a tag key to the claim painted and stored, in browser mode.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { WebSocket as HostSocket, WebSocketServer } from 'ws';
import { openCore } from '../electron/core/api.js';
import { dispatch } from '../electron/core/dispatch.js';
import { TOKEN_HEADER } from '../electron/host/guard.js';
import { startHost } from '../electron/host/server.js';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.js';
import { repoRoot } from '../tests/helpers/corpus.js';
import { callApi } from '../tests/helpers/page-api.js';
import { bundlePainter } from '../tests/helpers/painter-bundle.js';
import { tempDir } from '../tests/helpers/tmp.js';
import { prng, vocabulary } from './generated-articles.js';
import { median, percentile } from './stats.js';

const WORDS = 8000;
const SPANS = 2000;
const RUNS = Number(process.env.RUNS ?? 11);
const TAGS = Number(process.env.TAGS ?? 200);
const VIEWPORT = { width: 1400, height: 900 };
const log = (...a: unknown[]) => console.error('[highlight]', ...a);

interface Doc {
  paragraphs: string[];
  body: string;
  blocks: Array<{ start: number; end: number }>;
  /** Non-overlapping spans (mark.js cannot wrap overlapping ranges), in body offsets. */
  spans: Array<{ start: number; end: number }>;
}

function makeDoc(): Doc {
  const rand = prng(42);
  const paragraphs: string[] = [];
  for (let left = WORDS; left > 0; ) {
    const n = Math.min(left, 40 + Math.floor(rand() * 30));
    const words = Array.from({ length: n }, () => vocabulary[Math.floor(rand() ** 2 * 800)]!);
    paragraphs.push(words.join(' ') + '.');
    left -= n;
  }
  const blocks: Doc['blocks'] = [];
  let at = 0;
  for (const p of paragraphs) {
    blocks.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const body = paragraphs.join('\n\n');
  // Word boundaries, then SPANS spans of one to four words at evenly spread, non-overlapping places.
  const words: Array<[number, number]> = [];
  for (const m of body.matchAll(/\S+/g)) words.push([m.index, m.index + m[0].length]);
  const spans: Doc['spans'] = [];
  const stride = Math.floor(words.length / SPANS);
  for (let i = 0; i < SPANS; i++) {
    const first = i * stride;
    const last = Math.min(first + Math.floor(rand() * Math.min(4, stride - 1)), words.length - 1);
    const [start] = words[first]!;
    let end = words[last]![1];
    const block = blocks.find((b) => b.start <= start && start < b.end)!;
    end = Math.min(end, block.end);
    spans.push({ start, end });
  }
  return { paragraphs, body, blocks, spans };
}

function pageHtml(doc: Doc): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const ps = doc.paragraphs.map((p, i) => `<p data-start="${doc.blocks[i]!.start}" data-end="${doc.blocks[i]!.end}">${escape(p)}</p>`).join('');
  return `<!doctype html><html><head><style>
    body { font: 18px/1.6 serif; max-width: 68ch; margin: 2em auto; }
    ::highlight(gs-a) { background-color: rgb(224 123 0 / 0.38); }
    ::highlight(gs-b) { background-color: rgb(215 48 31 / 0.38); }
    mark { background-color: rgb(224 123 0 / 0.38); }
  </style></head><body><article id="text">${ps}</article></body></html>`;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

// In-page code is kept as a string: tsx would otherwise wrap its inner functions in a helper
// (__name) that does not exist in the page.
const inPage = `
window.benchPaint = (how, spans, markRanges) => new Promise((resolve) => {
  const root = document.getElementById('text');
  // The painters' inputs are made before the clock starts, as mark.js's ranges are.
  const named = spans.map((s, i) => ({ ...s, name: i % 2 ? 'gs-a' : 'gs-b' }));
  const retagged = spans.map((s, i) => ({ ...s, name: i === 1000 || i % 2 ? 'gs-a' : 'gs-b' }));
  const { HighlightLayer, TextMap, NearScreen } = window.glossPaint;
  if (how === 'markjs-after-live-ranges') {
    // How a probe that runs both painters in one page measures mark.js: the live Ranges it
    // registered for the Highlight API are still attached to the text nodes mark.js splits.
    const map = new TextMap(root);
    const h = new Highlight();
    for (const s of spans) h.add(map.range(s.start, s.end));
    CSS.highlights.set('gs-a', h);
  }
  let layer;
  if (how === 'retag-one') {
    layer = new HighlightLayer();
    window.__map = new TextMap(root);
    layer.paint(window.__map, named);
  }
  document.body.getBoundingClientRect();
  // Both end at the same point: the frame after the change has been produced (rAF runs before
  // that frame's style, layout and paint; a message posted from it runs after them), with the
  // style and layout forced first so that neither can leave it for later.
  const afterFrame = (t0) => {
    const script = performance.now() - t0;
    document.body.getBoundingClientRect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ script, frame: performance.now() - t0 });
      channel.port2.postMessage(null);
    });
  };
  const t0 = performance.now();
  if (how === 'highlight') {
    // As the reader paints: the spans near the screen now, the rest as they scroll near.
    const map = new TextMap(root);
    const near = new NearScreen(map);
    near.update(document.scrollingElement);
    new HighlightLayer().paint(map, named, near);
    afterFrame(t0);
  } else if (how === 'highlight-all') {
    new HighlightLayer().paint(new TextMap(root), named);
    afterFrame(t0);
  } else if (how === 'retag-one') {
    // One claim changes status: the same layer repaints the same spans with one name changed.
    layer.paint(window.__map, retagged);
    afterFrame(t0);
  } else {
    new window.Mark(root).markRanges(markRanges, { done: () => afterFrame(t0) });
  }
});
window.benchCounts = (spans, markRanges) => {
  const root = document.getElementById('text');
  const { HighlightLayer, TextMap, NearScreen } = window.glossPaint;
  const named = spans.map((s) => ({ ...s, name: 'gs-a' }));
  const map = new TextMap(root);
  const near = new NearScreen(map);
  const layer = new HighlightLayer();
  near.update(document.scrollingElement);
  layer.paint(map, named, near);
  const nearFirst = layer.size;
  // Scrolled through a screen at a time, as the reader's scroll events do, every span gets painted
  // as it comes near (and leaves the registry as it scrolls away).
  const painted = new Set();
  for (let y = 0; y <= document.scrollingElement.scrollHeight; y += innerHeight) {
    window.scrollTo(0, y);
    if (near.update(document.scrollingElement)) layer.paint(map, named, near);
    named.forEach((s, i) => near.has(s.start, s.end) && painted.add(i));
  }
  layer.clear();
  window.scrollTo(0, 0);
  new window.Mark(root).markRanges(markRanges);
  return { nearFirst, painted: painted.size, marks: root.querySelectorAll('mark').length };
};`;

type How = 'highlight' | 'highlight-all' | 'retag-one' | 'markjs' | 'markjs-after-live-ranges';
interface Timing {
  /** Until the painter's own code has returned. */
  script: number;
  /** Until the next frame after the change has been produced. */
  frame: number;
}

/** What the bench pages carry besides the DOM: the in-page helpers and the round-trip probes. */
type BenchWindow = Window & {
  benchPaint(how: string, spans: unknown, markRanges: unknown): Promise<Timing>;
  benchCounts(spans: unknown, markRanges: unknown): { nearFirst: number; painted: number; marks: number };
  __armed: boolean;
  __t0: number;
  __registered: number;
  __stored: number;
  __framed: number;
  /** The id of the annotations.create call on the app's socket, and when its message was sent. */
  __createId: number;
  __sent: number;
};

/** Time from the call until the frame after it has been produced (rAF, then a task after paint). */
async function timePaint(browser: Browser, html: string, how: How, spans: Doc['spans'], markRanges: unknown): Promise<Timing> {
  // A fresh page each time: live ranges left from an earlier run would slow every later DOM change.
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.setContent(html);
    // The article is on screen before its claims are painted, as in the reader, which loads the
    // claims after the text: the clock starts after the page's first frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return await page.evaluate(({ how, spans, markRanges }) => (window as unknown as BenchWindow).benchPaint(how, spans, markRanges), { how, spans, markRanges });
  } finally {
    await page.close();
  }
}

async function paintBench(browser: Browser, doc: Doc) {
  const html = pageHtml(doc);
  const painter = await bundlePainter();
  const markJs = readFileSync(join(repoRoot, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  // mark.js counts offsets over the text nodes only: the "\n\n" between blocks is not in the DOM.
  const markRanges = doc.spans.map((s) => {
    const i = doc.blocks.findIndex((b) => b.start <= s.start && s.start < b.end);
    return { start: s.start - 2 * i, length: s.end - s.start };
  });
  const withScripts = html.replace('</head>', `<script>${painter}</script><script>${markJs}</script><script>${inPage}</script></head>`);
  const hows: How[] = ['highlight', 'markjs', 'highlight-all', 'retag-one', 'markjs-after-live-ranges'];
  const runs = new Map<How, Timing[]>(hows.map((h) => [h, []]));
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so that a busy moment on the machine falls on both painters alike.
    for (const how of hows) runs.get(how)!.push(await timePaint(browser, withScripts, how, doc.spans, markRanges));
    log(`run ${run + 1}: ${hows.map((h) => `${h} ${ms(runs.get(h)!.at(-1)!.frame)}`).join(', ')}`);
  }
  // Both must draw every span (Gloss once scrolled through), or the comparison means nothing.
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent(withScripts);
  const counts = await page.evaluate(({ spans, markRanges }) => (window as unknown as BenchWindow).benchCounts(spans, markRanges), {
    spans: doc.spans,
    markRanges,
  });
  await page.close();
  log('spans drawn', counts);
  if (counts.painted !== SPANS || counts.marks !== SPANS) throw new Error(`Not every span was drawn: ${JSON.stringify(counts)}`);
  const med = (how: How) => ({ script: median(runs.get(how)!.map((t) => t.script)), frame: median(runs.get(how)!.map((t) => t.frame)) });
  return { highlight: med('highlight'), all: med('highlight-all'), markjs: med('markjs'), retag: med('retag-one'), probe: med('markjs-after-live-ranges'), counts };
}

/**
 * The host's part of each annotations.create on the socket, on the host's clock: from the call's
 * message received to its answer sent. The host runs in this process, so the ws package's
 * WebSocket is patched here, until stop().
 */
function timeHostCalls() {
  type Patched = { emit(event: string | symbol, ...args: unknown[]): boolean; send(data: unknown, ...rest: unknown[]): void };
  const proto = HostSocket.prototype as unknown as Patched;
  const { emit, send } = proto;
  const call = { id: -1, received: 0, answered: 0 };
  proto.emit = function (this: Patched, event, ...args) {
    const text = event === 'message' ? String(args[0]) : '';
    if (text.includes('"annotations.create"')) Object.assign(call, { id: (JSON.parse(text) as { id: number }).id, received: performance.now(), answered: 0 });
    return emit.call(this, event, ...args);
  };
  proto.send = function (this: Patched, data, ...rest) {
    if (typeof data === 'string' && data.startsWith(`{"id":${call.id},`)) call.answered = performance.now();
    return send.call(this, data, ...rest);
  };
  return {
    last: () => (call.answered > 0 ? call.answered - call.received : NaN),
    /** When the last answer was sent, on the wall clock (comparable with the page's performance.timeOrigin + now). */
    lastAnsweredAt: () => (call.answered > 0 ? performance.timeOrigin + call.answered : NaN),
    stop: () => Object.assign(proto, { emit, send }),
  };
}

async function roundTrip(page: Page, doc: Doc) {
  if (spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], { cwd: repoRoot, stdio: ['ignore', 2, 2] }).status !== 0) {
    throw new Error('The renderer did not build.');
  }
  const dir = tempDir('gloss-bench-');
  const host = await startHost({ dataDir: dir.path, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
  const hostCalls = timeHostCalls();
  try {
    await page.goto(host.url);
    const imported = await callApi<{ imported: Array<{ id: string }> }>(page, 'articles.importText', { text: doc.body, title: 'Bench article' });
    const id = imported.imported[0]!.id;
    // Bench instrumentation, outside the app: when the app hands a range to the highlight
    // registry (and the frame after), and when the answer to annotations.create has arrived on
    // the app's WebSocket (a subclass's listener, added before the app sets onmessage, runs first).
    await page.addInitScript(`
      const add = Highlight.prototype.add;
      Highlight.prototype.add = function (range) {
        if (window.__armed && window.__registered === undefined) {
          window.__registered = -1;
          queueMicrotask(() => {
            window.__registered = performance.now();
            requestAnimationFrame(() => {
              const c = new MessageChannel();
              c.port1.onmessage = () => (window.__framed = performance.now());
              c.port2.postMessage(null);
            });
          });
        }
        return add.call(this, range);
      };
      window.WebSocket = class extends WebSocket {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (e) => {
            if (window.__armed && window.__createId !== undefined && window.__stored === undefined && e.data.startsWith('{"id":' + window.__createId + ',')) window.__stored = performance.now();
          });
        }
        send(data) {
          if (window.__armed && window.__createId === undefined && typeof data === 'string' && data.includes('"annotations.create"')) {
            const call = JSON.parse(data);
            if (call.method === 'annotations.create') { window.__createId = call.id; window.__sent = performance.now(); }
          }
          return super.send(data);
        }
      };
      window.addEventListener('keydown', () => { if (window.__armed) window.__t0 = performance.now(); }, true);
    `);
    await page.goto(`${host.url.replace(/\/\?token=.*/, '/')}#read=${id}`);
    await page.reload();
    await page.locator('.pane .article p').first().waitFor();
    const samples: Array<{ registered: number; stored: number; framed: number; call: number; host: number; committed: number }> = [];
    for (let i = 0; i < TAGS; i++) {
      // A person tags what is on screen (and the reader paints only claims near it): the
      // paragraph is scrolled to first, and the paint its scroll event brings is left behind.
      await page.evaluate(
        (i) =>
          new Promise((done) => {
            const ps = document.querySelectorAll<HTMLElement>('.pane .article p[data-start]');
            ps[i % ps.length]!.scrollIntoView({ block: 'center' });
            requestAnimationFrame(() => requestAnimationFrame(done));
          }),
        i,
      );
      await page.evaluate((i) => {
        const ps = document.querySelectorAll<HTMLElement>('.pane .article p[data-start]');
        const text = ps[i % ps.length]!.firstChild as Text;
        const from = Math.floor(i / ps.length) * 40;
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, Math.min(text.length, from + 25));
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        const r = range.getBoundingClientRect();
        range.startContainer.parentElement!.closest('article')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom - 2 }));
      }, i);
      await page.getByRole('dialog', { name: 'New claim' }).waitFor();
      await page.evaluate(() =>
        Object.assign(window, { __armed: true, __t0: undefined, __registered: undefined, __stored: undefined, __framed: undefined, __createId: undefined, __sent: undefined }),
      );
      await page.keyboard.press('4');
      const s = await page.waitForFunction(() => {
        const w = window as unknown as BenchWindow;
        if (!(w.__stored > 0 && w.__registered > 0 && w.__framed > 0)) return null;
        w.__armed = false;
        return { registered: w.__registered - w.__t0, stored: w.__stored - w.__t0, framed: w.__framed - w.__t0, call: w.__stored - w.__sent, keyAt: performance.timeOrigin + w.__t0 };
      });
      const sample = (await s.jsonValue())!;
      const { keyAt, ...times } = sample;
      samples.push({ ...times, host: hostCalls.last(), committed: hostCalls.lastAnsweredAt() - keyAt });
      if (Number.isNaN(samples.at(-1)!.host)) throw new Error('The host did not answer annotations.create on a socket.');
      await page.keyboard.press('Escape');
    }
    const stored = (await callApi<unknown[]>(page, 'annotations.list', { articleId: id })).length;
    if (stored !== TAGS) throw new Error(`Expected ${TAGS} stored claims, found ${stored}.`);
    return samples;
  } finally {
    hostCalls.stop();
    await host.close();
    dir.remove();
  }
}

/** The same single-claim write measured at each layer it passes, 200 times each, to see where the round trip's time goes. */
async function commitPeers(browser: Browser) {
  const stats = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99), max: Math.max(...xs) });
  const timeEach = async (n: number, one: (i: number) => unknown) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await one(i);
      xs.push(performance.now() - t);
    }
    return stats(xs);
  };
  const text = Array.from({ length: 2000 }, (_, i) => `word${i % 97}`).join(' ');

  // The disk's own price: one row committed in WAL mode with synchronous=FULL, as the core opens its library.
  const bareDir = tempDir('gloss-bench-');
  const bareDb = new Database(join(bareDir.path, 'bare.sqlite'));
  bareDb.pragma('journal_mode = WAL');
  bareDb.pragma('synchronous = FULL');
  bareDb.exec('CREATE TABLE t (id TEXT PRIMARY KEY, article_id TEXT, start INTEGER, "end" INTEGER, exact TEXT, created_at TEXT)');
  const insert = bareDb.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)');
  const bare = await timeEach(TAGS, (i) => insert.run(randomUUID(), 'a', i, i + 5, 'words', new Date().toISOString()));
  bareDb.close();
  bareDir.remove();

  // The core on this thread: validation, the annotations.create transaction, the read-back.
  const coreDir = tempDir('gloss-bench-');
  const core = await openCore(coreDir.path);
  const imported = (await dispatch(core.api, 'articles.importText', { text, title: 'Bench' })) as { ok: true; value: { imported: Array<{ id: string }> } };
  const coreArticle = imported.value.imported[0]!.id;
  const inProcess = await timeEach(TAGS, (i) => dispatch(core.api, 'annotations.create', { articleId: coreArticle, start: i * 5, end: i * 5 + 4 }));
  core.close();
  coreDir.remove();

  // The floor for any call from a page: Chromium's fetch to a bare Node server that answers at
  // once, and a message on a WebSocket (the ws package, as the host uses) that it echoes at once.
  const bareServer = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  const bareSockets = new WebSocketServer({ server: bareServer });
  bareSockets.on('connection', (ws) => ws.on('message', (data) => ws.send(String(data))));
  await new Promise<void>((done) => bareServer.listen(0, '127.0.0.1', done));
  const floorPage = await browser.newPage();
  await floorPage.goto(`http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/`);
  const floor = await floorPage.evaluate(async (n) => {
    const out = { fetch: [] as number[], socket: [] as number[] };
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const r = await fetch('/answer', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"i":1}' });
      await r.json();
      out.fetch.push(performance.now() - t);
    }
    const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/');
    await new Promise((open) => (ws.onopen = open));
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await new Promise((answered) => {
        ws.onmessage = answered;
        ws.send('{"i":1}');
      });
      out.socket.push(performance.now() - t);
    }
    ws.close();
    return out;
  }, TAGS);
  await floorPage.close();
  bareSockets.close();
  bareServer.close();

  // Browser mode: the host and its core worker, called from Node and from Chromium (fetch and the socket).
  const hostDir = tempDir('gloss-bench-');
  const host = await startHost({ dataDir: hostDir.path, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
  try {
    const agent = new http.Agent({ keepAlive: true });
    const call = (method: string, input: unknown) =>
      new Promise<{ ok: boolean; value?: { imported: Array<{ id: string }> } }>((done, fail) => {
        const body = JSON.stringify(input);
        const req = http.request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: `/api/${method}`,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), [TOKEN_HEADER]: host.token },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
          },
        );
        req.on('error', fail);
        req.end(body);
      });
    const articleId = (await call('articles.importText', { text, title: 'Bench' })).value!.imported[0]!.id;
    const fromNode = await timeEach(TAGS, (i) => call('annotations.create', { articleId, start: i * 5, end: i * 5 + 4 }));
    agent.destroy();
    // A same-origin page without the app (the host's 404), so that nothing else runs in it: the
    // app's library view would reload its list on every library.changed these writes send.
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.goto(new URL('/bench-blank', host.url).href);
    // No helper functions inside: tsx would wrap them in a helper (__name) the page lacks.
    const fromChromium = await page.evaluate(
      async ({ articleId, n }) => {
        const out = { create: [] as number[], read: [] as number[], socket: [] as number[] };
        for (const which of ['create', 'read'] as const) {
          for (let i = 0; i < n; i++) {
            const t = performance.now();
            const r = await fetch(which === 'create' ? '/api/annotations.create' : '/api/library.info', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(which === 'create' ? { articleId, start: 1000 + i * 5, end: 1004 + i * 5 } : {}),
            });
            await r.json();
            out[which].push(performance.now() - t);
          }
        }
        // The app's way: one socket, a call is a message, its answer the message with its id
        // (events such as library.changed arrive on it too, and are skipped).
        const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/api/socket');
        await new Promise((open) => (ws.onopen = open));
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          await new Promise((answered) => {
            ws.onmessage = (e) => {
              if (JSON.parse(e.data).id === i) answered(null);
            };
            ws.send(JSON.stringify({ id: i, method: 'annotations.create', input: { articleId, start: 3000 + i * 5, end: 3004 + i * 5 } }));
          });
          out.socket.push(performance.now() - t);
        }
        ws.close();
        return out;
      },
      { articleId, n: TAGS },
    );
    await page.close();
    return {
      bare,
      inProcess,
      fromNode,
      fromChromium: stats(fromChromium.create),
      readFromChromium: stats(fromChromium.read),
      socketFromChromium: stats(fromChromium.socket),
      floor: stats(floor.fetch),
      socketFloor: stats(floor.socket),
    };
  } finally {
    await host.close();
    hostDir.remove();
  }
}

const loadBefore = loadavg()[0]!;
const doc = makeDoc();
log(`article: ${doc.body.split(/\s+/).length} words, ${doc.blocks.length} paragraphs, ${doc.spans.length} spans`);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const paint = await paintBench(browser, doc);
  const page2 = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const trips = await roundTrip(page2, doc);
  await page2.close();
  const peers = await commitPeers(browser);
  log('commit peers', peers);
  const done = trips.map((t) => Math.max(t.registered, t.stored));
  const doneCommitted = trips.map((t) => Math.max(t.registered, t.committed));
  const p99Committed = percentile(doneCommitted, 99);
  const framed = trips.map((t) => Math.max(t.framed, t.stored));
  const speedup = paint.markjs.frame / paint.highlight.frame;
  const speedupAll = paint.markjs.frame / paint.all.frame;
  const row = (label: string, xs: number[], target = '') => `| ${label} | ${ms(percentile(xs, 50))} | ${ms(percentile(xs, 99))} | ${ms(Math.max(...xs))} | ${target} |`;
  const peerRow = (label: string, p: { p50: number; p99: number; max: number }) => `| ${label} | ${ms(p.p50)} | ${ms(p.p99)} | ${ms(p.max)} | |`;
  const p99 = percentile(done, 99);
  const lines = [
    '### Highlights: painting claims in the reader',
    '',
    `One generated article of ${WORDS.toLocaleString('en')} words (${doc.blocks.length} paragraphs, one text node each, as the reader renders them) with ${SPANS.toLocaleString('en')} highlighted spans, in Debian Chromium (headless), in a ${VIEWPORT.width}×${VIEWPORT.height} window. Each painter starts in a fresh page with the article already on screen (as the reader shows the text before it has loaded the claims) and is timed to the same end point: style and layout forced, then the next frame produced (a message posted from requestAnimationFrame); median of ${RUNS} runs, the painters interleaved. mark.js gets all spans in one markRanges call, its fastest use, and wraps all ${paint.counts.marks.toLocaleString('en')}. Gloss paints as the reader does (renderer/src/annotate/nearScreen.ts): the spans of the paragraphs on screen and within a screen of it at once (${paint.counts.nearFirst} of ${SPANS.toLocaleString('en')} here), the others from the scroll event that brings them near, which runs before that frame is drawn, and lets go of those scrolled away; scrolled through, it had painted each of the ${paint.counts.painted.toLocaleString('en')} as it came near. The row below it registers every span at once, for comparison.`,
    '',
    '| What | Gloss (CSS Custom Highlight API, renderer/src/annotate/paint.ts) | mark.js 8.11 (markRanges, DOM wrapping) | Target |',
    '| --- | --- | --- | --- |',
    `| Open the article: its claims painted, until the next frame | ${ms(paint.highlight.frame)} (script ${ms(paint.highlight.script)}) | ${ms(paint.markjs.frame)} (script ${ms(paint.markjs.script)}) | < 50 ms ${paint.highlight.frame < 50 ? '✓' : '✗'}, ≥ 10x faster: ${speedup.toFixed(1)}x ${speedup >= 10 ? '✓' : '✗'} |`,
    `| … every one of the ${SPANS.toLocaleString('en')} registered at once, until the next frame | ${ms(paint.all.frame)} (script ${ms(paint.all.script)}) | | ${speedupAll.toFixed(1)}x |`,
    `| Retag one of the ${SPANS.toLocaleString('en')} (incremental repaint), until the next frame | ${ms(paint.retag.frame)} (script ${ms(paint.retag.script)}) | | |`,
    `| mark.js in a page that still holds the ${SPANS.toLocaleString('en')} live Ranges of a Highlight API probe, until the next frame | | ${ms(paint.probe.frame)} (script ${ms(paint.probe.script)}) | not a fair figure |`,
    '',
    "The last row is how a probe that runs both painters in one page measures mark.js: every text node mark.js splits also updates the live Ranges registered earlier, which is where the issue's 600–690 ms came from; in a page of its own mark.js needs a fraction of that, and the ratios above are against that fair figure. Chromium does work for every range in the highlight registry whether it is on screen or not, which is why registering only the claims near the screen opens a long article faster; what is left of Gloss's time is mostly the wait for the next frame (a frame with no change at all takes up to 16.7 ms to come).",
    '',
    `Round trip through browser mode (startHost + the built app, which calls the core over its WebSocket), ${TAGS} claims tagged by key ("4") on fresh selections. "Committed" is when the host sends the answer to annotations.create, which it does once the claim is committed to SQLite with synchronous=FULL (the host's wall clock against the page's, both performance.timeOrigin + now on one machine); "the page has the answer" is when the page handles it (the message event on its socket). "Painted and …" is the later of that and the range reaching CSS.highlights; "on screen" waits for the next frame as well (vsync-bound, up to 16.7 ms more).`,
    '',
    '| Key → | p50 | p99 | max | Target |',
    '| --- | --- | --- | --- | --- |',
    row('highlight registered', trips.map((t) => t.registered)),
    row('committed to SQLite (the host sends the answer)', trips.map((t) => t.committed)),
    row('… of which the host: message received → answer sent (core worker, SQLite commit)', trips.map((t) => t.host)),
    row('painted and committed', doneCommitted, `p99 < 16 ms ${p99Committed < 16 ? '✓' : '✗'}`),
    row('the page has the answer', trips.map((t) => t.stored)),
    row("… of which the call: message sent → answer handled (the socket both ways, the host, the wait for the page's thread)", trips.map((t) => t.call)),
    row('painted, and the page has the answer', done, `p99 < 16 ms ${p99 < 16 ? '✓' : '✗'}`),
    row('on screen, and the page has the answer', framed),
    '',
    `The same one-claim write at each layer it passes, ${TAGS} times each (the peer: a bare better-sqlite3 INSERT committed with the library's settings, on the same disk):`,
    '',
    '| One claim stored | p50 | p99 | max | |',
    '| --- | --- | --- | --- | --- |',
    peerRow('bare better-sqlite3 INSERT commit (WAL, synchronous=FULL)', peers.bare),
    peerRow('core annotations.create on the calling thread (validation, transaction, read-back)', peers.inProcess),
    peerRow('browser mode from a Node client (HTTP keep-alive, host, core worker)', peers.fromNode),
    peerRow("browser mode from Chromium over the socket, the app's way (same origin, cookie; a page without the app)", peers.socketFromChromium),
    peerRow('… and its floor: a Chromium WebSocket message to a bare Node ws server that echoes it at once', peers.socketFloor),
    peerRow('browser mode from Chromium fetch (same origin, cookie; a page without the app)', peers.fromChromium),
    peerRow('… for comparison, a read from Chromium fetch (library.info: no write, no commit)', peers.readFromChromium),
    peerRow('… and its floor: Chromium fetch to a bare Node HTTP server that answers at once', peers.floor),
    '',
    `The disk's own commit has p99 ${ms(peers.bare.p99)}: ${
      peers.bare.p99 > 16
        ? 'over the 16 ms target by itself, so with synchronous=FULL kept (an acknowledged claim must survive a power cut) the target cannot be met on this disk'
        : 'within the 16 ms target, so the disk alone does not rule it out'
    }. The same write through the host has p50 ${ms(peers.fromNode.p50)} from a Node client over HTTP, ${ms(peers.socketFromChromium.p50)} (p99 ${ms(peers.socketFromChromium.p99)}) from Chromium over the socket and ${ms(peers.fromChromium.p50)} (p99 ${ms(peers.fromChromium.p99)}) from Chromium's fetch. Before Gloss does anything, a fetch from the page to a server that answers at once has p50 ${ms(peers.floor.p50)}, p99 ${ms(peers.floor.p99)} here${peers.floor.p99 > 16 ? ' (over the target by itself)' : ''}, and a socket message to one that echoes it p50 ${ms(peers.socketFloor.p50)}, p99 ${ms(peers.socketFloor.p99)}${
      peers.socketFloor.p99 < peers.floor.p99
        ? `, ${(peers.floor.p99 / peers.socketFloor.p99).toFixed(1)}x less at p99: that is why the app calls over the socket, keeping POST for scripts and for a page without its socket`
        : ': in this run the socket was no cheaper than fetch at p99'
    }. In the app, the call (message sent → answer handled) had p50 ${ms(percentile(trips.map((t) => t.call), 50))}, p99 ${ms(percentile(trips.map((t) => t.call), 99))}, and the host's part of it p50 ${ms(percentile(trips.map((t) => t.host), 50))}, p99 ${ms(percentile(trips.map((t) => t.host), 99))}; the claim was committed and its answer sent p50 ${ms(percentile(trips.map((t) => t.committed), 50))} after the key, but the page took the answer p50 ${ms(percentile(trips.map((t) => t.stored), 50))} after it, a median ${ms(median(trips.map((t) => t.framed - t.stored)))} before the end of the frame that follows the key: the page's thread takes the answer only around that frame, which is the difference between the two "painted and …" rows. Each step crosses threads (page → Chromium's network service → host → core worker and back), each crossing a wake-up that may wait for a core on this 2-core machine (load average ${loadBefore.toFixed(1)} when the run started, ${loadavg()[0]!.toFixed(1)} at its end).`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  await browser.close();
}
