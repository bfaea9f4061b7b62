// The quantity reader: every figure a sentence states, as a number with its hedge ("more
// than", "about", "up to"...), the bounds the hedge allows, its unit and what it counts.
// chrono-node finds the dates (so "7 October" is not a figure) and compromise reads number
// words ("thirty-two thousand", "a third"); what is written here are the rules on top.
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { Hedge, Quantity } from '../../../shared/model.js';

// Eastern Arabic and Persian digits, separators and per cent sign, one code unit each, so offsets hold.
const ARABIC_DIGITS: Record<string, string> = { '\u066C': ',', '\u066B': '.', '\u060C': ',', '\u066A': '%' };
for (let d = 0; d < 10; d++) {
  ARABIC_DIGITS[String.fromCharCode(0x0660 + d)] = String(d);
  ARABIC_DIGITS[String.fromCharCode(0x06f0 + d)] = String(d);
}
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066A-\u066C\u060C]/g, (c) => ARABIC_DIGITS[c]!);
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = 'hundred|thousand|million|billion|trillion';
const WORD_NUMBER = `(?:${TENS})(?:-(?:${UNITS}))?|${UNITS}|${SCALE}|zero`;
const FRACTION = 'half|thirds?|quarters?|fifths?|tenths?';
const SCALE_AFTER_DIGITS = /^\s?(thousand|million|billion|trillion|bn|m|k|crore|lakhs?)\b/i;
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7,
  'ألف': 1e3, 'آلاف': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليار': 1e9,
};
/** Arabic text's scale words after the digits: "٣٥ ألف" is 35,000. */
const ARABIC_SCALE_AFTER_DIGITS = /^\s?(ألف|آلاف|مليون|ملايين|مليار)(?!\p{L})/u;
type Currency = 'USD' | 'EUR' | 'GBP' | 'INR' | 'ILS';
/** The currency of a sign before the digits ("Rs 500 crore") or a word after them ("500 euros"). */
function currencyOf(written: string): Currency {
  if (/€|euro|EUR/i.test(written)) return 'EUR';
  if (/£|pound|GBP/i.test(written)) return 'GBP';
  if (/₹|^rs\.?$|rupee|INR/i.test(written.trim())) return 'INR';
  if (/₪|NIS|shekel|ILS/i.test(written)) return 'ILS';
  return 'USD';
}
const CURRENCY_THING: Record<Currency, string> = { USD: 'dollars', EUR: 'euros', GBP: 'pounds', INR: 'rupees', ILS: 'shekels' };

/** "On May 5 200 people…" is a date and a figure, not 5,200. */
const NO_MONTH_BEFORE = String.raw`(?<!\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? )`;

/** A figure written in digits, or a run of number words, or a vague plural ("thousands of"). */
const FIGURE = new RegExp(
  [
    String.raw`(?:(?<currency>US\$|\$|€|£|₹|₪|\bRs\.?|\b(?:USD|EUR|GBP|INR|NIS|ILS)(?= ?\d))\s?)?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?!\d)|${NO_MONTH_BEFORE}\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?!\d)|\d+(?:\.\d+)?)`,
    String.raw`(?<vague>(?:tens of |hundreds of )?(?:dozens|hundreds|thousands|millions|billions)\b|scores(?= of\b)|\b(?:several|a few) (?:dozen|hundred|thousand|million|billion)\b)`,
    String.raw`(?<half>\bhalf an? (?:${SCALE}|dozen)\b)`,
    String.raw`(?<words>(?:\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)[ -](?:${FRACTION})\b|\b(?:${WORD_NUMBER}|half)\b)(?:(?:[ -]|,? and (?:a )?)(?:${WORD_NUMBER}|a half)\b)*)`,
    String.raw`(?<aWord>\ban? (?:${SCALE}|dozen)\b(?: (?:${SCALE}))*(?: and a half\b)?)`,
  ].join('|'),
  'gi',
);

