// Krippendorff's alpha over a reliability data matrix (units × coders, values missing where a
// coder gave none), following Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
// values are paired within each unit through the coincidence matrix, and alpha = 1 - Do/De.

export type Metric = 'nominal' | 'ordinal';

/**
 * One unit's values, one per coder who gave one (missing values left out). For the ordinal
 * metric `order` lists every value in rank order; values not in it are left out.
 */
export type Unit<V> = readonly V[];

export interface Alpha {
  /** Over all units; null when there is nothing to disagree about (fewer than two values, or one value throughout). */
  overall: number | null;
  /** Per unit: its own observed disagreement against the whole matrix's expected disagreement; null where the unit has fewer than two values. */
  perUnit: Array<number | null>;
}

export function krippendorffAlpha<V>(units: ReadonlyArray<Unit<V>>, metric: Metric, order: readonly V[] = []): Alpha {
  const pairable = units.map((u) => (metric === 'ordinal' ? u.filter((v) => order.includes(v)) : [...u]));
  const values = metric === 'ordinal' ? [...order] : [...new Set(pairable.flat())];
  const index = new Map(values.map((v, i) => [v, i]));
  const k = values.length;

  // Coincidences: each ordered pair of values within a unit of m values weighs 1/(m-1).
  const unitCoincidences = pairable.map((u) => {
    const o = new Float64Array(k * k);
    if (u.length < 2) return o;
    for (let i = 0; i < u.length; i++) {
      for (let j = 0; j < u.length; j++) {
        if (i !== j) o[index.get(u[i]!)! * k + index.get(u[j]!)!]! += 1 / (u.length - 1);
      }
    }
    return o;
  });
  const marginals = new Float64Array(k);
  for (const o of unitCoincidences) for (let c = 0; c < k; c++) for (let d = 0; d < k; d++) marginals[c]! += o[c * k + d]!;
  const n = marginals.reduce((s, x) => s + x, 0);

  const delta = metric === 'nominal' ? nominalDelta : ordinalDelta(marginals);
  let expected = 0;
  for (let c = 0; c < k; c++) for (let d = 0; d < k; d++) expected += marginals[c]! * marginals[d]! * delta(c, d);
  expected /= n * (n - 1);

  const observedIn = (o: Float64Array) => {
    let sum = 0;
    for (let c = 0; c < k; c++) for (let d = 0; d < k; d++) sum += o[c * k + d]! * delta(c, d);
    return sum;
  };
  if (n < 2 || expected === 0) return { overall: null, perUnit: pairable.map(() => null) };
  const observed = unitCoincidences.reduce((s, o) => s + observedIn(o), 0) / n;
  return {
    overall: 1 - observed / expected,
    perUnit: pairable.map((u, i) => (u.length < 2 ? null : 1 - observedIn(unitCoincidences[i]!) / u.length / expected)),
  };
}

function nominalDelta(c: number, d: number): number {
  return c === d ? 0 : 1;
}

/** Ordinal distance: the number of pairable values from rank c to rank d, less half of each end. */
function ordinalDelta(marginals: Float64Array): (c: number, d: number) => number {
  return (c, d) => {
    if (c === d) return 0;
    const [lo, hi] = c < d ? [c, d] : [d, c];
    let sum = 0;
    for (let g = lo; g <= hi; g++) sum += marginals[g]!;
    return (sum - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
  };
}
