// Reading numbers: digits with their separators and scale words, Eastern Arabic digits, number
// words (through compromise) and vague plurals ("thousands").
import nlp from 'compromise';

// Eastern Arabic and Persian digits, separators and per cent sign, one code unit each, so offsets hold.
const ARABIC_DIGITS: Record<string, string> = { '\u066C': ',', '\u066B': '.', '\u060C': ',', '\u066A': '%' };
for (let d = 0; d < 10; d++) {
  ARABIC_DIGITS[String.fromCharCode(0x0660 + d)] = String(d);
  ARABIC_DIGITS[String.fromCharCode(0x06f0 + d)] = String(d);
}
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066A-\u066C\u060C]/g, (c) => ARABIC_DIGITS[c]!);
}

const decimalCommaCache = new Map<string, boolean>();
/** Whether the article's language writes "3,5" for three and a half and "27.662" for 27,662 (Spanish, French, German...). */
export function writesDecimalComma(language: string | null): boolean {
  if (!language) return false;
  if (!decimalCommaCache.has(language)) {
    let comma = false;
    try {
      comma = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',';
    } catch {
      // A tag Intl does not know: read the digits the English way.
    }
    decimalCommaCache.set(language, comma);
  }
  return decimalCommaCache.get(language)!;
}
/** "27.662" and "3,12" as English writes them ("27,662", "3.12"), one code unit each, so offsets hold. */
export function englishSeparators(text: string): string {
  return text.replace(/(?<=\d)[.,](?=\d)/g, (c) => (c === '.' ? ',' : '.'));
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const SCALE = 'hundred|thousand|million|billion|trillion';
export const WORD_NUMBER = `(?:${TENS})(?:-(?:${UNITS}))?|${UNITS}|${SCALE}|zero`;
export const FRACTION = 'half|thirds?|quarters?|fifths?|tenths?';
/** Scale words after digits, with those of French and Spanish ("448 millions", "4,5 milliards", "5.000 millones"). */
export const SCALE_AFTER_DIGITS = /^(?:\s|-(?=(?:thousand|million|billion|trillion)\b))?(thousand|million|billion|trillion|bn|m|k|crore|lakhs?|millions|milliards?|mil millones|mill[oó]n(?:es)?)(?![\p{L}\d])/iu;
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7,
  millions: 1e6, milliard: 1e9, milliards: 1e9, 'millón': 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9,
  'ألف': 1e3, 'آلاف': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليار': 1e9,
};
/** Arabic text's scale words after the digits: "٣٥ ألف" is 35,000. */
export const ARABIC_SCALE_AFTER_DIGITS = /^\s?(ألف|آلاف|مليون|ملايين|مليار)(?!\p{L})/u;

const wordValueCache = new Map<string, number | null>();
/** compromise reads number words; it is slow to start and to call, so each phrase once. */
export function wordValue(phrase: string): number | null {
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

const VAGUE_UNIT: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
const VAGUE_TIMES: Record<string, number> = { '': 1, 'tens of ': 10, 'hundreds of ': 100 };
/**
 * What a vague plural allows: "thousands" from two thousand to under ten thousand, "tens of
 * millions" from twenty million to under a hundred million; "scores" from two score. A bare
 * "millions" or "billions" reaches up to the next scale word.
 */
export function vagueRange(phrase: string): [number, number] {
  const key = phrase.toLowerCase().replace(/^(?:several|a few) (\w+)$/, '$1s');
  if (key === 'scores') return [40, 199];
  const [, times, unit] = /^((?:tens|hundreds) of )?(\w+)$/.exec(key)!;
  const base = VAGUE_TIMES[times ?? '']! * VAGUE_UNIT[unit!]!;
  if (!times && (unit === 'millions' || unit === 'billions')) return [2 * base, 999 * base];
  return [2 * base, (unit === 'dozens' ? 12 : 10) * base - 1];
}

export function isFraction(phrase: string): boolean {
  return new RegExp(`\\b(?:${FRACTION})$`, 'i').test(phrase.trim()) && !/\b(?:and a half)$/i.test(phrase);
}

/** "the first half of the year", "her half-brother", "half a century": a half that is no share of a count. */
export function isHalfOfSomethingElse(text: string, start: number, end: number): boolean {
  if (!/^(?:(?:an?|one)[ -])?half$/i.test(text.slice(start, end))) return false;
  return /\b(?:first|second|latter|other)\s$/i.test(text.slice(0, start)) || text[end] === '-' || TIME_AND_A_HALF.test(text.slice(0, start)) || A_HALF_TIME.test(text.slice(end));
}
/** "a third term", "a fifth attempt", "a third consecutive day": an ordinal before its noun, not a share. */
export function isOrdinalBeforeNoun(text: string, start: number, end: number): boolean {
  return /^an? (?:third|fifth|tenth)$/i.test(text.slice(start, end)) && ORDINAL_NOUN.test(text.slice(end));
}
const ORDINAL_NOUN =
  /^ (?:term|round|time|attempt|try|front|tier|party|country|option|wave|child|son|daughter|place|world|way|phase|stage|dose|shot|edition|season|consecutive|straight|successive|person|victim|suspect|case|reason|trial|vote|ballot|candidate|bid|attack|strike|incident|night|day|week|month|year|hospital|school|city|town|village|camp|ship|convoy|crossing|resolution|ceasefire|deal|offensive)s?\b/i;

const TIME = String.raw`(?:century|decade|year|month|week|day|hour|minute|second)s?`;
/** "a year and a half ago", "half a century", "a half hour": a length of time, not a share. */
const TIME_AND_A_HALF = new RegExp(String.raw`\b${TIME} and $`, 'i');
const A_HALF_TIME = new RegExp(String.raw`^(?: an?)? ${TIME}\b`, 'i');

/** "34,000", "34 000" (a space, thin or no-break), "1.400.000": the digits' value. */
export function digitsValue(digits: string): number {
  const grouped = /^\d{1,3}(?:\.\d{3}){2,}$/.test(digits) ? digits.replace(/\./g, '') : digits;
  return Number(grouped.replace(/[,\s]/g, ''));
}
