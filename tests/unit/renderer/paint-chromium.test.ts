/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Painting in a real Chromium (Debian's): repainting after one claim changes moves that claim
// to its new colour and leaves every other claim painted as it was; panes share colours; a long
// article paints the claims near the screen first and the rest as they scroll near.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, chromiumPath } from '../../e2e/chromium.js';
import { bundlePainter } from '../../helpers/painter-bundle.js';

// Two blocks as the reader renders them: body "one two three\n\nfour five six".
const html = `<!doctype html><html><body>
  <article id="a"><p data-start="0" data-end="13">one two three</p><p data-start="15" data-end="28">four five six</p></article>
  <article id="b"><p data-start="0" data-end="13">one two three</p></article>
</body></html>`;

/** What each highlight name paints, as "text" per range, sorted. */
type Painted = Record<string, string[]>;

type PaintWindow = Window & {
  glossPaint: {
    HighlightLayer: new () => unknown;
    TextMap: new (root: HTMLElement) => unknown;
    NearScreen: new (map: unknown) => { update(scroller: Element): boolean };
  };
  layers: Record<string, { paint(map: unknown, spans: unknown, near?: unknown): void; clear(): void }>;
  maps: Record<string, unknown>;
  painted(): Painted;
};

describe.skipIf(!chromiumPath())('highlight painting in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let script: string;

  beforeAll(async () => {
    script = await bundlePainter();
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<Page> {
    page = await browser.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    await page.evaluate(() => {
      const w = window as unknown as PaintWindow;
      w.layers = { a: new w.glossPaint.HighlightLayer() as PaintWindow['layers'][string], b: new w.glossPaint.HighlightLayer() as PaintWindow['layers'][string] };
      w.maps = { a: new w.glossPaint.TextMap(document.getElementById('a')!), b: new w.glossPaint.TextMap(document.getElementById('b')!) };
      w.painted = () => {
        const out: Painted = {};
        for (const [name, highlight] of CSS.highlights) {
          out[name] = [...highlight].map((r) => {
            const range = new Range();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return `${(r.startContainer.parentElement!.closest('article') as HTMLElement).id}:${range.toString()}`;
          }).sort();
        }
        return out;
      };
    });
    return page;
  }

  const paint = (pane: 'a' | 'b', spans: Array<{ start: number; end: number; name: string }>) =>
    page.evaluate(
      ({ pane, spans }) => {
        const w = window as unknown as PaintWindow;
        w.layers[pane]!.paint(w.maps[pane], spans);
        return w.painted();
      },
      { pane, spans },
    );

  it('repainting after one claim changes status moves only that claim, and an emptied colour goes away', async () => {
    await open();
    expect(
      await paint('a', [
        { start: 0, end: 3, name: 'gs-true' },
        { start: 4, end: 7, name: 'gs-false' },
        { start: 15, end: 19, name: 'gs-true' },
      ]),
    ).toEqual({ 'gs-true': ['a:four', 'a:one'], 'gs-false': ['a:two'] });
    await page.evaluate(() => Object.assign(window, { kept: [...CSS.highlights.get('gs-true')!] }));
    expect(
      await paint('a', [
        { start: 0, end: 3, name: 'gs-true' },
        { start: 4, end: 7, name: 'gs-true' },
        { start: 15, end: 19, name: 'gs-true' },
      ]),
    ).toEqual({ 'gs-true': ['a:four', 'a:one', 'a:two'] });
    // The claims that did not change keep their ranges (nothing was rebuilt for them).
    const kept = await page.evaluate(() => {
      const before = (window as unknown as { kept: AbstractRange[] }).kept;
      return before.every((r) => CSS.highlights.get('gs-true')!.has(r));
    });
    expect(kept).toBe(true);
    await page.close();
  });

  it('two panes share a colour; closing one leaves the other painted', async () => {
    await open();
    await paint('a', [{ start: 8, end: 13, name: 'gs-true' }]);
    expect(await paint('b', [{ start: 0, end: 3, name: 'gs-true' }])).toEqual({ 'gs-true': ['a:three', 'b:one'] });
    const after = await page.evaluate(() => {
      const w = window as unknown as PaintWindow;
      w.layers.a!.clear();
      return w.painted();
    });
    expect(after).toEqual({ 'gs-true': ['b:one'] });
    await page.close();
  });

  it('a re-rendered article (a new text map) is painted afresh over its new text', async () => {
    await open();
    await paint('a', [{ start: 0, end: 3, name: 'gs-true' }]);
    const painted = await page.evaluate(() => {
      const w = window as unknown as PaintWindow;
      const article = document.getElementById('a')!;
      article.innerHTML = '<p data-start="0" data-end="13">uno dos tres</p>';
      w.maps.a = new w.glossPaint.TextMap(article);
      w.layers.a!.paint(w.maps.a, [{ start: 0, end: 3, name: 'gs-true' }]);
      return w.painted();
    });
    expect(painted).toEqual({ 'gs-true': ['a:uno'] });
    await page.close();
  });

  it('a long article paints the claims near the screen at once, the others as they scroll near, and lets go of those scrolled away', async () => {
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    // 200 paragraphs of one line in a 300 px box: the box shows about 10 of them.
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p style="margin:0;height:30px" data-start="${i * 12}" data-end="${i * 12 + 10}">claim ${String(i).padStart(4, '0')}</p>`);
    await page.setContent(`<!doctype html><div id="box" style="height:300px;overflow:auto"><article id="long">${paragraphs.join('')}</article></div>`);
    await page.addScriptTag({ content: script });
    const painted = (scrollTop: number) =>
      page.evaluate((scrollTop) => {
        const w = window as unknown as PaintWindow & { longArticle?: { layer: PaintWindow['layers'][string]; map: unknown; near: { update(s: Element): boolean } } };
        const box = document.getElementById('box')!;
        if (!w.longArticle) {
          const map = new w.glossPaint.TextMap(document.getElementById('long')!);
          w.longArticle = { layer: new w.glossPaint.HighlightLayer() as PaintWindow['layers'][string], map, near: new w.glossPaint.NearScreen(map) };
        }
        box.scrollTop = scrollTop;
        const { layer, map, near } = w.longArticle;
        near.update(box);
        layer.paint(map, Array.from({ length: 200 }, (_, i) => ({ start: i * 12, end: i * 12 + 10, name: 'gs-true' })), near);
        return [...CSS.highlights.get('gs-true')!].map((r) => r.startContainer.textContent).sort();
      }, scrollTop);
    const first = await painted(0);
    // On screen (claims 0 to 9) and one screen below; nothing further down.
    expect(first).toContain('claim 0000');
    expect(first).toContain('claim 0019');
    expect(first).not.toContain('claim 0030');
    const atEnd = await painted(30 * 200);
    expect(atEnd).toContain('claim 0199');
    expect(atEnd).toContain('claim 0180');
    // What scrolled far away leaves the registry, where Chromium would work on it every frame.
    expect(atEnd).not.toContain('claim 0000');
    expect(atEnd).not.toContain('claim 0150');
    const back = await painted(0);
    expect(back).toEqual(first);
    await page.close();
  });
});
