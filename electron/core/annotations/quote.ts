// Spans of text as people see them: never half a grapheme, and quoted with their context
// (the W3C TextQuoteSelector: exact, prefix, suffix).
import type { TextQuoteSelector } from '../../../shared/model.js';

export const QUOTE_CONTEXT = 32;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The start of the grapheme that index falls in (index itself when it is on a boundary). */
export function graphemeStartAt(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  return graphemes.segment(text).containing(index)!.index;
}

/** The end of the grapheme that index falls inside (index itself when it is on a boundary). */
export function graphemeEndAt(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  const segment = graphemes.segment(text).containing(index)!;
  return segment.index === index ? index : segment.index + segment.segment.length;
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
