// Chinese and Japanese are written without spaces: search (electron/core/search-text.ts) and
// re-anchoring (electron/core/annotations/alignment.ts) take each Han, Hiragana or Katakana
// character for a word of its own, and the page searches one. Thai, Lao, Khmer and Myanmar are
// written without spaces between words too: each of their letters (with the marks on it) is a
// word of its own for both.

/** Han, Hiragana and Katakana, as UTF-16 units (a high surrogate of planes 2 and 3 starts an ideograph). */
const IDEOGRAPHIC_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf], [0x3005, 0x3007], [0x3021, 0x3029], [0x3038, 0x303b], [0x3041, 0x30ff], [0x31f0, 0x31ff],
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xff66, 0xff9d], [0xd840, 0xd8bf],
];

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
/** Whether a text holds a unit of those ranges: a quick test before looking character by character. */
export const HAS_IDEOGRAPH = new RegExp(`[${IDEOGRAPHIC_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`);

export function isIdeographUnit(c: number): boolean {
  if (c < 0x2e80) return false;
  for (const [from, to] of IDEOGRAPHIC_RANGES) if (c >= from && c <= to) return true;
  return false;
}

/** A Chinese or Japanese character: a word of its own to search. */
export function isIdeograph(ch: string): boolean {
  return ch.length > 0 && isIdeographUnit(ch.charCodeAt(0));
}

/** Whether a text holds a letter of Thai, Lao, Khmer or Myanmar: a quick test before looking letter by letter. */
export const HAS_UNSPACED = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const UNSPACED_LETTER = /^(?=\p{L})[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;

/** A letter of Thai, Lao, Khmer or Myanmar (not a mark or digit). */
export function isUnspacedLetter(ch: string): boolean {
  return UNSPACED_LETTER.test(ch);
}

/** One Korean syllable, a word in itself as often as not (돈, money; 집, house): search looks for it as a whole word with a particle or none (electron/core/search-korean.ts). */
export function isHangulSyllable(text: string): boolean {
  return /^\p{sc=Hangul}$/u.test(text);
}

/** Whether a query of this one character is searched: a Chinese or Japanese character or a Korean syllable is, one Latin or Thai letter is not (as a prefix it starts most words). */
export function isSearchedAlone(text: string): boolean {
  return [...text].length === 1 && (isIdeograph(text) || isHangulSyllable(text));
}
