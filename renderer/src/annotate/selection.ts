// Turning a DOM selection into a text span: exact offsets, no leading/trailing whitespace,
// never splitting a grapheme (an emoji, a letter with combining marks).
import type { TextMap } from './textMap.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function snap(body: string, offset: number, side: 'start' | 'end'): number {
  const from = Math.max(0, offset - 16);
  for (const { index, segment } of segmenter.segment(body.slice(from, offset + 16))) {
    const a = from + index;
    const b = a + segment.length;
    if (offset > a && offset < b) return side === 'start' ? a : b;
    if (a >= offset) break;
  }
  return offset;
}

export function selectionSpan(selection: Selection | null, map: TextMap, body: string): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!map.root.contains(range.commonAncestorContainer)) return null;
  let start = map.offsetOf(range.startContainer, range.startOffset);
  let end = map.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end <= start) return null;
  return { start: snap(body, start, 'start'), end: snap(body, end, 'end') };
}

/** The text offset under a screen point, for clicks and hovers on highlights. */
export function offsetAtPoint(map: TextMap, x: number, y: number): number | null {
  const pos = document.caretPositionFromPoint?.(x, y);
  if (pos) return map.offsetOf(pos.offsetNode, pos.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? map.offsetOf(range.startContainer, range.startOffset) : null;
}
