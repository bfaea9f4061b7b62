// Every catalogue, bundled: the app works offline and the CLI needs no files beside it. One
// module per language (locales/<language>.ts), so that the renderer can load only the one it shows.
import type { Language } from './languages.js';
import type { Namespace } from './namespaces.js';
import ar from './locales/ar.js';
import en from './locales/en.js';
import es from './locales/es.js';
import fr from './locales/fr.js';

export type Catalogue = { [key: string]: string | Catalogue };
export type LanguageCatalogues = Record<Namespace, Catalogue>;

export const catalogues: Record<Language, LanguageCatalogues> = { en, es, fr, ar };
