// What the virtualised lists (the library's rows, a pane's claims) give @tanstack/react-virtual in
// place of its defaults, which read the layout as a list is put on the page: its size at mount
// (getBoundingClientRect) and a scroll to the top it is already at. Each forced the layout of the
// whole page inside the task that rendered it, and the frame then laid the page out again.
import { elementScroll, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/** Reports the scroller's content box as the ResizeObserver sees it after layout, never reading the layout itself. */
function observeContentBox(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void): () => void {
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.contentBoxSize[0];
    if (box) report({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  if (instance.scrollElement) observer.observe(instance.scrollElement);
  return () => observer.disconnect();
}

/** Lists the virtualiser has scrolled (or left at their top). */
const placed = new WeakSet<Element>();

/** Scrolls the list as the virtualiser asks, except a new list to its top, where it is already. */
function scrollList(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<HTMLDivElement, Element>): void {
  const list = instance.scrollElement;
  if (list && !placed.has(list)) {
    placed.add(list);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

/** Both, as a virtualiser's options: `useVirtualizer({ ...readingNoLayout, … })`. */
export const readingNoLayout = { observeElementRect: observeContentBox, scrollToFn: scrollList };
