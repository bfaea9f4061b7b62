// An error from the core in the interface's language. The core sends its message's key in the
// `errors` catalogue with the arguments; an error without one (or with a key this build does not
// know) is shown in the English it came with.
import { translateError, type ApiError } from '../../shared/result.js';
import { i18n } from './i18n.js';

export function errorText(error: Pick<ApiError, 'message' | 'key' | 'params'>): string {
  return translateError(error, i18n);
}
