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
