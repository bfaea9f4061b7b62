// An error from the core in the interface's language. The core sends its message's key in the
// `errors` catalogue with the arguments; an error without one (or with a key this build does not
// know) is shown in the English it came with. In a right-to-left interface its arguments (a file's
// name, file types) are set apart from the sentence, so that Arabic does not turn ".pdf" into "pdf.".
import { directionOf } from '../../shared/i18n/languages.js';
import { bidiIsolated } from '../../shared/quote.js';
import { namesItself, translateError, type ApiError } from '../../shared/result.js';
import { currentLanguage, i18n } from './i18n.js';

const rightToLeft = () => directionOf(currentLanguage()) === 'rtl';

export function errorText(error: Pick<ApiError, 'message' | 'key' | 'params'>): string {
  return translateError(error, i18n, { isolated: rightToLeft() });
}

/** A file's failure: its message, after the file's name unless the message names the file itself. */
export function fileFailureText(failure: Pick<ApiError, 'message' | 'key' | 'params'> & { name: string }): string {
  const message = errorText(failure);
  return namesItself(failure) ? message : i18n.t('common:fileFailed', { name: rightToLeft() ? bidiIsolated(failure.name) : failure.name, message });
}
