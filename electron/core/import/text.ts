// Plain text (.txt and pasted): lines into blocks, page chrome out, title and headings found.
import { isSectionCrumb } from './boilerplate.js';
import { emptyMeta, titleFromText, type Draft, type Meta } from './blocks.js';
import { cleanDrafts } from './clean.js';

/** A line this long or longer that is followed by another is a wrapped paragraph, not a break. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;
const QUOTE = /^>\s?/;
const BULLET = /^[-*•‣◦–]\s+/;
const NUMBERED = /^\d{1,3}[.)]\s+/;
const HEADING_MAX = 120;
const TITLE_MAX = 250;
/** Ends like a sentence (or a quotation closing one): not a heading. */
const TERMINAL = /[.,;:!?…"”'’»)،؛؟۔]$/u;
const QUESTION = /[?!؟]$/;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

type LineKind = 'paragraph' | 'quote' | 'list-item';

function lineKind(line: string): LineKind {
  if (line.charCodeAt(0) === 62 /* > */ && QUOTE.test(line)) return 'quote';
  if (BULLET.test(line) || NUMBERED.test(line)) return 'list-item';
  return 'paragraph';
}

/**
 * Blank lines separate blocks. Inside a run of lines, a line of wrap length continues
 * into the next (hard-wrapped text); a short or very long one ends its block, so a
 * heading right above its paragraph, or one-paragraph-per-line text, still splits.
 */
export function splitLines(text: string): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let lastLength = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let line = text.slice(from, to).trim();
    from = to + 1;
    if (line.length === 0) {
      current = null;
      continue;
    }
    const kind = lineKind(line);
    if (kind === 'quote') line = line.replace(QUOTE, '');
    else if (kind === 'list-item') line = line.replace(BULLET, '');
    if (line.length === 0) continue;
    const continues =
      current !== null &&
      ((kind === 'paragraph' && lastLength >= WRAP_MIN && lastLength <= WRAP_MAX) ||
        (kind === 'quote' && current.kind === 'quote'));
    if (continues) {
      current!.text += ` ${line}`;
      current!.line = false;
    } else {
      current = { kind, text: line, line: true };
      drafts.push(current);
    }
    lastLength = line.length;
  }
  return drafts;
}

function headingLike(d: Draft, max: number): boolean {
  return (
    d.line &&
    d.kind === 'paragraph' &&
    d.text.length <= max &&
    !TERMINAL.test(d.text) &&
    !STARTS_LOWER.test(d.text) &&
    HAS_LETTER.test(d.text)
  );
}

/** A title line may end in a question or exclamation mark; an inner heading may not. */
function titleLike(d: Draft): boolean {
  if (headingLike(d, TITLE_MAX)) return true;
  return d.line && d.kind === 'paragraph' && d.text.length <= 160 && QUESTION.test(d.text) && !STARTS_LOWER.test(d.text);
}

function sameText(a: string, b: string): boolean {
  return a.length === b.length ? a.toLowerCase() === b.toLowerCase() : false;
}

/**
 * The title, taken out of the blocks when it was a line of its own: the line that repeats
 * the breadcrumb, else a short leading line above the text (after dropping section crumbs).
 * Text without a title line keeps all of its blocks, and the title is made from its first sentence.
 */
function takeTitle(drafts: Draft[], crumbTitle: string | null, given: string | null): string {
  if (given !== null) {
    const i = drafts.findIndex((d, n) => n < 3 && sameText(d.text, given));
    if (i !== -1) drafts.splice(0, i + 1);
    return given;
  }
  if (crumbTitle !== null) {
    const i = drafts.findIndex((d, n) => n < 3 && sameText(d.text, crumbTitle));
    if (i !== -1) {
      const title = drafts[i]!.text;
      drafts.splice(0, i + 1);
      return title;
    }
  }
  while (drafts.length > 2 && headingLike(drafts[0]!, 60) && titleLike(drafts[1]!) && isSectionCrumb(drafts[0]!.text)) {
    drafts.shift();
  }
  if (drafts.length > 1 && titleLike(drafts[0]!)) return drafts.shift()!.text;
  if (crumbTitle !== null) return crumbTitle;
  const first = drafts.find((d) => d.kind === 'paragraph') ?? drafts[0];
  return first ? titleFromText(first.text) : '';
}

/** Short unpunctuated lines between other blocks are headings. */
function markHeadings(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length - 1; i++) {
    const d = drafts[i]!;
    if (headingLike(d, HEADING_MAX) && !headingLike(drafts[i + 1]!, HEADING_MAX)) d.kind = 'heading';
  }
}

export interface ParsedText {
  meta: Meta;
  drafts: Draft[];
}

export function parseText(text: string, givenTitle: string | null): ParsedText {
  const meta = emptyMeta();
  const { drafts, crumbTitle } = cleanDrafts(splitLines(text), meta);
  meta.title = takeTitle(drafts, crumbTitle, givenTitle);
  markHeadings(drafts);
  return { meta, drafts };
}
