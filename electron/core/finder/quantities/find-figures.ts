// Where a sentence states a figure: digits, number words or a vague plural, with its scale, per
// cent sign or currency, leaving out what is no count (years, names, ages, times, dates).
import type { Quantity } from '../../../../shared/model.js';
import { RATIO_NEXT } from './hedges.js';
import { currencyOf } from './money.js';
import { DECADE, NAME_BEFORE_NUMBER, isAge, isNotCount, isShortYear, phoneNumbers } from './not-figures.js';
import { ARABIC_SCALE_AFTER_DIGITS, FRACTION, SCALE, SCALE_AFTER_DIGITS, SCALES, WORD_NUMBER, digitsValue, isFraction, isHalfOfSomethingElse, isOrdinalBeforeNoun, vagueRange, wordValue } from './numbers.js';

/** An amount's short scale: "$5bn", "€40 m", "$10k", and "$2.34B" written against it. */
const CURRENCY_SCALE = /^(?:\s(?=(?:bn|m|k)\b))?(bn|b|m|k)\b/i;

/** "3.2 Soundtrack", "6 References": a line of a table of contents, a number and a short title. */
const CONTENTS_LINE = /^\s*\d+(?:\.\d+)*\.?\s+\p{Lu}[\p{L} ]{0,30}$/u;
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

/** "2024", and an older year after "in", "since", "by"... with no noun after it ("in 1775", not "in 1500 homes"). */
function isYear(value: number, before: string, after: string): boolean {
  if (value >= 1800 && value <= 2100) return true;
  return value >= 1000 && value < 1800 && /\b(?:in|since|by|until|till|from|of|before|after|around|circa|c\.)\s$/i.test(before) && !/^\s+\p{Ll}/u.test(after);
}

export interface RawFigure {
  start: number;
  end: number;
  value: number;
  low: number;
  high: number;
  unit: Quantity['unit'] | 'vague';
  dotThousands?: boolean;
}

/** The figures of `text` (western digits) of an article in `language`, before hedges and ranges are read; `inDate` says what chrono read as a date. */
export function findFigures(text: string, inDate: (start: number, end: number) => boolean, language: string | null): RawFigure[] {
  const raw: RawFigure[] = [];
  // A list's numbers ("1 · 2 · 3", "4.") are no figures: a sentence states a figure in words.
  if (!/\p{L}{2}/u.test(text) || CONTENTS_LINE.test(text)) return raw;
  const phones = phoneNumbers(text);
  let ageEnd = -1;
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
      const scale = SCALE_AFTER_DIGITS.exec(text.slice(end)) ?? ARABIC_SCALE_AFTER_DIGITS.exec(text.slice(end)) ?? (g.currency ? CURRENCY_SCALE.exec(text.slice(end)) : null);
      if (scale) {
        value *= SCALES[scale[1]!.toLowerCase()]!;
        end += scale[0].length;
      }
      if (!g.currency && (NAME_BEFORE_NUMBER.test(text.slice(0, start)) || isNotCount(text, start, end, phones, language))) continue;
      if (/^[月日号時时点월일시]/.test(text.slice(end))) continue; // "5월", "11日": a date or an hour
      if (/^\d{4}$/.test(g.digits) && !scale && !g.currency && isYear(value, text.slice(0, start), text.slice(end))) continue;
      if (/^\d\d$/.test(g.digits) && !scale && !g.currency && isShortYear(text.slice(0, start), text.slice(end))) continue;
      if (DECADE.test(text.slice(end)) || /^(?:st|nd|rd|th)\b/i.test(text.slice(end)) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|:\d)/i.test(text.slice(end))) continue;
      if (g.currency) unit = currencyOf(g.currency);
      low = high = value;
    } else if (g.vague) {
      // "several hundred" and "a few thousand" are as vague as "hundreds" and "thousands".
      [low, high] = vagueRange(g.vague);
      value = low;
      unit = 'vague';
    } else {
      const phrase = (g.half ?? g.words ?? g.aWord)!.replace(/,? and$/i, '');
      end = start + phrase.length;
      if (/^an?$/i.test(phrase) || /\p{L}/u.test(text[start - 1] ?? '') || /\p{L}/u.test(text[end] ?? '')) continue; // "ten" of "tenía"
      if (/\bnumber $/i.test(text.slice(0, start))) continue; // "Number two, we will cut taxes": a list's number
      if (isHalfOfSomethingElse(text, start, end) || isOrdinalBeforeNoun(text, start, end)) continue;
      if ((/^one$/i.test(phrase.trim()) && !RATIO_NEXT.test(text.slice(end))) || /^(?:no one|any one|one of)$/i.test(text.slice(Math.max(0, start - 3), end + 3).trim())) continue;
      value = wordValue(phrase);
      if (value === null) continue;
      if (isFraction(phrase)) unit = 'fraction';
      low = high = value;
    }
    // "adults 18 to 24 years old", "aged 18 to 24", "I was 19 or 20": both numbers are ages.
    const joined = (from: number) => from >= 0 && /^\s?(?:-|–|to|and|or)\s?$/.test(text.slice(from, start));
    if (isAge(text, start, end, value) || (joined(ageEnd) && Number.isInteger(value) && value <= 120)) {
      if (joined(raw.at(-1)?.end ?? -1)) raw.pop();
      ageEnd = end;
      continue;
    }
    if (inDate(start, end)) continue;
    const tail = text.slice(end);
    const percent = /^\s?(?:%|per ?cent\b|percent\b)/i.exec(tail);
    if (percent) {
      unit = 'percent';
      end += percent[0].length;
    }
    // "448 millions d'euros", "300 millones de dólares": French and Spanish join the currency with "de".
    const money = /^\s?(?:d['’]|de )?(?:(?:US )?dollars|dólares|USD|euros?|EUR|pounds(?: sterling)?|libras(?: esterlinas)?|livres(?: sterling)?|GBP|rupees|INR|(?:new )?shekels|NIS|ILS)(?![\p{L}\d])/iu.exec(text.slice(end));
    const cents = /^(?:¢|\s?cents\b)/i.exec(text.slice(end));
    if (cents && !unit) {
      // "99¢", "50 cents": a part of a dollar.
      [value, low, high, unit] = [value / 100, low / 100, high / 100, 'USD'];
      end += cents[0].length;
    } else if (money && !unit) {
      unit = currencyOf(money[0]);
      end += money[0].length;
    }
    const dotThousands = Boolean(g.digits && /^[1-9]\d{0,2}\.\d{3}$/.test(g.digits) && end === start + m[0].length && !g.currency);
    raw.push({ start, end, value, low, high, unit, dotThousands });
  }
  return raw;
}
