// A translator over every bundled catalogue: the CLI and the reports each make one (i18next.ts).
// The renderer makes its own over the languages it has loaded (renderer/src/i18n.ts).
import { catalogues } from './catalogues.js';
import { translatorOver, type Translator } from './i18next.js';
import type { Language } from './languages.js';

export type { Translator };

export function createTranslator(language: Language, onMissing?: (key: string) => void): Translator {
  return translatorOver(language, catalogues, onMissing);
}
