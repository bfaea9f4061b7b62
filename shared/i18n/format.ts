// Dates, numbers and language names for people, in the reader's language, through Intl.
import { localeOf, type Language } from './languages.js';

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD, or an ISO time read as its date): "15 Mar 2025", "15 mars 2025". */
export function formatDay(iso: string, language: Language): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const date = day ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/** A moment (an ISO time) with its time of day, in the local time zone. */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(n: number, language: Language): string {
  return n.toLocaleString(localeOf(language));
}

/** A language's name ("Arabic" for `ar`), or the tag as given when Intl does not know it. */
export function formatLanguageName(tag: string, language: Language): string {
  try {
    return new Intl.DisplayNames([localeOf(language)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}
