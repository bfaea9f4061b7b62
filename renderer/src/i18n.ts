// The interface's language: chosen in Settings (kept in this browser profile), else the system's.
// Setting it re-renders every translated component and turns the page right-to-left for Arabic.
import { useSyncExternalStore } from 'react';
import { setI18n } from 'react-i18next';
import { directionOf, isLanguage, pickLanguage, type Language } from '../../shared/i18n/languages.js';
import { createTranslator } from '../../shared/i18n/translator.js';

const storageKey = 'gloss.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  return isLanguage(saved) ? saved : pickLanguage(navigator.language);
}

// A key the catalogue lacks is a bug: say so where tests and developers look.
export const i18n = createTranslator(initialLanguage(), (key) => console.error(`Missing translation: ${key}`));
setI18n(i18n); // useTranslation() in every component
applyToDocument(currentLanguage());

function applyToDocument(language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function currentLanguage(): Language {
  return i18n.language as Language;
}

export async function setLanguage(language: Language): Promise<void> {
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
