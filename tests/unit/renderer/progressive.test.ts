// A long article goes on the page in parts: every block once, in order, lists whole, and the
// text a pane opens at (or jumps to) is in the parts put on the page first.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model.js';
import { partsOf, partsThrough } from '../../../renderer/src/reader/progressive.js';

/** Blocks of `lengths` characters with a two-character gap between them, all paragraphs unless named. */
function blocks(lengths: number[], kinds: Record<number, Block['kind']> = {}): Block[] {
  let at = 0;
  return lengths.map((n, i) => {
    const b: Block = { kind: kinds[i] ?? 'paragraph', start: at, end: at + n };
    at += n + 2;
    return b;
  });
}

describe('partsOf', () => {
  it('cuts a long text into parts of about the size asked, every block once and in order', () => {
    const all = blocks(Array.from({ length: 100 }, () => 640));
    const parts = partsOf(all, 8_000);
    expect(parts.flat()).toEqual(all);
    expect(parts.length).toBe(8); // 13 blocks of 640 reach 8,000
    for (const part of parts.slice(0, -1)) expect(part.reduce((n, b) => n + b.end - b.start, 0)).toBeGreaterThanOrEqual(8_000);
  });

  it('keeps a run of list items in one part and leaves empty blocks out', () => {
    const all = blocks([5_000, 4_000, 300, 300, 300, 5_000], { 2: 'list-item', 3: 'list-item', 4: 'list-item' });
    const withEmpty = [...all.slice(0, 3), { kind: 'paragraph' as const, start: all[2]!.end, end: all[2]!.end }, ...all.slice(3)];
    const parts = partsOf(withEmpty, 8_000);
    expect(parts.map((p) => p.map((b) => b.kind))).toEqual([['paragraph', 'paragraph', 'list-item', 'list-item', 'list-item'], ['paragraph']]);
  });

  it('puts a short article in one part', () => {
    expect(partsOf(blocks([300, 500, 200]))).toHaveLength(1);
    expect(partsOf([])).toEqual([]);
  });
});

describe('partsThrough', () => {
  const parts = partsOf(blocks(Array.from({ length: 100 }, () => 640)), 8_000);

  it('opens at the top with the first part alone', () => {
    expect(partsThrough(parts, 0)).toBe(1);
  });

  it('reaches the part holding an offset far down, and the next when that part ends within a screen', () => {
    expect(partsThrough(parts, parts[5]![1]!.start + 10)).toBe(6);
    expect(partsThrough(parts, parts[5]!.at(-1)!.start)).toBe(7);
    expect(partsThrough(parts, parts.at(-1)![0]!.start)).toBe(parts.length);
    expect(partsThrough(parts, 10_000_000)).toBe(parts.length);
  });
});
