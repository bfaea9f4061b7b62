// Spans of text as people see them: never half a grapheme, and quoted with their context
// (the W3C TextQuoteSelector: exact, prefix, suffix).
import type { TextQuoteSelector } from '../../../shared/model.js';

export const QUOTE_CONTEXT = 32;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Segmenting costs time in proportion to the whole text, so only the stretch around index is
 * segmented, cut where a grapheme boundary is certain: between two ASCII characters (but CR LF).
 * No rule of UAX #29 joins across such a pair, so segmenting from there gives the same clusters.
 */
const SCAN_LIMIT = 4096;

function certainBoundary(text: string, p: number): boolean {
  const before = text.charCodeAt(p - 1);
  const after = text.charCodeAt(p);
  return before < 0x80 && after < 0x80 && !(before === 13 && after === 10);
}

/** The grapheme that index falls in, as [start, end) of the text. */
function graphemeAt(text: string, index: number): [number, number] {
  let from = index;
  while (from > 0 && index - from < SCAN_LIMIT && !certainBoundary(text, from)) from--;
  if (index - from >= SCAN_LIMIT) from = 0;
  let to = index + 1;
  while (to < text.length && to - index < SCAN_LIMIT && !certainBoundary(text, to)) to++;
  if (to - index >= SCAN_LIMIT) to = text.length;
  const segment = graphemes.segment(text.slice(from, to)).containing(index - from)!;
  return [from + segment.index, from + segment.index + segment.segment.length];
}

/** The start of the grapheme that index falls in (index itself when it is on a boundary). */
export function graphemeStartAt(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  return graphemeAt(text, index)[0];
}

/** The end of the grapheme that index falls inside (index itself when it is on a boundary). */
export function graphemeEndAt(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  const [start, end] = graphemeAt(text, index);
  return start === index ? index : end;
}

/**
 * Widens [start, end) to whole graphemes. A selection that lands inside an emoji or between a
 * letter and its combining mark means that character, so the span takes it whole rather than
 * failing or cutting it in two.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  return { start: graphemeStartAt(text, start), end: graphemeEndAt(text, end) };
}

/** The quote of [start, end): its text and up to QUOTE_CONTEXT characters each side, cut at grapheme boundaries. */
export function quoteOf(text: string, start: number, end: number): TextQuoteSelector {
  const prefixStart = graphemeEndAt(text, Math.max(0, start - QUOTE_CONTEXT));
  const suffixEnd = graphemeStartAt(text, Math.min(text.length, end + QUOTE_CONTEXT));
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}