/** Hedges, longest first; each says what bounds it puts around the number. */
const HEDGES: Array<[RegExp, Hedge]> = [
  [/\b(?:not|no) (?:more|greater) than $|\b(?:up to|as (?:many|much|high) as|at most|a maximum of|no more than) $/i, 'up to'],
  [/\b(?:not|no) (?:fewer|less) than $|\b(?:at least|a minimum of|as (?:low|few|little) as) $/i, 'at least'],
  [/\b(?:more than|over|above|exceed(?:s|ed|ing)?|in excess of|upwards? of|north of|greater than|beyond|(?:surpass(?:es|ed|ing)?|top(?:s|ped)|pass(?:es|ed)|cross(?:es|ed))(?: the)?) $/i, 'more than'],
  [/\b(?:nearly|almost|close to|just under|approaching|shy of) $/i, 'nearly'],
  [/\b(?:fewer than|less than|under|below|lower than|not even) $/i, 'fewer than'],
  [/\b(?:about|around|some|roughly|approximately|an estimated|estimated|circa|an approximate|~) ?$/i, 'about'],
];
const NEGATION = /(?:(?:\b(?:not|never|rather than|instead of)|n't)(?: the| a)?|\b(?:not true|untrue|false|den(?:y|ies|ied)) that(?: the)?)\s+$/i;
const AFTER_AT_LEAST = /^(?:\s?(?:or more|plus|\+)|-plus\b)/i;
const AFTER_UP_TO = /^\s?(?:or (?:fewer|less))/i;
const AFTER_ABOUT = /^\s?or so\b/i;
const RANGE_JOIN = /^\s?(?:-|–|to|and)\s?/;
/** "rose from 100 to 150": two figures, before and after, not a range. */
function isChange(lead: string, join: string): boolean {
  return join.trim() === 'to' && /\b(?:rose|risen|rising|increased|grew|grown|climbed|jumped|soared|went|fell|fallen|dropped|decreased|declined)\s+from\s+$/i.test(lead);
}
/** "one in five", "4 out of 5". */
const RATIO_JOIN = /^ (?:in|out of) $/i;
const RATIO_NEXT = new RegExp(String.raw`^ (?:in|out of) (?:\d|(?:${WORD_NUMBER})\b)`, 'i');
/** "Resolution 2728", "Article 51", "Route 60", "No. 10", "F-16", "G7", "COP28", "2023-24": a name, not a count. */
const NAME_BEFORE_NUMBER = /(?:\b(?:1[89]|20)\d\d[-–/]|\b(?:resolution|article|route|highway|road|flight|chapter|section|paragraph|clause|gate|building|block|phase|level|room|platform|terminal)\s|\bNo\.\s?|\p{L}-?)$/iu;
/** "in his 70s", "the '80s": a decade. */
const DECADE = /^['’]?s\b/;
/** "a 13-year-old", "13 years old", "aged 6", "The boy, 13, was killed": an age, not a count. */
function isAge(text: string, start: number, end: number, value: number): boolean {
  const [before, after] = [text.slice(0, start), text.slice(end)];
  if (/^[ -](?:year|month|week|day)s?[ -]old\b/i.test(after) || /\baged? $/i.test(before)) return true;
  // Between commas after a name or a person ("Mohammed Ahmed, 32,"), not after a place ("In the north, 30,").
  const apposition = /(?:^|[,;:(]\s*)([^,;:(]*\p{L}), $/u.exec(before)?.[1];
  return Boolean(apposition && !PLACE.test(apposition)) && after.startsWith(',') && Number.isInteger(value) && value <= 120;
}
const PLACE = /^\s*(?:in|at|on|from|by|for|across|near|inside|outside|within|throughout|over|during|since|of)\b/i;
/** "the 15-month war", "an 18-storey tower": the number measures the word hyphened to it. */
const HYPHENED_UNIT = /^-(\p{L}+)\b/u;

const MEASURES: Array<[RegExp, string]> = [
  [/\b(?:killed|kill(?:s|ing)?|dead|deaths?|died|die|death toll|toll|fatalities|lives|perished|slain|massacred)\b/i, 'deaths'],
  [/\b(?:injured|wounded|injuries|hurt|maimed)\b/i, 'injured'],
  [/\bcasualt(?:y|ies)\b/i, 'casualties'],
  [/\b(?:displaced|displacement|refugees|fled|flee(?:ing)?|(?:forced|driven) (?:from|out of)|homeless|evacuated|uprooted)\b/i, 'displaced'],
  [/\b(?:hostages?|captives?|abducted|kidnapped)\b/i, 'hostages'],
  [/\b(?:aid trucks?|trucks?|lorr(?:y|ies)|convoys?)\b/i, 'aid trucks'],
  [/\b(?:arrested|detained|detainees|prisoners|jailed|imprisoned|jails|prisons|custody)\b/i, 'detained'],
  [/\b(?:missing|unaccounted for|under the rubble)\b/i, 'missing'],
];
const MEASURE_NAMES = new Set(MEASURES.map(([, name]) => name));
/** Who is counted, when the text says: it keeps two death tolls of different events apart. */
const WHO: Array<[RegExp, string]> = [
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
/** Words between a figure and its noun ("350 of the beds", "9 of the hospital's wards"). */
const BEFORE_NOUN = /^(?:of|the|a|an|more|than|and|or|[\p{L}-]+'s)$/iu;
/** Words that end the figure's phrase before any noun: "rose to 200 in March", "10 still work". */
const NO_NOUN = /^(?:but|between|from|in|on|at|to|for|by|with|per|against|before|after|since|during|until|were|was|are|is|have|has|had|who|which|that|still|now|initially|originally|previously|officially|reportedly|allegedly|already|only|also)$/i;
/** "150 a day", "40 per week": a rate of what the figure beside counts, not a count of days. */
const RATE = /^\s+(?:(?:a|per|each|every)\s+(?:day|week|month|year)|daily|weekly)\b/i;
/** "5 trucks a day", "500 trucks per day", "100 trucks daily", "$2bn a year", but not "in a day" or "a week ago". */
const PER = /^(?:\s+(?!(?:in|within|for|over|on|of|one|single)\b)[\p{L}-]+){0,3}?\s+(?:(?:a|per|each|every)\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later))|(daily|weekly|monthly|yearly|annually)\b)/iu;
const PER_WORD: Record<string, Quantity['per']> = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year' };
function perOf(after: string): Quantity['per'] {
  const m = PER.exec(after);
  return m ? ((m[1]?.toLowerCase() as Quantity['per']) ?? PER_WORD[m[2]!.toLowerCase()]!) : null;
}
/** The period a rate is of when the text names one: "before the war", "last month", "in January". */
const PERIOD = /\b(?:(?:before|after|since|until|during|throughout|prior to)\s+(?:the\s+)?[\p{L}\d-]+|(?:last|this|previous|past)\s+(?:day|week|month|year|weekend|\p{L}+day)s?|in\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Octo|Novem|Decem)ber|\d{4})|pre-?war)\b/iu;

const wordValueCache = new Map<string, number | null>();
/** compromise reads number words; it is slow to start and to call, so each phrase once. */
function wordValue(phrase: string): number | null {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (!wordValueCache.has(key)) {
    const half = /^(.+?) and a half (million|billion|thousand)$/.exec(key);
    let value: number | null;
    const halfOf = /^half an? (\w+)$/.exec(key);
    const andAHalf = /^(?:an?|one) (\w+) and a half$/.exec(key);
    if (half) value = ((wordValue(half[1]!) ?? NaN) + 0.5) * SCALES[half[2]!]!;
    else if (halfOf) value = 0.5 * (halfOf[1] === 'dozen' ? 12 : SCALES[halfOf[1]!]!);
    else if (andAHalf) value = 1.5 * (andAHalf[1] === 'dozen' ? 12 : SCALES[andAHalf[1]!]!);
    else if (/^(?:(?:a|one)[ -])?half$/.test(key)) value = 0.5;
    else if (/^(?:a|one) quarter$/.test(key)) value = 0.25;
    else if (/^(?:a|one) dozen$/.test(key)) value = 12;
    else {
      const read = (nlp(key).numbers().get() as unknown[])[0];
      value = typeof read === 'number' ? read : null;
    }
    wordValueCache.set(key, Number.isFinite(value) ? value : null);
  }
  return wordValueCache.get(key)!;
}

const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 143],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2e6, 999e6],
  billions: [2e9, 999e9],
};

