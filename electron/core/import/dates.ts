// Published dates written out in words, in ten languages read by chrono-node's strict parsers
// and Arabic (no "yesterday" or "last Tuesday": an article's date must be one a reader can check).
import { de, en, es, fr, it, ja, nl, pt, ru, zh, type Chrono } from 'chrono-node';

const PARSERS: readonly Chrono[] = [en, fr, de, es, pt, it, nl, ru, ja, zh].map((locale) => locale.strict);
/** Every written-out date Gloss takes has a year; lines without one are never parsed. */
const YEAR = /(?:1[89]|2[01])\d\d/;
/** Words that may stand around a date on a date line: labels, prepositions, time zones. */
const LABELS = new RegExp(
  [
    'published', 'updated', 'last updated', 'posted', 'date', 'dated', 'on', 'at', 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'cet', 'cest',
    'publié', 'publiée', 'mis à jour', 'modifié', 'le', 'à',
    'veröffentlicht', 'aktualisiert', 'stand', 'datum', 'am', 'vom', 'um', 'uhr',
    'publicado', 'publicada', 'actualizado', 'atualizado', 'fecha', 'data', 'el', 'em', 'a las', 'às',
    'pubblicato', 'aggiornato', 'il', 'alle', 'ore',
    'gepubliceerd', 'bijgewerkt', 'op', 'om',
    'опубликовано', 'обновлено', 'дата', 'года', 'г', 'в',
    '公開', '更新', '発行', '发布', '發佈', '發布', '日期', '时间', '時間',
  ]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^\p{Script=Latin}/u.test(w) || /^\p{Script=Cyrillic}/u.test(w) ? `(?<![\\p{L}])${w}(?![\\p{L}])` : w))
    .join('|'),
  'giu',
);
const LETTER = /\p{L}/gu;

/**
 * Arabic months, which chrono does not read, by both names the press uses: the Levantine and
 * Iraqi (آذار) and the Egyptian and Gulf (مارس), often both: "04 آب/اغسطس 2013".
 */
const ARABIC_MONTHS: Record<string, number> = {
  'كانون الثاني': 1, 'يناير': 1, 'شباط': 2, 'فبراير': 2, 'آذار': 3, 'اذار': 3, 'مارس': 3, 'نيسان': 4, 'أبريل': 4, 'ابريل': 4, 'إبريل': 4,
  'أيار': 5, 'ايار': 5, 'مايو': 5, 'حزيران': 6, 'يونيو': 6, 'يونيه': 6, 'تموز': 7, 'يوليو': 7, 'يوليه': 7, 'آب': 8, 'اب': 8, 'أغسطس': 8,
  'اغسطس': 8, 'أيلول': 9, 'ايلول': 9, 'سبتمبر': 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'أكتوبر': 10, 'اكتوبر': 10,
  'تشرين الثاني': 11, 'نوفمبر': 11, 'كانون الأول': 12, 'كانون الاول': 12, 'ديسمبر': 12,
};
const MONTH_NAMES = Object.keys(ARABIC_MONTHS).sort((a, b) => b.length - a.length).join('|');
const ARABIC_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_NAMES})(?:\\s*/\\s*(?:${MONTH_NAMES}))?\\s*،?\\s+(\\d{4})(?!\\d)`, 'u');
/** Weekdays and the labels of a date line: "الأحد، 04 آب/اغسطس 2013، آخر تحديث 02:21 (GMT+0400)". */
const ARABIC_LABELS = new RegExp(
  `(?<!\\p{L})(?:${[
    'الأحد', 'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت',
    'آخر تحديث', 'اخر تحديث', 'تاريخ النشر', 'تم النشر', 'بتاريخ', 'نشر', 'تحديث', 'في', 'الساعة', 'بتوقيت', 'غرينتش', 'جرينتش', 'مكة', 'القدس',
  ].join('|')})(?!\\p{L})`,
  'gu',
);
const HARAKAT = /[\u064b-\u065f\u0670]/g;
const ARABIC = /[\u0600-\u06ff]/;

/** A date line in Arabic, its digits Western or Arabic-Indic ("٥ أيلول ٢٠٢٣"). */
function arabicDate(line: string): string | null {
  const text = line.replace(HARAKAT, '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const m = ARABIC_DATE.exec(text);
  if (!m) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(ARABIC_LABELS, '').replace(LABELS, '');
  const day = +m[1]!;
  return day >= 1 && day <= 31 && (rest.match(LETTER)?.length ?? 0) <= 2 ? iso(+m[3]!, ARABIC_MONTHS[m[2]!]!, day) : null;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first full date (day, month and year) written in the text, and where it starts. */
export function dateWithin(text: string): { date: string; index: number } | null {
  if (!YEAR.test(text)) return null;
  for (const parser of PARSERS) {
    for (const r of parser.parse(text, new Date(2000, 0, 1))) {
      const s = r.start;
      if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) return { date: iso(s.get('year')!, s.get('month')!, s.get('day')!), index: r.index };
    }
  }
  return null;
}

/** A time, then a dash before the date: chrono reads "5:53 PM - 11 Jun 2015" as a time range to the 11th. */
const TIME_DASH = /^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+[-–—]\s+/i;

/**
 * YYYY-MM-DD when the text is a date and little else (a label, a weekday, a time): "12 mars 2024",
 * "Veröffentlicht am 12. März 2024", "2024年3月12日". Null for a sentence that merely mentions one.
 */
export function writtenDate(line: string): string | null {
  const arabic = ARABIC.test(line) ? arabicDate(line) : null;
  if (arabic) return arabic;
  if (!YEAR.test(line)) return null;
  const text = line.replace(TIME_DASH, '$1 ');
  for (const parser of PARSERS) {
    for (const r of parser.parse(text, new Date(2000, 0, 1))) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      const rest = (text.slice(0, r.index) + text.slice(r.index + r.text.length)).replace(LABELS, '');
      if ((rest.match(LETTER)?.length ?? 0) <= 2) return iso(s.get('year')!, s.get('month')!, s.get('day')!);
    }
  }
  return null;
}
