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

/**
 * One pane's share of the page-wide highlight registry. Panes share highlight names (one per
 * status colour), so each layer adds and removes only its own ranges.
 */
export class HighlightLayer {
  private mine = new Map<string, AbstractRange[]>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  paint(map: TextMap, spans: readonly PaintSpan[]): void {
    const next = new Map<string, AbstractRange[]>();
    for (const span of spans) {
      const range = map.staticRange(span.start, span.end);
      if (!range) continue;
      let list = next.get(span.name);
      if (!list) next.set(span.name, (list = []));
      list.push(range);
    }
    this.clear();
    for (const [name, ranges] of next) {
      let highlight = this.registry.get(name);
      if (!highlight) {
        highlight = new Highlight();
        highlight.priority = priorityOf(name);
        this.registry.set(name, highlight);
      }
      for (const r of ranges) highlight.add(r);
    }
    this.mine = next;
  }

  clear(): void {
    for (const [name, ranges] of this.mine) {
      const highlight = this.registry.get(name);
      if (!highlight) continue;
      for (const r of ranges) highlight.delete(r);
      if (highlight.size === 0) this.registry.delete(name);
    }
    this.mine = new Map();
  }

  /** How many ranges this layer currently paints. */
  get size(): number {
    let n = 0;
    for (const ranges of this.mine.values()) n += ranges.length;
    return n;
  }
}
