// The interface's language: chosen in Settings (kept in this browser profile), else the system's.
// Setting it re-renders every translated component and turns the page right-to-left for Arabic.
// English (the fallback) comes with the page's first script; another language's catalogues are
// loaded when it is chosen, so the page does not evaluate all four at every start.
import { useSyncExternalStore } from 'react';
import { setI18n } from 'react-i18next';
import type { LanguageCatalogues } from '../../shared/i18n/catalogues.js';
import { translatorOver } from '../../shared/i18n/i18next.js';
import { directionOf, isLanguage, pickLanguage, type Language } from '../../shared/i18n/languages.js';
import english from '../../shared/i18n/locales/en.js';
import { namespaces } from '../../shared/i18n/namespaces.js';

const storageKey = 'gloss.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  return isLanguage(saved) ? saved : pickLanguage(navigator.language);
}

const load: Record<Language, () => Promise<LanguageCatalogues>> = {
  en: () => Promise.resolve(english),
  es: async () => (await import('../../shared/i18n/locales/es.js')).default,
  fr: async () => (await import('../../shared/i18n/locales/fr.js')).default,
  ar: async () => (await import('../../shared/i18n/locales/ar.js')).default,
};

// A key the catalogue lacks is a bug: say so where tests and developers look.
export const i18n = translatorOver(initialLanguage(), { en: english }, (key) => console.error(`Missing translation: ${key}`));
setI18n(i18n); // useTranslation() in every component
applyToDocument(currentLanguage());

/** The first render waits for this: the start language's catalogues (at once for English). */
export const languageLoaded: Promise<void> = loadLanguage(currentLanguage());

async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const catalogues = await load[language]();
  for (const namespace of namespaces) i18n.addResourceBundle(language, namespace, catalogues[namespace]);
}

function applyToDocument(language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function currentLanguage(): Language {
  return i18n.language as Language;
}

export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  localStorage.setItem(storageKey, language);
  await i18n.changeLanguage(language);
  applyToDocument(language);
}

/** The current language, re-rendering on a change (for code that formats dates and numbers). */
export function useLanguage(): Language {
  return useSyncExternalStore(
    (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    currentLanguage,
  );
}
