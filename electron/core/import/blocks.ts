// The shape every parser produces before assembly: blocks of plain text, then one body.
import type { Block, BlockKind } from '../../../shared/model.js';

export interface Draft {
  kind: BlockKind;
  text: string;
  /** Written as one line of its own: a heading or title candidate. */
  line: boolean;
  /** The page of a paged document (PDF) the block starts on, 1-based. */
  page?: number;
}

export interface Meta {
  title: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
}

export function emptyMeta(): Meta {
  return { title: null, author: null, outlet: null, publishedAt: null, sourceUrl: null };
}

/** Body = the blocks' texts joined by a blank line; each block's offsets point into it. */
export function assemble(drafts: readonly Draft[]): { body: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const d of drafts) {
    if (parts.length > 0) at += 2;
    blocks.push(d.page === undefined ? { kind: d.kind, start: at, end: at + d.text.length } : { kind: d.kind, start: at, end: at + d.text.length, page: d.page });
    parts.push(d.text);
    at += d.text.length;
  }
  return { body: parts.join('\n\n'), blocks };
}

const TITLE_MAX = 90;
const SENTENCE_END = /[.!?](?=["”’)]?(?:\s+[\p{Lu}\p{Lo}"“‘(]|$))/gu;
const WORD_BEFORE = /(?:^|\s)(\S+)$/;
/** Periods that end an abbreviation, not a sentence ("U.S. President", "Mr. Biden"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sen rep gov gen col lt sgt capt jr sr inc ltd co corp no vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const CUT_TAIL = /[\s,;:–—-]+$/u;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** A note mark after a word ("piers[1]", "Ouch[i].[ii]", Word's endnotes): the body keeps it, a title made of the sentence does not. */
const NOTE_MARK = /(?<=[\p{L}\p{N}\p{P}])\[(?:\d{1,3}|[ivxlc]{1,6})\]/gu;

function firstSentenceEnd(text: string): number {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (text[m.index] !== '.') return m.index;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
    if (word.length > 1 && !word.includes('.') && !ABBREVIATIONS.has(word.toLowerCase())) return m.index;
  }
  return -1;
}

/**
 * A title for text that carries none: the first sentence of its first paragraph, on one line,
 * cut at a word near 90 characters.
 */
export function titleFromText(text: string): string {
  const paragraph = text.trimStart().split(PARAGRAPH_BREAK, 1)[0]!;
  const head = squash(paragraph.slice(0, 400)).replace(NOTE_MARK, '');
  const end = firstSentenceEnd(head);
  let sentence = (end === -1 ? head : head.slice(0, end)).trim();
  if (sentence.length <= TITLE_MAX && (end !== -1 || paragraph.length <= TITLE_MAX)) return sentence;
  sentence = sentence.slice(0, TITLE_MAX);
  const space = sentence.lastIndexOf(' ');
  if (space > TITLE_MAX / 2) sentence = sentence.slice(0, space);
  return `${sentence.replace(CUT_TAIL, '')}…`;
}

/** Collapses the inner whitespace of one block of text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
