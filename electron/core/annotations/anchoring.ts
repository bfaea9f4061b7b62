// Finding an annotation's span again after its article's text changed. The rule: a claim is put
// only where the evidence is sure, and otherwise orphaned (kept with its old quote and context,
// for a person to place by hand). Never moved silently onto other words.
import type { ReanchorOutcome, TextQuoteSelector } from '../../../shared/model.js';
import { cutsWord, isWord, wordCount, type Alignment, type Shared, type Tokens } from './alignment.js';

export interface Anchor extends TextQuoteSelector {
  start: number;
  end: number;
}

export type Located = { outcome: Exclude<ReanchorOutcome, 'orphaned'>; start: number; end: number } | { outcome: 'orphaned' };

/**
 * Words of unchanged context each side that make a place sure. One common word ("the") with
 * two intact words each side is a five-word stretch; fewer lets a twin stretch elsewhere pass.
 */
export const CONTEXT_WORDS = 2;
/** A passage this many words long that occurs once in each text is sure on its own, whatever its neighbours. */
const DISTINCT_WORDS = 2;
/** Bounds the context search for a very common quote. */
const MAX_OCCURRENCES = 10_000;

/**
 * In order, the first that holds:
 * 1. The diff kept the claim and CONTEXT_WORDS words each side in one piece: it is where the diff puts it.
 * 2. The diff kept the claim in one piece, and it is a passage that occurs once in each text.
 * 3. The diff kept the context each side, and at least half the words between are the claim's:
 *    the claim is what lies between them now (re-found with changes).
 * 4. Exactly one occurrence of the quote in the new text has the stored context each side (and
 *    exactly one in the old): a moved paragraph, or an orphan whose text came back.
 * An annotation orphaned before has no trustworthy old offsets: only 4 applies.
 */
export function locate(alignment: Alignment, anchor: Anchor, wasOrphaned: boolean): Located {
  const newText = alignment.new.text;
  if (!wasOrphaned) {
    const carried = carriedByDiff(alignment, anchor) ?? betweenContext(alignment, anchor);
    if (carried) return carried;
  }
  const at = byContext(newText, anchor, wasOrphaned ? null : alignment.old.text);
  if (at === null) return { outcome: 'orphaned' };
  return { outcome: wasOrphaned ? 'refound' : 'shifted', start: at, end: at + anchor.exact.length };
}

function carriedByDiff(alignment: Alignment, { start, end, exact }: Anchor): Located | null {
  const { old } = alignment;
  const withContext = alignment.intact(contextBefore(old, start), contextAfter(old, end));
  const claim = withContext ?? alignment.shared(start, end);
  if (!claim) return null;
  if (!withContext && !(wordCount(exact) >= DISTINCT_WORDS && occursOnce(old.text, exact) && occursOnce(alignment.new.text, exact))) {
    return null;
  }
  const to = claim.newStart + start - claim.oldStart;
  return { outcome: to === start ? 'unchanged' : 'shifted', start: to, end: to + exact.length };
}

function betweenContext(alignment: Alignment, { start, end, exact }: Anchor): Located | null {
  const { old } = alignment;
  const newText = alignment.new.text;
  const endOf = (s: Shared | null, to: number) => s && s.newStart + to - s.oldStart;
  const startOf = (s: Shared | null, from: number) => s && s.newStart + from - s.oldStart;
  const contextFrom = contextBefore(old, start);
  // Spaces after the claim belong to its last word's token: the context after starts past them.
  const next = end + (/^\s*/.exec(old.text.slice(end, end + 1000))![0].length);
  const contextTo = contextAfter(old, next);
  const before = start === 0 ? 0 : endOf(alignment.intact(contextFrom, start), start);
  const after = next === old.text.length ? newText.length : startOf(alignment.intact(next, contextTo), next);
  if (before === null || after === null) return null;
  // The claim's first and last words where the diff kept them beside their context or beside
  // another word: a word kept alone may have been paired with a twin nearby. Else the context's edges.
  let from = startOf(alignment.intact(contextFrom, start + 1) ?? alignment.shared(start, contextAfter(old, start)), start) ?? before;
  let to = endOf(alignment.intact(end - 1, contextTo) ?? alignment.shared(contextBefore(old, end), end), end) ?? after;
  if (from < before || to > after) return null;
  while (from < to && /\s/.test(newText[from]!)) from++;
  while (to > from && /\s/.test(newText[to - 1]!)) to--;
  if (from >= to) return null;
  if ((cutsWord(newText, from) && !cutsWord(old.text, start)) || (cutsWord(newText, to) && !cutsWord(old.text, end))) return null;

  const now = newText.slice(from, to);
  if (now === exact) return { outcome: from === start ? 'unchanged' : 'shifted', start: from, end: to };
  let kept = 0;
  let words = 0;
  forWords(old, start, end, (a, b) => {
    words++;
    if (alignment.shared(a, b)) kept++;
  });
  const nowWords = wordCount(now);
  if (kept === 0 || kept * 2 < words || kept * 2 < nowWords) return null;
  return { outcome: 'refound', start: from, end: to };
}