function isFraction(phrase: string): boolean {
  return new RegExp(`\\b(?:${FRACTION})$`, 'i').test(phrase.trim()) && !/\b(?:and a half)$/i.test(phrase);
}

/** "the first half of the year", "her half-brother": a half that is no share of a count. */
function isHalfOfSomethingElse(text: string, start: number, end: number): boolean {
  return /^(?:(?:an?|one)[ -])?half$/i.test(text.slice(start, end)) && (/\b(?:first|second|latter|other)\s$/i.test(text.slice(0, start)) || text[end] === '-');
}

/** "34,000", "34 000" (a space, thin or no-break), "1.400.000": the digits' value. */
function digitsValue(digits: string): number {
  const grouped = /^\d{1,3}(?:\.\d{3}){2,}$/.test(digits) ? digits.replace(/\./g, '') : digits;
  return Number(grouped.replace(/[,\s]/g, ''));
}

/**
 * "34.000 people": one dot and three digits is a European thousands separator when the figure
 * counts people or things, which come in whole numbers; "3.725 shekels" keeps its decimals.
 */
function countsWholes(thing: string, who: string | null, unit: Quantity['unit']): boolean {
  return unit === null && (MEASURE_NAMES.has(thing) || who !== null || thing === 'people');
}

const PART_OF = /\b(?:including|among (?:them|whom|those)|of (?:them|whom))\s+$/i;
const COMPARED = /\b(?:down|up|fell|fallen|rose|risen|dropped|climbed|increased|decreased|jumped|plunged|soared)\b.*\bfrom\s+$|\bcompared (?:with|to)\s+$|\b(?:bringing|raising|taking|pushing) (?:the|its) (?:\w+ )?(?:total|tally|number|count) to\s+$/i;
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

