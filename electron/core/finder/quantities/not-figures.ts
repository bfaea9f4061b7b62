// Numbers that are not counts: names ("Resolution 2728", "F-16", "Xbox 360", "30 Rock"), decades,
// years in two digits ("in '93"), ages, sizes ("16x9"), telephone numbers, addresses on the web,
// notes' marks ("patients.1,2") and list numbers.
import nlp from 'compromise';
import { endsWithHedge } from './hedges.js';
import { namesMeasure } from './measures.js';
import { SCALE_AFTER_DIGITS } from './numbers.js';

/** "Resolution 2728", "Article 51", "Route 60", "No. 10", "No. 001-33500", "Number 2", "Episode 38", "version 1.9", "#1", "F-16", "G7", "COP28", "2023-24": a name, not a count
 * (a letter before the digits, but not of Chinese, Japanese or Korean, written without spaces). */
export const NAME_BEFORE_NUMBER = /(?:\b(?:1[89]|20)\d\d[-–/]|\b(?:resolution|article|route|highway|road|flight|chapter|section|paragraph|clause|gate|building|block|phase|level|room|platform|terminal|episode|season|page|version|exhibit|issue|district|region|rule|passcode|volume|vol\.|number):?\s|\bNo\.\s?(?:\d+[-–])?|#\s?|[^\P{L}\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]-?)$/iu;
/** "Xbox 360", "Iron Man 2", "iOS 7": a capitalised word and a number. */
const CAPITALISED_BEFORE = /(?<![^\s"“‘(—–])([\p{L}&]*\p{Lu}[\p{L}&]*) $/u;
const NO_NOUN_AFTER = /^(?:\s*$|\s*[^\s\p{L}\p{N}%$€£]|\s+(?:\p{Lu}|(?:from|of|in|on|and|or|is|was)\b))/u;
/** "646-274-2455", "+1 866 543 6403", "+ 353 1 634 7887": a telephone number. */
const PHONE = /\+\s?\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,}|\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b/g;

/**
 * Whether the number at [start, end) is no count for what is around it: part of a name ("Xbox
 * 360", "4G"), a telephone number, a web address or a path ("20/20", "9/11"), or a note's mark
 * ("fatal in 80% of patients.1,2", "[4]").
 */
export function isNotCount(text: string, start: number, end: number, phones: ReadonlyArray<readonly [number, number]>, language: string | null): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const token = /\S*$/.exec(before)![0] + text.slice(start, end) + /^\S*/.exec(after)![0];
  if (/\d\/|\/\d|:\/\/|\bwww\./i.test(token) || /\p{L}[.)\]”"](?:\d+[,–-])*$/u.test(before)) return true;
  // "[4]" a note's mark, "3D", "4G" a name.
  if (/\[$/.test(before) || /^\]/.test(after) || /^(?:D|G|DS)\b/.test(after)) return true;
  if (/^-to-\d/.test(after)) return true; // "a 33-to-1 ratio"
  if (/^\s?[x×]\s?\d/.test(after) || /\d\s?[x×]\s?$/.test(before)) return true; // "16x9", "1920 x 1080": a size
  if (phones.some(([s, e]) => start < e && end > s)) return true;
  // German capitalises every noun: a capital there names nothing. So does every word of a title
  // ("500 Million People Used Facebook"). A name's number is plain ("Boeing 737", not "America
  // 12 million") and is no length ("Cuba 90 miles from our shores").
  if (CAPITALISES_NOUNS.test(language ?? '')) return false;
  const byCapitals = !isTitleCase(text) && /^\d+(?:\.\d+)?$/.test(text.slice(start, end)) && !LENGTH_AFTER.test(after);
  return isNamedBefore(before, after, byCapitals, !language || /^en(?:-|$)/i.test(language)) || (byCapitals && isNamedAfter(after));
}
const LENGTH_AFTER = /^[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|yards?|percent|per cent)\b/i;

/**
 * "Windows 10 users", "a Boeing 737 crashed", "Apollo 11 landed", "Xbox 360 from": a capitalised
 * word right before the number names it, unless compromise reads a place, a date or a word such
 * as "Another". After a preposition it may be a place it does not know ("In Jabalia 300 people
 * died"), so there the number is a name only with no noun after it ("runs on Windows 10.").
 */
function isNamedBefore(before: string, after: string, byCapitals: boolean, english: boolean): boolean {
  const name = CAPITALISED_BEFORE.exec(before)?.[1];
  if (!name || endsWithHedge(`${name} `) || namesMeasure(name) || WEEKDAY_OR_MONTH.test(name)) return false;
  const lead = before.slice(0, -name.length - 1);
  // The sentence's first word, or the first after a dash or a colon: "Apollo 11", not "—After 20"
  // nor a plural ("Adults 18 to 24"); compromise reads English only ("Esperan 43 días").
  if (/(?:^|[—–:"“‘(])\s*$/.test(lead)) return byCapitals && english && readWord(name).name && !readWord(name).plural;
  return NO_NOUN_AFTER.test(after) || (byCapitals && !PREPOSITION_BEFORE.test(lead) && readWord(name).name);
}
const WEEKDAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const PREPOSITION_BEFORE = /(?<!\p{L})(?:in|on|at|from|to|into|for|by|with|near|across|inside|outside|within|throughout|over|under|of|and|en|de|del|al|por|para|con|y|à|au|aux|dans|pour|sur|avec|et)\s$/iu;
const CAPITALISES_NOUNS = /^(?:de|lb)(?:-|$)/i;
const wordCache = new Map<string, { name: boolean; plural: boolean }>();
/**
 * Whether compromise reads the word as a noun that may name a thing ("Apollo", "Windows",
 * "TextNode"), not a place, a date, an adverb or a determiner ("Gaza", "Only", "Another"), and
 * whether as a plural. compromise is slow to call, so each word once.
 */
function readWord(word: string): { name: boolean; plural: boolean } {
  let read = wordCache.get(word);
  if (!read) {
    const doc = nlp(word);
    read = { name: doc.has('#Noun') && !doc.has('#Date') && !doc.has('#Place'), plural: doc.has('#Plural') };
    wordCache.set(word, read);
  }
  return read;
}

/**
 * "30 Rock", "The 404 Podcast": a number and a capitalised word in the singular, not one of a
 * people ("5 Israeli soldiers", "300 Palestinian") nor a name before the plural counted ("9
 * Nobel prize winners", "21 Congressional Medal of Honor recipients").
 */
function isNamedAfter(after: string): boolean {
  const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’])(.*)$/su.exec(after);
  if (!next) return false;
  const [, word, rest] = next;
  if (/(?:s|i|al|ian|can|ean|ese|ish|ic|ch)$/.test(word!) || SCALE_AFTER_DIGITS.test(` ${word}`) || namesMeasure(word!)) return false;
  const words = rest!.split(/[^\p{L}'’-]+/u).filter(Boolean).slice(0, 4);
  return !words.some((w) => /^(?:and|or)$/.test(w) || /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(w));
}
/** Whether most of the sentence's words are capitalised, as in a title. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.8;
}
export function phoneNumbers(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length] as const);
}
/** "in his 70s", "the '80s": a decade. */
export const DECADE = /^['’]?s\b/;
/** "in '93", "'17, it implodes": a year in two digits, with no noun after it ("'20 people died,' he said" is a count). */
export function isShortYear(before: string, after: string): boolean {
  return /(?:^|[\s(])['’‘]$/.test(before) && /^(?:\s*$|\s*[^\s\p{L}\p{N}%]|\s+(?:\p{Lu}|(?:to|and|or|in|on|at|was|were|is|when|with|through|until|as|for|by|the|a|an|we|he|she|they|it|I)\b))/u.test(after);
}
/** "a 13-year-old", "13 years old", "aged 6", "The boy, 13, was killed", "Page, now 28,", "just turned 21": an age, not a count. */
export function isAge(text: string, start: number, end: number, value: number): boolean {
  const [before, after] = [text.slice(0, start), text.slice(end)];
  if (/^[ -](?:year|month|week|day)s?[ -]old\b/i.test(after) || /\b(?:aged?|ages? of) $/i.test(before)) return true;
  // "she's 38.", "when you're 20,": a person's age, with no noun after (and no currency: "we're $4 trillion in debt").
  if (PERSON_IS.test(before) && /^[\p{L}\d]/u.test(text[start]!) && /^(?:\s*$|\s*[,.;:!?)]|\s+(?:and|but|or|when|then|now|at|in)\b)/.test(after)) return true;
  if (/\bturn(?:s|ed)? $/i.test(before) && !/^\s+\p{L}/u.test(after)) return true; // "he had just turned 21."
  // "un hombre de 76 años", "âgé de 65 ans": an age in Spanish or French, not "más de 30 años" of a length of time.
  if (/^ (?:años|ans)(?!\p{L})/u.test(after) && /\bde $/i.test(before) && !/\b(?:más|menos|plus|moins) de $/i.test(before)) return true;
  // Between commas after a name or a person ("Mohammed Ahmed, 32,", "Page, then 26,"), not after a place ("In the north, 30,").
  const apposition = /(?:^|[,;:(]\s*)([^,;:(]*\p{L}), (?:now |then )?$/u.exec(before)?.[1];
  return Boolean(apposition && !PLACE.test(apposition)) && after.startsWith(',') && Number.isInteger(value) && value <= 120;
}
const PERSON_IS = /\b(?:I['’]m|I am|I was|you['’]re|you are|he['’]s|he is|he was|she['’]s|she is|she was|they['’]re|they are|we['’]re|we are) $/i;
const PLACE = /^\s*(?:in|at|on|from|by|for|across|near|inside|outside|within|throughout|over|during|since|of)\b/i;