/**
 * The one occurrence of the quote whose stored prefix and suffix agree with the text around it,
 * or null. With `oldText`, the quote must also have had only one such place there: otherwise an
 * occurrence that agrees now may be the twin, not the claim.
 */
function byContext(text: string, anchor: Anchor, oldText: string | null): number | null {
  const found = agreeingOccurrences(text, anchor);
  if (found.length !== 1) return null;
  if (oldText !== null && agreeingOccurrences(oldText, anchor).length !== 1) return null;
  return found[0]!;
}

/**
 * Where a claim made on another copy of the text goes in this one, which may differ (another
 * library's version, merged): where its offsets say if the quote is there with its context,
 * else the one place where the quote has its context, else null (orphaned).
 */
export function placeInText(text: string, anchor: Anchor): number | null {
  if (text.slice(anchor.start, anchor.end) === anchor.exact && agreesAt(text, contextOf(anchor), anchor.start)) return anchor.start;
  const found = agreeingOccurrences(text, anchor);
  return found.length === 1 ? found[0]! : null;
}

function agreeingOccurrences(text: string, anchor: Anchor): number[] {
  const found: number[] = [];
  const context = contextOf(anchor);
  let seen = 0;
  for (let at = text.indexOf(anchor.exact); at !== -1 && seen < MAX_OCCURRENCES && found.length < 2; at = text.indexOf(anchor.exact, at + 1)) {
    seen++;
    if (agreesAt(text, context, at)) found.push(at);
  }
  return found;
}

/** What a place of the quote is checked against, worked out once for all its occurrences. */
interface Context {
  exact: string;
  prefix: string;
  suffix: string;
  storedBefore: string;
  startCut: boolean;
  endCut: boolean;
}

function contextOf({ exact, prefix, suffix }: Anchor): Context {
  return { exact, prefix, suffix, storedBefore: reverse(prefix), startCut: cutsWord(prefix + exact, prefix.length), endCut: cutsWord(exact + suffix, exact.length) };
}

/** The quote at `at` has its stored context each side and starts and ends as it did (inside a word or not). */
function agreesAt(text: string, c: Context, at: number): boolean {
  const end = at + c.exact.length;
  if (cutsWord(text, at) !== c.startCut || cutsWord(text, end) !== c.endCut) return false;
  const before = text.slice(Math.max(0, at - c.prefix.length), at);
  const after = text.slice(end, end + c.suffix.length);
  return sideAgrees(c.storedBefore, reverse(before), at === before.length) && sideAgrees(c.suffix, after, end + after.length === text.length);
}

/**
 * Stored context (read away from the quote) agrees with the text's: all of it matches, or the text
 * ends while it matches, or its first CONTEXT_WORDS whole words match.
 */
function sideAgrees(stored: string, actual: string, actualReachesTextEdge: boolean): boolean {
  let n = 0;
  while (n < stored.length && n < actual.length && stored.charCodeAt(n) === actual.charCodeAt(n)) n++;
  if (n === stored.length || (n === actual.length && actualReachesTextEdge)) return true;
  // Whole words only: a word the match stops inside does not count.
  const matched = cutsWord(stored, n) ? stored.slice(0, n).replace(/[\p{L}\p{N}\p{M}_]+$/u, '') : stored.slice(0, n);
  return wordCount(matched) >= CONTEXT_WORDS;
}

function reverse(s: string): string {
  return Array.from(s).reverse().join('');
}

function occursOnce(text: string, s: string): boolean {
  const first = text.indexOf(s);
  return first !== -1 && text.indexOf(s, first + 1) === -1;
}

/** Index of the token holding offset (the last token starting at or before it). */
function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where CONTEXT_WORDS words before offset begin (a word cut by offset counts), or 0. */
function contextBefore(tokens: Tokens, offset: number): number {
  let i = tokenAt(tokens, offset);
  if (tokens.starts[i] === offset) i--;
  for (let words = 0; i >= 0; i--) {
    if (isWord(tokens.values[i]!) && ++words === CONTEXT_WORDS) return tokens.starts[i]!;
  }
  return 0;
}

/** Where CONTEXT_WORDS words after offset end, or the text's end. */
function contextAfter(tokens: Tokens, offset: number): number {
  if (offset >= tokens.text.length) return tokens.text.length;
  for (let i = tokenAt(tokens, offset), words = 0; i < tokens.values.length; i++) {
    if (isWord(tokens.values[i]!) && ++words === CONTEXT_WORDS) return tokens.starts[i + 1]!;
  }
  return tokens.text.length;
}

/** Calls fn with each word token's [start, end) overlapping [from, to). */
function forWords(tokens: Tokens, from: number, to: number, fn: (start: number, end: number) => void): void {
  for (let i = tokenAt(tokens, from); i < tokens.values.length && tokens.starts[i]! < to; i++) {
    if (isWord(tokens.values[i]!)) fn(tokens.starts[i]!, tokens.starts[i + 1]!);
  }
}
