// Paints highlights with the CSS Custom Highlight API: ranges over the existing text nodes,
// coloured by ::highlight() rules, so thousands of spans and their overlaps never touch the DOM.
// This is the function the benchmark measures (bench/highlight.bench.ts).
import type { NearScreen } from './nearScreen.js';
import type { PaintSpan } from './spans.js';
import type { TextMap } from './textMap.js';

/** Higher priority paints on top where highlights overlap. */
function priorityOf(name: string): number {
  if (name === 'gloss-active' || name === 'gloss-flash') return 4;
  if (name === 'gloss-linked') return 3;
  if (name === 'gloss-overlap') return 2;
  if (name.startsWith('gt-')) return 1;
  return 0;
}

/** One number per span: offsets stay far below KEY_BASE (articles are at most 5 MB), and number
 * keys spare building and hashing a string for each of thousands of spans on every paint. */
const KEY_BASE = 2 ** 24;
const keyOf = (start: number, end: number) => start * KEY_BASE + end;

/**
 * One pane's share of the page-wide highlight registry. Panes share highlight names (one per
 * status colour), so each layer adds and removes only its own ranges. Painting is incremental:
 * a span painted before keeps its range, so tagging one claim adds or removes a range or two
 * instead of rebuilding thousands.
 */
export class HighlightLayer {
  /** Highlight name → span key → the range this layer added to that highlight. */
  private mine = new Map<string, Map<number, AbstractRange>>();
  private map: TextMap | null = null;
  private count = 0;

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  /** Paints exactly these spans (those near the screen, given `near`), keeping ranges painted before. */
  paint(map: TextMap, spans: readonly PaintSpan[], near?: NearScreen): void {
    // A new map means new text nodes: ranges over the old ones point at nothing on screen.
    if (map !== this.map) {
      this.clear();
      this.map = map;
    }
    const before = this.mine;
    const next = new Map<string, Map<number, AbstractRange>>();
    let count = 0;
    // A name's maps are looked up again only when the name changes from the span before.
    let name = '';
    let kept: Map<number, AbstractRange> | undefined;
    let mine: Map<number, AbstractRange> | undefined;
    let highlight: Highlight | undefined;
    for (const span of spans) {
      if (near && !near.has(span.start, span.end)) continue;
      if (span.name !== name || !mine) {
        name = span.name;
        kept = before.get(name);
        mine = next.get(name);
        if (!mine) next.set(name, (mine = new Map()));
        highlight = undefined;
      }
      const key = keyOf(span.start, span.end);
      if (mine.has(key)) continue;
      let range = kept?.get(key);
      if (range) kept!.delete(key);
      else {
        range = map.staticRange(span.start, span.end) ?? undefined;
        if (!range) continue;
        (highlight ??= this.highlight(name)).add(range);
      }
      mine.set(key, range);
      count++;
    }
    // What was painted before and is not any more: only those ranges leave the registry.
    for (const [gone, ranges] of before) this.removeAll(gone, ranges.values());
    for (const [n, ranges] of next) if (ranges.size === 0) next.delete(n);
    this.mine = next;
    this.count = count;
  }

  clear(): void {
    for (const [name, ranges] of this.mine) this.removeAll(name, ranges.values());
    this.mine = new Map();
    this.map = null;
    this.count = 0;
  }

  /** How many ranges this layer currently paints. */
  get size(): number {
    return this.count;
  }

  private highlight(name: string): Highlight {
    let highlight = this.registry.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priorityOf(name);
      this.registry.set(name, highlight);
    }
    return highlight;
  }

  private removeAll(name: string, ranges: Iterable<AbstractRange>): void {
    const highlight = this.registry.get(name);
    if (!highlight) return;
    for (const range of ranges) highlight.delete(range);
    if (highlight.size === 0) this.registry.delete(name);
  }
}
