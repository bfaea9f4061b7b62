// From annotations to painted spans: a background in the status colour, a wavy underline in
// the first bias technique's colour, and a darker band where two or more claims overlap.
import type { Annotation } from '../../../shared/model.js';

export interface PaintSpan {
  start: number;
  end: number;
  /** The highlight name, which picks its ::highlight() style. */
  name: string;
}

export const statusHighlight = (tagId: string) => `gs-${tagId.replace(/[^\w-]/g, '')}`;
export const techniqueHighlight = (tagId: string) => `gt-${tagId.replace(/[^\w-]/g, '')}`;

export interface Extra {
  /** Annotation ids painted on top: being edited, flashed after a jump, linked to the hovered claim. */
  active?: string | null;
  flash?: string | null;
  linked?: ReadonlySet<string>;
}

export function spansFor(annotations: readonly Annotation[], extra: Extra = {}): PaintSpan[] {
  const spans: PaintSpan[] = [];
  const live = annotations.filter((a) => !a.orphaned);
  for (const a of live) {
    spans.push({ start: a.start, end: a.end, name: a.statusTagId ? statusHighlight(a.statusTagId) : 'gloss-untagged' });
    if (a.tagIds[0]) spans.push({ start: a.start, end: a.end, name: techniqueHighlight(a.tagIds[0]) });
    if (a.id === extra.active) spans.push({ start: a.start, end: a.end, name: 'gloss-active' });
    if (a.id === extra.flash) spans.push({ start: a.start, end: a.end, name: 'gloss-flash' });
    if (extra.linked?.has(a.id)) spans.push({ start: a.start, end: a.end, name: 'gloss-linked' });
  }
  for (const [start, end] of overlaps(live)) spans.push({ start, end, name: 'gloss-overlap' });
  return spans;
}

/** Stretches of text covered by two or more annotations (a sweep over start/end points). */
export function overlaps(annotations: readonly Annotation[]): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const a of annotations) points.push([a.start, 1], [a.end, -1]);
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (const [at, delta] of points) {
    if (depth >= 2 && at > from) {
      const last = out.at(-1);
      if (last && last[1] === from) last[1] = at;
      else out.push([from, at]);
    }
    depth += delta;
    from = at;
  }
  return out;
}

/** Annotations covering offset, the shortest (most specific) first. */
export function annotationsAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  return annotations
    .filter((a) => !a.orphaned && a.start <= offset && offset < a.end)
    .sort((x, y) => x.end - x.start - (y.end - y.start));
}
