// Krippendorff's alpha against the worked examples of Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability" (University of Pennsylvania, ScholarlyCommons).
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../electron/core/classroom/agreement.js';

/** Columns of a reliability data matrix (one array per coder, null = missing) as units. */
function units<V>(coders: Array<Array<V | null>>): V[][] {
  return coders[0]!.map((_, u) => coders.map((c) => c[u]).filter((v): v is V => v !== null && v !== undefined));
}

describe("Krippendorff's alpha", () => {
  it('matches the binary example for two observers (section A): 0.095', () => {
    const data = units([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    expect(krippendorffAlpha(data, 'nominal').overall).toBeCloseTo(0.095, 3);
  });

  it('matches the nominal example for two observers without missing values (section B): 0.692', () => {
    const data = units([
      ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
      ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
    ]);
    expect(krippendorffAlpha(data, 'nominal').overall).toBeCloseTo(0.692, 3);
  });

  // Section C: four observers, twelve units, missing values.
  const _ = null;
  const matrix = units([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ]);

  it('matches the nominal alpha of the four-observer example with missing values: 0.743', () => {
    expect(krippendorffAlpha(matrix, 'nominal').overall).toBeCloseTo(0.743, 3);
  });

  it('matches the ordinal alpha of the same example: 0.815', () => {
    expect(krippendorffAlpha(matrix, 'ordinal', [1, 2, 3, 4, 5]).overall).toBeCloseTo(0.815, 3);
  });

  it('gives no per-unit value where a unit has fewer than two values, and 1 where all agree', () => {
    const { perUnit } = krippendorffAlpha(matrix, 'nominal');
    expect(perUnit[11]).toBeNull(); // unit 12 has one value
    expect(perUnit[2]).toBe(1); // unit 3: everyone said 3
    expect(perUnit[5]!).toBeLessThan(0); // unit 6: four different values
  });

  it('is undefined (null) when there is nothing to disagree about', () => {
    expect(krippendorffAlpha([['x', 'x'], ['x', 'x', 'x']], 'nominal').overall).toBeNull();
    expect(krippendorffAlpha([['x']], 'nominal').overall).toBeNull();
  });
});
