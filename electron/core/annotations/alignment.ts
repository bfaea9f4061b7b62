// How the old text of a corrected article lines up with the new one: a word-level diff (jsdiff's
// Myers diff over tokens), kept as the stretches both texts share. Offsets inside a shared
// stretch map exactly; everything else was removed or inserted.
import { diffArrays } from 'diff';
import { HAS_IDEOGRAPH, HAS_UNSPACED, isIdeograph, isUnspacedLetter } from '../../../shared/ideographs.js';

/**
 * Words (letters, digits, marks, joined by an inner apostrophe) or any other one character, each
 * with the spaces after it (half the tokens of keeping spaces apart, and the diff's cost grows
 * with their number); spaces at the very start are a token of their own.
 */
const TOKEN = /(?:[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{N}\p{M}_]+)*|[^])\s*|^\s+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const MARK = /\p{M}/u;

/** Above this many token edits the texts are treated as sharing nothing (the diff's cost grows with it). */
const MAX_EDIT_TOKENS = 20_000;
/** A diff that takes longer than this is given up the same way. */
const DIFF_TIMEOUT_MS = 10_000;

export interface Tokens {
  text: string;
  values: string[];
  /** Start offset of each token, and the text's length after the last. */
  starts: number[];
}

export function tokenize(text: string): Tokens {
  const values: string[] = [];
  const starts: number[] = [];
  const push = (value: string, start: number) => {
    values.push(value);
    starts.push(start);
  };
  for (const m of text.matchAll(TOKEN)) {
    if (HAS_IDEOGRAPH.test(m[0]) || HAS_UNSPACED.test(m[0])) splitUnspaced(m[0], m.index, push);
    else push(m[0], m.index);
  }
  starts.push(text.length);
  return { text, values, starts };
}

/** A Chinese or Japanese character, or a Thai, Lao, Khmer or Myanmar letter: a word of its own. */
const isOwnWord = (ch: string): boolean => isIdeograph(ch) || isUnspacedLetter(ch);

/**
 * Chinese, Japanese and Thai (Lao, Khmer, Myanmar) are written without spaces between words, so a
 * run of them is a sentence, not a word: each of their characters (with its marks) is a token of
 * its own, and the spaces after the run stay with its last token.
 */
function splitUnspaced(token: string, at: number, push: (value: string, start: number) => void): void {
  const end = token.trimEnd().length;
  let start = 0;
  for (let i = 0; i < end; ) {
    const ch = String.fromCodePoint(token.codePointAt(i)!);
    if (!isOwnWord(ch)) {
      i += ch.length;
      continue;
    }
    if (i > start) push(token.slice(start, i), at + start); // the letters before it
    start = i;
    i += ch.length;
    while (i < end && MARK.test(token[i]!)) i++;
    if (i < end) {
      push(token.slice(start, i), at + start);
      start = i;
    }
  }
  push(token.slice(start), at + start);
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** True when offset falls inside a word: between two word characters, neither of them a word of its own (above), or before a mark. */
export function cutsWord(text: string, offset: number): boolean {
  const before = text[offset - 1];
  const after = text[offset];
  if (!isWordChar(before) || !isWordChar(after)) return false;
  return MARK.test(after!) || (!isOwnWord(before!) && !isOwnWord(after!));
}

export function wordCount(text: string): number {
  return tokenize(text).values.filter(isWord).length;
}

export function isWord(token: string): boolean {
  return isWordChar(token[0]);
}

/** A stretch both texts share: old [oldStart, oldStart + length) is new [newStart, newStart + length). */
export interface Shared {
  oldStart: number;
  newStart: number;
  length: number;
}

export interface Alignment {
  old: Tokens;
  new: Tokens;
  /** The shared stretch that holds all of old [from, to) (not empty), or null. */
  shared(from: number, to: number): Shared | null;
  /**
   * The same for context, where a text's start or end is a neighbour too: a stretch that touches
   * one end of the old text counts only if it touches the same end of the new (nothing was put before or after it).
   */
  intact(from: number, to: number): Shared | null;
}

export function align(oldText: string, newText: string): Alignment {
  const old = tokenize(oldText);
  const next = tokenize(newText);
  const changes = diffArrays(old.values, next.values, { maxEditLength: MAX_EDIT_TOKENS, timeout: DIFF_TIMEOUT_MS }) ?? [];
  const stretches: Shared[] = [];
  let oi = 0;
  let ni = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) ni += count;
    else if (change.removed) oi += count;
    else {
      const oldStart = old.starts[oi]!;
      stretches.push({ oldStart, newStart: next.starts[ni]!, length: old.starts[oi + count]! - oldStart });
      oi += count;
      ni += count;
    }
  }

  /** The last shared stretch starting at or before offset. */
  const stretchAt = (offset: number): Shared | undefined => {
    let lo = 0;
    let hi = stretches.length - 1;
    let found: Shared | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (stretches[mid]!.oldStart <= offset) {
        found = stretches[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  const sharedStretch = (from: number, to: number): Shared | null => {
    const s = stretchAt(from);
    return !s || from >= to || to > s.oldStart + s.length ? null : s;
  };
  const intact = (from: number, to: number): Shared | null => {
    const s = sharedStretch(from, to);
    if (!s) return null;
    if (from === 0 && s.newStart !== 0) return null;
    if (to === oldText.length && s.newStart + s.length !== newText.length) return null;
    return s;
  };

  return { old, new: next, shared: sharedStretch, intact };
}
