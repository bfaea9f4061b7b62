// Snippets of matched articles, built here rather than by FTS5's snippet(): that tokenizes the
// whole of every returned article (twice) and was four fifths of a search's time. Here each
// query word's first token is looked for with indexOf in a case- and accent-folded copy of the
// text (at most MAX_CANDIDATES places), and only the few words around the best match are walked.
// It mirrors FTS5's choice: the window of SNIPPET_TOKENS words holding the most distinct
// query words, from the start of a sentence when that still reaches the match.
import { isIdeographUnit, isUnspacedLetter } from '../../shared/ideographs.js';
import { searchTextWithOffsets } from './search-text.js';

export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
}

const SNIPPET_TOKENS = 24;
/**
 * A snippet holds SNIPPET_TOKENS words' worth of tokens, counted in sixths of a word. Search reads
 * each Chinese or Japanese character and each Thai, Lao, Khmer or Myanmar letter as a token of
 * its own, where a word is about two characters (ICU's segmenter: 1.7 in Chinese and Japanese
 * news) or three letters (3.0 in Thai): counted as a word each, they left a snippet of a few words.
 */
const WORD = 6;
function tokenCost(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x0e00) return WORD; // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts
  if (isIdeographUnit(c)) return WORD / 2;
  return isUnspacedLetter(text[i]!) ? WORD / 3 : WORD;
}
/** Occurrences considered per article: the best window is almost always among the first. */
const MAX_CANDIDATES = 16;
const NON_ASCII_TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;

/** Whether the UTF-16 unit at i belongs to a token, as for FTS5's unicode61 (letters, digits, marks). */
function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral letters and ideographs; close enough for a snippet
  return NON_ASCII_TOKEN_CHAR.test(text[i]!);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

// FTS5's unicode61 tokenizer (remove_diacritics 2) folds case everywhere and accents on Latin
// letters; folding one UTF-16 unit into one keeps offsets in the folded text valid for the original.
const folded = new Map<string, string>();
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const code = c.charCodeAt(0);
    const latin = code < 0x250 || (code >= 0x1e00 && code < 0x1f00);
    const base = latin ? c.normalize('NFD')[0]! : c;
    const lower = base.toLowerCase();
    f = lower.length === 1 ? lower : base.length === 1 ? base : c;
    folded.set(c, f);
  }
  return f;
}

export function fold(text: string): string {
  // toLowerCase() on ASCII never changes a length; the rest is folded unit by unit first.
  return text.replace(/[\u0080-\uffff]/g, foldChar).toLowerCase();
}

/** A query word as FTS5 matches it: its folded tokens in a row, the last one a prefix if the word is, or else followed by one of `endings` or nothing. */
export interface Phrase {
  tokens: string[];
  prefix: boolean;
  endings?: readonly string[];
}

export function queryPhrases(words: ReadonlyArray<{ text: string; prefix: boolean; endings?: readonly string[] }>): Phrase[] {
  return words.flatMap(({ text, prefix, endings }) => {
    const tokens = fold(text.normalize('NFC')).match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu);
    return tokens ? [{ tokens, prefix, endings }] : [];
  });
}

/** The end of the phrase if it starts at `at` in the folded text, else -1. */
function phraseEnd(f: string, at: number, { tokens, prefix, endings }: Phrase): number {
  let i = at;
  for (let t = 0; t < tokens.length; t++) {
    if (t > 0) {
      const gap = i;
      while (i < f.length && !isTokenChar(f, i)) i++;
      if (i === gap) return -1;
    }
    if (!f.startsWith(tokens[t]!, i)) return -1;
    i += tokens[t]!.length;
  }
  let rest = i;
  while (rest < f.length && isTokenChar(f, rest)) rest++;
  if (rest === i || prefix || endings?.includes(f.slice(i, rest))) return rest;
  return -1;
}

interface Match {
  start: number;
  end: number;
  phrase: number;
}

/** Where the token at or after `at` begins, and where the tokens from there worth `n` words end. */
function tokensForward(text: string, at: number, n: number): { first: number; end: number } {
  let first = -1;
  let end = at;
  let i = at;
  for (let count = 0; count < n * WORD && i < text.length; ) {
    if (!isTokenChar(text, i)) {
      i++;
      continue;
    }
    if (first < 0) first = i;
    count += tokenCost(text, i);
    while (i < text.length && isTokenChar(text, i)) i++;
    end = i;
  }
  return { first: first < 0 ? at : first, end };
}

/** The start of the token `n` words' worth of tokens before the one starting at `at` (or of the first one). */
function tokensBack(text: string, at: number, n: number): number {
  let i = at;
  let start = at;
  for (let count = 0; count < n * WORD && i > 0; ) {
    i--;
    if (isTokenChar(text, i) && (i === 0 || !isTokenChar(text, i - 1))) {
      start = i;
      count += tokenCost(text, i);
    }
  }
  return start;
}

