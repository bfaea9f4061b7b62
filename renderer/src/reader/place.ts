// Where a pane is scrolled to, as a place in the text: the offset at the top of its view. A
// place in the text needs only the text up to it on the page (a long one comes in parts), and
// brings back the same words whatever the pane's width.
import type { TextMap } from '../annotate/textMap.js';

/** The text offset at the top edge of what `scroller` shows (between blocks: the next block's start). */
export function textAtTop(map: TextMap, scroller: Element): number {
  const count = map.blockCount;
  if (!count) return 0;
  const top = scroller.getBoundingClientRect().top;
  // The first block that ends below the top edge.
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.element(mid).getBoundingClientRect().bottom > top) hi = mid;
    else lo = mid + 1;
  }
  const box = map.element(lo).getBoundingClientRect();
  const { start, end } = map.block(lo);
  const into = box.height > 0 ? Math.min(1, Math.max(0, (top - box.top) / box.height)) : 0;
  return Math.round(start + into * (end - start));
}

/** Scrolls `scroller` so that the text at `offset` is at its top edge. */
export function scrollToText(map: TextMap, scroller: Element, offset: number): void {
  const i = map.blockAt(offset);
  if (i < 0 || offset <= map.block(0).start) {
    scroller.scrollTop = 0;
    return;
  }
  const box = map.element(i).getBoundingClientRect();
  const { start, end } = map.block(i);
  const into = end > start ? Math.min(1, (offset - start) / (end - start)) : 0;
  scroller.scrollTop += box.top + into * box.height - scroller.getBoundingClientRect().top;
}
