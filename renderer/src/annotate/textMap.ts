// Exact mapping between article text offsets and DOM positions. Every block element carries
// data-start/data-end and holds its text as one text node, so an offset is block start plus
// the offset inside that node; the gaps between blocks (the "\n\n") belong to no element.

export interface DomPoint {
  node: Node;
  offset: number;
}

export class TextMap {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly elements: HTMLElement[] = [];

  constructor(readonly root: HTMLElement) {
    this.grow();
  }

  /** Takes in the blocks put on the page after the ones it has (a long text comes in parts). */
  grow(): void {
    const all = this.root.querySelectorAll<HTMLElement>('[data-start]');
    for (let i = this.elements.length; i < all.length; i++) {
      const el = all[i]!;
      this.starts.push(Number(el.getAttribute('data-start')));
      this.ends.push(Number(el.getAttribute('data-end')));
      this.elements.push(el);
    }
  }

  get blockCount(): number {
    return this.elements.length;
  }

  element(i: number): HTMLElement {
    return this.elements[i]!;
  }

  /** Text offsets of block i. */
  block(i: number): { start: number; end: number } {
    return { start: this.starts[i]!, end: this.ends[i]! };
  }

  /** Index of the last block starting at or before offset, or -1. */
  blockAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private point(i: number, offsetInBlock: number): DomPoint {
    const el = this.elements[i]!;
    const text = el.firstChild;
    if (!text) return { node: el, offset: 0 };
    return { node: text, offset: Math.max(0, Math.min(offsetInBlock, (text as Text).length)) };
  }

  /** The DOM point for a text offset; offsets in a gap between blocks snap forward (start) or back (end). */
  position(offset: number, side: 'start' | 'end'): DomPoint | null {
    if (!this.elements.length) return null;
    let i = this.blockAt(offset);
    if (i < 0) return this.point(0, 0);
    if (offset > this.ends[i]!) {
      if (side === 'end' || i === this.elements.length - 1) return this.point(i, this.ends[i]! - this.starts[i]!);
      i += 1;
      return this.point(i, 0);
    }
    return this.point(i, offset - this.starts[i]!);
  }

  range(start: number, end: number): Range | null {
    const a = this.position(start, 'start');
    const b = this.position(end, 'end');
    if (!a || !b) return null;
    const r = new Range();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r.collapsed ? null : r;
  }

  /**
   * The same span as a StaticRange, for painting: far cheaper to make than a live Range, and the
   * DOM does not have to keep it up to date on every change. The text of a rendered article never
   * changes in place (a new text re-renders and repaints), so nothing is lost.
   */
  staticRange(start: number, end: number): StaticRange | null {
    const a = this.position(start, 'start');
    const b = this.position(end, 'end');
    if (!a || !b || (a.node === b.node && a.offset >= b.offset)) return null;
    return new StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
  }

  /** The text offset of a DOM point inside root (a selection boundary, a caret from a click). */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.root.contains(node)) return null;
    const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-start]');
    if (el && this.root.contains(el)) {
      const start = Number(el.dataset.start);
      if (node.nodeType === Node.TEXT_NODE) return start + offset;
      return offset === 0 ? start : Number(el.dataset.end);
    }
    // A point between blocks (or in the title): the nearest block boundary that follows it.
    const probe = new Range();
    probe.setStart(node, offset);
    for (let i = 0; i < this.elements.length; i++) {
      if (probe.comparePoint(this.elements[i]!, 0) >= 0) return this.starts[i]!;
    }
    return this.ends.at(-1) ?? 0;
  }
}
