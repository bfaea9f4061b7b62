// Numbers that are not counts: names ("Resolution 2728", "F-16", "Xbox 360"), decades, ages,
// telephone numbers, addresses on the web, notes' marks ("patients.1,2") and list numbers.
import { endsWithHedge } from './hedges.js';
import { namesMeasure } from './measures.js';

/** "Resolution 2728", "Article 51", "Route 60", "No. 10", "Episode 38", "version 1.9", "#1", "F-16", "G7", "COP28", "2023-24": a name, not a count
 * (a letter before the digits, but not of Chinese, Japanese or Korean, written without spaces). */
export const NAME_BEFORE_NUMBER = /(?:\b(?:1[89]|20)\d\d[-–/]|\b(?:resolution|article|route|highway|road|flight|chapter|section|paragraph|clause|gate|building|block|phase|level|room|platform|terminal|episode|season|page|version|exhibit|issue|district|region|rule|passcode|volume|vol\.):?\s|\bNo\.\s?|#\s?|[^\P{L}\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]-?)$/iu;
/** "Xbox 360 from Microsoft", "Iron Man 2.", "iOS 7,": a capitalised name and its number, with no noun after. */
const CAPITALISED_BEFORE = /(?<=\S\s+)([\p{L}&]*\p{Lu}[\p{L}&]*) $/u;
const NO_NOUN_AFTER = /^(?:\s*$|\s*[^\s\p{L}\p{N}%$€£]|\s+(?:\p{Lu}|(?:from|of|in|on|and|or|is|was)\b))/u;
/** "646-274-2455", "+1 866 543 6403", "+ 353 1 634 7887": a telephone number. */
const PHONE = /\+\s?\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,}|\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b/g;

/**
 * Whether the number at [start, end) is no count for what is around it: part of a name ("Xbox
 * 360", "4G"), a telephone number, a web address or a path ("20/20", "9/11"), or a note's mark
 * ("fatal in 80% of patients.1,2", "[4]").
 */
export function isNotCount(text: string, start: number, end: number, phones: ReadonlyArray<readonly [number, number]>): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const token = /\S*$/.exec(before)![0] + text.slice(start, end) + /^\S*/.exec(after)![0];
  if (/\d\/|\/\d|:\/\/|\bwww\./i.test(token) || /\p{L}[.)\]”"](?:\d+[,–-])*$/u.test(before)) return true;
  // "[4]" a note's mark, "3D", "4G" a name.
  if (/\[$/.test(before) || /^\]/.test(after) || /^(?:D|G|DS)\b/.test(after)) return true;
  if (/^-to-\d/.test(after)) return true; // "a 33-to-1 ratio"
  if (phones.some(([s, e]) => start < e && end > s)) return true;
  const name = CAPITALISED_BEFORE.exec(before)?.[1];
  return Boolean(name && NO_NOUN_AFTER.test(after) && !endsWithHedge(`${name} `) && !namesMeasure(name));
}
export function phoneNumbers(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length] as const);
}
/** "in his 70s", "the '80s": a decade. */
export const DECADE = /^['’]?s\b/;
/** "a 13-year-old", "13 years old", "aged 6", "The boy, 13, was killed", "Page, now 28,", "just turned 21": an age, not a count. */
export function isAge(text: string, start: number, end: number, value: number): boolean {
  const [before, after] = [text.slice(0, start), text.slice(end)];
  if (/^[ -](?:year|month|week|day)s?[ -]old\b/i.test(after) || /\baged? $/i.test(before)) return true;
  if (/\bturn(?:s|ed)? $/i.test(before) && !/^\s+\p{L}/u.test(after)) return true; // "he had just turned 21."
  // "un hombre de 76 años", "âgé de 65 ans": an age in Spanish or French, not "más de 30 años" of a length of time.
  if (/^ (?:años|ans)(?!\p{L})/u.test(after) && /\bde $/i.test(before) && !/\b(?:más|menos|plus|moins) de $/i.test(before)) return true;
  // Between commas after a name or a person ("Mohammed Ahmed, 32,", "Page, then 26,"), not after a place ("In the north, 30,").
  const apposition = /(?:^|[,;:(]\s*)([^,;:(]*\p{L}), (?:now |then )?$/u.exec(before)?.[1];
  return Boolean(apposition && !PLACE.test(apposition)) && after.startsWith(',') && Number.isInteger(value) && value <= 120;
}
const PLACE = /^\s*(?:in|at|on|from|by|for|across|near|inside|outside|within|throughout|over|during|since|of)\b/i;
