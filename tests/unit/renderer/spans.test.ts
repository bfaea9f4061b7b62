// What the reader paints for a set of claims: status colour, technique underline, overlaps.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model.js';
import { annotationsAt, overlaps, spansFor } from '../../../renderer/src/annotate/spans.js';

function claim(id: string, start: number, end: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: 'a',
    start,
    end,
    quote: { exact: '', prefix: '', suffix: '' },
    statusTagId: null,
    tagIds: [],
    note: '',
    evidence: [],
    links: [],
    orphaned: false,
    conflict: null,
    createdAt: '',
    updatedAt: '',
    revision: 1,
    ...fields,
  };
}

describe('spansFor', () => {
  it('paints the status colour, the first technique as an underline, and untagged claims in grey', () => {
    const spans = spansFor([
      claim('1', 0, 10, { statusTagId: 'status:false', tagIds: ['tech:loaded', 'tech:fear'] }),
      claim('2', 20, 30),
    ]);
    expect(spans).toEqual([
      { start: 0, end: 10, name: 'gs-statusfalse' },
      { start: 0, end: 10, name: 'gt-techloaded' },
      { start: 20, end: 30, name: 'gloss-untagged' },
    ]);
  });

  it('does not paint orphaned claims: their text is gone', () => {
    expect(spansFor([claim('1', 0, 10, { orphaned: true, statusTagId: 's' })])).toEqual([]);
  });

  it('marks the claim being edited, the flashed one and linked ones on top', () => {
    const names = spansFor([claim('1', 0, 5), claim('2', 6, 9)], { active: '1', flash: '2', linked: new Set(['2']) }).map((s) => s.name);
    expect(names).toEqual(['gloss-untagged', 'gloss-active', 'gloss-untagged', 'gloss-flash', 'gloss-linked']);
  });
});

describe('overlaps', () => {
  it('finds the stretches covered by two or more claims', () => {
    expect(overlaps([claim('1', 0, 10), claim('2', 5, 15), claim('3', 12, 20), claim('4', 30, 40)])).toEqual([
      [5, 10],
      [12, 15],
    ]);
  });

  it('joins a run covered by three claims into one stretch', () => {
    expect(overlaps([claim('1', 0, 10), claim('2', 2, 8), claim('3', 4, 6)])).toEqual([[2, 8]]);
  });

  it('does not count claims that only touch', () => {
    expect(overlaps([claim('1', 0, 5), claim('2', 5, 9)])).toEqual([]);
  });
});

describe('annotationsAt', () => {
  it('returns the claims under an offset, the shortest first', () => {
    const list = [claim('long', 0, 50), claim('short', 10, 14), claim('gone', 10, 14, { orphaned: true })];
    expect(annotationsAt(list, 12).map((a) => a.id)).toEqual(['short', 'long']);
    expect(annotationsAt(list, 14).map((a) => a.id)).toEqual(['long']);
    expect(annotationsAt(list, 50)).toEqual([]);
  });
});
