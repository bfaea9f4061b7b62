// Sentences of an article, with their offsets into the body, for the claim finder.
// Intl.Segmenter (ICU's sentence rules) does the splitting; the two rules on top mend what
// ICU gets wrong in news text: a break after a title ("Mr. Smith") and a break before a
// lower-case continuation ('"Really?" he asked.').
import type { Block } from '../../../shared/model.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const TITLE_AT_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Jr|Sr|Rev|Pres|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*$/;
const STARTS_LOWER = /^\s*\p{Ll}/u;

/** The sentences of one stretch of text, trimmed, offsets relative to `offset`. */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = pieces.at(-1);
    const prev = last ? text.slice(last.start, last.end) : '';
    if (last && (TITLE_AT_END.test(prev) || STARTS_LOWER.test(segment))) last.end = index + segment.length;
    else pieces.push({ start: index, end: index + segment.length });
  }
  const out: Sentence[] = [];
  for (const { start, end } of pieces) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    out.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/** Sentences of every paragraph, quote and list item (headings are not claims), in text order. */
export function articleSentences(body: string, blocks: readonly Block[]): Sentence[] {
  const spans = blocks.length ? blocks : [{ kind: 'paragraph' as const, start: 0, end: body.length }];
  return spans
    .filter((b) => b.kind !== 'heading')
    .flatMap((b) => splitSentences(body.slice(b.start, b.end), b.start));
}
