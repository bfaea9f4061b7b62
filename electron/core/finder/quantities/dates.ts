// The dates of a sentence, which are no figures, and the dated event its figures count ("the 7
// October attack").
import * as chrono from 'chrono-node';

/**
 * chrono's reading of a sentence, done only when asked: it is slow, and only sentences with a
 * figure need it. `covers` says whether a span is in a date or a time.
 */
export function datesOf(text: string, language: string | null = null): { all: () => chrono.ParsedResult[]; covers: (start: number, end: number) => boolean } {
  let parsed: chrono.ParsedResult[] | null = null;
  // The article's own language's dates too ("el 16 de noviembre", "le 5 mai"), where chrono reads it.
  const own = CHRONO_LOCALES[(language ?? 'en').split('-')[0]!.toLowerCase()];
  const all = () => (parsed ??= own ? [...chrono.parse(text), ...own.parse(text)] : chrono.parse(text));
  let dates: Array<readonly [number, number]> | null = null;
  // chrono also reads "from 5 to 8" as hours: a date needs a day or month, a time a colon or am/pm.
  // chrono leaves the month of "night of Jan. 7, 1943" uncertain, so a month's name before a day will do.
  const covers = (s: number, e: number) => {
    dates ??= all()
      .filter((r) => r.start.isCertain('month') || r.start.isCertain('weekday') || /:\d|[ap]\.?m\b/i.test(r.text) || MONTH_AND_DAY.test(r.text))
      .filter((r) => !/^[,.]?\d/.test(text.slice(r.index + r.text.length))) // "April, from 4" of "4,000"
      .map((r) => [r.index, r.index + r.text.length] as const);
    return dates.some(([ds, de]) => s < de && e > ds);
  };
  return { all, covers };
}

const MONTH_AND_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;
const CHRONO_LOCALES: Record<string, { parse: (text: string) => chrono.ParsedResult[] }> = {
  de: chrono.de, fr: chrono.fr, es: chrono.es, pt: chrono.pt, it: chrono.it, nl: chrono.nl, sv: chrono.sv, ru: chrono.ru, uk: chrono.uk,
};

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
export function eventOf(text: string, dates: chrono.ParsedResult[]): string | null {
  for (const r of dates) {
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const before = text.slice(0, r.index);
    const after = text.slice(r.index + r.text.length);
    const attack = ATTACK_AFTER_DATE.test(after) || ATTACK_BEFORE_DATE.test(before);
    if (attack && !SINCE.test(before)) return `${r.start.get('day')} ${MONTHS[r.start.get('month')! - 1]}`;
  }
  return null;
}
