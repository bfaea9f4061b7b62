// A long article's text is put on the page a part at a time: the part at the place the pane
// opens at (and the next) at once, the rest in idle time. Rendering, styling and laying out
// 150,000 characters at once is one task of 100–170 ms; a part of PART_CHARS is a few
// milliseconds, so opening never blocks the window for long, and the text shows sooner.
// Once every part is there the page is exactly what it was before: one element per block.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article, Block } from '../../../shared/model.js';

/** About this many characters a part: a few screens of text, a few milliseconds to lay out. */
export const PART_CHARS = 8_000;
/** Text shown past a place it opens or jumps to: a tall screen's worth. */
const SCREEN_CHARS = 4_000;

/**
 * The article's blocks in parts of about `size` characters, in order. A run of list items stays
 * in one part (its items share one <ul>); empty blocks are left out, as the page leaves them out.
 */
export function partsOf(blocks: readonly Block[], size = PART_CHARS): Block[][] {
  const parts: Block[][] = [];
  let part: Block[] = [];
  let chars = 0;
  for (const b of blocks) {
    if (b.end <= b.start) continue;
    if (chars >= size && b.kind !== 'list-item') {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(b);
    chars += b.end - b.start;
  }
  if (part.length) parts.push(part);
  return parts;
}

/** How many parts must be on the page for the text up to `offset` (and a screen after it) to show. */
export function partsThrough(parts: readonly Block[][], offset: number): number {
  let i = 0;
  while (i + 1 < parts.length && parts[i + 1]![0]!.start <= offset + SCREEN_CHARS) i++;
  return Math.min(parts.length, i + 1);
}

export interface ProgressiveText {
  parts: Block[][];
  /** How many parts are on the page. */
  shown: number;
  /** Text before this offset is on the page (Infinity once all of it is). */
  renderedTo: number;
  /** Puts the text up to `offset` (and a screen after it) on the page now. */
  showThrough: (offset: number) => void;
}

/**
 * The parts of `article` and how many of them are on the page: enough for the text at
 * `openAt` (a text offset: where the pane opens) at first, then one more part each time the
 * window is idle after a frame: a part is laid out in a frame of its own, never several at once.
 */
export function useProgressiveText(article: Article | null, openAt: () => number): ProgressiveText {
  const parts = useMemo(() => (article ? partsOf(article.blocks) : []), [article]);
  const [progress, setProgress] = useState<{ parts: Block[][]; shown: number }>({ parts: [], shown: 0 });
  // A new article (or a new text of it) starts again from where the pane is to open.
  let current = progress;
  if (progress.parts !== parts) {
    current = { parts, shown: partsThrough(parts, openAt()) };
    setProgress(current);
  }
  const { shown } = current;

  useEffect(() => {
    if (shown >= parts.length) return;
    let idle = 0;
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => setProgress((p) => (p.parts === parts ? { parts, shown: Math.max(p.shown, shown + 1) } : p)));
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdleCallback(idle);
    };
  }, [parts, shown]);

  const showThrough = useCallback(
    (offset: number) => setProgress((p) => (p.parts === parts ? { parts, shown: Math.max(p.shown, partsThrough(parts, offset)) } : p)),
    [parts],
  );
  const renderedTo = shown >= parts.length ? Infinity : parts[shown]![0]!.start;
  return { parts, shown, renderedTo, showThrough };
}
