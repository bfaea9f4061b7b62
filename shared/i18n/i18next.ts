// A translator for one language: i18next with ICU messages ("{count, plural, one {# claim}
// other {# claims}}"), over the catalogues it is given (English among them: the fallback). A key
// missing from the catalogue is reported through `onMissing`, never shown raw.
import i18next, { type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import type { LanguageCatalogues } from './catalogues.js';
import { defaultLanguage, type Language } from './languages.js';
import { namespaces } from './namespaces.js';

export type Translator = I18n;

export function translatorOver(
  language: Language,
  resources: Partial<Record<Language, LanguageCatalogues>>,
  onMissing?: (key: string) => void,
): Translator {
  const translator = i18next.createInstance();
  translator.use(ICU).init({
    lng: language,
    fallbackLng: defaultLanguage,
    resources,
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    showSupportNotice: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React and the report writers escape
    saveMissing: !!onMissing,
    missingKeyHandler: onMissing ? (_languages, namespace, key) => onMissing(`${namespace}:${key}`) : false,
  });
  return translator;
}
