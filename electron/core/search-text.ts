// What full-text search reads of a text: the same in the index (SQL function `search_text`, in
// the triggers that feed articles_fts and notes_fts) and in what a person types.
// FTS5's unicode61 tokenizer folds case and Latin accents, but it splits a word at every Arabic
// vowel mark or Hebrew point ("قَالَ" became three tokens, so "قال" found nothing), and it takes a
// run of Chinese, Japanese or Thai, which have no spaces between words, for one word (so "地震"
// was never found inside "東京で十二日に地震があった"). Here:
// - Arabic is normalised as Lucene's ArabicNormalizer does (Larkey, Ballesteros and Connell, 2002):
//   vowel marks and tatweel dropped, alef with hamza or madda read as alef, alef maqsura as yeh,
//   teh marbuta as heh; Hebrew points and cantillation marks are dropped;
// - each Han, Hiragana or Katakana character becomes a word of its own, so a query of several
//   is a phrase of single characters, found anywhere in a sentence;
// - so does each Thai, Lao, Khmer or Myanmar letter with the vowel and tone marks on it (the
//   indexes, since migration 018, keep marks inside words). A dictionary segmenter
//   (Intl.Segmenter) cut names in a sentence otherwise than on their own ("ปูติน", Putin, was
//   ปู|ติ|น after ประธานาธิบดี and ปู|ติน alone), so it missed them; letters find every
//   occurrence, and a short word also inside longer ones (ยา, medicine, in พยาบาล, nurse);
// - variation selectors, which choose a glyph (an emoji's, a name's variant of a Han character),
//   are dropped.
import { isIdeographUnit, isUnspacedLetter } from '../../shared/ideographs.js';
import type { Db } from './db.js';

const POINT = /^\p{Mn}$/u;
const POINTED_SCRIPT = /^[\p{scx=Arabic}\p{scx=Hebrew}]$/u;
const MARK = /^\p{M}$/u;
const TATWEEL = 0x0640;
const DROPPED = 1; // Arabic vowel marks, Hebrew points, tatweel
const UNSPACED = 2; // a letter of a script written without spaces between words
const ON_LETTER = 3; // any other mark: it goes with the letter before it
/** What each UTF-16 unit below KIND.length is to search, read once from Unicode's properties. */
const KIND = Uint8Array.from({ length: 0x1800 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if (c === TATWEEL || (POINT.test(ch) && POINTED_SCRIPT.test(ch))) return DROPPED;
  if (MARK.test(ch)) return ON_LETTER;
  return isUnspacedLetter(ch) ? UNSPACED : 0;
});
const LETTER = new Map<number, string>([[0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'], [0x0649, 'ي'], [0x0629, 'ه']]);
/** Texts without these scripts or a variation selector (most) go through as they are. */
const CHANGES =
  /[\p{scx=Arabic}\p{scx=Hebrew}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** How many UTF-16 units the variation selector at i has (0 if there is none). */
function selectorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xfe00 && c <= 0xfe0f) return 1;
  if (c !== 0xdb40) return 0;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdd00 && low <= 0xddef ? 2 : 0;
}

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
  // A word of its own: the units [i, end) copied, then a space (which stands for what follows
  // them up to `after`, a variation selector on them included).
  const ownWord = (end: number) => {
    copyRun(end);
    const after = end + selectorAt(original, end);
    put(' ', after);
    run = after;
    return after - 1;
  };
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const kind = c < KIND.length ? KIND[c] : 0;
    if (kind === DROPPED) {
      copyRun(i);
      run = i + 1;
    } else if (LETTER.has(c)) {
      copyRun(i);
      put(LETTER.get(c)!, i);
      run = i + 1;
    } else if (kind === UNSPACED) {
      let end = i + 1;
      while (end < original.length && KIND[original.charCodeAt(end)] === ON_LETTER) end++;
      i = ownWord(end);
    } else if (isIdeographUnit(c)) {
      i = ownWord(c >= 0xd800 ? Math.min(i + 2, original.length) : i + 1);
    } else {
      const selector = selectorAt(original, i);
      if (selector > 0) {
        copyRun(i);
        run = i + selector;
        i += selector - 1;
      }
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
