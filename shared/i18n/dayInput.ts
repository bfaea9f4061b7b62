// A calendar day in a form, as a person types and reads it: day, month and year in their
// language's order (Intl's, with its separator), kept as YYYY-MM-DD. YYYY-MM-DD itself is always
// taken too (a year first cannot be a day), and so are other separators and Arabic-Indic digits.
import { localeOf, type Language } from './languages.js';

export type DayPart = 'day' | 'month' | 'year';

export interface DayPattern {
  order: DayPart[];
  separator: string;
}

const bidiMarks = /[\u200e\u200f\u061c]/g;

export function dayPattern(language: Language): DayPattern {
  const parts = new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(0);
  const order = parts.map((p) => p.type).filter((type): type is DayPart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value.replace(bidiMarks, '').trim() || '/';
  return { order, separator };
}

/** YYYY-MM-DD as the field shows it ("10/03/2024"); anything else as it is. */
export function dayText(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const value: Record<DayPart, string> = { year: m[1]!, month: m[2]!, day: m[3]! };
  const { order, separator } = dayPattern(language);
  return order.map((part) => value[part]).join(separator);
}

/** What a person typed as YYYY-MM-DD: '' for nothing, null for what is not a day of the calendar. */
export function parseDay(text: string, language: Language): string | null {
  const typed = text
    .replace(bidiMarks, '')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .trim();
  if (typed === '') return '';
  const numbers = /^(\d{1,4})\D{1,3}(\d{1,4})\D{1,3}(\d{1,4})$/.exec(typed)?.slice(1);
  if (!numbers) return null;
  const order: DayPart[] = numbers[0]!.length === 4 ? ['year', 'month', 'day'] : dayPattern(language).order;
  const value = Object.fromEntries(order.map((part, i) => [part, numbers[i]!])) as Record<DayPart, string>;
  if (value.year.length !== 4) return null;
  const iso = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}
