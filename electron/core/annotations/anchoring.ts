// Finding an annotation's span again after its article's text changed: the occurrence of its
// quote whose context matches best (nearest to where the edit carried it on a tie), else a
// close fuzzy match near that place. What cannot be found is reported orphaned, never moved silently.
import type { TextQuoteSelector } from '../../../shared/model.js';
import { snapToGraphemes } from './quote.js';

export interface Anchor extends TextQuoteSelector {
  start: number;
  end: number;
}

export type Located =
  | { found: 'anchored' | 'moved'; start: number; end: number }
  | { found: 'orphaned' };

/** A fuzzy match may differ from the quote by at most this share of its length. */
export const FUZZY_THRESHOLD = 0.2;
/** Bounds the work of one fuzzy search (quote length x window length). */
const MAX_FUZZY_CELLS = 20_000_000;
const MAX_OCCURRENCES = 10_000;

/**
 * Maps a start offset in the old text to the new one, treating the change as one edit between
 * the longest common prefix and suffix. Offsets inside the edited stretch are kept as they were.
 */
export function editMap(oldText: string, newText: string): (offset: number) => number {
  const limit = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < limit && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) {
    tail++;
  }
  const delta = newText.length - oldText.length;
  // A start offset follows the character at it: before the edit it stays, after it it shifts.
  return (offset) => {
    if (offset < head) return offset;
    if (offset >= oldText.length - tail) return offset + delta;
    return Math.min(offset, newText.length);
  };
}

export function locate(text: string, anchor: Anchor, map: (offset: number) => number): Located {
  const { exact } = anchor;
  const start = map(anchor.start);
  // Where the edit carried the span is only the tie-breaker: when the quote occurs more than once,
  // the occurrence whose context matches best wins (an edit can carry offsets onto a twin phrase).
  const occurrence = bestOccurrence(text, anchor, start);
  if (occurrence !== null) {
    return { found: occurrence === start ? 'anchored' : 'moved', start: occurrence, end: occurrence + exact.length };
  }

  const fuzzy = fuzzyFind(text, exact, start);
  if (fuzzy) return { found: 'moved', ...snapToGraphemes(text, fuzzy.start, fuzzy.end) };
  return { found: 'orphaned' };
}

/** Of the exact occurrences of the quote, the one whose prefix and suffix match most, then the nearest. */
function bestOccurrence(text: string, anchor: Anchor, near: number): number | null {
  const { exact, prefix, suffix } = anchor;
  const contextAt = (at: number) =>
    commonSuffix(prefix, text.slice(Math.max(0, at - prefix.length), at)) +
    commonPrefix(suffix, text.slice(at + exact.length, at + exact.length + suffix.length));
  // Where the edit carried it, in full context: nothing can beat that.
  if (text.startsWith(exact, near) && contextAt(near) === prefix.length + suffix.length) return near;

  let best: { at: number; context: number; distance: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(exact); at !== -1 && count < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    count++;
    const context = contextAt(at);
    const distance = Math.abs(at - near);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { at, context, distance };
    }
  }
  return best?.at ?? null;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * The substring near `near` with the smallest edit distance to pattern, if that distance is
 * within FUZZY_THRESHOLD of its length (Sellers' algorithm, carrying each alignment's start).
 */
export function fuzzyFind(text: string, pattern: string, near: number): { start: number; end: number; distance: number } | null {
  const m = pattern.length;
  const maxErrors = Math.floor(m * FUZZY_THRESHOLD);
  if (maxErrors === 0 || m * m > MAX_FUZZY_CELLS) return null;
  const slack = Math.min(Math.max(256, 2 * m), Math.floor((MAX_FUZZY_CELLS / m - m) / 2));
  const from = Math.max(0, near - slack);
  const to = Math.min(text.length, near + m + slack);
  const expectedEnd = near + m;

  const p = new Uint16Array(m);
  for (let i = 0; i < m; i++) p[i] = pattern.charCodeAt(i);
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cost = new Int32Array(m + 1);
  let startOf = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevCost[i] = i;
    prevStart[i] = from;
  }
  let best: { start: number; end: number; distance: number } | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    cost[0] = 0;
    startOf[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let here = prevCost[i - 1]! + (p[i - 1] === c ? 0 : 1);
      let start = prevStart[i - 1]!;
      if (cost[i - 1]! + 1 < here) {
        here = cost[i - 1]! + 1;
        start = startOf[i - 1]!;
      }
      if (prevCost[i]! + 1 < here) {
        here = prevCost[i]! + 1;
        start = prevStart[i]!;
      }
      cost[i] = here;
      startOf[i] = start;
    }
    const distance = cost[m]!;
    const end = j + 1;
    if (
      distance <= maxErrors &&
      (!best || distance < best.distance || (distance === best.distance && Math.abs(end - expectedEnd) < Math.abs(best.end - expectedEnd)))
    ) {
      best = { start: startOf[m]!, end, distance };
    }
    [prevCost, cost] = [cost, prevCost];
    [prevStart, startOf] = [startOf, prevStart];
  }
  return best && best.end > best.start ? best : null;
}
