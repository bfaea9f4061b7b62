// Which blocks of an article are on screen or near it. Chromium keeps per-range work for every
// range in the highlight registry, on screen or not, so a long article with thousands of claims
// opens and repaints far faster when only the claims near the screen are registered. A block,
// once near, stays painted; scrolling brings the rest in from the scroll event, which runs
// before that frame is drawn, so a claim is never seen unpainted.
import type { TextMap } from './textMap.js';

/** How far past the visible part still counts as near, in heights of the visible part. */
const MARGIN = 1;

export class NearScreen {
  private readonly near: Uint8Array;
  /** The near blocks as text offsets: sorted, disjoint [start, end) runs, so that asking about
   * each of thousands of spans costs a comparison or two. */
  private runs: Array<[number, number]> = [];
  /** The text of the blocks near the screen at the last update, as offsets; null before one. */
  current: [number, number] | null = null;

  constructor(private readonly map: TextMap) {
    this.near = new Uint8Array(map.blockCount);
  }

  /** Marks the blocks within MARGIN screens of what `scroller` shows; true if any is newly near. */
  update(scroller: Element): boolean {
    const view = scroller === document.scrollingElement ? { top: 0, bottom: innerHeight } : scroller.getBoundingClientRect();
    const reach = (view.bottom - view.top) * MARGIN;
    const top = view.top - reach;
    const bottom = view.bottom + reach;
    const count = this.map.blockCount;
    const box = (i: number) => this.map.element(i).getBoundingClientRect();
    // Blocks stack from top to bottom: find the first that ends below `top`, walk on until one starts below `bottom`.
    let lo = 0;
    let hi = count - 1;
    let first = count;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (box(mid).bottom >= top) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    let added = false;
    let last = first;
    for (let i = first; i < count && box(i).top <= bottom; i++) {
      last = i;
      if (this.near[i]) continue;
      this.near[i] = 1;
      added = true;
    }
    if (count) {
      const top = Math.min(first, count - 1);
      this.current = [this.map.block(top).start, this.map.block(Math.max(top, Math.min(last, count - 1))).end];
    }
    if (added) this.runs = this.nearRuns();
    return added;
  }

  /** Whether a span touches a block that is near. */
  has(start: number, end: number): boolean {
    for (const [from, to] of this.runs) if (start < to && end > from) return true;
    return false;
  }

  private nearRuns(): Array<[number, number]> {
    const runs: Array<[number, number]> = [];
    for (let i = 0; i < this.near.length; i++) {
      if (!this.near[i]) continue;
      const { start, end } = this.map.block(i);
      const last = runs.at(-1);
      // Adjacent near blocks make one run, the gap between them included.
      if (last && this.near[i - 1]) last[1] = end;
      else runs.push([start, end]);
    }
    return runs;
  }
}
