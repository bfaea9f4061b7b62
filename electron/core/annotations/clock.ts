// Version vectors: {replica id: number of changes made there}. One version descends from
// another when it has seen every change the other has.
import { z } from 'zod';

export type Clock = Record<string, number>;

export const clockSchema = z.record(z.string().min(1).max(64), z.number().int().min(0)).refine((c) => Object.keys(c).length <= 10_000);

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** How `a` stands to `b`: before means b has seen all of a and more. */
export function compareClocks(a: Clock, b: Clock): Order {
  let aAhead = false;
  let bAhead = false;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? 0;
    const y = b[key] ?? 0;
    if (x > y) aAhead = true;
    if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** The version that has seen both. */
export function mergeClocks(a: Clock, b: Clock): Clock {
  const merged: Clock = { ...a };
  for (const [key, n] of Object.entries(b)) merged[key] = Math.max(merged[key] ?? 0, n);
  return sortedClock(merged);
}

/** Keys in order, so that equal clocks are equal strings. */
export function sortedClock(c: Clock): Clock {
  return Object.fromEntries(Object.entries(c).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

export function parseClock(json: string): Clock {
  return clockSchema.parse(JSON.parse(json));
}
