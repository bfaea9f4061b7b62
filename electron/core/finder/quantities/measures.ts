// What a figure counts (deaths, displaced, aid trucks... or the noun after it) and who, read
// from the words of its clause.
import type { Quantity } from '../../../../shared/model.js';
import type { RawFigure } from './find-figures.js';
import { CHANGE_FROM, type Figure } from './hedges.js';
import { CURRENCY_THING, type Currency } from './money.js';

/** "the 15-month war", "an 18-storey tower": the number measures the word hyphened to it. */
const HYPHENED_UNIT = /^-(\p{L}+)\b/u;

const MEASURES: Array<[RegExp, string]> = [
  // "lives" is a toll only as a noun ("claimed 30,000 lives", "the lives of 35"), not the verb ("the population lives in tents").
  [/\b(?:killed|kill(?:s|ing)?|dead|deaths?|died|die|death toll|toll|fatalities|lives(?!\s+(?:in|on|at|under|with|near|without|off|alone|together|there|here|abroad)\b)|perished|slain|massacred)\b/i, 'deaths'],
  [/\b(?:injured|wounded|injuries|hurt|maimed)\b/i, 'injured'],
  [/\bcasualt(?:y|ies)\b/i, 'casualties'],
  [/\b(?:displaced|displacement|refugees|fled|flee(?:ing)?|(?:forced|driven) (?:from|out of)|homeless|evacuated|uprooted)\b/i, 'displaced'],
  [/\b(?:hostages?|captives?|abducted|kidnapped)\b/i, 'hostages'],
  [/\b(?:aid trucks?|trucks?|lorr(?:y|ies)|convoys?)\b/i, 'aid trucks'],
  [/\b(?:arrested|detained|detainees|prisoners|jailed|imprisoned|jails|prisons|custody)\b/i, 'detained'],
  [/\b(?:missing|unaccounted for|under the rubble)\b/i, 'missing'],
  // The app's other languages (Spanish, French, Arabic), so that their outlets' figures are compared too.
  [elsewhere('muert[oa]s?|muertes?|fallecid[oa]s?|fallecieron|murieron|asesinad[oa]s?|víctimas mortales|perdieron la vida|morts?|mortes|tué(?:e|s|es)?|décès|décédé(?:e|s|es)?|ont péri|ont perdu la vie', 'قتيل|قتلى|قتلوا|قتل|شهيد|شهداء|وفاة|وفيات|حتفهم|حتفه|مصرع'), 'deaths'],
  [elsewhere('herid[oa]s?|lesionad[oa]s?|blessé(?:e|s|es)?', 'جريح|جرحى|مصاب|مصابين|مصابون|إصابة|إصابات'), 'injured'],
  [elsewhere('desplazad[oa]s?|refugiad[oa]s?|evacuad[oa]s?|huyeron|déplacé(?:e|s|es)?|réfugié(?:e|s|es)?|évacué(?:e|s|es)?|ont fui', 'نازح|نازحين|نازحون|نزوح|لاجئ|لاجئين|لاجئون|مهجر|مهجرين'), 'displaced'],
  [elsewhere('rehenes|secuestrad[oa]s?|otages?', 'رهينة|رهائن|مختطف|مختطفين'), 'hostages'],
  [elsewhere('camion(?:es)?|camions?', 'شاحنة|شاحنات'), 'aid trucks'],
  [elsewhere('detenid[oa]s?|pres[oa]s|prisioneros?|arrestad[oa]s?|détenu(?:e|s|es)?|prisonniers?|arrêté(?:e|s|es)?', 'معتقل|معتقلين|معتقلون|أسير|أسرى|سجين|سجناء'), 'detained'],
  [elsewhere('desaparecid[oa]s?|disparu(?:e|s|es)?', 'مفقود|مفقودين|مفقودون|تحت الأنقاض'), 'missing'],
];

/**
 * Words of languages whose letters JavaScript's \b does not see (accented Latin, Arabic). An Arabic
 * word may carry the article and a conjunction or preposition before it ("والجرحى", "للنازحين")
 * and an accusative ending after it ("قتيلا").
 */
