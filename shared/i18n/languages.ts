// The languages Gloss speaks: the one list the picker, the CLI's --lang and the catalogues share.

export const languages = [
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB' },
  { code: 'es', name: 'Español', dir: 'ltr', locale: 'es' },
  { code: 'fr', name: 'Français', dir: 'ltr', locale: 'fr' },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar' },
] as const;

export type Language = (typeof languages)[number]['code'];
export const defaultLanguage: Language = 'en';

export function isLanguage(code: unknown): code is Language {
  return languages.some((l) => l.code === code);
}

/** The language of a BCP 47 tag or a POSIX locale ("es-MX", "fr_CA.UTF-8", "ar"), or null when Gloss does not speak it. */
export function spokenLanguage(tag: string): Language | null {
  const primary = tag.split(/[-_.@]/)[0]!.toLowerCase();
  return isLanguage(primary) ? primary : null;
}

/** As spokenLanguage, with English for what Gloss does not speak ("C", "POSIX", "de_DE"). */
export function pickLanguage(tag: string | null | undefined): Language {
  return spokenLanguage(tag ?? '') ?? defaultLanguage;
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return languages.find((l) => l.code === language)!.dir;
}

/** The Intl locale for dates and numbers in this language. */
export function localeOf(language: Language): string {
  return languages.find((l) => l.code === language)!.locale;
}
