// `--lang` of the commands that write reports, worksheets and feedback sheets: the language the
// files are written in. A tag or a locale names it ("es", "es-MX", "fr_FR.UTF-8"); English unless given.
import { isLanguage, languages, pickLanguage, type Language } from '../../shared/i18n/languages.js';
import { UsageError } from './errors.js';

export const langOption = { lang: { type: 'string' } } as const;

export const langUsage = `  --lang CODE        the language the files are written in: ${languages.map((l) => l.code).join(', ')} (English unless given)`;

export function reportLanguage(value: string | undefined, command: string): Language | undefined {
  if (value === undefined) return undefined;
  const primary = value.split(/[-_.@]/)[0]!.toLowerCase();
  if (!isLanguage(primary)) {
    throw new UsageError(`Gloss writes reports in ${languages.map((l) => `${l.code} (${l.name})`).join(', ')}; "${value}" is none of them.`, command);
  }
  return pickLanguage(value);
}
