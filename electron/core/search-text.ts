// What full-text search reads of a text: the same in the index (SQL function `search_text`, in
// the triggers that feed articles_fts and notes_fts) and in what a person types.
// FTS5's unicode61 tokenizer folds case and Latin accents, but it splits a word at every Arabic
// vowel mark or Hebrew point ("قَالَ" became three tokens, so "قال" found nothing), and it takes a
// run of Chinese or Japanese, which has no spaces, for one word (so "地震" was never found inside
// "東京で十二日に地震があった"). Here:
// - Arabic is normalised as Lucene's ArabicNormalizer does (Larkey, Ballesteros and Connell, 2002):
//   vowel marks and tatweel dropped, alef with hamza or madda read as alef, alef maqsura as yeh,
//   teh marbuta as heh; Hebrew points and cantillation marks are dropped;
// - each Han, Hiragana or Katakana character becomes a word of its own, so a query of several
//   is a phrase of single characters, found anywhere in a sentence.
import { isIdeographUnit } from '../../shared/ideographs.js';
import type { Db } from './db.js';

/** Arabic vowel marks and Hebrew points (the non-spacing marks of those scripts), and tatweel. */
const POINT = /^\p{Mn}$/u;
const POINTED_SCRIPT = /^[\p{scx=Arabic}\p{scx=Hebrew}]$/u;
const TATWEEL = 0x0640;
/** What is dropped, by UTF-16 unit below DROPPED.length, read once from Unicode's properties. */
const DROPPED = Uint8Array.from({ length: 0x0900 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return c === TATWEEL || (POINT.test(ch) && POINTED_SCRIPT.test(ch)) ? 1 : 0;
});
const LETTER = new Map<number, string>([[0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'], [0x0649, 'ي'], [0x0629, 'ه']]);
/** Texts without these scripts (most) go through as they are. */
const CHANGES = /[\p{scx=Arabic}\p{scx=Hebrew}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

export interface SearchText {
  text: string;
  /** For each UTF-16 unit of `text` (and its end), the offset in the original it comes from; null when the text is the original. */
  from: Int32Array | null;
}

function read(original: string, withOffsets: boolean): SearchText {
  if (!CHANGES.test(original)) return { text: original, from: null };
  const parts: string[] = [];
  const from = withOffsets ? new Int32Array(original.length * 2 + 1) : null;
  let written = 0;
  let run = 0; // where the run of units copied as they are began
  const copyRun = (end: number) => {
    if (end > run) parts.push(original.slice(run, end));
    if (from) for (let k = run; k < end; k++) from[written++] = k;
    else written += end - run;
  };
  const put = (out: string, source: number) => {
    parts.push(out);
    if (from) from[written] = source;
    written++;
  };
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c < DROPPED.length && DROPPED[c] === 1) {
      copyRun(i);
      run = i + 1;
    } else if (LETTER.has(c)) {
      copyRun(i);
      put(LETTER.get(c)!, i);
      run = i + 1;
    } else if (isIdeographUnit(c)) {
      const end = c >= 0xd800 ? Math.min(i + 2, original.length) : i + 1;
      copyRun(end);
      put(' ', end);
      run = end;
      i = end - 1;
    }
  }
  copyRun(original.length);
  if (from) from[written] = original.length;
  return { text: parts.join(''), from: from ? from.subarray(0, written + 1) : null };
}

export function searchTextWithOffsets(original: string): SearchText {
  return read(original, true);
}

export function searchText(original: string): string {
  return read(original, false).text;
}

/**
 * Every connection that writes articles or notes needs it: their search triggers call it. What it
 * returns for a text must not change without a migration that rebuilds both indexes: a row is
 * taken out of an index by giving it again the words it went in with.
 */
export function registerSearchText(db: Db): void {
  db.function('search_text', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? searchText(value) : value));
}