type RawFigure = { start: number; end: number; value: number; unit: Quantity['unit'] | 'vague' };
function isRatio(text: string, a: RawFigure, b: RawFigure): boolean {
  const plain = (f: RawFigure) => f.unit === null && Number.isInteger(f.value);
  return RATIO_JOIN.test(text.slice(a.end, b.start)) && plain(a) && plain(b) && a.value < b.value;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ATTACK = String.raw`(?:attacks?|assault|raid|massacre|incursion|rampage|bombing)`;
const ATTACK_AFTER_DATE = new RegExp(String.raw`^(?:['’]s?)?\s+${ATTACK}\b`, 'i');
const ATTACK_BEFORE_DATE = new RegExp(String.raw`\b${ATTACK} (?:of|on) $`, 'i');
/** "since the 7 October attack", "after Oct. 7": what has happened since, not on that day. */
const SINCE = /\b(?:since|after|following|before|from)\b[^,;]*$/i;

/**
 * The dated event a sentence's figures count, as "7 October", when it names one ("Hamas’ 7
 * October attack, which killed some 1,200 people", "the attack of October 7"): its toll is not
 * the war's running one. Null for "since the October 7 attack" and a plain date ("On 10 March").
 */
function eventOf(text: string, dates: chrono.ParsedResult[]): string | null {
  for (const r of dates) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const before = text.slice(0, r.index);
    const after = text.slice(r.index + r.text.length);
    const attack = ATTACK_AFTER_DATE.test(after) || ATTACK_BEFORE_DATE.test(before);
    if (attack && !SINCE.test(before)) return `${r.start.get('day')} ${MONTHS[r.start.get('month')! - 1]}`;
  }
  return null;
}

