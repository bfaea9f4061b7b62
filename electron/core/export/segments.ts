// Overlapping claims become non-overlapping segments of text, each knowing which claims
// cover it; the report and the worksheet write one nested <mark> per covering claim.
import type { Annotation, Block } from '../../../shared/model.js';

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment<S extends Span> {
  start: number;
  end: number;
  /** Covering spans, outermost first (earlier start, then longer). */
  spans: S[];
}

/**
 * Cuts [from, to) at every span boundary inside it. Spans must be sorted by start;
 * runs in O((n + k) log n) for n spans over k segments.
 */
export function segmentize<S extends Span>(spans: readonly S[], from: number, to: number): Array<Segment<S>> {
  const cuts = new Set<number>([from, to]);
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    if (s.start > from) cuts.add(s.start);
    if (s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Array<Segment<S>> = [];
  let active: S[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    active = active.filter((s) => s.end > a);
    while (next < spans.length && spans[next]!.start <= a) {
      const s = spans[next++]!;
      if (s.end > a) active.push(s);
    }
    active.sort(outerFirst);
    out.push({ start: a, end: b, spans: active.slice() });
  }
  return out;
}

function outerFirst(x: Span, y: Span): number {
  return x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

/** The article's blocks, or paragraphs cut at blank lines when it has none recorded. */
export function blocksOf(body: string, blocks: readonly Block[]): Block[] {
  if (blocks.length > 0) return [...blocks].sort((a, b) => a.start - b.start);
  const out: Block[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index > start) out.push({ kind: 'paragraph', start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ kind: 'paragraph', start, end: body.length });
  return out;
}

/** Annotations clamped to the body, as spans sorted by start. */
export function spansOf(annotations: readonly Annotation[], bodyLength: number): Annotation[] {
  return annotations
    .filter((a) => a.start < bodyLength && a.end > a.start)
    .map((a) => (a.end > bodyLength ? { ...a, end: bodyLength } : a))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
