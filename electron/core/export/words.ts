// The language a report is written in: its translator (the `reports` namespace), its <html>
// attributes, and its dates and numbers. One translator per language, made on first use.
import { formatDay } from '../../../shared/i18n/format.js';
import { localiseTaxonomies } from '../../../shared/i18n/builtinTaxonomies.js';
import { directionOf, type Language } from '../../../shared/i18n/languages.js';
import { createTranslator, type Translator } from '../../../shared/i18n/translator.js';
import type { ReportData } from './report-data.js';

const translators = new Map<Language, Translator>();

/** Report text: `translatorFor(language).getFixedT(language, 'reports')`. Messages are trusted; escape their arguments. */
export function translatorFor(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

/** `lang` and `dir` of a report's <html>; the articles' own text keeps theirs. */
export function pageLangAttrs(language: Language): string {
  return `lang="${language}" dir="${directionOf(language)}"`;
}

/** A calendar date as the report's readers write it, or null when there is none. */
export function reportDay(iso: string | null | undefined, language: Language): string | null {
  return iso ? formatDay(iso, language) : null;
}

/** The report's data with the built-in statuses and techniques in its language (a user's own
 * names stay as written); machine formats (CSV, ClaimReview, W3C) keep the stored names. */
export function localisedForPeople(data: ReportData): ReportData {
  const taxonomies = localiseTaxonomies(data.taxonomies, translatorFor(data.language));
  return { ...data, taxonomies, tags: new Map(taxonomies.flatMap((t) => t.tags.map((tag) => [tag.id, tag] as const))) };
}
