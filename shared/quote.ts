// A claim's words as a message quotes them ("“{quote}”"): the quotation marks the person
// selected at either end are left out, so that the words are not quoted twice (““There are
// ways…”). Only double marks and guillemets: a single mark at the end is often an apostrophe
// (“the ministers’”).
const OUTER_MARKS = /^[\s"“”„‟«»]+|[\s"“”„‟«»]+$/gu;

export function unquoted(exact: string): string {
  return exact.replace(OUTER_MARKS, '') || exact;
}

/**
 * Text set apart (FSI…PDI) inside a message, so that it keeps its own direction: an Arabic quote
 * with an English name in it, not isolated, showed reordered in the English interface.
 */
export function bidiIsolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * Text cut for a message or a list at about `max` characters: at the last word that fits when
 * that keeps more than half, else within the word (Chinese, a long address), never inside a
 * character written as a surrogate pair; "…" where it was cut. Line breaks read as spaces.
 */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  const atWord = flat[max] === ' ' ? max : cut.lastIndexOf(' ');
  if (atWord > max / 2) cut = cut.slice(0, atWord);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