/** Where the clause around [start, end) begins and ends: what a figure's words may be read from. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  // The comma of "2,000" ends no clause.
  const from = [...text.slice(0, start).matchAll(/[;:(]|,(?!\d)/g)].at(-1)?.index ?? -1;
  const rest = /[;:()]|,(?!\d)|\.(?:\s|$)/.exec(text.slice(end));
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
        [...text.matchAll(new RegExp(re.source, 'gi'))].map((m) => ({ at: m.index, v, lead: text.slice(0, m.index), rest: text.slice(m.index + m[0].length) })),
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
  return { thing: RATE.test(after) ? 'other' : nounAfter(after), who };
}

/** The noun a figure counts when no measure word says: "350 beds", not "200 in March". */
function nounAfter(after: string): string {
  const noun = after
    .split(/\s+/)
    .map((w) => w.replace(/’/g, "'").replace(/[^\p{L}'-]/gu, ''))
    .filter(Boolean)
    .slice(0, 6)
    .find((w) => !BEFORE_NOUN.test(w));
  return noun && !NO_NOUN.test(noun) ? noun.toLowerCase() : 'other';
}

/** Every figure in `text`, offsets relative to `offset`. Years and dates are not figures. */
export function readQuantities(sentence: string, offset = 0): Quantity[] {
  const text = westernDigits(sentence);
  // chrono also reads "from 5 to 8" as hours: a date needs a day or month, a time a colon or am/pm.
  // It is slow, so it reads only sentences that have a figure to check.
  let parsed: chrono.ParsedResult[] | null = null;
  const chronoDates = () => (parsed ??= chrono.parse(text));
  let dates: Array<readonly [number, number]> | null = null;
  const inDate = (s: number, e: number) => {
    dates ??= chronoDates()
      .filter((r) => r.start.isCertain('month') || r.start.isCertain('weekday') || /:\d|[ap]\.?m\b/i.test(r.text))
      .filter((r) => !/^[,.]?\d/.test(text.slice(r.index + r.text.length))) // "April, from 4" of "4,000"
      .map((r) => [r.index, r.index + r.text.length] as const);
    return dates.some(([ds, de]) => s < de && e > ds);
  };
  const raw: Array<{ start: number; end: number; value: number; low: number; high: number; unit: Quantity['unit'] | 'vague'; dotThousands?: boolean }> = [];
  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!;
    if (m.index < (raw.at(-1)?.end ?? 0)) continue; // the scale word of the figure before
    const start = m.index;
    let end = start + m[0].length;
    let value: number | null;
    let low: number;
    let high: number;
    let unit: Quantity['unit'] | 'vague' = null;
    if (g.digits) {
      value = digitsValue(g.digits);
      const scale = SCALE_AFTER_DIGITS.exec(text.slice(end)) ?? ARABIC_SCALE_AFTER_DIGITS.exec(text.slice(end)) ?? (g.currency ? /^\s?(bn|m|k)\b/i.exec(text.slice(end)) : null);
      if (scale) {
        value *= SCALES[scale[1]!.toLowerCase()]!;
        end += scale[0].length;
      }
      if (!g.currency && NAME_BEFORE_NUMBER.test(text.slice(0, start))) continue;
      if (/^\d{4}$/.test(g.digits) && value >= 1800 && value <= 2100 && !scale && !g.currency) continue; // a year
      if (DECADE.test(text.slice(end)) || /^(?:st|nd|rd|th)\b/i.test(text.slice(end)) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|:\d)/i.test(text.slice(end))) continue;
      if (g.currency) unit = currencyOf(g.currency);
      low = high = value;
    } else if (g.vague) {
      // "several hundred" and "a few thousand" are as vague as "hundreds" and "thousands".
      const range = VAGUE[g.vague.toLowerCase().replace(/^(?:several|a few) (\w+)$/, '$1s')]!;
      [low, high] = range;
      value = low;
      unit = 'vague';
    } else {
      const phrase = (g.half ?? g.words ?? g.aWord)!.replace(/,? and$/i, '');
      end = start + phrase.length;
      if (/^an?$/i.test(phrase)) continue;
      if (isHalfOfSomethingElse(text, start, end)) continue;
      if ((/^one$/i.test(phrase.trim()) && !RATIO_NEXT.test(text.slice(end))) || /^(?:no one|any one|one of)$/i.test(text.slice(Math.max(0, start - 3), end + 3).trim())) continue;
      value = wordValue(phrase);
      if (value === null) continue;
      if (isFraction(phrase)) unit = 'fraction';
      low = high = value;
    }
    if (isAge(text, start, end, value) || inDate(start, end)) continue;
    const tail = text.slice(end);
    const percent = /^\s?(?:%|per ?cent\b|percent\b)/i.exec(tail);
    if (percent) {
      unit = 'percent';
      end += percent[0].length;
    }
    const money = /^\s?(?:(?:US )?dollars|USD|euros?|EUR|pounds(?: sterling)?|GBP|rupees|INR|(?:new )?shekels|NIS|ILS)\b/i.exec(text.slice(end));
    if (money && !unit) {
      unit = currencyOf(money[0]);
      end += money[0].length;
    }
    const dotThousands = Boolean(g.digits && /^[1-9]\d{0,2}\.\d{3}$/.test(g.digits) && end === start + m[0].length && !g.currency);
    raw.push({ start, end, value, low, high, unit, dotThousands });
  }
  // "14-0" is a score and "20,000 to 30,000" a range: pairs joined by a dash, "to" or "and".
  const out: Quantity[] = [];
  for (let i = 0; i < raw.length; i++) {
    const q = raw[i]!;
    const next = raw[i + 1];
    const join = next ? RANGE_JOIN.exec(text.slice(q.end, next.start)) : null;
    const joined = next && join && join[0].length === next.start - q.end;
    let hedge: Hedge = q.unit === 'vague' ? 'range' : 'exactly';
    let { start, end, value, low, high, dotThousands } = q;
    let unit = q.unit === 'vague' ? null : q.unit;
    const lead = text.slice(Math.max(0, start - 40), start);
    const ratio = next !== undefined && isRatio(text, q, next);
    if (ratio) {
      // "one in five Gazans", "4 out of 5 people": a share of what follows.
      value = low = high = q.value / next.value;
      unit = 'fraction';
      end = next.end;
      i++;
    } else if (joined && !isChange(lead, join[0]) && next.value >= q.value && !(next.value === 0 && q.value > 0) && (join[0].trim() !== 'and' || /\bbetween $/i.test(lead))) {
      hedge = 'range';
      [low, high] = [q.low, next.high];
      value = (q.value + next.value) / 2;
      unit = unit ?? (next.unit === 'vague' ? null : next.unit);
      // "20 to 30 million": the scale word of the second applies to the first.
      const scale = /\d\s?(thousand|million|billion|trillion|bn|m|k)\b/i.exec(text.slice(next.start, next.end))?.[1];
      if (scale && !/[a-z]$/i.test(text.slice(q.start, q.end))) {
        low = q.value * SCALES[scale.toLowerCase()]!;
        value = (low + next.value) / 2;
      }
      end = next.end;
      dotThousands &&= next.dotThousands;
      i++;
      const between = /\b(?:between|from) $/i.exec(text.slice(0, start));
      if (between) start -= between[0].length;
    } else if (joined && join[0].trim() !== 'and' && (join[0].trim() === '-' || join[0].trim() === '–')) {
      i++; // a score such as "14-0": not a figure
      continue;
    }
    let negated = false;
    if (hedge !== 'range' || q.unit === 'vague') {
      const before = text.slice(0, start);
      const found = HEDGES.find(([re]) => re.test(before));
      if (found) {
        hedge = found[1];
        start -= found[0].exec(before)![0].length;
      }
      if (AFTER_AT_LEAST.test(text.slice(end))) {
        hedge = 'at least';
        end += AFTER_AT_LEAST.exec(text.slice(end))![0].length;
      } else if (AFTER_UP_TO.test(text.slice(end))) {
        hedge = 'up to';
        end += AFTER_UP_TO.exec(text.slice(end))![0].length;
      } else if (AFTER_ABOUT.test(text.slice(end))) {
        hedge = 'about';
        end += AFTER_ABOUT.exec(text.slice(end))![0].length;
      }
      negated = NEGATION.test(text.slice(0, start));
      if (hedge === 'more than' || hedge === 'at least') [low, high] = [value, Number.POSITIVE_INFINITY];
      if (hedge === 'fewer than' || hedge === 'up to') [low, high] = [0, value];
      if (hedge === 'nearly') [low, high] = [value * 0.9, value];
      if (hedge === 'about') [low, high] = [value * 0.9, value * 1.1];
      if (q.unit === 'vague' && hedge !== 'range') [low, high] = [q.low, hedge === 'more than' || hedge === 'at least' ? Infinity : q.high];
    }
    const [clauseStart, clauseEnd] = clauseAround(text, start, end);
    const prevEnd = out.at(-1)?.end ?? 0;
    const nextStart = raw[i + 1]?.start ?? text.length;
    const hyphened = HYPHENED_UNIT.exec(text.slice(end))?.[1];
    // "1,800 2,000-pound bombs": the count is of what follows the next figure's unit.
    const nextUnit = raw[i + 1] && /^\s+$/.test(text.slice(end, nextStart)) ? HYPHENED_UNIT.exec(text.slice(raw[i + 1]!.end)) : null;
    const afterStart = nextUnit ? raw[i + 1]!.end + nextUnit[0].length : end;
    const measured = hyphened
      ? measureOf(hyphened, '')
      : measureOf(text.slice(afterStart, nextUnit ? clauseEnd : Math.min(clauseEnd, nextStart)), text.slice(Math.max(clauseStart, prevEnd - offset), start));
    const { who } = measured;
    let thing = MEASURE_NAMES.has(measured.thing) ? measured.thing : (measureAfterAside(text, start, end) ?? measured.thing);
    if (unit && unit in CURRENCY_THING) thing = CURRENCY_THING[unit as Currency];
    if ((unit === 'percent' || unit === 'fraction') && !MEASURE_NAMES.has(thing) && !ratio) {
      // A share is a share of something: "40% of homes", "a third of the population".
      const of = /^\s*of (?:the |its |their |all |daily |total |entire |whole |[\p{L}-]+['’]s |[\d.,]+(?: (?:thousand|million|billion))? )*([\p{L}-]+)(?!['’])/u.exec(text.slice(end));
      thing = of ? of[1]!.toLowerCase() : unit;
    }
    if (dotThousands && countsWholes(thing, who, unit)) [value, low, high] = [value * 1000, low * 1000, high * 1000];
    const per = perOf(text.slice(end, Math.min(clauseEnd, nextStart)));
    const period = per ? (PERIOD.exec(text.slice(Math.max(0, prevEnd - offset), nextStart))?.[0] ?? null) : null;
    out.push({
      start: offset + start,
      end: offset + end,
      text: sentence.slice(start, end),
      value,
      low,
      high: Number.isFinite(high) ? high : null,
      hedge,
      negated,
      unit,
      thing,
      who,
      event: null,
      per,
      period,
    });
  }
  if (out.length) {
    const event = eventOf(text, chronoDates());
    for (const q of out) q.event = event;
  }
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
  out.forEach((q, i) => {
    const near = [out[i + 1], out[i - 1]].find((n) => n && n.thing !== 'other' && Math.min(Math.abs(n.start - q.end), Math.abs(q.start - n.end)) < 30);
    if (q.thing === 'other' && near) Object.assign(q, { thing: near.thing, who: q.who ?? near.who });
  });
  return out;
}
