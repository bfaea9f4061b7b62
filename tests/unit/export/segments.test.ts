import { describe, expect, it } from 'vitest';
import { blocksOf, segmentize } from '../../../electron/core/export/segments.js';

const span = (id: string, start: number, end: number) => ({ id, start, end });
const show = (segs: ReturnType<typeof segmentize>) => segs.map((s) => `${s.start}-${s.end}:${s.spans.map((x) => x.id).join('')}`);

describe('segmentize', () => {
  it('cuts overlapping and nested spans into pieces, outermost first', () => {
    // a: [2,10), b: [4,6) inside a, c: [8,14) overlapping a's end
    const spans = [span('a', 2, 10), span('b', 4, 6), span('c', 8, 14)];
    expect(show(segmentize(spans, 0, 16))).toEqual(['0-2:', '2-4:a', '4-6:ab', '6-8:a', '8-10:ac', '10-14:c', '14-16:']);
  });

  it('clips to a block and keeps spans that started before it', () => {
    const spans = [span('a', 0, 12), span('b', 11, 20)];
    expect(show(segmentize(spans, 10, 15))).toEqual(['10-11:a', '11-12:ab', '12-15:b']);
  });

  it('puts the longer of two spans with the same start outside', () => {
    const spans = [span('long', 0, 9), span('short', 0, 3)];
    expect(show(segmentize(spans, 0, 9))).toEqual(['0-3:longshort', '3-9:long']);
  });

  it('gives the whole range as one piece when nothing is marked', () => {
    expect(show(segmentize([], 5, 9))).toEqual(['5-9:']);
  });
});

describe('blocksOf', () => {
  it('falls back to paragraphs at blank lines', () => {
    expect(blocksOf('one\n\ntwo\n\n\nthree', [])).toEqual([
      { kind: 'paragraph', start: 0, end: 3 },
      { kind: 'paragraph', start: 5, end: 8 },
      { kind: 'paragraph', start: 11, end: 16 },
    ]);
  });
});
