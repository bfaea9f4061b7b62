// Characters that make imported text show something other than what it says: Unicode's line
// and paragraph separators (and NEL), which most tools do not take for breaks, and the
// bidirectional override and isolate controls, which reorder what follows them on screen (a
// title "Invoice <U+202E>txt.exe" displays as "Invoice exe.txt").

const PARAGRAPH_SEPARATOR = /[\u2029\f]/g;
const LINE_SEPARATORS = /[\u2028\u0085]/g;

/**
 * U+2029 and a form feed (a page break: pdftotext writes one between pages, and a page's first
 * line ran into the sentence before it) become a paragraph break, U+2028 and U+0085 (NEL) a line break.
 */
export function separatorsToBreaks(text: string): string {
  return text.replace(PARAGRAPH_SEPARATOR, '\n\n').replace(LINE_SEPARATORS, '\n');
}

// Soft hyphens and word joiners: invisible hints for breaking lines (web pages hyphenate their
// headlines with &shy;) that split a word in two for search and the claim finder: a search for
// "international" did not find "inter\u00adnational".
const BREAK_HINTS = /[\u00AD\u2060]/g;

/** The text without soft hyphens and word joiners (all of it: body, title, outlet, author). */
export function withoutBreakHints(text: string): string {
  return text.replace(BREAK_HINTS, '');
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

/** For titles, outlets and authors: the controls are dropped. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** For the body: each control becomes a visible mark with its name (⟦RLO⟧), so a reader sees
 * that the text had one where it was, and it reorders nothing. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟦${BIDI_NAMES[c]}⟧`);
}