/** Where the sentence holding `at` starts (after . ! ? : ; and a space, after 。！？, or a line break), or -1 if far back. */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - 400);
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f) return i + 1;
    if (isSpace(c) && i > 0 && '.!?:;'.includes(text[i - 1]!)) return i + 1;
  }
  return limit === 0 ? 0 : -1;
}

/**
 * The snippet of `text` around its best match, or null when no query word is found in it.
 * The phrases are of the text as search reads it (`searchText`), which is matched here and
 * mapped back onto the text itself.
 */
export function buildSnippet(text: string, phrases: Phrase[]): Snippet | null {
  const read = searchTextWithOffsets(text);
  const f = fold(read.text);
  const matches: Match[] = [];
  phrases.forEach((phrase, p) => {
    const first = phrase.tokens[0]!;
    let count = 0;
    for (let at = f.indexOf(first); at >= 0 && count < MAX_CANDIDATES; at = f.indexOf(first, at + 1)) {
      if (at > 0 && isTokenChar(f, at - 1)) continue;
      const end = phraseEnd(f, at, phrase);
      if (end < 0) continue;
      matches.push({ start: at, end, phrase: p });
      count++;
    }
  });
  if (matches.length === 0) return null;
  matches.sort((a, b) => a.start - b.start);

  // Nothing beats a sentence-start window holding every query word found: stop at the first.
  const found = new Set(matches.map((m) => m.phrase)).size;
  let best = { score: -1, start: 0, end: 0 };
  for (const candidate of matches) {
    if (best.score >= found * 1000 + 100) break;
    const sentence = sentenceStart(f, candidate.start);
    const fromSentence = sentence >= 0 ? tokensForward(f, sentence, SNIPPET_TOKENS) : null;
    const window =
      fromSentence && fromSentence.end >= candidate.end
        ? { ...fromSentence, bonus: sentence === 0 ? 120 : 100 }
        : { ...tokensForward(f, tokensBack(f, candidate.start, SNIPPET_TOKENS / 4), SNIPPET_TOKENS), bonus: 0 };
    let seen = 0;
    for (const m of matches) if (m.start >= window.first && m.end <= window.end) seen |= 1 << Math.min(m.phrase, 30);
    let score = window.bonus;
    for (let bits = seen; bits; bits &= bits - 1) score += 1000;
    if (score > best.score) best = { score, start: window.first, end: window.end };
  }

  const inText = (i: number) => (read.from ? read.from[i]! : i);
  const [start, end] = [wordBoundary(text, inText(best.start), false), wordBoundary(text, inText(best.end), true)];
  let snippet = start > 0 ? '…' : '';
  const highlights: Array<[number, number]> = [];
  let at = best.start;
  let from = start;
  for (const m of matches) {
    if (m.start < at || m.end > best.end) continue;
    snippet += text.slice(from, inText(m.start));
    const mark = snippet.length;
    snippet += text.slice(inText(m.start), inText(m.end));
    highlights.push([mark, snippet.length]);
    at = m.end;
    from = inText(m.end);
  }
  // As FTS5 does: a window that reaches the last word takes the text after it too.
  const more = tokensForward(f, best.end, 1).end > best.end && /[\p{L}\p{N}]/u.test(text.slice(end));
  snippet += more ? `${text.slice(from, end)}…` : text.slice(from);
  return collapseSpaces(snippet, highlights);
}

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const words = new Intl.Segmenter('th', { granularity: 'word' });
/**
 * A snippet's edge at `at` in the text, moved out to the edge of the word it cuts in a script
 * written without spaces (by ICU's dictionaries), so that "กรุงเทพ" is not shown as "กรุงเท…".
 */
function wordBoundary(text: string, at: number, toEnd: boolean): number {
  if (at <= 0 || at >= text.length || !UNSPACED.test(text[at - 1]!) || !UNSPACED.test(text[at]!)) return at;
  const from = Math.max(0, at - 40);
  for (const { index, segment } of words.segment(text.slice(from, at + 40))) {
    const [s, e] = [from + index, from + index + segment.length];
    if (s < at && at < e) return toEnd ? e : s;
  }
  return at;
}

/** Runs of whitespace become one space, as in parseSnippet; highlight offsets follow. */
function collapseSpaces(text: string, highlights: Array<[number, number]>): Snippet {
  let out = '';
  const map = new Array<number>(text.length + 1);
  let runStart = -1;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const space = i < text.length && isSpace(text.charCodeAt(i));
    if (space && runStart < 0) {
      out += text.slice(from, i);
      runStart = i;
    } else if (!space && runStart >= 0) {
      if (out.length > 0 && i < text.length) out += ' ';
      runStart = -1;
      from = i;
    }
    map[i] = runStart >= 0 ? out.length : out.length + (i - from);
  }
  if (runStart < 0) out += text.slice(from);
  return { snippet: out, highlights: highlights.map(([s, e]) => [map[s]!, Math.min(map[e]!, out.length)]) };
}
