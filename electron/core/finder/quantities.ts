// The quantity reader: every figure a sentence states, as a number with its hedge ("more
// than", "about", "up to"...), the bounds the hedge allows, its unit and what it counts.
// chrono-node finds the dates (so "7 October" is not a figure) and compromise reads number
// words ("thirty-two thousand", "a third"); the rules on top are in quantities/.
import type { Quantity } from '../../../shared/model.js';
import { datesOf, eventOf } from './quantities/dates.js';
import { findFigures } from './quantities/find-figures.js';
import { applyHedge, pairWithNext } from './quantities/hedges.js';
import { clauseAround, countsWholes, whatIsCounted } from './quantities/measures.js';
import { relateNeighbours } from './quantities/neighbours.js';
import { englishSeparators, westernDigits, writesDecimalComma } from './quantities/numbers.js';
import { rateOf } from './quantities/rates.js';

/**
 * Every figure in `text`, offsets relative to `offset`. Years and dates are not figures. The
 * article's `language` says how its digits are grouped ("27.662 personas") and its dates written
 * ("el 16 de noviembre").
 */
export function readQuantities(sentence: string, offset = 0, language: string | null = null): Quantity[] {
  const western = westernDigits(sentence);
  const text = writesDecimalComma(language) ? englishSeparators(western) : western;
  const dates = datesOf(text, language);
  const raw = findFigures(text, dates.covers, language);
  const out: Quantity[] = [];
  for (let i = 0; i < raw.length; i++) {
    const paired = pairWithNext(text, raw[i]!, raw[i + 1]);
    if (!paired) {
      i++; // a score such as "14-0": not a figure
      continue;
    }
    const f = paired.figure;
    applyHedge(text, f, raw[i]!);
    if (paired.pairs) i++;
    const [clauseStart, clauseEnd] = clauseAround(text, f.start, f.end);
    const prevEnd = (out.at(-1)?.end ?? 0) - offset;
    const nextStart = raw[i + 1]?.start ?? text.length;
    const { thing, who } = whatIsCounted(text, f, raw[i + 1], clauseStart, clauseEnd, prevEnd);
    if (f.dotThousands && countsWholes(thing, who, f.unit)) [f.value, f.low, f.high] = [f.value * 1000, f.low * 1000, f.high * 1000];
    const { per, period } = rateOf(text.slice(f.end, Math.min(clauseEnd, nextStart)), text.slice(Math.max(0, prevEnd), nextStart));
    out.push({
      start: offset + f.start,
      end: offset + f.end,
      text: sentence.slice(f.start, f.end),
      value: f.value,
      low: f.low,
      high: Number.isFinite(f.high) ? f.high : null,
      hedge: f.hedge,
      negated: f.negated,
      unit: f.unit,
      thing,
      who,
      event: null,
      per,
      period,
    });
  }
  if (out.length) {
    const event = eventOf(text, dates.all());
    for (const q of out) q.event = event;
  }
  relateNeighbours(text, out, offset);
  return out;
}
