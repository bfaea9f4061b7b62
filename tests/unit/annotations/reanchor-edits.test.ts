// Re-anchoring against the truth of random corrections: an 8,000-word article with 2,000 claims
// (two in five of one word, often "the", "of", "a"), edited at 1 to 20 % of its words.
import { describe, expect, it } from 'vitest';
import { editedText, judge, type EditedText } from '../../../bench/edited-text.js';
import { align } from '../../../electron/core/annotations/alignment.js';
import { locate, type Located } from '../../../electron/core/annotations/anchoring.js';
import { quoteOf } from '../../../electron/core/annotations/quote.js';

function reanchorAll(t: EditedText): Located[] {
  const alignment = align(t.oldText, t.newText);
  return t.claims.map((c) => locate(alignment, { start: c.start, end: c.end, ...quoteOf(t.oldText, c.start, c.end) }, false));
}

describe.each([0.01, 0.05, 0.1, 0.2])('after random edits to %s of the words', (rate) => {
  it.each([1, 2])('puts no claim on the wrong words (seed %s)', (seed) => {
    const t = editedText(seed * 1000 + rate * 100, rate);
    const results = reanchorAll(t);
    const wrong = results.flatMap((r, i) => (r.outcome !== 'orphaned' && judge(t, t.claims[i]!, r.start, r.end) === 'wrong' ? [i] : []));
    expect(wrong).toEqual([]);

    // Claims with no edit within two words of them stay exactly on their words.
    const at = new Map(t.newWords.map((w, i) => [w.id, i]));
    const undisturbed = t.claims.flatMap((c, i) => {
      const first = at.get(c.words[0]! - 2);
      const ids = Array.from({ length: c.words.length + 4 }, (_, k) => c.words[0]! - 2 + k);
      return first !== undefined && ids.every((id, k) => at.get(id) === first + k) ? [i] : [];
    });
    expect(undisturbed.length).toBeGreaterThan(100);
    const moved = undisturbed.filter((i) => {
      const r = results[i]!;
      const truth = t.newWords[at.get(t.claims[i]!.words[0]!)!]!.start;
      return !(r.outcome === 'unchanged' || r.outcome === 'shifted') || r.start !== truth;
    });
    expect(moved).toEqual([]);

    // Many claims with one word of several edited are found again, with their changes.
    const changed = t.claims.flatMap((c, i) => (c.words.length > 3 && c.words.filter((w) => t.touched.has(w)).length === 1 ? [i] : []));
    const refound = changed.filter((i) => results[i]!.outcome === 'refound');
    expect(refound.length).toBeGreaterThan(changed.length / 3);
  });
});

it('orphans a one-word claim whose neighbouring word was replaced or deleted, rather than move it', () => {
  const t = editedText(77, 0.1);
  const results = reanchorAll(t);
  const exposed = t.claims.flatMap((c, i) =>
    c.words.length === 1 && !t.touched.has(c.words[0]!) && (t.touched.has(c.words[0]! - 1) || t.touched.has(c.words[0]! + 1)) ? [i] : [],
  );
  expect(exposed.length).toBeGreaterThan(20);
  expect(exposed.filter((i) => results[i]!.outcome !== 'orphaned')).toEqual([]);
});

it('is what plain exact matching gets wrong: the first occurrence of a short quote is often another one', () => {
  const t = editedText(5, 0.05);
  const wrong = t.claims.filter((c) => {
    const exact = t.oldText.slice(c.start, c.end);
    const at = t.newText.indexOf(exact);
    return at !== -1 && judge(t, c, at, at + exact.length) === 'wrong';
  });
  expect(wrong.length).toBeGreaterThan(100);
});
