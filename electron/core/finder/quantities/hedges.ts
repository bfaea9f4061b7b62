// Hedges ("more than", "about", "up to"), negation, ranges ("20,000 to 30,000"), ratios ("one
// in five") and scores ("14-0"): what bounds the words around a number put on it.
import type { Hedge, Quantity } from '../../../../shared/model.js';
import { SCALES, WORD_NUMBER } from './numbers.js';
import type { RawFigure } from './find-figures.js';

/** Hedges, longest first, with those of Spanish and French; each says what bounds it puts around the number. */
const HEDGES: Array<[RegExp, Hedge]> = [
  [/\b(?:not|no) (?:more|greater) than $|\b(?:up to|as (?:many|much|high) as|at most|a maximum of|no more than|hasta(?: los| las)?|jusqu['’]à) $/i, 'up to'],
  [/\b(?:not|no) (?:fewer|less) than $|\b(?:at least|a minimum of|as (?:low|few|little) as|al menos|por lo menos|au moins) $/i, 'at least'],
  [/\b(?:more than|over|above|exceed(?:s|ed|ing)?|in excess of|upwards? of|north of|greater than|beyond|(?:surpass(?:es|ed|ing)?|top(?:s|ped)|pass(?:es|ed)|cross(?:es|ed))(?: the)?|más de(?: los| las)?|plus de) $/iu, 'more than'],
  [/\b(?:nearly|almost|close to|just under|approaching|shy of|casi|presque|près de) $/i, 'nearly'],
  [/\b(?:fewer than|less than|under|below|lower than|not even|menos de|moins de) $/i, 'fewer than'],
  [/\b(?:about|around|some|roughly|approximately|an estimated|estimated|circa|an approximate|in the region of|approx\.|unos|unas|alrededor de|cerca de|environ|quelque) ?$/i, 'about'],
];
/** Whether `text` ends with a hedge ("Passes 30,000" is no name and its number). */
export function endsWithHedge(text: string): boolean {
  return HEDGES.some(([re]) => re.test(text));
}
const NEGATION = /(?:(?:\b(?:not|never|rather than|instead of)|n't)(?: the| a)?|\b(?:not true|untrue|false|den(?:y|ies|ied)) that(?: the)?)\s+$/i;
const AFTER_AT_LEAST = /^(?:\s?(?:or more|plus|\+)|-plus\b)/i;
/** "1300여 개", "300多人", "200余名": Korean and Chinese "over" after the number. */
const AFTER_MORE_THAN = /^(?:여|多|余)/;
const AFTER_UP_TO = /^\s?(?:or (?:fewer|less))/i;
const AFTER_ABOUT = /^\s?or so\b/i;
const RANGE_JOIN = /^\s?(?:-|–|~|∼|～|to|and|et|y)\s?/;
const RISE_VERB = 'rose|risen|rising|increased|grew|grown|climbed|jumped|soared|raised|boosted|expanded|widened';
const CHANGE_VERB = `${RISE_VERB}|went|gone|fell|fallen|dropped|decreased|declined|cut|reduced|slashed|lowered|shrank|shrunk|narrowed`;
/** "rose from", "cut the number of ministries from": a change from the figure after it to the next, with the words between the verb and "from". */
export const CHANGE_FROM = new RegExp(String.raw`(?:([\p{L}-]+)\s+(?:(?:has|have|had|was|were|is|are|been|be)\s+)*)?\b(?:${CHANGE_VERB})\b((?:\s+[\p{L}'’-]+){0,5})\s+from\s+$`, 'iu');
const RISE_FROM = new RegExp(String.raw`\b(?:${RISE_VERB})\b(?:\s+[\p{L}'’-]+){0,5}\s+from\s+$`, 'iu');
/** "rose from 100 to 150", "cut the number of ministries from 12 to 18": two figures, before and after, not a range. */
function isChange(lead: string, join: string): boolean {
  return join.trim() === 'to' && CHANGE_FROM.test(lead);
}
/** "one in five", "4 out of 5", "seven out of every 100". */
const RATIO_JOIN = /^ (?:in|out of)(?: every)? $/i;
export const RATIO_NEXT = new RegExp(String.raw`^ (?:in|out of)(?: every)? (?:\d|(?:${WORD_NUMBER})\b)`, 'i');
function isRatio(text: string, a: RawFigure, b: RawFigure): boolean {
  const plain = (f: RawFigure) => f.unit === null && Number.isInteger(f.value);
  return RATIO_JOIN.test(text.slice(a.end, b.start)) && plain(a) && plain(b) && a.value < b.value;
}

/** A figure with its range or ratio read, before what it counts. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  hedge: Hedge;
  negated: boolean;
  unit: Quantity['unit'];
  dotThousands: boolean | undefined;
  ratio: boolean;
}

/**
 * `q` read with the figure after it: a ratio ("one in five") or a range ("20,000 to 30,000",
 * "between 5 and 8") takes both (`pairs`); a score ("14-0") is no figure (null).
 */
export function pairWithNext(text: string, q: RawFigure, next: RawFigure | undefined): { figure: Figure; pairs: boolean } | null {
  const join = next ? RANGE_JOIN.exec(text.slice(q.end, next.start)) : null;
  const joined = next && join && join[0].length === next.start - q.end;
  const f: Figure = {
    start: q.start,
    end: q.end,
    value: q.value,
    low: q.low,
    high: q.high,
    hedge: q.unit === 'vague' ? 'range' : 'exactly',
    negated: false,
    unit: q.unit === 'vague' ? null : q.unit,
    dotThousands: q.dotThousands,
    ratio: false,
  };
  const lead = text.slice(Math.max(0, f.start - 40), f.start);
  if (next !== undefined && isRatio(text, q, next)) {
    // "one in five Gazans", "4 out of 5 people": a share of what follows.
    f.value = f.low = f.high = q.value / next.value;
    f.unit = 'fraction';
    f.end = next.end;
    f.ratio = true;
    return { figure: f, pairs: true };
  }
  if (joined && !isChange(lead, join[0]) && next.value >= q.value && !(next.value === 0 && q.value > 0) && (!/^(?:and|et|y)$/.test(join[0].trim()) || /\b(?:between|entre) $/i.test(lead))) {
    f.hedge = 'range';
    [f.low, f.high] = [q.low, next.high];
    f.value = (q.value + next.value) / 2;
    f.unit = f.unit ?? (next.unit === 'vague' ? null : next.unit);
    // "20 to 30 million": the scale word of the second applies to the first.
    const scale = /\d\s?(thousand|million|billion|trillion|bn|m|k)\b/i.exec(text.slice(next.start, next.end))?.[1];
    if (scale && !/[a-z]$/i.test(text.slice(q.start, q.end))) {
      f.low = q.value * SCALES[scale.toLowerCase()]!;
      f.value = (f.low + next.value) / 2;
    }
    f.end = next.end;
    f.dotThousands &&= next.dotThousands;
    const between = /\b(?:between|from|entre) $/i.exec(text.slice(0, f.start));
    if (between) f.start -= between[0].length;
    return { figure: f, pairs: true };
  }
  if (joined && join[0].trim() !== 'and' && (join[0].trim() === '-' || join[0].trim() === '–')) return null;
  // "voted 9 to 1", "leverage of 25 to 1": a vote or a ratio, not two counts ("fell from 5 to 1" is
  // a change; "increased from 18 to 1" cannot be one, so it is a ratio).
  if (joined && join[0].trim() === 'to' && next.value === 1 && q.value > 1 && q.unit === null && (!/\bfrom\s+$/i.test(lead) || RISE_FROM.test(lead))) return null;
  return { figure: f, pairs: false };
}

/** The hedge around `f` ("more than 31,000", "1,000 or more"), the bounds it allows and whether the text denies it. */
export function applyHedge(text: string, f: Figure, q: RawFigure): void {
  if (f.hedge === 'range' && q.unit !== 'vague') return;
  const before = text.slice(0, f.start);
  const found = HEDGES.find(([re]) => re.test(before));
  if (found) {
    f.hedge = found[1];
    f.start -= found[0].exec(before)![0].length;
  }
  if (AFTER_MORE_THAN.test(text.slice(f.end))) {
    f.hedge = 'more than';
    f.end += 1;
  } else if (AFTER_AT_LEAST.test(text.slice(f.end))) {
    f.hedge = 'at least';
    f.end += AFTER_AT_LEAST.exec(text.slice(f.end))![0].length;
  } else if (AFTER_UP_TO.test(text.slice(f.end))) {
    f.hedge = 'up to';
    f.end += AFTER_UP_TO.exec(text.slice(f.end))![0].length;
  } else if (AFTER_ABOUT.test(text.slice(f.end))) {
    f.hedge = 'about';
    f.end += AFTER_ABOUT.exec(text.slice(f.end))![0].length;
  }
  f.negated = NEGATION.test(text.slice(0, f.start));
  const { hedge, value } = f;
  if (hedge === 'more than' || hedge === 'at least') [f.low, f.high] = [value, Number.POSITIVE_INFINITY];
  if (hedge === 'fewer than' || hedge === 'up to') [f.low, f.high] = [0, value];
  if (hedge === 'nearly') [f.low, f.high] = [value * 0.9, value];
  if (hedge === 'about') [f.low, f.high] = [value * 0.9, value * 1.1];
  if (q.unit === 'vague' && hedge !== 'range') [f.low, f.high] = [q.low, hedge === 'more than' || hedge === 'at least' ? Infinity : q.high];
}
