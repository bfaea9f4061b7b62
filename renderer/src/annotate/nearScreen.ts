// Which blocks of an article are on screen or near it. Chromium does work in every frame after a
// change anywhere in the page (a row added to the claims list, say) for every range in the
// highlight registry, on screen or not, so a long article with thousands of claims opens,
// scrolls and repaints far faster when only the claims near the screen are registered: blocks
// come near from the scroll event, which runs before that frame is drawn, so a claim is never
// seen unpainted, and leave the registry as they scroll away.
import type { TextMap } from './textMap.js';

/** How far past the visible part still counts as near, in heights of the visible part. */
const MARGIN = 1;

export class NearScreen {
  /** The first and last blocks near the screen at the last update; null before one. */
  private blocks: [number, number] | null = null;
  /** The text of the blocks near the screen at the last update, as offsets; null before one. */
  current: [number, number] | null = null;

  constructor(private readonly map: TextMap) {}

  /** Finds the blocks within MARGIN screens of what `scroller` shows; true if they changed. */
  update(scroller: Element): boolean {
    const count = this.map.blockCount;
    if (!count) return false;
    const view = scroller === document.scrollingElement ? { top: 0, bottom: innerHeight } : scroller.getBoundingClientRect();
    const reach = (view.bottom - view.top) * MARGIN;
    const top = view.top - reach;
    const bottom = view.bottom + reach;
    const box = (i: number) => this.map.element(i).getBoundingClientRect();
    // Blocks stack from top to bottom: find the first that ends below `top`, walk on until one starts below `bottom`.
    let lo = 0;
    let hi = count - 1;
    let first = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (box(mid).bottom >= top) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    let last = first;
    while (last + 1 < count && box(last + 1).top <= bottom) last++;
    const changed = this.blocks?.[0] !== first || this.blocks[1] !== last;
    this.blocks = [first, last];
    this.current = [this.map.block(first).start, this.map.block(last).end];
    return changed;
  }

  /** Whether a span touches a block that is near. */
  has(start: number, end: number): boolean {
    return this.current !== null && start < this.current[1] && end > this.current[0];
  }
}
