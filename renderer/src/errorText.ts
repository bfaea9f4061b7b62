// An error from the core in the interface's language. The core sends its message's key in the
// `errors` catalogue with the arguments; an error without one (or with a key this build does not
// know) is shown in the English it came with.
import { namesItself, translateError, type ApiError } from '../../shared/result.js';
import { i18n } from './i18n.js';

export function errorText(error: Pick<ApiError, 'message' | 'key' | 'params'>): string {
  return translateError(error, i18n);
}

/** A file's failure: its message, after the file's name unless the message names the file itself. */
export function fileFailureText(failure: Pick<ApiError, 'message' | 'key' | 'params'> & { name: string }): string {
  const message = errorText(failure);
  return namesItself(failure) ? message : i18n.t('common:fileFailed', { name: failure.name, message });
}
