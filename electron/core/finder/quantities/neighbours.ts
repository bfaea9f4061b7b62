// What the figure beside counts: a part of the figure before ("including 14,000 children"), the
// same count compared ("down from 500"), the whole a share is of.
import type { Quantity } from '../../../../shared/model.js';
import { MEASURE_NAMES, WHO, nounAfter } from './measures.js';

const PART_OF = /\b(?:including|among (?:them|whom|those)|of (?:them|whom))\s+$/i;
const COMPARED = /\b(?:down|up|fell|fallen|rose|risen|dropped|climbed|increased|decreased|jumped|plunged|soared)\b.*\bfrom\s+$|\bcompared (?:with|to)\s+$|\b(?:bringing|raising|taking|pushing) (?:the|its) (?:\w+ )?(?:total|tally|number|count) to\s+$/i;
const ACROSS = /\b(?:in|during|within|over|after|before|since|for|at|on)\b/i;
const WHO_NEXT_IN_LIST = /^\s+[\p{L}-]+,?\s+(?:and\s+)?$/u;

/** Whether `whole` is what the share `q` is a share of, and the measure said after it is the share's. */
function isShareOf(text: string, q: Quantity, whole: Quantity, offset: number): boolean {
  const share = q.unit === 'percent' || q.unit === 'fraction';
  const of = /^\s*of (?:the |its |[\p{L}-]+['’]s )*$/u.test(text.slice(q.end - offset, whole.start - offset));
  return share && of && whole.unit === null && MEASURE_NAMES.has(whole.thing) && !MEASURE_NAMES.has(q.thing);
}

const HARMED = new Set(['deaths', 'injured', 'casualties']);
/** "35,034 Palestinians killed and 78,755 others wounded", "…killed and 79,061 wounded": the same people. */
function sharesWho(text: string, prev: Quantity, q: Quantity, offset: number): boolean {
  if (/^ others\b/i.test(text.slice(q.end - offset))) return true;
  return HARMED.has(prev.thing) && HARMED.has(q.thing) && /\band $/i.test(text.slice(prev.end - offset, q.start - offset));
}

/**
 * Whether `q` counts what the figure before it does: a part of it ("35,000 killed, including
 * 14,000 children", "20 people, 12 of them children", "14,500 children and 9,500 women") or the
 * same count compared ("5 trucks a day, down from 500 before the war"), or put right ("not 500 but
 * 50 people").
 */
function isPartOrCompared(text: string, prev: Quantity, q: Quantity, offset: number): boolean {
  const between = text.slice(prev.end - offset, q.start - offset);
  const isWho = WHO.some(([re]) => re.test(q.thing));
  return (
    PART_OF.test(between) ||
    (prev.negated && /^,?\s+but\s+$/i.test(between)) ||
    /^ of (?:them|whom)\b/i.test(text.slice(q.end - offset)) ||
    COMPARED.test(text.slice(0, q.start - offset)) ||
    (isWho && WHO_NEXT_IN_LIST.test(between))
  );
}

/** What each figure learns from the one beside it: the whole a share is of, a part's or a comparison's measure. */
export function relateNeighbours(text: string, out: Quantity[], offset: number): void {
  out.forEach((q, i) => {
    const whole = out[i + 1];
    if (whole && isShareOf(text, q, whole, offset)) {
      // "80% of Gaza's 2.3 million people are displaced": the share is displaced; the 2.3 million are the people.
      [q.thing, whole.thing] = [whole.thing, nounAfter(text.slice(whole.end - offset))];
    }
  });
  out.forEach((q, i) => {
    const prev = out[i - 1];
    if (prev && sharesWho(text, prev, q, offset)) q.who ??= prev.who;
    if (prev && isPartOrCompared(text, prev, q, offset)) {
      if (!MEASURE_NAMES.has(q.thing) && MEASURE_NAMES.has(prev.thing)) Object.assign(q, { thing: prev.thing, who: q.who ?? prev.who });
      // "5 trucks a day, down from 500 before the war": the 500 were a day too.
      if (q.thing === prev.thing) q.per ??= prev.per;
    }
  });
  // "not 200,000 but 30,000 people", "12,000 dead, not 20,000": a figure with no word of its own
  // counts what the figure beside it does.
  // Not from a figure after a preposition: "sold 2 million in its first 12 months" counts no months.
  out.forEach((q, i) => {
    const near = [out[i + 1], out[i - 1]].find(
      (n) => n && n.thing !== 'other' && Math.min(Math.abs(n.start - q.end), Math.abs(q.start - n.end)) < 30 && !(n.start > q.end && ACROSS.test(text.slice(q.end - offset, n.start - offset))),
    );
    if (q.thing === 'other' && near) Object.assign(q, { thing: near.thing, who: q.who ?? near.who });
  });
}
