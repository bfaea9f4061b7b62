// The language `gloss` speaks: --lang TAG, else the POSIX locale (LC_ALL, LC_MESSAGES, LANG:
// the first one set wins), else English. Everything it says goes through `t`; JSON output
// never does, so scripts read the same keys and codes in every language.
import { formatNumber } from '../../shared/i18n/format.js';
import { languages, localeOf, pickLanguage, type Language } from '../../shared/i18n/languages.js';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';
import { namesItself, translateError, type ApiError } from '../../shared/result.js';

let language: Language = 'en';
let translator: Translator | undefined;

/** The language the environment asks for, by POSIX rules ("C" and "POSIX" are English). */
export function localeLanguage(env: NodeJS.ProcessEnv): Language {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value);
  return pickLanguage(tag);
}

/**
 * The value of --lang (or --lang=TAG) on the command line, before a `--`: anywhere, except that
 * after a command with a --lang of its own (`gloss edit ID --lang ar`, the article's language)
 * only the one before the command counts.
 */
export function langOption(argv: string[], hasOwnLang: (command: string) => boolean = () => false): string | undefined {
  let found: string | undefined;
  let command: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
    else if (arg === '--lang' && i + 1 < argv.length) found = argv[++i];
    else if (command === undefined && arg === '--data-dir') i++;
    else if (command === undefined && !arg.startsWith('-')) {
      command = arg;
      if (hasOwnLang(arg)) break;
    }
  }
  return found;
}

export const spokenLanguages = languages.map((l) => l.code).join(', ');

export function useLanguage(next: Language): void {
  if (next !== language || !translator) translator = createTranslator(next, (key) => process.stderr.write(`gloss: missing translation ${key}\n`));
  language = next;
}

export function currentLanguage(): Language {
  return language;
}

/** A message of the catalogues ('cli:…', 'errors:…') in the CLI's language. */
export function t(key: string, params?: Record<string, string | number>): string {
  return withoutIsolates(current().t(key, params ?? {}));
}

/**
 * The catalogues set file types apart in Arabic sentences (LRI…PDI) for the window; a terminal
 * lays a line out on its own, if at all, and may show those marks as boxes.
 */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

function current(): Translator {
  if (!translator) useLanguage(language);
  return translator!;
}

/** An error from the core (or the CLI) in the CLI's language; one without a key as it came. */
export function errorText(error: Pick<ApiError, 'message' | 'key' | 'params'>): string {
  return withoutIsolates(translateError(error, current()));
}

/** A file's failure: its message, after the file's name unless the message names the file itself. */
export function fileFailureText(failure: Pick<ApiError, 'message' | 'key' | 'params'> & { name: string }): string {
  const message = errorText(failure);
  return namesItself(failure) ? message : t('common:fileFailed', { name: failure.name, message });
}

export function num(n: number, options?: Intl.NumberFormatOptions): string {
  return options ? n.toLocaleString(localeOf(language), options) : formatNumber(n, language);
}
