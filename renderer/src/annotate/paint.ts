// Paints highlights with the CSS Custom Highlight API: ranges over the existing text nodes,
// coloured by ::highlight() rules, so thousands of spans and their overlaps never touch the DOM.
// This is the function the benchmark measures (bench/highlight.bench.ts).
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

interface Painted {
  name: string;
  range: AbstractRange;
}

/**
 * One pane's share of the page-wide highlight registry. Panes share highlight names (one per
 * status colour), so each layer adds and removes only its own ranges. Painting is incremental:
 * a span painted before keeps its range, so tagging one claim adds or removes a range or two
 * instead of rebuilding thousands.
 */
export class HighlightLayer {
  private mine = new Map<string, Painted>();
  private map: TextMap | null = null;

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  paint(map: TextMap, spans: readonly PaintSpan[]): void {
    // A new map means new text nodes: ranges over the old ones point at nothing on screen.
    if (map !== this.map) {
      this.clear();
      this.map = map;
    }
    const before = this.mine;
    const next = new Map<string, Painted>();
    // Looking a name up in the registry crosses into the browser; once per name is enough.
    const highlights = new Map<string, Highlight>();
    for (const span of spans) {
      const key = `${span.name} ${span.start} ${span.end}`;
      if (next.has(key)) continue;
      const kept = before.get(key);
      if (kept) {
        next.set(key, kept);
        continue;
      }
      const range = map.staticRange(span.start, span.end);
      if (!range) continue;
      let highlight = highlights.get(span.name);
      if (!highlight) highlights.set(span.name, (highlight = this.highlight(span.name)));
      highlight.add(range);
      next.set(key, { name: span.name, range });
    }
    for (const [key, painted] of before) if (!next.has(key)) this.remove(painted);
    this.mine = next;
  }

  clear(): void {
    for (const painted of this.mine.values()) this.remove(painted);
    this.mine = new Map();
    this.map = null;
  }

  /** How many ranges this layer currently paints. */
  get size(): number {
    return this.mine.size;
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

  private remove({ name, range }: Painted): void {
    const highlight = this.registry.get(name);
    if (!highlight) return;
    highlight.delete(range);
    if (highlight.size === 0) this.registry.delete(name);
  }
}