function elsewhere(latin: string, arabic: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${latin}|(?:[وفبل]?(?:ال|لل)?)(?:${arabic})[\\u0627\\u064B-\\u0652]*)(?![\\p{L}\\p{M}])`, 'iu');
}
export const MEASURE_NAMES = new Set(MEASURES.map(([, name]) => name));
export function namesMeasure(word: string): boolean {
  return MEASURES.some(([re]) => re.test(word));
}
/** Who is counted, when the text says: it keeps two death tolls of different events apart. */
export const WHO: Array<[RegExp, string]> = [
  [/\bPalestinians?\b/i, 'Palestinians'],
  [/\bIsraelis?\b/i, 'Israelis'],
  [/\bUkrainians?\b/i, 'Ukrainians'],
  [/\bRussians?\b/i, 'Russians'],
  [/\bchildren\b/i, 'children'],
  [/\bwomen\b/i, 'women'],
  [/\b(?:soldiers|troops)\b/i, 'soldiers'],
  [/\b(?:fighters|militants|combatants|gunmen)\b/i, 'fighters'],
  [/\bjournalists\b/i, 'journalists'],
  [/\baid workers\b/i, 'aid workers'],
];
const WHO_FIRST: Array<[RegExp, string]> = WHO.map(([re, name]) => [new RegExp(`^(?:\\s*(?:of|the))*\\s*(?:${re.source})`, 'i'), name]);
/** Words between a figure and its noun ("350 of the beds", "9 of the hospital's wards", "43 y 58 días", "2 de los 5 hospitales"). */
const BEFORE_NOUN = /^(?:of|the|a|an|more|than|and|or|y|e|o|u|et|ou|de|del|los|las|el|la|des|du|les|le|[\p{L}-]+'s)$/iu;
/** Words that end the figure's phrase before any noun: "rose to 200 in March", "10 still work". */
const NO_NOUN = /^(?:but|between|from|in|on|at|to|for|by|with|per|against|before|after|since|during|until|were|was|are|is|have|has|had|who|which|that|still|now|initially|originally|previously|officially|reportedly|allegedly|already|only|also)$/i;
/** "150 a day", "40 per week": a rate of what the figure beside counts, not a count of days. */
const RATE = /^\s+(?:(?:a|per|each|every)\s+(?:day|week|month|year)|daily|weekly)\b/i;

/**
 * "34.000 people": one dot and three digits is a European thousands separator when the figure
 * counts people or things, which come in whole numbers; "3.725 shekels" keeps its decimals.
 */
export function countsWholes(thing: string, who: string | null, unit: Quantity['unit']): boolean {
  return unit === null && (MEASURE_NAMES.has(thing) || who !== null || thing === 'people');
}

const ASIDE_AFTER = /^[^,;]*,\s+(?:or|including|among them)\s+[^,;]+,\s+/i;
const ASIDE_BEFORE = /,\s+(?:or|including|among them)\s+$/i;
/**
 * "1.9 million people, or about 85% of the population, are displaced", "200 aid workers,
 * including 190 UN staff, have been killed": the measure said after the aside counts the figure
 * before it and the figure in it.
 */
function measureAfterAside(text: string, start: number, end: number): string | null {
  const after = text.slice(end);
  const aside = ASIDE_AFTER.exec(after) ?? (ASIDE_BEFORE.test(text.slice(0, start)) ? /^[^,;]*,\s+/.exec(after) : null);
  if (!aside) return null;
  const { thing } = measureOf(after.slice(aside[0].length), '');
  return MEASURE_NAMES.has(thing) ? thing : null;
}

/** Where the clause around [start, end) begins and ends: what a figure's words may be read from. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  // The comma of "2,000" ends no clause; Arabic's comma and semicolon (، ؛) do.
  const from = [...text.slice(0, start).matchAll(/[;:(،؛]|,(?!\d)/g)].at(-1)?.index ?? -1;
  const rest = /[;:()،؛]|,(?!\d)|\.(?:\s|$)/.exec(text.slice(end));
  return [from + 1, rest ? end + rest.index : text.length];
}

/**
 * Before the figure, "Palestinian death toll" says who is counted; "Israeli strikes killed",
 * "Palestinian health officials said" say who did it or who said so.
 */
const TOLL_AFTER_WHO = /^\s+(?:death toll|toll|deaths|dead|casualties|fatalities|injuries|wounded|hostages?|captives|detainees|prisoners|refugees)\b/i;
/** After the figure, "wounded in Israeli attacks", "by Israeli forces" say who did it. */
const PREPOSITION_BEFORE_WHO = /\b(?:in|by|from|during|on|against|at|with|near|under)\s+(?:the\s+|an?\s+)?$/i;

/** Words that put no distance between a figure and its measure: "are believed to have been killed". */
const AUXILIARY = /^(?:am|are|is|was|were|be|been|being|have|has|had|to|now|still|believed|estimated|feared|thought|reported|reportedly|known)$/i;

function measureOf(after: string, before: string): { thing: string; who: string | null } {
  const afterWords = after.split(/\s+/).filter((w) => w && !AUXILIARY.test(w)).slice(0, 6).join(' ');
  const beforeWords = before.split(/\s+/).filter(Boolean).slice(-6).join(' ');
  // The nearest word that names a measure: the first after the figure, else the last before it.
  type Hit<T> = { at: number; v: T; lead: string; rest: string };
  const nearest = <T>(table: Array<[RegExp, T]>, counts = { after: (_h: Hit<T>) => true, before: (_h: Hit<T>) => true }): T | null => {
    const hits = (text: string): Array<Hit<T>> =>
      table.flatMap(([re, v]) =>
        [...text.matchAll(new RegExp(re.source, `g${re.flags}`))].map((m) => ({ at: m.index, v, lead: text.slice(0, m.index), rest: text.slice(m.index + m[0].length) })),
      );
    const a = hits(afterWords).filter(counts.after).sort((x, y) => x.at - y.at)[0];
    const b = hits(beforeWords).filter(counts.before).sort((x, y) => y.at - x.at)[0];
    return a?.v ?? b?.v ?? null;
  };
  const who = nearest(WHO, { after: (h) => !PREPOSITION_BEFORE_WHO.test(h.lead), before: (h) => TOLL_AFTER_WHO.test(h.rest) });
  const thing = nearest(MEASURES);
  if (thing) return { thing, who };
  // "250 aid workers", "5,000 troops": who is counted is what is counted.
  const whoFirst = WHO_FIRST.find(([re]) => re.test(after));
  if (whoFirst) return { thing: whoFirst[1].toLowerCase(), who };
  const noun = RATE.test(after) ? 'other' : nounAfter(after);
  return { thing: noun === 'other' ? (changeOf(before) ?? noun) : noun, who };
}

/** Words that name no thing a change is of: "it went from 5 to 8", "the number fell from 18 to 1". */
const NOT_A_THING = /^(?:it|this|that|which|who|we|you|i|he|she|they|ve|s|re|ll|d|number|figure|total|count|tally|amount)$/i;
/** "cut the number of ministries from 18 to 1", "the vote went from 18 to 1": what a change with no noun after its figures is a change of. */
function changeOf(before: string): string | null {
  const change = /\bfrom\s+$/i.test(before) ? CHANGE_FROM.exec(before) : null;
  if (!change) return null;
  const [, subject, between] = change;
  const numberOf = /\b(?:number|count|total|tally) of ([\p{L}-]+)/iu.exec(between!)?.[1];
  const thing = numberOf ?? (between ? null : subject);
  return thing && !NOT_A_THING.test(thing) ? thing.toLowerCase() : null;
}

/** The noun a figure counts when no measure word says: "350 beds", not "200 in March". */
export function nounAfter(after: string): string {
  const words = after
    .split(/[\s—–]+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => ({ word: w.replace(/’/g, "'").replace(/[^\p{L}'-]/gu, ''), ends: /[^\p{L}'’-]$/u.test(w) }))
    .filter((w) => w.word);
  const at = words.findIndex((w) => !BEFORE_NOUN.test(w.word));
  const [noun, next] = [words[at], words[at + 1]];
  if (!noun || NO_NOUN.test(noun.word)) return 'other';
  // "48 Hispanic workers", "10 environmental disasters": an adjective, then the noun counted.
  const head = ADJECTIVE.test(noun.word) && !noun.ends && next && PLURAL_NOUN.test(next.word) ? next : noun;
  return head.word.toLowerCase();
}
/** A capitalised word ("Hispanic", "US") or one with an adjective's ending ("environmental", "connected", "different"). */
const ADJECTIVE = /^(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+(?:al|ic|ed|ing|ous|ive|ent|ant|ful|less|ible|able|ian|ese|ish))$/u;
const PLURAL_NOUN = /^\p{Ll}[\p{Ll}-]+s$/u;

/** What `f` counts and who, from the words of its clause after the figure before (ending at `prevEnd`) and up to `next`. */
export function whatIsCounted(text: string, f: Figure, next: RawFigure | undefined, clauseStart: number, clauseEnd: number, prevEnd: number): { thing: string; who: string | null } {
  const { start, end, unit } = f;
  const nextStart = next?.start ?? text.length;
  const hyphened = HYPHENED_UNIT.exec(text.slice(end))?.[1];
  // "1,800 2,000-pound bombs": the count is of what follows the next figure's unit.
  const nextUnit = next && /^\s+$/.test(text.slice(end, nextStart)) ? HYPHENED_UNIT.exec(text.slice(next.end)) : null;
  // "grew from 12,000 to 18,000 people": both count what follows the second.
  const changeTo = next && /^\s+to\s+$/.test(text.slice(end, nextStart)) && CHANGE_FROM.test(text.slice(clauseStart, start));
  const afterStart = nextUnit ? next!.end + nextUnit[0].length : changeTo ? next!.end : end;
  const measured = hyphened
    ? measureOf(hyphened, '')
    : measureOf(text.slice(afterStart, nextUnit || changeTo ? clauseEnd : Math.min(clauseEnd, nextStart)), text.slice(Math.max(clauseStart, prevEnd), start));
  const { who } = measured;
  let thing = MEASURE_NAMES.has(measured.thing) ? measured.thing : (measureAfterAside(text, start, end) ?? measured.thing);
  if (unit && unit in CURRENCY_THING) thing = CURRENCY_THING[unit as Currency];
  if ((unit === 'percent' || unit === 'fraction') && !MEASURE_NAMES.has(thing) && !f.ratio) {
    // A share is a share of something: "40% of homes", "a third of the population".
    const of = /^\s*of (?:the |its |their |all |daily |total |entire |whole |[\p{L}-]+['’]s |[\d.,]+(?: (?:thousand|million|billion))? )*([\p{L}-]+)(?!['’])/u.exec(text.slice(end));
    thing = of ? of[1]!.toLowerCase() : unit;
  }
  return { thing, who };
}
